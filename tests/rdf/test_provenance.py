from datetime import datetime, timezone

from rdflib import Graph
from rdflib.namespace import RDF

from xqgraph.rdf.provenance import PROV, build_graph_of, build_time

Q = "PREFIX prov: <http://www.w3.org/ns/prov#>\n"


def test_build_time_sources(monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1516233600")
    assert build_time().isoformat() == "2018-01-18T00:00:00+00:00"
    assert build_time("2020-02-02T10:00:00").isoformat() == "2020-02-02T10:00:00+00:00"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert abs((build_time() - datetime.now(timezone.utc)).total_seconds()) < 5


def test_build_activity(built_dir) -> None:
    g = Graph().parse(built_dir / "graph.ttl")
    rows = list(g.query(Q + """SELECT ?t ?agent WHERE { ?d prov:wasGeneratedBy ?b . ?b a prov:Activity ;
        prov:startedAtTime ?t ; prov:wasAssociatedWith ?a . ?a a prov:SoftwareAgent ; rdfs:label ?agent }""",
                        initNs={"rdfs": "http://www.w3.org/2000/01/rdf-schema#"}))
    assert [(str(t), str(a)) for t, a in rows] == [("2018-01-18T00:00:00+00:00", "xqgraph 0.1.0")]


def test_same_documents_same_build_iri() -> None:
    when = datetime(2018, 1, 18, tzinfo=timezone.utc)
    a, g1 = build_graph_of(["x", "y"], when)
    b, g2 = build_graph_of(["y", "x"], when)
    assert a == b and set(g1) == set(g2)
    assert (a, RDF.type, PROV.Activity) in g1
    c, _ = build_graph_of(["x"], when)
    assert c != a  # another batch, another build
