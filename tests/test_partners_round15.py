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
        "Data generators",
        "Formal workers",
        "Industry Members",
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


def test_a_kind_the_mined_names_list_is_no_name_in_prose():
    # 'chambers of commerce' is in the mined name list (a name field wrote it as a name)
    from graphkit.partners.lexicon import find_known
    from graphkit.partners.names import split_names

    text = "Regulators and chambers of commerce at state and national level."
    assert any(hit == "chambers of commerce" for *_, hit in find_known(text))
    assert [c.name for c in split_names(text) if c.named] == []


def test_the_help_of_a_body_is_the_body():
    from graphkit.partners.cleaning import clean_name

    assert clean_name("help of PROEMPRESA") == "PROEMPRESA"
    assert clean_name("support of the Zorbix Foundation") == "Zorbix Foundation"
    assert clean_name("support of local communities") == "support of local communities"
    assert clean_name("Help Age International") == "Help Age International"


def test_a_joint_stock_company_is_private():
    from graphkit.partners.sectors import sector_from_name

    assert sector_from_name("GreenLoop Recycling JSC") == "private"


def test_a_comma_list_whose_items_carry_their_own_dashes_is_read_item_by_item():
    from graphkit.partners.names import split_names

    text = (
        "The following private sector partners were involved: Zorbix Corporation (ZC), "
        "Quandle Foods, Retail Reps (Plimsoll/Wend), Eco Start-up - Kloop and Sari-pack, "
        "Eco Investor - xFund, PARMZ (Zorbian Alliance for Recycling, Materials and "
        "Sustainability), KindMynd, Ashokra."
    )
    named = [c.name for c in split_names(text) if c.named]
    for name in ["Zorbix Corporation (ZC)", "Quandle Foods", "Kloop", "Sari-pack", "KindMynd"]:
        assert name in named
    assert "Ashokra" in named and any(n.startswith("PARMZ") for n in named)
    assert not any("," in n and "Alliance" not in n for n in named)  # no list read as one name


def test_a_dash_after_the_last_item_of_a_list_glosses_that_item_only():
    from graphkit.partners.names import split_names

    found = split_names("Zorbix Ltd, Quandle Foundation, Plimsoll - a start-up making dryers")
    assert [(c.name, c.gloss) for c in found] == [
        ("Zorbix Ltd", ""),
        ("Quandle Foundation", ""),
        ("Plimsoll", "a start-up making dryers"),
    ]
    # a description with commas after one name stays its description
    found = split_names("SabahPay - provide training on e-wallets, mobile payments, and cash")
    assert [c.name for c in found] == ["SabahPay"]
    # a ministry whose fields hold commas is one name before its dash
    text = "Ministry of Land Management, Urban Planning, Housing - we are building a partnership"
    assert [c.name for c in split_names(text)] == [
        "Ministry of Land Management, Urban Planning, Housing"
    ]


def test_a_centre_named_for_its_topic_is_not_typed_private_by_the_topic():
    from graphkit.partners.sectors import sector_from_name

    assert sector_from_name("Center for Food Technology and Research") == "unknown"
    assert sector_from_name("Small enterprise Centre") == "unknown"
    assert sector_from_name("Zorbix Technology Center Ltd") == "private"  # a company
    assert sector_from_name("Zorbix Technology Solutions") == "private"  # no centre


def test_a_lead_in_cut_off_leaves_two_names_to_part():
    from graphkit.partners.names import split_names

    found = split_names(
        "We worked with the Zorbix Regional Council and the Constituency Councillor"
    )
    assert [(c.name, c.named) for c in found] == [
        ("Zorbix Regional Council", True),
        ("Constituency Councillor", False),
    ]
    # an adjective before 'and' is no name of its own
    found = split_names("Collaborated with Inclusive and Democratic Governance portfolio")
    assert "Inclusive" not in [c.name for c in found]


def test_a_slash_parts_entries_that_each_carry_a_dash():
    from graphkit.partners.names import split_names

    text = (
        "Office of the Prime Minister - introduced inclusive innovation / Ministry of ICT - "
        "made use of the community centres/ Ministry of Home Affairs, Immigration, Safety and "
        "Security - hoped to work on it"
    )
    assert [c.name for c in split_names(text) if c.named] == [
        "Office of the Prime Minister",
        "Ministry of ICT",
        "Ministry of Home Affairs, Immigration, Safety and Security",
    ]
    # one dash: the slash is left to the names, which share the gloss
    found = split_names("EdX / Coursera - online courses")
    assert [(c.name, c.gloss) for c in found] == [
        ("EdX", "online courses"),
        ("Coursera", "online courses"),
    ]


def test_a_unit_placed_in_the_office_is_a_un_partner():
    from graphkit.partners.names import split_names

    def units(text: str) -> list[str]:
        return [c.name for c in split_names(text) if c.named and c.hint == "un"]

    assert units(
        "We worked with the environmental programmatic unit from the UNDP Office and the "
        "Ministry of Environment."
    ) == ["environmental programmatic unit from the UNDP Office"]
    text = "We worked with the Zorbia Governance area of the UNDP office."
    assert [c.name for c in split_names(text) if c.named and c.name != "UNDP"] == [
        "Zorbia Governance area of the UNDP office"  # not 'Zorbia Governance' besides
    ]
    assert units("the environmental programmatic area helped") == [
        "environmental programmatic area"
    ]
    # read once: 'Gender Unit of UNDP' after 'UNDP CO Gender Unit'
    found = [c.name for c in split_names("UNDP CO Gender Unit; the Gender Unit of UNDP")]
    assert "Gender Unit of UNDP" not in found and "UNDP CO Gender Unit" in found
