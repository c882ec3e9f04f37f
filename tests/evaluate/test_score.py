"""xqgraph.evaluate.score: hand-worked scores, bad gold files, and agreement with score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

from tests.conftest import reference_scorer
from xqgraph.errors import GoldError
from xqgraph.evaluate import evaluate, format_report, load_gold, norm
from xqgraph.evaluate.score import COARSE_TYPES

PREFIXES = """@prefix xq: <https://w3id.org/xqgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <urn:ex:> .
"""


def measure(text: str, value: float, unit: str, kind: str, year: int, indicator: str) -> dict:
    return {"text": text, "indicator": indicator, "value": value, "unit": unit, "kind": kind,
            "year": year, "comparator": "eq"}


# Entities, measures and metadata. Hand count, entities: the document mentions
# a-f (g is not mentioned, so not scored); d hits an optional gold entity and is
# left out; a (xq:Town), b (a subclass of xq:District declared here) and c
# (宜家家居 may be an Organization) match; e and f match nothing.
#   pred 6 - 1 optional = 5, tp 3, gold 5 required -> P 0.6, R 0.6, F1 0.6.
# Measures: m1 (2.35万人 as 23500) matches fully; m2 has the wrong year and m3
# the wrong comparator, so strict only; m4 (10.00001 for 10) is off by 1e-6 relative.
#   strict tp 3 of pred 4, gold 4 -> 0.75; full tp 1 -> 0.25.
MIXED_TTL = PREFIXES + """
ex:Borough rdfs:subClassOf xq:District .
ex:doc a xq:Document ; dcterms:title "西青区2018年计划"@zh ; dcterms:issued "2018-01-18"^^xsd:date ;
    xq:mentions ex:a, ex:b, ex:c, ex:d, ex:e, ex:f .
ex:a a xq:Town ; rdfs:label "杨柳青镇"@zh .
ex:c a xq:Organization ; rdfs:label "宜家家居"@zh .
ex:e a xq:Policy ; rdfs:label "垃圾分类"@zh .
ex:b a ex:Borough ; rdfs:label "西青区"@zh , "Xiqing"@en .
ex:d a xq:Zone ; rdfs:label "“某园区”"@zh .
ex:f a xq:Event ; rdfs:label "天津市"@zh .
ex:g a xq:Place ; rdfs:label "北京"@zh .
ex:m1 a xq:Measure ; xq:value 23500.0 ; xq:unit "人" ; xq:kind xq:Target ; xq:year 2018 ;
    xq:indicator "全年新增就业" .
ex:m2 a xq:Measure ; xq:value 3 ; xq:unit "所" ; xq:kind xq:Achieved ; xq:year 2018 ; xq:indicator "小学" .
ex:m3 a xq:Measure ; xq:value 30.7000000001 ; xq:unit "％" ; xq:kind xq:Achieved ; xq:year 2017 ;
    xq:comparator xq:Approximately ; xq:indicator "签约服务覆盖率" .
ex:m4 a xq:Measure ; xq:value 10.00001 ; xq:unit "件" ; xq:kind xq:Target ; xq:year 2018 ; xq:indicator "实事" .
"""
MIXED_GOLD = {
    "document": "mixed",
    "meta": {"title": "《西青区2018年计划》", "issued": "2018-01-18", "documentNumber": "西青政发〔2018〕2号"},
    "entities": [
        {"name": "杨柳青镇", "types": ["Place"], "fine": "Town"},
        {"name": "西青区", "types": ["Place"], "fine": "District"},
        {"name": "天津市", "types": ["Place"], "fine": "City"},
        {"name": "乡村振兴战略", "types": ["Policy"]},
        {"name": "宜家家居", "types": ["Project", "Organization"]},
        {"name": "某园区", "types": ["Zone"], "optional": True},
    ],
    "measures": [
        measure("全年新增就业2.35万人", 23500, "人", "target", 2018, "新增就业"),
        measure("新增3所小学", 3, "所", "achieved", 2017, "新增小学"),
        measure("签约服务覆盖率达30.7%", 30.7, "%", "achieved", 2017, "签约服务覆盖率"),
        measure("为残疾人办好十件实事", 10, "件", "target", 2018, "实事"),
    ],
    "relations": [],
}

# Relations. Predicted locatedIn edges: a->c (implied by the gold chain a->b->c),
# n->b (n is untyped but labelled with the alias 杨柳青, so it stands for a), and
# b->nowhere (unknown end). pairedWith p->b is the gold edge reversed.
#   precision 3 of 4; recall: a->b yes, b->c no, b~p yes = 2 of 3 -> F1 0.7059.
RELATIONS_TTL = PREFIXES + """
ex:a a xq:Town ; rdfs:label "杨柳青镇"@zh ; xq:locatedIn ex:c .
ex:b a xq:District ; rdfs:label "西青区"@zh ; xq:locatedIn ex:nowhere .
ex:c a xq:City ; rdfs:label "天津市"@zh .
ex:p a xq:City ; rdfs:label "平泉市"@zh ; xq:pairedWith ex:b .
ex:n rdfs:label "杨柳青" ; xq:locatedIn ex:b .
"""
RELATIONS_GOLD = {
    "document": "relations",
    "entities": [
        {"name": "杨柳青镇", "types": ["Place"], "fine": "Town", "aliases": ["杨柳青"]},
        {"name": "西青区", "types": ["Place"], "fine": "District"},
        {"name": "天津市", "types": ["Place"], "fine": "City"},
        {"name": "平泉市", "types": ["Place"], "fine": "City"},
    ],
    "measures": [],
    "relations": [
        {"head": "杨柳青镇", "predicate": "locatedIn", "tail": "西青区"},
        {"head": "西青区", "predicate": "locatedIn", "tail": "天津市"},
        {"head": "西青区", "predicate": "pairedWith", "tail": "平泉市"},
    ],
}

# Two nodes with equally long labels compete for one gold entity: the first in
# graph order wins, the second counts as false (and still names relation ends).
TIE_TTL = PREFIXES + """
ex:x a xq:Zone ; rdfs:label "西青开发区"@zh ; xq:partOf ex:y .
ex:z a xq:Zone ; rdfs:label "西青开发区"@zh-Hans .
ex:y a xq:Zone ; rdfs:label "《开发区群》"@zh .
"""
TIE_GOLD = {
    "document": "tie",
    "entities": [{"name": "西青开发区", "types": ["Zone"]}, {"name": "开发区群", "types": ["Zone", "Policy"]}],
    "measures": [],
    "relations": [{"head": "西青开发区", "predicate": "partOf", "tail": "开发区群"}],
}

SCENARIOS = {"mixed": (MIXED_TTL, MIXED_GOLD), "relations": (RELATIONS_TTL, RELATIONS_GOLD),
             "tie": (TIE_TTL, TIE_GOLD)}


def graph_of(ttl: str) -> Graph:
    return Graph().parse(data=ttl, format="turtle")


def test_entities_by_hand() -> None:
    ev = evaluate(graph_of(MIXED_TTL), MIXED_GOLD)
    assert (ev.entities.tp, ev.entities.pred, ev.entities.gold) == (3, 5, 5)
    assert (ev.entities.p, ev.entities.r, ev.entities.f1) == (0.6, 0.6, 0.6)
    place = ev.entities_by_type["Place"]  # 杨柳青镇 and 西青区 of three places
    assert (place.tp, place.pred, place.gold, place.p, place.r, place.f1) == (2, 2, 3, 1.0, 0.6667, 0.8)
    assert ev.entities_by_type["Project"].f1 == 1.0  # 宜家家居 counts under its first gold type
    assert (ev.entities_by_type["Event"].p, ev.entities_by_type["Event"].f1) == (0.0, 0.0)
    assert ev.entities_by_type["Zone"].to_dict()["f1"] == 1.0  # the optional hit costs nothing
    # ex:Borough is a Place only through the graph's own subclass chain, and no fine type
    assert (ev.place_fine_correct, ev.place_fine_checked, ev.place_fine_type_accuracy) == (1, 2, 0.5)
    assert ev.missed_entities == ["天津市", "乡村振兴战略"]
    assert ev.false_entities == ["垃圾分类 (Policy)", "天津市 (Event)"]  # longest labels first


def test_measures_and_metadata_by_hand() -> None:
    ev = evaluate(graph_of(MIXED_TTL), MIXED_GOLD)
    assert (ev.measures.tp, ev.measures.pred, ev.measures.gold, ev.measures.f1) == (3, 4, 4, 0.75)
    assert (ev.measures_full.tp, ev.measures_full.f1) == (1, 0.25)
    assert ev.missed_measures == ["为残疾人办好十件实事"]
    assert ev.metadata == {"title": True, "issued": True, "documentNumber": False}


def test_relations_by_hand() -> None:
    ev = evaluate(graph_of(RELATIONS_TTL), RELATIONS_GOLD)
    assert (ev.relations.p, ev.relations.r, ev.relations.f1) == (0.75, 0.6667, 0.7059)
    located = ev.relations.per_predicate["locatedIn"]
    assert (located.precision_ok, located.pred, located.recall_ok, located.gold) == (2, 3, 1, 2)
    assert ev.relations.per_predicate["pairedWith"].to_dict() == {"precision_ok": 1, "pred": 1, "recall_ok": 1,
                                                                  "gold": 1}
    assert ev.entities.f1 == 1.0  # the untyped alias node is no entity


def test_gold_edge_implied_by_a_predicted_chain() -> None:
    gold = {**RELATIONS_GOLD, "relations": [{"head": "杨柳青镇", "predicate": "locatedIn", "tail": "天津市"}]}
    ttl = PREFIXES + """ex:a a xq:Town ; rdfs:label "杨柳青镇"@zh ; xq:locatedIn ex:b .
        ex:b a xq:District ; rdfs:label "西青区"@zh ; xq:locatedIn ex:c .
        ex:c a xq:City ; rdfs:label "天津市"@zh ."""
    ev = evaluate(graph_of(ttl), gold)
    assert (ev.relations.p, ev.relations.r, ev.relations.f1) == (0.0, 1.0, 0.0)


def test_tie_goes_to_graph_order() -> None:
    ev = evaluate(graph_of(TIE_TTL), TIE_GOLD)
    assert (ev.entities.tp, ev.entities.pred, ev.entities.gold) == (2, 3, 2)
    assert ev.false_entities == ["西青开发区 (Zone)"]
    assert (ev.relations.p, ev.relations.r) == (1.0, 1.0)


def test_report_ends_in_the_summary_line() -> None:
    report = format_report(evaluate(graph_of(MIXED_TTL), MIXED_GOLD), show=1)
    assert report.splitlines()[-1] == (
        "SUMMARY entities F1 0.600 · measures F1 0.750 (full 0.250) · relations F1 1.000")
    assert "missed entities (2): 天津市\n" in report  # only `show` items listed


def test_empty_graph_and_gold_score_perfectly() -> None:
    ev = evaluate(Graph(), {"entities": [], "measures": [], "relations": []})
    assert (ev.entities.f1, ev.measures.f1, ev.relations.f1, ev.place_fine_type_accuracy) == (1.0, 1.0, 1.0, None)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_agrees_with_reference_scorer(name: str, tmp_path: Path) -> None:
    score = reference_scorer()
    ttl, gold = SCENARIOS[name]
    graph_file, gold_file = tmp_path / "graph.ttl", tmp_path / "gold.json"
    graph_file.write_text(ttl, encoding="utf-8")
    gold_file.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, str(score), "--graph", str(graph_file), "--gold", str(gold_file), "--json"],
                         capture_output=True, text=True, check=True).stdout
    theirs, summary = out.rstrip("\n").rsplit("\n", 1)
    ev = evaluate(Graph().parse(graph_file), load_gold(gold_file))
    assert json.loads(json.dumps(ev.to_dict(), ensure_ascii=False)) == json.loads(theirs)
    assert format_report(ev).splitlines()[-1] == summary


@pytest.mark.parametrize(("content", "message"), [
    (None, "missing.gold.json: cannot read gold file: no such file"),
    ("{", "bad.gold.json: not valid JSON at line 1"),
    ("[]", "a gold file holds one JSON object, not list"),
    ('{"entities": []}', "gold file lacks measures, relations"),
    ('{"entities": [{"name": "x"}], "measures": [], "relations": []}', r"entities\[0\] lacks 'types'"),
    ('{"entities": [], "measures": [{"text": "t", "value": "3", "unit": "个", "kind": "target"}], "relations": []}',
     r"measures\[0\]: 'value' must be a number"),
])
def test_bad_gold_files_say_what_is_wrong(content: str | None, message: str, tmp_path: Path) -> None:
    path = tmp_path / ("missing.gold.json" if content is None else "bad.gold.json")
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match=message):
        load_gold(path)


def test_evaluate_rejects_an_invalid_gold_dict() -> None:
    with pytest.raises(GoldError, match=r"relations\[0\] lacks 'tail'"):
        evaluate(Graph(), {"entities": [], "measures": [], "relations": [{"head": "a", "predicate": "partOf"}]})


LABEL_TEXT = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.sampled_from("0a%．０Ａ％"),
                     max_size=20)
DECORATION = st.text(alphabet="“”‘’\"'《》「」『』 \t\r\n\u3000", max_size=3)


@given(LABEL_TEXT, DECORATION, DECORATION)
def test_quotes_and_space_around_a_label_do_not_matter(text: str, before: str, after: str) -> None:
    once = norm(before + text + after)
    assert once == norm(text) == norm(once)


def test_norm_follows_nfkc_even_where_it_is_not_idempotent() -> None:
    # As in score.py: NFKC turns ¨ into a space and a combining mark, the space
    # goes, and a second pass composes the mark with the t before it.
    assert norm("t¨") == "t\u0308" and norm(norm("t¨")) == "\u1e97"


XQ = Namespace("https://w3id.org/xqgraph/ontology#")
NAMES = st.text(alphabet="西青杨柳镇区园路村天津市开发", min_size=1, max_size=6)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(NAMES, st.sampled_from(COARSE_TYPES), st.booleans()), min_size=1, max_size=8,
                unique_by=lambda t: t[0]))
def test_graph_of_the_gold_entities_scores_one(entities: list[tuple[str, str, bool]]) -> None:
    g = Graph()
    gold: dict = {"entities": [], "measures": [], "relations": []}
    for i, (name, coarse, quoted) in enumerate(entities):
        node = URIRef(f"urn:ex:e{i}")
        g.add((node, RDF.type, XQ[coarse]))
        g.add((node, RDFS.label, Literal(f"“{name}”" if quoted else name, lang="zh")))
        gold["entities"].append({"name": name, "types": [coarse]})
    ev = evaluate(g, gold)
    assert (ev.entities.f1, ev.missed_entities, ev.false_entities) == (1.0, [], [])
