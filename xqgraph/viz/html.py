"""A self-contained pyvis page: every script inlined, layout computed ahead.

pyvis's ``cdn_resources="in_line"`` inlines vis-network but its template
still links Bootstrap from a CDN; those two tags are removed, so the page
makes no request at all.  Positions come from networkx and physics is off,
so even large graphs draw at once.  Names and sentences are text, never
markup: the vis-network bundled with pyvis 0.3.2 (9.1.2) shows a string
``title`` with ``innerText`` (a test checks the inlined library still does), so
tooltips are passed as plain text, and pyvis embeds the data with Jinja's
``tojson``, which escapes ``<``, ``>``, ``&`` and ``'`` so no name can close a
``<script>``.  The same graph gives the same bytes: nodes and edges are sorted
by IRI, layouts are seeded (the spectral one too, see :func:`_spectral`) and
pyvis adds no random or time-based values.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from xqgraph.rdf.namespaces import XQ_NS

__all__ = ["graph_to_networkx", "render_html", "write_html", "TYPE_STYLE"]

# coarse type → (colour, vis-network shape, Chinese label); the legend draws the shape with _GLYPH
TYPE_STYLE: dict[str, tuple[str, str, str]] = {
    "Place": ("#2b7bba", "dot", "地点"),
    "Zone": ("#2ca02c", "square", "功能区"),
    "Project": ("#ff7f0e", "triangle", "项目"),
    "Organization": ("#9467bd", "diamond", "机构"),
    "Policy": ("#d62728", "star", "政策"),
    "Event": ("#8c564b", "triangleDown", "事件"),
}
_GLYPH = {"dot": "&#9679;", "square": "&#9632;", "triangle": "&#9650;", "diamond": "&#9670;", "star": "&#9733;",
          "triangleDown": "&#9660;"}
# canvas and page fonts: Chinese needs a CJK face (Debian: fonts-noto-cjk) or it draws as boxes
FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'
_FINE = {"Province", "City", "District", "Town", "Subdistrict", "Village"}
_RELATIONS = {"locatedIn": "位于", "partOf": "属于", "pairedWith": "对口帮扶", "cooperatesWith": "合作交流",
              "attractedTo": "引进落户", "implementedIn": "实施于"}
_MAX_SOURCES = 12  # sentences kept per name in the panel
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# pyvis's template links Bootstrap from cdn.jsdelivr.net in every cdn_resources mode; nothing here needs it
_CDN_TAG = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)\s*=\s*[\"']?(?:https?:)?//[^>]*>(?:\s*</script>)?", re.S | re.I)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>\s*")


def _local(iri: object) -> str:
    return str(iri)[len(XQ_NS):] if str(iri).startswith(XQ_NS) else ""


def _label(g: Graph, node: URIRef) -> str:
    """The ``@zh`` label (the contract's canonical name), else any label, else the IRI's last part."""
    labels = sorted(((o.language or "").lower() not in ("zh", "zh-cn", "zh-hans"), str(o))
                    for o in g.objects(node, RDFS.label) if isinstance(o, Literal))
    return labels[0][1] if labels else str(node).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _measure_label(g: Graph, m: URIRef) -> str:
    """A measure's ``rdfs:label``, else one made of its year, indicator, value and unit."""
    if any(isinstance(o, Literal) for o in g.objects(m, RDFS.label)):
        return _label(g, m)
    part = {k: g.value(m, URIRef(XQ_NS + k)) for k in ("year", "indicator", "value", "unit")}
    text = f"{part['year'] or ''} {part['indicator'] or ''} {part['value'] if part['value'] is not None else ''}"
    return (text + str(part["unit"] or "")).strip() or str(m).rsplit("/", 1)[-1]


def graph_to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Entities as nodes and contract relations as edges, in a stable order.

    Parameters
    ----------
    graph : rdflib.Graph
        An exported xqgraph graph (see the annotation guideline's contract).

    Returns
    -------
    networkx.MultiDiGraph
        One node per typed entity, keyed by its IRI string, in IRI order, with
        ``label``, ``type`` (coarse: Place, Zone, Project, Organization, Policy,
        Event), ``types``, ``fine`` (Province … Village, or ``""``),
        ``aliases`` (``skos:altLabel``), ``measures`` (sorted ``rdfs:label`` of
        the measures ``xq:about`` it), ``pinyin``, ``sentences``, ``sources``
        (sentence, document, section heading), ``documents`` and ``years``
        (the plan years of those documents); one edge per relation triple between two such entities,
        with ``relation`` (``locatedIn``, ``partOf``, ``pairedWith`` …) and its
        Chinese ``label`` (位于, 属于, 对口帮扶 …).

    Examples
    --------
    >>> g = Graph().parse(data='''@prefix xq: <https://w3id.org/xqgraph/ontology#> .
    ... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ... <urn:a> a xq:Town ; rdfs:label "杨柳青镇"@zh ; xq:locatedIn <urn:b> .
    ... <urn:b> a xq:District ; rdfs:label "西青区"@zh .''', format="turtle")
    >>> G = graph_to_networkx(g)
    >>> G.nodes["urn:a"]["type"], G.nodes["urn:a"]["fine"], list(G.edges(data="relation"))
    ('Place', 'Town', [('urn:a', 'urn:b', 'locatedIn')])
    """
    G = nx.MultiDiGraph()
    measures: dict[URIRef, list[str]] = {}
    for m in sorted(s for s in graph.subjects(RDF.type, URIRef(XQ_NS + "Measure")) if isinstance(s, URIRef)):
        about = graph.value(m, URIRef(XQ_NS + "about"))
        if isinstance(about, URIRef):
            measures.setdefault(about, []).append(_measure_label(graph, m))
    doc_names: dict[URIRef, str] = {}
    doc_years: dict[URIRef, int] = {}
    for doc in graph.subjects(RDF.type, URIRef(XQ_NS + "Document")):
        if not isinstance(doc, URIRef):
            continue
        title = graph.value(doc, DCTERMS.title)
        year = graph.value(doc, URIRef(XQ_NS + "planYear"))
        doc_names[doc] = f"{year or ''} {title or str(doc).rsplit('/', 1)[-1]}".strip()
        if isinstance(year, Literal) and str(year).isdigit():
            doc_years[doc] = int(str(year))
    # each sentence with the document and section it comes from (a mention's xq:statedIn and xq:inSection)
    sources: dict[URIRef, set[tuple[str, str, str]]] = {}
    for mention, entity in graph.subject_objects(URIRef(XQ_NS + "refersTo")):
        text = graph.value(mention, URIRef(XQ_NS + "sourceText"))
        if isinstance(entity, URIRef) and text is not None:
            stated = graph.value(mention, URIRef(XQ_NS + "statedIn"))
            section = graph.value(mention, URIRef(XQ_NS + "inSection"))
            heading = graph.value(section, URIRef(XQ_NS + "heading")) if section is not None else None
            sources.setdefault(entity, set()).add(
                (str(text), doc_names.get(stated, "") if isinstance(stated, URIRef) else "", str(heading or "")))
    for entity, text in graph.subject_objects(URIRef(XQ_NS + "sourceText")):
        if isinstance(entity, URIRef) and (entity, RDF.type, URIRef(XQ_NS + "Mention")) not in graph \
                and (entity, RDF.type, URIRef(XQ_NS + "Measure")) not in graph:
            sources.setdefault(entity, set()).add((str(text), "", ""))
    documents: dict[URIRef, set[URIRef]] = {}
    for doc, entity in graph.subject_objects(URIRef(XQ_NS + "mentions")):
        if isinstance(entity, URIRef) and isinstance(doc, URIRef):
            documents.setdefault(entity, set()).add(doc)
    for node in sorted({s for s, c in graph.subject_objects(RDF.type) if isinstance(s, URIRef)}):
        classes = {_local(c) for c in graph.objects(node, RDF.type)}
        fine = sorted(classes & _FINE)
        coarse = sorted((classes | ({"Place"} if fine else set())) & set(TYPE_STYLE))
        if not coarse:
            continue
        alt = [a for a in graph.objects(node, SKOS.altLabel) if isinstance(a, Literal)]
        srcs = sorted(sources.get(node, set()))[:_MAX_SOURCES]
        docs = documents.get(node, set())
        G.add_node(str(node), label=_label(graph, node), type=coarse[0], types=coarse,
                   fine=fine[0] if fine else "", measures=sorted(measures.get(node, [])),
                   aliases=sorted(str(a) for a in alt if (a.language or "").lower() in ("zh", "")),
                   pinyin=" ".join(sorted(str(a) for a in alt if (a.language or "").lower().endswith("pinyin"))),
                   sentences=sorted({t for t, _, _ in srcs})[:8], sources=srcs,
                   documents=sorted({doc_names.get(d) or str(d) for d in docs}),
                   years=sorted({doc_years[d] for d in docs if d in doc_years}))
    for rel in sorted(_RELATIONS):
        for s, o in sorted(graph.subject_objects(URIRef(XQ_NS + rel))):
            if str(s) in G and str(o) in G:
                G.add_edge(str(s), str(o), relation=rel, label=_RELATIONS[rel])
    return G


_SPACING = 140.0  # pixels between neighbouring nodes
_SPRING_LIMIT = 1500  # FACTS: spring_layout takes 175 s at 10,000 nodes, spectral 0.35 s


def _spectral(sub: nx.Graph) -> dict[str, tuple[float, float]]:
    """networkx's sparse spectral layout, made reproducible.

    ``nx.spectral_layout`` calls ARPACK without a start vector; ARPACK's own
    generator then advances from call to call, so two renders in one process
    differed (eigenvector signs and low bits).  Here the start vector is seeded,
    nodes are in sorted order and each axis gets a fixed sign.
    """
    import numpy as np
    from scipy.sparse.linalg import eigsh  # type: ignore[import-untyped]

    nodes = sorted(sub)
    if len(nodes) < 16:  # ARPACK needs more nodes than Lanczos vectors; a dense solve is exact here
        return {n: (float(x), float(y)) for n, (x, y) in sorted(nx.spectral_layout(sub).items())}
    L = nx.laplacian_matrix(sub, nodelist=nodes, weight=None).astype(float)
    v0 = np.random.default_rng(7).uniform(-1.0, 1.0, len(nodes))
    ncv = min(len(nodes) - 1, max(7, int(len(nodes) ** 0.5)))
    values, vectors = eigsh(L, 3, which="SM", ncv=ncv, v0=v0)  # full precision: a loose tol was not reproducible
    xy = np.real(vectors[:, np.argsort(values)[1:3]])
    for j in range(2):  # an eigenvector's sign is arbitrary: make its largest entry positive
        if xy[np.argmax(np.abs(xy[:, j])), j] < 0:
            xy[:, j] = -xy[:, j]
    xy -= xy.mean(axis=0)
    lim = float(np.abs(xy).max()) or 1.0
    return {n: (float(x) / lim, float(y) / lim) for n, (x, y) in zip(nodes, xy, strict=True)}


def _positions(G: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Connected groups laid out side by side, unconnected names in a grid below.

    Each group gets a seeded spring layout (spectral above 1,500 nodes, where
    spring layouts take minutes), so the same graph always looks the same.
    """
    simple = nx.Graph(G)
    groups = sorted((sorted(c) for c in nx.connected_components(simple) if len(c) > 1), key=lambda c: (-len(c), c))
    pos: dict[str, tuple[float, float]] = {}
    x0 = 0.0
    for nodes in groups:
        # a fresh graph in sorted order: a subgraph view iterates a set, whose order changes with PYTHONHASHSEED
        sub = nx.Graph()
        sub.add_nodes_from(nodes)
        sub.add_edges_from(sorted(tuple(sorted(e)) for e in simple.subgraph(nodes).edges()))
        raw = nx.spring_layout(sub, seed=7) if len(sub) < _SPRING_LIMIT else _spectral(sub)
        radius = _SPACING * max(len(sub), 2) ** 0.5 * 0.8
        for n, (x, y) in raw.items():
            pos[n] = (x0 + radius + float(x) * radius, float(y) * radius)
        x0 += 2 * radius + _SPACING
    width = max(x0, _SPACING * 12)
    isolated = sorted((n for n in G if n not in pos),
                      key=lambda n: (list(TYPE_STYLE).index(G.nodes[n]["type"]), G.nodes[n]["label"]))
    per_row = max(int(width // (_SPACING * 1.3)), 1)
    top = max((y for _, y in pos.values()), default=0.0) + 2 * _SPACING
    for i, n in enumerate(isolated):
        pos[n] = ((i % per_row) * _SPACING * 1.3, top + (i // per_row) * _SPACING * 0.6)
    # whole pixels: low-bit differences between machines rarely cross a rounding boundary
    return {n: (float(round(x)), float(round(y))) for n, (x, y) in pos.items()}


def _tooltip(data: dict) -> str:
    """Plain text (vis-network 9.1.2 sets it with ``innerText``): escaping would show ``&lt;`` literally."""
    lines = [data["label"], f"{TYPE_STYLE[data['type']][2]} {data['type']} {data['fine']}".strip()]
    if data["aliases"]:
        lines.append("别名：" + "、".join(data["aliases"]))
    if data["measures"]:
        lines.append("指标：")
        lines.extend(data["measures"][:12])
        if len(data["measures"]) > 12:
            lines.append(f"… 共 {len(data['measures'])} 项")
    return "\n".join(lines)


def _legend(G: nx.MultiDiGraph) -> str:
    """An HTML block with the colour, shape and name of each coarse type present."""
    present = sorted({d["type"] for _, d in G.nodes(data=True)}, key=list(TYPE_STYLE).index)
    items = "".join(
        f'<span class="xq-type" data-type="{t}" style="margin-right:1em">'
        f'<span style="color:{TYPE_STYLE[t][0]}">{_GLYPH[TYPE_STYLE[t][1]]}</span> {TYPE_STYLE[t][2]} {t}</span>'
        for t in present)
    return f'<div id="xq-legend" style="font-size:14px;padding:4px">{items}</div>'


def render_html(G: nx.MultiDiGraph, *, title: str = "xqgraph", targets: list[dict[str, str]] | None = None) -> str:
    """Return a complete, self-contained HTML page drawing *G*.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`graph_to_networkx` (nodes need ``label``, ``type``,
        ``fine``, ``aliases`` and ``measures``; edges ``relation``).
    title : str
        The page's ``<title>``, escaped.
    targets : list of dict, optional
        Rows of :func:`xqgraph.tracking.overview_rows`: the "指标一览 targets"
        button then shows measures by document, section and year, planned
        beside achieved, with the ratio as a bar.

    Returns
    -------
    str
        One HTML document with vis-network, its styles and the data inlined: no
        ``src``/``href`` points outside it.  Positions are computed here and
        physics is off, so the page draws at once.  Same graph, same bytes.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("urn:a", label="<b>甲</b>", type="Zone", fine="", aliases=[], measures=[])
    >>> page = render_html(G, title="t")
    >>> "<b>甲" in page, re.search("<(?:script|link)[^>]*(?:src|href)=.?https?:", page)
    (False, None)
    """
    from pyvis.network import Network

    net = Network(height="88vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    pos = _positions(G)
    font = {"face": FONT_FAMILY}
    # the lists are filled directly: Network.add_node checks for duplicates in a list (quadratic)
    net.nodes = [
        {"id": n, "label": d["label"], "title": _tooltip(d), "color": TYPE_STYLE[d["type"]][0],
         "shape": TYPE_STYLE[d["type"]][1], "x": pos[n][0], "y": pos[n][1], "physics": False, "font": font}
        for n, d in G.nodes(data=True)
    ]
    net.edges = [
        {"from": u, "to": v, "label": _RELATIONS[d["relation"]], "title": _RELATIONS[d["relation"]],
         "arrows": "to", "physics": False, "font": {"face": FONT_FAMILY, "align": "middle"}}
        for u, v, d in G.edges(data=True)
    ]
    net.toggle_physics(False)
    # straight edges: pyvis's default "dynamic" curves add a hidden physics body per edge
    net.options.edges.smooth.enabled = False
    page = _EMPTY_HEADING.sub("", _COMMENT.sub("", _CDN_TAG.sub("", net.generate_html())))
    style = f"<style>body {{ font-family: {FONT_FAMILY}; margin: 0 }}</style>"
    page = page.replace("<body>", "<body>\n" + _legend(G) + _TOOLS, 1)
    page = page.replace("</body>", _panel_script(G) + _targets_script(targets or []) + "\n</body>", 1)
    page = page.replace("<head>", f'<head>\n<title>{html.escape(title)}</title>\n{style}', 1)
    return "<!DOCTYPE html>\n" + page.replace("<html>", '<html lang="zh-CN">', 1).lstrip()


_TOOLS = """<div id="xq-tools" style="font-size:14px;padding:4px">
<input id="xq-search" placeholder="搜索 search: 名称 or pinyin" style="width:18em">
<span id="xq-filters"></span> <span id="xq-relations"></span>
<select id="xq-document"><option value="">所有文件 all documents</option></select>
<select id="xq-year"><option value="">所有年份 all years</option></select>
<button id="xq-targets-button" type="button">指标一览 targets</button></div>
<div id="xq-targets" style="position:absolute;left:8px;top:70px;right:8px;max-height:82vh;overflow:auto;
 background:#fff;border:1px solid #ccc;padding:8px;font-size:13px;display:none;z-index:11"></div>
<div id="xq-panel" style="position:absolute;right:8px;top:70px;width:26em;max-height:80vh;overflow:auto;
 background:#fff;border:1px solid #ccc;padding:8px;font-size:14px;display:none;z-index:10"></div>"""
_SCRIPT = """<script>
(function () {
  const info = __INFO__;
  const panel = document.getElementById("xq-panel");
  function add(tag, text, parent) { const el = document.createElement(tag); el.textContent = text; parent.appendChild(el); return el; }
  function show(id) {
    const d = info[id]; if (!d) { panel.style.display = "none"; return; }
    panel.replaceChildren(); panel.style.display = "block";
    add("h3", d.label, panel);
    add("div", d.type + (d.fine ? " · " + d.fine : "") + (d.pinyin ? " · " + d.pinyin : ""), panel);
    [["别名 other names", d.aliases], ["指标 measures", d.measures], ["关系 relations", d.relations],
     ["文件 documents", d.documents]].forEach(([title, items]) => {
      if (!items.length) return; add("h4", title, panel); const ul = add("ul", "", panel);
      items.forEach(t => add("li", t, ul)); });
    if (d.sources.length) {
      add("h4", "原文 sentences", panel); const ul = add("ul", "", panel);
      d.sources.forEach(([text, doc, section]) => { const li = add("li", text, ul);
        if (doc || section) { const where = add("div", [doc, section].filter(Boolean).join(" · "), li);
          where.className = "xq-where"; where.style.color = "#666"; where.style.fontSize = "12px"; } });
    }
  }
  network.on("click", params => show(params.nodes[0]));
  // lower case, no tone marks (yáng → yang), no spaces or quotes: 杨柳青镇, yangliuqing and Yang Liu Qing all match
  const squash = s => s.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase().replace(/[\\s“”"]/g, "");
  document.getElementById("xq-search").addEventListener("input", ev => {
    const q = squash(ev.target.value); if (!q) return;
    const hit = Object.keys(info).find(id => squash(info[id].label).includes(q) || squash(info[id].pinyin).includes(q)
      || info[id].aliases.some(a => squash(a).includes(q)));
    if (hit) { network.selectNodes([hit]); network.focus(hit, {scale: 1.3, animation: false}); show(hit); }
  });
  const hiddenTypes = new Set(); let onlyDocument = "", onlyYear = "";
  function refresh() {
    nodes.update(Object.keys(info).map(id => ({id: id, hidden: hiddenTypes.has(info[id].type)
      || (onlyDocument !== "" && !info[id].documents.includes(onlyDocument))
      || (onlyYear !== "" && !info[id].years.includes(Number(onlyYear)))})));
  }
  const years = document.getElementById("xq-year");
  [...new Set(Object.values(info).flatMap(d => d.years))].sort().forEach(year => {
    const option = add("option", String(year), years); option.value = String(year); });
  years.addEventListener("change", () => { onlyYear = years.value; refresh(); });
  const docs = document.getElementById("xq-document");
  [...new Set(Object.values(info).flatMap(d => d.documents))].sort().forEach(name => {
    const option = add("option", name, docs); option.value = name; });
  docs.addEventListener("change", () => { onlyDocument = docs.value; refresh(); });
  const relations = document.getElementById("xq-relations");
  [...new Set(edges.get().map(e => e.label))].sort().forEach(rel => {
    const label = add("label", " " + rel + " ", relations); const box = document.createElement("input");
    box.type = "checkbox"; box.checked = true; label.prepend(box);
    box.addEventListener("change", () => edges.update(edges.get().filter(e => e.label === rel)
      .map(e => ({id: e.id, hidden: !box.checked}))));
  });
  const filters = document.getElementById("xq-filters");
  [...new Set(Object.values(info).map(d => d.type))].forEach(type => {
    const label = add("label", " " + type + " ", filters); const box = document.createElement("input");
    box.type = "checkbox"; box.checked = true; label.prepend(box);
    box.addEventListener("change", () => { box.checked ? hiddenTypes.delete(type) : hiddenTypes.add(type); refresh(); });
  });
})();
</script>"""


def _script_json(data: object) -> str:
    """*data* as JSON to paste into a ``<script>``: as Jinja's tojson does, no <, > or & can close it or open markup."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _panel_script(G: nx.MultiDiGraph) -> str:
    """The search box, type filters and side panel; every name goes in as text, never markup."""
    info: dict[str, dict[str, object]] = {}
    for n, d in G.nodes(data=True):
        out = [f"{_RELATIONS[r]} {G.nodes[v]['label']}" for _, v, r in G.out_edges(n, data="relation")]
        into = [f"{G.nodes[u]['label']} {_RELATIONS[r]}" for u, _, r in G.in_edges(n, data="relation")]
        info[n] = {"label": d["label"], "type": d["type"], "fine": d["fine"], "pinyin": d.get("pinyin", ""),
                   "aliases": d["aliases"], "measures": d["measures"], "relations": sorted(out + into),
                   "sources": [list(x) for x in d.get("sources", [(t, "", "") for t in d.get("sentences", [])])],
                   "documents": d.get("documents", []), "years": d.get("years", [])}
    return _SCRIPT.replace("__INFO__", _script_json(info))


_TARGETS_SCRIPT = """<script>
(function () {
  const rows = __ROWS__;
  const box = document.getElementById("xq-targets"), button = document.getElementById("xq-targets-button");
  const colour = {"met": "#2ca02c", "not met": "#d62728", "no data": "#999"};
  const status = {"met": "达成 met", "not met": "未达成 not met", "no data": "无数据 no data", "": ""};
  function add(tag, text, parent) { const el = document.createElement(tag); el.textContent = text; parent.appendChild(el); return el; }
  function draw() {
    box.replaceChildren();
    if (!rows.length) { add("p", "没有指标 no measures", box); return; }
    const counts = {};
    rows.forEach(r => { if (r.status) counts[r.status] = (counts[r.status] || 0) + 1; });
    add("p", "目标 targets: " + Object.keys(counts).sort().map(k => status[k] + " " + counts[k]).join(" · "), box);
    let group = null, body = null;
    rows.forEach(r => {
      const key = r.document + "\u0000" + r.section;
      if (key !== group) {
        group = key; add("h4", [r.document, r.section].filter(Boolean).join(" · "), box);
        const table = add("table", "", box); table.style.borderCollapse = "collapse";
        const head = add("tr", "", add("thead", "", table));
        ["指标 indicator", "对象 subject", "年份 year", "目标 planned", "完成 achieved", "完成率 ratio", "状态 status"]
          .forEach(h => add("th", h, head));
        body = add("tbody", "", table);
      }
      const tr = add("tr", "", body); tr.className = "xq-target-row";
      [r.indicator, r.subject, r.year, r.target, r.achieved].forEach(v => add("td", v, tr));
      const cell = add("td", "", tr);
      if (r.ratio) {
        const bar = add("span", "", cell); bar.className = "xq-bar"; bar.style.display = "inline-block";
        bar.style.height = "10px"; bar.style.marginRight = "4px"; bar.style.background = colour[r.status] || "#999";
        bar.style.width = Math.round(60 * Math.min(Number(r.ratio), 1.5)) + "px";
        add("span", Math.round(Number(r.ratio) * 100) + "%", cell);
      }
      const st = add("td", status[r.status] || "", tr); st.style.color = colour[r.status] || "inherit";
      tr.querySelectorAll("td").forEach(td => { td.style.padding = "2px 8px"; td.style.borderBottom = "1px solid #eee"; });
    });
  }
  button.addEventListener("click", () => {
    if (box.style.display === "block") { box.style.display = "none"; return; }
    if (!box.childElementCount) draw(); box.style.display = "block"; });
})();
</script>"""


def _first_sentence(heading: str, limit: int = 40) -> str:
    """A section heading without the paragraph that can follow it on the same line."""
    head = re.split(r"(?<=[。；;！？])", heading, maxsplit=1)[0]
    return head if len(head) <= limit else head[:limit] + "…"


def _targets_script(rows: list[dict[str, str]]) -> str:
    """The targets view: rows as escaped JSON, drawn with textContent."""
    keys = ("document", "section", "subject", "indicator", "year", "target", "achieved", "ratio", "status")
    short = [{k: _first_sentence(r.get(k, "")) if k == "section" else r.get(k, "") for k in keys} for r in rows]
    return _TARGETS_SCRIPT.replace("__ROWS__", _script_json(short))


def write_html(graph: Graph, path: str | Path, *, title: str = "xqgraph") -> Path:
    """Write the view of an RDF *graph* to *path* and return the path."""
    from xqgraph.tracking import measure_records, overview_rows

    out = Path(path)
    targets = overview_rows(measure_records(graph))
    out.write_text(render_html(graph_to_networkx(graph), title=title, targets=targets), encoding="utf-8")
    return out
