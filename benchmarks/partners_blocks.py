"""Block-held-out partner scores: refit both shipped models without a block of gold sets,
score that block, pool the counts; also the rules alone (no models).

    python benchmarks/partners_blocks.py [--blocks 20-31,32-39,40-55]

The working tree is copied (without .git) to a temporary folder per block, so the shipped
models in graphkit/data are never touched. The rules have seen every labelled set, so these
figures are upper bounds on unseen reports (see partners_RESULTS.md).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from partners_eval import DEFAULT_GOLDS, DEFAULT_PAGES, FRESH, _split, evaluate, rates  # noqa: E402

_COUNTS = ("tp", "fp", "fn", "sector_ok", "sector_n")


def score(sets: list[str]) -> dict[str, dict[str, int]]:
    """Counts of this tree's extraction over `sets`, with its models and with the rules alone."""
    from graphkit.partners import extract_partners

    gold = [e for p in DEFAULT_GOLDS for e in json.loads(p.read_text(encoding="utf-8"))]
    part = [g for s in sets for g in _split(gold, s)]
    kinds = {"models": extract_partners, "rules": lambda page: extract_partners(page, None)}
    out = {}
    for kind, extract in kinds.items():
        scores = evaluate(part, DEFAULT_PAGES, extract=extract)
        out[kind] = {key: scores[key] for key in _COUNTS}
    return out


def run_block(sets: list[str]) -> dict[str, dict[str, int]]:
    """Refit the tagger and the sector model without `sets` in a copy of the tree; score
    the sets there (this script, run from the copy, so the copy's code and models are used).
    The FRESH sets stay out of every fit."""
    hold = ",".join(sets)
    unseen = ",".join(sorted({*sets, *FRESH}))
    with tempfile.TemporaryDirectory() as tmp:
        # the copy keeps ../shared reachable the way the tree finds it
        copy = Path(tmp) / "tree" / "x"
        shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".git", "__pycache__"))
        (copy.parent / "shared").symlink_to(ROOT.parent / "shared")
        for script in ("scripts/train_partner_tagger.py", "scripts/train_partner_sectors.py"):
            subprocess.run(
                [sys.executable, script, "--write", "--hold", unseen],
                cwd=copy,
                check=True,
                capture_output=True,
            )
        done = subprocess.run(
            [sys.executable, "benchmarks/partners_blocks.py", "--score", hold],
            cwd=copy,
            check=True,
            capture_output=True,
            text=True,
        )
    return json.loads(done.stdout)


def _row(counts: dict[str, int]) -> str:
    r = rates(counts)
    return f"{r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['sector_accuracy']:.3f}"


def main() -> int:
    """Command-line entry point: one table row per block and kind, then the pooled rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blocks", default="20-31,32-39,40-55")
    parser.add_argument("--score", help=argparse.SUPPRESS)  # sets, inside a block's copy
    args = parser.parse_args()
    if args.score:
        print(json.dumps(score(args.score.split(","))))
        return 0
    if not DEFAULT_PAGES.is_dir():
        print(f"skipped: {DEFAULT_PAGES} is not here (the gold pages live there)")
        return 0
    pooled = {kind: dict.fromkeys(_COUNTS, 0) for kind in ("models", "rules")}
    print("| block | scored with | P | R | F1 | sector |")
    print("|---|---|---|---|---|---|")
    for block in args.blocks.split(","):
        first, last = (int(x) for x in block.split("-"))
        counts = run_block([f"holdout{n}" for n in range(first, last + 1)])
        for kind, c in counts.items():
            print(f"| holdout{block} | {kind} | {_row(c)} |")
            for key, value in c.items():
                pooled[kind][key] += value
    for kind, c in pooled.items():
        print(f"| pooled | {kind} | {_row(c)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
