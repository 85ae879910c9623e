"""Fit the partner sector classifier on the hand-labelled gold sets; cross-validate; ship it.

    python scripts/train_partner_sectors.py --cv       # folds of gold sets: rules' guess vs model
    python scripts/train_partner_sectors.py --write    # fit on the gold sets, ship the model
        [--hold holdout40,...]         # sets kept out of the fit (default: the FRESH sets)

Samples: every gold named partner with a known sector that extraction finds (the shipped
tagger, the rules' sectors), with the features `sector_model.sector_features` gives it and
whether the rules fell back to their fixed guess. The model is fitted on all samples (the
rules' sector is a feature, split by fallback) and used only where the rules fell back; the
cross-validation reports accuracy on those. Written to a temporary file, then renamed.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from partners_eval import DEFAULT_PAGES, gold_sets, match  # noqa: E402
from training import arguments, write_model, written  # noqa: E402

from graphkit.partners.extract import Models, extract_partners  # noqa: E402
from graphkit.partners.sector_model import MODEL, SectorModel  # noqa: E402
from graphkit.partners.tagger import shipped_tagger  # noqa: E402
from graphkit.reader import read_page  # noqa: E402

C1, C2, ITERATIONS = 0.0, 1.0, 200
FOLDS = 6
Sample = tuple[dict[str, float], str, str, bool]  # features, gold sector, rules' sector, fell back


class _Recorder:
    """A stand-in sector model: keeps each partner's features and returns the rules' sector."""

    def __init__(self) -> None:
        self.seen: dict[str, tuple[dict[str, float], str, bool]] = {}

    def decide(self, name: str, features: dict[str, float], guess: str, fell_back: bool) -> str:
        self.seen.setdefault(name, (features, guess, fell_back))
        return guess


def samples(entry: dict) -> list[Sample]:
    """The labelled partners of one report that extraction finds, as training samples."""
    recorder = _Recorder()
    page = read_page(DEFAULT_PAGES / entry["file"])
    found = [m for m in extract_partners(page, Models(shipped_tagger(), recorder)) if m.named]
    out: list[Sample] = []
    used: set[int] = set()
    for partner in entry["partners"]:
        if not partner["named"] or partner["sector"] == "unknown":
            continue
        names = [partner["name"], *partner["mentions"]]
        hit = next(
            (
                i
                for i, m in enumerate(found)
                if i not in used
                and m.name in recorder.seen
                and any(match(m.name, n) for n in names)
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
            features, guess, fell_back = recorder.seen[found[hit].name]
            out.append((features, partner["sector"], guess, fell_back))
    return out


def fit(rows: list[Sample], path: Path) -> None:
    """Fit the classifier on these samples and write it to `path` (temp file, then rename)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, gold, _, _ in rows:
        trainer.append([features], [gold])
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": ITERATIONS})
    write_model(path, trainer.train)


def cross_validate(sets: dict[str, list[Sample]]) -> None:
    """Fit on all folds of sets but one; on that fold, the rules' guess vs the model where
    the rules fell back (and overall); print a table."""
    names = list(sets)
    folds = [names[i::FOLDS] for i in range(FOLDS)]
    totals: Counter[str] = Counter()
    print("| fold | partners | fell back | rules' guess | model | all: rules | all: with model |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for k, fold in enumerate(folds):
            model_path = Path(tmp) / f"fold{k}.crfsuite"
            fit([r for s in names if s not in fold for r in sets[s]], model_path)
            model = SectorModel(model_path)
            test = [r for s in fold for r in sets[s]]
            n = Counter()
            for features, gold, guess, fell_back in test:
                decided = model.decide("", features, guess, fell_back)
                n["all"] += 1
                n["rules_all"] += guess == gold
                n["model_all"] += decided == gold
                if fell_back:
                    n["fb"] += 1
                    n["rules_fb"] += guess == gold
                    n["model_fb"] += decided == gold
            totals.update(n)
            print(_row(str(k), n))
    print(_row("**all**", totals))


def _row(label: str, n: Counter[str]) -> str:
    def share(key: str, of: str) -> str:
        return f"{n[key] / n[of]:.3f}" if n[of] else "-"

    return (
        f"| {label} | {n['all']} | {n['fb']} | {share('rules_fb', 'fb')} | "
        f"{share('model_fb', 'fb')} | {share('rules_all', 'all')} | {share('model_all', 'all')} |"
    )


def main() -> int:
    """Command-line entry point."""
    parsed = arguments(__doc__, MODEL)
    if parsed is None:
        return 1
    args, hold = parsed
    sets = {
        name: [r for e in entries for r in samples(e)]
        for name, entries in gold_sets().items()
        if name not in hold
    }
    if args.cv:
        cross_validate(sets)
    if args.write:
        rows = [r for group in sets.values() for r in group]
        fit(rows, MODEL)
        print(written(MODEL, len(rows), "partners", hold))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
