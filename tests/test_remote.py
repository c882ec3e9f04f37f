"""The same commands against a real triple-store server: Oxigraph's, started on loopback."""

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import require_tool
from xqgraph.cli.main import cli


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(binary).exists():
        require_tool("oxigraph")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path_factory.mktemp("oxi")),
                             "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/", timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def test_push_then_query_through_the_endpoint(built_dir, oxigraph_server) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["push", "--graph", str(built_dir), "--endpoint", oxigraph_server + "/store"])
    assert res.exit_code == 0, res.output
    q = 'SELECT ?name WHERE { ?t a xq:Town ; rdfs:label ?name } ORDER BY ?name'
    res = runner.invoke(cli, ["query", q, "--endpoint", oxigraph_server + "/query", "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.output.split() == ["name", "中北镇", "张家窝镇", "杨柳青镇", "辛口镇"]
    local = runner.invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--graph", str(built_dir),
                                "--format", "csv"]).output
    remote = runner.invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--endpoint",
                                 oxigraph_server + "/query", "--format", "csv"]).output
    assert local == remote  # every triple arrived
    res = runner.invoke(cli, ["push", "--graph", str(built_dir), "--endpoint", oxigraph_server + "/store"])
    again = runner.invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--endpoint",
                                oxigraph_server + "/query", "--format", "csv"]).output
    assert again == remote  # pushing twice replaces, never duplicates


def test_a_bad_query_and_an_unreachable_endpoint(oxigraph_server) -> None:
    res = CliRunner().invoke(cli, ["query", "SELECT ?x WHERE {", "--endpoint", oxigraph_server + "/query"])
    assert res.exit_code == 4 and "HTTP 400" in res.output
    res = CliRunner().invoke(cli, ["query", "ASK {}", "--endpoint", "http://127.0.0.1:9/query", "--timeout", "5"])
    assert res.exit_code == 5 and "cannot reach" in res.output


def test_stats_and_viz_through_the_endpoint(built_dir, oxigraph_server, tmp_path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["push", "--graph", str(built_dir), "--endpoint", oxigraph_server + "/store"]).exit_code == 0
    local = runner.invoke(cli, ["stats", "--graph", str(built_dir)]).output
    remote = runner.invoke(cli, ["stats", "--endpoint", oxigraph_server + "/query"]).output
    assert remote == local and "entities:" in remote
    out = tmp_path / "v.html"
    res = runner.invoke(cli, ["viz", "--endpoint", oxigraph_server + "/query", "--focus", "杨柳青镇", "-o", str(out)])
    assert res.exit_code == 0 and "vis.DataSet" in out.read_text(encoding="utf-8")
