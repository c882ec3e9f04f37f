import pytest

from xqgraph.errors import QueryError, StoreError
from xqgraph.store import GraphStore, format_results

DOC_A = "urn:doc:a"
DOC_B = "urn:doc:b"
A1 = '<urn:s1> <urn:p> "西青区"@zh .\n<urn:s1> <urn:q> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'.encode()
A2 = b'<urn:s2> <urn:p> "new" .\n'
B1 = b'<urn:s3> <urn:p> "other" .\n'


def test_replacing_a_document_never_duplicates(tmp_path) -> None:
    with GraphStore(tmp_path / "store") as store:
        store.replace_document(DOC_A, A1)
        store.replace_document(DOC_A, A1)
        assert len(store) == 2
        store.replace_document(DOC_A, A2)
        assert len(store) == 1
        assert not bool(store.query("ASK { <urn:s1> ?p ?o }"))


def test_default_graph_is_the_union_of_documents(tmp_path) -> None:
    with GraphStore(tmp_path / "store") as store:
        store.replace_document(DOC_A, A1)
        store.replace_document(DOC_B, B1)
        assert store.graphs() == [DOC_A, DOC_B]
        rows = list(store.query("SELECT ?s WHERE { ?s <urn:p> ?o } ORDER BY ?s"))
        assert [r["s"].value for r in rows] == ["urn:s1", "urn:s3"]


def test_data_persists_across_processes(tmp_path) -> None:
    with GraphStore(tmp_path / "store") as store:
        store.replace_document(DOC_A, A1)
    with GraphStore.open_existing(tmp_path / "store") as store:
        assert len(store) == 2


def test_missing_store_says_to_build(tmp_path) -> None:
    with pytest.raises(StoreError, match="xqgraph build"):
        GraphStore.open_existing(tmp_path / "nothing")


def test_syntax_error_names_line_and_column() -> None:
    with GraphStore(None) as store, pytest.raises(QueryError, match="line 2, column 16"):
        store.query("SELECT ?s\nWHERE { ?s ?p }")


@pytest.mark.parametrize("update", ["INSERT DATA { <urn:a> <urn:b> <urn:c> }", "PREFIX x: <urn:x>\nDELETE WHERE { ?s ?p ?o }",
                                    "LOAD <file:///etc/passwd>", "drop all"])
def test_updates_are_refused(update: str) -> None:
    with GraphStore(None) as store, pytest.raises(QueryError, match="not allowed"):
        store.query(update)


def test_result_formats() -> None:
    with GraphStore(None) as store:
        store.replace_document(DOC_A, A1)
        q = "SELECT ?o WHERE { <urn:s1> <urn:p> ?o }"
        assert format_results(store.query(q), "csv") == "o\r\n西青区\r\n"
        assert format_results(store.query(q), "tsv") == '?o\n"西青区"@zh\n'
        assert '"xml:lang":"zh"' in format_results(store.query(q), "json").replace(" ", "")
        assert "<literal xml:lang=\"zh\">西青区</literal>" in format_results(store.query(q), "xml")
        assert format_results(store.query("ASK { ?s ?p ?o }"), "table") == "true\n"
        ttl = format_results(store.query("CONSTRUCT WHERE { <urn:s1> <urn:p> ?o }"), "table")
        assert "<urn:s1> <urn:p> \"西青区\"@zh" in ttl
        with pytest.raises(ValueError, match="table, csv"):
            format_results(store.query(q), "yaml")


def test_table_aligns_wide_characters() -> None:
    with GraphStore(None) as store:
        store.replace_document(DOC_A, A1 + B1)
        out = format_results(store.query("SELECT ?o ?s WHERE { ?s <urn:p> ?o } ORDER BY ?o"), "table")
        lines = out.splitlines()
        # 西青区 is 3 characters but 6 columns wide: the second column starts at column 8 on both rows
        assert lines[2] == "other   urn:s3"
        assert lines[3] == "西青区  urn:s1"
        assert lines[-1] == "(2 rows)"
