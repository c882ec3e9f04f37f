"""Every export format parses with rdflib and pyoxigraph, round-trips, and is byte-stable."""

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from tests.conftest import EXAMPLE, require_tool
from xqgraph.cli.main import cli

RDFLIB = {"turtle": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "xml": "xml"}
OXI = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
       "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}


@pytest.fixture(scope="module")
def exports(built_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("exports")
    files = {}
    for fmt in RDFLIB:
        path = out / f"graph.{fmt}"
        res = CliRunner().invoke(cli, ["export", "--graph", str(built_dir), "--format", fmt, "-o", str(path)])
        assert res.exit_code == 0, res.output
        files[fmt] = path
    return files


def _triples(path: Path, fmt: str) -> Graph:
    if fmt in ("nq", "trig"):
        ds = Dataset()
        ds.parse(path, format=RDFLIB[fmt])
        g = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            g.add((s, p, o))
        return g
    return Graph().parse(path, format=RDFLIB[fmt])


@pytest.mark.parametrize("fmt", sorted(RDFLIB))
def test_every_format_round_trips(exports, built_dir, fmt: str) -> None:
    reference = Graph().parse(built_dir / "graph.ttl")
    assert isomorphic(_triples(exports[fmt], fmt), reference)


@pytest.mark.parametrize("fmt", sorted(OXI))
def test_pyoxigraph_reads_every_format(exports, fmt: str) -> None:
    quads = list(ox.parse(path=str(exports[fmt]), format=OXI[fmt]))
    assert len(quads) > 1000


def test_named_graphs_one_per_document_and_one_per_build(exports) -> None:
    quads = list(ox.parse(path=str(exports["nq"]), format=ox.RdfFormat.N_QUADS))
    graphs = sorted({str(q.graph_name) for q in quads})
    # one document, one build, the entities shared by all documents (graph/entities) and the tracking of
    # targets across all documents (graph/tracking)
    assert [g.split("/id/")[1].rsplit("/", 1)[0] for g in graphs] == ["build", "doc", "graph", "graph"]
    assert graphs[2:] == ["<https://w3id.org/xqgraph/id/graph/entities>", "<https://w3id.org/xqgraph/id/graph/tracking>"]
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    town = [q for q in quads if str(q.predicate) == label and q.object == ox.Literal("杨柳青镇", language="zh")]
    assert [str(q.graph_name) for q in town] == ["<https://w3id.org/xqgraph/id/graph/entities>"]


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_an_independent_parser_accepts_turtle_and_ntriples(exports, fmt: str) -> None:
    rapper = require_tool("rapper")
    syntax = {"turtle": "turtle", "nt": "ntriples"}[fmt]
    out = subprocess.run([rapper, "-i", syntax, "-c", str(exports[fmt])], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr


def test_two_builds_give_identical_files(tmp_path: Path) -> None:
    code = ("import sys; from click.testing import CliRunner; from xqgraph.cli.main import cli\n"
            "r = CliRunner().invoke(cli, ['build', sys.argv[1], '-o', sys.argv[2], '--no-html']); assert r.exit_code == 0\n"
            "for f in ['turtle', 'nt', 'nq', 'trig', 'jsonld', 'xml']:\n"
            "    r = CliRunner().invoke(cli, ['export', '--graph', sys.argv[2], '--format', f, '-o', sys.argv[2] + '/x.' + f])\n"
            "    assert r.exit_code == 0\n")
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code, str(EXAMPLE), str(tmp_path / seed)], check=True, env=env)
    for name in ["graph.ttl", *(f"x.{f}" for f in RDFLIB)]:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name
