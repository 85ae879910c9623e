"""Corpus-level graphs: the reference data every page links to, and the resolved partners.

The reference graph holds the ontology, its SKOS schemes and the country table; the
partner graph gives each partner node one label (its best spelling across the corpus),
its other spellings as altLabels and its majority sector. Both are recomputed whenever a
build changes the store, so page graphs stay independent of each other.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import pyoxigraph as ox

from graphkit.concepts import concept_for
from graphkit.countries import all_countries, country_by_code
from graphkit.mapping import RDF_TYPE, RDFS_LABEL, Triple, gk, iri, lab_triples
from graphkit.partners import canonical_label
from graphkit.paths import ONTOLOGY_DIR, QUERIES_DIR
from graphkit.store import Store

OWL_SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"
WIKIDATA = "http://www.wikidata.org/entity/"


# Validation shapes are configuration, not data: they stay out of the published graph.
NOT_DATA = frozenset({"shapes.ttl"})


class _StableBlankNodes:
    """Renames a file's blank nodes to `<prefix>b<n>` in order of first appearance."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.ids: dict[ox.BlankNode, ox.BlankNode] = {}

    def __call__(self, term: Any) -> Any:
        if not isinstance(term, ox.BlankNode):
            return term
        if term not in self.ids:
            self.ids[term] = ox.BlankNode(f"{self.prefix}b{len(self.ids)}")
        return self.ids[term]


@lru_cache(maxsize=1)
def _ontology_triples() -> tuple[Triple, ...]:
    triples: list[Triple] = []
    for path in sorted(ONTOLOGY_DIR.glob("*.ttl")):
        if path.name in NOT_DATA:
            continue
        # Blank nodes (OWL lists, restrictions) get ids from their file and order of
        # appearance, so the same ontology always gives the same output bytes.
        stable = _StableBlankNodes(re.sub("[^A-Za-z0-9]", "", path.stem))
        with path.open("rb") as fh:
            for t in ox.parse(fh, format=ox.RdfFormat.TURTLE, base_iri=path.as_uri()):
                triples.append((stable(t.subject), t.predicate, stable(t.object)))
    return tuple(triples)


def country_triples(base: str) -> Iterator[Triple]:
    """Every country of the curated table with its codes, region and Wikidata entity."""
    for c in all_countries():
        node = iri(f"{base}country/{c.alpha3}")
        yield node, RDF_TYPE, gk("Country")
        yield node, RDFS_LABEL, ox.Literal(c.name)
        yield node, gk("alpha2"), ox.Literal(c.alpha2)
        yield node, gk("alpha3"), ox.Literal(c.alpha3)
        if c.m49:
            yield node, gk("m49"), ox.Literal(c.m49)
        if c.region:
            yield node, gk("regionName"), ox.Literal(c.region)
        if c.subregion:
            yield node, gk("subregionName"), ox.Literal(c.subregion)
        if c.qid:
            yield node, OWL_SAME_AS, iri(WIKIDATA + c.qid)
        if c.lat is not None and c.long is not None:
            yield (
                node,
                iri(GEO + "lat"),
                ox.Literal(repr(float(c.lat)), datatype=iri(XSD + "double")),
            )
            yield (
                node,
                iri(GEO + "long"),
                ox.Literal(repr(float(c.long)), datatype=iri(XSD + "double")),
            )


def reference_triples(base: str) -> list[Triple]:
    """The reference graph: ontology, SKOS schemes and countries."""
    return [*_ontology_triples(), *country_triples(base)]


def partner_graph_triples(store: Store) -> list[Triple]:
    """One label, the other spellings and the majority sector of every partner node."""
    query = (QUERIES_DIR / "internal" / "partner-mentions.rq").read_text(encoding="utf-8")
    names: dict[str, list[str]] = defaultdict(list)
    sectors: dict[str, Counter[str]] = defaultdict(Counter)
    for row in store.query(query):
        partner = row["partner"].value
        names[partner].append(row["name"].value)
        sectors[partner][row["sector"].value] += 1
    out: list[Triple] = []
    for partner in sorted(names):
        node = iri(partner)
        label, alternatives = canonical_label(names[partner])
        out.append((node, RDFS_LABEL, ox.Literal(label)))
        out.append((node, iri(SKOS + "prefLabel"), ox.Literal(label)))
        for alt in alternatives:
            out.append((node, iri(SKOS + "altLabel"), ox.Literal(alt)))
        votes = [(n, s) for s, n in sectors[partner].items() if s != "unknown"]
        sector = max(votes)[1] if votes else "unknown"
        out.append((node, gk("sector"), iri(concept_for("sector", sector).iri)))
    return out


def lab_graph_triples(store: Store, base: str) -> list[Triple]:
    """The Accelerator Labs the reports name, each a unit of UNDP in its country."""
    query = (QUERIES_DIR / "internal" / "labs.rq").read_text(encoding="utf-8")
    out: list[Triple] = []
    for row in store.query(query):
        code = row["lab"].value.rsplit("/", 1)[-1]
        country = country_by_code(code)
        out.extend(lab_triples(base, code, country.name if country else code))
    return out
