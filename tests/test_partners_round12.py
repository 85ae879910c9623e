"""Round 12 of partner extraction: sector cues, UNDP units, comma-joined portfolios (invented
names where the rule is general)."""

from __future__ import annotations

from partner_pages import group, make_page

from graphkit.partners import extract_partners, known_organisation
from graphkit.partners.names import split_names
from graphkit.partners.sectors import sector_from_name


def test_a_misspelt_head_word_keeps_its_cue():
    assert sector_from_name("Commision for Zorbian Science") == "government"
    assert sector_from_name("Zorbix Instutute of technology") == "academia"
    assert sector_from_name("Univeristy of Zorbia") == "academia"
    # a diplomatic mission against a body 'for' a cause
    assert sector_from_name("High Comission for Zorbix Relief") == "government"
    assert sector_from_name("Zorbian High Commission") == "international"
    # short words are never corrected ('agenda' is not 'agency')
    assert sector_from_name("Zorbix Agenda") == "unknown"


def test_cities_divisions_and_directorates_are_government():
    assert sector_from_name("Zorbix Metropolitan City") == "government"
    assert sector_from_name("Quandle City") == "government"
    assert sector_from_name("Zorbian Fisheries Division") == "government"
    assert sector_from_name("Directorate of Innovation+Research") == "government"
    assert sector_from_name("Cycle City Zorbix Network") == "civil_society"


def test_a_country_office_cluster_or_regional_hub_is_un():
    assert sector_from_name("Governance Cluster") == "un"
    assert sector_from_name("Inclusive Growth Cluster") == "un"
    assert sector_from_name("Zorbix Regional Hub") == "un"
    assert sector_from_name("Zorbix Furniture Cluster") == "private"


def test_undp_units_known_by_their_own_names_are_curated():
    for name in ("Chief Digital Office", "Sustainable Finance Hub", "Africa Borderlands Centre"):
        assert known_organisation(name, fuzzy=False).sector == "un", name
    assert known_organisation("UNDP Strategic Innovation Unit", fuzzy=False).key == "undp-siu"
    # a typo of a curated acronym still resolves to one organisation only
    assert known_organisation("UNDCF", fuzzy=False).key == "uncdf"


def test_a_field_that_is_one_curated_name_with_commas_stays_whole():
    name = "UNDP Global Centre for Technology, Innovation and Sustainable Development"
    page = make_page([group(name)])
    assert [(m.name, m.sector) for m in extract_partners(page, None)] == [(name, "un")]
    # a field that only ends with a curated acronym is still cut
    page = make_page([group("Zorbix Society, International Labour Organization (ILO)")])
    assert len(extract_partners(page, None)) == 2


def test_a_ministry_keeps_its_comma_separated_fields():
    found = [
        c.name
        for c in split_names("Ministry of Zorbian Food, Agriculture and Light Industry, UNICEF")
    ]
    assert found == ["Ministry of Zorbian Food, Agriculture and Light Industry", "UNICEF"]
    found = [
        c.name for c in split_names("Ministry of Digital Development, Innovations and Aerospace")
    ]
    assert found == ["Ministry of Digital Development, Innovations and Aerospace"]
    # a plural head is a body of its own, not a field
    found = [
        c.name
        for c in split_names(
            "Ministry of Education of the City of Zorbia, local governments of Quandle"
        )
    ]
    assert found[0] == "Ministry of Education of the City of Zorbia"


def test_a_short_gloss_after_a_name_is_its_sector_answer():
    page = make_page([group("ZX (NGO Zorbix Numérique), QL (Private partner)")])
    assert {m.name: m.sector for m in extract_partners(page, None)} == {
        "ZX": "civil_society",
        "QL": "private",
    }


def test_a_list_sharing_one_head_is_one_body_per_place():
    from graphkit.partners.lists import shared_head_lists

    text = "Governments of Zorbia, Quandle, Antigua & Barbuda and Zed Islands"
    [(start, end, names)] = shared_head_lists(text)
    assert (start, end) == (0, len(text))
    assert names == [
        "Government of Zorbia",
        "Government of Quandle",
        "Government of Antigua & Barbuda",
        "Government of Zed Islands",
    ]
    found = [c.name for c in split_names("Local Government of Zorbton and Quandleville")]
    assert found == ["Local Government of Zorbton", "Local Government of Quandleville"]
    # a place whose own name has 'and' / 'y' in it is one place
    assert [c.name for c in split_names("Government of Trinidad and Tobago")] == [
        "Government of Trinidad and Tobago"
    ]
    assert shared_head_lists("With the Municipality of Treinta y Tres, we work") == []
    # a body after the place is not a place
    assert shared_head_lists("City of Zorbton and UNICEF") == []


def test_the_tagger_keeps_the_rules_names_of_a_shared_head_list():
    page = make_page([group("UNICEF, Municipalities of Zorbton, Quandleville and Xyston")])
    assert [m.name for m in extract_partners(page)] == [
        "UNICEF",
        "Municipality of Zorbton",
        "Municipality of Quandleville",
        "Municipality of Xyston",
    ]


def test_a_plus_or_semicolon_always_parts_two_tagged_names():
    from graphkit.partners.extract import _hard_cut

    assert _hard_cut(("Zorbix University + Quandle", 4, 31)) == [
        ("Zorbix University", 4, 21),
        ("Quandle", 24, 31),
    ]
    assert _hard_cut(("Zorbix Hub", 0, 10)) == [("Zorbix Hub", 0, 10)]


def test_a_national_ministry_keeps_its_fields_and_a_local_government_is_its_own_body():
    found = [c.name for c in split_names("Zorbian Ministry of Science, Technology, and Innovation")]
    assert found == ["Zorbian Ministry of Science, Technology, and Innovation"]
    found = [c.name for c in split_names("Ministry of Health, Local Government of Zorbton")]
    assert found == ["Ministry of Health", "Local Government of Zorbton"]


def test_a_name_ending_a_sentence_is_found_in_the_field():
    from graphkit.partners.tagger import spans_of, tokens

    toks = tokens("We met the Ministry of Zorbia, Trade, and Fisheries. Then we left.")
    assert spans_of(toks, ["Ministry of Zorbia, Trade, and Fisheries"]) == [(3, 11)]


def test_prose_lead_ins_and_portfolios_before_another_body():
    long = (
        "Working together with the Ministry of Zorbia, Industry and Cooperatives (MZIC), the "
        "lessons from this initiative will inform policy on e-commerce with the end goal of "
        "providing an enabling environment for trade."
    )
    assert [c.name for c in split_names(long)][:1] == [
        "Ministry of Zorbia, Industry and Cooperatives"
    ]
    assert [c.name for c in split_names("Learning by Helping")] == ["Learning by Helping"]
    prose = (
        "The lab worked closely with the Ministry of Zorbia, Fisheries and Environment and "
        "UNICEF on the pilot, which was a long process and took many months to design."
    )
    # the ministry's fields are not cut off it (what follows is left to the 'and' rules)
    assert split_names(prose)[0].name.startswith("Ministry of Zorbia, Fisheries and Environment")
    prose = (
        "The lab worked closely with the Ministry of Zorbia and Industry, Government of Quandle "
        "Spices Board on the pilot, which was a long process and took many months to design."
    )
    assert "Ministry of Zorbia and Industry" in [c.name for c in split_names(prose)]


def test_an_undersecretariat_is_government():
    assert sector_from_name("Subsecretaría de Zorbia") == "government"
    assert sector_from_name("Undersecretariat of Zorbian Innovation") == "government"


def test_a_curated_name_with_commas_is_never_cut_in_prose_or_lists():
    prose = (
        "We worked with the UNDP Global Centre for Technology, Innovation and Sustainable "
        "Development in Singapore, which helped on the data work across the region all year."
    )
    assert [c.name for c in split_names(prose)] == [
        "UNDP Global Centre for Technology, Innovation and Sustainable Development"
    ]
    listed = "Zorbix Hub, Global Centre for Technology, Innovation and Sustainable Development"
    assert [c.name for c in split_names(listed)][-1] == (
        "Global Centre for Technology, Innovation and Sustainable Development"
    )


def test_more_ministry_fields_stay_with_their_ministry():
    found = [
        c.name for c in split_names("Ministry of Home Affairs, Immigration, Safety and Security")
    ]
    assert found == ["Ministry of Home Affairs, Immigration, Safety and Security"]


def test_a_national_body_is_government_unless_its_head_says_otherwise():
    assert sector_from_name("National Zorbian Research Center") == "government"
    assert sector_from_name("National Gender Committee of Zorbia") == "government"
    assert sector_from_name("National University of Zorbia") == "academia"
    assert sector_from_name("National Association of Zorbian Farmers") == "civil_society"
    assert sector_from_name("National Institute of Technology Zorbia") == "academia"


def test_a_non_governmental_organisation_is_civil_society():
    assert sector_from_name("Zorbix Non government organization") == "civil_society"
    assert sector_from_name("Association of Non-Governmental Organizations") == "civil_society"


def test_a_description_shared_by_several_partners_types_each_by_its_own_sentence():
    from graphkit.page import PartnerGroup

    description = (
        "The Zorbton municipality is the governmental authority on waste. "
        "Quandix: a local NGO partner which helps us reach the communities."
    )
    page = make_page([PartnerGroup("Zorbton Municipality, Quandix", "", description, None, 1)])
    sectors = {m.name: m.sector for m in extract_partners(page, None)}
    assert sectors == {"Zorbton Municipality": "government", "Quandix": "civil_society"}


def test_state_development_companies_and_industry_associations():
    assert sector_from_name("Zorbia Housing Development Corporation") == "government"
    assert sector_from_name("Zorbix Software Development Company") == "private"
    assert sector_from_name("Zorbian Association for Renewable Energies") == "private"
    assert sector_from_name("Transport Owners' Association") == "private"
    assert sector_from_name("Chamber of Zorbian Business Women") == "private"
    assert sector_from_name("Chamber of Deputies") != "private"


def test_an_institute_is_academic_only_when_it_does_research_or_teaching():
    assert sector_from_name("Zorbia Fisheries Research Institute") == "academia"
    assert sector_from_name("Zorbian Institute of Science and Technology") == "academia"
    assert sector_from_name("Zorbian Institute of Tourism") == "government"
    assert sector_from_name("Institut National de la Statistique") == "government"


def test_more_public_bodies_and_un_spellings():
    assert sector_from_name("Vicepresidency of Zorbia") == "government"
    assert sector_from_name("Sistema Nacional de Proteccion Civil") == "government"
    assert sector_from_name("Zorbian Public Broadcasting Service") == "government"
    assert sector_from_name("National Bank of Zorbia") == "government"
    assert sector_from_name("United Nation's Data Team in Zorbia") == "un"


def test_what_a_description_says_a_partner_is_stops_at_its_noun_phrase():
    from graphkit.partners.sectors import sector_of

    text = "This is a private international organization who is financially supporting us."
    assert sector_of("Zorbix Fibers", description=text) == "private"
    text = "Zorbix is a platform that links startups with multilateral organizations and donors."
    assert sector_of("Zorbix", description=text) != "international"


def test_a_gloss_that_is_a_name_types_the_acronym_before_it():
    page = make_page([group("ZNS (Zorbian National Institute of Statistics), Quandle Hub")])
    sectors = {m.name: m.sector for m in extract_partners(page, None)}
    assert sectors["ZNS"] == "government"


def test_regional_bodies_and_curated_organisations_keep_their_sector():
    from graphkit.partners.sectors import sector_of

    assert sector_from_name("AfCFTA Secretariat") == "international"
    assert sector_from_name("Lake Chad Basin Commission") == "international"
    assert sector_from_name("UNDP AfCFTA Regional Programme") == "un"
    assert sector_from_name("Department of Electrical & Computer Engineering") == "academia"
    # a curated organisation named under another sector's question keeps its own sector
    assert sector_of("World Bank", answer="UN agency", known="international") == "international"
    assert known_organisation("WorldBank", fuzzy=False).key == "world-bank"


def test_a_subject_acronym_is_never_a_partner_but_a_un_bureau_is():
    from graphkit.partners.extract import _plausible
    from graphkit.partners.verdict import _Candidate

    assert not _plausible(_Candidate("COVID-19", True))
    assert not _plausible(_Candidate("STEAM", True))
    assert _plausible(_Candidate("RBLAC", True))
    assert _plausible(_Candidate("UNICEF", True))


def test_international_ngos_and_foundations_are_civil_society_under_any_question():
    from graphkit.partners.sectors import sector_of

    for name in ("WaterAid", "Kiva", "Mastercard Foundation", "Junior Chambers International"):
        org = known_organisation(name, fuzzy=False)
        assert org is not None and org.sector == "civil_society", name
    wateraid = known_organisation("WaterAid", fuzzy=False).sector
    assert sector_of("WaterAid", hint="government", known=wateraid) == "civil_society"
