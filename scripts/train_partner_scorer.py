"""Fit the partner candidate scorer on the gold sets; report leave-one-set-out CV; ship weights.

    python scripts/train_partner_scorer.py [--cv] [--write] [--l2 1.0] [--threshold 0.5]

Candidates are the rules' spans (graphkit.partners.extract.partner_candidates); a candidate is
labelled positive when it matches a gold named partner of its page with the acceptance
check's matcher. --cv trains on six gold sets and scores extraction on the seventh, for each
set, next to the rules alone; --write fits on all sets and writes graphkit/data/partner_scorer.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from partners_eval import DEFAULT_GOLDS, DEFAULT_PAGES, HOLDOUT, match  # noqa: E402

from graphkit.partners.extract import (  # noqa: E402
    candidate_features,
    extract_partners,
    partner_candidates,
)
from graphkit.partners.scorer import WEIGHTS_JSON, Scorer, fit  # noqa: E402
from graphkit.reader import read_page  # noqa: E402

SETS = ("dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6")
# First-contact (clean) rules-only F1 where one was measured (partners_RESULTS.md).
FIRST_CONTACT = {"holdout3": 0.70, "holdout4": 0.694, "holdout5": 0.827, "holdout6": 0.686}


def gold_sets() -> dict[str, list[dict]]:
    """The gold entries by set name."""
    out: dict[str, list[dict]] = {s: [] for s in SETS}
    for path in DEFAULT_GOLDS:
        for entry in json.loads(path.read_text(encoding="utf-8")):
            split = entry.get("split", "dev")
            if split == "dev" and entry["file"] in HOLDOUT:
                split = "holdout"
            out[split].append(entry)
    return out


def _names(entry: dict) -> list[list[str]]:
    return [[p["name"], *p["mentions"]] for p in entry["partners"] if p["named"]]


def examples(entries: list[dict], pages: dict) -> tuple[list[dict], list[int]]:
    """Features and labels of every candidate of the entries' pages."""
    rows, labels = [], []
    for entry in entries:
        golds = _names(entry)
        for c in partner_candidates(pages[entry["file"]]):
            rows.append(candidate_features(c))
            labels.append(int(any(match(c.candidate.name, n) for g in golds for n in g)))
    return rows, labels


def score(entries: list[dict], pages: dict, scorer: Scorer | None) -> dict[str, float]:
    """Precision, recall, F1 of named partners and sector accuracy, as the acceptance check."""
    tp = fp = fn = ok = n = 0
    for entry in entries:
        predicted = [m for m in extract_partners(pages[entry["file"]], scorer) if m.named]
        used: set[int] = set()
        for partner in (p for p in entry["partners"] if p["named"]):
            names = [partner["name"], *partner["mentions"]]
            hit = next(
                (
                    i
                    for i, m in enumerate(predicted)
                    if i not in used and any(match(m.name, x) for x in names)
                ),
                None,
            )
            if hit is None:
                fn += 1
                continue
            used.add(hit)
            tp += 1
            if partner["sector"] != "unknown":
                n += 1
                ok += predicted[hit].sector == partner["sector"]
        fp += len(predicted) - len(used)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1, "sector": ok / n if n else 0.0}


def main() -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args()
    sets = gold_sets()
    pages = {
        e["file"]: read_page(DEFAULT_PAGES / e["file"])
        for entries in sets.values()
        for e in entries
    }
    data = {s: examples(entries, pages) for s, entries in sets.items()}
    if args.cv:
        print(
            "| held-out set | files | rules P/R/F1 | scorer P/R/F1 | rules sector | scorer sector |"
        )
        print("|---|---|---|---|---|---|")
        means = {"rules": 0.0, "scorer": 0.0}
        for held in SETS:
            rows = [r for s in SETS if s != held for r in data[s][0]]
            labels = [y for s in SETS if s != held for y in data[s][1]]
            model = fit(rows, labels, l2=args.l2, threshold=args.threshold)
            rules = score(sets[held], pages, None)
            learned = score(sets[held], pages, model)
            means["rules"] += rules["f1"] / len(SETS)
            means["scorer"] += learned["f1"] / len(SETS)
            print(
                f"| {held} | {len(sets[held])} | {rules['p']:.3f}/{rules['r']:.3f}/"
                f"{rules['f1']:.3f} | {learned['p']:.3f}/{learned['r']:.3f}/{learned['f1']:.3f}"
                f" | {rules['sector']:.3f} | {learned['sector']:.3f} |"
            )
        print(f"| mean | | F1 {means['rules']:.3f} | F1 {means['scorer']:.3f} | | |")
    if args.write:
        rows = [r for s in SETS for r in data[s][0]]
        labels = [y for s in SETS for y in data[s][1]]
        model = fit(rows, labels, l2=args.l2, threshold=args.threshold)
        WEIGHTS_JSON.write_text(model.to_json(), encoding="utf-8")
        print(f"wrote {WEIGHTS_JSON.relative_to(ROOT)} ({len(rows)} candidates)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
