"""The curated country table: a country tag of the SDG Commons -> a country (ISO, M49, Wikidata).

The table (graphkit/data/countries.csv, ~250 rows) holds each country's or territory's name,
ISO 3166-1 alpha-2/alpha-3, UN M49 code and region, Wikidata QID, an approximate centroid and
its name variants. graphkit/data/places.csv maps sub-national places that the Commons'
geocoder wrote into country tags ("Republika Srpska", "Zanzibar", "England") to their country.
Nothing here guesses: a tag that matches no name or alias exactly (after case, accent and
punctuation folding) is not a country, and neither is "Null Island" (global / no country).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"
COUNTRIES_CSV = _DATA / "countries.csv"
PLACES_CSV = _DATA / "places.csv"

# Tags that name no country: the geocoder's (0, 0) point for global pages, and the like.
NOT_A_COUNTRY = frozenset({"null island", "global", "worldwide", "world", "international", "n a"})

# The members of the OECD Development Assistance Committee (2024), by ISO alpha-3: the donor
# governments ('Government of France' in an Argentine report is a donor, not a counterpart).
DAC_DONORS = frozenset(
    """AUS AUT BEL CAN CZE DNK EST FIN FRA DEU GRC HUN ISL IRL ITA JPN KOR LTU LUX NLD NZL NOR
    POL PRT SVK SVN ESP SWE CHE GBR USA""".split()
)


@dataclass(frozen=True, slots=True)
class Country:
    """One row of the country table."""

    name: str
    alpha2: str
    alpha3: str
    m49: str  # three digits ('' for Kosovo, which M49 does not list)
    region: str  # M49 region ('' for Antarctica)
    subregion: str
    intermediate_region: str
    qid: str  # Wikidata entity, e.g. 'Q1028'
    lat: float
    long: float
    aliases: tuple[str, ...] = ()

    @property
    def wikidata(self) -> str:
        """The Wikidata entity IRI of the country."""
        return f"http://www.wikidata.org/entity/{self.qid}"


@dataclass(frozen=True, slots=True)
class CountryMatch:
    """What a country tag resolves to: a country, and the sub-national place it named, if any."""

    country: Country
    place: str | None = None


def name_key(text: str) -> str:
    """Fold a place name for matching: case, accents, punctuation, a leading 'the'."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("&", " and "))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return text.removeprefix("the ")


@dataclass(frozen=True, slots=True)
class _Table:
    countries: tuple[Country, ...]
    by_alpha3: dict[str, Country]
    by_alpha2: dict[str, Country]
    by_name: dict[str, Country]
    places: dict[str, tuple[str, Country]]  # name key -> (place name, country)


@cache
def _table() -> _Table:
    countries: list[Country] = []
    by_name: dict[str, Country] = {}
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            aliases = tuple(a for a in row["aliases"].split("|") if a)
            country = Country(
                name=row["name"],
                alpha2=row["alpha2"],
                alpha3=row["alpha3"],
                m49=row["m49"],
                region=row["region"],
                subregion=row["subregion"],
                intermediate_region=row["intermediate_region"],
                qid=row["qid"],
                lat=float(row["lat"]),
                long=float(row["long"]),
                aliases=aliases,
            )
            countries.append(country)
            for name in (country.name, *aliases):
                by_name.setdefault(name_key(name), country)
    by_alpha3 = {c.alpha3: c for c in countries}
    places: dict[str, tuple[str, Country]] = {}
    with PLACES_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            country = by_alpha3[row["alpha3"]]
            for name in (row["name"], *(a for a in row["aliases"].split("|") if a)):
                places.setdefault(name_key(name), (row["name"], country))
    return _Table(
        countries=tuple(countries),
        by_alpha3=by_alpha3,
        by_alpha2={c.alpha2: c for c in countries},
        by_name=by_name,
        places=places,
    )


def all_countries() -> tuple[Country, ...]:
    """Every country of the table, sorted by alpha-3 code."""
    return _table().countries


def country_by_code(code: str) -> Country | None:
    """The country with this ISO 3166-1 alpha-2 or alpha-3 code (any case), or None."""
    table = _table()
    code = code.strip().upper()
    return table.by_alpha3.get(code) or table.by_alpha2.get(code)


@cache
def resolve_country(tag: str) -> CountryMatch | None:
    """The country (and sub-national place) a country tag names; None when it names none."""
    key = name_key(tag)
    if not key or key in NOT_A_COUNTRY:
        return None
    table = _table()
    country = table.by_name.get(key)
    if country is not None:
        return CountryMatch(country)
    place = table.places.get(key)
    if place is not None:
        return CountryMatch(place[1], place[0])
    stripped = tag.strip()
    if len(stripped) in (2, 3) and stripped.isalpha():
        code = country_by_code(stripped)
        if code is not None:
            return CountryMatch(code)
    return None
