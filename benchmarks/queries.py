"""Time every library query on the embedded store and on in-memory rdflib (full corpus).

    python benchmarks/queries.py [--runs 5] [--pages ../shared/corpus/pages]
                                 [--store DIR] [--only partners --only network-methods]

Builds the pages into a temporary store with graphkit's build API (or opens an already built
store with --store; --only times just the named queries), then prints, per query,
the median time on the embedded Oxigraph store and on a plain rdflib Graph holding the same
triples, and their ratio. Targets: < 100 ms median each, >= 10x faster than rdflib.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "corpus" / "pages"


class _TimeUp(Exception):
    """An rdflib query ran past --rdflib-timeout."""


@contextlib.contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    """Raise _TimeUp in this (main) thread after `seconds` (rdflib is pure Python)."""

    def expire(signum: int, frame: object) -> None:
        raise _TimeUp

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _median_ms(fn, runs: int) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    times, n = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times), n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rdflib-runs", type=int, default=1)
    parser.add_argument("--no-rdflib", action="store_true", help="Skip the (slow) rdflib side.")
    parser.add_argument(
        "--rdflib-timeout",
        type=int,
        default=120,
        metavar="S",
        help="Stop an rdflib run after S seconds and report the limit as a lower bound.",
    )
    parser.add_argument(
        "--store", type=Path, help="Time an already built store instead of building the pages."
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="QUERY",
        help="Time only this library query (name without .rq); repeatable.",
    )
    args = parser.parse_args()
    if args.store is None and not args.pages.is_dir():
        print(f"skipped: {args.pages} not found (the shared corpus is not beside this clone)")
        return 0

    import rdflib

    from graphkit import queries as q
    from graphkit.build import build
    from graphkit.store import Store

    library = q.load_library()
    unknown = sorted(set(args.only) - set(library))
    if unknown:
        parser.error(f"unknown queries: {', '.join(unknown)}")
    selected = {n: query for n, query in library.items() if not args.only or n in args.only}
    with tempfile.TemporaryDirectory(prefix="graphkit-bench-") as tmp:
        if args.store is not None:
            store_dir = args.store
        else:
            store_dir = Path(tmp) / "store"
            report = build([args.pages], store=store_dir)
            print(
                f"built {report.pages} pages, {report.triples} triples in {report.seconds:.1f} s",
                file=sys.stderr,
            )
        store = Store(store_dir, read_only=True)
        # The embedded store first, in a process holding nothing else: a 240k-triple rdflib
        # graph in the same process slows Oxigraph's side too (memory and CPU caches).
        on_store: dict[str, tuple[float, int]] = {}
        for name, query in selected.items():
            on_store[name] = _median_ms(
                lambda query=query: len(q.run(query, store=store).rows), args.runs
            )
        graph = None
        if not args.no_rdflib:
            graph = rdflib.Graph()
            for t in store.triples():
                graph.add(tuple(_to_rdflib(x) for x in (t.subject, t.predicate, t.object)))
            # Keep the collector off the millions of objects of this graph: otherwise every
            # full collection while a query's rows are built rescans them.
            gc.collect()
            gc.freeze()
        header = f"{'query':36} {'rows':>6} {'oxigraph ms':>12} {'rdflib ms':>10} {'ratio':>7}"
        print(f"{header}  target")
        worst, missed = 0.0, []
        for name, query in selected.items():
            ox_ms, rows = on_store[name]
            worst = max(worst, ox_ms)
            if graph is not None:
                text = q.render(query, q.bind(query))
                try:
                    with _time_limit(args.rdflib_timeout):
                        rdf_ms, _ = _median_ms(
                            lambda text=text: len(list(graph.query(text))), args.rdflib_runs
                        )
                    rdf, ratio = f"{rdf_ms:10.1f}", f"{rdf_ms / ox_ms:6.1f}x"
                except _TimeUp:  # a lower bound: rdflib took longer than the limit
                    rdf_ms = 1000.0 * args.rdflib_timeout
                    rdf, ratio = f"{'>' + format(rdf_ms, '.0f'):>10}", f">{rdf_ms / ox_ms:.0f}x"
                ok = ox_ms < 100 and rdf_ms >= 10 * ox_ms
                print(
                    f"{name:36} {rows:6} {ox_ms:12.1f} {rdf} {ratio:>7}"
                    f"  {'ok' if ok else 'MISSED'}",
                    flush=True,
                )
            else:
                ok = ox_ms < 100
                print(f"{name:36} {rows:6} {ox_ms:12.1f}  {'ok' if ok else 'MISSED'}", flush=True)
            if not ok:
                missed.append(name)
        store.close()
        print(f"slowest median on the embedded store: {worst:.1f} ms")
        print(f"targets (< 100 ms, >= 10x rdflib) missed by: {', '.join(missed) or 'none'}")
    return 0


def _to_rdflib(term):  # type: ignore[no-untyped-def]
    import pyoxigraph as ox
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


if __name__ == "__main__":
    sys.exit(main())
