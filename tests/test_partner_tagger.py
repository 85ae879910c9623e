"""The CRF span tagger: features, decoding, the shipped model and how extraction uses it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pycrfsuite
import pytest
from partner_pages import answer, group, make_page

from graphkit.partners import extract_partners, tagger
from graphkit.partners.extract import _rule_pieces
from graphkit.partners.tagger import (
    RuleSpans,
    Tagger,
    bio,
    decode,
    field_features,
    rule_labels,
    shipped_tagger,
    tokens,
    without_rules,
)
from graphkit.partners.verdict import _Candidate

ROOT = Path(__file__).resolve().parent.parent


def test_tokens_split_possessives_and_keep_offsets():
    text = "ILO’s office, Acme-Works Ltd."
    toks = tokens(text)
    assert [t[0] for t in toks] == ["ILO", "’s", "office", ",", "Acme-Works", "Ltd."]
    assert all(text[a:b] == word for word, a, b in toks)


def test_bio_marks_the_longest_occurrence_of_each_name():
    toks = tokens("Ministry of Health and the Ministry of Health Lab, Health")
    labels = bio(toks, ["Ministry of Health", "Ministry of Health Lab", "Health"], "X")
    assert labels == ["BX", "IX", "IX", "O", "O", "BX", "IX", "IX", "IX", "O", "BX"]


def test_rule_labels_prefer_named_over_generic_over_dropped():
    toks = tokens("Acme Ltd, local communities, Phase One")
    rules = RuleSpans(named=["Acme Ltd"], generic=["local communities"], dropped=["Phase One"])
    assert rule_labels(toks, rules) == ["BR", "IR", "O", "BG", "IG", "O", "BX", "IX"]


def test_features_carry_the_rules_unless_left_out():
    toks, feats = field_features("UNICEF and Acme Ltd", "answer", "un", RuleSpans(named=["UNICEF"]))
    assert len(toks) == len(feats) == 4
    assert feats[0]["rule"] == "BR" and feats[0]["w"] == "unicef" and feats[0]["upper"] == 1.0
    assert feats[0]["org"] == "K" and feats[0]["BOS"] == 1.0 and feats[1]["-1:rule"] == "BR"
    assert not any("rule" in key for f in without_rules(feats) for key in f)
    _, bare = field_features("UNICEF and Acme Ltd", "answer", "un", None)
    assert not any("rule" in key for f in bare for key in f)


def test_decode_trims_articles_punctuation_and_unmatched_brackets():
    text = "the Acme Ltd, (Beta Works and Gamma Org)"
    toks = tokens(text)
    tags = ["B", "I", "I", "O", "B", "I", "I", "O", "B", "I", "I"]
    assert decode(text, toks, tags) == [
        ("Acme Ltd", 4, 12),
        ("Beta Works", 15, 25),
        ("Gamma Org", 30, 39),
    ]


def test_a_model_fitted_on_features_tags_what_it_learned(tmp_path: Path):
    trainer = pycrfsuite.Trainer(verbose=False)
    for name, filler in [("Zorbix Holdings", "we met"), ("Quandle Holdings", "they joined")]:
        text = f"{filler} {name} last year"
        toks, feats = field_features(text, "answer", "private", RuleSpans(named=[name]))
        trainer.append(feats, [label[:1] for label in bio(toks, [name])])
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50})
    trainer.train(str(tmp_path / "m.crfsuite"))
    model = Tagger(tmp_path / "m.crfsuite")
    found = model.names(
        "we met Plimsoll Holdings", "answer", "private", RuleSpans(["Plimsoll Holdings"])
    )
    assert found == [("Plimsoll Holdings", 7, 24)]


def test_rules_cut_a_tagged_run_of_their_own_names():
    def cands(*names: str) -> list[_Candidate]:
        return [_Candidate(n, True) for n in names]

    run = "Zorbix Cluster FIWARE Quandle Business Factory"
    pieces = _rule_pieces(run, cands("Quandle Business Factory", "Zorbix Cluster", "FIWARE"))
    assert [p.name for p in pieces] == ["Zorbix Cluster", "FIWARE", "Quandle Business Factory"]
    # joined by 'and': cut only when every piece is a known organisation
    assert [p.name for p in _rule_pieces("UNICEF and WHO", cands("UNICEF", "WHO"))] == [
        "UNICEF",
        "WHO",
    ]
    ministry = "Ministry of Trade, Industry and Local Consumption"
    assert (
        _rule_pieces(ministry, cands("Ministry of Trade", "Industry and Local Consumption")) == []
    )
    gloss = "County Government of Zorbia (health department)"
    assert [p.name for p in _rule_pieces(gloss, cands("County Government of Zorbia"))] == [
        "County Government of Zorbia"
    ]
    assert _rule_pieces("Zorbix Cluster", cands("Zorbix Cluster")) == []


def test_shipped_model_is_used_and_rules_remain_the_fallback(monkeypatch: pytest.MonkeyPatch):
    assert tagger.MODEL.exists(), "graphkit/data/partner_tagger.crfsuite is shipped"
    assert isinstance(shipped_tagger(), Tagger)
    page = make_page([group("Maroc Numeric Cluster FIWARE Kiwi Emerging Business Factory")])
    expected = ["Maroc Numeric Cluster", "FIWARE", "Kiwi Emerging Business Factory"]
    assert [m.name for m in extract_partners(page) if m.named] == expected
    assert [m.name for m in extract_partners(page, None) if m.named] == expected
    monkeypatch.setattr(tagger, "MODEL", Path("/nonexistent/model.crfsuite"))
    shipped_tagger.cache_clear()
    try:
        assert shipped_tagger() is None
        assert [m.name for m in extract_partners(page) if m.named] == expected
    finally:
        monkeypatch.undo()
        shipped_tagger.cache_clear()


def test_shipped_model_reads_a_name_in_prose_the_rules_drop():
    text = (
        "Zorbix Hope Collective (an NGO running the volunteer network) and local "
        "communities in two wards."
    )
    page = make_page(answers=[answer(text, "civil_society")], countries=("Kenya",))
    tagged = {m.name: m.named for m in extract_partners(page)}
    assert tagged.get("Zorbix Hope Collective") is True
    assert "Zorbix Hope Collective" not in {m.name for m in extract_partners(page, None)}


@pytest.mark.corpus
def test_training_labels_mark_the_gold_names_in_their_fields(corpus_dir: Path):
    spec = importlib.util.spec_from_file_location(
        "train_partner_tagger", ROOT / "scripts" / "train_partner_tagger.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    entry = json.loads((ROOT / "benchmarks" / "partners_gold.json").read_text("utf-8"))[0]
    rows = module.sequences(entry)
    assert rows
    marked = sum(label == "B" for _, _, labels in rows for label in labels)
    named = [p for p in entry["partners"] if p["named"]]
    assert 0 < marked and len(named) <= marked + 2
    assert all(len(f) == len(b) == len(labels) for f, b, labels in rows)


def test_the_models_vote_on_each_words_tag():
    from graphkit.partners.tagger import vote

    assert vote([["B", "I", "O"], ["B", "O", "O"], ["O", "I", "B"]]) == ["B", "I", "O"]
    assert vote([["B", "I"], ["O", "B"]]) == ["O", "B"]  # a tie goes to 'O', else to 'B'
    assert vote([["B", "I", "I"]]) == ["B", "I", "I"]  # one model: its own tags


def test_a_tagger_of_several_models_names_what_most_of_them_tag(tmp_path: Path):
    paths = []
    for k, name in enumerate(["Zorbix Holdings", "Zorbix Holdings", "Quandle Holdings"]):
        trainer = pycrfsuite.Trainer(verbose=False)
        text = f"we met {name} last year"
        toks, feats = field_features(text, "answer", "private", RuleSpans())
        trainer.append(feats, [label[:1] for label in bio(toks, [name])])
        trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50})
        trainer.train(str(tmp_path / f"m{k}.crfsuite"))
        paths.append(tmp_path / f"m{k}.crfsuite")
    text = "we met Zorbix Holdings last year"
    assert Tagger(*paths).names(text, "answer", "private", RuleSpans()) == [
        ("Zorbix Holdings", 7, 22)
    ]
    with pytest.raises(ValueError):
        Tagger()


def test_every_seeds_model_is_shipped():
    assert all(tagger.model_path(seed).exists() for seed in tagger.SEEDS)
    assert len(tagger.SEEDS) >= 3 and len(set(map(tagger.model_path, tagger.SEEDS))) == len(
        tagger.SEEDS
    )
