"""A read-only SPARQL 1.1 Protocol endpoint over a built graph (``xqgraph serve``).

Standard library only (``http.server``): ``/sparql`` answers GET and POST
queries with content negotiation, refuses updates and SERVICE clauses (no
request can leave the machine through it), stops queries after a timeout,
caps result rows, sends CORS headers when asked, and reports its health at
``/health``.  ``/`` is a SPARQL editor (YASGUI from the npm registry, vendored
in ``xqgraph/static``: no CDN) with the example queries in tabs; ``/graph``
the planner's view.
"""

from __future__ import annotations

import json
import re
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from xqgraph.errors import QueryError
from xqgraph.store import GraphStore, format_results
from xqgraph.store.oxigraph import QueryResult

__all__ = ["make_server"]

_PREFIXES = {
    "xq": "https://w3id.org/xqgraph/ontology#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/", "skos": "http://www.w3.org/2004/02/skos/core#",
}
_ACCEPT = (  # media type → format_results format
    ("application/sparql-results+json", "json"), ("application/json", "json"),
    ("application/sparql-results+xml", "xml"), ("text/csv", "csv"), ("text/tab-separated-values", "tsv"),
)
_MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
          "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle"}
_STRINGS_AND_COMMENTS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|#[^\n]*')
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_LIMIT = re.compile(r"\bLIMIT\s+\d+\s*$", re.IGNORECASE)
_STATIC = Path(__file__).parent / "static"
_STATIC_TYPES = {".js": "application/javascript", ".css": "text/css"}
_PAGE = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>xqgraph SPARQL</title>
<link rel="stylesheet" href="/static/yasgui.min.css">
<style>body{font:15px sans-serif;margin:0 1em}.yasgui .autocompleteWrapper{display:none !important}</style>
</head><body>
<p>xqgraph: read-only SPARQL over the built graph; prefixes xq:, rdfs:, dcterms: … are declared.
<a href="/graph">Graph view</a></p>
<div id="yasgui"></div>
<script src="/static/yasgui.min.js"></script>
<script>
const examples = __EXAMPLES__;
const yasgui = new Yasgui(document.getElementById("yasgui"), {
  requestConfig: { endpoint: "/sparql", method: "POST" },
  copyEndpointOnNewTab: false, endpointCatalogueOptions: { getData: () => [] },
  persistenceId: null, yasqe: { autocompleters: ["variables"] },
});
examples.forEach((ex, i) => {
  if (i === 0) { const tab = yasgui.getTab(); tab.setName(ex.name); tab.setQuery(ex.query); }
  else { yasgui.addTab(false, { name: ex.name, yasqe: { value: ex.query } }); }
});
</script></body></html>"""


def example_queries() -> list[dict[str, str]]:
    """The example queries shipped with xqgraph (installed, or in a checkout), for the editor's tabs.

    Each gets the PREFIX lines it leaves to the server, so that the editor's own checks pass.
    """
    declare = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in _PREFIXES.items())
    for folder in (Path(__file__).parent / "example_queries", Path(__file__).resolve().parents[1] / "examples" / "queries"):
        if folder.is_dir():
            return [{"name": p.stem, "query": declare + p.read_text(encoding="utf-8")} for p in sorted(folder.glob("*.rq"))]
    return []


def _page() -> bytes:
    examples = json.dumps(example_queries(), ensure_ascii=False).replace("</", "<\\/")
    return _PAGE.replace("__EXAMPLES__", examples).encode("utf-8")


def _negotiate(accept: str, is_graph: bool) -> str:
    if is_graph:
        return "turtle"
    for media, fmt in _ACCEPT:
        if media in accept:
            return fmt
    return "json"


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - BaseHTTPRequestHandler's name
        pass  # quiet by default; the CLI prints the address

    def _send(self, status: int, body: bytes, media: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{media}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", self.server.cors)
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain")

    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
        self._send(HTTPStatus.NO_CONTENT, b"", "text/plain")

    def do_GET(self) -> None:  # noqa: N802
        url = urlparse(self.path)
        if url.path == "/sparql":
            self._query(parse_qs(url.query).get("query", [""])[0])
        elif url.path == "/health":
            body = json.dumps({"status": "ok", "quads": self.server.quads}).encode()
            self._send(HTTPStatus.OK, body, "application/json")
        elif url.path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, _page(), "text/html")
        elif url.path.startswith("/static/") and (_STATIC / url.path[8:]).is_file() \
                and "/" not in url.path[8:] and url.path[8:] and Path(url.path).suffix in _STATIC_TYPES:
            self._send(HTTPStatus.OK, (_STATIC / url.path[8:]).read_bytes(), _STATIC_TYPES[Path(url.path).suffix])
        elif url.path == "/graph" and self.server.view.is_file():
            self._send(HTTPStatus.OK, self.server.view.read_bytes(), "text/html")
        else:
            self._error(HTTPStatus.NOT_FOUND, f"no such page: {url.path}")

    def do_POST(self) -> None:  # noqa: N802
        if urlparse(self.path).path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, "POST queries to /sparql")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > 1_000_000:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "queries are limited to 1 MB")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if kind == "application/sparql-query":
            self._query(body)
        elif kind == "application/x-www-form-urlencoded":
            form = parse_qs(body)
            if "update" in form:
                self._error(HTTPStatus.FORBIDDEN, "updates are not allowed: this endpoint is read-only")
                return
            self._query(form.get("query", [""])[0])
        elif kind == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "updates are not allowed: this endpoint is read-only")
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        "send application/sparql-query or application/x-www-form-urlencoded")

    def _query(self, sparql: str) -> None:
        if not sparql.strip():
            self._error(HTTPStatus.BAD_REQUEST, "no query: pass ?query=… or POST one")
            return
        if _SERVICE.search(_STRINGS_AND_COMMENTS.sub(" ", sparql)):
            self._error(HTTPStatus.BAD_REQUEST, "SERVICE is not allowed: this endpoint makes no outbound requests")
            return
        try:
            result = self.server.run(sparql)
        except QueryError as exc:
            status = HTTPStatus.SERVICE_UNAVAILABLE if "did not finish" in str(exc) else HTTPStatus.BAD_REQUEST
            self._error(status, str(exc))
            return
        is_graph = isinstance(result, list) or type(result).__name__ == "QueryTriples"
        fmt = _negotiate(self.headers.get("Accept") or "", is_graph)
        text = format_results(result, "table" if is_graph else fmt)  # graphs come back as Turtle
        self._send(HTTPStatus.OK, text.encode("utf-8"), _MEDIA[fmt])


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: GraphStore, *, timeout: float, limit: int,
                 cors: str | None, view: Path) -> None:
        super().__init__(address, _Handler)
        self.store, self.timeout, self.limit, self.cors, self.view = store, timeout, limit, cors, view
        self.quads = len(store)
        self._lock = threading.Lock()

    def run(self, sparql: str) -> QueryResult:
        """Run a query with the timeout, capping SELECT results at the row limit."""
        if re.match(r"\s*(?:PREFIX[^\n]*\n\s*)*SELECT\b", _STRINGS_AND_COMMENTS.sub(" ", sparql), re.IGNORECASE) \
                and not _LIMIT.search(sparql.strip()):
            sparql = f"{sparql.rstrip()}\nLIMIT {self.limit}"
        return self.store.query(sparql, timeout=self.timeout, prefixes=_PREFIXES)


def make_server(graph_dir: str | Path, *, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
                limit: int = 10_000, cors: str | None = None) -> _Server:
    """A server for the graph built in *graph_dir* (not yet serving; call ``serve_forever``).

    Raises
    ------
    StoreError
        When *graph_dir* holds no built graph.
    """
    directory = Path(graph_dir)
    store = GraphStore.open_existing(directory / "store", read_only=False)
    return _Server((host, port), store, timeout=timeout, limit=limit, cors=cors, view=directory / "graph.html")



