"""Reading HTML pages, .docx and PDF files, and skipping what xqgraph does not read."""

from pathlib import Path

import pytest

from tests.conftest import DATA
from xqgraph.errors import InputError, UnsupportedFormatError
from xqgraph.ingest import load, read_document
from xqgraph.model import PartRole


def test_portal_page_keeps_the_article_and_its_metadata() -> None:
    doc = read_document(DATA / "portal-page.html")
    assert (doc.format, doc.encoding) == ("html", "utf-8")
    meta = doc.metadata
    assert meta.title == "某某区人民政府关于印发某某区2020年国民经济和社会发展计划的通知"
    assert meta.index_number == "11120000/2020-00012"
    assert meta.document_number == "某政发〔2020〕3号"
    assert (meta.written, meta.published) == ("2020-02-06", "2020-02-10")
    assert [(s.role, s.year) for s in doc.sections] == [(PartRole.REVIEW, 2019), (PartRole.PLAN, 2020)]
    assert "全年新增就业1.5万人" in doc.text
    for noise in ("首页", "互动交流", "统计代码", "_hmt", "网站标识码", "color:red"):
        assert noise not in doc.text  # navigation, scripts, styles and footer are gone


def test_gb18030_page_with_declared_charset(tmp_path: Path) -> None:
    page = (DATA / "portal-page.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="gb2312"')
    (tmp_path / "p.html").write_bytes(page.encode("gb18030"))
    doc = read_document(tmp_path / "p.html")
    assert doc.encoding == "gb18030" and doc.metadata.document_number == "某政发〔2020〕3号"


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("某某区2020年国民经济和社会发展计划")
    d.add_paragraph("一、2019年计划执行情况")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "新增就业", "1.2万人"
    d.add_paragraph("二、2020年主要目标任务")
    d.add_paragraph("全年新增就业1.5万人。")
    d.save(tmp_path / "plan.docx")
    loaded = load(tmp_path / "plan.docx")
    assert loaded.format == "docx"
    assert loaded.text.splitlines() == ["某某区2020年国民经济和社会发展计划", "一、2019年计划执行情况", "新增就业 | 1.2万人",
                                        "二、2020年主要目标任务", "全年新增就业1.5万人。"]


def test_a_docx_table_of_indicators_gives_measures(tmp_path: Path) -> None:
    import docx

    from xqgraph.extract.measures import find_measures

    d = docx.Document()
    d.add_paragraph("某某区2020年国民经济和社会发展计划")
    d.add_paragraph("二、2020年主要目标")
    rows = [("指标", "单位", "2019年完成", "2020年目标"), ("城镇新增就业", "万人", "1.2", "1.5以上"),
            ("规上工业增加值增速", "%", "8", "8"), ("说明：能耗指标完成省下达任务", "", "", "")]
    table = d.add_table(rows=4, cols=4)
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    table.rows[3].cells[0].merge(table.rows[3].cells[3])  # a note across the row: one cell, not four
    d.save(tmp_path / "plan.docx")
    doc = read_document(tmp_path / "plan.docx")
    assert doc.text.splitlines()[-1] == "说明:能耗指标完成省下达任务" and doc.text.count("说明") == 1
    assert [(m.indicator, m.value, m.unit, m.kind, m.year, m.comparator) for m in find_measures(doc)] == [
        ("城镇新增就业", 12000, "人", "achieved", 2019, "eq"), ("城镇新增就业", 15000, "人", "target", 2020, "ge"),
        ("规上工业增加值增速", 8, "%", "achieved", 2019, "eq"), ("规上工业增加值增速", 8, "%", "target", 2020, "eq")]


def _pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    for i, line in enumerate(lines):
        c.drawString(50, 800 - 20 * i, line)
    if not lines:
        c.rect(10, 10, 100, 100)  # a page with a picture and no text, like a scan
    c.showPage()
    c.save()
    return path


def test_pdf_text_layer(tmp_path: Path) -> None:
    doc = read_document(_pdf(tmp_path / "plan.pdf", ["某某区2020年计划", "二、2020年主要任务", "全年新增就业1.5万人。"]))
    assert doc.format == "pdf" and "全年新增就业1.5万人。" in doc.text
    assert [(s.role, s.year) for s in doc.sections] == [(PartRole.PLAN, 2020)]


def test_scanned_pdf_has_no_text_layer(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no text layer"):
        load(_pdf(tmp_path / "scan.pdf", []))


def test_broken_files_name_themselves(tmp_path: Path) -> None:
    (tmp_path / "bad.docx").write_bytes(b"not a zip")
    with pytest.raises(InputError, match="bad.docx"):
        load(tmp_path / "bad.docx")
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(InputError, match="bad.pdf"):
        load(tmp_path / "bad.pdf")


def test_unknown_types_are_skipped_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "a.xls").write_bytes(b"\xd0\xcf")
    with pytest.raises(UnsupportedFormatError, match="skipped.*\\.xls"):
        load(tmp_path / "a.xls")
