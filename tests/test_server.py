"""The live server over real HTTP: SPARQL protocol, content negotiation, 404s, limits, load."""

from __future__ import annotations

import csv
import gzip
import io
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pyoxigraph as ox
import pytest
import rdflib
import uvicorn
from test_publish import BASE, fixture_store

from graphkit import publish
from graphkit.server import create_app

REPORT = BASE + "report/fish-use"
SELECT_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(app) -> Iterator[str]:
    """Run an app with uvicorn on a free loopback port in a thread; yields its URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    yield from serve(create_app(fixture_store(), base=BASE, query_timeout=5.0))


@pytest.fixture(scope="module")
def client(url) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=url, timeout=10) as c:
        yield c


def path_of(iri: str) -> str:
    return urlsplit(iri).path


# -- SPARQL protocol -------------------------------------------------------------------


def test_get_returns_json_results_by_default(client):
    response = client.get("/sparql", params={"query": SELECT_COUNT})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    body = response.json()
    assert body["head"]["vars"] == ["n"]
    assert int(body["results"]["bindings"][0]["n"]["value"]) > 20


@pytest.mark.parametrize(
    "accept, fmt",
    [
        ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("text/csv", ox.QueryResultsFormat.CSV),
        ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
    ],
)
def test_select_results_in_each_format_parse_back(client, accept, fmt):
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    query = f"SELECT ?label WHERE {{ <{REPORT}> {label} ?label }}"
    response = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept)
    if fmt == ox.QueryResultsFormat.CSV:  # lossy: pyoxigraph does not read it back
        labels = [row["label"] for row in csv.DictReader(io.StringIO(response.text))]
    else:
        labels = [
            row["label"].value for row in ox.parse_query_results(response.content, format=fmt)
        ]
    assert labels == ["100% Fish Use <script>alert('x')</script> & more"]


def test_csv_is_plain_csv(client):
    response = client.get(
        "/sparql",
        params={"query": "SELECT ?s WHERE { ?s a ?t } ORDER BY ?s"},
        headers={"Accept": "text/csv"},
    )
    table = list(csv.reader(io.StringIO(response.text)))
    assert table[0] == ["s"]
    assert [REPORT] in table


def test_ask_as_json_and_xml(client):
    ask = f"ASK {{ <{REPORT}> ?p ?o }}"
    assert client.get("/sparql", params={"query": ask}).json()["boolean"] is True
    xml = client.get(
        "/sparql", params={"query": ask}, headers={"Accept": "application/sparql-results+xml"}
    )
    assert bool(ox.parse_query_results(xml.content, format=ox.QueryResultsFormat.XML))


@pytest.mark.parametrize("method", ["form", "direct"])
def test_post_queries(client, method):
    if method == "form":
        response = client.post("/sparql", data={"query": SELECT_COUNT})
    else:
        response = client.post(
            "/sparql",
            content=SELECT_COUNT.encode(),
            headers={"Content-Type": "application/sparql-query"},
        )
    assert response.status_code == 200
    assert "n" in response.json()["head"]["vars"]


@pytest.mark.parametrize(
    "accept, rdflib_format",
    [
        ("text/turtle", "turtle"),
        ("application/ld+json", "json-ld"),
        ("application/n-triples", "nt"),
    ],
)
def test_construct_and_describe_as_rdf(client, accept, rdflib_format):
    construct = f"CONSTRUCT {{ <{REPORT}> ?p ?o }} WHERE {{ <{REPORT}> ?p ?o }}"
    for query in (construct, f"DESCRIBE <{REPORT}>"):
        response = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(accept)
        graph = rdflib.Graph().parse(data=response.content, format=rdflib_format)
        assert (rdflib.URIRef(REPORT), rdflib.RDFS.label, None) in graph


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"data": {"update": "DROP ALL"}},
        {"content": b"DROP ALL", "headers": {"Content-Type": "application/sparql-update"}},
        {"params": {"update": "DROP ALL"}},
    ],
)
def test_updates_are_refused_and_change_nothing(client, request_kwargs):
    before = client.get("/sparql", params={"query": SELECT_COUNT}).json()
    response = client.post("/sparql", **request_kwargs)
    assert response.status_code == 403
    assert "read-only" in response.text
    assert client.get("/sparql", params={"query": SELECT_COUNT}).json() == before


def test_an_update_sent_as_a_query_is_a_bad_request(client):
    response = client.post("/sparql", data={"query": "DROP ALL"})
    assert response.status_code == 400


def test_malformed_and_missing_queries_are_bad_requests(client):
    assert client.get("/sparql", params={"query": "SELECT WHERE {"}).status_code == 400
    assert client.get("/sparql").status_code == 400


def test_large_bodies_are_refused(url):
    app_url = url
    with httpx.Client(base_url=app_url, timeout=10) as c:
        big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 1_100_000
        response = c.post(
            "/sparql", content=big.encode(), headers={"Content-Type": "application/sparql-query"}
        )
    assert response.status_code == 413


def test_unacceptable_result_type_is_406(client):
    response = client.get(
        "/sparql", params={"query": SELECT_COUNT}, headers={"Accept": "image/png"}
    )
    assert response.status_code == 406


# -- dereferencing ---------------------------------------------------------------------


def dump_subjects() -> list[str]:
    buffer = io.BytesIO()
    publish.write_triples(publish.describe(fixture_store()), buffer, publish.FORMATS["turtle"])
    triples = list(publish.data_triples(fixture_store()))
    subjects = {t.subject.value for t in triples if isinstance(t.subject, ox.NamedNode)}
    graph = rdflib.Graph().parse(data=buffer.getvalue(), format="turtle")
    subjects |= {str(s) for s in graph.subjects() if isinstance(s, rdflib.URIRef)}
    return sorted(subjects)


@pytest.mark.parametrize("iri", dump_subjects())
def test_every_subject_of_the_dump_dereferences(client, iri):
    turtle = client.get(path_of(iri), headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200
    assert turtle.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=turtle.content, format="turtle")
    assert (rdflib.URIRef(iri), None, None) in graph
    page = client.get(path_of(iri), headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(
    "how",
    [
        {"headers": {"Accept": "application/ld+json"}},
        {"params": {"format": "jsonld"}},
        {"suffix": ".jsonld"},
    ],
)
def test_content_negotiation_to_jsonld(client, how):
    path = path_of(REPORT) + how.get("suffix", "")
    response = client.get(path, headers=how.get("headers"), params=how.get("params"))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/ld+json")
    graph = rdflib.Graph().parse(data=response.content, format="json-ld")
    assert (rdflib.URIRef(REPORT), rdflib.RDF.type, rdflib.URIRef(publish.GK + "Report")) in graph


def test_ntriples_and_quality_values(client):
    response = client.get(
        path_of(REPORT),
        headers={"Accept": "text/html;q=0.5, application/n-triples;q=0.9, text/turtle;q=0.1"},
    )
    assert response.headers["content-type"].startswith("application/n-triples")
    assert response.headers["vary"] == "Accept"
    assert f"<{REPORT}>" in response.text


def test_html_is_escaped_and_links_neighbours_locally(client):
    page = client.get(path_of(REPORT), headers={"Accept": "text/html"}).text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more" in page
    assert f'href="{path_of(BASE)}country/JPN"' in page  # a neighbour, local
    assert ">Japan<" in page  # shown by its label
    assert "?format=ttl" in page  # a link to its Turtle


def test_the_ontology_answers_at_its_iri_and_at_slash_ontology(client):
    for path in ("/graphkit/ontology", "/ontology"):
        response = client.get(path, headers={"Accept": "text/turtle"})
        assert response.status_code == 200
        graph = rdflib.Graph().parse(data=response.content, format="turtle")
        assert (rdflib.URIRef(publish.GK + "Report"), rdflib.RDF.type, rdflib.OWL.Class) in graph
        assert (rdflib.URIRef(publish.GK + "method-survey"), None, None) in graph


def test_void_and_index(client):
    void = client.get("/void")
    assert void.status_code == 200 and void.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=void.content, format="turtle")
    dataset = rdflib.URIRef(BASE + "dataset")
    assert (dataset, rdflib.RDF.type, rdflib.URIRef("http://rdfs.org/ns/void#Dataset")) in graph
    index = client.get("/", headers={"Accept": "text/html"})
    assert index.status_code == 200
    assert 'href="/sparql"' in index.text and 'href="/void"' in index.text


def test_the_advertised_dumps_download(client):
    void = rdflib.Graph().parse(data=client.get("/void").content, format="turtle")
    dataset = rdflib.URIRef(BASE + "dataset")
    size = int(void.value(dataset, rdflib.URIRef("http://rdfs.org/ns/void#triples")))
    url = next(
        str(u)
        for u in void.objects(dataset, rdflib.URIRef("http://rdfs.org/ns/void#dataDump"))
        if str(u).endswith(".nt.gz")
    )
    response = client.get(path_of(url))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/gzip"
    graph = rdflib.Graph().parse(data=gzip.decompress(response.content), format="nt")
    assert len(graph) == size
    assert client.get(path_of(BASE) + "dump/other.txt").status_code == 404


@pytest.mark.parametrize(
    "path",
    ["/no/such/thing/here", "/graphkit/id/report/nope", "/graphkit/id/report/fish-use.ttl.ttl"],
)
def test_unknown_paths_are_404(client, path):
    assert client.get(path, headers={"Accept": "text/turtle"}).status_code == 404


# -- limits ----------------------------------------------------------------------------

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER(STR(?c) < STR(?f)) }"


@pytest.fixture(scope="module")
def slow_url() -> Iterator[str]:
    store = ox.Store()
    p = ox.NamedNode("http://example.org/p")
    store.extend(
        ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), p, ox.Literal(str(i)))
        for i in range(2500)
    )
    app = create_app(store, base=BASE, query_timeout=0.2, max_concurrent=1, queue_timeout=0.05)
    yield from serve(app)


@pytest.mark.slow
def test_a_heavy_query_times_out_and_saturation_is_refused(slow_url):
    with httpx.Client(base_url=slow_url, timeout=10) as c:
        started = time.monotonic()
        response = c.get("/sparql", params={"query": HEAVY})
        assert response.status_code == 503
        assert "longer than" in response.text
        assert time.monotonic() - started < 2
        # The heavy query still holds the only slot: the next one is turned away.
        busy = c.get("/sparql", params={"query": "ASK {}"})
        assert busy.status_code == 503
        assert busy.headers["retry-after"]
        deadline = time.monotonic() + 30
        while c.get("/sparql", params={"query": "ASK {}"}).status_code != 200:
            assert time.monotonic() < deadline, "the slot was never released"
            time.sleep(0.2)


@pytest.mark.slow
def test_twenty_concurrent_clients_for_five_seconds(url):
    queries = [
        SELECT_COUNT,
        f"DESCRIBE <{REPORT}>",
        "SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }",
    ]
    paths = [path_of(REPORT), path_of(BASE + "country/JPN"), "/graphkit/ontology", "/void"]
    stop = time.monotonic() + 5
    statuses: list[int] = []
    lock = threading.Lock()

    def worker(n: int) -> int:
        done = 0
        with httpx.Client(base_url=url, timeout=10) as c:
            while time.monotonic() < stop:
                if n % 2:
                    r = c.get(
                        "/sparql",
                        params={"query": queries[done % len(queries)]},
                        headers={"Accept": "text/csv, */*;q=0.1" if done % 3 else "*/*"},
                    )
                else:
                    r = c.get(
                        paths[done % len(paths)],
                        headers={"Accept": "text/html" if done % 2 else "text/turtle"},
                    )
                with lock:
                    statuses.append(r.status_code)
                done += 1
        return done

    with ThreadPoolExecutor(max_workers=20) as pool:
        counts = list(pool.map(worker, range(20)))
    assert all(count > 0 for count in counts)
    assert set(statuses) == {200}, {s: statuses.count(s) for s in set(statuses)}
    assert len(statuses) > 100


def library_queries() -> list[str]:
    from graphkit.queries import load_library

    return sorted(load_library())


@pytest.mark.parametrize("name", library_queries())
def test_every_library_query_answers_over_http_as_it_does_locally(url, name):
    from graphkit.endpoint import Endpoint
    from graphkit.queries import run

    local = run(name, store=fixture_store())
    remote = run(name, endpoint=Endpoint(f"{url}/sparql", timeout=10))
    assert remote.kind == local.kind
    assert remote.columns == local.columns
    assert sorted(map(repr, remote.rows)) == sorted(map(repr, local.rows))
    assert remote.boolean == local.boolean


# -- the bundled examples, built for real --------------------------------------------


@pytest.fixture(scope="module")
def examples_served(examples_dir, tmp_path_factory) -> Iterator[tuple[str, object, Path]]:
    from graphkit.build import build
    from graphkit.store import open_store

    folder = tmp_path_factory.mktemp("examples")
    build([examples_dir], store=folder / "store")
    store = open_store(folder / "store", read_only=True)
    dump = folder / "dump.ttl"
    publish.export(store, dump, format="turtle")
    for served in serve(create_app(store, base=BASE)):
        yield served, store, dump


def test_examples_every_dump_subject_dereferences(examples_served):
    url, _, dump = examples_served
    graph = rdflib.Graph().parse(dump, format="turtle")
    subjects = sorted({s for s in graph.subjects() if isinstance(s, rdflib.URIRef)})
    assert len(subjects) > 50
    documents: dict[str, rdflib.Graph] = {}
    failures = []
    with httpx.Client(base_url=url, timeout=20) as c:
        for subject in subjects:
            path = path_of(str(subject))
            if path not in documents:
                turtle = c.get(path, headers={"Accept": "text/turtle"})
                page = c.get(path, headers={"Accept": "text/html"})
                documents[path] = rdflib.Graph()
                if turtle.status_code == 200 and page.status_code == 200:
                    documents[path].parse(data=turtle.content, format="turtle")
            if (subject, None, None) not in documents[path]:
                failures.append(str(subject))
    assert failures == []


def test_examples_library_queries_match_over_http(examples_served):
    from graphkit.endpoint import Endpoint
    from graphkit.queries import run

    url, store, _ = examples_served
    answered = 0
    for name in library_queries():
        local = run(name, store=store)
        remote = run(name, endpoint=Endpoint(f"{url}/sparql", timeout=20))
        assert (remote.kind, remote.columns) == (local.kind, local.columns), name
        assert sorted(map(repr, remote.rows)) == sorted(map(repr, local.rows)), name
        answered += len(local) > 0
    assert answered >= 5  # the examples give most queries something to say
