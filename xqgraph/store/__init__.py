"""Store and query: an embedded, persistent SPARQL store (Oxigraph)."""

from xqgraph.store.oxigraph import GraphStore, QueryResult
from xqgraph.store.results import FORMATS, PREFIXES, display_width, format_results

__all__ = ["FORMATS", "PREFIXES", "GraphStore", "QueryResult", "display_width", "format_results"]
