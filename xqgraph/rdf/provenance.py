"""PROV-O for builds: which software made which documents' graphs, and when.

The time is the only thing in xqgraph's output that changes from run to run;
``SOURCE_DATE_EPOCH`` (the reproducible-builds convention) or an explicit
timestamp fixes it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from datetime import datetime, timezone

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from xqgraph.rdf.build import document_iri
from xqgraph.rdf.namespaces import ID_BASE

__all__ = ["PROV", "build_time", "build_iri", "build_graph_of"]

PROV = Namespace("http://www.w3.org/ns/prov#")


def build_time(timestamp: str | None = None) -> datetime:
    """The build's time: *timestamp* (ISO 8601), else ``SOURCE_DATE_EPOCH``, else now (UTC, whole seconds).

    Examples
    --------
    >>> build_time("2018-01-18T00:00:00+00:00").isoformat()
    '2018-01-18T00:00:00+00:00'
    """
    if timestamp:
        when = datetime.fromisoformat(timestamp)
        return when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)


def build_iri(doc_ids: Iterable[str], version: str) -> URIRef:
    """The build's IRI: from the documents it built and the software version."""
    key = "\n".join([version, *sorted(doc_ids)])
    return URIRef(f"{ID_BASE}build/{hashlib.sha256(key.encode()).hexdigest()[:16]}")


def build_graph_of(doc_ids: list[str], when: datetime) -> tuple[URIRef, Graph]:
    """The provenance of one build as ``(build IRI, graph)``."""
    from xqgraph import __version__

    g = Graph()
    g.bind("prov", PROV)
    activity = build_iri(doc_ids, __version__)
    agent = URIRef(f"{ID_BASE}software/xqgraph-{__version__}")
    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, RDFS.label, Literal(f"xqgraph {__version__} build", lang="en")))
    g.add((activity, PROV.startedAtTime, Literal(when.isoformat(), datatype=XSD.dateTime)))
    g.add((activity, PROV.wasAssociatedWith, agent))
    g.add((agent, RDF.type, PROV.SoftwareAgent))
    g.add((agent, RDFS.label, Literal(f"xqgraph {__version__}")))
    for doc_id in sorted(doc_ids):
        g.add((document_iri(doc_id), PROV.wasGeneratedBy, activity))
    return activity, g
