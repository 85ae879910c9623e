"""Partner mentions of one page: split the name fields and free-text answers into organisations.

Where partners are stated (filled by the reader): structured partner groups (a name field
that may list several organisations), closing reports' per-sector free-text answers, the
"new and unusual partners" answer, and experiments' list of partners. `names.py` reads each
field; this module keeps the rules' candidates, types their sectors and merges one page's
mentions of one partner (`merge.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from graphkit.countries import resolve_country
from graphkit.page import Page
from graphkit.partners.lexicon import is_known, sentence_words
from graphkit.partners.merge import merge_mentions
from graphkit.partners.names import (  # the name reading this module applies
    _ASIDE_STARTS,
    _EMPTY,
    _EVENT,
    _SELF,
    _VERB_CLAUSE,
    MAX_LABEL_WORDS,
    _Candidate,
    _head_count,
    _is_acronym,
    _is_capitalised,
    _is_list,
    _is_place,
    _is_role,
    _keep,
    _not_an_organisation,
    _prose,
    _undp_unit,
    _words,
    split_names,
)
from graphkit.partners.resolve import (
    known_organisation,
    normalise_name,
    split_acronym,
)
from graphkit.partners.sectors import (
    fallback_sector,
    fold,
    sector_from_tag,
    sector_of,
    strong_name_sector,
)
from graphkit.partners.vocabulary import (
    CONNECTORS,
    GENERIC,
    PEOPLE,
    PLURAL_HEADS,
    SENTENCE_WORDS,
    SINGULAR_HEADS,
)

_GROUP_QUESTION = "Please state the name of the partner:"


@dataclass(frozen=True, slots=True)
class PartnerMention:
    """One partner as one report names it."""

    name: str  # cleaned organisation name: the label
    text: str  # the raw mention text it was cut from
    source: str  # 'group' | 'answer' | 'experiment'
    question: str
    line: int
    sector: str  # government|private|civil_society|academia|un|international|other|unknown
    named: bool  # False for generic groups ('local communities', 'women CSOs')
    new_unusual: bool | None
    description: str = ""


@dataclass(frozen=True, slots=True)
class PartnerCandidate:
    """One candidate span of a page, where it came from, and the rules' own verdict."""

    candidate: _Candidate
    text: str  # the field or answer it was cut from
    source: str  # 'group' | 'answer' | 'experiment'
    field_hint: str  # the answer's sector hint ('government', 'new_unusual', 'any', ...)
    question: str
    line: int
    answer: str
    hint: str
    new_unusual: bool | None
    description: str
    allowed: tuple[str, ...]
    kept: bool  # whether the rules' filters (_keep) let it through
    index: int  # its position among the field's candidates
    count: int  # how many candidates the field gave


def partner_candidates(page: Page) -> list[PartnerCandidate]:
    """Every candidate span of a page (recall first), with the rules' verdict attached."""
    out: list[PartnerCandidate] = []
    tag_sectors = [sector_from_tag(v) for v in page.tag("partnering_sector")]
    experiment_hint = tag_sectors[0] if len(set(tag_sectors)) == 1 else ""
    allowed = tuple(dict.fromkeys(s for s in tag_sectors if s != "unknown"))
    for group in page.partner_groups:
        found = split_names(group.name)
        for i, candidate in enumerate(found):
            if not _plausible(candidate):
                continue
            out.append(
                PartnerCandidate(
                    candidate,
                    group.name,
                    "group",
                    "",
                    _GROUP_QUESTION,
                    group.line,
                    group.sector,
                    candidate.hint,
                    group.new_unusual,
                    group.description or candidate.gloss,
                    (),
                    _keep(candidate, ""),
                    i,
                    len(found),
                )
            )
    for answer in page.partner_answers:
        source = "experiment" if answer.sector_hint == "any" else "answer"
        hint = experiment_hint if answer.sector_hint == "any" else answer.sector_hint
        found = split_names(answer.text)
        for i, candidate in enumerate(found):
            if not _plausible(candidate):
                continue
            out.append(
                PartnerCandidate(
                    candidate,
                    answer.text,
                    source,
                    answer.sector_hint,
                    answer.question,
                    answer.line,
                    "",
                    candidate.hint or _tag_hint(candidate.name, hint, source),
                    True if answer.sector_hint == "new_unusual" else None,
                    candidate.gloss,
                    allowed if source == "experiment" else (),
                    _keep(candidate, hint),
                    i,
                    len(found),
                )
            )
    return out


def _plausible(candidate: _Candidate) -> bool:
    """Hard limits no scorer may override: a label, not empty, not a sentence, not the lab."""
    words = _words(candidate.name)
    if not words or len(words) > MAX_LABEL_WORDS or len(candidate.name) < 2:
        return False
    norm = normalise_name(candidate.name)
    return bool(norm) and not (_EMPTY.match(norm) or norm.isdigit() or _SELF.match(norm))


_SHIPPED = object()


def extract_partners(page: Page, scorer: object = _SHIPPED) -> list[PartnerMention]:
    """Every partner a page names, one mention per organisation (merged within the page).

    Candidates come from the rules; the shipped scorer (graphkit/data/partner_scorer.json)
    decides which are named partners. `scorer=None` gives the rules alone."""
    from graphkit.partners.scorer import shipped_scorer

    model = shipped_scorer() if scorer is _SHIPPED else scorer
    mentions: list[PartnerMention] = []
    for c in partner_candidates(page):
        candidate = c.candidate
        if model is None:
            if not c.kept:
                continue
        elif model.accepts(candidate_features(c)):
            if not candidate.named:
                candidate = _Candidate(candidate.name, True, candidate.hint, candidate.gloss)
        elif not (c.kept and not candidate.named):
            continue  # rejected; the rules' generic groups stay generic
        mentions.append(
            _mention(
                candidate,
                text=c.text,
                source=c.source,
                question=c.question,
                line=c.line,
                answer=c.answer,
                hint=c.hint,
                new_unusual=c.new_unusual,
                description=c.description,
                allowed=c.allowed,
            )
        )
    return [_foreign_government(m, page) for m in merge_mentions(mentions)]


_GOVERNMENT_OF = re.compile(r"(?i)^(?:the\s+)?(?:gou?ver?n?ment|gobierno)\s+(?:of|de|du)\s+(.+)$")


def _foreign_government(mention: PartnerMention, page: Page) -> PartnerMention:
    """'Government of France' in an Argentine report is a foreign donor: `international`."""
    match = _GOVERNMENT_OF.match(mention.name) or re.match(
        r"^(?:the\s+)?(.+?)\s+gover?n?ment$", mention.name, re.IGNORECASE
    )
    country = resolve_country(match.group(1)) if match else None
    if country is None or country.place is not None:
        return mention
    home = {m.country.alpha3 for tag in page.countries if (m := resolve_country(tag)) is not None}
    if not home or country.country.alpha3 in home:
        return mention
    return replace(mention, sector="international")


_CUES = frozenset(
    """with by partnered including include includes namely as and of at from to the a an
    for between like via among alongside company organization organisation organizacion
    organización partner partners ngo startup firm""".split()
)


def candidate_features(c: PartnerCandidate) -> dict[str, float]:
    """Sparse features of one candidate for the scorer (names are stable: they key weights)."""
    name = c.candidate.name
    words = _words(name)
    folded = [fold(w) for w in words]
    content = [w for w, f in zip(words, folded, strict=True) if f not in CONNECTORS]
    f: dict[str, float] = {
        "src_" + c.source: 1.0,
        "rule_keep": float(c.kept),
        "rule_named": float(c.candidate.named),
        "rule_both": float(c.kept and c.candidate.named),
    }
    if c.field_hint == "new_unusual":
        f["src_new"] = 1.0
    if known_organisation(name, fuzzy=False) is not None:
        f["known_org"] = 1.0
    if is_known(name):
        f["mined"] = 1.0
    heads = _head_count(words)
    if heads:
        f["head"] = 1.0
        if heads > 1:
            f["heads_many"] = 1.0
    if folded[0] in SINGULAR_HEADS:
        f["first_head"] = 1.0
    if any(x in PLURAL_HEADS for x in folded):
        f["plural_head"] = 1.0
    acronyms = sum(1 for w in words if _is_acronym(w))
    if acronyms:
        f["acronym_only" if len(words) == 1 else "has_acronym"] = 1.0
    caps = sum(1 for w in content if _is_capitalised(w)) / max(1, len(content))
    f["caps_ratio"] = caps
    if caps < 0.5:
        f["caps_low"] = 1.0
    n = len(words)
    f["n_" + ("1" if n == 1 else "2_3" if n <= 3 else "4_6" if n <= 6 else "7+")] = 1.0
    if any(ch.isdigit() for ch in name):
        f["digit"] = 1.0
    words_lex = sentence_words()
    if any(x in SENTENCE_WORDS or x in words_lex for x in folded[:1]):
        f["sentence_first"] = 1.0
    if any(x in _ASIDE_STARTS for x in folded):
        f["pronoun"] = 1.0
    if _VERB_CLAUSE.search(" " + name + " "):
        f["verb"] = 1.0
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        f["lower_first"] = 1.0
    if any(x in GENERIC for x in folded):
        f["generic_word"] = 1.0
    if folded[0] in PEOPLE:
        f["people_first"] = 1.0
    if _undp_unit(words):
        f["undp_unit"] = 1.0
    elif folded[0] in ("undp", "pnud"):
        f["undp_start"] = 1.0
    if _is_place(name, words):
        f["place"] = 1.0
    if _not_an_organisation(words):
        f["not_org"] = 1.0
    if _is_role(words):
        f["role"] = 1.0
    if n >= 2 and _EVENT.search(folded[-1]):
        f["event"] = 1.0
    if c.candidate.gloss:
        f["gloss"] = 1.0
    if c.candidate.hint:
        f["inline_heading"] = 1.0
    if c.count >= 3:
        f["in_list"] = 1.0
    if c.count == 1:
        f["alone"] = 1.0
    f.update(dict(_context(c.text, name)))
    if _field_prose(c.text):
        for key in list(f):
            f["p:" + key] = f[key]
        f["prose"] = 1.0
    return f


@lru_cache(maxsize=65536)
def _field_prose(text: str) -> bool:
    return _prose(text) and not _is_list(text)


@lru_cache(maxsize=65536)
def _context(text: str, name: str) -> tuple[tuple[str, float], ...]:
    """Where the span sits in its field: the word or mark before it, what follows."""
    pos = text.find(name)
    if pos < 0:
        pos = text.casefold().find(name.casefold())
    if pos < 0:
        return (("ctx_unfound", 1.0),)
    before = text[:pos].rstrip()
    after = text[pos + len(name) :].lstrip()
    out: list[tuple[str, float]] = []
    if not before:
        out.append(("ctx_start", 1.0))
    elif before[-1] in ".!?":
        out.append(("ctx_sentence_start", 1.0))
    elif before[-1] in ",;":
        out.append(("ctx_after_comma", 1.0))
    elif before[-1] == ":":
        out.append(("ctx_after_colon", 1.0))
    elif before[-1] in "(-–\n":
        out.append(("ctx_after_mark", 1.0))
    else:
        last = fold(before.split()[-1]) if before.split() else ""
        out.append(("cue_" + last if last in _CUES else "ctx_after_word", 1.0))
    if after[:1] == "(":
        out.append(("next_paren", 1.0))
    elif after[:1] in (",", ";", ""):
        out.append(("next_sep", 1.0))
    elif after[:1] in ".!?":
        out.append(("next_stop", 1.0))
    elif after[:1].islower():
        out.append(("next_lower", 1.0))
    return tuple(out)


def _tag_hint(name: str, hint: str, source: str) -> str:
    """An experiment's partnering-sector tag types only names with no cue of their own
    ('Institute of Technology' stays academia under a 'Public Sector' tag)."""
    if source == "experiment" and strong_name_sector(name) != "unknown":
        return ""
    return hint


def _mention(
    candidate: _Candidate,
    *,
    text: str,
    source: str,
    question: str,
    line: int,
    answer: str,
    hint: str,
    new_unusual: bool | None,
    description: str,
    allowed: tuple[str, ...],
) -> PartnerMention:
    org = known_organisation(candidate.name, fuzzy=False)
    sector = sector_of(
        candidate.name,
        answer=answer,
        hint=hint,
        known=org.sector if org is not None else None,
        description=description,
    )
    if sector == "unknown" and candidate.named:
        sector = fallback_sector(
            candidate.name,
            description=description,
            allowed=allowed,
            acronym=" " not in split_acronym(candidate.name)[0]
            and _is_acronym(split_acronym(candidate.name)[0]),
        )
    return PartnerMention(
        name=candidate.name,
        text=text.strip(),
        source=source,
        question=question,
        line=line,
        sector=sector,
        named=candidate.named,
        new_unusual=new_unusual,
        description=description.strip(),
    )
