"""Reading sentences for partner names: free-text answers, not lists.

Organisation-like spans in a sentence (`_spans`), names described after them ('Y-Peer, a
local NGO'), named UNDP teams and units ('the Inclusive Growth portfolio'), and statements of
intent that are not partnerships ('expressed interest'). `names.py` sends a piece here when
`cleaning.is_prose` calls it a sentence.
"""

from __future__ import annotations

import re

from graphkit.countries import resolve_country
from graphkit.partners.cleaning import clean_name
from graphkit.partners.lexicon import find_known, sentence_words
from graphkit.partners.portfolios import protect_portfolios
from graphkit.partners.resolve import known_organisation, normalise_name
from graphkit.partners.sectors import fold
from graphkit.partners.splitting import split_and, split_run_together
from graphkit.partners.verdict import (  # the verdicts on one span, applied while reading
    _SELF,
    MAX_LABEL_WORDS,
    _Candidate,
    is_named,
)
from graphkit.partners.vocabulary import (
    CONNECTORS,
    FINAL_HEADS,
    GENERIC,
    HEADS,
    SENTENCE_WORDS,
    SINGULAR_HEADS,
)
from graphkit.partners.words import head_count, is_acronym, is_capitalised, split_words

_VERBS = frozenset(
    """was were has have had helped provided supported participated served conducted
    collaborated worked accompanied hosted joined offered contributed developed organized
    organised co-organized funded financed facilitated led implemented partnered
    teamed""".split()
)


_WITH = frozenset(
    "with alongside partnered including namely avec con com engaged contracted hired involved "
    "commissioned".split()
)
# 'Our main partner was X', 'partners were A and B': what the partner is, named after it.
_PARTNER_WAS = frozenset("was were is are include includes included".split())
_PARTNER = frozenset(("partner", "partners", "partnership"))

# A French or Italian article elided before a capitalised name: "l'Environnement", "d'Ivoire".
_ELIDED = re.compile(r"^[lLdD]['’](?=[A-ZÀ-Ý])")
# Kinds whose members named after 'such as' are places or things, not partners.
_PLACE_KINDS = frozenset(
    """communities community cities towns villages regions countries areas districts provinces
    neighbourhoods neighborhoods places settlements islands topics themes issues tools methods
    sectors technologies""".split()
)


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
            listing = (
                bool(before)
                and before[-1].isalpha()
                # 'Telcos (Safaricom and Airtel) shared ...': a kind opening the sentence
                and (before[-1][:1].islower() or (len(before) == 1 and before[-1].endswith("s")))
            )
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
            if not run and _ELIDED.match(bare):
                bare = bare[2:]  # "l'Agence Nationale ...": the name starts after the article
            after = tokens[position + 1].strip(".'’") if position + 1 < len(tokens) else ""
            if bare and (
                is_capitalised(bare)
                # "Ministère de l'Environnement" (not "LAME de l'Université ...": its parent)
                or (run and _ELIDED.match(bare) is not None and head_count(run) > 0)
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
                    # 'organizations such as X, Y' (not 'communities such as' places)
                    such_as = previous[-2:] == ["such", "as"] and previous[-3] not in _PLACE_KINDS
                    # 'our main partner was (the) X'
                    said = previous[:-1] if previous[-1] in ("the", "a", "an", "our") else previous
                    run_with = (
                        previous[-1] in _WITH
                        or such_as
                        or (said[-1] in _PARTNER_WAS and said[-2] in _PARTNER)
                        or (previous[-1] in ("the", "a", "an", "our") and previous[-2] in _WITH)
                        or (position <= lead and item_start)
                    )
                    led = led or such_as or (previous[-1] in _WITH or previous[-2] in _WITH)
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


# 'a civil society organization called 'Analytica'': a name in quotes after 'called'.
_CALLED = re.compile(
    r"\b(company|firm|startup|start-up|enterprise|business|NGO|CSO|organi[sz]ation|association|"
    r"cooperative|foundation|university|network|group|platform)?\s*(?:called|named)\s+"
    r"['\"“‘«]\s*([A-Z][^'\"”’»\n]{1,60}?)\s*['\"”’»]"
)


def _described(text: str) -> list[_Candidate]:
    """Names written after a lower-case description word ('a private company Watergunz')."""
    out = [
        _Candidate(m.group(2), True, _DESCRIBED_SECTOR.get(fold(m.group(1) or ""), ""))
        for m in _CALLED.finditer(text)
    ]
    for match in _DESCRIBED.finditer(text):
        word = match.group(1)
        if not (word[:1].islower() or word in ("NGO", "CSO", "ONG")):
            continue  # 'Foundation Moises Bertoni': the word is part of the name
        words = match.group(2).split()
        while words and fold(words[-1]) in CONNECTORS:
            words.pop()
        if not words or fold(words[0]) in SENTENCE_WORDS:
            continue
        name = clean_name(" ".join(words))
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


# A unit placed in the office: 'environmental programmatic unit from the UNDP Office',
# 'Communications area at UNDP', 'Environment Team at UNDP'; and the office's own word for
# its units: 'environmental programmatic area'.
# Where a unit is placed in the office ('of the UNDP'); `names.py` strips it to compare units.
AT_THE_OFFICE = r"(?:at|of|from|in)\s+(?:the\s+)?(?:UNDP|PNUD)"
_UNIT_AT_UNDP = re.compile(
    r"\b((?:[\w'’&-]+\s+){1,4}?(?:unit|team|area|portfolio|cluster|pillar))\s+"
    rf"({AT_THE_OFFICE}(?:\s+(?:[Oo]ffice|CO|[Cc]ountry [Oo]ffice))?)\b"
    r"|\b([a-z][\w-]*\s+programmatic\s+(?:unit|area))\b",
    re.IGNORECASE,
)


def unit_phrases(text: str) -> list[_Candidate]:
    """The lab's colleagues named as lower-case units: named `un` partners."""
    out = [_Candidate(f"UNDP {m.group(1)}", True, "un") for m in _UNDP_TEAM.finditer(text)]
    out += [_Candidate(m.group(1), True, "un") for m in _THE_PORTFOLIO.finditer(text)]
    for m in _UNIT_AT_UNDP.finditer(text):
        words = (m.group(1) or m.group(3)).split()
        if m.group(3):  # 'environmental programmatic area'
            if not _not_unit_word(words[0]):
                out.append(_Candidate(" ".join(words), True, "un"))
            continue
        kept: list[str] = []
        for word in reversed(words[:-1]):  # 'with the Environment Team at UNDP': 'Environment'
            joins = fold(word) in ("&", "and") and kept and kept[0][:1].isupper()
            if not joins and _not_unit_word(word):
                break  # ('Social & Economic Development unit' keeps its '&')
            kept.insert(0, word)
        if kept and (kept[0][:1].islower() or fold(words[-1]) == "area"):
            # a unit described, not named ('environmental programmatic unit from the UNDP
            # Office', 'Communications area at UNDP'): the place is part of its name; a
            # named one ('Green Jobs portfolio in UNDP Nepal') is read by the other rules
            out.append(_Candidate(" ".join([*kept, words[-1], m.group(2)]), True, "un"))
    return out


# Words before a unit that are not its name: connectors, sentence words, what was done.
_NOT_UNIT_WORDS = (
    CONNECTORS
    | SENTENCE_WORDS
    | frozenset("collaboration colleague colleagues partnership support help up".split())
)


def _not_unit_word(word: str) -> bool:
    return fold(word) in _NOT_UNIT_WORDS or fold(word) in _VERBS


def named_teams(text: str) -> list[_Candidate]:
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


_INTENT = re.compile(
    r"(?i)\b(?:expressed (?:an |their )?interests?|potential(?:ly)?\s+(?:partner\w*|"
    r"collaborat\w*|all(?:y|ies)|donors?|funders?)|as (?:a )?potential|to be contacted|tbc|tbd|"
    r"to be confirmed|will (?:be )?(?:approach|contact)|intend to|plans? to|planning to|"
    r"would like to|"
    r"future partner|not yet|could not|did not|were not able|gained (?:the |an? )?interests?|"
    r"interest (?:is|was) (?:gone|lost)|(?:currently )?exploring (?:another|a|an|the|possible)|"
    r"not (?:yet )?managed to|no longer|still not|"
    r"(?:tried|trying) to (?:involve|engage|get|reach|contact|partner|collaborate|work|bring)|"
    r"didn'?t|haven'?t (?:yet )?worked|have not (?:yet )?worked|(?:was|were) the targeted)\b"
)


def read_prose(text: str) -> list[_Candidate]:
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
        if re.search(
            rf"{re.escape(span)}\s+(?:project|projects)\b|{re.escape(span)} is a project", text
        ):
            owner = re.split(r"['’]s\s", span)
            if len(owner) == 1:
                continue  # 'the UNDP-ECOFISH project', 'Movés is a project'
            span = owner[0]  # 'the Ministry of Agriculture's REFLOR-CV project': the ministry
        bare = re.sub(r"^(?:NGO|CSO|ONG)\s+", "", span)
        if bare != span and any(d.name == bare for d in described):
            continue  # 'NGO Casa Verde': the name is read with its description below
        name = clean_name(_acronym_after(text, span))
        for part in split_and(name):
            for run in split_run_together(part):
                run = clean_name(run)
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
        if not is_named(hit.title()):
            continue  # a kind the name fields also list ('chambers of commerce')
        cut = [
            i
            for i, c in enumerate(out)
            if normalise_name(hit).startswith(f"{normalise_name(c.name)} ")
        ]
        if cut:  # 'Ministry of Higher' read where the text says 'Ministry of Higher education'
            out[cut[0]] = _Candidate(hit, True, out[cut[0]].hint, out[cut[0]].gloss)
            continue
        out.append(_Candidate(hit, True))
    return out
