"""Ingest: a file or a string becomes a :class:`~xqgraph.model.Document`."""

from xqgraph.ingest.encoding import decode
from xqgraph.ingest.read import SUPPORTED_SUFFIXES, document_id, load, read_document, read_text
from xqgraph.ingest.structure import parse_document

__all__ = ["SUPPORTED_SUFFIXES", "decode", "document_id", "load", "parse_document", "read_document", "read_text"]
