"""Remote SPARQL: queries through SPARQLWrapper, and loading a graph with the Graph Store Protocol.

Credentials come only from the environment (``GRAPHKIT_SPARQL_USER``,
``GRAPHKIT_SPARQL_PASSWORD``; ``GRAPHKIT_SPARQL_AUTH`` = ``digest`` (default) or ``basic``),
never from the command line, where they would land in shell histories and process lists.
Digest is the default because it only sends credentials when the server asks for them.
"""

from __future__ import annotations

import os
import re
import time
import urllib.error
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox

from graphkit.__about__ import __version__
from graphkit.errors import EndpointError, QueryError

if TYPE_CHECKING:
    from graphkit.store import Store

USER_AGENT = f"graphkit/{__version__}"
USER_ENV = "GRAPHKIT_SPARQL_USER"
PASSWORD_ENV = "GRAPHKIT_SPARQL_PASSWORD"
AUTH_ENV = "GRAPHKIT_SPARQL_AUTH"
# Above this many bytes of URL-encoded query, GET URLs get too long for some servers.
MAX_GET_BYTES = 2000


def _credentials() -> tuple[str, str] | None:
    user = os.environ.get(USER_ENV)
    if not user:
        return None
    return user, os.environ.get(PASSWORD_ENV, "")


def _auth_scheme() -> str:
    scheme = os.environ.get(AUTH_ENV, "digest").strip().lower()
    if scheme not in ("digest", "basic"):
        raise EndpointError(f"{AUTH_ENV}={scheme!r}: use 'digest' or 'basic'")
    return scheme


def _where(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"  # never echo query strings


class Endpoint:
    """A remote SPARQL 1.1 query endpoint."""

    def __init__(self, url: str, *, timeout: float = 30, method: str = "auto") -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise EndpointError(f"{url!r} is not an http(s) SPARQL endpoint URL")
        method = method.upper()
        if method not in ("AUTO", "GET", "POST"):
            raise EndpointError(f"method {method!r}: use auto, GET or POST")
        self.url = url
        self.timeout = timeout
        self.method = method
        self.credentials = _credentials()
        self.auth = _auth_scheme()

    def __repr__(self) -> str:
        return f"Endpoint({_where(self.url)!r})"

    def _method_for(self, sparql: str) -> str:
        if self.method != "AUTO":
            return self.method
        return "POST" if len(urlencode({"query": sparql})) > MAX_GET_BYTES else "GET"

    def request(self, sparql: str, *, accept: str = "application/sparql-results+json") -> bytes:
        """Send one query; the raw answer body in the requested media type."""
        from SPARQLWrapper import BASIC, DIGEST, GET, POST, SPARQLWrapper
        from SPARQLWrapper import SPARQLExceptions as sx

        client = SPARQLWrapper(self.url, agent=USER_AGENT)
        client.setOnlyConneg(True)  # no format=xml URL parameters fighting the Accept header
        client.setTimeout(int(max(1, self.timeout)))
        client.setMethod(POST if self._method_for(sparql) == "POST" else GET)
        if self.credentials:
            client.setHTTPAuth(DIGEST if self.auth == "digest" else BASIC)
            client.setCredentials(*self.credentials)
        client.setQuery(sparql)
        # SPARQLWrapper guesses the query form with a regex that header comments can fool
        # (a description saying "add ..." reads as an update): state it ourselves.
        client.queryType = query_form(sparql)
        client.addCustomHttpHeader("Accept", accept)
        where = _where(self.url)
        try:
            response = client.query().response
            return bytes(response.read())
        except sx.QueryBadFormed as exc:
            raise QueryError(
                f"{where}: the endpoint rejected the query: {_first_line(exc)}"
            ) from None
        except sx.Unauthorized:
            raise EndpointError(
                f"{where}: unauthorized (set {USER_ENV}/{PASSWORD_ENV}, {AUTH_ENV}=basic|digest)"
            ) from None
        except sx.SPARQLWrapperException as exc:
            raise EndpointError(f"{where}: {_first_line(exc)}") from None
        except urllib.error.HTTPError as exc:
            raise EndpointError(f"{where}: HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            raise EndpointError(f"{where}: unreachable ({exc.reason})") from None
        except TimeoutError:
            raise EndpointError(f"{where}: no answer within {self.timeout:g} s") from None
        except (OSError, ValueError) as exc:
            raise EndpointError(f"{where}: {_first_line(exc)}") from None


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE, ignoring comments and prologue."""
    body = re.sub(r"#[^\n]*", " ", re.sub(r"<[^<>\s]*>", "<>", sparql))
    match = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body, re.IGNORECASE)
    return match.group(1).upper() if match else "SELECT"


def _first_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] or type(exc).__name__


# -- Graph Store Protocol push --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PushReport:
    """What a push sent."""

    triples_sent: int
    chunks: int
    graph: str
    seconds: float


def _graph_url(endpoint_url: str, graph_iri: str) -> str:
    # Virtuoso's /sparql-graph-crud(-auth) names the graph `graph-uri`; the standard says `graph`.
    key = "graph-uri" if "sparql-graph-crud" in urlsplit(endpoint_url).path else "graph"
    sep = "&" if urlsplit(endpoint_url).query else "?"
    return f"{endpoint_url}{sep}{urlencode({key: graph_iri})}"


def _chunks(triples: Iterable[ox.Triple], size: int) -> Iterator[list[ox.Triple]]:
    # Blank node labels are scoped to one document: keep every triple that has one together
    # in the first chunk, so a node split across requests does not become two nodes.
    with_bnodes: list[ox.Triple] = []
    chunk: list[ox.Triple] = []
    for t in triples:
        if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
            with_bnodes.append(t)
            continue
        chunk.append(t)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk or with_bnodes:
        yield with_bnodes + chunk


def push(
    store: Store,
    *,
    endpoint_url: str,
    graph_iri: str,
    chunk_triples: int = 20000,
    retries: int = 3,
    timeout: float = 120,
    replace: bool = True,
) -> PushReport:
    """Load the store's triples into one graph of a Graph Store Protocol endpoint, in chunks."""
    import httpx

    try:
        ox.NamedNode(graph_iri)
    except ValueError:
        raise EndpointError(f"{graph_iri!r} is not a graph IRI") from None
    parts = urlsplit(endpoint_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(f"{endpoint_url!r} is not an http(s) Graph Store URL")
    url = _graph_url(endpoint_url, graph_iri)
    where = _where(endpoint_url)
    creds = _credentials()
    auth: Any = None
    if creds:
        auth = httpx.DigestAuth(*creds) if _auth_scheme() == "digest" else httpx.BasicAuth(*creds)
    started = time.perf_counter()
    sent = 0
    chunks = 0
    headers = {"User-Agent": USER_AGENT, "Content-Type": "text/turtle; charset=utf-8"}
    with httpx.Client(auth=auth, timeout=timeout, headers=headers) as client:
        for chunk in _chunks(store.triples(), max(1, chunk_triples)):
            body = ox.serialize(chunk, format=ox.RdfFormat.N_TRIPLES)  # N-Triples is Turtle
            method = "PUT" if (chunks == 0 and replace) else "POST"
            _send(client, method, url, body, retries=retries, where=where)
            sent += len(chunk)
            chunks += 1
    return PushReport(sent, chunks, graph_iri, time.perf_counter() - started)


def _send(client: Any, method: str, url: str, body: bytes, *, retries: int, where: str) -> None:
    import httpx

    attempt = 0
    while True:
        try:
            response = client.request(method, url, content=body)
        except httpx.TransportError as exc:
            problem = f"unreachable ({_first_line(exc)})"
        else:
            if response.status_code < 300:
                return
            detail = " ".join(response.text.split())[:200]
            problem = f"HTTP {response.status_code} {detail}".rstrip()
            if response.status_code in (401, 403):
                raise EndpointError(
                    f"{where}: {method} refused, HTTP {response.status_code} "
                    f"(set {USER_ENV}/{PASSWORD_ENV}, {AUTH_ENV}=basic|digest)"
                )
            if response.status_code < 500 and response.status_code not in (408, 429):
                raise EndpointError(f"{where}: {method} failed: {problem}")
        attempt += 1
        if attempt > retries:
            raise EndpointError(f"{where}: {method} failed after {retries} retries: {problem}")
        time.sleep(min(8.0, 0.5 * 2 ** (attempt - 1)))
