"""Round 7 of partner extraction: the candidate layer, the learned scorer, general fixes."""

from __future__ import annotations

import json

from partner_pages import answer, group, make_page

from graphkit.page import Page
from graphkit.partners import extract_partners
from graphkit.partners.extract import candidate_features, partner_candidates
from graphkit.partners.scorer import Scorer, fit


def _page(groups=(), answers=(), tags=()) -> Page:
    return make_page(
        groups, answers, tags=tags, file="round7.md", doc_type="experiment", countries=("Paraguay",)
    )


_group = group
_answer = answer


def _named(page: Page, scorer: object = None) -> dict[str, str]:
    return {m.name: m.sector for m in extract_partners(page, scorer) if m.named}


def test_candidates_carry_the_rules_verdict_and_features():
    page = _page(groups=[_group("UNICEF, Ministry of Health, local communities")])
    found = {c.candidate.name: c for c in partner_candidates(page)}
    assert found["UNICEF"].kept and found["UNICEF"].candidate.named
    assert not found["local communities"].candidate.named
    features = candidate_features(found["UNICEF"])
    assert features["known_org"] == 1.0 and features["acronym_only"] == 1.0
    assert features["src_group"] == 1.0 and "head" not in features
    assert candidate_features(found["Ministry of Health"])["first_head"] == 1.0


def test_fit_separates_and_round_trips_through_json():
    rows = [{"a": 1.0}, {"a": 1.0}, {"b": 1.0}, {"b": 1.0}, {"a": 1.0, "b": 1.0}]
    model = fit(rows, [1, 1, 0, 0, 1], l2=0.1)
    assert model.accepts({"a": 1.0}) and not model.accepts({"b": 1.0})
    data = json.loads(model.to_json())
    again = Scorer(data["weights"], data["bias"], data["threshold"])
    assert abs(again.probability({"a": 1.0}) - model.probability({"a": 1.0})) < 1e-4


def test_a_scorer_decides_but_keeps_generic_groups_and_hard_limits():
    page = _page(groups=[_group("Acme Widgets Ltd, Women CSOs, cooperatives")])
    reject_all = Scorer({}, -10.0)
    mentions = extract_partners(page, reject_all)
    assert not any(m.named for m in mentions)
    assert {m.name for m in mentions} == {"Women CSOs", "cooperatives"}
    accept_all = Scorer({}, 10.0)
    assert "Acme Widgets Ltd" in _named(page, accept_all)


def test_rules_alone_when_no_scorer():
    page = _page(groups=[_group("Maroc Numeric Cluster FIWARE Kiwi Emerging Business Factory")])
    assert set(_named(page)) == {
        "Maroc Numeric Cluster",
        "FIWARE",
        "Kiwi Emerging Business Factory",
    }


def test_misspelt_un_acronym_is_the_agency():
    from graphkit.partners import known_organisation

    assert known_organisation("UNCEF", fuzzy=False).key == "unicef"
    assert known_organisation("UNESCOO", fuzzy=False).key == "unesco"
    assert known_organisation("GIZZ", fuzzy=False) is None  # curated acronyms of 4+ only
    assert known_organisation("ABCD", fuzzy=False) is None


def test_runs_are_cut_after_an_acronym_and_at_a_repeated_ministry():
    text = (
        "National Innovation Strategy (ENI) National SDG Commission "
        "Ministry of Justice Ministry of Public Health and Social Welfare"
    )
    names = [c.name for c in __import__("graphkit.partners").partners.split_names(text)]
    assert "National SDG Commission" in names
    assert "Ministry of Justice" in names
    assert "Ministry of Public Health and Social Welfare" in names
