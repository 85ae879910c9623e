"""Word-level tests the partner name rules share: a name's words, acronyms, capitals, heads.

Used by `names.py`, `splitting.py` and `prose.py` (reading names in text), `lists.py` (lists
that share one head) and `merge.py` (merging mentions within a page).
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphkit.partners.resolve import known_organisation
from graphkit.partners.sectors import fold
from graphkit.partners.vocabulary import (
    ACRONYM_STOP,
    CONNECTORS,
    FINAL_HEADS,
    HEADS,
    SINGULAR_HEADS,
)

_WORD = re.compile(r"[\w][\w'’\-\.&]*[\w]|[\w]|&")


def split_words(text: str) -> list[str]:
    """The words of a text (hyphens, apostrophes, dots and '&' inside a word kept)."""
    return _WORD.findall(text)


@lru_cache(maxsize=65536)
def is_acronym(token: str) -> bool:
    """'UNICEF', 'MoHESR', 'GIZ'; not a stop word written in capitals ('THE', 'NGO')."""
    letters = [c for c in token if c.isalpha()]
    return (
        len(letters) >= 2
        and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)
        and token.upper().rstrip(".") not in ACRONYM_STOP
        and not (token.endswith("s") and token[:-1].upper() in ACRONYM_STOP)
    )


def is_capitalised(token: str) -> bool:
    """'Health', '2GIS', and camel case written lower-case first ('eCommerce', 'iHub')."""
    return (
        token[:1].isupper()
        or (token[:1].isdigit() and any(c.isupper() for c in token))
        or (len(token) >= 3 and token[0].islower() and token[1].isupper() and token[2].islower())
        or re.fullmatch(r"\d[a-z]{3,}", token) is not None  # '2scale'
    )


def head_count(words: list[str]) -> int:
    """How many of the words are head nouns of organisations ('Ministry', 'Foundation')."""
    return sum(1 for w in words if fold(w).strip(".") in HEADS)


def name_initials(name: str, *, every_word: bool = False) -> str:
    """The initials of a name's capitalised words, connectors left out ('UNDP' of 'United
    Nations Development Programme'); with `every_word`, of its lower-case words too ('EIPA'
    of 'Eswatini investment Promotion Authority')."""
    return "".join(
        w[0]
        for w in split_words(name)
        if (every_word or w[:1].isupper()) and fold(w) not in CONNECTORS
    )


def org_like(part: str) -> bool:
    """A list item that stands alone as an organisation (not a continuation of a name)."""
    words = split_words(part)
    if not words:
        return False
    if known_organisation(part, fuzzy=False) is not None:
        return True
    if any(is_acronym(w) for w in words):
        return True
    return head_count(words) > 0


def strong_org(part: str) -> bool:
    """A name with a head noun that usually heads or ends an institution's name."""
    return any(fold(w) in SINGULAR_HEADS or fold(w) in FINAL_HEADS for w in split_words(part))
