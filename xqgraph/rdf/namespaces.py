"""The xq: namespace, closed over the terms ``ontology/xqgraph.ttl`` declares.

Reading a term the ontology does not declare raises ``AttributeError``, so a
misspelt term cannot reach an exported graph.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

__all__ = ["XQ", "XQ_NS", "ID_BASE", "ontology_path", "ontology_terms"]

XQ_NS = "https://w3id.org/xqgraph/ontology#"
ID_BASE = "https://w3id.org/xqgraph/id/"


def ontology_path(name: str = "xqgraph.ttl") -> Path:
    """Return the path of an ontology file, installed or in a checkout.

    An installed wheel carries ``xqgraph/ontology/``; a source checkout has
    the single source ``ontology/`` beside the package.
    """
    installed = resources.files("xqgraph") / "ontology" / name
    if installed.is_file():
        return Path(str(installed))
    checkout = Path(__file__).resolve().parents[2] / "ontology" / name
    if checkout.is_file():
        return checkout
    raise FileNotFoundError(f"ontology file {name} not found in the xqgraph package or checkout")


@lru_cache(maxsize=1)
def ontology_terms() -> frozenset[str]:
    """Local names of every term the ontology declares."""
    g = Graph().parse(ontology_path(), format="turtle")
    names = set()
    for s in g.subjects(RDF.type, None):
        if isinstance(s, URIRef) and str(s).startswith(XQ_NS):
            names.add(str(s)[len(XQ_NS):])
    return frozenset(names - {""})


class _ClosedNamespace:
    """Attribute access to declared ``xq:`` terms only."""

    def __init__(self) -> None:
        self._ns = Namespace(XQ_NS)

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):
            raise AttributeError(name)
        if name not in ontology_terms():
            raise AttributeError(f"xq:{name} is not declared in ontology/xqgraph.ttl")
        return self._ns[name]

    def __getitem__(self, name: str) -> URIRef:
        return self.__getattr__(name)

    def __str__(self) -> str:
        return XQ_NS


XQ = _ClosedNamespace()
