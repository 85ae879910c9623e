"""Score partner extraction against the hand-labelled gold (benchmarks/partners_gold.json).

    python benchmarks/partners_eval.py [--pages DIR] [--gold FILE ...]
        [--split dev|holdout|holdout2|...|holdoutN|all|each] [--end-to-end] [-v]

Matching is the acceptance check's: a predicted named partner matches a gold one when their
labels (or one of the gold's mention spellings) are equal after folding case and punctuation,
or when rapidfuzz token_sort_ratio >= 85. Prints precision, recall, F1 of named partners and
the sector accuracy over matched partners whose gold sector is not 'unknown'.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphkit.page import Page, PartnerAnswer, PartnerGroup  # noqa: E402
from graphkit.partners import extract_partners  # noqa: E402

DEFAULT_PAGES = ROOT.parent / "shared" / "corpus" / "pages"


def _set_number(path: Path) -> int:
    """partners_gold.json is set 1, partners_gold_holdoutN.json is set N."""
    digits = re.sub(r"\D", "", path.stem)
    return int(digits) if digits else 1


# Every labelled set, in the order it was labelled (a report in two sets is kept in the first).
DEFAULT_GOLDS = tuple(sorted((ROOT / "benchmarks").glob("partners_gold*.json"), key=_set_number))
SPLITS = ("dev", "holdout", *(f"holdout{_set_number(p)}" for p in DEFAULT_GOLDS[1:]))
# The newest held-out sets: scored only when asked for by name, so they stay unseen.
FRESH: frozenset[str] = frozenset()
# Held out while the rules were written: evaluated only at the end (see partners_labelling.md).
HOLDOUT = frozenset(
    {
        "augmented_development__empathy.md",
        "improving_the_milk_supply_chain_in_the_crossborder_menaka_region_of_mali.md",
        "depopulation_portfolio_closing_2021.md",
        "climate_change_and_energy_experimentation_programme.md",
        "digital_literacy_experiments.md",
        "inception_of_a_digital_call_centre_system_with_waste_services.md",
        "supporting_creation_of_sustainable_finance_portfolio_in_mongolia_.md",
        "the_role_of_free_internet_access_to_revitalize_public_spaces_through_social_networks.md",
        "online_public_service_portal_re_design__cpii__amp__rff_.md",
        "flexible_manufacturing__testing_an_intervention_to_increase_productivity_of_a_garments_cluster.md",
    }
)


def norm(text: str) -> str:
    """The acceptance check's normalisation."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w ]", " ", text.casefold())).strip()


def match(a: str, b: str) -> bool:
    """The acceptance check's label match."""
    return norm(a) == norm(b) or fuzz.token_sort_ratio(norm(a), norm(b)) >= 85


# --- reading pages --------------------------------------------------------------------------

_HINTS = (
    ("what government partners", "government"),
    ("what civil society organisations", "civil_society"),
    ("what academic partners", "academia"),
    ("what private sector partners", "private"),
    ("which un internal partners", "un"),
    ("who of the partners listed were new", "new_unusual"),
    ("please list the names of partners mentioned", "any"),
)


def _fallback_page(path: Path) -> Page:
    """A minimal stand-in for graphkit.reader: only the partner fields (for benchmarking)."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    qas: list[list] = []
    current: list | None = None
    for number, line in enumerate(lines, 1):
        if line.startswith("> "):
            current = [line[2:].strip(), [], number]
            qas.append(current)
        elif line.startswith("#"):
            current = None
        elif line.startswith(("<div", "</div", "**")):
            continue
        elif current is not None:
            current[1].append(line)
    groups: list[dict] = []
    answers: list[PartnerAnswer] = []
    for question, body, number in qas:
        answer = html.unescape("\n".join(body)).strip()
        if answer.upper() in ("NA", "N/A", "NONE"):
            answer = ""
        low = question.lower()
        if low.startswith("please state the name of the par"):
            groups.append({"name": answer, "line": number})
        elif low.startswith("what sector does") and groups:
            groups[-1]["sector"] = answer
        elif low.startswith("please provide a brief description") and groups:
            groups[-1]["description"] = answer
        elif answer:
            for cue, hint in _HINTS:
                if cue in low:
                    answers.append(PartnerAnswer(hint, answer, question, number))
    text = "\n".join(lines)
    sectors = tuple(re.findall(r"\[\[partnering_sector:([^\]]+)\]\]", text))
    return Page(
        file=path.name,
        sha256="",
        doc_type="",
        form="",
        title="",
        title_truncated=False,
        year=None,
        countries=tuple(re.findall(r"\[\[country:([^\]]+)\]\]", text)),
        latlng=None,
        focal_point=None,
        tags=(("partnering_sector", sectors),) if sectors else (),
        sections=(),
        questions=(),
        text="",
        partner_groups=tuple(PartnerGroup(**g) for g in groups if g["name"]),
        partner_answers=tuple(answers),
    )


def page_reader():
    """graphkit.reader.read_page when it exists, else the minimal fallback (with a warning)."""
    try:
        from graphkit.reader import read_page
    except ImportError:
        print(
            "note: graphkit.reader not available; using the benchmark's minimal partner parser",
            file=sys.stderr,
        )
        return _fallback_page
    return read_page


# --- scoring --------------------------------------------------------------------------------


def evaluate(
    gold: list[dict],
    pages: Path,
    verbose: bool = False,
    rows: dict[str, list[dict]] | None = None,
    extract=extract_partners,
) -> dict[str, float]:
    """Precision, recall, F1 of named partners and sector accuracy over the gold files.

    With `rows` (from build_rows), the built graph's partners.rq rows are scored; else
    `extract` (extract_partners) over the reader's pages."""
    read = page_reader()
    gold_named = 0
    tp = fp = fn = sector_ok = sector_n = 0
    for entry in gold:
        if rows is None:
            page = read(pages / entry["file"])
            predicted = [(m.name, m.sector, m.source) for m in extract(page) if m.named]
        else:
            predicted = [
                (r["partner_label"], r["sector"], "graph") for r in rows.get(entry["file"], [])
            ]
        golds = [p for p in entry["partners"] if p["named"]]
        gold_named += len(golds)
        used: set[int] = set()
        errors: list[str] = []
        for partner in golds:
            names = [partner["name"], *partner["mentions"]]
            hit = next(
                (
                    i
                    for i, m in enumerate(predicted)
                    if i not in used and any(match(m[0], n) for n in names)
                ),
                None,
            )
            if hit is None:
                fn += 1
                errors.append(f"  missed   {partner['name']!r} ({partner['sector']})")
                continue
            used.add(hit)
            tp += 1
            if partner["sector"] != "unknown":
                sector_n += 1
                if predicted[hit][1] == partner["sector"]:
                    sector_ok += 1
                else:
                    errors.append(
                        f"  sector   {partner['name']!r}: "
                        f"{predicted[hit][1]} != {partner['sector']}"
                    )
        for i, m in enumerate(predicted):
            if i not in used:
                fp += 1
                errors.append(f"  extra    {m[0]!r} ({m[1]}, {m[2]})")
        if verbose and errors:
            print(entry["file"])
            print("\n".join(errors))
    counts = {"tp": tp, "fp": fp, "fn": fn, "sector_ok": sector_ok, "sector_n": sector_n}
    return {"files": len(gold), "gold_named": gold_named, **counts, **rates(counts)}


def rates(counts: dict[str, int]) -> dict[str, float]:
    """Precision, recall, F1 and sector accuracy from the counts `evaluate` returns (which
    can be summed over several evaluations first)."""
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    sector_n = counts["sector_n"]
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "sector_accuracy": counts["sector_ok"] / sector_n if sector_n else 0.0,
    }


def gold_sets() -> dict[str, list[dict]]:
    """Gold entries by set name (a report labelled in two sets is kept in the first); for
    fitting and cross-validating the shipped models (scripts/train_partner_*.py)."""
    out: dict[str, list[dict]] = {}
    seen: set[str] = set()
    for path in DEFAULT_GOLDS:
        for entry in json.loads(path.read_text(encoding="utf-8")):
            name = entry.get("split", "dev")
            if name == "dev" and entry["file"] in HOLDOUT:
                name = "holdout"
            if entry["file"] not in seen:
                seen.add(entry["file"])
                out.setdefault(name, []).append(entry)
    return out


def _split(gold: list[dict], split: str) -> list[dict]:
    if split == "dev":
        return [g for g in gold if g.get("split", "dev") == "dev" and g["file"] not in HOLDOUT]
    if split == "holdout":
        return [g for g in gold if g.get("split", "dev") == "dev" and g["file"] in HOLDOUT]
    if split.startswith("holdout"):
        return [g for g in gold if g.get("split") == split]
    return gold


def build_rows(files: list[str], pages: Path) -> dict[str, list[dict]]:
    """End to end, like the acceptance check: copy the pages, `graphkit build DIR -o x.ttl`,
    run queries/partners.rq over the Turtle in plain rdflib; named rows by source file."""
    import collections
    import shutil
    import subprocess
    import tempfile

    import rdflib

    query = (ROOT / "queries" / "partners.rq").read_text(encoding="utf-8")
    out: dict[str, list[dict]] = collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "gold"
        folder.mkdir()
        for name in files:
            shutil.copy(pages / name, folder / name)
        ttl = Path(tmp) / "gold.ttl"
        subprocess.run(
            [sys.executable, "-m", "graphkit", "build", str(folder), "-o", str(ttl)],
            check=True,
            capture_output=True,
        )
        graph = rdflib.Graph()
        graph.parse(ttl)
        for row in graph.query(query):
            data = {k: (str(v) if v is not None else None) for k, v in row.asdict().items()}
            if str(data.get("named", "true")).lower() in ("false", "0"):
                continue
            out[data["source_file"]].append(data)
    return out


def main() -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--gold", type=Path, action="append")
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "all", "each"),
        default="each",
    )
    parser.add_argument(
        "--end-to-end", action="store_true", help="score the built graph through partners.rq"
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    gold: list[dict] = []
    for path in args.gold or [p for p in DEFAULT_GOLDS if p.exists()]:
        gold.extend(json.loads(path.read_text(encoding="utf-8")))
    # the clean sets are scored only when asked for by name
    gold = [g for g in gold if g.get("split") not in FRESH - {args.split}]
    splits = SPLITS if args.split == "each" else (args.split,)
    rows = build_rows([g["file"] for g in gold], args.pages) if args.end_to_end else None
    for split in splits:
        part = _split(gold, split)
        scores = evaluate(part, args.pages, verbose=args.verbose, rows=rows)
        print(
            f"{split}{' (end to end)' if rows is not None else ''}: {scores['files']} files, "
            f"{scores['gold_named']} named partners; "
            f"P={scores['precision']:.3f} R={scores['recall']:.3f} F1={scores['f1']:.3f}; "
            f"sector accuracy {scores['sector_accuracy']:.3f} (n={scores['sector_n']})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
