"""The planner's table of measures, read from a graph store with SPARQL."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

__all__ = ["COLUMNS", "COMPARATOR_SYMBOLS", "measure_rows", "write_table", "FORMATS"]

COLUMNS = ("indicator", "value", "max", "unit", "comparator", "kind", "type", "year", "about", "section",
           "sentence", "document")
FORMATS = ("csv", "md", "xlsx")
_QUERY = """
PREFIX xq: <https://w3id.org/xqgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?indicator ?value ?max ?unit ?comparator ?kind ?type ?year ?about ?section ?sentence ?document ?start WHERE {
  ?m a xq:Measure ; xq:indicator ?indicator ; xq:value ?value ; xq:unit ?unit ; xq:kind ?k ; xq:statedIn ?d .
  OPTIONAL { ?m xq:maxValue ?max }
  OPTIONAL { ?m xq:comparator ?c }
  OPTIONAL { ?m xq:measureType ?t }
  OPTIONAL { ?m xq:year ?year }
  OPTIONAL { ?m xq:about ?a . ?a rdfs:label ?about }
  OPTIONAL { ?m xq:inSection ?s . ?s xq:heading ?section }
  OPTIONAL { ?m xq:sourceText ?sentence }
  OPTIONAL { ?m xq:startOffset ?start }
  OPTIONAL { ?d dcterms:title ?document }
  BIND(STRAFTER(STR(?k), "#") AS ?kind)
  BIND(STRAFTER(STR(?c), "#") AS ?comparator)
  BIND(STRAFTER(STR(?t), "#") AS ?type)
}
ORDER BY ?document ?start
"""
# a comparator's symbol, by its ontology term's local name (tracking writes "" for Equal before a value)
COMPARATOR_SYMBOLS = {"Equal": "=", "AtLeast": "≥", "AtMost": "≤", "Approximately": "≈"}
_KIND = {"Achieved": "完成", "Target": "目标"}


def _plain(term: Any) -> str:
    if term is None:
        return ""
    value = getattr(term, "value", str(term))
    return str(value)


def measure_rows(store: Any) -> list[dict[str, str]]:
    """Every measure in *store* (a :class:`~xqgraph.store.GraphStore`), one dict per row, in text order."""
    rows = []
    for solution in store.query(_QUERY):
        row = {name: _plain(solution[name]) for name in COLUMNS}
        row["comparator"] = COMPARATOR_SYMBOLS.get(row["comparator"], row["comparator"])
        row["kind"] = _KIND.get(row["kind"], row["kind"])
        rows.append(row)
    return rows


def _csv(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # the BOM lets Excel read the Chinese right


def _markdown(rows: list[dict[str, str]]) -> bytes:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(cell(r[c]) for c in COLUMNS) + " |" for r in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _xlsx(rows: list[dict[str, str]]) -> bytes:
    try:
        from openpyxl import Workbook
    except ImportError:
        raise ImportError("writing .xlsx needs openpyxl: pip install 'xqgraph[formats]'") from None
    wb = Workbook()
    ws = wb.active
    ws.title = "measures"
    ws.append(list(COLUMNS))
    for r in rows:
        ws.append([float(r[c]) if c in ("value", "max") and r[c] else int(r[c]) if c == "year" and r[c]
                   else r[c] for c in COLUMNS])
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def write_table(rows: list[dict[str, str]], fmt: str, path: str | Path | None = None) -> bytes:
    """Render *rows* as csv, md or xlsx; write them to *path* when given; return the bytes.

    Examples
    --------
    >>> row = dict.fromkeys(COLUMNS, "") | {"indicator": "新增就业", "value": "23500", "unit": "人"}
    >>> print(write_table([row], "md").decode().splitlines()[2])
    | 新增就业 | 23500 |  | 人 |  |  |  |  |  |  |  |  |
    """
    writers = {"csv": _csv, "md": _markdown, "xlsx": _xlsx}
    if fmt not in writers:
        raise ValueError(f"unknown table format {fmt!r}; choose one of {', '.join(FORMATS)}")
    data = writers[fmt](rows)
    if path is not None:
        Path(path).write_bytes(data)
    return data
