"""Partner mentions of one page: split the name fields and free-text answers into organisations.

Where partners are stated (filled by the reader): structured partner groups (a name field
that may list several organisations), closing reports' per-sector free-text answers, the
"new and unusual partners" answer, and experiments' list of partners. `names.py` reads each
field into candidate spans; the CRF tagger (`tagger.py`) marks which words name partners,
with those candidates as features; this module types their sectors and merges one page's
mentions of one partner (`merge.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from graphkit.countries import DAC_DONORS, resolve_country
from graphkit.page import Page
from graphkit.partners.cleaning import kind_prefix, unit_of_parent, without_web_button
from graphkit.partners.lists import shared_head_lists
from graphkit.partners.merge import merge_mentions
from graphkit.partners.names import (  # the name reading applied
    curated_spans,
    read_cards,
    split_names,
)
from graphkit.partners.portfolios import takes_portfolio
from graphkit.partners.resolve import (
    known_organisation,
    leading_organisation,
    normalise_name,
    split_acronym,
)
from graphkit.partners.sector_model import sector_features, shipped_sector_model
from graphkit.partners.sectors import (
    fallback_sector,
    sector_from_name,
    sector_from_tag,
    sector_of,
    strong_name_sector,
)
from graphkit.partners.tagger import RuleSpans, Tagger, shipped_tagger, spans_of, tokens
from graphkit.partners.verdict import (  # the verdicts on one span
    _EMPTY,
    MAX_LABEL_WORDS,
    _Candidate,
    _keep,
    after_parent_cue,
    is_kind_description,
    is_person,
    is_the_lab,
    listed_country,
    sister_office,
)
from graphkit.partners.vocabulary import ACRONYM_STOP
from graphkit.partners.words import is_acronym, org_like, split_words

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
class PartnerField:
    """One text where a page states partners, and what the page says around it."""

    text: str  # a group's name field or a free-text answer
    source: str  # 'group' | 'answer' | 'experiment'
    kind: str  # the question's kind: 'group', 'government', ..., 'new_unusual', 'any'
    question: str
    line: int
    answer: str  # the report's own sector answer (groups)
    hint: str  # the sector the question or the experiment's tags imply ('' when none)
    new_unusual: bool | None
    description: str  # the group's description
    allowed: tuple[str, ...]  # an experiment's partnering-sector tags
    countries: tuple[str, ...] = ()  # the report's countries


@dataclass(frozen=True, slots=True)
class PartnerCandidate:
    """One candidate span the rules cut from a field, and the rules' own verdict."""

    candidate: _Candidate
    field: PartnerField
    kept: bool  # whether the rules' filters (_keep) let it through


def partner_fields(page: Page) -> list[PartnerField]:
    """Every field of a page that states partners, in page order (groups first)."""
    tag_sectors = [sector_from_tag(v) for v in page.tag("partnering_sector")]
    experiment_hint = tag_sectors[0] if len(set(tag_sectors)) == 1 else ""
    allowed = tuple(dict.fromkeys(s for s in tag_sectors if s != "unknown"))
    fields = [
        PartnerField(
            read_cards(g.name),
            "group",
            "group",
            _GROUP_QUESTION,
            g.line,
            g.sector,
            "",
            g.new_unusual,
            g.description,
            (),
            page.countries,
        )
        for g in page.partner_groups
    ]
    for a in page.partner_answers:
        experiment = a.sector_hint == "any"
        fields.append(
            PartnerField(
                read_cards(a.text),
                "experiment" if experiment else "answer",
                a.sector_hint,
                a.question,
                a.line,
                "",
                experiment_hint if experiment else a.sector_hint,
                True if a.sector_hint == "new_unusual" else None,
                "",
                allowed if experiment else (),
                page.countries,
            )
        )
    return fields


def field_candidates(field: PartnerField) -> list[PartnerCandidate]:
    """The rules' plausible candidate spans of one field, with their verdicts."""
    keep_hint = "" if field.source == "group" else field.hint
    out: list[PartnerCandidate] = []
    for c in split_names(field.text):
        if sister_office(c.name, field.countries) and not _placed_in(c.name, field.text):
            out.append(PartnerCandidate(_Candidate(c.name, True, "un", c.gloss), field, True))
        elif _plausible(c):
            kept = listed_country(c.name, field.source) or _keep(c, keep_hint)
            out.append(PartnerCandidate(c, field, kept))
    return out


def _placed_in(name: str, text: str) -> bool:
    """'Green Jobs portfolio in UNDP Nepal': the office is where a unit sits, not a partner."""
    return (
        re.search(rf"\b(?:in|of|at|from|within)\s+(?:the\s+)?{re.escape(name)}", text) is not None
    )


def partner_candidates(page: Page) -> list[PartnerCandidate]:
    """Every candidate span of a page (recall first), with the rules' verdict attached."""
    return [c for field in partner_fields(page) for c in field_candidates(field)]


def _plausible(candidate: _Candidate) -> bool:
    """Hard limits no model may override: a label, not empty, not a sentence, not the lab."""
    words = split_words(candidate.name)
    if not words or len(candidate.name) < 2:
        return False
    if max(len(words), len(candidate.name.split())) > MAX_LABEL_WORDS:
        return False
    norm = normalise_name(candidate.name)
    stop = candidate.name.strip().upper() in ACRONYM_STOP
    if stop and strong_name_sector(candidate.name) != "un":
        return False  # 'COVID-19', 'STEM', 'MSMEs': a subject, not a body ('RBLAC' is one)
    if is_person(candidate.name):
        return False  # 'Mr. John Doe', 'Dr. Vinnikov': a person, not a body
    return bool(norm) and not (_EMPTY.match(norm) or norm.isdigit() or is_the_lab(candidate.name))


@dataclass(frozen=True, slots=True)
class Models:
    """The learned steps of extraction; None for a step leaves it to the rules."""

    tagger: Tagger | None = None  # which words name partners (tagger.py)
    sectors: SectorDecider | None = None  # the sector where the rules fall back


class SectorDecider(Protocol):
    """What decides a partner's sector from its features (sector_model.SectorModel)."""

    def decide(self, name: str, features: dict[str, float], guess: str, fell_back: bool) -> str:
        """The sector of the partner `name`, given the rules' `guess`."""


def shipped_models() -> Models:
    """The models shipped in graphkit/data (either may be missing: the rules stand in)."""
    return Models(shipped_tagger(), shipped_sector_model())


_SHIPPED = object()


def extract_partners(page: Page, models: object = _SHIPPED) -> list[PartnerMention]:
    """Every partner a page names, one mention per organisation (merged within the page).

    The rules cut each field into candidates; the shipped CRF tagger (`tagger.py`) reads the
    field with those candidates as features and marks the named partners; the rules type
    each partner's sector, and the shipped classifier (`sector_model.py`) replaces their
    fixed guess where nothing typed it. `models=None` gives the rules alone (so does a
    missing model file, step by step)."""
    if models is _SHIPPED:
        learned = shipped_models()
    else:
        learned = models if isinstance(models, Models) else Models()
    mentions: list[PartnerMention] = []
    for field in partner_fields(page):
        found = field_candidates(field)
        if learned.tagger is None:
            chosen = [c.candidate for c in found if c.kept]
        else:
            chosen = _tagged(field, found, learned.tagger)
        shared = sum(c.named for c in chosen) > 1  # one description for several partners
        mentions.extend(_mention(c, field, learned.sectors, shared) for c in chosen)
    return [_foreign_government(m, page) for m in merge_mentions(mentions)]


def _tagged(field: PartnerField, found: list[PartnerCandidate], model: Tagger) -> list[_Candidate]:
    """The tagger's named partners of one field, then the bodies a list names by a strong cue
    or types by its heading or kind that it passed over, then the rules' generic groups it did
    not name.

    Each tagged span is reconciled with the rules' candidates (`_reconcile`): the tagger says
    where names are, the rules keep their say on where one ends."""
    tagged = [
        _without_next_number(piece, field.text)
        for span in model.names(field.text, field.source, field.kind, rule_spans(found))
        for piece in _hard_cut(span)
        if not after_parent_cue(field.text[: piece[1]])
    ]
    rules = _FieldRules(field.text, found)
    # spans the rules own outright: a list sharing one head ('Municipalities of A, B and C'),
    # one name per item, and a curated name with commas inside, one name
    lists = [*shared_head_lists(field.text), *curated_spans(field.text)]
    tagged = [t for t in tagged if not any(a < t[2] and t[1] < b for a, b, _ in lists)]
    shared = [
        rules.by_norm.get(normalise_name(n)) or _Candidate(n, True) for *_, ns in lists for n in ns
    ]
    out: list[_Candidate] = []
    named: set[str] = set()
    for candidate in [
        *(c for name, start, end in tagged for c in _reconcile(rules, name, (start, end), tagged)),
        *shared,
    ]:
        norm = normalise_name(candidate.name)
        if (
            norm not in named
            and (_plausible(candidate) or sister_office(candidate.name, field.countries))
            and listed_country(candidate.name, field.source) is not False
        ):
            named.add(norm)
            out.append(candidate)
    for c in found:
        # A body a list names by a strong cue (a ministry, a UN agency, a curated name) or
        # types by its heading or kind that the tagger passed over is still named, unless a
        # tagged name holds it already.
        norm = normalise_name(c.candidate.name)
        if (
            field.source != "answer"  # (in prose the tagger's reading of context is kept)
            and c.kept
            and c.candidate.named
            and not any(norm in n or n in norm for n in named)
            and (
                known_organisation(c.candidate.name, fuzzy=False) is not None
                or strong_name_sector(c.candidate.name) != "unknown"
                or c.candidate.hint  # typed by its heading or kind ('a company called X')
            )
        ):
            named.add(norm)
            out.append(c.candidate)
    out.extend(
        c.candidate
        for c in found
        if c.kept and not c.candidate.named and normalise_name(c.candidate.name) not in named
    )
    return out


def rule_spans(found: list[PartnerCandidate]) -> RuleSpans:
    """The rules' candidates of one field by verdict: the tagger's rule features."""
    return RuleSpans(
        named=[c.candidate.name for c in found if c.kept and c.candidate.named],
        generic=[c.candidate.name for c in found if c.kept and not c.candidate.named],
        dropped=[c.candidate.name for c in found if not c.kept],
    )


# Marks that always part two names ('Catholic University + Zorbix'); 'and', ',' and '/' may
# be inside one name and are left to the tagger and `_reconcile`.
_HARD_SEPARATOR = re.compile(r"\s+\+\s+|\s*;\s*|\s+\|\s+")


def _without_next_number(span: tuple[str, int, int], text: str) -> tuple[str, int, int]:
    """A tagged span without the next item's number it ran into ('Ministry of Agriculture 2'
    of '1) Ministry of Agriculture 2) Zorbia Farmers Federation')."""
    name, start, end = span
    number = re.search(r"\s+\d{1,2}$", name)
    if number and text[end : end + 1] in (")", ".") and number.start() > 0:
        return name[: number.start()], start, start + number.start()
    return span


def _hard_cut(span: tuple[str, int, int]) -> list[tuple[str, int, int]]:
    """A tagged span cut at the marks that always part two names."""
    name, start, _ = span
    pieces: list[tuple[str, int, int]] = []
    at = 0
    for gap in [*_HARD_SEPARATOR.finditer(name), None]:
        end = gap.start() if gap else len(name)
        if name[at:end].strip():
            pieces.append((name[at:end], start + at, start + end))
        at = gap.end() if gap else at
    return pieces


class _FieldRules:
    """What reconciling reads of one field's rules' candidates, worked out once per field."""

    def __init__(self, text: str, found: list[PartnerCandidate]) -> None:
        self.text = text
        self.by_norm = {normalise_name(c.candidate.name): c.candidate for c in reversed(found)}
        # the rules' names, with headed ones their filters dropped ('City of Kigali' as a place)
        self.pieces = [
            c.candidate
            for c in found
            if (c.kept and c.candidate.named)
            or known_organisation(c.candidate.name, fuzzy=False)
            or (
                c.candidate.named
                and len(split_words(c.candidate.name)) >= 2
                and org_like(c.candidate.name)
            )
        ]
        self.kept = [c.candidate for c in found if c.kept and c.candidate.named]
        toks = tokens(text)
        self.kept_spans = [  # each kept named candidate and where it first stands
            (c, (toks[a][1], toks[b - 1][2]))
            for c in self.kept
            for a, b in spans_of(toks, [c.name])[:1]
        ]


def _reconcile(
    rules: _FieldRules,
    name: str,
    span: tuple[int, int],
    tagged: list[tuple[str, int, int]],
) -> list[_Candidate]:
    """The named partners one tagged span stands for, in this order of rules:
    1. a rules' candidate of the same name (it keeps its inline heading and gloss);
    2. the rules' pieces when the span runs several of their names together (`_rule_pieces`);
    3. the rules' kept name the span lies inside when no other tagged span shares it
       ('Ministry of Land Management, Urban Planning, Housing and Urban Policy' cut at a comma);
    4. else the span itself, when it reads as a name (no stray quote, not a sentence, no
       comma, not opening in lower case); a span that does not stands for the rules' kept
       names inside it.
    A span that stops inside a bracket is read without it ('Business Impact HUB (Unofficial
    Impact Hub')."""
    if name.count("(") > name.count(")"):
        name = name[: name.rfind("(")].rstrip()
    unit = unit_of_parent(name)
    if unit != name:  # 'ICT Division under the Ministry of Posts, ...': the unit alone
        name, span = unit, (span[0], span[0] + len(unit))
    lead = _ACRONYM_FIRST.fullmatch(name)
    if lead and normalise_name(f"{lead[2]} ({lead[1]})") in rules.by_norm:
        name = f"{lead[2]} ({lead[1]})"  # 'SENACYT: National Secretariat of ...', as the rules
    rule = rules.by_norm.get(normalise_name(name))
    kind = _KIND_NAMED.fullmatch(name)
    if rule is None and kind is not None and is_kind_description(kind.group(1)):
        rule = rules.by_norm.get(normalise_name(kind.group(2)))  # 'Opérateurs de drônes (KONO)'
    if rule is not None:
        return [_Candidate(rule.name, True, rule.hint, rule.gloss)]
    if pieces := _rule_pieces(rules.text[span[0] : span[1]], rules.pieces):
        return pieces
    for candidate, around in rules.kept_spans:
        if not (around[0] <= span[0] and span[1] <= around[1]) or around == span:
            continue
        if not any((x, y) != span and x < around[1] and around[0] < y for _, x, y in tagged):
            return [candidate]
    if (
        name.count('"') % 2
        or len(name.split()) > MAX_LABEL_WORDS
        or name[:1].islower()
        or ", " in name
    ):
        # 'of Posts, ...', 'Kathmandu, Lalitpur and ...': a cut the rules did not make; the
        # rules' names inside it stand ('University of Buea, Dschang', "university of X's
        # faculty"), but not a ministry the rules cut inside its fields ('Ministry of Science,
        # Technology, and Innovation')
        return [c for c in rules.kept if _stands_inside(c.name, name)]
    name, kind = kind_prefix(without_web_button(name))  # 'NGO RADIAN', 'X See less'
    return [_Candidate(name, True, kind)] if name else []


def _stands_inside(candidate: str, span: str) -> bool:
    """Whether a rules' name stands whole inside a tagged span, and not as a ministry the
    rules cut inside its fields (its comma-separated portfolio goes on in the span)."""
    at = re.search(rf"(?<!\w){re.escape(candidate)}(?!\w)", span, re.IGNORECASE)
    return at is not None and not (takes_portfolio(candidate) and span[at.end() :].startswith(","))


# An acronym, then the name it stands for: 'SENACYT: National Secretariat of Science ...'.
_ACRONYM_FIRST = re.compile(r"([A-Z][A-Z0-9&]{1,9})\s*(?::|\s[-–])\s*(.+)")


# A kind of partner in lower case, then its name in brackets ('compagnie de téléphonie mobile
# (TELECEL)'): the name is the partner.
_KIND_NAMED = re.compile(r"([^()\n]+?)\s*\(([^()]+)\)")


_SPACES = re.compile(r"\s*")
# What parts two names in a run ('A, B', 'A and B', 'A 3. B': an inline number).
_SEPARATORS = re.compile(
    r"(?i)[\s,;/&+.]*(?:\b(?:and|y|et|e)\b(?:\s+(?:the|la|le|les|el|los|las)\b)?|\d{1,2}[.)])?"
    r"[\s,;/&+.]*"
)
_ASIDE = re.compile(r"\s*\([^()]*\)")
_GLOSS = re.compile(r"\s*(?:\([^()]*\)|\s[-–]\s.*)\s*", re.DOTALL)


def _rule_pieces(span: str, kept: list[_Candidate]) -> list[_Candidate]:
    """The rules' named candidates a tagged span is made of, when the rules cut it better:
    several run together with only spaces between them ('FIWARE Kiwi Emerging Business
    Factory'); several known organisations, or names with a head noun each, joined by a comma,
    a full stop or 'and' ('UNICEF and WHO', 'Ministry of ICT and Innovation and City of
    Kigali'), or with a bare acronym among them (an acronym is a whole name: 'KOMPRA and
    Tesaireka', 'ADN. OGTIC');
    the only name of theirs in the span and a gloss they cut off ('County Government of X
    (health department)', 'Code Lab - Call for Innovation').
    [] when none of these holds: the tagger's span stands."""
    ordered = sorted(kept, key=lambda c: span.casefold().find(c.name.casefold()))
    bare = span
    if "(" in span and not any("(" in c.name for c in kept):
        bare = _ASIDE.sub("", span)  # 'Lasta Woreda (district) administration, B'
    for joiner in (_SPACES, _SEPARATORS):
        pieces = _run(bare, ordered, joiner)
        if len(pieces) >= 2 and (
            joiner is _SPACES
            or all(known_organisation(c.name, fuzzy=False) is not None for c in pieces)
            or all(len(split_words(c.name)) >= 2 and org_like(c.name) for c in pieces)
            or any(len(c.name) >= 3 and is_acronym(c.name) for c in pieces)  # 'ZX and Y'
        ):
            return pieces
    inside = [c for c in ordered if c.name.casefold() in span.casefold()]
    pieces = _run(span, ordered, _SPACES, _GLOSS) if len(inside) == 1 else []
    return pieces if len(pieces) == 1 and pieces[0].name != span else []


def _run(
    span: str, ordered: list[_Candidate], joiner: re.Pattern[str], tail: re.Pattern[str] = _SPACES
) -> list[_Candidate]:
    """Candidates that, in order and joined by `joiner`, make up the whole span but a `tail`."""
    rest, pieces = span.casefold(), []
    for candidate in ordered:
        name = candidate.name.casefold()
        after = rest[joiner.match(rest).end() :]  # type: ignore[union-attr]
        if after.startswith(name):
            pieces.append(candidate)
            rest = after[len(name) :]
    end = tail.match(rest)
    return pieces if end is not None and end.end() == len(rest) else []


_GOVERNMENT_OF = re.compile(r"(?i)^(?:the\s+)?(?:gou?ver?n?ment|gobierno)\s+(?:of|de|du)\s+(.+)$")


_BODY_OF = re.compile(r"(?i)^(?:the\s+)?[\w'’ -]+?\s+(?:of|de|du)\s+(?:the\s+)?([\w'’ -]+)$")


def _foreign_government(mention: PartnerMention, page: Page) -> PartnerMention:
    """'Government of France' in an Argentine report is a foreign donor: `international`; so is
    a government body of another donor country ('Cabinet Office of Japan' in an Indian
    report), or a donor named by its country alone ('Germany'). A neighbour's government in a
    multi-country office's report ('Government of Dominica' in a Barbados report) stays a
    government partner."""
    match = _GOVERNMENT_OF.match(mention.name) or re.match(
        r"^(?:the\s+)?(.+?)\s+gover?n?ment$", mention.name, re.IGNORECASE
    )
    if match is None and mention.sector == "government":
        match = _BODY_OF.match(mention.name)
    # a donor named by its country alone ('Germany') is its government
    country = resolve_country(match.group(1) if match else mention.name)
    if country is None or country.place is not None:
        return mention
    home = {m.country.alpha3 for tag in page.countries if (m := resolve_country(tag)) is not None}
    if not home or country.country.alpha3 in home or country.country.alpha3 not in DAC_DONORS:
        return mention
    return replace(mention, sector="international")


_CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w'’-]*|(?:of|for|and|de|du|des|la|le|el|y|et|on|the)\b")


def _expansion(acronym: str, text: str) -> str:
    """The capitalised words in `text` whose initials spell `acronym` ('' when none)."""
    want = acronym.casefold()
    words = list(_CAPITALISED.finditer(text))
    for i, first in enumerate(words):
        if first.group()[:1].casefold() != want[0] or not first.group()[:1].isupper():
            continue
        initials, end = "", i
        for j in range(i, len(words)):
            if j > i and words[j].start() - words[j - 1].end() > 1:
                break  # the run of words is broken
            word = words[j].group()
            if word[:1].isupper():
                initials += word[0].casefold()
                end = j
            if len(initials) >= len(want):
                break
        if initials == want:
            return text[first.start() : words[end].end()]
    return ""


def _tag_hint(name: str, hint: str, source: str) -> str:
    """An experiment's partnering-sector tag types only names with no cue of their own
    ('Institute of Technology' stays academia under a 'Public Sector' tag)."""
    if source == "experiment" and strong_name_sector(name) != "unknown":
        return ""
    return hint


def _own_part(name: str, description: str) -> str:
    """The sentences and lines of a shared description that name this partner (its name
    without the acronym, or the acronym), '' when none does."""
    base, acronym = split_acronym(name)
    keys = [k.casefold() for k in (base, acronym) if k and len(k) >= 3]
    parts = re.split(r"(?<=[.!?;])\s+|\n+", description)
    return " ".join(p for p in parts if any(k in p.casefold() for k in keys))


# A gloss this short after a name reads as its sector answer ('(Private partner)').
_GLOSS_ANSWER_WORDS = 4


def _mention(
    candidate: _Candidate,
    field: PartnerField,
    sectors: SectorDecider | None = None,
    shared: bool = False,
) -> PartnerMention:
    if field.source == "group":
        hint, description = candidate.hint, field.description or candidate.gloss
    else:
        hint = candidate.hint or _tag_hint(candidate.name, field.hint, field.source)
        description = candidate.gloss
    # What types the partner: a description shared by several partners only where it names
    # this one ('FUNDOAMOR: an NGO partner ...' after 'The SDE municipality is ...').
    typing = _own_part(candidate.name, description) if shared and field.description else description
    org = known_organisation(candidate.name, fuzzy=False)
    if org is None and strong_name_sector(candidate.name) == "unknown":
        org = leading_organisation(candidate.name)  # 'PwC Experience Center', not 'GEF CO Team'
    answer = field.answer
    if not answer and org is None and 0 < len(candidate.gloss.split()) <= _GLOSS_ANSWER_WORDS:
        answer = candidate.gloss  # 'GN (NGO Guinée Numérique)', 'TONIBUNG - Social enterprise'
    sector = sector_of(
        candidate.name,
        answer=answer,
        hint=hint,
        known=org.sector if org is not None else None,
        description=typing,
    )
    base = split_acronym(candidate.name)[0]
    acronym = " " not in base and is_acronym(base)
    if sector == "unknown" and acronym:
        # 'REA' with 'the Rural Electrification Agency' in its description or field
        expansion = _expansion(base, f"{description} {field.text}")
        if expansion:
            sector = sector_of(expansion, answer=field.answer, hint=hint)
    if sector == "unknown" and candidate.gloss[:1].isupper():
        sector = sector_from_name(candidate.gloss)  # 'INS (National Institut of Statistics)'
    fell_back = sector == "unknown" and candidate.named
    if fell_back:
        sector = fallback_sector(
            candidate.name, description=description, allowed=field.allowed, acronym=acronym
        )
    if sectors is not None and candidate.named:
        features = sector_features(
            candidate.name,
            description=description,
            source=field.source,
            kind=field.kind,
            guess=sector,
            fell_back=fell_back,
        )
        sector = sectors.decide(candidate.name, features, sector, fell_back)
    return PartnerMention(
        name=candidate.name,
        text=field.text.strip(),
        source=field.source,
        question=field.question,
        line=field.line,
        sector=sector,
        named=candidate.named,
        new_unusual=field.new_unusual,
        description=description.strip(),
    )
