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

# Run inside a block's copy: score the held sets, print the counts as JSON.
_SCORE = """
import json, sys
from pathlib import Path
root = Path(sys.argv[1])
sys.path[:0] = [str(root), str(root / "benchmarks")]
import partners_eval as pe
from graphkit.partners import extract_partners
gold = [e for p in pe.DEFAULT_GOLDS for e in json.loads(p.read_text(encoding="utf-8"))]
part = [g for s in sys.argv[2].split(",") for g in pe._split(gold, s)]
out = {}
for kind, ext in (("models", extract_partners), ("rules", lambda p: extract_partners(p, None))):
    s = pe.evaluate(part, pe.DEFAULT_PAGES, extract=ext)
    tp = round(s["recall"] * s["gold_named"])
    fp = round(tp / s["precision"]) - tp if s["precision"] else 0
    sok = round(s["sector_accuracy"] * s["sector_n"])
    out[kind] = {"tp": tp, "fp": fp, "fn": s["gold_named"] - tp, "sok": sok, "sn": s["sector_n"]}
print(json.dumps(out))
"""


def _scores(c: dict[str, int]) -> str:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    sector = c["sok"] / c["sn"] if c["sn"] else 0.0
    return f"{p:.3f} | {r:.3f} | {f1:.3f} | {sector:.3f}"


def run_block(sets: list[str]) -> dict[str, dict[str, int]]:
    """Refit the tagger and the sector model without `sets` in a copy of the tree; score."""
    hold = ",".join(sets)
    with tempfile.TemporaryDirectory() as tmp:
        # the copy keeps ../shared reachable the way the tree finds it
        copy = Path(tmp) / "tree" / "x"
        shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".git", "__pycache__"))
        (copy.parent / "shared").symlink_to(ROOT.parent / "shared")
        for script in ("train_partner_tagger.py", "train_partner_sectors.py"):
            subprocess.run(
                [sys.executable, f"scripts/{script}", "--write", "--hold", hold],
                cwd=copy,
                check=True,
                capture_output=True,
            )
        done = subprocess.run(
            [sys.executable, "-c", _SCORE, str(copy), hold],
            check=True,
            capture_output=True,
            text=True,
        )
    return json.loads(done.stdout)


def main() -> int:
    """Command-line entry point: one table row per block and kind, then the pooled rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blocks", default="20-31,32-39,40-55")
    args = parser.parse_args()
    if not (ROOT.parent / "shared" / "corpus" / "pages").is_dir():
        print("skipped: ../shared/corpus/pages is not here (the gold pages live there)")
        return 0
    pooled = {k: dict.fromkeys(("tp", "fp", "fn", "sok", "sn"), 0) for k in ("models", "rules")}
    print("| block | scored with | P | R | F1 | sector |")
    print("|---|---|---|---|---|---|")
    for block in args.blocks.split(","):
        first, last = (int(x) for x in block.split("-"))
        counts = run_block([f"holdout{n}" for n in range(first, last + 1)])
        for kind, c in counts.items():
            print(f"| holdout{block} | {kind} | {_scores(c)} |")
            for key, value in c.items():
                pooled[kind][key] += value
    for kind, c in pooled.items():
        print(f"| pooled | {kind} | {_scores(c)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
