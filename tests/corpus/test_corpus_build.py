"""Building many documents: parallel workers, skipping unchanged files, one result whatever the order."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from xqgraph.build import build_graph, pipeline_fingerprint

DATA = Path(__file__).resolve().parents[1] / "data"
INPUTS = [DATA / "tracking" / "hongqi-2019-plan.txt", DATA / "tracking" / "hongqi-2020-plan.txt",
          DATA / "synthetic-county-2020-report.txt"]
STAMP = "2020-01-01T00:00:00Z"


@pytest.fixture(scope="module")
def serial_and_parallel(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    one, two = tmp_path_factory.mktemp("jobs1"), tmp_path_factory.mktemp("jobs2")
    assert build_graph(INPUTS, one, jobs=1, timestamp=STAMP).ok
    assert build_graph(list(reversed(INPUTS)), two, jobs=2, timestamp=STAMP).ok
    return one, two


def test_two_workers_give_the_same_bytes_as_one(serial_and_parallel: tuple[Path, Path]) -> None:
    one, two = serial_and_parallel
    for name in ("graph.ttl", "graph.html", "manifest.json"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_unchanged_files_are_skipped_and_changed_ones_rebuilt(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in INPUTS:
        shutil.copy(p, docs / p.name)
    out = tmp_path / "out"
    first = build_graph(sorted(docs.iterdir()), out, timestamp=STAMP)
    assert len(first.documents) == 3 and first.unchanged == []
    again = build_graph(sorted(docs.iterdir()), out, timestamp=STAMP)
    assert again.documents == [] and len(again.unchanged) == 3
    assert again.summary().splitlines()[0].endswith("; 3 unchanged file(s) kept")
    # edit one file: only it is rebuilt, and the store holds the new text, not both versions
    edited = docs / "hongqi-2020-plan.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("新建5G基站150个", "新建5G基站180个"), encoding="utf-8")
    third = build_graph(sorted(docs.iterdir()), out, timestamp=STAMP)
    assert len(third.documents) == 1 and sorted(third.unchanged) == sorted(
        str(p) for p in docs.iterdir() if p != edited)
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "新建5G基站180个" in turtle and "新建5G基站150个" not in turtle  # the edited sentence, not both
    forced = build_graph(sorted(docs.iterdir()), out, timestamp=STAMP, force=True)
    assert len(forced.documents) == 3 and forced.unchanged == []


def test_a_new_pipeline_rebuilds_everything(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_graph(INPUTS[:1], out, timestamp=STAMP)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["fingerprint"] == pipeline_fingerprint() and len(manifest["files"]) == 1
    manifest["fingerprint"] = "from an older xqgraph"
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert len(build_graph(INPUTS[:1], out, timestamp=STAMP).documents) == 1


def test_bad_files_are_reported_by_workers_and_the_rest_built(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    binary = tmp_path / "noise.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    report = build_graph([INPUTS[0], bad, binary, INPUTS[1]], tmp_path / "out", jobs=2, html=False)
    assert len(report.documents) == 2
    assert sorted(name for name, _ in report.failures) == sorted([str(bad), str(binary)])
    assert all(why for _, why in report.failures)
    assert "HTML:" not in report.summary()  # no page was written, so none is announced


def test_cli_jobs_and_progress(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "xqgraph", "build", *map(str, INPUTS[:2]), "-o", str(tmp_path),
                          "--jobs", "2", "--no-html"], capture_output=True, text=True, check=False,
                         env={**os.environ, "SOURCE_DATE_EPOCH": "0"})
    assert out.returncode == 0, out.stderr
    assert "building" in out.stderr and out.stdout.startswith("built 2 document(s)")
    bad = subprocess.run([sys.executable, "-m", "xqgraph", "build", str(INPUTS[0]), "-o", str(tmp_path), "--jobs", "0"],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "--jobs" in bad.stderr


def test_the_page_does_not_depend_on_the_hash_seed(serial_and_parallel: tuple[Path, Path], tmp_path: Path) -> None:
    code = ("import sys; from rdflib import Graph; from xqgraph.viz import graph_to_networkx, render_html\n"
            "g = Graph().parse(sys.argv[1]); open(sys.argv[2], 'w', encoding='utf-8').write("
            "render_html(graph_to_networkx(g)))\n")
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-c", code, str(serial_and_parallel[0] / "graph.ttl"), str(tmp_path / seed)],
                       check=True, env={**os.environ, "PYTHONHASHSEED": seed})
    assert (tmp_path / "1").read_bytes() == (tmp_path / "2").read_bytes()


def test_the_sorted_export_merges_runs_like_the_in_memory_one(serial_and_parallel, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from xqgraph.rdf import export
    from xqgraph.store import GraphStore

    monkeypatch.setattr(export, "_CHUNK", 500)  # many runs on disk, merged
    with GraphStore.open_existing(serial_and_parallel[0] / "store") as store:
        export.write_sorted_triples((store.graph_ntriples(g) for g in store.graphs()), "turtle", tmp_path / "runs.ttl")
        in_memory = export.export_nquads(store.to_nquads(), "turtle")
    assert (tmp_path / "runs.ttl").read_bytes() == in_memory == (serial_and_parallel[0] / "graph.ttl").read_bytes()
    assert len(in_memory) > 50_000  # several runs of 500 lines really were merged


def test_a_corpus_too_big_for_one_page_gets_a_note_not_a_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from xqgraph import build

    monkeypatch.setattr(build, "HTML_MAX_DOCUMENTS", 1)
    report = build.build_graph(INPUTS[:2], tmp_path, timestamp=STAMP)
    assert report.ok and not (tmp_path / "graph.html").exists() and (tmp_path / "graph.ttl").exists()
    assert "graph.html not written: 2 documents" in report.summary() and "HTML:" not in report.summary()
    assert report.counts["District"] >= 1


def test_documents_are_loaded_in_batches_by_a_thread_while_the_next_are_built(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the store is written from its own thread, in bulk, a batch at a time, and every document and its part
    # of the shared entity graph reach it; nothing is spooled to disk
    import threading

    from xqgraph import build
    from xqgraph.store import GraphStore

    loads: list[tuple[str, list[str], set[str]]] = []
    real = GraphStore.load_quads

    def spy(self: GraphStore, graphs: list[str], nquads: bytes | Path, **kw: int) -> None:
        assert isinstance(nquads, bytes)
        named = {line.rsplit(b" <", 1)[1].split(b">")[0].decode() for line in nquads.splitlines()}
        loads.append((threading.current_thread().name, graphs, named))
        real(self, graphs, nquads, **kw)

    monkeypatch.setattr(GraphStore, "load_quads", spy)
    monkeypatch.setattr(build, "_LOAD_BYTES", 1)  # one document per batch
    report = build.build_graph(INPUTS, tmp_path, html=False)
    assert report.ok and len(report.documents) == len(INPUTS) == 3
    batches = [named for thread, _, named in loads if thread == "xqgraph-store-loader"]
    docs = {f"https://w3id.org/xqgraph/id/doc/{d}" for d in report.documents}
    entities = "https://w3id.org/xqgraph/id/graph/entities"
    assert len(batches) == 3 and all(len(named - {entities}) == 1 and entities in named for named in batches)
    assert set().union(*batches) == docs | {entities}
    assert not list(tmp_path.glob("*.nq"))
    # a second build of the same files with force replaces both graphs: the old ones are removed first
    loads.clear()
    again = build.build_graph(INPUTS, tmp_path, html=False, force=True)
    assert again.ok
    assert sorted(g for thread, graphs, _ in loads if thread == "xqgraph-store-loader" for g in graphs) == sorted(docs)


def test_a_build_that_dies_while_writing_leaves_its_files_to_rebuild(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from xqgraph import build
    from xqgraph.store import GraphStore

    assert build.build_graph(INPUTS[:1], tmp_path, html=False, timestamp=STAMP).ok
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert list(manifest["files"]) == [str(INPUTS[0].resolve())]

    def crash(self: GraphStore, graphs: object, nquads: bytes, **options: object) -> None:
        raise KeyboardInterrupt  # as if killed between removing the old graph and writing the new one

    monkeypatch.setattr(GraphStore, "load_quads", crash)
    with pytest.raises(KeyboardInterrupt):
        build.build_graph(INPUTS[:1], tmp_path, html=False, timestamp=STAMP, force=True)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["files"] == {}  # so the next build does not trust a half-written graph
    monkeypatch.undo()
    again = build.build_graph(INPUTS[:1], tmp_path, html=False, timestamp=STAMP)
    assert again.unchanged == [] and len(again.documents) == 1


def test_the_end_of_a_build_reads_documents_from_their_files_not_the_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, serial_and_parallel: tuple[Path, Path]) -> None:
    from xqgraph import build
    from xqgraph.store import GraphStore

    real_dump, real_query = GraphStore.graph_ntriples, GraphStore.query
    asked: list[str] = []

    def only_shared_graphs(self: GraphStore, graph_iri: str) -> bytes:
        asked.append(graph_iri)
        assert "/id/doc/" not in graph_iri, "a document graph was read back from the store"
        return real_dump(self, graph_iri)

    def no_query_on_disk(self: GraphStore, sparql: str, **kw: object) -> object:
        assert self.path is None, "the store on disk was queried"  # each document's own, in memory, is fine
        return real_query(self, sparql, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(GraphStore, "graph_ntriples", only_shared_graphs)
    monkeypatch.setattr(GraphStore, "query", no_query_on_disk)
    assert build.build_graph(INPUTS, tmp_path, jobs=1, timestamp=STAMP).ok
    assert sorted(g.split("/id/")[1].split("/")[0] for g in asked) == ["build", "graph", "graph"]  # entities, tracking
    # and the result is the one a build gives without these files
    assert (tmp_path / "graph.ttl").read_bytes() == (serial_and_parallel[0] / "graph.ttl").read_bytes()
    assert (tmp_path / "graph.html").read_bytes() == (serial_and_parallel[0] / "graph.html").read_bytes()


def test_documents_built_without_files_are_read_from_the_store(tmp_path: Path) -> None:
    from xqgraph.build import build_graph

    with_files, without = tmp_path / "with", tmp_path / "without"
    for out in (with_files, without):
        assert build_graph(INPUTS[:2], out, timestamp=STAMP).ok
    for f in (without / "documents").iterdir():  # as if built by an xqgraph that kept no such files
        f.unlink()
    for out in (with_files, without):
        assert build_graph(INPUTS, out, timestamp=STAMP).ok  # builds the third file, exports all three
    assert (without / "graph.ttl").read_bytes() == (with_files / "graph.ttl").read_bytes()
    assert (without / "graph.html").read_bytes() == (with_files / "graph.html").read_bytes()  # with the targets


def test_a_loader_that_fails_anywhere_fails_the_build_and_marks_nothing_built(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the loader thread dies while turning a document into quads (say, out of memory): the build must raise
    # that error, neither hang on the full queue nor write a manifest that calls the documents built
    import threading

    from xqgraph import build

    def broken(ntriples: bytes, graph: str) -> bytes:
        raise MemoryError("no room for the batch")

    monkeypatch.setattr(build, "as_nquads", broken)
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            build.build_graph(INPUTS * 4, tmp_path, html=False, jobs=1)  # more documents than the queue holds
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - what the build raised is the point
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(120)
    assert not worker.is_alive(), "the build hung on a dead loader"
    assert isinstance(outcome[0], MemoryError)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["files"] == {}


def test_a_build_compacts_the_store_when_it_wrote_much_of_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a fresh build compacts (queries then read one sorted run per index); rebuilding 1 of 5 documents does not
    # (it would rewrite the whole store for one document); a failing compaction fails the build
    from xqgraph.store import oxigraph

    calls: list[str] = []
    real = oxigraph.GraphStore.optimize
    monkeypatch.setattr(oxigraph.GraphStore, "optimize", lambda self: (calls.append("optimize"), real(self))[1])
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in INPUTS:
        shutil.copy(p, docs / p.name)
    for n in (1, 2):  # two more documents: another text each
        text = INPUTS[2].read_text(encoding="utf-8")
        (docs / f"variant-{n}.txt").write_text(text + f"\n全年新增就业{n}万人。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert build_graph(sorted(docs.iterdir()), out, html=False, timestamp=STAMP).ok and calls == ["optimize"]
    edited = docs / "hongqi-2020-plan.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("新建5G基站150个", "新建5G基站180个"), encoding="utf-8")
    assert build_graph(sorted(docs.iterdir()), out, html=False, timestamp=STAMP).ok and calls == ["optimize"]

    def broken(self: oxigraph.GraphStore) -> None:
        raise oxigraph.StoreError("disk full")

    monkeypatch.setattr(oxigraph.GraphStore, "optimize", broken)
    with pytest.raises(oxigraph.StoreError, match="disk full"):
        build_graph(sorted(docs.iterdir()), out, html=False, timestamp=STAMP, force=True)
