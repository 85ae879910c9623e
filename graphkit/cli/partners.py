"""`graphkit partners`: the resolved partners with sector, countries and number of reports."""

from __future__ import annotations

from pathlib import Path

import click

from graphkit.store import DEFAULT_STORE

_SECTORS = ("government", "private", "civil_society", "academia", "un", "international",
            "other", "unknown")  # fmt: skip


@click.command("partners")
@click.option("--country", default="", help="Only partners of this country's reports "
              "(a name such as Morocco, or an ISO3 code such as MAR).")
@click.option("--sector", type=click.Choice(_SECTORS), default=None,
              help="Only partners of this sector.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), default=None,
              help=f"Store directory (default {DEFAULT_STORE}).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv"]), default="table",
              help="Output format.")
def partners(country: str, sector: str | None, store_dir: Path | None, fmt: str) -> None:
    """List resolved partners: label, sector, countries and number of reports."""
    from graphkit import kg
    from graphkit import queries as q

    store = store_dir if store_dir is not None else DEFAULT_STORE
    if not Path(store).exists():
        raise click.ClickException(f"{store}: no store here; run `graphkit build` first")
    with kg.open(store) as graph:
        result = graph.result("partner-list", country=country, sector=sector or "")
    click.echo(q.format_result(result, fmt), nl=False)


COMMANDS = [partners]
