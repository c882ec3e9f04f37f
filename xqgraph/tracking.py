"""Year-over-year tracking: did a government do what it planned?

A target of year N (``xq:kind xq:Target``, e.g. 新增就业 1.2万人 in the 2019
plan) meets the achieved measure (``xq:kind xq:Achieved``) of the same
indicator, subject and year N reported in a *later* document (the 2020 plan
reviewing 2019).  Indicators match through :func:`indicator_key`, which
removes the wording that varies between years (全年, 完成, 城镇…, 增长 of a
growth rate) and maps common synonyms (GDP, 地区生产总值) to one name; the
measure's type (level, growth, share, change) and unit must agree as well.

The subject of a measure is the place or zone it is about (``xq:about``), else
the area the document governs (``dcterms:spatial``), else its publisher, so
the same indicator of two towns, or of two governments, is never mixed up.

This module reads a built graph (an rdflib Graph or a
:class:`~xqgraph.store.GraphStore`) with one SPARQL query and is a pure
function of it; a build takes the same rows from the RDF stage, which makes
them with the triples (``DocumentTriples.measure_rows``).
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from xqgraph.extract.numbers import format_number
from xqgraph.link.indicators import indicator_key
from xqgraph.rdf.build import AREA_CLASSES, unit_iri
from xqgraph.tables.measures import COMPARATOR_SYMBOLS

__all__ = ["COLUMNS", "MeasureRecord", "Status", "TrackedTarget", "format_tracking", "indicator_key", "measure_records",
           "record_order", "records_from_json", "records_from_rows", "records_to_json",
           "overview_rows", "track", "tracking_rows"]


class Status:
    """The outcome of a target: the achieved value met it, missed it, or was never reported."""

    MET = "met"
    NOT_MET = "not met"
    NO_DATA = "no data"




_QUERY = """
PREFIX xq: <https://w3id.org/xqgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?m ?indicator ?value ?max ?unit ?comparator ?kind ?type ?year ?about ?aboutLabel ?doc ?title ?docYear
       ?issued ?area ?areaLabel ?publisher ?section ?sentence ?start
WHERE {
  ?m a xq:Measure ; xq:indicator ?indicator ; xq:value ?value ; xq:kind ?kind ; xq:statedIn ?doc .
  OPTIONAL { ?m xq:unit ?unit }
  OPTIONAL { ?m xq:maxValue ?max }
  OPTIONAL { ?m xq:comparator ?comparator }
  OPTIONAL { ?m xq:measureType ?type }
  OPTIONAL { ?m xq:year ?year }
  OPTIONAL { ?m xq:about ?about . ?about rdfs:label ?aboutLabel .
             FILTER EXISTS { ?about a ?c . VALUES ?c { %s } } }
  OPTIONAL { ?m xq:inSection ?s . ?s xq:heading ?section }
  OPTIONAL { ?m xq:sourceText ?sentence }
  OPTIONAL { ?m xq:startOffset ?start }
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc xq:planYear ?docYear }
  OPTIONAL { ?doc dcterms:issued ?issued }
  OPTIONAL { ?doc dcterms:spatial ?area . OPTIONAL { ?area rdfs:label ?areaLabel } }
  OPTIONAL { ?doc dcterms:publisher ?publisher }
}
"""
_QUERY %= " ".join(f"xq:{name}" for name in AREA_CLASSES)
_FIELDS = ("m", "indicator", "value", "max", "unit", "comparator", "kind", "type", "year", "about", "aboutLabel",
           "doc", "title", "docYear", "issued", "area", "areaLabel", "publisher", "section", "sentence", "start")


@dataclass(frozen=True, slots=True)
class MeasureRecord:
    """One measure as tracking sees it (a corpus has hundreds of thousands: slots, no __dict__)."""

    iri: str
    indicator: str
    key: str
    value: Decimal
    max_value: Decimal | None
    unit: str
    comparator: str
    kind: str
    measure_type: str
    year: int | None
    subject: str
    subject_label: str
    document: str
    document_title: str
    document_order: tuple[int, str]
    section: str
    sentence: str
    start: int


def _text(term: Any) -> str:
    if term is None:
        return ""
    return str(getattr(term, "value", term))


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except (InvalidOperation, ValueError):
        return None


def measure_records(source: Any) -> list[MeasureRecord]:
    """Every measure of *source* (an rdflib ``Graph`` or a ``GraphStore``), in document and text order."""
    return records_from_rows({name: _text(solution[name]) for name in _FIELDS} for solution in source.query(_QUERY))


def records_from_rows(solutions: Iterable[dict[str, str]]) -> list[MeasureRecord]:
    """Measure records from rows of the query's fields (lexical forms, "" when unbound), in document and text
    order: from a graph (:func:`measure_records`) or as the RDF stage made them (``DocumentTriples.measure_rows``)."""
    rows: dict[str, dict[str, str]] = {}
    for row in solutions:
        # a measure with two labels or headings gives two rows: keep the smallest values, so the choice is stable
        old = rows.get(row["m"])
        rows[row["m"]] = row if old is None else {k: min(old[k], row[k]) if old[k] and row[k] else old[k] or row[k]
                                                  for k in _FIELDS}
    records = []
    for row in rows.values():
        value = _decimal(row["value"])
        if value is None:
            continue
        if row["about"]:
            subject, label = row["about"], row["aboutLabel"]
        elif row["area"]:
            subject, label = row["area"], row["areaLabel"] or row["area"].rsplit("/", 1)[-1]
        else:
            subject, label = row["publisher"], row["publisher"]
        measure_type = _local(row["type"])
        year = int(row["year"]) if row["year"].isdigit() else None
        doc_year = int(row["docYear"]) if row["docYear"].isdigit() else (year or 0)
        records.append(MeasureRecord(
            row["m"], row["indicator"], indicator_key(row["indicator"], measure_type), value, _decimal(row["max"]),
            row["unit"], _local(row["comparator"]) or "Equal", _local(row["kind"]), measure_type, year, subject, label,
            row["doc"], row["title"], (doc_year, row["issued"]), row["section"], row["sentence"],
            int(row["start"]) if row["start"].isdigit() else 0))
    return sorted(records, key=record_order)


def record_order(r: MeasureRecord) -> tuple[tuple[int, str], str, int, str]:
    """Document (by year and date) and place in its text: the order of :func:`measure_records`."""
    return (r.document_order, r.document, r.start, r.iri)


def records_to_json(records: list[MeasureRecord]) -> bytes:
    """Measure records as JSON (UTF-8), to keep beside a store and read back with :func:`records_from_json`.

    Examples
    --------
    >>> r = MeasureRecord("urn:m", "新增就业", "新增就业", Decimal("2.35E+4"), None, "人", "AtLeast", "Target",
    ...                   "Level", 2018, "urn:p", "西青区", "urn:d", "计划", (2018, "2018-02-01"), "一、", "句。", 7)
    >>> records_from_json(records_to_json([r])) == [r]
    True
    """
    rows = [{**{f: getattr(r, f) for f in _RECORD_FIELDS}, "value": str(r.value), "max_value": None if r.max_value is None else str(r.max_value),
             "document_order": list(r.document_order)} for r in records]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


_RECORD_FIELDS = tuple(f.name for f in fields(MeasureRecord))
_SHARED = ("unit", "comparator", "kind", "measure_type", "subject", "subject_label", "document", "document_title",
           "section")  # the same few strings in many records


def records_from_json(data: bytes, shared: dict[str, str] | None = None) -> list[MeasureRecord]:
    """The records :func:`records_to_json` wrote.

    Strings that many records repeat (document, subject, unit …) are kept
    once, through *shared* when given (pass the same dict for every file).
    """
    shared = {} if shared is None else shared
    records = []
    for row in json.loads(data):
        for name in _SHARED:
            row[name] = shared.setdefault(row[name], row[name])
        records.append(MeasureRecord(**{**row, "value": Decimal(row["value"]),
                                        "max_value": None if row["max_value"] is None else Decimal(row["max_value"]),
                                        "document_order": tuple(row["document_order"])}))
    return records


@dataclass(frozen=True)
class TrackedTarget:
    """A target and what became of it.

    ``ratio`` is achieved / target (``None`` without an achieved value or
    with a zero target); ``status`` is one of :class:`Status`.
    """

    target: MeasureRecord
    achieved: MeasureRecord | None
    status: str
    ratio: Decimal | None


def _met(target: MeasureRecord, achieved: Decimal) -> bool:
    if target.comparator == "AtMost":  # 控制在3.5%以内
        return achieved <= (target.max_value if target.max_value is not None else target.value)
    return achieved >= target.value  # at least, about (左右) or exactly: reaching the figure counts


def _same_unit(a: str, b: str) -> bool:
    """Units written alike, or two ways of writing one unit (公里 and 千米, 标准箱 and 标箱: one IRI)."""
    return a == b or unit_iri(a) is not None and unit_iri(a) == unit_iri(b)


def _compatible(target: MeasureRecord, achieved: MeasureRecord) -> bool:
    return (achieved.kind == "Achieved" and achieved.year == target.year and achieved.subject == target.subject
            and achieved.measure_type == target.measure_type and _same_unit(achieved.unit, target.unit)
            and achieved.document_order > target.document_order)


def track(records: list[MeasureRecord]) -> list[TrackedTarget]:
    """Pair each target with the achieved measure of its indicator, subject and year from a later document.

    When several later documents report it, the earliest one counts; an
    indicator key that equals the target's wins over one that merely
    contains it (新增就业 vs 新增就业岗位), and a containing match is used
    only when it is the single candidate.

    Examples
    --------
    >>> def m(kind, doc, value, indicator="新增就业", year=2019):
    ...     return MeasureRecord("urn:" + doc + kind, indicator, indicator_key(indicator), Decimal(value), None,
    ...         "人", "Equal", kind, "Level", year, "urn:area", "甲区", "urn:" + doc, doc,
    ...         (int(doc[:4]), ""), "", "", 0)
    >>> [(t.status, t.ratio) for t in track([m("Target", "2019", 12000), m("Achieved", "2020", "12600")])]
    [('met', Decimal('1.050'))]
    >>> [t.status for t in track([m("Target", "2019", 12000), m("Achieved", "2019", "12600")])]
    ['no data']
    """
    achieved: dict[tuple[str, int | None], list[MeasureRecord]] = defaultdict(list)
    for r in records:
        if r.kind == "Achieved":
            achieved[(r.subject, r.year)].append(r)
    out = []
    for t in records:
        if t.kind != "Target":
            continue
        candidates = [a for a in achieved[(t.subject, t.year)] if _compatible(t, a)]
        exact = [a for a in candidates if a.key == t.key]
        near = [a for a in candidates if len(min(a.key, t.key, key=len)) >= 3 and (t.key in a.key or a.key in t.key)]
        pick = min(exact, key=lambda a: (a.document_order, a.start)) if exact else (near[0] if len(near) == 1 else None)
        if pick is None:
            out.append(TrackedTarget(t, None, Status.NO_DATA, None))
            continue
        ratio = (pick.value / t.value).quantize(Decimal("0.001")) if t.value else None
        out.append(TrackedTarget(t, pick, Status.MET if _met(t, pick.value) else Status.NOT_MET, ratio))
    return out


COLUMNS = ("subject", "year", "indicator", "target", "achieved", "ratio", "status", "planned_in", "reported_in",
           "section", "achieved_sentence")


def _amount(r: MeasureRecord) -> str:
    value = format_number(r.value)
    if r.max_value is not None:
        value += "–" + format_number(r.max_value)
    symbol = "" if r.comparator in (None, "Equal") else COMPARATOR_SYMBOLS.get(r.comparator, "")
    return f"{symbol}{value}{r.unit}"


def tracking_rows(tracked: list[TrackedTarget]) -> list[dict[str, str]]:
    """One flat dict per target, with the :data:`COLUMNS`."""
    rows = []
    for t in tracked:
        a = t.achieved
        rows.append({
            "subject": t.target.subject_label, "year": str(t.target.year or ""), "indicator": t.target.indicator,
            "target": _amount(t.target), "achieved": _amount(a) if a else "",
            "ratio": format(t.ratio.normalize(), "f") if t.ratio is not None else "", "status": t.status,
            "planned_in": t.target.document_title, "reported_in": a.document_title if a else "",
            "section": t.target.section, "achieved_sentence": a.sentence if a else "",
        })
    return rows


def format_tracking(tracked: list[TrackedTarget], fmt: str = "table") -> str:
    """The tracking table as aligned text (``table``) or CSV (``csv``, with a BOM for Excel)."""
    rows = tracking_rows(tracked)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return "\ufeff" + out.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}: table or csv")
    from xqgraph.store.results import aligned

    shown = ("subject", "year", "indicator", "target", "achieved", "ratio", "status", "reported_in")
    lines = aligned([list(shown)] + [[r[c] for c in shown] for r in rows])
    counts = {s: sum(t.status == s for t in tracked) for s in (Status.MET, Status.NOT_MET, Status.NO_DATA)}
    lines.append(f"{len(tracked)} targets: " + ", ".join(f"{n} {s}" for s, n in counts.items()))
    return "\n".join(lines) + "\n"


def overview_rows(records: list[MeasureRecord], tracked: list[TrackedTarget] | None = None) -> list[dict[str, str]]:
    """Every measure once, planned beside achieved, in document and text order: the rows of the targets view.

    A target carries the achieved figure :func:`track` found for it; an
    achieved figure that answers no target is a row of its own.  Each row has
    ``document``, ``section``, ``subject``, ``indicator``, ``year``,
    ``target``, ``achieved``, ``ratio`` and ``status`` (empty for a figure
    that was never a target).
    """
    tracked = track(records) if tracked is None else tracked
    by_target = {t.target.iri: t for t in tracked}
    answered = {t.achieved.iri for t in tracked if t.achieved is not None}
    rows = []
    for r in records:
        if r.kind == "Target":
            t = by_target[r.iri]
            rows.append({"document": r.document_title, "section": r.section, "subject": r.subject_label,
                         "indicator": r.indicator, "year": str(r.year or ""), "target": _amount(r),
                         "achieved": _amount(t.achieved) if t.achieved else "",
                         "ratio": format(t.ratio.normalize(), "f") if t.ratio is not None else "",
                         "status": t.status})
        elif r.iri not in answered:
            rows.append({"document": r.document_title, "section": r.section, "subject": r.subject_label,
                         "indicator": r.indicator, "year": str(r.year or ""), "target": "",
                         "achieved": _amount(r), "ratio": "", "status": ""})
    return rows
