"""The planner's HTML view: one self-contained page, names as text, same graph → same bytes."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from xqgraph.viz import graph_to_networkx, render_html, write_html
from xqgraph.viz import html as viz_html

XQ = "https://w3id.org/xqgraph/ontology#"
HOSTILE = "<img src=x onerror=alert(1)>"
STATEMENTS = [
    "<urn:xq:town> a xq:Town ; rdfs:label \"杨柳青镇\"@zh ; skos:altLabel \"杨柳青\"@zh ; xq:locatedIn <urn:xq:district> .",
    "<urn:xq:district> a xq:District ; rdfs:label \"西青区\"@zh , \"Xiqing District\"@en .",
    f"<urn:xq:evil> a xq:Project ; rdfs:label \"{HOSTILE}\"@zh .",
    "<urn:xq:plan> a xq:Policy ; rdfs:label \"乡村振兴战略\"@zh .",
    "<urn:xq:m1> a xq:Measure ; xq:about <urn:xq:district> ; xq:indicator \"新增就业\" ; xq:value 23500 ;"
    " xq:unit \"人\" ; xq:year 2018 ; rdfs:label \"2018 新增就业 23500人\"@zh .",
    "<urn:xq:doc> a xq:Document ; dcterms:title \"2018年政府工作报告\" ; xq:mentions <urn:xq:town> , <urn:xq:evil> .",
]
PREFIXES = """@prefix xq: <https://w3id.org/xqgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""
# a tag that loads something from elsewhere: <script src=…>, <link href=…>, <img src=…>, <iframe src=…> …
OUTSIDE = re.compile(r"<(?:script|link|img|iframe|embed|object|source|audio|video)\b[^>]*\b(?:src|href|data)\s*=\s*"
                     r"[\"']?\s*(?:[a-z][a-z0-9+.-]*:|//)", re.I)


def _graph(statements: list[str] = STATEMENTS) -> Graph:
    return Graph().parse(data=PREFIXES + "\n".join(statements), format="turtle")


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(graph_to_networkx(_graph()), title="西青 <view>")


def _dataset(page: str, name: str) -> list[dict]:
    """The JSON pyvis put in ``name = new vis.DataSet([...]);``, parsed back."""
    found = re.search(rf"{name} = new vis\.DataSet\((\[.*?\])\);\n", page)
    assert found, name
    return json.loads(found.group(1))


def test_networkx_nodes_edges_and_attributes() -> None:
    G = graph_to_networkx(_graph())
    assert list(G.nodes) == ["urn:xq:district", "urn:xq:evil", "urn:xq:plan", "urn:xq:town"]  # IRI order
    assert G.number_of_nodes() == 4 and G.number_of_edges() == 1  # measures and documents are not nodes
    assert list(G.edges(data=True)) == [("urn:xq:town", "urn:xq:district",
                                         {"relation": "locatedIn", "label": "位于"})]
    district, town = G.nodes["urn:xq:district"], G.nodes["urn:xq:town"]
    assert (district["label"], district["type"], district["fine"]) == ("西青区", "Place", "District")  # @zh wins
    assert district["measures"] == ["2018 新增就业 23500人"]
    assert town["aliases"] == ["杨柳青"] and town["documents"] == ["2018年政府工作报告"]
    assert G.nodes["urn:xq:plan"]["type"] == "Policy" and G.nodes["urn:xq:plan"]["fine"] == ""


def test_unlabelled_measure_is_named_from_its_parts() -> None:
    g = _graph(STATEMENTS[:2] + ["<urn:xq:m2> a xq:Measure ; xq:about <urn:xq:town> ; xq:indicator \"新增绿化\" ;"
                                 " xq:value 120 ; xq:unit \"亩\" ; xq:year 2017 ."])
    assert graph_to_networkx(g).nodes["urn:xq:town"]["measures"] == ["2017 新增绿化 120亩"]


def test_page_is_self_contained(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert OUTSIDE.search(page) is None
    assert not re.search(r"cdn\.|jsdelivr|cdnjs|unpkg|cloudflare|googleapis", page)
    assert "bootstrap" not in page.lower().replace("vis-network", "")  # pyvis's CDN Bootstrap tags are gone
    assert "new vis.Network(" in page and "vis-network" in page and len(page) > 400_000  # the library is inline
    assert "<title>西青 &lt;view&gt;</title>" in page


def test_layout_is_precomputed_and_physics_off(page: str) -> None:
    nodes = _dataset(page, "nodes")
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) and n["physics"] is False for n in nodes)
    assert re.search(r'"physics": \{\s*"enabled": false', page)
    assert '"Noto Sans CJK SC"' in nodes[0]["font"]["face"] and "Microsoft YaHei" in nodes[0]["font"]["face"]
    assert [e["label"] for e in _dataset(page, "edges")] == ["位于"]


def test_hostile_name_is_text_not_markup(page: str) -> None:
    assert "<img src=x" not in page
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page  # JSON-escaped, as data
    evil = next(n for n in _dataset(page, "nodes") if n["id"] == "urn:xq:evil")
    assert evil["label"] == HOSTILE and evil["title"].startswith(HOSTILE + "\n")  # plain text, not &lt;…&gt;


def test_bundled_vis_shows_string_titles_as_text(page: str) -> None:
    """Tooltips are passed unescaped because vis-network 9.1.2 sets them with innerText; guard a pyvis upgrade."""
    assert "this.frame.innerText=t" in page


def test_tooltip_lists_type_aliases_and_measures(page: str) -> None:
    titles = {n["id"]: n["title"] for n in _dataset(page, "nodes")}
    assert titles["urn:xq:town"] == "杨柳青镇\n地点 Place Town\n别名：杨柳青"
    assert titles["urn:xq:district"] == "西青区\n地点 Place District\n指标：\n2018 新增就业 23500人"


def test_legend_lists_the_types_present(page: str) -> None:
    legend = re.search(r'<div id="xq-legend".*?</div>', page, re.S).group()
    assert re.findall(r'data-type="(\w+)"', legend) == ["Place", "Project", "Policy"]
    for t in ("Place", "Project", "Policy"):
        assert viz_html.TYPE_STYLE[t][0] in legend
    assert "Zone" not in legend and "Event" not in legend


def test_same_graph_same_bytes() -> None:
    one = render_html(graph_to_networkx(_graph()), title="t")
    two = render_html(graph_to_networkx(_graph(list(reversed(STATEMENTS)))), title="t")  # other insertion order
    assert one == two


def test_large_graph_layout_is_reproducible(monkeypatch: pytest.MonkeyPatch) -> None:
    """The spectral layout for big groups is seeded too (networkx's calls ARPACK with a random start)."""
    monkeypatch.setattr(viz_html, "_SPRING_LIMIT", 50)
    tree = nx.random_labeled_tree(300, seed=3)
    G = nx.MultiDiGraph()
    for i in sorted(tree):
        G.add_node(f"urn:n{i:04d}", label=f"名称{i}", type="Zone", fine="", aliases=[], measures=[])
    for u, v in sorted(tree.edges):
        G.add_edge(f"urn:n{u:04d}", f"urn:n{v:04d}", relation="partOf")
    pages = {render_html(G, title="t") for _ in range(3)}
    assert len(pages) == 1
    xs = {n["x"] for n in _dataset(pages.pop(), "nodes")}
    assert len(xs) > 100  # spread out, not one heap


def test_write_html(tmp_path: Path) -> None:
    out = write_html(_graph(), tmp_path / "view.html", title="t")
    assert out == tmp_path / "view.html"
    assert out.read_text(encoding="utf-8") == render_html(graph_to_networkx(_graph()), title="t")


def _one_event(label: str) -> str:
    g = Graph()
    g.add((URIRef("urn:x"), RDF.type, URIRef(XQ + "Event")))
    g.add((URIRef("urn:x"), RDFS.label, Literal(label, lang="zh")))
    return render_html(graph_to_networkx(g), title=label)


BENIGN = _one_event("x")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("<>/&\"'\\=!-scriptimg 西青\n\u2028")) | st.characters(), max_size=40))
def test_any_label_reaches_the_page_only_as_data(label: str) -> None:
    page = _one_event(label)
    [node] = _dataset(page, "nodes")
    assert node["label"] == label and node["title"].startswith(label)  # round-trips exactly, as text
    # not one < or > of the label reaches the page raw, so it can neither open a tag nor close a script
    assert (page.count("<"), page.count(">")) == (BENIGN.count("<"), BENIGN.count(">"))


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.skip("chromium not installed")
    pytest.importorskip("playwright.sync_api")
    return path


def test_browser_tooltip_is_text(chromium: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    out = write_html(_graph(), tmp_path / "view.html", title="t")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        try:
            tab = browser.new_page(viewport={"width": 1200, "height": 800})
            dialogs: list[str] = []
            tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            tab.route("http*://**", lambda route: route.abort())
            tab.goto(out.as_uri())
            xy = tab.evaluate("(() => network.canvasToDOM(network.getPositions(['urn:xq:evil'])['urn:xq:evil']))()")
            box = tab.query_selector("#mynetwork").bounding_box()
            tab.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
            tab.wait_for_selector("div.vis-tooltip", state="visible", timeout=3000)
            assert tab.inner_text("div.vis-tooltip").startswith(HOSTILE)
            assert tab.query_selector("div.vis-tooltip img") is None and dialogs == []
        finally:
            browser.close()


def test_sentences_carry_their_document_section_and_year() -> None:
    g = _graph(STATEMENTS + [
        "<urn:xq:doc> xq:planYear 2018 ; xq:hasSection <urn:xq:s1> .",
        "<urn:xq:s1> a xq:Section ; xq:heading \"（二）乡村振兴\"@zh .",
        "<urn:xq:mt> a xq:Mention ; xq:refersTo <urn:xq:town> ; xq:statedIn <urn:xq:doc> ; xq:inSection <urn:xq:s1> ;"
        " xq:sourceText \"杨柳青镇建设特色小镇。\"@zh .",
    ])
    town = graph_to_networkx(g).nodes["urn:xq:town"]
    assert town["sources"] == [("杨柳青镇建设特色小镇。", "2018 2018年政府工作报告", "（二）乡村振兴")]
    assert town["sentences"] == ["杨柳青镇建设特色小镇。"] and town["years"] == [2018]
    assert graph_to_networkx(g).nodes["urn:xq:district"]["years"] == []  # no document mentions it
