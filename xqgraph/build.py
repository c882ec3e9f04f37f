"""Build a graph directory from documents: Turtle, HTML view and SPARQL store.

``build_graph`` is what ``xqgraph build`` and ``make demo`` run.  A file that
cannot be read is reported with its name and the batch goes on; the others
are still built and written.
"""

from __future__ import annotations

import hashlib
import json
import queue
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph

from xqgraph.document_files import DOCUMENTS_DIR, DocumentFiles, write_atomically
from xqgraph.errors import UnsupportedFormatError, XqGraphError
from xqgraph.pipeline import DocumentResult, Pipeline
from xqgraph.rdf import document_iri
from xqgraph.rdf.build import ENTITIES_GRAPH, as_nquads
from xqgraph.rdf.export import write_sorted_triples
from xqgraph.rdf.namespaces import XQ_NS
from xqgraph.rdf.provenance import build_graph_of, build_time
from xqgraph.rdf.tracking import TRACKING_GRAPH, tracking_ntriples
from xqgraph.store import GraphStore
from xqgraph.tracking import (
    MeasureRecord,
    measure_records,
    overview_rows,
    record_order,
    records_from_json,
    records_from_rows,
    records_to_json,
    track,
)

__all__ = ["BuildReport", "build_graph", "expand_inputs", "GRAPH_FILE", "HTML_FILE", "STORE_DIR"]

GRAPH_FILE = "graph.ttl"
HTML_FILE = "graph.html"
STORE_DIR = "store"


@dataclass
class BuildReport:
    """What a build wrote and what it could not read."""

    out_dir: Path
    documents: list[str] = field(default_factory=list)  # document ids, one per distinct content
    read: list[str] = field(default_factory=list)  # one line per file read: source, format, encoding
    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # files skipped because they were built before
    html: bool = True  # whether graph.html was written
    notes: list[str] = field(default_factory=list)  # things the user should know, one line each
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        """True when every input was built."""
        return not self.failures

    def summary(self) -> str:
        """A few lines for people: counts by type and where the files are."""
        lines = [f"built {len(self.documents)} document(s) into {self.out_dir}/"
                 + (f"; {len(self.unchanged)} unchanged file(s) kept" if self.unchanged else "")]
        lines.extend(f"  read {line}" for line in self.read[:20])
        if len(self.read) > 20:
            lines.append(f"  … and {len(self.read) - 20} more")
        for name, n in sorted(self.counts.items()):
            lines.append(f"  {name:<14}{n:>6}")
        lines.append(f"  Turtle: {self.out_dir / GRAPH_FILE}")
        if self.html:
            lines.append(f"  HTML:   {self.out_dir / HTML_FILE}")
        lines.append(f"  store:  {self.out_dir / STORE_DIR}/ (query with: xqgraph query --graph {self.out_dir} ...)")
        lines.extend(f"  note: {note}" for note in self.notes)
        for name, why in self.skipped:
            lines.append(f"  skipped {name}: {why}")
        for name, why in self.failures:
            lines.append(f"  FAILED {name}: {why}")
        return "\n".join(lines)


def expand_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Files to build: each file as given, each directory's readable files, sorted."""
    from xqgraph.ingest import SUPPORTED_SUFFIXES

    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            out.append(p)
    return out


_MANIFEST = "manifest.json"
_BATCH_BYTES = 16 << 20  # entity parts loaded into the store at a time when the shared graph is rebuilt
HTML_MAX_DOCUMENTS = 100  # beyond this the whole-graph page is too big to use; ego views still work


def pipeline_fingerprint() -> str:
    """A hash of xqgraph's version and of the code and data every document goes through.

    A file is rebuilt when its bytes or this fingerprint change.
    """
    from xqgraph import __version__

    root = Path(__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(p for stage in ("ingest", "nlp", "extract", "link", "rdf", "data") for p in
                       (root / stage).rglob("*") if p.is_file() and p.suffix != ".pyc"):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    digest.update((root / "pipeline.py").read_bytes())
    return digest.hexdigest()[:16]


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_manifest(out: Path, fingerprint: str) -> dict[str, dict[str, str]]:
    try:
        data = json.loads((out / _MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("fingerprint") != fingerprint or not isinstance(data.get("files"), dict):
        return {}
    return data["files"]


def _write_manifest(out: Path, fingerprint: str, files: dict[str, dict[str, str]]) -> None:
    write_atomically(out / _MANIFEST, json.dumps({"fingerprint": fingerprint, "files": dict(sorted(
        files.items()))}, ensure_ascii=False, indent=1).encode("utf-8"))


def _documents(store: Any) -> list[tuple[str, str | None]]:
    """Each named graph of the store with its document id (None for the shared graphs)."""
    prefix = str(document_iri(""))
    return [(g, g[len(prefix):] if g.startswith(prefix) else None) for g in store.graphs()]


def _rebuild_entities(store: Any, files: DocumentFiles) -> None:
    """Make the shared entity graph again from the files of the documents in the store.

    Needed when a document is rebuilt or removed: what it said before about an
    entity (an alias, a relation) may no longer hold, and only the documents
    that still say it may keep it.
    """
    chunk: list[bytes] = []
    size, first = 0, True
    for _graph, doc_id in _documents(store):
        data = files.entities(doc_id) if doc_id is not None else None
        if data is None:
            continue  # not a document, or built by an older xqgraph whose graphs describe their entities themselves
        chunk.append(data)
        size += len(data)
        if size > _BATCH_BYTES:
            store.load_quads([ENTITIES_GRAPH] if first else [], as_nquads(b"".join(chunk), ENTITIES_GRAPH))
            chunk, size, first = [], 0, False
    store.load_quads([ENTITIES_GRAPH] if first else [], as_nquads(b"".join(chunk), ENTITIES_GRAPH))


def _all_records(store: Any, files: DocumentFiles) -> list[MeasureRecord]:
    """Every measure in the store, from the documents' files (the store is asked only when one has none)."""
    records: list[MeasureRecord] = []
    shared: dict[str, str] = {}
    for _graph, doc_id in _documents(store):
        if doc_id is None:
            continue
        data = files.measures(doc_id)
        if data is None:
            return measure_records(store)
        records.extend(records_from_json(data, shared))
    return sorted(records, key=record_order)


def _export_chunks(store: Any, files: DocumentFiles) -> Iterator[bytes]:
    """Every graph's triples as N-Triples, a document's from its file when it has one."""
    for graph, doc_id in _documents(store):
        data = files.sorted_triples(doc_id) if doc_id is not None else None
        yield data if data is not None else store.graph_ntriples(graph)


# -- one document, in this process or in a worker ---------------------------------------------------

_WORKER_PIPELINE: Pipeline | None = None


def _init_worker() -> None:
    """Load jieba, the dictionaries and the gazetteer once per worker process."""
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline()


@dataclass(frozen=True)
class _Outcome:
    path: str
    status: str  # built, skipped or failed
    message: str = ""
    document_id: str = ""
    how: str = ""
    graph: str = ""  # the document's graph IRI
    document: bytes = b""  # the document's own graph (N-Triples)
    entities: bytes = b""  # its part of the shared entity graph (N-Triples)
    triples_gz: bytes = b""  # all its triples, sorted, compressed: for graph.ttl
    measures: bytes = b""  # its measure records (JSON): for tracking


def _run_one(path: Path, encoding: str | None, pipe: Pipeline | None = None) -> _Outcome:
    pipe = pipe or _WORKER_PIPELINE or Pipeline()
    try:
        result: DocumentResult = pipe.run_file(path, encoding=encoding)
    except UnsupportedFormatError as exc:
        return _Outcome(str(path), "skipped", str(exc))
    except XqGraphError as exc:
        return _Outcome(str(path), "failed", str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug on one document must not lose the batch
        return _Outcome(str(path), "failed", f"internal error ({type(exc).__name__}: {exc}); please report it")
    document = result.linked.document
    how = ", ".join(x for x in (document.format, document.encoding) if x)
    # everything the end of the build needs from this document is made here, in the worker, in parallel
    rdf = result.triples
    records = records_from_rows(rdf.measure_rows)
    return _Outcome(str(path), "built", "", document.id, how, rdf.graph_iri, rdf.document, rdf.entities,
                    DocumentFiles.compress(rdf.sorted_lines()), records_to_json(records))


def _outcomes(paths: list[Path], encoding: str | None, jobs: int, pipeline: Pipeline | None) -> Iterator[_Outcome]:
    """Each file's outcome as soon as it is ready; at most 2 × *jobs* documents are in flight."""
    if not paths:
        return  # nothing to build: do not load jieba and the dictionaries for nothing
    if jobs <= 1 or len(paths) <= 1:
        pipe = pipeline or Pipeline()
        for path in paths:
            yield _run_one(path, encoding, pipe)
        return
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("spawn")  # no fork of a process holding the store's threads
    pending: dict[Future[_Outcome], Path] = {}
    todo = iter(paths)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker) as pool:
        for path in todo:
            try:
                pending[pool.submit(_run_one, path, encoding)] = path
            except BrokenProcessPool:
                why = ("the worker processes died; if build_graph runs from a script, guard it with "
                       "`if __name__ == \"__main__\":` (workers are spawned and import the script), else use jobs=1")
                for future in sorted(pending, key=lambda f: str(pending[f])):
                    yield _result(future, pending[future], BrokenProcessPool)
                yield _Outcome(str(path), "failed", why)
                yield from (_Outcome(str(rest), "failed", why) for rest in todo)
                return
            if len(pending) < 2 * jobs:
                continue
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: str(pending[f])):
                yield _result(future, pending.pop(future), BrokenProcessPool)
        for future in sorted(pending, key=lambda f: str(pending[f])):
            yield _result(future, pending[future], BrokenProcessPool)


def _result(future: Any, path: Path, broken: type[BaseException]) -> _Outcome:
    try:
        outcome: _Outcome = future.result()
        return outcome
    except broken:
        return _Outcome(str(path), "failed", "its worker process died (out of memory?); build it alone with --jobs 1")


# N-Triples gathered per bulk load.  One load per document costs about 10% more CPU; a bigger batch takes
# more memory while the workers hold theirs (2 workers, 100 documents, peak RSS of the main process / of the
# process tree: 230 / 716 MiB at 2 MB, 254 / 761 at 8 MB, 311 / 926 at 32 MB; one load of everything at the
# end took 1.8 GiB for 1,000 documents)
_LOAD_BYTES = 8 << 20


class _Background:
    """Run *work* in a thread of its own; :meth:`wait` joins it and raises what it raised."""

    def __init__(self, work: Callable[[], None]) -> None:
        self._error: BaseException | None = None

        def run() -> None:
            try:
                work()
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
                self._error = exc

        self._thread = threading.Thread(target=run, name="xqgraph-background", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error


class _StoreLoader:
    """Writes built documents into the store from a thread of its own while the next ones are built.

    Oxigraph's bulk loader works in Rust without Python's GIL, so with one
    job the load takes the core the pipeline leaves idle, and with more it
    runs as documents arrive instead of all at the end.  Documents are
    loaded :data:`_LOAD_BYTES` at a time; at most a few more wait in the
    queue, so a slow disk holds the build back rather than filling memory.
    Each document's graph replaces the one the store held before; its
    entity part is added to the shared entity graph.  The first error stops
    the loading and is raised by :meth:`put` or :meth:`close`.
    """

    def __init__(self, store: GraphStore, stored: set[str]) -> None:
        self._store = store
        self._stale = set(stored)  # graphs whose old version goes before the new one is added
        self._queue: queue.Queue[tuple[str, bytes, bytes] | None] = queue.Queue(maxsize=4)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="xqgraph-store-loader", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        batch: list[bytes] = []
        graphs: list[str] = []
        size = 0
        while True:
            item = self._queue.get()  # always taken, even after an error: put never blocks on a dead loader
            if self._error is None:
                try:
                    if item is not None:
                        graph, document, entities = item
                        graphs.append(graph)
                        batch.append(as_nquads(document, graph))
                        batch.append(as_nquads(entities, ENTITIES_GRAPH))
                        size += len(document) + len(entities)
                    if (item is None or size >= _LOAD_BYTES) and batch:
                        # lenient: the N-Triples were written by Oxigraph's serializer from checked terms
                        self._store.load_quads(sorted(self._stale.intersection(graphs)), b"".join(batch),
                                               lenient=True)
                        self._stale.difference_update(graphs)
                        batch, graphs, size = [], [], 0
                except BaseException as exc:  # noqa: BLE001 - handed to the building thread
                    self._error = exc
                    batch, graphs, size = [], [], 0
            if item is None:
                return

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def put(self, graph: str, document: bytes, entities: bytes) -> None:
        """Queue one document's graph and its entity part (N-Triples) for the store."""
        self._raise()
        self._queue.put((graph, document, entities))

    def close(self) -> None:
        """Wait until every queued document is in the store."""
        self._queue.put(None)
        self._thread.join()
        self._raise()


def build_graph(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    encoding: str | None = None,
    html: bool = True,
    progress: Callable[[str], None] | None = None,
    pipeline: Pipeline | None = None,
    timestamp: str | None = None,
    jobs: int = 1,
    force: bool = False,
) -> BuildReport:
    """Build every document in *paths* into *out_dir*.

    Writes ``graph.ttl`` (all documents), ``graph.html`` (the planner's view)
    and ``store/`` (one named graph per document; rebuilding a document
    replaces its graph), and records the build as a ``prov:Activity`` at
    *timestamp* (ISO 8601; default ``SOURCE_DATE_EPOCH``, else now).

    With *jobs* > 1 documents are processed by that many worker processes,
    each loading jieba and the dictionaries once, and written to the store as
    they finish.  A file whose bytes and pipeline are unchanged since it was
    last built into *out_dir* is skipped (``manifest.json`` remembers them)
    unless *force* is true.  The output does not depend on *jobs*.  A given
    *pipeline* is used only in this process, that is with *jobs* = 1.
    Workers are spawned, so a script calling this with *jobs* > 1 needs the
    usual ``if __name__ == "__main__":`` guard.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = BuildReport(out, html=html)
    fingerprint = pipeline_fingerprint()
    manifest = {} if force else _read_manifest(out, fingerprint)
    with GraphStore(out / STORE_DIR) as store:
        stored = set(store.graphs())
        todo: list[Path] = []
        hashes: dict[str, str] = {}
        for path in map(Path, paths):
            key = str(path.resolve())
            try:
                hashes[key] = _file_hash(path)
            except OSError:
                todo.append(path)  # the pipeline reports why it cannot be read
                continue
            known = manifest.get(key)
            if known and known.get("sha256") == hashes[key] and str(document_iri(known["document"])) in stored:
                report.unchanged.append(str(path))
                if progress:
                    progress(str(path))
                continue
            todo.append(path)
        # documents the rebuilt files were before: a file's document id comes from its content, so an edited
        # file is a new document, and its old one goes unless another file still has that content
        earlier = {known["document"] for path in todo if (known := manifest.get(str(path.resolve())))}
        if todo:  # a crash while these are written must not leave them marked as built
            for path in todo:
                manifest.pop(str(path.resolve()), None)
            _write_manifest(out, fingerprint, manifest)
        files = DocumentFiles(out / DOCUMENTS_DIR)
        replaced = False  # whether a document already in the store was rebuilt: its old entities may be stale
        # each document goes into the store as soon as it is built, in a thread of its own: Oxigraph's bulk
        # loader runs without the GIL, so the load overlaps the building of the next documents
        loader = _StoreLoader(store, stored)
        try:
            for outcome in _outcomes(todo, encoding, jobs, pipeline):
                if progress:
                    progress(outcome.path)
                if outcome.status == "skipped":
                    report.skipped.append((outcome.path, outcome.message))
                    continue
                if outcome.status == "failed":
                    report.failures.append((outcome.path, outcome.message))
                    continue
                replaced = replaced or outcome.graph in stored
                files.write(outcome.document_id, entities=outcome.entities, triples_gz=outcome.triples_gz,
                            measures=outcome.measures)
                loader.put(outcome.graph, outcome.document, outcome.entities)
                if outcome.document_id not in report.documents:
                    report.documents.append(outcome.document_id)
                report.read.append(f"{outcome.path} ({outcome.how}) as document {outcome.document_id}")
                key = str(Path(outcome.path).resolve())
                if key in hashes:
                    manifest[key] = {"sha256": hashes[key], "document": outcome.document_id}
        finally:
            loader.close()
        retired = sorted(earlier - {entry["document"] for entry in manifest.values()})
        if retired:
            store.remove_documents([str(document_iri(doc_id)) for doc_id in retired])
            for doc_id in retired:
                files.remove(doc_id)
            replaced = True
        if replaced:
            _rebuild_entities(store, files)
        report.documents.sort()
        report.read.sort()
        # targets against later results, over every document in the store (a new year answers old targets)
        records = _all_records(store, files)
        tracked = track(records)
        store.load_quads([TRACKING_GRAPH], as_nquads(tracking_ntriples(tracked), TRACKING_GRAPH))
        if report.documents:
            activity, prov = build_graph_of(report.documents, build_time(timestamp))
            store.replace_document(str(activity), prov.serialize(format="nt", encoding="utf-8"))
        _write_manifest(out, fingerprint, manifest)
        # compact the store when this build wrote a good part of it (a fresh build always), from a thread while
        # the Turtle is exported: RocksDB compacts without the GIL
        in_store = sum(doc_id is not None for _, doc_id in _documents(store))
        compaction = _Background(store.optimize) if len(report.documents) * 4 >= in_store > 0 else None
        try:
            # the Turtle export and the view cover everything in the store, not only this batch; the export is
            # sorted on disk in bounded memory, and the counts come from the store, so a corpus of any size fits
            tmp = out / (GRAPH_FILE + ".tmp")
            write_sorted_triples(_export_chunks(store, files), "turtle", tmp)
            tmp.replace(out / GRAPH_FILE)
        finally:
            if compaction is not None:
                compaction.wait()
        report.counts = Counter({iri[len(XQ_NS):]: n for iri, n in store.count_by_class().items()
                                 if iri.startswith(XQ_NS)})
        if html and in_store > HTML_MAX_DOCUMENTS:
            report.html = False
            report.notes.append(f"graph.html not written: {in_store} documents are more than one page shows well "
                                f"(at most {HTML_MAX_DOCUMENTS}); use xqgraph viz --focus NAME -o FILE.html")
        targets = overview_rows(records, tracked) if report.html else []
    if report.html:
        from xqgraph.viz import graph_to_networkx, render_html

        union = Graph().parse(out / GRAPH_FILE, format="turtle")
        names = ", ".join(report.documents) if len(report.documents) <= 3 else f"{len(report.documents)} documents"
        page = render_html(graph_to_networkx(union), title=f"xqgraph: {names}", targets=targets)
        write_atomically(out / HTML_FILE, page.encode("utf-8"))
    return report
