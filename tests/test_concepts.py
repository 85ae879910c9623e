"""Tag values -> SKOS concepts: variants collapse, unknown values get stable keys, SDG parsing."""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest
import rdflib
from hypothesis import given
from hypothesis import strategies as st
from rdflib import RDF

from graphkit.concepts import (
    OPEN_PREFIX,
    SCHEME_FILES,
    base_key,
    concept_for,
    concept_key,
    is_blank,
    sdg_for,
)
from graphkit.paths import ONTOLOGY_DIR
from graphkit.vocab import GK, GK_NS

SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
TAGS = {"methods": "method", "datasources": "datasource", "thematic_areas": "thematic_area"}


def acceptance_norm(v: str) -> str:
    # The exact normal form the acceptance check groups spelling variants by.
    return re.sub(
        r"[^a-z0-9]+", " ", v.casefold().replace("&amp;", "and").replace("&", "and")
    ).strip()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("System Thinking", "systems thinking"),
        ("Co-creation", "co creation"),
        ("co -creation", "Co-Creation"),
        ("Visual Thinking & Mapping", "visual thinking &amp; mapping"),
        ("Behavioural science", "behavioral science"),
        ("surveys", "survey"),
        ("in depth interviews", "in-depth interviews"),
        ("Data Visualisation", "data visualization"),
        ("Solutions Mapping", "solution mapping"),
        ("Human Centered Design", "human center design"),
    ],
)
def test_spelling_variants_share_one_concept(a: str, b: str) -> None:
    assert concept_key(a) == concept_key(b)
    assert concept_for("method", a).iri == concept_for("method", b).iri


def test_a_value_is_one_concept_across_methods_datasources_and_themes() -> None:
    method = concept_for("method", "Collective Intelligence")
    source = concept_for("datasource", "collective intelligence")
    theme = concept_for("thematic_area", "COLLECTIVE INTELLIGENCE")
    assert method.iri == source.iri == theme.iri
    assert method.known and source.known
    assert (method.class_iri, source.class_iri) == (str(GK.Method), str(GK.DataSource))


def test_unknown_values_get_a_stable_iri_from_their_key() -> None:
    a = concept_for("method", "Quantum Tea-Leaf Reading")
    b = concept_for("method", "quantum tea leaf readings")
    assert not a.known
    assert a.iri == b.iri == GK_NS + OPEN_PREFIX + "quantum-tea-leaf-reading"
    assert a.label == "Quantum Tea-Leaf Reading"
    assert a.scheme_iri == GK_NS + "methods"


def test_long_values_get_short_iris() -> None:
    concept = concept_for("datasource", "word " * 60)
    assert len(concept.iri) < len(GK_NS) + 80


def test_closed_schemes() -> None:
    assert concept_for("sector", "civil_society").iri == GK_NS + "sector-civil-society"
    assert concept_for("sector", "Civil Society/ NGOs").iri == GK_NS + "sector-civil-society"
    assert concept_for("sector", "Public Sector").iri == GK_NS + "sector-government"
    assert concept_for("sector", "United Nations agency").iri == GK_NS + "sector-un"
    assert concept_for("stage", "Explore").iri == GK_NS + "stage-explore"
    assert concept_for("doctype", "publications").iri == GK_NS + "doctype-publications"
    odd = concept_for("doctype", "newsletter")
    assert not odd.known and odd.iri == GK_NS + "doctype-newsletter"
    with pytest.raises(ValueError):
        concept_for("colour", "red")


def test_blank_values() -> None:
    assert is_blank("n/a") and is_blank(" N/A ") and is_blank("-") and is_blank("")
    assert not is_blank("data") and not is_blank("مسح")


@given(st.text(max_size=40), st.text(max_size=40))
def test_key_is_never_finer_than_the_acceptance_normal_form(a: str, b: str) -> None:
    if acceptance_norm(a) == acceptance_norm(b):
        assert concept_key(a) == concept_key(b)
    assert concept_key(a) == concept_key(acceptance_norm(a))


@pytest.mark.parametrize(
    ("tag", "n"),
    [
        ("7. Affordable and clean energy", 7),
        ("10. Reduced innequalities", 10),
        ("SDG 7", 7),
        ("sdg13", 13),
        ("Goal 16: Peace", 16),
        ("17.Partnerships for the goals", 17),
        ("Climate action", 13),
        ("Quality Education", 4),
    ],
)
def test_sdg_tags(tag: str, n: int) -> None:
    assert sdg_for(tag) == f"http://metadata.un.org/sdg/{n}"


@pytest.mark.parametrize("tag", ["18. Something", "0", "Innovation", ""])
def test_not_an_sdg(tag: str) -> None:
    assert sdg_for(tag) is None


@pytest.fixture(scope="module")
def schemes() -> rdflib.Graph:
    graph = rdflib.Graph()
    for name in SCHEME_FILES.values():
        graph.parse(ONTOLOGY_DIR / name)
    return graph


def test_no_two_concepts_share_a_label(schemes: rdflib.Graph) -> None:
    owners: dict[str, set[rdflib.term.Node]] = collections.defaultdict(set)
    for concept in schemes.subjects(RDF.type, SKOS.Concept):
        for prop in (SKOS.prefLabel, SKOS.altLabel, rdflib.RDFS.label):
            for label in schemes.objects(concept, prop):
                owners[str(label).strip()].add(concept)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_closed_scheme_labels_never_collide_with_open_keys(schemes: rdflib.Graph) -> None:
    # A sector/stage/doctype/SDG label equal (by key) to a tag value would make two concepts.
    open_keys = set()
    closed_labels = []
    for concept in schemes.subjects(RDF.type, SKOS.Concept):
        labels = [
            str(v) for p in (SKOS.prefLabel, SKOS.altLabel) for v in schemes.objects(concept, p)
        ]
        if str(concept).startswith(GK_NS + OPEN_PREFIX):
            open_keys.update(concept_key(v) for v in labels)
        else:
            closed_labels.extend(labels)
    assert [label for label in closed_labels if concept_key(label) in open_keys] == []


def test_sectors_align_to_iati(schemes: rdflib.Graph) -> None:
    gov = rdflib.URIRef(GK_NS + "sector-government")
    iati = "http://reference.iatistandard.org/codelists/OrganisationType/"
    assert rdflib.URIRef(iati + "10") in set(schemes.objects(gov, SKOS.closeMatch))
    notations = {
        str(n)
        for s in schemes.subjects(RDF.type, GK.Sector)
        for n in schemes.objects(s, SKOS.notation)
    }
    assert notations == {
        "government",
        "private",
        "civil_society",
        "academia",
        "un",
        "international",
        "other",
        "unknown",
    }


def test_sdg_scheme(schemes: rdflib.Graph) -> None:
    goals = set(schemes.subjects(RDF.type, GK.SDG))
    assert goals == {rdflib.URIRef(f"http://metadata.un.org/sdg/{n}") for n in range(1, 18)}


@pytest.mark.corpus
def test_every_corpus_variant_group_lands_on_one_known_concept(corpus_dir: Path) -> None:
    pattern = re.compile(r"^\[\[(methods|datasources|thematic_areas):(.*)\]\]", re.M)
    iris: dict[str, set[str]] = collections.defaultdict(set)
    unknown = []
    for path in corpus_dir.iterdir():
        for tag, value in pattern.findall(path.read_text(encoding="utf-8", errors="replace")):
            if is_blank(value):
                continue
            concept = concept_for(TAGS[tag], value.strip())
            iris[acceptance_norm(value)].add(concept.iri)
            if not concept.known:
                unknown.append(value)
    assert {k: v for k, v in iris.items() if len(v) > 1} == {}
    assert unknown == []
    assert base_key("Visual Thinking &amp; Mapping") == "visual thinking and mapping"


@pytest.mark.corpus
def test_shipped_schemes_are_what_the_generator_writes(corpus_dir: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    root = ONTOLOGY_DIR.parent
    done = subprocess.run(
        [
            sys.executable,
            str(root / "scripts" / "generate_schemes.py"),
            str(corpus_dir),
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for name in SCHEME_FILES.values():
        assert (tmp_path / name).read_text(encoding="utf-8") == (ONTOLOGY_DIR / name).read_text(
            encoding="utf-8"
        ), f"{name} is stale: run python scripts/generate_schemes.py"
