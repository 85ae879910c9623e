"""`graphkit partners`: the resolved partners with sector, countries and number of reports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from graphkit.cli.options import store_option
from graphkit.store import DEFAULT_STORE

if TYPE_CHECKING:
    import pandas as pd

    from graphkit import queries as q

_SECTORS = ("government", "private", "civil_society", "academia", "un", "international",
            "other", "unknown")  # fmt: skip
COLUMNS = ("partner", "label", "sector", "countries", "reports")


@click.command("partners")
@click.option(
    "--country",
    default="",
    help="Only partners of this country's reports "
    "(a name such as Morocco, or an ISO3 code such as MAR).",
)
@click.option(
    "--sector", type=click.Choice(_SECTORS), default=None, help="Only partners of this sector."
)
@store_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv"]), default="table", help="Output format."
)
def partners(country: str, sector: str | None, store_dir: Path | None, fmt: str) -> None:
    """List resolved partners: label, sector, countries and number of reports."""
    from graphkit import kg
    from graphkit import queries as q

    store = store_dir if store_dir is not None else DEFAULT_STORE
    if not Path(store).exists():
        raise click.ClickException(f"{store}: no store here; run `graphkit build` first")
    params = {k: v for k, v in (("country", country.strip()), ("sector", sector)) if v}
    with kg.open(store) as graph:
        rows = graph.query("partner-list", **params)
    click.echo(q.format_result(_as_result(aggregate(rows)), fmt), nl=False)


def aggregate(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per partner from partner-list's (partner, country) rows: countries sorted, joined."""
    import pandas as pd

    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype="string") for c in COLUMNS}).astype(
            {"reports": "Int64"}
        )
    countries = (
        rows.groupby("partner", sort=False)["country"]
        .agg(lambda cs: "; ".join(sorted({c for c in cs.dropna() if c}, key=_country_key)))
        .rename("countries")
    )
    firsts = rows.groupby("partner", sort=False)[["label", "sector", "reports"]].first()
    table = firsts.join(countries).reset_index()
    table = table.sort_values(
        ["reports", "label", "partner"], ascending=[False, True, True], kind="stable"
    )
    return table[list(COLUMNS)].reset_index(drop=True)


def _country_key(name: str) -> tuple[str, str]:
    return (name.casefold(), name)


def _as_result(table: pd.DataFrame) -> q.QueryResult:
    import pyoxigraph as ox

    from graphkit import queries as q

    integer = ox.NamedNode(q.XSD + "integer")
    rows = tuple(
        (
            ox.NamedNode(str(partner)),
            ox.Literal(str(label)),
            ox.Literal(str(sector)),
            ox.Literal(str(countries)),
            ox.Literal(str(int(reports)), datatype=integer),
        )
        for partner, label, sector, countries, reports in table.itertuples(index=False)
    )
    return q.QueryResult("select", COLUMNS, rows)


COMMANDS = [partners]
