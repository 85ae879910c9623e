"""The tests' throwaway Virtuoso: graphkit.virtuoso.LocalVirtuoso, with the URLs as one record."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from graphkit.virtuoso import LocalVirtuoso, virtuoso_binary

__all__ = ["Virtuoso", "running_virtuoso", "virtuoso_binary"]


@dataclass(frozen=True)
class Virtuoso:
    """A running server's URLs."""

    sparql: str  # SPARQL protocol endpoint
    graph_store: str  # Graph Store Protocol endpoint (digest auth, dba/dba)
    pid: int


@contextmanager
def running_virtuoso(folder: Path, *, wait: float = 60) -> Iterator[Virtuoso]:
    """Run a local Virtuoso with its database in folder; stopped by PID on exit."""
    with LocalVirtuoso(folder, wait=wait) as server:
        assert server.pid is not None
        yield Virtuoso(server.sparql_url, server.graph_store_url, server.pid)
