"""What a candidate span is: a named organisation, a generic group, or no partner at all.

The list and prose reading (`names.py`, `splitting.py`, `prose.py`) cuts a field into
candidate spans; this module holds the rules' verdicts on one span, which both the rules'
path and the tagger's path apply: `is_named` (an organisation or a generic group such as
'local communities'), `is_the_lab` (the lab or its UNDP office as a whole), `listed_country`
(a country alone: a donor listed in a name field, else a place), `after_parent_cue` (a
parent named in an aside), `is_kind_description` (a kind of partner in lower case, not a
body's name written so) and `_keep` (the rules' filters: places, roles, phases and
documents, events, sentence pieces, asides).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from graphkit.countries import DAC_DONORS, country_by_code, resolve_country
from graphkit.partners.lexicon import is_known
from graphkit.partners.portfolios import takes_portfolio
from graphkit.partners.resolve import UNDP_KEY, acronym_aliases, known_organisation, normalise_name
from graphkit.partners.sectors import fold
from graphkit.partners.vocabulary import (
    ACRONYM_STOP,
    CONNECTORS,
    GENERIC,
    HEADS,
    PEOPLE,
    PLURAL_HEADS,
    ROLE_PLURALS,
    SINGULAR_HEADS,
)
from graphkit.partners.words import head_count, is_acronym, is_capitalised, split_words
from graphkit.places import is_place_name

MAX_LABEL_WORDS = 14


@dataclass(frozen=True, slots=True)
class _Candidate:
    """One span the reading cut from a field: the name and what the reading said of it."""

    name: str
    named: bool
    hint: str = ""  # a sector from an inline heading ('Private sector: ...')
    gloss: str = ""  # a description cut off the name


# The lab itself is never its own partner.
_SELF = re.compile(
    r"^(undp|unpd|pnud|acclab|accalab|acc lab|alab|alab \w+|accelerator lab|undp accelerator lab|"
    r"undpacclab|the lab|lab|undp acclab|undp ald|undp co|undp country office|country office|co)$"
)

_EMPTY = re.compile(
    r"(?i)^(n\s?/?\s?a|none|nil|no|non|yes|oui|si|sí|not applicable|not yet|no one|tbc|tbd|"
    r"nothing|-+|\.+|no partners?|not relevant|ninguno|aucun|aucune|n\.a\.?|"
    r"(?:none|all|both|each|neither|some|most) of (?:them|these|those|the above))[.!]*$"
)

# Plural kinds in Spanish, French and Portuguese that start a generic group.
_PLURAL_KINDS = frozenset(
    """colegios escuelas empresas organizaciones instituciones comunidades municipios
    municipalidades universidades asociaciones cooperativas ministerios gobiernos productores
    productoras emprendedores emprendedoras mujeres jóvenes jovenes grupos redes centros
    entreprises écoles ecoles communes coopératives cooperatives organisations institutions
    associations collectivités collectivites escolas associações associacoes prefeituras
    comunidades ministères ministeres innovateurs innovatrices promoteurs producteurs
    agriculteurs partenaires acteurs femmes jeunes""".split()
)

# Last words of places, which are where a lab worked, not whom with.
_PLACE_TAILS = frozenset(
    """park island islands valley river lake beach bay coast square street avenue village
    neighbourhood neighborhood mountains mountain desert peninsula""".split()
)

# Country and city abbreviations that are not an organisation's acronym (alpha-3 codes are: CAF).
_COUNTRY_SHORT = frozenset(("usa", "u s a", "uk", "u k", "uae", "drc", "rdc", "ny", "nyc", "dc"))


def _is_place(name: str, words: list[str]) -> bool:
    """A country, a known place, or a name ending in a place word ('Balboa Park')."""
    if known_organisation(name, fuzzy=False) is not None or is_known(name):
        return False
    if len(name) > 3 and resolve_country(name) is not None:
        return True
    if (
        re.fullmatch(r"[A-Z]{3}", name)
        and country_by_code(name) is not None
        and name not in acronym_aliases()
    ):
        return True  # 'MKD': a country code, not an organisation's acronym
    if normalise_name(name) in _COUNTRY_SHORT:
        return True

    return (
        len(words) >= 2
        and fold(words[-1]) in _PLACE_TAILS
        and fold(words[-2]) not in ("science", "technology", "tech", "industrial", "business")
    )


def listed_country(name: str, source: str) -> bool | None:
    """The verdict on a country named alone, None for other names: a partner only when a
    structured name field lists a donor ('Germany and EUD': the donor government); else a
    place ('North Macedonia', or 'Sweden' in 'KTH in Stockholm, Sweden')."""
    found = resolve_country(name) if len(name.strip()) > 3 else None
    if found is None or found.place is not None:
        return None
    return source == "group" and found.country.alpha3 in DAC_DONORS


def _world_place(candidate: _Candidate) -> bool:
    """'Buenos Aires', 'Alta Verapaz', 'Sarajevo' read bare (even when mined as a name); a
    name with a kind cue ('the NGO Casa Verde', 'Private sector: Orange') is a body."""
    words = split_words(candidate.name)
    return (
        not candidate.hint
        and not any(is_acronym(w) for w in words)
        and not (len(words) >= 2 and "city" in (fold(words[0]), fold(words[-1])))  # 'Pasig City'
        and known_organisation(candidate.name, fuzzy=False) is None
        and is_place_name(candidate.name)
    )


_COUNTS = frozenset(
    """two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    dozens hundreds dos tres cuatro cinco deux trois quatre cinq""".split()
)


def is_named(name: str) -> bool:
    """True when a candidate names an organisation, False for a generic group."""
    return _is_named(name)


@lru_cache(maxsize=65536)
def _is_named(name: str) -> bool:
    words = split_words(name)
    if not words:
        return False
    if known_organisation(name, fuzzy=False) is not None:
        return True
    rest = [w for w in words[1:] if fold(w) not in CONNECTORS]
    if (
        len(rest) >= 2
        and fold(words[0]) in HEADS
        and all(w[:1].islower() for w in rest)
        and not takes_portfolio(name)
    ):
        return False  # 'Compagnie de téléphonie mobile': a kind described in lower case
    if any(
        fold(words[i]) in SINGULAR_HEADS
        and fold(words[i + 1]) in ("of", "for", "de", "des", "del")
        and is_capitalised(words[i])
        for i in range(min(2, len(words) - 1))
    ):
        return True  # 'Songkhla Association of Disabled Persons': a body, not its members
    if _is_role(words) or fold(words[-1]) in ROLE_PLURALS:
        return False  # a person by role; 'LPG Suppliers', 'Government Stakeholders': a kind
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,}['’]?s", words[0]):
        return False  # 'IFIs', 'NPOs', "OPD's": a kind written as a plural acronym
    if re.search(r"\([A-Z]{2,}['’]?s\)\s*$", name) and not is_named(name[: name.rindex("(")]):
        return False  # 'Mobile network operators (MNOs)': a kind, and its plural acronym
    first = fold(words[0])
    if (first.isdigit() or first in _COUNTS) and len(words) >= 2 and fold(words[1]).endswith("s"):
        # 'Four communities in Chiang Rai', '92 municipalities': a counted group, not a name.
        return False
    if first in _PLURAL_KINDS and not any(is_acronym(w) for w in words):
        # 'Colegios públicos en Natalio', 'Empresas ubicadas en ...': kinds, not names.
        return False
    if (
        any(fold(w) in PLURAL_HEADS for w in words)
        and not any(is_acronym(w) for w in words)
        and not any(
            fold(words[i]) in SINGULAR_HEADS
            and fold(words[i + 1]) in ("of", "for", "de", "des", "del")
            and is_capitalised(words[i])
            for i in range(min(2, len(words) - 2))
        )  # 'Colombian Association of ... Technology Companies': one body of many
    ):
        return False
    if first in SINGULAR_HEADS and len(words) >= 2:
        # 'Ministry of Education', 'Association des Jeunes volontaires': one institution.
        return True
    if (
        len(words) >= 3
        and all(is_capitalised(w) for w in words)
        and fold(words[-1]) in SINGULAR_HEADS
        and first not in PEOPLE
    ):
        # 'Technology Innovation Agency': title-cased words before one head make a name.
        return True
    if first in PEOPLE:
        # 'Youth of Samoa', 'Local communities in Kairouan': a group, wherever it lives; but a
        # proper word before any 'of' / 'in' makes a name ('Girls Code', 'Girls Who Code').
        rest = [w for w in words[1:] if fold(w) not in CONNECTORS]
        before = list(takewhile(lambda w: fold(w) not in _WHERE, words[1:]))
        proper = any(is_capitalised(w) and fold(w) not in GENERIC for w in before) and not (
            fold(words[-1]).endswith("s")  # 'Community Health Motivators': people again
        )
        if (
            all(fold(w) in GENERIC or is_capitalised(w) for w in rest)
            and head_count(rest) == 0
            and not proper
        ):
            return False
    for word in words:
        low = fold(word)
        if low in CONNECTORS or low in GENERIC or (word in ACRONYM_STOP and len(words) > 1):
            continue  # 'B2B partners', 'SME owners': a kind
        if is_acronym(word) or is_capitalised(word):
            return True
    return False


# Words after which a group's name says where it lives ('Youth of Samoa').
_WHERE = frozenset("of in from at de du des del en dans da do".split())


_PERSON_TITLE = re.compile(
    r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Chef|Mme|Sra|Sr|Dra|H\.\s?E)\b\.?\s+[A-Z]"
)


def is_person(name: str) -> bool:
    """Whether a name is a person's, by the title before it ('Dr. Vinnikov', 'Prof Vesna
    Rafajlovska')."""
    return _PERSON_TITLE.match(name) is not None


def _keep(candidate: _Candidate, hint: str) -> bool:
    name = candidate.name
    words = split_words(name)
    if not words or len(words) > MAX_LABEL_WORDS or len(name) < 2:
        return False
    norm = normalise_name(name)
    if not norm or _EMPTY.match(norm) or norm.isdigit():
        return False
    if is_the_lab(name):
        return False  # 'UNDP', 'UNDP Paraguay', 'UNDP Co Office in Iraq': UNDP as a whole
    if words[0] in ("in", "on", "at", "of", "for", "to", "from", "by", "with"):
        return False  # 'in the province of Catamarca': a phrase, not a name
    org = known_organisation(name, fuzzy=False)
    if org is not None and org.key != UNDP_KEY:
        return True  # a curated organisation or UNDP unit ('UNDP IICPSD'), in any field
    if len(words) == 1 and (
        words[0] in _METHOD_ACRONYMS or fold(words[0]).removesuffix("s") in _UNIT_WORDS
    ):
        return False  # 'PET', 'ORID'; a bare unit word ('Pillars')
    if hint != "un" and re.match(r"^(undp|pnud|acclab|accelerator lab)\b", norm):
        # The lab's own colleagues count as partners only when the UN question asks, or
        # when a unit of the office is named ('UNDP Health Cluster', 'UNDP Environment
        # Program'): the labelling rules make such units `un` partners in every field.
        if not (_undp_unit(words) or fold(words[-1]) in ("network", "networks")):
            return False  # 'AccLab Network' is the labs' network, a partner
    if _undp_unit(words):
        return True
    if _is_place(name, words) or _world_place(candidate):
        return False
    if len(words) >= 2 and fold(words[-1]) in _DANGLING:
        return False  # 'Integrating the': a sentence cut after a function word
    if (
        re.sub(r"['’](?:ve|re|ll|d|m|s)$", "", fold(words[0])) in _ASIDE_STARTS
        and not (words[0].isupper() and len(words[0]) > 1 and not name.isupper())  # 'IT Park'
        and not (len(words) > 1 and fold(words[1]).startswith("majesty"))
    ):
        # 'It', 'We', 'This Network', 'part of the Department of ...', 'under the aegis of
        # the Ministry ...', 'through the program Digital X': a sentence's piece or an
        # aside about a parent, not the partner.
        return False
    if _not_an_organisation(words):
        return False
    if len(words) >= 2 and _EVENT.search(fold(words[-1])):
        # 'Public Innovators Program', 'UNICEF UpShift challenge': what was done, not who.
        return False
    return not (len(words) == 1 and fold(words[0]) in HEADS)


# Acronyms of techniques, materials and standards met in prose answers: not bodies.
_METHOD_ACRONYMS = frozenset(
    """PET HDPE PVC ORID GAAP IFRS SWOT PESTEL OKR OKRS HCD LCA RCT RCTS KAP MEAL M&E CBA IVR
    NPS SPSS GPS LIDAR UAV SIG""".split()
)


# The lab or its office by country: 'UNDP Kosovo', 'AccLab Zambia', 'Acc Lab Tanzania'.
_OFFICE_IN = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:undp|pnud)\s+(?:accelerator\s+lab|acc\s?lab)|accelerator\s+lab|"
    r"acc\s?lab|a?lab|undp|pnud)\s+(?:in\s+|of\s+|de\s+|du\s+)?(.+?)"
    r"(?:\s+(?:co|country office|office|acclab|accelerator lab))?$"
)


def sister_office(name: str, countries: tuple[str, ...]) -> bool:
    """'AccLab Zambia', 'UNDP Kosovo' on another country's report: a sister office, a `un`
    partner (on its own country's report it is the lab itself)."""
    match = _OFFICE_IN.match(name.strip())
    if match is None or not countries or len(match.group(1)) <= 3:  # 'UNDP CO' is no Colombia
        return False
    found = resolve_country(match.group(1))
    if found is None or found.place is not None:
        return False
    own = {c.country.alpha3 for c in map(resolve_country, countries) if c is not None}
    return bool(own) and found.country.alpha3 not in own


def is_the_lab(name: str) -> bool:
    """The lab or its UNDP office as a whole ('the Lab', 'UNDP', 'UNDP Office', 'UNDP
    Paraguay'): never its own partner, whatever the field."""
    words = split_words(name)
    if _SELF.match(normalise_name(name)):
        return True
    return (
        len(words) >= 2 and fold(words[0]) in ("undp", "unpd", "pnud") and _undp_itself(words[1:])
    )


def _undp_itself(rest: list[str]) -> bool:
    """The words after 'UNDP' name the office as a whole: a country, 'CO', 'Office in X'."""
    folded = [fold(w) for w in rest if fold(w) not in CONNECTORS]
    folded = [
        w
        for w in folded
        if w not in ("co", "country", "office", "the", "staff", "colleagues", "personnel")
    ]
    return not folded or resolve_country(" ".join(folded)) is not None


# UNDP's bureaus and global units, written as acronyms after 'UNDP'.
_BUREAUS = frozenset("BPPS RBAP RBA RBAS RBEC RBLAC BERA BMS GPN CB SDGI".split())

_REGIONS = frozenset("africa asia pacific europe americas caribbean arab".split())

_UNIT_WORDS = frozenset(
    """cluster clusters portfolio portfolios program programme unit team pillar hub cell
    division bureau office center centre""".split()
)


def _undp_unit(words: list[str]) -> bool:
    """'UNDP Health Cluster', 'UNDP Karbala Office': a named unit of UNDP (not the office
    as a whole: 'UNDP Office', 'UNDP CO')."""
    folded = [fold(w) for w in words]
    if len(folded) == 2 and folded[0] in ("undp", "pnud") and words[1].upper() in _BUREAUS:
        return True  # 'UNDP BPPS', 'UNDP RBAP': a bureau
    if len(folded) == 2 and folded[0] in ("undp", "pnud") and folded[1] in _REGIONS:
        return True  # 'UNDP Africa': the regional bureau
    if len(folded) < 3 or folded[0] not in ("undp", "pnud", "unpd"):
        return False
    if resolve_country(words[-1]) is not None:
        folded = folded[:-1]  # 'UNDP Tech Cell Serbia': the unit, then its country
        if folded[-1] in ("in", "of"):
            folded = folded[:-1]
    rest = [w for w in folded[1:] if w not in ("co", "country", "the") and w not in CONNECTORS]
    return folded[-1] in _UNIT_WORDS and len(rest) >= 2


# Capitalised things in prose that are parts of work, documents or topics, not bodies:
# 'Phase One', 'Stage 2', 'White Paper', 'Artificial Intelligence', 'Design Thinking'.
_NON_ORG_FIRST = frozenset("phase stage step round module chapter section part wave cohort".split())

_WORK_PARTS = frozenset("action activity output outcome objective component axis lot".split())

_NON_ORG_LAST = frozenset(
    """paper papers report reports intelligence thinking methodology methodologies approach
    curriculum manual toolkit guide guidelines survey analysis assessment mapping framework
    roadmap agenda law act decree bill change ecosystem ecosystems shields masks""".split()
)


def _not_an_organisation(words: list[str]) -> bool:
    """A phase, document, topic, a lone participle, adverb or plural of an action ('Tested',
    'Specifically', 'Discussions'), unless it is a known name."""
    name = " ".join(words)
    if is_known(name) or known_organisation(name, fuzzy=False) is not None:
        return False
    first, last = fold(words[0]), fold(words[-1])
    if len(words) == 2 and first in _WORK_PARTS and re.fullmatch(r"\d{1,2}|[ivx]{1,4}", last):
        return True  # 'Action 1', 'Output 3': a part of the work plan
    if any(is_acronym(w) for w in words):
        return False
    if first in _NON_ORG_FIRST and len(words) <= 3:
        return True
    if last in _NON_ORG_LAST and head_count(words) == 0:
        return True
    if len(words) == 1 and _demonym(words[0]):
        return True  # 'Cameroonian'
    if len(words) == 1 and fold(words[0]) in _MONTHS:
        return True  # 'February'
    if all(fold(w) in CONNECTORS or re.fullmatch(r"[a-z]+ly", fold(w)) for w in words):
        return True  # 'Additionally and unexpectedly'
    return (
        len(words) == 1
        and re.fullmatch(r"[A-Za-z][a-z]+(?:ed|ing|ly|ions|ings|ments)", words[0]) is not None
    )


_MONTHS = frozenset(
    """january february march april may june july august september october november december
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre""".split()
)


def _demonym(word: str) -> bool:
    """'Cameroonian', 'Nepalese', 'Kenyan': a country's adjective, not a body."""
    match = re.fullmatch(r"([A-Z][a-z]+?)(ian|ean|an|ese|ish|i)", word)
    if match is None:
        return False
    stem = match.group(1)
    return any(resolve_country(s) is not None for s in (stem, stem + "a", stem + "ia", stem + "e"))


_ASIDE_STARTS = frozenset(
    """it we they he she you this these those within through part under among our their its
    his her my i us them which who whose whom regarding concerning regards""".split()
)

# Function words a name never ends with.
_DANGLING = frozenset("the a an of for and with to in on by at from or".split())

# People and their roles are not organisations: 'Magistrates', 'Chief justice', 'Registrar
# of courts', 'Remand center senior officials', 'IT specialists', 'University Professors'.
_ROLES = frozenset(
    """magistrate magistrates clerk clerks registrar registrars judge judges justice justices
    official officials officer officers specialist specialists expert experts professor
    professors teacher teachers lecturer lecturers mayor mayors governor representative
    representatives director directors manager managers chief chiefs head heads coordinator
    coordinators advisor advisors adviser advisers consultant consultants staff employees
    forces police officers doctors nurses physicians researchers scientists leaders members
    residents inhabitants villagers mentors trainers facilitators focal point points
    president vice deputy secretary minister ministers counsellor councillor councillors
    councilors champions ambassadors owners founders
    students pupils journalists artists designers developers engineers volunteers
    individuals persons""".split()
)

_ROLE_FIRST = frozenset(
    """magistrate magistrates clerk clerks registrar registrars judge judges chief chiefs
    mayor mayors governor representative representatives director directors officials
    residents inhabitants head heads president vice secretary minister ministers
    councillor councillors professors professor experts specialists""".split()
)

_OFFICE_OF = frozenset("office cabinet bureau secretariat oficina bureau cabinete".split())


def _is_role(words: list[str]) -> bool:
    """A person or a group of people named by their role, not an organisation."""
    folded = [fold(w).strip(".") for w in words]
    if len(folded) >= 3 and folded[0] in _OFFICE_OF and folded[1] in ("of", "du", "de", "del"):
        return False  # 'Office of the Prime Minister': the office is an organisation
    if folded[:3] == ["secretary", "of", "state"]:
        return False  # 'Secretary of State for Environment': a state secretariat
    if folded[-1] in _ROLES and not (len(folded) >= 2 and folded[-2] in ("of", "for", "de")):
        return True
    return folded[0] in _ROLE_FIRST and (
        len(folded) == 1
        or folded[1]
        in CONNECTORS | {"justice", "heat", "resident", "executive", "officer", "officials"}
    )


_EVENT = re.compile(
    r"^(program|programme|programs|programmes|programa|project|projects|projet|proyecto|"
    r"challenge|challenges|campaign|hackathon|competition|contest|award|awards|prize|week|"
    r"festival|summit|conference|workshop|workshops|bootcamp|upshift|day|platform|plataforma)$"
)


# Words before a parent body named in an aside ('a subsidiary of the Orange Cameroon
# company', 'a parastatal body under the aegis of the Ministry of Gender', 'part of the
# Department of X'): the labelling rules do not count the parent as a partner.
_PARENT_BEFORE = re.compile(
    r"(?i)\b(?:under|within|(?<!the )part of|attached to|affiliated (?:to|with)|"
    r"subsidiar(?:y|ies) of|branch of|affiliate of|(?:aegis|umbrella|auspices) of)\s+(?:the\s+)?$"
)


def is_kind_description(text: str) -> bool:
    """A kind of partner described in lower case after its first word ('Opérateurs de drônes',
    'compagnie de téléphonie mobile'), not a body with its fields ('Ministère de la santé',
    'Planning and budget office'); all in lower case, even a head ('compagnie') is a kind."""
    words = [w for w in split_words(text) if fold(w) not in CONNECTORS]
    return (
        len(words) >= 2
        and all(w[:1].islower() for w in words[1:])
        and (words[0][:1].islower() or not any(fold(w) in HEADS - PLURAL_HEADS for w in words))
        and not takes_portfolio(text)
    )


def after_parent_cue(before: str) -> bool:
    """Whether a name that follows this text is a parent named in an aside."""
    return _PARENT_BEFORE.search(before) is not None
