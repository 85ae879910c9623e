"""Shared fixtures: the bundled examples, and the real corpus when ../shared is present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "pages"
SEED_DIR = SHARED / "seed"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The project's own example pages (always present)."""
    return EXAMPLES


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The real SDG Commons pages; skips when ../shared is not beside the clone."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus/pages not found (a user's clone without the shared data)")
    return CORPUS


@pytest.fixture(scope="session")
def seed_file() -> Path:
    """The 2023 Morocco closing report this project started from."""
    files = sorted(SEED_DIR.glob("*")) if SEED_DIR.is_dir() else []
    files = [f for f in files if f.is_file()]
    if not files:
        pytest.skip("../shared/seed not found (a user's clone without the shared data)")
    return files[0]
