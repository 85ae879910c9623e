"""Publishing the graph: deterministic dumps in five syntaxes and a VoID/DCAT description.

A dump is the set of distinct triples of the union of the store's graphs (N-Quads keeps
the graphs), sorted, plus the dataset description, whose `void:triples` is the exact size
of the dump. Files are written atomically: a failed export leaves no file behind.
"""

from __future__ import annotations

import gzip as gzip_module
import hashlib
import heapq
import io
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, cast

import pyoxigraph as ox

from graphkit.errors import GraphkitError, StoreError
from graphkit.paths import ONTOLOGY_DIR

DEFAULT_BASE = "https://w3id.org/graphkit/id/"
GK = "https://w3id.org/graphkit/ontology#"

# Prefixes of every dump, in the order they are written.
PREFIXES: dict[str, str] = {
    "gk": GK,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dct": "http://purl.org/dc/terms/",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "vann": "http://purl.org/vocab/vann/",
    "sdg": "http://metadata.un.org/sdg/",
    "wd": "http://www.wikidata.org/entity/",
}

RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
_XSD = PREFIXES["xsd"]
_VOID = PREFIXES["void"]
_DCAT = PREFIXES["dcat"]
_DCT = PREFIXES["dct"]


@dataclass(frozen=True, slots=True)
class DumpFormat:
    """One dump syntax: its name, file extension, media type and pyoxigraph format."""

    name: str
    extension: str
    media_type: str
    rdf_format: ox.RdfFormat | None  # None: written by graphkit's own JSON-LD writer
    quads: bool = False


FORMATS: dict[str, DumpFormat] = {
    f.name: f
    for f in (
        DumpFormat("turtle", "ttl", "text/turtle", ox.RdfFormat.TURTLE),
        DumpFormat("jsonld", "jsonld", "application/ld+json", None),
        DumpFormat("ntriples", "nt", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        DumpFormat("nquads", "nq", "application/n-quads", ox.RdfFormat.N_QUADS, quads=True),
        DumpFormat("rdfxml", "rdf", "application/rdf+xml", ox.RdfFormat.RDF_XML),
    )
}
_ALIASES = {"ttl": "turtle", "json-ld": "jsonld", "nt": "ntriples", "nq": "nquads",
            "xml": "rdfxml", "rdf": "rdfxml", "owl": "rdfxml"}


def dump_format(name: str) -> DumpFormat:
    """The dump format called `name` (or one of its aliases)."""
    key = _ALIASES.get(name.lower(), name.lower())
    try:
        return FORMATS[key]
    except KeyError:
        raise GraphkitError(
            f"unknown dump format {name!r} (one of {', '.join(FORMATS)})"
        ) from None


def _oxigraph(store: Any) -> ox.Store:
    # Accept graphkit's Store or a bare pyoxigraph Store.
    return store if isinstance(store, ox.Store) else store.oxigraph


def _query(store: Any, sparql: str) -> Any:
    try:
        return _oxigraph(store).query(sparql, use_default_graph_as_union=True)
    except (OSError, SyntaxError) as exc:
        raise StoreError(f"cannot read the store: {exc}") from None


def dataset_iri(base: str) -> str:
    """The IRI of the dataset (its description's subject)."""
    return f"{base}dataset"


# -- the sorted stream of the dump's lines --------------------------------------------
#
# A dump is sorted for determinism. Sorting in memory would hold the whole dump, so lines
# are sorted in bounded chunks spilled to temporary files (sorted runs) and merged lazily
# (an external merge sort): memory holds one chunk, whatever the size of the store.

# Bytes of line text held in memory before a chunk is sorted and spilled to disk.
CHUNK_BYTES = 8 * 2**20


class _ExternalSort:
    """Sorted, distinct lines (bytes without newline) in bounded memory, via temp files."""

    def __init__(self, directory: Path, name: str, chunk_bytes: int | None = None) -> None:
        self._directory = directory
        self._name = name
        self._limit = CHUNK_BYTES if chunk_bytes is None else chunk_bytes
        self._chunk: list[bytes] = []
        self._size = 0
        self._runs: list[Path] = []

    def add(self, line: bytes) -> None:
        """Take one line; spill a sorted run when the chunk is full."""
        self._chunk.append(line)
        self._size += len(line) + 64  # roughly a bytes object's overhead and its list slot
        if self._size >= self._limit:
            self._spill()

    def _spill(self) -> None:
        run = self._directory / f"{self._name}.{len(self._runs)}.run"
        lines = sorted(set(self._chunk))
        self._chunk, self._size = [], 0
        with open(run, "wb") as out:
            for line in lines:
                out.write(line + b"\n")
        self._runs.append(run)

    def merged(self) -> Iterator[bytes]:
        """Every distinct line taken, in byte order (each run is read lazily)."""
        if not self._runs:  # one chunk: no need for the disk
            lines = sorted(set(self._chunk))
            self._chunk, self._size = [], 0
            yield from lines
            return
        if self._chunk:
            self._spill()
        files = [open(run, "rb") for run in self._runs]  # noqa: SIM115 (closed below)
        try:
            previous = None
            for line in heapq.merge(*((raw[:-1] for raw in f) for f in files)):
                if line != previous:
                    yield line
                    previous = line
        finally:
            for f in files:
                f.close()
            for run in self._runs:
                run.unlink(missing_ok=True)
            self._runs = []


def _store_lines(
    store: Any, base: str, *, triples: _ExternalSort | None, quads: _ExternalSort | None
) -> None:
    # One lazy pass over every quad of the store: its N-Triples line (the union of graphs)
    # and its N-Quads line (graphs kept). pyoxigraph's str() of a term is N-Triples syntax.
    dataset = f"<{dataset_iri(base)}"
    own = (f"{dataset}>".encode(), f"{dataset}/".encode())
    try:
        for quad in _oxigraph(store).quads_for_pattern(None, None, None, None):
            triple = f"{quad.subject} {quad.predicate} {quad.object}".encode()
            if triple.startswith(own):  # a stored description: the dump writes its own
                continue
            if triples is not None:
                triples.add(triple + b" .")
            if quads is not None:
                graph = quad.graph_name
                quads.add(triple + (b" ." if isinstance(graph, ox.DefaultGraph)
                                    else f" {graph} .".encode()))
    except OSError as exc:
        raise StoreError(f"cannot read the store: {exc}") from None


def iter_data_lines(
    store: Any, *, base: str = DEFAULT_BASE, directory: Path | None = None
) -> Iterator[bytes]:
    """The dump's data (no description) as sorted, distinct N-Triples lines, streamed."""
    yield from _sorted_lines(store, base, directory, "triples")


def iter_data_quad_lines(
    store: Any, *, base: str = DEFAULT_BASE, directory: Path | None = None
) -> Iterator[bytes]:
    """Every quad of the store but a stored description as sorted N-Quads lines, streamed."""
    yield from _sorted_lines(store, base, directory, "quads")


def _sorted_lines(store: Any, base: str, directory: Path | None, kind: str) -> Iterator[bytes]:
    """The store's "triples" or "quads" lines through an external sort in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="graphkit-sort-", dir=directory) as tmp:
        sorter = _ExternalSort(Path(tmp), kind)
        triples = sorter if kind == "triples" else None
        _store_lines(store, base, triples=triples, quads=sorter if triples is None else None)
        yield from sorter.merged()


def data_lines(store: Any, *, base: str = DEFAULT_BASE) -> bytes:
    """The dump's data (no description) as sorted, distinct N-Triples lines, in memory."""
    lines = b"\n".join(iter_data_lines(store, base=base))
    return lines + b"\n" if lines else b""


def _parse_lines(
    lines: bytes | os.PathLike[str] | Iterable[bytes], fmt: ox.RdfFormat
) -> Iterator[ox.Quad]:
    # Sorted lines back to terms: a file and an iterable are parsed as they are read.
    if isinstance(lines, bytes):
        yield from ox.parse(lines, format=fmt)
    elif isinstance(lines, os.PathLike):
        yield from ox.parse(path=lines, format=fmt)
    else:
        yield from ox.parse(cast(IO[bytes], _LineReader(lines)), format=fmt)


class _LineReader(io.RawIOBase):
    """A binary file over an iterable of lines (newlines added), read on demand."""

    def __init__(self, lines: Iterable[bytes]) -> None:
        self._lines = iter(lines)
        self._pending = bytearray()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = len(buffer)
        while len(self._pending) < size:
            line = next(self._lines, None)
            if line is None:
                break
            self._pending += line
            self._pending += b"\n"
        n = min(size, len(self._pending))
        buffer[:n] = self._pending[:n]
        del self._pending[:n]
        return n


def data_triples(
    store: Any, *, base: str = DEFAULT_BASE,
    lines: bytes | os.PathLike[str] | Iterable[bytes] | None = None,
) -> Iterator[ox.Triple]:
    """Every distinct triple of the union of graphs, sorted, without a stored description.

    `lines` are the sorted N-Triples lines when already at hand (bytes, a file or an
    iterable of lines); else they are streamed from the store in bounded memory.
    """
    source = iter_data_lines(store, base=base) if lines is None else lines
    for quad in _parse_lines(source, ox.RdfFormat.N_TRIPLES):
        yield quad.triple


@dataclass(frozen=True, slots=True)
class DataStatistics:
    """Counts of the dump's data triples, read off its sorted N-Triples lines."""

    triples: int
    entities: int  # distinct subjects under the base IRI
    classes: tuple[tuple[str, int], ...]  # (class IRI, distinct instances), sorted
    properties: tuple[tuple[str, int], ...]  # (property IRI, triples), sorted


class _Counter:
    """Counts sorted, distinct N-Triples lines as they go by; memory holds the vocabulary."""

    def __init__(self, base: str) -> None:
        self._rdf_type = f"<{RDF_TYPE.value}>".encode()
        self._prefix = f"<{base}".encode()
        self._subject = b""
        self.triples = 0
        self.entities = 0
        self.classes: dict[bytes, int] = {}
        self.properties: dict[bytes, int] = {}

    def add(self, line: bytes) -> None:
        """Count one line `S P O .` (neither S nor P holds a space)."""
        self.triples += 1
        subject, predicate, rest = line.split(b" ", 2)
        self.properties[predicate] = self.properties.get(predicate, 0) + 1
        # Sorted lines keep a subject's lines together: a new subject is a new entity.
        if subject != self._subject:
            self._subject = subject
            if subject.startswith(self._prefix):
                self.entities += 1
        if predicate == self._rdf_type and rest.startswith(b"<"):
            cls = rest[: rest.index(b">") + 1]
            self.classes[cls] = self.classes.get(cls, 0) + 1

    def statistics(self) -> DataStatistics:
        """The counts so far."""
        def iris(counts: dict[bytes, int]) -> tuple[tuple[str, int], ...]:
            return tuple(sorted((k[1:-1].decode(), n) for k, n in counts.items()))

        return DataStatistics(self.triples, self.entities, iris(self.classes),
                              iris(self.properties))


def data_statistics(lines: bytes | Iterable[bytes], *, base: str = DEFAULT_BASE) -> DataStatistics:
    """Triple, entity, class and property counts of sorted, distinct N-Triples lines."""
    counter = _Counter(base)
    for line in lines.splitlines() if isinstance(lines, bytes) else lines:
        if line:
            counter.add(line)
    return counter.statistics()


def data_quads(store: Any, *, base: str = DEFAULT_BASE) -> Iterator[ox.Quad]:
    """Every quad of the store (each graph kept), sorted as N-Quads lines, streamed."""
    yield from _parse_lines(iter_data_quad_lines(store, base=base), ox.RdfFormat.N_QUADS)


def count_data_triples(store: Any, *, base: str = DEFAULT_BASE) -> int:
    """The number of distinct triples a dump holds besides the description."""
    # A streamed count: SELECT (COUNT(DISTINCT ...)) would hash every triple in memory.
    return sum(1 for _ in iter_data_lines(store, base=base))


# -- the dataset description ---------------------------------------------------------

def _curie_key(iri: str) -> str:
    # A readable, path-safe key for a class or property partition IRI.
    for prefix, ns in PREFIXES.items():
        local = iri[len(ns):]
        if iri.startswith(ns) and re.fullmatch(r"[A-Za-z0-9_.-]+", local):
            return f"{prefix}-{local}"
    return hashlib.sha1(iri.encode()).hexdigest()[:16]


def _namespace(iri: str) -> str:
    for ns in PREFIXES.values():
        if iri.startswith(ns):
            return ns
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1] if cut > 8 else iri


def _timestamps(store: Any) -> tuple[str, str] | None:
    # Reproducible builds: SOURCE_DATE_EPOCH wins, else the times of the recorded builds.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            stamp = datetime.fromtimestamp(int(epoch), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            raise GraphkitError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number") from None
        return stamp, stamp
    rows = list(_query(store, "PREFIX prov: <http://www.w3.org/ns/prov#> "
                       "SELECT ?t WHERE { ?a prov:startedAtTime|prov:endedAtTime ?t } ORDER BY ?t"))
    times = [r[0].value for r in rows if isinstance(r[0], ox.Literal)]
    if not times:
        return None
    return times[0], times[-1]


def default_dump_urls(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Where the dumps are published, by format name."""
    return {name: f"{base}dump/graphkit.{fmt.extension}.gz"
            for name, fmt in FORMATS.items() if name in ("turtle", "jsonld", "ntriples")}


def describe(
    store: Any,
    *,
    base: str = DEFAULT_BASE,
    endpoint_url: str | None = None,
    dump_urls: Mapping[str, str] | None = None,
    title: str = "SDG Innovation Commons knowledge graph",
    description: str = ("Reports of the UNDP Accelerator Labs from the SDG Innovation Commons"
                        " (learning plans, closing reports, experiments, solutions, blog posts"
                        " and more) with their countries, SDGs, methods and partners,"
                        " as linked data under the graphkit ontology."),
    publisher: str = "https://www.undp.org/acceleratorlabs",
    license_iri: str = "https://creativecommons.org/licenses/by/4.0/",
    examples: int = 3,
    lines: bytes | Iterable[bytes] | None = None,
    statistics: DataStatistics | None = None,
) -> list[ox.Triple]:
    """The VoID + DCAT description of the dump of `store`, sorted; void:triples is exact."""
    ds = ox.NamedNode(dataset_iri(base))
    endpoint = endpoint_url or f"{base}sparql"
    urls = dict(default_dump_urls(base) if dump_urls is None else dump_urls)

    def iri(x: str) -> ox.NamedNode:
        return ox.NamedNode(x)

    def term(ns: str, local: str) -> ox.NamedNode:
        return ox.NamedNode(ns + local)

    def typed(value: object, datatype: str) -> ox.Literal:
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + datatype))

    triples: list[ox.Triple] = []

    def add(s: ox.NamedNode, p: ox.NamedNode, o: Any) -> None:
        triples.append(ox.Triple(s, p, o))

    def void(x: str) -> ox.NamedNode:
        return term(_VOID, x)

    def dcat(x: str) -> ox.NamedNode:
        return term(_DCAT, x)

    def dct(x: str) -> ox.NamedNode:
        return term(_DCT, x)

    add(ds, RDF_TYPE, void("Dataset"))
    add(ds, RDF_TYPE, dcat("Dataset"))
    add(ds, dct("title"), ox.Literal(title, language="en"))
    add(ds, dct("description"), ox.Literal(description, language="en"))
    add(ds, dct("publisher"), iri(publisher))
    add(ds, dct("license"), iri(license_iri))
    stamps = _timestamps(store)
    if stamps:
        add(ds, dct("issued"), typed(stamps[0], "dateTime"))
        add(ds, dct("modified"), typed(stamps[1], "dateTime"))
    add(ds, void("uriSpace"), ox.Literal(base))
    add(ds, void("sparqlEndpoint"), iri(endpoint))

    if statistics is not None:
        stats = statistics
    else:  # counted off the sorted lines, streamed from the store unless given
        stats = data_statistics(iter_data_lines(store, base=base) if lines is None else lines,
                                base=base)
    add(ds, void("entities"), typed(stats.entities, "integer"))
    add(ds, void("classes"), typed(len(stats.classes), "integer"))
    add(ds, void("properties"), typed(len(stats.properties), "integer"))
    vocabularies: set[str] = set()
    for cls, n in stats.classes:
        part = iri(f"{ds.value}/class/{_curie_key(cls)}")
        add(ds, void("classPartition"), part)
        add(part, void("class"), iri(cls))
        add(part, void("entities"), typed(n, "integer"))
        vocabularies.add(_namespace(cls))
    for prop, n in stats.properties:
        part = iri(f"{ds.value}/property/{_curie_key(prop)}")
        add(ds, void("propertyPartition"), part)
        add(part, void("property"), iri(prop))
        add(part, void("triples"), typed(n, "integer"))
        vocabularies.add(_namespace(prop))
    for ns in sorted(vocabularies):
        add(ds, void("vocabulary"), iri(ns))

    sample = _query(store, f"SELECT DISTINCT ?s WHERE {{ ?s a {ox.NamedNode(GK + 'Report')} "
                    f"FILTER(isIRI(?s)) }} ORDER BY ?s LIMIT {int(examples)}")
    for row in sample:
        add(ds, void("exampleResource"), row[0])

    for name, url in sorted(urls.items()):
        fmt = dump_format(name)
        dist = iri(f"{ds.value}/distribution/{fmt.name}")
        add(ds, void("dataDump"), iri(url))
        add(ds, dcat("distribution"), dist)
        add(dist, RDF_TYPE, dcat("Distribution"))
        add(dist, dct("title"), ox.Literal(f"{title} ({fmt.name} dump)", language="en"))
        add(dist, dcat("mediaType"),
            iri(f"https://www.iana.org/assignments/media-types/{fmt.media_type}"))
        add(dist, dcat("downloadURL"), iri(url))
        add(dist, dcat("accessURL"), iri(url))
        if url.endswith(".gz"):
            add(dist, dcat("compressFormat"),
                iri("https://www.iana.org/assignments/media-types/application/gzip"))
    service = iri(f"{ds.value}/distribution/sparql")
    add(ds, dcat("distribution"), service)
    add(service, RDF_TYPE, dcat("Distribution"))
    add(service, dct("title"), ox.Literal(f"{title} (SPARQL endpoint)", language="en"))
    add(service, dcat("accessURL"), iri(endpoint))
    add(service, dcat("mediaType"),
        iri("https://www.iana.org/assignments/media-types/application/sparql-results+json"))

    # The description counts itself: the data triples plus these triples, plus this one.
    unique = sorted(set(triples), key=_triple_key)
    total = stats.triples + len(unique) + 1
    unique.append(ox.Triple(ds, void("triples"), typed(total, "integer")))
    return sorted(unique, key=_triple_key)


def _term_key(t: Any) -> tuple[int, str]:
    if isinstance(t, ox.BlankNode):
        return 0, t.value
    if isinstance(t, ox.NamedNode):
        return 1, t.value
    return 2, str(t)


def _triple_key(t: ox.Triple) -> tuple[tuple[int, str], ...]:
    return _term_key(t.subject), _term_key(t.predicate), _term_key(t.object)


# -- writing -----------------------------------------------------------------------

def _write_atomically(path: Path, write: Callable[[IO[bytes]], None], *, compress: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as raw:
            if compress:
                # mtime=0 and no file name: the same graph gives the same bytes.
                with gzip_module.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
                    write(cast(IO[bytes], gz))
            else:
                write(raw)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_triples(triples: Iterable[ox.Triple], out: IO[bytes], fmt: DumpFormat) -> None:
    """Serialise triples (already sorted) to a binary stream in one dump format."""
    if fmt.rdf_format is None:
        write_jsonld(triples, out)
    elif fmt.quads:
        ox.serialize((ox.Quad(t.subject, t.predicate, t.object) for t in triples), out,
                     fmt.rdf_format)
    elif fmt.rdf_format == ox.RdfFormat.N_TRIPLES:
        ox.serialize(triples, out, fmt.rdf_format)
    else:
        ox.serialize(triples, out, fmt.rdf_format, prefixes=PREFIXES)


@dataclass(frozen=True, slots=True)
class _SortedData:
    """The dump's data sorted into one file of distinct lines, and its counts."""

    lines: Path  # N-Triples lines, or N-Quads lines for a quad format
    count: int  # lines in the file
    statistics: DataStatistics  # of the N-Triples lines (the union of graphs)


def _sort_data(store: Any, base: str, directory: Path, *, quads: bool) -> _SortedData:
    # One pass over the store feeds the sorts; merging the triples counts them (VoID) and,
    # unless the dump keeps graphs, writes the sorted file the writers then stream from.
    triples = _ExternalSort(directory, "triples")
    quad_sort = _ExternalSort(directory, "quads") if quads else None
    _store_lines(store, base, triples=triples, quads=quad_sort)
    counter = _Counter(base)
    target = directory / ("data.nq" if quads else "data.nt")
    with open(target, "wb") as out:
        for line in triples.merged():
            counter.add(line)
            if not quads:
                out.write(line + b"\n")
        count = counter.triples
        if quad_sort is not None:
            count = 0
            for line in quad_sort.merged():
                out.write(line + b"\n")
                count += 1
    return _SortedData(target, count, counter.statistics())


def export(
    store: Any,
    path: Path | str,
    *,
    format: str = "turtle",
    gzip: bool | None = None,
    include_description: bool = True,
    base: str = DEFAULT_BASE,
    endpoint_url: str | None = None,
    dump_urls: Mapping[str, str] | None = None,
) -> int:
    """Write the store's dump to `path` atomically, in bounded memory; returns its triples."""
    path = Path(path)
    fmt = dump_format(format)
    compress = path.suffix == ".gz" if gzip is None else gzip
    with tempfile.TemporaryDirectory(prefix="graphkit-export-") as tmp:
        try:
            data = _sort_data(store, base, Path(tmp), quads=fmt.quads)
        except OSError as exc:
            raise GraphkitError(f"cannot sort the dump in {tmp}: {exc}") from None
        desc = (describe(store, base=base, endpoint_url=endpoint_url, dump_urls=dump_urls,
                         statistics=data.statistics) if include_description else [])
        written = 0

        def counted(items: Iterable[Any]) -> Iterator[Any]:
            nonlocal written
            for item in items:
                written += 1
                yield item

        def write(out: IO[bytes]) -> None:
            nonlocal written
            if fmt.quads:  # the sorted data lines as they are, then the description graph
                with open(data.lines, "rb") as lines:
                    shutil.copyfileobj(lines, out, 2**20)
                graph = ox.NamedNode(f"{base}graph/description")
                ox.serialize([ox.Quad(t.subject, t.predicate, t.object, graph) for t in desc],
                             out, fmt.rdf_format)
                written = data.count + len(desc)
            elif fmt.rdf_format == ox.RdfFormat.N_TRIPLES:  # the description, then the lines
                ox.serialize(desc, out, fmt.rdf_format)
                with open(data.lines, "rb") as lines:
                    shutil.copyfileobj(lines, out, 2**20)
                written = data.count + len(desc)
            else:
                triples = data_triples(store, base=base, lines=data.lines)
                write_triples(counted(_chain(desc, triples)), out, fmt)

        try:
            _write_atomically(path, write, compress=compress)
        except OSError as exc:
            raise GraphkitError(f"{path}: cannot write the dump: {exc}") from None
    return written


def _chain(*parts: Iterable[Any]) -> Iterator[Any]:
    for part in parts:
        yield from part


def write_description(
    store: Any, out: IO[bytes], *, format: str = "turtle", base: str = DEFAULT_BASE,
    endpoint_url: str | None = None, dump_urls: Mapping[str, str] | None = None,
) -> None:
    """Write the dataset description alone to a binary stream."""
    triples = describe(store, base=base, endpoint_url=endpoint_url, dump_urls=dump_urls)
    write_triples(triples, out, dump_format(format))


def export_description(
    store: Any, path: Path | str, *, format: str = "turtle", base: str = DEFAULT_BASE,
    endpoint_url: str | None = None, dump_urls: Mapping[str, str] | None = None,
) -> None:
    """Write the dataset description alone to a file, atomically."""
    path = Path(path)
    try:
        _write_atomically(path, lambda out: write_description(
            store, out, format=format, base=base, endpoint_url=endpoint_url,
            dump_urls=dump_urls), compress=path.suffix == ".gz")
    except OSError as exc:
        raise GraphkitError(f"{path}: cannot write the description: {exc}") from None


# -- JSON-LD -------------------------------------------------------------------------

_GEN_DELIMS = tuple(":/?#[]@")


def load_context(path: Path | None = None) -> dict[str, Any]:
    """The published JSON-LD @context (ontology/context.jsonld), or one made of PREFIXES."""
    path = path or ONTOLOGY_DIR / "context.jsonld"
    context: dict[str, Any] = {}
    if path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GraphkitError(f"{path}: not a JSON-LD context: {exc}") from None
        inner = data.get("@context", data) if isinstance(data, dict) else {}
        if isinstance(inner, list):
            merged: dict[str, Any] = {}
            for part in inner:
                if isinstance(part, dict):
                    merged.update(part)
            inner = merged
        if isinstance(inner, dict):
            context = dict(inner)
    for prefix, ns in PREFIXES.items():
        context.setdefault(prefix, ns)
    return context


class _Compactor:
    """Chooses JSON keys and value shapes from a context so expansion gives back each triple."""

    def __init__(self, context: Mapping[str, Any]) -> None:
        self.context = context
        self.vocab = context.get("@vocab") if isinstance(context.get("@vocab"), str) else None
        self.language = context.get("@language")
        self.prefixes: dict[str, str] = {}  # prefix -> namespace, usable in compact IRIs
        for key, value in context.items():
            if key.startswith("@") or ":" in key:
                continue
            if isinstance(value, str) and value.endswith(_GEN_DELIMS):
                self.prefixes[key] = self.expand(value)
            elif isinstance(value, dict) and value.get("@prefix") is True and "@id" in value:
                self.prefixes[key] = self.expand(value["@id"])
        self.terms: dict[str, tuple[str, dict[str, Any]]] = {}  # iri -> (term, definition)
        for key in sorted(context, key=lambda k: (len(k), k)):
            if key.startswith("@"):
                continue
            value = context[key]
            definition = {"@id": value} if isinstance(value, str) else value
            if not isinstance(definition, dict) or set(definition) - {"@id", "@type", "@language"}:
                continue  # containers, reverse, nested contexts: never used to write
            target = definition.get("@id", key if ":" in key else (self.vocab or "") + key)
            if not isinstance(target, str) or target.startswith("@"):
                continue
            iri = self.expand(target)
            if ":" in iri and iri not in self.terms:
                self.terms[iri] = (key, definition)
        self._props: dict[str, tuple[str, dict[str, Any]]] = {}

    def expand(self, value: str) -> str:
        """Expand a compact IRI or term of the context (enough for term definitions)."""
        if ":" in value:
            prefix, _, suffix = value.partition(":")
            if suffix.startswith("//"):
                return value
            ns = self.context.get(prefix)
            if isinstance(ns, dict):
                ns = ns.get("@id")
            if isinstance(ns, str) and prefix != ns:
                return self.expand(ns) + suffix
            return value
        target = self.context.get(value)
        if isinstance(target, str) and target != value:
            return self.expand(target)
        return (self.vocab or "") + value

    def compact_iri(self, iri: str) -> str:
        """A prefixed name for an IRI when one is safe, else the IRI."""
        best = ""
        for prefix, ns in self.prefixes.items():
            if iri.startswith(ns) and len(ns) > len(self.prefixes.get(best, "")):
                local = iri[len(ns):]
                if local and not local.startswith("//") and f"{prefix}:{local}" not in self.context:
                    best = prefix
        return f"{best}:{iri[len(self.prefixes[best]):]}" if best else iri

    def vocab_name(self, iri: str) -> str:
        """A key or @type value: a term of the context, a prefixed name, or the IRI."""
        found = self.terms.get(iri)
        if found is not None and set(found[1]) <= {"@id"}:
            return found[0]
        return self.compact_iri(iri)

    def property(self, iri: str) -> tuple[str, dict[str, Any]]:
        """The key for a property and the coercions the key brings."""
        if iri not in self._props:
            found = self.terms.get(iri)
            self._props[iri] = found if found is not None else (self.compact_iri(iri), {})
        return self._props[iri]

    def value(self, term: Any, definition: Mapping[str, Any]) -> Any:
        """The JSON value for an object term under a key's coercions."""
        coerce = definition.get("@type")
        if isinstance(term, ox.NamedNode):
            return term.value if coerce == "@id" else {"@id": term.value}
        if isinstance(term, ox.BlankNode):
            return {"@id": f"_:{term.value}"}
        lexical, datatype = term.value, term.datatype.value
        if term.language:
            return {"@value": lexical, "@language": term.language}
        coerced = isinstance(coerce, str) and coerce not in ("@id", "@vocab")
        if coerced and self.expand(str(coerce)) == datatype:
            return lexical
        if datatype == _XSD + "string":
            language = definition.get("@language", self.language)
            return lexical if coerce is None and language is None else {"@value": lexical}
        if coerce is None:
            if datatype == _XSD + "boolean" and lexical in ("true", "false"):
                return lexical == "true"
            if datatype == _XSD + "integer" and re.fullmatch(r"-?(0|[1-9][0-9]{0,15})", lexical):
                return int(lexical)
        return {"@value": lexical, "@type": self.compact_iri(datatype)}


def write_jsonld(
    triples: Iterable[ox.Triple], out: IO[bytes], *, context: Mapping[str, Any] | None = None
) -> None:
    """Stream sorted triples as compact JSON-LD: an inline @context and a flat @graph."""
    ctx = dict(context) if context is not None else load_context()
    compactor = _Compactor(ctx)
    out.write(b'{\n"@context": ')
    out.write(json.dumps(ctx, ensure_ascii=False, indent=1).encode())
    out.write(b',\n"@graph": [')
    first = True
    subject: Any = None
    node: dict[str, Any] = {}

    def flush() -> None:
        nonlocal first
        if subject is None:
            return
        out.write(b"\n" if first else b",\n")
        first = False
        ordered = {"@id": node.pop("@id")}
        if "@type" in node:
            ordered["@type"] = node.pop("@type")
        ordered.update(node)
        for key, values in ordered.items():
            if isinstance(values, list) and len(values) == 1:
                ordered[key] = values[0]
        out.write(json.dumps(ordered, ensure_ascii=False, sort_keys=False).encode())

    for t in triples:
        if t.subject != subject:
            flush()
            subject = t.subject
            ident = f"_:{subject.value}" if isinstance(subject, ox.BlankNode) else subject.value
            node = {"@id": ident}
        if t.predicate == RDF_TYPE and isinstance(t.object, ox.NamedNode):
            node.setdefault("@type", []).append(compactor.vocab_name(t.object.value))
            continue
        key, definition = compactor.property(t.predicate.value)
        node.setdefault(key, []).append(compactor.value(t.object, definition))
    flush()
    out.write(b"\n]\n}\n")
