"""Round 17 of the partner rules: 'but also the X' lead-ins, a body named with and without
the kind written before it, and well-known bodies the rules cannot type from their names."""

from __future__ import annotations

import pytest
from partner_pages import answer, make_page

from graphkit.partners import extract_partners
from graphkit.partners.cleaning import clean_name
from graphkit.partners.resolve import known_organisation


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
