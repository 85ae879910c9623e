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


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Multi-word names match case-insensitively, one-word names only as written."""
    multi = sorted((n for n in known_names() if " " in n), key=len, reverse=True)
    single = sorted((n for n in known_names() if " " not in n), key=len, reverse=True)

    def alternation(names: list[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, n.split())) for n in names) or "(?!)"

    edge_l, edge_r = r"(?<![\w'’-])", r"(?![\w'’-])"
    return (
        re.compile(f"{edge_l}(?:{alternation(multi)}){edge_r}", re.IGNORECASE),
        re.compile(f"{edge_l}(?:{alternation(single)}){edge_r}"),
    )


def find_known(text: str) -> list[tuple[int, int, str]]:
    """Known names inside a text as (start, end, text), longest first, not overlapping."""
    hits: list[tuple[int, int, str]] = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            if all(match.end() <= s or match.start() >= e for s, e, _ in hits):
                hits.append((match.start(), match.end(), match.group(0)))
    return sorted(hits)


def is_known(name: str) -> bool:
    """Whether a whole name is a mined organisation name (case-insensitive)."""
    return name.strip().casefold() in _folded()


@lru_cache(maxsize=1)
def _folded() -> frozenset[str]:
    return frozenset(n.casefold() for n in known_names())
