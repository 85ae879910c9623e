"""Round 9 of partner extraction: yes/no answers, 'and with the' second partners, country
abbreviations, '+' bullets, 'Regarding ...' openers, '<Hub> Management Company'."""

from __future__ import annotations

from partner_pages import answer, group, make_page

from graphkit.page import Page
from graphkit.partners import extract_partners


def _page(answers=(), groups=()) -> Page:
    return make_page(groups, answers, file="round9.md", doc_type="closing", countries=("Ethiopia",))


def _named(page: Page) -> dict[str, str]:
    return {m.name: m.sector for m in extract_partners(page, None) if m.named}


def test_yes_and_not_applicable_lines_are_not_partners():
    text = "Yes\n\nLasta woreda Land Management Office\n\nN/A"
    assert set(_named(_page([answer(text, "government")]))) == {
        "Lasta woreda Land Management Office"
    }
    assert _named(_page([answer("N / A", "private"), answer("Yes.", "academia")])) == {}


def test_and_with_the_starts_a_second_partner():
    text = (
        "We worked with the Institute of Employment and with the Maritime and Ports Institute "
        "on the training of young people."
    )
    named = _named(_page([answer(text, "government")]))
    assert set(named) == {"Institute of Employment", "Maritime and Ports Institute"}


def test_country_abbreviations_and_regarding_openers_are_not_partners():
    text = "Regarding governmental partners, we had talks with USA embassy staff and the Ministry of Health."
    named = _named(_page([answer(text, "government")]))
    assert "USA" not in named and not any(n.startswith("Regarding") for n in named)
    assert "Ministry of Health" in named


def test_plus_bullets_and_function_word_companies():
    named = _named(
        _page(
            groups=[
                group("+ Flower in the Air Foundation"),
                group("The Innovation Hub Management Company"),
            ]
        )
    )
    assert set(named) == {"Flower in the Air Foundation", "Innovation Hub Management Company"}


def test_misspelt_undp_and_acclab_and_country_codes_are_not_partners():
    text = "We worked with UNPD Paraguay, the Accalab, MKD and the Ministry of Economy."
    named = _named(_page([answer(text, "government")]))
    assert set(named) == {"Ministry of Economy"}


def test_a_longer_spelling_of_the_same_body_in_one_report_is_one_partner():
    text = (
        "Ministère de la Recherche: appui au projet.\n"
        "Ministère de la Recherche Scientifique: co-organisation du concours."
    )
    named = _named(_page([answer(text, "government")]))
    assert list(named) in (
        ["Ministère de la Recherche Scientifique"],
        ["Ministère de la Recherche"],
    )
    # Other ministries whose names begin alike stay apart.
    two = _named(
        _page(groups=[group("Ministry of Health"), group("Ministry of Health Promotion Unit")])
    )
    assert len(two) == 2


def test_topics_are_not_partners():
    named = _named(_page([answer("Climate Change, Innovation Ecosystem and UNICEF", "un")]))
    assert set(named) == {"UNICEF"}


def test_an_appositive_after_a_name_goes_but_not_after_a_verb():
    named = _named(_page(groups=[group("Y-Peer a local NGO in Puntland")]))
    assert set(named) == {"Y-Peer"}
    hired = "We hired a private company Watergunz to run a communication campaign for us."
    assert "Watergunz" in _named(_page([answer(hired, "private")]))


def test_a_prefix_dash_is_part_of_the_name():
    text = "Da Nang Institute for Socio - Economic Development"
    assert set(_named(_page(groups=[group(text)]))) == {
        "Da Nang Institute for Socio-Economic Development"
    }


def test_a_second_mention_agreeing_with_a_strong_name_cue_sets_the_sector():
    private = "Listening to companies mattered while working with the Municipality of Montevideo."
    government = "We mainly work with the Municipality of Montevideo on waste."
    named = _named(_page([answer(private, "private"), answer(government, "government")]))
    assert named["Municipality of Montevideo"] == "government"


def test_statements_of_interest_are_not_partnerships():
    text = (
        "We have gained the interest of Solutions by STC to create the platform. "
        "We are currently exploring another partner: the Ministry of Housing. "
        "We worked with the Tobago House of Assembly on the challenge."
    )
    assert set(_named(_page([answer(text, "government")]))) == {"Tobago House of Assembly"}


def test_a_modifier_and_a_field_share_the_head_that_follows():
    named = _named(_page(groups=[group("National Tax and Customs Directorate")]))
    assert named == {"National Tax and Customs Directorate": "government"}
    two = _named(_page(groups=[group("National Council and Ministry of Health")]))
    assert set(two) == {"National Council", "Ministry of Health"}


def test_a_superintendence_is_government():
    assert _named(_page(groups=[group("Finance Superintendence")])) == {
        "Finance Superintendence": "government"
    }


def test_sector_cues_for_assemblies_state_corporations_and_solutions():
    from graphkit.partners.sectors import sector_from_name

    assert sector_from_name("Tobago House of Assembly") == "government"
    assert sector_from_name("Bangladesh Parjatan Corporation") == "government"
    assert sector_from_name("Microsoft Corporation") == "private"  # no country first
    assert sector_from_name("Green Energy Solution") == "private"


def test_list_lines_naming_offices_in_plain_words_are_read_whole():
    text = (
        "Lasta woreda civil service office\n\n"
        "the Lalibela municipality land management office\n\n"
        "The Culture and tourism office\n"
    )
    assert set(_named(_page([answer(text, "government")]))) == {
        "Lasta woreda civil service office",
        "Lalibela municipality land management office",
        "Culture and tourism office",
    }
    # A sentence about an office is not a name.
    assert (
        _named(_page([answer("We worked with the local municipality office", "government")])) == {}
    )
