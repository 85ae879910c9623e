"""Round 7 of partner extraction: the rules alone, general fixes."""

from __future__ import annotations

from partner_pages import answer, group, make_page

from graphkit.page import Page
from graphkit.partners import extract_partners


def _page(groups=(), answers=(), tags=()) -> Page:
    return make_page(
        groups, answers, tags=tags, file="round7.md", doc_type="experiment", countries=("Paraguay",)
    )


_group = group
_answer = answer


def _named(page: Page, tagger: object = None) -> dict[str, str]:
    return {m.name: m.sector for m in extract_partners(page, tagger) if m.named}


def test_rules_alone_when_no_tagger():
    page = _page(groups=[_group("Maroc Numeric Cluster FIWARE Kiwi Emerging Business Factory")])
    assert set(_named(page)) == {
        "Maroc Numeric Cluster",
        "FIWARE",
        "Kiwi Emerging Business Factory",
    }


def test_misspelt_un_acronym_is_the_agency():
    from graphkit.partners import known_organisation

    assert known_organisation("UNCEF", fuzzy=False).key == "unicef"
    assert known_organisation("UNESCOO", fuzzy=False).key == "unesco"
    assert known_organisation("GIZZ", fuzzy=False) is None  # curated acronyms of 4+ only
    assert known_organisation("ABCD", fuzzy=False) is None


def test_runs_are_cut_after_an_acronym_and_at_a_repeated_ministry():
    text = (
        "National Innovation Strategy (ENI) National SDG Commission "
        "Ministry of Justice Ministry of Public Health and Social Welfare"
    )
    names = [c.name for c in __import__("graphkit.partners").partners.split_names(text)]
    assert "National SDG Commission" in names
    assert "Ministry of Justice" in names
    assert "Ministry of Public Health and Social Welfare" in names
