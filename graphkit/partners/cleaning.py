"""One candidate name made clean, and whether a piece of text is prose.

`clean_name` drops what is not the name: lead-ins ('We worked with'), a clause after it ('... who
provided'), '(TBC)', URLs, quotes, web-page artefacts, numbering, a role before it ('Intern
at'), the place or parent after it. `is_prose` tells a sentence from a name or a list of names;
`protect_brackets` hides the separators inside parentheses from list splitting. Used by the list
reader (`splitting.py`), the prose reader (`prose.py`) and `names.py`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphkit.countries import resolve_country
from graphkit.partners.portfolios import LEAD_IN
from graphkit.partners.sectors import fold
from graphkit.partners.verdict import (  # the verdicts on one span, applied while reading
    _ASIDE_STARTS,
    _ROLES,
    MAX_LABEL_WORDS,
)
from graphkit.partners.vocabulary import CONNECTORS, GENERIC, HEADS, SINGULAR_HEADS
from graphkit.partners.words import head_count, is_capitalised, split_words

_LEAD = re.compile(
    r"(?i)^(?:(?:we\s+|the lab\s+|our lab\s+|acclab\s+|the acclab\s+|i\s+)?(?:have\s+)?(?:also\s+)?"
    r"(?:worked|work|partnered|collaborated|engaged|cooperated)\s+(?:closely\s+)?"
    r"(?:with|alongside)\s+|with\s+|including\s+|includes?\s+|mainly\s+|namely\s+|yes,?\s+|"
    r"(?:we|the lab|our lab|i)\s+(?:have\s+)?(?:also\s+)?(?:engaged|contracted|hired|involved|"
    r"commissioned)\s+(?:the\s+)?(?-i:(?=[A-Z]))|"
    r"(?:avec|con)\s+(?:la\s+|le\s+|les\s+|el\s+|los\s+|las\s+)?|"
    r"(?:and|the|a|an|our|also|both|but|as well as|e\.g\.|i\.e\.|such as)\s+|"
    r"(?-i:(?:la|el|le|les|los|las|y|et)\s+(?=[A-ZÀ-Ý]))|(?-i:l['’](?=[A-ZÀ-Ý]))|"
    r"(?:help|support|assistance|guidance)\s+of\s+(?:the\s+)?(?-i:(?=[A-Z]))|"
    r"(?:members|staff|representatives|experts|researchers|officials)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?-i:(?=[A-Z]))|"
    r"(?-i:(?:[a-z]+\s+){0,3}(?:with|by|such as|including|like)\s+(?:the\s+)?(?=[A-Z])))"
)


_NUMBERING = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)]|\d{1,2}\s*-|[a-h][.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)\)|"
    r"[-+*•·▪●◦–—>]+)\s*"
)


_TBC = re.compile(r"(?i)\(\s*(tbc|tbd|to be confirmed|to be determined|potential|tentative)\s*\)")


@lru_cache(maxsize=65536)
def is_prose(text: str) -> bool:
    """Whether a piece is a sentence rather than a name or a list of names."""
    words = split_words(text)
    lower = [w for w in words if w[:1].islower() and fold(w) not in CONNECTORS]
    if len(words) > MAX_LABEL_WORDS and not re.search(r"[,;]", text):
        return True
    if not words:
        return False
    first = words[1] if len(words) > 1 and fold(words[0]) in ("the", "la", "le", "el") else words[0]
    if (
        len(words) <= 8
        and fold(first) in SINGULAR_HEADS
        and not (CLAUSE.search(text) or VERB_CLAUSE.search(text))
    ):
        return False  # 'Ministry of technical and higher education': a body written in lower case
    return len(words) >= 5 and len(lower) >= 3 and len(lower) >= 0.3 * len(words)


CLAUSE = re.compile(
    r"\s(?:to|who|which|that|is|are|was|were|has|have|had|will|would|provided|provides|"
    r"supported|supports|helped|helps|in charge|responsible for|through our|through its|"
    # French, Spanish, Portuguese: 'pour tester', 'para diseñar', 'en el diseño'
    r"afin de|a fin de|que|qui|durante|pendant|lors de|en (?:el|la|los|las)|dans (?:le|la|les)|"
    r"no (?:o|a)|(?:pour|para)(?=\s+\w+(?:er|ir|re|ar)\b))\s+\S"
)


VERB_CLAUSE = re.compile(r"\s(?:sent|gave|made|took|ran|[a-z]{3,}ed)\s+\S")


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


# What a partner was engaged to do, after its name ('X to Co-design the National Strategy').
_TASK_TAIL = re.compile(
    r"(?i)\s+to\s+(?:co-?design|design|develop|facilitate|support|provide|create|build|conduct|"
    r"implement|deliver|organi[sz]e|train|assist)\b.*$"
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


# The kind of body written before its name: 'NGO RADIAN', 'the NGO Mercy Corps' (but 'NGO
# Forum on Cambodia' is a name). `kind_prefix` strips it.
_KIND_PREFIX = re.compile(
    r"^(?:the\s+)?(?:local\s+|national\s+|international\s+)?(?:NGO|CSO|ONG|OSC|INGO)\s+"
    r"(?=[A-Z0-9])(?!(?:Forum|Network|Coalition|Alliance|Federation|Council|Platform|Consortium|"
    r"Committee|Union|Board|Resource|Working)\b)"
)


def without_web_button(name: str) -> str:
    """A name without a copied web page's button after it ('Happy Smala See less')."""
    return _WEB_BUTTON.sub("", name)


def kind_prefix(name: str) -> tuple[str, str]:
    """A name without the kind written before it, and the sector that kind says ('NGO
    RADIAN' -> ('RADIAN', 'civil_society')); else the name and ''."""
    match = _KIND_PREFIX.match(name)
    return (name[match.end() :], "civil_society") if match else (name, "")


def clean_name(name: str) -> str:
    """A candidate name without what is not the name: quotes, URLs, '(TBC)', a lead-in, a
    clause or a lower-case tail after it, numbering, a role before it, the place or parent
    after it ('M-Kilimo Ltd sent the SMS reminders' -> 'M-Kilimo Ltd')."""
    text = _QUOTES.sub("", _URL.sub("", _TBC.sub("", name)))
    text = _REPEATED.sub(r"\1", without_web_button(text.strip()))
    text = LEAD_IN.sub("", text.strip())
    clause = CLAUSE.search(text)
    before = split_words(text[: clause.start()]) if clause else []
    if (
        clause
        and clause.start() > 0
        and any(is_capitalised(w) for w in before)
        and not (len(before) == 1 and fold(before[0]) in HEADS and "charge" in clause.group(0))
        and not _TO_COUNTRY.fullmatch(text[clause.start() :])
    ):  # 'Ministry in charge of national Education' is a name, 'X in charge of Y' a role
        text = text[: clause.start()]
    verb = VERB_CLAUSE.search(text)
    if verb and verb.start() > 0:
        before = split_words(text[: verb.start()])
        if (
            before
            and not (len(before) == 1 and fold(before[0]) in _ASIDE_STARTS)
            and all(is_capitalised(w) or fold(w) in CONNECTORS for w in before)
        ):
            # 'M-Kilimo Ltd sent the SMS reminders': a name, then what it did.
            text = text[: verb.start()]
    task = _TASK_TAIL.search(text)
    if task and sum(is_capitalised(w) for w in split_words(text[: task.start()])) >= 2:
        text = text[: task.start()]  # 'Start-up Blink to Co-design the National Startup Strategy'
    tail = _LOWER_TAIL.search(text)
    if tail and sum(is_capitalised(w) for w in split_words(text[: tail.start()])) >= 2:
        # 'Ministry of Livestock on the pilot': a name, then where it worked.
        text = text[: tail.start()]
    text = _NUMBERING.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _LEAD.sub("", text.strip(" \t,;:.…-–—'\"“”‘’*"))
    text = re.sub(r"(?i)\s*\b(etc|among others|and others|and more)\.?$", "", text)
    text = re.sub(r"\s+", " ", text).strip(" \t,;:.…-–—'\"“”‘’*")
    text = re.sub(r"(?<=\w)['’]s$", "", text)  # a possessive: 'ILO’s specialist' -> ILO
    role = _ROLE_AT.match(text)
    if role and any(fold(w) in _ROLES or fold(w) in _ROLE_EXTRA for w in role.group(1).split()):
        # 'Volunteer Intern at the University of Córdoba': the person's organisation.
        text = text[role.end() :]
    where = re.search(r"\s+(en|au|à|in)\s+([A-ZÀ-Ýİ][\w'’ -]+)$", text)
    if where and (
        (where.group(1) != "in" and resolve_country(where.group(2)) is not None)
        or re.match(r"(?i)(?:municipio|municipalidad|alcald[ií]a|mairie|commune)\b", text)
        or re.search(r"(?i)\b(?:municipality|(?:city|municipal) council)$", text[: where.start()])
    ):
        # 'Municipio de San Antonio de Areco en Buenos Aires', 'Karsiyaka Municipality in İzmir'
        text = text[: where.start()]
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


def protect_brackets(text: str) -> str:
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


def unprotect_brackets(text: str) -> str:
    """The commas and semicolons `protect_brackets` hid, back in place."""
    return text.replace("\x00", ",").replace("\x01", ";")
