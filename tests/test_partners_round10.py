"""Round 10 of partner extraction: bodies named by their fields with commas ('Chamber of
Commerce, Industry and Services of X'), a unit 'from the' parent, two fields before one head
('Marlow Leather and Shoe Cluster'), 'UN Women and UNFPA', cut-off fragments, and units
written as '<Name> team'."""

from __future__ import annotations

from partner_pages import answer, group, make_page

from graphkit.page import Page, PartnerGroup
from graphkit.partners import extract_partners


def _page(answers=(), groups=()) -> Page:
    return make_page(groups, answers, file="round10.md", doc_type="closing", countries=("Fiji",))


def _filed(name: str, sector: str) -> PartnerGroup:
    """A structured partner entry whose report gives a sector answer."""
    return PartnerGroup(name=name, sector=sector, description="", new_unusual=None, line=1)


def _named(page: Page) -> dict[str, str]:
    return {m.name: m.sector for m in extract_partners(page, None) if m.named}


def test_a_body_named_by_its_fields_keeps_its_commas():
    page = _page(
        groups=[
            group("Chamber of Commerce, Industry and Services of Valdera"),
            group("Ministry of Small and Medium-Sized Enterprises, Economy and Social Handicraft"),
        ],
        answers=[
            answer(
                "Federation of Chambers of Commerce, Industry and Agriculture: is the umbrella "
                "organization for all chambers of commerce.",
                "private",
            )
        ],
    )
    assert set(_named(page)) == {
        "Chamber of Commerce, Industry and Services of Valdera",
        "Ministry of Small and Medium-Sized Enterprises, Economy and Social Handicraft",
        "Federation of Chambers of Commerce, Industry and Agriculture",
    }
    # a list of bodies is still a list
    listed = _named(_page(groups=[group("Ministry of Health, UNICEF, Council of Europe")]))
    assert set(listed) == {"Ministry of Health", "UNICEF", "Council of Europe"}


def test_a_unit_from_its_parent_is_the_unit():
    text = "Direction of Economy, Equality and Gender from the National Ministry of Economy"
    assert set(_named(_page(groups=[group(text)]))) == {"Direction of Economy, Equality and Gender"}


def test_two_fields_before_one_head_are_one_name_and_two_agencies_are_two():
    text = "Marlow Leather and Shoe Cluster, Kestrel Fair Trade and Dunmore Furniture Cluster"
    assert {"Marlow Leather and Shoe Cluster", "Dunmore Furniture Cluster"} <= set(
        _named(_page([answer(text, "private")]))
    )
    named = _named(_page(groups=[group("UN Women and UNFPA")]))
    assert set(named) == {"UN Women", "UNFPA"}
    assert set(named.values()) == {"un"}
    assert {"Statistics Mauritius", "World Bank"} <= set(
        _named(_page(groups=[group("Statistics Mauritius and World Bank")]))
    )


def test_fragments_cut_after_a_function_word_or_a_pronoun_are_not_partners():
    text = (
        "We've worked with the municipality on the bins.\n"
        "Integrating the needed tools from gaming with the Northgate University in Cairo"
    )
    named = _named(_page([answer(text, "civil_society")]))
    assert "We've" not in named and "Integrating the" not in named
    assert "Northgate University" in named


def test_units_written_as_name_team_are_un_partners_merged_with_their_initials():
    text = (
        "Worked alongside the Civic Systems team. One member from the CS team led this "
        "effort. This was also done in partnership with DPP team in NY who provided oversight."
    )
    named = _named(_page([answer(text, "un")]))
    assert named == {"Civic Systems team": "un", "DPP team": "un"}
    # a longer form of a unit already read is not a second unit
    text = "UNDP Gender team - The lab supported the UNDP Gender Division team with knowledge."
    assert set(_named(_page([answer(text, "un")]))) == {"UNDP Gender team"}
    # 'Social & Economic Development unit of UNDP Mexico': no 'Economic Development unit'
    text = "We collaborated with the Social & Economic Development unit of UNDP Mexico."
    assert "Economic Development unit" not in _named(_page([answer(text, "un")]))


def test_plans_and_headed_lists_and_kind_acronyms():
    # a plan to engage is not a partnership
    assert (
        _named(_page([answer("n/a but there are plans to engage UNFPA and UNICEF.", "un")])) == {}
    )
    # a kind heading with its acronym, then named members: the members; the acronym is a kind
    text = (
        "Organizations of Persons with Disabilities (OPD's): Lagoon Autism Association, "
        "Bright Steps Down Syndrome Association, Care Society Lagoon, and Amber Reef.  "
        "Inputs from OPD during the workshop helped us. OPDs also contributed. Specifically, "
        "in this platform, we concentrated on policy."
    )
    assert set(_named(_page([answer(text, "civil_society")]))) == {
        "Lagoon Autism Association",
        "Bright Steps Down Syndrome Association",
        "Care Society Lagoon",
        "Amber Reef",
    }
    assert _named(_page(groups=[group("IFIs")])) == {}


def test_dash_headings_units_with_a_country_and_romance_office_lines():
    text = "Public Sector- Harbour Tourism Corporation, Private Sector- KT enterprise, NGO- Sabuj"
    named = _named(_page([answer(text, "any")]))
    assert named == {
        "Harbour Tourism Corporation": "government",
        "KT enterprise": "private",
        "Sabuj": "civil_society",
    }
    assert set(_named(_page(groups=[group("UNDP Tech Cell Serbia")]))) == {"UNDP Tech Cell Serbia"}
    line = "Direction de l'appui aux coopératives."
    assert set(_named(_page([answer(line, "government")]))) == {
        "Direction de l'appui aux coopératives"
    }
    # 'in charge of' after a lone head is part of the name; a body of many is one body
    assert "Ministry in charge of national Education" in _named(
        _page(groups=[group("-ANEX & Ministry in charge of national Education.")])
    )
    body = "Andean Association of Financial Innovation and Technology Companies"
    assert body in _named(_page([answer(f"• {body} – Andes Fintech", "private")]))


def test_complements_bullets_is_a_and_kinds_before_names():
    text = (
        "Kilima University of Science and Technology, The Kibo African Institution "
        "for Science and Technology, and the Commission for Science and Technology."
    )
    assert set(_named(_page([answer(text, "academia")]))) == {
        "Kilima University of Science and Technology",
        "Kibo African Institution for Science and Technology",
        "Commission for Science and Technology",
    }
    text = (
        "·       Island Bureau of Statistics – our main partner ·       Ministry of Women, "
        "Community & Social Development – assisted us with the workshop."
    )
    assert set(_named(_page([answer(text, "government")]))) == {
        "Island Bureau of Statistics",
        "Ministry of Women, Community & Social Development",
    }
    text = "Vert Horizon is a citizen movement that works to raise awareness."
    assert _named(_page([answer(text, "civil_society")])) == {"Vert Horizon": "civil_society"}
    assert set(_named(_page(groups=[group("Experts and San Telmo University")]))) == {
        "San Telmo University"
    }
    assert set(_named(_page(groups=[group("Youth and Sports Council")]))) == {
        "Youth and Sports Council"
    }
    text = "the Data Science Lab within the Department of Mathematics and Sciences"
    assert set(_named(_page(groups=[group(text)]))) == {"Data Science Lab"}


def test_a_place_s_head_is_the_head_of_the_place():
    text = "Municipality of Ratoma\nRatoma's Municipality"
    named = _named(_page(groups=[group(text)]))
    assert len(named) == 1


def test_french_elisions_title_cased_heads_and_camel_case():
    text = "Nous travaillons avec l'OMS dans le cadre de l'expérimentation. Avec la FAO, nous partageons."
    assert {"OMS", "FAO"} <= set(_named(_page([answer(text, "un")])))
    text = "The Technology Innovation Agency (part of the Department of Science) - provided funds."
    assert "Technology Innovation Agency" in _named(_page([answer(text, "government")]))
    text = "Several organizations, including the eCommerce Association of Norland, assisted us."
    assert "eCommerce Association of Norland" in _named(_page([answer(text, "private")]))


def test_strong_public_names_keep_their_sector_and_foreign_governments_are_donors():
    text = "We interacted with waste collection SMEs registered to the Ratoma's municipality."
    named = _named(_page([answer(text, "private")]))
    assert named == {"Ratoma's municipality": "government"}
    plan = make_page([group("Goverment of France")], [], file="p.md", countries=("Argentina",))
    assert _named(plan) == {"Goverment of France": "international"}
    home = make_page([group("Government of Argentina")], [], file="p.md", countries=("Argentina",))
    assert _named(home) == {"Government of Argentina": "government"}


def test_kinds_before_names_and_plurals_of_actions():
    text = "Universities and the Municipality of Ratoma are unusual partners for UNDP."
    assert set(_named(_page([answer(text, "new_unusual")]))) == {"Municipality of Ratoma"}
    text = "We started reflecting with UNCDF. Discussions are ongoing."
    assert set(_named(_page([answer(text, "un")]))) == {"UNCDF"}


def test_a_second_body_by_its_acronym_and_a_ministry_without_its_country():
    named = _named(_page([answer("Canelones and INAU", "government")]))
    assert "INAU" in named and "Canelones and INAU" not in named
    named = _named(_page(groups=[group("Ministry of Livestock of Somaliland")]))
    assert set(named) == {"Ministry of Livestock"}
    named = _named(_page(groups=[group("Department of Science and Technology")]))
    assert set(named) == {"Department of Science and Technology"}


def test_a_list_of_names_that_opens_a_sentence_and_name_kind_verb():
    text = (
        "The Digital Norland Initiative, Nova Kuca, Novi Gets Digital, the Norland Gaming "
        "Association, and the Norland Blockchain Initiative all assisted us in bringing together "
        "all of the relevant actors in the private sector who have digital components in their "
        "businesses to participate in this exploration phase Homeward Point organization "
        "assisted us greatly in reaching our diaspora Several organizations, including AFA "
        "(All for All), and the Association of Young Entrepreneurs of Norland, assisted us in "
        "better understanding the needs of small and medium-sized enterprises (SMEs) in Norland "
        "(with a particular emphasis on e-commerce), on the basis of which we set priorities."
    )
    assert {
        "Digital Norland Initiative",
        "Nova Kuca",
        "Novi Gets Digital",
        "Norland Blockchain Initiative",
        "Homeward Point",
    } <= set(_named(_page([answer(text, "civil_society")])))
    # a sentence adverb before a comma is not a list of names
    text = "Hence, we worked on the policy, the budget, and the law with the Ministry of Health."
    assert set(_named(_page([answer(text, "government")]))) == {"Ministry of Health"}


def test_a_word_like_potential_only_drops_sentences_about_future_partners():
    text = (
        "UN Women was one of our initial partners who guided this work and there was "
        "potential overlap explored in the project."
    )
    assert set(_named(_page([answer(text, "un")]))) == {"UN Women"}
    assert _named(_page([answer("We see UNICEF as a potential partner.", "un")])) == {}


def test_we_leads_lower_case_universities_and_units_with_a_portfolio():
    text = (
        "Learning businesses, who can promote the app to their networks. We have successfully "
        "secured strategic partnerships with Kora Learning (Kazakhstan), Business Incubator "
        "(Tajikistan), IT Park (Uzbekistan), and Study Era (Ukraine)"
    )
    assert {"Kora Learning", "Study Era"} <= set(_named(_page([answer(text, "private")])))
    text = "Nous collaborons actuellement avec l'université de Moundou à travers le master."
    assert set(_named(_page([answer(text, "academia")]))) == {"Université de Moundou"}
    text = "We teamed up with Green Jobs portfolio in UNDP Nepal."
    assert _named(_page([answer(text, "un")])) == {"Green Jobs portfolio": "un"}


def test_roman_numerals_short_glosses_semicolon_lists_and_one_word_headings():
    text = (
        "i) Norland Global Innovation Center - Provided a matching grant\n\n"
        "ii) KoraPay - provide training on e-wallets\n\n"
        "iii) EPF and SOCSO Norland - provide training"
    )
    assert {"Norland Global Innovation Center", "KoraPay", "EPF", "SOCSO Norland"} <= set(
        _named(_page([answer(text, "government")]))
    )
    text = "Tribunal Supremo Electoral de Norlandia; Governance area at the UNDP office"
    assert "Tribunal Supremo Electoral de Norlandia" in _named(_page([answer(text, "any")]))
    named = _named(_page(groups=[group("KORASTUDY: a Cameroonian startup specialised in AI")]))
    assert set(named) == {"KORASTUDY"}


def test_acronyms_of_the_right_side_slashes_digits_and_pairs_named_apart():
    named = _named(_page([answer("TONIBU and Moyo Innovation House (MIH)", "civil_society")]))
    assert {"TONIBU", "Moyo Innovation House (MIH)"} <= set(named)
    assert set(_named(_page(groups=[group("EdX/Coursera/Udacity")]))) == {
        "EdX",
        "Coursera",
        "Udacity",
    }
    page = _page(
        [
            answer("Translo, CAB Deme, 2scale", "civil_society"),
            answer("Cab Deme and Translo", "new_unusual"),
        ]
    )
    mentions = {m.name: m for m in extract_partners(page, None) if m.named}
    assert set(mentions) == {"Translo", "CAB Deme", "2scale"}
    assert mentions["Translo"].new_unusual is True


def test_a_unit_with_its_university_is_the_unit_of_academia():
    text = "Department of Robotics & Mechatronics Engineering, University of Norland"
    assert _named(_page(groups=[group(text)])) == {
        "Department of Robotics & Mechatronics Engineering": "academia"
    }
    text = "Ministry of Health, University of Norland"
    assert set(_named(_page(groups=[group(text)]))) == {
        "Ministry of Health",
        "University of Norland",
    }


def test_name_dash_lower_case_description_and_a_company_by_its_legal_form():
    text = (
        "We worked with\n\nii) Weavo- media company for branding of the platform\n\n"
        "iii) B2B partners- villa resorts\n\nv) Maxo and Google Inc - Delivery training"
    )
    named = set(_named(_page([answer(text, "private")])))
    assert {"Weavo", "Maxo", "Google Inc"} <= named
    assert not any("B2B" in n for n in named)


def test_spanish_shared_heads_romance_adjectives_and_closed_acronyms():
    text = (
        "Municipios de Mercedes, Balcarce y San Telmo de Areco en Buenos Aires (Argentina) "
        "y la Universidad Nacional de Norlandia (UNN), AppEAR."
    )
    named = set(_named(_page([answer(text, "any")])))
    assert {
        "Municipio de Mercedes",
        "Municipio de Balcarce",
        "Municipio de San Telmo de Areco",
        "Universidad Nacional de Norlandia (UNN)",
    } <= named
    text = "Ministry of Innovation and Technology (MInT) and TechIN"
    assert set(_named(_page(groups=[group(text)]))) == {
        "Ministry of Innovation and Technology (MInT)",
        "TechIN",
    }
    text = "Chambers of Commerce\nCountry Offices\nUN Day"
    assert _named(_page(groups=[group(text)])) == {}


def test_acronym_glosses_level_headings_and_bodies_under_a_ministry():
    text = "KRIM- Kora Research Institute Norland\nFriends of Bukit Lima (FOBL)"
    named = _named(_page(groups=[group(text)]))
    assert named == {
        "Kora Research Institute Norland (KRIM)": "academia",
        "Friends of Bukit Lima (FOBL)": "civil_society",
    }
    text = (
        "National level partners National Innovation Center (NIC), under the Ministry of "
        "Planning and Investment Central Institute for Economic Management (CIEM), under the "
        "Ministry of Planning and Investment City level partners Kora Institute for "
        "Development (KID)"
    )
    named = _named(_page(groups=[group(text)]))
    assert set(named) == {
        "National Innovation Center (NIC)",
        "Central Institute for Economic Management (CIEM)",
        "Kora Institute for Development (KID)",
    }
    assert named["Central Institute for Economic Management (CIEM)"] == "government"


def test_a_parent_written_as_the_heading_of_its_lettered_units():
    text = (
        "Municipality of Norland from Council members to local authorities: a) Auxiliary "
        "Mayor's Office in Zone 5 (district) b) City Cleaning Department"
    )
    named = _named(_page(groups=[group(text)]))
    assert set(named) == {"Auxiliary Mayor's Office in Zone 5", "City Cleaning Department"}
    assert named["City Cleaning Department"] == "government"
    assert _named(_page(groups=[group("UNDP Staff in Country Office")])) == {}
    named = _named(_page([answer("UNICEF: 1. co-designed the survey 2. funded the pilot", "un")]))
    assert set(named) == {"UNICEF"}


def test_lower_case_ministry_fields_ellipses_kind_headings_and_sentence_lists():
    named = _named(_page(groups=[group("Ministry of communications, technology and innovation;")]))
    assert set(named) == {"Ministry of communications, technology and innovation"}
    text = "Universities: Kora University… Knowledge Media outlet: Tia Lam, Bao KHDT, Vietcera"
    named = _named(_page(groups=[group(text)]))
    assert {"Kora University", "Tia Lam", "Bao KHDT", "Vietcera"} <= set(named)
    assert "Knowledge Media outlet" not in named
    text = "Municipality of Centar Novi and City of Novi - joint organisation of a consultation"
    assert set(_named(_page([answer(text, "government")]))) == {
        "Municipality of Centar Novi",
        "City of Novi",
    }
    text = (
        "This endeavor was a joint effort on the part of the Office of the Prime Minister of "
        "the Republic of Norland, The Ministry of Health, NGO StartIT."
    )
    assert "Office of the Prime Minister of the Republic of Norland" in _named(
        _page([answer(text, "any")])
    )


def test_shared_head_after_an_ampersand_network_of_labs_and_programme_names():
    text = "the lab held workshops with Kora Mohammad Science & Technology University (KMSTU)."
    assert "Kora Mohammad Science & Technology University (KMSTU)" in _named(
        _page([answer(text, "academia")])
    )
    named = _named(_page(groups=[group("AccLab Network and Strategic Foresight Advisor in HQ")]))
    assert named.get("AccLab Network") == "un"
    text = (
        "DEPOPULATION PORTFOLIO: World data Lab (Vienna) helped us with data. PRIVATE SECTOR "
        "PORTFOLIO: Deloitte through the innovation facility Deep Demo helped us design it."
    )
    named = _named(_page([answer(text, "private")]))
    assert {"World data Lab", "Deloitte"} <= set(named) and "Deep Demo" not in named
    named = _named(_page([answer("We ran a hackathon with UltraHack for the UNDP.", "private")]))
    assert "UltraHack" in named
    named = _named(_page(groups=[group("Inclusive and Economic Growth Team, UNDP Norland")]))
    assert named.get("Inclusive and Economic Growth Team") == "un"


def test_undp_units_and_bureaus_missions_to_a_country_and_universities_by_name():
    text = "UNDP Strategic Innovation Unit\nDelegation of the EU to Norland\nUNDP BPPS\nUNDP/VEEP"
    named = _named(_page(groups=[group(text)]))
    assert named.get("UNDP Strategic Innovation Unit") == "un"
    assert named.get("Delegation of the EU to Norland") == "international"
    assert named.get("UNDP BPPS") == "un"
    assert "UNDP/VEEP" not in named
    page = _page(groups=[_filed("The University of the East Indies", "Civil society")])
    assert _named(page) == {"University of the East Indies": "academia"}


def test_yes_leads_kind_words_before_acronyms_topics_before_names_and_spanish_ministries():
    text = (
        "Private Institute of Management, consulting agencies UNITA, ASAR - with these "
        "companies we drafted rules. Private companies BVK, Norland Glass Company - with these "
        "companies we mapped technologies."
    )
    named = set(_named(_page([answer(text, "private")])))
    assert {"UNITA", "BVK", "Norland Glass Company"} <= named
    assert not any(n.startswith(("consulting", "Private companies")) for n in named)
    text = "On Green Economy - UNICEF\nOn women empowerment - UNFPA"
    assert set(_named(_page([answer(text, "un")]))) == {"UNICEF", "UNFPA"}
    text = "Ministerio de Trabajo, Empleo y Seguridad Social"
    assert set(_named(_page(groups=[group(text)]))) == {text}
    text = "Yes Kora Waste Association and The Urban Center"
    named = set(_named(_page([answer(text, "civil_society")])))
    assert "Urban Center" in named and not any(n.startswith("Yes") for n in named)


def test_asides_in_parentheses_lower_case_shared_heads_and_ranking_headings():
    text = "Top 5 Partners: \n\nNorland Ministry without portfolio (focused on Gender equality)"
    assert set(_named(_page(groups=[group(text)]))) == {"Norland Ministry without portfolio"}
    text = "The Ministry of Information; local authorities such as regional executive committees of Kora, Lima and Pinsk."
    assert {
        "Regional Executive Committee of Kora",
        "Regional Executive Committee of Lima",
        "Regional Executive Committee of Pinsk",
    } <= set(_named(_page(groups=[group(text)])))
    text = "We communicated with the departments of Green Economy and Digitalisation of the city."
    assert {"Department of Green Economy", "Department of Digitalisation"} <= set(
        _named(_page([answer(text, "government")]))
    )
    assert _named(_page(groups=[group("Compagnie de téléphonie mobile")])) == {}
    named = _named(_page(groups=[group("Kora Association of Disabled Persons")]))
    assert set(named) == {"Kora Association of Disabled Persons"}


def test_run_on_sentences_plural_kinds_after_and_and_portfolios_after_and_the():
    text = "Ministry of Justice and Bar Associations We worked in partnership with the ministry."
    assert set(_named(_page([answer(text, "government")]))) == {"Ministry of Justice"}
    assert set(_named(_page(groups=[group("5. Kora Science and Technology University")]))) == {
        "Kora Science and Technology University"
    }
    text = (
        "The Lab worked with the Ministry of Scientific Research and Innovation, Ministry of "
        "Small, and Medium-sized Enterprises, Social Economy and Handicraft, and the Ministry "
        "of the Environment, Nature Protection and Sustainable Development during the phase."
    )
    named = set(_named(_page([answer(text, "government")])))
    assert "Ministry of Small, and Medium-sized Enterprises, Social Economy and Handicraft" in named
    assert "Nature Protection and Sustainable Development" not in named


def test_members_of_a_plural_kind_field_lists_units_under_a_parent_and_non_names():
    named = _named(_page(groups=[group("United Nations agencies (ILO)")]))
    assert set(named) == {"ILO"}
    named = _named(_page(groups=[group("Diving Associations (CAPA) Norland,")]))
    assert named.get("CAPA") == "civil_society"
    assert _named(_page(groups=[group("Regional development agencies (KRDA)")])) == {
        "KRDA": "government"
    }
    text = "Global Centre for Technology, Innovation and Sustainable Development"
    assert set(_named(_page(groups=[group(text)]))) == {text}
    text = "4th Industrial Revolution Center under Ministry of Economy"
    assert set(_named(_page(groups=[group(text)]))) == {"4th Industrial Revolution Center"}
    text = "Additionally and unexpectedly, we met in February with the Ministry of Health."
    assert set(_named(_page([answer(text, "government")]))) == {"Ministry of Health"}
    page = _page(groups=[_filed("Ministry of social development", "Civil society")])
    assert _named(page) == {"Ministry of social development": "government"}


def test_counted_kinds_after_and_lower_case_bodies_and_ministry_acronyms():
    text = "General Secretariat of the Presidency and 60 other public institutions"
    assert set(_named(_page([answer(text, "any")]))) == {"General Secretariat of the Presidency"}
    assert set(_named(_page(groups=[group("Pick n Pay")]))) == {"Pick n Pay"}
    text = "Public Sector: Prime Minister's office, Ministry of Foreign Affairs, Diaspora office"
    assert {"Ministry of Foreign Affairs", "Diaspora office"} <= set(
        _named(_page([answer(text, "any")]))
    )
    named = _named(_page(groups=[group("MoTAC")]))
    assert named == {"MoTAC": "government"}
    text = "We worked with the Ministry of Health in the province of Catamarca."
    assert set(_named(_page([answer(text, "government")]))) == {"Ministry of Health"}
