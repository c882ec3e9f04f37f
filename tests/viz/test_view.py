import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from xqgraph.viz import graph_to_networkx, render_html

XQ = "https://w3id.org/xqgraph/ontology#"
TTL = """@prefix xq: <https://w3id.org/xqgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<urn:town> a xq:Town ; rdfs:label "杨柳青镇"@zh ; xq:locatedIn <urn:district> .
<urn:district> a xq:District ; rdfs:label "西青区"@zh ; skos:altLabel "西青"@zh .
<urn:evil> a xq:Project ; rdfs:label "<img src=x onerror=alert(1)>"@zh .
<urn:m> a xq:Measure ; rdfs:label "2018年目标：新增就业 23500人"@zh ; xq:about <urn:district> .
"""


def _page() -> str:
    return render_html(graph_to_networkx(Graph().parse(data=TTL, format="turtle")), title="t")


def test_nodes_edges_and_attributes() -> None:
    G = graph_to_networkx(Graph().parse(data=TTL, format="turtle"))
    assert sorted(G.nodes) == ["urn:district", "urn:evil", "urn:town"]  # the measure is not a node
    assert list(G.edges(data="relation")) == [("urn:town", "urn:district", "locatedIn")]
    assert G.nodes["urn:district"]["aliases"] == ["西青"]
    assert G.nodes["urn:district"]["measures"] == ["2018年目标：新增就业 23500人"]


def test_page_is_self_contained() -> None:
    page = _page()
    outside = [v for v in re.findall(r"(?:src|href)\s*=\s*[\"']([^\"']*)", page)]
    assert outside == []  # no script, style or link points anywhere
    assert not re.search(r"cdn\.|jsdelivr|cdnjs|unpkg", page)
    assert "vis.DataSet" in page and len(page) > 300_000  # vis-network is inlined


def test_names_are_text_not_markup() -> None:
    page = _page()
    assert "<img src=x" not in page
    assert json.dumps("杨柳青镇") in page  # labels travel as JSON strings


def test_legend_lists_the_types_present() -> None:
    legend = re.search(r'<div id="xq-legend".*?</div>', _page(), re.S).group()
    assert "Place" in legend and "Project" in legend and "Policy" not in legend


def test_same_graph_same_bytes() -> None:
    assert _page() == _page()


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="<>&\"'/\\西青ab=()", max_size=20).map(lambda s: "<zq " + s + ">"))
def test_any_label_is_escaped(label: str) -> None:
    g = Graph()
    g.add((URIRef("urn:x"), RDF.type, URIRef(XQ + "Policy")))
    g.add((URIRef("urn:x"), RDFS.label, Literal(label, lang="zh")))
    page = render_html(graph_to_networkx(g))
    assert "<zq" not in page  # neither the label nor its tooltip reaches the page as markup
    assert "\\u003czq" in page
