"""Every example in a public docstring runs (numpydoc Examples sections)."""

import doctest
import importlib
import pkgutil

import pytest

import xqgraph

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(xqgraph.__path__, "xqgraph.")
    if not m.name.startswith(("xqgraph.cli", "xqgraph.__main__"))
)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
