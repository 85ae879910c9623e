"""SHACL validation: a small valid graph conforms, each broken rule is reported, CLI exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.validate import validate_graph

PREFIXES = """
@prefix gk: <https://w3id.org/graphkit/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/graphkit/id/> .
"""

VALID = (
    PREFIXES
    + """
id:report-a a gk:Report, gk:Solution ;
    rdfs:label "Solar dryers" ;
    gk:year "2021"^^xsd:gYear ;
    gk:documentType gk:doctype-solution ;
    gk:country id:country-MAR ;
    gk:sdg <http://metadata.un.org/sdg/7> ;
    gk:method gk:concept-co-creation ;
    gk:thematicArea gk:concept-brand-new-theme ;
    gk:hasPartnership id:report-a-p1 ;
    prov:wasDerivedFrom id:source-a .
id:source-a a gk:SourcePage ;
    dcterms:identifier "solar-dryers.md" ;
    gk:sha256 "%s" .
id:country-MAR a gk:Country ;
    rdfs:label "Morocco" ;
    gk:alpha2 "MA" ; gk:alpha3 "MAR" ; gk:m49 "504" ;
    owl:sameAs <http://www.wikidata.org/entity/Q1028> .
id:report-a-p1 a gk:Partnership ;
    gk:partner id:partner-x ;
    gk:sector gk:sector-academia ;
    gk:newAndUnusual true .
gk:concept-brand-new-theme a skos:Concept, gk:ThematicArea ;
    skos:inScheme gk:thematic-areas ;
    skos:altLabel "Brand new theme" .
"""
    % ("ab" * 32)
)


def parse(text: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=text, format="turtle")


def test_a_valid_graph_conforms() -> None:
    result = validate_graph(parse(VALID))
    assert result.conforms, result.violations
    assert result.results == 0


@pytest.mark.parametrize(
    ("old", "new", "focus"),
    [
        ("    prov:wasDerivedFrom id:source-a .", '    rdfs:comment "no source" .', "report-a"),
        ('    dcterms:identifier "solar-dryers.md" ;\n', "", "source-a"),
        ("gk:documentType gk:doctype-solution ;", "", "report-a"),
        ('rdfs:label "Solar dryers" ;', "", "report-a"),
        ('gk:alpha3 "MAR"', 'gk:alpha3 "Mar"', "country-MAR"),
        ('gk:alpha2 "MA" ;', "", "country-MAR"),
        (
            "<http://www.wikidata.org/entity/Q1028>",
            "<https://www.wikidata.org/wiki/Q1028>",
            "country-MAR",
        ),
        ("gk:sector gk:sector-academia ;", "", "report-a-p1"),
        ("gk:partner id:partner-x ;", "", "report-a-p1"),
        ("<http://metadata.un.org/sdg/7>", "<http://metadata.un.org/sdg/18>", "report-a"),
        ("skos:inScheme gk:thematic-areas ;", "", "concept-brand-new-theme"),
        (
            'skos:altLabel "Brand new theme" .',
            "skos:inScheme gk:methods .",
            "concept-brand-new-theme",
        ),
        ('"2021"^^xsd:gYear', '"2021"^^xsd:string', "report-a"),
    ],
)
def test_each_broken_rule_is_reported(old: str, new: str, focus: str) -> None:
    assert old in VALID
    result = validate_graph(parse(VALID.replace(old, new)))
    assert not result.conforms
    assert result.results >= 1
    assert any(focus in line for line in result.violations), result.violations


def test_without_the_ontology_an_unknown_sector_concept_fails() -> None:
    # The schemes are mixed in: the sector concept is typed there, not in the data.
    assert validate_graph(parse(VALID)).conforms
    assert not validate_graph(parse(VALID), with_ontology=False).conforms


def test_cli_validate_file(tmp_path: Path) -> None:
    good = tmp_path / "good.ttl"
    good.write_text(VALID, encoding="utf-8")
    bad = tmp_path / "bad.nt"
    parse(VALID.replace('gk:alpha2 "MA" ;', "")).serialize(bad, format="nt", encoding="utf-8")
    runner = CliRunner()
    ok = runner.invoke(main, ["validate", str(good)])
    assert ok.exit_code == 0, ok.output
    assert "conforms" in ok.output
    failed = runner.invoke(main, ["validate", str(bad)])
    assert failed.exit_code == 1
    assert "does not conform: 1 SHACL results" in failed.output
    assert "alpha2" in failed.output
    missing = runner.invoke(main, ["validate", str(tmp_path / "nope.ttl")])
    assert missing.exit_code != 0


def test_cli_validate_store(tmp_path: Path) -> None:
    import pyoxigraph as ox

    store_dir = tmp_path / "store"
    store = ox.Store(str(store_dir))
    store.load(
        VALID.encode("utf-8"),
        format=ox.RdfFormat.TURTLE,
        to_graph=ox.NamedNode("https://w3id.org/graphkit/id/source/a"),
    )
    store.flush()
    del store
    result = CliRunner().invoke(main, ["validate", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
