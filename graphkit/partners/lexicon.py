"""Organisation names and sentence words mined offline from the corpus (shipped data).

`graphkit/data/partner_names.csv` lists names cut from the corpus's structured partner
name fields (scripts/mine_partner_vocabulary.py); `partner_sentence_words.txt` lists
capitalised words that start sentences but not names. Both are loaded once, lazily.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
NAMES_CSV = DATA / "partner_names.csv"
SENTENCE_WORDS_TXT = DATA / "partner_sentence_words.txt"


@lru_cache(maxsize=1)
def known_names() -> tuple[str, ...]:
    """The mined organisation names (and their acronyms of three letters or more)."""
    names: list[str] = []
    with NAMES_CSV.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names.append(row["name"])
            if len(row["acronym"]) >= 3:
                names.append(row["acronym"])
    return tuple(dict.fromkeys(names))


@lru_cache(maxsize=1)
def sentence_words() -> frozenset[str]:
    """Case-folded capitalised words that start sentences but (almost) never a name."""
    lines = SENTENCE_WORDS_TXT.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


_TOKEN = re.compile(r"[\w'’\-]+|&")


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Names by their first case-folded token, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name in known_names():
        tokens = tuple(t.casefold() for t in _TOKEN.findall(name))
        if tokens:
            index.setdefault(tokens[0], []).append((tokens, name))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in index.items()}


def find_known(text: str) -> list[tuple[int, int, str]]:
    """Known names inside a text as (start, end, text), longest first, not overlapping.

    Names of several words match whatever their case; one-word names only as written."""
    index = _index()
    tokens = list(_TOKEN.finditer(text))
    folded = [t.group(0).casefold() for t in tokens]
    hits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        for name_tokens, name in index.get(folded[i], ()):
            n = len(name_tokens)
            if tuple(folded[i : i + n]) != name_tokens:
                continue
            if n == 1 and tokens[i].group(0) != name:
                continue
            start, end = tokens[i].start(), tokens[i + n - 1].end()
            hits.append((start, end, text[start:end]))
            i += n - 1
            break
        i += 1
    return hits


def is_known(name: str) -> bool:
    """Whether a whole name is a mined organisation name (case-insensitive)."""
    return name.strip().casefold() in _folded()


@lru_cache(maxsize=1)
def _folded() -> frozenset[str]:
    return frozenset(n.casefold() for n in known_names())
