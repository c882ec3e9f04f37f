"""An embedded SPARQL store on disk: one named graph per document.

Oxigraph (through pyoxigraph) was chosen for its measured speed (see
``../shared/FACTS.md``: joins and GROUP BY 30–50× faster than rdflib's
engine, 3× less memory) and its transactional, persistent storage.

Two ways to write a graph:

* :meth:`GraphStore.replace_document` is atomic.  pyoxigraph 0.5 has no
  Python transaction API, and ``remove_graph`` followed by ``load`` would be
  two transactions, so the new triples are parsed and validated in Python,
  then written with ONE SPARQL update, ``DROP SILENT GRAPH <g> ; CREATE
  SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``.  ``Store.update``
  applies a whole request as one transaction (checked: when a later
  operation fails, the earlier ``DROP`` is rolled back).
* :meth:`GraphStore.replace_documents` and :meth:`GraphStore.load_quads`
  use Oxigraph's bulk loader: about twice as fast, and RocksDB's memory
  tables do not grow, but a crash can leave a graph half written.  A build
  uses them for documents and marks those files unbuilt in its manifest
  first, so the next build writes them again.

Queries see the union of all named graphs as their default graph.  Oxigraph
counts a triple once per named graph that holds it, so what is true of an
entity whichever document names it is kept in one shared graph (see
:data:`xqgraph.rdf.build.ENTITIES_GRAPH`), not repeated in every document.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox

from xqgraph.errors import QueryError, StoreError
from xqgraph.store.results import display_width

__all__ = ["GraphStore", "QueryResult"]

#: What :meth:`GraphStore.query` returns: solutions (SELECT), a boolean (ASK),
#: or triples (CONSTRUCT/DESCRIBE; a list when a timeout was given).
QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples | list[ox.Triple]

# A SPARQL update after an optional prologue; comments are stripped first.
_UPDATE = re.compile(
    r"^\s*(?:(?:BASE\s*<[^>]*>|PREFIX\s*[^\s:]*:\s*<[^>]*>)\s*)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
_COMMENT = re.compile(r"(?m)(?:^|(?<=\s))#[^\n]*")
_POSITION = re.compile(r"^error at (\d+):(\d+):\s*")
_ROCKSDB_MARKER = "CURRENT"  # every RocksDB directory has it


def _syntax_error(sparql: str, exc: SyntaxError) -> QueryError:
    """A QueryError naming the line and column of a pyoxigraph SyntaxError.

    pyoxigraph leaves ``lineno``/``offset`` unset and writes the position,
    1-based and counted in characters, into the message: ``error at 2:16: ...``.
    """
    message = str(exc)
    match = _POSITION.match(message)
    detail = message[match.end():] if match else message
    if "Prefix not found" in detail:
        detail = "a prefixed name uses an undeclared prefix; declare it with PREFIX name: <iri>"
    elif len(detail) > 300:
        detail = detail[:300] + " …"
    if not match:
        return QueryError(f"SPARQL syntax error: {detail}")
    line, column = int(match.group(1)), int(match.group(2))
    lines = sparql.splitlines() or [""]
    text = lines[min(line, len(lines)) - 1]
    caret = " " * display_width(text[: max(column - 1, 0)]) + "^"
    return QueryError(f"SPARQL syntax error at line {line}, column {column}: {detail}\n  {text}\n  {caret}")


def _line_chunks(data: bytes | Path, size: int) -> Iterator[bytes]:
    """*data* (or the file's bytes) in pieces of about *size* bytes, each ending at a line end."""
    if isinstance(data, bytes):
        if data:
            yield data
        return
    with data.open("rb") as f:
        rest = b""
        while block := f.read(size):
            block = rest + block
            cut = block.rfind(b"\n") + 1
            rest = block[cut:]
            if cut:
                yield block[:cut]
        if rest:
            yield rest


class GraphStore:
    """A SPARQL store, in memory (``path=None``) or persistent in a directory.

    Each document is one named graph; queries see the union of all of them
    as their default graph.

    Parameters
    ----------
    path
        Directory of the store (created if missing, unless *must_exist*);
        ``None`` keeps the store in memory.
    must_exist
        Refuse to create a store: raise :class:`StoreError` when *path* holds
        none (see :meth:`open_existing`).
    read_only
        Open without taking the write lock, so that several readers can share
        the directory.  Undefined behaviour (pyoxigraph's warning) when a
        writer uses it at the same time.

    Raises
    ------
    StoreError
        When the directory is locked by another process, damaged, not a
        directory, or missing while *must_exist* is set.

    Examples
    --------
    >>> store = GraphStore(None)
    >>> store.replace_document("urn:doc:1", b'<urn:a> <urn:p> "x" .\\n')
    >>> len(store), bool(store.query("ASK { <urn:a> <urn:p> ?o }"))
    (1, True)
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, must_exist: bool = False,
                 read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._store: ox.Store | None = None
        if self.path is None:
            if read_only or must_exist:
                raise ValueError("read_only and must_exist need a store directory, not path=None")
            self._store = ox.Store()
            return
        if (must_exist or read_only) and not (self.path / _ROCKSDB_MARKER).is_file():
            raise StoreError(f"no graph store at {self.path}: run `xqgraph build FILE... -o DIR` first "
                             f"(the store is DIR/{self.path.name})")
        try:
            self._store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(f"the graph store at {self.path} is locked by another process ({exc}): "
                                 "wait until the other xqgraph command has finished, then retry") from exc
            raise StoreError(f"cannot open the graph store at {self.path}: {exc}") from exc
        except RuntimeError as exc:  # RocksDB reports corruption as RuntimeError, not OSError
            hint = ("another process may be writing it; retry when it has finished" if read_only else
                    "delete the directory and run `xqgraph build` again")
            raise StoreError(f"the graph store at {self.path} is damaged ({exc}): {hint}") from exc

    @classmethod
    def open_existing(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> GraphStore:
        """Open a store that a build wrote; fail with a hint when there is none.

        Parameters
        ----------
        path
            The store directory.
        read_only
            See :class:`GraphStore`.

        Returns
        -------
        GraphStore
            The opened store.

        Raises
        ------
        StoreError
            When *path* holds no store (telling to run ``xqgraph build``),
            or it is locked or damaged.

        Examples
        --------
        >>> import tempfile
        >>> GraphStore.open_existing(tempfile.mkdtemp())
        Traceback (most recent call last):
        xqgraph.errors.StoreError: no graph store at ...: run `xqgraph build FILE... -o DIR` first ...
        """
        return cls(path, must_exist=True, read_only=read_only)

    # -- life cycle -------------------------------------------------------

    @property
    def _s(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"the graph store at {self.path or '(memory)'} is closed")
        return self._store

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Flush to disk and release the store; closing twice is harmless.

        The directory lock is released when the last reference to the
        pyoxigraph store goes, which includes unconsumed query results.

        Examples
        --------
        >>> store = GraphStore(None)
        >>> store.close()
        >>> store.close()
        """
        if self._store is None:
            return
        try:
            if self.path is not None and not self.read_only:
                self._store.flush()
        except OSError as exc:
            raise StoreError(f"cannot flush the graph store at {self.path}: {exc}") from exc
        finally:
            self._store = None

    def __len__(self) -> int:
        return len(self._s)

    def __repr__(self) -> str:
        state = "closed" if self._store is None else f"{len(self._store)} quads"
        return f"<GraphStore {self.path or '(memory)'}: {state}>"

    # -- writing ----------------------------------------------------------

    def replace_document(self, graph_iri: str, data: bytes | str, *,
                         format: str | ox.RdfFormat = "application/n-triples") -> None:
        """Replace the named graph *graph_iri* by the triples in *data*, atomically.

        The graph's old triples are removed and the new ones written in one
        transaction: after a crash the graph holds either the old or the new
        triples, never a mix, and rebuilding a document never duplicates it.

        Parameters
        ----------
        graph_iri
            IRI of the document's named graph.
        data
            Triples (UTF-8) in *format*.
        format
            Media type (``application/n-triples``, ``text/turtle``, ...), file
            extension (``nt``, ``ttl``) or :class:`pyoxigraph.RdfFormat`; a
            format of triples, not quads.

        Raises
        ------
        ValueError
            For an invalid *graph_iri*, an unknown format or a quad format.
        StoreError
            When *data* does not parse (nothing is changed) or writing fails.

        Examples
        --------
        >>> store = GraphStore(None)
        >>> store.replace_document("urn:doc:1", b'<urn:a> <urn:p> "old" .\\n<urn:b> <urn:p> "old" .\\n')
        >>> store.replace_document("urn:doc:1", '<urn:a> <urn:p> "新" .', format="text/turtle")
        >>> len(store), store.graphs()
        (1, ['urn:doc:1'])
        """
        store = self._s
        if self.read_only:
            raise StoreError(f"the graph store at {self.path} is open read-only")
        graph = ox.NamedNode(graph_iri)  # ValueError for an invalid IRI; no injection into the update
        rdf_format = format if isinstance(format, ox.RdfFormat) else (
            ox.RdfFormat.from_media_type(format) or ox.RdfFormat.from_extension(format))
        if rdf_format is None:
            raise ValueError(f"unknown RDF format {format!r}; give a media type such as application/n-triples")
        if rdf_format.supports_datasets:
            raise ValueError(f"{rdf_format.name} holds quads; replace_document takes triples (N-Triples, Turtle, ...)")
        try:
            body = ox.serialize(ox.parse(data, format=rdf_format), format=ox.RdfFormat.N_TRIPLES) or b""
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot store graph {graph}: its {rdf_format.name} data is invalid ({exc}); "
                             "the store was not changed") from exc
        # Canonical N-Triples (pyoxigraph's own serializer) is valid inside INSERT DATA.
        update = (f"DROP SILENT GRAPH {graph} ;\nCREATE SILENT GRAPH {graph} ;\n"
                  f"INSERT DATA {{ GRAPH {graph} {{\n{body.decode('utf-8')}\n}} }}")
        try:
            store.update(update)
        except (SyntaxError, OSError, RuntimeError) as exc:
            raise StoreError(f"cannot write graph {graph} to the store at {self.path or '(memory)'}: {exc}") from exc

    def _parse(self, graph_iri: str, data: bytes | str, format: str | ox.RdfFormat) -> list[ox.Quad]:
        """*data*'s triples as quads of *graph_iri*, or StoreError naming the graph."""
        graph = ox.NamedNode(graph_iri)  # ValueError for an invalid IRI
        rdf_format = format if isinstance(format, ox.RdfFormat) else (
            ox.RdfFormat.from_media_type(format) or ox.RdfFormat.from_extension(format))
        if rdf_format is None:
            raise ValueError(f"unknown RDF format {format!r}; give a media type such as application/n-triples")
        if rdf_format.supports_datasets:
            raise ValueError(f"{rdf_format.name} holds quads; a graph is given as triples (N-Triples, Turtle, ...)")
        try:
            return [ox.Quad(q.subject, q.predicate, q.object, graph) for q in ox.parse(data, format=rdf_format)]
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot store graph {graph}: its {rdf_format.name} data is invalid ({exc}); "
                             "the store was not changed") from exc

    def replace_documents(self, graphs: list[tuple[str, bytes | str]], *,
                          format: str | ox.RdfFormat = "application/n-triples") -> None:
        """Replace many named graphs at once, fast, but NOT in one transaction.

        Every graph's data is parsed first (bad data changes nothing); then
        the old graphs are removed and all the new triples written with
        Oxigraph's bulk loader, which bypasses the write-ahead log and the
        memory tables: about twice as fast as :meth:`replace_document`, and a
        long build's memory stays flat.  After a crash in the middle some of
        these graphs may be missing or incomplete; ``xqgraph build`` removes
        their files from its manifest before writing, so the next build
        rebuilds them.  When a graph is given twice, the last data wins.

        Examples
        --------
        >>> store = GraphStore(None)
        >>> store.replace_documents([("urn:doc:1", b'<urn:a> <urn:p> "x" .'), ("urn:doc:2", b'<urn:b> <urn:p> "y" .')])
        >>> store.replace_documents([("urn:doc:1", b'<urn:a> <urn:p> "z" .')])
        >>> sorted(s["o"].value for s in store.query("SELECT ?o WHERE { ?s <urn:p> ?o }"))
        ['y', 'z']
        """
        self._writable()
        last = dict(graphs)
        quads = [q for graph_iri, data in last.items() for q in self._parse(graph_iri, data, format)]
        self.load_quads(list(last), ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")

    def load_quads(self, graph_iris: list[str], nquads: bytes | Path, *, chunk_bytes: int = 32 << 20,
                   lenient: bool = False) -> None:
        """Replace the named graphs *graph_iris* by the quads of *nquads* (N-Quads, or a file of them; bulk,
        not one transaction).

        The fast path of :meth:`replace_documents` for data made by xqgraph:
        Oxigraph parses the N-Quads itself, no Python object is made per
        triple.  Quads of graphs not in *graph_iris* are added to what those
        graphs hold.  Invalid data raises :class:`StoreError` and may leave
        the graphs incomplete.  A file is loaded *chunk_bytes* at a time: the
        bulk loader holds what it is given in memory (about 1.8 GiB for a
        single load of 7 M quads).  *lenient* skips Oxigraph's check of
        IRIs and language tags (the syntax is still checked): for N-Quads
        that Oxigraph's own serializer wrote, it takes about 15% less CPU.

        Examples
        --------
        >>> store = GraphStore(None)
        >>> store.load_quads(["urn:doc:1"], b'<urn:a> <urn:p> "x" <urn:doc:1> .\\n')
        >>> store.load_quads(["urn:doc:1"], b'<urn:a> <urn:p> "y" <urn:doc:1> .\\n')
        >>> [s["o"].value for s in store.query("SELECT ?o WHERE { ?s <urn:p> ?o }")]
        ['y']
        """
        store = self._writable()
        self.remove_documents(graph_iris)
        try:
            for chunk in _line_chunks(nquads, chunk_bytes):
                store.bulk_load(chunk, format=ox.RdfFormat.N_QUADS, lenient=lenient)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot store {len(graph_iris)} graph(s): invalid N-Quads ({exc}); "
                             "they may be incomplete until rebuilt") from exc
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"cannot write {len(graph_iris)} graph(s) to the store at {self.path or '(memory)'}: "
                             f"{exc}") from exc

    @classmethod
    def of_triples(cls, ntriples: bytes) -> GraphStore:
        """An in-memory store holding *ntriples* (canonical N-Triples) in one named graph, to query.

        Examples
        --------
        >>> store = GraphStore.of_triples(b'<urn:a> <urn:p> "x" .\\n')
        >>> [s["o"].value for s in store.query("SELECT ?o WHERE { ?s <urn:p> ?o }")]
        ['x']
        """
        store = cls(None)
        store._s.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode("urn:x-xqgraph:triples"))
        return store

    def remove_documents(self, graph_iris: list[str]) -> None:
        """Remove these named graphs; a graph the store does not hold is ignored.

        Examples
        --------
        >>> store = GraphStore(None)
        >>> store.replace_documents([("urn:doc:1", b'<urn:a> <urn:p> "x" .'), ("urn:doc:2", b'<urn:b> <urn:p> "y" .')])
        >>> store.remove_documents(["urn:doc:1", "urn:doc:3"])
        >>> store.graphs()
        ['urn:doc:2']
        """
        store = self._writable()
        try:
            for graph_iri in graph_iris:
                graph = ox.NamedNode(graph_iri)
                if store.contains_named_graph(graph):
                    store.remove_graph(graph)
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"cannot remove graphs from the store at {self.path or '(memory)'}: {exc}") from exc

    def _writable(self) -> ox.Store:
        store = self._s
        if self.read_only:
            raise StoreError(f"the graph store at {self.path} is open read-only")
        return store

    def flush(self) -> None:
        """Write the store's in-memory buffers to disk.

        RocksDB keeps recent writes in memory tables, one per index; a long
        build that never flushes grows by megabytes per document.  Flushing
        every few tens of megabytes written keeps memory flat.
        """
        if not self.read_only:
            self._s.flush()

    def optimize(self) -> None:
        """Compact the store's indexes, so that queries read one sorted run per index.

        Every bulk load adds sorted files that overlap the ones before, and a
        lookup must search each of them: on a freshly built store of 1,000
        documents, compaction made example queries 3-5× faster (employment.rq
        447 → 80 ms).  It rewrites the whole store, about 20 s per 10 million
        quads on 2 cores, and Oxigraph leaves the compacted files uncompressed
        (about 1.7× the disk space).
        """
        try:
            self._writable().optimize()
        except OSError as exc:
            raise StoreError(f"cannot optimize the store at {self.path or '(memory)'}: {exc}") from exc

    # -- reading ----------------------------------------------------------

    def graphs(self) -> list[str]:
        """IRIs of the named graphs (one per document), sorted.

        Examples
        --------
        >>> store = GraphStore(None)
        >>> store.replace_document("urn:doc:b", b"<urn:a> <urn:p> <urn:b> .")
        >>> store.replace_document("urn:doc:a", b"")
        >>> store.graphs()
        ['urn:doc:a', 'urn:doc:b']
        """
        return sorted(g.value for g in self._s.named_graphs() if isinstance(g, ox.NamedNode))

    def query(self, sparql: str, *, timeout: float | None = None, prefixes: dict[str, str] | None = None,
              ) -> QueryResult:
        """Run a read-only SPARQL query over the union of all documents.

        Parameters
        ----------
        sparql
            A SELECT, ASK, CONSTRUCT or DESCRIBE query.  Updates are refused
            (pyoxigraph's query parser never accepts them; this method says so
            clearly).
        timeout
            Seconds the whole evaluation may take.  With a timeout the results
            are computed eagerly in a worker thread (pyoxigraph releases the
            GIL while evaluating) and passed back serialized; SELECT and ASK
            results come back as the usual pyoxigraph objects, CONSTRUCT
            triples as a list.
            pyoxigraph cannot cancel a query: on timeout the worker finishes
            in the background and its result is dropped.
        prefixes
            Prefix name → IRI, declared for the query without changing its
            line numbers.

        Returns
        -------
        QueryResult
            Solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT and
            DESCRIBE), to give to :func:`~xqgraph.store.format_results`.

        Raises
        ------
        QueryError
            For a syntax error (with line and column), an update, an
            evaluation failure or a timeout.
        StoreError
            When the store cannot be read.

        Examples
        --------
        >>> store = GraphStore(None)
        >>> store.replace_document("urn:doc:1", b'<urn:a> <urn:p> "x" .')
        >>> store.replace_document("urn:doc:2", b'<urn:b> <urn:p> "y" .')
        >>> [s["o"].value for s in store.query("SELECT ?o WHERE { ?s <urn:p> ?o } ORDER BY ?o")]
        ['x', 'y']
        >>> store.query("SELECT ?s\\nWHERE { ?s ?p }")
        Traceback (most recent call last):
        xqgraph.errors.QueryError: SPARQL syntax error at line 2, column 16: ...
        """
        store = self._s
        if _UPDATE.match(_COMMENT.sub("", sparql)):
            raise QueryError("updates (INSERT, DELETE, LOAD, DROP, ...) are not allowed here: "
                             "the store is changed only by `xqgraph build`")

        def run() -> QueryResult | tuple[str, bytes]:
            result = store.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)
            if timeout is None:
                return result
            # Evaluate fully in the worker, but hand back only bytes: pyoxigraph's result
            # objects are thread-bound (pyo3 "unsendable"); touching one created in another
            # thread aborts the whole interpreter.
            if isinstance(result, ox.QueryTriples):
                return "triples", result.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
            return "results", result.serialize(format=ox.QueryResultsFormat.JSON) or b""

        try:
            if timeout is None:
                return run()  # type: ignore[return-value]
            kind, data = self._with_timeout(run, timeout)
            if kind == "triples":
                return [quad.triple for quad in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        except SyntaxError as exc:
            raise _syntax_error(sparql, exc) from exc
        except OSError as exc:
            if re.search(r"\bSERVICE\b", sparql, re.IGNORECASE):
                raise QueryError(f"a SERVICE call failed: {exc}") from exc
            raise StoreError(f"cannot read the graph store at {self.path or '(memory)'}: {exc}") from exc
        except (RuntimeError, ValueError) as exc:
            raise QueryError(f"the query failed: {exc}") from exc

    @staticmethod
    def _with_timeout(run: Callable[[], object], timeout: float) -> tuple[str, bytes]:
        outcome: dict[str, object] = {}

        def work() -> None:
            try:
                outcome["result"] = run()
            except BaseException as exc:  # handed to the caller's thread
                outcome["error"] = exc

        worker = threading.Thread(target=work, name="xqgraph-query", daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            raise QueryError(f"the query did not finish within {timeout:g} s: make it more selective "
                             "(more specific patterns, LIMIT) or allow a longer timeout")
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["result"]  # type: ignore[return-value]

    # -- export -----------------------------------------------------------

    def to_nquads(self) -> bytes:
        """Every quad of the store (one named graph per document) as N-Quads.

        Examples
        --------
        >>> store = GraphStore(None)
        >>> store.replace_document("urn:doc:1", b"<urn:a> <urn:p> <urn:b> .")
        >>> store.to_nquads()
        b'<urn:a> <urn:p> <urn:b> <urn:doc:1> .\\n'
        """
        return self._s.dump(format=ox.RdfFormat.N_QUADS) or b""

    def graph_ntriples(self, graph_iri: str) -> bytes:
        """The triples of one named graph as canonical N-Triples (empty when the store lacks it).

        Examples
        --------
        >>> store = GraphStore(None)
        >>> store.replace_document("urn:doc:1", b"<urn:a> <urn:p> <urn:b> .")
        >>> store.graph_ntriples("urn:doc:1"), store.graph_ntriples("urn:doc:2")
        (b'<urn:a> <urn:p> <urn:b> .\\n', b'')
        """
        graph = ox.NamedNode(graph_iri)
        if not self._s.contains_named_graph(graph):
            return b""
        return self._s.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""

    def count_by_class(self) -> dict[str, int]:
        """How many distinct subjects each class has, over all documents.

        Examples
        --------
        >>> store = GraphStore(None)
        >>> store.replace_document("urn:doc:1", b"<urn:a> a <urn:C> .\\n<urn:b> a <urn:C> .", format="text/turtle")
        >>> store.replace_document("urn:doc:2", b"<urn:a> a <urn:C> .", format="text/turtle")
        >>> store.count_by_class()
        {'urn:C': 2}
        """
        query = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } GROUP BY ?c"
        solutions = self._s.query(query)
        assert isinstance(solutions, ox.QuerySolutions)
        return {row["c"].value: int(row["n"].value) for row in solutions}

    def to_ntriples(self) -> bytes:
        """All triples of all documents as N-Triples.

        Examples
        --------
        >>> store = GraphStore(None)
        >>> store.replace_document("urn:doc:1", b"<urn:a> <urn:p> <urn:b> .")
        >>> store.to_ntriples()
        b'<urn:a> <urn:p> <urn:b> .\\n'
        """
        triples = self._s.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        assert isinstance(triples, ox.QueryTriples)
        return triples.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
