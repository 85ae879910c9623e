"""Remote endpoints without a server: errors, auth settings, chunking of a push."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graphkit import endpoint as ep
from graphkit import queries as q
from graphkit.errors import EndpointError
from graphkit.store import Store

FIXTURE = Path(__file__).parent / "fixtures" / "model.ttl"
DEAD = "http://127.0.0.1:9/sparql"  # the discard port: nothing listens there


def test_unreachable_endpoint_is_one_line() -> None:
    with pytest.raises(EndpointError) as info:
        q.run("partners-by-sector", endpoint=ep.Endpoint(DEAD, timeout=3))
    assert "unreachable" in str(info.value) and "\n" not in str(info.value)


def test_not_an_endpoint_url() -> None:
    with pytest.raises(EndpointError, match="not an http"):
        ep.Endpoint("ftp://example.org/sparql")


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ep.USER_ENV, "alice")
    monkeypatch.setenv(ep.PASSWORD_ENV, "secret")
    endpoint = ep.Endpoint("http://127.0.0.1:9/sparql")
    assert endpoint.credentials == ("alice", "secret") and endpoint.auth == "digest"
    assert "secret" not in repr(endpoint)
    monkeypatch.setenv(ep.AUTH_ENV, "kerberos")
    with pytest.raises(EndpointError, match="digest"):
        ep.Endpoint("http://127.0.0.1:9/sparql")


def test_method_auto_posts_long_queries() -> None:
    endpoint = ep.Endpoint("http://127.0.0.1:9/sparql")
    assert endpoint._method_for("ASK {}") == "GET"
    assert endpoint._method_for("ASK {}" + " " * 5000) == "POST"


def test_query_form_ignores_header_comments() -> None:
    text = q.get_query("partners-by-sector").text
    assert ep.query_form("#+ description: add and drop\n" + text) == "SELECT"


def test_graph_store_urls() -> None:
    assert ep._graph_url("http://h/sparql-graph-crud-auth", "urn:g") == (
        "http://h/sparql-graph-crud-auth?graph-uri=urn%3Ag"
    )
    assert ep._graph_url("http://h/store", "urn:g") == "http://h/store?graph=urn%3Ag"


def test_chunks_keep_blank_nodes_together() -> None:
    p = ox.NamedNode("urn:p")
    named = [ox.Triple(ox.NamedNode(f"urn:s{i}"), p, ox.Literal(str(i))) for i in range(5)]
    b = ox.BlankNode()
    blank = [ox.Triple(b, p, ox.Literal("x")), ox.Triple(ox.NamedNode("urn:s"), p, b)]
    chunks = list(ep._chunks(named[:2] + blank[:1] + named[2:] + blank[1:], 2))
    assert sum(len(c) for c in chunks) == 7
    assert sum(all(t in c for t in blank) for c in chunks) == 1


def test_push_to_an_unreachable_server_retries_then_fails() -> None:
    store = Store(None)
    store.load_file(FIXTURE)
    with pytest.raises(EndpointError, match="after 1 retries"):
        ep.push(
            store,
            endpoint_url="http://127.0.0.1:9/sparql-graph-crud-auth",
            graph_iri="urn:graphkit:test",
            retries=1,
        )


def test_push_rejects_a_bad_graph_iri() -> None:
    with pytest.raises(EndpointError, match="not a graph IRI"):
        ep.push(Store(None), endpoint_url="http://127.0.0.1:9/x", graph_iri="not an iri")
