"""What a build keeps of each document beside the store, so that it never has to read the store back.

For a document in the store, ``OUT/documents/`` holds (``KEY`` is a hash of its id):

``KEY.entities.nt``
    its part of the shared entity graph, from which that graph is rebuilt
    when a document is rebuilt or removed;
``KEY.triples.nt.gz``
    all its triples, sorted and without duplicates, which ``graph.ttl`` is
    merged from;
``KEY.measures.json``
    its measures as target tracking reads them.

Reading them back costs a few milliseconds per document; reading the same
from Oxigraph costs tens (every term is looked up again), and that cost was
paid at the end of every build, by one process, for the whole corpus.  A
document built by an older xqgraph has no files: callers then fall back to
the store.
"""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DOCUMENTS_DIR", "DocumentFiles", "write_atomically"]

DOCUMENTS_DIR = "documents"
_KINDS = ("entities.nt", "triples.nt.gz", "measures.json")


def write_atomically(path: Path, data: bytes) -> None:
    """Write *data* to *path* through a temporary file: a reader sees the old bytes or the new, never half."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


@dataclass(frozen=True)
class DocumentFiles:
    """The per-document files under *root* (``OUT/documents``).

    Examples
    --------
    >>> import tempfile
    >>> files = DocumentFiles(Path(tempfile.mkdtemp()))
    >>> files.write("d1", entities=b"E", triples_gz=DocumentFiles.compress(b"T"), measures=b"[]")
    >>> files.entities("d1"), files.sorted_triples("d1"), files.measures("d1"), files.measures("d2")
    (b'E', b'T', b'[]', None)
    >>> files.remove("d1"); files.entities("d1") is None
    True
    """

    root: Path

    @staticmethod
    def key(document_id: str) -> str:
        """The file-name stem of a document: its id may hold any character."""
        return hashlib.sha256(document_id.encode("utf-8")).hexdigest()[:32]

    def _path(self, document_id: str, kind: str) -> Path:
        return self.root / f"{self.key(document_id)}.{kind}"

    @staticmethod
    def compress(sorted_triples: bytes) -> bytes:
        """The bytes of a ``.triples.nt.gz`` file (fast gzip, no time stamp), made where the triples are."""
        return gzip.compress(sorted_triples, compresslevel=1, mtime=0)

    def write(self, document_id: str, *, entities: bytes, triples_gz: bytes, measures: bytes) -> None:
        """Write (or replace) a document's files; *triples_gz* comes from :meth:`compress`."""
        self.root.mkdir(parents=True, exist_ok=True)
        write_atomically(self._path(document_id, "entities.nt"), entities)
        write_atomically(self._path(document_id, "triples.nt.gz"), triples_gz)
        write_atomically(self._path(document_id, "measures.json"), measures)

    def _read(self, document_id: str, kind: str) -> bytes | None:
        try:
            return self._path(document_id, kind).read_bytes()
        except FileNotFoundError:
            return None

    def entities(self, document_id: str) -> bytes | None:
        """The document's part of the entity graph (N-Triples), or None when it has no files."""
        return self._read(document_id, "entities.nt")

    def sorted_triples(self, document_id: str) -> bytes | None:
        """All the document's triples, sorted N-Triples lines, or None."""
        data = self._read(document_id, "triples.nt.gz")
        return None if data is None else gzip.decompress(data)

    def measures(self, document_id: str) -> bytes | None:
        """The document's measure records (JSON), or None."""
        return self._read(document_id, "measures.json")

    def remove(self, document_id: str) -> None:
        """Delete a document's files (those that exist)."""
        for kind in _KINDS:
            self._path(document_id, kind).unlink(missing_ok=True)
