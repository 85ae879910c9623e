"""Render the ontology's documentation: docs/ontology/index.html (pyLODE), MODEL.md, context.jsonld.

    python scripts/build_docs.py [--out docs/ontology]

index.html is pyLODE's OntPub page of ontology/graphkit.ttl; MODEL.md is a compact markdown
table of the model (classes, properties, concept schemes) for the README; ontology/context.jsonld
is a JSON-LD @context with short names for every gk term. All are generated from the Turtle
only, so they cannot drift from it.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import logging
import sys
import types
from pathlib import Path

import rdflib
from rdflib import OWL, RDF, RDFS, URIRef

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
GK = "https://w3id.org/graphkit/ontology#"
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
PREFIXES = {
    GK: "gk:",
    "https://schema.org/": "schema:",
    "http://www.w3.org/ns/org#": "org:",
    "http://xmlns.com/foaf/0.1/": "foaf:",
    "http://www.w3.org/ns/prov#": "prov:",
    "http://www.w3.org/2004/02/skos/core#": "skos:",
    "http://purl.org/dc/terms/": "dcterms:",
    "http://www.w3.org/2003/01/geo/wgs84_pos#": "geo:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
}
KINDS = {
    OWL.ObjectProperty: "object",
    OWL.DatatypeProperty: "datatype",
    OWL.AnnotationProperty: "annotation",
}


def short(node: rdflib.term.Node | None) -> str:
    """A prefixed name for an IRI ('' for None)."""
    if node is None:
        return ""
    text = str(node)
    for ns, prefix in PREFIXES.items():
        if text.startswith(ns):
            return prefix + text[len(ns) :]
    return f"<{text}>"


def cell(text: str) -> str:
    """Markdown-table-safe text."""
    return " ".join(text.split()).replace("|", "\\|")


def model_markdown(graph: rdflib.Graph) -> str:
    """The markdown tables of the model."""
    order = (ONTOLOGY / "graphkit.ttl").read_text(encoding="utf-8")

    def terms(kind: URIRef) -> list[URIRef]:
        found = [s for s in graph.subjects(RDF.type, kind) if str(s).startswith(GK)]
        return sorted(found, key=lambda s: order.find(f"gk:{str(s)[len(GK) :]} a "))

    lines = [
        "# The graphkit model",
        "",
        "Generated from `ontology/graphkit.ttl` by `scripts/build_docs.py`; the full reference is",
        "`docs/ontology/index.html`. Prefix `gk:` = `https://w3id.org/graphkit/ontology#`.",
        "",
        "## Classes",
        "",
        "| Class | Subclass of | Description |",
        "|---|---|---|",
    ]
    for cls in terms(OWL.Class):
        parents = ", ".join(sorted(short(p) for p in graph.objects(cls, RDFS.subClassOf)))
        lines.append(
            f"| {short(cls)} | {parents} | {cell(str(graph.value(cls, RDFS.comment) or ''))} |"
        )
    lines += [
        "",
        "## Properties",
        "",
        "| Property | Kind | Domain → range | Sub-property of | Description |",
        "|---|---|---|---|---|",
    ]
    for kind, name in KINDS.items():
        for prop in terms(kind):
            domain = short(graph.value(prop, RDFS.domain)) or "·"
            rng = short(graph.value(prop, RDFS.range)) or "·"
            parents = ", ".join(sorted(short(p) for p in graph.objects(prop, RDFS.subPropertyOf)))
            comment = cell(str(graph.value(prop, RDFS.comment) or ""))
            lines.append(f"| {short(prop)} | {name} | {domain} → {rng} | {parents} | {comment} |")
    lines += [
        "",
        "## Concept schemes (SKOS)",
        "",
        "| Scheme | File | Concepts | Description |",
        "|---|---|---|---|",
    ]
    for path in sorted(ONTOLOGY.glob("*.ttl")):
        if path.name in ("graphkit.ttl", "shapes.ttl"):
            continue
        scheme_graph = rdflib.Graph().parse(path)
        for scheme in scheme_graph.subjects(RDF.type, SKOS.ConceptScheme):
            count = len(set(scheme_graph.subjects(SKOS.inScheme, scheme)))
            comment = cell(str(scheme_graph.value(scheme, RDFS.comment) or ""))
            lines.append(f"| {short(scheme)} | `ontology/{path.name}` | {count} | {comment} |")
    lines += [
        "",
        "Links out: countries `owl:sameAs` Wikidata (`http://www.wikidata.org/entity/Q…`) with ISO",
        "3166-1 codes and UN M49 regions; SDGs are the UN SDG KOS goals",
        "(`http://metadata.un.org/sdg/N`); sectors `skos:closeMatch` IATI OrganisationType codes.",
        "",
    ]
    return "\n".join(lines)


STANDARD_TERMS: dict[str, object] = {
    "id": "@id",
    "type": "@type",
    "label": "rdfs:label",
    "comment": "rdfs:comment",
    "title": "dcterms:title",
    "identifier": "dcterms:identifier",
    "created": {"@id": "dcterms:created", "@type": "xsd:dateTime"},
    "subject": {"@id": "dcterms:subject", "@type": "@id"},
    "prefLabel": "skos:prefLabel",
    "altLabel": "skos:altLabel",
    "notation": "skos:notation",
    "inScheme": {"@id": "skos:inScheme", "@type": "@id"},
    "closeMatch": {"@id": "skos:closeMatch", "@type": "@id"},
    "exactMatch": {"@id": "skos:exactMatch", "@type": "@id"},
    "sameAs": {"@id": "owl:sameAs", "@type": "@id"},
    "lat": {"@id": "geo:lat", "@type": "xsd:double"},
    "long": {"@id": "geo:long", "@type": "xsd:double"},
    "wasDerivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
    "wasGeneratedBy": {"@id": "prov:wasGeneratedBy", "@type": "@id"},
    "wasAssociatedWith": {"@id": "prov:wasAssociatedWith", "@type": "@id"},
    "startedAtTime": {"@id": "prov:startedAtTime", "@type": "xsd:dateTime"},
    "unitOf": {"@id": "org:unitOf", "@type": "@id"},
    # gk:year has no rdfs:range in the ontology (HermiT knows no xsd:gYear), but it is one.
    "year": {"@id": "gk:year", "@type": "xsd:gYear"},
}
CONTEXT_PREFIXES = {
    "gk": GK,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "prov": "http://www.w3.org/ns/prov#",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "wd": "http://www.wikidata.org/entity/",
    "unsdg": "http://metadata.un.org/sdg/",  # not "sdg": that is the gk:sdg property's name
}


def jsonld_context(graph: rdflib.Graph) -> str:
    """ontology/context.jsonld: every gk term and common terms as short plain-JSON names."""
    context: dict[str, object] = dict(CONTEXT_PREFIXES)
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        for term in sorted(s for s in graph.subjects(RDF.type, kind) if str(s).startswith(GK)):
            name = str(term)[len(GK) :]
            if kind == OWL.Class:
                context[name] = f"gk:{name}"
            elif kind in (OWL.ObjectProperty, OWL.AnnotationProperty):
                context[name] = {"@id": f"gk:{name}", "@type": "@id"}
            else:
                rng = graph.value(term, RDFS.range)
                if rng is not None and str(rng) != "http://www.w3.org/2001/XMLSchema#string":
                    context[name] = {"@id": f"gk:{name}", "@type": short(rng)}
                else:
                    context[name] = f"gk:{name}"
    context.update(STANDARD_TERMS)
    return json.dumps({"@context": context}, indent=2, ensure_ascii=False) + "\n"


def render_html(destination: Path) -> None:
    """pyLODE's OntPub page of the ontology."""
    # pyLODE 3.4's wheel reads its version from a pyproject.toml it does not ship; give it the
    # installed distribution's version instead so the import works.
    if "pylode.version" not in sys.modules:
        stub = types.ModuleType("pylode.version")
        stub.__version__ = importlib.metadata.version("pylode")  # type: ignore[attr-defined]
        sys.modules["pylode.version"] = stub
    logging.getLogger().setLevel(logging.WARNING)
    from pylode import OntPub

    OntPub(ontology=str(ONTOLOGY / "graphkit.ttl")).make_html(destination=destination)


def main(argv: list[str] | None = None) -> int:
    """Write index.html and MODEL.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "ontology")
    parser.add_argument("--no-html", action="store_true", help="Only write MODEL.md.")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    graph = rdflib.Graph().parse(ONTOLOGY / "graphkit.ttl")
    (args.out / "MODEL.md").write_text(model_markdown(graph), encoding="utf-8")
    (ONTOLOGY / "context.jsonld").write_text(jsonld_context(graph), encoding="utf-8")
    if not args.no_html:
        render_html(args.out / "index.html")
    print(
        f"wrote {args.out / 'MODEL.md'}"
        + ("" if args.no_html else f" and {args.out / 'index.html'}")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
