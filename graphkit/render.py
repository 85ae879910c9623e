"""networkx graph -> one self-contained, escaped, offline HTML page drawn with vis-network.

The page is ours, not pyvis's: vis-network's JS and CSS are inlined from graphkit/static/, the
graph travels as JSON in a `<script type="application/json">` block with `<`, `>`, `&` and
U+2028/2029 escaped, tooltips are built with textContent, the template is autoescaped and a
Content-Security-Policy allows only the page's own scripts (by hash) and no network at all.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.__about__ import __version__
from graphkit.errors import GraphkitError
from graphkit.networks import KINDS, SEP

_HERE = Path(__file__).resolve().parent
STATIC_DIR = _HERE / "static"
TEMPLATES_DIR = _HERE / "templates"

# Measured in headless Chromium on 2 cores: ~1,000 nodes stabilise in a few seconds and stay
# interactive; far above that, layout takes long and the picture is a hairball.
MAX_NODES = 1000
LABEL_CHARS = 40
TIP_ITEMS = 8
GEO_SCALE = 8.0
SMALL_GRAPH = 250  # nodes: up to this size every label is drawn
HUB_LABELS = 30  # on bigger graphs, the most connected nodes whose labels stay readable
BASE_FONT = 14  # pixels per degree of longitude/latitude

SECTOR_COLOURS: dict[str, str] = {
    "government": "#1f3f8f",
    "private": "#ff7f0e",
    "civil_society": "#2ca02c",
    "academia": "#9467bd",
    "un": "#4fc3f7",
    "international": "#8c564b",
    "other": "#7f7f7f",
    "unknown": "#c7c7c7",
}
SECTOR_LABELS: dict[str, str] = {
    "government": "government",
    "private": "private sector",
    "civil_society": "civil society",
    "academia": "academia & research",
    "un": "UN system",
    "international": "international organisation",
    "other": "other sector",
    "unknown": "sector unknown",
}
KIND_COLOURS: dict[str, str] = {
    "country": "#d62728",
    "partner": "#7f7f7f",
    "method": "#e377c2",
    "datasource": "#bcbd22",
    "challenge": "#393b79",
    "report": "#17becf",
}
KIND_LABELS: dict[str, str] = {
    "country": "country (its lab)",
    "partner": "partner",
    "method": "method",
    "datasource": "data source",
    "challenge": "frontier challenge",
    "report": "report",
}
_PLURAL = {"country": "countries", "challenge": "challenges", "partner": "partners"}


@dataclass(frozen=True, slots=True)
class RenderResult:
    """What a render wrote and how much of the graph it shows."""

    path: Path
    nodes_shown: int
    nodes_total: int
    edges_shown: int
    notes: tuple[str, ...]


# -- choosing what to draw ---------------------------------------------------------------


def _rank(graph: nx.Graph, node: Any) -> tuple[int, int, str, str]:
    data = graph.nodes[node]
    degree = int(data.get("degree", graph.degree(node)))
    strength = int(data.get("strength", graph.degree(node, weight="weight")))
    return (-degree, -strength, str(data.get("label", "")).casefold(), str(node))


def reduce_graph(
    graph: nx.Graph, *, max_nodes: int = MAX_NODES, reduce_kind: str | None = None
) -> tuple[nx.Graph, str | None]:
    """The part of graph worth drawing (at most max_nodes) and a sentence saying what was left out.

    Nodes of `reduce_kind` (partners, say) are the ones dropped, least connected first; the
    others (countries) are kept as anchors unless they alone exceed the budget.
    """
    total = graph.number_of_nodes()
    if total <= max_nodes:
        return graph, None
    candidates = [n for n in graph if graph.nodes[n].get("kind") == reduce_kind]
    anchors = [n for n in graph if graph.nodes[n].get("kind") != reduce_kind]
    if not candidates or len(anchors) >= max_nodes:
        candidates, anchors, reduce_kind = list(graph), [], None
    budget = max_nodes - len(anchors)
    chosen = sorted(candidates, key=lambda n: _rank(graph, n))[:budget]
    threshold = -_rank(graph, chosen[-1])[0] if chosen else 0
    view = graph.subgraph(anchors + chosen).copy()
    plural = _PLURAL.get(reduce_kind or "", "nodes")
    note = (
        f"showing {len(chosen):,} of {len(candidates):,} {plural}: those with the most links "
        f"(here ≥ {threshold}), then the most reports; "
        "use --country, --sector or --min-weight to see the others"
    )
    return view, note


# -- the data handed to vis-network ----------------------------------------------------------


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>`, `&`, U+2028/2029 left raw."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    # These characters only occur inside JSON strings, where the \\u form means the same.
    for char, escaped in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return text


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _some(joined: str, limit: int = TIP_ITEMS) -> str:
    items = [i for i in joined.split(SEP) if i] if joined else []
    shown = SEP.join(_short(i, 70) for i in items[:limit])
    return shown + (f" … (+{len(items) - limit:,} more)" if len(items) > limit else "")


def node_colour(data: dict[str, Any], colour_by: str) -> tuple[str, str]:
    """(colour, legend label) of a node: by sector for partners when colour_by is 'sector'."""
    kind = str(data.get("kind", ""))
    if colour_by == "sector" and kind == "partner":
        sector = str(data.get("sector") or "unknown")
        known = sector if sector in SECTOR_COLOURS else "other"
        return SECTOR_COLOURS[known], SECTOR_LABELS[known]
    return KIND_COLOURS.get(kind, "#7f7f7f"), KIND_LABELS.get(kind, kind or "node")


def _node_tip(data: dict[str, Any]) -> list[list[str]]:
    kind = str(data.get("kind", "node"))
    lines = [[KIND_LABELS.get(kind, kind).capitalize(), str(data.get("label", ""))]]
    if kind == "partner":
        lines.append(
            ["Sector", SECTOR_LABELS.get(str(data.get("sector")), str(data.get("sector")))]
        )
    if data.get("countries") and kind != "country":
        lines.append(["Countries", _some(str(data["countries"]))])
    lines.append(["Links", f"{int(data.get('degree', 0)):,}"])
    if data.get("reports"):
        count = int(data.get("n_reports") or len(str(data["reports"]).split(SEP)))
        titles = str(data.get("report_titles") or data["reports"])
        lines.append([f"Reports ({count:,})", _some(titles)])
    return lines


def _edge_tip(graph: nx.Graph, a: Any, b: Any, data: dict[str, Any]) -> list[list[str]]:
    la, lb = graph.nodes[a].get("label", a), graph.nodes[b].get("label", b)
    lines = [
        ["Link", f"{_short(str(la))} — {_short(str(lb))}"],
        ["Weight", str(data.get("weight", 1))],
    ]
    for key in ("reports", "partners"):
        if data.get(key):
            lines.append([key.capitalize(), _some(str(data[key]))])
    return lines


def _options(nodes: int, edges: int, *, geo: bool) -> dict[str, Any]:
    # Layout work grows with nodes and links: keep stabilisation to ~1-3 s in Chromium.
    iterations = max(60, min(400, 300_000 // max(nodes + edges, 1)))
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": nodes <= 150},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": nodes > 300},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3},
            # Sizes grow with the square root of the degree (graphkit-network.js).
            "scaling": {
                "min": 5,
                "max": 22 if geo else 45,  # on the map, big discs would hide their neighbours
                # Label sizes are set per node (view_data): hubs large, the rest hidden by
                # drawThreshold until the reader zooms in.
                "label": {"enabled": False, "drawThreshold": 6, "maxVisible": 26},
            },
        },
        "edges": {
            "smooth": False,
            "color": {"color": "#9a9a9a", "highlight": "#333333", "opacity": 0.45},
            "scaling": {"min": 1, "max": 8},
        },
        "physics": {
            "enabled": not geo,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "centralGravity": 0.008,
                "springLength": 90,
                "springConstant": 0.06,
                "avoidOverlap": 0.3,
            },
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 50},
        },
    }


def label_sizes(graph: nx.Graph, *, anchor_kind: str | None = None) -> dict[Any, int]:
    """Font size of each node's label: hubs readable when the whole graph fits the window.

    On small graphs every label is readable and hubs are a little larger. On big ones only
    the anchors (nodes not of anchor_kind's complement, e.g. countries among partners) and
    the HUB_LABELS most connected nodes get large labels; the rest appear on zooming in.
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    top = max(int(d.get("degree", 0)) for _, d in graph.nodes(data=True)) or 1
    if n <= SMALL_GRAPH:
        return {
            node: round(BASE_FONT + 10 * math.sqrt(int(d.get("degree", 0)) / top))
            for node, d in graph.nodes(data=True)
        }
    hub_font = round(max(24.0, 2.2 * math.sqrt(n)))
    ranked = sorted(graph, key=lambda node: _rank(graph, node))
    hubs = set(ranked[:HUB_LABELS])
    if anchor_kind is not None:
        hubs |= {node for node, d in graph.nodes(data=True) if d.get("kind") != anchor_kind}
    return {node: hub_font if node in hubs else BASE_FONT for node in graph}


def view_data(
    graph: nx.Graph,
    *,
    colour_by: str = "kind",
    geo: bool = False,
    reduce_kind: str | None = None,
) -> dict[str, Any]:
    """The nodes, edges and options handed to vis-network (plain JSON-able values)."""
    ids = {node: i for i, node in enumerate(graph)}
    fonts = label_sizes(graph, anchor_kind=reduce_kind)
    nodes = []
    for node, data in graph.nodes(data=True):
        colour, _ = node_colour(data, colour_by)
        label = str(data.get("label", node))
        item: dict[str, Any] = {
            "id": ids[node],
            "label": _short(label),
            "value": max(1, int(data.get("degree", graph.degree(node)))),
            "color": {"background": colour, "border": "#333333"},
            "font": {"size": fonts[node]},
            "tip": _node_tip(data),
            "search": label.casefold(),
        }
        if geo:
            item.update(
                x=round(float(data["long"]) * GEO_SCALE, 1),
                y=round(-float(data["lat"]) * GEO_SCALE, 1),
                fixed=True,
                physics=False,
            )
        nodes.append(item)
    edges = [
        {
            "from": ids[a],
            "to": ids[b],
            "value": int(data.get("weight", 1)),
            "tip": _edge_tip(graph, a, b, data),
        }
        for a, b, data in graph.edges(data=True)
    ]
    return {"nodes": nodes, "edges": edges, "options": _options(len(nodes), len(edges), geo=geo)}


def legend(graph: nx.Graph, *, colour_by: str = "kind") -> list[dict[str, Any]]:
    """(colour, label, count) of every colour used on the page, most frequent first."""
    counts: dict[tuple[str, str], int] = {}
    for _, data in graph.nodes(data=True):
        key = node_colour(data, colour_by)
        counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1]))
    return [{"colour": c, "label": label, "count": n} for (c, label), n in ranked]


# -- the page ------------------------------------------------------------------------------


@cache
def _static(name: str) -> str:
    text = (STATIC_DIR / name).read_text(encoding="utf-8")
    if name.endswith(".js") and "</script" in text.lower():
        raise GraphkitError(f"{name}: contains '</script' and cannot be inlined")
    if name.endswith(".css") and "</style" in text.lower():
        raise GraphkitError(f"{name}: contains '</style' and cannot be inlined")
    return text


def _csp_hash(script: str) -> str:
    return base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def _environment() -> Any:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    return Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=select_autoescape(["html"], default=True),
        keep_trailing_newline=True,
    )


def _geo_view(graph: nx.Graph) -> tuple[nx.Graph, str | None]:
    placed = [
        n
        for n, d in graph.nodes(data=True)
        if d.get("lat") is not None and d.get("long") is not None
    ]
    missing = graph.number_of_nodes() - len(placed)
    if not missing:
        return graph, None
    return graph.subgraph(placed).copy(), f"{missing:,} countries without coordinates are not shown"


def render_page(
    graph: nx.Graph,
    *,
    title: str,
    colour_by: str | None = None,
    layout: str | None = None,
    max_nodes: int = MAX_NODES,
    reduce_kind: str | None = None,
    notes: tuple[str, ...] = (),
) -> tuple[str, RenderResult]:
    """The HTML text of graph's page and a summary of what it shows (path left empty)."""
    from markupsafe import Markup

    spec = KINDS.get(str(graph.graph.get("kind", "")))
    colour_by = colour_by or (spec.colour_by if spec else "kind")
    layout = layout or (spec.layout if spec else "force")
    reduce_kind = reduce_kind or (spec.reduce_kind if spec else None)
    all_notes = list(notes)
    view = graph
    if layout == "geo":
        view, note = _geo_view(view)
        all_notes += [note] if note else []
    view, note = reduce_graph(view, max_nodes=max_nodes, reduce_kind=reduce_kind)
    all_notes += [note] if note else []
    data = view_data(view, colour_by=colour_by, geo=layout == "geo", reduce_kind=reduce_kind)
    vis_js, app_js = _static("vis-network.min.js"), _static("graphkit-network.js")
    summary = (
        f"{view.number_of_nodes():,} nodes, {view.number_of_edges():,} links"
        + (f" — {spec.summary}" if spec else "")
        + ". Node size: number of links; hover a node or link for its details."
    )
    page = (
        _environment()
        .get_template("network.html")
        .render(
            title=title,
            summary=summary,
            notes=all_notes,
            legend=legend(view, colour_by=colour_by),
            version=__version__,
            vis_css=Markup(_static("vis-network.css")),
            vis_js=Markup(vis_js),
            app_js=Markup(app_js),
            data_json=Markup(script_json(data)),
            script_hashes=[_csp_hash(vis_js), _csp_hash(app_js)],
        )
    )
    result = RenderResult(
        path=Path(),
        nodes_shown=view.number_of_nodes(),
        nodes_total=graph.number_of_nodes(),
        edges_shown=view.number_of_edges(),
        notes=tuple(all_notes),
    )
    return page, result


def render_html(
    graph: nx.Graph,
    path: Path | str,
    *,
    title: str,
    colour_by: str | None = None,
    layout: str | None = None,
    max_nodes: int = MAX_NODES,
    reduce_kind: str | None = None,
    notes: tuple[str, ...] = (),
) -> RenderResult:
    """Write graph as one self-contained HTML page at path (atomically); say what it shows."""
    page, result = render_page(
        graph,
        title=title,
        colour_by=colour_by,
        layout=layout,
        max_nodes=max_nodes,
        reduce_kind=reduce_kind,
        notes=notes,
    )
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(page)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return RenderResult(
        target, result.nodes_shown, result.nodes_total, result.edges_shown, result.notes
    )
