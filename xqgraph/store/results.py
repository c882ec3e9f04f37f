"""SPARQL results as text: a readable table, or the W3C result formats."""

from __future__ import annotations

import unicodedata

import pyoxigraph as ox

__all__ = ["FORMATS", "format_results"]

FORMATS = ("table", "csv", "tsv", "json", "xml")
_RESULT_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                   "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}
_PREFIXES = {
    "https://w3id.org/xqgraph/ontology#": "xq:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
    "http://purl.org/dc/terms/": "dcterms:",
}


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for iri, prefix in _PREFIXES.items():
            if term.value.startswith(iri):
                return prefix + term.value[len(iri):]
        return term.value
    if isinstance(term, (ox.Literal, ox.BlankNode)):
        return term.value
    return str(term)


def _table(solutions: ox.QuerySolutions) -> str:
    names = [v.value for v in solutions.variables]
    rows = [[_cell(sol[n]) for n in names] for sol in solutions]
    widths = [max([_width(n), *(_width(r[i]) for r in rows)]) for i, n in enumerate(names)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(names), "  ".join("-" * w for w in widths)] + [line(r) for r in rows]
    return "\n".join(out) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})\n"


def format_results(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str) -> str:
    """Render a query result in *fmt* (one of :data:`FORMATS`).

    SELECT and ASK results use the SPARQL 1.1 result formats (CSV, TSV,
    JSON, XML) or a text table; CONSTRUCT and DESCRIBE give Turtle.

    Examples
    --------
    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("西青")))
    >>> print(format_results(store.query("SELECT ?o WHERE { ?s ?p ?o }"), "table"), end="")
    o
    ----
    西青
    (1 row)
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if isinstance(result, ox.QueryTriples):
        data = result.serialize(format=ox.RdfFormat.TURTLE)
        return (data or b"").decode("utf-8")
    if isinstance(result, ox.QueryBoolean) and fmt == "table":
        return f"{'true' if bool(result) else 'false'}\n"
    if fmt == "table" and isinstance(result, ox.QuerySolutions):
        return _table(result)
    data = result.serialize(format=_RESULT_FORMATS[fmt])
    return (data or b"").decode("utf-8")
