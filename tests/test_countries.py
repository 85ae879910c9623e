"""The curated country table: aliases, places, codes and QIDs, checked against pycountry."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pycountry
import pytest

from graphkit.countries import all_countries, country_by_code, resolve_country

ACCEPTANCE = Path(__file__).resolve().parent.parent.parent / "shared" / "acceptance"


def alpha3_of(tag: str) -> str | None:
    match = resolve_country(tag)
    return match.country.alpha3 if match else None


@pytest.mark.parametrize(
    ("tag", "alpha3"),
    [
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("East Timor", "TLS"),
        ("Timor Leste", "TLS"),
        ("Timor-Leste", "TLS"),
        ("Cape Verde", "CPV"),
        ("Cabo Verde", "CPV"),
        ("Laos", "LAO"),
        ("Lao PDR", "LAO"),
        ("Russia", "RUS"),
        ("Democratic Republic of the Congo", "COD"),
        ("Democratic Republic of Congo", "COD"),
        ("DR Congo", "COD"),
        ("Congo", "COG"),
        ("Republic of the Congo", "COG"),
        ("Kosovo", "XKX"),
        ("Palestine", "PSE"),
        ("State of Palestine", "PSE"),
        ("Bolivia", "BOL"),
        ("Venezuela", "VEN"),
        ("Iran", "IRN"),
        ("Syria", "SYR"),
        ("Viet Nam", "VNM"),
        ("Vietnam", "VNM"),
        ("Moldova", "MDA"),
        ("Tanzania", "TZA"),
        ("Micronesia", "FSM"),
        ("eSwatini", "SWZ"),
        ("Swaziland", "SWZ"),
        ("North Macedonia", "MKD"),
        ("People's Republic of China", "CHN"),
        ("South Korea", "KOR"),
        ("The Gambia", "GMB"),
        ("Guinea Bissau", "GNB"),
        ("United States", "USA"),
        ("  the netherlands ", "NLD"),
    ],
)
def test_name_variants_resolve_to_one_country(tag: str, alpha3: str) -> None:
    match = resolve_country(tag)
    assert match is not None and match.country.alpha3 == alpha3
    assert match.place is None


@pytest.mark.parametrize(
    ("tag", "alpha3"),
    [
        ("Federation of Bosnia and Herzegovina", "BIH"),
        ("Republika Srpska", "BIH"),
        ("Kurdistan Region", "IRQ"),
        ("Somaliland", "SOM"),
        ("Puntland", "SOM"),
        ("Vojvodina", "SRB"),
        ("Gaza Strip", "PSE"),
        ("West Bank", "PSE"),
        ("Galápagos Province", "ECU"),
        ("Canary Islands", "ESP"),
        ("England", "GBR"),
        ("Scotland", "GBR"),
        ("Honshu", "JPN"),
        ("South Island", "NZL"),
        ("Trinidad", "TTO"),
        ("Antigua", "ATG"),
        ("Zanzibar", "TZA"),
    ],
)
def test_places_belong_to_their_country_and_keep_their_name(tag: str, alpha3: str) -> None:
    match = resolve_country(tag)
    assert match is not None and match.country.alpha3 == alpha3
    assert match.place == tag


@pytest.mark.parametrize(
    "tag", ["Null Island", "null island", "", "Atlantis", "Kosov", "Georgia (US)"]
)
def test_non_countries_and_unknown_tags_resolve_to_none(tag: str) -> None:
    assert resolve_country(tag) is None


def test_kosovo_uses_user_assigned_codes_and_its_own_qid() -> None:
    kosovo = resolve_country("Kosovo")
    assert kosovo is not None
    assert (kosovo.country.alpha2, kosovo.country.alpha3, kosovo.country.qid) == (
        "XK",
        "XKX",
        "Q1246",
    )
    assert kosovo.country.wikidata == "http://www.wikidata.org/entity/Q1246"


@pytest.mark.parametrize(
    ("alpha3", "qid"),
    [
        ("MAR", "Q1028"),
        ("FRA", "Q142"),
        ("DEU", "Q183"),
        ("USA", "Q30"),
        ("GBR", "Q145"),
        ("CHN", "Q148"),
        ("IND", "Q668"),
        ("BRA", "Q155"),
        ("JPN", "Q17"),
        ("RUS", "Q159"),
        ("TUR", "Q43"),
        ("NGA", "Q1033"),
        ("KEN", "Q114"),
        ("ETH", "Q115"),
        ("EGY", "Q79"),
        ("MEX", "Q96"),
        ("CAN", "Q16"),
        ("AUS", "Q408"),
        ("ITA", "Q38"),
        ("ESP", "Q29"),
        ("SRB", "Q403"),
        ("BIH", "Q225"),
        ("PSE", "Q219060"),
        ("COD", "Q974"),
        ("COG", "Q971"),
        ("TLS", "Q574"),
        ("NLD", "Q55"),
        ("CHE", "Q39"),
        ("URY", "Q77"),
        ("ATA", "Q51"),
    ],
)
def test_well_known_wikidata_qids(alpha3: str, qid: str) -> None:
    country = country_by_code(alpha3)
    assert country is not None and country.qid == qid


def test_table_rows_are_well_formed_and_unique() -> None:
    countries = all_countries()
    assert 245 <= len(countries) <= 260
    for field in ("alpha2", "alpha3", "qid", "name"):
        values = [getattr(c, field) for c in countries]
        assert len(values) == len(set(values)), field
    for c in countries:
        assert re.fullmatch(r"[A-Z]{2}", c.alpha2) and re.fullmatch(r"[A-Z]{3}", c.alpha3)
        assert re.fullmatch(r"Q[1-9][0-9]*", c.qid)
        assert c.m49 == "" or re.fullmatch(r"[0-9]{3}", c.m49)
        assert -90 <= c.lat <= 90 and -180 <= c.long <= 180
        assert c.region in {"Africa", "Americas", "Asia", "Europe", "Oceania", ""}


def test_codes_and_m49_agree_with_pycountry() -> None:
    for c in all_countries():
        if c.alpha3 == "XKX":
            continue
        entry = pycountry.countries.get(alpha_3=c.alpha3)
        assert entry is not None, c.alpha3
        assert entry.alpha_2 == c.alpha2
        assert entry.numeric == c.m49


def test_every_pycountry_name_resolves_to_the_same_country() -> None:
    # The acceptance truth falls back on pycountry.lookup(): our table must agree with it.
    for entry in pycountry.countries:
        for name in (
            entry.name,
            getattr(entry, "official_name", None),
            getattr(entry, "common_name", None),
        ):
            if name:
                assert alpha3_of(name) == entry.alpha_3, name


def test_no_alias_contradicts_pycountry() -> None:
    for c in all_countries():
        for name in (c.name, *c.aliases):
            try:
                expected = pycountry.countries.lookup(name).alpha_3
            except LookupError:
                continue
            assert expected == c.alpha3, name


def test_m49_regions_of_a_sample() -> None:
    assert (country_by_code("MA").region, country_by_code("MA").subregion) == (
        "Africa",
        "Northern Africa",
    )
    ken = country_by_code("KEN")
    assert (ken.subregion, ken.intermediate_region) == ("Sub-Saharan Africa", "Eastern Africa")
    assert country_by_code("HTI").intermediate_region == "Caribbean"
    assert country_by_code("FJI").subregion == "Melanesia"


@pytest.mark.corpus
def test_every_corpus_country_tag_resolves_and_agrees_with_the_truth(corpus_dir: Path) -> None:
    sys.path.insert(0, str(ACCEPTANCE))
    try:
        from country_truth import alpha3 as truth
    finally:
        sys.path.remove(str(ACCEPTANCE))
    tags: set[str] = set()
    for path in corpus_dir.iterdir():
        text = path.read_text(encoding="utf-8", errors="replace")
        tags.update(re.findall(r"^\[\[country:(.*)\]\]", text, re.M))
    assert len(tags) > 100
    unresolved = sorted(t for t in tags if t != "Null Island" and resolve_country(t) is None)
    assert unresolved == []
    disagree = sorted(t for t in tags if truth(t) is not None and truth(t) != alpha3_of(t))
    assert disagree == []
