"""Entity resolution: which mentions are the same partner. Every merge rule lives here.

Merge rules (a partner key is a pure function of one mention and its report's country,
so a page's IRIs never depend on the rest of the corpus):

1. Normalisation (`normalise_name`): case and accents folded, '&' read as 'and',
   punctuation dropped, leading articles (the, la, le, el, les, los, las, l') dropped,
   a trailing '(ACRONYM)' removed (it is kept as an alias), whitespace collapsed.
   Two spellings with the same normal form are the same partner within one scope.
2. Curated international organisations (graphkit/data/organisations.csv: UN agencies,
   development banks, donors, global companies and foundations) are `global`: a mention
   is one of them when its normal form, its acronym or its name without a trailing unit
   word ('UNICEF team', 'UNICEF country office') equals a curated label or alias, or when
   it is one all-caps word of 4+ letters one edit (a swap of neighbours is one edit:
   'UNSECO') from exactly one curated acronym of 4+ letters (a dropped letter preferred:
   'UNCEF' -> UNICEF, not UNCDF), or when the name without a country's name at its end
   is one ('UN Women Kenya', 'GEF Small Grants Programme Nigeria': an organisation's office
   in a country is the organisation; 'UNDP Paraguay' is UNDP), or when
   rapidfuzz `token_sort_ratio` of the normal forms is >= 92 and both are at least 8
   characters long. 92 lets a one-letter slip or a plural through in names of 12+
   characters ('Food and Agricultural Organization' / '... Agriculture ...') but keeps
   'UN Women' and 'UN Habitat' apart (short names are acronyms: exact matches only).
3. Everything else is scoped to the report's country (ISO3): two countries' 'Ministry
   of Health' or 'City Council' are two partners. A report without a country uses the
   scope 'XXX' (no country), never 'global'.
4. Generic, unnamed groups ('local communities', 'women CSOs') get a key from their
   normal form under the scope 'global': they are kinds of partner, not organisations.
5. The label of a merged partner (`canonical_label`) is the most frequent normal form's
   best-cased spelling; for a curated organisation only spellings that are its label or
   an alias count, and its curated label wins ties (so 'UNICEF team' never labels UNICEF,
   and a report that writes 'World Wide Fund for Nature' is not labelled 'WWF'). The
   other spellings and the acronyms become altLabels.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from graphkit.countries import resolve_country
from graphkit.partners.sectors import fold

if TYPE_CHECKING:
    from graphkit.partners.extract import PartnerMention

ORGANISATIONS_CSV: Path = Path(__file__).resolve().parent.parent / "data" / "organisations.csv"
FUZZY_THRESHOLD = 92.0
FUZZY_MIN_LENGTH = 8
NO_COUNTRY = "XXX"
UNDP_KEY = "undp"  # the curated key of UNDP itself (the labs' own organisation)
_MAX_KEY = 80


@dataclass(frozen=True, slots=True)
class Organisation:
    """One curated international organisation."""

    key: str
    label: str
    sector: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PartnerKey:
    """Where a partner lives: scope 'global' or an ISO3, a slug key, and a label."""

    scope: str
    key: str
    label: str


_ARTICLES = re.compile(r"^(the|la|le|el|les|los|las|l|a|an)\s+")
_ACRONYM_SUFFIX = re.compile(r"\s*[\(\[]\s*([^()\[\]]{2,15}?)\s*[\)\]]\s*$")
_UNIT_WORDS = re.compile(
    r"\s+(team|teams|office|offices|country office|co|colleagues|staff|unit|hq|headquarters|"
    r"regional office|regional hub|rbx|bureau)$"
)


def split_acronym(name: str) -> tuple[str, str | None]:
    """'Mbeya University of Science and Technology (MUST)' -> (name, 'MUST')."""
    match = _ACRONYM_SUFFIX.search(name)
    if match:
        inner = match.group(1).strip()
        if (
            re.fullmatch(r"[A-Z][A-Za-z0-9&\-\.]{1,14}", inner)
            and sum(c.isupper() for c in inner) >= 2
        ):
            return name[: match.start()].strip(), inner
    return name.strip(), None


def normalise_name(name: str) -> str:
    """The comparison form of a partner name (rule 1 above)."""
    return _normalise(name)


@lru_cache(maxsize=65536)
def _normalise(name: str) -> str:
    base, _ = split_acronym(name)
    text = fold(base).replace("&", " and ")
    text = re.sub(r"[^\w\s]+", " ", text)
    text = " ".join(text.split())
    previous = None
    while previous != text:
        previous = text
        text = _ARTICLES.sub("", text)
    return text


def slugify(text: str) -> str:
    """A stable [a-z0-9-] slug, cut with a hash suffix when very long."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "unnamed"
    if len(slug) > _MAX_KEY:
        digest = hashlib.sha1(slug.encode()).hexdigest()[:8]
        slug = slug[: _MAX_KEY - 9].rstrip("-") + "-" + digest
    return slug


@lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    """The curated international organisations (loaded once)."""
    with ORGANISATIONS_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        Organisation(
            key=row["key"],
            label=row["label"],
            sector=row["sector"],
            aliases=tuple(a.strip() for a in (row["aliases"] or "").split("|") if a.strip()),
        )
        for row in rows
    )


@lru_cache(maxsize=1)
def _alias_index() -> tuple[dict[str, Organisation], list[str], list[Organisation]]:
    exact: dict[str, Organisation] = {}
    long_names: list[str] = []
    long_orgs: list[Organisation] = []
    for org in organisations():
        for spelling in (org.label, *org.aliases):
            norm = normalise_name(spelling)
            exact.setdefault(norm, org)
            if len(norm) >= FUZZY_MIN_LENGTH:
                long_names.append(norm)
                long_orgs.append(org)
    return exact, long_names, long_orgs


def acronym_aliases() -> frozenset[str]:
    """The curated all-caps acronyms (e.g. 'UNICEF', 'GIZ'), as written."""
    return _acronyms()


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    found = set()
    for org in organisations():
        for spelling in (org.label, *org.aliases):
            if re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z\-]*", spelling) and len(spelling) >= 3:
                found.add(spelling)
    return frozenset(found)


def known_organisation(name: str, *, fuzzy: bool = True) -> Organisation | None:
    """The curated organisation a name denotes (rule 2), or None."""
    return _known(name, fuzzy)


@lru_cache(maxsize=65536)
def _known(name: str, fuzzy: bool) -> Organisation | None:
    exact, long_names, long_orgs = _alias_index()
    base, acronym = split_acronym(name)
    norm = normalise_name(base)
    candidates = [norm, _UNIT_WORDS.sub("", norm)]
    if acronym:
        candidates.append(normalise_name(acronym))
    for candidate in candidates:
        if candidate in exact:
            return exact[candidate]
    typo = _acronym_typo(name.strip())
    if typo is not None:
        return typo
    words = base.split()
    for n in (1, 2, 3):  # 'GEF Small Grants Programme Nigeria', 'UN Women Kenya'
        if len(words) > n and resolve_country(" ".join(words[-n:])) is not None:
            return _known(" ".join(words[:-n]), False)
    if fuzzy and len(norm) >= FUZZY_MIN_LENGTH:
        best = process.extractOne(
            norm, long_names, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_THRESHOLD
        )
        if best is not None:
            return long_orgs[best[2]]
    return None


def leading_organisation(name: str) -> Organisation | None:
    """The curated organisation a longer name opens with, by its acronym as written ('PwC
    Experience Center', 'GIZ Kenya'; not the word 'Amazon' in 'Amazon Conservation'); None
    when the name is only that organisation."""
    words = name.split()
    if len(words) < 2:
        return None
    head = words[0]
    org = _alias_index()[0].get(normalise_name(head))
    if org is None or sum(ch.isupper() for ch in head) < 2:
        return None
    return org if head == org.label or head in org.aliases else None


def _acronym_typo(token: str) -> Organisation | None:
    """A misspelt curated acronym ('UNCEF' -> UNICEF, 'UNSECO' -> UNESCO): one all-caps word of
    four letters or more, one edit (a swap of two neighbours counts as one) from exactly one
    curated acronym of four letters or more (rule 2b)."""
    if len(token) < 4 or not token.isupper() or not token.isalpha():
        return None
    exact = _alias_index()[0]
    near = [
        a
        for a in _acronyms()
        if len(a) >= 4 and a.isupper() and OSA.distance(token, a, score_cutoff=1) <= 1
    ]
    if len(near) > 1:  # 'UNCEF': a dropped letter (UNICEF) beats a changed one (UNCDF)
        near = [a for a in near if len(a) == len(token) + 1 and _subsequence(token, a)]
    hits = {exact[normalise_name(a)] for a in near}
    return hits.pop() if len(hits) == 1 else None


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def partner_key(mention: PartnerMention, country_iso3: str | None) -> PartnerKey:
    """The partner a mention denotes: global for curated organisations, else per country."""
    if mention.named:
        org = known_organisation(mention.name)
        if org is not None:
            return PartnerKey("global", org.key, org.label)
        scope = country_iso3.upper() if country_iso3 else NO_COUNTRY
        base, _ = split_acronym(mention.name)
        return PartnerKey(scope, slugify(normalise_name(base)), base)
    return PartnerKey("global", slugify(normalise_name(mention.name)), mention.name)


def _casing_rank(spelling: str) -> tuple[int, int]:
    letters = [c for c in spelling if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if not letters:
        return (3, 0)
    if upper == len(letters) and len(letters) > 6:
        return (2, 0)  # SHOUTED LONG NAME
    if upper == 0:
        return (1, 0)  # all lower case
    return (0, -upper)


def canonical_label(names: Sequence[str]) -> tuple[str, list[str]]:
    """(prefLabel, altLabels) of one partner from all the spellings of its mentions."""
    spellings = [" ".join(n.split()) for n in names if n and n.strip()]
    if not spellings:
        raise ValueError("canonical_label needs at least one name")
    acronyms: list[str] = []
    bases: list[str] = []
    for spelling in spellings:
        base, acronym = split_acronym(spelling)
        bases.append(base)
        if acronym and acronym not in acronyms:
            acronyms.append(acronym)
    norms = Counter(normalise_name(b) for b in bases)
    orgs = {known_organisation(b) for b in bases}
    if len(orgs) == 1 and None not in orgs:
        (org,) = orgs
        assert org is not None
        # The spelling the reports use most ('World Wide Fund for Nature', 'WhatsApp'), so
        # a label matches what its reports say; the curated label breaks ties.
        curated = {normalise_name(s) for s in (org.label, *org.aliases)}
        used = Counter(normalise_name(b) for b in bases if normalise_name(b) in curated)
        pref = org.label
        if used:
            most = max(used.values())
            if used.get(normalise_name(org.label), 0) < most:
                top = min(n for n, c in used.items() if c == most)
                same = Counter(b for b in bases if normalise_name(b) == top)
                pref = min(same, key=lambda s: (_casing_rank(s), -same[s], s))
    else:
        top = max(norms.items(), key=lambda item: (item[1], len(item[0]), item[0]))[0]
        same = Counter(b for b in bases if normalise_name(b) == top)
        pref = min(same, key=lambda s: (_casing_rank(s), -same[s], s))
    alts: list[str] = []
    for spelling in [*bases, *acronyms]:
        if spelling != pref and spelling not in alts:
            alts.append(spelling)
    return pref, sorted(alts)
