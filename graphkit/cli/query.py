"""`graphkit queries`, `query` and `push`: thin commands over the query library."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graphkit import queries as q
from graphkit.cli.options import store_option
from graphkit.errors import QueryError
from graphkit.store import DEFAULT_STORE


def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r}: write it as key=value")
        params[key.strip()] = value
    return params


@click.command("queries")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "tsv"]), default="table", help="Output format."
)
def queries_command(fmt: str) -> None:
    """List the library queries: name, summary and parameters with their defaults."""
    library = q.load_library()
    rows = []
    for name, query in library.items():
        params = ", ".join(
            f"{p.name}={p.default}"
            if p.default is not None
            else (p.name if p.required else f"[{p.name}]")
            for p in query.params
        )
        rows.append((name, query.summary, params))
    if fmt == "tsv":
        click.echo("name\tsummary\tparams")
        for row in rows:
            click.echo("\t".join(row))
        return
    import pyoxigraph as ox

    result = q.QueryResult(
        "select",
        ("name", "summary", "params"),
        tuple(tuple(ox.Literal(c) for c in row) for row in rows),
    )
    click.echo(q.format_result(result, "table"), nl=False)


@click.command("query")
@click.argument("name_or_file")
@click.option(
    "--param",
    "-p",
    "pairs",
    multiple=True,
    metavar="KEY=VALUE",
    help="A query parameter (repeatable).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(q.WRITERS)),
    default="table",
    help="Output format (json = SPARQL 1.1 JSON results).",
)
@store_option
@click.option(
    "--data",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Query an RDF file instead of a store.",
)
@click.option("--endpoint", default=None, help="Query a remote SPARQL endpoint URL instead.")
@click.option(
    "--timeout",
    type=float,
    default=30,
    show_default=True,
    help="Seconds to wait for a remote endpoint.",
)
def query_command(
    name_or_file: str,
    pairs: tuple[str, ...],
    fmt: str,
    store_dir: Path | None,
    data: Path | None,
    endpoint: str | None,
    timeout: float,
) -> None:
    """Run a library query by NAME, or a .rq FILE, and print its result."""
    if sum(x is not None for x in (store_dir, data, endpoint)) > 1:
        raise click.UsageError("give only one of --store, --data and --endpoint")
    query = q.get_query(name_or_file)
    params = _params(pairs)
    if endpoint is not None:
        from graphkit.endpoint import Endpoint

        result = q.run(query, endpoint=Endpoint(endpoint, timeout=timeout), params=params)
    elif data is not None:
        result = q.run(query, data=data, params=params)
    else:
        from graphkit.store import Store

        store = Store(store_dir or DEFAULT_STORE, read_only=True)
        try:
            result = q.run(query, store=store, params=params)
        finally:
            store.close()
    q.write(result, sys.stdout, fmt=fmt)


@click.command("push")
@store_option
@click.option(
    "--endpoint",
    required=True,
    help="Graph Store Protocol URL, e.g. http://host:8890/sparql-graph-crud-auth.",
)
@click.option("--graph", "graph_iri", required=True, help="IRI of the graph to (re)place.")
@click.option(
    "--chunk",
    "chunk_triples",
    type=int,
    default=20000,
    show_default=True,
    help="Triples per request.",
)
@click.option("--retries", type=int, default=3, show_default=True)
@click.option("--append", is_flag=True, help="Add to the graph instead of replacing it.")
def push_command(
    store_dir: Path | None,
    endpoint: str,
    graph_iri: str,
    chunk_triples: int,
    retries: int,
    append: bool,
) -> None:
    """Load the store into a remote graph (credentials: GRAPHKIT_SPARQL_USER/_PASSWORD)."""
    from graphkit.endpoint import push
    from graphkit.store import Store

    store = Store(store_dir or DEFAULT_STORE, read_only=True)
    try:
        report = push(
            store,
            endpoint_url=endpoint,
            graph_iri=graph_iri,
            chunk_triples=chunk_triples,
            retries=retries,
            replace=not append,
        )
    finally:
        store.close()
    click.echo(
        f"{report.triples_sent} triples sent to <{report.graph}> in {report.chunks} "
        f"chunk{'s' if report.chunks != 1 else ''} ({report.seconds:.1f} s)"
    )


COMMANDS = [queries_command, query_command, push_command]
