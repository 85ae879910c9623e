"""The exceptions graphkit raises: one base class, a few that say what went wrong."""

from __future__ import annotations


class GraphkitError(Exception):
    """Base class of every error graphkit raises on purpose."""


class PageError(GraphkitError):
    """A file that cannot be read as an SDG Commons page."""

    def __init__(self, file: str, reason: str, line: int | None = None) -> None:
        self.file = file
        self.reason = reason
        self.line = line
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {reason}")


class QueryError(GraphkitError):
    """A query that cannot be found, parsed, bound or run."""


class EndpointError(GraphkitError):
    """A remote SPARQL endpoint that cannot be reached or refuses a request."""


class StoreError(GraphkitError):
    """A store that cannot be opened or written."""
