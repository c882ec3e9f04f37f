"""Result records of an evaluation: precision, recall, F1 and what was missed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["PRF", "EdgeCounts", "RelationScores", "Evaluation"]

_DIGITS = 4


def _share(part: int, whole: int, empty: float) -> float:
    return part / whole if whole else empty


def _harmonic_mean(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------- result types


@dataclass(frozen=True)
class PRF:
    """Counts of one matching and its precision, recall and F1.

    Attributes
    ----------
    tp : int
        Predictions matched to a gold item.
    pred : int
        Predictions scored.
    gold : int
        Gold items to find.

    Notes
    -----
    Nothing predicted and nothing to find scores 1.0 throughout; nothing to
    find gives recall 1.0. Scores are rounded to four places, as in the
    reference scorer.

    Examples
    --------
    >>> s = PRF(tp=2, pred=3, gold=4)
    >>> s.p, s.r, s.f1
    (0.6667, 0.5, 0.5714)
    """

    tp: int
    pred: int
    gold: int

    @property
    def p(self) -> float:
        """Precision: matched share of the predictions."""
        return round(self._precision(), _DIGITS)

    @property
    def r(self) -> float:
        """Recall: found share of the gold items."""
        return round(self._recall(), _DIGITS)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return round(_harmonic_mean(self._precision(), self._recall()), _DIGITS)

    def _precision(self) -> float:
        return _share(self.tp, self.pred, 0.0 if self.gold else 1.0)

    def _recall(self) -> float:
        return _share(self.tp, self.gold, 1.0)

    def to_dict(self) -> dict[str, Any]:
        """Counts and rounded scores under the reference scorer's keys."""
        return {"tp": self.tp, "pred": self.pred, "gold": self.gold, "p": self.p, "r": self.r, "f1": self.f1}


@dataclass(frozen=True)
class EdgeCounts:
    """Edges of one relation predicate, compared in both directions.

    Attributes
    ----------
    precision_ok : int
        Predicted edges that the gold edges imply.
    pred : int
        Distinct predicted edges.
    recall_ok : int
        Gold edges that the predicted edges imply.
    gold : int
        Gold edges.
    """

    precision_ok: int
    pred: int
    recall_ok: int
    gold: int

    def to_dict(self) -> dict[str, int]:
        """The four counts under the reference scorer's keys."""
        return {"precision_ok": self.precision_ok, "pred": self.pred, "recall_ok": self.recall_ok, "gold": self.gold}


@dataclass(frozen=True)
class RelationScores:
    """Relation precision, recall and F1 pooled over the predicates.

    Attributes
    ----------
    per_predicate : dict of str to EdgeCounts
        Counts for ``locatedIn``, ``partOf`` and ``pairedWith``.
    """

    per_predicate: dict[str, EdgeCounts]

    def _totals(self) -> tuple[float, float]:
        counts = self.per_predicate.values()
        pred, gold = sum(c.pred for c in counts), sum(c.gold for c in counts)
        p = _share(sum(c.precision_ok for c in counts), pred, 0.0 if gold else 1.0)
        return p, _share(sum(c.recall_ok for c in counts), gold, 1.0)

    @property
    def p(self) -> float:
        """Share of predicted edges implied by the gold edges."""
        return round(self._totals()[0], _DIGITS)

    @property
    def r(self) -> float:
        """Share of gold edges implied by the predicted edges."""
        return round(self._totals()[1], _DIGITS)

    @property
    def f1(self) -> float:
        """Harmonic mean of :attr:`p` and :attr:`r` (before rounding)."""
        return round(_harmonic_mean(*self._totals()), _DIGITS)

    def to_dict(self) -> dict[str, Any]:
        """Scores and per-predicate counts under the reference scorer's keys."""
        per = {name: counts.to_dict() for name, counts in self.per_predicate.items()}
        return {"p": self.p, "r": self.r, "f1": self.f1, "per": per}


@dataclass(frozen=True)
class Evaluation:
    """Every score of one graph against one gold document.

    Attributes
    ----------
    document : str or None
        The gold file's ``document`` id.
    entities, measures, measures_full : PRF
        Entities; measures on value, unit and kind; measures also on year,
        comparator and indicator.
    entities_by_type : dict of str to PRF
        Entities per coarse type (gold entities count under their first type).
    place_fine_correct, place_fine_checked : int
        Matched places whose gold fine type the prediction has, of those with one.
    relations : RelationScores
        Relation edges, closed transitively or symmetrically.
    metadata : dict of str to bool
        Whether the graph's documents state the gold title, issued date and
        document number (only those the gold file gives).
    missed_entities, false_entities, missed_measures : list of str
        Gold names not found, predictions matching nothing, gold measure texts
        not found.
    """

    document: str | None
    entities: PRF
    entities_by_type: dict[str, PRF]
    place_fine_correct: int
    place_fine_checked: int
    measures: PRF
    measures_full: PRF
    relations: RelationScores
    metadata: dict[str, bool]
    missed_entities: list[str] = field(default_factory=list)
    false_entities: list[str] = field(default_factory=list)
    missed_measures: list[str] = field(default_factory=list)

    @property
    def place_fine_type_accuracy(self) -> float | None:
        """Share of checked places with the right fine type; ``None`` if none was checked."""
        if not self.place_fine_checked:
            return None
        return round(self.place_fine_correct / self.place_fine_checked, _DIGITS)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary laid out like the reference scorer's ``--json`` output."""
        return {
            "document": self.document,
            "entities": self.entities.to_dict(),
            "entities_by_type": {t: s.to_dict() for t, s in self.entities_by_type.items()},
            "place_fine_type_accuracy": self.place_fine_type_accuracy,
            "measures": self.measures.to_dict(),
            "measures_full": self.measures_full.to_dict(),
            "relations": self.relations.to_dict(),
            "meta": dict(self.metadata),
            "missed_entities": list(self.missed_entities),
            "false_entities": list(self.false_entities),
            "missed_measures": list(self.missed_measures),
        }


