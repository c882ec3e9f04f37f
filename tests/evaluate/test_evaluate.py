import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph

from tests.conftest import reference_scorer
from xqgraph.errors import GoldError
from xqgraph.evaluate import evaluate, format_report, load_gold
from xqgraph.evaluate.score import norm

GOLD = {
    "document": "toy",
    "entities": [
        {"name": "杨柳青镇", "types": ["Place"], "fine": "Town"},
        {"name": "西青区", "types": ["Place"], "fine": "District"},
        {"name": "乡村振兴战略", "types": ["Policy"]},
        {"name": "天津市", "types": ["Place"], "fine": "City"},
        {"name": "园区X", "types": ["Zone"], "optional": True},
    ],
    "measures": [{"text": "新增就业2.35万人", "indicator": "新增就业", "value": 23500, "unit": "人",
                  "kind": "target", "year": 2018, "comparator": "eq"}],
    "relations": [{"head": "杨柳青镇", "predicate": "locatedIn", "tail": "西青区"},
                  {"head": "西青区", "predicate": "locatedIn", "tail": "天津市"}],
}
TTL = """@prefix xq: <https://w3id.org/xqgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<urn:a> a xq:Town ; rdfs:label "杨柳青镇"@zh ; xq:locatedIn <urn:b> , <urn:e> .
<urn:b> a xq:District ; rdfs:label "西青区"@zh .
<urn:c> a xq:Zone ; rdfs:label "乡村振兴战略"@zh .
<urn:d> a xq:Zone ; rdfs:label "“园区X”"@zh .
<urn:f> a xq:Policy ; rdfs:label "垃圾"@zh .
<urn:e> rdfs:label "天津市"@zh .
<urn:m1> a xq:Measure ; xq:value 23500.0 ; xq:unit "人" ; xq:kind xq:Target ; xq:year 2018 ; xq:indicator "全年新增就业" .
<urn:m2> a xq:Measure ; xq:value 1.0 ; xq:unit "个" ; xq:kind xq:Target ; xq:year 2018 ; xq:indicator "x" .
"""


def test_scores_worked_out_by_hand() -> None:
    ev = evaluate(Graph().parse(data=TTL, format="turtle"), GOLD)
    # 5 typed nodes, 1 optional hit not counted: tp 2 (杨柳青镇, 西青区) of 4 predicted and 4 required
    assert (ev.entities.tp, ev.entities.pred, ev.entities.gold, ev.entities.f1) == (2, 4, 4, 0.5)
    assert ev.place_fine_type_accuracy == 1.0
    assert ev.missed_entities == ["乡村振兴战略", "天津市"]  # the strategy came as a Zone
    # one of two measures right: P 0.5, R 1.0
    assert (ev.measures.p, ev.measures.r, ev.measures.f1) == (0.5, 1.0, 0.6667)
    assert ev.measures_full.tp == 1  # 全年新增就业 overlaps 新增就业 by more than half
    # both predicted edges implied by the gold closure; 西青区→天津市 not implied by the prediction
    assert (ev.relations.p, ev.relations.r, ev.relations.f1) == (1.0, 0.5, 0.6667)
    assert format_report(ev).splitlines()[-1] == (
        "SUMMARY entities F1 0.500 · measures F1 0.667 (full 0.667) · relations F1 0.667")


def test_agrees_with_reference_scorer_on_the_toy(tmp_path) -> None:
    score = reference_scorer()
    (tmp_path / "g.ttl").write_text(TTL, encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, str(score), "--graph", str(tmp_path / "g.ttl"), "--gold",
                          str(tmp_path / "gold.json"), "--json"], capture_output=True, text=True, check=True).stdout
    theirs = json.loads(out[: out.rindex("}") + 1])
    ours = evaluate(Graph().parse(tmp_path / "g.ttl"), load_gold(tmp_path / "gold.json")).to_dict()
    for key in ("entities", "measures", "measures_full"):
        assert {k: ours[key][k] for k in ("tp", "pred", "gold", "p", "r", "f1")} == theirs[key]
    assert {k: ours["relations"][k] for k in ("p", "r", "f1")} == {k: theirs["relations"][k] for k in ("p", "r", "f1")}


def test_bad_gold_files(tmp_path) -> None:
    with pytest.raises(GoldError, match="cannot read"):
        load_gold(tmp_path / "none.json")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(GoldError, match="line 1"):
        load_gold(tmp_path / "bad.json")
    (tmp_path / "thin.json").write_text("{}", encoding="utf-8")
    with pytest.raises(GoldError, match="entities, measures, relations"):
        load_gold(tmp_path / "thin.json")


@given(st.text(max_size=30))
def test_norm_strips_quotes_and_space(text: str) -> None:
    out = norm(text)
    assert not set(out) & set("“”‘’\"'《》「」『』 \t\r\n\u3000")
