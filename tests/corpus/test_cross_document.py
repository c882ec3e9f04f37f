"""One graph from documents of several governments: the same thing is one node, namesakes stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from xqgraph.build import build_graph

XQ = "https://w3id.org/xqgraph/ontology#"
# two governments in different cities, each with a 新华街道 (unknown to the register, so no division
# code) and an 智能装备产业园; the first one in two consecutive years
DOCS = {
    "a-2019.txt": "新乡市红旗区2019年国民经济和社会发展计划\n一、2019年主要任务\n"
                  "推进新华街道老旧小区改造，加快红旗智能装备产业园建设，区科技局牵头。\n",
    "a-2020.txt": "新乡市红旗区2020年国民经济和社会发展计划\n一、2020年主要任务\n"
                  "完成新华街道老旧小区改造，红旗智能装备产业园二期开工。实施乡村振兴战略，区科技局牵头。\n",
    "b-2020.txt": "保定市莲池区2020年国民经济和社会发展计划\n一、2020年主要任务\n"
                  "推进新华街道背街小巷整治，建设红旗智能装备产业园。实施乡村振兴战略，区科技局牵头。\n",
}


@pytest.fixture(scope="module")
def corpus_graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    src = tmp_path_factory.mktemp("docs")
    for name, text in DOCS.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    assert build_graph(sorted(src.iterdir()), out, html=False).ok
    return Graph().parse(out / "graph.ttl")


def _named(g: Graph, label: str) -> list[URIRef]:
    return sorted(s for s in g.subjects(RDFS.label, Literal(label, lang="zh")) if isinstance(s, URIRef))


def _mentioned_by(g: Graph, entity: URIRef) -> int:
    return len(set(g.subjects(URIRef(XQ + "mentions"), entity)))


def test_namesakes_in_two_cities_stay_apart(corpus_graph: Graph) -> None:
    streets = _named(corpus_graph, "新华街道")
    assert [str(s).rsplit("/", 2)[-2] for s in streets] == ["130600", "410700"]  # 保定市, 新乡市
    parks = _named(corpus_graph, "红旗智能装备产业园")
    assert len(parks) == 2


def test_the_same_thing_across_years_is_one_node(corpus_graph: Graph) -> None:
    xinxiang = [s for s in _named(corpus_graph, "新华街道") if "/410700/" in str(s)]
    assert len(xinxiang) == 1 and _mentioned_by(corpus_graph, xinxiang[0]) == 2  # the 2019 and 2020 plans
    park = [s for s in _named(corpus_graph, "红旗智能装备产业园") if "/410700/" in str(s)]
    assert len(park) == 1 and _mentioned_by(corpus_graph, park[0]) == 2


def test_a_body_named_by_its_owner_belongs_to_the_government_that_names_it(corpus_graph: Graph) -> None:
    # 区科技局 is 红旗区's in 红旗区's plans and 莲池区's in 莲池区's
    bodies = _named(corpus_graph, "区科技局")
    assert [str(s).rsplit("/", 2)[-2] for s in bodies] == ["130606", "410702"]
    assert [_mentioned_by(corpus_graph, s) for s in bodies] == [1, 2]


def test_a_national_policy_is_one_node_everywhere(corpus_graph: Graph) -> None:
    [policy] = _named(corpus_graph, "乡村振兴战略")
    assert _mentioned_by(corpus_graph, policy) == 2  # 红旗区 2020 and 莲池区 2020


def test_divisions_keep_their_codes(corpus_graph: Graph) -> None:
    assert [str(s).rsplit("/", 1)[-1] for s in _named(corpus_graph, "红旗区")] == ["410702-红旗区"]
    assert [str(s).rsplit("/", 1)[-1] for s in _named(corpus_graph, "莲池区")] == ["130606-莲池区"]


def test_the_entities_do_not_depend_on_build_order(tmp_path: Path, corpus_graph: Graph) -> None:
    src = tmp_path / "docs"
    src.mkdir()
    for name, text in DOCS.items():
        (src / name).write_text(text, encoding="utf-8")
    assert build_graph(sorted(src.iterdir(), reverse=True), tmp_path / "out", html=False).ok
    again = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert set(again.subjects(RDFS.label)) == set(corpus_graph.subjects(RDFS.label))


def _store_rows(out: Path, sparql: str) -> list[tuple[str, ...]]:
    from xqgraph.store import GraphStore

    with GraphStore.open_existing(out / "store", read_only=True) as store:
        return sorted(tuple(row[i].value for i in range(len(row))) for row in store.query(sparql))


def test_what_an_entity_is_is_stored_once_however_many_documents_name_it(tmp_path: Path) -> None:
    # in the store's union graph a triple counts once per named graph holding it; descriptions live in one
    # shared graph, so a label is one row, not one per document (the cause of slow joins at 10,000 documents)
    src = tmp_path / "docs"
    src.mkdir()
    for name, text in DOCS.items():
        (src / name).write_text(text, encoding="utf-8")
    assert build_graph(sorted(src.iterdir()), tmp_path / "out", html=False).ok
    rows = _store_rows(tmp_path / "out", 'SELECT ?e ?g WHERE { GRAPH ?g { ?e <http://www.w3.org/2000/01/rdf-schema#label>'
                                         ' "乡村振兴战略"@zh } }')
    assert rows == [(rows[0][0], "https://w3id.org/xqgraph/id/graph/entities")]
    # while each document still says that it mentions it
    mentions = _store_rows(tmp_path / "out", f'SELECT ?d WHERE {{ ?d <{XQ}mentions> <{rows[0][0]}> }}')
    assert len(mentions) == 2


def test_a_rebuilt_document_takes_back_what_it_said_about_entities(tmp_path: Path) -> None:
    src = tmp_path / "docs"
    src.mkdir()
    (src / "a.txt").write_text(DOCS["a-2019.txt"], encoding="utf-8")
    (src / "b.txt").write_text(DOCS["b-2020.txt"], encoding="utf-8")
    out = tmp_path / "out"
    assert build_graph(sorted(src.iterdir()), out, html=False).ok
    park = 'SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> "红旗智能装备产业园"@zh }'
    assert len(_store_rows(out, park)) == 2
    # a.txt no longer names the park: its node goes, b.txt's stays
    (src / "a.txt").write_text(DOCS["a-2019.txt"].replace("，加快红旗智能装备产业园建设", ""), encoding="utf-8")
    report = build_graph(sorted(src.iterdir()), out, html=False)
    assert report.ok and len(report.documents) == 1
    [(kept,)] = _store_rows(out, park)
    assert "/130600/" in kept
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "410700/红旗智能装备产业园" not in turtle and "130600/红旗智能装备产业园" in turtle


def test_differently_worded_indicators_are_one_indicator_node(tmp_path: Path) -> None:
    # two years of one government name the same count differently; the store holds one xq:Indicator for both,
    # described once, which a query can start from instead of scanning every measure's wording
    src = tmp_path / "docs"
    src.mkdir()
    (src / "a.txt").write_text("新乡市红旗区2019年国民经济和社会发展计划\n一、2019年主要目标\n城镇新增就业1.2万人。\n",
                               encoding="utf-8")
    (src / "b.txt").write_text("新乡市红旗区2020年国民经济和社会发展计划\n一、2019年工作回顾\n全年新增城镇就业1.3万人。\n",
                               encoding="utf-8")
    assert build_graph(sorted(src.iterdir()), tmp_path / "out", html=False).ok
    rows = _store_rows(tmp_path / "out", f"""SELECT ?c ?name ?indicator ?g WHERE {{
        ?m <{XQ}normalizedIndicator> ?c ; <{XQ}indicator> ?indicator .
        GRAPH ?g {{ ?c <http://www.w3.org/2000/01/rdf-schema#label> ?name }} }}""")
    assert [(name, indicator) for _, name, indicator, _ in rows] == [("新增就业", "城镇新增就业"), ("新增就业", "新增城镇就业")]
    assert {c for c, *_ in rows} == {"https://w3id.org/xqgraph/id/indicator/新增就业"}
    assert {g for *_, g in rows} == {"https://w3id.org/xqgraph/id/graph/entities"}
