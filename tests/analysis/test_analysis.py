"""Analytics on small hand-written graphs whose answers were worked out by hand."""

import io
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from rdflib import Graph

from xqgraph.analysis import (
    Community,
    NoChainError,
    build_date,
    graph_stats,
    network_bytes,
    relation_sentences,
    resolve_name,
    shortest_relation_path,
)
from xqgraph.viz import graph_to_networkx

PREFIXES = """@prefix xq: <https://w3id.org/xqgraph/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

# a star around 中心 with a tail 中心—丁—戊:
#   甲, 乙, 丙, 丁 each locatedIn 中心; 戊 locatedIn 丁
STAR = PREFIXES + """
<urn:c> a xq:District ; rdfs:label "中心"@zh .
<urn:1> a xq:Town ; rdfs:label "甲"@zh ; xq:locatedIn <urn:c> .
<urn:2> a xq:Town ; rdfs:label "乙"@zh ; xq:locatedIn <urn:c> .
<urn:3> a xq:Town ; rdfs:label "丙"@zh ; xq:locatedIn <urn:c> .
<urn:4> a xq:Town ; rdfs:label "丁"@zh ; xq:locatedIn <urn:c> .
<urn:5> a xq:Village ; rdfs:label "戊"@zh ; xq:locatedIn <urn:4> .
"""

# two 4-cliques (东一…东四, 西一…西四) joined by the single edge 东一—西一, and a lone name
CLIQUES = PREFIXES + "".join(
    f'<urn:{side}{i}> a xq:Zone ; rdfs:label "{name}{num}"@zh .\n'
    for side, name in (("e", "东"), ("w", "西")) for i, num in enumerate("一二三四", 1)
) + "".join(
    f"<urn:{side}{i}> xq:cooperatesWith <urn:{side}{j}> .\n"
    for side in "ew" for i in range(1, 5) for j in range(i + 1, 5)
) + """<urn:e1> xq:cooperatesWith <urn:w1> .
<urn:lone> a xq:Zone ; rdfs:label "孤岛"@zh .
"""

# 甲镇 —位于→ 乙区 —对口帮扶→ 丁市, 丙园 —位于→ 乙区, and 戊村 linked to nothing;
# 甲镇 is also 属于 乙区; 丁市 is stated in two documents with two sentences
CHAIN = PREFIXES + """
<urn:a> a xq:Town ; rdfs:label "甲镇"@zh ; skos:altLabel "甲"@zh ; xq:locatedIn <urn:b> ; xq:partOf <urn:b> .
<urn:b> a xq:District ; rdfs:label "乙区"@zh ; xq:pairedWith <urn:d> .
<urn:c> a xq:Zone ; rdfs:label "丙园"@zh ; xq:locatedIn <urn:b> .
<urn:d> a xq:City ; rdfs:label "丁市"@zh .
<urn:e> a xq:Village ; rdfs:label "戊村"@zh .
<urn:s1> a xq:RelationStatement ; rdf:subject <urn:a> ; rdf:predicate xq:locatedIn ; rdf:object <urn:b> .
<urn:s2> a xq:RelationStatement ; rdf:subject <urn:b> ; rdf:predicate xq:pairedWith ; rdf:object <urn:d> ;
    xq:sourceText "乙区与丁市结对帮扶。"@zh .
<urn:s3> a xq:RelationStatement ; rdf:subject <urn:b> ; rdf:predicate xq:pairedWith ; rdf:object <urn:d> ;
    xq:sourceText "继续做好对丁市的帮扶。"@zh .
<urn:s4> a xq:RelationStatement ; rdf:subject <urn:c> ; rdf:predicate xq:locatedIn ; rdf:object <urn:b> ;
    xq:sourceText "丙园坐落在乙区。"@zh .
<urn:s5> a xq:RelationStatement ; rdf:subject <urn:a> ; rdf:predicate xq:partOf ; rdf:object <urn:b> ;
    xq:sourceText "乙区甲镇。"@zh .
<urn:build> a prov:Activity ; prov:startedAtTime "2018-01-18T09:30:00Z"^^xsd:dateTime .
"""


def _load(turtle: str) -> tuple[Graph, nx.MultiDiGraph]:
    g = Graph().parse(data=turtle, format="turtle")
    return g, graph_to_networkx(g)


def test_degree_betweenness_and_pagerank_on_a_star_with_a_tail() -> None:
    g, G = _load(STAR)
    s = graph_stats(g, G, top=6)
    # degree: 中心 4, 丁 2, the rest 1 in label (code point) order 丙 U+4E19 < 乙 U+4E59 < 戊 U+620A < 甲 U+7532
    assert s.best_connected == [("中心", 4), ("丁", 2), ("丙", 1), ("乙", 1), ("戊", 1), ("甲", 1)]
    # betweenness / C(5,2): 中心 lies on 9 of the 10 pairs of the others (not 丁–戊), 丁 on the 4 pairs with 戊
    assert [name for name, _ in s.betweenness] == ["中心", "丁", "丙", "乙", "戊", "甲"]
    assert [v for _, v in s.betweenness] == pytest.approx([0.9, 0.4, 0, 0, 0, 0])
    # PageRank (d = 0.85) solved by hand from x_L = q + d·x_c/4, x_戊 = q + d·x_丁/2, … with q = 0.15/6:
    # 戊 (hangs on 丁, which has two neighbours) outranks the leaves of the four-neighbour hub
    assert [name for name, _ in s.pagerank] == ["中心", "丁", "戊", "丙", "乙", "甲"]
    assert [v for _, v in s.pagerank] == pytest.approx([0.37736, 0.19795, 0.10913, 0.10519, 0.10519, 0.10519],
                                                       abs=1e-4)
    assert s.groups == 1 and s.entities == {"Place": 6} and s.relations == 5


def test_top_limits_every_ranking() -> None:
    g, G = _load(STAR)
    s = graph_stats(g, G, top=2)
    assert [n for n, _ in s.best_connected] == [n for n, _ in s.betweenness] == [n for n, _ in s.pagerank] == ["中心", "丁"]


def test_two_cliques_joined_by_one_edge_are_two_communities() -> None:
    g, G = _load(CLIQUES)
    s = graph_stats(g, G)
    # the bridge ends 东一 and 西一 have four neighbours, the others three; the rest tie, by label 三 < 二 < 四
    assert s.communities == [Community(4, ["东一", "东三", "东二", "东四"]), Community(4, ["西一", "西三", "西二", "西四"])]
    assert s.groups == 1  # 孤岛 is alone: neither a group nor a community
    assert s.betweenness[0][0] == "东一" and s.betweenness[1][0] == "西一"
    assert s.to_dict()["communities"][0] == {"size": 4, "central": ["东一", "东三", "东二", "东四"]}


def test_stats_of_a_graph_without_relations() -> None:
    g, G = _load(PREFIXES + '<urn:a> a xq:Town ; rdfs:label "甲镇"@zh .')
    s = graph_stats(g, G)
    assert (s.best_connected, s.betweenness, s.pagerank, s.communities, s.groups) == ([], [], [], [], 0)


def test_relation_sentences_are_keyed_by_triple_and_sorted() -> None:
    g, _ = _load(CHAIN)
    found = relation_sentences(g)
    assert found[("urn:b", "pairedWith", "urn:d")] == ["乙区与丁市结对帮扶。", "继续做好对丁市的帮扶。"]
    assert found[("urn:a", "locatedIn", "urn:b")] == []  # recorded without a sentence


def test_path_keeps_each_relations_direction_and_sentences() -> None:
    g, G = _load(CHAIN)
    hops = shortest_relation_path(G, g, "丁市", "丙园")
    assert [h.arrows() for h in hops] == [["丁市 ←对口帮扶— 乙区"], ["乙区 ←位于— 丙园"]]
    assert hops[0].links[0].sentences == ("乙区与丁市结对帮扶。", "继续做好对丁市的帮扶。")
    assert hops[1].links[0].sentences == ("丙园坐落在乙区。",)
    assert (hops[0].start_iri, hops[0].end_iri, hops[1].end_iri) == ("urn:d", "urn:b", "urn:c")


def test_path_hop_with_two_relations_lists_both() -> None:
    g, G = _load(CHAIN)
    (hop,) = shortest_relation_path(G, relation_sentences(g), "甲", "乙区")  # 甲 is 甲镇's alias
    assert hop.arrows() == ["甲镇 —位于→ 乙区", "甲镇 —属于→ 乙区"]
    assert [k.sentences for k in hop.links] == [(), ("乙区甲镇。",)]
    (back,) = shortest_relation_path(G, g, "乙区", "甲镇")
    assert back.arrows() == ["乙区 ←位于— 甲镇", "乙区 ←属于— 甲镇"]


def test_of_two_equally_short_chains_the_first_by_label_is_taken() -> None:
    # 甲 reaches 丁 through 乙 or through 丙; 丙 (U+4E19) sorts before 乙 (U+4E59)
    g, G = _load(PREFIXES + """
<urn:1> a xq:Zone ; rdfs:label "甲"@zh ; xq:cooperatesWith <urn:2> , <urn:3> .
<urn:2> a xq:Zone ; rdfs:label "乙"@zh ; xq:cooperatesWith <urn:4> .
<urn:3> a xq:Zone ; rdfs:label "丙"@zh ; xq:cooperatesWith <urn:4> .
<urn:4> a xq:Zone ; rdfs:label "丁"@zh .""")
    assert [h.end for h in shortest_relation_path(G, g, "甲", "丁")] == ["丙", "丁"]


def test_path_same_name_unlinked_and_unknown() -> None:
    g, G = _load(CHAIN)
    assert shortest_relation_path(G, g, "甲镇", "甲") == []
    with pytest.raises(NoChainError, match="no chain of relations links 甲镇 and 戊村"):
        shortest_relation_path(G, g, "甲镇", "戊村")
    with pytest.raises(KeyError, match="no entity is called '丁'; did you mean 丁市"):
        shortest_relation_path(G, g, "甲镇", "丁")


def test_near_matches_include_similar_names() -> None:
    _, G = _load(CHAIN)
    with pytest.raises(KeyError) as err:
        resolve_name(G, "丙区")  # not a substring of any label, but one character off 乙区 and 丙园
    assert "乙区" in err.value.args[0] and "丙园" in err.value.args[0]
    with pytest.raises(KeyError) as err:
        resolve_name(G, "完全不同")
    assert err.value.args[0] == "no entity is called '完全不同'"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_files_round_trip_with_types_and_labels(fmt: str) -> None:
    g, G = _load(CHAIN)
    data = network_bytes(G, fmt, date=build_date(g))
    ET.fromstring(data)  # well-formed XML
    H = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(io.BytesIO(data))
    assert sorted(H.nodes) == sorted(G.nodes) == ["urn:a", "urn:b", "urn:c", "urn:d", "urn:e"]
    assert {n: (d["label"], d["type"], d["fine"]) for n, d in H.nodes(data=True)} == {
        "urn:a": ("甲镇", "Place", "Town"), "urn:b": ("乙区", "Place", "District"), "urn:c": ("丙园", "Zone", ""),
        "urn:d": ("丁市", "Place", "City"), "urn:e": ("戊村", "Place", "Village")}
    assert H.nodes["urn:a"]["aliases"] == "甲"
    edges = sorted((u, v, d["relation"], d["label"]) for u, v, d in H.edges(data=True))
    assert edges == [("urn:a", "urn:b", "locatedIn", "位于"), ("urn:a", "urn:b", "partOf", "属于"),
                     ("urn:b", "urn:d", "pairedWith", "对口帮扶"), ("urn:c", "urn:b", "locatedIn", "位于")]


def test_network_files_are_byte_stable_and_gexf_dated_by_the_build() -> None:
    g, G = _load(CHAIN)
    for fmt in ("graphml", "gexf"):
        assert network_bytes(G, fmt, date="2018-01-18") == network_bytes(graph_to_networkx(g), fmt, date="2018-01-18")
    assert build_date(g) == "2018-01-18"
    meta = ET.fromstring(network_bytes(G, "gexf", date="2018-01-18")).find("{http://www.gexf.net/1.2draft}meta")
    assert meta is not None and meta.get("lastmodifieddate") == "2018-01-18"
    meta = ET.fromstring(network_bytes(G, "gexf")).find("{http://www.gexf.net/1.2draft}meta")
    assert meta is not None and meta.get("lastmodifieddate") is None  # never today's date
    ids = [e.get("id") for e in ET.fromstring(network_bytes(G, "graphml")).iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(ids) == len(set(ids)) == 4  # GraphML edge ids are unique across the file
    with pytest.raises(ValueError, match="unknown network format"):
        network_bytes(G, "dot")


def test_ego_view_keeps_iri_order_whatever_the_hash_seed(tmp_path) -> None:
    import os
    import subprocess
    import sys

    code = ("import networkx as nx; from xqgraph.analysis import ego_view\n"
            "G = nx.MultiDiGraph()\n"
            "for i in range(40): G.add_node(f'urn:n{i:02d}', label=f'名{i}', aliases=[])\n"
            "for i in range(39): G.add_edge(f'urn:n{i:02d}', f'urn:n{i + 1:02d}', relation='locatedIn')\n"
            "print(list(ego_view(G, '名20', 30)))\n")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert runs == {str([f"urn:n{i:02d}" for i in range(40)]) + "\n"}
