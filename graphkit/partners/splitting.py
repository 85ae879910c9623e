"""Cutting one item of a name list into names.

Commas and semicolons (a ministry keeps its comma-separated portfolio), slashes, 'and' (only
between two organisations), names run together without punctuation, a gloss after ':' or
' - ', and parentheses (an acronym, a sector, an aside or a parent). `names.py` applies these
to each item of a field; `prose.py` to the runs it finds in sentences.
"""

from __future__ import annotations

import re

from graphkit.countries import resolve_country
from graphkit.partners.cleaning import clean_name, is_prose, unprotect_brackets
from graphkit.partners.lexicon import find_known, is_known
from graphkit.partners.lists import place_or_country, two_under_one_tail
from graphkit.partners.portfolios import LOCAL_BODY, is_ministry, portfolio_words, takes_portfolio
from graphkit.partners.resolve import (
    acronym_aliases,
    known_organisation,
    normalise_name,
    split_acronym,
)
from graphkit.partners.sectors import (
    fold,
    sector_from_answer,
    sector_from_name,
    strong_name_sector,
)
from graphkit.partners.verdict import (  # the verdicts on one span, applied while reading
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

_UNIVERSITY = re.compile(
    r"(?i)^\s*(?:the\s+)?(?:universit[yé]|universidad|universidade)\b|\buniversity\s*$"
)


_UNIT_OF = re.compile(
    r"(?i)^(?!.*universit)(?:the\s+)?(?:[\w&'’-]+\s+){0,5}(?:lab|laboratory|department|faculty|"
    r"school|centre|center|unit)\b"
)


def split_commas(text: str) -> list[str]:
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
                is_prose(lead)
                or re.match(r"\s*(?:during|in|to|for|on|with|at|through)\b", lead[run.end() :])
            )
        ):
            lead = run.group(0)  # 'and Social Security (MTESS) has been our main partner'
        if merged and fold(part).replace(".", "") in LEGAL_FORMS:
            merged[-1] = f"{merged[-1]}, {part}"  # 'PrimeBotics, Lda', 'Acme, Inc.'
            continue
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


PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&\-]{2,14})\)")


_TRAILING_ACRONYM = re.compile(rf"\s*{PAREN_ACRONYM.pattern}\s*$")


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


def split_and(part: str) -> list[str]:
    """Split 'A and B' / 'A & B' only when both sides are organisations."""
    if re.search(r"\([^()]*\s(?:and|&|y|et|e)\s[^()]*\)", part):
        # 'Social clubs (A and B)': an 'and' inside brackets is the aside's own
        hidden = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(" ", "\x03"), part)
        return [piece.replace("\x03", " ") for piece in split_and(hidden)]
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
            and all(fold(w) in PORTFOLIO | GENERIC | MODIFIERS for w in left_words)
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
            and fold(left_words[0]) in MODIFIERS
            and head_count(left_words) == 0
            and not any(is_acronym(w) for w in left_words)
            and _ends_with_head(piece)
        ):
            # 'National Tax and Customs Directorate': a modifier, a field, then the shared head.
            out[-1] = f"{left} {joiner} {piece}"
            continue
        head_at = 1 if len(right_words) >= 4 and fold(right_words[0]) in MODIFIERS else 0
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
        if (
            joiner in ("y", "et", "e")
            and len(right_words) >= 2
            and fold(right_words[0]) in SINGULAR_HEADS
            and is_capitalised(right_words[0])
            and is_capitalised(right_words[1])
            and head_count(left_words) >= 1
            and not is_ministry(left)
        ):
            # 'Universidad de Chile y Fundación Avina': a second body, its head first (in the
            # languages that put it first; 'Center for Technology and Society Studies' is one).
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


def split_run_together(part: str) -> list[str]:
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
        return [cut for piece in the for cut in split_run_together(piece)]
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
            elif out and _country_alone(piece):
                out[-1] = f"{out[-1]} {piece}"  # 'UNDP Accelerator Lab Lao PDR': its country
            elif out and _function_head(words[start:cut]):
                # 'The Innovation Hub Management Company': the company that runs the hub.
                out[-1] = f"{out[-1]} {piece}"
            else:
                out.append(piece)
        start = cut
    return out


def _country_alone(piece: str) -> bool:
    found = resolve_country(piece) if len(piece) > 3 else None
    return found is not None and found.place is None


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


def strip_gloss(part: str) -> tuple[str, str]:
    """Cut a description after ':' or ' - ' (or 'X- description') off a name."""
    match = re.search(r"\s+[:–—]\s*|:\s+|\s+-\s+|(?<=[A-Za-z)])-\s+(?=\S)", part)
    if match:
        left, right = part[: match.start()].strip(), part[match.end() :].strip()
        if (
            re.match(r"(?i)(?:on|for|regarding|about)\s", left)
            and right
            and len(split_words(right)) <= 4
            and is_capitalised(right)
            and not is_prose(right)
        ):
            return right, left  # 'On Green Economy - UNICEF': a topic, then the partner
        if left and (
            is_prose(right)
            or not right
            or ":" in match.group(0)
            or not match.group(0)[:1].isspace()
            or len(split_words(right)) > 6
            or org_like(left)
            or (right[:1].islower() and is_capitalised(left) and len(split_words(left)) <= 4)
        ):  # 'SabahPay - provide training on e-wallets': a name, then what it did
            return left, right
    return part, ""


# Acronyms that say what the body before them is ('Environment Unit (UN)'), not its name.
_KIND_MARKS = frozenset({"UN", "UNDP", "PNUD", "NGO", "CSO", "ONG", "OSC", "INGO", "CBO"})


def _generic_words(text: str) -> bool:
    """'Local NGO', 'Private company': a kind of body in generic words only."""
    words = [fold(w) for w in split_words(text)]
    return 1 <= len(words) <= 3 and all(
        w in GENERIC | MODIFIERS and w not in SINGULAR_HEADS for w in words
    )


# The head of a body's unit, first in its name ('Department of Fisheries', 'School of
# Architecture'), after an optional modifier.
_UNIT_HEADS = frozenset(
    """department departement departamento directorate division unit school faculty
    commission committee bureau laboratory section""".split()
)


def unit_of(parent: str, text: str) -> _Candidate | None:
    """The unit a text names after its parent body ('Ministry of Agriculture - Department of
    Fisheries', 'Ministry of Energy (Department of Energy Efficiency)'): the unit is the
    partner, typed by its parent (the labelling rules name the unit). None when the text is
    not one."""
    words = split_words(text)
    if not words or len(words) > 8 or re.search(r"[,;]", text) or is_prose(text):
        return None
    if not org_like(parent):
        return None
    head = 1 if len(words) > 2 and fold(words[0]) in MODIFIERS else 0
    if fold(words[head]) not in _UNIT_HEADS or len(words) < head + 2:
        return None
    if fold(words[head + 1]) not in ("of", "for", "de", "du", "des", "del", "on") and not (
        len(words) == head + 2 and is_capitalised(words[head + 1])
    ):
        return None
    kind = strong_name_sector(parent)
    return _Candidate(clean_name(text), True, "" if kind == "unknown" else kind)


def _kind_sector(kind: str) -> str:
    """The sector a plural kind's name says ('United Nations agencies', 'Municipalities'), or
    '' when it says none."""
    singular = re.sub(r"(?<!s)s$", "", re.sub(r"ies$", "y", kind.strip()))
    return sector_from_name(singular).replace("unknown", "")


def read_parentheses(part: str) -> list[_Candidate]:
    """'Private sector (Roche)' -> Roche; 'X (ACR)' keeps the acronym; other asides dropped."""
    match = re.search(r"\(([^()]*)\)", part)
    if not match:
        return [_Candidate(part, is_named(part))]
    inner = unprotect_brackets(match.group(1)).strip()
    outside = (part[: match.start()] + part[match.end() :]).strip()
    outside = re.sub(r"\s+", " ", outside)
    if not part[match.end() :].strip() and (unit := unit_of(outside, inner)):
        return [unit]  # 'Ministry of Energy (Department of Energy Efficiency)'
    members = re.split(r"\s+(?:and|&|y|et)\s+", inner)
    if (
        len(members) >= 2
        and all(is_acronym(m) and " " not in m for m in members)
        and is_named(outside)
    ):
        # 'Chamber of Commerce of Cabo Verde (CCB and CCISS)': the bodies, by their acronyms
        kind = sector_from_name(outside).replace("unknown", "")
        return [_Candidate(m, True, kind) for m in members]
    hint = sector_from_answer(inner) if len(split_words(inner)) <= 3 else ""
    if hint != "unknown" and hint and outside:
        # 'SmartNation (CSO)', 'American Chamber of Commerce (private sector)'.
        return [_Candidate(outside, is_named(outside), hint=hint)]
    words_out = split_words(outside)
    if (
        is_acronym(inner)
        and len(split_words(inner)) == 1
        and words_out
        and fold(words_out[-1]) in PLURAL_HEADS
        and not part[match.end() :].strip()
    ):
        # 'United Nations agencies (ILO)': a kind, then its member by its acronym (of its kind).
        return [_Candidate(outside, False), _Candidate(inner, True, _kind_sector(outside))]
    if is_acronym(inner) and re.fullmatch(r"[A-Z][A-Za-z0-9&\-\.]{1,14}", inner):
        before, rest = part[: match.start()].strip(), part[match.end() :].strip()
        if re.fullmatch(r"\([^()]*\)", rest):
            # 'National Women Entrepreneur Council (NWEC) (Parastatal body under the aegis
            # of ...)': the name with its acronym, then an aside of its own
            return [
                _Candidate(f"{c.name} ({inner})", c.named, c.hint, c.gloss)
                if c.name == before
                else c
                for c in read_parentheses(f"{before} {rest}")
            ]
        if rest:
            return [_Candidate(outside, is_named(outside))]
        if is_kind_description(before) or (_generic_words(before) and inner not in _KIND_MARKS):
            return [
                _Candidate(inner, True)
            ]  # 'Opérateurs de drônes (KONODIGITAL)', 'Local NGO (X)'
        name = f"{part[: match.start()].strip()} ({inner})"
        if re.fullmatch(r"[A-Z]{2,}['’]?s", inner) and not is_named(outside):
            return [_Candidate(name, False)]  # 'Mobile network operators (MNOs)': a kind
        return [_Candidate(name, True)]
    if outside and not is_named(outside) and inner and not is_prose(inner):
        # A generic group with its members named inside: 'Innovation hubs (Shaqdoon, Harhub)',
        # each of the group's kind ('Municipalities (Adama, Bishoftu)' are governments).
        found = [_Candidate(outside, False)]
        for piece in re.split(r"[,;]|\s+and\s+", inner):
            piece = clean_name(piece)
            if piece and is_named(piece):
                found.append(_Candidate(piece, True, _kind_sector(outside)))
        return found
    if not outside:
        return [_Candidate(inner, is_named(inner))]
    return [_Candidate(outside, is_named(outside), gloss=inner)]


# Adjectives that stand before a head inside one name ('National Institute of Statistics').
MODIFIERS = frozenset(
    """national nacional regional general central federal municipal state public supreme
    presidential local provincial international high higher executive independent""".split()
)
