"""Draw fresh reports for a partner gold set and dump their raw partner fields (no extractor).

    python benchmarks/partners_draw.py --seed 2027 --out /tmp/draw.txt
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphkit.reader import read_page  # noqa: E402

PAGES = ROOT.parent / "shared" / "corpus" / "pages"
QUOTA = {"plan": 4, "closing-text": 6, "closing-groups": 2, "experiment": 3}


def _kind(page) -> str | None:
    if page.doc_type == "experiment" and page.partner_answers:
        return "experiment"
    if page.partner_groups:
        return "closing-groups" if "closing" in page.form else "plan"
    if any(a.sector_hint != "any" for a in page.partner_answers):
        return "closing-text"
    return None


def main() -> int:
    """Draw per form and print the raw partner fields."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--quota",
        default="",
        help="per-kind counts, e.g. plan=4,closing-text=8 (default: the fixed QUOTA)",
    )
    parser.add_argument("--years", default="", help="plans only from these years, e.g. 2021,2022")
    args = parser.parse_args()
    quota = dict(QUOTA)
    if args.quota:
        quota = {k: int(v) for k, v in (kv.split("=") for kv in args.quota.split(","))}
    plan_years = {int(y) for y in args.years.split(",") if y}
    seen = set()
    for gold in ROOT.glob("benchmarks/partners_gold*.json"):
        seen |= {d["file"] for d in json.loads(gold.read_text(encoding="utf-8"))}
    pools: dict[str, list] = {k: [] for k in QUOTA}
    for path in sorted(PAGES.glob("*.md")):
        if path.name in seen or "seed" in path.name:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if "partner" not in text.lower():
            continue
        page = read_page(path)
        kind = _kind(page)
        if kind == "plan" and plan_years and page.year not in plan_years:
            continue
        if kind:
            pools[kind].append(page)
    rng = random.Random(args.seed)
    lines = []
    for kind, n in quota.items():
        for page in rng.sample(pools[kind], n):
            lines.append(f"=== {page.file} [{kind} {page.form} {page.year}] {page.countries}")
            for g in page.partner_groups:
                lines.append(f"  GROUP name: {g.name!r}\n    sector: {g.sector!r}")
                lines.append(f"    descr: {g.description[:300]!r}")
            for a in page.partner_answers:
                lines.append(f"  ANSWER [{a.sector_hint}] {a.text!r}")
            tags = dict(page.tags).get("partnering_sector")
            if tags:
                lines.append(f"  TAGS {tags}")
    args.out.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
