"""An embedded SPARQL store on disk: one named graph per document.

Oxigraph (through pyoxigraph) was chosen for its measured speed (see
``../shared/FACTS.md``: joins and GROUP BY 30–50× faster than rdflib's
engine, 3× less memory) and its transactional, persistent storage.  Writing
a document is one SPARQL update (``DROP SILENT GRAPH`` then ``INSERT DATA``),
which Oxigraph applies as one transaction: a document is fully in or fully
out, and rebuilding it replaces its graph instead of adding to it.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox

from xqgraph.errors import QueryError, StoreError

__all__ = ["GraphStore"]

_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*)*(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
                     re.IGNORECASE)


class GraphStore:
    """A SPARQL store, in memory (``path=None``) or persistent in a directory.

    Examples
    --------
    >>> store = GraphStore(None)
    >>> store.replace_document("urn:doc:1", b'<urn:a> <urn:p> "x" .\\n')
    >>> len(store), bool(store.query("ASK { <urn:a> <urn:p> ?o }"))
    (1, True)
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._store = ox.Store()
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc} "
                             "(is another xqgraph process using it?)") from exc

    @classmethod
    def open_existing(cls, path: str | Path) -> GraphStore:
        """Open a store that a build wrote; fail with a hint when there is none."""
        p = Path(path)
        if not p.is_dir() or not any(p.iterdir()):
            raise StoreError(f"no graph store at {p}: run `xqgraph build FILE... -o {p.parent}` first")
        return cls(p)

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store."""
        if self.path is not None:
            self._store.flush()
        del self._store

    def __len__(self) -> int:
        return len(self._store)

    def graphs(self) -> list[str]:
        """IRIs of the named graphs (one per document), sorted."""
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def replace_document(self, graph_iri: str, ntriples: bytes) -> None:
        """Replace the named graph *graph_iri* by the N-Triples *ntriples*, atomically."""
        body = ntriples.decode("utf-8")
        update = f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}"
        try:
            self._store.update(update)
        except (SyntaxError, OSError) as exc:
            raise StoreError(f"cannot write graph {graph_iri}: {exc}") from exc

    def query(self, sparql: str, *, prefixes: dict[str, str] | None = None,
              ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a read-only SPARQL query over the union of all documents.

        *prefixes* maps prefix names to IRIs, declared for the query without
        changing its line numbers.

        Raises
        ------
        QueryError
            For a syntax error (with its line and column) or an update.
        """
        if _UPDATE.match(sparql):
            raise QueryError("updates are not allowed here: the store is changed only by `xqgraph build`")
        try:
            return self._store.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)
        except SyntaxError as exc:
            where = re.search(r"(\d+):(\d+)", str(exc))
            place = f" at line {where.group(1)}, column {where.group(2)}" if where else ""
            detail = re.sub(r"^error at \d+:\d+:\s*", "", str(exc))
            raise QueryError(f"SPARQL syntax error{place}: {detail}") from exc
        except OSError as exc:
            raise StoreError(f"cannot read the store at {self.path}: {exc}") from exc

    def to_nquads(self) -> bytes:
        """Every quad of the store (one named graph per document) as N-Quads."""
        return self._store.dump(format=ox.RdfFormat.N_QUADS) or b""

    def to_ntriples(self) -> bytes:
        """All triples of all documents as N-Triples."""
        triples = self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        assert isinstance(triples, ox.QueryTriples)
        return triples.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
