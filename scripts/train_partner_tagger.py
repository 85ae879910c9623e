"""Fit the partner CRF tagger on the hand-labelled gold sets; cross-validate; ship the model.

    python scripts/train_partner_tagger.py --cv            # folds of gold sets, rules vs tagger
    python scripts/train_partner_tagger.py --write         # fit on the gold sets, ship the model
        [--hold holdout34,holdout35]       # sets kept out of the fit (default: the FRESH sets)

Three models are fitted, one per seed of the dropout below, and shipped together: they vote
on each word's tag (`tagger.SEEDS`, `tagger.model_path`).

Training data: every partner field of every gold report (`extract.partner_fields`), its
tokens' features (`tagger.field_features`, the rules' candidates included) and B/I/O labels
where the gold's named partners (name or a mention spelling) occur in the field. The rules'
candidate features are left out of a fixed 30% of the fields (seeded), so the tagger does
not only copy the rules. The model is written to a temporary file and renamed into place.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from partners_eval import DEFAULT_PAGES, evaluate, gold_sets  # noqa: E402
from training import arguments, write_model, written  # noqa: E402

from graphkit.partners.extract import (  # noqa: E402
    Models,
    extract_partners,
    field_candidates,
    partner_fields,
    rule_spans,
)
from graphkit.partners.tagger import (  # noqa: E402
    MODEL,
    SEEDS,
    Tagger,
    bio,
    field_features,
    model_path,
    without_rules,
)
from graphkit.reader import read_page  # noqa: E402

C1, C2, DROPOUT, ITERATIONS = 0.5, 0.05, 0.3, 150
FOLDS = 5


def sequences(entry: dict) -> list[tuple[list[dict], list[dict], list[str]]]:
    """(features, features without the rules, labels) of each partner field of one report."""
    page = read_page(DEFAULT_PAGES / entry["file"])
    names = [n for p in entry["partners"] if p["named"] for n in (p["name"], *p["mentions"])]
    out = []
    for field in partner_fields(page):
        found = field_candidates(field)
        rules = rule_spans(found)
        toks, features = field_features(field.text, field.source, field.kind, rules)
        if toks:
            labels = [label[:1] for label in bio(toks, names)]
            out.append((features, without_rules(features), labels))
    return out


def fit(entries: list[dict], path: Path, seed: int = 0) -> None:
    """Fit the CRF on these gold entries and write it to `path` (temp file, then rename);
    `seed` draws the fields whose rules' features are hidden."""
    import pycrfsuite

    rng = random.Random(seed)
    trainer = pycrfsuite.Trainer(verbose=False)
    for entry in entries:
        for features, bare, labels in sequences(entry):
            trainer.append(bare if rng.random() < DROPOUT else features, labels)
    trainer.set_params(
        {"c1": C1, "c2": C2, "max_iterations": ITERATIONS, "feature.possible_transitions": True}
    )
    write_model(path, trainer.train)


def cross_validate(sets: dict[str, list[dict]], hold: set[str]) -> None:
    """Fit on all folds but one, score the rules and the tagger on that fold; print a table."""
    names = [s for s in sets if s not in hold]
    folds = [names[i::FOLDS] for i in range(FOLDS)]
    print("| fold | sets | files | rules P/R/F1 | tagger P/R/F1 | rules sector | tagger sector |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for k, fold in enumerate(folds):
            train = [e for s in names if s not in fold for e in sets[s]]
            test = [e for s in fold for e in sets[s]]
            models = [Path(tmp) / f"fold{k}.{seed}.crfsuite" for seed in SEEDS]
            for seed, model in zip(SEEDS, models, strict=True):
                fit(train, model, seed)
            tagger = Tagger(*models)
            rules = evaluate(test, DEFAULT_PAGES, extract=lambda p: extract_partners(p, None))
            tagged = evaluate(
                test, DEFAULT_PAGES, extract=lambda p, t=tagger: extract_partners(p, Models(t))
            )
            print(
                f"| {k} | {', '.join(fold)} | {len(test)} | {_prf(rules)} | {_prf(tagged)} "
                f"| {rules['sector_accuracy']:.3f} | {tagged['sector_accuracy']:.3f} |"
            )


def _prf(r: dict) -> str:
    return f"{r['precision']:.3f}/{r['recall']:.3f}/**{r['f1']:.3f}**"


def main() -> int:
    """Command-line entry point."""
    parsed = arguments(__doc__, MODEL)
    if parsed is None:
        return 1
    args, hold = parsed
    sets = gold_sets()
    if args.cv:
        cross_validate(sets, hold)
    if args.write:
        entries = [e for s, group in sets.items() if s not in hold for e in group]
        for seed in SEEDS:
            fit(entries, model_path(seed), seed)
            print(written(model_path(seed), len(entries), "reports", hold))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
