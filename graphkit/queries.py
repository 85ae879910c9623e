"""The query library: queries/*.rq with grlc decorators, typed parameters, tables.

A library query is a SPARQL file whose header uses grlc's decorators (``#+ summary:``,
``#+ description:``, ``#+ tags:``, ``#+ defaults:``) and whose parameters are BASIL-style
variables: ``?_name`` (required string literal), ``?__name`` (optional: left unbound when
not given), ``?_name_iri`` (IRI), ``?_name_number``, ``?_name_integer`` (any XSD datatype),
``?_name_en`` (language tag) and ``?_name_prefix_datatype`` (e.g. ``?_year_xsd_gYear``).

How a bound value reaches the engine. ``bind`` turns every user value into a typed RDF term
(a pyoxigraph NamedNode or Literal, validated for its datatype). pyoxigraph's own
``substitutions`` only accept variables of the top-level SELECT projection (measured on
pyoxigraph 0.5: "does not contains variable ?_x in its SELECT projection"), which a
parameter used in a FILTER or a HAVING never is, and a remote endpoint has no binding API
at all. So, like grlc, ``render`` replaces the parameter *variable tokens* of the trusted
query text with each term's N-Triples form written by Oxigraph's serializer, which escapes
quotes, backslashes and line breaks: a value can never leave its literal, so
``x" } ; DROP ALL ; #`` stays one string that matches nothing. The lexer skips strings,
IRIs and comments, so only real variables are replaced. The same rendered text runs on the
embedded store and on any SPARQL 1.1 endpoint, which keeps their answers identical.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import pyoxigraph as ox

from graphkit.errors import QueryError
from graphkit.paths import QUERIES_DIR

if TYPE_CHECKING:
    import pandas as pd

    from graphkit.endpoint import Endpoint
    from graphkit.store import Store

XSD = "http://www.w3.org/2001/XMLSchema#"
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

# The XSD datatypes grlc accepts as a parameter suffix (grlc's static.XSD_DATATYPES).
XSD_DATATYPES = frozenset(
    "anyURI base64Binary boolean byte date dateTime dateTimeStamp dayTimeDuration decimal "
    "double duration float gDay gMonth gMonthDay gYear gYearMonth hexBinary int integer "
    "language long Name NCName negativeInteger NMTOKEN nonNegativeInteger "
    "nonPositiveInteger normalizedString positiveInteger short string time token "
    "unsignedByte unsignedInt unsignedLong unsignedShort yearMonthDuration".split()
)
_INTEGERS = frozenset(
    "integer int long short byte nonNegativeInteger nonPositiveInteger negativeInteger "
    "positiveInteger unsignedByte unsignedInt unsignedLong unsignedShort".split()
)
_FLOATS = frozenset({"decimal", "double", "float"})
# grlc's parameter pattern, applied to a variable name without its '?'.
_PARAM_NAME = re.compile(
    r"(?P<required>_{1,2})(?P<name>[^_]+)_?(?P<type>[a-zA-Z0-9]+)?_?(?P<userdefined>[a-zA-Z0-9]+)?.*$"
)
# Lexer for the query text: the alternatives that are not variables are skipped whole.
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*"
    r"|[?$](?P<var>[A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)",
)
_PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>\s]*)>", re.IGNORECASE)
_KIND = re.compile(
    r"^\s*(?:(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Param:
    """One query parameter: its name, how its value is typed, and its default."""

    name: str
    variable: str  # the variable in the query, without '?', e.g. "_year_integer"
    kind: str = "string"  # string | literal | iri | number
    datatype: str | None = None  # full datatype IRI for typed literals
    language: str | None = None
    default: str | None = None
    required: bool = True


@dataclass(frozen=True, slots=True)
class Query:
    """A library query: its text and the metadata of its grlc header."""

    name: str
    path: Path | None
    summary: str
    description: str
    tags: tuple[str, ...]
    params: tuple[Param, ...]
    text: str

    @property
    def title(self) -> str:
        """The query's title (its grlc summary)."""
        return self.summary

    @property
    def kind(self) -> str:
        """SELECT, ASK, CONSTRUCT or DESCRIBE."""
        return query_kind(self.text)

    def param(self, name: str) -> Param:
        """The parameter called name (QueryError when the query has none)."""
        for p in self.params:
            if p.name == name:
                return p
        valid = ", ".join(p.name for p in self.params) or "none"
        raise QueryError(f"{self.name}: unknown parameter {name!r} (valid: {valid})")


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The answer to a query: columns in SELECT order and rows of RDF terms (None = unbound)."""

    kind: str  # select | ask | graph
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = field(default=())

    def __len__(self) -> int:
        return len(self.rows) if self.kind != "ask" else int(bool(self.boolean))


# -- reading the library -----------------------------------------------------------


def parse_header(text: str) -> dict[str, Any]:
    """The grlc decorators of a query (the YAML subset grlc queries use: scalars and lists)."""
    lines = [ln[2:] for ln in text.splitlines() if ln.startswith("#+")]
    meta: dict[str, Any] = {}
    key: str | None = None
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            continue
        item = re.match(r"\s*-\s*(.*)$", line)
        if item and key is not None:
            value = item.group(1).strip()
            pair = re.match(r"([^:\s]+)\s*:\s*(.*)$", value)
            entry: Any = {pair.group(1): _scalar(pair.group(2))} if pair else _scalar(value)
            if not isinstance(meta.get(key), list):
                meta[key] = []
            meta[key].append(entry)
            continue
        top = re.match(r"\s*([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)
        if top:
            key, value = top.group(1), top.group(2).strip()
            meta[key] = _scalar(value) if value and value != "[]" else []
        elif key is not None and isinstance(meta.get(key), str):
            meta[key] = f"{meta[key]} {line.strip()}"  # a continued long description
    return meta


def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def query_kind(text: str) -> str:
    """The query form of a SPARQL text (SELECT, ASK, CONSTRUCT, DESCRIBE)."""
    body = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("#"))
    match = _KIND.match(body)
    return match.group(1).upper() if match else "SELECT"


def _variables(text: str) -> list[str]:
    seen: dict[str, None] = {}
    for m in _TOKENS.finditer(text):
        if m.group("var"):
            seen.setdefault(m.group("var"), None)
    return list(seen)


def _prefixes(text: str) -> dict[str, str]:
    return {(m.group(1) or ""): m.group(2) for m in _PREFIX_DECL.finditer(text)}


def _param_of(
    variable: str, defaults: Mapping[str, str], prefixes: Mapping[str, str]
) -> Param | None:
    m = _PARAM_NAME.match(variable)
    if not m or not variable.startswith("_"):
        return None
    name, mtype, user = m.group("name"), m.group("type"), m.group("userdefined")
    kind, datatype, language = "string", None, None
    if mtype in ("iri", "number", "literal", "string"):
        kind = mtype
    elif mtype:
        if mtype in XSD_DATATYPES:
            datatype = XSD + mtype
        elif len(mtype) == 2:
            language = mtype
        elif user:
            base = XSD if mtype == "xsd" else prefixes.get(mtype)
            if base is None:
                raise QueryError(f"parameter ?{variable}: unknown prefix {mtype!r}")
            datatype = base + user
    default = defaults.get(name)
    return Param(
        name=name,
        variable=variable,
        kind=kind,
        datatype=datatype,
        language=language,
        default=None if default is None else str(default),
        required=m.group("required") == "_",
    )


def parse_query(text: str, *, name: str, path: Path | None = None) -> Query:
    """A Query from the text of a .rq file (header decorators + parameters)."""
    meta = parse_header(text)
    defaults: dict[str, str] = {}
    for entry in meta.get("defaults") or []:
        if isinstance(entry, dict):
            defaults.update({str(k): str(v) for k, v in entry.items()})
    tags = meta.get("tags") or []
    tags = [tags] if isinstance(tags, str) else [str(t) for t in tags]
    prefixes = _prefixes(text)
    params: dict[str, Param] = {}
    for variable in _variables(text):
        param = _param_of(variable, defaults, prefixes)
        if param is not None and param.name not in params:
            params[param.name] = param
    return Query(
        name=name,
        path=path,
        summary=str(meta.get("summary") or name),
        description=str(meta.get("description") or ""),
        tags=tuple(tags),
        params=tuple(params.values()),
        text=text,
    )


def load_query(path: Path | str) -> Query:
    """Read one .rq file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return parse_query(text, name=path.stem, path=path)


def load_library(folder: Path | str = QUERIES_DIR) -> dict[str, Query]:
    """Every query of a folder, by name (the file stem), sorted by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise QueryError(f"{folder}: no query library here")
    return {p.stem: load_query(p) for p in sorted(folder.glob("*.rq"))}


def get_query(name_or_path: str | Path, *, folder: Path | str = QUERIES_DIR) -> Query:
    """A library query by name, or any .rq file by path."""
    text = str(name_or_path)
    candidate = Path(text)
    if text.endswith(".rq") or candidate.is_file() or "/" in text or "\\" in text:
        if candidate.is_file():
            return load_query(candidate)
        raise QueryError(f"{text}: no such query file")
    library = load_library(folder)
    if text in library:
        return library[text]
    close = difflib.get_close_matches(text, list(library), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise QueryError(f"unknown query {text!r}{hint} (`graphkit queries` lists them)")


# -- binding parameters ----------------------------------------------------------------


def bind(query: Query, params: Mapping[str, Any] | None = None) -> dict[str, Term]:
    """Typed RDF terms for the query's parameters (values given, else defaults), by variable."""
    params = dict(params or {})
    known = {p.name for p in query.params}
    for name in params:
        if name not in known:
            query.param(name)  # raises with the valid names
    bound: dict[str, Term] = {}
    for p in query.params:
        value = params.get(p.name, p.default)
        if value is None:
            if p.required:
                raise QueryError(
                    f"{query.name}: parameter {p.name!r} is required (--param {p.name}=...)"
                )
            continue
        bound[p.variable] = to_term(p, value)
    return bound


def to_term(param: Param, value: Any) -> Term:
    """One parameter value as a typed RDF term (QueryError when it does not fit its type)."""
    if isinstance(value, ox.NamedNode | ox.Literal):
        return value
    text = str(value) if not isinstance(value, bool) else str(value).lower()
    if param.kind == "iri":
        try:
            return ox.NamedNode(text)
        except ValueError:
            raise QueryError(f"parameter {param.name!r}: {text!r} is not an IRI") from None
    if param.kind == "number":
        try:
            int(text)
            return ox.Literal(text, datatype=ox.NamedNode(XSD + "integer"))
        except ValueError:
            pass
        try:
            Decimal(text)
            float(text)
        except (InvalidOperation, ValueError):
            raise QueryError(f"parameter {param.name!r}: {text!r} is not a number") from None
        return ox.Literal(text, datatype=ox.NamedNode(XSD + "decimal"))
    if param.language:
        return ox.Literal(text, language=param.language)
    if param.datatype:
        _check_lexical(param, text)
        return ox.Literal(text, datatype=ox.NamedNode(param.datatype))
    return ox.Literal(text)


def _check_lexical(param: Param, text: str) -> None:
    local = param.datatype.removeprefix(XSD) if param.datatype else ""
    checks: dict[str, Callable[[str], object]] = {
        **{t: int for t in _INTEGERS},
        "decimal": Decimal,
        "double": float,
        "float": float,
        "boolean": lambda s: {"true": 1, "false": 0, "1": 1, "0": 0}[s],
        "gYear": lambda s: re.fullmatch(r"-?\d{4,}", s).group(0),  # type: ignore[union-attr]
        "date": dt.date.fromisoformat,
        "dateTime": dt.datetime.fromisoformat,
    }
    check = checks.get(local)
    if check is None:
        return
    try:
        check(text.strip())
    except (ValueError, KeyError, AttributeError, InvalidOperation):
        raise QueryError(f"parameter {param.name!r}: {text!r} is not a valid xsd:{local}") from None


def render(query: Query, terms: Mapping[str, Term]) -> str:
    """The query text with each bound parameter variable replaced by its escaped term."""
    if not terms:
        return query.text

    def replace(m: re.Match[str]) -> str:
        var = m.group("var")
        if var is not None and var in terms:
            return str(terms[var])  # Oxigraph's N-Triples serialisation: correctly escaped
        return m.group(0)

    return _TOKENS.sub(replace, query.text)


# -- running -------------------------------------------------------------------------


def run(
    query: Query | str | Path,
    *,
    store: Store | None = None,
    data: Path | str | None = None,
    endpoint: Endpoint | None = None,
    params: Mapping[str, Any] | None = None,
) -> QueryResult:
    """Run a query with bound parameters on a store, an RDF file, or a remote endpoint."""
    if not isinstance(query, Query):
        query = get_query(query)
    sources = [s for s in (store, data, endpoint) if s is not None]
    if len(sources) != 1:
        raise QueryError("give exactly one of a store, a data file or an endpoint")
    text = render(query, bind(query, params))
    if endpoint is not None:
        return _run_remote(query, text, endpoint)
    if data is not None:
        from graphkit.store import Store

        store = Store(None)
        store.load_file(Path(data))
    assert store is not None
    try:
        answer = store.query(text)
    except SyntaxError as exc:
        raise QueryError(f"{query.name}: malformed query: {_one_line(exc)}") from None
    except (ValueError, OSError, RuntimeError) as exc:
        raise QueryError(f"{query.name}: {_one_line(exc)}") from None
    return _from_oxigraph(answer)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] or type(exc).__name__


def _from_oxigraph(answer: Any) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        triples = tuple(answer)
        rows = tuple((t.subject, t.predicate, t.object) for t in triples)
        return QueryResult("graph", ("subject", "predicate", "object"), rows, triples=triples)
    columns = tuple(v.value for v in answer.variables)
    # A solution iterates its values in SELECT order, None where unbound.
    rows = tuple(tuple(sol) for sol in answer)
    return QueryResult("select", columns, rows)


def _run_remote(query: Query, text: str, endpoint: Endpoint) -> QueryResult:
    kind = query_kind(text)
    if kind in ("CONSTRUCT", "DESCRIBE"):
        body = endpoint.request(text, accept="text/turtle, application/n-triples;q=0.9")
        try:
            triples = tuple(ox.parse(body, format=ox.RdfFormat.TURTLE))
        except SyntaxError as exc:
            raise QueryError(
                f"{query.name}: unreadable answer from the endpoint: {_one_line(exc)}"
            ) from None
        rows = tuple((t.subject, t.predicate, t.object) for t in triples)
        return QueryResult(
            "graph",
            ("subject", "predicate", "object"),
            rows,
            triples=tuple(ox.Triple(t.subject, t.predicate, t.object) for t in triples),
        )
    body = endpoint.request(text, accept="application/sparql-results+json")
    try:
        doc = json.loads(body)
    except ValueError:
        raise QueryError(
            f"{query.name}: the endpoint did not answer with SPARQL JSON results"
        ) from None
    return from_sparql_json(doc)


def from_sparql_json(doc: Mapping[str, Any]) -> QueryResult:
    """A QueryResult from a SPARQL 1.1 JSON results document."""
    if "boolean" in doc:
        return QueryResult("ask", boolean=bool(doc["boolean"]))
    columns = tuple(doc.get("head", {}).get("vars", []))
    rows = tuple(
        tuple(_json_term(b[c]) if c in b else None for c in columns)
        for b in doc.get("results", {}).get("bindings", [])
    )
    return QueryResult("select", columns, rows)


def _json_term(cell: Mapping[str, Any]) -> Term:
    kind, value = cell.get("type"), str(cell.get("value", ""))
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value) if re.fullmatch(r"[A-Za-z0-9_]+", value) else ox.BlankNode()
    if "xml:lang" in cell:
        return ox.Literal(value, language=cell["xml:lang"])
    if cell.get("datatype"):
        if cell["datatype"] == XSD + "boolean":
            # Virtuoso writes booleans as 1/0 (valid lexical forms); use the canonical ones.
            value = {"1": "true", "0": "false"}.get(value.strip(), value.strip())
        return ox.Literal(value, datatype=ox.NamedNode(cell["datatype"]))
    return ox.Literal(value)


# -- tables and writers ------------------------------------------------------------------


def term_value(term: Term | None) -> Any:
    """A plain Python value for a term: int, float, bool, date(time), str; None when unbound."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        local = term.datatype.value.removeprefix(XSD)
        text = term.value
        try:
            if local in _INTEGERS or local == "gYear":
                return int(text)
            if local in _FLOATS:
                return float(text)
            if local == "boolean":
                return text.strip() in ("true", "1")
            if local == "dateTime":
                return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            if local == "date":
                return dt.date.fromisoformat(text)
        except ValueError:
            return text
        return text
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


def _column_kind(terms: Sequence[Term | None]) -> str:
    kinds = set()
    for t in terms:
        if t is None:
            continue
        if not isinstance(t, ox.Literal):
            return "string"
        local = t.datatype.value.removeprefix(XSD)
        if local in _INTEGERS or local == "gYear":
            kinds.add("int")
        elif local in _FLOATS:
            kinds.add("float")
        elif local == "boolean":
            kinds.add("bool")
        elif local in ("dateTime", "date"):
            kinds.add("datetime")
        else:
            return "string"
    if kinds == {"int", "float"}:
        return "float"
    return kinds.pop() if len(kinds) == 1 else "string"


def to_dataframe(result: QueryResult) -> pd.DataFrame:
    """The result as a DataFrame: typed columns in SELECT order, unbound cells as NA."""
    import pandas as pd

    if result.kind == "ask":
        return pd.DataFrame({"boolean": pd.array([bool(result.boolean)], dtype="boolean")})
    data: dict[str, Any] = {}
    for i, column in enumerate(result.columns):
        terms = [row[i] for row in result.rows]
        kind = _column_kind(terms)
        values = [term_value(t) for t in terms]
        if kind == "int":
            data[column] = pd.array(values, dtype="Int64")
        elif kind == "float":
            data[column] = pd.array(
                [None if v is None else float(v) for v in values], dtype="Float64"
            )
        elif kind == "bool":
            data[column] = pd.array(values, dtype="boolean")
        elif kind == "datetime":
            data[column] = pd.to_datetime(pd.Series(values, dtype=object), utc=_has_tz(values))
        else:
            data[column] = pd.array([None if v is None else str(v) for v in values], dtype="string")
    return pd.DataFrame(data, columns=list(result.columns))


def _has_tz(values: Sequence[Any]) -> bool:
    return any(isinstance(v, dt.datetime) and v.tzinfo is not None for v in values)


def _cell(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


def write_csv(result: QueryResult, out: TextIO) -> None:
    """SPARQL 1.1 CSV results: a header of variable names, plain values."""
    if result.kind == "ask":
        out.write(f"boolean\r\n{'true' if result.boolean else 'false'}\r\n")
        return
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.columns)
    writer.writerows([_cell(t) for t in row] for row in result.rows)


def write_tsv(result: QueryResult, out: TextIO) -> None:
    """Tab-separated plain values, tabs and line breaks inside cells escaped."""

    def clean(text: str) -> str:
        return (
            text.replace("\\", "\\\\")
            .replace("\t", "\\t")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
        )

    if result.kind == "ask":
        out.write(f"boolean\n{'true' if result.boolean else 'false'}\n")
        return
    out.write("\t".join(result.columns) + "\n")
    for row in result.rows:
        out.write("\t".join(clean(_cell(t)) for t in row) + "\n")


def _json_cell(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "literal", "value": str(term)}
    cell = {"type": "literal", "value": term.value}
    if term.language:
        cell["xml:lang"] = term.language
    elif term.datatype.value != XSD + "string":
        cell["datatype"] = term.datatype.value
    return cell


def write_json(result: QueryResult, out: TextIO) -> None:
    """SPARQL 1.1 Query Results JSON."""
    if result.kind == "ask":
        doc: dict[str, Any] = {"head": {}, "boolean": bool(result.boolean)}
    else:
        doc = {
            "head": {"vars": list(result.columns)},
            "results": {
                "bindings": [
                    {
                        c: _json_cell(t)
                        for c, t in zip(result.columns, row, strict=True)
                        if t is not None
                    }
                    for row in result.rows
                ]
            },
        }
    json.dump(doc, out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_table(result: QueryResult, out: TextIO, *, width: int = 60) -> None:
    """An aligned text table for people; long cells are cut with '…'."""
    if result.kind == "ask":
        out.write(f"{'true' if result.boolean else 'false'}\n")
        return

    def cut(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cut(_cell(t)) for t in row] for row in result.rows]
    widths = [len(c) for c in result.columns]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    line = "  ".join(c.ljust(w) for c, w in zip(result.columns, widths, strict=True))
    out.write(line.rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
    out.write(f"({len(cells)} row{'s' if len(cells) != 1 else ''})\n")


WRITERS: dict[str, Callable[[QueryResult, TextIO], None]] = {
    "table": write_table,
    "csv": write_csv,
    "tsv": write_tsv,
    "json": write_json,
}


def write(result: QueryResult, out: TextIO, *, fmt: str = "table") -> None:
    """Write a result in one of WRITERS' formats."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise QueryError(f"unknown format {fmt!r} (one of {', '.join(WRITERS)})") from None
    writer(result, out)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """A result written to a string."""
    buffer = io.StringIO()
    write(result, buffer, fmt=fmt)
    return buffer.getvalue()
