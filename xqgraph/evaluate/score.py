"""Score an exported graph against a gold annotation, as the guideline says.

``annotation/GUIDELINE.md`` (section "Scoring") matches the entities,
measures and relations of a graph one-to-one against a hand-made gold file
(``*.gold.json``, laid out in ``annotation/FORMAT.md``) and reports precision,
recall and F1. The graph is read only through the contract terms in the
``xq:`` namespace, so any graph that follows the contract can be scored, not
only xqgraph's own. The numbers agree with the reference scorer
``shared/tools/score.py``; ``tests/evaluate`` checks that they do.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, RDF, RDFS
from rdflib.term import Node

from xqgraph.evaluate.gold import check_gold, load_gold
from xqgraph.evaluate.results import PRF, EdgeCounts, Evaluation, RelationScores
from xqgraph.rdf.namespaces import XQ_NS

__all__ = [
    "COARSE_TYPES",
    "FINE_PLACE_TYPES",
    "RELATION_PREDICATES",
    "PRF",
    "EdgeCounts",
    "RelationScores",
    "Evaluation",
    "norm",
    "load_gold",
    "evaluate",
    "format_report",
]

COARSE_TYPES = ("Place", "Zone", "Project", "Organization", "Policy", "Event")
FINE_PLACE_TYPES = ("Province", "City", "District", "Town", "Subdistrict", "Village")
RELATION_PREDICATES = ("locatedIn", "partOf", "pairedWith")

_XQ = Namespace(XQ_NS)
_IGNORED_IN_LABELS = dict.fromkeys(map(ord, "“”‘’\"'《》「」『』 \t\r\n\u3000"))
_KIND_NAMES = {"Achieved": "achieved", "Target": "target"}
_COMPARATOR_NAMES = {"Equal": "eq", "AtLeast": "ge", "AtMost": "le", "Approximately": "approx"}
_TOLERANCE = 1e-9

# ---------------------------------------------------------------- small helpers


def norm(label: object) -> str:
    """Normalise a label for comparison: NFKC, then drop quotes and white space.

    Examples
    --------
    >>> norm("“杨柳青镇” "), norm("《乡村振兴战略》"), norm("３０．７％")
    ('杨柳青镇', '乡村振兴战略', '30.7%')
    """
    return unicodedata.normalize("NFKC", str(label)).translate(_IGNORED_IN_LABELS)


def _local_name(term: object) -> str:
    """Last segment of an IRI after ``#`` or ``/`` (a literal is its own text)."""
    return str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _contract_type(term: Node) -> str | None:
    """The coarse type an ``xq:`` class IRI names, or ``None``."""
    name = _local_name(term)
    return name if str(term).startswith(XQ_NS) and name in COARSE_TYPES else None


def _as_float(term: Node | None) -> float | None:
    """Numeric value of a literal (typed or plain text), ``None`` if it has none."""
    if not isinstance(term, Literal):
        return None
    try:
        return float(term.toPython())
    except (TypeError, ValueError):
        try:
            return float(str(term))
        except ValueError:
            return None


def _reachable(start: Hashable, successors: Mapping[Any, Iterable[Any]]) -> set[Any]:
    """``start`` and every node reachable from it by following ``successors``."""
    seen, todo = {start}, [start]
    while todo:
        for nxt in successors.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


# ---------------------------------------------------------------- entities


@dataclass
class _Candidate:
    """A predicted entity: a node typed with a contract class (or a subclass)."""

    node: Node
    labels: list[str]
    types: set[str] = field(default_factory=set)
    fine: set[str] = field(default_factory=set)

    @property
    def longest(self) -> int:
        return max(map(len, self.labels), default=0)

    def describe(self) -> str:
        return f"{'/'.join(self.labels) or self.node} ({','.join(sorted(self.types))})"


@dataclass
class _EntityMatch:
    """Outcome of matching the candidates against the gold entities."""

    overall: PRF
    by_type: dict[str, PRF]
    fine_correct: int
    fine_checked: int
    missed: list[str]
    false: list[str]
    gold_of: dict[Node, int]


def _zh_labels(graph: Graph, node: Node) -> list[str]:
    """Normalised ``rdfs:label`` literals of a node tagged ``zh*`` or untagged."""
    return [
        norm(label)
        for label in graph.objects(node, RDFS.label)
        if isinstance(label, Literal) and (label.language is None or label.language.startswith("zh"))
    ]


def _coarse_typer(graph: Graph) -> Callable[[Node], frozenset[str]]:
    """Map a class to the coarse types above it (``rdfs:subClassOf``, fine places under Place)."""
    parents: defaultdict[Node, set[Node]] = defaultdict(set)
    for sub, sup in graph.subject_objects(RDFS.subClassOf):
        parents[sub].add(sup)
    for fine in FINE_PLACE_TYPES:
        parents[_XQ[fine]].add(_XQ.Place)
    known: dict[Node, frozenset[str]] = {}

    def coarse(cls: Node) -> frozenset[str]:
        if cls not in known:
            known[cls] = frozenset(filter(None, map(_contract_type, _reachable(cls, parents))))
        return known[cls]

    return coarse


def _candidates(graph: Graph) -> list[_Candidate]:
    """Typed nodes in the graph's order, restricted to mentioned ones when the graph has mentions."""
    coarse = _coarse_typer(graph)
    mentioned = set(graph.objects(None, _XQ.mentions))
    found: dict[Node, _Candidate] = {}
    for node, cls in graph.subject_objects(RDF.type):
        types = coarse(cls)
        if not types or (mentioned and node not in mentioned):
            continue
        cand = found.setdefault(node, _Candidate(node, _zh_labels(graph, node)))
        cand.types |= types
        if _local_name(cls) in FINE_PLACE_TYPES:
            cand.fine.add(_local_name(cls))
    return list(found.values())


def _name_index(gold_entities: list[dict[str, Any]]) -> dict[str, list[int]]:
    """Normalised name or alias -> indices of the gold entities it names, in gold order."""
    index: defaultdict[str, list[int]] = defaultdict(list)
    for i, entity in enumerate(gold_entities):
        for name in (entity["name"], *entity.get("aliases", [])):
            index[norm(name)].append(i)
    return index


def _match_entities(candidates: list[_Candidate], gold_entities: list[dict[str, Any]]) -> _EntityMatch:
    """Greedy one-to-one matching, longest label first; optional gold entities neither gain nor cost."""
    index = _name_index(gold_entities)
    taken: set[int] = set()
    gold_of: dict[Node, int] = {}
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    optional_hits = fine_checked = fine_correct = 0
    false: list[str] = []
    for cand in sorted(candidates, key=lambda c: c.longest, reverse=True):  # stable: ties keep graph order
        named = [i for label in cand.labels for i in index.get(label, ())]
        hit = next((i for i in named if i not in taken and cand.types & set(gold_entities[i]["types"])), None)
        if hit is None:
            if named:  # a second node for a matched entity, or the wrong type: still usable for relations
                gold_of[cand.node] = named[0]
            fp[min(cand.types)] += 1
            false.append(cand.describe())
            continue
        taken.add(hit)
        gold_of[cand.node] = hit
        entity = gold_entities[hit]
        if entity.get("optional"):
            optional_hits += 1
            continue
        tp[entity["types"][0]] += 1
        if entity.get("fine"):
            fine_checked += 1
            fine_correct += entity["fine"] in cand.fine
    required = [e for e in gold_entities if not e.get("optional")]
    expected = Counter(e["types"][0] for e in required)
    return _EntityMatch(
        overall=PRF(sum(tp.values()), len(candidates) - optional_hits, len(required)),
        by_type={t: PRF(tp[t], tp[t] + fp[t], expected[t]) for t in COARSE_TYPES},
        fine_correct=fine_correct,
        fine_checked=fine_checked,
        missed=[gold_entities[i]["name"] for i, e in enumerate(gold_entities)
                if not e.get("optional") and i not in taken],
        false=false,
        gold_of=gold_of,
    )


# ---------------------------------------------------------------- measures


@dataclass(frozen=True)
class _Quantity:
    """A predicted ``xq:Measure`` reduced to the fields the guideline compares."""

    value: float | None
    unit: str
    kind: str | None
    year: int | None
    comparator: str
    indicator: str


def _quantities(graph: Graph) -> list[_Quantity]:
    """Read every measure; a missing comparator means ``eq``."""
    out = []
    # A set, as in the reference scorer: with several equally good gold
    # candidates the greedy choice follows this (hash) order there too.
    for m in set(graph.subjects(RDF.type, _XQ.Measure)):
        year = _as_float(graph.value(m, _XQ.year))
        out.append(_Quantity(
            value=_as_float(graph.value(m, _XQ.value)),
            unit=norm(graph.value(m, _XQ.unit) or ""),
            kind=_KIND_NAMES.get(_local_name(graph.value(m, _XQ.kind) or "")),
            year=int(year) if year is not None and math.isfinite(year) else None,
            comparator=_COMPARATOR_NAMES.get(_local_name(graph.value(m, _XQ.comparator) or ""), "eq"),
            indicator=str(graph.value(m, _XQ.indicator) or ""),
        ))
    return out


def _same_quantity(q: _Quantity, gold: dict[str, Any]) -> bool:
    """Value (relative tolerance), unit and kind agree."""
    if q.value is None:
        return False
    target = float(gold["value"])
    close = abs(q.value - target) <= _TOLERANCE * max(abs(q.value), abs(target), 1.0)
    return close and q.unit == norm(gold["unit"]) and q.kind == gold["kind"]


def _indicator_overlaps(predicted: str, gold: str | None) -> bool:
    """At least half of the gold indicator's characters occur in the prediction."""
    if not gold:
        return True
    shared = Counter(norm(predicted)) & Counter(norm(gold))
    return 2 * sum(shared.values()) >= len(norm(gold))


def _same_context(q: _Quantity, gold: dict[str, Any]) -> bool:
    """Year, comparator and indicator agree as well."""
    year = int(gold["year"]) if gold.get("year") is not None else None
    return (q.year == year and q.comparator == gold.get("comparator", "eq")
            and _indicator_overlaps(q.indicator, gold.get("indicator", "")))


def _match_measures(quantities: list[_Quantity], gold_measures: list[dict[str, Any]]) -> tuple[PRF, PRF, list[str]]:
    """Greedy one-to-one matching; a prediction prefers a gold measure it fully agrees with."""
    used: set[int] = set()
    strict = full = 0
    for q in quantities:
        open_ = [i for i, gm in enumerate(gold_measures) if i not in used and _same_quantity(q, gm)]
        exact = [i for i in open_ if _same_context(q, gold_measures[i])]
        if open_:
            used.add((exact or open_)[0])
            strict += 1
            full += bool(exact)
    missed = [gm["text"] for i, gm in enumerate(gold_measures) if i not in used]
    n_pred, n_gold = len(quantities), len(gold_measures)
    return PRF(strict, n_pred, n_gold), PRF(full, n_pred, n_gold), missed


# ---------------------------------------------------------------- relations and metadata


def _implied(edges: set[tuple[str, str]], predicate: str) -> set[tuple[str, str]]:
    """Edges that ``edges`` imply: both directions for pairedWith, else the transitive closure."""
    if predicate == "pairedWith":
        return edges | {(tail, head) for head, tail in edges}
    successors: defaultdict[str, set[str]] = defaultdict(set)
    for head, tail in edges:
        successors[head].add(tail)
    return {(head, far) for head in list(successors) for near in successors[head]
            for far in _reachable(near, successors)}


def _edge_namer(graph: Graph, gold: dict[str, Any], gold_of: dict[Node, int]) -> Callable[[Node], str]:
    """Name an edge end by its matched gold entity, else by a label or alias, else ``?<node>``."""
    names = [entity["name"] for entity in gold["entities"]]
    canonical = {norm(alias): entity["name"]
                 for entity in gold["entities"] for alias in (entity["name"], *entity.get("aliases", []))}

    def name(node: Node) -> str:
        if node in gold_of:
            return names[gold_of[node]]
        return next((canonical[label] for label in _zh_labels(graph, node) if label in canonical), f"?{node}")

    return name


def _score_relations(graph: Graph, gold: dict[str, Any], gold_of: dict[Node, int]) -> RelationScores:
    name = _edge_namer(graph, gold, gold_of)
    per: dict[str, EdgeCounts] = {}
    for predicate in RELATION_PREDICATES:
        predicted = {(name(h), name(t)) for h, t in graph.subject_objects(_XQ[predicate])}
        expected = {(r["head"], r["tail"]) for r in gold["relations"] if r["predicate"] == predicate}
        per[predicate] = EdgeCounts(
            precision_ok=len(predicted & (_implied(expected, predicate) | expected)),
            pred=len(predicted),
            recall_ok=len(expected & (_implied(predicted, predicate) | predicted)),
            gold=len(expected),
        )
    return RelationScores(per)


_META_PROPERTIES = (("title", DCTERMS.title), ("issued", DCTERMS.issued), ("documentNumber", _XQ.documentNumber))


def _check_metadata(graph: Graph, gold: dict[str, Any]) -> dict[str, bool]:
    """For each metadata field the gold gives, whether some ``xq:Document`` states it."""
    meta = gold.get("meta") or {}
    documents = set(graph.subjects(RDF.type, _XQ.Document))
    return {
        key: norm(meta[key]) in {norm(v) for d in documents for v in graph.objects(d, prop)}
        for key, prop in _META_PROPERTIES
        if meta.get(key)
    }


# ---------------------------------------------------------------- public entry points


def evaluate(graph: Graph, gold: dict[str, Any]) -> Evaluation:
    """Score a graph against a gold annotation.

    Parameters
    ----------
    graph : rdflib.Graph
        An exported graph following the guideline's contract.
    gold : dict
        A gold annotation, as :func:`load_gold` returns it.

    Returns
    -------
    Evaluation
        Entity, measure and relation scores, metadata checks and the misses.

    Raises
    ------
    GoldError
        If ``gold`` lacks a key or value the format requires.

    Examples
    --------
    >>> g = Graph().parse(format="turtle", data='''
    ...     @prefix xq: <https://w3id.org/xqgraph/ontology#> .
    ...     @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ...     <urn:x:a> a xq:Town ; rdfs:label "杨柳青镇"@zh ; xq:locatedIn <urn:x:b> .
    ...     <urn:x:b> a xq:District ; rdfs:label "西青区"@zh .''')
    >>> gold = {"entities": [{"name": "杨柳青镇", "types": ["Place"]}, {"name": "天津市", "types": ["Place"]}],
    ...         "measures": [], "relations": []}
    >>> ev = evaluate(g, gold)
    >>> ev.entities, ev.entities.f1, ev.relations.p
    (PRF(tp=1, pred=2, gold=2), 0.5, 0.0)
    """
    check_gold(gold, "gold annotation")
    entities = _match_entities(_candidates(graph), gold["entities"])
    strict, full, missed_measures = _match_measures(_quantities(graph), gold["measures"])
    return Evaluation(
        document=gold.get("document"),
        entities=entities.overall,
        entities_by_type=entities.by_type,
        place_fine_correct=entities.fine_correct,
        place_fine_checked=entities.fine_checked,
        measures=strict,
        measures_full=full,
        relations=_score_relations(graph, gold, entities.gold_of),
        metadata=_check_metadata(graph, gold),
        missed_entities=entities.missed,
        false_entities=entities.false,
        missed_measures=missed_measures,
    )


def _scores(s: PRF | RelationScores) -> str:
    return f"P {s.p:.3f}  R {s.r:.3f}  F1 {s.f1:.3f}"


def _listing(title: str, items: list[str], sep: str, show: int) -> list[str]:
    return [f"{title} ({len(items)}): {sep.join(items[:show])}"] if items else []


def _grouped(title: str, items: list[str], type_of: Callable[[str], str], show: int) -> list[str]:
    """List items under their entity type: what to work on, type by type."""
    groups: dict[str, list[str]] = defaultdict(list)
    for item in items:
        groups[type_of(item)].append(item)
    lines = []
    for t in sorted(groups, key=lambda t: (COARSE_TYPES.index(t) if t in COARSE_TYPES else 99, t)):
        lines += _listing(f"{title} {t}", groups[t], ", ", show)
    return lines


def format_report(ev: Evaluation, show: int = 15, *, gold: dict[str, Any] | None = None) -> str:
    """Render an evaluation as text ending in the reference scorer's SUMMARY line.

    Parameters
    ----------
    ev : Evaluation
        The scores to render.
    show : int, default 15
        How many missed and false items to list in each group.
    gold : dict, optional
        The gold annotation; given, missed and false entities are listed by type.

    Returns
    -------
    str
        The report; its last line is
        ``SUMMARY entities F1 … · measures F1 … (full …) · relations F1 …``.

    Examples
    --------
    >>> ev = evaluate(Graph(), {"entities": [], "measures": [], "relations": []})
    >>> format_report(ev).splitlines()[-1]
    'SUMMARY entities F1 1.000 · measures F1 1.000 (full 1.000) · relations F1 1.000'
    """
    e, m, mf, r = ev.entities, ev.measures, ev.measures_full, ev.relations
    lines = [f"document {ev.document}", f"entities       {_scores(e)}  (tp {e.tp}, pred {e.pred}, gold {e.gold})"]
    lines += [f"  {t:<13}{_scores(s)}  (tp {s.tp}, pred {s.pred}, gold {s.gold})"
              for t, s in ev.entities_by_type.items()]
    accuracy = ev.place_fine_type_accuracy
    lines.append("place fine types: none to check" if accuracy is None else
                 f"place fine types: {accuracy:.3f} ({ev.place_fine_correct} of {ev.place_fine_checked})")
    lines.append(f"measures       {_scores(m)}  (value+unit+kind; tp {m.tp}, pred {m.pred}, gold {m.gold})")
    lines.append(f"  full         {_scores(mf)}  (+year, comparator, indicator; tp {mf.tp})")
    lines.append(f"relations      {_scores(r)}")
    lines += [f"  {name:<13}{c.precision_ok} of {c.pred} predicted implied, {c.recall_ok} of {c.gold} gold implied"
              for name, c in r.per_predicate.items()]
    checks = ", ".join(f"{key} {'ok' if ok else 'MISSING'}" for key, ok in ev.metadata.items())
    lines.append(f"metadata: {checks or 'nothing to check'}")
    if gold is None:
        lines += _listing("missed entities", ev.missed_entities, ", ", show)
        lines += _listing("false entities", ev.false_entities, ", ", show)
    else:
        gold_type = {g["name"]: g["types"][0] for g in gold.get("entities", [])}
        lines += _grouped("missed", ev.missed_entities, lambda n: gold_type.get(n, "?"), show)
        lines += _grouped("false", ev.false_entities,
                          lambda f: f.rsplit("(", 1)[-1].rstrip(")").split(",")[0] if "(" in f else "?", show)
    lines += _listing("missed measures", ev.missed_measures, " | ", show)
    lines.append(f"SUMMARY entities F1 {e.f1:.3f} · measures F1 {m.f1:.3f} (full {mf.f1:.3f}) · "
                 f"relations F1 {r.f1:.3f}")
    return "\n".join(lines)

