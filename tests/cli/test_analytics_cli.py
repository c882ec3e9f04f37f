"""`xqgraph stats`, `xqgraph path` and `xqgraph export --format graphml|gexf` on small graphs and the example."""

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLE
from xqgraph.cli.main import cli
from xqgraph.store import GraphStore

TURTLE = """@prefix xq: <https://w3id.org/xqgraph/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<urn:a> a xq:Town ; rdfs:label "甲镇"@zh ; skos:altLabel "甲"@zh ; xq:locatedIn <urn:b> .
<urn:b> a xq:District ; rdfs:label "乙区"@zh ; xq:pairedWith <urn:d> .
<urn:d> a xq:City ; rdfs:label "丁市"@zh .
<urn:e> a xq:Village ; rdfs:label "戊村"@zh .
<urn:s1> a xq:RelationStatement ; rdf:subject <urn:a> ; rdf:predicate xq:locatedIn ; rdf:object <urn:b> ;
    xq:sourceText "甲镇地处乙区西部。"@zh .
<urn:s2> a xq:RelationStatement ; rdf:subject <urn:b> ; rdf:predicate xq:pairedWith ; rdf:object <urn:d> .
"""


@pytest.fixture
def small_dir(tmp_path: Path) -> Path:
    """A graph directory whose store holds TURTLE as one document."""
    with GraphStore(tmp_path / "store") as store:
        store.replace_document("urn:doc", TURTLE, format="ttl")
    return tmp_path


def test_path_prints_direction_and_sentences(small_dir: Path) -> None:
    res = CliRunner().invoke(cli, ["path", "丁市", "甲", "--graph", str(small_dir)])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines() == [
        "丁市 … 甲镇: 2 relations",
        "1. 丁市 ←对口帮扶— 乙区",
        "     (no source sentence: the graph records 对口帮扶 without one)",
        "2. 乙区 ←位于— 甲镇",
        "     「甲镇地处乙区西部。」",
    ]


def test_path_unknown_name_unlinked_and_same(small_dir: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["path", "甲镇", "乙", "--graph", str(small_dir)])
    assert res.exit_code == 2 and "no entity is called '乙'; did you mean 乙区?" in res.output
    assert "Traceback" not in res.output
    res = runner.invoke(cli, ["path", "甲镇", "戊村", "--graph", str(small_dir)])
    assert res.exit_code == 1 and "no chain of relations links 甲镇 and 戊村" in res.output
    res = runner.invoke(cli, ["path", "甲", "甲镇", "--graph", str(small_dir)])
    assert res.exit_code == 0 and res.output.strip() == "甲 and 甲镇 name the same entity"


def test_path_without_a_built_graph(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["path", "甲", "乙", "--graph", str(tmp_path)])
    assert res.exit_code == 5 and "no graph store" in res.output


def test_stats_sections_and_json(small_dir: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["stats", "--graph", str(small_dir), "--top", "2"])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[:6] == ["entities:  Place 4", "relations: 2; connected groups: 1", "measures:  ",
                         "best connected:", "  乙区  2", "  丁市  1"]
    # 乙区 lies between 甲镇 and 丁市: 1 of the C(3,2) = 3 pairs of the other names
    assert lines[6:9] == ["betweenness (most often between two others):", "  乙区  0.3333", "  丁市  0.0000"]
    assert lines[9] == "pagerank:" and lines[10].startswith("  乙区  ")
    assert lines[12:] == ["communities: 1 of two names or more", "  1. 3 names: 乙区、丁市、甲镇"]
    res = runner.invoke(cli, ["stats", "--graph", str(small_dir), "--top", "2", "--format", "json"])
    data = json.loads(res.output)
    assert list(data) == ["entities", "relations", "connected_groups", "measures", "degree", "betweenness",
                          "pagerank", "communities"]
    assert data["degree"] == [{"name": "乙区", "degree": 2}, {"name": "丁市", "degree": 1}]
    assert data["betweenness"][0] == {"name": "乙区", "score": 0.333333}
    assert data["communities"] == [{"size": 3, "central": ["乙区", "丁市", "甲镇"]}]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_network_formats(small_dir: Path, tmp_path: Path, fmt: str) -> None:
    runner = CliRunner()
    first, second = tmp_path / f"1.{fmt}", tmp_path / f"2.{fmt}"
    for out in (first, second):
        res = runner.invoke(cli, ["export", "--graph", str(small_dir), "--format", fmt, "-o", str(out)])
        assert res.exit_code == 0, res.output
    assert first.read_bytes() == second.read_bytes()
    ET.parse(first)
    H = nx.read_graphml(first) if fmt == "graphml" else nx.read_gexf(first)
    assert {n: (d["label"], d["type"], d["fine"]) for n, d in H.nodes(data=True)} == {
        "urn:a": ("甲镇", "Place", "Town"), "urn:b": ("乙区", "Place", "District"),
        "urn:d": ("丁市", "Place", "City"), "urn:e": ("戊村", "Place", "Village")}
    assert sorted((u, v, d["label"]) for u, v, d in H.edges(data=True)) == [
        ("urn:a", "urn:b", "位于"), ("urn:b", "urn:d", "对口帮扶")]


def test_example_path_from_the_town_to_its_district(built_dir: Path) -> None:
    res = CliRunner().invoke(cli, ["path", "杨柳青镇", "西青区", "--graph", str(built_dir)])
    assert res.exit_code == 0, res.output
    # the text never says so; the graph has the relation from the administrative codes, without a sentence
    assert res.output.splitlines()[1:] == ["1. 杨柳青镇 —位于→ 西青区",
                                           "     (no source sentence: the graph records 位于 without one)"]


def test_example_path_through_the_district_shows_the_sentence(built_dir: Path) -> None:
    # the district's plan names the characteristic town among its own zones: it lies in the district (the
    # sentence says so), and the district in its city (the administrative codes say so)
    res = CliRunner().invoke(cli, ["path", "杨柳青文化旅游小镇", "天津市", "--graph", str(built_dir)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0] == "杨柳青文化旅游小镇 … 天津市: 2 relations"
    assert lines[1] == "1. 杨柳青文化旅游小镇 —位于→ 西青区"
    sentence = "积极推进杨柳青文化旅游小镇和中北运河商务小镇特色小镇建设。"  # section 1.2 of the example
    assert sentence in EXAMPLE.read_text(encoding="utf-8")
    assert lines[2] == f"     「{sentence}」"
    assert lines[3] == "2. 西青区 —位于→ 天津市"


def test_example_stats_json_and_network_exports_are_stable(built_dir: Path, tmp_path: Path) -> None:
    code = ("import sys; from click.testing import CliRunner; from xqgraph.cli.main import cli\n"
            "r = CliRunner().invoke(cli, ['stats', '--graph', sys.argv[1], '--format', 'json'])\n"
            "assert r.exit_code == 0; open(sys.argv[2] + '.json', 'w', encoding='utf-8').write(r.output)\n"
            "for f in ['graphml', 'gexf']:\n"
            "    r = CliRunner().invoke(cli, ['export', '--graph', sys.argv[1], '--format', f, '-o', sys.argv[2] + '.' + f])\n"
            "    assert r.exit_code == 0\n")
    for seed in ("1", "2"):  # set iteration order differs between the two processes
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code, str(built_dir), str(tmp_path / seed)], check=True, env=env)
    for ext in ("json", "graphml", "gexf"):
        assert (tmp_path / f"1.{ext}").read_bytes() == (tmp_path / f"2.{ext}").read_bytes(), ext
    stats = json.loads((tmp_path / "1.json").read_text(encoding="utf-8"))
    assert stats["degree"][0]["name"] == stats["pagerank"][0]["name"] == stats["betweenness"][0]["name"] == "西青区"
    assert stats["communities"][0]["central"][0] == "西青区"
    H = nx.read_gexf(tmp_path / "1.gexf")
    assert H.nodes["https://w3id.org/xqgraph/id/place/120111101-杨柳青镇"]["fine"] == "Town"


def test_path_has_help_with_an_example() -> None:
    res = CliRunner().invoke(cli, ["path", "--help"])
    assert res.exit_code == 0 and "Example:" in res.output and "xqgraph path 杨柳青镇 西青区" in res.output
