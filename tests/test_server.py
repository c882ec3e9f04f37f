"""The SPARQL endpoint with a real HTTP client, on the loopback address only."""

import json
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from xqgraph.server import make_server


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    from tests.conftest import EXAMPLE
    from xqgraph.build import build_graph

    out = tmp_path_factory.mktemp("served")  # its own store: a serving store is locked for other writers
    assert build_graph([EXAMPLE], out).ok
    server = make_server(out, host="127.0.0.1", port=0, timeout=2.0, limit=5, cors="*")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    server.store.close()


def _get(url: str, accept: str = "application/sparql-results+json") -> tuple[int, str, str]:
    req = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read().decode("utf-8")


def _post(url: str, body: str, kind: str) -> tuple[int, str]:
    req = urllib.request.Request(url, data=body.encode(), headers={"Content-Type": kind}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def _q(query: str) -> str:
    return "/sparql?query=" + urllib.parse.quote(query)


def test_get_with_content_negotiation(endpoint) -> None:
    q = _q('SELECT ?t WHERE { ?t a xq:Town ; rdfs:label "杨柳青镇"@zh }')
    status, kind, body = _get(endpoint + q)
    assert status == 200 and kind.startswith("application/sparql-results+json")
    assert len(json.loads(body)["results"]["bindings"]) == 1
    status, kind, body = _get(endpoint + q, accept="text/csv")
    assert status == 200 and kind.startswith("text/csv") and body.startswith("t\r\n")


def test_post_forms_construct_and_limit(endpoint) -> None:
    status, body = _post(endpoint + "/sparql", "ASK { ?d a xq:Document }", "application/sparql-query")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, body = _post(endpoint + "/sparql", urllib.parse.urlencode({"query": "SELECT ?s WHERE { ?s ?p ?o }"}),
                         "application/x-www-form-urlencoded")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 5  # the row limit
    status, _, body = _get(endpoint + _q("CONSTRUCT WHERE { ?t a xq:Town }"), accept="text/turtle")
    assert status == 200 and "Town" in body


def test_fifty_concurrent_requests(endpoint) -> None:
    url = endpoint + _q("SELECT (COUNT(*) AS ?n) WHERE { ?m a xq:Measure }")
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(lambda _: _get(url), range(50)))
    assert all(status == 200 for status, _, _ in results)
    assert len({body for _, _, body in results}) == 1


@pytest.mark.parametrize(("query", "status", "words"), [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", 400, "SERVICE is not allowed"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", 400, "not allowed"),
    ("SELECT ?x WHERE { ?x ", 400, "syntax error"),
    # about 6·10^7 rows: a few seconds, longer than the 2 s timeout, and then it ends by itself
    ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g a xq:Zone }", 503, "did not finish"),
])
def test_hostile_queries(endpoint, query: str, status: int, words: str) -> None:
    got, _, body = _get(endpoint + _q(query))
    assert got == status and words in body


def test_updates_refused_and_pages(endpoint) -> None:
    status, body = _post(endpoint + "/sparql", "DROP ALL", "application/sparql-update")
    assert status == 403
    status, body = _post(endpoint + "/sparql", "update=DROP+ALL", "application/x-www-form-urlencoded")
    assert status == 403
    status, kind, body = _get(endpoint + "/health", accept="application/json")
    assert status == 200 and json.loads(body)["status"] == "ok" and json.loads(body)["quads"] > 1000
    status, kind, body = _get(endpoint + "/", accept="text/html")
    assert status == 200 and "/graph" in body and "new Yasgui(" in body
    assert not re.findall(r"(?:src|href)=\"https?://", body)  # the editor comes from this server, no CDN
    assert "towns" in body and "employment" in body  # the example queries, one tab each
    status, kind, js = _get(endpoint + "/static/yasgui.min.js", accept="*/*")
    assert status == 200 and kind.startswith("application/javascript") and len(js) > 500_000
    assert _get(endpoint + "/static/../server.py", accept="*/*")[0] == 404
    status, kind, body = _get(endpoint + "/graph", accept="text/html")
    assert status == 200 and "vis.DataSet" in body
