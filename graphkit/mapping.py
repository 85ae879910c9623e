"""Page -> triples: one page's report, challenge, partnerships, links and provenance.

Everything a page says goes into the named graph of its source page, so pages map
independently of each other (the store rebuilds page by page). IRIs are readable and
stable: they come from the file name, ISO codes, concept keys and partner keys only.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox

from graphkit.__about__ import __version__
from graphkit.concepts import concept_for, is_blank, sdg_for
from graphkit.countries import resolve_country
from graphkit.page import Page
from graphkit.partners import extract_partners, partner_key
from graphkit.vocab import GK

DEFAULT_BASE = "https://w3id.org/graphkit/id/"

Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS = "http://www.w3.org/2004/02/skos/core#"
SKOS_CONCEPT = ox.NamedNode(SKOS + "Concept")
SKOS_IN_SCHEME = ox.NamedNode(SKOS + "inScheme")
SKOS_ALT_LABEL = ox.NamedNode(SKOS + "altLabel")
DCT = "http://purl.org/dc/terms/"
DCT_TITLE = ox.NamedNode(DCT + "title")
DCT_IDENTIFIER = ox.NamedNode(DCT + "identifier")
PROV = "http://www.w3.org/ns/prov#"
PROV_DERIVED = ox.NamedNode(PROV + "wasDerivedFrom")
PROV_GENERATED_BY = ox.NamedNode(PROV + "wasGeneratedBy")
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"
GEO_LAT = ox.NamedNode(GEO + "lat")
GEO_LONG = ox.NamedNode(GEO + "long")
FOAF_MBOX = ox.NamedNode("http://xmlns.com/foaf/0.1/mbox")
ORG_UNIT_OF = ox.NamedNode("http://www.w3.org/ns/org#unitOf")
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_BOOLEAN = ox.NamedNode(XSD + "boolean")
XSD_GYEAR = ox.NamedNode(XSD + "gYear")
XSD_DECIMAL = ox.NamedNode(XSD + "decimal")
TRUE = ox.Literal("true", datatype=XSD_BOOLEAN)
FALSE = ox.Literal("false", datatype=XSD_BOOLEAN)

# [[type:...]] value -> the Report subclass it maps to (closing forms become ClosingReport).
REPORT_CLASS = {
    "learningplan": "LearningPlan",
    "experiment": "Experiment",
    "solution": "Solution",
    "blog": "BlogPost",
    "publications": "Publication",
    "story": "Story",
    "tools": "Tool",
    "skills": "Skill",
    "tactics": "Tactic",
    "principles": "Principle",
}
# Page fields kept on the frontier challenge, and the property each becomes.
CHALLENGE_FIELDS = {
    "challenge_statement": "challengeStatement",
    "challenge_type": "challengeType",
    "background": "background",
    "value_proposition": "valueProposition",
    "summary": "summary",
    "early_leads": "earlyLeads",
    "data_gaps": "dataGaps",
    "methods_usage": "methodsUsage",
    "insights": "insight",
    "barriers": "barrier",
}
EXPERIMENT_FIELDS = {
    "hypothesis": "hypothesis",
    "control_group": "controlGroup",
    "total_cost": "totalCost",
    "sample_size": "sampleSize",
    "experiment_status": "experimentStatus",
    "experiment_type": "experimentType",
}
# Tags mapped to their own properties, or never published (personal data).
HANDLED_TAGS = frozenset(
    {
        "type",
        "year",
        "country",
        "latlng",
        "focal_point",
        "methods",
        "datasources",
        "thematic_areas",
        "sdgs",
        "partnering_sector",
        "control_group",
        "sample_size",
        "total_cost",
        "experiment_status",
        "experiment_type",
    }
)
PERSONAL_TAGS = frozenset({"focal_point", "gender", "consent"})
ABSTRACT_CHARS = 600
_SLUG_OK = re.compile(r"[a-z0-9_-]+")
_SLUG_BAD = re.compile(r"[^a-z0-9_-]+")


@dataclass(frozen=True, slots=True)
class MappingOptions:
    """How pages become IRIs and what is published."""

    base: str = DEFAULT_BASE
    include_contacts: bool = False
    pseudonym_key: bytes = b"graphkit-focal-points"

    @classmethod
    def from_env(cls, *, base: str | None = None, include_contacts: bool = False) -> MappingOptions:
        """Options with the pseudonym key from GRAPHKIT_PSEUDONYM_KEY when set."""
        key = os.environ.get("GRAPHKIT_PSEUDONYM_KEY", "graphkit-focal-points").encode()
        return cls(base=base or DEFAULT_BASE, include_contacts=include_contacts, pseudonym_key=key)


@dataclass(frozen=True, slots=True)
class PageGraph:
    """The triples of one page, to be stored in the named graph `graph`."""

    file: str
    graph: str
    sha256: str
    doc_type: str
    triples: tuple[Triple, ...]


@cache
def gk(name: str) -> ox.NamedNode:
    """A graphkit ontology term (an unknown name raises: terms are declared once)."""
    return ox.NamedNode(str(getattr(GK, name)))


@cache
def iri(value: str) -> ox.NamedNode:
    """A cached NamedNode."""
    return ox.NamedNode(value)


def slugify(text: str) -> str:
    """Lower-case `[a-z0-9_-]` text for IRIs."""
    return _SLUG_BAD.sub("-", text.casefold()).strip("-") or "x"


def page_slug(file: str) -> str:
    """The stable IRI slug of a page's file name (injective: lossy slugs get a hash)."""
    stem = file[:-3] if file.endswith(".md") else file
    if _SLUG_OK.fullmatch(stem):
        return stem
    return f"{slugify(stem)[:80]}-{hashlib.sha1(stem.encode()).hexdigest()[:6]}"


def source_iri(file: str, base: str = DEFAULT_BASE) -> str:
    """The IRI of a page's source node, which is also its named graph."""
    return f"{base}source/{page_slug(file)}"


def report_iri(file: str, base: str = DEFAULT_BASE) -> str:
    """The IRI of the report a page describes."""
    return f"{base}report/{page_slug(file)}"


def pseudonym(email: str, key: bytes) -> str:
    """A keyed, stable pseudonym for an e-mail address (links a person's reports)."""
    return hmac.new(key, email.strip().casefold().encode(), hashlib.sha256).hexdigest()[:16]


def _lit(text: str) -> ox.Literal:
    return ox.Literal(text)


_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL_REMOVED = "[e-mail removed]"


def scrub_emails(text: str) -> str:
    """Text with every e-mail address replaced (answers often carry contact details)."""
    return _EMAIL.sub(EMAIL_REMOVED, text) if "@" in text else text


class _Emitter:
    """Collects one page's triples; text literals lose e-mail addresses unless kept."""

    __slots__ = ("out", "keep_emails")

    def __init__(self, *, keep_emails: bool = False) -> None:
        self.out: list[Triple] = []
        self.keep_emails = keep_emails

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.out.append((s, p, o))

    def text(self, s: ox.NamedNode, p: ox.NamedNode, value: str) -> None:
        if value:
            if not self.keep_emails and "@" in value:
                value = scrub_emails(value)
            self.out.append((s, p, _lit(value)))


def map_page(
    page: Page, options: MappingOptions | None = None, *, activity: str | None = None
) -> PageGraph:
    """The triples of one page (report, challenge, partnerships, links, provenance)."""
    opt = options or MappingOptions()
    base = opt.base
    slug = page_slug(page.file)
    report = iri(f"{base}report/{slug}")
    source = iri(f"{base}source/{slug}")
    e = _Emitter(keep_emails=opt.include_contacts)

    # The report and its provenance.
    e.add(report, RDF_TYPE, gk("Report"))
    kind = REPORT_CLASS.get(page.doc_type)
    if kind == "LearningPlan" and page.form.startswith("closing"):
        kind = "ClosingReport"
    if kind:
        e.add(report, RDF_TYPE, gk(kind))
    label = page.title or page.file.removesuffix(".md")
    e.text(report, RDFS_LABEL, label)
    e.text(report, DCT_TITLE, page.title)
    if page.title_truncated:
        e.add(report, gk("titleTruncated"), TRUE)
    if page.doc_type:
        e.add(report, gk("documentType"), _concept(e, "doctype", page.doc_type, "DocumentType"))
    e.text(report, gk("formVersion"), page.form)
    if page.year:
        e.add(report, gk("year"), ox.Literal(f"{page.year:04d}", datatype=XSD_GYEAR))
    e.add(report, PROV_DERIVED, source)
    e.add(source, RDF_TYPE, gk("SourcePage"))
    e.add(source, DCT_IDENTIFIER, _lit(page.file))
    e.add(source, gk("sha256"), _lit(page.sha256))
    if page.images_removed:
        e.add(
            source,
            gk("imagesRemoved"),
            ox.Literal(str(page.images_removed), datatype=iri(XSD + "integer")),
        )
    if activity:
        e.add(report, PROV_GENERATED_BY, iri(activity))
    if page.doc_type in ("solution", "blog", "publications", "story") and page.text:
        e.text(report, gk("abstract"), _abstract(page.text))

    # Where: countries (with their lab) and sub-national places; coordinates.
    iso3 = _countries(e, page, report, base)
    if page.latlng:
        lat, long = page.latlng
        e.add(report, GEO_LAT, ox.Literal(repr(lat), datatype=iri(XSD + "double")))
        e.add(report, GEO_LONG, ox.Literal(repr(long), datatype=iri(XSD + "double")))

    # Who: the focal point, as a keyed pseudonym unless contacts are asked for.
    if page.focal_point:
        person = iri(f"{base}person/{pseudonym(page.focal_point, opt.pseudonym_key)}")
        e.add(report, gk("focalPoint"), person)
        e.add(person, RDF_TYPE, gk("Person"))
        if opt.include_contacts:
            e.add(person, FOAF_MBOX, iri(f"mailto:{page.focal_point.strip()}"))

    # What: methods, data sources, thematic areas, SDGs, other tags.
    for scheme, tag, prop, cls in (
        ("method", "methods", "method", "Method"),
        ("datasource", "datasources", "dataSource", "DataSource"),
        ("thematic_area", "thematic_areas", "thematicArea", "ThematicArea"),
    ):
        for value in page.tag(tag):
            if not is_blank(value):
                e.add(report, gk(prop), _concept(e, scheme, value, cls))
    for value in page.tag("sdgs"):
        sdg = sdg_for(value)
        if sdg:
            e.add(report, gk("sdg"), iri(sdg))
    for key, values in page.tags:
        if key in HANDLED_TAGS or key in PERSONAL_TAGS:
            continue
        for value in values:
            if value.strip():
                e.text(report, gk("tag"), f"{key}={value.strip()}")

    # The frontier challenge of learning plans, closing reports and experiments.
    _challenge(e, page, report, base, slug, iso3)
    if page.doc_type == "experiment":
        _experiment(e, page, report)

    # Partners.
    _partnerships(e, page, report, base, slug, iso3[0] if iso3 else None)
    return PageGraph(page.file, str(source.value), page.sha256, page.doc_type, tuple(e.out))


def _abstract(text: str) -> str:
    text = " ".join(text[: ABSTRACT_CHARS * 4].split())
    if len(text) <= ABSTRACT_CHARS:
        return text
    cut = text.rfind(" ", 0, ABSTRACT_CHARS)
    return text[: cut if cut > 0 else ABSTRACT_CHARS] + "…"


def _concept(e: _Emitter, scheme: str, value: str, cls: str) -> ox.NamedNode:
    concept = concept_for(scheme, value)
    node = iri(concept.iri)
    if not concept.known:
        # A value the shipped scheme does not know (an unseen page): declare it here,
        # keyed so every spelling variant still lands on this one concept.
        e.add(node, RDF_TYPE, SKOS_CONCEPT)
        e.add(node, RDF_TYPE, gk(cls))
        e.add(node, SKOS_IN_SCHEME, iri(_scheme_iri(scheme)))
        e.text(node, RDFS_LABEL, concept.label)
        e.text(node, SKOS_ALT_LABEL, value.strip())
    return node


@cache
def _scheme_iri(scheme: str) -> str:
    from graphkit.concepts import scheme_iri

    return scheme_iri(scheme)


def _countries(e: _Emitter, page: Page, report: ox.NamedNode, base: str) -> list[str]:
    seen: list[str] = []
    for tag in page.countries:
        match = resolve_country(tag)
        if match is None:
            continue
        a3 = match.country.alpha3
        country = iri(f"{base}country/{a3}")
        e.add(report, gk("country"), country)
        if match.place:
            place = iri(f"{base}place/{slugify(match.place)}")
            e.add(report, gk("place"), place)
            e.add(place, RDF_TYPE, gk("Place"))
            e.add(place, RDFS_LABEL, _lit(match.place))
            e.add(place, gk("inCountry"), country)
        if a3 not in seen:
            seen.append(a3)
    if seen:
        e.add(report, gk("lab"), iri(f"{base}lab/{seen[0]}"))
    return seen


def _challenge(
    e: _Emitter, page: Page, report: ox.NamedNode, base: str, slug: str, iso3: list[str]
) -> None:
    statement_fields = [(name, page.fields_of(name)) for name in CHALLENGE_FIELDS]
    has_fields = any(values for _, values in statement_fields)
    name = page.field("plan_title") or page.field("frontier_challenge")
    if not (has_fields or page.learning_questions or page.stage_shares or name):
        return
    challenge = iri(f"{base}challenge/{slug}")
    e.add(report, gk("addresses"), challenge)
    e.add(challenge, RDF_TYPE, gk("FrontierChallenge"))
    e.text(challenge, RDFS_LABEL, name or page.title or slug)
    for a3 in iso3:
        e.add(challenge, gk("country"), iri(f"{base}country/{a3}"))
    for field_name, values in statement_fields:
        for value in values:
            e.text(challenge, gk(CHALLENGE_FIELDS[field_name]), value)
    for question in page.learning_questions:
        e.text(challenge, gk("learningQuestion"), question)
    for stage, share in page.stage_shares:
        node = iri(f"{base}report/{slug}/stage/{stage.casefold()}")
        e.add(challenge, gk("stageShare"), node)
        e.add(node, RDF_TYPE, gk("StageShare"))
        e.add(node, gk("stage"), iri(concept_for("stage", stage).iri))
        e.add(node, gk("sharePercent"), ox.Literal(_decimal(share), datatype=XSD_DECIMAL))


def _decimal(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text if "." in text else text + ".0"


def _experiment(e: _Emitter, page: Page, report: ox.NamedNode) -> None:
    for field_name, prop in EXPERIMENT_FIELDS.items():
        value = page.field(field_name)
        if not value:
            tag = page.tag(field_name)
            value = tag[0] if tag else ""
        e.text(report, gk(prop), value)
    for value in page.tag("partnering_sector"):
        if value.strip():
            e.add(report, gk("partneringSector"), iri(concept_for("sector", value).iri))


def _partnerships(
    e: _Emitter, page: Page, report: ox.NamedNode, base: str, slug: str, iso3: str | None
) -> None:
    for n, mention in enumerate(extract_partners(page), start=1):
        key = partner_key(mention, iso3)
        if mention.named:
            partner = iri(f"{base}partner/{key.scope}/{key.key}")
        else:
            partner = iri(f"{base}group/{key.key}")
        node = iri(f"{base}report/{slug}/partnership/{n}")
        e.add(report, gk("hasPartnership"), node)
        e.add(node, RDF_TYPE, gk("Partnership"))
        e.add(node, gk("partner"), partner)
        e.add(node, gk("sector"), iri(concept_for("sector", mention.sector).iri))
        e.text(node, gk("partnerName"), mention.name)
        e.text(node, gk("mentionText"), mention.text)
        e.text(node, gk("mentionQuestion"), mention.question)
        e.text(node, gk("description"), mention.description)
        if mention.new_unusual is not None:
            e.add(node, gk("newAndUnusual"), TRUE if mention.new_unusual else FALSE)
        e.add(partner, RDF_TYPE, gk("Partner" if mention.named else "PartnerGroup"))
        e.add(partner, gk("named"), TRUE if mention.named else FALSE)
        e.add(partner, gk("scope"), _lit(key.scope))


def iter_triples(graph: PageGraph) -> Iterator[Triple]:
    """The triples of a page graph."""
    return iter(graph.triples)


def build_activity(base: str, started: str, *, pages: int) -> tuple[str, list[Triple]]:
    """The build activity node and its triples (time fixed by SOURCE_DATE_EPOCH)."""
    stamp = re.sub(r"[^0-9]", "", started)[:14]
    node = iri(f"{base}build/{stamp}")
    agent = iri(f"{base}agent/graphkit-{__version__}")
    triples: list[Triple] = [
        (node, RDF_TYPE, gk("BuildActivity")),
        (node, RDFS_LABEL, _lit(f"graphkit build {started}")),
        (node, iri(PROV + "startedAtTime"), ox.Literal(started, datatype=iri(XSD + "dateTime"))),
        (node, iri(PROV + "wasAssociatedWith"), agent),
        (agent, RDF_TYPE, iri(PROV + "SoftwareAgent")),
        (agent, RDFS_LABEL, _lit(f"graphkit {__version__}")),
        (node, gk("pagesMapped"), ox.Literal(str(pages), datatype=iri(XSD + "integer"))),
    ]
    return str(node.value), triples


def lab_triples(base: str, iso3: str, country_name: str) -> list[Triple]:
    """The Accelerator Lab of a country, a unit of UNDP."""
    lab = iri(f"{base}lab/{iso3}")
    undp = iri(f"{base}org/undp")
    return [
        (lab, RDF_TYPE, gk("AcceleratorLab")),
        (lab, RDFS_LABEL, _lit(f"UNDP Accelerator Lab {country_name}")),
        (lab, ORG_UNIT_OF, undp),
        (lab, gk("country"), iri(f"{base}country/{iso3}")),
        (undp, RDF_TYPE, iri("http://www.w3.org/ns/org#Organization")),
        (undp, RDFS_LABEL, _lit("United Nations Development Programme")),
    ]
