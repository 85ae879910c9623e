"""Strip outputs, execution counts and run-time metadata from notebooks before committing.

    python scripts/strip_notebooks.py                 # every notebooks/*.ipynb, in place
    python scripts/strip_notebooks.py --check         # exit 1 when a notebook is not stripped
    python scripts/strip_notebooks.py path/a.ipynb    # only these files

Cell tags (such as the papermill ``parameters`` tag) and the kernelspec are kept; what a run
adds (outputs, execution counts, timing metadata, the interpreter's language_info) is dropped,
so a notebook's bytes only change when its source does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
KEEP_CELL_METADATA = ("tags",)
KEEP_NOTEBOOK_METADATA = ("kernelspec",)


def strip(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook without outputs, execution counts and run-time metadata (in place)."""
    for cell in nb.cells:
        cell.metadata = nbformat.from_dict(
            {k: v for k, v in cell.metadata.items() if k in KEEP_CELL_METADATA}
        )
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    metadata = {k: v for k, v in nb.metadata.items() if k in KEEP_NOTEBOOK_METADATA}
    metadata["language_info"] = {"name": "python"}
    nb.metadata = nbformat.from_dict(metadata)
    return nb


def stripped_text(path: Path) -> str:
    """The text the stripped notebook at path should have."""
    nb = nbformat.read(path, as_version=4)
    return nbformat.writes(strip(nb)) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Strip the given notebooks (default notebooks/*.ipynb); --check only reports."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="notebooks (default notebooks/*.ipynb)")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if unstripped")
    args = parser.parse_args(argv)
    paths = args.paths or sorted(NOTEBOOKS.glob("*.ipynb"))
    dirty = []
    for path in paths:
        text = stripped_text(path)
        if path.read_text(encoding="utf-8") == text:
            continue
        dirty.append(path)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    for path in dirty:
        print(f"{'not stripped' if args.check else 'stripped'}: {path}")
    return 1 if (args.check and dirty) else 0


if __name__ == "__main__":
    sys.exit(main())
