"""SPARQL results -> networkx graphs (partners, countries, methods, challenges) + analytics.

Builders are pure functions over the rows of a library query (a pandas DataFrame, one row
per solution); the CLI and notebooks fetch the frame with `graphkit.kg` and pass it in.
Every network kind is one entry of `KINDS`: its query, its builder and how it is drawn.

Graph attributes are GraphML/GEXF-safe: strings, ints, floats and bools only (networkx's
writers reject lists), so multi-valued attributes are joined with `SEP`.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from graphkit.errors import GraphkitError

if TYPE_CHECKING:  # pandas is only needed by callers that hold a frame
    import pandas as pd

SEP = "; "
SEED = 42  # Louvain and sampled betweenness: same graph in, same numbers out
BETWEENNESS_EXACT_UP_TO = 600  # nodes; above it betweenness uses k-sampling
BETWEENNESS_SAMPLES = 150

Row = Mapping[str, Any]

# Tolerate the spellings people type on the command line ("civil society", "private sector").
_SECTOR_ALIASES = {
    "civil": "civil_society",
    "civil society": "civil_society",
    "civil-society": "civil_society",
    "private sector": "private",
    "academic": "academia",
    "academia and research": "academia",
    "united nations": "un",
    "un agency": "un",
    "public": "government",
    "public sector": "government",
}


# -- rows --------------------------------------------------------------------------------


def _clean(value: Any) -> Any:
    """None for every flavour of 'unbound' (None, NaN, pd.NA, ''), the value otherwise."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    try:  # pd.NA and NaT compare ambiguously; treat them as unbound
        if value != value:
            return None
    except TypeError:
        return None
    return value


def frame_rows(frame: pd.DataFrame | Iterable[Row]) -> list[dict[str, Any]]:
    """The rows of a query result as plain dicts, unbound cells as None, in a stable order."""
    records = frame.to_dict("records") if hasattr(frame, "to_dict") else list(frame)
    rows = [{str(k): _clean(v) for k, v in r.items()} for r in records]
    rows.sort(key=lambda r: tuple(sorted((k, str(v)) for k, v in r.items())))
    return rows


def join_report_rows(rows: list[dict[str, Any]], links: Iterable[str]) -> list[dict[str, Any]]:
    """Link rows with their report's and their linked node's columns merged in.

    A network query may return three kinds of rows to spare Oxigraph decoding the same cells
    over and over: a report's columns once per report and country (?report bound, no `links`
    column bound), a node's own columns once per node (one `links` column bound, no ?report,
    e.g. a method and its label), and the links themselves (?report and a `links` column).
    Each link row is merged with its node's columns and with every column row of its report
    (one per country); link rows of a report without column rows pass through on their own.
    Rows of the old, already joined shape come out as they went in.
    """
    links = tuple(links)
    base: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    attributes: dict[tuple[str, Any], dict[str, Any]] = {}
    link_rows: list[tuple[dict[str, Any], list[str]]] = []
    for row in rows:
        linked = [c for c in links if row.get(c)]
        if row.get("report") is None:
            if len(linked) == 1:
                bound = {k: v for k, v in row.items() if v is not None}
                attributes.setdefault((linked[0], row[linked[0]]), {}).update(bound)
        elif linked:
            link_rows.append((row, linked))
        else:
            base[row["report"]].append(row)
    if not base and not attributes:
        return rows
    out: list[dict[str, Any]] = []
    for row, linked in link_rows:
        own: dict[str, Any] = {}
        for column in linked:
            own.update(attributes.get((column, row[column]), {}))
        own.update((k, v) for k, v in row.items() if v is not None)
        out.extend([{**b, **own} for b in base.get(row["report"], ())] or [{**row, **own}])
    return out


def local_name(iri: str) -> str:
    """The last path segment of an IRI (a report's slug), the IRI itself when it has none."""
    tail = iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return tail or iri


def normalise_sector(sector: str | None) -> str:
    """A sector notation from the store or the command line, as one of SECTORS when known."""
    if not sector:
        return "unknown"
    text = str(sector).strip().lower()
    text = _SECTOR_ALIASES.get(text, text)
    return text.replace(" ", "_").replace("-", "_")


def _join(values: Iterable[Any]) -> str:
    return SEP.join(sorted({str(v) for v in values if v is not None}))


def _country_key(row: Row) -> str | None:
    return row.get("country") or (f"country:{row['alpha3']}" if row.get("alpha3") else None)


def _country_label(row: Row) -> str:
    return str(row.get("country_label") or row.get("alpha3") or local_name(row["country"]))


def _report_name(row: Row) -> str:
    return str(row.get("source") or local_name(str(row["report"])))


def _is_named(row: Row) -> bool:
    # gk:named false marks generic mentions ("the private sector"): not an organisation.
    named = row.get("named")
    if isinstance(named, str):
        return named.strip().lower() not in ("false", "0")
    return named is None or bool(named)  # numpy's bool_ is not `False`, but is falsy


def _country_matches(row: Row, wanted: set[str]) -> bool:
    keys = (row.get("alpha3"), row.get("country_label"), row.get("country"))
    return any(k is not None and str(k).casefold() in wanted for k in keys)


def _country_record(tag: str) -> Any:
    """graphkit's country table entry for a name or code (None when unknown or absent)."""
    try:
        from graphkit.countries import resolve_country
    except ImportError:  # the country table is optional here
        return None
    match = resolve_country(tag)
    return getattr(match, "country", None)


def _country_aliases(country: str) -> set[str]:
    """The ways a country may appear in a row: as typed, and via the country table."""
    wanted = {country.casefold()}
    found = _country_record(country)
    if found is not None:
        wanted |= {str(found.alpha3).casefold(), str(found.name).casefold()}
    return wanted


def country_position(row: Row) -> tuple[float, float] | None:
    """(lat, long) of a row's country: from the store, else from graphkit's country table."""
    lat, long = row.get("lat"), row.get("long")
    if lat is not None and long is not None:
        try:
            return float(lat), float(long)
        except (TypeError, ValueError):
            pass  # a malformed literal: fall back to the table below
    tag = row.get("alpha3") or row.get("country_label")
    found = _country_record(str(tag)) if tag else None
    if found is None or found.lat is None or found.long is None:
        return None
    return float(found.lat), float(found.long)


# -- builders ------------------------------------------------------------------------------


class _Nodes:
    """Accumulates node attributes and their multi-valued parts before they are flattened."""

    def __init__(self) -> None:
        self.attrs: dict[str, dict[str, Any]] = {}
        self.sets: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def add(self, node: str, **attrs: Any) -> None:
        mine = self.attrs.setdefault(node, {})
        for key, value in attrs.items():
            if value is not None and key not in mine:
                mine[key] = value

    def collect(self, node: str, key: str, value: Any) -> None:
        if value is not None:
            self.sets[node][key].add(str(value))

    def into(self, graph: nx.Graph) -> None:
        for node in sorted(self.attrs):
            attrs = dict(self.attrs[node])
            for key, values in self.sets.get(node, {}).items():
                attrs[key] = _join(values)
                if key == "reports":
                    attrs["n_reports"] = len(values)
            attrs.setdefault("sector", "")
            attrs.setdefault("countries", "")
            attrs.setdefault("reports", "")
            attrs.setdefault("n_reports", 0)
            graph.add_node(node, **attrs)


class _Edges:
    """Accumulates the reports (or partners) that justify each edge; weight = their number."""

    def __init__(self, key: str = "reports") -> None:
        self.key = key
        self.why: dict[tuple[str, str], set[str]] = defaultdict(set)

    def add(self, a: str, b: str, reason: str) -> None:
        if a != b:
            self.why[(a, b) if a < b else (b, a)].add(reason)

    def into(self, graph: nx.Graph) -> None:
        for (a, b), reasons in sorted(self.why.items()):
            graph.add_edge(a, b, weight=len(reasons), **{self.key: _join(reasons)})


def _country_node(nodes: _Nodes, row: Row) -> str:
    node = str(_country_key(row))
    nodes.add(node, label=_country_label(row), kind="country", alpha3=row.get("alpha3"))
    nodes.collect(node, "countries", _country_label(row))
    position = country_position(row)
    if position is not None:
        nodes.add(node, lat=position[0], long=position[1])
    return node


def _partner_node(nodes: _Nodes, row: Row) -> str:
    node = str(row["partner"])
    label = row.get("partner_label") or local_name(node)
    nodes.add(node, label=str(label), kind="partner", sector=normalise_sector(row.get("sector")))
    if _country_key(row):
        nodes.collect(node, "countries", _country_label(row))
    nodes.collect(node, "reports", _report_name(row))
    nodes.collect(node, "report_titles", row.get("report_label"))
    return node


def _partner_rows(rows: Iterable[Row]) -> list[Row]:
    return [r for r in rows if r.get("partner") and r.get("report") and _is_named(r)]


def build_partners(rows: Iterable[Row]) -> nx.Graph:
    """Bipartite network: countries (their labs) <-> partners; weight = reports linking them."""
    graph = nx.Graph()
    nodes, edges = _Nodes(), _Edges()
    skipped = 0
    for row in _partner_rows(rows):
        if not _country_key(row):
            skipped += 1
            continue
        country = _country_node(nodes, row)
        nodes.collect(country, "reports", _report_name(row))
        partner = _partner_node(nodes, row)
        edges.add(country, partner, _report_name(row))
    nodes.into(graph)
    edges.into(graph)
    graph.graph["rows_without_country"] = skipped
    return graph


def build_partner_projection(rows: Iterable[Row]) -> nx.Graph:
    """Partner-partner co-partnership: an edge per pair named in the same report."""
    graph = nx.Graph()
    nodes, edges = _Nodes(), _Edges()
    by_report: dict[str, set[str]] = defaultdict(set)
    for row in _partner_rows(rows):
        partner = _partner_node(nodes, row)
        by_report[_report_name(row)].add(partner)
    for report, partners in sorted(by_report.items()):
        for a, b in combinations(sorted(partners), 2):
            edges.add(a, b, report)
    nodes.into(graph)
    edges.into(graph)
    # A partner alone in all its reports co-partners with no one: it is not part of this view.
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph


def build_countries(rows: Iterable[Row]) -> nx.Graph:
    """Country-country network: weight = number of partners the two countries share."""
    graph = nx.Graph()
    nodes, edges = _Nodes(), _Edges(key="partners")
    by_partner: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for row in _partner_rows(rows):
        if not _country_key(row):
            continue
        country = _country_node(nodes, row)
        nodes.collect(country, "reports", _report_name(row))
        by_partner[str(row["partner"])].add(country)
        labels[str(row["partner"])] = str(row.get("partner_label") or local_name(row["partner"]))
    for partner, countries in sorted(by_partner.items()):
        for a, b in combinations(sorted(countries), 2):
            edges.add(a, b, labels[partner])
    nodes.into(graph)
    edges.into(graph)
    return graph


def _co_occurrence(rows: Iterable[Row], column: str, kind: str) -> nx.Graph:
    graph = nx.Graph()
    nodes, edges = _Nodes(), _Edges()
    by_report: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if not row.get(column) or not row.get("report"):
            continue
        node = str(row[column])
        label = row.get(f"{column}_label") or local_name(node)
        nodes.add(node, label=str(label), kind=kind)
        nodes.collect(node, "reports", _report_name(row))
        if _country_key(row):
            nodes.collect(node, "countries", _country_label(row))
        by_report[_report_name(row)].add(node)
    for report, members in sorted(by_report.items()):
        for a, b in combinations(sorted(members), 2):
            edges.add(a, b, report)
    nodes.into(graph)
    edges.into(graph)
    return graph


def build_methods(rows: Iterable[Row]) -> nx.Graph:
    """Method co-occurrence: an edge per pair of methods used in the same report."""
    return _co_occurrence(rows, "method", "method")


def build_challenges(rows: Iterable[Row]) -> nx.Graph:
    """Tripartite network: frontier challenges <-> the methods and data sources used on them."""
    graph = nx.Graph()
    nodes, edges = _Nodes(), _Edges()
    for row in rows:
        if not row.get("challenge") or not row.get("report"):
            continue
        challenge = str(row["challenge"])
        title = row.get("challenge_label") or row.get("report_label") or local_name(challenge)
        nodes.add(challenge, label=str(title), kind="challenge")
        nodes.collect(challenge, "reports", _report_name(row))
        if _country_key(row):
            nodes.collect(challenge, "countries", _country_label(row))
        for column, kind in (("method", "method"), ("datasource", "datasource")):
            if not row.get(column):
                continue
            node = str(row[column])
            nodes.add(node, label=str(row.get(f"{column}_label") or local_name(node)), kind=kind)
            nodes.collect(node, "reports", _report_name(row))
            edges.add(challenge, node, _report_name(row))
    nodes.into(graph)
    edges.into(graph)
    return graph


# -- the registry ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NetworkKind:
    """One kind of network: the library query that feeds it, its builder, how it is drawn."""

    name: str
    query: str  # name of a queries/*.rq file (without .rq)
    summary: str
    build: Callable[[Iterable[Row]], nx.Graph]
    colour_by: str = "kind"  # "sector" or "kind"
    has_sectors: bool = False  # can be filtered with --sector
    layout: str = "force"  # "force" or "geo" (nodes fixed at their coordinates)
    reduce_kind: str | None = None  # kind of node dropped first when the view is too big
    links: tuple[str, ...] = ()  # link columns when the query returns report rows apart


KINDS: dict[str, NetworkKind] = {
    k.name: k
    for k in (
        NetworkKind(
            "partners",
            "network-partners",
            "countries (their labs) and the partners named in their reports",
            build_partners,
            colour_by="sector",
            has_sectors=True,
            reduce_kind="partner",
            links=("partner",),
        ),
        NetworkKind(
            "partner-projection",
            "network-partners",
            "partners linked when they are named in the same report",
            build_partner_projection,
            colour_by="sector",
            has_sectors=True,
            reduce_kind="partner",
            links=("partner",),
        ),
        NetworkKind(
            "countries",
            "network-partners",
            "countries linked by the partners they share",
            build_countries,
            has_sectors=True,
            links=("partner",),
        ),
        NetworkKind(
            "geo",
            "network-partners",
            "countries at their coordinates, linked by the partners they share",
            build_countries,
            has_sectors=True,
            layout="geo",
            links=("partner",),
        ),
        NetworkKind(
            "methods",
            "network-methods",
            "methods linked when the same report uses both",
            build_methods,
            links=("method",),
        ),
        NetworkKind(
            "challenges",
            "network-challenges",
            "frontier challenges and the methods and data sources used on them",
            build_challenges,
            reduce_kind="challenge",
            links=("method", "datasource"),
        ),
    )
}


def network_kind(name: str) -> NetworkKind:
    """The registered network kind called name; a GraphkitError listing the kinds otherwise."""
    try:
        return KINDS[name]
    except KeyError:
        raise GraphkitError(
            f"unknown network kind {name!r}; choose one of: {', '.join(sorted(KINDS))}"
        ) from None


def _joined(spec: NetworkKind, frame: pd.DataFrame | Iterable[Row]) -> list[dict[str, Any]]:
    rows = frame_rows(frame)
    return join_report_rows(rows, spec.links) if spec.links else rows


def network_rows(kind: str, frame: pd.DataFrame | Iterable[Row]) -> pd.DataFrame:
    """The rows of kind's query as one table: each report's columns merged into its link rows.

    Network queries return a report's columns once, apart from its links; this is the table
    to group or filter by country, report and link together (one row per link and country).
    """
    import pandas

    return pandas.DataFrame(_joined(network_kind(kind), frame))


def build_network(
    kind: str,
    frame: pd.DataFrame | Iterable[Row],
    *,
    country: str | None = None,
    sector: str | None = None,
    min_weight: int = 1,
) -> nx.Graph:
    """Build the network `kind` from the rows of its query, filtered by country/sector/weight."""
    spec = network_kind(kind)
    rows = _joined(spec, frame)
    if country:
        wanted = _country_aliases(country)
        rows = [r for r in rows if _country_matches(r, wanted)]
    if sector:
        if not spec.has_sectors:
            raise GraphkitError(f"network kind {kind!r} has no partner sectors to filter on")
        wanted_sector = normalise_sector(sector)
        rows = [r for r in rows if normalise_sector(r.get("sector")) == wanted_sector]
    graph = spec.build(rows)
    if min_weight > 1:
        weak = [(a, b) for a, b, w in graph.edges(data="weight") if w < min_weight]
        touched = {n for edge in weak for n in edge}
        graph.remove_edges_from(weak)
        graph.remove_nodes_from([n for n in sorted(touched) if graph.degree(n) == 0])
    for node in graph:
        graph.nodes[node]["degree"] = graph.degree(node)
        graph.nodes[node]["strength"] = int(graph.degree(node, weight="weight"))
    graph.graph.update(
        kind=kind,
        summary=spec.summary,
        country=country or "",
        sector=sector or "",
        min_weight=min_weight,
    )
    return graph


# -- analytics -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NodeScore:
    """A node and one of its measures."""

    node: str
    label: str
    kind: str
    value: float


@dataclass(frozen=True, slots=True)
class Bridge:
    """A node whose neighbours sit in several communities: it links otherwise separate groups."""

    node: str
    label: str
    kind: str
    communities: int  # distinct communities among its neighbours and itself
    betweenness: float


@dataclass(frozen=True, slots=True)
class NetworkStats:
    """Size, centralities, communities and bridges of one network."""

    nodes: int
    edges: int
    density: float
    components: int
    communities: tuple[tuple[str, ...], ...]  # largest first; node ids sorted
    top_degree: tuple[NodeScore, ...]
    top_betweenness: tuple[NodeScore, ...]
    bridges: tuple[Bridge, ...]
    betweenness_samples: int | None  # k when betweenness was sampled, None when exact

    def community_of(self) -> dict[str, int]:
        """Node id -> index of its community (0 = the largest)."""
        return {node: i for i, members in enumerate(self.communities) for node in members}


def _score(graph: nx.Graph, node: str, value: float) -> NodeScore:
    data = graph.nodes[node]
    return NodeScore(node, str(data.get("label", node)), str(data.get("kind", "")), value)


def _top(graph: nx.Graph, values: Mapping[str, float], n: int) -> tuple[NodeScore, ...]:
    ranked = sorted(
        values.items(), key=lambda kv: (-kv[1], str(graph.nodes[kv[0]].get("label")), kv[0])
    )
    return tuple(_score(graph, node, value) for node, value in ranked[:n] if value > 0)


def analyse(graph: nx.Graph, *, top: int = 10) -> NetworkStats:
    """Degree and betweenness centrality, Louvain communities and bridges; deterministic."""
    n = graph.number_of_nodes()
    degree = nx.degree_centrality(graph) if n > 1 else dict.fromkeys(graph, 0.0)
    samples = None if n <= BETWEENNESS_EXACT_UP_TO else min(BETWEENNESS_SAMPLES, n)
    betweenness = nx.betweenness_centrality(graph, k=samples, seed=SEED if samples else None)
    if graph.number_of_edges():
        found = nx.community.louvain_communities(graph, weight="weight", seed=SEED)
    else:
        found = [{node} for node in graph]
    communities = tuple(
        sorted((tuple(sorted(c)) for c in found), key=lambda c: (-len(c), c[0] if c else ""))
    )
    member = {node: i for i, c in enumerate(communities) for node in c}
    bridges = []
    for node in graph:
        touched = {member[nb] for nb in graph[node]} | {member[node]}
        if len(touched) > 1:
            data = graph.nodes[node]
            bridges.append(
                Bridge(
                    node,
                    str(data.get("label", node)),
                    str(data.get("kind", "")),
                    len(touched),
                    betweenness.get(node, 0.0),
                )
            )
    # Partners are the interesting bridges when the network has them (labs are hubs by design).
    if any(b.kind == "partner" for b in bridges):
        bridges = [b for b in bridges if b.kind == "partner"]
    bridges.sort(key=lambda b: (-b.communities, -b.betweenness, b.label, b.node))
    return NetworkStats(
        nodes=n,
        edges=graph.number_of_edges(),
        density=nx.density(graph) if n > 1 else 0.0,
        components=nx.number_connected_components(graph) if n else 0,
        communities=communities,
        top_degree=_top(graph, degree, top),
        top_betweenness=_top(graph, betweenness, top),
        bridges=tuple(bridges[:top]),
        betweenness_samples=samples,
    )


# -- export --------------------------------------------------------------------------------


def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple | set | frozenset):
        return _join(value)
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def flatten_attributes(graph: nx.Graph) -> nx.Graph:
    """A copy whose attributes GraphML/GEXF accept: no None, lists joined with SEP."""
    flat = nx.Graph()
    flat.graph.update({k: _flat(v) for k, v in graph.graph.items() if v is not None})
    for node, data in graph.nodes(data=True):
        flat.add_node(str(node), **{k: _flat(v) for k, v in data.items() if v is not None})
    for a, b, data in graph.edges(data=True):
        flat.add_edge(str(a), str(b), **{k: _flat(v) for k, v in data.items() if v is not None})
    return flat


def _write_graphml(graph: nx.Graph, path: str) -> None:
    nx.write_graphml(graph, path)


def _write_gexf(graph: nx.Graph, path: str) -> None:
    nx.write_gexf(graph, path)


EXPORT_FORMATS: dict[str, Callable[[nx.Graph, str], None]] = {
    "graphml": _write_graphml,
    "gexf": _write_gexf,
}


def export(graph: nx.Graph, path: Path | str, *, format: str = "graphml") -> Path:
    """Write graph as GraphML or GEXF, atomically (a temp file beside it, then a rename)."""
    try:
        writer = EXPORT_FORMATS[format]
    except KeyError:
        raise GraphkitError(
            f"unknown export format {format!r}; choose one of: {', '.join(EXPORT_FORMATS)}"
        ) from None
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        writer(flatten_attributes(graph), tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


# -- from a store ----------------------------------------------------------------------------

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS: dict[str, Callable[[str], Any]] = {
    _XSD + "double": float,
    _XSD + "float": float,
    _XSD + "decimal": float,
    _XSD + "integer": int,
}


def _term_value(term: Any) -> Any:
    if term is None:
        return None
    datatype = getattr(getattr(term, "datatype", None), "value", None)
    if datatype == _XSD + "boolean":
        return term.value in ("true", "1")
    if datatype in _NUMBERS:
        try:
            return _NUMBERS[datatype](term.value)
        except ValueError:
            return term.value
    return term.value


def _query_rows(query: str, store: Path | str) -> pd.DataFrame | list[dict[str, Any]]:
    """Rows of a library query run on the store at `store` (graphkit.kg when it is there)."""
    try:
        from graphkit import kg
    except ImportError:
        kg = None  # type: ignore[assignment]
    if kg is not None and hasattr(kg, "open"):
        with kg.open(store) as graph:
            return graph.query(query)
    # Until the query library lands: run the .rq file straight on Oxigraph.
    from graphkit.paths import QUERIES_DIR
    from graphkit.store import open_store

    path = QUERIES_DIR / f"{query}.rq"
    if not path.is_file():
        raise GraphkitError(f"{path}: no such library query")
    with open_store(store, read_only=True) as opened:
        solutions = opened.query(path.read_text(encoding="utf-8"))
        names = [v.value for v in solutions.variables]
        return [{name: _term_value(s[name]) for name in names} for s in solutions]


def load_network(
    kind: str,
    store: Path | str,
    *,
    country: str | None = None,
    sector: str | None = None,
    min_weight: int = 1,
) -> nx.Graph:
    """Query the store for network `kind` and build it (see build_network for the filters)."""
    spec = network_kind(kind)
    rows = _query_rows(spec.query, store)
    return build_network(kind, rows, country=country, sector=sector, min_weight=min_weight)
