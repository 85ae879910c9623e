"""Where the data shipped with graphkit lives: the ontology and the query library."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    # Installed wheel: data sits inside the package; editable/checkout: at the repo root.
    inside = _PACKAGE / "_data" / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


ONTOLOGY_DIR: Path = _shipped("ontology")
QUERIES_DIR: Path = _shipped("queries")
EXAMPLES_DIR: Path = _PACKAGE.parent / "examples"
