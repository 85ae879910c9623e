"""One partner per page: fold a page's mentions of the same organisation into one.

An acronym and its spelled-out name, a name and its longer spelling, 'X' and 'X team', a
place's head and 'head of place', two names the page also names apart ('A and B'): the merge
rules are `_merge` (keys) and `_near` (near duplicates), explained where they are written.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from graphkit.partners.resolve import (
    known_organisation,
    normalise_name,
    split_acronym,
)
from graphkit.partners.sectors import (
    fold,
    strong_name_sector,
)
from graphkit.partners.verdict import _UNIT_WORDS
from graphkit.partners.vocabulary import (
    CONNECTORS,
    GENERIC,
    HEADS,
    LEGAL_FORMS,
    PORTFOLIO,
    SINGULAR_HEADS,
)
from graphkit.partners.words import is_acronym, name_initials, split_words

if TYPE_CHECKING:
    from graphkit.partners.extract import PartnerMention


def merge_mentions(mentions: list[PartnerMention]) -> list[PartnerMention]:
    """One mention per partner and page (see `_merge` and `_near`)."""
    return _merge(_split_known_pairs(mentions))


def _split_known_pairs(mentions: list[PartnerMention]) -> list[PartnerMention]:
    """'Cab Demeso and Translait' when the page names 'Translait' and 'CAB Demeso' apart:
    two partners, each keeping what this mention says (its new-and-unusual answer)."""
    names = {normalise_name(m.name) for m in mentions}
    out: list[PartnerMention] = []
    for mention in mentions:
        parts = re.split(r"\s+(?:and|&)\s+", mention.name)
        if len(parts) >= 2 and all(normalise_name(p) in names for p in parts):
            out.extend(replace(mention, name=p) for p in parts)
        else:
            out.append(mention)
    return out


def _merge(mentions: list[PartnerMention]) -> list[PartnerMention]:
    """One mention per partner and page: the first, with the others' facts folded in.

    An acronym alone ('CSIR') is the same partner as a name of the same page written with
    that acronym ('... Research (CSIR)') or whose capitals spell it.
    """
    merged: dict[str, PartnerMention] = {}
    acronyms: dict[str, str] = {}
    for mention in mentions:
        base, acronym = split_acronym(mention.name)
        key = normalise_name(base)
        if acronym:
            acronyms.setdefault(acronym.upper(), key)
        if len(split_words(base)) >= 2:
            for every_word in (False, True):
                acronyms.setdefault(name_initials(base, every_word=every_word).upper(), key)
        first, _, rest = mention.name.partition(" ")
        if rest in _TEAM_WORDS and is_acronym(first):
            acronyms.setdefault(first, key)  # 'SPP' and 'SPP team' are one unit
    for mention in mentions:
        org = known_organisation(mention.name, fuzzy=False)
        first, _, rest = mention.name.partition(" ")
        unit = rest in _TEAM_WORDS  # 'SPP team', 'EG team'
        if org is not None:
            key = f"org:{org.key}"
        elif unit and first.upper() in acronyms:
            key = acronyms[first.upper()]  # 'EG team' after 'Effective Governance team'
        elif not rest and mention.name.upper() in acronyms:
            key = acronyms[mention.name.upper()]
        else:
            key = normalise_name(split_acronym(mention.name)[0])
        kept = merged.get(key)
        if kept is None:
            merged[key] = mention
            continue
        # 'SPP' then 'SPP team': the unit's own label
        name = mention.name if unit and first == kept.name else kept.name
        merged[key] = _fold(kept, mention, name=name, named=kept.named or mention.named)
    return _merge_near(list(merged.values()))


_TEAM_WORDS = frozenset(("team", "unit"))

# The kind of body written before a name that is the same body without it ('Asociación
# CONEXION' / 'CONEXION'), as `normalise_name` spells it.
_KIND_WORDS = frozenset(
    """association asociacion associacao fondation fundacion fundacao foundation ngo ong cso
    cooperative cooperativa company empresa entreprise societe corporacion""".split()
)


def _fold(kept: PartnerMention, other: PartnerMention, *, name: str, named: bool) -> PartnerMention:
    """The first mention of a partner with a later one's facts folded in: the new-and-unusual
    answer (True over False over unknown), the sector (see `_merged_sector`), a description."""
    new_unusual = kept.new_unusual
    if other.new_unusual is True or (new_unusual is None and other.new_unusual is False):
        new_unusual = other.new_unusual
    return replace(
        kept,
        name=name,
        sector=_merged_sector(kept, other),
        named=named,
        new_unusual=new_unusual,
        description=kept.description or other.description,
    )


def _merged_sector(kept: PartnerMention, mention: PartnerMention) -> str:
    """The sector of two mentions of one partner: the first known one, unless the other
    agrees with an unambiguous name cue (a municipality named first in the private-sector
    answer and again in the government one is government)."""
    strong = strong_name_sector(kept.name)
    if strong != "unknown" and mention.sector == strong:
        return strong
    return kept.sector if kept.sector != "unknown" else mention.sector


# Legal forms do not tell two names apart ('KOMPRA JSC' is 'KOMPRA'); 'S.A.' and 'S.A.S.'
# normalise to single letters.
_LEGAL = LEGAL_FORMS | {"s", "a"}


def _core(name: str) -> tuple[str, ...]:
    """A name's comparison tokens without its acronym, articles and legal form."""
    tokens = normalise_name(name).split()
    while len(tokens) > 1 and tokens[-1] in _LEGAL:
        tokens.pop()
    while len(tokens) > 1 and tokens[0] in _LEGAL and tokens[0] in ("jsc", "ojsc", "llc"):
        tokens.pop(0)
    while len(tokens) > 2 and tokens[0] in ("entreprise", "empresa", "societe", "ste", "ets"):
        tokens.pop(0)  # 'Entreprise Sahara Sahel Food de Zinder' / 'Sahara Sahel Food'
    if len(tokens) in (2, 3) and tokens[-1] in SINGULAR_HEADS and tokens[0] not in HEADS:
        # "Ratoma's municipality", 'Ratoma municipality' -> 'municipality of ratoma'
        place = [t for t in tokens[:-1] if t != "s"]
        if len(place) == 1:
            tokens = [tokens[-1], "of", place[0]]
    return tuple(tokens)


def _distinctive(tokens: tuple[str, ...]) -> bool:
    """A name that tells one organisation by itself: a proper word that is not a head noun,
    a connector or a portfolio / generic word ('KOMPRA', 'Sekitar Kita'; not 'Ministry of
    Health', whose longer namesakes are other ministries)."""
    plain = [t for t in tokens if t not in CONNECTORS]
    if not plain or any(t in HEADS for t in plain):
        return False
    return any(t not in GENERIC and t not in PORTFOLIO for t in plain)


def _near(short: PartnerMention, long: PartnerMention) -> bool:
    """Two mentions of one page that name the same organisation (the merge rules):
    equal without legal form ('KOMPRA JSC' / 'KOMPRA'); the shorter a distinctive name
    (no head noun, see `_distinctive`) that begins the longer, the rest having no head or
    unit word, or ends it after connectors only; a name of three words or more that begins
    the longer, one or two plain words short of it; a near-identical spelling (ratio >= 92);
    or two acronyms of the same letters ('CSM' / 'CMS' typo)."""
    a, b = _core(short.name), _core(long.name)
    if not a or not b:
        return False
    if a == b:
        return True
    sa, sb = " ".join(a), " ".join(b)
    if len(a) < len(b) and _distinctive(a):
        if b[: len(a)] == a and not any(t in HEADS or t in _UNIT_WORDS for t in b[len(a) :]):
            return True  # 'Tesaireka' / 'Tesaireka Paraguay'; not 'BRH' / 'BRH Innovation Unit'
        if b[-len(a) :] == a and all(t in CONNECTORS for t in b[: -len(a)]):
            return True  # 'Sekitar Kita' / 'Di Sekitar Kita'; not 'Doinc' / 'Origins by Doinc'
        if len(b) == len(a) + 1 and b[1:] == a and b[0] in _KIND_WORDS:
            return True  # 'CONEXION' / 'Asociación CONEXION'
    if len(a) >= 3 and len(b) - len(a) <= 2 and b[: len(a)] == a:
        rest = b[len(a) :]
        if not any(t in HEADS or t in _UNIT_WORDS or t in CONNECTORS for t in rest):
            return True  # 'Ministère de la Recherche' / '... de la Recherche Scientifique'

    one, two = short.name.strip(), long.name.strip()
    if (
        is_acronym(one)
        and is_acronym(two)
        and 3 <= len(one) <= 6
        and len(one) == len(two)
        and sorted(one.upper()) == sorted(two.upper())
    ):
        return True
    return min(len(sa), len(sb)) >= 8 and fuzz.ratio(sa, sb) >= 92


def _better_label(a: PartnerMention, b: PartnerMention) -> PartnerMention:
    """The fuller proper name: more capitalised words, then longer; never a lower-case
    description."""

    def score(m: PartnerMention) -> tuple[int, int]:
        words = split_words(m.name)
        lower = sum(1 for w in words if w[:1].islower() and fold(w) not in CONNECTORS)
        caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
        return (caps - 2 * lower, len(m.name))

    return a if score(a) >= score(b) else b


def _merge_near(mentions: list[PartnerMention]) -> list[PartnerMention]:
    """Fold near-duplicate named mentions of one page into one (see `_near`)."""
    out: list[PartnerMention] = []
    for mention in mentions:
        target = None
        if mention.named:
            for i, kept in enumerate(out):
                if not kept.named:
                    continue
                short, long = sorted((kept, mention), key=lambda m: len(_core(m.name)))
                if _near(short, long):
                    target = i
                    break
        if target is None:
            out.append(mention)
            continue
        kept = out[target]
        out[target] = _fold(kept, mention, name=_better_label(kept, mention).name, named=True)
    return out
