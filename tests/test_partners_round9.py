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
