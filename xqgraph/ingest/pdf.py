"""PDF files with a text layer (``pypdf``); scanned pages are an error."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from xqgraph.errors import InputError

__all__ = ["pdf_to_text", "rejoin_lines"]


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
    return rejoin_lines(text)


_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]+部分)")


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def rejoin_lines(text: str) -> str:
    r"""Undo the typesetter's line breaks: a full line runs on into the next.

    A line as wide as the page's text block (nine tenths of the widest lines)
    was wrapped, unless the next line opens a heading.

    Examples
    --------
    >>> page = "甲乙丙丁戊己庚辛壬癸甲乙\n丙丁。\n二、主要任务\n甲乙丙丁戊己庚辛壬癸甲乙\n甲乙丙丁戊己庚辛壬癸甲乙\n丙。"
    >>> print(rejoin_lines(page))
    甲乙丙丁戊己庚辛壬癸甲乙丙丁。
    二、主要任务
    甲乙丙丁戊己庚辛壬癸甲乙甲乙丙丁戊己庚辛壬癸甲乙丙。
    """
    lines = text.split("\n")
    widths = sorted(_width(line.rstrip()) for line in lines if line.strip())
    if not widths:
        return text
    full = widths[int(0.9 * (len(widths) - 1))] * 0.9
    out: list[str] = []
    last_width = 0  # of the previous physical line, not of the paragraph being rebuilt
    for line in lines:
        if out and last_width >= full and line.strip() and not _HEADING.match(line):
            out[-1] = out[-1] + line.strip()
        else:
            out.append(line.rstrip())
        last_width = _width(line.rstrip())
    return "\n".join(out)
