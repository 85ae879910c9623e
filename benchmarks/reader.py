"""Benchmark the reader on the real corpus: pages, median seconds, pages/s, peak MiB.

    python benchmarks/reader.py [--runs 5] [FOLDER]

Reads every page of FOLDER (default ../shared/corpus/pages beside the checkout) single-threaded,
N times, and prints one table. The peak is measured on one extra run under tracemalloc (Python
allocations only), so it does not slow the timed runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

from graphkit.errors import PageError
from graphkit.reader import iter_page_files, read_pages

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "pages"


def _read_all(files: list[Path]) -> tuple[int, int]:
    errors: list[PageError] = []
    count = sum(1 for _ in read_pages(files, on_error=errors.append))
    return count, len(errors)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"skipped: {args.folder} not found (the shared corpus is not beside this checkout)")
        return 0
    files = iter_page_files([args.folder])
    size = sum(f.stat().st_size for f in files) / 2**20
    wall: list[float] = []
    cpu: list[float] = []
    pages = rejected = 0
    for _ in range(args.runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        pages, rejected = _read_all(files)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    tracemalloc.start()
    _read_all(files)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    median = statistics.median(wall)
    rows = [
        ("files", f"{len(files)} ({size:.1f} MiB)"),
        ("pages read", str(pages)),
        ("rejected", str(rejected)),
        (f"median wall s ({args.runs} runs)", f"{median:.3f}"),
        ("median cpu s", f"{statistics.median(cpu):.3f}"),
        ("pages/s", f"{pages / median:,.0f}"),
        ("peak MiB (tracemalloc)", f"{peak / 2**20:.1f}"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"reader benchmark: {args.folder}")
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
