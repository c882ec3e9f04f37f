"""xqgraph: knowledge graphs from Chinese policy documents.

The library runs without the CLI::

    from xqgraph import Pipeline
    result = Pipeline().run_file("examples/xiqing-2018-plan.txt")
    result.graph.serialize("graph.ttl", format="turtle")

Importing xqgraph does no I/O; the jieba dictionary and the gazetteer load
when a :class:`Pipeline` is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Pipeline", "DocumentResult", "__version__"]

if TYPE_CHECKING:
    from xqgraph.pipeline import DocumentResult, Pipeline


def __getattr__(name: str) -> Any:
    if name in ("Pipeline", "DocumentResult"):
        from xqgraph import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'xqgraph' has no attribute {name!r}")
