"""Gold annotation files (``*.gold.json``, laid out in ``annotation/FORMAT.md``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from xqgraph.errors import GoldError

__all__ = ["load_gold", "check_gold"]


# ---------------------------------------------------------------- gold files

_ITEM_KEYS = {
    "entities": ("name", "types"),
    "measures": ("text", "value", "unit", "kind"),
    "relations": ("head", "predicate", "tail"),
}


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read and check a gold annotation file (``*.gold.json``).

    Parameters
    ----------
    path : str or pathlib.Path
        The gold file, UTF-8 JSON as described in ``annotation/FORMAT.md``.

    Returns
    -------
    dict
        The gold annotation, ready for :func:`evaluate`.

    Raises
    ------
    GoldError
        If the file is missing or unreadable, is not JSON, or lacks a key or
        value the format requires; the message names the file and the problem.

    Examples
    --------
    >>> load_gold("no-such.gold.json")
    Traceback (most recent call last):
    ...
    xqgraph.errors.GoldError: no-such.gold.json: cannot read gold file: no such file
    """
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GoldError(f"{source}: cannot read gold file: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{source}: cannot read gold file: {exc}") from exc
    try:
        gold = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GoldError(f"{source}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    check_gold(gold, str(source))
    return gold


def check_gold(gold: object, source: str) -> None:
    """Raise :class:`GoldError` unless ``gold`` follows FORMAT.md closely enough to score."""
    if not isinstance(gold, dict):
        raise GoldError(f"{source}: a gold file holds one JSON object, not {type(gold).__name__}")
    missing = [key for key in _ITEM_KEYS if key not in gold]
    if missing:
        raise GoldError(f"{source}: gold file lacks {', '.join(missing)} (see annotation/FORMAT.md)")
    if not isinstance(gold.get("meta") or {}, dict):
        raise GoldError(f"{source}: 'meta' must be an object")
    for section, keys in _ITEM_KEYS.items():
        items = gold[section]
        if not isinstance(items, list):
            raise GoldError(f"{source}: '{section}' must be a list")
        for i, item in enumerate(items):
            where = f"{source}: {section}[{i}]"
            if not isinstance(item, dict):
                raise GoldError(f"{where} must be an object")
            lacking = [key for key in keys if key not in item]
            if lacking:
                raise GoldError(f"{where} lacks {', '.join(map(repr, lacking))}")
            problem = _item_problem(section, item)
            if problem:
                raise GoldError(f"{where}: {problem}")


def _item_problem(section: str, item: dict[str, Any]) -> str | None:
    """What is wrong with the values of one gold item, or ``None``."""
    if section == "entities":
        if not isinstance(item["name"], str) or not item["name"]:
            return "'name' must be a non-empty string"
        types = item["types"]
        if not isinstance(types, list) or not types or not all(isinstance(t, str) for t in types):
            return "'types' must be a non-empty list of type names"
        if not isinstance(item.get("aliases", []), list):
            return "'aliases' must be a list"
    elif section == "measures":
        if isinstance(item["value"], bool) or not isinstance(item["value"], int | float):
            return "'value' must be a number"
        if item.get("year") is not None and (isinstance(item["year"], bool) or not isinstance(item["year"], int)):
            return "'year' must be an integer or null"
    elif not all(isinstance(item[key], str) for key in _ITEM_KEYS["relations"]):
        return "'head', 'predicate' and 'tail' must be strings"
    return None


