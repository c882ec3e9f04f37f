"""Build the example and check, through SPARQL, facts verified by hand in its text."""

import subprocess

from rdflib import Graph

from tests.conftest import GOLD, reference_scorer, require_tool

P = "PREFIX xq: <https://w3id.org/xqgraph/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"


def _graph(built_dir) -> Graph:
    return Graph().parse(built_dir / "graph.ttl")


def test_build_writes_turtle_html_and_store(built_dir) -> None:
    assert (built_dir / "graph.ttl").stat().st_size > 10_000
    assert (built_dir / "graph.html").stat().st_size > 10_000
    assert any((built_dir / "store").iterdir())


def test_yangliuqing_is_a_town_in_xiqing(built_dir) -> None:
    g = _graph(built_dir)
    assert g.query(P + """ASK { ?t a xq:Town ; rdfs:label "杨柳青镇"@zh ; xq:locatedIn ?d .
                                ?d rdfs:label "西青区"@zh }""").askAnswer


def test_employment_target_2018_and_result_2017(built_dir) -> None:
    g = _graph(built_dir)
    q = P + """ASK {{ ?m a xq:Measure ; xq:value ?v ; xq:unit "人" ; xq:year {y} ; xq:kind xq:{k} ;
                      xq:indicator ?i . FILTER(?v = {v} && CONTAINS(?i, "新增就业")) }}"""
    assert g.query(q.format(y=2018, k="Target", v=23500)).askAnswer
    assert g.query(q.format(y=2017, k="Achieved", v=41500)).askAnswer  # 全年新增就业4.15万人


def test_document_number_and_issue_date(built_dir) -> None:
    g = _graph(built_dir)
    assert g.query(P + """ASK { ?d a xq:Document ; xq:documentNumber "西青政发〔2018〕2号" ;
                                   dcterms:issued "2018-01-18"^^<http://www.w3.org/2001/XMLSchema#date> }""").askAnswer


def test_turtle_passes_an_independent_parser(built_dir) -> None:
    rapper = require_tool("rapper")
    out = subprocess.run([rapper, "-i", "turtle", "-c", str(built_dir / "graph.ttl")],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert len(_graph(built_dir)) > 1000


def test_quality_bar_with_the_reference_scorer(built_dir) -> None:
    """Issue 2's bar: entities F1 ≥ 0.70, measures F1 ≥ 0.80, relations F1 ≥ 0.50 (score.py)."""
    import json
    import sys

    score = reference_scorer()
    out = subprocess.run([sys.executable, str(score), "--graph", str(built_dir / "graph.ttl"), "--gold", str(GOLD),
                          "--json"], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout[: out.stdout.rindex("}") + 1])
    assert result["entities"]["f1"] >= 0.70
    assert result["measures"]["f1"] >= 0.80
    assert result["relations"]["f1"] >= 0.50
