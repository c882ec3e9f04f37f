"""The annotation guideline's scoring, read through the contract IRIs.

Entities, measures and relations are matched one-to-one against a gold file
(``*.gold.json``) and reported as precision, recall and F1; the numbers
agree with the reference scorer ``shared/tools/score.py`` (a test checks).
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from xqgraph.errors import GoldError
from xqgraph.rdf.namespaces import XQ_NS

__all__ = ["Evaluation", "PRF", "evaluate", "format_report", "load_gold", "norm"]

COARSE = ("Place", "Zone", "Project", "Organization", "Policy", "Event")
FINE = ("Province", "City", "District", "Town", "Subdistrict", "Village")
_STRIP = str.maketrans("", "", "“”‘’\"'《》「」『』 \t\r\n\u3000")
_KIND = {"Achieved": "achieved", "Target": "target"}
_COMPARATOR = {"Equal": "eq", "AtLeast": "ge", "AtMost": "le", "Approximately": "approx"}
_RELATIONS = ("locatedIn", "partOf", "pairedWith")


def norm(label: object) -> str:
    """Normalise a label for comparison: NFKC, no quotes, no white space."""
    return unicodedata.normalize("NFKC", str(label)).translate(_STRIP)


def _xq(name: str) -> URIRef:
    return URIRef(XQ_NS + name)


def _local(iri: object) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass(frozen=True)
class PRF:
    """Counts and precision, recall, F1 (rounded to 4 places)."""

    tp: int
    pred: int
    gold: int
    p: float
    r: float
    f1: float

    @classmethod
    def of(cls, tp: int, pred: int, gold: int, tp_recall: int | None = None) -> PRF:
        p = tp / pred if pred else (1.0 if not gold else 0.0)
        r = (tp if tp_recall is None else tp_recall) / gold if gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return cls(tp, pred, gold, round(p, 4), round(r, 4), round(f, 4))


@dataclass(frozen=True)
class Evaluation:
    """Scores of one graph against one gold document."""

    document: str | None
    entities: PRF
    entities_by_type: dict[str, PRF]
    place_fine_type_accuracy: float | None
    measures: PRF
    measures_full: PRF
    relations: PRF
    relations_per_predicate: dict[str, dict[str, int]]
    meta: dict[str, bool]
    missed_entities: list[str] = field(default_factory=list)
    false_entities: list[str] = field(default_factory=list)
    missed_measures: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary of every score and list."""
        return asdict(self)


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read a gold annotation file.

    Raises
    ------
    GoldError
        If the file is missing, not JSON, or lacks entities/measures/relations.
    """
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"{p}: cannot read gold file: {exc.strerror or exc}") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"{p}: not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}") from exc
    missing = [k for k in ("entities", "measures", "relations") if not isinstance(data, dict) or k not in data]
    if missing:
        raise GoldError(f"{p}: gold file lacks {', '.join(missing)} (see annotation/FORMAT.md)")
    return data


def _coarse_types(g: Graph) -> dict[URIRef, set[str]]:
    parents: dict[Any, set[Any]] = defaultdict(set)
    for c, p in g.subject_objects(RDFS.subClassOf):
        parents[c].add(p)
    for f in FINE:
        parents[_xq(f)].add(_xq("Place"))
    cache: dict[Any, set[str]] = {}

    def coarse(c: Any) -> set[str]:
        if c not in cache:
            seen, stack = set(), [c]
            while stack:
                x = stack.pop()
                if x not in seen:
                    seen.add(x)
                    stack.extend(parents.get(x, ()))
            cache[c] = {_local(x) for x in seen if str(x).startswith(XQ_NS) and _local(x) in COARSE}
        return cache[c]

    return coarse  # type: ignore[return-value]


def _labels(g: Graph, node: Any) -> list[str]:
    return [norm(o) for o in g.objects(node, RDFS.label)
            if isinstance(o, Literal) and (o.language is None or o.language.startswith("zh"))]


def _predicted_entities(g: Graph) -> dict[Any, dict[str, Any]]:
    coarse = _coarse_types(g)
    mentioned = set(g.objects(None, _xq("mentions")))
    out: dict[Any, dict[str, Any]] = {}
    for node, cls in g.subject_objects(RDF.type):
        types = coarse(cls)  # type: ignore[operator]
        if not types or (mentioned and node not in mentioned):
            continue
        rec = out.setdefault(node, {"labels": _labels(g, node), "types": set(), "fine": set()})
        rec["types"] |= types
        if _local(cls) in FINE:
            rec["fine"].add(_local(cls))
    return out


def _score_entities(g: Graph, gold: dict[str, Any]) -> tuple[PRF, dict[str, PRF], float | None,
                                                             list[str], list[str], dict[Any, int]]:
    pred, golds = _predicted_entities(g), gold["entities"]
    index: dict[str, list[int]] = defaultdict(list)
    for i, ge in enumerate(golds):
        for name in (ge["name"], *ge.get("aliases", [])):
            index[norm(name)].append(i)
    matched: dict[int, Any] = {}
    to_gold: dict[Any, int] = {}
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    optional_hits = fine_ok = fine_n = 0
    false: list[str] = []
    for node, rec in sorted(pred.items(), key=lambda kv: -max(map(len, kv[1]["labels"]), default=0)):
        hit = next((i for lab in rec["labels"] for i in index.get(lab, [])
                    if i not in matched and rec["types"] & set(golds[i]["types"])), None)
        if hit is None:
            for lab in rec["labels"]:
                for i in index.get(lab, []):
                    to_gold.setdefault(node, i)
            fp[sorted(rec["types"])[0] if rec["types"] else "?"] += 1
            false.append(f"{'/'.join(rec['labels']) or node} ({','.join(sorted(rec['types']))})")
            continue
        matched[hit], to_gold[node] = node, hit
        ge = golds[hit]
        if ge.get("optional"):
            optional_hits += 1
            continue
        tp[ge["types"][0]] += 1
        if ge.get("fine"):
            fine_n += 1
            fine_ok += ge["fine"] in rec["fine"]
    required = [i for i, ge in enumerate(golds) if not ge.get("optional")]
    by_type = Counter(golds[i]["types"][0] for i in required)
    overall = PRF.of(sum(tp.values()), len(pred) - optional_hits, len(required))
    per_type = {t: PRF.of(tp[t], tp[t] + fp[t], by_type[t]) for t in COARSE}
    missed = [golds[i]["name"] for i in required if i not in matched]
    return overall, per_type, (round(fine_ok / fine_n, 4) if fine_n else None), missed, false, to_gold


def _number(term: Any) -> float | None:
    if term is None:
        return None
    try:
        return float(term.toPython()) if isinstance(term, Literal) else float(str(term))
    except (TypeError, ValueError):
        try:
            return float(str(term))
        except ValueError:
            return None


def _predicted_measures(g: Graph) -> list[dict[str, Any]]:
    out = []
    for m in set(g.subjects(RDF.type, _xq("Measure"))):
        year = _number(g.value(m, _xq("year")))
        out.append({
            "value": _number(g.value(m, _xq("value"))),
            "unit": norm(g.value(m, _xq("unit")) or ""),
            "kind": _KIND.get(_local(g.value(m, _xq("kind")) or "")),
            "comparator": _COMPARATOR.get(_local(g.value(m, _xq("comparator")) or ""), "eq"),
            "indicator": str(g.value(m, _xq("indicator")) or ""),
            "year": int(year) if year is not None else None,
        })
    return out


def _same(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def _indicator_ok(pred: str, gold: str) -> bool:
    return not gold or 2 * sum((Counter(norm(pred)) & Counter(norm(gold))).values()) >= len(norm(gold))


def _score_measures(g: Graph, gold: dict[str, Any]) -> tuple[PRF, PRF, list[str]]:
    golds = gold["measures"]
    used: set[int] = set()
    strict = full = 0
    for p in _predicted_measures(g):
        cands = [i for i, gm in enumerate(golds) if i not in used and _same(p["value"], float(gm["value"]))
                 and p["unit"] == norm(gm["unit"]) and p["kind"] == gm["kind"]]
        exact = [i for i in cands if p["year"] == (int(golds[i]["year"]) if golds[i].get("year") is not None else None)
                 and p["comparator"] == golds[i].get("comparator", "eq")
                 and _indicator_ok(p["indicator"], golds[i].get("indicator", ""))]
        if exact or cands:
            used.add((exact or cands)[0])
            strict += 1
            full += bool(exact)
    n_pred = len(_predicted_measures(g))
    missed = [gm["text"] for i, gm in enumerate(golds) if i not in used]
    return PRF.of(strict, n_pred, len(golds)), PRF.of(full, n_pred, len(golds)), missed


def _closure(edges: set[tuple[str, str]], predicate: str) -> set[tuple[str, str]]:
    if predicate == "pairedWith":
        return edges | {(t, h) for h, t in edges}
    succ: dict[str, set[str]] = defaultdict(set)
    for h, t in edges:
        succ[h].add(t)
    out = set()
    for h in list(succ):
        seen: set[str] = set()
        stack = list(succ[h])
        while stack:
            t = stack.pop()
            if t not in seen:
                seen.add(t)
                out.add((h, t))
                stack.extend(succ.get(t, ()))
    return out


def _score_relations(g: Graph, gold: dict[str, Any], to_gold: dict[Any, int]) -> tuple[PRF, dict[str, dict[str, int]]]:
    names = [ge["name"] for ge in gold["entities"]]
    canon = {norm(n): ge["name"] for ge in gold["entities"] for n in (ge["name"], *ge.get("aliases", []))}

    def name_of(node: Any) -> str:
        if node in to_gold:
            return names[to_gold[node]]
        return next((canon[lab] for lab in _labels(g, node) if lab in canon), f"?{node}")

    ok_p = n_p = ok_r = n_r = 0
    per: dict[str, dict[str, int]] = {}
    for rel in _RELATIONS:
        pred = {(name_of(h), name_of(t)) for h, t in g.subject_objects(_xq(rel))}
        gold_edges = {(r["head"], r["tail"]) for r in gold["relations"] if r["predicate"] == rel}
        gc, pc = _closure(gold_edges, rel), _closure(pred, rel)
        p_ok = sum(e in gc or e in gold_edges for e in pred)
        r_ok = sum(e in pc or e in pred for e in gold_edges)
        per[rel] = {"precision_ok": p_ok, "pred": len(pred), "recall_ok": r_ok, "gold": len(gold_edges)}
        ok_p, n_p, ok_r, n_r = ok_p + p_ok, n_p + len(pred), ok_r + r_ok, n_r + len(gold_edges)
    return PRF.of(ok_p, n_p, n_r, tp_recall=ok_r), per


def _score_meta(g: Graph, gold: dict[str, Any]) -> dict[str, bool]:
    meta = gold.get("meta") or {}
    docs = set(g.subjects(RDF.type, _xq("Document")))
    props = {"title": DCTERMS.title, "issued": DCTERMS.issued, "documentNumber": _xq("documentNumber")}
    return {key: norm(meta[key]) in {norm(v) for d in docs for v in g.objects(d, prop)}
            for key, prop in props.items() if meta.get(key)}


def evaluate(graph: Graph, gold: dict[str, Any]) -> Evaluation:
    """Score *graph* against a *gold* annotation (as read by :func:`load_gold`)."""
    ents, per_type, fine, missed, false, to_gold = _score_entities(graph, gold)
    strict, full, missed_m = _score_measures(graph, gold)
    rel, per_rel = _score_relations(graph, gold, to_gold)
    return Evaluation(gold.get("document"), ents, per_type, fine, strict, full, rel, per_rel,
                      _score_meta(graph, gold), missed, false, missed_m)


def _join(items: Iterable[str], sep: str, n: int) -> str:
    return sep.join(list(items)[:n])


def format_report(ev: Evaluation, *, show: int = 15) -> str:
    """A readable report ending in the reference scorer's SUMMARY line."""
    lines = [f"document {ev.document}"]
    for t in COARSE:
        s = ev.entities_by_type[t]
        lines.append(f"  {t:<13} P {s.p:.3f}  R {s.r:.3f}  F1 {s.f1:.3f}  (tp {s.tp}, pred {s.pred}, gold {s.gold})")
    lines.append(f"  place fine-type accuracy: {ev.place_fine_type_accuracy}")
    m, mf, r = ev.measures, ev.measures_full, ev.relations
    lines.append(f"  measures strict (value+unit+kind): P {m.p:.3f} R {m.r:.3f} F1 {m.f1:.3f}")
    lines.append(f"  measures full (+year, comparator, indicator): F1 {mf.f1:.3f}")
    lines.append(f"  relations: P {r.p:.3f} R {r.r:.3f} F1 {r.f1:.3f}  {ev.relations_per_predicate}")
    lines.append(f"  metadata: {ev.meta}")
    if ev.missed_entities:
        lines.append(f"  missed entities ({len(ev.missed_entities)}): {_join(ev.missed_entities, ', ', show)}")
    if ev.false_entities:
        lines.append(f"  false entities ({len(ev.false_entities)}): {_join(ev.false_entities, ', ', show)}")
    if ev.missed_measures:
        lines.append(f"  missed measures ({len(ev.missed_measures)}): {_join(ev.missed_measures, ' | ', show)}")
    lines.append(f"SUMMARY entities F1 {ev.entities.f1:.3f} · measures F1 {m.f1:.3f} (full {mf.f1:.3f}) · "
                 f"relations F1 {r.f1:.3f}")
    return "\n".join(lines)
