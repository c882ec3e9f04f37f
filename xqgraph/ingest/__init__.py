"""Ingest: a file or a string becomes a :class:`~xqgraph.model.Document`."""

from xqgraph.ingest.read import decode, document_id, read_document, read_text
from xqgraph.ingest.structure import parse_document

__all__ = ["decode", "document_id", "parse_document", "read_document", "read_text"]
