"""PDF files with a text layer (``pypdf``); scanned pages are an error."""

from __future__ import annotations

from pathlib import Path

from xqgraph.errors import InputError

__all__ = ["pdf_to_text"]


def pdf_to_text(path: str | Path) -> str:
    """Return the text layer of a PDF, page by page.

    Raises
    ------
    InputError
        "no text layer" for a scanned PDF; also for an unreadable or encrypted file.
    """
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:
        raise ImportError("reading PDF needs pypdf: pip install 'xqgraph[formats]'") from None
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise InputError(f"{path}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, OSError) as exc:
        raise InputError(f"{path}: not a readable PDF ({exc})") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise InputError(f"{path}: no text layer (a scanned PDF needs OCR first)")
    return text
