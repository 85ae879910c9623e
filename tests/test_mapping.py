"""Page -> triples: IRIs, links out, provenance, privacy."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graphkit.mapping import MappingOptions, map_page, page_slug, pseudonym
from graphkit.reader import read_page

BASE = "https://w3id.org/graphkit/id/"
GK = "https://w3id.org/graphkit/ontology#"

PLAN = """# - Smart water for Rabat…

[[focal_point:jane.doe@example.org]]

[[year:2023]]

[[type:learningplan]]

[[methods:Ethnography]]
[[datasources:Citizen data]]
[[sdgs:6. Clean water and sanitation]]
[[sdgs:13. Climate action]]
[[thematic_areas:water]]
[[country:Morocco]]
[[country:Null Island]]
[[latlng:31.79,-7.09]]
## Challenge statement

> Challenge statement: What is your challenge? (Please answer in specific terms: "Our challenge is that...”.)

Our challenge is that water is scarce.

## Partners

> If applicable, what academic partners (and related institutions) did you actually work with and what did you do with them?

University of Rabat
"""


@pytest.fixture()
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "smart_water_rabat.md"
    path.write_text(PLAN, encoding="utf-8")
    return path


def objects(graph: tuple, s: str, p: str) -> set[str]:
    return {t[2].value for t in graph if t[0].value == s and t[1].value == p}


def test_report_iri_comes_from_the_file_name(plan: Path) -> None:
    g = map_page(read_page(plan))
    assert g.graph == BASE + "source/smart_water_rabat"
    report = BASE + "report/smart_water_rabat"
    assert GK + "LearningPlan" in objects(
        g.triples, report, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    )
    assert objects(g.triples, report, "http://www.w3.org/ns/prov#wasDerivedFrom") == {g.graph}
    assert objects(g.triples, g.graph, "http://purl.org/dc/terms/identifier") == {
        "smart_water_rabat.md"
    }


def test_country_sdg_and_concepts_are_linked(plan: Path) -> None:
    g = map_page(read_page(plan))
    report = BASE + "report/smart_water_rabat"
    assert objects(g.triples, report, GK + "country") == {
        BASE + "country/MAR"
    }  # Null Island is no country
    assert objects(g.triples, report, GK + "sdg") == {
        "http://metadata.un.org/sdg/6",
        "http://metadata.un.org/sdg/13",
    }
    assert len(objects(g.triples, report, GK + "method")) == 1


def test_truncated_title_is_flagged_and_clean(plan: Path) -> None:
    g = map_page(read_page(plan))
    report = BASE + "report/smart_water_rabat"
    assert objects(g.triples, report, "http://www.w3.org/2000/01/rdf-schema#label") == {
        "Smart water for Rabat"
    }
    assert objects(g.triples, report, GK + "titleTruncated") == {"true"}


def test_focal_point_is_a_keyed_pseudonym(plan: Path) -> None:
    page = read_page(plan)
    g = map_page(page)
    text = " ".join(str(x) for t in g.triples for x in t)
    assert "jane.doe" not in text and "example.org" not in text
    person = BASE + "person/" + pseudonym("jane.doe@example.org", MappingOptions().pseudonym_key)
    assert objects(g.triples, BASE + "report/smart_water_rabat", GK + "focalPoint") == {person}
    other = map_page(page, MappingOptions(pseudonym_key=b"another key"))
    assert person not in {t[2].value for t in other.triples}


def test_contacts_only_when_asked(plan: Path) -> None:
    g = map_page(read_page(plan), MappingOptions(include_contacts=True))
    assert any(
        isinstance(t[2], ox.NamedNode) and t[2].value == "mailto:jane.doe@example.org"
        for t in g.triples
    )


def test_mapping_is_deterministic(plan: Path) -> None:
    page = read_page(plan)
    assert map_page(page).triples == map_page(page).triples


def test_base_iri_is_configurable(plan: Path) -> None:
    g = map_page(read_page(plan), MappingOptions(base="http://example.org/kg/"))
    assert g.graph == "http://example.org/kg/source/smart_water_rabat"
    assert not any(
        isinstance(x, ox.NamedNode) and x.value.startswith(BASE) for t in g.triples for x in t
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Active listening.md", "active_listening.md"),
        ("Co-design.md", "co-design.md"),
        ("a b.md", "a-b.md"),
    ],
)
def test_slugs_never_collide(a: str, b: str) -> None:
    assert page_slug(a) != page_slug(b)


def test_challenge_carries_the_statement(plan: Path) -> None:
    g = map_page(read_page(plan))
    challenge = BASE + "challenge/smart_water_rabat"
    assert objects(g.triples, challenge, GK + "challengeStatement") == {
        "Our challenge is that water is scarce."
    }


def test_emails_in_answers_are_scrubbed(tmp_path: Path) -> None:
    page = tmp_path / "contact.md"
    page.write_text(
        PLAN.replace(
            "Our challenge is that water is scarce.", "Write to water.team@undp.org or call us."
        ),
        encoding="utf-8",
    )
    g = map_page(read_page(page))
    text = " ".join(t[2].value for t in g.triples)
    assert "undp.org" not in text and "[e-mail removed]" in text
    kept = map_page(read_page(page), MappingOptions(include_contacts=True))
    assert "water.team@undp.org" in " ".join(t[2].value for t in kept.triples)


def test_blank_tag_values_make_no_concept(tmp_path: Path) -> None:
    page = tmp_path / "blank.md"
    page.write_text(
        PLAN.replace("[[methods:Ethnography]]", "[[methods:Ethnography]]\n[[methods:n/a]]"),
        encoding="utf-8",
    )
    g = map_page(read_page(page))
    assert len(objects(g.triples, BASE + "report/blank", GK + "method")) == 1
