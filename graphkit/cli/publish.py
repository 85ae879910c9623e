"""`graphkit export`, `graphkit describe` and `graphkit serve`: publishing the graph."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graphkit.cli.options import store_option
from graphkit.publish import DEFAULT_BASE, FORMATS

_STORE = store_option
_BASE = click.option("--base", default=DEFAULT_BASE, show_default=True,
                     help="Base IRI of the data.")
_ENDPOINT = click.option("--endpoint-url", default=None,
                         help="Public SPARQL endpoint URL for the description.")


def _open(store_dir: Path | None):  # type: ignore[no-untyped-def]
    from graphkit.store import DEFAULT_STORE, open_store

    return open_store(store_dir or DEFAULT_STORE, read_only=True)


@click.command()
@_STORE
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="turtle",
              show_default=True, help="Dump syntax.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="File to write (.gz compresses).")
@click.option("--gzip/--no-gzip", "compress", default=None, help="Compress (default: from .gz).")
@click.option("--no-description", is_flag=True, help="Leave out the VoID/DCAT description.")
@_BASE
@_ENDPOINT
def export(store_dir: Path | None, fmt: str, output: Path, compress: bool | None,
           no_description: bool, base: str, endpoint_url: str | None) -> None:
    """Write the whole graph as one deterministic dump file."""
    from graphkit import publish

    store = _open(store_dir)
    n = publish.export(store, output, format=fmt, gzip=compress,
                       include_description=not no_description, base=base,
                       endpoint_url=endpoint_url)
    click.echo(f"{output}: {n} {'quads' if FORMATS[fmt].quads else 'triples'} ({fmt})", err=True)


@click.command()
@_STORE
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="File to write (default: standard output).")
@click.option("--format", "fmt", type=click.Choice(["turtle", "jsonld", "ntriples", "rdfxml"]),
              default="turtle", show_default=True)
@_BASE
@_ENDPOINT
def describe(store_dir: Path | None, output: Path | None, fmt: str, base: str,
             endpoint_url: str | None) -> None:
    """Write the VoID/DCAT description of the dataset."""
    import io

    from graphkit import publish

    store = _open(store_dir)
    if output is None:
        buffer = io.BytesIO()
        publish.write_description(store, buffer, format=fmt, base=base, endpoint_url=endpoint_url)
        sys.stdout.buffer.write(buffer.getvalue())
        return
    publish.export_description(store, output, format=fmt, base=base, endpoint_url=endpoint_url)
    click.echo(f"{output}: dataset description ({fmt})", err=True)


@click.command()
@_STORE
@click.option("--host", default="127.0.0.1", show_default=True, help="Listen address.")
@click.option("--port", default=8000, show_default=True, type=int)
@_BASE
@_ENDPOINT
@click.option("--timeout", "query_timeout", default=10.0, show_default=True, type=float,
              help="Seconds a SPARQL query may run.")
@click.option("--max-body", default=1_000_000, show_default=True, type=int,
              help="Largest request body in bytes.")
def serve(store_dir: Path | None, host: str, port: int, base: str, endpoint_url: str | None,
          query_timeout: float, max_body: int) -> None:
    """Serve SPARQL and dereferenceable IRIs (read-only) over HTTP."""
    import uvicorn

    from graphkit.server import create_app

    store = _open(store_dir)
    app = create_app(store, base=base, query_timeout=query_timeout, max_body=max_body,
                     endpoint_url=endpoint_url)
    click.echo(f"graphkit: serving on http://{host}:{port}/ (SPARQL at /sparql)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS = [export, describe, serve]
