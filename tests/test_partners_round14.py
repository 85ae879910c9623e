"""Round 14 of the partner rules: a unit named with its parent ministry is the unit, and the
ministry's fields after a comma stay with it; a lower-case kind before a bracketed name gives
the name; two short headed names parted by one comma are a list."""

from __future__ import annotations

from partner_pages import FixedTagger, group, make_page

from graphkit.partners import extract_partners
from graphkit.partners.extract import _tagged, field_candidates, partner_fields
from graphkit.partners.names import split_names


def _named(page, tagger=None) -> list[str]:  # noqa: ANN001 - a Page and a Tagger
    if tagger is None:
        return [m.name for m in extract_partners(page, None) if m.named]
    [field] = partner_fields(page)
    return [c.name for c in _tagged(field, field_candidates(field), tagger) if c.named]


def test_a_unit_under_a_ministry_is_the_unit_and_the_fields_stay_with_the_ministry():
    text = (
        "Zorbian ICT Division under the Ministry of Posts, Telecommunications and "
        "Information Technology of the Government of Zorbia"
    )
    page = make_page([group(text)])
    assert _named(page) == ["Zorbian ICT Division"]
    # the tagger's span runs over the whole line: the unit alone, not nothing
    assert _named(page, FixedTagger(text)) == ["Zorbian ICT Division"]


def test_a_ministry_of_high_technology_keeps_its_fields():
    text = "Ministry of Transportation, Communications and High Technology"
    assert [c.name for c in split_names(text)] == [text]


def test_a_kind_in_lower_case_before_a_bracketed_name_gives_the_name():
    text = "Opérateurs de drônes (KONOZOR)"
    assert [c.name for c in split_names(text)] == ["KONOZOR"]
    page = make_page([group(text)])
    assert _named(page, FixedTagger(text)) == ["KONOZOR"]
    # a body's name written in lower case keeps its acronym with it
    assert [c.name for c in split_names("Planning and budget office (ZPO)")] == [
        "Planning and budget office (ZPO)"
    ]
    # a name of its own before its acronym keeps it
    page = make_page([group("Zorbian Fund for Innovation (ZFI)")])
    assert _named(page, FixedTagger("Zorbian Fund for Innovation (ZFI)")) == [
        "Zorbian Fund for Innovation (ZFI)"
    ]


def test_two_headed_names_parted_by_one_comma_are_two_partners():
    text = "Quandle Woreda (district) administration, Zorbix town municipality."
    assert [c.name for c in split_names(text)] == [
        "Quandle Woreda administration",
        "Zorbix town municipality",
    ]
    page = make_page([group(text)])
    tagger = FixedTagger("Quandle Woreda (district) administration, Zorbix town municipality")
    assert _named(page, tagger) == ["Quandle Woreda administration", "Zorbix town municipality"]
    # a sentence with one comma is not a list
    text = "We met the city council, and the team visited the municipality."
    assert "We met the city council" not in [c.name for c in split_names(text)]
