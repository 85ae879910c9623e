"""The persistent store: Oxigraph with one named graph per source page.

Each page's triples live in the named graph of its source page, and the page's content
hash is recorded in the build graph, so a rebuild re-maps only pages whose bytes changed
and drops the graphs of pages that disappeared. The default graph of every query is the
union of all graphs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graphkit.errors import StoreError

DEFAULT_STORE = Path(".graphkit/store")

_GK = "https://w3id.org/graphkit/ontology#"
# The build graph records, per source graph, the SHA-256 of the page it was mapped from.
SHA256 = ox.NamedNode(_GK + "sha256")
_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
}


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF syntax of a file, from its extension."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        suffix = Path(path.stem).suffix.lower()
    try:
        return _FORMATS[suffix]
    except KeyError:
        raise StoreError(f"{path}: unknown RDF file extension {suffix!r}") from None


class Store:
    """An Oxigraph store (on disk or in memory) holding the knowledge graph."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self.oxigraph = ox.Store()
            elif read_only:
                if not self.path.is_dir():
                    raise StoreError(f"{self.path}: no store here (run `graphkit build` first)")
                self.oxigraph = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.oxigraph = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from None
        self.read_only = read_only

    # -- reading -----------------------------------------------------------------
    def query(self, sparql: str, *, substitutions: Mapping[str, Any] | None = None) -> Any:
        """Run a SPARQL query; the default graph is the union of all graphs."""
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        return self.oxigraph.query(sparql, use_default_graph_as_union=True, substitutions=subs)

    def triples(self) -> Iterator[ox.Triple]:
        """Every distinct triple of the union of all graphs, in a stable order."""
        result = self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        return iter(result)

    def count_triples(self) -> int:
        """The number of distinct triples in the union of all graphs."""
        rows = self.query(
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
        )
        return int(next(iter(rows))["n"].value)

    def __len__(self) -> int:
        return len(self.oxigraph)

    def graph_hashes(self, build_graph: str) -> dict[str, str]:
        """The recorded content hash of every source graph."""
        quads = self.oxigraph.quads_for_pattern(None, SHA256, None, ox.NamedNode(build_graph))
        return {
            q.subject.value: q.object.value
            for q in quads
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal)
        }

    def named_graphs(self) -> list[str]:
        """The IRIs of every named graph."""
        return sorted(g.value for g in self.oxigraph.named_graphs() if isinstance(g, ox.NamedNode))

    def rdflib_graph(self) -> Any:
        """An rdflib Dataset over this store (oxrdflib); its default graph is the union."""
        import rdflib
        from oxrdflib import OxigraphStore

        dataset = rdflib.Dataset(store=OxigraphStore(store=self.oxigraph), default_union=True)
        return dataset

    # -- writing ------------------------------------------------------------------
    def replace_graph(
        self,
        graph: str,
        triples: Iterable[ox.Triple | tuple[Any, Any, Any]],
        *,
        build_graph: str,
        sha256: str,
    ) -> None:
        """Swap one page's graph for new triples and record its hash, crash-safely.

        The hash goes first out and last in, in the same transaction as the new triples,
        so an interrupted rebuild leaves a graph without a hash: re-mapped next time.
        """
        g = ox.NamedNode(graph)
        bg = ox.NamedNode(build_graph)
        for q in list(self.oxigraph.quads_for_pattern(g, SHA256, None, bg)):
            self.oxigraph.remove(q)
        self.oxigraph.remove_graph(g) if self.oxigraph.contains_named_graph(g) else None
        quads = [ox.Quad(t[0], t[1], t[2], g) for t in triples]
        quads.append(ox.Quad(g, SHA256, ox.Literal(sha256), bg))
        self.oxigraph.extend(quads)

    def bulk_add_graphs(
        self, graphs: Iterable[tuple[str, Iterable[Any], str]], *, build_graph: str
    ) -> None:
        """Load many fresh page graphs at once (first build); hashes are written last."""
        bg = ox.NamedNode(build_graph)
        hashes: list[ox.Quad] = []

        def quads() -> Iterator[ox.Quad]:
            for graph, triples, sha in graphs:
                g = ox.NamedNode(graph)
                for t in triples:
                    yield ox.Quad(t[0], t[1], t[2], g)
                hashes.append(ox.Quad(g, SHA256, ox.Literal(sha), bg))

        self.oxigraph.bulk_extend(quads())
        self.oxigraph.extend(hashes)

    def drop_graph(self, graph: str, *, build_graph: str) -> None:
        """Remove one page's graph and its hash."""
        g = ox.NamedNode(graph)
        for q in list(self.oxigraph.quads_for_pattern(g, SHA256, None, ox.NamedNode(build_graph))):
            self.oxigraph.remove(q)
        if self.oxigraph.contains_named_graph(g):
            self.oxigraph.remove_graph(g)

    def set_graph(self, graph: str, triples: Iterable[Any]) -> None:
        """Replace a derived graph (reference, partners, build) wholesale."""
        g = ox.NamedNode(graph)
        if self.oxigraph.contains_named_graph(g):
            self.oxigraph.remove_graph(g)
        self.oxigraph.extend([ox.Quad(t[0], t[1], t[2], g) for t in triples])

    def add_to_graph(self, graph: str, triples: Iterable[Any]) -> None:
        """Add triples to a graph."""
        g = ox.NamedNode(graph)
        self.oxigraph.extend([ox.Quad(t[0], t[1], t[2], g) for t in triples])

    def load_file(self, path: Path | str, *, graph: str | None = None) -> None:
        """Load an RDF file (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD)."""
        path = Path(path)
        fmt = rdf_format(path)
        to_graph = ox.NamedNode(graph) if graph else None
        try:
            if path.suffix == ".gz":
                import gzip

                with gzip.open(path, "rb") as fh:
                    self.oxigraph.bulk_load(fh.read(), format=fmt, to_graph=to_graph)
            else:
                self.oxigraph.bulk_load(path=str(path), format=fmt, to_graph=to_graph)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{path}: cannot load: {exc}") from None

    def optimize(self) -> None:
        """Compact an on-disk store after a large write."""
        if self.path is not None and not self.read_only:
            self.oxigraph.optimize()

    def clear(self) -> None:
        """Remove everything."""
        self.oxigraph.clear()

    def flush(self) -> None:
        """Make sure everything written is on disk."""
        if self.path is not None and not self.read_only:
            self.oxigraph.flush()

    def close(self) -> None:
        """Flush and release the store."""
        self.flush()
        del self.oxigraph

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: Path | str | None = DEFAULT_STORE, *, read_only: bool = False) -> Store:
    """Open (or create) the store at path; None gives an in-memory store."""
    return Store(path, read_only=read_only)
