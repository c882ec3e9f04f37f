"""The example document in six forms gives the same entities and measures."""

import html
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE

TEXT = EXAMPLE.read_text(encoding="utf-8")


def _wrap(line: str, width: int = 80) -> list[str]:
    """Break a line as a typesetter would: by display width (a Chinese character is 2)."""
    out, cur, w = [], "", 0
    for ch in line:
        cw = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if w + cw > width:
            out.append(cur)
            cur, w = "", 0
        cur, w = cur + ch, w + cw
    return [*out, cur]


def _pdf(path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c, y = canvas.Canvas(str(path)), 800
    c.setFont("STSong-Light", 10)
    for line in TEXT.splitlines():
        for piece in _wrap(line):
            if y < 40:
                c.showPage()
                c.setFont("STSong-Light", 10)
                y = 800
            c.drawString(30, y, piece)
            y -= 14
    c.save()


def _docx(path: Path) -> None:
    import docx

    d = docx.Document()
    for line in TEXT.splitlines():
        d.add_paragraph(line)
    d.save(path)


def _html(path: Path) -> None:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in TEXT.splitlines())
    path.write_text("<html><head><meta charset='utf-8'><title>西青区</title><script>var a=1;</script></head><body>"
                    "<div class='nav'><a href='/'>首页</a></div><div class='article'>" + body +
                    "</div><div class='footer'>版权所有</div></body></html>", encoding="utf-8")


MAKERS = {
    "utf8.txt": lambda p: p.write_bytes(TEXT.encode("utf-8")),
    "gb18030-crlf.txt": lambda p: p.write_bytes(TEXT.replace("\n", "\r\n").encode("gb18030")),
    "utf16.txt": lambda p: p.write_bytes(TEXT.encode("utf-16")),
    "page.html": _html,
    "plan.docx": _docx,
    "plan.pdf": _pdf,
}


def _facts(result):
    ents = {(e.name, e.type.value) for e in result.linked.entities}
    meas = {(m.value, m.unit, m.kind, m.year, m.comparator) for m in result.linked.measures}
    return ents, meas


@pytest.fixture(scope="module")
def reference(pipeline):
    return _facts(pipeline.run_file(EXAMPLE))


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_same_entities_and_measures_in_every_form(pipeline, reference, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    MAKERS[name](path)
    result = pipeline.run_file(path)
    ents, meas = _facts(result)
    ref_ents, ref_meas = reference
    from xqgraph.rdf.shacl import validate

    assert validate(result.graph)[0]  # every graph built in the tests conforms to the shapes
    assert meas == ref_meas
    assert ents == ref_ents
