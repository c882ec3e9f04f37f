"""Every query in examples/queries runs on the example graph; answers checked by hand in the text."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from xqgraph.cli.main import cli

QUERIES = Path(__file__).resolve().parents[1] / "examples" / "queries"


def _rows(built_dir, name: str) -> list[list[str]]:
    res = CliRunner().invoke(cli, ["query", str(QUERIES / name), "--graph", str(built_dir), "--format", "tsv"])
    assert res.exit_code == 0, res.output
    return [line.split("\t") for line in res.output.strip().splitlines()[1:]]


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_every_query_says_what_it_answers(path: Path) -> None:
    assert path.read_text(encoding="utf-8").startswith("# ")


def test_towns(built_dir) -> None:
    # 杨柳青镇、辛口镇 (part 1, section 4), 中北镇 (section 2), 张家窝镇 (section 5), all towns of 西青区
    rows = _rows(built_dir, "towns.rq")
    assert sorted(r[0] for r in rows) == ['"中北镇"@zh', '"张家窝镇"@zh', '"杨柳青镇"@zh', '"辛口镇"@zh']
    assert {r[1] for r in rows} == {'"西青区"@zh'}


def test_employment(built_dir) -> None:
    # 全年新增就业4.15万人 (2017, achieved) and 全年新增就业2.35万人 (2018, target)
    decimal = "^^<http://www.w3.org/2001/XMLSchema#decimal>"
    assert _rows(built_dir, "employment.rq") == [["2017", '"Achieved"', '"41500"' + decimal, '"人"'],
                                                ["2018", '"Target"', '"23500"' + decimal, '"人"']]


def test_projects_in_a_town(built_dir) -> None:
    names = {r[0] for r in _rows(built_dir, "projects-in-town.rq")}
    assert {'"杨柳青文化旅游小镇"@zh', '"杨柳青镇夜景灯光建设工程"@zh'} <= names


def test_targets_by_section(built_dir) -> None:
    # the gold annotation lists 17 targets for 2018, from 50家以上 to 2.35万人
    assert len(_rows(built_dir, "targets-by-section.rq")) == 17


def test_zones_and_what_they_host(built_dir) -> None:
    rows = {r[0]: r for r in _rows(built_dir, "zones.rq")}
    # 国家自主创新示范区西青分园 is a sub-park of 国家自主创新示范区; 杨柳青文化旅游小镇 lies in 杨柳青镇
    assert "国家自主创新示范区西青分园" in rows['"国家自主创新示范区"@zh'][2]
    assert rows['"杨柳青文化旅游小镇"@zh'][1] == '"杨柳青镇"@zh'


def test_named_near_the_strategy(built_dir) -> None:
    # 京津冀协同发展战略 at line 29; 北京 follows it 13, 29, 43 and 55 characters later, 杨柳青镇 144, 辛口镇 149;
    # 雄安新区 at 165 is too far.  Line 64 names 北京 again, 6 characters on.  One document: each counts once
    rows = _rows(built_dir, "co-mentioned.rq")
    assert [(r[0], r[1]) for r in rows] == [('"北京"@zh', "1"), ('"杨柳青镇"@zh', "1"), ('"辛口镇"@zh', "1")]


def test_named_near_counts_documents(tmp_path: Path) -> None:
    from xqgraph.build import build_graph

    texts = {  # 北京 near the strategy in two documents; 天津 in one; 河北 only 150 characters away, which is too far
        "a.txt": "甲区2018年工作要点\n推进京津冀协同发展战略，加强与北京、天津的合作。\n",
        "b.txt": "乙区2019年工作要点\n落实京津冀协同发展战略，对接北京。" + "。" * 140 + "河北\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert build_graph(sorted(tmp_path.glob("*.txt")), tmp_path / "out", html=False).ok
    assert 'rdfs:label "河北"@zh' in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")  # found, but far
    rows = [r[:2] for r in _rows(tmp_path / "out", "co-mentioned.rq")]
    assert rows == [['"北京"@zh', "2"], ['"天津"@zh', "1"]]



def test_named_near_in_a_text_without_sections(tmp_path: Path) -> None:
    from xqgraph.build import build_graph

    plain = tmp_path / "plain.txt"  # no headings at all: near means within 150 characters in the document
    plain.write_text("某区2018年工作要点\n深入推进京津冀协同发展战略，加强与北京的合作。\n", encoding="utf-8")
    assert build_graph([plain], tmp_path / "out", html=False).ok
    assert [r[:2] for r in _rows(tmp_path / "out", "co-mentioned.rq")] == [['"北京"@zh', "1"]]
