"""Read a file into text, whatever its format, then into a Document.

Plain text (any of the encodings :func:`~xqgraph.ingest.encoding.decode`
knows), saved HTML pages, Word .docx and PDF with a text layer.  Readers for
HTML, DOCX and PDF need the ``formats`` extra and import only when used.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from xqgraph.errors import InputError, UnsupportedFormatError
from xqgraph.ingest.encoding import decode
from xqgraph.model import Document

__all__ = ["MAX_BYTES", "SUPPORTED_SUFFIXES", "Loaded", "decode", "document_id", "load", "read_text", "read_document"]

MAX_BYTES = 20 * 1024 * 1024  # a policy document is rarely over 2 MB; 20 MB leaves room and bounds memory
_TEXT = {".txt", ".text", ".md", ""}
_MAGIC = ((b"%PDF", "a PDF file"), (b"PK\x03\x04", "a ZIP archive (.docx, .xlsx …)"),
          (b"\xd0\xcf\x11\xe0", "an old Office file (.doc, .xls)"), (b"\x89PNG", "a PNG image"),
          (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x7fELF", "a program"))
_HTML = {".html", ".htm", ".shtml", ".xhtml"}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(sorted((_TEXT | _HTML | {".docx", ".pdf"}) - {""}))


@dataclass(frozen=True)
class Loaded:
    """The text of a file and how it was read."""

    text: str
    format: str  # text | html | docx | pdf
    encoding: str | None  # for text and HTML


def _read_bytes(p: Path, max_bytes: int = MAX_BYTES) -> bytes:
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"{p}: {size / 1e6:.1f} MB is more than the {max_bytes / 1e6:.0f} MB "
                             "xqgraph reads from one document")
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read file: {exc.strerror or exc}") from exc


def _text_bytes(p: Path, max_bytes: int) -> bytes:
    """The bytes of a text or HTML file, refusing what is clearly something else."""
    data = _read_bytes(p, max_bytes)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{p}: this is {what}, not text; check the file's extension")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{p}: binary data, not text")
    return data


def load(path: str | Path, *, encoding: str | None = None, max_bytes: int = MAX_BYTES) -> Loaded:
    """Read any supported file into text.

    Raises
    ------
    UnsupportedFormatError
        For a file type xqgraph does not read (the caller may skip it).
    InputError
        If the file is missing, unreadable, undecodable or empty.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in _TEXT:
        text, enc = decode(_text_bytes(p, max_bytes), encoding=encoding, name=str(p))
        loaded = Loaded(text, "text", enc)
    elif suffix in _HTML:
        from xqgraph.ingest.html import html_to_text

        data = _text_bytes(p, max_bytes)
        page, enc = decode(data, encoding=encoding or _declared_charset(data), name=str(p))
        loaded = Loaded(html_to_text(page, name=str(p)), "html", enc)
    elif suffix == ".docx":
        from xqgraph.ingest.docx import docx_to_text

        _read_bytes(p, max_bytes)  # size and permission checks
        loaded = Loaded(docx_to_text(p), "docx", None)
    elif suffix == ".pdf":
        from xqgraph.ingest.pdf import pdf_to_text

        _read_bytes(p, max_bytes)
        loaded = Loaded(pdf_to_text(p), "pdf", None)
    else:
        raise UnsupportedFormatError(f"{p}: skipped, xqgraph does not read {suffix} files "
                                     f"(it reads {', '.join(SUPPORTED_SUFFIXES)})")
    if not loaded.text.strip():
        raise InputError(f"{p}: the file is empty")
    return loaded


def _declared_charset(data: bytes) -> str | None:
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", data[:4096], re.I)
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    return "gb18030" if name in ("gb2312", "gbk", "gb18030") else name


def read_text(path: str | Path, *, encoding: str | None = None) -> str:
    """Return the text of a document file (see :func:`load`)."""
    return load(path, encoding=encoding).text


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
    """Read and parse one document file of any supported format.

    Examples
    --------
    >>> doc = read_document("examples/xiqing-2018-plan.txt")  # doctest: +SKIP
    >>> doc.metadata.document_number, doc.format, doc.encoding  # doctest: +SKIP
    ('西青政发〔2018〕2号', 'text', 'utf-8')
    """
    from xqgraph.ingest.structure import parse_document

    loaded = load(path, encoding=encoding)
    doc = parse_document(loaded.text, source=str(path))  # the id comes from the content, not the path
    return replace(doc, format=loaded.format, encoding=loaded.encoding)
