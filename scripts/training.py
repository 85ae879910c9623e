"""What the model-fitting scripts share: their command line and writing a model file whole."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from partners_eval import DEFAULT_PAGES, FRESH  # noqa: E402


def arguments(doc: str, model: Path) -> tuple[argparse.Namespace, set[str]] | None:
    """--cv, --write and --hold (default: partners_eval's FRESH sets, kept unseen); None, with
    a one-line reason, when the corpus is not there."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate over gold sets")
    parser.add_argument("--write", action="store_true", help=f"fit and write {model.name}")
    parser.add_argument(
        "--hold",
        default=",".join(sorted(FRESH)),
        help="gold sets left out (default: partners_eval's FRESH sets, kept unseen)",
    )
    args = parser.parse_args()
    if not DEFAULT_PAGES.is_dir():
        print(f"skipped: corpus not found at {DEFAULT_PAGES}", file=sys.stderr)
        return None
    return args, {s for s in args.hold.split(",") if s}


def write_model(path: Path, train: Callable[[str], None]) -> None:
    """Run `train(file)` on a temporary file beside `path`, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        train(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def written(model: Path, count: int, unit: str, hold: set[str]) -> str:
    """The line a script prints after writing a model."""
    held = ", ".join(sorted(hold)) or "none"
    return f"wrote {model.name} ({count} {unit}; held out: {held})"
