"""The query library: headers, parameters, safe binding, results as tables and files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graphkit import kg as kg_module
from graphkit import queries as q
from graphkit.cli import main
from graphkit.errors import QueryError
from graphkit.paths import QUERIES_DIR
from graphkit.store import Store

FIXTURE = Path(__file__).parent / "fixtures" / "model.ttl"
INJECTION = 'x" } ; DROP ALL ; #'
OURS = sorted(
    p.stem
    for p in QUERIES_DIR.glob("*.rq")
    if not p.stem.startswith("network-") and p.stem not in ("partners", "partner-list")
)

HEADER = """#+ summary: Reports of a year
#+ description: The reports of one year,
#+   with their titles.
#+ tags:
#+   - reports
#+   - years
#+ defaults:
#+   - year: 2022
#+   - country: Morocco
PREFIX gk: <https://w3id.org/graphkit/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?report ?title WHERE {
  ?report gk:year ?y ; rdfs:label ?title ; gk:country/rdfs:label ?c .
  FILTER(STR(?y) = STR(?_year_integer) && ?c = ?_country)
  FILTER(COALESCE(STR(?__kind), "") = "" || ?title != ?__kind)
  # a comment naming ?_notaparam stays a comment
  FILTER(?title != "?_alsonot")
} ORDER BY ?report
"""


@pytest.fixture(scope="module")
def store() -> Store:
    s = Store(None)
    s.load_file(FIXTURE)
    return s


@pytest.fixture(scope="module")
def library() -> dict[str, q.Query]:
    return q.load_library()


def test_header_decorators_are_parsed() -> None:
    query = q.parse_query(HEADER, name="by-year")
    assert query.summary == "Reports of a year"
    assert query.description == "The reports of one year, with their titles."
    assert query.tags == ("reports", "years")
    assert [p.name for p in query.params] == ["year", "country", "kind"]


def test_parameter_types_follow_grlc() -> None:
    query = q.parse_query(HEADER, name="by-year")
    year, country, kind = query.params
    assert (year.variable, year.datatype, year.default, year.required) == (
        "_year_integer",
        q.XSD + "integer",
        "2022",
        True,
    )
    assert (country.kind, country.datatype, country.default) == ("string", None, "Morocco")
    assert (kind.required, kind.default) == (False, None)
    iri = q.parse_query(
        "SELECT * WHERE { ?_thing_iri ?p ?_label_en . ?s ?q ?_y_xsd_gYear }", name="t"
    )
    by_name = {p.name: p for p in iri.params}
    assert by_name["thing"].kind == "iri"
    assert by_name["label"].language == "en"
    assert by_name["y"].datatype == q.XSD + "gYear"


def test_library_has_at_least_twelve_documented_queries(library: dict[str, q.Query]) -> None:
    assert len(OURS) >= 12
    for name in OURS:
        query = library[name]
        assert query.summary != name, f"{name} has no #+ summary"
        assert query.description, f"{name} has no #+ description"
        assert query.tags, f"{name} has no #+ tags"
        for p in query.params:
            assert p.default is not None or not p.required, f"{name}: {p.name} has no default"


@pytest.mark.parametrize("name", OURS)
def test_every_query_runs_with_defaults_on_the_fixture(store: Store, name: str) -> None:
    result = q.run(name, store=store)
    assert result.kind == "select"
    assert result.columns and not any(c.startswith("?") for c in result.columns)


def test_defaults_and_typed_binding_give_typed_terms(library: dict[str, q.Query]) -> None:
    query = q.parse_query(HEADER, name="by-year")
    terms = q.bind(query, {"year": "2023"})
    assert terms["_year_integer"] == ox.Literal("2023", datatype=ox.NamedNode(q.XSD + "integer"))
    assert terms["_country"] == ox.Literal("Morocco")
    assert "__kind" not in terms  # optional and not given: stays unbound


def test_bad_typed_value_is_a_query_error() -> None:
    query = q.parse_query(HEADER, name="by-year")
    with pytest.raises(QueryError, match="not a valid xsd:integer"):
        q.bind(query, {"year": "twenty"})


def test_rendering_replaces_only_real_variables() -> None:
    query = q.parse_query(HEADER, name="by-year")
    text = q.render(query, q.bind(query, {"year": "2022"}))
    assert '"2022"^^<http://www.w3.org/2001/XMLSchema#integer>' in text
    assert "?_notaparam" in text and '"?_alsonot"' in text
    assert "?__kind" in text


def test_country_accepts_a_label_or_an_iso3_code(store: Store) -> None:
    by_label = q.run("partners-by-sector", store=store, params={"country": "Morocco"})
    by_code = q.run("partners-by-sector", store=store, params={"country": "mar"})
    assert by_label.rows == by_code.rows
    assert {row[0].value for row in by_label.rows} == {"Morocco"}  # type: ignore[union-attr]
    labels = {row[3].value for row in by_label.rows}  # type: ignore[union-attr]
    assert labels == {"Ministry of Energy", "Université Mohammed V", "UNICEF"}


def test_search_is_case_insensitive_on_the_bound_text(store: Store) -> None:
    result = q.run("search-challenges", store=store, params={"text": "SOLAR"})
    fields = sorted((row[1].value, row[2].value) for row in result.rows)  # type: ignore[union-attr]
    assert fields == [
        ("Morocco", "challenge statement"),
        ("Morocco", "challenge statement"),
        ("Samoa", "learning question"),
    ]


def test_shared_partners_threshold_is_typed(store: Store) -> None:
    two = q.run("shared-partners", store=store)
    assert [row[1].value for row in two.rows] == ["UNICEF"]  # type: ignore[union-attr]
    one = q.run("shared-partners", store=store, params={"minCountries": "1"})
    assert len(one.rows) == 5  # four partners and one group


def test_injection_matches_nothing_and_changes_nothing(store: Store) -> None:
    before = len(store)
    for name in OURS:
        query = q.get_query(name)
        if any(p.name == "country" for p in query.params):
            result = q.run(query, store=store, params={"country": INJECTION})
            assert result.rows == (), name
    result = q.run("search-challenges", store=store, params={"text": INJECTION})
    assert result.rows == ()
    assert len(store) == before


def test_unknown_parameter_names_the_valid_ones(store: Store) -> None:
    with pytest.raises(QueryError, match=r"unknown parameter 'contry' \(valid: country\)"):
        q.run("partners-by-sector", store=store, params={"contry": "Morocco"})


def test_unknown_query_suggests_close_names() -> None:
    with pytest.raises(QueryError, match="did you mean partners-by-sector"):
        q.get_query("partners-by-sectr")


def test_malformed_query_is_one_line(store: Store) -> None:
    bad = q.parse_query("SELECT ?x WHERE { ?x ?p }", name="bad")
    with pytest.raises(QueryError) as info:
        q.run(bad, store=store)
    assert "malformed" in str(info.value) and "\n" not in str(info.value)


def test_ask_and_construct(store: Store) -> None:
    ask = q.run(
        q.parse_query("ASK { ?c a <https://w3id.org/graphkit/ontology#Country> }", name="a"),
        store=store,
    )
    assert ask.kind == "ask" and ask.boolean is True
    graph = q.run(
        q.parse_query(
            "CONSTRUCT { ?c ?p ?o } "
            "WHERE { ?c a <https://w3id.org/graphkit/ontology#Country> ; ?p ?o }",
            name="c",
        ),
        store=store,
    )
    assert graph.kind == "graph" and len(graph.triples) == 3 * 8
    assert graph.columns == ("subject", "predicate", "object")


def test_dataframe_is_typed_in_select_order_with_na_for_unbound(store: Store) -> None:
    query = q.parse_query(
        """PREFIX gk: <https://w3id.org/graphkit/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?title ?year ?unusual ?n ?ratio ?when ?status WHERE {
          ?r rdfs:label ?title ; gk:year ?year .
          OPTIONAL { ?r gk:hasPartnership/gk:newAndUnusual ?unusual }
          OPTIONAL { ?r gk:experimentStatus ?status }
          BIND(STRLEN(?title) AS ?n)
          BIND(?n / 2.0 AS ?ratio)
          BIND("2024-01-02T03:04:05Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> AS ?when)
        } ORDER BY ?title""",
        name="typed",
    )
    frame = q.to_dataframe(q.run(query, store=store))
    assert list(frame.columns) == ["title", "year", "unusual", "n", "ratio", "when", "status"]
    assert str(frame["year"].dtype) == "Int64"
    assert str(frame["n"].dtype) == "Int64"
    assert str(frame["ratio"].dtype) == "Float64"
    assert str(frame["unusual"].dtype) == "boolean"
    assert pd.api.types.is_datetime64_any_dtype(frame["when"])
    assert str(frame["status"].dtype) == "string"
    cookstove = frame[frame["title"] == "Clean cookstove"].iloc[0]
    assert cookstove["year"] == 2021
    assert pd.isna(cookstove["unusual"]) and pd.isna(cookstove["status"])
    assert frame["status"].notna().sum() == 1


def test_dataframe_of_a_library_query(store: Store) -> None:
    frame = q.to_dataframe(q.run("sdgs-by-country", store=store))
    assert list(frame.columns) == ["countryLabel", "goal", "sdgLabel", "reports"]
    assert frame["goal"].tolist() == [5, 7]
    assert frame["reports"].tolist() == [1, 2]


def _result(store: Store) -> q.QueryResult:
    return q.run(
        q.parse_query(
            """PREFIX gk: <https://w3id.org/graphkit/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?report ?status ?n WHERE { ?report a gk:Report ; rdfs:label ?l .
          OPTIONAL { ?report gk:experimentStatus ?status } BIND(STRLEN(?l) AS ?n) }
        ORDER BY ?report""",
            name="fmt",
        ),
        store=store,
    )


def test_csv_and_tsv_writers(store: Store) -> None:
    result = _result(store)
    rows = list(csv.reader(io.StringIO(q.format_result(result, "csv"))))
    assert rows[0] == ["report", "status", "n"]
    assert len(rows) == 1 + len(result.rows)
    pilot = next(r for r in rows if r[0].endswith("/solar-pilot"))
    assert pilot[1:] == ["Completed", str(len("Pilot of a women-owned mini-grid"))]
    assert next(r for r in rows if r[0].endswith("/fish-use"))[1] == ""
    tsv = q.format_result(result, "tsv").splitlines()
    assert tsv[0].split("\t") == ["report", "status", "n"] and len(tsv) == 1 + len(result.rows)


def test_json_writer_is_sparql_results_json(store: Store) -> None:
    result = _result(store)
    doc = json.loads(q.format_result(result, "json"))
    assert doc["head"]["vars"] == ["report", "status", "n"]
    first = doc["results"]["bindings"][0]
    assert first["report"]["type"] == "uri"
    assert first["n"]["datatype"] == q.XSD + "integer"
    assert sum("status" in b for b in doc["results"]["bindings"]) == 1
    assert q.from_sparql_json(doc).rows == result.rows  # round trip


def test_table_writer_counts_rows(store: Store) -> None:
    text = q.format_result(_result(store), "table")
    assert text.splitlines()[0].split() == ["report", "status", "n"]
    assert text.rstrip().endswith("(5 rows)")


def test_unknown_format_is_an_error(store: Store) -> None:
    with pytest.raises(QueryError, match="unknown format"):
        q.format_result(_result(store), "xml")


def test_kg_api_returns_dataframes(tmp_path: Path) -> None:
    path = tmp_path / "store"
    s = Store(path)
    s.load_file(FIXTURE)
    s.close()
    with kg_module.open(path) as kg:
        frame = kg.query("partners-by-sector", country="Morocco")
        assert list(frame.columns) == [
            "countryLabel",
            "sector",
            "partner",
            "partnerLabel",
            "reports",
        ]
        assert len(frame) == 3
        assert "similar-countries" in kg.queries()
        assert len(kg.graph) > 200  # the rdflib view over the same store
        with pytest.raises(QueryError, match="unknown parameter"):
            kg.query("partners-by-sector", nation="Morocco")


# -- the command line ---------------------------------------------------------------------


def test_cli_lists_queries_with_defaults() -> None:
    out = CliRunner().invoke(main, ["queries"])
    assert out.exit_code == 0, out.output
    lines = {ln.split()[0]: ln for ln in out.output.splitlines() if ln.strip()}
    assert "sdg=13" in lines["challenges-by-sdg"]
    assert "[country]" in lines["partners-by-sector"]  # optional: the top country by default


def test_an_omitted_country_is_the_country_with_the_most_matching_reports(store: Store) -> None:
    picked = q.run("partners-by-sector", store=store)
    assert picked.rows  # never empty on a store that has partners
    # ... and equal to asking for that country by name.
    counts = q.run(
        q.parse_query(
            """PREFIX gk: <https://w3id.org/graphkit/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?name (COUNT(DISTINCT ?r) AS ?n)
            WHERE { ?r gk:hasPartnership [] ; gk:country ?c . ?c rdfs:label ?name }
            GROUP BY ?c ?name ORDER BY DESC(?n) ?c LIMIT 1""",
            name="top",
        ),
        store=store,
    )
    top = str(counts.rows[0][0].value)
    assert q.run("partners-by-sector", store=store, params={"country": top}).rows == picked.rows


def test_cli_runs_a_query_on_a_data_file_as_csv() -> None:
    out = CliRunner().invoke(
        main,
        [
            "query",
            "partners-by-sector",
            "--data",
            str(FIXTURE),
            "--param",
            "country=WSM",
            "--format",
            "csv",
        ],
    )
    assert out.exit_code == 0, out.output
    rows = list(csv.reader(io.StringIO(out.output)))
    assert rows[0] == ["countryLabel", "sector", "partner", "partnerLabel", "reports"]
    assert sorted(r[3] for r in rows[1:]) == ["Fishers' cooperative", "UNICEF", "local communities"]


def test_cli_runs_a_query_file_on_a_store(tmp_path: Path) -> None:
    path = tmp_path / "store"
    s = Store(path)
    s.load_file(FIXTURE, graph="https://w3id.org/graphkit/id/source/fixture")
    s.close()
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }\n")
    out = CliRunner().invoke(main, ["query", str(rq), "--store", str(path), "--format", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["results"]["bindings"][0]["n"]["value"] == "223"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "partners-by-sector", "--param", "nation=x"], "unknown parameter 'nation'"),
        (["query", "nope-query"], "unknown query"),
        (["query", "partners-by-sector", "--param", "country"], "key=value"),
        (["query", "partners-by-sector", "--endpoint", "http://127.0.0.1:9/sparql"], "unreachable"),
    ],
)
def test_cli_errors_are_one_line(args: list[str], message: str) -> None:
    out = CliRunner().invoke(
        main, [*args, "--data", str(FIXTURE)] if "--endpoint" not in args else args
    )
    assert out.exit_code != 0
    assert "Traceback" not in out.output
    error_lines = [ln for ln in out.output.splitlines() if ln.startswith("Error")]
    assert len(error_lines) == 1 and message in error_lines[0], out.output


def test_cli_injection_gives_no_rows_and_no_trace(tmp_path: Path) -> None:
    out = CliRunner().invoke(
        main,
        [
            "query",
            "partners-by-sector",
            "--data",
            str(FIXTURE),
            "--param",
            f"country={INJECTION}",
            "--format",
            "csv",
        ],
    )
    assert out.exit_code == 0, out.output
    assert out.output.strip().splitlines() == ["countryLabel,sector,partner,partnerLabel,reports"]


def test_optional_parameter_filters_only_when_given(store: Store) -> None:
    every = q.run("new-and-unusual-partners", store=store)
    assert sorted({row[0].value for row in every.rows}) == ["Morocco", "Samoa"]  # type: ignore[union-attr]
    samoa = q.run("new-and-unusual-partners", store=store, params={"country": "wsm"})
    assert sorted(row[2].value for row in samoa.rows) == ["Fishers' cooperative", "UNICEF"]  # type: ignore[union-attr]
    energy = q.run("methods-by-theme", store=store, params={"theme": "energy", "minReports": "1"})
    assert {row[0].value for row in energy.rows} == {"Energy"}  # type: ignore[union-attr]
