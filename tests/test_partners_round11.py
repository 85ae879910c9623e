"""Round 11 of partner extraction: general fixes read from fresh sets 28-33 (invented names)."""

from __future__ import annotations

from graphkit.partners import known_organisation
from graphkit.partners.extract import _rule_pieces
from graphkit.partners.sectors import fallback_sector
from graphkit.partners.splitting import split_and
from graphkit.partners.verdict import _Candidate


def test_a_ministry_and_a_second_body_with_its_own_head_are_two():
    assert split_and("Ministry of Environment and Zorbia Waste Management Authority") == [
        "Ministry of Environment",
        "Zorbia Waste Management Authority",
    ]
    # a shared head still joins: 'National Science and Technology Council'
    assert split_and("National Science and Technology Council") == [
        "National Science and Technology Council"
    ]


def test_a_tagged_run_of_headed_names_is_cut_where_the_rules_cut_it():
    pieces = [_Candidate("Ministry of Quandle Affairs", True), _Candidate("City of Zorbia", True)]
    run = "Ministry of Quandle Affairs and City of Zorbia"
    assert [p.name for p in _rule_pieces(run, pieces)] == [
        "Ministry of Quandle Affairs",
        "City of Zorbia",
    ]
    # a piece without a head of its own is a field of the ministry, not a second body
    fields = [_Candidate("Ministry of Trade", True), _Candidate("Industry and Zorbia Works", True)]
    assert _rule_pieces("Ministry of Trade, Industry and Zorbia Works", fields) == []


def test_swapped_letters_in_a_curated_acronym():
    assert known_organisation("UNSECO", fuzzy=False).key == "unesco"
    assert known_organisation("UNCEF", fuzzy=False).key == "unicef"


def test_another_body_named_in_the_description_does_not_type_the_partner():
    text = "Coordinate with the Ministry of Education and develop the materials"
    assert fallback_sector("Zorbix Kids", description=text) == "civil_society"
    assert (
        fallback_sector("Zorbix Kids", description="a government agency for kids") == "government"
    )


def test_a_bracketed_sector_word_types_the_name():
    from graphkit.partners.sectors import sector_of

    assert sector_of("Zorbix Unit (UN)") == "un"
    assert sector_of("Quandle Board (Government)") == "government"
    assert sector_of("Zorbix Unit (UN)", answer="Private sector") == "private"  # the report's


def test_an_acronym_takes_the_sector_of_its_expansion_in_the_description():
    from partner_pages import make_page

    from graphkit.page import PartnerGroup
    from graphkit.partners import extract_partners
    from graphkit.partners.extract import _expansion

    assert _expansion("ZEA", "We work with the Zorbian Electrification Agency on pilots") == (
        "Zorbian Electrification Agency"
    )
    assert _expansion("ZEA", "Zorbian Electrification, Agency") == ""
    text = "ZEA - the lab works with the Zorbian Electrification Agency to power two pilots"
    page = make_page([PartnerGroup("ZEA", "", text, None, 1)])
    assert {m.name: m.sector for m in extract_partners(page, None)} == {"ZEA": "government"}


def test_another_countrys_government_body_is_international():
    from partner_pages import group, make_page

    from graphkit.partners import extract_partners

    groups = [group("Cabinet Office of Japan"), group("Cabinet Office of India", line=2)]
    page = make_page(groups, countries=("India",))
    assert {m.name: m.sector for m in extract_partners(page, None)} == {
        "Cabinet Office of Japan": "international",
        "Cabinet Office of India": "government",
    }


def test_a_name_opening_with_a_curated_acronym_takes_its_sector():
    from graphkit.partners.resolve import leading_organisation

    assert leading_organisation("PwC Zorbix Centre").key == "pwc"
    assert leading_organisation("GIZ Zorbia").key == "giz"
    assert leading_organisation("Amazon Zorbix Conservation") is None  # a word, not an acronym
    assert leading_organisation("UNICEF") is None  # the organisation itself


def test_fintech_and_industry_associations_are_private():
    from graphkit.partners.sectors import sector_from_name

    assert sector_from_name("Zorbia Fintech") == "private"
    assert sector_from_name("Association of Creative Industries") == "private"
    assert sector_from_name("Association of Zorbian Women") == "civil_society"


def test_a_sector_word_dashed_onto_a_name_types_it_and_the_rest_is_dropped():
    from graphkit.partners.names import split_names

    found = split_names("Ministry of Zorbian Health-Government Partner")
    assert [(c.name, c.hint) for c in found] == [("Ministry of Zorbian Health", "government")]
    found = split_names("Beit Zorbix - Private Sector - Eco-Bags:")
    assert [(c.name, c.hint) for c in found] == [("Beit Zorbix", "private")]
    assert [c.name for c in split_names("Al-Zorbix Hub")] == ["Al-Zorbix Hub"]


def test_a_tagged_name_with_a_dash_gloss_is_the_rules_name():
    code_lab = [_Candidate("Zorbix Lab", True)]
    assert [p.name for p in _rule_pieces("Zorbix Lab - Call for Innovation", code_lab)] == [
        "Zorbix Lab"
    ]
    # a colon may close a heading ('Laboratory: Quandle Energy'): the tagger's span stands
    assert _rule_pieces("Zorbix Lab: Call for Innovation", code_lab) == []
    # two names of the rules inside: not a gloss
    two = [_Candidate("Zorbix Lab", True), _Candidate("Quandle Hub", True)]
    assert _rule_pieces("Zorbix Lab - Quandle Hub members", two) == []


def test_local_administrations_and_dept_are_government():
    from graphkit.partners.sectors import sector_from_name

    for name in ("Zorbia Woreda", "Quandle Akimat", "Zorbix Inkhundla", "Dept of Zorbian Affairs"):
        assert sector_from_name(name) == "government", name


def test_more_un_bodies_and_brac_are_curated():
    assert known_organisation("International Maritime Organisation", fuzzy=False).sector == "un"
    dppa = known_organisation("Department for Politics and Peacebuilding Affairs", fuzzy=False)
    assert dppa.key == "dppa" and dppa.sector == "un"
    assert known_organisation("BRAC", fuzzy=False).sector == "civil_society"


def test_more_run_together_forms_read_on_holdout44_47():
    from graphkit.partners.names import split_names

    def names(text: str) -> list[str]:
        return [c.name for c in split_names(text)]

    assert names("Zorbix Corp. ZAB. QUAN. PLM") == ["Zorbix Corp", "ZAB", "QUAN", "PLM"]
    assert names("Ministry of Zorbian Economy and the Higher Council for Quandle Studies") == [
        "Ministry of Zorbian Economy",
        "Higher Council for Quandle Studies",
    ]
    found = split_names("Zorbix Hub (Private partner) Quandle Enterprises Agency")
    assert [(c.name, c.hint) for c in found] == [
        ("Zorbix Hub", "private"),
        ("Quandle Enterprises Agency", ""),
    ]
    assert names("Local Government of Canelones and Montevideo") == [
        "Local Government of Canelones",
        "Local Government of Montevideo",
    ]
    assert names("Ministry of Trade and Industry") == ["Ministry of Trade and Industry"]


def test_other_labs_and_undp_bureaus_are_un():
    from graphkit.partners.sectors import sector_from_name

    for name in ("Acc Lab Zorbia", "RBAP Foresight Network", "SDG AI Lab", "BPPS"):
        assert sector_from_name(name) == "un", name
    assert sector_from_name("Regional Bureau for Africa") == "un"
    assert sector_from_name("Zorbia Regional Bureau of Agriculture") != "un"
