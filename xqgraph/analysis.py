"""Graph analytics with networkx: counts, the best connected names, connected groups."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from xqgraph.rdf.namespaces import XQ_NS

__all__ = ["GraphStats", "ego_view", "graph_stats"]


@dataclass(frozen=True)
class GraphStats:
    """What :func:`graph_stats` finds."""

    entities: dict[str, int]
    relations: int
    measures: dict[str, int]
    best_connected: list[tuple[str, int]]
    groups: int


def ego_view(G: nx.MultiDiGraph, name: str, depth: int = 2) -> nx.MultiDiGraph:
    """The names within *depth* relations of the entity labelled *name*.

    Raises
    ------
    KeyError
        When no entity has that label (the message lists near matches).
    """
    hits = [n for n, d in G.nodes(data=True) if d["label"] == name or name in d.get("aliases", [])]
    if not hits:
        near = sorted(d["label"] for _, d in G.nodes(data=True) if name in d["label"])[:10]
        raise KeyError(f"no entity is called {name!r}" + (f"; did you mean {', '.join(near)}?" if near else ""))
    keep: set[str] = set()
    undirected = G.to_undirected(as_view=True)
    for hit in hits:
        keep |= set(nx.single_source_shortest_path_length(undirected, hit, cutoff=depth))
    return G.subgraph(sorted(keep)).copy()


def graph_stats(graph: Graph, G: nx.MultiDiGraph, *, top: int = 10) -> GraphStats:
    """Counts by type, measures by kind and year, the best connected names, and connected groups.

    Examples
    --------
    >>> from xqgraph.viz import graph_to_networkx
    >>> g = Graph().parse(data='''@prefix xq: <https://w3id.org/xqgraph/ontology#> .
    ... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ... <urn:a> a xq:Town ; rdfs:label "甲镇"@zh ; xq:locatedIn <urn:b> .
    ... <urn:b> a xq:District ; rdfs:label "乙区"@zh .''', format="turtle")
    >>> s = graph_stats(g, graph_to_networkx(g))
    >>> s.entities, s.groups
    ({'Place': 2}, 1)
    """
    types = Counter(d["type"] for _, d in G.nodes(data=True))
    measures: Counter[str] = Counter()
    for m in graph.subjects(RDF.type, URIRef(XQ_NS + "Measure")):
        kind = str(graph.value(m, URIRef(XQ_NS + "kind")) or "").rsplit("#", 1)[-1]
        year = graph.value(m, URIRef(XQ_NS + "year"))
        measures[f"{kind} {year}"] += 1
    centrality = nx.degree_centrality(nx.Graph(G)) if len(G) > 1 else {}
    best = sorted(centrality, key=lambda n: (-centrality[n], G.nodes[n]["label"]))[:top]
    groups = [c for c in nx.connected_components(nx.Graph(G)) if len(c) > 1]
    return GraphStats(dict(sorted(types.items())), G.number_of_edges(), dict(sorted(measures.items())),
                      [(G.nodes[n]["label"], G.degree(n)) for n in best], len(groups))
