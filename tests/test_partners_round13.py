"""Round 13 of the partner rules: curated organisations are kept in every field and are
one node with their country's name after them; curated names with commas stay whole on the
tagger's path too; a parent named in a 'subsidiary of' aside is not a partner."""

from __future__ import annotations

from partner_pages import answer, group, make_page

from graphkit.partners import extract_partners, known_organisation
from graphkit.partners.extract import PartnerMention
from graphkit.partners.names import split_names
from graphkit.partners.resolve import partner_key


def _mention(name: str) -> PartnerMention:
    return PartnerMention(name, name, "group", "q", 1, "unknown", True, None)


def test_a_curated_organisation_with_its_country_after_it_is_the_organisation():
    assert known_organisation("GEF Small Grants Programme Nigeria", fuzzy=False).key == "gef-sgp"
    assert known_organisation("UN Women Kenya", fuzzy=False).key == "un-women"
    assert known_organisation("Zorbix Hub Nigeria", fuzzy=False) is None
    # one global node, whichever country wrote it and however
    keys = {
        partner_key(_mention("UN Women Kenya"), "KEN"),
        partner_key(_mention("UN Women"), "MAR"),
    }
    assert len(keys) == 1 and keys.pop().scope == "global"
    # a country's own body stays scoped to it
    assert partner_key(_mention("Zorbix Hub Nigeria"), "NGA").scope == "NGA"


def test_curated_organisations_are_kept_in_every_field_but_undp_itself():
    page = make_page([group("UNDP IICPSD"), group("UNDP Paraguay"), group("UNDP")])
    assert [m.name for m in extract_partners(page, None)] == ["UNDP IICPSD"]
    # a curated acronym in prose is a name even when it spells a pronoun
    text = "We worked with WHO while designing the guides that went to three markets."
    page = make_page(answers=[answer(text, "un")])
    assert [m.name for m in extract_partners(page, None)] == ["WHO"]


def test_a_curated_name_with_commas_stays_whole_among_others_on_the_tagger_path():
    centre = "UNDP Global Centre for Technology, Innovation and Sustainable Development"
    page = make_page([group(f"Zorbix Hub, {centre}, Quandle Foundation")])
    for found in (extract_partners(page), extract_partners(page, None)):
        assert sorted(m.name for m in found) == sorted(["Zorbix Hub", centre, "Quandle Foundation"])
        assert next(m.sector for m in found if m.name == centre) == "un"


def test_a_parent_named_in_a_subsidiary_aside_is_not_a_partner():
    text = (
        "The lab also worked with Zorbix Digital Centre, a subsidiary of the Orange Cameroon "
        "telecommunications company, on a prototype."
    )
    assert [c.name for c in split_names(text)] == ["Zorbix Digital Centre"]
