"""Time `graphkit.publish.export` on the full-corpus store in every format; peak memory too.

    python benchmarks/export.py [--store DIR] [--runs 3] [--formats turtle,ntriples]
                                [--module graphkit.publish]

`--module` times another implementation with the same `export` (for example an older
publish.py copied next to it) to compare before and after.

Without --store, builds the corpus (../shared/corpus/pages) into a temporary store first.
Each export runs in a fresh subprocess so its peak RSS (ru_maxrss) is its own.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "pages"

_CHILD = """
import json, resource, sys, time
from pathlib import Path
import importlib
from graphkit.store import open_store
publish = importlib.import_module(sys.argv[4])
store = open_store(Path(sys.argv[1]), read_only=True)
start = time.perf_counter()
n = publish.export(store, Path(sys.argv[2]), format=sys.argv[3])
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
print(json.dumps({"seconds": seconds, "triples": n, "peak_mib": peak / 1024,
                  "bytes": Path(sys.argv[2]).stat().st_size}))
"""


_SCAN = """
import json, resource, sys
from pathlib import Path
from graphkit.store import open_store
store = open_store(Path(sys.argv[1]), read_only=True)
n = sum(1 for _ in store.oxigraph.quads_for_pattern(None, None, None, None))
print(json.dumps({"quads": n,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def scan_floor(store: Path) -> dict[str, float]:
    """Peak memory of opening the store and reading every quad: the floor under any export."""
    done = subprocess.run([sys.executable, "-c", _SCAN, str(store)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_once(store: Path, out: Path, fmt: str, module: str) -> dict[str, float]:
    """One export in a fresh interpreter; its timing, size and peak memory."""
    done = subprocess.run([sys.executable, "-c", _CHILD, str(store), str(out), fmt, module],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="an existing store (default: build the corpus)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--formats", default="turtle,ntriples,nquads,jsonld,rdfxml")
    parser.add_argument("--module", default="graphkit.publish",
                        help="the module whose export() is timed (importable by name)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="graphkit-bench-") as tmp:
        store = args.store
        if store is None:
            if not CORPUS.is_dir():
                print(f"skipped: {CORPUS} not found (the shared corpus is absent)")
                return 0
            store = Path(tmp) / "store"
            print(f"building the corpus store from {CORPUS} ...", file=sys.stderr)
            subprocess.run([sys.executable, "-m", "graphkit", "build", str(CORPUS),
                            "--store", str(store)], check=True, stdout=subprocess.DEVNULL)
        print(f"{'format':<10} {'triples':>10} {'median s':>9} {'MB':>8} {'peak MiB':>9}")
        floor = scan_floor(store)
        print(f"{'(scan)':<10} {int(floor['quads']):>10} {'':>9} {'':>8} "
              f"{floor['peak_mib']:>9.0f}")
        for fmt in args.formats.split(","):
            results = [run_once(store, Path(tmp) / f"dump.{fmt}", fmt, args.module)
                       for _ in range(args.runs)]
            print(f"{fmt:<10} {int(results[0]['triples']):>10} "
                  f"{statistics.median(r['seconds'] for r in results):>9.2f} "
                  f"{results[0]['bytes'] / 1e6:>8.1f} {max(r['peak_mib'] for r in results):>9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
