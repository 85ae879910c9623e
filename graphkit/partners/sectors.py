"""Partner sectors: the report's own answer, the question answered, or cues in the name.

The scheme is fixed (ontology/sectors.ttl): government, private, civil_society, academia,
un, international, other, and unknown when nothing tells.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import OSA

from graphkit.countries import resolve_country

SECTORS: tuple[str, ...] = (
    "government",
    "private",
    "civil_society",
    "academia",
    "un",
    "international",
    "other",
    "unknown",
)

# The sector_hint values of PartnerAnswer that name a sector ('new_unusual' and 'any' do not).
_HINT_SECTORS = frozenset({"government", "private", "civil_society", "academia", "un"})


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Lower-case, strip accents and collapse whitespace (for matching, never for labels)."""
    if text.isascii():
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


# A report's own sector answer, free text in English, French, Spanish or Portuguese.
# Order matters: the first pattern that matches wins ('UN agency' before 'agency').
_ANSWER_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "un",
        r"\b(un agency|united nations|un system|un entity|undp|onu|nations unies|"
        r"naciones unidas)\b",
    ),
    (
        "international",
        r"\b((?<!private )international (organi[sz]ation|ngo|partner|development)|donor|"
        r"multilateral|bilateral|"
        r"development (partner|bank)|embassy|cooperation agency|organisation internationale|"
        r"organismo internacional|cooperacion internacional)\b",
    ),
    (
        "academia",
        r"\b(academi[ac]\w*|universit\w*|research|think tank|school|college|"
        r"universidad|universite|universidade|educati\w*)\b",
    ),
    (
        "civil_society",
        r"\b(civil society|cso|csos|ngo|ngos|non[- ]?(governmental|profit)|nonprofit|"
        r"community|communit\w+|foundation|association|cooperative|societe civile|"
        r"sociedad civil|sociedade civil|ong|fundacion|charity|social enterprise)\b",
    ),
    (
        "private",
        r"\b(private|business\w*|compan\w+|corporat\w+|start-?ups?|enterprise|sme|smes|"
        r"prive|privado|empresa\w*|entreprise\w*|industry|commercial)\b",
    ),
    (
        "government",
        r"\b(government\w*|public|ministr\w+|municipal\w*|local authorit\w+|state|"
        r"gouvernement|gobierno|governo|publique|publico|sector publico|secteur public|"
        r"agency|parliament)\b",
    ),
    ("other", r"\b(other|media|individual|otro|autre)\b"),
)
_ANSWER_RES = tuple((s, re.compile(p)) for s, p in _ANSWER_PATTERNS)


def sector_from_answer(answer: str) -> str:
    """The sector a report's own free-text sector answer names ('unknown' when none)."""
    folded = fold(answer)
    if not folded:
        return "unknown"
    for sector, pattern in _ANSWER_RES:
        if pattern.search(folded):
            return sector
    return "unknown"


# The experiment tag [[partnering_sector:...]] values.
_PARTNERING_SECTORS = {
    "public sector": "government",
    "civil society/ ngos": "civil_society",
    "civil society/ngos": "civil_society",
    "private sector": "private",
    "united nations agency": "un",
    "academia": "academia",
}


def sector_from_tag(value: str) -> str:
    """The sector of one experiment `partnering_sector` tag value."""
    return _PARTNERING_SECTORS.get(fold(value), sector_from_answer(value))


# Cues in an organisation's own name. Checked in order; the first hit wins, so the
# more specific cues come first ('Ministry of Education' is government, not academia;
# 'UNDP Governance Cluster' is un, not government; 'Development Bank' is international
# only when it is one of the curated organisations, else private).
_NAME_CUES: tuple[tuple[str, str], ...] = (
    (
        "un",
        r"^(un|undp|pnud|unicef|unfpa|unhcr|wfp|fao|unesco|unep|unv|uncdf|ilo|iom|unido|itu|ocha|"
        r"unodc|unops|undrr|unaids|ifad|rco|uncdf|onu)\b|\b(undp|pnud|unicef|unfpa|unhcr|unesco|"
        r"un women|un-habitat|un habitat|unv|uncdf|unido|unodc|unops|undrr|resident coordinator\w*|"
        r"united nation's|"
        r"accelerator lab\w*|acclab\w*|united nations|nations unies|naciones unidas|"
        r"country office|un agencies|un agency|co team|co teams|peace ?building fund|"
        r"secretary[- ]general\w*|un system|ohchr|unhcr|wipo|unctad|unu|undss|uneca|"
        r"unescap|escap|eclac|cepal|unitar|un volunteers|programmatic (area|unit)|"
        r"acc ?labs?|accelerator labs?|sdg ai lab|rbap|rbec|rblac|rbas|bpps|"
        r"regional bureau for (africa|asia|arab|latin|europe)|regional hub)\b|"
        r"\b(portfolios?|porfolios?|pillars?|teams?)$|"
        # a country office's thematic cluster ('Governance Cluster'; not 'Furniture Cluster')
        r"\b(governance|health|environment|climate|inclusive (development|growth)|resilience|"
        r"energy|gender|poverty|crisis|peace|prosperity|nature) cluster$",
    ),
    # regional intergovernmental bodies, before 'Secretariat' or 'Agency' make them national
    (
        "international",
        r"\b(african union|afcfta|ecowas|sadc|comesa|igad|asean|caricom|oecs|commonwealth|"
        r"lake chad basin|bassin du lac tchad)\b",
    ),
    (
        "government",
        r"\b(ministr\w*|minister\w*|ministere|ministerio|ministerstvo|secretaria\w*|"
        r"municipal\w*|municipio\w*|municipalidad|mairie|prefecture|city council|"
        r"county|counties|district council|town council|city hall|city of|governorate|governor\w*|"
        r"gouvernorat|government|gobierno|gouvernement|prefeitura|alcaldia|ayuntamiento|"
        r"intendencia|junta comunal|statistic\w*|town hall|union council|upazila|upazilla|"
        r"woreda|kebele|zila|inkhundla|tinkhundla|akimat|hokimiyat|khokimiyat|barangay|oblast|"
        r"parishad|local government|administration|administrations|public enterprise|"
        r"judiciary|executive committee|people's committee|peoples committee|regional office of|"
        r"regulatory|gerencia|institute of public health|public health institute|directorate|"
        r"vice ?presiden\w*|vicepresiden\w*|civil (?:protection|defen[cs]e)|proteccion civil|"
        r"protection civile|public broadcast\w*|national service|banco de la nacion|"
        r"banco nacional|national bank of|state bank|"
        # the state's law and audit offices ('Attorney General (AG)', 'Comptroller General's
        # Department')
        r"attorney[- ]general\w*|solicitor[- ]general\w*|auditor[- ]general\w*|comptroller\w*|"
        r"accountant[- ]general\w*|registrar[- ]general\w*|ombuds\w*|procuradur\w*|"
        r"contralor\w*|fiscalia|defensoria del pueblo|"
        # a state development company ('Housing Development Corporation', 'Local Development
        # Company'); development banks are curated or international
        r"(?<!software )(?<!web )(?<!app )(?<!property )(?<!estate )(?<!business )"
        r"development (company|corporation|enterprise|authority))\b",
    ),
    (
        "international",
        r"\b(embassy|embajada|ambassade|high commission(?! for)|consulate|giz|usaid|jica|"
        r"koica|fcdo|dfid|sida|kfw|afd|aecid|world bank|european union|eu delegation|"
        r"european commission|delegation of the eu|"
        r"delegation of the european union|development bank|cooperation agency|"
        r"international cooperation)\b",
    ),
    # 'National Agricultural Research Center', 'National Gender Committee': a state body,
    # unless its own head says otherwise ('National University', 'National Association').
    (
        "government",
        # ... and in French, Spanish and Portuguese word order ('Centre National de la
        # Propriété Intellectuelle', 'Agencia Nacional de ...')
        r"(^(the )?national\b|^((le|la|el|l') ?)?(centre|centro|agence|agencia|institut|instituto|"
        r"office|oficina|direction|direccion|direcao|comite|comision|commission|comissao|"
        r"service|servicio|servico|fonds|fondo|fundo|observatoire|observatorio|registre|"
        r"registro|caisse|caja) (nationale?s?|nacional(es)?)\b)"
        r"(?!.*\b(universit\w*|universidad\w*|universidade|college|school|academy|ecole|escuela|"
        r"polytechn\w*|politecnic\w*|"
        r"institute of technology|association|federation|union|network|foundation|alliance|"
        r"movement|society|chamber\w*|confederation|ngos?|csos?|bank|company|corporation)\b)",
    ),
    (
        "academia",
        r"\b(universit\w*|universidad|universite|universidade|college|school|ecole|escuela|"
        r"institute of technology|polytechnic\w*|politecnic\w*|polytechnique|academy|academia|"
        r"faculty|faculte|facultad|research (institute|centre|center)|laboratory|"
        r"think tank|campus|univer\w*|studies|scientific|"
        r"institut\w* (?:\w+ ){0,4}(?:sciences?|technology|management|economy|economics|botany|"
        r"analysis)|"
        r"vocational|tvet|training cent\w+|lyc[eé]e|liceo|colegio|"
        r"(department|faculty|school) of (\w+ ){0,3}(engineering|mathematics|physics|chemistry|"
        r"biology|computer science|computing|economics|sociology|medicine|law|geography|"
        r"mechatronics|robotics))\b",
    ),
    (
        "government",
        r"\b(secretariat|commune|directorate|direction (generale|nationale|regionale)|"
        r"direccion|department of|dept of|departement|departamento|national (agency|authority|"
        r"office|institute of statistics|council|commission|committee|centre|center)|"
        r"authority|autorite|autoridad|agency|agence|agencia|bureau|parliament|senate|"
        r"presiden\w+|president's office|prime minister|police|army|armed forces|"
        r"court|tribunal|customs|revenue (service|authority)|statistics|statistical office|"
        r"central bank|banque centrale|banco central|"
        r"state|provincial|province|provincia|regional council|region of|wilaya|"
        r"commission|commissioner|council of ministers|inspectorate|office of the|council|office|"
        r"districts?|board|direction|direccion|secretaria|regulator\w*|superintenden\w*|"
        r"division|metropolitan|city$|subsecretar\w*|undersecretar\w*|"
        # an institute that is not a research one is most often a public body in the labelled
        # reports ('Salvadoran Institute of Tourism', 'Institute of Social Security')
        r"institute|instituto|institut|institution|"
        r"(city|municipal|county|district) \w+ department|"
        r"(house of|legislative|provincial|regional) assembly)\b",
    ),
    (
        "private",
        r"\b(chamber of commerce|chambers of commerce|camara de comercio|chambre de commerce|"
        r"business association|hotel\w*|tour operators?|employers|manufacturers|bankers|"
        r"traders association|producers association|accounting firm|consult\w*|"
        r"(?:associations?|asociacion|federation|federacion|confederation|confederacion) "
        r"(?:\w+ )?(?:of|de|des|du) (?:\w+ ){0,4}(?:industries|businesses|companies|employers|"
        r"exporters|manufacturers|enterprises|entrepreneurs|firms|producers|operators|traders|retailers|"
        r"banks|insurers|empresas|empresarios|exportadores|aseguradores|industriales|"
        r"comerciantes|entreprises)|"
        # a chamber of any trade, not of a parliament; owners' and industry associations
        r"chambers? of (?!deputies|representatives|senators|parliament)\w+|commerce chamber|"
        r"owners?'? association|associations? (?:of|for) renewable energ\w+|"
        r"(?:renewable energy|vehicles?|ict|fintech|tourism|bankers|insurers) association)\b",
    ),
    (
        "civil_society",
        r"\b(foundation|fondation|fundacion|fundacao|association|asociacion|associacao|"
        r"ngo|ngos|csos?|network|red de|reseau|cooperative|cooperativa|cooperatives|"
        r"society|trust|charity|alliance|federation|union|club|initiative|movement|"
        r"council|collective|colectivo|forum|youth|women|committee|community|"
        r"red cross|red crescent|scouts|organi[sz]ation|organizacion|organisme|ordre|radio|fm|"
        r"for peace|platform|plataforma|resilience cent\w+|juventud|juventude|joventude|"
        r"jeunesse|jovenes|brigada|friends of)\b",
    ),
    ("government", r"^(the )?national\b"),
    (
        "private",
        r"\b(ltd|limited|llc|inc|plc|gmbh|corp|corporation|company|co|compan\w+|sa|sas|sarl|jsc|"
        r"s a|s a s|s a r l|pvt|pty|bank|banque|banco|group|holding\w*|enterprises?|"
        r"consult\w*|technolog\w+|\w*tech|solutions?|studio|agency|factory|cluster|"
        r"industries|industry|telecom\w*|hub|ventures?|capital|startup|start-up|"
        r"media|tv|television|hotel\w*|restaurant\w*|market|supermarket|software|jobs|"
        r"telekom|airtel|mobile|estudio|start up|fabrica|brand|shop|store|farms?|"
        r"motors|energy company|airlines?|pharma\w*|incubat\w*|incubateur|bv|lda|ltda|srl|"
        r"s r l)\b",
    ),
)
# The first groups are unambiguous (un, regional bodies, government, international): they
# type a name whatever question or answer lists it (`strong_name_sector`).
_STRONG_GROUPS = 4
_NAME_RES = tuple((s, re.compile(p)) for s, p in _NAME_CUES)


def sector_from_name(name: str) -> str:
    """The sector cues in an organisation's name say ('unknown' when there are none)."""
    if re.fullmatch(r"Mo[A-Z][A-Za-z]{0,6}", name.strip()):
        return "government"  # 'MoTAC', 'MoHESR': a Ministry of ... by its acronym
    folded = _cue_text(name)
    if _STATE_CORPORATION.match(folded) and _starts_with_country(folded):
        return "government"  # 'Bangladesh Parjatan Corporation': a state corporation
    for sector, pattern in _NAME_RES:
        if pattern.search(folded):
            if sector == "private" and _CENTRE.search(folded) and not _COMPANY.search(folded):
                # 'Center for Food Technology and Research', 'Small enterprise Center': a
                # centre named for its topic is seldom a company (none of nine in the gold)
                return "unknown"
            return sector
    return "unknown"


_CENTRE = re.compile(r"\b(center|centre|centro)\b")
_COMPANY = re.compile(
    r"\b(ltd|limited|llc|inc|plc|gmbh|corp|corporation|company|co|sa|sas|sarl|jsc|pvt|pty)\b"
)


# Head words long enough that one slip of the keyboard cannot make another word of them:
# 'Commision for Science and Technology', 'Instutute of technology' still carry their cue.
_CUE_WORDS = frozenset(
    """ministry university institute commission department municipality foundation
    association organisation organization council authority secretariat directorate company
    corporation cooperative federation technology network society college academy
    polytechnic embassy government municipal district research""".split()
)


@lru_cache(maxsize=1 << 16)
def _cue_text(name: str) -> str:
    """The name folded for the cue patterns: punctuation as spaces, misspelt head words
    corrected."""
    folded = re.sub(r"[^\w' ]+", " ", fold(name).replace("&", " and "))
    folded = " ".join(_cue_spelling(w) for w in folded.split())
    return _NON_GOVERNMENTAL.sub("ngo", folded)  # 'X Non government organization'


_NON_GOVERNMENTAL = re.compile(r"\bnon ?governmental\b|\bnon ?government\b")


@lru_cache(maxsize=1 << 14)
def _cue_spelling(word: str) -> str:
    """A word of seven letters or more one edit (OSA) from a head word is that head word."""
    if len(word) < 7 or word in _CUE_WORDS:
        return word
    for cue in _CUE_WORDS:
        if OSA.distance(word, cue, score_cutoff=1) <= 1:
            return cue
    return word


_STATE_CORPORATION = re.compile(r"^(?:the )?(?:\w+ ){1,3}corporation$")


def _starts_with_country(folded: str) -> bool:
    """The name opens with a country's name ('Bangladesh ...', 'National ...' is not one)."""
    words = folded.removeprefix("the ").split()
    return any(resolve_country(" ".join(words[:n])) is not None for n in (1, 2))


_KIND_RE = re.compile(
    r"\b(non[- ]?profit|ngo|civil society organi[sz]ation|social enterprise|start-?up|"
    r"private company|company|university|research (institute|centre|center)|think tank|"
    r"government (agency|body|institution)|public (agency|body|institution|enterprise)|"
    r"ministry|municipality|un agency|foundation|association|cooperative)\b"
)


def sector_of(
    name: str,
    *,
    answer: str = "",
    hint: str = "",
    known: str | None = None,
    description: str = "",
) -> str:
    """The sector of one partner: its report's answer, else a curated entry, hint, name cues,
    then the first sentence of the partnership's description ('IEF is a government-owned
    fund')."""
    from_answer = sector_from_answer(answer)
    gloss = _SECTOR_GLOSS.search(name)
    if from_answer == "unknown" and gloss:
        return _GLOSS_SECTORS[gloss.group(1).casefold()]  # 'Environment Unit (UN)'
    if known and from_answer != known:
        return known  # 'World Bank' under the UN partners question is still the World Bank
    if from_answer != "unknown":
        strong = strong_name_sector(name)
        if strong in ("un", "government") or (
            strong == "academia" and _UNIVERSITY_NAME.search(fold(name))
        ):
            return strong  # a UNDP unit, a ministry or a university listed under another sector
        return from_answer
    if known:
        return known
    from_name = sector_from_name(name)
    if hint in _HINT_SECTORS:
        # The question asked for one sector, but a UN agency named under "government
        # partners" is still a UN agency; only the strong cues override the question.
        if from_name in ("un", "international") and hint != from_name:
            return from_name
        strong = strong_name_sector(name)
        if strong in ("government", "academia") and strong != hint:
            return strong  # 'the municipality' under the private answer is still public
        return hint
    if description:
        # Only a description that says what the partner is: 'IEF is a government-owned fund'.
        # It outranks the weak name cues (the last two groups: 'Initiative', 'Lab').
        first = re.split(r"(?<=[.!?])\s", _OTHER_BODY.sub(" ", description.strip()), maxsplit=1)[0]
        said, opens = "", True  # opens: the description begins by saying what it is
        if re.search(r"\b(is|are|was) (a|an|the)\b", first):
            said = sector_from_answer(_after_copula(first))
        if said in ("", "unknown"):
            # A short gloss that says what the partner is: 'TONIBUNG- Social enterprise',
            # 'A GIS non profit organisation that has worked with ...'.
            kind = _KIND_RE.search(fold(first))
            said = sector_from_answer(kind.group(0)) if kind else ""
            opens = kind is not None and kind.start() < 25
        if said not in ("", "unknown") and (
            from_name == "unknown" or _weak_cue(name) or (opens and _ambiguous_cue(name))
        ):
            return said
    return from_name


# A bracketed sector word after a name: 'Environment Unit (UN)', 'Spices Board (Government)'.
_GLOSS_SECTORS = {
    "un": "un",
    "un agency": "un",
    "government": "government",
    "gov": "government",
    "public sector": "government",
    "private": "private",
    "private sector": "private",
    "ngo": "civil_society",
    "cso": "civil_society",
    "civil society": "civil_society",
    "academia": "academia",
    "academic": "academia",
    "international": "international",
    "donor": "international",
}
_SECTOR_GLOSS = re.compile(
    r"\((" + "|".join(sorted(_GLOSS_SECTORS, key=len, reverse=True)) + r")\)\s*$", re.IGNORECASE
)


_UNIVERSITY_NAME = re.compile(r"\b(universit\w*|universidad|universidade)\b")


def _after_copula(sentence: str) -> str:
    """The noun phrase after 'is a': 'a private international organization' of 'This is a
    private international organization who is financially supporting ...'."""
    match = re.search(r"\b(is|are|was) (a|an|the)\b", sentence)
    phrase = sentence[match.start() :] if match else sentence
    return re.split(r"\s(?:that|which|who|whose|where|working|supporting)\b|[,;:(]", phrase)[0]


_STRONG_ACADEMIA = re.compile(
    r"\b(universit\w*|universidad|universite|universidade|college|school|ecole|escuela|"
    r"institute of technology|polytechnic\w*|politecnic\w*|polytechnique|faculty|facultad|"
    r"faculte|academy)\b"
)


def strong_name_sector(name: str) -> str:
    """The sector of an unambiguous name cue (UN, international, a ministry or municipality,
    a university or institute of technology), else 'unknown'; ambiguous words ('Institute',
    'Technology', 'Board') say nothing here."""
    folded = _cue_text(name)
    for sector, pattern in _NAME_RES[:_STRONG_GROUPS]:
        if pattern.search(folded):
            return sector
    return "academia" if _STRONG_ACADEMIA.search(folded) else "unknown"


def _ambiguous_cue(name: str) -> bool:
    """Whether the name's head says little by itself ('Kolma Institute', 'X Centre': a public
    body, a think tank or an NGO), so a description that says what it is wins."""
    return strong_name_sector(name) == "unknown" and _AMBIGUOUS_HEAD.search(fold(name)) is not None


_AMBIGUOUS_HEAD = re.compile(r"\b(institute|instituto|institut|centre|center|centro)\b")


def _weak_cue(name: str) -> bool:
    """Whether the name's sector comes only from the last, weakest cue groups."""
    folded = _cue_text(name)
    for n, (_, pattern) in enumerate(_NAME_RES):
        if pattern.search(folded):
            return n >= len(_NAME_RES) - 2
    return False


# Words of a description that tell what kind of body a partner is, for names with no cue.
_DESCRIPTION_VOTES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "private",
        re.compile(
            r"\b(company|companies|firm|start-?ups?|business(es)?|commercial|brand|"
            r"customers?|clients?|market|products?|platform|app|software|telecom\w*|"
            r"operator|entrepreneurs?|private|hired|contracted|procured|vendor|consult\w*|"
            r"service providers?|incubat\w*|pharma\w*|innovators?)\b"
        ),
    ),
    (
        "civil_society",
        re.compile(
            r"\b(ngo|ngos|non[- ]?profit|nonprofit|civil society|cso|csos|volunteers?|"
            r"activists?|grass-?roots|community|communities|association|foundation|"
            r"collective|movement|advocacy|radio|youth-led|network)\b"
        ),
    ),
    (
        "government",
        re.compile(
            r"\b(government\w*|ministry|ministries|public (agency|institution|body|entity)|"
            r"state-owned|municipal\w*|national agency|governmental|state agency|gouvernement|"
            r"gobierno|minist[eè]re|ministerio|tutelle|public sector)\b"
        ),
    ),
    (
        "academia",
        re.compile(
            r"\b(universit\w+|academic\w*|research(ers)?|think tank|students?|professors?)\b"
        ),
    ),
)


# Another body the partner works with, named in its description after a preposition ('in
# coordination with the Ministry of Education', 'part of the Platform of the Ministry of X'):
# its words say nothing about what the partner is. (A body named otherwise may be the partner
# itself or its parent: 'The Ministry of Environment (MARN) is ...', 'the Rights Lab,
# University of Nottingham'.)
_OTHER_BODY = re.compile(
    r"\b(?:with|of|by|to|from|for|under|and)\s+(?:the\s+)?"
    r"(?:Ministry|Ministère|Ministerio|University|Universidad|Université|Municipality)"
    r"(?:\s+(?:of|de|du|des|del|la|for|and|&)?\s*[A-Z][\w'’-]*)+"
)


def fallback_sector(
    name: str, *, description: str = "", allowed: tuple[str, ...] = (), acronym: bool = False
) -> str:
    """The sector of a named partner nothing else types: the description's words, the
    sectors its report allows (an experiment's partnering-sector tags), else civil society
    for names in words and private for bare acronyms (the commonest sectors of such names
    in the labelled reports)."""
    text = fold(_OTHER_BODY.sub(" ", description))
    votes = {s: len(p.findall(text)) for s, p in _DESCRIPTION_VOTES}
    choices = [s for s in allowed if s in votes] or list(votes)
    best = max(choices, key=lambda s: (votes[s], -choices.index(s)))
    if votes[best] > 0:
        return best
    default = "private" if acronym else "civil_society"
    if allowed and default not in allowed:
        for sector in ("civil_society", "private", "government", "academia", "un"):
            if sector in allowed:
                return sector
    return default
