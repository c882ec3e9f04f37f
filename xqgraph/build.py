"""Build a graph directory from documents: Turtle, HTML view and SPARQL store.

``build_graph`` is what ``xqgraph build`` and ``make demo`` run.  A file that
cannot be read is reported with its name and the batch goes on; the others
are still built and written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from xqgraph.errors import UnsupportedFormatError, XqGraphError
from xqgraph.pipeline import DocumentResult, Pipeline
from xqgraph.rdf import document_iri
from xqgraph.rdf.export import export_nquads
from xqgraph.rdf.namespaces import XQ_NS
from xqgraph.rdf.provenance import build_graph_of, build_time
from xqgraph.tracking import measure_records, overview_rows

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
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        """True when every input was built."""
        return not self.failures

    def summary(self) -> str:
        """A few lines for people: counts by type and where the files are."""
        lines = [f"built {len(self.documents)} document(s) into {self.out_dir}/"]
        lines.extend(f"  read {line}" for line in self.read)
        for name, n in sorted(self.counts.items()):
            lines.append(f"  {name:<14}{n:>6}")
        lines.append(f"  Turtle: {self.out_dir / GRAPH_FILE}")
        lines.append(f"  HTML:   {self.out_dir / HTML_FILE}")
        lines.append(f"  store:  {self.out_dir / STORE_DIR}/ (query with: xqgraph query --graph {self.out_dir} ...)")
        for name, why in self.skipped:
            lines.append(f"  skipped {name}: {why}")
        for name, why in self.failures:
            lines.append(f"  FAILED {name}: {why}")
        return "\n".join(lines)


def _count(graph: Graph) -> Counter[str]:
    counts: Counter[str] = Counter()
    for _s, cls in graph.subject_objects(RDF.type):
        if str(cls).startswith(XQ_NS):
            counts[str(cls)[len(XQ_NS):]] += 1
    return counts


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


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def build_graph(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    encoding: str | None = None,
    html: bool = True,
    progress: Callable[[str], None] | None = None,
    pipeline: Pipeline | None = None,
    timestamp: str | None = None,
) -> BuildReport:
    """Build every document in *paths* into *out_dir*.

    Writes ``graph.ttl`` (all documents), ``graph.html`` (the planner's view)
    and ``store/`` (one named graph per document; rebuilding a document
    replaces its graph), and records the build as a ``prov:Activity`` at
    *timestamp* (ISO 8601; default ``SOURCE_DATE_EPOCH``, else now).
    """
    from xqgraph.store import GraphStore

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = BuildReport(out)
    pipe = pipeline or Pipeline()
    with GraphStore(out / STORE_DIR) as store:
        for path in paths:
            if progress:
                progress(str(path))
            try:
                result: DocumentResult = pipe.run_file(path, encoding=encoding)
            except UnsupportedFormatError as exc:
                report.skipped.append((str(path), str(exc)))
                continue
            except XqGraphError as exc:
                report.failures.append((str(path), str(exc)))
                continue
            document = result.linked.document
            store.replace_document(str(document_iri(document.id)), result.graph.serialize(format="nt", encoding="utf-8"))
            if document.id not in report.documents:
                report.documents.append(document.id)
            how = ", ".join(x for x in (document.format, document.encoding) if x)
            report.read.append(f"{path} ({how}) as document {document.id}")
        if report.documents:
            activity, prov = build_graph_of(report.documents, build_time(timestamp))
            store.replace_document(str(activity), prov.serialize(format="nt", encoding="utf-8"))
        # the Turtle export and the view cover everything in the store, not only this batch
        turtle = export_nquads(store.to_nquads(), "turtle")
        targets = overview_rows(measure_records(store)) if html else []
    _write_atomically(out / GRAPH_FILE, turtle)
    union = Graph().parse(data=turtle, format="turtle")
    if html:
        from xqgraph.viz import graph_to_networkx, render_html

        page = render_html(graph_to_networkx(union), title=f"xqgraph: {', '.join(report.documents)}", targets=targets)
        _write_atomically(out / HTML_FILE, page.encode("utf-8"))
    report.counts = _count(union)
    return report
