"""`graphkit render` and `graphkit network stats|export`: networks drawn, measured, exported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from graphkit.store import DEFAULT_STORE

# networkx, pandas and jinja2 are imported inside the commands: `graphkit --help` stays fast.


def _filters(function: Any) -> Any:
    """The options every network command shares: store, country, sector, minimum weight."""
    options = [
        click.argument("kind"),
        click.option(
            "--store",
            "store_dir",
            type=click.Path(path_type=Path),
            default=DEFAULT_STORE,
            show_default=True,
            help="The store built by `graphkit build`.",
        ),
        click.option("--country", help="Only reports of this country (name or ISO3 code)."),
        click.option("--sector", help="Only partners of this sector (government, private, ...)."),
        click.option(
            "--min-weight",
            type=click.IntRange(min=1),
            default=1,
            show_default=True,
            help="Drop links justified by fewer reports (or shared partners).",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _load(kind: str, store_dir: Path, country: str | None, sector: str | None, weight: int) -> Any:
    from graphkit.networks import load_network

    return load_network(kind, store_dir, country=country, sector=sector, min_weight=weight)


def _title(kind: str, country: str | None, sector: str | None, weight: int) -> str:
    parts = [f"SDG Commons — {kind} network"]
    if country:
        parts.append(f"country {country}")
    if sector:
        parts.append(f"sector {sector}")
    if weight > 1:
        parts.append(f"links with weight ≥ {weight}")
    return ", ".join(parts)


@click.command()
@_filters
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), required=True, help="The HTML page."
)
@click.option("--title", help="Heading of the page (default: says what is drawn).")
@click.option(
    "--max-nodes",
    type=click.IntRange(min=10),
    default=None,
    help="Draw at most this many nodes, the most connected first (default 1000).",
)
def render(
    kind: str,
    store_dir: Path,
    country: str | None,
    sector: str | None,
    min_weight: int,
    output: Path,
    title: str | None,
    max_nodes: int | None,
) -> None:
    """Draw network KIND as one self-contained HTML page that works offline."""
    from graphkit.render import MAX_NODES, render_html

    graph = _load(kind, store_dir, country, sector, min_weight)
    result = render_html(
        graph,
        output,
        title=title or _title(kind, country, sector, min_weight),
        max_nodes=max_nodes or MAX_NODES,
    )
    click.echo(
        f"wrote {result.path}: {result.nodes_shown:,} of {result.nodes_total:,} nodes, "
        f"{result.edges_shown:,} links"
    )
    for note in result.notes:
        click.echo(f"note: {note}")


@click.group()
def network() -> None:
    """Measure or export the networks of the knowledge graph."""


@network.command()
@_filters
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True)
def stats(
    kind: str,
    store_dir: Path,
    country: str | None,
    sector: str | None,
    min_weight: int,
    top: int,
) -> None:
    """Print size, communities, central nodes and bridges of network KIND."""
    from graphkit.networks import analyse

    graph = _load(kind, store_dir, country, sector, min_weight)
    result = analyse(graph, top=top)
    sampled = f" (sampled, k={result.betweenness_samples})" if result.betweenness_samples else ""
    sizes = ", ".join(str(len(c)) for c in result.communities[:8])
    more = " …" if len(result.communities) > 8 else ""
    rows = [
        ("network", kind),
        ("nodes", f"{result.nodes:,}"),
        ("edges", f"{result.edges:,}"),
        ("density", f"{result.density:.4f}"),
        ("components", f"{result.components:,}"),
        ("communities", f"{len(result.communities):,} (sizes {sizes}{more})"),
    ]
    for name, value in rows:
        click.echo(f"{name:<12} {value}")
    for heading, scores in (
        ("top by degree", result.top_degree),
        (f"top by betweenness{sampled}", result.top_betweenness),
    ):
        click.echo(f"\n{heading}")
        for score in scores:
            click.echo(f"  {score.value:8.4f}  {score.kind:<10} {score.label}")
    click.echo("\nbridges (communities touched, betweenness)")
    for bridge in result.bridges:
        click.echo(f"  {bridge.communities:3d}  {bridge.betweenness:8.4f}  {bridge.label}")


@network.command()
@_filters
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf"]),
    default=None,
    help="Default: from the file's extension, else graphml.",
)
def export(
    kind: str,
    store_dir: Path,
    country: str | None,
    sector: str | None,
    min_weight: int,
    output: Path,
    fmt: str | None,
) -> None:
    """Write network KIND as GraphML or GEXF (for Gephi, Cytoscape, networkx)."""
    from graphkit.networks import export as write

    graph = _load(kind, store_dir, country, sector, min_weight)
    fmt = fmt or ("gexf" if output.suffix.lower() == ".gexf" else "graphml")
    path = write(graph, output, format=fmt)
    click.echo(
        f"wrote {path}: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges"
    )


COMMANDS = [render, network]
