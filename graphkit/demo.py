"""The quickstart: build the bundled examples, query them, draw their partner network."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from graphkit.build import build
from graphkit.paths import EXAMPLES_DIR


def run_demo(out_dir: Path, *, examples: Path = EXAMPLES_DIR) -> Iterator[str]:
    """Run the quickstart into out_dir, yielding one line of news per step."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    store = out_dir / "store"
    graph = out_dir / "graph.ttl"
    report = build([examples], store=store, output=graph)
    yield (
        f"built {report.pages} example pages into {store}: {report.triples} triples "
        f"({report.seconds:.1f} s); Turtle in {graph}"
    )
    if report.rejected:
        yield f"rejected {len(report.rejected)} pages: {report.rejected[0]['error']}"
