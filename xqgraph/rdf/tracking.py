"""Tracking results as RDF: each target's outcome, status and attainment, in one named graph."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from xqgraph.rdf.namespaces import ID_BASE, XQ
from xqgraph.tracking import Status, TrackedTarget

__all__ = ["TRACKING_GRAPH", "tracking_graph"]

TRACKING_GRAPH = f"{ID_BASE}graph/tracking"  # rebuilt from the whole store after every build
_STATUS = {Status.MET: "Met", Status.NOT_MET: "NotMet", Status.NO_DATA: "NoData"}


def tracking_graph(tracked: list[TrackedTarget]) -> Graph:
    """``xq:status``, ``xq:outcome`` and ``xq:attainment`` of each target.

    Examples
    --------
    >>> from decimal import Decimal
    >>> from xqgraph.tracking import MeasureRecord, indicator_key
    >>> def m(iri, kind):
    ...     return MeasureRecord(iri, "新增就业", indicator_key("新增就业"), Decimal(1), None, "人", "Equal", kind,
    ...                          "Level", 2019, "", "", "", "", (2019, ""), "", "", 0)
    >>> g = tracking_graph([TrackedTarget(m("urn:t", "Target"), m("urn:a", "Achieved"), Status.MET,
    ...                                   Decimal("1.050"))])
    >>> sorted(f"{g.qname(p)} {o}" for _, p, o in g)
    ['xq:attainment 1.05', 'xq:outcome urn:a', 'xq:status https://w3id.org/xqgraph/ontology#Met']
    """
    g = Graph()
    g.bind("xq", str(XQ))
    for t in tracked:
        target = URIRef(t.target.iri)
        g.add((target, XQ.status, XQ[_STATUS[t.status]]))
        if t.achieved is not None:
            g.add((target, XQ.outcome, URIRef(t.achieved.iri)))
        if t.ratio is not None:
            g.add((target, XQ.attainment, Literal(format(t.ratio.normalize(), "f"), datatype=XSD.decimal)))
    return g
