"""Time to an interactive view in headless Chromium: xqgraph's page against pyvis's default physics.

Run: ``python benchmarks/bench_view.py`` (needs Debian's chromium and the playwright package).
Graphs are random with about three edges per node.  pyvis's default page stabilises its physics
before it is usable, so it is timed only at the smallest size; the ratio is at that size.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from xqgraph.viz import render_html
from xqgraph.viz.html import TYPE_STYLE

# xqgraph's page has physics off: it is usable once the network exists; pyvis's default page once its
# physics has stabilised (vis-network sets physics.stabilized)
OURS_READY = "() => typeof network !== 'undefined'"
PYVIS_READY = "() => typeof network !== 'undefined' && network.physics.stabilized === true"


def make_graph(n: int, seed: int = 7) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    types = list(TYPE_STYLE)
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"urn:n{i}", label=f"名称{i}", type=rnd.choice(types), types=[], fine="", measures=[],
                   aliases=[], pinyin=f"mingcheng {i}", sentences=[], documents=[])
    for _ in range(3 * n):
        a, b = rnd.randrange(n), rnd.randrange(n)
        if a != b:
            G.add_edge(f"urn:n{a}", f"urn:n{b}", relation=rnd.choice(["locatedIn", "partOf"]))
    return G


def pyvis_default(G: nx.MultiDiGraph) -> str:
    from pyvis.network import Network

    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line")
    for n, d in G.nodes(data=True):
        net.add_node(n, label=d["label"])
    for u, v, _ in G.edges(data=True):
        net.add_edge(u, v)
    return net.generate_html()


def time_to_ready(browser, page_html: str, ready: str = OURS_READY, timeout_s: float = 300) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "view.html"
        path.write_text(page_html, encoding="utf-8")
        page = browser.new_page(viewport={"width": 1300, "height": 900})
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function(ready, timeout=timeout_s * 1000, polling=50)
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => r(1)))")  # one frame drawn
        elapsed = time.perf_counter() - start
        page.close()
        return elapsed


def main(argv: list[str]) -> None:
    from playwright.sync_api import sync_playwright

    sizes = [int(a) for a in argv[1:]] or [300, 2000, 5000]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        baseline_n = sizes[0]
        G = make_graph(baseline_n)
        ours = time_to_ready(browser, render_html(G))
        theirs = time_to_ready(browser, pyvis_default(G), PYVIS_READY)
        print(f"{baseline_n} nodes: xqgraph {ours:6.2f} s, pyvis default physics {theirs:6.2f} s, "
              f"ratio {theirs / ours:5.1f}x")
        for n in sizes[1:]:
            G = make_graph(n)
            start = time.perf_counter()
            page_html = render_html(G)
            build = time.perf_counter() - start
            print(f"{n} nodes, {G.number_of_edges()} edges: page built in {build:5.2f} s, "
                  f"interactive in Chromium after {time_to_ready(browser, page_html):5.2f} s")
        browser.close()


if __name__ == "__main__":
    main(sys.argv)
