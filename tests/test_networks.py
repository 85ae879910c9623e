"""Network builders on small hand-made frames, analytics, export, and the store -> graph path."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from click.testing import CliRunner

from graphkit.errors import GraphkitError
from graphkit.networks import (
    KINDS,
    SEP,
    analyse,
    build_network,
    export,
    flatten_attributes,
    load_network,
    network_kind,
)

ID = "https://w3id.org/graphkit/id/"
XSS = 'Evil </select><img src=x onerror="window.__pwned=1"> Org'

COUNTRIES = {
    "MAR": ("Morocco", 31.8, -7.1),
    "KEN": ("Kenya", 0.2, 37.9),
    "PER": ("Peru", -9.2, -75.0),
}


def mention(
    report: str,
    a3: str | None,
    partner: str,
    sector: str | None = "government",
    *,
    named: bool = True,
    label: str | None = None,
) -> dict[str, object]:
    """One row of the network-partners query."""
    name, lat, long = COUNTRIES[a3] if a3 else (None, None, None)
    return {
        "report": f"{ID}report/{report}",
        "report_label": f"Report {report}",
        "source": f"{report}.md",
        "country": f"{ID}country/{a3}" if a3 else None,
        "country_label": name,
        "alpha3": a3,
        "lat": lat,
        "long": long,
        "partner": f"{ID}partner/global/{partner}",
        "partner_label": label or partner.upper(),
        "sector": sector,
        "named": named,
    }


@pytest.fixture()
def partner_rows() -> pd.DataFrame:
    # r1 (MAR): undp-like "un1" + gov "min"; r2 (MAR): un1 + uni; r3 (KEN): un1 + ngo;
    # r4 (PER): uni + ngo; r5 (KEN): a generic, unnamed mention that must not become a node.
    rows = [
        mention("r1", "MAR", "un1", "un"),
        mention("r1", "MAR", "min", "government"),
        mention("r2", "MAR", "un1", "un"),
        mention("r2", "MAR", "uni", "academia"),
        mention("r3", "KEN", "un1", "un"),
        mention("r3", "KEN", "ngo", "civil_society"),
        mention("r4", "PER", "uni", "academia"),
        mention("r4", "PER", "ngo", "civil_society"),
        mention("r5", "KEN", "communities", None, named=False),
    ]
    return pd.DataFrame(rows)


def node_by_label(graph: nx.Graph, label: str) -> str:
    return next(n for n, d in graph.nodes(data=True) if d["label"] == label)


def test_registry_lists_every_kind_once() -> None:
    assert set(KINDS) == {
        "partners",
        "partner-projection",
        "countries",
        "geo",
        "methods",
        "challenges",
    }
    with pytest.raises(GraphkitError, match="choose one of"):
        network_kind("hairball")


def test_partners_is_bipartite_countries_and_named_partners(partner_rows: pd.DataFrame) -> None:
    g = build_network("partners", partner_rows)
    kinds = nx.get_node_attributes(g, "kind")
    assert sorted(kinds.values()).count("country") == 3
    assert sorted(kinds.values()).count("partner") == 4  # the unnamed mention is left out
    assert all(kinds[a] != kinds[b] for a, b in g.edges)
    morocco, un1 = node_by_label(g, "Morocco"), node_by_label(g, "UN1")
    # Two Moroccan reports name un1: the edge weighs 2 and lists both reports.
    assert g.edges[morocco, un1]["weight"] == 2
    assert g.edges[morocco, un1]["reports"] == f"r1.md{SEP}r2.md"
    assert g.nodes[un1]["countries"] == f"Kenya{SEP}Morocco"
    assert g.nodes[un1]["sector"] == "un"
    assert g.nodes[un1]["degree"] == 2
    assert g.nodes[un1]["n_reports"] == 3
    assert g.nodes[morocco]["lat"] == pytest.approx(31.8)


def test_partner_projection_links_partners_of_the_same_report(
    partner_rows: pd.DataFrame,
) -> None:
    g = build_network("partner-projection", partner_rows)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert labels == {"UN1", "MIN", "UNI", "NGO"}
    un1, uni = node_by_label(g, "UN1"), node_by_label(g, "UNI")
    assert g.edges[un1, uni]["weight"] == 1
    assert g.edges[un1, uni]["reports"] == "r2.md"
    assert g.number_of_edges() == 4  # r1, r2, r3, r4 each link one pair


def test_countries_are_linked_by_shared_partners(partner_rows: pd.DataFrame) -> None:
    g = build_network("countries", partner_rows)
    mar, ken, per = (node_by_label(g, c) for c in ("Morocco", "Kenya", "Peru"))
    assert g.edges[mar, ken]["partners"] == "UN1"  # shared through un1
    assert g.edges[mar, per]["partners"] == "UNI"
    assert g.edges[ken, per]["partners"] == "NGO"
    assert {d["weight"] for _, _, d in g.edges(data=True)} == {1}


def test_filters_country_sector_and_min_weight(partner_rows: pd.DataFrame) -> None:
    only_mar = build_network("partners", partner_rows, country="mar")
    assert {d["label"] for _, d in only_mar.nodes(data=True)} == {"Morocco", "UN1", "MIN", "UNI"}
    academia = build_network("partners", partner_rows, sector="Academia")
    assert {d["label"] for _, d in academia.nodes(data=True)} == {"Morocco", "Peru", "UNI"}
    heavy = build_network("partners", partner_rows, min_weight=2)
    assert {d["label"] for _, d in heavy.nodes(data=True)} == {"Morocco", "UN1"}
    with pytest.raises(GraphkitError, match="no partner sectors"):
        build_network("methods", pd.DataFrame(columns=["report", "method"]), sector="un")


def test_rows_without_country_are_counted_not_drawn() -> None:
    g = build_network("partners", pd.DataFrame([mention("r9", None, "x")]))
    assert g.number_of_nodes() == 0
    assert g.graph["rows_without_country"] == 1


def test_methods_co_occurrence_counts_reports() -> None:
    rows = [
        {
            "report": f"{ID}report/{r}",
            "method": f"{ID}m/{m}",
            "method_label": m.title(),
            "country": None,
        }
        for r, methods in (("a", "xyz"), ("b", "xy"), ("c", "z"))
        for m in methods
    ]
    g = build_network("methods", pd.DataFrame(rows))
    x, y, z = (f"{ID}m/{m}" for m in "xyz")
    assert g.edges[x, y]["weight"] == 2
    assert g.edges[x, z]["weight"] == 1
    assert g.nodes[z]["n_reports"] == 2
    assert g.nodes[x]["kind"] == "method"


# One challenge report that used a survey (method) and satellite data (data source).
CHALLENGE_REPORT = {
    "report": f"{ID}report/a",
    "challenge": f"{ID}challenge/a",
    "challenge_label": "Plastic waste",
    "country": None,
}
CHALLENGE_ROWS = [
    {**CHALLENGE_REPORT, "method": f"{ID}m/survey", "method_label": "Survey", "datasource": None},
    {
        **CHALLENGE_REPORT,
        "method": None,
        "datasource": f"{ID}d/sat",
        "datasource_label": "Satellite",
    },
]


def test_challenges_link_challenges_to_methods_and_data_sources() -> None:
    g = build_network("challenges", pd.DataFrame(CHALLENGE_ROWS))
    assert nx.get_node_attributes(g, "kind") == {
        f"{ID}challenge/a": "challenge",
        f"{ID}m/survey": "method",
        f"{ID}d/sat": "datasource",
    }
    assert g.number_of_edges() == 2


def test_split_challenge_rows_give_the_same_graph_as_joined_rows() -> None:
    from graphkit.networks import join_report_rows, network_kind

    joined = CHALLENGE_ROWS
    # The query's split shape: the report's columns once, then one row per link.
    split = [
        CHALLENGE_REPORT,
        {"report": f"{ID}report/a", "method": f"{ID}m/survey", "method_label": "Survey"},
        {"report": f"{ID}report/a", "datasource": f"{ID}d/sat", "datasource_label": "Satellite"},
    ]
    merged = join_report_rows(split, network_kind("challenges").links)
    assert len(merged) == 2 and all(r["challenge"] == f"{ID}challenge/a" for r in merged)
    a = build_network("challenges", pd.DataFrame(joined))
    b = build_network("challenges", pd.DataFrame(merged))
    assert nx.utils.graphs_equal(a, b)


def split_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """The network-partners query's own shape: report rows, then mention rows apart."""
    report_cols = [
        "report",
        "report_label",
        "source",
        "country",
        "country_label",
        "alpha3",
        "lat",
        "long",
    ]
    mention_cols = ["report", "partner", "partner_label", "sector", "named"]
    reports = rows[report_cols].drop_duplicates()
    return pd.concat([reports, rows[mention_cols]], ignore_index=True)


@pytest.mark.parametrize("kind", ["partners", "partner-projection", "countries", "geo"])
def test_split_partner_rows_give_the_same_graph_as_joined_rows(
    partner_rows: pd.DataFrame, kind: str
) -> None:
    split = split_rows(partner_rows)
    assert split["partner"].isna().sum() == 5  # one report row per report
    a = build_network(kind, partner_rows)
    b = build_network(kind, split)
    assert a.number_of_nodes() > 0 and nx.utils.graphs_equal(a, b)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))


def test_network_rows_joins_reports_back_into_one_table(partner_rows: pd.DataFrame) -> None:
    from graphkit.networks import network_rows

    table = network_rows("partners", split_rows(partner_rows))
    assert len(table) == len(partner_rows)
    assert table["country_label"].notna().all()
    by_country = table.groupby("country_label")["partner"].nunique()
    assert by_country.to_dict() == {"Kenya": 3, "Morocco": 3, "Peru": 2}


def test_unbound_cells_of_any_flavour_are_ignored() -> None:
    frame = pd.DataFrame([mention("r1", "MAR", "un1"), mention("r2", "MAR", "min")])
    frame.loc[1, "sector"] = float("nan")
    frame.loc[0, "partner_label"] = pd.NA
    g = build_network("partners", frame)
    assert g.nodes[f"{ID}partner/global/min"]["sector"] == "unknown"
    assert g.nodes[f"{ID}partner/global/un1"]["label"] == "un1"  # IRI tail as the fallback


def test_build_is_deterministic_whatever_the_row_order(partner_rows: pd.DataFrame) -> None:
    a = build_network("partners", partner_rows)
    b = build_network("partners", partner_rows.sample(frac=1, random_state=3))
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(data=True)) == list(b.edges(data=True))


def test_analytics_are_deterministic_and_find_bridges() -> None:
    # Two cliques of partners joined by one partner "bridge": Louvain splits them, the bridge
    # touches both communities and has the highest betweenness.
    rows = []
    for r in range(3):
        rows += [mention(f"a{r}", "MAR", p) for p in ("p1", "p2", "p3", "bridge")]
        rows += [mention(f"b{r}", "PER", p) for p in ("q1", "q2", "q3", "bridge")]
    g = build_network("partner-projection", pd.DataFrame(rows))
    first, second = analyse(g), analyse(g)
    assert first == second
    assert len(first.communities) == 2
    assert first.top_betweenness[0].label == "BRIDGE"
    assert first.bridges[0].label == "BRIDGE"
    assert first.bridges[0].communities == 2
    assert first.nodes == 7 and first.edges == 12  # two 4-cliques sharing "bridge"
    assert first.betweenness_samples is None


def test_analytics_sample_betweenness_on_large_graphs() -> None:
    g = nx.barabasi_albert_graph(700, 2, seed=1)
    nx.set_node_attributes(g, "partner", "kind")
    g = nx.relabel_nodes(g, str)
    stats = analyse(g)
    assert stats.betweenness_samples is not None
    assert stats == analyse(g)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_round_trips_flattened_attributes(
    partner_rows: pd.DataFrame, tmp_path: Path, fmt: str
) -> None:
    g = build_network("partners", partner_rows)
    g.nodes[node_by_label(g, "UN1")]["aliases"] = ["U.N. 1", "UN one"]  # a list sneaks in
    path = export(g, tmp_path / f"n.{fmt}", format=fmt)
    back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    un1 = f"{ID}partner/global/un1"
    assert back.nodes[un1]["aliases"] == f"U.N. 1{SEP}UN one"
    assert [p.name for p in tmp_path.iterdir()] == [f"n.{fmt}"]  # no temp file left


def test_export_rejects_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(GraphkitError, match="graphml"):
        export(nx.Graph(), tmp_path / "x.dot", format="dot")


def test_flatten_drops_none_and_joins_sets() -> None:
    g = nx.Graph()
    g.add_node("a", x=None, s={"b", "a"})
    assert dict(flatten_attributes(g).nodes["a"]) == {"s": f"a{SEP}b"}


# -- from a store: the .rq queries against the RDF model ---------------------------------------

TTL = """
@prefix gk: <https://w3id.org/graphkit/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix geo: <http://www.w3.org/2003/01/geo/wgs84_pos#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix id: <https://w3id.org/graphkit/id/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

gk:sector-un skos:notation "un" .
gk:sector-academia skos:notation "academia" .
gk:method-survey skos:prefLabel "Survey" .
gk:method-pilot skos:prefLabel "Pilot" .
gk:ds-sat rdfs:label "Satellite" .
id:country\\/MAR rdfs:label "Morocco" ; gk:alpha3 "MAR" ; geo:lat 31.8 ; geo:long -7.1 .
id:country\\/PER rdfs:label "Peru" ; gk:alpha3 "PER" ; geo:lat -9.2 ; geo:long -75.0 .
id:partner\\/global\\/undp skos:prefLabel "UNDP" ; gk:named true ; gk:sector gk:sector-un .
id:partner\\/global\\/uni skos:prefLabel "Universidad" ; gk:named true ;
  gk:sector gk:sector-academia .
id:group\\/youth skos:prefLabel "youth" ; gk:named false ; gk:sector gk:sector-other .
gk:sector-other skos:notation "other" .

id:report\\/a rdfs:label "Plan A" ; prov:wasDerivedFrom id:source\\/a ;
  gk:country id:country\\/MAR ;
  gk:hasPartnership id:report\\/a\\/partnership\\/1 , id:report\\/a\\/partnership\\/2 ;
  gk:method gk:method-survey , gk:method-pilot ; gk:dataSource gk:ds-sat ;
  gk:addresses id:challenge\\/a .
id:challenge\\/a rdfs:label "Plastic waste" .
id:source\\/a dct:identifier "a.md" .
id:report\\/a\\/partnership\\/1 gk:partner id:partner\\/global\\/undp ; gk:sector gk:sector-un .
id:report\\/a\\/partnership\\/2 gk:partner id:group\\/youth .
id:report\\/b rdfs:label "Plan B" ; gk:country id:country\\/PER ;
  gk:hasPartnership id:report\\/b\\/partnership\\/1 , id:report\\/b\\/partnership\\/2 .
id:report\\/b\\/partnership\\/1 gk:partner id:partner\\/global\\/undp .
id:report\\/b\\/partnership\\/2 gk:partner id:partner\\/global\\/uni ;
  gk:sector gk:sector-academia .
"""


@pytest.fixture(scope="module")
def tiny_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import pyoxigraph as ox

    path = tmp_path_factory.mktemp("store") / "store"
    store = ox.Store(str(path))
    store.load(TTL.encode(), ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(f"{ID}source/a"))
    store.flush()
    del store
    return path


def test_partner_network_from_a_store(tiny_store: Path) -> None:
    g = load_network("partners", tiny_store)
    labels = nx.get_node_attributes(g, "label")
    assert sorted(labels.values()) == ["Morocco", "Peru", "UNDP", "Universidad"]
    undp = f"{ID}partner/global/undp"
    assert g.nodes[undp]["sector"] == "un"
    assert g.nodes[f"{ID}partner/global/uni"]["sector"] == "academia"
    assert g.nodes[undp]["reports"] == f"a.md{SEP}b"  # b has no source: its slug
    assert g.nodes[f"{ID}country/PER"]["long"] == pytest.approx(-75.0)
    countries = load_network("countries", tiny_store)
    assert countries.edges[f"{ID}country/MAR", f"{ID}country/PER"]["partners"] == "UNDP"


def test_method_and_challenge_networks_from_a_store(tiny_store: Path) -> None:
    methods = load_network("methods", tiny_store)
    assert sorted(nx.get_node_attributes(methods, "label").values()) == ["Pilot", "Survey"]
    assert methods.number_of_edges() == 1
    challenges = load_network("challenges", tiny_store)
    assert sorted(nx.get_node_attributes(challenges, "label").values()) == [
        "Pilot",
        "Plastic waste",
        "Satellite",
        "Survey",
    ]


def test_cli_stats_and_export(tiny_store: Path, tmp_path: Path) -> None:
    from graphkit.cli import main

    runner = CliRunner()
    out = runner.invoke(main, ["network", "stats", "partners", "--store", str(tiny_store)])
    assert out.exit_code == 0, out.output
    assert "nodes        4" in out.output
    assert "UNDP" in out.output
    target = tmp_path / "n.gexf"
    out = runner.invoke(
        main, ["network", "export", "partners", "--store", str(tiny_store), "-o", str(target)]
    )
    assert out.exit_code == 0, out.output
    assert nx.read_gexf(target).number_of_nodes() == 4
    out = runner.invoke(main, ["network", "stats", "nope", "--store", str(tiny_store)])
    assert out.exit_code != 0 and "choose one of" in out.output
