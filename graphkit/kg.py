"""The Python entry point: open a built knowledge graph and ask it library queries."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkit import queries as q
from graphkit.paths import QUERIES_DIR
from graphkit.store import DEFAULT_STORE, Store

if TYPE_CHECKING:
    import pandas as pd


class KnowledgeGraph:
    """A built store with the query library: `kg.query(name, **params)` gives a DataFrame."""

    def __init__(self, store: Store, *, library: Path | None = None) -> None:
        self.store = store
        self._library = library or QUERIES_DIR
        self._graph: Any = None

    def queries(self) -> dict[str, q.Query]:
        """The query library, by name."""
        return q.load_library(self._library)

    def query(self, name_or_path: str | Path, /, **params: Any) -> pd.DataFrame:
        """Run a library query (or a .rq file, or SPARQL text) with parameters; a DataFrame."""
        return q.to_dataframe(self.result(name_or_path, **params))

    def result(self, name_or_path: str | Path, /, **params: Any) -> q.QueryResult:
        """Run a query and keep the RDF terms (a QueryResult)."""
        text = str(name_or_path)
        if "{" in text:  # inline SPARQL text rather than a name or a path
            query = q.parse_query(text, name="inline")
        else:
            query = q.get_query(name_or_path, folder=self._library)
        return q.run(query, store=self.store, params=params)

    @property
    def graph(self) -> Any:
        """The rdflib view of the store (oxrdflib); its default graph is the union."""
        if self._graph is None:
            self._graph = self.store.rdflib_graph()
        return self._graph

    def close(self) -> None:
        """Release the store."""
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"KnowledgeGraph({str(self.store.path) if self.store.path else 'in memory'})"


def open(
    store: Path | str | Store | None = DEFAULT_STORE, *, read_only: bool = True
) -> KnowledgeGraph:  # noqa: A001
    """Open the knowledge graph built at `store` (default ./.graphkit/store)."""
    if isinstance(store, Store):
        return KnowledgeGraph(store)
    return KnowledgeGraph(Store(store, read_only=read_only and store is not None))
