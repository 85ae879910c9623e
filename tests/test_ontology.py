"""The OWL ontology: header, labels and comments, alignments, owlready2 + HermiT consistency."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, URIRef

from graphkit.paths import ONTOLOGY_DIR
from graphkit.vocab import GK, GK_NS, ONTOLOGY_IRI, ONTOLOGY_VERSION_IRI

DCT = rdflib.Namespace("http://purl.org/dc/terms/")
VANN = rdflib.Namespace("http://purl.org/vocab/vann/")
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_DIR / "graphkit.ttl")


def gk_terms(graph: rdflib.Graph) -> list[URIRef]:
    return sorted(
        {s for k in KINDS for s in graph.subjects(RDF.type, k) if str(s).startswith(GK_NS)}
    )


def test_header(ontology: rdflib.Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionIRI) == ONTOLOGY_VERSION_IRI
    assert str(ontology.value(ONTOLOGY_IRI, OWL.versionInfo)) == "0.1.0"
    assert ontology.value(ONTOLOGY_IRI, DCT.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    for prop in (DCT.title, DCT.description, DCT.creator):
        assert ontology.value(ONTOLOGY_IRI, prop) is not None, prop
    assert str(ontology.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix)) == "gk"
    assert str(ontology.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri)) == GK_NS


def test_every_term_has_an_english_label_and_comment(ontology: rdflib.Graph) -> None:
    terms = gk_terms(ontology)
    assert len(terms) > 80
    for term in terms:
        for prop in (RDFS.label, RDFS.comment):
            values = list(ontology.objects(term, prop))
            assert any(getattr(v, "language", None) == "en" for v in values), (term, prop)


@pytest.mark.parametrize(
    ("term", "relation", "external"),
    [
        (GK.Report, RDFS.subClassOf, "https://schema.org/Report"),
        (GK.Report, RDFS.subClassOf, "http://www.w3.org/ns/prov#Entity"),
        (GK.AcceleratorLab, RDFS.subClassOf, "http://www.w3.org/ns/org#OrganizationalUnit"),
        (GK.Country, RDFS.subClassOf, "https://schema.org/Country"),
        (GK.Partner, RDFS.subClassOf, "http://www.w3.org/ns/org#Organization"),
        (GK.Partner, RDFS.subClassOf, "http://xmlns.com/foaf/0.1/Organization"),
        (GK.Person, RDFS.subClassOf, "http://xmlns.com/foaf/0.1/Person"),
        (GK.Partnership, RDFS.subClassOf, "http://www.w3.org/ns/prov#Influence"),
        (GK.Method, RDFS.subClassOf, "http://www.w3.org/2004/02/skos/core#Concept"),
        (GK.Place, RDFS.subClassOf, "http://www.w3.org/2003/01/geo/wgs84_pos#SpatialThing"),
        (GK.country, RDFS.subPropertyOf, "http://purl.org/dc/terms/spatial"),
        (GK.sdg, RDFS.subPropertyOf, "http://purl.org/dc/terms/subject"),
    ],
)
def test_alignments(ontology: rdflib.Graph, term: URIRef, relation: URIRef, external: str) -> None:
    assert (term, relation, URIRef(external)) in ontology


def test_every_referenced_external_term_is_declared(ontology: rdflib.Graph) -> None:
    # owlready2 needs to know whether a super-class/property is a class or which property kind.
    for relation in (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range):
        for external in ontology.objects(None, relation):
            if str(external).startswith("http://www.w3.org/2001/XMLSchema#"):
                continue
            assert any((external, RDF.type, k) in ontology for k in KINDS), external


def test_no_rdflib_wgs_namespace(ontology: rdflib.Graph) -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in ONTOLOGY_DIR.glob("*.ttl"))
    assert "https://www.w3.org/2003/01/geo" not in text


HERMIT_SCRIPT = textwrap.dedent(
    """
    import glob, os, sys, tempfile
    import owlready2, rdflib
    graph = rdflib.Graph()
    for f in sys.argv[1:]:
        graph.parse(f)
    path = tempfile.mktemp(suffix=".owl")
    graph.serialize(path, format="xml")
    onto = owlready2.get_ontology("file://" + path).load()
    try:
        with onto:
            owlready2.sync_reasoner(infer_property_values=False, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError:
        print("INCONSISTENT")
        sys.exit(0)
    finally:
        os.remove(path)
    bad = list(owlready2.default_world.inconsistent_classes())
    print("INCONSISTENT-CLASSES" if bad else "CONSISTENT", len(list(onto.classes())))
    """
)


def run_hermit(files: list[Path]) -> str:
    # A fresh interpreter: owlready2 keeps one global world per process.
    done = subprocess.run(
        [sys.executable, "-c", HERMIT_SCRIPT, *map(str, files)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")


@needs_java
@pytest.mark.slow
def test_hermit_finds_the_ontology_and_schemes_consistent() -> None:
    out = run_hermit(sorted(ONTOLOGY_DIR.glob("*.ttl")))
    assert out.startswith("CONSISTENT"), out
    assert int(out.split()[1]) >= 30  # the classes were really loaded


@needs_java
@pytest.mark.slow
def test_hermit_would_catch_an_inconsistency(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix gk: <https://w3id.org/graphkit/ontology#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "gk:Method owl:disjointWith gk:DataSource .\n"
        "<https://w3id.org/graphkit/ontology#concept-x> a gk:Method, gk:DataSource .\n",
        encoding="utf-8",
    )
    out = run_hermit([ONTOLOGY_DIR / "graphkit.ttl", bad])
    assert out.startswith("INCONSISTENT"), out


def test_model_doc_is_up_to_date() -> None:
    import importlib.util

    root = ONTOLOGY_DIR.parent
    spec = importlib.util.spec_from_file_location("build_docs", root / "scripts" / "build_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    graph = rdflib.Graph().parse(ONTOLOGY_DIR / "graphkit.ttl")
    committed = (root / "docs" / "ontology" / "MODEL.md").read_text(encoding="utf-8")
    assert module.model_markdown(graph) == committed, "run: python scripts/build_docs.py"


def test_jsonld_context_names_every_term_and_round_trips() -> None:
    import json

    context = json.loads((ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    for term in gk_terms(rdflib.Graph().parse(ONTOLOGY_DIR / "graphkit.ttl")):
        assert str(term)[len(GK_NS) :] in context, term
    doc = {
        "@context": context,
        "@id": "https://w3id.org/graphkit/id/report/x",
        "type": "Report",
        "country": "https://w3id.org/graphkit/id/country/MAR",
        "sdg": "unsdg:7",
        "year": "2021",
    }
    graph = rdflib.Graph().parse(data=json.dumps(doc), format="json-ld")
    report = URIRef("https://w3id.org/graphkit/id/report/x")
    assert (report, RDF.type, GK.Report) in graph
    assert (report, GK.sdg, URIRef("http://metadata.un.org/sdg/7")) in graph
    assert graph.value(report, GK.year).datatype == URIRef("http://www.w3.org/2001/XMLSchema#gYear")
