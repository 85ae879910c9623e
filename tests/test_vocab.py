"""vocab.GK mirrors ontology/graphkit.ttl in both directions, and the namespaces are right."""

from __future__ import annotations

import pytest
import rdflib
from rdflib import OWL, RDF

from graphkit import vocab
from graphkit.paths import ONTOLOGY_DIR
from graphkit.vocab import GK, GK_NS

KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def declared_terms() -> set[str]:
    graph = rdflib.Graph().parse(ONTOLOGY_DIR / "graphkit.ttl")
    return {
        str(s)[len(GK_NS) :]
        for kind in KINDS
        for s in graph.subjects(RDF.type, kind)
        if str(s).startswith(GK_NS)
    }


def python_terms() -> set[str]:
    return set(GK.__annotations__)


def test_every_vocab_term_is_declared_in_the_ontology() -> None:
    assert python_terms() - declared_terms() == set()


def test_every_declared_term_is_in_vocab() -> None:
    assert declared_terms() - python_terms() == set()


def test_a_typo_is_an_error() -> None:
    with pytest.raises(AttributeError):
        _ = GK.Reprot  # noqa: B018
    assert str(GK.Report) == "https://w3id.org/graphkit/ontology#Report"


def test_standard_namespaces_are_spelled_as_their_owners_publish_them() -> None:
    assert str(vocab.GEO.lat) == "http://www.w3.org/2003/01/geo/wgs84_pos#lat"
    assert str(vocab.SCHEMA.Report) == "https://schema.org/Report"
    assert str(vocab.ORG.Organization) == "http://www.w3.org/ns/org#Organization"
    assert str(vocab.VOID.Dataset) == "http://rdfs.org/ns/void#Dataset"
    assert str(vocab.DCAT.Dataset) == "http://www.w3.org/ns/dcat#Dataset"
    assert str(vocab.WD.Q1028) == "http://www.wikidata.org/entity/Q1028"
    assert str(vocab.SDG["7"]) == "http://metadata.un.org/sdg/7"


def test_every_scheme_is_declared_in_its_file() -> None:
    from graphkit.concepts import SCHEME_FILES

    skos = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    for name, iri in vocab.SCHEMES.items():
        graph = rdflib.Graph().parse(ONTOLOGY_DIR / SCHEME_FILES[name])
        assert (iri, RDF.type, skos.ConceptScheme) in graph, name
