"""Round 11 of partner extraction: general fixes read from fresh sets 28-33 (invented names)."""

from __future__ import annotations

from graphkit.partners import known_organisation
from graphkit.partners.extract import _rule_pieces
from graphkit.partners.names import _Candidate, _split_and
from graphkit.partners.sectors import fallback_sector


def test_a_ministry_and_a_second_body_with_its_own_head_are_two():
    assert _split_and("Ministry of Environment and Zorbia Waste Management Authority") == [
        "Ministry of Environment",
        "Zorbia Waste Management Authority",
    ]
    # a shared head still joins: 'National Science and Technology Council'
    assert _split_and("National Science and Technology Council") == [
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
