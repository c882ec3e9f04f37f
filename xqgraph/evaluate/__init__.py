"""Evaluate: score an exported graph against a gold annotation, as the guideline says.

See :mod:`xqgraph.evaluate.score`; its numbers agree with the reference scorer
``shared/tools/score.py``.
"""

from xqgraph.evaluate.score import (
    PRF,
    EdgeCounts,
    Evaluation,
    RelationScores,
    evaluate,
    format_report,
    load_gold,
    norm,
)

__all__ = [
    "EdgeCounts",
    "Evaluation",
    "PRF",
    "RelationScores",
    "evaluate",
    "format_report",
    "load_gold",
    "norm",
]
