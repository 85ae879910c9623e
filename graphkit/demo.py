"""The quickstart: build the bundled examples, query them, draw their partner network."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from graphkit.build import build
from graphkit.paths import EXAMPLES_DIR

# (query, parameters, what it shows): three library queries the demo runs.
DEMO_QUERIES: tuple[tuple[str, dict[str, str], str], ...] = (
    ("reports-by-country", {"country": "Colombia"}, "Colombia's reports by type and year"),
    ("partners-by-sector", {"country": "Kenya"}, "Kenya's partners by sector"),
    ("shared-partners", {}, "partners shared by several countries"),
)


def run_demo(out_dir: Path, *, examples: Path = EXAMPLES_DIR) -> Iterator[str]:
    """Run the quickstart into out_dir, yielding one line of news per step."""
    from graphkit.kg import open as open_graph
    from graphkit.networks import load_network
    from graphkit.render import render_html

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    store = out_dir / "store"
    graph = out_dir / "graph.ttl"
    report = build([examples], store=store, output=graph)
    yield (
        f"1. built {report.pages} example pages into {store}: {report.triples} triples "
        f"({report.seconds:.1f} s); Turtle in {graph}"
    )
    if report.rejected:
        yield f"   rejected {len(report.rejected)} pages: {report.rejected[0]['error']}"
    with open_graph(store) as kg:
        for n, (name, params, what) in enumerate(DEMO_QUERIES, start=2):
            frame = kg.query(name, **params)
            csv = out_dir / f"{name}.csv"
            frame.to_csv(csv, index=False)
            yield f"{n}. query {name} ({what}): {len(frame)} rows -> {csv}"
            yield "   " + frame.head(5).to_string(index=False).replace("\n", "\n   ")
    network = load_network("partners", store)
    page = out_dir / "partners.html"
    render_html(network, page, title="Example partner network")
    yield (
        f"{len(DEMO_QUERIES) + 2}. partner network: {network.number_of_nodes()} nodes, "
        f"{network.number_of_edges()} links -> {page} (open it in a browser; works offline)"
    )
