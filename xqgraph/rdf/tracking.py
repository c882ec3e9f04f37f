"""Tracking results as RDF: each target's outcome, status and attainment, in one named graph."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from rdflib.namespace import XSD

from xqgraph.rdf.namespaces import ID_BASE, XQ
from xqgraph.tracking import Status, TrackedTarget

__all__ = ["TRACKING_GRAPH", "tracking_ntriples"]

TRACKING_GRAPH = f"{ID_BASE}graph/tracking"  # rebuilt from the whole store after every build
_STATUS = {Status.MET: "Met", Status.NOT_MET: "NotMet", Status.NO_DATA: "NoData"}


def tracking_ntriples(tracked: list[TrackedTarget]) -> bytes:
    """``xq:status``, ``xq:outcome`` and ``xq:attainment`` of each target, as canonical N-Triples.

    Made without an rdflib Graph: a corpus has hundreds of thousands of
    targets, and an rdflib Graph of them alone took hundreds of megabytes.

    Examples
    --------
    >>> from decimal import Decimal
    >>> from xqgraph.tracking import MeasureRecord, indicator_key
    >>> def m(iri, kind):
    ...     return MeasureRecord(iri, "新增就业", indicator_key("新增就业"), Decimal(1), None, "人", "Equal", kind,
    ...                          "Level", 2019, "", "", "", "", (2019, ""), "", "", 0)
    >>> nt = tracking_ntriples([TrackedTarget(m("urn:t", "Target"), m("urn:a", "Achieved"), Status.MET,
    ...                                       Decimal("1.050"))])
    >>> print(nt.decode().replace("https://w3id.org/xqgraph/ontology#", "xq:"), end="")
    <urn:t> <xq:status> <xq:Met> .
    <urn:t> <xq:outcome> <urn:a> .
    <urn:t> <xq:attainment> "1.05"^^<http://www.w3.org/2001/XMLSchema#decimal> .
    """
    status, outcome, attainment = (ox.NamedNode(str(XQ[name])) for name in ("status", "outcome", "attainment"))
    values = {s: ox.NamedNode(str(XQ[name])) for s, name in _STATUS.items()}
    decimal = ox.NamedNode(str(XSD.decimal))

    def triples() -> Iterator[ox.Triple]:
        for t in tracked:
            target = ox.NamedNode(t.target.iri)
            yield ox.Triple(target, status, values[t.status])
            if t.achieved is not None:
                yield ox.Triple(target, outcome, ox.NamedNode(t.achieved.iri))
            if t.ratio is not None:
                yield ox.Triple(target, attainment, ox.Literal(format(t.ratio.normalize(), "f"), datatype=decimal))

    return ox.serialize(triples(), format=ox.RdfFormat.N_TRIPLES) or b""
