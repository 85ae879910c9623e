"""The query library on a real Virtuoso gives the same answers as on the embedded store."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from virtuoso_server import Virtuoso, running_virtuoso, virtuoso_binary

from graphkit import queries as q
from graphkit.cli import main
from graphkit.endpoint import Endpoint, push
from graphkit.store import Store

pytestmark = [pytest.mark.virtuoso, pytest.mark.slow]

FIXTURE = Path(__file__).parent / "fixtures" / "model.ttl"
EXAMPLES = Path(__file__).parent.parent / "examples"
GRAPH = "urn:graphkit:test"


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    """A Virtuoso server of our own on 127.0.0.1, stopped by PID afterwards."""
    if virtuoso_binary() is None:
        if os.environ.get("CI"):
            pytest.fail("virtuoso-t not found but CI is set: install virtuoso-opensource")
        pytest.skip(
            "!!! VIRTUOSO NOT INSTALLED: the Virtuoso comparison did NOT run "
            "(apt-get install virtuoso-opensource) !!!"
        )
    with running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRAPHKIT_SPARQL_USER", "dba")
    monkeypatch.setenv("GRAPHKIT_SPARQL_PASSWORD", "dba")


def _has_pages(folder: Path) -> bool:
    return folder.is_dir() and any(folder.glob("*.md"))


@pytest.fixture(scope="module", params=["fixture", "examples"])
def loaded(
    request: pytest.FixtureRequest, virtuoso: Virtuoso, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """An embedded store, and the same triples pushed into Virtuoso's test graph."""
    store_dir = tmp_path_factory.mktemp(f"store-{request.param}") / "store"
    if request.param == "examples":
        if not _has_pages(EXAMPLES):
            pytest.skip("examples/ has no pages yet")
        from graphkit.build import build

        build([EXAMPLES], store=store_dir)
        store = Store(store_dir, read_only=True)
    else:
        store = Store(store_dir)
        store.load_file(FIXTURE, graph="https://w3id.org/graphkit/id/source/fixture")
    os.environ["GRAPHKIT_SPARQL_USER"] = "dba"
    os.environ["GRAPHKIT_SPARQL_PASSWORD"] = "dba"
    report = push(store, endpoint_url=virtuoso.graph_store, graph_iri=GRAPH, chunk_triples=5000)
    assert report.triples_sent == store.count_triples()
    yield store
    store.close()


def _rows(result: q.QueryResult) -> list[tuple[tuple[str, str], ...]]:
    # The acceptance comparison: SPARQL JSON rows, values only, numbers normalised.
    def norm(value: str) -> str:
        try:
            return f"{float(value):.6g}"
        except ValueError:
            return value.strip()

    doc = json.loads(q.format_result(result, "json"))
    return sorted(
        tuple(sorted((k, norm(v["value"])) for k, v in b.items()))
        for b in doc["results"]["bindings"]
    )


# Every library query, those with a LIMIT too: the only LIMITs are the country queries'
# `LIMIT 1` after `ORDER BY DESC(COUNT(?top)) ?country`, which ties cannot cut differently.
LIBRARY = sorted(q.load_library())


@pytest.mark.parametrize("name", LIBRARY)
def test_virtuoso_answers_equal_embedded(loaded: Store, virtuoso: Virtuoso, name: str) -> None:
    embedded = q.run(name, store=loaded)
    remote = q.run(name, endpoint=Endpoint(virtuoso.sparql))
    assert remote.columns == embedded.columns
    assert _rows(remote) == _rows(embedded)


def test_injection_on_virtuoso_matches_nothing(loaded: Store, virtuoso: Virtuoso) -> None:
    endpoint = Endpoint(virtuoso.sparql)
    count = q.parse_query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}", name="count"
    )
    before = q.run(count, endpoint=endpoint).rows
    result = q.run(
        "partners-by-sector", endpoint=endpoint, params={"country": 'x" } ; DROP ALL ; #'}
    )
    assert result.rows == ()
    assert q.run(count, endpoint=endpoint).rows == before


def test_cli_push_and_query(virtuoso: Virtuoso, tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    s = Store(store_dir)
    s.load_file(FIXTURE)
    s.close()
    runner = CliRunner()
    pushed = runner.invoke(
        main,
        [
            "push",
            "--store",
            str(store_dir),
            "--endpoint",
            virtuoso.graph_store,
            "--graph",
            "urn:graphkit:cli",
        ],
    )
    assert pushed.exit_code == 0, pushed.output
    assert pushed.output.startswith("223 triples sent to <urn:graphkit:cli>")
    count = tmp_path / "count.rq"
    count.write_text("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:graphkit:cli> { ?s ?p ?o } }")
    out = runner.invoke(
        main, ["query", str(count), "--endpoint", virtuoso.sparql, "--format", "csv"]
    )
    assert out.exit_code == 0, out.output
    assert out.output.splitlines() == ["n", "223"]


def test_wrong_password_is_one_line(
    virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store_dir = tmp_path / "store"
    monkeypatch.setenv("GRAPHKIT_SPARQL_PASSWORD", "wrong")
    (tmp_path / "one.ttl").write_text("<urn:a> <urn:b> <urn:c> .\n")
    s = Store(store_dir)
    s.load_file(tmp_path / "one.ttl")
    s.close()
    out = CliRunner().invoke(
        main,
        [
            "push",
            "--store",
            str(store_dir),
            "--endpoint",
            virtuoso.graph_store,
            "--graph",
            "urn:graphkit:x",
        ],
    )
    assert out.exit_code != 0 and "Traceback" not in out.output
    assert out.output.count("\n") == 1 and "401" in out.output, out.output
