"""RDF: the only stage that knows RDF; terms come from ``ontology/xqgraph.ttl``."""

from xqgraph.rdf.build import document_graph, document_iri, entity_iri
from xqgraph.rdf.namespaces import XQ, ontology_path

__all__ = ["XQ", "document_graph", "document_iri", "entity_iri", "ontology_path"]
