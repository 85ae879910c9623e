"""The build job: read pages, map them, keep the store in step, write outputs atomically.

A rebuild re-maps only the pages whose bytes changed (their SHA-256 is kept in the
store's build graph), drops the graphs of pages that disappeared, and then refreshes the
corpus-level partner graph. Outputs are written to a temporary file and renamed.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from graphkit.errors import GraphkitError, PageError
from graphkit.mapping import DEFAULT_BASE, MappingOptions, build_activity, map_page, source_iri
from graphkit.reader import iter_page_files, read_page
from graphkit.corpus import partner_graph_triples, reference_triples
from graphkit.store import Store

_TYPE_TAG = re.compile(rb"^\[\[type:([^\]\r\n]*)\]\]", re.M)
Progress = Callable[[int], None]


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


def build(
    sources: Sequence[Path | str],
    *,
    store: Path | str | None = None,
    output: Path | str | None = None,
    base: str = DEFAULT_BASE,
    include_contacts: bool = False,
    progress: Progress | None = None,
) -> BuildReport:
    """Read SOURCE pages into the store (in memory when None) and optionally write Turtle."""
    started = time.perf_counter()
    options = MappingOptions.from_env(base=base, include_contacts=include_contacts)
    names = graph_names(base)
    report = BuildReport(store=str(store) if store is not None else None)
    files = iter_page_files([Path(s) for s in sources])
    kg = Store(store)
    try:
        known = kg.graph_hashes(names["build"])
        stamp = build_time()
        activity, activity_triples = build_activity(base, stamp, pages=0)
        fresh = not known
        changed: list[tuple[str, Iterable[Any], str]] = []
        present: set[str] = set()
        types: Counter[str] = Counter()
        for path in files:
            if progress:
                progress(1)
            try:
                data = path.read_bytes()
            except OSError as exc:
                report.rejected.append({"file": str(path), "error": f"{path}: cannot read: {exc.strerror}"})
                continue
            sha = hashlib.sha256(data).hexdigest()
            graph = source_iri(path.name, base)
            if known.get(graph) == sha:
                present.add(graph)
                report.unchanged += 1
                match = _TYPE_TAG.search(data)
                types[match.group(1).decode("utf-8", "replace") if match else ""] += 1
                continue
            try:
                page = read_page(path, data=data)
            except PageError as exc:
                report.rejected.append({"file": str(path), "error": str(exc)})
                continue
            present.add(graph)
            types[page.doc_type] += 1
            mapped = map_page(page, options, activity=activity)
            changed.append((mapped.graph, mapped.triples, mapped.sha256))
        report.pages = sum(types.values())
        report.by_type = dict(types)
        gone = [g for g in known if g not in present]
        for graph in gone:
            kg.drop_graph(graph, build_graph=names["build"])
        report.removed = len(gone)
        report.mapped = len(changed)
        if fresh:
            kg.bulk_add_graphs(changed, build_graph=names["build"])
        else:
            for graph, triples, sha in changed:
                kg.replace_graph(graph, triples, build_graph=names["build"], sha256=sha)
        if changed or gone or fresh:
            kg.set_graph(names["reference"], reference_triples(base))
            kg.set_graph(names["partners"], partner_graph_triples(kg))
            _, activity_triples = build_activity(base, stamp, pages=len(changed))
            kg.add_to_graph(names["build"], activity_triples)
        kg.flush()
        report.triples = kg.count_triples()
        if output is not None:
            from graphkit.publish import export

            export(kg, Path(output), format="turtle", include_description=False)
            report.output = str(output)
    finally:
        kg.close()
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
