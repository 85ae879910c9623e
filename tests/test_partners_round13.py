"""Round 13 of the partner rules: curated organisations are kept in every field and are
one node with their country's name after them; curated names with commas stay whole on the
tagger's path too; a parent named in a 'subsidiary of' aside is not a partner."""

from __future__ import annotations

from partner_pages import FixedTagger, answer, group, make_page

from graphkit.partners import extract_partners, known_organisation
from graphkit.partners.extract import PartnerMention, field_candidates, partner_fields
from graphkit.partners.names import split_names
from graphkit.partners.resolve import partner_key


def _mention(name: str) -> PartnerMention:
    return PartnerMention(name, name, "group", "q", 1, "unknown", True, None)


def test_a_curated_organisation_with_its_country_after_it_is_the_organisation():
    assert known_organisation("GEF Small Grants Programme Nigeria", fuzzy=False).key == "gef-sgp"
    assert known_organisation("UN Women Kenya", fuzzy=False).key == "un-women"
    assert known_organisation("Zorbix Hub Nigeria", fuzzy=False) is None
    # one global node, whichever country wrote it and however
    keys = {
        partner_key(_mention("UN Women Kenya"), "KEN"),
        partner_key(_mention("UN Women"), "MAR"),
    }
    assert len(keys) == 1 and keys.pop().scope == "global"
    # a country's own body stays scoped to it
    assert partner_key(_mention("Zorbix Hub Nigeria"), "NGA").scope == "NGA"


def test_curated_organisations_are_kept_in_every_field_but_undp_itself():
    # (UNDP Paraguay on a Paraguayan report: the lab's own office; on another country's
    # report it is a sister office, see round 16)
    page = make_page(
        [group("UNDP IICPSD"), group("UNDP Paraguay"), group("UNDP")], countries=("Paraguay",)
    )
    assert [m.name for m in extract_partners(page, None)] == ["UNDP IICPSD"]
    # a curated acronym in prose is a name even when it spells a pronoun
    text = "We worked with WHO while designing the guides that went to three markets."
    page = make_page(answers=[answer(text, "un")])
    assert [m.name for m in extract_partners(page, None)] == ["WHO"]


def test_a_curated_name_with_commas_stays_whole_among_others_on_the_tagger_path():
    centre = "UNDP Global Centre for Technology, Innovation and Sustainable Development"
    page = make_page([group(f"Zorbix Hub, {centre}, Quandle Foundation")])
    for found in (extract_partners(page), extract_partners(page, None)):
        assert sorted(m.name for m in found) == sorted(["Zorbix Hub", centre, "Quandle Foundation"])
        assert next(m.sector for m in found if m.name == centre) == "un"


def test_a_parent_named_in_a_subsidiary_aside_is_not_a_partner():
    text = (
        "The lab also worked with Zorbix Digital Centre, a subsidiary of the Orange Cameroon "
        "telecommunications company, on a prototype."
    )
    assert [c.name for c in split_names(text)] == ["Zorbix Digital Centre"]


def test_a_foreign_government_is_international_only_when_it_is_a_donor():
    groups = [group("Government of Dominica"), group("Government of Japan")]
    page = make_page(groups, countries=("Barbados",))
    sectors = {m.name: m.sector for m in extract_partners(page, None)}
    assert sectors == {
        "Government of Dominica": "government",
        "Government of Japan": "international",
    }


def test_the_states_law_and_audit_offices_are_government():
    from graphkit.partners.sectors import sector_from_name, strong_name_sector

    for name in (
        "Attorney General (AG)",
        "Comptroller General’s Department",
        "Auditor-General of Zorbia",
        "Defensoría del Pueblo",
        "Ombudsman's Office",
    ):
        assert strong_name_sector(name) == "government", name
    # national bodies in French and Spanish word order, but not their universities
    assert sector_from_name("Centre National de la Propriété Zorbienne") == "government"
    assert sector_from_name("Agencia Nacional de Zorbia") == "government"
    assert sector_from_name("Institut National Polytechnique de Zorbia") == "academia"
    assert sector_from_name("Universidad Nacional de Zorbia") == "academia"


def test_an_acronym_that_spells_a_run_keeps_it_one_name():
    assert [c.name for c in split_names("Society for Aid, Improvement, and Bridging (SAIB)")] == [
        "Society for Aid, Improvement, and Bridging (SAIB)"
    ]
    # (the French article before the name is not part of it: round 16)
    assert [c.name for c in split_names("le Centre National de la Zorbie (CNZ), Quandle Hub")] == [
        "Centre National de la Zorbie (CNZ)",
        "Quandle Hub",
    ]
    # an acronym that spells only its own item leaves the list as it is
    assert [c.name for c in split_names("Zorbix Hub, Ministry of Health (MOH)")] == [
        "Zorbix Hub",
        "Ministry of Health (MOH)",
    ]


def test_a_tagged_span_of_acronyms_parted_by_full_stops_is_the_rules_names():
    from graphkit.partners.extract import _rule_pieces
    from graphkit.partners.verdict import _Candidate

    kept = [_Candidate("ADN", True), _Candidate("OGTIC", True)]
    assert [c.name for c in _rule_pieces("ADN. OGTIC", kept)] == ["ADN", "OGTIC"]


def test_a_ministry_keeps_a_lower_case_field_after_and_but_not_a_kind_of_people():
    assert [c.name for c in split_names("Ministry of Housing and urban development")] == [
        "Ministry of Housing and urban development"
    ]
    assert [c.name for c in split_names("Ministry of Health and local communities")] == [
        "Ministry of Health",
        "local communities",
    ]


def test_a_secretary_of_state_is_a_state_secretariat_not_a_person():
    from graphkit.partners.verdict import is_named

    assert is_named("Secretary of State for Environment")
    assert not is_named("the Secretary")


def test_a_tagged_span_that_stops_inside_a_bracket_is_read_without_it():
    from graphkit.partners.extract import _FieldRules, _reconcile

    text = "Business Impact HUB (Unofficial Impact Hub)"
    page = make_page([group(text)])
    found = [c for f in partner_fields(page) for c in field_candidates(f)]
    rules = _FieldRules(text, found)
    span = "Business Impact HUB (Unofficial Impact Hub"
    assert [c.name for c in _reconcile(rules, span, (0, len(span)), [])] == ["Business Impact HUB"]


def test_an_ampersand_parts_two_names_that_each_use_and():
    text = "Ministry of Zorbian Industry and Food & Quandle Research and Extension Institute (QREI)"
    assert [c.name for c in split_names(text)][:2] == [
        "Ministry of Zorbian Industry and Food",
        "Quandle Research and Extension Institute (QREI)",
    ]
    # a ministry's '&' between its own fields is left alone
    text = "Ministry of Youth & Sports and Zorbian National Youth Council"
    assert "Ministry of Youth" not in [c.name for c in split_names(text)]


def test_a_name_with_its_acronym_then_an_aside_keeps_both_apart():
    text = "Zorbian Women Council (ZWC) (Parastatal body under the aegis of the Ministry of X)"
    [found] = split_names(text)
    assert found.name == "Zorbian Women Council (ZWC)"
    assert found.gloss.startswith("Parastatal body")


def test_a_parent_in_an_aside_is_not_a_partner_on_the_tagger_path():
    from graphkit.partners.extract import _tagged

    text = "Zorbian Women Council (a body under the aegis of the Ministry of Gender)"
    page = make_page([group(text)])
    [field] = partner_fields(page)
    tagger = FixedTagger("Zorbian Women Council", "Ministry of Gender")
    found = _tagged(field, field_candidates(field), tagger)
    assert [c.name for c in found if c.named] == ["Zorbian Women Council"]
    # 'on the part of the' is no aside: every body of the joint effort counts
    text = "This was a joint effort on the part of the Office of Zorbia and the Quandle Fund."
    page = make_page(answers=[answer(text, "any")])
    [field] = partner_fields(page)
    tagger = FixedTagger("Office of Zorbia", "Quandle Fund")
    found = _tagged(field, field_candidates(field), tagger)
    assert {c.name for c in found if c.named} == {"Office of Zorbia", "Quandle Fund"}


def test_a_capitalised_particle_that_opens_a_name_stays_in_it():
    text = "We are currently working with De La Salle University on a study of the river."
    assert [c.name for c in split_names(text)] == ["De La Salle University"]
    assert [c.name for c in split_names("El Gato y La Caja helped us.")] == ["El Gato y La Caja"]


def test_an_ordinal_opens_a_name_and_all_of_them_opens_a_sentence():
    text = (
        "4th Zorbian Revolution Center, Ministry of Digitalization and IT All of them "
        "contributed to the platform."
    )
    assert [c.name for c in split_names(text)] == [
        "4th Zorbian Revolution Center",
        "Ministry of Digitalization and IT",
    ]
    assert [c.name for c in split_names("We met at the 4th meeting with Zorbix Hub.")] == [
        "Zorbix Hub"
    ]


def test_undp_as_a_whole_is_never_a_partner_on_the_tagger_path_either():
    from graphkit.partners.extract import _tagged

    text = "UNDP Zorbia Health Cluster, UNDP Office, UNDP Paraguay"
    page = make_page([group(text)], countries=("Paraguay",))  # its own office (see round 16)
    [field] = partner_fields(page)
    tagger = FixedTagger("UNDP Zorbia Health Cluster", "UNDP Office", "UNDP Paraguay")
    found = _tagged(field, field_candidates(field), tagger)
    assert [c.name for c in found if c.named] == ["UNDP Zorbia Health Cluster"]


def test_a_country_alone_is_a_partner_only_as_a_donor_listed_in_a_name_field():
    from graphkit.partners.extract import _tagged

    page = make_page([group("Germany and ZDA")], countries=("Serbia",))
    found = {m.name: m.sector for m in extract_partners(page, None)}
    assert found.get("Germany") == "international"
    # a country in prose is where something happened or someone came from
    text = (
        "Zorbix Hub alumni connected from Bangladesh, India, Denmark, Japan, USA, and Hong Kong "
        "over the hackathon days."
    )
    page = make_page(answers=[answer(text, "any")])
    assert "Denmark" not in {m.name for m in extract_partners(page, None)}
    [field] = partner_fields(page)
    found = _tagged(field, field_candidates(field), FixedTagger("Denmark", "Zorbix Hub"))
    assert [c.name for c in found if c.named] == ["Zorbix Hub"]
    # and a country that gives no aid is a place wherever it is listed
    page = make_page([group("North Macedonia")])
    [field] = partner_fields(page)
    assert _tagged(field, field_candidates(field), FixedTagger("North Macedonia")) == []


def test_a_lab_is_no_sector_cue_by_itself():
    from graphkit.partners.sectors import sector_from_name

    # labs are university, civic, UN and company labs alike in the labelled reports
    assert sector_from_name("Zorbix Civic Lab") == "unknown"
    assert sector_from_name("Zorbix Data Lab Ltd") == "private"
    assert sector_from_name("UNDP Accelerator Lab Zorbia") == "un"
    assert sector_from_name("Zorbian Policy Lab of the University of Quandle") == "academia"


def test_research_or_inclusive_in_a_name_says_nothing_of_its_sector():
    from graphkit.partners.sectors import sector_from_name

    # bare 'research' was academia for 2 of 14 labelled partners (mostly public bodies)
    assert sector_from_name("Center for Zorbian Research and Reforms") == "unknown"
    assert sector_from_name("Zorbian Research Institute") == "academia"
    assert sector_from_name("Inclusive Zorbian Growth") == "unknown"


def test_a_plural_head_after_a_list_of_places_is_one_body_per_place():
    from graphkit.partners.extract import _tagged

    text = "There were two from La Plata and Buenos Aires Universities who oversaw the work."
    assert [c.name for c in split_names(text)] == ["La Plata University", "Buenos Aires University"]
    page = make_page(answers=[answer(text, "academia")])
    [field] = partner_fields(page)
    tagger = FixedTagger("La Plata and Buenos Aires Universities")
    found = _tagged(field, field_candidates(field), tagger)
    assert [c.name for c in found if c.named] == ["La Plata University", "Buenos Aires University"]
    # items that are no places are left to the list reading
    assert "Zorbix University" not in [
        c.name for c in split_names("Zorbix and Quandle Universities")
    ]
