"""The ontology's terms as Python names, so a typo is an error rather than a silent new IRI.

`GK` mirrors ontology/graphkit.ttl (a test checks both directions). The other namespaces are
the standard vocabularies the mapping uses, spelled out here because some of rdflib's are wrong
for us (its `WGS` is the https form; WGS84 geo is http).
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

GK_NS = "https://w3id.org/graphkit/ontology#"
ONTOLOGY_IRI = URIRef("https://w3id.org/graphkit/ontology")
ONTOLOGY_VERSION_IRI = URIRef("https://w3id.org/graphkit/ontology/0.1.0")


class GK(DefinedNamespace):
    """The graphkit ontology (gk): classes, then object, datatype, annotation properties."""

    _fail = True

    # Classes
    Report: URIRef  # Report
    LearningPlan: URIRef  # Learning plan
    ClosingReport: URIRef  # Closing report
    Experiment: URIRef  # Experiment
    Solution: URIRef  # Solution
    BlogPost: URIRef  # Blog post
    Publication: URIRef  # Publication
    Story: URIRef  # Story
    Tool: URIRef  # Tool
    Skill: URIRef  # Skill
    Tactic: URIRef  # Tactic
    Principle: URIRef  # Principle
    SourcePage: URIRef  # Source page
    BuildActivity: URIRef  # Build activity
    FrontierChallenge: URIRef  # Frontier challenge
    StageShare: URIRef  # Stage share
    AcceleratorLab: URIRef  # Accelerator Lab
    Country: URIRef  # Country
    Place: URIRef  # Place
    Person: URIRef  # Person
    Partner: URIRef  # Partner
    PartnerGroup: URIRef  # Partner group
    Partnership: URIRef  # Partnership
    Sector: URIRef  # Sector
    Method: URIRef  # Method
    DataSource: URIRef  # Data source
    ThematicArea: URIRef  # Thematic area
    LearningStage: URIRef  # Learning stage
    DocumentType: URIRef  # Document type
    SDG: URIRef  # Sustainable Development Goal

    # Object properties
    documentType: URIRef  # document type
    country: URIRef  # country
    place: URIRef  # place
    inCountry: URIRef  # in country
    lab: URIRef  # lab
    focalPoint: URIRef  # focal point
    addresses: URIRef  # addresses
    method: URIRef  # method
    dataSource: URIRef  # data source
    thematicArea: URIRef  # thematic area
    sdg: URIRef  # SDG
    hasPartnership: URIRef  # has partnership
    partner: URIRef  # partner
    sector: URIRef  # sector
    partneringSector: URIRef  # partnering sector
    stageShare: URIRef  # stage share
    stage: URIRef  # stage

    # Datatype properties
    titleTruncated: URIRef  # title truncated
    year: URIRef  # year
    challengeStatement: URIRef  # challenge statement
    challengeType: URIRef  # challenge type
    background: URIRef  # background
    valueProposition: URIRef  # value proposition
    summary: URIRef  # summary
    abstract: URIRef  # abstract
    learningQuestion: URIRef  # learning question
    insight: URIRef  # insight
    barrier: URIRef  # barrier
    earlyLeads: URIRef  # early leads
    dataGaps: URIRef  # data gaps
    methodsUsage: URIRef  # methods usage
    sharePercent: URIRef  # share percent
    hypothesis: URIRef  # hypothesis
    controlGroup: URIRef  # control group
    totalCost: URIRef  # total cost
    sampleSize: URIRef  # sample size
    experimentStatus: URIRef  # experiment status
    experimentType: URIRef  # experiment type
    assignmentType: URIRef  # assignment type
    scaling: URIRef  # scaling
    description: URIRef  # description
    newAndUnusual: URIRef  # new and unusual
    mentionText: URIRef  # mention text
    mentionQuestion: URIRef  # mention question
    named: URIRef  # named
    scope: URIRef  # scope
    alpha2: URIRef  # ISO alpha-2 code
    alpha3: URIRef  # ISO alpha-3 code
    m49: URIRef  # UN M49 code
    regionName: URIRef  # region name
    subregionName: URIRef  # sub-region name
    intermediateRegionName: URIRef  # intermediate region name
    sha256: URIRef  # SHA-256
    imagesRemoved: URIRef  # images removed
    formVersion: URIRef  # form version
    partnerName: URIRef  # partner name
    tag: URIRef  # tag
    pagesMapped: URIRef  # pages mapped

    # Annotation properties
    reportClass: URIRef  # report class

    _NS = Namespace(GK_NS)


# SKOS concept schemes (ontology/*.ttl), keyed by the scheme names graphkit.concepts uses.
SCHEMES: dict[str, URIRef] = {
    "sector": URIRef(GK_NS + "sectors"),
    "stage": URIRef(GK_NS + "stages"),
    "doctype": URIRef(GK_NS + "doctypes"),
    "method": URIRef(GK_NS + "methods"),
    "datasource": URIRef(GK_NS + "datasources"),
    "thematic_area": URIRef(GK_NS + "thematic-areas"),
    "sdg": URIRef(GK_NS + "sdgs"),
}

# The class of the concepts of each scheme.
SCHEME_CLASSES: dict[str, URIRef] = {
    "sector": GK.Sector,
    "stage": GK.LearningStage,
    "doctype": GK.DocumentType,
    "method": GK.Method,
    "datasource": GK.DataSource,
    "thematic_area": GK.ThematicArea,
    "sdg": GK.SDG,
}

# Standard vocabularies, with the namespace IRIs their owners publish.
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
GEOSPARQL = Namespace("http://www.opengis.net/ont/geosparql#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCT = Namespace("http://purl.org/dc/terms/")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
VOID = Namespace("http://rdfs.org/ns/void#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
VANN = Namespace("http://purl.org/vocab/vann/")
SH = Namespace("http://www.w3.org/ns/shacl#")
WD = Namespace("http://www.wikidata.org/entity/")  # Wikidata entities: WD["Q1028"] (Morocco)
SDG = Namespace("http://metadata.un.org/sdg/")  # UN SDG KOS goals: SDG["7"]
IATI_ORG_TYPE = Namespace("http://reference.iatistandard.org/codelists/OrganisationType/")

# Prefixes to bind on every graph graphkit writes (stable output, readable Turtle).
PREFIXES: dict[str, str] = {
    "gk": GK_NS,
    "geo": str(GEO),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "dcterms": str(DCT),
    "dcat": str(DCAT),
    "void": str(VOID),
    "foaf": str(FOAF),
    "skos": str(SKOS),
    "vann": str(VANN),
    "wd": str(WD),
    "sdg": str(SDG),
    "iati": str(IATI_ORG_TYPE),
}
