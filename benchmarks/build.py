"""Benchmark the build on the real corpus: full build, unchanged rebuild, ratio, peak memory.

    python benchmarks/build.py [--runs 3] [FOLDER]

Each run builds FOLDER (default ../shared/corpus/pages beside the checkout) into a fresh
store with `graphkit build` in a subprocess (so the peak resident memory of the whole
process tree is measured), then rebuilds it unchanged. Prints medians and the ratio.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "pages"


def _build(folder: Path, store: Path, report: Path, jobs: int | None) -> tuple[float, float]:
    """One `graphkit build`: (seconds from its report, peak MiB of the process tree)."""
    env = None
    if jobs:
        import os

        env = {**os.environ, "GRAPHKIT_JOBS": str(jobs)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(
        [
            sys.executable,
            "-m",
            "graphkit",
            "build",
            str(folder),
            "--store",
            str(store),
            "--report",
            str(report),
        ],
        check=True,
        capture_output=True,
        env=env,
    )
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return json.loads(report.read_text())["seconds"], peak


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: cores)")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"skipped: {args.folder} not found (the shared corpus is not beside this checkout)")
        return 0
    full: list[float] = []
    again: list[float] = []
    peak = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(args.runs):
            store = Path(tmp) / f"store{n}"
            seconds, mib = _build(args.folder, store, Path(tmp) / "r1.json", args.jobs)
            full.append(seconds)
            peak = max(peak, mib)
            seconds, mib = _build(args.folder, store, Path(tmp) / "r2.json", args.jobs)
            again.append(seconds)
            shutil.rmtree(store)
    f, a = statistics.median(full), statistics.median(again)
    print(f"{'measure':<34}{'median':>10}  runs")
    print(f"{'full build (s)':<34}{f:>10.2f}  {', '.join(f'{x:.2f}' for x in full)}")
    print(f"{'unchanged rebuild (s)':<34}{a:>10.2f}  {', '.join(f'{x:.2f}' for x in again)}")
    print(f"{'rebuild / full':<34}{a / f:>10.1%}")
    print(f"{'peak memory, largest process (MiB)':<34}{peak:>10.0f}")
    print("targets: full build < 10 s (aim 3 s), rebuild < 10% of full, peak < 500 MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
