"""Dumps round-trip in every format, are byte-identical, and the VoID count is exact."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from graphkit import publish
from graphkit.errors import GraphkitError
from graphkit.store import Store

VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
BASE = "https://w3id.org/graphkit/id/"
DATASET = rdflib.URIRef(BASE + "dataset")

FIXTURE = r"""
@prefix gk: <https://w3id.org/graphkit/ontology#> .
@prefix id: <https://w3id.org/graphkit/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix geo: <http://www.w3.org/2003/01/geo/wgs84_pos#> .
id:source\/fish-use {
  id:report\/fish-use a gk:Report, gk:LearningPlan ;
    rdfs:label "100% Fish Use <script>alert('x')</script> & more" ;
    dct:title "100% Fish Use"@en , "Pêche à 100 %"@fr ;
    gk:year "2021"^^xsd:gYear ; gk:country id:country\/JPN ;
    gk:newAndUnusual true ; gk:sharePercent 25 ; gk:sampleSize "007"^^xsd:integer ;
    geo:lat "35.68"^^xsd:decimal ; geo:long 1.5e2 ;
    gk:sdg <http://metadata.un.org/sdg/14> ;
    gk:summary "line1\nline2 \"quoted\" \\ tab\t end" ;
    gk:hasPartnership id:report\/fish-use\/partnership\/1 .
  id:report\/fish-use\/partnership\/1 a gk:Partnership ; gk:partner id:partner\/global\/fao .
  id:country\/JPN a gk:Country ; rdfs:label "Japan" ;
    owl:sameAs <http://www.wikidata.org/entity/Q17> .
}
id:source\/water {
  id:report\/water a gk:Report, gk:Solution ; rdfs:label "Water ☃ مياه" ;
    gk:country id:country\/JPN ; gk:method gk:method-survey .
  id:country\/JPN a gk:Country ; rdfs:label "Japan" .
}
id:graph\/partners {
  id:partner\/global\/fao a gk:Partner ; rdfs:label "FAO" ;
    skos:altLabel "Food and Agriculture Organization" .
}
id:graph\/reference {
  <https://w3id.org/graphkit/ontology> a owl:Ontology ; rdfs:label "graphkit" .
  gk:Report a owl:Class ; rdfs:label "Report"@en .
  gk:year a owl:DatatypeProperty ; rdfs:label "year"@en .
  gk:methods a skos:ConceptScheme ; skos:prefLabel "Methods"@en .
  gk:method-survey a skos:Concept ; skos:inScheme gk:methods ; skos:prefLabel "Survey"@en .
  <http://metadata.un.org/sdg/14> rdfs:label "Life below water"@en .
}
id:graph\/build {
  id:build\/1 a gk:BuildActivity ; prov:startedAtTime "2024-01-01T00:00:00Z"^^xsd:dateTime .
  id:source\/fish-use gk:sha256 "abc" .
}
"""
# Distinct triples of the union: the JPN type and label appear in two graphs.
FORMATS_RDFLIB = {"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt", "rdfxml": "xml"}


def fixture_store() -> Store:
    """A small in-memory store with page, partner, reference and build graphs."""
    store = Store(None)
    store.oxigraph.load(FIXTURE.encode(), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def store() -> Store:
    return fixture_store()


@pytest.fixture(scope="module")
def data_graph() -> rdflib.Graph:
    dataset = rdflib.Dataset()
    dataset.parse(data=FIXTURE, format="trig")
    graph = rdflib.Graph()
    for s, p, o, _ in dataset.quads():
        graph.add((s, p, o))
    return graph


def parse(path: Path, fmt: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(path, format=FORMATS_RDFLIB[fmt])
    return graph


def without_description(graph: rdflib.Graph) -> rdflib.Graph:
    out = rdflib.Graph()
    for s, p, o in graph:
        if not str(s).startswith(str(DATASET)):
            out.add((s, p, o))
    return out


def assert_isomorphic(a: rdflib.Graph, b: rdflib.Graph) -> None:
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        pytest.fail(
            "graphs differ:\nonly in first:\n"
            + only_a.serialize(format="nt")
            + "\nonly in second:\n"
            + only_b.serialize(format="nt")
        )


@pytest.mark.parametrize("fmt", list(FORMATS_RDFLIB))
def test_every_format_round_trips_to_the_store_graph(store, data_graph, tmp_path, fmt):
    path = tmp_path / f"dump.{fmt}"
    written = publish.export(store, path, format=fmt)
    graph = parse(path, fmt)
    assert len(graph) == written
    assert_isomorphic(without_description(graph), data_graph)


def test_all_formats_hold_the_same_triples(store, tmp_path):
    graphs = {}
    for fmt in FORMATS_RDFLIB:
        publish.export(store, tmp_path / f"d.{fmt}", format=fmt)
        graphs[fmt] = parse(tmp_path / f"d.{fmt}", fmt)
    for graph in graphs.values():
        assert_isomorphic(graph, graphs["turtle"])


@pytest.mark.parametrize("fmt", list(publish.FORMATS))
def test_two_exports_of_one_store_are_byte_identical(tmp_path, fmt):
    first, second = tmp_path / "a", tmp_path / "b"
    publish.export(fixture_store(), first, format=fmt)
    publish.export(fixture_store(), second, format=fmt)
    assert first.read_bytes() == second.read_bytes()


def test_void_triples_is_the_exact_size_of_the_dump(store, tmp_path):
    publish.export(store, tmp_path / "d.ttl", format="turtle")
    dump = parse(tmp_path / "d.ttl", "turtle")
    description = rdflib.Graph()
    buffer = io.BytesIO()
    publish.write_description(store, buffer)
    description.parse(data=buffer.getvalue(), format="turtle")
    assert [int(n) for n in description.objects(DATASET, VOID.triples)] == [len(dump)]
    # The description is part of the dump, unchanged.
    assert all(t in dump for t in description)


def test_a_stored_description_is_replaced_not_doubled(tmp_path):
    store = fixture_store()
    old = ox.Quad(
        ox.NamedNode(BASE + "dataset"),
        ox.NamedNode(str(VOID.triples)),
        ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        ox.NamedNode(BASE + "graph/build"),
    )
    store.oxigraph.add(old)
    publish.export(store, tmp_path / "d.nt", format="ntriples")
    dump = parse(tmp_path / "d.nt", "ntriples")
    counts = [int(n) for n in dump.objects(DATASET, VOID.triples)]
    assert counts == [len(dump)]


def test_description_has_void_and_dcat_terms(store):
    graph = rdflib.Graph()
    for t in publish.describe(store, endpoint_url="http://example.org/sparql"):
        graph.parse(data=ox.serialize([t], format=ox.RdfFormat.N_TRIPLES), format="nt")
    assert (DATASET, rdflib.RDF.type, VOID.Dataset) in graph
    assert (DATASET, rdflib.RDF.type, DCAT.Dataset) in graph
    for term in (
        DCT.title,
        DCT.description,
        DCT.publisher,
        DCT.license,
        DCT.issued,
        DCT.modified,
        VOID.entities,
        VOID.vocabulary,
        VOID.exampleResource,
        VOID.dataDump,
        DCAT.distribution,
    ):
        assert graph.value(DATASET, term) is not None, term
    assert graph.value(DATASET, VOID.sparqlEndpoint) == rdflib.URIRef("http://example.org/sparql")
    assert int(graph.value(DATASET, VOID.entities)) == 7  # subjects under the base IRI
    report_part = next(
        p
        for p in graph.objects(DATASET, VOID.classPartition)
        if graph.value(p, VOID["class"]) == rdflib.URIRef(publish.GK + "Report")
    )
    assert int(graph.value(report_part, VOID.entities)) == 2
    label_part = next(
        p
        for p in graph.objects(DATASET, VOID.propertyPartition)
        if graph.value(p, VOID.property) == rdflib.RDFS.label
    )
    assert int(graph.value(label_part, VOID.triples)) == 8
    media = {str(graph.value(d, DCAT.mediaType)) for d in graph.objects(DATASET, DCAT.distribution)}
    assert "https://www.iana.org/assignments/media-types/text/turtle" in media
    assert graph.value(DATASET, DCT.issued).toPython().year == 2024


def test_source_date_epoch_sets_the_dates(store, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    dates = [
        t.object.value
        for t in publish.describe(store)
        if t.predicate.value in (str(DCT.issued), str(DCT.modified))
    ]
    assert dates == ["1970-01-02T00:00:00Z"] * 2


def test_gzip_is_chosen_from_the_suffix_and_is_reproducible(store, tmp_path):
    publish.export(store, tmp_path / "a.nt.gz", format="ntriples")
    publish.export(store, tmp_path / "b.nt.gz", format="ntriples")
    assert (tmp_path / "a.nt.gz").read_bytes() == (tmp_path / "b.nt.gz").read_bytes()
    plain = tmp_path / "c.nt"
    publish.export(store, plain, format="ntriples")
    assert gzip.decompress((tmp_path / "a.nt.gz").read_bytes()) == plain.read_bytes()


def test_nquads_keeps_the_named_graphs(store, tmp_path):
    publish.export(store, tmp_path / "d.nq", format="nquads")
    dataset = rdflib.Dataset()
    dataset.parse(tmp_path / "d.nq", format="nquads")
    graphs = {str(g.identifier) for g in dataset.graphs()}
    for name in (
        "source/fish-use",
        "source/water",
        "graph/partners",
        "graph/reference",
        "graph/build",
        "graph/description",
    ):
        assert BASE + name in graphs


def test_a_failed_export_leaves_no_file(store, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        yield from ()
        raise OSError("disk full")

    monkeypatch.setattr(publish, "data_triples", broken)
    with pytest.raises(GraphkitError, match="disk full"):
        publish.export(store, tmp_path / "d.ttl", format="turtle")
    assert list(tmp_path.iterdir()) == []


def test_unknown_format_is_an_error(store, tmp_path):
    with pytest.raises(GraphkitError, match="unknown dump format"):
        publish.export(store, tmp_path / "d.x", format="csv")


def test_jsonld_uses_the_terms_and_coercions_of_a_context(store):
    context = {
        "@version": 1.1,
        "gk": publish.GK,
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "label": "rdfs:label",
        "year": {"@id": "gk:year", "@type": "xsd:gYear"},
        "country": {"@id": "gk:country", "@type": "@id"},
        "summary": {"@id": "gk:summary", "@language": "en"},
        "Report": "gk:Report",
        "tags": {"@id": "gk:tag", "@container": "@list"},
    }
    buffer = io.BytesIO()
    triples = list(publish.data_triples(store))
    publish.write_jsonld(triples, buffer, context=context)
    doc = json.loads(buffer.getvalue())
    node = next(n for n in doc["@graph"] if n["@id"] == BASE + "report/fish-use")
    assert node["year"] == "2021"
    assert node["country"] == BASE + "country/JPN"
    assert "Report" in node["@type"]
    assert node["label"].startswith("100% Fish Use")
    assert node["summary"] == {"@value": 'line1\nline2 "quoted" \\ tab\t end'}
    parsed = rdflib.Graph().parse(data=buffer.getvalue(), format="json-ld")
    expected = rdflib.Graph().parse(
        data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt"
    )
    assert_isomorphic(parsed, expected)


def test_cli_export_and_describe(tmp_path):
    store_dir = tmp_path / "store"
    disk = Store(store_dir)
    disk.oxigraph.load(FIXTURE.encode(), format=ox.RdfFormat.TRIG)
    disk.close()
    from graphkit.cli import main

    runner = CliRunner()
    result = runner.invoke(
        main,
        [
            "export",
            "--store",
            str(store_dir),
            "--format",
            "jsonld",
            "-o",
            str(tmp_path / "d.jsonld"),
        ],
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        main, ["describe", "--store", str(store_dir), "-o", str(tmp_path / "void.ttl")]
    )
    assert result.exit_code == 0, result.output
    dump = rdflib.Graph().parse(tmp_path / "d.jsonld", format="json-ld")
    void = rdflib.Graph().parse(tmp_path / "void.ttl", format="turtle")
    assert int(void.value(DATASET, VOID.triples)) == len(dump)
    stdout = runner.invoke(main, ["describe", "--store", str(store_dir)])
    assert stdout.exit_code == 0
    assert_isomorphic(rdflib.Graph().parse(data=stdout.stdout, format="turtle"), void)


# -- streaming: bounded memory, and the external sort gives the in-memory sort's bytes -----


def test_many_sorted_runs_give_the_bytes_of_one(tmp_path, monkeypatch):
    # Tiny chunks: every run holds a couple of lines and the JPN duplicates across graphs
    # land in different runs, so the merge must sort and deduplicate across them.
    one = {}
    for fmt in publish.FORMATS:
        one[fmt] = publish.export(fixture_store(), tmp_path / f"one.{fmt}", format=fmt)
    monkeypatch.setattr(publish, "CHUNK_BYTES", 256)
    for fmt in publish.FORMATS:
        n = publish.export(fixture_store(), tmp_path / f"many.{fmt}", format=fmt)
        assert n == one[fmt], fmt
        assert (tmp_path / f"many.{fmt}").read_bytes() == (tmp_path / f"one.{fmt}").read_bytes()


def test_streamed_lines_are_the_sorted_distinct_union(store, data_graph, monkeypatch):
    monkeypatch.setattr(publish, "CHUNK_BYTES", 256)
    lines = list(publish.iter_data_lines(store))
    assert lines == sorted(set(lines))
    expected = {line.encode() for line in data_graph.serialize(format="nt").splitlines() if line}
    parsed = rdflib.Graph().parse(data=b"\n".join(lines), format="nt")
    assert_isomorphic(parsed, data_graph)
    assert len(lines) == len(expected) == publish.count_data_triples(store)


def test_data_quads_keep_every_graph_sorted(store, monkeypatch):
    monkeypatch.setattr(publish, "CHUNK_BYTES", 256)
    quads = list(publish.data_quads(store))
    assert set(quads) == set(store.oxigraph.quads_for_pattern(None, None, None, None))
    lines = [ox.serialize([q], format=ox.RdfFormat.N_QUADS) for q in quads]
    assert lines == sorted(lines)


def test_streamed_statistics_equal_counts_of_a_set(store):
    # The merge pass counts entities by subject change; a set over the lines must agree.
    lines = publish.data_lines(store).splitlines()
    stats = publish.data_statistics(iter(lines))
    assert stats == publish.data_statistics(b"\n".join(lines))
    subjects = {line.split(b" ", 1)[0] for line in lines}
    assert stats.entities == sum(s.startswith(f"<{BASE}".encode()) for s in subjects) == 7
    assert stats.triples == len(lines)


def synthetic_store(n: int) -> Store:
    """A store of `n` distinct triples with long literals, loaded in a scrambled order."""
    summary = "a synthetic report's summary, as long as a real one's: " + "x" * 120
    text = "".join(
        f'<{BASE}report/r{(i * 7919) % n}> <{publish.GK}summary> "{summary} {i}" '
        f"<{BASE}source/s{i % 50}> .\n"
        for i in range(n)
    )
    store = Store(None)
    store.oxigraph.load(text.encode(), format=ox.RdfFormat.N_QUADS)
    return store


def test_export_memory_is_bounded_by_a_chunk_not_by_the_dump(tmp_path):
    import tracemalloc

    store = synthetic_store(200_000)
    path = tmp_path / "big.nt"
    tracemalloc.start()
    try:
        written = publish.export(store, path, format="ntriples")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    size = path.stat().st_size
    assert written > 200_000
    # Sorting the dump in memory (the lines, a set of them, the joined text) peaks at
    # about four times the dump (~230 MiB here); streaming holds about one chunk (~10 MiB).
    assert size > 40 * 2**20
    assert peak < 24 * 2**20, f"peak {peak / 2**20:.1f} MiB for a {size / 2**20:.0f} MiB dump"
    with path.open("rb") as dump:
        previous = b""
        for line in dump:
            if not line.startswith(f"<{BASE}dataset".encode()):
                assert line > previous
                previous = line
