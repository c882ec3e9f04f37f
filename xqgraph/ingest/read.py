"""Read a file from disk into text, then into a Document."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from xqgraph.errors import InputError
from xqgraph.model import Document

__all__ = ["decode", "document_id", "read_text", "read_document"]

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_SUFFIXES = {".txt", ".text", ".md", ""}


def decode(data: bytes, *, encoding: str | None = None, name: str = "<bytes>") -> tuple[str, str]:
    """Decode document bytes; return ``(text, encoding_used)``.

    A byte-order mark wins, then strict UTF-8, then strict GB18030 (which
    covers GBK and GB2312).  Line ends become ``\\n``.

    Raises
    ------
    InputError
        When no candidate decodes the bytes cleanly; the message names the
        file and suggests ``--encoding``.

    Examples
    --------
    >>> decode("西青区".encode("gb18030"))
    ('西青区', 'gb18030')
    """
    candidates = [encoding] if encoding else [enc for bom, enc in _BOMS if data.startswith(bom)]
    candidates = candidates or ["utf-8", "gb18030"]
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        return text.replace("\r\n", "\n").replace("\r", "\n"), enc
    tried = ", ".join(candidates)
    raise InputError(f"{name}: cannot decode as {tried}; pass --encoding with the file's encoding")


def read_text(path: str | Path, *, encoding: str | None = None) -> str:
    """Return the decoded text of a document file.

    Raises
    ------
    InputError
        If the file is missing, unreadable, of an unsupported type or
        cannot be decoded.
    """
    p = Path(path)
    if p.suffix.lower() not in _SUFFIXES:
        raise InputError(f"{p}: unsupported file type {p.suffix!r}; xqgraph reads plain text (.txt)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read file: {exc.strerror or exc}") from exc
    text, _ = decode(data, encoding=encoding, name=str(p))
    if not text.strip():
        raise InputError(f"{p}: the file is empty")
    return text


def document_id(path: str | Path) -> str:
    """Return a stable, IRI-safe id for a document from its file name.

    Examples
    --------
    >>> document_id("examples/xiqing-2018-plan.txt")
    'xiqing-2018-plan'
    """
    stem = unicodedata.normalize("NFKC", Path(path).stem)
    slug = re.sub(r"[^\w.-]+", "-", stem, flags=re.UNICODE).strip("-")
    return slug or "document"


def read_document(path: str | Path, *, encoding: str | None = None) -> Document:
    """Read and parse one document file.

    Examples
    --------
    >>> doc = read_document("examples/xiqing-2018-plan.txt")  # doctest: +SKIP
    >>> doc.metadata.document_number  # doctest: +SKIP
    '西青政发〔2018〕2号'
    """
    from xqgraph.ingest.structure import parse_document

    text = read_text(path, encoding=encoding)
    return parse_document(text, doc_id=document_id(path), source=str(path))
