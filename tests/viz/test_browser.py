"""The planner's view in a real browser (Debian's Chromium through Playwright), with the network off."""

import os
import shutil
from pathlib import Path

import pytest
from rdflib import Graph

from xqgraph.viz import graph_to_networkx, render_html

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
HOSTILE = """@prefix xq: <https://w3id.org/xqgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<urn:x> a xq:Project ; rdfs:label "<img src=x onerror=alert(1)>"@zh ; xq:locatedIn <urn:y> .
<urn:y> a xq:Town ; rdfs:label "甲\\\\乙\\"镇</script><script>alert(2)</script>"@zh .
<urn:mx> xq:refersTo <urn:x> ; xq:sourceText "句子<b onmouseover=alert(3)>粗</b>"@zh .
"""


@pytest.fixture(scope="module")
def browser():
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is required under CI; .ci/run installs it")
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


def _open(browser, html_path: Path):
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    seen = {"errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.route("http*://**", lambda route: route.abort())  # no network at all
    page.goto(html_path.as_uri())
    page.wait_for_timeout(800)
    return page, seen


def test_search_and_panel_offline(browser, built_dir) -> None:
    page, seen = _open(browser, built_dir / "graph.html")
    page.fill("#xq-search", "杨柳青镇")
    page.wait_for_timeout(300)
    panel = page.inner_text("#xq-panel")
    assert panel.startswith("杨柳青镇") and "位于 西青区" in panel and "辛口镇环境面貌明显改善" in panel
    # each sentence names its document and section (line 29 of the text, under 二、(四)开发开放力度加大。)
    where = page.evaluate("""[...document.querySelectorAll('#xq-panel li')]
        .find(li => li.textContent.includes('辛口镇环境面貌明显改善')).querySelector('.xq-where').textContent""")
    assert where.startswith("2018 天津市西青区人民政府关于印发西青区2018年国民经济和社会发展计划的通知")
    assert where.endswith(" · (四)开发开放力度加大。")
    page.fill("#xq-search", "xinkouzhen")  # pinyin, no tones
    page.wait_for_timeout(300)
    assert page.inner_text("#xq-panel").startswith("辛口镇")
    # then a click on 杨柳青镇 where the network draws it brings its panel back
    page.fill("#xq-search", "杨柳青镇")
    page.wait_for_timeout(300)
    page.evaluate("document.getElementById('xq-panel').style.display = 'none'")
    _click_node(page, "杨柳青镇")
    assert page.inner_text("#xq-panel").startswith("杨柳青镇")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph-panel.png"))
    assert seen["errors"] == []
    assert [u for u in seen["requests"] if not u.startswith(("file:", "data:"))] == []


def test_hostile_names_stay_text(browser, tmp_path) -> None:
    out = tmp_path / "hostile.html"
    out.write_text(render_html(graph_to_networkx(Graph().parse(data=HOSTILE, format="turtle"))), encoding="utf-8")
    page, seen = _open(browser, out)
    page.fill("#xq-search", "img")
    page.wait_for_timeout(300)
    panel = page.inner_text("#xq-panel")
    assert "<img src=x onerror=alert(1)>" in panel and "句子<b onmouseover=alert(3)>粗</b>" in panel
    page.fill("#xq-search", "甲")
    page.wait_for_timeout(300)
    assert "</script><script>alert(2)</script>" in page.inner_text("#xq-panel")
    page.mouse.move(650, 450)
    assert seen["dialogs"] == [] and page.query_selector("#xq-panel img") is None


def _click_node(page, label: str) -> None:
    """Click the node labelled *label* where the network draws it."""
    xy = page.evaluate("""label => { const id = Object.keys(network.body.nodes)
        .find(k => network.body.nodes[k].options.label === label);
        return network.canvasToDOM(network.getPositions([id])[id]); }""", label)
    box = page.query_selector("#mynetwork").bounding_box()
    page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    page.wait_for_timeout(300)


def test_click_and_filters(browser, built_dir) -> None:
    page, seen = _open(browser, built_dir / "graph.html")
    _click_node(page, "西青区")
    assert page.inner_text("#xq-panel").startswith("西青区")
    located = page.evaluate("edges.get().filter(e => e.label === '位于').length")
    page.uncheck("#xq-relations label:has-text('位于') input")
    assert page.evaluate("edges.get().filter(e => e.hidden).length") == located > 10
    policies = page.evaluate("Object.values(nodes.get()).filter(n => n.shape === 'star').length")
    page.uncheck("#xq-filters label:has-text('Policy') input")
    assert page.evaluate("nodes.get().filter(n => n.hidden).length") == policies > 20
    options = page.eval_on_selector_all("#xq-document option", "os => os.map(o => o.value)")
    assert len(options) == 2 and options[1].startswith("2018 ")  # all documents, then the one built
    assert page.eval_on_selector_all("#xq-year option", "os => os.map(o => o.value)") == ["", "2018"]
    assert seen["errors"] == []


TWO_YEARS = """@prefix xq: <https://w3id.org/xqgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<urn:d1> a xq:Document ; dcterms:title "甲区2019年计划" ; xq:planYear 2019 ; xq:mentions <urn:a>, <urn:b> .
<urn:d2> a xq:Document ; dcterms:title "甲区2020年计划" ; xq:planYear 2020 ; xq:mentions <urn:b>, <urn:c> .
<urn:a> a xq:Project ; rdfs:label "一号工程"@zh .
<urn:b> a xq:Zone ; rdfs:label "乙产业园"@zh .
<urn:c> a xq:Project ; rdfs:label "二号工程"@zh .
"""


def test_year_filter(browser, tmp_path) -> None:
    out = tmp_path / "years.html"
    out.write_text(render_html(graph_to_networkx(Graph().parse(data=TWO_YEARS, format="turtle"))), encoding="utf-8")
    page, seen = _open(browser, out)
    visible = "nodes.get().filter(n => !n.hidden).map(n => n.label).sort()"
    page.select_option("#xq-year", "2019")
    assert page.evaluate(visible) == ["一号工程", "乙产业园"]
    page.select_option("#xq-year", "2020")
    assert page.evaluate(visible) == ["乙产业园", "二号工程"]
    page.select_option("#xq-year", "")
    assert page.evaluate(visible) == ["一号工程", "乙产业园", "二号工程"]
    assert seen["errors"] == []


def test_targets_view(browser, tmp_path) -> None:
    from xqgraph.build import build_graph

    data = Path(__file__).resolve().parents[1] / "data" / "tracking"
    assert build_graph(sorted(data.glob("hongqi-*.txt")), tmp_path).ok
    page, seen = _open(browser, tmp_path / "graph.html")
    assert not page.is_visible("#xq-targets")
    page.click("#xq-targets-button")
    rows = page.eval_on_selector_all(
        "#xq-targets tr.xq-target-row", "rs => rs.map(r => [...r.cells].map(c => c.textContent))")
    # the 2019 plan's employment target against what the 2020 plan reports (read off the two texts)
    assert ["城镇新增就业", "红旗区", "2019", "1.2万人", "1.26万人", "105%", "达成 met"] in rows
    assert ["一般公共预算收入", "红旗区", "2019", "13.5亿元", "12.9亿元", "96%", "未达成 not met"] in rows
    assert ["新增造林面积", "红旗区", "2019", "5000亩", "", "", "无数据 no data"] in rows
    assert ["城镇新增就业", "红旗区", "2018", "", "1.05万人", "", ""] in rows  # achieved, never a target
    headings = page.eval_on_selector_all("#xq-targets h4", "hs => hs.map(h => h.textContent)")
    assert "新乡市红旗区2019年国民经济和社会发展计划 · (二)民生发展目标。" in headings  # heading, not its paragraph
    widths = page.eval_on_selector_all("#xq-targets .xq-bar", "bs => bs.map(b => b.style.width)")
    assert len(widths) == 6 and "63px" in widths  # 60 px per 100 %: 105 % is 63 px
    page.screenshot(path=str(ARTIFACTS / "targets.png"))
    page.click("#xq-targets-button")
    assert not page.is_visible("#xq-targets")
    assert seen["errors"] == []


def test_targets_view_keeps_text_as_text(browser, tmp_path) -> None:
    row = {"document": "</script><script>alert(1)</script>", "section": "<b>节</b>", "subject": "甲\\区\"",
           "indicator": "<img src=x onerror=alert(2)>", "year": "2019", "target": "1人", "achieved": "",
           "ratio": "", "status": "no data"}
    out = tmp_path / "targets.html"
    out.write_text(render_html(graph_to_networkx(Graph()), targets=[row]), encoding="utf-8")
    page, seen = _open(browser, out)
    page.click("#xq-targets-button")
    text = page.inner_text("#xq-targets")
    assert "<img src=x onerror=alert(2)>" in text and "</script><script>alert(1)</script>" in text
    assert '甲\\区"' in text and "<b>节</b>" in text
    assert seen["dialogs"] == [] and page.query_selector("#xq-targets img, #xq-targets b") is None
