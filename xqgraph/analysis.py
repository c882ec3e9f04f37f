"""Graph analytics with networkx: counts, central names, communities, chains of relations, Gephi files.

Everything here works on the graph :func:`xqgraph.viz.graph_to_networkx` builds
(entities as nodes keyed by IRI, relations as edges) and, where the RDF holds
more than that graph (the sentence behind a relation), on the rdflib graph too.
Results are deterministic: ties are broken by label, then IRI, and the
randomised algorithms get a fixed seed.
"""

from __future__ import annotations

import difflib
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from xqgraph.rdf.namespaces import XQ_NS

__all__ = [
    "Community", "GraphStats", "Hop", "Link", "NETWORK_FORMATS", "NoChainError", "build_date", "ego_view",
    "graph_stats", "network_bytes", "relation_sentences", "resolve_name", "shortest_relation_path",
]

NETWORK_FORMATS = ("graphml", "gexf")
_SEED = 0  # seed of the randomised algorithms (Louvain, sampled betweenness)
_EXACT_BETWEENNESS = 2000  # above this many names betweenness is estimated from a seeded sample
_BETWEENNESS_SAMPLE = 500
_CENTRAL_MEMBERS = 5  # names shown per community
_PROV = "http://www.w3.org/ns/prov#"


@dataclass(frozen=True)
class Community:
    """A community of names that link to each other more than to the rest.

    Attributes
    ----------
    size : int
        How many names it holds.
    central : list of str
        Labels of its most central members (by PageRank, ties by label), at most five.
    """

    size: int
    central: list[str]


@dataclass(frozen=True)
class GraphStats:
    """What :func:`graph_stats` finds.

    Attributes
    ----------
    entities : dict
        Names per coarse type (Place, Zone, Project …).
    relations : int
        Relation edges.
    measures : dict
        Measures per ``"kind year"`` (``"Target 2018"``).
    best_connected : list of (str, int)
        The names with most neighbours (degree on the undirected simple graph,
        ties by label), with their number of relations.
    groups : int
        Connected groups of more than one name.
    betweenness : list of (str, float)
        The names most often on the shortest chains between others (normalised).
    pagerank : list of (str, float)
        The names with the highest PageRank.
    communities : list of Community
        Louvain communities of more than one name, largest first.
    """

    entities: dict[str, int]
    relations: int
    measures: dict[str, int]
    best_connected: list[tuple[str, int]]
    groups: int
    betweenness: list[tuple[str, float]] = field(default_factory=list)
    pagerank: list[tuple[str, float]] = field(default_factory=list)
    communities: list[Community] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with a fixed key order; scores rounded to six decimals.

        Examples
        --------
        >>> GraphStats({"Place": 2}, 1, {}, [("甲", 1)], 1).to_dict()["degree"]
        [{'name': '甲', 'degree': 1}]
        """
        return {
            "entities": dict(self.entities),
            "relations": self.relations,
            "connected_groups": self.groups,
            "measures": dict(self.measures),
            "degree": [{"name": n, "degree": d} for n, d in self.best_connected],
            "betweenness": [{"name": n, "score": round(v, 6)} for n, v in self.betweenness],
            "pagerank": [{"name": n, "score": round(v, 6)} for n, v in self.pagerank],
            "communities": [{"size": c.size, "central": list(c.central)} for c in self.communities],
        }


@dataclass(frozen=True)
class Link:
    """One relation between the two names of a :class:`Hop`.

    Attributes
    ----------
    relation : str
        The ontology's name (``locatedIn``).
    label : str
        Its Chinese label (位于).
    forward : bool
        True when the relation runs from the hop's start to its end.
    sentences : tuple of str
        The source sentences that state it, sorted; empty when the graph records
        the relation without one (the administrative-division gazetteer, say).
    """

    relation: str
    label: str
    forward: bool
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Hop:
    """One step of a chain of relations, from one name to the next.

    Attributes
    ----------
    start, end : str
        Labels of the two names, in the order the chain walks them.
    start_iri, end_iri : str
        Their IRIs.
    links : tuple of Link
        Every relation between the two, those running start → end first.
    """

    start: str
    end: str
    start_iri: str
    end_iri: str
    links: tuple[Link, ...]

    def arrows(self) -> list[str]:
        """One line per link, each in its true direction.

        Examples
        --------
        >>> Hop("西青区", "杨柳青镇", "urn:b", "urn:a", (Link("locatedIn", "位于", False, ()),)).arrows()
        ['西青区 ←位于— 杨柳青镇']
        """
        return [f"{self.start} —{k.label}→ {self.end}" if k.forward else f"{self.start} ←{k.label}— {self.end}"
                for k in self.links]


class NoChainError(LookupError):
    """No chain of relations links two names."""


def _key(G: nx.MultiDiGraph, node: str) -> tuple[str, str]:
    return (G.nodes[node]["label"], node)


def resolve_name(G: nx.MultiDiGraph, name: str) -> list[str]:
    """The IRIs of the entities labelled *name* (``rdfs:label`` or an alias), sorted.

    Raises
    ------
    KeyError
        When no entity has that name; the message lists up to ten near matches
        (labels that contain the name, then similar labels).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("urn:a", label="杨柳青镇", aliases=["杨柳青"])
    >>> resolve_name(G, "杨柳青")
    ['urn:a']
    >>> resolve_name(G, "柳青")
    Traceback (most recent call last):
    ...
    KeyError: "no entity is called '柳青'; did you mean 杨柳青镇?"
    """
    hits = sorted(n for n, d in G.nodes(data=True) if d["label"] == name or name in d.get("aliases", []))
    if hits:
        return hits
    labels = sorted({d["label"] for _, d in G.nodes(data=True)})
    near = [label for label in labels if name in label]
    near += [label for label in difflib.get_close_matches(name, labels, n=10, cutoff=0.5) if label not in near]
    raise KeyError(f"no entity is called {name!r}" + (f"; did you mean {', '.join(near[:10])}?" if near else ""))


def ego_view(G: nx.MultiDiGraph, name: str, depth: int = 2) -> nx.MultiDiGraph:
    """The names within *depth* relations of the entity labelled *name*.

    Raises
    ------
    KeyError
        When no entity has that label (the message lists near matches).
    """
    keep: set[str] = set()
    undirected = G.to_undirected(as_view=True)
    for hit in resolve_name(G, name):
        keep |= set(nx.single_source_shortest_path_length(undirected, hit, cutoff=depth))
    # a fresh graph in IRI order: a subgraph view (and its copy) iterates a set, whose order follows PYTHONHASHSEED
    ego = nx.MultiDiGraph()
    ego.add_nodes_from((n, G.nodes[n]) for n in sorted(keep))
    ego.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if u in keep and v in keep)
    return ego


def _ranked(G: nx.MultiDiGraph, scores: dict[str, float], top: int) -> list[tuple[str, float]]:
    # rounding first makes float noise between equal scores (a star's leaves) a tie, broken by label
    order = sorted(scores, key=lambda n: (-round(scores[n], 10), *_key(G, n)))
    return [(G.nodes[n]["label"], float(scores[n])) for n in order[:top]]


def graph_stats(graph: Graph, G: nx.MultiDiGraph, *, top: int = 10) -> GraphStats:
    """Counts by type, measures by kind and year, the most central names, connected groups, communities.

    Centrality and communities are computed on the undirected simple graph (a
    relation links two names whatever its direction; parallel relations count
    once): degree, betweenness (exact up to 2,000 names, else estimated from a
    seeded sample of 500), PageRank, and Louvain communities with a fixed seed.

    Parameters
    ----------
    graph : rdflib.Graph
        The RDF graph (for the measures).
    G : networkx.MultiDiGraph
        The same graph as :func:`xqgraph.viz.graph_to_networkx` builds it.
    top : int
        How many names each ranking lists.

    Examples
    --------
    >>> from xqgraph.viz import graph_to_networkx
    >>> g = Graph().parse(data='''@prefix xq: <https://w3id.org/xqgraph/ontology#> .
    ... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ... <urn:a> a xq:Town ; rdfs:label "甲镇"@zh ; xq:locatedIn <urn:b> .
    ... <urn:b> a xq:District ; rdfs:label "乙区"@zh .''', format="turtle")
    >>> s = graph_stats(g, graph_to_networkx(g))
    >>> s.entities, s.groups, s.communities
    ({'Place': 2}, 1, [Community(size=2, central=['乙区', '甲镇'])])
    """
    types = Counter(d["type"] for _, d in G.nodes(data=True))
    measures: Counter[str] = Counter()
    for m in graph.subjects(RDF.type, URIRef(XQ_NS + "Measure")):
        kind = str(graph.value(m, URIRef(XQ_NS + "kind")) or "").rsplit("#", 1)[-1]
        year = graph.value(m, URIRef(XQ_NS + "year"))
        measures[f"{kind} {year}"] += 1
    U = nx.Graph(G)
    U.remove_edges_from(list(nx.selfloop_edges(U)))
    centrality = nx.degree_centrality(U) if len(U) > 1 else {}
    best = sorted(centrality, key=lambda n: (-centrality[n], *_key(G, n)))[:top]
    groups = [c for c in nx.connected_components(U) if len(c) > 1]
    if len(U) > 1:
        k = None if len(U) <= _EXACT_BETWEENNESS else _BETWEENNESS_SAMPLE
        betweenness = nx.betweenness_centrality(U, k=k, seed=_SEED)
        pagerank = nx.pagerank(U)
    else:
        betweenness, pagerank = {}, {}
    communities = []
    if U.number_of_edges():
        for members in nx.community.louvain_communities(U, seed=_SEED):
            if len(members) > 1:
                central = sorted(members, key=lambda n: (-round(pagerank[n], 10), *_key(G, n)))
                communities.append(Community(len(members), [G.nodes[n]["label"] for n in central[:_CENTRAL_MEMBERS]]))
    communities.sort(key=lambda c: (-c.size, c.central))
    return GraphStats(dict(sorted(types.items())), G.number_of_edges(), dict(sorted(measures.items())),
                      [(G.nodes[n]["label"], G.degree(n)) for n in best], len(groups),
                      _ranked(G, betweenness, top), _ranked(G, pagerank, top), communities)


def relation_sentences(graph: Graph) -> dict[tuple[str, str, str], list[str]]:
    """The source sentences behind each relation, from its ``xq:RelationStatement`` records.

    Returns
    -------
    dict
        ``(subject IRI, relation, object IRI)`` → the sorted, distinct
        ``xq:sourceText`` of every statement of that relation (one per document
        that states it); the list is empty when the relation is recorded
        without a sentence.

    Examples
    --------
    >>> g = Graph().parse(data='''@prefix xq: <https://w3id.org/xqgraph/ontology#> .
    ... @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
    ... <urn:s> a xq:RelationStatement ; rdf:subject <urn:a> ; rdf:predicate xq:locatedIn ;
    ...     rdf:object <urn:b> ; xq:sourceText "甲镇位于乙区。"@zh .''', format="turtle")
    >>> relation_sentences(g)
    {('urn:a', 'locatedIn', 'urn:b'): ['甲镇位于乙区。']}
    """
    found: dict[tuple[str, str, str], set[str]] = {}
    for st in graph.subjects(RDF.type, URIRef(XQ_NS + "RelationStatement")):
        s, p, o = graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object)
        if not (isinstance(s, URIRef) and isinstance(p, URIRef) and isinstance(o, URIRef)):
            continue
        key = (str(s), str(p)[len(XQ_NS):] if str(p).startswith(XQ_NS) else str(p), str(o))
        texts = found.setdefault(key, set())
        texts.update(str(t) for t in graph.objects(st, URIRef(XQ_NS + "sourceText")) if isinstance(t, Literal))
    return {k: sorted(v) for k, v in sorted(found.items())}


def _distances(U: nx.Graph, sources: Iterable[str]) -> dict[str, int]:
    """Breadth-first distances from the nearest of *sources*."""
    dist = {s: 0 for s in sources}
    frontier = list(dist)
    while frontier:
        nxt = []
        for node in frontier:
            for other in U[node]:
                if other not in dist:
                    dist[other] = dist[node] + 1
                    nxt.append(other)
        frontier = nxt
    return dist


def shortest_relation_path(G: nx.MultiDiGraph, graph: Graph | dict[tuple[str, str, str], list[str]],
                           a: str, b: str) -> list[Hop]:
    """The shortest chain of relations from the entity named *a* to the one named *b*.

    The search ignores direction; each hop keeps its relations' true direction
    and the sentences behind them.  Of several equally short chains the one
    whose names, read from *a*, come first in label order is chosen.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph :func:`xqgraph.viz.graph_to_networkx` builds.
    graph : rdflib.Graph or dict
        The RDF graph, or what :func:`relation_sentences` made of it.
    a, b : str
        Names (``rdfs:label`` or alias); a name several entities share starts
        or ends at whichever of them is nearest.

    Returns
    -------
    list of Hop
        Empty when *a* and *b* name the same entity.

    Raises
    ------
    KeyError
        When a name is unknown (the message lists near matches).
    NoChainError
        When no chain of relations links the two.

    Examples
    --------
    >>> from xqgraph.viz import graph_to_networkx
    >>> g = Graph().parse(data='''@prefix xq: <https://w3id.org/xqgraph/ontology#> .
    ... @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
    ... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ... <urn:a> a xq:Town ; rdfs:label "甲镇"@zh ; xq:locatedIn <urn:b> .
    ... <urn:b> a xq:District ; rdfs:label "乙区"@zh .
    ... <urn:s> a xq:RelationStatement ; rdf:subject <urn:a> ; rdf:predicate xq:locatedIn ;
    ...     rdf:object <urn:b> ; xq:sourceText "甲镇位于乙区。"@zh .''', format="turtle")
    >>> [(h.arrows(), h.links[0].sentences) for h in shortest_relation_path(graph_to_networkx(g), g, "乙区", "甲镇")]
    [(['乙区 ←位于— 甲镇'], ('甲镇位于乙区。',))]
    """
    sentences = graph if isinstance(graph, dict) else relation_sentences(graph)
    starts, ends = resolve_name(G, a), resolve_name(G, b)
    if set(starts) & set(ends):
        return []
    U = nx.Graph(G)
    dist = _distances(U, ends)
    reachable = [s for s in starts if s in dist]
    if not reachable:
        raise NoChainError(f"no chain of relations links {a} and {b}")
    node = min(reachable, key=lambda n: (dist[n], *_key(G, n)))
    hops = []
    while dist[node]:
        step = min((n for n in U[node] if dist.get(n) == dist[node] - 1), key=lambda n: _key(G, n))
        links = [Link(d["relation"], d["label"], True, tuple(sentences.get((node, d["relation"], step), ())))
                 for d in G.get_edge_data(node, step, default={}).values()]
        links += [Link(d["relation"], d["label"], False, tuple(sentences.get((step, d["relation"], node), ())))
                  for d in G.get_edge_data(step, node, default={}).values()]
        links.sort(key=lambda k: (not k.forward, k.relation))
        hops.append(Hop(G.nodes[node]["label"], G.nodes[step]["label"], node, step, tuple(links)))
        node = step
    return hops


def build_date(graph: Graph) -> str | None:
    """The day (``YYYY-MM-DD``) of the latest build recorded in *graph* (``prov:startedAtTime``), if any.

    Examples
    --------
    >>> g = Graph().parse(data='''@prefix prov: <http://www.w3.org/ns/prov#> .
    ... @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    ... <urn:b> a prov:Activity ; prov:startedAtTime "2018-01-18T00:00:00Z"^^xsd:dateTime .''', format="turtle")
    >>> build_date(g), build_date(Graph())
    ('2018-01-18', None)
    """
    times = sorted(str(t) for t in graph.objects(None, URIRef(_PROV + "startedAtTime")))
    return times[-1][:10] if times else None


def network_bytes(G: nx.MultiDiGraph, fmt: str, *, date: str | None = None) -> bytes:
    """The graph as GraphML or GEXF (for Gephi, yEd, Cytoscape), the same bytes for the same graph.

    Nodes keep their IRI as id and carry ``label``, ``type`` (Place, Zone …),
    ``fine`` (Town, District … or empty) and ``aliases`` (joined with ``"; "``);
    edges carry ``relation`` (``locatedIn``) and the Chinese ``label`` (位于).
    Gephi takes ``label`` as the display label in both formats.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph :func:`xqgraph.viz.graph_to_networkx` builds.
    fmt : {"graphml", "gexf"}
        The file format.
    date : str, optional
        GEXF's ``lastmodifieddate`` (see :func:`build_date`); left out when
        None, rather than networkx's default of today, which would make two
        exports differ.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("urn:a", label="甲镇", type="Place", fine="Town", aliases=["甲"])
    >>> G.add_node("urn:b", label="乙区", type="Place", fine="District", aliases=[])
    >>> _ = G.add_edge("urn:a", "urn:b", relation="locatedIn", label="位于")
    >>> H = nx.read_graphml(io.BytesIO(network_bytes(G, "graphml")))
    >>> H.nodes["urn:a"]["aliases"], list(H.edges(data="label"))
    ('甲', [('urn:a', 'urn:b', '位于')])
    """
    if fmt not in NETWORK_FORMATS:
        raise ValueError(f"unknown network format {fmt!r}; choose one of {', '.join(NETWORK_FORMATS)}")
    H = nx.MultiDiGraph()
    for node, d in G.nodes(data=True):
        H.add_node(node, label=str(d["label"]), type=str(d["type"]), fine=str(d.get("fine") or ""),
                   aliases="; ".join(d.get("aliases", [])))
    for i, (u, v, d) in enumerate(G.edges(data=True)):  # keys e0, e1 … are the (unique) GraphML edge ids
        H.add_edge(u, v, key=f"e{i}", relation=str(d["relation"]), label=str(d["label"]))
    out = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(H, out, encoding="utf-8", prettyprint=True)
        return out.getvalue()
    from networkx.readwrite.gexf import GEXFWriter

    writer = GEXFWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph(H)
    meta = writer.xml.find("meta")
    if meta is not None:
        if date:
            meta.set("lastmodifieddate", date)
        else:
            meta.attrib.pop("lastmodifieddate", None)
    writer.write(out)
    return out.getvalue()
