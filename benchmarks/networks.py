"""Time the full-corpus partner network: query + build, analytics, render (median of runs).

    python benchmarks/networks.py [--store DIR] [--runs 3] [--kind partners]

Without --store it builds the shared corpus once into /tmp/graphkit-bench/store (kept for the
next run). Targets (issue #6): render < 5 s, analytics < 10 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "pages"
BENCH_STORE = Path(tempfile.gettempdir()) / "graphkit-bench" / "store"
TARGETS = {"render": 5.0, "analytics": 10.0}


def timed(function: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Median wall time of runs calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kind", default="partners")
    args = parser.parse_args()

    store = args.store
    if store is None:
        if not CORPUS.is_dir():
            print(f"skipped: {CORPUS} not found (the shared corpus is not beside this clone)")
            return 0
        store = BENCH_STORE
        if not store.is_dir():
            from graphkit.build import build

            start = time.perf_counter()
            report = build([CORPUS], store=store)
            print(f"built {report.pages} pages into {store} in {time.perf_counter() - start:.0f} s")

    from graphkit.networks import analyse, load_network
    from graphkit.render import render_html

    out = Path(tempfile.mkdtemp(prefix="graphkit-bench-")) / f"{args.kind}.html"
    load_s, graph = timed(lambda: load_network(args.kind, store), args.runs)
    analyse_s, stats = timed(lambda: analyse(graph), args.runs)
    render_s, result = timed(lambda: render_html(graph, out, title="benchmark"), args.runs)

    print(
        f"{args.kind} network of {store}: {graph.number_of_nodes():,} nodes, "
        f"{graph.number_of_edges():,} edges, {len(stats.communities):,} communities; "
        f"page shows {result.nodes_shown:,} nodes ({out.stat().st_size / 1e6:.1f} MB, {out})"
    )
    print(f"{'step':<28}{'median s':>10}{'target s':>10}")
    rows = [
        ("query + build", load_s, None),
        ("analytics", analyse_s, TARGETS["analytics"]),
        ("render page", render_s, None),
        ("render (query+build+page)", load_s + render_s, TARGETS["render"]),
    ]
    failed = False
    for name, seconds, target in rows:
        mark = ""
        if target is not None and seconds > target:
            mark, failed = "  SLOW", True
        print(f"{name:<28}{seconds:>10.2f}{target if target is not None else '':>10}{mark}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
