"""`graphkit validate`: SHACL validation of a built graph or of the store."""

from __future__ import annotations

from pathlib import Path

import click

from graphkit.store import DEFAULT_STORE

SHOWN_VIOLATIONS = 10


@click.command()
@click.argument("file", required=False, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--store",
    "store_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help=f"Validate an Oxigraph store instead of a file (default {DEFAULT_STORE}).",
)
def validate(file: Path | None, store_dir: Path | None) -> None:
    """Check FILE (Turtle, N-Triples, N-Quads, TriG, RDF/XML) or the store against the shapes."""
    from graphkit.validate import validate_graph, validate_store

    if file is not None and store_dir is not None:
        raise click.UsageError("give a FILE or --store, not both")
    if file is not None:
        result, what = validate_graph(file), str(file)
    else:
        where = store_dir or DEFAULT_STORE
        result, what = validate_store(where), str(where)
    if result.conforms:
        click.echo(f"{what}: conforms ({result.triples} triples checked)")
        return
    for line in result.violations[:SHOWN_VIOLATIONS]:
        click.echo(f"  {line}", err=True)
    if result.results > SHOWN_VIOLATIONS:
        click.echo(f"  ... and {result.results - SHOWN_VIOLATIONS} more", err=True)
    click.echo(f"{what}: does not conform: {result.results} SHACL results", err=True)
    raise SystemExit(1)


COMMANDS = [validate]
