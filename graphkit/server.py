"""The linked-data server: a read-only SPARQL 1.1 Protocol endpoint and dereferenceable IRIs.

`create_app(store)` returns a Starlette app. Every subject IRI of the dump (data, ontology,
SKOS terms, the dataset description, mirrored SDG/Wikidata nodes) answers at its own path:
HTML for browsers, Turtle / JSON-LD / N-Triples / RDF/XML by content negotiation. Queries
run in worker threads with a time limit and bounded concurrency; updates are refused.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import html
import io
import tempfile
import threading
from collections.abc import AsyncIterator, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from graphkit import publish
from graphkit.publish import DEFAULT_BASE, GK, PREFIXES

# Media types the server writes, by dump format name (plus HTML).
_RDF_MEDIA = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
}
_HTML_MEDIA = ("text/html", "application/xhtml+xml")
_RESULT_MEDIA = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_FORMAT_PARAM = {  # ?format= and file-suffix conveniences
    "ttl": "text/turtle", "turtle": "text/turtle", "jsonld": "application/ld+json",
    "json-ld": "application/ld+json", "json": "application/sparql-results+json",
    "nt": "application/n-triples", "ntriples": "application/n-triples",
    "rdf": "application/rdf+xml", "xml": "application/sparql-results+xml",
    "html": "text/html", "csv": "text/csv", "tsv": "text/tab-separated-values",
}
_SUFFIXES = {".ttl": "text/turtle", ".jsonld": "application/ld+json",
             ".nt": "application/n-triples", ".rdf": "application/rdf+xml", ".html": "text/html"}
_LABELS = tuple(ox.NamedNode(x) for x in (
    PREFIXES["skos"] + "prefLabel", PREFIXES["rdfs"] + "label", PREFIXES["dct"] + "title",
    PREFIXES["foaf"] + "name", "http://schema.org/name"))
_MAX_INCOMING = 200


@dataclass(frozen=True, slots=True)
class _Settings:
    base: str
    origin: str
    query_timeout: float
    max_body: int
    queue_timeout: float


def _accept(header: str | None, offered: Iterable[str], default: str) -> str | None:
    """The offered media type the Accept header prefers (None: nothing acceptable)."""
    if not header or not header.strip():
        return default
    offered = list(offered)
    best: tuple[float, int, str] | None = None
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q <= 0 or not media:
            continue
        if media in offered:
            choice = media
        elif media in ("*/*", "*"):
            choice = default
        elif media.endswith("/*"):
            choice = next((o for o in offered if o.startswith(media[:-1])), "")
        else:
            continue
        if not choice:
            continue
        rank = (q, -position, choice)
        if best is None or (rank[0], rank[1]) > (best[0], best[1]):
            best = rank
    return best[2] if best else None


def _iri_path(iri: str) -> str:
    return urlsplit(iri).path or "/"


class _Resources:
    """Maps request paths to the subject IRIs they stand for, and describes them."""

    def __init__(self, data: ox.Store, description: list[ox.Triple], base: str) -> None:
        self.data = data
        self.description = ox.Store()
        self.description.extend(ox.Quad(t.subject, t.predicate, t.object) for t in description)
        self.base = base
        self.origin = _origin(base)
        self.by_path: dict[str, list[str]] = {}
        subjects = data.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)) }",
                              use_default_graph_as_union=True)
        for row in subjects:
            self._index(row[0].value)
        for t in description:
            if isinstance(t.subject, ox.NamedNode):
                self._index(t.subject.value)
        for iris in self.by_path.values():
            iris.sort()

    def _index(self, iri: str) -> None:
        # A hash IRI is answered by its document: /graphkit/ontology lists every gk: term.
        iris = self.by_path.setdefault(_iri_path(iri), [])
        if not iris or iris[-1] != iri:
            iris.append(iri)

    def lookup(self, path: str) -> list[str]:
        """The subject IRIs a request path stands for (empty: unknown)."""
        return sorted(set(self.by_path.get(path, [])))

    def local_path(self, iri: str) -> str | None:
        """The server path that describes an IRI, when the server knows it."""
        path = _iri_path(iri)
        return path if iri in self.by_path.get(path, ()) else None

    def triples(self, iris: Iterable[str]) -> list[ox.Triple]:
        """The triples about the IRIs, plus the labels of the IRIs they point to; sorted."""
        found: set[ox.Triple] = set()
        for iri in iris:
            node = ox.NamedNode(iri)
            for store in (self.data, self.description):
                for q in store.quads_for_pattern(node, None, None, None):
                    found.add(ox.Triple(q.subject, q.predicate, q.object))
        neighbours = {t.object for t in found if isinstance(t.object, ox.NamedNode)}
        for node in neighbours:
            for label in _LABELS:
                for q in self.data.quads_for_pattern(node, label, None, None):
                    found.add(ox.Triple(q.subject, q.predicate, q.object))
        return sorted(found, key=publish._triple_key)

    def incoming(self, iri: str) -> list[ox.Triple]:
        """Some triples pointing at an IRI (for the HTML page)."""
        found: set[ox.Triple] = set()
        for q in self.data.quads_for_pattern(None, None, ox.NamedNode(iri), None):
            found.add(ox.Triple(q.subject, q.predicate, q.object))
            if len(found) >= _MAX_INCOMING:
                break
        return sorted(found, key=publish._triple_key)

    def label(self, node: Any) -> str | None:
        """A human label of a node, from the store."""
        if isinstance(node, ox.NamedNode):
            for label in _LABELS:
                for q in self.data.quads_for_pattern(node, label, None, None):
                    return q.object.value
        return None


def _serialize(triples: list[ox.Triple], fmt_name: str) -> bytes:
    buffer = io.BytesIO()
    publish.write_triples(triples, buffer, publish.dump_format(fmt_name))
    return buffer.getvalue()


def _curie(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


class _Page:
    """The HTML of one resource; every piece of text is escaped."""

    def __init__(self, resources: _Resources, triples: Iterable[ox.Triple] = ()) -> None:
        self.resources = resources
        # Labels known from the document itself, best label property first.
        rank = {label: n for n, label in enumerate(_LABELS)}
        best: dict[Any, tuple[int, str]] = {}
        for t in triples:
            if t.predicate in rank and isinstance(t.object, ox.Literal):
                score = rank[t.predicate]
                if t.subject not in best or score < best[t.subject][0]:
                    best[t.subject] = (score, t.object.value)
        self.labels: dict[Any, str | None] = {node: text for node, (_, text) in best.items()}

    def label(self, node: Any) -> str | None:
        """A node's label (from the document, else the store), cached."""
        if node not in self.labels:
            self.labels[node] = self.resources.label(node)
        return self.labels[node]

    def link(self, node: Any) -> str:
        """One term as HTML: literals as text, IRIs as links (local when served here)."""
        if isinstance(node, ox.Literal):
            text = html.escape(node.value)
            if node.language:
                return f'{text} <small lang="">@{html.escape(node.language)}</small>'
            if node.datatype.value != PREFIXES["xsd"] + "string":
                return f"{text} <small>{html.escape(_curie(node.datatype.value))}</small>"
            return text
        if isinstance(node, ox.BlankNode):
            return f"<code>_:{html.escape(node.value)}</code>"
        iri = node.value
        label = self.label(node)
        shown = html.escape(label) if label else html.escape(_curie(iri))
        local = self.resources.local_path(iri)
        title = html.escape(iri, quote=True)
        if local is not None:
            fragment = urlsplit(iri).fragment
            href = quote(local) + (f"#{quote(fragment)}" if fragment else "")
            anchor = f'<a href="{html.escape(href, quote=True)}" title="{title}">{shown}</a>'
            if _origin(iri) != self.resources.origin and iri.startswith(("http://", "https://")):
                anchor += f' <a href="{title}" rel="external" title="{title}">&#8599;</a>'
            return anchor
        if iri.startswith(("http://", "https://")):
            return f'<a href="{title}" rel="external" title="{title}">{shown}</a>'
        return f"<code>{html.escape(iri)}</code>"

    def render(self, path: str, iris: list[str], triples: list[ox.Triple]) -> str:
        """An HTML page about the IRIs a path stands for."""
        esc = html.escape
        by_subject: dict[Any, list[ox.Triple]] = {}
        for t in triples:
            by_subject.setdefault(t.subject, []).append(t)
        main = ox.NamedNode(iris[0])
        heading = (self.label(main) if len(iris) == 1 else None) or _curie(iris[0].split("#")[0])
        href = esc(quote(path), quote=True)
        parts = [
            "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
            f"<title>{esc(heading)}</title>",
            f'<link rel="alternate" type="text/turtle" href="{href}?format=ttl">',
            "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
            "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;"
            "padding:.3em;vertical-align:top;text-align:left}th{width:25%}"
            "code{word-break:break-all}</style></head><body>",
            f"<h1>{esc(heading)}</h1>",
            f'<p><a href="{href}?format=ttl">Turtle</a> · '
            f'<a href="{href}?format=jsonld">JSON-LD</a> · '
            f'<a href="{href}?format=nt">N-Triples</a> · '
            '<a href="/">dataset</a> · <a href="/sparql">SPARQL</a></p>',
        ]
        if len(iris) > 1:
            parts.append(f"<p>{len(iris)} terms described here.</p>")
        for iri in iris:
            node = ox.NamedNode(iri)
            own = by_subject.get(node, [])
            types = [t.object for t in own if t.predicate == publish.RDF_TYPE]
            anchor = urlsplit(iri).fragment
            ident = f' id="{esc(anchor, quote=True)}"' if anchor else ""
            title = self.label(node) if len(iris) > 1 else None
            parts.append(f"<section{ident}>" + (f"<h2>{esc(title)}</h2>" if title else "")
                         + f"<p><code>{esc(iri)}</code></p>")
            if types:
                parts.append("<p>Type: " + ", ".join(self.link(t) for t in types) + "</p>")
            parts.append("<table>")
            for t in own:
                parts.append(f"<tr><th>{self.link(t.predicate)}</th>"
                             f"<td>{self.link(t.object)}</td></tr>")
            parts.append("</table>")
            if len(iris) == 1:
                incoming = self.resources.incoming(iri)
                if incoming:
                    parts.append("<h3>Referred to by</h3><table>")
                    for t in incoming:
                        parts.append(f"<tr><td>{self.link(t.subject)}</td>"
                                     f"<th>{self.link(t.predicate)}</th></tr>")
                    parts.append("</table>")
            parts.append("</section>")
        parts.append("</body></html>")
        return "\n".join(parts)


def _origin(base: str) -> str:
    parts = urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}"


def create_app(
    store: Any,
    *,
    base: str = DEFAULT_BASE,
    query_timeout: float = 10.0,
    max_body: int = 1_000_000,
    max_concurrent: int = 4,
    queue_timeout: float | None = None,
    endpoint_url: str | None = None,
    dump_urls: dict[str, str] | None = None,
) -> Starlette:
    """The Starlette app serving `store` (read-only): /sparql, /void, / and every IRI's path."""
    data: ox.Store = store if isinstance(store, ox.Store) else store.oxigraph
    description = publish.describe(data, base=base, endpoint_url=endpoint_url, dump_urls=dump_urls)
    resources = _Resources(data, description, base)
    page = _Page(resources, description)
    settings = _Settings(base, _origin(base), query_timeout, max_body,
                         query_timeout if queue_timeout is None else queue_timeout)
    slots = threading.BoundedSemaphore(max_concurrent)
    executor = ThreadPoolExecutor(max_workers=max_concurrent, thread_name_prefix="graphkit-sparql")
    dataset = publish.dataset_iri(base)
    title = next((t.object.value for t in description
                  if t.subject.value == dataset and t.predicate.value == PREFIXES["dct"] + "title"),
                 "graphkit")

    def rdf_response(request: Request, path: str, iris: list[str], forced: str | None) -> Response:
        offered = [*_HTML_MEDIA, *_RDF_MEDIA]
        media = forced or _accept(request.headers.get("accept"), offered, "text/html")
        if media is None:
            return PlainTextResponse("406 Not Acceptable: use text/html, text/turtle, "
                                     "application/ld+json or application/n-triples", 406)
        headers = {"Vary": "Accept", "Access-Control-Allow-Origin": "*",
                   "Link": f'<{quote(path)}?format=ttl>; rel="alternate"; type="text/turtle"'}
        if media in _HTML_MEDIA:
            return HTMLResponse(document(path, tuple(iris), "text/html"), headers=headers)
        fmt = publish.dump_format(_RDF_MEDIA[media])
        return Response(document(path, tuple(iris), fmt.name), media_type=fmt.media_type,
                        headers=headers)

    # The store is read-only, so a document never changes: namespace documents (the
    # ontology's hash IRIs share one) are big and asked for often, so keep the latest.
    @functools.lru_cache(maxsize=256)
    def document(path: str, iris: tuple[str, ...], kind: str) -> bytes:
        triples = resources.triples(iris)
        if kind == "text/html":
            return _Page(resources, triples).render(path, list(iris), triples).encode()
        return _serialize(triples, kind)

    def forced_media(request: Request) -> str | None:
        value = request.query_params.get("format")
        return _FORMAT_PARAM.get(value.lower()) if value else None

    def index(request: Request) -> Response:
        forced = forced_media(request)
        accept = request.headers.get("accept", "")
        if forced in _RDF_MEDIA or (forced is None and _accept(
                accept, [*_HTML_MEDIA, *_RDF_MEDIA], "text/html") in _RDF_MEDIA):
            return rdf_response(request, "/void", [dataset], forced)
        counts = {t.predicate.value.rsplit("#", 1)[-1]: t.object.value for t in description
                  if t.subject.value == dataset and t.predicate.value.startswith(PREFIXES["void"])
                  and isinstance(t.object, ox.Literal)}
        esc = html.escape
        rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(counts[k])}</td></tr>"
                       for k in ("triples", "entities", "classes", "properties") if k in counts)
        examples = "".join(f"<li>{page.link(t.object)}</li>" for t in description
                           if t.predicate.value == PREFIXES["void"] + "exampleResource")
        body = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}'
                f"</title></head><body><h1>{esc(title)}</h1><table>{rows}</table>"
                f"<h2>Examples</h2><ul>{examples}</ul>"
                '<p><a href="/void">Dataset description (VoID/DCAT)</a> · '
                '<a href="/sparql">SPARQL endpoint</a> · <a href="/ontology">Ontology</a></p>'
                "</body></html>")
        return HTMLResponse(body, headers={"Vary": "Accept"})

    def void(request: Request) -> Response:
        forced = forced_media(request) or (
            None if "html" in request.headers.get("accept", "") else "text/turtle")
        return rdf_response(request, "/void", [dataset], forced)

    def ontology(request: Request) -> Response:
        path = _iri_path(GK.rstrip("#"))
        iris = resources.lookup(path)
        if not iris:
            return PlainTextResponse("404 Not Found: the store holds no ontology", 404)
        return rdf_response(request, path, iris, forced_media(request))

    def resource(request: Request) -> Response:
        path = request.url.path
        forced = forced_media(request)
        iris = resources.lookup(path)
        if not iris:
            for suffix, media in _SUFFIXES.items():
                if path.endswith(suffix) and (iris := resources.lookup(path[: -len(suffix)])):
                    path, forced = path[: -len(suffix)], forced or media
                    break
        if not iris:
            return PlainTextResponse(f"404 Not Found: nothing is known about {path}", 404)
        return rdf_response(request, path, iris, forced)

    async def read_body(request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > settings.max_body:
            raise _TooLarge
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > settings.max_body:
                raise _TooLarge
            chunks.append(chunk)
        return b"".join(chunks)

    def run_query(sparql: str, accept: str | None, forced: str | None) -> tuple[bytes, str] | str:
        # Runs in a worker thread; holds a slot until Oxigraph is done, even after a timeout.
        try:
            try:
                result = data.query(sparql, use_default_graph_as_union=True)
            except SyntaxError as exc:
                return f"400 Bad Request: malformed query: {exc}"
            if isinstance(result, ox.QueryTriples):
                media = forced if forced in _RDF_MEDIA else _accept(
                    accept, list(_RDF_MEDIA), "text/turtle")
                if media is None:
                    return "406 Not Acceptable: CONSTRUCT/DESCRIBE results are RDF"
                triples = sorted(set(result), key=publish._triple_key)
                fmt = publish.dump_format(_RDF_MEDIA[media])
                return _serialize(triples, fmt.name), fmt.media_type
            media = forced if forced in _RESULT_MEDIA else _accept(
                accept, list(_RESULT_MEDIA), "application/sparql-results+json")
            if media is None:
                return "406 Not Acceptable: use JSON, XML, CSV or TSV query results"
            fmt = _RESULT_MEDIA[media]
            return result.serialize(format=fmt), fmt.media_type
        except OSError as exc:
            return f"500 Internal Server Error: the query failed: {exc}"
        finally:
            slots.release()

    async def sparql(request: Request) -> Response:
        params = request.query_params
        query = params.get("query")
        refused = PlainTextResponse(
            "403 Forbidden: this endpoint is read-only; SPARQL Update is not accepted", 403)
        if "update" in params:
            return refused
        if request.method == "POST":
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            try:
                body = await read_body(request)
            except _TooLarge:
                return PlainTextResponse(
                    f"413 Content Too Large: requests are limited to {settings.max_body} bytes",
                    413)
            if ctype == "application/sparql-update":
                return refused
            if ctype == "application/x-www-form-urlencoded":
                form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
                if "update" in form:
                    return refused
                query = form.get("query", [query])[0]
            elif ctype == "application/sparql-query":
                query = body.decode("utf-8", "replace")
            else:
                return PlainTextResponse(
                    "415 Unsupported Media Type: POST application/x-www-form-urlencoded or "
                    "application/sparql-query", 415)
        if not query:
            return PlainTextResponse("400 Bad Request: give a SPARQL query as `query=`", 400)
        loop = asyncio.get_running_loop()
        # Wait a little for a free slot (a queue), then give up: slots stay taken by
        # timed-out queries until Oxigraph finishes them, so this bounds the work.
        deadline = loop.time() + settings.queue_timeout
        while not slots.acquire(blocking=False):
            if loop.time() >= deadline:
                return PlainTextResponse("503 Service Unavailable: too many queries at once",
                                         503, headers={"Retry-After": "2"})
            await asyncio.sleep(0.005)
        try:
            future = loop.run_in_executor(executor, run_query, query,
                                          request.headers.get("accept"), forced_media(request))
        except RuntimeError:
            slots.release()
            raise
        try:
            outcome = await asyncio.wait_for(asyncio.shield(future), settings.query_timeout)
        except TimeoutError:
            return PlainTextResponse(
                f"503 Service Unavailable: the query ran longer than {settings.query_timeout:g} s",
                503, headers={"Retry-After": "10"})
        cors = {"Access-Control-Allow-Origin": "*", "Vary": "Accept"}
        if isinstance(outcome, str):
            return PlainTextResponse(outcome, int(outcome[:3]), headers=cors)
        body_bytes, media_type = outcome
        return Response(body_bytes, media_type=media_type, headers=cors)

    dumps_dir = tempfile.TemporaryDirectory(prefix="graphkit-dumps-")
    dump_lock = asyncio.Lock()
    dump_names = {f"graphkit.{fmt.extension}{gz}": (fmt, bool(gz))
                  for fmt in publish.FORMATS.values() for gz in ("", ".gz")}

    async def dump(request: Request) -> Response:
        # The dumps the description advertises, made on first request and kept.
        name = request.path_params["name"]
        if name not in dump_names:
            return PlainTextResponse(f"404 Not Found: no dump called {name}", 404)
        fmt, compress = dump_names[name]
        target = Path(dumps_dir.name) / name
        async with dump_lock:
            if not target.exists():
                await asyncio.get_running_loop().run_in_executor(None, lambda: publish.export(
                    data, target, format=fmt.name, gzip=compress, base=base,
                    endpoint_url=endpoint_url, dump_urls=dump_urls))
        media_type = "application/gzip" if compress else fmt.media_type
        return FileResponse(target, media_type=media_type, filename=name)

    base_path = _iri_path(base)
    routes = [
        Route("/", index),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/void", void),
        Route("/ontology", ontology),
    ]
    if base_path not in ("", "/"):
        routes.append(Route(base_path.rstrip("/") + "/sparql", sparql, methods=["GET", "POST"]))
    routes.append(Route(base_path.rstrip("/") + "/dump/{name}", dump))
    routes.append(Route("/{path:path}", resource))
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        executor.shutdown(wait=False, cancel_futures=True)
        dumps_dir.cleanup()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.resources = resources
    app.state.description = description
    return app


class _TooLarge(Exception):
    """The request body is over the limit."""
