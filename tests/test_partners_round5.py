"""Round 5: prose lists after a lead, UNDP units, ministry portfolios, non-organisations."""

from __future__ import annotations

from partner_pages import answer, make_page

from graphkit.page import Page
from graphkit.partners import extract_partners, split_names
from graphkit.partners.sectors import sector_from_name


def _names(text: str) -> list[str]:
    return [c.name for c in split_names(text) if c.named]


def _page(text: str, hint: str = "any") -> Page:
    return make_page(
        answers=[answer(text, hint, line=3)], doc_type="experiment", countries=("Cabo Verde",)
    )


def _extracted(text: str, hint: str = "any") -> dict[str, str]:
    return {m.name: m.sector for m in extract_partners(_page(text, hint)) if m.named}


def test_names_listed_after_a_lead_verb_in_prose() -> None:
    text = (
        "We have collaborated with startups to co-design the pilot and collected learnings. "
        "Among them we have worked with Full Development Agency the provider of pavers; "
        "PlastyCor; Plastics Can Make It Beautiful in the transformation of waste, AgriDev, "
        "Solidarité Des Jeunes Pour le Développement in the collection value chain"
    )
    names = _names(text)
    for want in ("PlastyCor", "AgriDev", "Solidarité Des Jeunes Pour le Développement"):
        assert want in names
    # No lead, no list: a capitalised word after a comma in plain prose is not a name.
    assert "Later" not in _names("The workshop went well, Later we met again in the city.")


def test_members_in_parentheses_after_a_kind_in_prose() -> None:
    text = (
        "For our experiment we partnered with two financial cooperatives "
        "(COMECIPAR, Cooperativa Universitaria) and a social club (Club Centenario), to find "
        "households with interest."
    )
    assert {"COMECIPAR", "Cooperativa Universitaria", "Club Centenario"} <= set(_names(text))


def test_ministry_portfolio_with_oxford_comma_stays_whole() -> None:
    prose = (
        "The Ministry of Labor, Employment, and Social Security (MTESS) has been our main "
        "partner for the learning loops on domestic workers."
    )
    assert _names(prose)[0].startswith("Ministry of Labor, Employment, and Social Security")
    field = "Ministry of Women, Community & Social Development – assisted us with the workshop"
    assert _names(field) == ["Ministry of Women, Community & Social Development"]
    assert _names("We worked with the Ministry of Health, UNICEF and WHO.") == [
        "Ministry of Health",
        "UNICEF",
        "WHO",
    ]


def test_undp_units_are_partners_outside_the_un_question() -> None:
    got = _extracted("UNDP Health Cluster, the High Commissioner for Covid 19, UNDP, UNDP Office")
    assert got.get("UNDP Health Cluster") == "un"
    assert "UNDP" not in got and "UNDP Office" not in got
    assert got.get("High Commissioner for Covid 19") == "government"


def test_phases_documents_possessives() -> None:
    text = (
        "Phase One (Call for Application): applicants applied. Tested with the Artificial "
        "Intelligence approach. Inputs went into the Ministry of Health White Paper. "
        "We consulted the ILO’s southern cone social security specialist."
    )
    names = set(_extracted(text, "private"))
    for bad in ("Phase One", "Tested", "Artificial Intelligence", "White Paper", "ILO’s"):
        assert bad not in names
    assert "ILO" in names


def test_un_funds_and_envoys_are_un() -> None:
    assert sector_from_name("Peace Building Fund") == "un"
    assert sector_from_name("Office of the Secretary-General's Envoy on Technology") == "un"


def test_one_plain_word_after_a_head_is_not_cut_off() -> None:
    assert _names("Ain Shams University Hospital") == ["Ain Shams University Hospital"]
    assert _names("Maroc Numeric Cluster FIWARE Kiwi Emerging Business Factory") == [
        "Maroc Numeric Cluster",
        "FIWARE",
        "Kiwi Emerging Business Factory",
    ]
