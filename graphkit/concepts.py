"""Tag values -> SKOS concepts of the shipped schemes (methods, data sources, thematic areas, ...).

Methods, data sources and thematic areas share one key space: a value's concept depends on its
key only (`concept_key`), never on the tag it came from, so "Collective Intelligence" (a method)
and "collective intelligence" (a data source) are one concept, in both schemes. Values the
shipped schemes do not know (unseen pages) still get a stable IRI from their key, so their
spelling variants collapse too. Sectors, learning stages and document types are small closed
schemes matched on their notation, labels and known variants.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from graphkit.paths import ONTOLOGY_DIR
from graphkit.vocab import GK_NS, SCHEME_CLASSES, SCHEMES

# Schemes whose concepts share one key space (see the module docstring).
OPEN_SCHEMES = ("method", "datasource", "thematic_area")
CLOSED_SCHEMES = ("sector", "stage", "doctype")
SCHEME_NAMES = OPEN_SCHEMES + CLOSED_SCHEMES
SCHEME_FILES = {
    "method": "methods.ttl",
    "datasource": "datasources.ttl",
    "thematic_area": "thematic-areas.ttl",
    "sector": "sectors.ttl",
    "stage": "stages.ttl",
    "doctype": "doctypes.ttl",
    "sdg": "sdgs.ttl",
}
_CLOSED_PREFIX = {"sector": "sector-", "stage": "stage-", "doctype": "doctype-"}
OPEN_PREFIX = "concept-"

# Values that say "nothing" (by their base_key): they make no concept.
_BLANK_KEYS = frozenset({"n a", "na", "none", "null", "nil", "not applicable", "tbd"})

# British -> American spellings and other one-word variants seen in the tags.
WORD_VARIANTS: dict[str, str] = {
    "behavioural": "behavioral",
    "behaviour": "behavior",
    "visualisation": "visualization",
    "visualise": "visualize",
    "organisation": "organization",
    "organisational": "organizational",
    "urbanisation": "urbanization",
    "digitalisation": "digitalization",
    "centred": "centered",
    "modelling": "modeling",
    "programme": "program",
    "involment": "involvement",
    "engagment": "engagement",
    "reneweable": "renewable",
    "innequalities": "inequality",
    "ethography": "ethnography",
    "wellbeing": "well being",
    "storytelling": "story telling",
    "cocreation": "co creation",
    "codesign": "co design",
    "codesigning": "co design",
    "micronarrative": "micro narrative",
    "crowdsource": "crowdsourcing",
    "crowdsourced": "crowdsourcing",
}

# Whole-key merges (after spelling and plural folding): variant key -> canonical key.
KEY_MERGES: dict[str, str] = {
    "co designing": "co design",
    "deep interview": "in depth interview",
    "solution mapping": "solutions mapping",
    "ai": "artificial intelligence",
    "covid": "covid 19",
    "social medium": "social media",
    "crowd source": "crowdsourcing",
    "minimal viable product": "minimal viable product mvp",
    "mvp": "minimal viable product mvp",
    "rct": "randomized controlled trial",
    "randomised controlled trial": "randomized controlled trial",
    "human centered design hcd": "human centered design",
    "human center design": "human centered design",
    "human centre design": "human centered design",
}

# Words whose final 's' is not a plural.
_NOT_PLURAL = frozenset(
    {
        "news",
        "series",
        "species",
        "analysis",
        "basis",
        "crisis",
        "status",
        "gas",
        "bus",
        "lens",
        "census",
        "covid",
        "sms",
        "gis",
        "ngos",
        "ics",
        "ethics",
        "economics",
        "politics",
        "logistics",
        "statistics",
        "analytics",
        "mathematics",
        "physics",
        "robotics",
        "genetics",
        "diabetes",
        "always",
        "across",
        "various",
        "famous",
        "process",
        "access",
        "business",
        "less",
        "class",
        "glass",
        "grass",
        "mass",
        "press",
        "stress",
        "wellness",
        "awareness",
        "fitness",
        "happiness",
        "readiness",
        "preparedness",
        "citizenship",
        "is",
        "its",
        "this",
        "has",
        "was",
        "as",
        "us",
        "plus",
        "thus",
        "campus",
        "virus",
        "corpus",
        "focus",
        "bonus",
        "consensus",
        "nexus",
        "apparatus",
        "canvas",
        "atlas",
        "texas",
        "paris",
        "oasis",
        "tennis",
        "christmas",
        "mars",
        "cosmos",
        "chaos",
        "kudos",
        "ethos",
        "pathos",
    }
)


@dataclass(frozen=True, slots=True)
class Concept:
    """A SKOS concept a tag value maps to."""

    iri: str
    key: str
    label: str  # the scheme's preferred label, or the value itself when unknown
    scheme: str  # 'method', 'datasource', 'thematic_area', 'sector', 'stage' or 'doctype'
    known: bool  # True when the shipped scheme lists this concept in this scheme
    scheme_iri: str = ""
    class_iri: str = ""  # gk:Method, gk:DataSource, ...


def base_key(value: str) -> str:
    """The acceptance normal form of a tag value: case-folded, '&' as 'and', alphanumeric runs."""
    folded = value.casefold().replace("&amp;", "and").replace("&", "and")
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


def _singular(word: str) -> str:
    if len(word) < 4 or word in _NOT_PLURAL or not word.endswith("s") or word.endswith("ss"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("us") or word.endswith("is"):
        return word
    return word[:-1]


@lru_cache(maxsize=65536)
def concept_key(value: str) -> str:
    """The key that decides a value's concept: any two values with one base_key share it."""
    # Built on base_key only, so it is never finer than the normal form the checks use.
    words: list[str] = []
    for word in base_key(value).split():
        word = _singular(word)
        words.extend(_singular(w) for w in WORD_VARIANTS.get(word, word).split())
    key = " ".join(words)
    return KEY_MERGES.get(key, key)


def key_slug(key: str) -> str:
    """The IRI-safe slug of a concept key (long keys are cut and given a digest)."""
    slug = key.replace(" ", "-") or "other-script"
    if len(slug) > 60:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
        slug = slug[:50].rstrip("-") + "-" + digest
    return slug


def is_blank(value: str) -> bool:
    """True for values that say nothing ('', 'n/a', 'None', '-')."""
    return not any(ch.isalnum() for ch in value) or base_key(value) in _BLANK_KEYS


@dataclass(frozen=True, slots=True)
class _Index:
    open_concepts: dict[str, tuple[str, str, frozenset[str]]]  # key -> (iri, label, schemes)
    closed: dict[str, dict[str, tuple[str, str]]]  # scheme -> key -> (iri, label)


def _load_index() -> _Index:
    from pyoxigraph import NamedNode, RdfFormat, parse

    skos = "http://www.w3.org/2004/02/skos/core#"
    in_scheme = NamedNode(skos + "inScheme")
    label_preds = {
        NamedNode(skos + "prefLabel"): 0,
        NamedNode(skos + "notation"): 1,
        NamedNode(skos + "altLabel"): 2,
        NamedNode(skos + "hiddenLabel"): 2,
    }
    scheme_of_iri = {str(iri): name for name, iri in SCHEMES.items()}
    schemes: dict[str, set[str]] = {}
    pref: dict[str, str] = {}
    labels: dict[str, list[tuple[int, str]]] = {}
    for name, file in SCHEME_FILES.items():
        if name == "sdg":
            continue
        path = ONTOLOGY_DIR / file
        if not path.is_file():
            continue
        with path.open("rb") as fh:
            for quad in parse(fh, format=RdfFormat.TURTLE):
                subject = quad.subject.value
                if quad.predicate == in_scheme:
                    scheme = scheme_of_iri.get(quad.object.value)
                    if scheme:
                        schemes.setdefault(subject, set()).add(scheme)
                elif quad.predicate in label_preds:
                    rank = label_preds[quad.predicate]
                    labels.setdefault(subject, []).append((rank, quad.object.value))
                    if rank == 0:
                        pref[subject] = quad.object.value
    open_concepts: dict[str, tuple[str, str, frozenset[str]]] = {}
    closed: dict[str, dict[str, tuple[str, str]]] = {name: {} for name in CLOSED_SCHEMES}
    for iri in sorted(schemes):
        names = schemes[iri]
        label = pref.get(iri, "")
        for _, text in sorted(labels.get(iri, [])):
            for name in names:
                if name in closed:
                    closed[name].setdefault(_closed_key(text), (iri, label))
            if names & set(OPEN_SCHEMES):
                key = concept_key(text)
                entry = open_concepts.get(key)
                merged = frozenset(names & set(OPEN_SCHEMES)) | (entry[2] if entry else frozenset())
                open_concepts[key] = (entry[0], entry[1], merged) if entry else (iri, label, merged)
    return _Index(open_concepts, closed)


@cache
def _index() -> _Index:
    return _load_index()


def _closed_key(value: str) -> str:
    return concept_key(value).replace(" ", "")


# Variants of the closed schemes' values seen in tags and answers (notation -> variants).
_CLOSED_VARIANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "sector": {
        "government": ("public sector", "public", "government sector", "local government", "state"),
        "private": ("private sector", "business", "private company"),
        "civil_society": ("civil society", "civil society ngos", "ngo", "ngos", "cso"),
        "academia": ("academic", "academic sector", "university", "research"),
        "un": ("united nations", "united nations agency", "un agency", "un system"),
        "international": ("international organisation", "international organization", "donor"),
    },
    "stage": {},
    "doctype": {
        "learningplan": ("learning plan", "learning plans"),
        "blog": ("blog post", "blogs"),
        "publications": ("publication",),
        "tactics": ("tactic",),
        "tools": ("tool",),
        "skills": ("skill",),
        "principles": ("principle",),
        "solution": ("solutions",),
        "experiment": ("experiments",),
        "story": ("stories",),
    },
}


def scheme_iri(scheme: str) -> str:
    """The IRI of a concept scheme ('method' -> gk:methods, ..., 'sdg' -> gk:sdgs)."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown concept scheme {scheme!r}; expected one of {tuple(SCHEMES)}")
    return str(SCHEMES[scheme])


@lru_cache(maxsize=131072)
def concept_for(scheme: str, value: str) -> Concept:
    """The concept a tag value of one scheme maps to (skip is_blank values such as 'n/a')."""
    if scheme not in SCHEME_NAMES:
        raise ValueError(f"unknown concept scheme {scheme!r}; expected one of {SCHEME_NAMES}")
    in_scheme = str(SCHEMES[scheme])
    class_iri = str(SCHEME_CLASSES[scheme])
    index = _index()
    if scheme in CLOSED_SCHEMES:
        key = _closed_key(value)
        table = index.closed[scheme]
        hit = table.get(key)
        if hit is None:
            for notation, variants in _CLOSED_VARIANTS[scheme].items():
                if key in {_closed_key(v) for v in variants}:
                    hit = table.get(_closed_key(notation))
                    break
        if hit is not None:
            return Concept(hit[0], key, hit[1], scheme, True, in_scheme, class_iri)
        slug = key_slug(concept_key(value))
        iri = GK_NS + _CLOSED_PREFIX[scheme] + slug
        return Concept(iri, key, value.strip(), scheme, False, in_scheme, class_iri)
    key = concept_key(value)
    entry = index.open_concepts.get(key)
    if entry is not None:
        iri, label, schemes = entry
        return Concept(iri, key, label, scheme, scheme in schemes, in_scheme, class_iri)
    iri = GK_NS + OPEN_PREFIX + key_slug(key)
    return Concept(iri, key, value.strip(), scheme, False, in_scheme, class_iri)


SDG_TITLES: tuple[str, ...] = (
    "No poverty",
    "Zero hunger",
    "Good health and well-being",
    "Quality education",
    "Gender equality",
    "Clean water and sanitation",
    "Affordable and clean energy",
    "Decent work and economic growth",
    "Industry, innovation and infrastructure",
    "Reduced inequalities",
    "Sustainable cities and communities",
    "Responsible consumption and production",
    "Climate action",
    "Life below water",
    "Life on land",
    "Peace, justice and strong institutions",
    "Partnerships for the goals",
)
SDG_BASE = "http://metadata.un.org/sdg/"
_SDG_NUMBER = re.compile(
    r"^\s*(?:sdgs?|goal|objetivo|objectif|odd|ods)?\s*[#n°.:-]*\s*(\d{1,2})(?!\d)"
)
_SDG_BY_TITLE = {concept_key(t): n for n, t in enumerate(SDG_TITLES, start=1)}


def sdg_iri(number: int) -> str:
    """The UN SDG KOS IRI of goal `number` (1..17)."""
    if not 1 <= number <= 17:
        raise ValueError(f"there is no SDG {number}")
    return f"{SDG_BASE}{number}"


@lru_cache(maxsize=4096)
def sdg_for(tag: str) -> str | None:
    """The UN goal IRI an SDG tag names ('7. Affordable and clean energy', 'SDG 7', 'Goal 7')."""
    match = _SDG_NUMBER.match(tag.casefold())
    if match:
        number = int(match.group(1))
        return sdg_iri(number) if 1 <= number <= 17 else None
    by_title = _SDG_BY_TITLE.get(concept_key(tag))
    return sdg_iri(by_title) if by_title else None
