"""One exception tree for xqgraph; every message says what to do next.

Callers catch :class:`XqGraphError` for anything the library raises on
purpose; the subclasses let a caller (the CLI among them) map a failure to a
meaningful exit code.
"""

from __future__ import annotations

__all__ = [
    "XqGraphError",
    "InputError",
    "UnsupportedFormatError",
    "QueryError",
    "StoreError",
    "GoldError",
]


class XqGraphError(Exception):
    """Root of every error xqgraph raises on purpose."""

    exit_code = 1


class InputError(XqGraphError):
    """A document cannot be read: missing, unreadable or undecodable."""

    exit_code = 3


class UnsupportedFormatError(InputError):
    """A file of a type xqgraph does not read; a batch skips it with a message."""


class QueryError(XqGraphError):
    """A SPARQL query is malformed or cannot run; the message says where."""

    exit_code = 4


class StoreError(XqGraphError):
    """The graph store is missing, locked or damaged."""

    exit_code = 5


class GoldError(XqGraphError):
    """A gold annotation file cannot be read or does not follow FORMAT.md."""

    exit_code = 6
