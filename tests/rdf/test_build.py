import pytest
from rdflib import Graph
from rdflib.namespace import RDFS

from xqgraph.rdf import XQ, ontology_path

PREFIX = "PREFIX xq: <https://w3id.org/xqgraph/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"


def test_closed_namespace_rejects_undeclared_terms() -> None:
    assert str(XQ.Measure).endswith("#Measure")
    with pytest.raises(AttributeError, match="not declared"):
        _ = XQ.Measur


def test_every_xq_term_used_is_declared(example_result) -> None:
    onto = Graph().parse(ontology_path())
    declared = {str(s) for s in onto.subjects()}
    used = {str(t) for triple in example_result.graph for t in triple if str(t).startswith(str(XQ))}
    assert used and used <= declared, used - declared


def test_fine_place_classes_are_subclasses_of_place() -> None:
    onto = Graph().parse(ontology_path())
    for fine in ("Province", "City", "District", "Town", "Subdistrict", "Village"):
        assert (XQ[fine], None, XQ.Place) in onto or onto.query(
            PREFIX + f"ASK {{ xq:{fine} rdfs:subClassOf xq:Place }}").askAnswer


def test_same_input_gives_identical_turtle(pipeline) -> None:
    from tests.conftest import EXAMPLE

    a = pipeline.run_file(EXAMPLE).graph.serialize(format="turtle")
    b = pipeline.run_file(EXAMPLE).graph.serialize(format="turtle")
    assert a == b


def test_contract_shape_of_a_measure(example_result) -> None:
    rows = list(example_result.graph.query(PREFIX + """
        SELECT ?v ?u ?y ?k WHERE { ?m a xq:Measure ; xq:value ?v ; xq:unit ?u ; xq:year ?y ; xq:kind ?k ;
                                   xq:indicator "新增就业" ; xq:statedIn ?d . ?d a xq:Document }"""))
    facts = {(float(v), str(u), int(y), str(k).rsplit("#")[-1]) for v, u, y, k in rows}
    assert (23500.0, "人", 2018, "Target") in facts


def test_offsets_point_into_the_text_as_read(pipeline) -> None:
    original = "某区2018年计划\n二、2018年任务\n\u3000\u3000全年新增就业２．３５万人。\n"
    g = pipeline.run_text(original).graph
    rows = list(g.query(PREFIX + "SELECT ?s ?e WHERE { ?m a xq:Measure ; xq:startOffset ?s ; xq:endOffset ?e }"))
    assert [original[int(s):int(e)] for s, e in rows] == ["２．３５万人"]


def test_document_metadata_in_dublin_core_and_eli(example_result) -> None:
    q = PREFIX + """PREFIX eli: <http://data.europa.eu/eli/ontology#>
    PREFIX dcterms: <http://purl.org/dc/terms/>
    SELECT ?id ?date ?force ?body ?fmt WHERE { ?d a xq:Document , eli:LegalResource ; eli:id_local ?id ;
        eli:date_document ?date ; eli:in_force ?force ; eli:passed_by ?b ; dcterms:format ?fmt .
        ?b rdfs:label ?body }"""
    rows = [tuple(str(v) for v in r) for r in example_result.graph.query(q)]
    # header of the example: 发文字号 西青政发〔2018〕2号, 有效性 失效, signed 2018年1月18日
    assert rows == [("西青政发〔2018〕2号", "2018-01-18", "http://data.europa.eu/eli/ontology#InForce-notInForce",
                     "天津市西青区人民政府", "text/plain")]


def test_pinyin_labels_and_place_iris_with_codes(example_result) -> None:
    q = PREFIX + """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?e ?py WHERE { ?e rdfs:label "杨柳青镇"@zh ; skos:altLabel ?py FILTER(langMatches(lang(?py), "zh-Latn-pinyin")) }"""
    rows = [(str(e), str(py)) for e, py in example_result.graph.query(q)]
    # 杨柳青镇 is 120111101 in the civil-affairs register; its pinyin read by hand
    assert rows == [("https://w3id.org/xqgraph/id/place/120111101-杨柳青镇", "yáng liǔ qīng zhèn")]
    labels = list(example_result.graph.query(PREFIX + 'SELECT ?l WHERE { ?e rdfs:label "杨柳青镇"@zh ; rdfs:label ?l }'))
    assert len(labels) == 1  # one rdfs:label: the canonical name


def test_every_unit_has_an_iri_declared_somewhere() -> None:
    from xqgraph.extract.measures import UNITS
    from xqgraph.rdf.build import unit_iri

    units = Graph().parse(ontology_path("units.ttl"))
    for unit in set(UNITS.values()):
        iri = unit_iri(unit)
        assert iri is not None, unit
        if str(iri).startswith("https://w3id.org/xqgraph/unit#"):
            assert (iri, None, None) in units, unit


def test_mu_converts_to_square_metres() -> None:
    units = Graph().parse(ontology_path("units.ttl"))
    q = """PREFIX qudt: <http://qudt.org/schema/qudt/>
    SELECT ?f ?si WHERE { <https://w3id.org/xqgraph/unit#mu> qudt:conversionMultiplier ?f ; qudt:applicableSIUnit ?si }"""
    (f, si), = list(units.query(q))
    assert abs(float(f) * 15 - 10000) < 1e-6 and str(si).endswith("/M2")  # 15 亩 make a hectare


def test_measure_types_ranges_and_units_in_rdf(pipeline) -> None:
    g = pipeline.run_text("某区2020年计划\n二、2020年主要任务\n地区生产总值增长5%—6%，新增造林面积1.38万亩。\n").graph
    q = PREFIX + """PREFIX qudt: <http://qudt.org/schema/qudt/>
    SELECT ?v ?max ?t ?u WHERE { ?m a xq:Measure ; xq:value ?v ; xq:measureType ?t ; qudt:unit ?u
                                 OPTIONAL { ?m xq:maxValue ?max } } ORDER BY ?v"""
    rows = [(float(v), float(mx) if mx is not None else None, str(t).rsplit("#")[-1], str(u).rsplit("/")[-1].rsplit("#")[-1])
            for v, mx, t, u in g.query(q)]
    assert rows == [(5.0, 6.0, "Growth", "PERCENT"), (13800.0, None, "Level", "mu")]


def test_measure_labels_read_like_the_document(example_result) -> None:
    labels = {str(o) for o in example_result.graph.objects(None, RDFS.label) if "目标：新增就业" in str(o)}
    assert labels == {"2018年目标：新增就业 2.35万人"}


def test_mentions_and_relations_keep_their_sentences(example_result) -> None:
    q = PREFIX + """SELECT ?start ?end ?sentence WHERE { ?m a xq:Mention ; xq:refersTo ?e ; xq:startOffset ?start ;
        xq:endOffset ?end ; xq:sourceText ?sentence . ?e rdfs:label "辛口镇"@zh }"""
    doc = example_result.linked.document
    rows = [(int(s), int(e), str(t)) for s, e, t in example_result.graph.query(q)]
    # 杨柳青镇、辛口镇环境面貌明显改善 is the one sentence naming 辛口镇
    assert [(doc.original[s:e], "辛口镇环境面貌明显改善" in t) for s, e, t in rows] == [("辛口镇", True)]
    q = PREFIX + """SELECT ?t WHERE { ?r a xq:RelationStatement ; rdf:predicate xq:pairedWith ; xq:sourceText ?t }"""
    texts = [str(t) for (t,) in example_result.graph.query(q, initNs={"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"})]
    assert len(texts) == 1 and "对口帮扶" in texts[0]


def test_every_term_has_labels_in_both_languages_and_a_definition() -> None:
    onto = Graph().parse(ontology_path())
    from rdflib.namespace import RDF

    for term in {s for s in onto.subjects(RDF.type, None) if str(s).startswith(str(XQ))}:
        languages = {label.language for label in onto.objects(term, RDFS.label)}
        assert {"en", "zh"} <= languages, term
        assert any(onto.objects(term, RDFS.comment)), term


def test_names_near_each_other_in_the_document_graph_both_ways(pipeline) -> None:
    # 北京 and 天津 start 3 characters apart, 河北 160 characters after 天津 (and 163 after 北京): one pair
    text = "某区2018年计划\n北京、天津" + "。" * 155 + "河北。\n"
    triples = pipeline.run_text(text).triples
    near = f"<{XQ.namedNear}>".encode()
    assert "130000-河北".encode() in triples.entities  # found, but too far from both
    in_document = [line for line in triples.document.splitlines() if near in line]
    assert not [line for line in triples.entities.splitlines() if near in line]  # per document, not shared
    pairs = {tuple(iri.rsplit("/", 1)[-1].rstrip(">") for iri in line.decode().split(" ")[0:3:2]) for line in in_document}
    assert len(in_document) == 2 and pairs == {("110000-北京", "120000-天津"), ("120000-天津", "110000-北京")}  # both ways
