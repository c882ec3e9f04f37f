"""Link: mentions become entities with canonical names, aliases and stable ids."""

from xqgraph.link.gazetteer import Division, Gazetteer, load_gazetteer, short_name
from xqgraph.link.resolve import coreference, link_document, normalise_name

__all__ = ["Division", "Gazetteer", "coreference", "link_document", "load_gazetteer", "normalise_name", "short_name"]
