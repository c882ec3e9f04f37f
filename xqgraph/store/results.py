"""SPARQL results as text: a readable table, or the W3C result formats.

CSV, TSV, JSON and XML are written by pyoxigraph's own serializers, which
follow the W3C SPARQL 1.1 result formats (CSV rows end in CRLF; TSV writes
terms in Turtle syntax).  CONSTRUCT and DESCRIBE results are Turtle whatever
the format asked.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import pyoxigraph as ox

__all__ = ["FORMATS", "PREFIXES", "aligned", "display_width", "format_results"]

#: The formats :func:`format_results` accepts.
FORMATS = ("table", "csv", "tsv", "json", "xml")

#: Prefix name → namespace, used to shorten IRIs in tables and Turtle.
PREFIXES = {
    "xq": "https://w3id.org/xqgraph/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
}

_RESULT_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                   "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}
_CONTROL = str.maketrans({"\n": "⏎", "\r": "", "\t": " "})


def display_width(text: str) -> int:
    """Columns *text* takes in a terminal: wide (CJK) characters count 2, combining marks 0.

    Examples
    --------
    >>> display_width("西青区 2018")
    11
    """
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def _cell(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in PREFIXES.items():
            local = term.value[len(namespace):]
            if term.value.startswith(namespace) and local and all(c.isalnum() or c in "_-." for c in local):
                return f"{prefix}:{local}"
        return term.value
    if isinstance(term, ox.Literal):
        return term.value.translate(_CONTROL)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)  # an RDF-star triple


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def aligned(rows: list[list[str]]) -> list[str]:
    """Rows of cells as lines with aligned columns, Chinese counted two columns wide.

    Examples
    --------
    >>> aligned([["名称", "n"], ["西青区", "12"]])
    ['名称    n', '西青区  12']
    """
    widths = [max(display_width(row[i]) for row in rows) for i in range(len(rows[0]))] if rows else []
    return ["  ".join(_pad(cell, width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]


def _table(solutions: ox.QuerySolutions) -> str:
    names = [v.value for v in solutions.variables]
    rows = [[_cell(solution[name]) for name in names] for solution in solutions]
    header, *body = aligned([names, *rows])
    widths = [max([display_width(name), *(display_width(row[i]) for row in rows)]) for i, name in enumerate(names)]
    out = [header, "  ".join("-" * w for w in widths), *body]
    return "\n".join(out) + f"\n({len(rows)} row{'' if len(rows) == 1 else 's'})\n"


def format_results(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples | Iterable[ox.Triple],
                   fmt: str) -> str:
    """Render a query result in *fmt* (one of :data:`FORMATS`).

    Parameters
    ----------
    result
        What :meth:`~xqgraph.store.GraphStore.query` returned.  Solutions and
        triples are iterators: they can be formatted once.
    fmt
        ``table`` (aligned text: literals by their lexical value, IRIs with
        the :data:`PREFIXES` shortened, wide characters counted twice),
        ``csv``, ``tsv``, ``json`` or ``xml`` (the W3C SPARQL 1.1 result
        formats).  ASK prints ``true``/``false`` as a table; CONSTRUCT and
        DESCRIBE always give Turtle.

    Returns
    -------
    str
        The text, ending with a newline unless empty.

    Raises
    ------
    ValueError
        For an unknown *fmt*, listing the valid ones.

    Examples
    --------
    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode(PREFIXES["rdfs"] + "label"), ox.Literal("西青", language="zh")))
    >>> print(format_results(store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"), "table"), end="")
    s      p           o
    -----  ----------  ----
    urn:a  rdfs:label  西青
    (1 row)
    >>> print(format_results(store.query("SELECT ?o WHERE { ?s ?p ?o }"), "csv"), end="")
    o
    西青
    >>> format_results(store.query("ASK { ?s ?p ?o }"), "json")
    '{"head":{},"boolean":true}\\n'
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown result format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if isinstance(result, ox.QueryBoolean):
        if fmt == "table":
            return "true\n" if result else "false\n"
        text = (result.serialize(format=_RESULT_FORMATS[fmt]) or b"").decode("utf-8")
    elif isinstance(result, ox.QuerySolutions):
        if fmt == "table":
            return _table(result)
        text = (result.serialize(format=_RESULT_FORMATS[fmt]) or b"").decode("utf-8")
    else:  # CONSTRUCT / DESCRIBE: QueryTriples, or a list of triples after a timed query
        text = (ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b"").decode("utf-8")
    return text if not text or text.endswith("\n") else text + "\n"
