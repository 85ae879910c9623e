"""Lists that share one head: 'Municipalities of A, B and C', 'Local Government of A and B',
'La Plata and Buenos Aires Universities'.

Each item is a body of its own ('Municipality of A', ...), unless the list is one place whose
name has 'and' in it ('Trinidad and Tobago', 'Treinta y Tres') or an item is a body rather
than a place ('City of X and UNICEF'). `names.py` rewrites such lists before cutting names;
`extract.py` keeps these names where the tagger read the list otherwise.
"""

from __future__ import annotations

import re

from graphkit.countries import resolve_country
from graphkit.partners.resolve import known_organisation
from graphkit.partners.sectors import fold
from graphkit.partners.vocabulary import CONNECTORS
from graphkit.partners.words import is_acronym, org_like
from graphkit.places import is_place_name

# A plural head shared by a list: 'Ministries of environment, agriculture, and livestock'.
_SHARED_PLURAL = re.compile(
    r"\b(Ministries|Universities|Municipalities|Departments|Secretariats|Ministerios|"
    r"Ministères|Universidades)\s+(of|for|de|du|des)\s+"
    r"((?:[\w'’\-]+)(?:(?:\s*,\s*(?:and\s+|y\s+|et\s+)?|\s+(?:and|&|y|et)\s+)[\w'’\-]+){1,8})",
    re.IGNORECASE,
)


# The same with names of several words: 'Municipios de Mercedes, Balcarce y San Antonio de
# Areco', 'Municipalities of Yaguarón, Pilar, and Mariano Roque Alonso', 'Governments of
# Barbados, Dominica, Antigua & Barbuda, Grenada'; a singular local-government head shares
# a list of place names too ('Local Government of Canelones and Montevideo').
_RUN = r"[A-Z][\w'’\-]*(?:\s+(?:de|del|la|las|los|&|[A-Z][\w'’\-]*))*"


_SHARED_PLURAL_RUNS = re.compile(
    r"\b((?i:municipalities|municipios|ministerios|universidades|departamentos|departments|"
    r"(?:local\s+|municipal\s+)?governments|cities|city\s+councils|"
    r"(?:regional\s+|district\s+|city\s+)?executive\s+committees|"
    r"local\s+government|municipal\s+government|municipality|city))\s+(of|de|del)\s+"
    rf"({_RUN}(?:\s*,\s*{_RUN})*,?\s+(?:and|y)\s+{_RUN}|{_RUN}(?:\s*,\s*{_RUN}){{2,}})"
    r"(?:\s+(?:provinces|districts|regions|counties|states|departments)\b)?"
)


_SINGULAR_HEAD_OF = {
    "ministries": "Ministry",
    "universities": "University",
    "municipalities": "Municipality",
    "departments": "Department",
    "secretariats": "Secretariat",
    "ministerios": "Ministerio",
    "ministères": "Ministère",
    "universidades": "Universidad",
    "municipios": "Municipio",
    "departamentos": "Departamento",
    "governments": "Government",
    "local governments": "Local Government",
    "municipal governments": "Municipal Government",
    "cities": "City",
    "city councils": "City Council",
    "executive committees": "Executive Committee",
    "regional executive committees": "Regional Executive Committee",
    "district executive committees": "District Executive Committee",
    "city executive committees": "City Executive Committee",
}


def _distribute(match: re.Match[str]) -> str:
    """'Ministries of environment and agriculture' -> 'Ministry of Environment; Ministry of
    Agriculture' (each item one word or a capitalised run); the text unchanged when the list
    is not one of places or fields."""
    names = _distributed(match)
    return "; ".join(names) if names else match.group(0)


def _distributed(match: re.Match[str]) -> list[str]:
    written = " ".join(match.group(1).split())
    head = _SINGULAR_HEAD_OF.get(fold(written))
    separators = r"(\s*,\s*(?:and\s+|y\s+|et\s+)?|\s+(?:and|y|et)\s+"
    separators += r"|\s+&\s+)" if match.re is _SHARED_PLURAL else ")"
    parts = re.split(separators, match.group(3))
    items = [parts[0].strip()]
    for joiner, item in zip(parts[1::2], parts[2::2], strict=True):
        joined = f"{items[-1]}{joiner}{item.strip()}"
        if "," not in joiner and place_or_country(joined):
            items[-1] = joined  # 'Treinta y Tres', 'Trinidad and Tobago': one place
        else:
            items.append(item.strip())
    if len(items) < 2 or any(not i or fold(i) in CONNECTORS for i in items):
        return []
    if head is None:
        # a singular head: each item a place's name, not a body ('City of X and UNICEF')
        if any(is_acronym(i) or org_like(i) or known_organisation(i) for i in items):
            return []
        head = written
    return [f"{head} {match.group(2).lower()} {i[:1].upper()}{i[1:]}" for i in items]


# A plural head after a list of places: 'La Plata and Buenos Aires Universities', 'Kandal,
# Takeo and Kampot Provinces'.
_TRAILING_SINGULAR = {
    "universities": "University",
    "municipalities": "Municipality",
    "provinces": "Province",
    "districts": "District",
    "counties": "County",
    "regions": "Region",
    "governorates": "Governorate",
    "departments": "Department",
    "states": "State",
}
_PLURALS = "|".join(w.capitalize() for w in _TRAILING_SINGULAR)
_PLACE_RUN = rf"[A-Z][\w'’\-]*(?:\s+(?!(?:{_PLURALS})\b)[A-Z][\w'’\-]*)*"
_TRAILING_HEAD = re.compile(
    rf"\b({_PLACE_RUN}(?:\s*,\s*{_PLACE_RUN})*,?\s+(?:and|&|y)\s+{_PLACE_RUN})\s+({_PLURALS})\b"
)
# The same for two items of any kind that make up a whole list item ('eThekwini and
# Waterburg Districts'); local bodies only: universities often share a longer head than the
# plural ('Polesye and Gomel State Universities').
_TWO_UNDER_ONE = re.compile(
    r"^((?:[A-Za-z][\w'’\-]*\s?){1,3}?)\s+(?:and|&)\s+((?:[A-Za-z][\w'’\-]*\s?){1,3}?)\s+"
    rf"({'|'.join(k for k in _TRAILING_SINGULAR if k != 'universities')})$",
    re.IGNORECASE,
)


def two_under_one_tail(part: str) -> list[str]:
    """'eThekwini and Waterburg Districts' -> 'eThekwini District', 'Waterburg District'
    (a whole list item); [] when the item is not two names under one plural head."""
    match = _TWO_UNDER_ONE.match(part)
    if match is None:
        return []
    head = _TRAILING_SINGULAR[match.group(3).casefold()]
    head = head if match.group(3)[:1].isupper() else head.lower()
    return [f"{match.group(1)} {head}", f"{match.group(2)} {head}"]


def _trailing_names(match: re.Match[str]) -> list[str]:
    """'La Plata and Buenos Aires Universities' -> 'La Plata University', 'Buenos Aires
    University', when every item is a place's name; else []."""
    items = re.split(r"\s*,\s*(?:and\s+|y\s+)?|\s+(?:and|&|y)\s+", match.group(1))
    if len(items) < 2 or not all(i.strip() and place_or_country(i.strip()) for i in items):
        return []
    head = _TRAILING_SINGULAR[match.group(2).casefold()]
    return [f"{i.strip()} {head}" for i in items]


def place_or_country(text: str) -> bool:
    """Whether the text is exactly a city, subdivision or country name."""
    return is_place_name(text) or resolve_country(text) is not None


def distribute_shared_heads(text: str) -> str:
    """The text with each list that shares one head written out one name per item, the
    names separated by ';'."""
    text = _SHARED_PLURAL_RUNS.sub(_distribute, text)
    text = _TRAILING_HEAD.sub(lambda m: "; ".join(_trailing_names(m)) or m.group(0), text)
    return _SHARED_PLURAL.sub(_distribute, text)


def shared_head_lists(text: str) -> list[tuple[int, int, list[str]]]:
    """Where a list shares one head ('Municipalities of A, B and C'): each list's span in the
    text and the names it stands for, one per item."""
    out: list[tuple[int, int, list[str]]] = []
    for pattern in (_SHARED_PLURAL_RUNS, _TRAILING_HEAD, _SHARED_PLURAL):
        for match in pattern.finditer(text):
            names = _trailing_names(match) if pattern is _TRAILING_HEAD else _distributed(match)
            if names and not any(a < match.end() and match.start() < b for a, b, _ in out):
                out.append((match.start(), match.end(), names))
    return out
