"""Store and query: an embedded, persistent SPARQL store (Oxigraph)."""

from xqgraph.store.oxigraph import GraphStore
from xqgraph.store.results import FORMATS, format_results

__all__ = ["FORMATS", "GraphStore", "format_results"]
