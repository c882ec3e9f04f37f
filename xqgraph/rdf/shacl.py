"""SHACL validation of built graphs against ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

from functools import lru_cache

from rdflib import Graph

from xqgraph.rdf.namespaces import ontology_path

__all__ = ["validate"]


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return Graph().parse(ontology_path("xqgraph.ttl"), format="turtle")


def validate(graph: Graph) -> tuple[bool, Graph, str]:
    """Validate *graph*; return ``(conforms, report_graph, report_text)``.

    The ontology is supplied so that subclasses (xq:Town is an xq:Place is
    an xq:NamedThing) meet the shapes of their superclasses.

    Examples
    --------
    >>> g = Graph().parse(data='''@prefix xq: <https://w3id.org/xqgraph/ontology#> .
    ... <urn:m> a xq:Measure .''', format="turtle")
    >>> validate(g)[0]
    False
    """
    try:
        from pyshacl import validate as shacl_validate
    except ImportError:
        raise ImportError("validation needs pyshacl: pip install pyshacl") from None
    conforms, report, text = shacl_validate(graph, shacl_graph=_shapes(), ont_graph=_ontology(),
                                            inference="rdfs", advanced=False, allow_warnings=True)
    return bool(conforms), report, str(text)
