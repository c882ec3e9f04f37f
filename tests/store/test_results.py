"""format_results: the W3C result formats, Turtle, and the aligned text table."""

import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest

from xqgraph.store import FORMATS, GraphStore, display_width, format_results

XSD = "http://www.w3.org/2001/XMLSchema#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
DATA = f"""<urn:x:s1> <{RDFS}label> "西青区"@zh .
<urn:x:s1> <urn:x:n> "12"^^<{XSD}integer> .
<urn:x:s2> <{RDFS}label> "Yangliuqing, town" .
<urn:x:s2> <urn:x:n> "2.5"^^<{XSD}decimal> .
<urn:x:s2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/xqgraph/ontology#Town> .
""".encode()
SELECT = f"SELECT ?s ?name ?n WHERE {{ ?s <{RDFS}label> ?name ; <urn:x:n> ?n }} ORDER BY ?s"


@pytest.fixture()
def store():
    with GraphStore(None) as s:
        s.replace_document("urn:doc:a", DATA)
        yield s


def test_csv_of_two_rows(store) -> None:
    # W3C CSV: CRLF line ends, lexical values only, a field with a comma is quoted
    expected = 's,name,n\r\nurn:x:s1,西青区,12\r\nurn:x:s2,"Yangliuqing, town",2.5\r\n'
    assert format_results(store.query(SELECT), "csv") == expected


def test_tsv_of_two_rows(store) -> None:
    # W3C TSV: ?-prefixed header, terms in Turtle syntax (numbers may be abbreviated)
    expected = ('?s\t?name\t?n\n'
                '<urn:x:s1>\t"西青区"@zh\t12\n'
                '<urn:x:s2>\t"Yangliuqing, town"\t2.5\n')
    assert format_results(store.query(SELECT), "tsv") == expected


def test_json_of_two_rows(store) -> None:
    expected = {
        "head": {"vars": ["s", "name", "n"]},
        "results": {"bindings": [
            {"s": {"type": "uri", "value": "urn:x:s1"},
             "name": {"type": "literal", "value": "西青区", "xml:lang": "zh"},
             "n": {"type": "literal", "value": "12", "datatype": XSD + "integer"}},
            {"s": {"type": "uri", "value": "urn:x:s2"},
             "name": {"type": "literal", "value": "Yangliuqing, town"},
             "n": {"type": "literal", "value": "2.5", "datatype": XSD + "decimal"}},
        ]},
    }
    text = format_results(store.query(SELECT), "json")
    assert text.endswith("}\n")
    assert json.loads(text) == expected


def test_xml_of_two_rows(store) -> None:
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(format_results(store.query(SELECT), "xml"))
    assert [v.get("name") for v in root.findall("r:head/r:variable", ns)] == ["s", "name", "n"]
    results = root.findall("r:results/r:result", ns)
    assert len(results) == 2
    name = results[0].find("r:binding[@name='name']/r:literal", ns)
    assert name is not None and name.text == "西青区"
    assert name.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh"
    assert results[1].find("r:binding[@name='s']/r:uri", ns).text == "urn:x:s2"


@pytest.mark.parametrize(("query", "answer"), [("ASK { ?s ?p ?o }", True), ("ASK { ?s <urn:x:none> ?o }", False)])
def test_ask(store, query: str, answer: bool) -> None:
    word = "true" if answer else "false"
    assert format_results(store.query(query), "table") == f"{word}\n"
    assert json.loads(format_results(store.query(query), "json")) == {"head": {}, "boolean": answer}
    root = ET.fromstring(format_results(store.query(query), "xml"))
    assert root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == word


@pytest.mark.parametrize("fmt", FORMATS)
def test_construct_is_turtle_whatever_the_format(store, fmt: str) -> None:
    text = format_results(store.query("CONSTRUCT WHERE { <urn:x:s1> ?p ?o }"), fmt)
    assert f"@prefix rdfs: <{RDFS}> ." in text
    assert 'rdfs:label "西青区"@zh' in text
    triples = {str(t) for t in ox.parse(text, format=ox.RdfFormat.TURTLE)}
    assert triples == {f'<urn:x:s1> <{RDFS}label> "西青区"@zh', f'<urn:x:s1> <urn:x:n> "12"^^<{XSD}integer>'}


def test_construct_after_a_timed_query(store) -> None:
    result = store.query("CONSTRUCT WHERE { <urn:x:s1> <urn:x:n> ?o }", timeout=10)
    text = format_results(result, "table")
    assert text.startswith("@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n")
    assert text.endswith(" .\n<urn:x:s1> <urn:x:n> 12 .\n")


def test_unknown_format_lists_the_valid_ones(store) -> None:
    with pytest.raises(ValueError, match="'yaml'; choose one of table, csv, tsv, json, xml"):
        format_results(store.query(SELECT), "yaml")


def test_table_aligns_chinese_text(store) -> None:
    lines = format_results(store.query(SELECT), "table").splitlines()
    # 西青区 is 3 characters but 6 columns: 11 spaces pad it to the 17 of "Yangliuqing, town"
    assert lines == [
        "s         name               n",
        "--------  -----------------  ---",
        "urn:x:s1  西青区" + " " * 11 + "  12",
        "urn:x:s2  Yangliuqing, town  2.5",
        "(2 rows)",
    ]
    # the third column starts at display column 29 on every line
    assert {display_width(line[: line.rindex(" ") + 1]) for line in lines[2:4]} == {29}


def test_table_shortens_known_namespaces_and_shows_lexical_values(store) -> None:
    store.replace_document("urn:doc:b", b'<urn:x:s3> <urn:x:note> "line one\\nline two" .')
    q = "SELECT ?s ?p ?o ?unbound WHERE { ?s ?p ?o FILTER(?s != <urn:x:s1>) } ORDER BY ?s ?p"
    lines = format_results(store.query(q), "table").splitlines()
    # widths 8, 10 (rdfs:label), 17 (Yangliuqing, town), 7; trailing blanks are trimmed
    assert lines[0] == "s         p           o                  unbound"
    assert lines[2:] == [
        "urn:x:s2  rdf:type    xq:Town",
        "urn:x:s2  rdfs:label  Yangliuqing, town",
        "urn:x:s2  urn:x:n     2.5",
        "urn:x:s3  urn:x:note  line one⏎line two",
        "(4 rows)",
    ]


def test_table_of_one_row_and_of_none(store) -> None:
    assert format_results(store.query("SELECT ?n WHERE { <urn:x:s1> <urn:x:n> ?n }"), "table") == "n\n--\n12\n(1 row)\n"
    assert format_results(store.query("SELECT ?n WHERE { ?s <urn:x:none> ?n }"), "table") == "n\n-\n(0 rows)\n"


@pytest.mark.parametrize(("text", "width"), [("", 0), ("abc", 3), ("西青区", 6), ("２０１８年", 10), ("e\u0301", 1)])
def test_display_width(text: str, width: int) -> None:
    assert display_width(text) == width
