"""Query-mix latency of the embedded store (Oxigraph) against rdflib's in-memory store, as ratios.

Run: ``python benchmarks/bench_store.py [SIZES…]`` (default 10000 100000; add 1000000 for the issue's goal).
Graphs are generated with xqgraph's vocabulary: places nested in places, zones and projects located in
them, measures about them; the mix is a label lookup, a count by type, a two-hop join with a numeric
filter, and the property path ``xq:locatedIn+``.
"""

from __future__ import annotations

import random
import statistics
import sys
import time

import pyoxigraph as ox
from rdflib import Graph

XQ = "https://w3id.org/xqgraph/ontology#"
ID = "https://w3id.org/xqgraph/id/"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PREFIX = f"PREFIX xq: <{XQ}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
MIX = {
    "label lookup": PREFIX + 'SELECT ?e WHERE { ?e rdfs:label "place 42"@zh }',
    "count by type": PREFIX + "SELECT ?c (COUNT(?e) AS ?n) WHERE { ?e a ?c } GROUP BY ?c",
    "two-hop join + filter": PREFIX + """SELECT ?p (SUM(?v) AS ?total) WHERE {
        ?m a xq:Measure ; xq:about ?e ; xq:value ?v . ?e xq:locatedIn ?p . FILTER(?v > 500) } GROUP BY ?p""",
    "locatedIn+": PREFIX + 'SELECT (COUNT(*) AS ?n) WHERE { ?e xq:locatedIn+ ?p . ?p rdfs:label "place 1"@zh }',
}


def generate(n_triples: int, seed: int = 7) -> str:
    """N-Triples of a realistic graph of about *n_triples* triples."""
    rnd = random.Random(seed)
    lines: list[str] = []
    places = max(10, n_triples // 40)
    for i in range(places):
        lines.append(f'<{ID}place/{i}> <{RDF_TYPE}> <{XQ}Place> .')
        lines.append(f'<{ID}place/{i}> <{RDFS_LABEL}> "place {i}"@zh .')
        if i:
            lines.append(f"<{ID}place/{i}> <{XQ}locatedIn> <{ID}place/{rnd.randrange(max(1, i // 4))}> .")
    i = 0
    while len(lines) < n_triples:
        kind = rnd.choice(["Zone", "Project", "Policy"])
        e = f"{ID}{kind.lower()}/{i}"
        lines.append(f"<{e}> <{RDF_TYPE}> <{XQ}{kind}> .")
        lines.append(f'<{e}> <{RDFS_LABEL}> "{kind} {i}"@zh .')
        lines.append(f"<{e}> <{XQ}locatedIn> <{ID}place/{rnd.randrange(places)}> .")
        m = f"{ID}measure/{i}"
        lines.append(f"<{m}> <{RDF_TYPE}> <{XQ}Measure> .")
        lines.append(f"<{m}> <{XQ}about> <{e}> .")
        lines.append(f'<{m}> <{XQ}value> "{rnd.randrange(1000)}"^^<http://www.w3.org/2001/XMLSchema#decimal> .')
        i += 1
    return "\n".join(lines) + "\n"


def _median(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench(n: int) -> None:
    data = generate(n)
    t0 = time.perf_counter()
    store = ox.Store()
    store.load(data.encode(), format=ox.RdfFormat.N_TRIPLES)
    ox_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    graph = Graph().parse(data=data, format="nt")
    rdflib_load = time.perf_counter() - t0
    print(f"\n{n:,} triples: load  oxigraph {ox_load:6.2f} s  rdflib {rdflib_load:6.2f} s  ratio {rdflib_load / ox_load:5.1f}x")
    total_ox = total_rdflib = 0.0
    for name, q in MIX.items():
        t_ox = _median(lambda q=q: list(store.query(q)))
        t_rd = _median(lambda q=q: list(graph.query(q)), runs=1 if n > 100_000 else 3)
        total_ox, total_rdflib = total_ox + t_ox, total_rdflib + t_rd
        print(f"  {name:<22} oxigraph {t_ox * 1000:9.1f} ms  rdflib {t_rd * 1000:10.1f} ms  ratio {t_rd / t_ox:7.1f}x")
    print(f"  {'whole mix':<22} oxigraph {total_ox * 1000:9.1f} ms  rdflib {total_rdflib * 1000:10.1f} ms  "
          f"ratio {total_rdflib / total_ox:7.1f}x")


if __name__ == "__main__":
    for size in [int(a) for a in sys.argv[1:]] or [10_000, 100_000]:
        bench(size)
