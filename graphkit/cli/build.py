"""`graphkit build`, `graphkit inspect` and `graphkit demo`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from graphkit.store import DEFAULT_STORE


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the graph as Turtle.")
@click.option(
    "--store",
    "store_dir",
    type=click.Path(path_type=Path),
    default=None,
    help=f"The persistent store (default {DEFAULT_STORE}).",
)
@click.option(
    "--no-store",
    is_flag=True,
    help="Build in memory only (the default when -o is given without --store).",
)
@click.option("--report", type=click.Path(path_type=Path), help="Write the build report as JSON.")
@click.option(
    "--base", default=None, help="Base IRI of the data (default https://w3id.org/graphkit/id/)."
)
@click.option(
    "--include-contacts", is_flag=True, help="Publish focal-point e-mails (off by default)."
)
def build(
    sources: tuple[Path, ...],
    output: Path | None,
    store_dir: Path | None,
    no_store: bool,
    report: Path | None,
    base: str | None,
    include_contacts: bool,
) -> None:
    """Read SOURCES (pages or folders of pages) into the knowledge graph."""
    from graphkit.build import build as run_build
    from graphkit.build import write_json_atomically
    from graphkit.mapping import DEFAULT_BASE

    for source in sources:
        if not source.exists():
            raise click.ClickException(f"{source}: no such file or folder")
    # An explicit --store wins; `-o FILE` alone builds in memory (a fresh, reproducible
    # graph); otherwise the default persistent store is kept in step.
    store: Path | None
    if store_dir is not None:
        store = store_dir
    elif no_store or output is not None:
        store = None
    else:
        store = DEFAULT_STORE
    bar = None
    if sys.stderr.isatty():  # a progress bar for people; nothing when piped or in CI
        from graphkit.reader import iter_page_files

        total = len(iter_page_files(list(sources)))
        bar = click.progressbar(length=total, label="reading pages", file=sys.stderr, show_pos=True)
    result = run_build(
        list(sources),
        store=store,
        output=output,
        base=base or DEFAULT_BASE,
        include_contacts=include_contacts,
        progress=(lambda n: bar.update(n)) if bar else None,
    )
    if bar is not None:
        bar.render_finish()
    if report is not None:
        write_json_atomically(report, result.to_dict())
    for item in result.rejected:
        click.echo(f"rejected: {item['error']}", err=True)
    where = f" into {result.store}" if result.store else ""
    click.echo(
        f"read {result.pages} pages ({result.mapped} mapped, {result.unchanged} unchanged, "
        f"{result.removed} removed, {len(result.rejected)} rejected){where}: "
        f"{result.triples} triples in {result.seconds:.1f} s"
        + (f"; wrote {result.output}" if result.output else "")
    )
    if result.rejected:
        sys.exit(1)


@click.command()
@click.argument("page", type=click.Path(path_type=Path, exists=True, dir_okay=False))
def inspect(page: Path) -> None:
    """Print one parsed PAGE as JSON."""
    from graphkit.reader import read_page

    record = read_page(page)
    click.echo(json.dumps(record.to_dict(), indent=2, ensure_ascii=False))


@click.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("demo-out"),
    show_default=True,
    help="Where the demo writes its files.",
)
def demo(out_dir: Path) -> None:
    """The quickstart on the bundled examples: graph, queries, network."""
    from graphkit.demo import run_demo

    for line in run_demo(out_dir):
        click.echo(line)


COMMANDS = [build, inspect, demo]
