"""The build job: read pages, map them, keep the store in step, write outputs atomically.

A rebuild re-maps only the pages whose bytes changed (their SHA-256 is kept in the
store's build graph), drops the graphs of pages that disappeared, and then refreshes the
corpus-level partner graph. Outputs are written to a temporary file and renamed.
"""

from __future__ import annotations

import gc
import hashlib
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from graphkit.corpus import lab_graph_triples, partner_graph_triples, reference_triples
from graphkit.errors import GraphkitError, PageError
from graphkit.mapping import (
    DEFAULT_BASE,
    MappingOptions,
    PageGraph,
    build_activity,
    map_page,
    source_iri,
)
from graphkit.reader import iter_page_files, read_page
from graphkit.store import Store

_TYPE_TAG = re.compile(rb"^\[\[type:([^\]\r\n]*)\]\]", re.M)
Progress = Callable[[int], None]
PARALLEL_FROM = 400  # pages: below this, worker start-up costs more than it saves


@dataclass(slots=True)
class BuildReport:
    """What a build read, mapped, kept and rejected."""

    pages: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    rejected: list[dict[str, str]] = field(default_factory=list)
    mapped: int = 0
    unchanged: int = 0
    removed: int = 0
    triples: int = 0
    seconds: float = 0.0
    store: str | None = None
    output: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-able data."""
        return {
            "pages": self.pages,
            "by_type": dict(sorted(self.by_type.items())),
            "rejected": self.rejected,
            "mapped": self.mapped,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "triples": self.triples,
            "seconds": round(self.seconds, 3),
            "store": self.store,
            "output": self.output,
        }


def graph_names(base: str) -> dict[str, str]:
    """The IRIs of the store's derived graphs."""
    return {
        "reference": f"{base}graph/reference",
        "partners": f"{base}graph/partners",
        "build": f"{base}graph/build",
    }


def build_time() -> str:
    """The build's timestamp: SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _map_files(
    paths: Sequence[str], options: MappingOptions, activity: str
) -> list[PageGraph | dict[str, str]]:
    """Read and map pages; a bad page becomes a {"file", "error"} record."""
    out: list[PageGraph | dict[str, str]] = []
    for name in paths:
        try:
            page = read_page(name)
        except PageError as exc:
            out.append({"file": name, "error": str(exc)})
            continue
        out.append(map_page(page, options, activity=activity))
    return out


def _map_all(
    paths: list[str], options: MappingOptions, activity: str, jobs: int
) -> Iterator[PageGraph | dict[str, str]]:
    """Map pages, on `jobs` worker processes when there are enough of them; order is kept."""
    if jobs <= 1 or len(paths) < PARALLEL_FROM:
        yield from _map_files(paths, options, activity)
        return
    import multiprocessing

    size = max(50, len(paths) // (jobs * 8))
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    from graphkit.places import place_names

    place_names()  # loaded once before the fork: the workers share it
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=gc.disable) as pool:
        for chunk in pool.imap(partial(_map_files, options=options, activity=activity), chunks):
            yield from chunk


def default_jobs() -> int:
    """Worker processes for mapping: GRAPHKIT_JOBS, else the machine's cores (at most 4)."""
    env = os.environ.get("GRAPHKIT_JOBS")
    if env:
        return max(1, int(env))
    return max(1, min(4, os.cpu_count() or 1))


def build(
    sources: Sequence[Path | str],
    *,
    store: Path | str | None = None,
    output: Path | str | None = None,
    base: str = DEFAULT_BASE,
    include_contacts: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Read SOURCE pages into the store (in memory when None) and optionally write Turtle."""
    started = time.perf_counter()
    options = MappingOptions.from_env(base=base, include_contacts=include_contacts)
    names = graph_names(base)
    report = BuildReport(store=str(store) if store is not None else None)
    files = iter_page_files([Path(s) for s in sources])
    kg = Store(store)
    gc_was_enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of small term objects: collection only slows us down
    try:
        known = kg.graph_hashes(names["build"])
        stamp = build_time()
        activity, _ = build_activity(base, stamp, pages=0)
        types: Counter[str] = Counter()
        present: set[str] = set()
        todo: list[str] = []
        # 1. Which pages changed? Hash every file; unchanged pages are only counted.
        for path in files:
            try:
                data = path.read_bytes()
            except OSError as exc:
                report.rejected.append(
                    {"file": str(path), "error": f"{path}: unreadable: {exc.strerror}"}
                )
                continue
            graph = source_iri(path.name, base)
            if known.get(graph) == hashlib.sha256(data).hexdigest():
                present.add(graph)
                report.unchanged += 1
                match = _TYPE_TAG.search(data)
                types[match.group(1).decode("utf-8", "replace") if match else ""] += 1
                if progress:
                    progress(1)
            else:
                todo.append(str(path))
        # 2. Read and map the changed pages, loading them into the store as they come
        #    (a fresh store loads in bulk while the workers are still mapping).
        mapped = 0

        def page_graphs() -> Iterator[tuple[str, tuple[Any, ...], str]]:
            nonlocal mapped
            for item in _map_all(todo, options, activity, jobs or default_jobs()):
                if progress:
                    progress(1)
                if isinstance(item, dict):
                    report.rejected.append(item)
                    continue
                present.add(item.graph)
                types[item.doc_type] += 1
                mapped += 1
                yield item.graph, item.triples, item.sha256

        if not known:
            # No page hashes but quads: leftovers of an interrupted first build.
            kg.clear()
            kg.bulk_add_graphs(page_graphs(), build_graph=names["build"])
        else:
            for graph, triples, sha in page_graphs():
                kg.replace_graph(graph, triples, build_graph=names["build"], sha256=sha)
        report.pages = sum(types.values())
        report.by_type = dict(types)
        report.mapped = mapped
        # 3. Drop the graphs of pages that vanished.
        gone = [g for g in known if g not in present]
        for graph in gone:
            kg.drop_graph(graph, build_graph=names["build"])
        report.removed = len(gone)
        # 4. Corpus-level graphs, recomputed only when something changed.
        if mapped or gone or not known:
            kg.set_graph(names["reference"], reference_triples(base))
            kg.add_to_graph(names["reference"], lab_graph_triples(kg, base))
            kg.set_graph(names["partners"], partner_graph_triples(kg))
            _, activity_triples = build_activity(base, stamp, pages=mapped)
            kg.add_to_graph(names["build"], activity_triples)
            kg.optimize()  # compacts what the build wrote: queries run faster afterwards
        kg.flush()
        report.triples = len(kg)
        if output is not None:
            from graphkit.publish import export

            export(kg, Path(output), format="turtle", include_description=False)
            report.output = str(output)
    finally:
        kg.close()
        if gc_was_enabled:
            gc.enable()
    report.seconds = time.perf_counter() - started
    return report


def write_json_atomically(path: Path, data: Any) -> None:
    """Write JSON to path via a temporary file and a rename."""
    import json

    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise GraphkitError(f"{path}: cannot write: {exc.strerror}") from None
