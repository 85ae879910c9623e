"""Round 14 of the partner rules: a unit named with its parent ministry is the unit, and the
ministry's fields after a comma stay with it; a lower-case kind before a bracketed name gives
the name; two short headed names parted by one comma are a list; lines the form broke inside
a name are joined; web-page artefacts and parts of a work plan are no names; a kind of partner
before a dash gives the body named after it."""

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


def test_an_acronym_spelled_by_every_word_of_a_name_on_the_page_is_that_partner():
    page = make_page([group("Zorbia investment Promotion Authority"), group("ZIPA")])
    assert [m.name for m in extract_partners(page, None) if m.named] == [
        "Zorbia investment Promotion Authority"
    ]
    # an acronym the name does not spell stays a partner of its own
    page = make_page([group("Zorbia investment Promotion Authority"), group("ZPA Holdings")])
    assert len([m for m in extract_partners(page, None) if m.named]) == 2


def test_what_a_web_page_put_beside_a_name_is_dropped():
    assert [c.name for c in split_names("Zorbix Smala See less")] == ["Zorbix Smala"]
    assert [c.name for c in split_names("Fundación Zorbix Fundación Zorbix")] == [
        "Fundación Zorbix"
    ]


def test_a_comma_list_broken_inside_a_name_by_the_form_is_read_whole():
    text = (
        "UNICEF, The Zorbia Urban\n\nMunicipality, Zorbix Development Agency, Quandle\n\n"
        "Institute of Technology (QIT), The ministry of\n\nenvironment and Natural Resources, "
        "Zorbia Bank"
    )
    names = [c.name for c in split_names(text)]
    assert "Zorbia Urban Municipality" in names
    assert "Quandle Institute of Technology (QIT)" in names
    assert "ministry of environment and Natural Resources" in names
    assert "Zorbia Bank" in names and "Zorbia Urban" not in names
    # lines that are each a list of whole names stay apart
    text = "Zorbix Agency, Ministry of Planning\n\nQuandle Innovation Center, Ministry of Trade"
    assert [c.name for c in split_names(text)] == [
        "Zorbix Agency",
        "Ministry of Planning",
        "Quandle Innovation Center",
        "Ministry of Trade",
    ]


def test_an_inline_number_parts_two_names_on_the_taggers_path():
    text = "Zorbian Ministry of Social Development 3. UNDP Singapore Global Center 4. Zorbix Bank"
    page = make_page([group(text)])
    tagger = FixedTagger("Zorbian Ministry of Social Development 3. UNDP Singapore Global Center")
    assert _named(page, tagger) == [
        "Zorbian Ministry of Social Development",
        "UNDP Singapore Global Center",
    ]
    # a centre of UNDP is a unit of it, a partner in any field
    assert [m.sector for m in extract_partners(page, None) if "UNDP" in m.name] == ["un"]


def test_a_line_that_ends_on_a_connector_goes_on_on_the_next():
    text = (
        "Zorbian Office (lead)\n\nMunicipal Public Company for Management and\n\nQuandling (ally)"
    )
    assert [c.name for c in split_names(text)] == [
        "Zorbian Office",
        "Municipal Public Company for Management and Quandling",
    ]


def test_an_adjective_after_a_ministrys_and_opens_the_next_name():
    assert [c.name for c in split_names("Ministry of Health and National Agency for Zorbix")] == [
        "Ministry of Health",
        "National Agency for Zorbix",
    ]
    # a ministry's last field still ends it before a new name
    assert [
        c.name
        for c in split_names("Ministry of Planning and Investment National Agency for Zorbix")
    ] == ["Ministry of Planning and Investment", "National Agency for Zorbix"]


def test_a_part_of_the_work_plan_is_no_partner():
    page = make_page([group("ACTION 3"), group("Action 1"), group("Zorbix Action Network")])
    assert [m.name for m in extract_partners(page, None) if m.named] == ["Zorbix Action Network"]


def test_a_kind_all_in_lower_case_gives_the_bracketed_name_even_with_a_head():
    text = "compagnie de téléphonie mobile (ZORBITEL)"
    page = make_page([group(text)])
    assert _named(page, FixedTagger(text)) == ["ZORBITEL"]


def test_the_last_and_of_a_list_of_bare_names_parts_two_items():
    assert [c.name for c in split_names("Zorbix, Quandle and Plimsby")] == [
        "Zorbix",
        "Quandle",
        "Plimsby",
    ]
    # a country's name with 'and' in it stays whole
    assert [c.name for c in split_names("Barbados, Trinidad and Tobago")] == [
        "Barbados",
        "Trinidad and Tobago",
    ]
    # a name with a head noun is not a bare name
    names = [c.name for c in split_names("Zorbix, Ministry of Trade and Industry")]
    assert names == ["Zorbix", "Ministry of Trade and Industry"]


def test_a_kind_of_partner_then_a_dash_and_one_body_gives_the_body():
    assert [(c.name, c.named) for c in split_names("Local Municipality - City of Zorbix")] == [
        ("City of Zorbix", True)
    ]
    # a status before the names is no kind of partner
    names = [c.name for c in split_names("In process: Ministry of Zorbix and Ministry of Quandle.")]
    assert "Ministry of Zorbix" not in names
