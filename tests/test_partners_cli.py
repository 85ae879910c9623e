"""`graphkit partners`: resolved partners listed from a built store."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.build import build
from graphkit.cli import main


@pytest.fixture(scope="module")
def example_store(examples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("partners") / "store"
    build([examples_dir], store=store)
    return store


def _csv(store: Path, *args: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(main, ["partners", "--store", str(store), "--format", "csv", *args])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def test_lists_a_known_partner_with_sector_countries_and_reports(example_store: Path) -> None:
    rows = {r["label"]: r for r in _csv(example_store)}
    unicef = rows["UNICEF"]
    assert unicef["sector"] == "un"
    assert "Kenya" in unicef["countries"].split("; ")
    assert int(unicef["reports"]) >= 2
    assert rows["Lakeside University of Science and Technology"]["sector"] == "academia"


def test_country_filter_keeps_only_that_countrys_partners(example_store: Path) -> None:
    kenya = _csv(example_store, "--country", "KEN")
    assert kenya
    assert all("Kenya" in r["countries"] for r in kenya)
    assert {r["label"] for r in kenya} >= {"Ministry of Health"}
    by_name = {r["label"] for r in _csv(example_store, "--country", "kenya")}
    assert by_name == {r["label"] for r in kenya}


def test_sector_filter(example_store: Path) -> None:
    academic = _csv(example_store, "--sector", "academia")
    assert academic and all(r["sector"] == "academia" for r in academic)
    assert "UNICEF" not in {r["label"] for r in academic}


def test_table_format_and_missing_store(example_store: Path, tmp_path: Path) -> None:
    table = CliRunner().invoke(main, ["partners", "--store", str(example_store)])
    assert table.exit_code == 0
    assert table.output.splitlines()[0].split()[:3] == ["partner", "label", "sector"]
    missing = CliRunner().invoke(main, ["partners", "--store", str(tmp_path / "nope")])
    assert missing.exit_code != 0
    assert "graphkit build" in missing.output


def test_countries_are_sorted_and_engine_independent(example_store: Path) -> None:
    rows = _csv(example_store)
    for row in rows:
        names = [c for c in row["countries"].split("; ") if c]
        assert names == sorted(names, key=lambda n: (n.casefold(), n)), row
    order = [(-int(r["reports"]), r["label"], r["partner"]) for r in rows]
    assert order == sorted(order)


def test_aggregate_joins_countries_and_keeps_the_partner_total() -> None:
    import pandas as pd

    from graphkit.cli.partners import aggregate

    rows = pd.DataFrame(
        {
            "partner": ["urn:b", "urn:a", "urn:a", "urn:a"],
            "label": ["B", "A", "A", "A"],
            "sector": ["un", "private", "private", "private"],
            "country": ["", "Peru", "", "Chad"],
            "reports": pd.array([1, 3, 3, 3], dtype="Int64"),
        }
    )
    table = aggregate(rows)
    assert list(table.columns) == ["partner", "label", "sector", "countries", "reports"]
    assert table.to_dict("records") == [
        {"partner": "urn:a", "label": "A", "sector": "private", "countries": "Chad; Peru",
         "reports": 3},
        {"partner": "urn:b", "label": "B", "sector": "un", "countries": "", "reports": 1},
    ]  # fmt: skip
    assert aggregate(rows.iloc[0:0]).empty
