"""The country-pick block is written out in several queries/*.rq (SPARQL has no include):
an optional ?__country (a name or an alpha-3 code), else the country with the most matching
reports. This lint keeps the copies identical, so a fix to one is a fix to all."""

from __future__ import annotations

import re
from pathlib import Path

QUERIES = Path(__file__).resolve().parent.parent / "queries"

# From the opening comment to 'LIMIT 1'; the one line that says which reports count (the
# '{ SELECT DISTINCT ?top ... }' patterns) and the comment's wording of them may differ.
_BLOCK = re.compile(
    r"# The country asked for.*?SELECT \?country\s+WHERE \{(?P<body>.*?)\}\s*GROUP BY \?country"
    r"\s+ORDER BY DESC\(COUNT\(\?top\)\) \?country\s+LIMIT 1",
    re.DOTALL,
)
_FILTER = re.compile(r"\{\s*SELECT \?country\s+WHERE \{.*?FILTER\(.*?\)\)\s*\}\s*\}", re.DOTALL)
_TOP = re.compile(r"\{ SELECT \?top \?country WHERE \{ \?top gk:country \?country \} \}")


def _blocks() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path in sorted(QUERIES.glob("*.rq")):
        found = [m.group("body") for m in _BLOCK.finditer(path.read_text(encoding="utf-8"))]
        if found:
            out[path.name] = found
    return out


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_every_country_pick_block_is_the_same_filter_and_ranking():
    blocks = _blocks()
    assert len(blocks) >= 6, sorted(blocks)
    filters = set()
    for name, bodies in blocks.items():
        for body in bodies:
            found = _FILTER.search(body)
            assert found, f"{name}: no name/alpha-3 filter in the country pick"
            filters.add(_norm(found.group(0)))
            assert _TOP.search(body), f"{name}: the pick does not rank countries by reports"
    assert len(filters) == 1, "the country filters differ between queries/*.rq"


def test_every_query_with_a_country_pick_takes_the_optional_parameter():
    for name in _blocks():
        text = (QUERIES / name).read_text(encoding="utf-8")
        assert "?__country" in text and "countryLabel" in text, name
