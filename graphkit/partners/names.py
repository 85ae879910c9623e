"""Reading partner names in text: one name field or free-text answer -> candidate names.

Name fields are read as lists: this module cuts a field into lines, numbered items and
sentences, reads inline headings ('Private sector:'), dash glosses and curated names with
commas, and hands each item to `splitting.py` (commas, 'and', run-together names,
parentheses); pieces that are sentences go to `prose.py`, which reads organisation-like spans
only; `cleaning.py` cleans each name. Each candidate carries whether it is a named
organisation or a generic group (`verdict.py`, which also holds `_keep`, the rules' verdict
on it). `extract.py` applies both to a page's fields.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphkit.partners.cleaning import (
    CLAUSE,
    VERB_CLAUSE,
    clean_name,
    is_prose,
    kind_prefix,
    protect_brackets,
    unprotect_brackets,
)
from graphkit.partners.lexicon import is_known, sentence_words
from graphkit.partners.lists import distribute_shared_heads
from graphkit.partners.portfolios import portfolio_name
from graphkit.partners.prose import AT_THE_OFFICE, named_teams, read_prose, unit_phrases
from graphkit.partners.resolve import normalise_name, organisations
from graphkit.partners.sectors import fold, sector_from_answer, strong_name_sector
from graphkit.partners.splitting import (
    MODIFIERS,
    PAREN_ACRONYM,
    read_parentheses,
    split_and,
    split_commas,
    split_run_together,
    strip_gloss,
    unit_of,
)
from graphkit.partners.verdict import (  # the verdicts on one span, applied while reading
    _ASIDE_STARTS,
    _EMPTY,
    _Candidate,
    is_named,
)
from graphkit.partners.vocabulary import (
    CONNECTORS,
    FINAL_HEADS,
    GENERIC,
    HEADS,
    PLURAL_HEADS,
    PORTFOLIO,
    SENTENCE_WORDS,
    SINGULAR_HEADS,
)
from graphkit.partners.words import (
    head_count,
    is_acronym,
    is_capitalised,
    name_initials,
    org_like,
    split_words,
)

_SECTOR_WORDS = (
    r"(?:private|public|civil society|academic|academia|government|governmental|un|"
    r"international|ngos?|csos?|local government|national level|local level|other|"
    r"un agenc(?:y|ies)|united nations agency)(?:\s+sector)?"
)
_INLINE_HEADING = re.compile(
    rf"(?i)(?:^|(?<=[\s,.;]))({_SECTOR_WORDS}(?:\s*/\s*{_SECTOR_WORDS})*(?:\s+partners?)?|"
    r"ministries|municipalities|universities|donors|"
    r"provate sector|partners|top \d+ partners?|(?-i:[A-Z]{2,}(?: [A-Z]{2,})+))\s*:\s*"
)


_HEADING_SECTORS = (
    ("privat", "private"),
    ("provate", "private"),
    ("public", "government"),
    ("govern", "government"),
    ("minist", "government"),
    ("municip", "government"),
    ("civil", "civil_society"),
    ("ngo", "civil_society"),
    ("cso", "civil_society"),
    ("academ", "academia"),
    ("univers", "academia"),
    ("un", "un"),
    ("international", "international"),
    ("donor", "international"),
)


_SPLIT_NUMBERED = re.compile(
    r"(?:^|\s)(?:\(\d{1,2}\)|\d{1,2}[.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)\)|(?<=:\s)a\)|"
    r"(?<=\s)[b-h]\)(?=\s+[A-Z]))\s+(?=\S)"
)


_SENTENCE_END = re.compile(
    r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z])|(?<=[)][.])\s+(?=[A-Z])|(?<=[A-Z]{3}[.!?])\s+(?=[A-Z][a-z])"
    # a sentence run on without a stop: 'Ministry of Justice and Bar Associations We worked'
    r"|(?<=[A-Za-z)])\s+(?=(?:We|Our|They)\s+[a-z]|(?:All|Both|Each|Most|Some) of (?:them|us)\b)"
)


def _heading_sector(heading: str) -> str:
    low = fold(heading)
    if (
        "/" in low
    ):  # 'Civil society/NGOs:' is civil society; 'Private sector/civil society:' neither
        return "civil_society" if low.startswith("civil society/") else ""
    for prefix, sector in _HEADING_SECTORS:
        if low.startswith(prefix):
            return sector
    return ""


# A name followed by what it is: 'Y-Peer a local NGO in Puntland', 'Uttaran, an NGO'.
_APPOSITIVE = re.compile(
    r",?\s+(?:a|an)\s+(?:[a-z][\w/-]*\s+){0,3}(?i:ngo|organi[sz]ation|company|start-?up|"
    r"association|foundation|network|enterprise|firm|group|agency|institution|platform|"
    r"cooperative|collective|university|think tank)\b[^,;:\n.()]*"
    r"(?:,(?=\s+(?:was|were|is|are|has|have|had|provided|helped|worked|joined)\b))?"
)


def _after_name(match: re.Match[str]) -> str:
    """An appositive goes when it follows a name ('Y-Peer a local NGO'), not a verb ('We
    hired a private company Watergunz')."""
    before = match.string[: match.start()].split()
    return "" if before and before[-1][:1].isupper() else match.group(0)


# 'Institute for Socio - Economic Development': a prefix, not a gloss dash.
_PREFIX_DASH = re.compile(
    r"(?i)\b(socio|agro|eco|bio|micro|macro|inter|multi|cross|peri|semi|post|pre|non)\s+-\s+(?=\w)"
)


# 'UNDP-Youth Leadership Programme', 'UNDP- Iraq Crisis Response': a unit of UNDP.
_UNDP_HYPHEN = re.compile(
    r"\b(UNDP|PNUD)\s*-\s*(?=[A-Z][\w'’]+\s+[A-Z])(?!(?:This|The|These|We|Our)\b)"
)


# 'the Institute of Employment and with the Maritime and Ports Institute': a second partner
# of the same verb, never a part of the first name.
_AND_WITH = re.compile(
    r"(?i),?\s+(?:and|as well as|y|et)\s+(?:also\s+)?(?:with|con|avec)\s+(?:the\s+)?"
)


# French elision before a name: "avec l'OMS", "l'Université de Kara", "d'ANVAR".
_ELISION = re.compile(
    r"(?<![\w'’])(?<!de\s)(?<!à\s)(?:[lL]['’](?=[A-ZÀ-Ý])|[dD]['’](?=[A-Z]{2,}\b))"
)


# 'l'université de N'Djaména': a university named after its city, written in lower case.
_LOWER_UNIVERSITY = re.compile(
    r"\b(universit[éy]|universidad|universidade)(?=\s+(?:of|de|do|da|del|du)\s+[A-Z])"
)


# 'National level partners National Innovation Center (NIC) ... City level partners ...':
# headings without a colon.
_LEVEL_HEADING = re.compile(
    r"(?i)\b(?:national|local|city|provincial|regional|district|community|state|federal|"
    r"international|global|municipal)[- ]level partners?\b\s*:?\s*"
)


# A partner written as a card: its name on a line, then 'Sector: NGO', 'Description: ...',
# 'Role: ...' lines (answers drafted with a chatbot, whose citation marks 'site.org+2' stick
# to the words).
_CARD_LINE = re.compile(
    r"(?i)^\W*(name|partner(?: name)?|organi[sz]ation|sector|type|category|description|role|"
    r"collaboration|contribution|relevance|partnership|website|focus)\W*:\s*(.*)$"
)
_CITATION_MARK = re.compile(r"(?i)[ \t\xa0]*(?:[a-z0-9-]+\.)+[a-z]{2,}\+\d+")


def read_cards(text: str) -> str:
    """A field's text with its partner cards read: 'Name: X' is X; the attribute lines go,
    and a sector the report words types the name above it, as a bracketed sector ('Dodoma
    Municipal Council' + 'Sector: Government'); chatbot citation marks are dropped. Applied
    to a field before anything reads it (rules and tagger alike)."""
    text = _CITATION_MARK.sub("", text)
    if ":" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        match = _CARD_LINE.match(line)
        if match is None:
            out.append(line)
            continue
        kind, value = match.group(1).lower(), match.group(2)
        if kind.startswith(("name", "partner", "organi")):
            out.append(value)  # 'Name: Jokkolabs'
            continue
        value = value.replace("(", " ").replace(")", " ").strip()
        named = next((i for i in range(len(out) - 1, -1, -1) if out[i].strip()), None)
        if kind in ("sector", "type", "category") and named is not None and value:
            if sector_from_answer(value) != "unknown" and len(split_words(value)) <= 3:
                out[named] = f"{out[named].rstrip()} ({value})"
    return "\n".join(out)


_ITS_ACRONYM = re.compile(
    r"(?i),?\s*(?:by|as|in|for)?\s*(?:its|their)\s+(?:[a-z]+\s+)?(?:acronym|initials)"
    r"(?:\s+in\s+[a-z]+)?(?=\s*[)\]])"
)
# Square brackets written for round ones: members of a kind, a translation, an acronym.
_SQUARE = re.compile(r"\[([^\[\]()\n]+)\]")
# A bracketed aside, then the next name with its own: 'Social clubs (A and B) Cooperatives (C)'
# (not a list number: '(2) Japan Innovation Unit (3)').
_NEXT_ASIDE = re.compile(
    r"(?<!\(\d)(?<!\(\d\d)\)[ \t]+(?=[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,5}[ \t]*\()"
)


def _next_asides(text: str) -> str:
    """A line break between 'Kind (members)' entries, where no bracket is left open."""
    if text.count("(") < 2:
        return text
    out, start = [], 0
    for match in _NEXT_ASIDE.finditer(text):
        before = text[: match.start() + 1]
        if before.count("(") == before.count(")"):
            out.append(text[start : match.start() + 1] + "\n")
            start = match.end()
    return "".join(out) + text[start:]


def _rewrite(text: str) -> str:
    """Normalise the forms that hide names: shared plural heads, 'UNDP-Unit', 'and with',
    French elisions."""
    text = _LEVEL_HEADING.sub("\n", text)
    text = _ITS_ACRONYM.sub("", text)  # '(UNQUI, by its Spanish acronym)': the acronym
    text = _SQUARE.sub(r"(\1)", text)  # 'CSOs [Finance Think; EPI]', 'X [its translation]'
    text = _next_asides(text)  # 'Social clubs (A and B) Cooperatives (C)'
    text = _LOWER_UNIVERSITY.sub(lambda m: m.group(1).capitalize(), text)
    text = _ELISION.sub("", text)
    text = distribute_shared_heads(text)
    text = _PREFIX_DASH.sub(r"\1-", text)
    text = _APPOSITIVE.sub(_after_name, text)  # 'Y-Peer a local NGO in Puntland': Y-Peer
    text = _AND_WITH.sub("; ", text)
    text = _SECTOR_DASH.sub(r" (\1)", text)
    text = _ACRONYM_STOPS.sub(", ", text)  # 'ADN. OGTIC. PUCMM': a list of acronyms
    text = _GLOSS_BETWEEN.sub(
        r" (\1)\n", text
    )  # 'A (Private partner) B': two entries  # 'X-Government Partner' -> 'X (Government)'
    return _UNDP_HYPHEN.sub(r"\1 ", text)


# A full stop between two acronyms separates them: 'Intellisys Corp. ADN. OGTIC. PUCMM. OPS'.
_ACRONYM_STOPS = re.compile(r"(?<=[A-Z]{2})\.\s+(?=[A-Z]{2,8}\b)")
# A bracketed sector word between two names ends the first: 'Kwadat Kente (Private partner)
# Ghana Enterprises Agency'.
_GLOSS_BETWEEN = re.compile(
    r"(?i)\s*\(((?:private|public|government|civil society|academic|un)(?: sector)?)"
    r"(?: partner)?\)[ \t]+(?=[A-Z])"
)


# A sector word glued to a name by a dash, and whatever follows it on the line: the report
# typing its partner ('Ministry of Health-Government Partner', 'Beit X - Private Sector -
# Eco-Bags'); kept as a bracketed sector, which types the name (`read_parentheses`).
_SECTOR_DASH = re.compile(
    r"(?im)(?<=\w)\s*[-–]\s*(government|public sector|private sector|civil society|ngo|"
    r"academia|un agency)(?:\s+partner)?\b(?:\s*[-–:][^\n]*)?[ \t]*$"
)


def _parent_heading(parts: list[str]) -> bool:
    """A body written as the heading of its numbered units ('Municipality of Guatemala:
    a) Auxiliary Mayor's Office b) City Cleaning Department'): the units are the partners."""
    units = [p for p in parts[1:] if p.strip()]
    return (
        len(units) >= 2
        and parts[0].rstrip().endswith(":")
        and org_like(parts[0])
        and all(org_like(u) for u in units)
    )


@lru_cache(maxsize=1)
def _curated_with_commas() -> re.Pattern[str] | None:
    """The curated names and aliases that have a comma inside, as one pattern."""
    names = {
        spelling
        for org in organisations()
        for spelling in (org.label, *org.aliases)
        if "," in spelling
    }
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{alternatives})\b")


def curated_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """Where the text names a curated organisation whose name has commas inside, and that
    name: the span is one partner, whatever the commas say ('Global Centre for Technology,
    Innovation and Sustainable Development')."""
    pattern = _curated_with_commas()
    if pattern is None or "," not in text:
        return []
    return [(m.start(), m.end(), [m.group(0)]) for m in pattern.finditer(text)]


_CURATED_COMMA = "\x02"  # restored when the names are read (`split_names`)


def _protect_curated(text: str) -> str:
    """Hide the commas of curated names ('Global Centre for Technology, Innovation and
    Sustainable Development') so that no list splitting cuts them."""
    pattern = _curated_with_commas()
    if pattern is None or "," not in text:
        return text
    return pattern.sub(lambda m: m.group(0).replace(",", _CURATED_COMMA), text)


def split_names(text: str) -> list[_Candidate]:
    """The partner names in one name field or answer, in order."""
    raw = _protect_curated(
        _rewrite(
            _rejoin_broken_lines(text.replace("\xa0", " ").replace("\u200b", "").replace("**", ""))
        )
    )
    if not raw.strip() or _EMPTY.match(raw.strip()):
        return []
    candidates: list[_Candidate] = []
    for line in raw.splitlines():
        line = re.sub(r"[ \t]+", " ", line).strip()
        if not line:
            continue
        line = re.sub(r"\s+-\s{2,}|\s{2,}-\s+", "\n", line)  # '-   item -   item'
        line = re.sub(r"\s+[·•▪●◦]\s+", "\n", line)  # 'A – what they did ·  B – ...'
        line = re.sub(r"\s*(?:…|\.\.\.)\s+(?=[A-Z])", "\n", line)  # 'X univeristy… Media: A, B'
        if len(re.findall(r"\s[-–—]\s", line)) >= 2:
            # 'A - what they did / B - what they did': a slash before a capital parts entries
            line = re.sub(r"\s*/\s+(?=[A-Z])", "\n", line)
        if line.count(":") >= 2:
            line = _NEXT_ENTRY.sub("\n", line)  # 'A: what they did; B: what they did'
        for item in line.split("\n"):
            numbered_parts = _SPLIT_NUMBERED.split(item)
            if _parent_heading(numbered_parts):
                numbered_parts = numbered_parts[1:]  # 'Municipality of X: a) unit b) unit'
            for numbered in numbered_parts:
                for piece in _SENTENCE_END.split(numbered):
                    candidates.extend(_unit_then_parent(_read_piece(piece)))
    candidates = _under_a_ministry(_kind_acronyms(candidates))
    seen = {normalise_name(c.name) for c in candidates}
    for unit in unit_phrases(raw):
        core = normalise_name(_AT_THE_OFFICE.sub("", unit.name))
        if core != normalise_name(unit.name) and any(core in name for name in seen):
            continue  # 'Gender Unit of UNDP' after 'UNDP CO Gender Unit': read already
        if normalise_name(unit.name) not in seen:
            # 'Inclusive Growth portfolio' read as 'Inclusive Growth' too: the unit only
            bare = {normalise_name(n.rsplit(" ", 1)[0]) for n in (unit.name, core)}
            candidates = [c for c in candidates if normalise_name(c.name) not in bare]
            candidates.append(unit)
    seen = {normalise_name(c.name) for c in candidates}
    for team in named_teams(raw):
        bare = re.sub(r"\s+(?:team|unit)$", "", team.name)
        words = set(normalise_name(team.name).split())
        if not any(
            (name == normalise_name(bare) and not is_acronym(bare))
            or (len(name.split()) >= 3 and set(name.split()) <= words)
            for name in seen
        ):  # not a name already read, nor a longer form of one ('UNDP Gender Division team');
            # 'SPP team' after 'SPP' is kept: the merge gives the unit its own label
            candidates.append(team)
    return [_restore_commas(c) for c in candidates]


# Where a unit is placed in the office: 'Gender Unit of UNDP' -> 'Gender Unit'.
_AT_THE_OFFICE = re.compile(rf"(?i)\s+{AT_THE_OFFICE}\b.*$")


# A semicolon before the next entry of 'Name: what it did' entries.
_NEXT_ENTRY = re.compile(r";\s*(?=[A-Z][\w'’&.-]*(?:\s+[\w'’&().-]+){0,7}\s*:\s)")


# A unit's head, first in its name, and a parent body's.
_UNIT_FIRST = frozenset(
    """division department faculty center centre unit office directorate agency school
    laboratory lab program programme institute""".split()
)
_PARENT = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}ministry|minist[eè]re|ministerio|university|"
    r"universidad|universit[ée]|[\w'’ -]+\buniversity)\b"
)


def _unit_then_parent(found: list[_Candidate]) -> list[_Candidate]:
    """'Fisheries Division, Ministry of Maritime Affairs', 'Faculty of Economics, National
    University of Laos': a unit named by what it does, then the body it belongs to; the unit
    is the partner."""
    if len(found) != 2 or not all(c.named for c in found):
        return found
    unit, parent = found
    words = split_words(unit.name)
    if not words or not _PARENT.match(parent.name) or _PARENT.match(unit.name):
        return found
    common = all(fold(w) in PORTFOLIO | MODIFIERS | HEADS | CONNECTORS for w in words)
    of_kind = (
        len(words) > 2
        and fold(words[0]) in ("faculty", "department", "division", "school", "directorate")
        and fold(words[1]) in ("of", "for")
    )
    if of_kind or (common and (fold(words[0]) in _UNIT_FIRST or fold(words[-1]) in _UNIT_FIRST)):
        # (a unit with a name of its own, 'Zorbix Agency, Ministry of X', is a second partner)
        kind = unit.hint or parent.hint or strong_name_sector(parent.name).replace("unknown", "")
        return [_Candidate(unit.name, True, kind, unit.gloss or parent.gloss)]
    return found


# A line that ends on 'and', 'of', 'for' ... goes on on the next (not at a list marker).
_OPEN_LINE_END = re.compile(
    r"(?i)(?<=\s)(and|of|for|&|de|del|des|du|et|y)[ \t]*\n\s*(?=[^\W\d_])",
)


def _rejoin_broken_lines(text: str) -> str:
    """A comma list whose lines the form broke inside a name ('The Zanzibar Urban' / 'Municipality,
    ...', 'The ministry of' / 'environment and ...'): such a break is a space. Only when every
    line holds commas and none ends in a separator, and the break leaves one word alone
    between it and a comma, or a connector at the line's end."""
    text = _OPEN_LINE_END.sub(r"\1 ", text)  # 'Company for Management and' / 'Competitiveness'
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or not all("," in line for line in lines):
        return text
    if any(re.search(r"[,;.:\-–]$", line) for line in lines[:-1]):
        return text
    joined = lines[0]
    for line in lines[1:]:
        before = split_words(joined.rsplit(",", 1)[-1])
        after = split_words(line.split(",", 1)[0])
        broken = line[:1].isalpha() and (
            len(before) == 1 or len(after) == 1 or fold(before[-1]) in CONNECTORS
        )
        joined += (" " if broken else "\n") + line
    return joined


def _restore_commas(candidate: _Candidate) -> _Candidate:
    if _CURATED_COMMA not in candidate.name + candidate.gloss:
        return candidate
    name, gloss = (t.replace(_CURATED_COMMA, ",") for t in (candidate.name, candidate.gloss))
    return _Candidate(name, candidate.named, candidate.hint, gloss)


def _under_a_ministry(candidates: list[_Candidate]) -> list[_Candidate]:
    """'Central Institute for Economic Management (CIEM), under the Ministry of Planning':
    a body under a ministry or a people's committee is public."""
    out = list(candidates)
    for i in range(1, len(out)):
        words = out[i].name.split()
        if (
            words[:1] == ["under"]
            and strong_name_sector(out[i].name) == "government"
            and not out[i - 1].hint
        ):
            prev = out[i - 1]
            out[i - 1] = _Candidate(prev.name, prev.named, "government", prev.gloss)
    return out


_KIND_ACRONYM = re.compile(r"\(([A-Z]{2,8})(?:['’]?s)?\)")


def _kind_acronyms(candidates: list[_Candidate]) -> list[_Candidate]:
    """An acronym given to a kind of partner ('Organizations of Persons with Disabilities
    (OPD's)') names the kind wherever it comes back ('OPD', 'OPDs'): generic, not a body."""
    kinds = {
        m.group(1)
        for c in candidates
        if not c.named
        for m in [_KIND_ACRONYM.search(c.name)]
        if m is not None
    }
    if not kinds:
        return candidates
    return [
        _Candidate(c.name, False, c.hint, c.gloss) if re.sub(r"['’]?s$", "", c.name) in kinds else c
        for c in candidates
    ]


# A name ends after its '(ACRONYM)' when another capitalised word follows, and a new name
# starts at a repeated institution head written right after a capitalised word:
# 'Strategy (ENI) National SDG Commission', 'Ministry of Justice Ministry of Health'.
_AFTER_ACRONYM = re.compile(
    r"(\((?-i:[A-Z][A-Z0-9&.\-]{1,14})\))\s+(?=[A-Z])"
    r"(?!(?:Pillar|Portfolio|Programme|Program|Unit|Team|Cluster|Project|Office|Department|"
    r"Secretariat|Directorate)\b)"
)


_HEAD_RESTART = re.compile(
    r"(?<=[a-z\u00e0-\u00ff])\s+(?=(?:Ministry|Ministerio|Ministère|Ministério|Ministere)\s+"
    r"(?:of|de|du|des|da|do|for)\s+[A-Z])"
)


# Words that start an organisation's name when a complete name stands right before them
# ('... SDG Commission National Science ...', '... Ministry of Justice University of ...').
# Heads that often end a name too ('Council', 'Institute', 'Agency') start one only with
# 'of/for/on' after them ('Lusaka City Council' stays whole).
_START_HEADS = re.compile(
    r"\s+(?=(?:(?:Ministry|Ministerio|Ministère|Ministério|Ministere|National|Nacional|Central|"
    r"University|Universidad|Université|Foundation|Fundación|Fundacion|Municipality|"
    r"Municipalidad|Secretariat|Secretaría|Department|Embassy)\s+(?:[A-Z]|of\s|for\s|de\s|"
    r"del\s|du\s|des\s|da\s|do\s)|(?:Council|Institute|Instituto|Agency|Commission|Office|"
    r"Directorate|Authority)\s+(?:of|for|on|de|del|du)\s+[A-Z]))"
)


def _complete_name(before: str) -> bool:
    """Whether the text just before a head word ends a whole organisation name: a capitalised
    word that is not a connector closes a run holding a head noun or a known name."""
    segment = re.split(r"[,;:()]|\.\s|\s(?:with|and|the|including|namely|y|et)\s", before)[-1]
    words = segment.split()
    if (
        re.search(r"\bMinistry of [A-Z][\w'’-]*(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)+$", before)
        and fold(before.split()[-1]) not in MODIFIERS
    ):
        # '... Ministry of Planning and Investment' National Agency ...; not '... Ministry of
        # Health and National' Agency for ...: the adjective opens the next name
        return True
    if len(words) < 2 or not is_capitalised(words[-1].strip(".'’")):
        return False
    if fold(words[-1]) in CONNECTORS or fold(words[-1]) in MODIFIERS:
        return False
    folded = [fold(w) for w in words]
    run_words = [w for w in words if is_capitalised(w) or fold(w) in CONNECTORS]
    if len(run_words) < len(words) and folded[-2] in CONNECTORS:
        return False
    heads = SINGULAR_HEADS | FINAL_HEADS
    if folded[-1] in FINAL_HEADS:
        return True
    at = max((i for i, w in enumerate(folded) if w in heads), default=-1)
    if at == len(folded) - 1:
        return True
    if at >= 0:
        # 'Ministry of Justice' is complete; 'Municipality Narathiwas City' is not.
        return folded[at + 1] in ("of", "for", "de", "del", "du", "des", "on")
    return any(is_known(" ".join(words[k:])) for k in range(max(0, len(words) - 4), len(words)))


# A head written before its adjective in French, Spanish or Portuguese ('Universidad
# Nacional', 'Instituto Nacional'): no name ends there.
_ROMANCE_HEAD_END = re.compile(
    r"\b(?:Universidad|Universidade|Université|Instituto|Institut|Centro|Consejo|Conseil|"
    r"Banco|Banque|Agencia|Agence|Secretaría|Secretaria|Dirección|Direction|Ministerio|"
    r"Ministère|Comisión|Comissão|Servicio|Service|Oficina|Office|Sistema|Red|Réseau)$"
)


def _cut_runs(piece: str) -> str:
    """Commas where a run of names has none: after '(ACRONYM)', and before every word that
    starts an organisation's name when a complete name stands right before it."""
    piece = _AFTER_ACRONYM.sub(r"\1, ", piece)
    starts = [m.start() for m in _START_HEADS.finditer(piece)]
    cuts = [
        at
        for at in starts
        if not _ROMANCE_HEAD_END.search(piece[:at])  # 'Universidad Nacional de La Plata'
        and _complete_name(piece[:at])
        # a list of two or more institutions after a lead: 'executed by Ministry of A, ...'
        or (len(starts) >= 2 and re.search(r"\b(?:by|with|including|namely|via)$", piece[:at]))
    ]
    cuts = [at for at in cuts if not _spelled_across(piece, at)]
    for at in reversed(cuts):
        piece = f"{piece[:at]},{piece[at:]}"
    return piece


def _spelled_across(piece: str, at: int) -> bool:
    """Whether the acronym after `at` spells the words on both sides of it: 'le Centre
    National de la Propriété Intellectuelle (CNPI)' is one name, not cut before 'National'."""
    acronym = PAREN_ACRONYM.search(piece, at)
    start = piece.rfind(",", 0, at) + 1
    return acronym is not None and name_initials(piece[start : acronym.start()]) == acronym.group(1)


# A line of a list that names an office in plain words: 'Lasta woreda civil service office',
# 'the Lalibela municipality land management office'. Read whole: its lower-case words are
# part of the name, not prose around one.
_OFFICE_LINE = re.compile(
    r"^(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){1,13}\s+(?i:office|bureau|administration|"
    r"department|directorate|unit|agency|authority|council|commission|municipality)$"
)


# A body written in French or Spanish whose name runs on in lower case after its head:
# "Direction de l'appui à la formalisation", 'Dirección general de empleo'.
_ROMANCE_LINE = re.compile(
    r"^(?:la\s+|le\s+|l['’])?(?:Direction|Direcci[oó]n|[Mm]inist[eè]re|Ministerio|Agence|Agencia|"
    r"Secr[eé]tariat|Secretar[ií]a|Délégation|Delegaci[oó]n|Conseil|Consejo|Institut|"
    r"Instituto|Office|Oficina|Centre|Centro|Cellule|Unidad|Comité|Comisi[oó]n|Commission)"
    r"(?:\s+(?:g[eé]n[eé]ral[e]?|nationale?|nacional|r[eé]gional[e]?))?"
    r"\s+(?:de\s+la\s+|de\s+l['’]|del\s+|de\s+|du\s+|des\s+|d['’]|pour\s+|para\s+)"
    r"[\w'’\-]+(?:\s+[\w'’\-]+){0,7}\.?$"
)


# 'Ministerio de Salud y la Universidad de Chile': a second body after the joiner.
_SECOND_BODY = re.compile(r"\s(?:y|et|e|and|&)\s+(?:(?:la|le|el|les|los|las|the)\s+|l['’])?(\w+)")


def _office_line(piece: str) -> _Candidate | None:
    second = any(fold(m.group(1)) in SINGULAR_HEADS for m in _SECOND_BODY.finditer(piece))
    if (
        _ROMANCE_LINE.match(piece)
        and not second
        and not (CLAUSE.search(piece) or VERB_CLAUSE.search(piece))
    ):
        return _Candidate(piece.rstrip(". "), True, "", "")
    words = piece.split()
    lower = [w for w in words[1:] if w[:1].islower() and fold(w) not in CONNECTORS]
    if not lower or not _OFFICE_LINE.match(piece) or _DASH.search(piece):
        return None  # 'Ministry of Agriculture - Home economics department': a name, a gloss
    if (
        CLAUSE.search(piece)
        or VERB_CLAUSE.search(piece)
        or any(fold(w) in SENTENCE_WORDS for w in lower)
    ):
        return None  # a sentence about an office, not its name
    return _Candidate(re.sub(r"^(?i:the)\s+", "", piece), True, "", "")


def _read_piece(piece: str) -> list[_Candidate]:
    piece = _cut_runs(piece.strip())
    if not piece or _EMPTY.match(piece):
        return []
    office = _office_line(piece)
    if office is not None:
        return [office]
    # Inline headings: 'Private sector: A, B' / '... provate sector: X and Y'.
    pieces: list[tuple[str, str]] = []
    hint = ""
    position = 0
    for start, end, heading in _headings(piece):
        before = piece[position:start]
        if before.strip():
            pieces.append((hint, before))
        hint = _heading_sector(heading) or hint
        position = end
    pieces.append((hint, piece[position:]))
    out: list[_Candidate] = []
    for sector_hint, body in pieces:
        for candidate in _read_body(body):
            if sector_hint and not candidate.hint:
                candidate = _Candidate(
                    candidate.name, candidate.named, sector_hint, candidate.gloss
                )
            out.append(candidate)
    return out


_ANY_HEADING = re.compile(r"(?:^|(?<=[\s,.;)]))([A-Z][\w'’-]*(?:\s+[\w'’/-]+){0,3})\s*:\s*(?=\S)")


# Words of a heading that ranks or groups partners ('Most Important:', 'Key partners:').
_RANKING = frozenset(
    """most least less very more highly important importance priority priorities primary
    secondary main key top high medium low level tier core lead leading strategic
    additional confirmed current existing potential possible implementing funding technical
    partner partners partnership partnerships actors stakeholders collaborators allies
    important: others sector sectors institutions other""".split()
)


def _headings(piece: str) -> list[tuple[int, int, str]]:
    """Inline headings of a piece: the sector headings and any heading of ranking or kind
    words ('Most Important:', 'Local authorities:') before names; not 'Ministry of X:'."""
    found = [(m.start(), m.end(), m.group(1)) for m in _INLINE_HEADING.finditer(piece)]
    for match in _DASH_HEADING.finditer(piece):
        if all(e <= match.start() or s >= match.end() for s, e, _ in found):
            found.append((match.start(), match.end(), match.group(1)))
    for match in _ANY_HEADING.finditer(piece):
        words = [fold(w) for w in split_words(match.group(1))]
        if not words or any(w in SINGULAR_HEADS for w in words) or is_known(match.group(1)):
            continue
        vocabulary = _RANKING | GENERIC | SENTENCE_WORDS | sentence_words()
        if not all(w in vocabulary or w in CONNECTORS for w in words):
            continue
        if all(e <= match.start() or s >= match.end() for s, e, _ in found):
            found.append((match.start(), match.end(), match.group(1)))
    return sorted(found)


# 'Public Sector- Bangladesh Parjatan Corporation, Private Sector- RM enterprise, NGO- Uttaran'
_DASH_HEADING = re.compile(
    r"(?i)(?:^|(?<=[,;])|(?<=[,;]\s))((?:public|private|civil society|academic|academia|"
    r"government|ngos?|csos?)(?:\s+sector)?)\s*[-–—]\s*(?=[A-Z])"
)


_DASH = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*|(?<=[A-Za-z)])-\s+(?=\S)")


_NAME_WORD = re.compile(r"^(?:[A-Z0-9][\w'’&.()\-]*|of|for|and|the|de|del|la|le|des|du|et|y|&)$")


_PLACE_END = re.compile(r"\b(District|Province|Region|County|Governorate)\s+(?=[A-Z])")


def _dash_entries(body: str) -> list[tuple[str, str]] | None:
    """'Name – gloss Name – gloss': (name, gloss) pairs when two or more names each carry a
    dash gloss, with no punctuation between an entry's gloss and the next name."""
    marks = list(_DASH.finditer(body))
    if len(marks) < 2:
        return None
    entries: list[tuple[str, str]] = []
    start = 0
    for n, mark in enumerate(marks):
        before = body[start : mark.start()]
        if n == 0:
            name = before.strip()
        else:
            tokens = before.split()
            k = len(tokens)
            while k > 0 and _NAME_WORD.match(tokens[k - 1].rstrip(",;.")):
                if tokens[k - 1][-1:] in ",;." and k < len(tokens):
                    break
                k -= 1
            while k < len(tokens) and fold(tokens[k]) in CONNECTORS:
                k += 1
            runs = split_run_together(_PLACE_END.sub("\\1\n", " ".join(tokens[k:])))
            runs = [r for run in runs for r in run.split("\n") if r.strip()]
            # 'mapping in Waterburg District World Wide Fund for Nature – ...': the place
            # ends the gloss, the last run-together name starts the next entry.
            name = runs[-1] if runs else ""
            gloss_words = [*tokens[:k], *" ".join(runs[:-1]).split()]
            if not gloss_words or not name:
                # A dash straight after a gloss ('Science- Policy- we have ...'): one gloss.
                start = mark.end()
                continue
            entries[-1] = (entries[-1][0], " ".join(gloss_words))
        entries.append((name, ""))
        start = mark.end()
    if len(entries) < 2 or not all(org_like(unprotect_brackets(name)) for name, _ in entries[1:]):
        return None
    entries[-1] = (entries[-1][0], body[start:].strip())
    return entries


def _expand_acronym(name: str, gloss: str) -> tuple[str, str]:
    """'FRIM- Forest Research Institute Malaysia', 'GEF- Small Grants Project Team': an
    acronym glossed by a title-cased name is that name, with the acronym."""
    words = split_words(gloss)
    if (
        is_acronym(name.strip())
        and 2 <= len(words) <= 8
        and fold(words[0]) not in SENTENCE_WORDS | CONNECTORS
        and all(is_capitalised(w) or fold(w) in CONNECTORS for w in words)
        and not re.search(r"[,;:()]", gloss)
    ):
        return f"{gloss.strip().rstrip('.')} ({name.strip()})", ""
    return name, gloss


def _read_body(body: str) -> list[_Candidate]:
    body = protect_brackets(body.strip())
    if not body:
        return []
    items = _dashed_items(body)
    if items is not None:  # 'A (URC), B - C and D, E - F, G': each item with its own dash
        return [c for item in items for c in _read_dashed_item(unprotect_brackets(item))]
    entries = _dash_entries(body)
    if entries is not None:
        out: list[_Candidate] = []
        for name, gloss in entries:
            for candidate in _read_body(unprotect_brackets(name)):
                out.append(
                    _Candidate(
                        candidate.name,
                        candidate.named,
                        candidate.hint,
                        candidate.gloss or unprotect_brackets(gloss),
                    )
                )
        return out
    name_part, gloss = _expand_acronym(*strip_gloss(body))
    if gloss and (unit := unit_of(unprotect_brackets(name_part), unprotect_brackets(gloss))):
        return [unit]  # 'Ministry of Agriculture - Department of Fisheries': the department
    if gloss and (tail := _dash_after_list(body, name_part)) is not None:
        # 'A (URC), B Corporation, CE Start-up - CLOOP and Sari-cycle': the dash glosses
        # the last item of the list only
        return [
            *_read_body(unprotect_brackets(body[:tail])),
            *_read_body(unprotect_brackets(body[tail + 1 :])),
        ]
    heading = unprotect_brackets(name_part)
    if (
        gloss
        and re.search(r"[,/]", gloss)
        and (
            (not is_named(heading) and not is_prose(gloss))
            or (_names_list(gloss) and not is_prose(heading))
            or (_kind_heading(heading) and _short_names(gloss))
        )
    ):
        # 'Chambers of Commerce and Business Associations: AMES, AJEC, AECV', 'Organizations
        # of Persons with Disabilities (OPD's): Maldives Autism Association, ...'
        kind = fold(split_words(heading)[0]) in PLURAL_HEADS if split_words(heading) else True
        named = is_named(heading) and not kind and not _kind_heading(heading)
        return [_Candidate(clean_name(heading), named), *_read_body(gloss)]
    if gloss and _generic_kind(heading) and _one_body(gloss):
        return _read_body(gloss)  # 'Local Municipality - City of Tshwane': the body named
    outside = re.sub(r"\([^()\x00+]*\)", " ", name_part)  # an aside (not a list) is not prose
    if is_prose(outside) and not _is_list(name_part):
        return read_prose(unprotect_brackets(body))
    out: list[_Candidate] = []
    for part in split_commas(name_part):
        for piece in split_and(part):
            raw = unprotect_brackets(piece)
            lead = fold(raw.split()[0]) if raw.split() else ""
            if is_prose(raw) and CLAUSE.search(raw) and lead in SENTENCE_WORDS | _ASIDE_STARTS:
                out.extend(read_prose(raw))  # 'This work was a joint effort of the Office of X'
                continue
            cleaned = clean_name(piece)
            # a lead-in cut off may leave two names joined by 'and' ('We worked with the X
            # Council and the Y'): part them now
            pieces = [cleaned] if cleaned == piece.strip() else split_and(cleaned)
            if any(len(split_words(p)) < 2 and not is_acronym(p) for p in pieces):
                pieces = [cleaned]  # 'Inclusive and Democratic Governance portfolio
            for run in (r for p in pieces for r in split_run_together(p)):
                for candidate in read_parentheses(clean_name(run)):
                    name = clean_name(unprotect_brackets(candidate.name))
                    if is_prose(name) and not portfolio_name(name):
                        out.extend(read_prose(name))
                        continue
                    name, kind = kind_prefix(name)
                    if name:
                        out.append(
                            _Candidate(
                                name,
                                candidate.named,
                                candidate.hint or kind,
                                unprotect_brackets(gloss or candidate.gloss),
                            )
                        )
    return out


def _dashed_items(body: str) -> list[str] | None:
    """The items of a comma list of three or more whose items carry their own dash glosses
    ('CE Start-up - CLOOP and Sari-cycle, CE Investor - xChange, KindMind'), when every item
    opens with a capitalised name of a few words; None otherwise (a description with commas
    after one name: 'SabahPay - provide training on e-wallets, mobile payments, and ...')."""
    if not _DASH.search(body):
        return None
    items = split_commas(body)
    if len(items) < 3 or not any(_DASH.search(item) for item in items):
        return None
    for item in items:
        head = strip_gloss(item.strip())[0]
        words = split_words(re.sub(r"\([^()]*\)", " ", head))  # an acronym's expansion aside
        if not words or not is_capitalised(words[0]) or len(words) > 7 or is_prose(head):
            return None
    return items


def _read_dashed_item(item: str) -> list[_Candidate]:
    """One item of a list with dashes: 'CE Start-up - CLOOP and Sari-cycle' names the two
    after its dash (a kind, then its members); 'Zorbix - a start-up' is a name and its gloss."""
    dash = _DASH.search(item)
    if dash is not None:
        name, gloss = (
            item[: dash.start()],
            re.sub(r"\s+(?:and|&|et|y)\s+", ", ", item[dash.end() :]),
        )
        if name.strip() and _short_names(gloss):
            return [*_read_body(name), *_read_body(gloss)]
    return _read_body(item)


def _dash_after_list(body: str, name_part: str) -> int | None:
    """Where the last comma of a comma list stands when a dash (not a colon) follows its last
    item; None when what comes before the dash is one name ('Ministry of Land Management,
    Urban Planning, Housing - ...') or a sentence."""
    cut = name_part.rfind(",")
    rest = body[len(name_part) :]
    if cut <= 0 or not body.startswith(name_part) or not re.match(r"\s*[-–—]", rest):
        return None
    if len(split_commas(name_part)) < 2 or is_prose(name_part):
        return None
    return cut


def _generic_kind(text: str) -> bool:
    """A kind of partner, not a name ('Local Municipality', 'Academic institution'); not a
    status ('In process')."""
    words = {fold(w) for w in split_words(text)} - CONNECTORS - {"in", "on", "to", "with"}
    return not is_named(text) and bool(words & (HEADS | PLURAL_HEADS | GENERIC))


def _one_body(text: str) -> bool:
    """A short capitalised name of one institution ('City of Tshwane'), no list, no prose."""
    words = split_words(text)
    return (
        1 <= len(words) <= 8
        and is_capitalised(words[0])
        and head_count(words) > 0
        and not re.search(r"[,;:/]", text)
        and not is_prose(text)
    )


def _kind_heading(heading: str) -> bool:
    """'Knowledge Media outlet', 'Innovation Incubation Hub': a heading naming a kind of
    partner (ends in a lower-case word, or only kind and field words)."""
    words = split_words(heading)
    return bool(words) and (
        words[-1][:1].islower()
        or all(fold(w) in GENERIC | HEADS | PORTFOLIO | CONNECTORS for w in words)
    )


def _short_names(text: str) -> bool:
    """'Tia sáng, Bao KHDT, Vietcetera, Urbanist', 'DNES/FIIS': two or more short items,
    each opening with a capital, none a sentence."""
    parts = [p.strip(" .…") for p in re.split(r"[,;/]", text) if p.strip(" .…")]
    return len(parts) >= 2 and all(
        len(split_words(p)) <= 4 and is_capitalised(p.split()[0]) and not is_prose(p) for p in parts
    )


def _names_list(text: str) -> bool:
    """Three or more comma-separated items, most of them organisation names by their form."""
    parts = [p for p in re.split(r"[,;]", _SENTENCE_END.split(text)[0]) if p.strip()]
    return len(parts) >= 3 and sum(org_like(p) and not is_prose(p) for p in parts) >= 0.6 * len(
        parts
    )


def _is_list(text: str) -> bool:
    """A comma-separated list of names, even when one item trails off into a sentence."""
    parts = [p for p in re.split(r"[,;]", text) if p.strip()]
    if ";" in text and len(parts) >= 2 and all(len(split_words(p)) <= 8 for p in parts):
        return True  # 'Tribunal Supremo Electoral; Governance area at UNDP office'
    if len(parts) == 2 and all(_headed_item(p) for p in parts):
        return True  # 'Lasta Woreda administration, Lalibela town municipality'
    if len(parts) < 3:
        return False
    short = [p for p in parts if len(split_words(p)) <= 7 and not is_prose(p)]
    return len(short) >= 0.6 * len(parts)


def _headed_item(part: str) -> bool:
    """A short capitalised name ending in its head noun, in any case ('Lalibela town
    municipality')."""
    words = split_words(part)
    return (
        2 <= len(words) <= 6
        and is_capitalised(words[0])
        and fold(words[0]) not in SENTENCE_WORDS
        and fold(words[-1]) in HEADS
    )
