"""Time to an interactive view in headless Chromium: xqgraph's page against pyvis's default physics.

Run: ``python benchmarks/bench_view.py [SIZES...] [--cap SECONDS]`` (needs Debian's chromium and the
playwright package).  Graphs are random with about three edges per node.

xqgraph's page is timed from navigation until the network exists and one frame is drawn, and then
its response: from typing a name in the search box until the side panel shows it.  pyvis's
default page (physics on) draws nothing until its stabilisation iterations are done; its
template shows a loading bar for graphs of more than 100 nodes and writes "100%" into it at that
moment, which is the signal used.  A pyvis page still loading after ``--cap`` seconds (default
600) is reported as "> cap", and its ratio as a lower bound.
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
PYVIS_READY = "() => { const t = document.getElementById('text'); return t !== null && t.innerHTML === '100%'; }"


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


def open_page(browser, path: Path, ready: str, timeout_s: float):
    """Open *path*; return the page and the seconds until *ready* held and one frame was drawn."""
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    start = time.perf_counter()
    # the cap covers loading too: goto's own 30 s default would end a slow page early, and wrongly as "> cap"
    page.goto(path.as_uri(), timeout=timeout_s * 1000, wait_until="commit")
    page.wait_for_function(ready, timeout=max(timeout_s - (time.perf_counter() - start), 1) * 1000, polling=50)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => r(1)))")  # one frame drawn
    return page, time.perf_counter() - start


def time_response(page, label: str) -> float:
    """Seconds from typing *label* in the search box until the side panel shows it."""
    start = time.perf_counter()
    page.fill("#xq-search", label)
    page.wait_for_function("l => document.getElementById('xq-panel').innerText.startsWith(l)", arg=label,
                           polling=10)
    return time.perf_counter() - start


def main(argv: list[str]) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    args = argv[1:]
    cap = 600.0
    if "--cap" in args:
        at = args.index("--cap")
        cap = float(args[at + 1])
        del args[at:at + 2]
    sizes = [int(a) for a in args] or [300, 1500, 5000]
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        for n in sizes:
            G = make_graph(n)
            start = time.perf_counter()
            ours_html = render_html(G)
            build = time.perf_counter() - start
            ours_path, theirs_path = Path(tmp) / f"ours-{n}.html", Path(tmp) / f"pyvis-{n}.html"
            ours_path.write_text(ours_html, encoding="utf-8")
            theirs_path.write_text(pyvis_default(G), encoding="utf-8")
            page, ours = open_page(browser, ours_path, OURS_READY, cap)
            response = time_response(page, f"名称{n // 2}")
            page.close()
            try:
                page, theirs = open_page(browser, theirs_path, PYVIS_READY, cap)
                page.close()
                ratio = f"{theirs / ours:6.1f}x"
            except PlaywrightTimeout:
                theirs, ratio = cap, f"> {cap / ours:.0f}x"
            shown = f"{theirs:7.2f} s" if theirs < cap else f"> {cap:.0f} s"
            print(f"{n:5d} nodes, {G.number_of_edges():5d} edges: xqgraph page built {build:5.2f} s, interactive "
                  f"{ours:5.2f} s, search answered {response:5.2f} s | pyvis default physics {shown} | "
                  f"ratio {ratio}", flush=True)
        browser.close()


if __name__ == "__main__":
    main(sys.argv)
