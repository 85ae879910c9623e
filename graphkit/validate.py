"""SHACL validation of a graphkit graph against ontology/shapes.ttl (pySHACL).

The whole-corpus graph has a few hundred thousand triples, most of them long texts no shape
looks at. So the data is parsed with Oxigraph (fast) and only the triples whose predicate a
shape inspects (its sh:path values, rdf:type, rdfs:subClassOf) are handed to pySHACL: the
result is the same and the run takes seconds instead of minutes. The ontology and the SKOS
schemes are mixed in (the job pySHACL's ont_graph does) so that concepts a page graph only
references still carry their type, and no RDFS/OWL inference runs on the data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib import RDF, RDFS, BNode, Literal, URIRef
from rdflib.term import Node

from graphkit.errors import GraphkitError
from graphkit.paths import ONTOLOGY_DIR

SHAPES_FILE = "shapes.ttl"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """The outcome of a SHACL validation."""

    conforms: bool
    results: int  # number of SHACL validation results (violations and warnings)
    text: str  # pySHACL's report text
    violations: tuple[str, ...] = ()  # one line per result: focus node, path, message (sorted)
    triples: int = 0  # triples the shapes were checked against


@cache
def _shapes() -> rdflib.Graph:
    path = ONTOLOGY_DIR / SHAPES_FILE
    if not path.is_file():
        raise GraphkitError(f"{path}: the SHACL shapes are missing")
    return rdflib.Graph().parse(path, format="turtle")


@cache
def _checked_predicates() -> frozenset[str]:
    paths = {str(p) for p in _shapes().objects(None, SH.path) if isinstance(p, URIRef)}
    return frozenset(paths | {str(RDF.type), str(RDFS.subClassOf)})


def _term(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | ox.DefaultGraph) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (_XSD_STRING, _RDF_LANGSTRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise GraphkitError(f"unsupported RDF term in the data: {term!r}")


def _filtered(triples: Iterable[tuple[Node, Node, Node]], into: rdflib.Graph) -> None:
    keep = _checked_predicates()
    for s, p, o in triples:
        if str(p) in keep:
            into.add((s, p, o))


def _ox_triples(quads: Iterable[ox.Quad | ox.Triple]) -> Iterator[tuple[Node, Node, Node]]:
    keep = _checked_predicates()
    for quad in quads:
        if quad.predicate.value in keep:
            yield _term(quad.subject), URIRef(quad.predicate.value), _term(quad.object)


def _parse_file(path: Path) -> Iterator[ox.Quad | ox.Triple]:
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower() or "ttl")
    if fmt is None:
        raise GraphkitError(f"{path}: unknown RDF format (use .ttl, .nt, .nq, .trig or .rdf)")
    try:
        with path.open("rb") as fh:
            yield from ox.parse(fh, format=fmt)
    except (OSError, SyntaxError) as exc:
        raise GraphkitError(f"{path}: cannot read the graph: {exc}") from exc


@cache
def _reference() -> dict[Node, tuple[tuple[Node, Node, Node], ...]]:
    # The ontology and SKOS schemes (filtered like the data), by subject; shapes.ttl is not data.
    by_subject: dict[Node, list[tuple[Node, Node, Node]]] = {}
    for path in sorted(ONTOLOGY_DIR.glob("*.ttl")):
        if path.name != SHAPES_FILE:
            for triple in _ox_triples(_parse_file(path)):
                by_subject.setdefault(triple[0], []).append(triple)
    return {s: tuple(triples) for s, triples in by_subject.items()}


def _mix_in_reference(graph: rdflib.Graph) -> None:
    # Only what the data refers to but does not describe itself (a page graph naming a shipped
    # concept), so a small graph is not charged for validating two thousand shipped concepts,
    # and a graph that carries its own copy of the schemes is judged on that copy.
    reference = _reference()
    described = set(graph.subjects())
    wanted = {o for o in graph.objects() if o in reference and o not in described}
    for node in wanted:
        for triple in reference[node]:
            graph.add(triple)
    for triples in reference.values():
        for triple in triples:
            if triple[1] == RDFS.subClassOf:
                graph.add(triple)


def _data_graph(
    data: Path | rdflib.Graph | Iterable[ox.Quad | ox.Triple], *, with_ontology: bool
) -> rdflib.Graph:
    graph = rdflib.Graph()
    if isinstance(data, rdflib.Graph):
        _filtered(data, graph)
    elif isinstance(data, Path):
        if not data.is_file():
            raise GraphkitError(f"{data}: no such file")
        for triple in _ox_triples(_parse_file(data)):
            graph.add(triple)
    else:
        for triple in _ox_triples(data):
            graph.add(triple)
    if with_ontology:
        _mix_in_reference(graph)
    return graph


def _summaries(report: rdflib.Graph) -> tuple[str, ...]:
    lines = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage) or report.value(
            result, SH.sourceConstraintComponent
        )
        where = f"{focus}" + (f" {path}" if path is not None else "")
        lines.append(f"{where}: {message}")
    return tuple(sorted(lines))


def validate_graph(
    data: Path | rdflib.Graph | Iterable[ox.Quad | ox.Triple], *, with_ontology: bool = True
) -> ValidationResult:
    """Validate a graph (a file, an rdflib Graph or Oxigraph quads) against ontology/shapes.ttl."""
    import pyshacl

    graph = _data_graph(data, with_ontology=with_ontology)
    conforms, report, text = pyshacl.validate(
        graph,
        shacl_graph=_shapes(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        advanced=False,
    )
    if not isinstance(report, rdflib.Graph):
        raise GraphkitError(f"pySHACL failed: {text}")
    violations = _summaries(report)
    return ValidationResult(bool(conforms), len(violations), str(text), violations, len(graph))


def validate_store(path: Path) -> ValidationResult:
    """Validate the union of every graph of an Oxigraph store directory."""
    if not path.is_dir():
        raise GraphkitError(f"{path}: no store here")
    try:
        store = ox.Store.read_only(str(path))
    except OSError as exc:
        raise GraphkitError(f"{path}: cannot open the store: {exc}") from exc
    return validate_graph(store.quads_for_pattern(None, None, None, None))
