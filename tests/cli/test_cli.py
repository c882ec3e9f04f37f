import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLE, GOLD
from xqgraph.cli.main import cli


@pytest.mark.parametrize("command", ["build", "query", "measures", "export", "push", "viz", "stats", "validate", "serve", "eval",
                                     "optimize"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_query_table_and_csv(built_dir) -> None:
    q = 'SELECT ?name WHERE { ?t a xq:Town ; rdfs:label ?name } ORDER BY ?name'
    res = CliRunner().invoke(cli, ["query", q, "--graph", str(built_dir), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = res.output.splitlines()
    assert rows[0].strip() == "name" and "杨柳青镇" in rows


def test_query_json(built_dir) -> None:
    q = 'SELECT (COUNT(*) AS ?n) WHERE { ?d a xq:Document }'
    res = CliRunner().invoke(cli, ["query", q, "--graph", str(built_dir), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["results"]["bindings"][0]["n"]["value"] == "1"


def test_bad_query_is_a_message_not_a_traceback(built_dir) -> None:
    res = CliRunner().invoke(cli, ["query", "SELECT ?x WHERE { ?x ", "--graph", str(built_dir)])
    assert res.exit_code == 4
    assert "Traceback" not in res.output


def test_query_without_a_built_graph(tmp_path) -> None:
    res = CliRunner().invoke(cli, ["query", "ASK {}", "--graph", str(tmp_path)])
    assert res.exit_code == 5
    assert "xqgraph build" in res.output


def test_build_goes_on_past_a_bad_file(tmp_path) -> None:
    bad = tmp_path / "missing.txt"
    res = CliRunner().invoke(cli, ["build", str(bad), str(EXAMPLE), "-o", str(tmp_path / "out"), "--no-html"])
    assert res.exit_code == 3
    assert "missing.txt" in res.output
    assert (tmp_path / "out" / "graph.ttl").is_file()


def test_eval_agrees_with_reference_scorer_summary(built_dir) -> None:
    from tests.conftest import reference_scorer

    res = CliRunner().invoke(cli, ["eval", str(built_dir / "graph.ttl"), "--gold", str(GOLD)])
    assert res.exit_code == 0, res.output
    ours = res.output.strip().splitlines()[-1]
    score = reference_scorer()
    theirs = subprocess.run([sys.executable, str(score), "--graph", str(built_dir / "graph.ttl"), "--gold", str(GOLD)],
                            capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    assert ours == theirs and ours.startswith("SUMMARY")


def test_python_dash_m_runs_the_cli() -> None:
    out = subprocess.run([sys.executable, "-m", "xqgraph", "--version"], capture_output=True, text=True, check=True)
    assert "xqgraph" in out.stdout


def test_query_declaring_its_own_prefix(built_dir) -> None:
    q = "PREFIX xq: <https://w3id.org/xqgraph/ontology#>\nASK { ?t a xq:Town }"
    res = CliRunner().invoke(cli, ["query", q, "--graph", str(built_dir)])
    assert res.exit_code == 0 and res.output == "true\n"


def test_syntax_error_line_is_the_users_line(built_dir) -> None:
    res = CliRunner().invoke(cli, ["query", "SELECT ?x\nWHERE { ?x }", "--graph", str(built_dir)])
    assert res.exit_code == 4 and "line 2" in res.output


def test_rebuilding_replaces_and_directories_expand(tmp_path) -> None:
    import shutil

    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(EXAMPLE, docs / "a.txt")
    out = tmp_path / "out"
    runner = CliRunner()
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert runner.invoke(cli, ["build", str(docs), "-o", str(out), "--no-html"]).exit_code == 0
    first = (out / "graph.ttl").read_bytes()
    before = runner.invoke(cli, ["query", q, "--graph", str(out), "--format", "csv"]).output.split()
    assert runner.invoke(cli, ["build", str(docs / "a.txt"), "-o", str(out), "--no-html"]).exit_code == 0
    assert (out / "graph.ttl").read_bytes() == first  # same input, same bytes
    after = runner.invoke(cli, ["query", q, "--graph", str(out), "--format", "csv"]).output.split()
    assert before == after and int(after[1]) > 1000  # the store holds the document once


def test_build_skips_unknown_types_and_reads_other_formats(tmp_path) -> None:
    from tests.conftest import DATA

    (tmp_path / "notes.xls").write_bytes(b"\xd0\xcf")
    res = CliRunner().invoke(cli, ["build", str(tmp_path / "notes.xls"), str(DATA / "portal-page.html"),
                                   "-o", str(tmp_path / "out"), "--no-html"])
    assert res.exit_code == 0, res.output
    assert "skipped" in res.output and "notes.xls" in res.output
    assert "built 1 document" in res.output


def test_same_content_from_two_places_is_one_document(tmp_path) -> None:
    import shutil

    for folder in ("a", "b c 西青"):
        (tmp_path / folder).mkdir()
        shutil.copy(EXAMPLE, tmp_path / folder / "plan.txt")
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["build", str(tmp_path / "a"), str(tmp_path / "b c 西青"), "-o", str(out), "--no-html"])
    assert res.exit_code == 0, res.output
    assert "built 1 document(s)" in res.output and res.output.count("read ") == 2
    q = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a xq:Document }"
    assert CliRunner().invoke(cli, ["query", q, "--graph", str(out), "--format", "csv"]).output.split() == ["n", "1"]


def test_eval_lists_misses_and_false_positives_by_type(tmp_path) -> None:
    ttl = tmp_path / "g.ttl"
    ttl.write_text('@prefix xq: <https://w3id.org/xqgraph/ontology#> .\n'
                   '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
                   '<urn:a> a xq:Town ; rdfs:label "杨柳青镇"@zh .\n<urn:b> a xq:Policy ; rdfs:label "不存在的政策"@zh .\n',
                   encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", str(ttl), "--gold", str(GOLD), "--show", "3"])
    lines = res.output.splitlines()
    assert "false Policy (1): 不存在的政策 (Policy)" in lines
    assert any(line.startswith("missed Zone (") for line in lines)  # every gold zone is missed
    assert not any(line.startswith("missed Place") and "杨柳青镇" in line for line in lines)


def test_measures_table_in_three_formats(built_dir, tmp_path) -> None:
    import csv
    import io

    runner = CliRunner()
    res = runner.invoke(cli, ["measures", "--graph", str(built_dir), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output)))
    jobs = [r for r in rows if r["indicator"] == "新增就业" and r["year"] == "2018"]
    assert [(r["value"], r["unit"], r["kind"], r["comparator"]) for r in jobs] == [("23500", "人", "目标", "=")]
    assert "全年新增就业2.35万人" in jobs[0]["sentence"] and jobs[0]["section"].startswith("(七)")
    md = runner.invoke(cli, ["measures", "--graph", str(built_dir), "--format", "md"]).output.splitlines()
    assert md[0].startswith("| indicator | value |") and len(md) == len(rows) + 2
    assert runner.invoke(cli, ["measures", "--graph", str(built_dir), "--format", "xlsx"]).exit_code == 2
    out = tmp_path / "m.xlsx"
    assert runner.invoke(cli, ["measures", "--graph", str(built_dir), "--format", "xlsx", "-o", str(out)]).exit_code == 0
    from openpyxl import load_workbook

    sheet = load_workbook(out).active
    assert sheet.max_row == len(rows) + 1 and sheet["A1"].value == "indicator"


def test_built_graphs_validate_and_broken_ones_do_not(built_dir, tmp_path, pipeline) -> None:
    from tests.conftest import DATA

    res = CliRunner().invoke(cli, ["validate", str(built_dir)])
    assert res.exit_code == 0 and "Conforms: True" in res.output
    other = pipeline.run_file(DATA / "synthetic-county-2020-report.txt").graph
    other.serialize(tmp_path / "other.ttl", format="turtle")
    assert CliRunner().invoke(cli, ["validate", str(tmp_path / "other.ttl")]).exit_code == 0
    broken = tmp_path / "broken.ttl"
    broken.write_text('@prefix xq: <https://w3id.org/xqgraph/ontology#> .\n'
                      '<urn:m> a xq:Measure ; xq:value 1.0 ; xq:kind xq:Maybe .\n', encoding="utf-8")
    res = CliRunner().invoke(cli, ["validate", str(broken)])
    assert res.exit_code == 7 and "Conforms: False" in res.output and "xq:unit" in res.output


def test_query_timeout_is_a_message(built_dir) -> None:
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # about 10^11 rows
    # in a process of its own: the abandoned query goes on in a thread until that process exits
    res = subprocess.run([sys.executable, "-m", "xqgraph", "query", endless, "--graph", str(built_dir), "--timeout", "1"],
                         capture_output=True, text=True, timeout=60, check=False)
    assert res.returncode == 4 and "Traceback" not in res.stderr and "timeout" in res.stderr.lower()


def test_viz_focus_and_stats(built_dir, tmp_path) -> None:
    out = tmp_path / "ylq.html"
    res = CliRunner().invoke(cli, ["viz", "--graph", str(built_dir), "--focus", "杨柳青镇", "--depth", "1", "-o", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    # one relation from 杨柳青镇: 西青区 and what the text puts in the town (文化旅游小镇, 夜景灯光建设工程)
    for name in ("杨柳青镇", "西青区", "杨柳青文化旅游小镇", "杨柳青镇夜景灯光建设工程"):
        assert json.dumps(name) in page, name
    assert json.dumps("平泉市") not in page  # two relations away
    res = CliRunner().invoke(cli, ["viz", "--graph", str(built_dir), "--focus", "不存在", "-o", str(out)])
    assert res.exit_code == 2 and "no entity is called" in res.output
    res = CliRunner().invoke(cli, ["stats", "--graph", str(built_dir)])
    assert res.exit_code == 0 and "Target 2018: 17" in res.output  # the 17 targets of the gold annotation
    assert res.output.splitlines()[4].strip().startswith("西青区")  # the district links most names


def test_optimize_compacts_a_built_store_and_keeps_its_answers(tmp_path) -> None:
    from xqgraph.build import build_graph

    out = tmp_path / "out"
    assert build_graph([EXAMPLE], out, html=False).ok
    q = 'SELECT (COUNT(*) AS ?n) WHERE { ?t a xq:Town }'
    before = CliRunner().invoke(cli, ["query", q, "--graph", str(out), "--format", "csv"]).output
    res = CliRunner().invoke(cli, ["optimize", "--graph", str(out)])
    assert res.exit_code == 0, res.output
    assert "compacted" in res.output
    assert CliRunner().invoke(cli, ["query", q, "--graph", str(out), "--format", "csv"]).output == before
    missing = CliRunner().invoke(cli, ["optimize", "--graph", str(tmp_path / "nothing")])
    assert missing.exit_code == 5 and "xqgraph build" in missing.output
