"""``xqgraph`` commands: build, query, measures, track, export, push, viz, stats, path, validate, serve, eval.

Each command parses options, calls the library and maps library errors to
messages and exit codes: 0 success, 1 no answer (`path` finds no chain) or an unexpected failure, 2 bad usage,
3 an input document could not be read, 4 a bad query, 5 a store problem,
6 a bad gold file, 7 a graph that does not conform to the SHACL shapes.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from xqgraph import __version__
from xqgraph.errors import XqGraphError

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["main", "cli"]

_GRAPH_OPTION = click.option(
    "--graph", "graph_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
    show_default=True, help="Graph directory written by `xqgraph build`.",
)


def _fail(exc: XqGraphError) -> None:
    click.echo(f"xqgraph: {exc}", err=True)
    sys.exit(exc.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="xqgraph")
def cli() -> None:
    """Build knowledge graphs from Chinese policy documents, then query, view and score them.

    \b
    Example:
      xqgraph build examples/xiqing-2018-plan.txt -o out
      xqgraph query 'SELECT ?town WHERE { ?town a xq:Town }' --graph out
    """


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Directory for graph.ttl, graph.html and store/.")
@click.option("--encoding", default=None,
              help="Encoding of text and HTML inputs (default: detect UTF-8, GB18030, Big5, UTF-16).")
@click.option("--no-html", is_flag=True, help="Skip writing graph.html.")
@click.option("--timestamp", default=None, metavar="ISO8601",
              help="Time recorded for this build (default: SOURCE_DATE_EPOCH, else now); fix it for reproducible files.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes  [default: all cores]; the output is the same for any number.")
@click.option("--force", is_flag=True, help="Rebuild every file, even those unchanged since the last build.")
def build(files: tuple[Path, ...], out_dir: Path, encoding: str | None, no_html: bool, timestamp: str | None,
          jobs: int | None, force: bool) -> None:
    """Build FILES into a graph directory: graph.ttl, graph.html and a SPARQL store.

    FILES may be plain text (UTF-8, GB18030, Big5, UTF-16), saved HTML pages,
    .docx or PDF; a directory stands for the readable files under it.  A file
    of another type is skipped with a message; a file that cannot be read is
    reported and the others are still built, and the exit status is then 3.
    Building a document again replaces it in the store; a file unchanged
    since it was last built into the same directory is not read again.

    \b
    Example:
      xqgraph build examples/xiqing-2018-plan.txt -o out
    """
    from xqgraph.build import build_graph, expand_inputs

    inputs = expand_inputs(files)
    try:
        with click.progressbar(length=len(inputs), label="building", file=sys.stderr,
                               item_show_func=lambda name: name) as bar:
            def progress(name: str) -> None:
                bar.update(1, name)

            report = build_graph(inputs, out_dir, encoding=encoding, html=not no_html, progress=progress,
                                 timestamp=timestamp, jobs=jobs or os.cpu_count() or 1, force=force)
    except XqGraphError as exc:
        _fail(exc)
        return
    click.echo(report.summary())
    if not report.ok:
        sys.exit(3)


def _read_query(query: str) -> str:
    path = Path(query)
    if query.endswith(".rq") or (len(query) < 256 and "\n" not in query and path.is_file()):
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise click.BadParameter(f"cannot read query file {query}: {exc.strerror}") from exc
    return query


DEFAULT_PREFIXES = {
    "xq": "https://w3id.org/xqgraph/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}


@cli.command()
@click.argument("query")
@_GRAPH_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]), default="table",
              show_default=True, help="Result format (SPARQL 1.1 result formats; CONSTRUCT gives Turtle).")
@click.option("--timeout", type=float, default=60.0, show_default=True,
              help="Seconds to wait for an answer before giving up with exit status 4.")
@click.option("--endpoint", default=None, metavar="URL",
              help="Query this SPARQL endpoint instead of the embedded store (e.g. http://host:7878/query).")
def query(query: str, graph_dir: Path, fmt: str, timeout: float, endpoint: str | None) -> None:
    """Run a SPARQL QUERY (a string or a .rq file) over a built graph.

    The default graph is the union of all documents.  The prefixes xq:,
    rdf:, rdfs:, xsd:, dcterms: and skos: are predeclared.

    \b
    Example:
      xqgraph query 'SELECT ?name WHERE { ?t a xq:Town ; rdfs:label ?name }' --graph out
      xqgraph query examples/queries/towns.rq --format csv
    """
    from xqgraph.build import STORE_DIR
    from xqgraph.store import GraphStore, format_results

    text = _read_query(query)
    if endpoint:
        from xqgraph.store.remote import RemoteStore

        try:
            click.echo(format_results(RemoteStore(endpoint, timeout=timeout).query(text, prefixes=DEFAULT_PREFIXES),
                                      fmt), nl=False)
        except XqGraphError as exc:
            _fail(exc)
        return
    try:
        with GraphStore.open_existing(graph_dir / STORE_DIR) as store:
            result = store.query(text, prefixes=DEFAULT_PREFIXES, timeout=timeout)
            click.echo(format_results(result, fmt), nl=False)
    except XqGraphError as exc:
        _fail(exc)


@cli.command()
@_GRAPH_OPTION
@click.option("--format", "fmt", type=click.Choice(["csv", "md", "xlsx"]), default="csv", show_default=True,
              help="Table format: CSV (with a BOM for Excel), Markdown or an Excel workbook.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the table to this file (needed for xlsx); default: standard output.")
def measures(graph_dir: Path, fmt: str, output: Path | None) -> None:
    """List every measure of a built graph: indicator, value, unit, comparator, kind, year, about, section, sentence.

    \b
    Example:
      xqgraph measures --graph out --format md
      xqgraph measures --graph out --format xlsx -o measures.xlsx
    """
    from xqgraph.build import STORE_DIR
    from xqgraph.store import GraphStore
    from xqgraph.tables import measure_rows, write_table

    if fmt == "xlsx" and output is None:
        raise click.UsageError("an Excel table needs a file: add -o FILE.xlsx")
    try:
        with GraphStore.open_existing(graph_dir / STORE_DIR) as store:
            rows = measure_rows(store)
    except XqGraphError as exc:
        _fail(exc)
        return
    data = write_table(rows, fmt, output)
    if output is None:
        click.echo(data.decode("utf-8").lstrip("\ufeff"), nl=False)
    else:
        click.echo(f"{len(rows)} measures written to {output}", err=True)


@cli.command()
@_GRAPH_OPTION
@click.option("--format", "fmt",
              type=click.Choice(["turtle", "nt", "nq", "trig", "jsonld", "xml", "graphml", "gexf"]),
              default="turtle", show_default=True,
              help="RDF format (nq and trig keep one named graph per document), or graphml/gexf: "
                   "the network of names and relations for Gephi.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write.")
def export(graph_dir: Path, fmt: str, output: Path) -> None:
    """Export every document of a built graph in a standard RDF format, or its network for Gephi.

    The same input always gives the same bytes: sorted output and no
    random blank-node labels.  graphml and gexf hold the names (with label,
    type, fine type and aliases) and the relations between them (with the
    relation and its Chinese label), as `xqgraph viz` draws them.

    \b
    Example:
      xqgraph export --graph out --format trig -o graph.trig
      xqgraph export --graph out --format jsonld -o graph.jsonld
      xqgraph export --graph out --format gexf -o graph.gexf
    """
    from xqgraph.build import STORE_DIR
    from xqgraph.rdf.export import export_nquads
    from xqgraph.store import GraphStore

    if fmt in ("graphml", "gexf"):
        from xqgraph.analysis import build_date, network_bytes
        from xqgraph.viz import graph_to_networkx

        graph = _load_graph(graph_dir, None)
        G = graph_to_networkx(graph)
        output.write_bytes(network_bytes(G, fmt, date=build_date(graph)))
        click.echo(f"wrote {output} ({fmt}: {len(G)} names, {G.number_of_edges()} relations)", err=True)
        return
    try:
        with GraphStore.open_existing(graph_dir / STORE_DIR) as store:
            quads = store.to_nquads()
    except XqGraphError as exc:
        _fail(exc)
        return
    output.write_bytes(export_nquads(quads, fmt))
    click.echo(f"wrote {output} ({fmt})", err=True)


@cli.command()
@_GRAPH_OPTION
def optimize(graph_dir: Path) -> None:
    """Compact a built graph's store so that queries read one sorted run per index.

    A build does this itself when it writes a quarter of the store's documents
    or more; after many small incremental builds, run it by hand.  It rewrites
    the whole store (about 20 s per 10 million triples on 2 cores).

    \b
    Example:
      xqgraph optimize --graph out
    """
    import time

    from xqgraph.build import STORE_DIR
    from xqgraph.store import GraphStore

    try:
        with GraphStore.open_existing(graph_dir / STORE_DIR) as store:
            start = time.perf_counter()
            store.optimize()
            click.echo(f"compacted {graph_dir / STORE_DIR} ({len(store):,} triples) in "
                       f"{time.perf_counter() - start:.1f} s", err=True)
    except XqGraphError as exc:
        _fail(exc)


@cli.command()
@_GRAPH_OPTION
@click.option("--endpoint", required=True, metavar="URL",
              help="SPARQL 1.1 Graph Store endpoint, e.g. http://host:7878/store (Oxigraph) or …/dataset/data (Fuseki).")
def push(graph_dir: Path, endpoint: str) -> None:
    """Upload every document of a built graph to a triple store, one named graph each (HTTP PUT).

    \b
    Example:
      xqgraph push --graph out --endpoint http://127.0.0.1:7878/store
      xqgraph query 'SELECT * WHERE { ?s ?p ?o } LIMIT 5' --endpoint http://127.0.0.1:7878/query
    """
    from xqgraph.build import STORE_DIR
    from xqgraph.rdf.export import graphs_of
    from xqgraph.store import GraphStore
    from xqgraph.store.remote import RemoteStore

    remote = RemoteStore(endpoint, store_endpoint=endpoint)
    try:
        with GraphStore.open_existing(graph_dir / STORE_DIR) as store:
            graphs = graphs_of(store.to_nquads())
        for iri, ntriples in graphs.items():
            remote.put_graph(iri, ntriples)
            click.echo(f"pushed {iri}", err=True)
    except XqGraphError as exc:
        _fail(exc)


@cli.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=True, path_type=Path))
def validate(graph: Path) -> None:
    """Check GRAPH (graph.ttl, any RDF file, or a graph directory) against xqgraph's SHACL shapes.

    Prints the SHACL validation report; the exit status is 0 when the graph
    conforms and 7 when it does not.

    \b
    Example:
      xqgraph validate out/graph.ttl
    """
    from rdflib import Graph

    from xqgraph.build import GRAPH_FILE
    from xqgraph.rdf.shacl import validate as shacl_validate

    path = graph / GRAPH_FILE if graph.is_dir() else graph
    try:
        g = Graph().parse(path)
    except Exception as exc:  # noqa: BLE001 - rdflib raises many parser errors
        click.echo(f"xqgraph: cannot read graph {path}: {exc}", err=True)
        sys.exit(3)
    conforms, _, text = shacl_validate(g)
    click.echo(text.strip())
    if not conforms:
        sys.exit(7)


@cli.command()
@_GRAPH_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--timeout", default=10.0, show_default=True, type=float, help="Seconds a query may run.")
@click.option("--limit", default=10_000, show_default=True, type=int, help="Most rows a SELECT returns.")
@click.option("--cors", default=None, metavar="ORIGIN", help="Allow browsers on ORIGIN (or *) to query.")
def serve(graph_dir: Path, host: str, port: int, timeout: float, limit: int, cors: str | None) -> None:
    """Serve a built graph as a read-only SPARQL 1.1 endpoint at /sparql, with a query page at /.

    Updates and SERVICE clauses are refused; /health reports the store.

    \b
    Example:
      xqgraph serve --graph out --port 8000
      curl 'http://127.0.0.1:8000/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D'
    """
    from xqgraph.server import make_server

    try:
        server = make_server(graph_dir, host=host, port=port, timeout=timeout, limit=limit, cors=cors)
    except XqGraphError as exc:
        _fail(exc)
        return
    except OSError as exc:
        click.echo(f"xqgraph: cannot listen on {host}:{port}: {exc.strerror}", err=True)
        sys.exit(1)
    click.echo(f"serving {graph_dir} at http://{host}:{server.server_port}/ (SPARQL at /sparql); Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.store.close()


def _load_graph(graph_dir: Path, endpoint: str | None, timeout: float = 120.0) -> Graph:
    """The whole graph as an rdflib Graph; a missing store or failing endpoint ends the command with its message."""
    try:
        return _read_graph(graph_dir, endpoint, timeout)
    except XqGraphError as exc:
        _fail(exc)
        raise  # not reached: _fail exits


def _read_graph(graph_dir: Path, endpoint: str | None, timeout: float) -> Graph:
    """The whole graph, from the embedded store or a SPARQL endpoint, as an rdflib Graph."""
    from rdflib import Graph

    from xqgraph.build import STORE_DIR
    from xqgraph.rdf.export import export_nquads
    from xqgraph.store import GraphStore

    if endpoint:
        import pyoxigraph as ox

        from xqgraph.store.remote import RemoteStore

        result = RemoteStore(endpoint, timeout=timeout).query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        triples = result if isinstance(result, list) else []
        return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    with GraphStore.open_existing(graph_dir / STORE_DIR) as store:
        return Graph().parse(data=export_nquads(store.to_nquads(), "turtle"), format="turtle")


_ENDPOINT_OPTION = click.option("--endpoint", default=None, metavar="URL",
                                help="Read from this SPARQL endpoint instead of the embedded store.")


@cli.command()
@_GRAPH_OPTION
@_ENDPOINT_OPTION
@click.option("--focus", default=None, metavar="NAME", help="Only the names around this one (e.g. 杨柳青镇).")
@click.option("--depth", default=2, show_default=True, type=int, help="How many relations away from --focus.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="HTML file.")
def viz(graph_dir: Path, endpoint: str | None, focus: str | None, depth: int, output: Path) -> None:
    """Write the interactive, offline HTML view of a graph, or of the names around one of them.

    \b
    Example:
      xqgraph viz --graph out --focus 杨柳青镇 --depth 2 -o yangliuqing.html
    """
    from xqgraph.analysis import ego_view
    from xqgraph.tracking import measure_records, overview_rows
    from xqgraph.viz import graph_to_networkx, render_html

    graph = _load_graph(graph_dir, endpoint)
    G = graph_to_networkx(graph)
    targets = [] if focus else overview_rows(measure_records(graph))
    if focus:
        try:
            G = ego_view(G, focus, depth)
        except KeyError as exc:
            click.echo(f"xqgraph: {exc.args[0]}", err=True)
            sys.exit(2)
    output.write_text(render_html(G, title=f"xqgraph: {focus or graph_dir}", targets=targets), encoding="utf-8")
    click.echo(f"wrote {output}: {len(G)} names, {G.number_of_edges()} relations", err=True)


@cli.command()
@_GRAPH_OPTION
@_ENDPOINT_OPTION
@click.option("--top", default=10, show_default=True, type=int, help="How many names each ranking lists.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Readable sections, or one JSON object with a fixed key order.")
def stats(graph_dir: Path, endpoint: str | None, top: int, fmt: str) -> None:
    """Counts by type, measures by kind and year, the most central names and the communities of a graph.

    Centrality (degree, betweenness, PageRank) and Louvain communities are
    computed on the relations taken as undirected; ties go by name, and the
    same graph always gives the same output.

    \b
    Example:
      xqgraph stats --graph out
      xqgraph stats --graph out --top 5 --format json
    """
    from xqgraph.analysis import graph_stats
    from xqgraph.viz import graph_to_networkx

    graph = _load_graph(graph_dir, endpoint)
    s = graph_stats(graph, graph_to_networkx(graph), top=top)
    if fmt == "json":
        click.echo(json.dumps(s.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo("entities:  " + ", ".join(f"{k} {v}" for k, v in s.entities.items()))
    click.echo(f"relations: {s.relations}; connected groups: {s.groups}")
    click.echo("measures:  " + ", ".join(f"{k}: {v}" for k, v in s.measures.items()))
    click.echo("best connected:")
    for name, degree in s.best_connected:
        click.echo(f"  {name}  {degree}")
    click.echo("betweenness (most often between two others):")
    for name, score in s.betweenness:
        click.echo(f"  {name}  {score:.4f}")
    click.echo("pagerank:")
    for name, score in s.pagerank:
        click.echo(f"  {name}  {score:.4f}")
    click.echo(f"communities: {len(s.communities)} of two names or more")
    for i, c in enumerate(s.communities, 1):
        click.echo(f"  {i}. {c.size} names: {'、'.join(c.central)}{' …' if c.size > len(c.central) else ''}")


@cli.command()
@click.argument("a")
@click.argument("b")
@_GRAPH_OPTION
@_ENDPOINT_OPTION
def path(a: str, b: str, graph_dir: Path, endpoint: str | None) -> None:
    """The shortest chain of relations between the names A and B, with the sentence behind each hop.

    The search ignores the relations' direction; each hop is printed with its
    true direction (甲 —位于→ 乙 or 乙 ←位于— 甲).  Exit status 2 when a name
    is unknown, 1 when no chain links the two.

    \b
    Example:
      xqgraph path 杨柳青镇 西青区 --graph out
    """
    from xqgraph.analysis import NoChainError, shortest_relation_path
    from xqgraph.viz import graph_to_networkx

    graph = _load_graph(graph_dir, endpoint)
    try:
        hops = shortest_relation_path(graph_to_networkx(graph), graph, a, b)
    except KeyError as exc:
        click.echo(f"xqgraph: {exc.args[0]}", err=True)
        sys.exit(2)
    except NoChainError as exc:
        click.echo(f"xqgraph: {exc}", err=True)
        sys.exit(1)
    if not hops:
        click.echo(f"{a} and {b} name the same entity")
        return
    click.echo(f"{hops[0].start} … {hops[-1].end}: {len(hops)} relation{'s' if len(hops) > 1 else ''}")
    for i, hop in enumerate(hops, 1):
        for arrow in hop.arrows():
            click.echo(f"{i}. {arrow}")
        for link in hop.links:
            if not link.sentences:
                click.echo(f"     (no source sentence: the graph records {link.label} without one)")
            for sentence in link.sentences:
                click.echo(f"     「{sentence}」")


@cli.command()
@_GRAPH_OPTION
@_ENDPOINT_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "csv"]), default="table", show_default=True,
              help="An aligned table for reading, or CSV (with a BOM for Excel) with every column.")
@click.option("--year", type=int, default=None, help="Only the targets of this year.")
@click.option("--status", type=click.Choice(["met", "not met", "no data"]), default=None,
              help="Only the targets with this outcome.")
def track(graph_dir: Path, endpoint: str | None, fmt: str, year: int | None, status: str | None) -> None:
    """Did they do what they planned?  Each target against what a later document reports.

    A target of year N (e.g. 城镇新增就业1.2万人 in the 2019 plan) is paired
    with the achieved figure of the same indicator, place and year reported
    in a later document (the 2020 plan), and marked met, not met or no data,
    with the ratio achieved / target.  Build the documents of several years
    into one graph first.

    \b
    Example:
      xqgraph build plans/ -o out
      xqgraph track --graph out --status "not met"
      xqgraph track --graph out --format csv > tracking.csv
    """
    from xqgraph.build import STORE_DIR
    from xqgraph.store import GraphStore
    from xqgraph.tracking import format_tracking, measure_records
    from xqgraph.tracking import track as track_targets

    try:
        if endpoint:
            records = measure_records(_load_graph(graph_dir, endpoint))
        else:
            with GraphStore.open_existing(graph_dir / STORE_DIR) as store:
                records = measure_records(store)
    except XqGraphError as exc:
        _fail(exc)
        return
    tracked = [t for t in track_targets(records) if (year is None or t.target.year == year)
               and (status is None or t.status == status)]
    click.echo(format_tracking(tracked, fmt), nl=False)


@cli.command(name="eval")
@click.argument("graph", type=click.Path(exists=True, dir_okay=True, path_type=Path))
@click.option("--gold", required=True, type=click.Path(path_type=Path), help="Gold annotation (*.gold.json).")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
@click.option("--show", type=int, default=15, show_default=True, help="How many misses and false positives to list.")
def eval_(graph: Path, gold: Path, as_json: bool, show: int) -> None:
    """Score GRAPH (graph.ttl or a graph directory) against a gold annotation.

    Follows the scoring of the annotation guideline; its numbers agree with
    the reference scorer score.py.

    \b
    Example:
      xqgraph eval out/graph.ttl --gold tests/data/xiqing-2018-plan.gold.json
    """
    from rdflib import Graph

    from xqgraph.build import GRAPH_FILE
    from xqgraph.evaluate import evaluate, format_report, load_gold

    path = graph / GRAPH_FILE if graph.is_dir() else graph
    try:
        gold_data = load_gold(gold)
        g = Graph().parse(path)
    except XqGraphError as exc:
        _fail(exc)
        return
    except Exception as exc:  # noqa: BLE001 - rdflib raises many parser errors
        click.echo(f"xqgraph: cannot read graph {path}: {exc}", err=True)
        sys.exit(3)
    result = evaluate(g, gold_data)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(result, show=show, gold=gold_data))


def main() -> None:
    """Entry point of the ``xqgraph`` console script."""
    cli(prog_name="xqgraph")
