"""Word documents (.docx): paragraphs and tables, in document order."""

from __future__ import annotations

import zipfile
from pathlib import Path

from xqgraph.errors import InputError

__all__ = ["docx_to_text"]


MAX_UNZIPPED = 200 * 1024 * 1024
MAX_RATIO = 200


def _refuse_zip_bomb(path: str | Path) -> None:
    """Refuse a package that would expand beyond reason before anything unpacks it."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"{path}: not a readable .docx file ({exc})") from exc
    total = sum(i.file_size for i in infos)
    worst = max((i.file_size / max(i.compress_size, 1) for i in infos), default=0)
    if total > MAX_UNZIPPED or worst > MAX_RATIO:
        raise InputError(f"{path}: refused, it would unpack to {total / 1e6:.0f} MB "
                         f"(compression ratio {worst:.0f}:1), a zip bomb")


def docx_to_text(path: str | Path) -> str:
    """Return the text of a .docx file: one line per paragraph, one per table row.

    Raises
    ------
    InputError
        When the file is not a readable .docx package.
    """
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:
        raise ImportError("reading .docx needs python-docx: pip install 'xqgraph[formats]'") from None
    _refuse_zip_bomb(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises zipfile, KeyError and its own errors
        raise InputError(f"{path}: not a readable .docx file ({type(exc).__name__}: {exc})") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                # a merged cell is the same cell in each column it spans: once; equal texts in two cells stay two
                cells = [c.text.strip() for c in {id(c._tc): c for c in row.cells}.values()]
                lines.append(" | ".join(cells))
    return "\n".join(lines)
