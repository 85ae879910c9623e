"""The rendered page: self-contained, escaped, legend and size notes; checked as HTML text."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from graphkit.networks import SEP
from graphkit.render import reduce_graph, render_html, render_page, script_json

XSS = 'Evil </select><img src=x onerror="window.__pwned=1"> Org'
BREAKOUT = "</script><script>window.__pwned=1</script>"
REMOTE = re.compile(r'<(script|link)[^>]+(src|href)="?https?://', re.IGNORECASE)


class Scripts(HTMLParser):
    """Collects every <script> element (attributes and text) and every <style>."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.tags: list[str] = []
        self._open: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "script":
            self._open = dict(attrs)
            self.scripts.append((self._open, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def partner_graph(partners: int = 6, countries: int = 2) -> nx.Graph:
    """A bipartite partners graph shaped like networks.build_partners' output."""
    g = nx.Graph(kind="partners")
    for c in range(countries):
        g.add_node(
            f"c{c}",
            label=f"Country {c}",
            kind="country",
            sector="",
            countries="",
            reports="",
            n_reports=0,
            lat=10.0 * c,
            long=20.0 * c,
        )
    for p in range(partners):
        label = XSS if p == 0 else (f"Partner {BREAKOUT}" if p == 1 else f"Partner {p}")
        g.add_node(
            f"p{p}",
            label=label,
            kind="partner",
            sector=("government", "private", "un")[p % 3],
            countries=f"Country 0{SEP}Country 1",
            reports=f"r{p}.md",
            report_titles=f"Report <b>{p}</b>",
            n_reports=1,
        )
        for c in range(countries if p % 2 == 0 else 1):
            g.add_edge(f"c{c}", f"p{p}", weight=1 + p % 2, reports=f"r{p}.md")
    for n in g:
        g.nodes[n]["degree"] = g.degree(n)
    return g


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("page") / "p.html"
    render_html(partner_graph(), path, title="Partners <of> Morocco & co")
    return path.read_text(encoding="utf-8")


def test_payload_never_appears_raw(page: str) -> None:
    assert "<img src=x onerror=" not in page
    assert "window.__pwned=1</script>" not in page
    assert "\\u003cimg src=x onerror=" in page  # it is there, as JSON-escaped text


def test_a_label_cannot_close_the_script(page: str) -> None:
    parser = Scripts()
    parser.feed(page)
    types = [attrs.get("type") for attrs, _ in parser.scripts]
    assert types == ["application/json", None, None]  # data, vis-network, graphkit
    data = json.loads(parser.scripts[0][1])
    labels = {n["tip"][0][1] for n in data["nodes"]}
    assert XSS in labels and f"Partner {BREAKOUT}" in labels
    assert "img" not in parser.tags


def test_page_is_self_contained(page: str) -> None:
    assert not REMOTE.search(page)
    assert "<link" not in page
    parser = Scripts()
    parser.feed(page)
    assert all("src" not in attrs for attrs, _ in parser.scripts)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)  # CSS fetches nothing either
    assert "new vis.Network" in page and "var network" in page


def test_csp_allows_exactly_the_page_scripts(page: str) -> None:
    parser = Scripts()
    parser.feed(page)
    csp = re.search(r'Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None
    assert "default-src 'none'" in csp.group(1)
    for _attrs, text in parser.scripts[1:]:
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp.group(1)
    assert "unsafe-inline" not in csp.group(1).split("style-src")[0]


def test_heading_and_legend_are_escaped_and_present(page: str) -> None:
    assert "<h1>Partners &lt;of&gt; Morocco &amp; co</h1>" in page
    assert "<title>Partners &lt;of&gt; Morocco &amp; co</title>" in page
    legend = page[page.index('id="gk-legend"') : page.index("</ul>")]
    for entry in ("country (its lab) (2)", "government (2)", "private sector (2)", "UN system (2)"):
        assert entry in legend


def test_tooltips_carry_sector_countries_and_reports(page: str) -> None:
    data = json.loads(re.search(r'id="gk-data">(.*?)</script>', page, re.S).group(1))
    tip = dict(map(tuple, next(n["tip"] for n in data["nodes"] if n["tip"][0][1] == "Partner 2")))
    assert tip["Sector"] == "UN system"
    assert tip["Countries"] == f"Country 0{SEP}Country 1"
    assert tip["Reports (1)"] == "Report <b>2</b>"  # text: the browser shows the tags literally
    sizes = {n["tip"][0][1]: n["value"] for n in data["nodes"]}
    assert sizes["Country 0"] == 6 and sizes["Partner 3"] == 1


def test_physics_stops_after_stabilising(page: str) -> None:
    assert "stabilizationIterationsDone" in page
    assert "setOptions({ physics: false })" in page


def test_script_json_escapes_html_and_line_separators() -> None:
    text = script_json({"a": "</script>&\u2028\u2029<!--"})
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"a": "</script>&\u2028\u2029<!--"}


def test_big_graphs_are_reduced_and_the_page_says_so(tmp_path: Path) -> None:
    g = partner_graph(partners=1500, countries=12)
    view, note = reduce_graph(g, max_nodes=500, reduce_kind="partner")
    kinds = nx.get_node_attributes(view, "kind")
    assert view.number_of_nodes() == 500
    assert list(kinds.values()).count("country") == 12  # anchors are kept
    assert note is not None and note.startswith("showing 488 of 1,500 partners")
    assert "(here ≥ 12)" in note  # the even partners link to all 12 countries
    html, result = render_page(g, title="big", max_nodes=500)
    assert result.nodes_shown == 500 and result.nodes_total == 1512
    assert "showing 488 of 1,500 partners" in html


def test_small_graphs_are_not_reduced() -> None:
    g = partner_graph()
    view, note = reduce_graph(g, max_nodes=100)
    assert view is g and note is None


def test_geo_view_pins_countries_at_their_coordinates() -> None:
    g = nx.Graph(kind="geo")
    g.add_node("MAR", label="Morocco", kind="country", lat=31.8, long=-7.1, degree=1)
    g.add_node("PER", label="Peru", kind="country", lat=-9.2, long=-75.0, degree=1)
    g.add_node("XXX", label="Nowhere", kind="country", degree=0)
    g.add_edge("MAR", "PER", weight=2, partners="UNDP")
    html, result = render_page(g, title="geo")
    data = json.loads(re.search(r'id="gk-data">(.*?)</script>', html, re.S).group(1))
    morocco = next(n for n in data["nodes"] if n["label"] == "Morocco")
    assert morocco["fixed"] is True and morocco["physics"] is False
    assert morocco["x"] < 0 < -morocco["y"]  # west of Greenwich, north of the equator
    assert data["options"]["physics"]["enabled"] is False
    assert result.nodes_shown == 2
    assert "1 countries without coordinates are not shown" in html


def test_on_big_graphs_only_anchors_and_hubs_get_large_labels() -> None:
    from graphkit.render import BASE_FONT, HUB_LABELS, label_sizes

    g = partner_graph(partners=400, countries=5)
    sizes = label_sizes(g, anchor_kind="partner")
    large = [n for n, size in sizes.items() if size > BASE_FONT]
    assert all(sizes[f"c{c}"] > BASE_FONT for c in range(5))  # every country is readable
    assert len(large) <= HUB_LABELS + 5
    assert sizes["p399"] == BASE_FONT  # a leaf partner shows its label on zooming in
    small = label_sizes(partner_graph())
    assert min(small.values()) >= BASE_FONT
