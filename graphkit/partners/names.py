"""Reading partner names in text: one name field or free-text answer -> candidate names.

Name fields are read as lists (commas, numbering, 'and', run-together names, headings,
glosses); answers that are sentences are read for organisation-like spans only. Each
candidate carries whether it is a named organisation or a generic group (`verdict.py`,
which also holds `_keep`, the rules' verdict on it). `extract.py` applies both to a page's
fields.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphkit.countries import resolve_country
from graphkit.partners.lexicon import find_known, is_known, sentence_words
from graphkit.partners.lists import distribute_shared_heads, place_or_country, two_under_one_tail
from graphkit.partners.portfolios import (
    LEAD_IN,
    LOCAL_BODY,
    is_ministry,
    portfolio_name,
    portfolio_words,
    protect_portfolios,
    takes_portfolio,
)
from graphkit.partners.resolve import (
    acronym_aliases,
    known_organisation,
    normalise_name,
    organisations,
    split_acronym,
)
from graphkit.partners.sectors import (
    fold,
    sector_from_answer,
    sector_from_name,
    strong_name_sector,
)
from graphkit.partners.verdict import (  # the verdicts on one span, applied while reading
    _ASIDE_STARTS,
    _EMPTY,
    _ROLES,
    _SELF,
    MAX_LABEL_WORDS,
    _Candidate,
    is_kind_description,
    is_named,
)
from graphkit.partners.vocabulary import (
    CONNECTORS,
    FINAL_HEADS,
    GENERIC,
    HEADS,
    LEGAL_FORMS,
    PEOPLE,
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
    strong_org,
)
from graphkit.places import is_place_name

_INLINE_HEADING = re.compile(
    r"(?i)(?:^|(?<=[\s,.;]))((?:private|public|civil society|academic|academia|government|"
    r"governmental|un|international|ngos?|csos?|local government|national level|local level|"
    r"other|civil society/ ?ngos|un agenc(?:y|ies)|united nations agency)(?:\s+sector)?"
    r"(?:\s+partners?)?|ministries|municipalities|universities|donors|"
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


_LEAD = re.compile(
    r"(?i)^(?:(?:we\s+|the lab\s+|our lab\s+|acclab\s+|the acclab\s+|i\s+)?(?:have\s+)?(?:also\s+)?"
    r"(?:worked|work|partnered|collaborated|engaged|cooperated)\s+(?:closely\s+)?"
    r"(?:with|alongside)\s+|with\s+|including\s+|includes?\s+|mainly\s+|namely\s+|yes,?\s+|"
    r"(?:avec|con)\s+(?:la\s+|le\s+|les\s+|el\s+|los\s+|las\s+)?|"
    r"(?:and|the|a|an|our|also|both|e\.g\.|i\.e\.|such as)\s+|"
    r"(?-i:(?:[a-z]+\s+){0,3}(?:with|by|such as|including|like)\s+(?:the\s+)?(?=[A-Z])))"
)


_NUMBERING = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)]|\d{1,2}\s*-|[a-h][.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)\)|"
    r"[-+*•·▪●◦–—>]+)\s*"
)


_SPLIT_NUMBERED = re.compile(
    r"(?:^|\s)(?:\(\d{1,2}\)|\d{1,2}[.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)\)|(?<=:\s)a\)|"
    r"(?<=\s)[b-h]\)(?=\s+[A-Z]))\s+(?=\S)"
)


_TBC = re.compile(r"(?i)\(\s*(tbc|tbd|to be confirmed|to be determined|potential|tentative)\s*\)")


_SENTENCE_END = re.compile(
    r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z])|(?<=[)][.])\s+(?=[A-Z])|(?<=[A-Z]{3}[.!?])\s+(?=[A-Z][a-z])"
    # a sentence run on without a stop: 'Ministry of Justice and Bar Associations We worked'
    r"|(?<=[A-Za-z)])\s+(?=(?:We|Our|They)\s+[a-z]|(?:All|Both|Each|Most|Some) of (?:them|us)\b)"
)


@lru_cache(maxsize=65536)
def _prose(text: str) -> bool:
    """Whether a piece is a sentence rather than a name or a list of names."""
    words = split_words(text)
    lower = [w for w in words if w[:1].islower() and fold(w) not in CONNECTORS]
    if len(words) > MAX_LABEL_WORDS and not re.search(r"[,;]", text):
        return True
    return len(words) >= 5 and len(lower) >= 3 and len(lower) >= 0.3 * len(words)


def _heading_sector(heading: str) -> str:
    low = fold(heading)
    for prefix, sector in _HEADING_SECTORS:
        if low.startswith(prefix):
            return sector
    return ""


_CLAUSE = re.compile(
    r"\s(?:to|who|which|that|is|are|was|were|has|have|had|will|would|provided|provides|"
    r"supported|supports|helped|helps|in charge|responsible for|through our|through its)\s+\S"
)


_VERB_CLAUSE = re.compile(r"\s(?:sent|gave|made|took|ran|[a-z]{3,}ed)\s+\S")


_URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+")


_QUOTES = re.compile(r"[\"“”«»„]")
# What a web page put beside a name: a fold button ('Happy Smala See less'), a link's text
# written twice ('Fundación Blockchain Argentina Fundación Blockchain Argentina').
_WEB_BUTTON = re.compile(r"(?i)\s+(?:see|read|show) (?:less|more)\W*$")
_REPEATED = re.compile(r"^(.{6,}?)\s+\1$")


_ROLE_AT = re.compile(r"^((?:[\w'’-]+\s+){1,4}?)(?:at|from|with)\s+(?:the\s+)?(?=[A-Z])")


_ROLE_EXTRA = frozenset("intern interns volunteer trainee trainees fellow fellows team".split())


_LOWER_TAIL = re.compile(
    r"\s+(?:on|in|at|to|during|since|through|about|regarding|within|of\s+the)"
    r"(?:\s+[a-z][\w'’\-]*)+"
    r"[\s.,;]*$"
)


# A name followed by what it is: 'Y-Peer a local NGO in Puntland', 'Uttaran, an NGO'.
_APPOSITIVE = re.compile(
    r",?\s+(?:a|an)\s+(?:[a-z][\w/-]*\s+){0,3}(?i:ngo|organi[sz]ation|company|start-?up|"
    r"association|foundation|network|enterprise|firm|group|agency|institution|platform|"
    r"cooperative|collective|university|think tank)\b[^,;:\n.()]*"
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


# A ministry's name, then its country: 'Ministry of Health in Fiji'.
_OF_PLACE = re.compile(
    r"^((?:the\s+)?(?:Ministry|Ministère|Ministerio|Ministério|Department)\s+(?:of|for|de|du|des)"
    r"\s+.+?)\s+(?:of|in|de|du|del|da)\s+(?:the\s+)?([A-Z][\w'’ -]+)$"
)


# 'Delegation of the EU to Serbia': the country a mission is accredited to is in its name.
_TO_COUNTRY = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w'’ -]+")


# A unit, then the body it belongs to ('... Lab within the Department of X'): the unit.
_FROM_PARENT = re.compile(r"^([A-Z0-9].*?)\s+(?:from|within|under)\s+(?:the\s+)?([A-Z].*)$")


def unit_of_parent(name: str) -> str:
    """A unit named with the body it belongs to is the unit ('Direction of Economy, Equality
    and Gender from the National Ministry of Economy', 'ICT Division under the Ministry of
    Posts'); any other name as it is."""
    unit = _FROM_PARENT.match(name)
    if unit and all(head_count(split_words(unit.group(k))) for k in (1, 2)):
        return unit.group(1)
    return name


def _clean(name: str) -> str:
    text = _QUOTES.sub("", _URL.sub("", _TBC.sub("", name)))
    text = _REPEATED.sub(r"\1", _WEB_BUTTON.sub("", text.strip()))
    text = LEAD_IN.sub("", text.strip())
    clause = _CLAUSE.search(text)
    before = split_words(text[: clause.start()]) if clause else []
    if (
        clause
        and clause.start() > 0
        and any(is_capitalised(w) for w in before)
        and not (len(before) == 1 and fold(before[0]) in HEADS and "charge" in clause.group(0))
        and not _TO_COUNTRY.fullmatch(text[clause.start() :])
    ):  # 'Ministry in charge of national Education' is a name, 'X in charge of Y' a role
        text = text[: clause.start()]
    verb = _VERB_CLAUSE.search(text)
    if verb and verb.start() > 0:
        before = split_words(text[: verb.start()])
        if (
            before
            and not (len(before) == 1 and fold(before[0]) in _ASIDE_STARTS)
            and all(is_capitalised(w) or fold(w) in CONNECTORS for w in before)
        ):
            # 'M-Kilimo Ltd sent the SMS reminders': a name, then what it did.
            text = text[: verb.start()]
    tail = _LOWER_TAIL.search(text)
    if tail and sum(is_capitalised(w) for w in split_words(text[: tail.start()])) >= 2:
        # 'Ministry of Livestock on the pilot': a name, then where it worked.
        text = text[: tail.start()]
    text = _NUMBERING.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _LEAD.sub("", text.strip(" \t,;:.-–—'\"“”‘’*"))
    text = re.sub(r"(?i)\s*\b(etc|among others|and others|and more)\.?$", "", text)
    text = re.sub(r"\s+", " ", text).strip(" \t,;:.-–—'\"“”‘’*")
    text = re.sub(r"(?<=\w)['’]s$", "", text)  # a possessive: 'ILO’s specialist' -> ILO
    role = _ROLE_AT.match(text)
    if role and any(fold(w) in _ROLES or fold(w) in _ROLE_EXTRA for w in role.group(1).split()):
        # 'Volunteer Intern at the University of Córdoba': the person's organisation.
        text = text[role.end() :]
    where = re.search(r"\s+(?:en|au|à)\s+([A-Z][\w'’ -]+)$", text)
    if where and (
        resolve_country(where.group(1)) is not None
        or re.match(r"(?i)(?:municipio|municipalidad|alcald[ií]a|mairie|commune)\b", text)
    ):
        text = text[: where.start()]  # 'Municipio de San Antonio de Areco en Buenos Aires'
    # 'Ministry of Health in the province of Catamarca': where it worked, not its name
    text = re.sub(
        r"\s+in\s+the\s+(?:province|region|department|city|district|state|county|"
        r"municipality)\s+of\s+[A-Z][\w'’ -]+$",
        "",
        text,
    )
    home = _OF_PLACE.match(text)
    if home and resolve_country(home.group(2)) is not None:
        # 'Ministry of Livestock of Somaliland': the country scopes the node already.
        text = home.group(1)
    people = re.search(
        r"\s+(?:young\s+|youth\s+)?(?:activists|volunteers|members|representatives)$", text
    )
    if people and sum(is_capitalised(w) for w in split_words(text[: people.start()])) >= 2:
        text = text[: people.start()]  # 'Fridays for Future Young activists': the movement
    # 'UltraHack for the UNDP': the body, not whom it worked for
    text = re.sub(r"\s+(?:for|with|of)\s+(?:the\s+)?(?:UNDP|PNUD)$", "", text)
    kind = re.match(r"^((?:[A-Za-z][a-z]+\s+){1,3}?)([A-Z][A-Z0-9&\-]+)$", text)
    if kind and all(
        (w[:1].islower() or fold(w) in GENERIC) and fold(w) not in CONNECTORS
        for w in kind.group(1).split()
    ):
        text = kind.group(2)  # 'Private companies BVT', 'consulting agencies UNITER'
    text = unit_of_parent(text)
    if text.count("(") > text.count(")"):
        text = text[: text.rindex("(")].strip()
    if text.count(")") > text.count("("):
        text = text.replace(")", "").strip()
    return text


def _protect(text: str) -> str:
    """Hide commas and separators inside parentheses so list splitting leaves them alone."""
    if "(" not in text:
        return text
    out, depth = [], 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if depth and char in ",;":
            out.append("\x00" if char == "," else "\x01")
        else:
            out.append(char)
    return "".join(out)


def _unprotect(text: str) -> str:
    return text.replace("\x00", ",").replace("\x01", ";")


_UNIVERSITY = re.compile(
    r"(?i)^\s*(?:the\s+)?(?:universit[yé]|universidad|universidade)\b|\buniversity\s*$"
)


_UNIT_OF = re.compile(
    r"(?i)^(?!.*universit)(?:the\s+)?(?:[\w&'’-]+\s+){0,5}(?:lab|laboratory|department|faculty|"
    r"school|centre|center|unit)\b"
)


def _split_commas(text: str) -> list[str]:
    """Split a name list on commas/semicolons; a ministry keeps its comma-separated portfolio."""
    parts = [p.strip() for p in re.split(r"[;,]|\s/\s|\s\+\s", text) if p.strip()]
    parts = _spelled_runs([q for p in parts for q in _split_slash(p)])
    merged: list[str] = []
    for part in parts:
        lead = re.sub(r"(?i)^(and|&|y|et)\s+", "", part)
        lead = re.sub(r"\s*\([A-Z][A-Za-z&\-]{1,14}\)\s*$", "", lead)  # '... (MTESS)'
        run = re.match(r"(?:(?:[A-Z][\w'’\-]*|and|&|of|y|et|de)(?:\s+|$))+", lead + " ")
        if (
            run
            and run.end() < len(lead)
            and (
                _prose(lead)
                or re.match(r"\s*(?:during|in|to|for|on|with|at|through)\b", lead[run.end() :])
            )
        ):
            lead = run.group(0)  # 'and Social Security (MTESS) has been our main partner'
        if merged and _UNIVERSITY.match(part) and _UNIT_OF.search(merged[-1]):
            continue  # 'Rights Lab, University of X': the unit is the partner
        if (
            merged
            and takes_portfolio(merged[-1])
            and portfolio_words(lead)
            and not LOCAL_BODY.match(lead)
            and (is_capitalised(lead) or re.search(r"\b(?:of|for)\s+[a-z]", merged[-1]))
            and not any(w[:1].islower() and fold(w) in HEADS - PORTFOLIO for w in split_words(part))
            # 'Diaspora office and other bodies': a body of its own, in lower case
        ):
            # 'Ministry of National Land Management, Urban Planning, Housing and Urban Policy'
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return _serial_and(merged)


def _serial_and(parts: list[str]) -> list[str]:
    """'Kathmandu, Lalitpur and Chandragiri': in a list of bare names (one or two capitalised
    words, no head noun), the last 'and' parts two items, not one name's words."""
    pair = _LAST_PAIR.fullmatch(parts[-1]) if len(parts) >= 2 else None
    if (
        pair is None
        or not all(_bare_name(p) for p in (*parts[:-1], pair.group(1), pair.group(2)))
        or place_or_country(parts[-1])  # 'Trinidad and Tobago'
    ):
        return parts
    return [*parts[:-1], pair.group(1), pair.group(2)]


_LAST_PAIR = re.compile(r"(.+?)\s+(?:and|&|y|et|e)\s+(.+)")


def _bare_name(part: str) -> bool:
    words = split_words(part)
    return (
        1 <= len(words) <= 2
        and all(is_capitalised(w) and not is_acronym(w) for w in words)
        and not any(fold(w) in HEADS | PLURAL_HEADS | GENERIC | CONNECTORS for w in words)
    )


_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&\-]{2,14})\)")
_TRAILING_ACRONYM = re.compile(rf"\s*{_PAREN_ACRONYM.pattern}\s*$")


def _spelled_runs(parts: list[str]) -> list[str]:
    """Comma-separated parts that one acronym after them spells out are one name: 'Society
    for Aid', 'Improvement', 'and Bridging (SAIB)' are 'Society for Aid, Improvement, and
    Bridging (SAIB)'."""
    out: list[str] = []
    for part in parts:
        out.append(part)
        acronym = _TRAILING_ACRONYM.search(part)
        if acronym is None or name_initials(part[: acronym.start()]) == acronym.group(1):
            continue
        for k in range(2, min(4, len(out)) + 1):
            joined = ", ".join(out[-k:])
            if name_initials(joined[: -len(acronym.group(0))]) == acronym.group(1):
                out[-k:] = [joined]
                break
    return out


_AREA_HEADS = frozenset(
    "province provincia region región state district city county governorate prefecture".split()
)


def _split_slash(part: str) -> list[str]:
    """'Province of Entre Ríos/Municipality of Concepción': a slash between two names."""
    sides = [p.strip() for p in part.split("/")]
    if len(sides) < 2 or not all(sides):
        return [part]
    initials = "".join(w[0] for w in split_words(sides[0])).casefold()
    if len(sides) == 2 and sides[1].casefold() == initials:
        return [part]  # 'Ministry of Health/MoH': a name and its acronym
    if len(sides) >= 3 and all(
        len(side.split()) == 1 and is_capitalised(side) and fold(side) not in GENERIC
        for side in sides
    ):
        return sides  # 'EdX/Coursera/Udacity': one-word names
    for side in sides:
        words = split_words(side)
        strong = org_like(side) or (words and fold(words[0]) in _AREA_HEADS)
        if not (is_capitalised(side) and (strong or is_known(side))):
            return [part]
        if len(words) == 1 and not (is_acronym(side) or is_known(side)):
            return [part]
    return sides


def _split_and(part: str) -> list[str]:
    """Split 'A and B' / 'A & B' only when both sides are organisations."""
    if shared := two_under_one_tail(part):
        return shared  # 'eThekwini and Waterburg Districts': one body of each
    places = _PLACES_OF.match(part)
    if (
        places
        and is_place_name(places.group(2))
        and is_place_name(places.group(3))
        and not place_or_country(part[places.start(2) : places.end(3)])  # 'Trinidad and Tobago'
    ):
        # 'Local Government of Canelones and Montevideo': one body of each place.
        return [f"{places.group(1)} {places.group(2)}", f"{places.group(1)} {places.group(3)}"]
    sides = re.split(r"\s+&\s+", part)
    if len(sides) >= 2 and all(
        strong_org(side) and re.search(r"\s(?:and|y|et)\s", side) for side in sides
    ):
        # 'Ministry of Agro Industry and Food Security & Food and Agricultural Research and
        # Extension Institute (FAREI)': '&' parts two names that each use 'and'
        return sides
    pieces = re.split(r"\s+(and|&|y|et|e)\s+(?:the\s+|la\s+|le\s+|el\s+)?", part)
    if len(pieces) < 3:
        return [part]
    out = [pieces[0]]
    for joiner, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        left = out[-1]
        left_words = split_words(left)
        right_words = split_words(piece)
        if (
            re.search(r"\((?-i:[A-Z][A-Za-z&\-]{1,14})\)\s*$", left)
            and is_capitalised(piece)
            and joiner in ("and", "&", "y", "et")
        ):
            # 'Ministry of Innovation and Technology (MInT) and TechIN': an acronym closes a name.
            out.append(piece)
            continue
        if "," in left and takes_portfolio(left) and portfolio_words(piece):
            # 'Chamber of Commerce, Industry and Services of X': the last of its fields.
            out[-1] = f"{left} {joiner} {piece}"
            continue
        # 'National Technology and Innovation Sandbox (NTIS)': the acronym names the whole,
        # unless the right side is an organisation without it.
        tail = re.search(r"\(([A-Z][A-Za-z&\-]{1,14})\)\s*$", piece)
        whole = f"{left} {piece[: tail.start()]}" if tail else ""
        tail_acronym = (
            tail is not None
            and (
                not strong_org(split_acronym(piece)[0])
                or name_initials(whole).upper() == tail.group(1).upper()
            )
            # 'TONIBUNG and Moyog Innovation House (MIH)': the acronym spells the right side
            and name_initials(piece[: tail.start()]).upper() != tail.group(1).upper()
            # 'UNICEF and Pacific Community (SPC)': a known body by its name and acronym
            and not _known_by_name(piece)
        )
        left_bare = not any(fold(w) in CONNECTORS for w in left_words)
        if (
            len(left_words) <= 2
            and all(
                fold(w) in (PEOPLE | _ROLE_KINDS | PLURAL_HEADS) - PORTFOLIO for w in left_words
            )
            and strong_org(piece)
            and is_capitalised(piece)
        ):
            # 'Experts and San Andrés University', 'Universities and the Municipality of
            # Ratoma': a kind of partner, then a name.
            out.append(piece)
            continue
        if (
            left_words
            and all(fold(w) in PORTFOLIO | GENERIC | _MODIFIERS for w in left_words)
            and not any(fold(w) in SINGULAR_HEADS for w in left_words)  # 'Ministry of X and ...'
            and not any(is_acronym(w) for w in left_words)  # 'UN Women and UNFPA'
            and _ends_with_head(piece)
            and fold(split_words(piece)[0]) not in SINGULAR_HEADS
        ):
            # 'National Science and Technology Council': the head is shared by both sides.
            out[-1] = f"{left} {joiner} {piece}"
            continue
        if (
            len(left_words) >= 2
            and fold(left_words[0]) in _MODIFIERS
            and head_count(left_words) == 0
            and not any(is_acronym(w) for w in left_words)
            and _ends_with_head(piece)
        ):
            # 'National Tax and Customs Directorate': a modifier, a field, then the shared head.
            out[-1] = f"{left} {joiner} {piece}"
            continue
        head_at = 1 if len(right_words) >= 4 and fold(right_words[0]) in _MODIFIERS else 0
        if (
            len(right_words) >= 3 + head_at
            and fold(right_words[head_at])
            in SINGULAR_HEADS | {"city", "town", "county", "province"}
            and fold(right_words[head_at + 1]) in ("of", "for", "de", "del", "du", "des")
            and is_capitalised(right_words[0])
            and head_count(left_words) >= 1
        ):
            # 'Ministry of Women and the Municipality of Asuncion', '... and the Higher Council
            # for Innovation': a second institution.
            out.append(piece)
            continue
        if (
            org_like(left)
            and right_words
            # 'Ministry of Housing and urban development': a field in lower case
            and not (
                takes_portfolio(left)
                and portfolio_words(piece)
                and not any(fold(w) in PEOPLE for w in right_words)
            )
            and (
                all(w[:1].islower() and fold(w) in GENERIC for w in right_words)
                # 'General Secretariat of the Presidency and 60 other public institutions'
                or re.match(r"(?:\d+|other|many|several)\s", piece) is not None
                or (
                    fold(right_words[-1]) in PLURAL_HEADS
                    and len(right_words) <= 3
                    and not (_of_complement(left) and fold(right_words[0]) in PORTFOLIO)
                )
            )
        ):
            # 'Japan Innovation Network and private sector': a name, then a kind of partner.
            out.append(piece)
            continue
        core = re.sub(r"\s*\(.*$", "", piece)  # 'Society Studies (CETyS, its acronym)'
        if _of_complement(left) and not is_ministry(core) and not _ends_with_head(core):
            # 'Center for Technology and Society Studies', 'Department of Science and
            # Innovation': the 'and' joins the complement of the head noun.
            out[-1] = f"{left} {joiner} {piece}"
            continue
        if (
            joiner in ("and", "&")
            and len(right_words) == 1
            and is_acronym(right_words[0])
            and len(left_words) <= 3
            and all(is_capitalised(w) for w in left_words)
            and not _of_complement(left)
        ):
            # 'Canelones and INAU', 'Iraq and MoHESR': a second body by its acronym.
            out.append(piece)
            continue
        if (
            joiner in ("and", "&")
            and left_bare
            and org_like(left)
            and len(right_words) == 1
            and is_capitalised(piece)
            and fold(piece) not in PORTFOLIO | GENERIC | CONNECTORS
        ):
            # 'Fundación Sadosky and Fundar': a second, one-word name.
            out.append(piece)
            continue
        bare_right = split_words(re.sub(r"\s*\([^()]*\)\s*$", "", piece))  # '... (HSTU)'
        if (
            2 <= len(left_words) <= 4
            and left_bare
            and head_count(left_words) == 0
            and not any(is_acronym(w) for w in left_words)
            and len(bare_right) == 2
            and fold(bare_right[1]) in FINAL_HEADS
            and (fold(bare_right[0]) not in HEADS or fold(bare_right[0]) in PORTFOLIO)
            and known_organisation(left, fuzzy=False) is None
            and known_organisation(piece, fuzzy=False) is None
        ):
            # 'Hebron Leather and Shoe Cluster', 'Kabarole Research and Resource Centre': two
            # fields before one head noun.
            out[-1] = f"{left} {joiner} {piece}"
            continue
        if (
            joiner == "and"
            and left_bare
            and len(left_words) == 1
            and is_capitalised(left)
            and fold(left) not in GENERIC | PORTFOLIO
            and len(right_words) >= 2
            and fold(right_words[-1]) in LEGAL_FORMS
        ):
            # 'Maxis and Google Inc': a one-word name, then a company by its legal form.
            out.append(piece)
            continue
        if (
            is_ministry(left)
            and len(right_words) >= 2
            and fold(right_words[-1]) in FINAL_HEADS
            and is_capitalised(right_words[0])
            and not all(fold(w) in PORTFOLIO | CONNECTORS for w in right_words[:-1])
        ):
            # 'Ministry of Blue Economy and Zanzibar fisheries institute': a second body.
            out.append(piece)
            continue
        if is_ministry(piece) or (
            (org_like(left) or (left_bare and 2 <= len(left_words) <= 4 and org_like(piece)))
            and not _is_ministry_tail(left)
            and is_capitalised(piece)
            and not tail_acronym
            and (org_like(piece) or (len(right_words) >= 2 and left_bare))
            and left_words
        ):
            out.append(piece)
        else:
            out[-1] = f"{left} {joiner} {piece}"
    return out


def _known_by_name(piece: str) -> bool:
    """Whether a name (its acronym aside) is a curated organisation's label or alias."""
    org = known_organisation(piece, fuzzy=False)
    names = {normalise_name(n) for n in (org.label, *org.aliases)} if org is not None else set()
    return normalise_name(split_acronym(piece)[0]) in names


_PLACES_OF = re.compile(
    r"^((?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:government|municipality|council|city|county|"
    r"district|province|governorate|prefecture|mairie|municipio|gobierno|alcald[ií]a)\s+"
    r"(?:of|de|du))\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:and|&|y|et)\s+"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$",
    re.IGNORECASE,
)


# People named by what they do, before a named body: 'Experts and San Andrés University'.
_ROLE_KINDS = frozenset("experts specialists consultants practitioners professionals".split())


def _of_complement(left: str) -> bool:
    """'Center for Technology', 'Council for Scientific': a head noun then of/for/de."""
    words = [fold(w) for w in split_words(left)]
    if (
        len(words) >= 3
        and any(w in SINGULAR_HEADS for w in words[:2])
        and any(w in ("of", "for", "de", "del", "des", "du", "on") for w in words[1:3])
    ):
        return True
    # '... African Institution for Science', 'and the Commission for Science': a head, its
    # preposition and a short complement end the left side.
    return any(
        words[i] in HEADS
        and words[i + 1] in ("of", "for", "de", "del", "des", "du", "on")
        and 1 <= len(words) - i - 2 <= 3
        for i in range(len(words) - 2)
    )


def _ends_with_head(piece: str) -> bool:
    """Whether the right side of an 'and' is a whole organisation name of its own."""
    base, acronym = split_acronym(piece)
    words = [fold(w) for w in split_words(base)]
    heads = SINGULAR_HEADS | FINAL_HEADS
    return (
        bool(words)
        and (
            acronym is not None
            or words[-1] in FINAL_HEADS
            or words[-1]
            in ("government", "gobierno", "gouvernement")  # 'Itapua Regional Government'
            or is_ministry(base)
            or words[0] in ("university", "universidad", "universite", "municipality", "embassy")
            or any(w in heads for w in words[1:])
            or known_organisation(base, fuzzy=False) is not None
            or any(is_acronym(w) for w in split_words(base))
        )
    )


def _is_ministry_tail(left: str) -> bool:
    # 'Ministry of Environment and Natural Resources': the 'and' is inside the portfolio.
    return is_ministry(left) and head_count(split_words(left)) <= 1


# Words that go on a name after a head noun ('Center for Technology and Society Studies').
_CONTINUATIONS = frozenset(
    "studies research sciences science development innovation technology technologies".split()
)


def _split_run_together(part: str) -> list[str]:
    """Split names written one after another without punctuation.

    'Maroc Numeric Cluster FIWARE Kiwi Emerging Business Factory' -> three names: a cut
    after a head noun that ends a name ('Cluster', 'Municipality') when a capitalised word
    that is not a legal suffix follows, and around an all-caps word standing between two
    capitalised words (a known acronym such as 'FIWARE').
    """
    words = part.split()
    if (
        "," in part
        or len(words) < 4
        or not all(is_capitalised(w) or fold(w) in CONNECTORS | {"with"} for w in words)
    ):
        return [part]  # a comma left in a part joins a body's fields ('Ministry of A, B and C')
    the = _restart_the(words)
    if the:
        return [cut for piece in the for cut in _split_run_together(piece)]
    if "with" in words:
        return [part]
    return [cut for piece in _split_by_heads(part) for cut in (_known_cut(piece) or [piece])]


def _restart_the(words: list[str]) -> list[str]:
    """'... Signs TV The Action Foundation': a capitalised 'The' inside a run of names
    starts a new name when two or more words stand on each side and a head noun follows."""
    for i in range(2, len(words) - 2):
        if (
            words[i] == "The"
            and fold(words[i - 1]) not in CONNECTORS
            and head_count(words[i + 1 :]) > 0
        ):
            return [" ".join(words[:i]), " ".join(words[i:])]
    return []


def _split_by_heads(part: str) -> list[str]:
    words = part.split()
    if len(words) < 4 or not all(is_capitalised(w) or fold(w) in CONNECTORS for w in words):
        return [part]
    cuts: list[int] = []
    for i in range(1, len(words)):
        prev, word = words[i - 1], words[i]
        if fold(word) in CONNECTORS or fold(prev) in CONNECTORS:
            continue
        prev_head = fold(prev).strip(".,") in FINAL_HEADS
        if (
            prev_head
            and fold(word).strip(".") not in LEGAL_FORMS
            and fold(word) not in HEADS
            and fold(word) not in _CONTINUATIONS
        ):
            cuts.append(i)
            continue
        acronyms = acronym_aliases()
        if word in acronyms and i + 1 < len(words) and not is_acronym(prev):
            cuts.append(i)
        elif prev in acronyms and i >= 2 and not is_acronym(word):
            cuts.append(i)
    if not cuts:
        return [part]
    out, start = [], 0
    for cut in [*cuts, len(words)]:
        if cut > start:
            piece = " ".join(words[start:cut])
            if (
                out
                and cut - start == 1
                and not is_acronym(piece)
                and not is_known(piece)
                and known_organisation(piece, fuzzy=False) is None
            ):
                # 'Ain Shams University Hospital': one plain word left is not a name.
                out[-1] = f"{out[-1]} {piece}"
            elif out and _function_head(words[start:cut]):
                # 'The Innovation Hub Management Company': the company that runs the hub.
                out[-1] = f"{out[-1]} {piece}"
            else:
                out.append(piece)
        start = cut
    return out


# Words naming what a body does, never a name on their own: 'Management Company'.
_FUNCTION_WORDS = frozenset(
    """management development holding holdings investment investments services service
    support operating operations administration""".split()
)


def _function_head(words: list[str]) -> bool:
    """Two words, a function word and an institution head: the tail of the name before."""
    return len(words) == 2 and fold(words[0]) in _FUNCTION_WORDS and fold(words[1]) in HEADS


def _known_cut(part: str) -> list[str]:
    """'Legal Design Turkey Ministry of Justice' -> two names, cut at a known name whose
    rest is a name of two or more capitalised words (or an acronym) too."""
    if len(part.split()) < 3 or is_known(part):
        return []
    for start, end, hit in find_known(part):
        if is_place_name(hit):
            continue  # 'Municipality of Centar Sarajevo': a place inside a name
        if fold(part[:start].strip()) in ("undp", "pnud") or (
            start == 0 and fold(hit) in ("undp", "pnud")
        ):
            continue  # 'UNDP Strategic Innovation Unit': a unit of UNDP
        rest = [part[:start].strip(), part[end:].strip()]
        if not all(_rest_name(r) for r in rest if r) or not any(rest):
            continue
        return [r for r in (rest[0], hit, rest[1]) if r]
    return []


def _rest_name(rest: str) -> bool:
    words = rest.split()
    if fold(words[0]) in CONNECTORS or fold(words[-1]) in CONNECTORS:
        return False
    if is_place_name(words[0]):
        return False  # 'Sarajevo', 'Sarajevo and City of Sarajevo': a place ends the name before
    return (len(words) >= 2 and all(is_capitalised(w) or fold(w) in CONNECTORS for w in words)) or (
        len(words) == 1 and (is_acronym(words[0]) or is_known(words[0]))
    )


def _strip_gloss(part: str) -> tuple[str, str]:
    """Cut a description after ':' or ' - ' (or 'X- description') off a name."""
    match = re.search(r"\s+[:–—]\s*|:\s+|\s+-\s+|(?<=[A-Za-z)])-\s+(?=\S)", part)
    if match:
        left, right = part[: match.start()].strip(), part[match.end() :].strip()
        if (
            re.match(r"(?i)(?:on|for|regarding|about)\s", left)
            and right
            and len(split_words(right)) <= 4
            and is_capitalised(right)
            and not _prose(right)
        ):
            return right, left  # 'On Green Economy - UNICEF': a topic, then the partner
        if left and (
            _prose(right)
            or not right
            or ":" in match.group(0)
            or not match.group(0)[:1].isspace()
            or len(split_words(right)) > 6
            or org_like(left)
            or (right[:1].islower() and is_capitalised(left) and len(split_words(left)) <= 4)
        ):  # 'SabahPay - provide training on e-wallets': a name, then what it did
            return left, right
    return part, ""


def _parentheses(part: str) -> list[_Candidate]:
    """'Private sector (Roche)' -> Roche; 'X (ACR)' keeps the acronym; other asides dropped."""
    match = re.search(r"\(([^()]*)\)", part)
    if not match:
        return [_Candidate(part, is_named(part))]
    inner = _unprotect(match.group(1)).strip()
    outside = (part[: match.start()] + part[match.end() :]).strip()
    outside = re.sub(r"\s+", " ", outside)
    hint = sector_from_answer(inner) if len(split_words(inner)) <= 3 else ""
    if hint != "unknown" and hint and outside:
        # 'SmartNation (CSO)', 'American Chamber of Commerce (private sector)'.
        return [_Candidate(outside, is_named(outside), hint=hint)]
    words_out = split_words(outside)
    if (
        is_acronym(inner)
        and words_out
        and fold(words_out[-1]) in PLURAL_HEADS
        and not part[match.end() :].strip()
    ):
        # 'United Nations agencies (ILO)': a kind, then its member by its acronym (of its kind).
        kind = sector_from_name(re.sub(r"(?<!s)s$", "", re.sub(r"ies$", "y", outside)))
        return [_Candidate(outside, False), _Candidate(inner, True, kind.replace("unknown", ""))]
    if is_acronym(inner) and re.fullmatch(r"[A-Z][A-Za-z0-9&\-\.]{1,14}", inner):
        before, rest = part[: match.start()].strip(), part[match.end() :].strip()
        if re.fullmatch(r"\([^()]*\)", rest):
            # 'National Women Entrepreneur Council (NWEC) (Parastatal body under the aegis
            # of ...)': the name with its acronym, then an aside of its own
            return [
                _Candidate(f"{c.name} ({inner})", c.named, c.hint, c.gloss)
                if c.name == before
                else c
                for c in _parentheses(f"{before} {rest}")
            ]
        if rest:
            return [_Candidate(outside, is_named(outside))]
        if is_kind_description(before):
            return [_Candidate(inner, True)]  # 'Opérateurs de drônes (KONODIGITAL)'
        name = f"{part[: match.start()].strip()} ({inner})"
        return [_Candidate(name, is_named(outside) or True)]
    if outside and not is_named(outside) and inner and not _prose(inner):
        # A generic group with its members named inside: 'Innovation hubs (Shaqdoon, Harhub)'.
        found = [_Candidate(outside, False)]
        for piece in re.split(r"[,;]|\s+and\s+", inner):
            piece = _clean(piece)
            if piece and is_named(piece):
                found.append(_Candidate(piece, True))
        return found
    if not outside:
        return [_Candidate(inner, is_named(inner))]
    return [_Candidate(outside, is_named(outside), gloss=inner)]


_VERBS = frozenset(
    """was were has have had helped provided supported participated served conducted
    collaborated worked accompanied hosted joined offered contributed developed organized
    organised co-organized funded financed facilitated led implemented""".split()
)


_WITH = frozenset("with alongside partnered including namely".split())


# A capitalised particle that begins a name ('De La Salle University', 'El Gato y La Caja',
# 'Van Leer Foundation'), unlike an article or a joiner before one.
_NAME_PARTICLE = re.compile(r"(?:De|Del|Da|Do|Dos|Das|Di|La|Las|Los|El|Le|Les|Van|Von|Al)$")


_PARENT_OF = re.compile(r"\b(?:subsidiar(?:y|ies)|branch|affiliate) of\s+(?:the\s+)?$")


def _spans(text: str) -> list[str]:
    """Organisation-like spans of a sentence: capitalised runs with a head noun or acronym,
    or the capitalised subject of a verb ('Isla Urbana was hired') or object of 'with'."""
    found: list[str] = []
    text = protect_portfolios(text)
    parts = re.split(r"([,;:!?\"“”()\[\]]|\.(?:\s|$)|\s[-–—]\s)", text)
    # In a list after a lead ('we have worked with A; B, C'), or a list of names that opens
    # the sentence ('The Digital Serbia Initiative, Nova Iskra, ... all assisted us'), each
    # item's leading capitalised run is a name even without a head noun (its position is
    # the cue).
    first = parts[0].split()
    listing = (
        len(parts) > 4
        and parts[1] == ","
        and parts[3] == ","
        and bool(first)
        and all(is_capitalised(t) or fold(t) in CONNECTORS for t in first)
        and not (len(first) == 1 and fold(first[0]) in SENTENCE_WORDS | sentence_words())
    )
    for n in range(0, len(parts), 2):
        chunk = parts[n]
        separator = parts[n - 1] if n else ("," if listing else "")
        tokens = chunk.split()
        if separator not in (",", ";", "(") or not tokens:
            listing = False
        if separator == "(" and n >= 2:
            # 'two cooperatives (COMECIPAR, Cooperativa Universitaria)': members of a kind.
            before = parts[n - 2].split()
            listing = bool(before) and before[-1][:1].islower() and before[-1].isalpha()
        lead = 0
        while lead < len(tokens) - 1 and fold(tokens[lead]) in ("and", "the", "&"):
            lead += 1  # 'and the Serbian Blockchain Initiative'
        item_start = listing and bool(tokens) and is_capitalised(tokens[lead].strip(".'’"))
        run: list[str] = []
        runs: list[tuple[list[str], bool]] = []
        previous: list[str] = [""] * 5
        run_with = parent = False
        led = False  # a run of this chunk follows 'with' / 'including': a list may start
        for position, token in enumerate([*tokens, ""]):
            bare = token.strip(".'’")
            after = tokens[position + 1].strip(".'’") if position + 1 < len(tokens) else ""
            if bare and (
                is_capitalised(bare)
                # '4th Industrial Revolution Center': an ordinal that opens a name
                or (re.fullmatch(r"\d+(?:st|nd|rd|th)", bare) and is_capitalised(after))
                or (run and fold(bare) in CONNECTORS and bare != "in")
                # 'World data Lab': one lower-case word before the head that ends the name
                or (
                    run
                    and bare.isalpha()
                    and bare.islower()
                    and len(bare) >= 3
                    and fold(bare) not in SENTENCE_WORDS | _VERBS
                    and is_capitalised(after)
                    and fold(after) in FINAL_HEADS
                )
            ):
                if not run:
                    # only the unambiguous cues: a run after 'under' may run on into
                    # other names ('... under Ministry of Economy State SME Agency')
                    parent = _PARENT_OF.search(" ".join(previous) + " ") is not None
                    run_with = (
                        previous[-1] in _WITH
                        or (previous[-1] in ("the", "a", "an", "our") and previous[-2] in _WITH)
                        or (position <= lead and item_start)
                    )
                    led = led or (previous[-1] in _WITH or previous[-2] in _WITH)
                run.append(bare)
                continue
            if run and not parent:
                cue = run_with or fold(bare) in _VERBS
                runs.append((run, cue))
            run = []
            previous = [*previous[1:], fold(bare)]
        listing = (listing and item_start) or led
        for words, cue in runs:
            while words and (fold(words[-1]) in CONNECTORS):
                words = words[:-1]
            while (
                words
                and (fold(words[0]) in CONNECTORS or fold(words[0]) in SENTENCE_WORDS)
                and not (_NAME_PARTICLE.match(words[0]) and len(words) >= 2)
            ):
                words = words[1:]
            if not words:
                continue
            span = " ".join(words)
            if _keep_span(words, span) or (
                cue and not all(fold(w) in SENTENCE_WORDS | GENERIC for w in words)
            ):
                found.append(span.replace("\x00", ","))
    return found


def _keep_span(words: list[str], span: str) -> bool:
    if known_organisation(span, fuzzy=False) is not None:
        return True
    if len(words) == 1:
        return is_acronym(words[0]) and len(words[0]) >= 2
    if any(is_acronym(w) for w in words):
        return True
    heads = [w for w in words if fold(w) in SINGULAR_HEADS or fold(w) in FINAL_HEADS]
    return bool(heads) and len(heads) < len(words)


def _acronym_after(text: str, span: str) -> str:
    at = text.find(span)
    if at < 0:
        return span
    match = _ACRONYM_AFTER.match(text, at + len(span))
    if match and sum(c.isupper() for c in match.group(1)) >= 2:
        return f"{span} ({match.group(1)})"
    return span


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z0-9&\-\.]{1,14})\)")


# 'UNDP-Youth Leadership Programme', 'UNDP- Iraq Crisis Response': a unit of UNDP.
_UNDP_HYPHEN = re.compile(
    r"\b(UNDP|PNUD)\s*-\s*(?=[A-Z][\w'’]+\s+[A-Z])(?!(?:This|The|These|We|Our)\b)"
)


# A description before a name: 'a private company Watergunz', 'the NGO Casa Verde',
# 'organization ZMAI'. The description word gives the sector; the name is kept alone.
_DESCRIBED = re.compile(
    r"(?:\b(?:a|an|the|local|private|social|tech|technology|small|young|our)\s+)*"
    r"\b(company|firm|startup|start-up|enterprise|business|NGO|CSO|ONG|organization|"
    r"organisation|association|cooperative|foundation|university|think[- ]tank|consultancy)"
    r"\s+((?:[A-Z][\w'’&.\-]*)(?:\s+(?:[A-Z][\w'’&.\-]*|of|de|for))*)"
)


_DESCRIBED_SECTOR = {
    "company": "private",
    "firm": "private",
    "startup": "private",
    "start-up": "private",
    "enterprise": "private",
    "business": "private",
    "consultancy": "private",
    "ngo": "civil_society",
    "cso": "civil_society",
    "ong": "civil_society",
    "organization": "civil_society",
    "organisation": "civil_society",
    "association": "civil_society",
    "cooperative": "civil_society",
    "foundation": "civil_society",
    "university": "academia",
    "think tank": "academia",
    "think-tank": "academia",
}


def _described(text: str) -> list[_Candidate]:
    """Names written after a lower-case description word ('a private company Watergunz')."""
    out = []
    for match in _DESCRIBED.finditer(text):
        word = match.group(1)
        if not (word[:1].islower() or word in ("NGO", "CSO", "ONG")):
            continue  # 'Foundation Moises Bertoni': the word is part of the name
        words = match.group(2).split()
        while words and fold(words[-1]) in CONNECTORS:
            words.pop()
        if not words or fold(words[0]) in SENTENCE_WORDS:
            continue
        name = _clean(" ".join(words))
        if name and resolve_country(name) is None:
            out.append(_Candidate(name, True, _DESCRIBED_SECTOR[fold(word)]))
    for match in [*_IS_A.finditer(text), *_NAME_KIND.finditer(text)]:
        words = match.group(1).split()
        if fold(words[0]) in SENTENCE_WORDS or resolve_country(match.group(1)) is not None:
            continue
        kind = fold(match.group(2))
        out.append(_Candidate(match.group(1), True, _DESCRIBED_SECTOR.get(kind, "civil_society")))
    return out


# 'Returning Point organization assisted us': a name, its kind in lower case, then a verb.
_NAME_KIND = re.compile(
    r"((?:[A-Z][\w'’&.\-]*)(?:\s+(?:[A-Z][\w'’&.\-]*|of|de|for|and)){0,5})\s+"
    r"(organization|organisation|company|startup|start-up|foundation|association|"
    r"cooperative|network|collective)\s+(?:has\s+|have\s+|had\s+|was\s+|were\s+|also\s+)?"
    r"(?:[a-z]{3,}ed|helped|gave|made|ran|took|sent|is|are)\b"
)


# 'Casque Vert is a citizen movement that ...': a name said to be a kind of body.
_IS_A = re.compile(
    r"(?:^|(?<=[.;:]\s))((?:[A-Z][\w'’&.\-]*)(?:\s+(?:[A-Z][\w'’&.\-]*|of|de|for|and)){0,5})"
    r",?\s+(?:is|was)\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}?(company|firm|startup|start-up|"
    r"enterprise|NGO|CSO|organization|organisation|association|cooperative|foundation|movement|"
    r"network|collective|consultancy|think[- ]tank)\b"
)


# Units of the office written in lower case: 'UNDP team: governance and peace team',
# 'we engaged with the Environment portfolio'.
_UNDP_TEAM = re.compile(
    r"\b(?:UNDP|PNUD)\s+(?:team|unit)s?\s*:\s*((?:[a-z][\w'’-]*\s+){1,5}?"
    r"(?:team|unit|portfolio|pillar|cluster))\b"
)


_THE_PORTFOLIO = re.compile(
    r"\b(?:the|with)\s+((?:[A-Z][a-z]+)(?:\s+(?:and|&)\s+[A-Z][a-z]+|\s+[A-Z][a-z]+)?"
    r"\s+(?:portfolio|pillar))\b"
)


def _unit_phrases(text: str) -> list[_Candidate]:
    """The lab's colleagues named as lower-case units: named `un` partners."""
    out = [_Candidate(f"UNDP {m.group(1)}", True, "un") for m in _UNDP_TEAM.finditer(text)]
    out += [_Candidate(m.group(1), True, "un") for m in _THE_PORTFOLIO.finditer(text)]
    return out


def _named_teams(text: str) -> list[_Candidate]:
    """Units named by a capitalised run before a lower-case 'team'/'unit': `un` partners."""
    out = []
    for m in _NAMED_TEAM.finditer(text):
        run, kind = m.group(1), m.group(2)
        words = run.split()
        if re.search(r"[A-Z][\w'’-]*\s+(?:&|and)\s+$", text[: m.start()]):
            continue  # 'Social & Economic Development unit': the run starts before the '&'
        if not (
            fold(words[0]) in SENTENCE_WORDS
            or _SELF.match(normalise_name(run))
            or any(fold(w) in HEADS for w in words)
        ):
            out.append(_Candidate(f"{run} {kind}", True, "un"))
    return out


# 'Worked alongside the Effective Governance team', 'SPP team in NY': a unit named by a
# capitalised run before a lower-case 'team'/'unit' (the CO's colleagues).
_NAMED_TEAM = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w-]*)\s+(team|unit)\b")


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


def _rewrite(text: str) -> str:
    """Normalise the forms that hide names: shared plural heads, 'UNDP-Unit', 'and with',
    French elisions."""
    text = _LEVEL_HEADING.sub("\n", text)
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
# Eco-Bags'); kept as a bracketed sector, which types the name (`_parentheses`).
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
        _rewrite(_rejoin_broken_lines(text.replace("\xa0", " ").replace("\u200b", "")))
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
        for item in line.split("\n"):
            numbered_parts = _SPLIT_NUMBERED.split(item)
            if _parent_heading(numbered_parts):
                numbered_parts = numbered_parts[1:]  # 'Municipality of X: a) unit b) unit'
            for numbered in numbered_parts:
                for piece in _SENTENCE_END.split(numbered):
                    candidates.extend(_read_piece(piece))
    candidates = _under_a_ministry(_kind_acronyms(candidates))
    seen = {normalise_name(c.name) for c in candidates}
    for unit in _unit_phrases(raw):
        if normalise_name(unit.name) not in seen:
            # 'Inclusive Growth portfolio' read as 'Inclusive Growth' too: the unit only
            bare = normalise_name(unit.name.rsplit(" ", 1)[0])
            candidates = [c for c in candidates if normalise_name(c.name) != bare]
            candidates.append(unit)
    seen = {normalise_name(c.name) for c in candidates}
    for team in _named_teams(raw):
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


# Adjectives that stand before a head inside one name ('National Institute of Statistics').
_MODIFIERS = frozenset(
    """national nacional regional general central federal municipal state public supreme
    presidential local provincial international high higher executive independent""".split()
)


def _complete_name(before: str) -> bool:
    """Whether the text just before a head word ends a whole organisation name: a capitalised
    word that is not a connector closes a run holding a head noun or a known name."""
    segment = re.split(r"[,;:()]|\.\s|\s(?:with|and|the|including|namely|y|et)\s", before)[-1]
    words = segment.split()
    if (
        re.search(r"\bMinistry of [A-Z][\w'’-]*(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)+$", before)
        and fold(before.split()[-1]) not in _MODIFIERS
    ):
        # '... Ministry of Planning and Investment' National Agency ...; not '... Ministry of
        # Health and National' Agency for ...: the adjective opens the next name
        return True
    if len(words) < 2 or not is_capitalised(words[-1].strip(".'’")):
        return False
    if fold(words[-1]) in CONNECTORS or fold(words[-1]) in _MODIFIERS:
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
    acronym = _PAREN_ACRONYM.search(piece, at)
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


def _office_line(piece: str) -> _Candidate | None:
    if _ROMANCE_LINE.match(piece) and not (_CLAUSE.search(piece) or _VERB_CLAUSE.search(piece)):
        return _Candidate(piece.rstrip(". "), True, "", "")
    words = piece.split()
    lower = [w for w in words[1:] if w[:1].islower() and fold(w) not in CONNECTORS]
    if not lower or not _OFFICE_LINE.match(piece) or _DASH.search(piece):
        return None  # 'Ministry of Agriculture - Home economics department': a name, a gloss
    if (
        _CLAUSE.search(piece)
        or _VERB_CLAUSE.search(piece)
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
            runs = _split_run_together(_PLACE_END.sub("\\1\n", " ".join(tokens[k:])))
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
    if len(entries) < 2 or not all(org_like(_unprotect(name)) for name, _ in entries[1:]):
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
    body = _protect(body.strip())
    if not body:
        return []
    entries = _dash_entries(body)
    if entries is not None:
        out: list[_Candidate] = []
        for name, gloss in entries:
            for candidate in _read_body(_unprotect(name)):
                out.append(
                    _Candidate(
                        candidate.name,
                        candidate.named,
                        candidate.hint,
                        candidate.gloss or _unprotect(gloss),
                    )
                )
        return out
    name_part, gloss = _expand_acronym(*_strip_gloss(body))
    heading = _unprotect(name_part)
    if (
        gloss
        and re.search(r"[,/]", gloss)
        and (
            (not is_named(heading) and not _prose(gloss))
            or (_names_list(gloss) and not _prose(heading))
            or (_kind_heading(heading) and _short_names(gloss))
        )
    ):
        # 'Chambers of Commerce and Business Associations: AMES, AJEC, AECV', 'Organizations
        # of Persons with Disabilities (OPD's): Maldives Autism Association, ...'
        kind = fold(split_words(heading)[0]) in PLURAL_HEADS if split_words(heading) else True
        named = is_named(heading) and not kind and not _kind_heading(heading)
        return [_Candidate(_clean(heading), named), *_read_body(gloss)]
    if gloss and _generic_kind(heading) and _one_body(gloss):
        return _read_body(gloss)  # 'Local Municipality - City of Tshwane': the body named
    outside = re.sub(r"\([^()\x00+]*\)", " ", name_part)  # an aside (not a list) is not prose
    if _prose(outside) and not _is_list(name_part):
        return _read_prose(_unprotect(body))
    out: list[_Candidate] = []
    for part in _split_commas(name_part):
        for piece in _split_and(part):
            raw = _unprotect(piece)
            lead = fold(raw.split()[0]) if raw.split() else ""
            if _prose(raw) and _CLAUSE.search(raw) and lead in SENTENCE_WORDS | _ASIDE_STARTS:
                out.extend(_read_prose(raw))  # 'This work was a joint effort of the Office of X'
                continue
            for run in _split_run_together(_clean(piece)):
                for candidate in _parentheses(_clean(run)):
                    name = _clean(_unprotect(candidate.name))
                    if _prose(name) and not portfolio_name(name):
                        out.extend(_read_prose(name))
                        continue
                    if name:
                        out.append(
                            _Candidate(
                                name,
                                candidate.named,
                                candidate.hint,
                                _unprotect(gloss or candidate.gloss),
                            )
                        )
    return out


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
        and not _prose(text)
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
        len(split_words(p)) <= 4 and is_capitalised(p.split()[0]) and not _prose(p) for p in parts
    )


def _names_list(text: str) -> bool:
    """Three or more comma-separated items, most of them organisation names by their form."""
    parts = [p for p in re.split(r"[,;]", _SENTENCE_END.split(text)[0]) if p.strip()]
    return len(parts) >= 3 and sum(org_like(p) and not _prose(p) for p in parts) >= 0.6 * len(parts)


def _is_list(text: str) -> bool:
    """A comma-separated list of names, even when one item trails off into a sentence."""
    parts = [p for p in re.split(r"[,;]", text) if p.strip()]
    if ";" in text and len(parts) >= 2 and all(len(split_words(p)) <= 8 for p in parts):
        return True  # 'Tribunal Supremo Electoral; Governance area at UNDP office'
    if len(parts) == 2 and all(_headed_item(p) for p in parts):
        return True  # 'Lasta Woreda administration, Lalibela town municipality'
    if len(parts) < 3:
        return False
    short = [p for p in parts if len(split_words(p)) <= 7 and not _prose(p)]
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


_INTENT = re.compile(
    r"(?i)\b(?:expressed (?:an |their )?interests?|potential(?:ly)?\s+(?:partner\w*|"
    r"collaborat\w*|all(?:y|ies)|donors?|funders?)|as (?:a )?potential|to be contacted|tbc|tbd|"
    r"to be confirmed|will (?:be )?(?:approach|contact)|intend to|plans? to|planning to|"
    r"would like to|"
    r"future partner|not yet|could not|did not|were not able|gained (?:the |an? )?interests?|"
    r"interest (?:is|was) (?:gone|lost)|(?:currently )?exploring (?:another|a|an|the|possible)|"
    r"not (?:yet )?managed to|no longer|still not)\b"
)


def _read_prose(text: str) -> list[_Candidate]:
    """Names in sentences; a sentence about partners not yet worked with gives none."""
    out: list[_Candidate] = []
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text):
        if _INTENT.search(sentence):
            continue
        out.extend(_read_sentence(sentence))
    return out


# Lower-case words that say the name after them is not a body.
_NOT_BODY_KINDS = "facility|programme|program|project|platform|initiative|campaign|challenge"


def _read_sentence(text: str) -> list[_Candidate]:
    out = []
    described = _described(text)
    for span in _spans(text):
        if re.search(rf"\b(?:{_NOT_BODY_KINDS})\s+(?:called\s+|named\s+)?{re.escape(span)}", text):
            continue  # 'the innovation facility Deep Demonstration', 'the project Movés'
        bare = re.sub(r"^(?:NGO|CSO|ONG)\s+", "", span)
        if bare != span and any(d.name == bare for d in described):
            continue  # 'NGO Casa Verde': the name is read with its description below
        name = _clean(_acronym_after(text, span))
        for part in _split_and(name):
            for run in _split_run_together(part):
                run = _clean(run)
                if run and len(split_words(run)) <= MAX_LABEL_WORDS:
                    out.append(_Candidate(run, is_named(run)))
    names = {normalise_name(c.name): i for i, c in enumerate(out)}
    for candidate in described:
        at = names.get(normalise_name(candidate.name))
        if at is None:
            out.append(candidate)
        elif not out[at].hint:
            out[at] = _Candidate(out[at].name, True, candidate.hint, out[at].gloss)
    # Known organisation names with no head noun ('Citibeats', 'Perspektiva') in prose.
    found = " | ".join(normalise_name(c.name) for c in out)
    for start, _end, hit in find_known(text):
        before = text[:start].rstrip().split()[-1:] or [""]
        if normalise_name(hit) in found or (before[0][:1].isupper() and before[0] not in ("The",)):
            continue
        out.append(_Candidate(hit, True))
    return out
