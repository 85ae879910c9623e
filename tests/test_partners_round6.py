"""Round 6 of partner extraction: within-page near-duplicates, roles, counted groups, sectors."""

from __future__ import annotations

from partner_pages import answer, group, make_page

from graphkit.page import Page
from graphkit.partners import extract_partners, is_named, split_names
from graphkit.partners.cleaning import clean_name


def _page(groups=(), answers=(), tags=()) -> Page:
    return make_page(
        groups,
        answers,
        tags=tags,
        file="round6.md",
        doc_type="experiment",
        countries=("Cabo Verde",),
    )


_group = group
_answer = answer


def _named(page: Page) -> dict[str, str]:
    return {m.name: m.sector for m in extract_partners(page) if m.named}


def test_legal_form_and_distinctive_prefix_merge_within_a_page():
    page = _page(
        groups=[_group("KOMPRA JSC"), _group("Tesaireka Paraguay", 2)],
        answers=[_answer("We worked with KOMPRA and Tesaireka.", "private")],
    )
    names = _named(page)
    assert set(names) == {"KOMPRA JSC", "Tesaireka Paraguay"}


def test_permuted_acronym_typo_merges_but_different_ministries_do_not():
    page = _page(
        groups=[
            _group("CSM"),
            _group("CMS", 2),
            _group("Ministry of Health", 3),
            _group("Ministry of Health and Social Protection", 4),
        ]
    )
    names = _named(page)
    assert len([n for n in names if n in ("CSM", "CMS")]) == 1
    assert {"Ministry of Health", "Ministry of Health and Social Protection"} <= set(names)


def test_unit_and_parent_acronym_stay_two():
    page = _page(groups=[_group("BRH"), _group("Innovation Unit of BRH", 2)])
    assert len(_named(page)) == 2


def test_role_before_its_organisation_is_the_organisation():
    assert clean_name("Volunteer Intern at the University of Córdoba") == "University of Córdoba"
    assert clean_name("Ministry of Health") == "Ministry of Health"


def test_counted_groups_are_generic_and_prime_minister_office_is_named():
    assert not is_named("Four communities in Chiang Rai")
    assert is_named("Office of the Prime Minister")


def test_capitalised_the_restarts_a_run_of_names():
    names = [c.name for c in split_names("Signs TV The Action Foundation")]
    assert names == ["Signs TV", "Action Foundation"] or names == [
        "Signs TV",
        "The Action Foundation",
    ]


def test_experiment_tag_does_not_override_institute_of_technology():
    page = _page(
        answers=[_answer("Barbados Child Care Board\n\nPrescod Institute Of Technology", "any")],
        tags=[("partnering_sector", ("Public Sector",))],
    )
    names = _named(page)
    assert names.get("Prescod Institute Of Technology") == "academia"
    assert names.get("Barbados Child Care Board") == "government"


def test_co_portfolio_is_un():
    assert _named(_page(groups=[_group("Energy and Environment Porfolio")])) == {
        "Energy and Environment Porfolio": "un"
    }
