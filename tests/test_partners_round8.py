"""Round 8 of partner extraction: run-together name lists, described names, shared plural
heads, UNDP units written 'UNDP-X', techniques that are not partners."""

from __future__ import annotations

from partner_pages import answer, group, make_page

from graphkit.page import Page
from graphkit.partners import extract_partners


def _page(answers=(), groups=()) -> Page:
    return make_page(groups, answers, file="round8.md", doc_type="closing", countries=("Paraguay",))


def _named(page: Page) -> dict[str, str]:
    return {m.name: m.sector for m in extract_partners(page, None) if m.named}


def test_a_run_of_names_is_cut_before_every_head_that_follows_a_complete_name():
    text = (
        "National SDG Commission National Science and Technology Council (CONACYT) "
        "Ministry of Justice Ministry of Women National Institute of Statistics"
    )
    named = _named(_page([answer(text, "government")]))
    assert set(named) == {
        "National SDG Commission",
        "National Science and Technology Council (CONACYT)",
        "Ministry of Justice",
        "Ministry of Women",
        "National Institute of Statistics",
    }
    assert set(named.values()) == {"government"}


def test_names_with_a_head_in_the_middle_are_not_cut():
    named = _named(_page(groups=[group("Yala City Municipality Narathiwas City Municipality")]))
    assert set(named) == {"Yala City Municipality", "Narathiwas City Municipality"}
    assert "Lusaka City Council" in _named(_page(groups=[group("Lusaka City Council")]))


def test_a_second_institution_after_and_the():
    text = "We worked with the Ministry of Women and the Municipality of Asuncion on the pilot."
    assert {"Ministry of Women", "Municipality of Asuncion"} <= set(
        _named(_page([answer(text, "government")]))
    )


def test_a_name_after_a_description_keeps_the_name_and_takes_its_sector():
    text = (
        "We partnered with a private company Watergunz to test filters. The startup Kolibri "
        "provided sensors and the NGO Casa Verde hosted us."
    )
    named = _named(_page([answer(text, "new_unusual")]))
    assert named.get("Watergunz") == "private"
    assert named.get("Kolibri") == "private"
    assert named.get("Casa Verde") == "civil_society"
    assert "NGO Casa Verde" not in named


def test_a_capitalised_description_word_is_part_of_the_name():
    named = _named(_page([answer("We engaged with Foundation Moises Bertoni.", "civil_society")]))
    assert "Foundation Moises Bertoni" in named


def test_a_shared_plural_head_is_distributed():
    text = "We worked with the Ministries of environment, agriculture, and livestock on the pilot."
    named = _named(_page([answer(text, "government")]))
    assert {"Ministry of Environment", "Ministry of Agriculture", "Ministry of Livestock"} <= set(
        named
    )
    assert not any("pilot" in n for n in named)
    named = _named(_page([answer("Universities of Lagos and Ibadan supported us.", "academia")]))
    assert named == {"University of Lagos": "academia", "University of Ibadan": "academia"}


def test_undp_units_written_with_a_hyphen_are_un_but_undp_in_a_country_is_not_a_partner():
    text = "UNDP-Youth Leadership Programme, UNDP Paraguay and the UNDP-Environment Energy and Climate Change (EECC) Pillar"
    named = _named(_page([answer(text, "un")]))
    assert named.get("UNDP Youth Leadership Programme") == "un"
    assert not any(n.startswith("UNDP Paraguay") for n in named)
    assert any("EECC" in n and n.endswith("Pillar") for n in named) or any(
        n.startswith("UNDP Environment Energy") for n in named
    )


def test_technique_acronyms_are_not_partners():
    text = "We produced Face Shields and PET bottles using ORID and GAAP methods with Acme Ltd."
    named = _named(_page([answer(text, "private")]))
    assert "Acme Ltd" in named
    assert not {"PET", "ORID", "GAAP"} & set(named)


def test_seed_private_answer_still_three_names():
    text = "Maroc Numeric Cluster FIWARE Kiwi Emerging Business Factory"
    named = _named(_page([answer(text, "private")]))
    assert set(named) == {"Maroc Numeric Cluster", "FIWARE", "Kiwi Emerging Business Factory"}


def test_lower_case_units_of_the_office_are_un_partners():
    named = _named(_page([answer("We worked with UNDP team: governance and peace team.", "un")]))
    assert named.get("UNDP governance and peace team") == "un"
    text = "In recycling, we engaged with the Environment portfolio and the city."
    assert _named(_page([answer(text, "un")])).get("Environment portfolio") == "un"
