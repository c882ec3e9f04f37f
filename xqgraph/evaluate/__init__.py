"""Evaluate: score a graph against a gold annotation, as the guideline says."""

from xqgraph.evaluate.score import Evaluation, evaluate, format_report, load_gold

__all__ = ["Evaluation", "evaluate", "format_report", "load_gold"]
