"""Round 17 of the partner rules: 'but also the X' lead-ins, a body named with and without
the kind written before it, and well-known bodies the rules cannot type from their names."""

from __future__ import annotations

import pytest
from partner_pages import answer, group, make_page, tagged_named

from graphkit.partners import extract_partners
from graphkit.partners.cleaning import clean_name
from graphkit.partners.resolve import known_organisation
from graphkit.partners.splitting import split_commas


def _named(page) -> dict[str, str]:
    return {m.name: m.sector for m in extract_partners(page, None) if m.named}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "but also the Zorbian Academy of Arts and Sciences",
            "Zorbian Academy of Arts and Sciences",
        ),
        ("as well as the Kolma Youth Network", "Kolma Youth Network"),
    ],
)
def test_a_conjunction_before_a_name_is_not_part_of_it(text, name):
    assert clean_name(text) == name


def test_a_lead_in_clause_in_prose_leaves_the_body_alone():
    page = make_page(
        answers=[
            answer(
                "We collaborated with University Professors in Zorbia, but also the Zorbian "
                "Academy of Arts and Sciences.",
                "academia",
            )
        ]
    )
    assert "Zorbian Academy of Arts and Sciences" in _named(page)


def test_a_body_named_with_and_without_its_kind_is_one_partner():
    page = make_page(
        answers=[
            answer(
                "Asociación KOLMANEX (NGO): KOLMANEX ran the training. We worked with KOLMANEX "
                "on the digital skills course.",
                "civil_society",
            )
        ]
    )
    named = _named(page)
    assert named == {"Asociación KOLMANEX": "civil_society"}


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Jumia", "private"),
        ("Flutterwave", "private"),
        ("Friedrich-Ebert-Stiftung", "civil_society"),
        ("Qatar Fund for Development", "international"),
        ("Chatham House", "academia"),
        ("UNRISD", "un"),
    ],
)
def test_well_known_bodies_with_no_cue_in_their_names_are_curated(name, sector):
    org = known_organisation(name, fuzzy=False)
    assert org is not None and org.sector == sector


def test_a_misspelt_four_letter_acronym_is_not_read_as_a_curated_body():
    # 'AIGB' is one letter from the Asian Infrastructure Investment Bank's 'AIIB': curated
    # acronyms of four letters would swallow such names, so none is an alias.
    assert known_organisation("AIGB", fuzzy=False) is None


def test_a_municipality_loses_the_place_it_is_in():
    assert clean_name("Karsiyaka Municipality in İzmir") == "Karsiyaka Municipality"
    assert clean_name("British University in Egypt") == "British University in Egypt"


def test_a_legal_form_after_a_comma_stays_with_its_company():
    assert split_commas("PrimeZorb, Lda, Kolma Ltd") == ["PrimeZorb, Lda", "Kolma Ltd"]


def test_a_tagged_comma_run_stands_for_the_rules_names_inside_it():
    page = make_page(
        answers=[
            answer(
                "We collaborated with public universities (University of Kolma, Nairobi).",
                "academia",
            )
        ]
    )
    found = [m.name for m in tagged_named(page, "University of Kolma, Nairobi")]
    assert found == ["University of Kolma"]


def test_a_tagged_span_in_lower_case_stands_for_the_rules_name_inside_it():
    page = make_page(
        answers=[answer("We worked with the university of Kolma's faculty and dean.", "academia")]
    )
    found = [m.name for m in tagged_named(page, "university of Kolma's faculty")]
    assert found == ["University of Kolma"]


def test_a_ministry_cut_inside_its_fields_is_not_read_from_a_tagged_comma_run():
    text = (
        "We co-created it with the Zorbian Ministry of Science, Technology, and Innovation (MZCTI)."
    )
    page = make_page(answers=[answer(text, "government")])
    found = [m.name for m in tagged_named(page, "MZCTI", "Zorbian Ministry of Science, Technology")]
    assert "Zorbian Ministry of Science" not in found


def test_a_tagged_pair_joined_by_and_the_is_two_bodies():
    text = "We worked with the Ministry of Blue Economy and the Kolma Fisheries Institute."
    page = make_page(answers=[answer(text, "government")])
    span = "Ministry of Blue Economy and the Kolma Fisheries Institute"
    found = [m.name for m in tagged_named(page, span)]
    assert found == ["Ministry of Blue Economy", "Kolma Fisheries Institute"]


def test_a_body_typed_by_its_kind_is_kept_when_the_tagger_passes_it_over():
    text = (
        "We partnered with a civil society organization called 'Zorbalytica' to run the focus "
        "groups, and with a company called 'Kolmassa' for the media analysis."
    )
    page = make_page([group(text)])
    found = {m.name: m.sector for m in tagged_named(page)}
    assert found == {"Zorbalytica": "civil_society", "Kolmassa": "private"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Members of the National University of Kolma", "National University of Kolma"),
        ("Start-up Zorblink to Co-design the National Startup Strategy", "Start-up Zorblink"),
        (
            "Kolma Systems Limited to facilitate the design of the e-commerce policy",
            "Kolma Systems Limited",
        ),
    ],
)
def test_people_of_a_body_and_the_task_it_was_engaged_for_are_not_its_name(text, name):
    assert clean_name(text) == name


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("Girls Zorb Code", True),
        ("People Powered", True),
        ("Youth of Samoa", False),
        ("Community Health Motivators", False),
        ("Women CSOs", False),
    ],
)
def test_a_group_word_then_a_proper_word_is_a_name(name, named):
    from graphkit.partners.verdict import is_named

    assert is_named(name) is named


@pytest.mark.parametrize(
    "name", ["Ministères", "Innovateurs", "Promoteurs individuels", "OSC", "PTF", "CBOs"]
)
def test_french_kinds_and_kind_acronyms_are_generic_groups(name):
    page = make_page([group(name)])
    assert [m.name for m in extract_partners(page, None) if m.named] == []


@pytest.mark.parametrize(
    "name",
    [
        "Federación de Aseguradores Zorbianos",
        "Asociación Zorbiana de Empresas de Tecnología",
        "Association of Banks of Zorbia",
    ],
)
def test_a_federation_of_companies_is_private(name):
    from graphkit.partners.sectors import sector_from_name

    assert sector_from_name(name) == "private"


@pytest.mark.parametrize(
    "name",
    ["Fintechs", "Think tanks", "Embassies", "Savings groups", "Market vendors", "Alcaldías"],
)
def test_kinds_in_the_plural_are_generic_groups(name):
    from graphkit.partners.verdict import is_named

    assert not is_named(name)


def test_a_long_tagged_span_stands_for_the_rules_names_inside_it():
    text = (
        "Nous avons travaillé avec l'Agence Zorbienne de la Statistique et de la Démographie "
        "(AZSD) et la Mairie de Kolma."
    )
    page = make_page(answers=[answer(text, "government")])
    span = "l'Agence Zorbienne de la Statistique et de la Démographie (AZSD) et la Mairie de Kolma"
    found = [m.name for m in tagged_named(page, span)]
    assert found == [
        "Agence Zorbienne de la Statistique et de la Démographie (AZSD)",
        "Mairie de Kolma",
    ]


def test_the_partner_a_sentence_says_it_was_is_read():
    text = (
        "Our main private sector partner was Zorbix Foods, a B2B platform, which provided data "
        "on market prices. We also engaged K-ZORBA."
    )
    page = make_page(answers=[answer(text, "private")])
    assert set(_named(page)) == {"Zorbix Foods", "K-ZORBA"}


def test_a_person_by_title_is_no_partner_even_when_tagged():
    page = make_page([group("Dr. Zorba Kolmova\nKolma Tech")])
    assert [m.name for m in tagged_named(page, "Dr. Zorba Kolmova", "Kolma Tech")] == ["Kolma Tech"]


def test_names_in_brackets_after_a_kind_opening_the_sentence_are_partners():
    text = "Telcos (Safaricom and Airtel) shared anonymised mobility data."
    page = make_page(answers=[answer(text, "private")])
    assert _named(page) == {"Safaricom": "private", "Airtel": "private"}


@pytest.mark.parametrize(
    ("name", "description", "sector"),
    [
        ("Kolma Institute", "A think tank working on public policy research.", "academia"),
        ("Kolma TVET Centre", "", "academia"),
    ],
)
def test_a_description_that_opens_with_a_kind_types_an_institute(name, description, sector):
    from graphkit.page import PartnerGroup

    page = make_page([PartnerGroup(name, "", description, None, 1)])
    assert _named(page) == {name: sector}


def test_a_kind_named_late_in_a_description_is_another_partys():
    from graphkit.page import PartnerGroup

    name = "Institut National des Recherches de Zorbie (INRZ)"
    description = (
        "Le partenariat est un appui de l'INRZ pour certifier le produit co-créé avec une "
        "Start-up locale"
    )
    page = make_page([PartnerGroup(name, "", description, None, 1)])
    assert _named(page)[name] != "private"


def test_a_kind_with_its_plural_acronym_is_a_generic_group():
    page = make_page([group("Mobile network operators (MNOs)")])
    found = [(m.name, m.named) for m in extract_partners(page, None)]
    assert found == [("Mobile network operators (MNOs)", False)]


def test_a_tagged_span_loses_the_next_items_number():
    text = "1) Ministry of Agriculture 2) Zorbia Farmers Federation 3) AgriTech Kolma"
    page = make_page(answers=[answer(text, "government")])
    found = [m.name for m in tagged_named(page, "Ministry of Agriculture 2", "AgriTech Kolma")]
    assert found[:2] == ["Ministry of Agriculture", "AgriTech Kolma"]


@pytest.mark.parametrize("text", ["None of them.", "All of them", "Both of them"])
def test_none_or_all_of_them_names_no_partner(text):
    page = make_page(answers=[answer(text, "new_unusual")])
    assert extract_partners(page, None) == []


def test_the_partner_a_sentence_says_it_was_after_an_article_is_read():
    text = "The most unusual partner was the Zorbia Prisons Service, since UNDP rarely works there."
    page = make_page(answers=[answer(text, "new_unusual")])
    assert list(_named(page)) == ["Zorbia Prisons Service"]


def test_a_tagged_acronym_then_its_name_is_read_as_the_rules_read_it():
    page = make_page([group("ZSST: Zorbian Secretariat of Science and Technology")])
    span = "ZSST: Zorbian Secretariat of Science and Technology"
    found = [m.name for m in tagged_named(page, span)]
    assert found == ["Zorbian Secretariat of Science and Technology (ZSST)"]


def test_members_named_inside_a_kind_take_its_sector():
    page = make_page([group("Municipalities (Kolmabad, Zorbtown and Blipville)")])
    assert _named(page) == {
        "Kolmabad": "government",
        "Zorbtown": "government",
        "Blipville": "government",
    }
