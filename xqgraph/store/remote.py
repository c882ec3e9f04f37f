"""The same commands against a SPARQL server: queries over the SPARQL 1.1 Protocol,
uploads over the SPARQL 1.1 Graph Store HTTP Protocol (Oxigraph, Fuseki, GraphDB, Virtuoso …).

Only the standard library's HTTP client is used; results come back as the same
pyoxigraph objects the embedded store returns, so formatting is shared.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from xqgraph.errors import QueryError, StoreError
from xqgraph.store.oxigraph import QueryResult

__all__ = ["RemoteStore"]

_JSON = "application/sparql-results+json"
_TURTLE = "text/turtle"


class RemoteStore:
    """A SPARQL endpoint (for queries) and, optionally, its Graph Store endpoint (for uploads).

    Examples
    --------
    >>> RemoteStore("http://127.0.0.1:7878/query").endpoint
    'http://127.0.0.1:7878/query'
    """

    def __init__(self, endpoint: str, *, store_endpoint: str | None = None, timeout: float = 60.0) -> None:
        self.endpoint = endpoint
        self.store_endpoint = store_endpoint
        self.timeout = timeout

    def _send(self, request: urllib.request.Request, what: str) -> tuple[str, bytes]:
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", errors="replace").strip()[:500]
            error = QueryError if exc.code in (400, 406) else StoreError
            raise error(f"{what} failed at {request.full_url}: HTTP {exc.code}: {detail}") from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"cannot reach {request.full_url}: {reason}") from exc

    def query(self, sparql: str, *, prefixes: dict[str, str] | None = None) -> QueryResult:
        """Run *sparql* on the endpoint; results as pyoxigraph objects."""
        declared = {line.split()[1].rstrip(":") for line in sparql.splitlines()
                    if line.strip().upper().startswith("PREFIX") and len(line.split()) > 1}
        head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in (prefixes or {}).items() if p not in declared)
        body = urllib.parse.urlencode({"query": head + sparql}).encode("utf-8")
        request = urllib.request.Request(self.endpoint, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": f"{_JSON}, {_TURTLE};q=0.9"})
        kind, data = self._send(request, "the query")
        if kind.startswith(_TURTLE) or kind.startswith("application/n-triples"):
            fmt = ox.RdfFormat.TURTLE if kind.startswith(_TURTLE) else ox.RdfFormat.N_TRIPLES
            return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=fmt)]
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)

    def put_graph(self, graph_iri: str, ntriples: bytes) -> None:
        """Replace the named graph *graph_iri* on the Graph Store endpoint (HTTP PUT)."""
        if not self.store_endpoint:
            raise StoreError("no Graph Store endpoint given for uploads")
        url = f"{self.store_endpoint}?{urllib.parse.urlencode({'graph': graph_iri})}"
        request = urllib.request.Request(url, data=ntriples, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        self._send(request, "the upload")
