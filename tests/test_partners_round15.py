"""Round 15 of the partner rules: people or bodies named by what they do, in the plural, are
kinds of partner ('LPG Suppliers', 'Fintech Regulatory bodies'), so are the population and
grassroots groups; a body 'of' such people stays a body."""

from __future__ import annotations

import pytest
from partner_pages import group, make_page

from graphkit.partners import extract_partners
from graphkit.partners.verdict import is_named


@pytest.mark.parametrize(
    "name",
    [
        "LPG Suppliers",
        "Fintech Regulatory bodies",
        "Social and Peace Influencers",
        "Tourism MSME Industry Partners",
        "Project Collaborators",
        "Retailers",
        "Hotels",
        "Coffee shops",
        "General population",
        "Grassroots Communities",
    ],
)
def test_a_plural_role_or_group_is_a_kind_not_an_organisation(name: str):
    assert not is_named(name)


@pytest.mark.parametrize(
    "name",
    [
        "Zambia Association of Manufacturers",  # a body of manufacturers
        "Zorbix Suppliers Ltd",  # a company whose name has the word
        "General Directorate of Zorbian Roads",
        "UN Women",
    ],
)
def test_a_body_named_with_such_a_word_stays_named(name: str):
    assert is_named(name)


def test_extraction_keeps_the_suppliers_as_a_generic_group_beside_a_named_one():
    page = make_page([group("LPG Suppliers"), group("Zorbix Gas Company", line=2)])
    for models in (None, "shipped"):
        found = extract_partners(page, None) if models is None else extract_partners(page)
        assert {m.name: m.named for m in found} == {
            "LPG Suppliers": False,  # a generic partner group
            "Zorbix Gas Company": True,
        }
