"""Partners: extraction from name fields and answers, sectors, resolution, the queries."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import rdflib
from partner_pages import make_page

from graphkit.page import Page, PartnerAnswer, PartnerGroup
from graphkit.partners import (
    PartnerMention,
    canonical_label,
    extract_partners,
    known_organisation,
    normalise_name,
    partner_key,
    sector_from_name,
    sector_of,
    split_names,
)

ROOT = Path(__file__).resolve().parent.parent
GOV_Q = (
    "If applicable, what government partners (and related institutions) did you actually "
    "work with and what did you do with them?"
)


def page(
    groups: tuple[PartnerGroup, ...] = (), answers: tuple[PartnerAnswer, ...] = (), **kw
) -> Page:
    return make_page(groups, answers, **kw)


def names(text: str) -> list[str]:
    return [c.name for c in split_names(text)]


# --- the seed ------------------------------------------------------------------------------

SEED_ANSWERS = (
    PartnerAnswer("civil_society", "Women CSOs, cooperatives", "civil society?", 90),
    PartnerAnswer("academia", "MOHAMMED V UNIVERSITY IN RABAT", "academic?", 94),
    PartnerAnswer(
        "private", "Maroc Numeric Cluster FIWARE Kiwi Emerging Business Factory", "private?", 98
    ),
    PartnerAnswer(
        "government",
        "Ministry of National Land Management, Urban Planning, Housing and Urban Policy : we "
        "are building a partnership. An Initiation Plan is under validation to develop a "
        '"Smart City Upgrade" Programme',
        GOV_Q,
        102,
    ),
)


def test_seed_gives_exactly_five_named_partners_with_sectors() -> None:
    mentions = extract_partners(page(answers=SEED_ANSWERS))
    named = {(m.name, m.sector) for m in mentions if m.named}
    assert named == {
        ("MOHAMMED V UNIVERSITY IN RABAT", "academia"),
        ("Maroc Numeric Cluster", "private"),
        ("FIWARE", "private"),
        ("Kiwi Emerging Business Factory", "private"),
        (
            "Ministry of National Land Management, Urban Planning, Housing and Urban Policy",
            "government",
        ),
    }
    generic = {m.name for m in mentions if not m.named}
    assert generic == {"Women CSOs", "cooperatives"}


def test_seed_file_through_the_reader(seed_file: Path) -> None:
    reader = pytest.importorskip("graphkit.reader")
    mentions = extract_partners(reader.read_page(seed_file))
    assert len([m for m in mentions if m.named]) == 5
    assert all(len(m.name.split()) <= 14 for m in mentions)


# --- splitting ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1. Bangladesh Tourism Board 2. Upazilla Parishad of Kuakata",
            ["Bangladesh Tourism Board", "Upazilla Parishad of Kuakata"],
        ),
        (
            "Knowledge Transfer Africa, VIAMO, StreamSpot",
            ["Knowledge Transfer Africa", "VIAMO", "StreamSpot"],
        ),
        (
            "Lusaka City Council\nKnow Your Neighbour Community",
            ["Lusaka City Council", "Know Your Neighbour Community"],
        ),
        (
            "Ministry of Environment and Natural Resources",
            ["Ministry of Environment and Natural Resources"],
        ),
        ("Esri Panama & Esri Inc", ["Esri Panama", "Esri Inc"]),
        ("Ministry of Agriculture - Home economics department", ["Ministry of Agriculture"]),
        ("Private sector: Roche; Academia: University of Lagos", ["Roche", "University of Lagos"]),
        (
            "Yala City Municipality Narathiwas City Municipality",
            ["Yala City Municipality", "Narathiwas City Municipality"],
        ),
        ("Bongo Hive- Provided Business Development mentorship and coaching.", ["Bongo Hive"]),
        ("Innov Up (TBC)", ["Innov Up"]),
        (
            "Ministère de la Santé Publique, Airtel Tchad, Moov Africa",
            ["Ministère de la Santé Publique", "Airtel Tchad", "Moov Africa"],
        ),
    ],
)
def test_split_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_acronym_in_parentheses_is_kept_with_its_name() -> None:
    assert names("Mbeya University of Science and Technology (MUST)") == [
        "Mbeya University of Science and Technology (MUST)"
    ]


def test_generic_group_with_named_members() -> None:
    found = {(c.name, c.named) for c in split_names("Innovation hubs (Shaqdoon, Harhub)")}
    assert found == {("Innovation hubs", False), ("Shaqdoon", True), ("Harhub", True)}


def test_sentences_give_names_not_labels() -> None:
    text = (
        "We worked with the Ministry of Health in Fiji to design a foresight workshop with all "
        "stakeholders, and the Fiji National University hosted the sessions."
    )
    assert names(text) == ["Ministry of Health", "Fiji National University"]


def test_empty_answers_give_nothing() -> None:
    for text in ("N/A", "None", "not applicable", "", "-"):
        assert split_names(text) == []


def test_the_lab_itself_is_not_its_partner() -> None:
    p = page(answers=(PartnerAnswer("government", "UNDP, Ministry of Energy", GOV_Q, 3),))
    assert [m.name for m in extract_partners(p)] == ["Ministry of Energy"]


def test_generic_groups_are_unnamed() -> None:
    for text in (
        "local communities",
        "youth",
        "Women CSOs",
        "farmers",
        "private sector actors",
        "Youth of Samoa",
    ):
        assert [c.named for c in split_names(text)] == [False], text


def test_one_mention_per_partner_and_report_with_new_unusual_merged() -> None:
    p = page(
        groups=(PartnerGroup(name="Digital for Peace", line=10),),
        answers=(
            PartnerAnswer("new_unusual", "Digital for Peace was new for UNDP", "new?", 20),
            PartnerAnswer("un", "UNICEF", "un?", 30),
            PartnerAnswer("government", "We also worked with UNICEF", GOV_Q, 40),
        ),
    )
    mentions = extract_partners(p)
    assert [(m.name, m.new_unusual, m.source) for m in mentions] == [
        ("Digital for Peace", True, "group"),
        ("UNICEF", None, "answer"),
    ]


def test_experiment_partners_take_the_single_partnering_sector() -> None:
    p = page(
        answers=(PartnerAnswer("any", "Fundación Sadosky, Codeando México", "names?", 5),),
        tags=(("partnering_sector", ("Civil Society/ NGOs",)),),
        doc_type="experiment",
    )
    assert [(m.name, m.sector, m.source) for m in extract_partners(p)] == [
        ("Fundación Sadosky", "civil_society", "experiment"),
        ("Codeando México", "civil_society", "experiment"),
    ]


# --- sectors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Ministry of Education", "government"),
        ("Municipalidad de Lima", "government"),
        ("Lusaka City Council", "government"),
        ("Karbala Governorate", "government"),
        ("University of Karbala", "academia"),
        ("Mbeya University of Science and Technology", "academia"),
        ("Institute of Technology Bandung", "academia"),
        ("UNICEF Country Office", "un"),
        ("UNDP Governance Cluster", "un"),
        ("GIZ", "international"),
        ("Embassy of Japan", "international"),
        ("Hostalite Uganda Limited", "private"),
        ("Namibia Chamber of Commerce and Industry", "private"),
        ("MASH Foundation", "civil_society"),
        ("Association for Community Awareness", "civil_society"),
        ("Zorblat", "unknown"),
    ],
)
def test_sector_from_name(name: str, sector: str) -> None:
    assert sector_from_name(name) == sector


def test_sector_answer_beats_question_and_name() -> None:
    assert sector_of("Zorblat", answer="Private sector", hint="government") == "private"
    assert sector_of("Zorblat", answer="Sociedad civil") == "civil_society"
    assert sector_of("Zorblat", answer="Secteur public") == "government"
    assert sector_of("Zorblat", hint="academia") == "academia"
    # A UN agency named under the government question stays a UN agency.
    assert sector_of("UNICEF", hint="government", known="un") == "un"


# --- resolution ---------------------------------------------------------------------------


def mention(name: str, named: bool = True) -> PartnerMention:
    return PartnerMention(name, name, "group", "q", 1, "unknown", named, None)


def test_unicef_spellings_are_one_global_partner() -> None:
    keys = {
        partner_key(mention(n), iso)
        for n, iso in [
            ("UNICEF", "MAR"),
            ("Unicef", "KEN"),
            ("United Nations Children's Fund", "PER"),
            ("United Nations Children’s Fund (UNICEF)", None),
            ("UNICEF team", "MNG"),
        ]
    }
    assert keys == {partner_key(mention("UNICEF"), "MAR")}
    assert next(iter(keys)).scope == "global"


def test_country_scoped_names_are_two_partners() -> None:
    mar = partner_key(mention("Ministry of Health"), "MAR")
    ken = partner_key(mention("Ministry of Health"), "KEN")
    assert mar != ken
    assert (mar.scope, ken.scope) == ("MAR", "KEN")
    assert mar.key == ken.key == "ministry-of-health"


def test_acronym_suffix_case_and_articles_are_folded() -> None:
    a = partner_key(mention("Ministry of Higher Education and Scientific Research (MoHESR)"), "IRQ")
    b = partner_key(mention("the ministry of higher education & scientific research"), "IRQ")
    assert a == b or (a.scope, a.key) == (b.scope, b.key)
    assert normalise_name("La Fundación Sadosky") == "fundacion sadosky"


def test_fuzzy_match_to_curated_names_only_when_close() -> None:
    assert known_organisation("Food and Agricultural Organization").key == "fao"
    assert known_organisation("UN Woman") is None  # short names need an exact match
    assert known_organisation("Impact Hub Geneva") is None


def test_generic_groups_get_group_keys() -> None:
    key = partner_key(mention("Local communities", named=False), "MAR")
    assert (key.scope, key.key) == ("global", "local-communities")


def test_keys_are_slugs() -> None:
    key = partner_key(mention("Ministère de l'Économie, des Finances & du Plan " * 4), "SEN")
    assert key.key.replace("-", "").isalnum() and key.key.islower() and len(key.key) <= 80


def test_canonical_label_prefers_cased_frequent_spelling() -> None:
    label, alts = canonical_label(
        [
            "MINISTRY OF HEALTH",
            "Ministry of Health",
            "Ministry of Health (MoH)",
            "ministry of health",
        ]
    )
    assert label == "Ministry of Health"
    assert "MoH" in alts and "MINISTRY OF HEALTH" in alts and label not in alts
    assert canonical_label(["Unicef", "UNICEF team"])[0] == "UNICEF"


# --- the queries over Turtle, in plain rdflib ------------------------------------------------

TTL = """
@prefix gk: <https://w3id.org/graphkit/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <https://w3id.org/graphkit/id/> .

gk:sector-government skos:notation "government" .
gk:sector-un skos:notation "un" .
gk:sector-unknown skos:notation "unknown" .
gk:sector-private skos:notation "private" .

:country\\/MAR gk:alpha3 "MAR" ; rdfs:label "Morocco" .
:country\\/KEN gk:alpha3 "KEN" ; rdfs:label "Kenya" .

:report\\/a prov:wasDerivedFrom :source\\/a ; gk:country :country\\/MAR ;
    gk:hasPartnership :report\\/a\\/partnership\\/1, :report\\/a\\/partnership\\/2 .
:source\\/a dct:identifier "a.md" .
:report\\/a\\/partnership\\/1 a gk:Partnership ; gk:partner :partner\\/global\\/unicef ;
    gk:sector gk:sector-unknown ; gk:newAndUnusual true .
:report\\/a\\/partnership\\/2 a gk:Partnership ; gk:partner :partner\\/MAR\\/ministry-of-health ;
    gk:sector gk:sector-government .

:report\\/b prov:wasDerivedFrom :source\\/b ; gk:country :country\\/KEN ;
    gk:hasPartnership :report\\/b\\/partnership\\/1, :report\\/b\\/partnership\\/2 .
:source\\/b dct:identifier "b.md" .
:report\\/b\\/partnership\\/1 a gk:Partnership ; gk:partner :partner\\/global\\/unicef ;
    gk:sector gk:sector-un ; gk:partnerName "United Nations Children's Fund" .
:report\\/b\\/partnership\\/2 a gk:Partnership ; gk:partner :group\\/youth ;
    gk:sector gk:sector-unknown .

:partner\\/global\\/unicef a gk:Partner ; gk:named true ; rdfs:label "UNICEF" ;
    skos:prefLabel "UNICEF" ;
    gk:sector gk:sector-un .
:partner\\/MAR\\/ministry-of-health a gk:Partner ; gk:named true ; rdfs:label "Ministry of Health" ;
    skos:prefLabel "Ministry of Health" ;
    gk:sector gk:sector-government .
:group\\/youth a gk:PartnerGroup ; gk:named false ; rdfs:label "youth" ;
    skos:prefLabel "youth" ;
    gk:sector gk:sector-unknown .
"""


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=TTL, format="turtle")
    return g


def rows(graph: rdflib.Graph, name: str, **bindings: str) -> list[dict]:
    query = (ROOT / "queries" / name).read_text(encoding="utf-8")
    init = {k: rdflib.Literal(v) for k, v in bindings.items()}
    out = []
    for row in graph.query(query, initBindings=init):
        out.append({k: (v.toPython() if v is not None else None) for k, v in row.asdict().items()})
    return out


def test_partners_query_one_row_per_report_and_partner(graph: rdflib.Graph) -> None:
    got = sorted(
        (r["source_file"], r["partner_label"], r["sector"], r["named"], r.get("new_unusual"))
        for r in rows(graph, "partners.rq")
    )
    assert got == [
        ("a.md", "Ministry of Health", "government", True, None),
        ("a.md", "UNICEF", "un", True, True),  # unknown partnership sector -> partner's
        ("b.md", "United Nations Children's Fund", "un", True, None),  # the report's own name
        ("b.md", "youth", "unknown", False, None),
    ]
    labels = {r["partner_label"]: r["partner_pref_label"] for r in rows(graph, "partners.rq")}
    assert labels["United Nations Children's Fund"] == labels["UNICEF"] == "UNICEF"


def test_partner_list_all_and_by_country(graph: rdflib.Graph) -> None:
    # One row per (partner, country); the CLI joins the countries.
    everything: dict[str, tuple[int, set[str]]] = {}
    for r in rows(graph, "partner-list.rq"):
        reports, countries = everything.get(r["label"], (r["reports"], set()))
        everything[r["label"]] = (reports, countries | {r["country"]})
    assert everything["UNICEF"][0] == 2
    assert everything["UNICEF"][1] == {"Morocco", "Kenya"}
    assert everything["Ministry of Health"] == (1, {"Morocco"})
    for value in ("Kenya", "ken"):
        kenya = {r["label"] for r in rows(graph, "partner-list.rq", __country=value)}
        assert kenya == {"UNICEF", "youth"}


# --- the corpus ---------------------------------------------------------------------------


def _reader():
    try:
        from graphkit.reader import read_page
    except ImportError:
        spec = importlib.util.spec_from_file_location(
            "partners_eval", ROOT / "benchmarks" / "partners_eval.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module._fallback_page
    return read_page


@pytest.mark.corpus
def test_every_corpus_page_extracts_with_short_labels_and_known_sectors(corpus_dir: Path) -> None:
    read = _reader()
    pages = [read(path) for path in sorted(corpus_dir.glob("*.md"))]
    mentions = [m for p in pages for m in extract_partners(p)]
    assert len(mentions) > 2000
    too_long = [m.name for m in mentions if len(m.name.split()) > 14]
    assert too_long == []
    assert all(
        m.sector
        in {
            "government",
            "private",
            "civil_society",
            "academia",
            "un",
            "international",
            "other",
            "unknown",
        }
        for m in mentions
    )
