"""Shared fixtures: the example document, a pipeline, a built graph directory."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "xiqing-2018-plan.txt"
GOLD = DATA / "xiqing-2018-plan.gold.json"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def require_tool(name: str) -> str:
    """Path of an external tool; fail under CI=true, else skip, when it is missing."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CI") == "true":
        pytest.fail(f"{name} is required under CI; .ci/run installs it")
    pytest.skip(f"{name} not installed")


def reference_scorer() -> Path:
    """shared/tools/score.py beside the repository; fail under CI=true, else skip, when absent."""
    score = SHARED / "tools" / "score.py"
    if score.is_file():
        return score
    if os.environ.get("CI") == "true":
        pytest.fail(f"{score} is required under CI (CI lays shared/ beside the clone)")
    pytest.skip("shared/tools/score.py not beside the repository")


@pytest.fixture(scope="session", autouse=True)
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    os.environ.setdefault("XQGRAPH_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    # builds record their time; fix it as reproducible builds do, so that two builds compare byte for byte
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1516233600")


@pytest.fixture(scope="session")
def pipeline():
    from xqgraph.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def example_result(pipeline):
    return pipeline.run_file(EXAMPLE)


@pytest.fixture(scope="session")
def built_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from xqgraph.build import build_graph

    out = tmp_path_factory.mktemp("out")
    report = build_graph([EXAMPLE], out)
    assert report.ok, report.failures
    return out
