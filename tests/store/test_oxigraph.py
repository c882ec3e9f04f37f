"""GraphStore: one named graph per document, atomic replacement, safe querying."""

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xqgraph.errors import QueryError, StoreError
from xqgraph.store import GraphStore

DOC_A = "urn:doc:a"
DOC_B = "urn:doc:b"
A1 = '<urn:s1> <urn:p> "西青区"@zh .\n<urn:s1> <urn:q> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'.encode()
A2 = b'<urn:s2> <urn:p> "new" .\n'
B1 = b'<urn:s3> <urn:p> "other" .\n'


def test_replacing_a_document_twice_keeps_the_count_and_drops_old_triples(tmp_path) -> None:
    with GraphStore(tmp_path / "store") as store:
        store.replace_document(DOC_A, A1)
        assert len(store) == 2
        store.replace_document(DOC_A, A1)
        assert len(store) == 2
        store.replace_document(DOC_A, A2)
        assert len(store) == 1
        assert not store.query("ASK { <urn:s1> ?p ?o }")
        assert [s["o"].value for s in store.query("SELECT ?o WHERE { <urn:s2> <urn:p> ?o }")] == ["new"]
        assert store.graphs() == [DOC_A]


def test_the_default_graph_is_the_union_of_documents() -> None:
    with GraphStore(None) as store:
        store.replace_document(DOC_A, A1)
        store.replace_document(DOC_B, B1)
        assert store.graphs() == [DOC_A, DOC_B]
        rows = store.query("SELECT ?s ?o WHERE { ?s <urn:p> ?o } ORDER BY ?s")
        assert [(r["s"].value, r["o"].value) for r in rows] == [("urn:s1", "西青区"), ("urn:s3", "other")]
        where = store.query("SELECT ?g WHERE { GRAPH ?g { <urn:s3> ?p ?o } }")
        assert [r["g"].value for r in where] == [DOC_B]
        store.replace_document(DOC_B, A2)  # replacing one document leaves the other alone
        assert len(store) == 3


def test_data_persists_after_close_and_reopen(tmp_path) -> None:
    with GraphStore(tmp_path / "store") as store:
        store.replace_document(DOC_A, A1)
    with GraphStore.open_existing(tmp_path / "store") as store:
        assert len(store) == 2
        assert store.graphs() == [DOC_A]
        assert [r["o"].value for r in store.query("SELECT ?o WHERE { <urn:s1> <urn:p> ?o }")] == ["西青区"]


def test_turtle_input_and_blank_nodes() -> None:
    turtle = b'@prefix ex: <urn:ex:> .\nex:a ex:p [ ex:q "x" ] .\n'
    with GraphStore(None) as store:
        store.replace_document(DOC_A, turtle, format="text/turtle")
        assert len(store) == 2
        assert store.query('ASK { <urn:ex:a> <urn:ex:p> ?b . ?b <urn:ex:q> "x" FILTER isBlank(?b) }')
        with pytest.raises(ValueError, match="quads"):
            store.replace_document(DOC_A, b"", format="application/n-quads")
        with pytest.raises(ValueError, match="unknown RDF format"):
            store.replace_document(DOC_A, b"", format="application/x-unknown")


def test_invalid_data_changes_nothing() -> None:
    with GraphStore(None) as store:
        store.replace_document(DOC_A, A1)
        with pytest.raises(StoreError, match="line 2.*not changed"):
            store.replace_document(DOC_A, b'<urn:s9> <urn:p> "ok" .\n<urn:s9> <urn:p> broken .\n')
        assert len(store) == 2 and store.query("ASK { <urn:s1> <urn:p> ?o }")


def test_an_empty_document_is_still_listed() -> None:
    with GraphStore(None) as store:
        store.replace_document(DOC_A, A1)
        store.replace_document(DOC_A, b"")
        assert len(store) == 0
        assert store.graphs() == [DOC_A]


def test_missing_store_says_to_build(tmp_path) -> None:
    with pytest.raises(StoreError, match=r"no graph store at .*nothing: run `xqgraph build"):
        GraphStore.open_existing(tmp_path / "nothing")
    assert not (tmp_path / "nothing").exists()  # opening for querying creates nothing
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="xqgraph build"):
        GraphStore.open_existing(tmp_path / "empty")


def test_a_locked_store_names_its_path(tmp_path) -> None:
    path = tmp_path / "store"
    with GraphStore(path) as store:
        store.replace_document(DOC_A, A1)
        with pytest.raises(StoreError, match=f"{path} is locked by another process.*wait"):
            GraphStore.open_existing(path)
        code = f"from xqgraph.store import GraphStore\nGraphStore.open_existing({str(path)!r})"
        other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert other.returncode != 0 and "is locked by another process" in other.stderr
    with GraphStore.open_existing(path) as store:  # closing released the lock
        assert len(store) == 2


def test_a_damaged_store_names_its_path_and_a_remedy(tmp_path) -> None:
    path = tmp_path / "store"
    with GraphStore(path) as store:
        store.replace_document(DOC_A, A1)
    (path / "CURRENT").write_text("garbage\n")
    with pytest.raises(StoreError, match=f"{path} is damaged.*run `xqgraph build` again"):
        GraphStore.open_existing(path)


def test_syntax_error_names_line_and_column() -> None:
    with GraphStore(None) as store:
        with pytest.raises(QueryError, match="line 2, column 16") as info:
            store.query("SELECT ?s\nWHERE { ?s ?p }")
        assert "\n  WHERE { ?s ?p }\n" in str(info.value)
        # columns count characters, not UTF-8 bytes: the literal spans columns 22-26
        with pytest.raises(QueryError, match="line 1, column 27"):
            store.query('SELECT ?s WHERE { ?s "西青区" ?p }')
        with pytest.raises(QueryError, match="undeclared prefix"):
            store.query("SELECT * WHERE { ?s a foo:Bar }")


def test_prefixes_are_declared_without_moving_lines() -> None:
    with GraphStore(None) as store:
        store.replace_document(DOC_A, A1)
        assert store.query("ASK { ?s ex:p ?o }", prefixes={"ex": "urn:"})
        with pytest.raises(QueryError, match="line 2"):
            store.query("SELECT ?s\nWHERE { ?s ex:p }", prefixes={"ex": "urn:"})


@pytest.mark.parametrize("update", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "PREFIX x: <urn:x#>\nDELETE WHERE { ?s ?p ?o }",
    "# a comment\nBASE <http://example.org/>\ninsert { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "LOAD <file:///etc/passwd>",
    "drop all",
    "CLEAR GRAPH <urn:doc:a>",
])
def test_updates_are_refused(update: str) -> None:
    with GraphStore(None) as store:
        store.replace_document(DOC_A, A1)
        with pytest.raises(QueryError, match="not allowed"):
            store.query(update)
        assert len(store) == 2


def test_timeout_stops_waiting_for_a_slow_query() -> None:
    quads = [ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i % 100)), ox.NamedNode(DOC_A))
             for i in range(3000)]
    with GraphStore(None) as store:
        store._s.extend(quads)
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a <urn:p> ?o . ?b <urn:p> ?o . ?c <urn:p> ?o }"
        start = time.monotonic()
        with pytest.raises(QueryError, match="did not finish within 0.05 s"):
            store.query(slow, timeout=0.05)
        assert time.monotonic() - start < 0.5


def test_results_with_a_timeout_are_the_same() -> None:
    with GraphStore(None) as store:
        store.replace_document(DOC_A, A1)
        store.replace_document(DOC_B, B1)
        q = "SELECT ?o WHERE { ?s <urn:p> ?o } ORDER BY ?o"
        solutions = store.query(q, timeout=10)
        assert isinstance(solutions, ox.QuerySolutions)
        assert [v.value for v in solutions.variables] == ["o"]
        assert [r["o"].value for r in solutions] == ["other", "西青区"]
        assert store.query("ASK { <urn:s3> ?p ?o }", timeout=10)
        assert len(store.query("CONSTRUCT WHERE { ?s <urn:p> ?o }", timeout=10)) == 2
        with pytest.raises(QueryError, match="line 1"):
            store.query("SELECT ?o WHERE {", timeout=10)


def test_a_closed_store_says_so() -> None:
    store = GraphStore(None)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        len(store)


def test_a_build_killed_midway_leaves_old_or_new_never_a_mix(tmp_path) -> None:
    path = tmp_path / "store"
    writer = textwrap.dedent(f"""
        import sys
        from xqgraph.store import GraphStore
        old = "".join(f'<urn:old{{i}}> <urn:p> "old" .\\n' for i in range(2000)).encode()
        new = "".join(f'<urn:new{{i}}> <urn:p> "new" .\\n' for i in range(3000)).encode()
        store = GraphStore({str(path)!r})
        store.replace_document("urn:doc:a", old)
        store.replace_document("urn:doc:b", old)
        print("ready", flush=True)
        while True:
            store.replace_document("urn:doc:a", new)
            store.replace_document("urn:doc:a", old)
    """)
    proc = subprocess.Popen([sys.executable, "-c", writer], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
        time.sleep(0.5)
    finally:
        proc.kill()  # SIGKILL: no flush, no clean close
        proc.wait()
        proc.stdout.close()
    with GraphStore.open_existing(path) as store:
        counts = {r["v"].value: int(r["n"].value) for r in store.query(
            "SELECT ?v (COUNT(*) AS ?n) WHERE { GRAPH <urn:doc:a> { ?s <urn:p> ?v } } GROUP BY ?v")}
        assert counts in ({"old": 2000}, {"new": 3000})
        assert len(store) == 2000 + sum(counts.values())


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.text(alphabet="ab <>\"\\.", max_size=30), max_size=40), size=st.integers(1, 64))
def test_a_spool_file_is_loaded_in_whole_lines(tmp_path_factory: pytest.TempPathFactory, lines: list[str],
                                               size: int) -> None:
    from xqgraph.store.oxigraph import _line_chunks

    data = "".join(line + "\n" for line in lines).encode()
    path = tmp_path_factory.mktemp("spool") / "s.nq"
    path.write_bytes(data)
    chunks = list(_line_chunks(path, size))
    assert b"".join(chunks) == data
    assert all(chunk.endswith(b"\n") for chunk in chunks)


def test_a_spooled_file_of_quads_replaces_its_graphs(tmp_path: Path) -> None:
    spool = tmp_path / "spool.nq"
    spool.write_bytes(b'<urn:a> <urn:p> "new" <urn:doc:1> .\n<urn:e> <urn:p> "shared" <urn:graph:e> .\n')
    store = GraphStore(None)
    store.replace_document("urn:doc:1", b'<urn:a> <urn:p> "old" .')
    store.replace_document("urn:graph:e", b'<urn:e> <urn:p> "kept" .')
    store.load_quads(["urn:doc:1"], spool, chunk_bytes=8)  # many chunks, each cut at a line end
    rows = sorted((s["g"].value, s["o"].value) for s in store.query("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }"))
    assert rows == [("urn:doc:1", "new"), ("urn:graph:e", "kept"), ("urn:graph:e", "shared")]


def test_lenient_loading_skips_only_the_check_of_terms() -> None:
    relative = b'<urn:a> <p> "x" <urn:doc:1> .\n'  # N-Quads wants absolute IRIs
    store = GraphStore(None)
    with pytest.raises(StoreError, match="invalid N-Quads"):
        store.load_quads(["urn:doc:1"], relative)
    store.load_quads(["urn:doc:1"], relative, lenient=True)  # what the build does with its own serializer's output
    assert len(store) == 1
    with pytest.raises(StoreError, match="invalid N-Quads"):  # the syntax is still checked
        store.load_quads(["urn:doc:1"], b'<urn:a> <urn:p> "x"@123 <urn:doc:1> .\n', lenient=True)
