"""Standard exports of a graph store: Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML.

Output is deterministic: quads are sorted before Oxigraph's serialisers
write them (rdflib's Turtle writer would rewrite ``"4"^^xsd:decimal`` as
``4.0``, a different lexical form than the store holds), JSON-LD nodes are
sorted by ``@id`` with sorted keys.  xqgraph mints no blank nodes, so nothing
carries a random label.  N-Quads and TriG keep one named graph per document.
"""

from __future__ import annotations

import heapq
import json
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from xqgraph.rdf.build import PREFIXES
from xqgraph.rdf.namespaces import ontology_path

__all__ = ["EXPORT_FORMATS", "SUFFIXES", "export_nquads", "graphs_of", "write_sorted_triples"]

EXPORT_FORMATS = ("turtle", "nt", "nq", "trig", "jsonld", "xml")
SUFFIXES = {"turtle": ".ttl", "nt": ".nt", "nq": ".nq", "trig": ".trig", "jsonld": ".jsonld", "xml": ".rdf"}
_OX = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
       "trig": ox.RdfFormat.TRIG, "xml": ox.RdfFormat.RDF_XML}


def _sorted_quads(nquads: bytes) -> list[ox.Quad]:
    quads = {q for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)}
    return sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def _sorted_triples(quads: list[ox.Quad]) -> list[ox.Triple]:
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def _jsonld(triples: list[ox.Triple]) -> bytes:
    context = json.loads(Path(ontology_path("context.jsonld")).read_text(encoding="utf-8"))["@context"]
    graph = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    data = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    nodes = data.get("@graph", [data] if "@id" in data else [])
    nodes = sorted(nodes, key=lambda n: str(n.get("@id", "")))
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    out = {"@context": context, "@graph": nodes}  # the context inline: readers need no network
    return (json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def graphs_of(nquads: bytes) -> dict[str, bytes]:
    """N-Triples of each named graph, by graph IRI, sorted: what a Graph Store upload sends."""
    out: dict[str, list[str]] = {}
    for q in _sorted_quads(nquads):
        if isinstance(q.graph_name, ox.NamedNode):
            out.setdefault(q.graph_name.value, []).append(f"{q.subject} {q.predicate} {q.object} .")
    return {iri: ("\n".join(lines) + "\n").encode("utf-8") for iri, lines in out.items()}


def export_nquads(nquads: bytes, fmt: str) -> bytes:
    r"""Render the quads of a store (N-Quads bytes) in *fmt*, deterministically.

    Examples
    --------
    >>> nq = b'<urn:a> <urn:p> "x" <urn:g> .\n'
    >>> export_nquads(nq, "nt").decode()
    '<urn:a> <urn:p> "x" .\n'
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    quads = _sorted_quads(nquads)
    if fmt in ("nq", "trig"):
        return ox.serialize(quads, format=_OX[fmt], prefixes=PREFIXES) or b""
    triples = _sorted_triples(quads)
    if fmt == "jsonld":
        return _jsonld(triples)
    prefixes = PREFIXES if fmt in ("turtle", "xml") else None
    return ox.serialize(triples, format=_OX[fmt], prefixes=prefixes) or b""


_CHUNK = 200_000  # lines sorted in memory at a time (some tens of MB)


def _sorted_runs(chunks: Iterable[bytes], tmp: Path) -> list[Path]:
    """Sorted, de-duplicated runs of the lines of *chunks*, each in its own file."""
    runs: list[Path] = []
    lines: list[bytes] = []

    def flush() -> None:
        run = tmp / f"run{len(runs)}.nt"
        lines.sort()  # fast: the lines come in sorted pieces, one per graph, and timsort merges such runs
        run.write_bytes(b"".join(dict.fromkeys(lines)))  # without duplicates, in order
        runs.append(run)
        lines.clear()

    for chunk in chunks:
        lines.extend(chunk.splitlines(keepends=True))
        if len(lines) >= _CHUNK:
            flush()
    if lines or not runs:
        flush()
    return runs


def _merged(runs: list[Path]) -> Iterator[bytes]:
    files = [run.open("rb") for run in runs]
    try:
        last = None
        for line in heapq.merge(*files):
            if line != last:
                yield line
                last = line
    finally:
        for f in files:
            f.close()


def write_sorted_triples(ntriples: Iterable[bytes], fmt: str, path: str | Path) -> None:
    r"""Write the triples of *ntriples* (canonical N-Triples, in chunks of whole lines) sorted, without
    duplicates, to *path*, in bounded memory.

    The same bytes as :func:`export_nquads` gives for ``turtle`` and ``nt``:
    canonical N-Triples lines sort like their (subject, predicate, object)
    terms, because no IRI contains ``>``, and UTF-8 bytes sort like code
    points.  Lines are sorted in runs of :data:`_CHUNK`, merged from
    temporary files and streamed through Oxigraph's serializer, so a corpus
    of any size fits in memory.

    Examples
    --------
    >>> import os, tempfile
    >>> from pathlib import Path
    >>> graphs = [b'<urn:b> <urn:p> "x" .\n<urn:a> <urn:p> "y" .\n', b'<urn:b> <urn:p> "x" .\n']
    >>> out = os.path.join(tempfile.mkdtemp(), "g.nt")
    >>> write_sorted_triples(graphs, "nt", out)
    >>> print(Path(out).read_text(), end="")
    <urn:a> <urn:p> "y" .
    <urn:b> <urn:p> "x" .
    """
    if fmt not in ("turtle", "nt"):
        raise ValueError(f"write_sorted_triples writes turtle or nt, not {fmt!r}")
    out = Path(path)
    with tempfile.TemporaryDirectory(prefix="xqgraph-sort-", dir=out.parent) as tmp:
        merged = Path(tmp) / "merged.nt"
        with merged.open("wb") as f:
            f.writelines(_merged(_sorted_runs(ntriples, Path(tmp))))
        prefixes = PREFIXES if fmt == "turtle" else None
        ox.serialize(ox.parse(path=merged, format=ox.RdfFormat.N_TRIPLES), out, format=_OX[fmt], prefixes=prefixes)
