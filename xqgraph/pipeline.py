"""The pipeline: file → Document → Extraction → LinkedDocument → RDF graph.

Each stage is a pure function of its input; :class:`Pipeline` holds what is
costly to make once (the segmenter with its dictionary, the gazetteer) and
checks that every stage returns what the next one expects.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from rdflib import Graph

from xqgraph.errors import XqGraphError
from xqgraph.extract import dictionary_words, find_entities, find_measures, find_relations
from xqgraph.ingest import parse_document, read_document
from xqgraph.link import Gazetteer, coreference, link_document, load_gazetteer
from xqgraph.model import Document, Extraction, LinkedDocument
from xqgraph.nlp import Segmenter
from xqgraph.rdf.build import DocumentTriples, document_triples

__all__ = ["Pipeline", "DocumentResult"]


@dataclass(frozen=True)
class DocumentResult:
    """Everything the pipeline made of one document."""

    linked: LinkedDocument
    triples: DocumentTriples  # the RDF, as N-Triples: what a store loads

    @cached_property
    def graph(self) -> Graph:
        """The document's RDF as an rdflib Graph (parsed on first use)."""
        return self.triples.graph()


def _check(value: object, expected: type, stage: str) -> None:
    if not isinstance(value, expected):
        raise XqGraphError(f"stage {stage} returned {type(value).__name__}, expected {expected.__name__}")


class Pipeline:
    """Run the stages on documents.

    Examples
    --------
    >>> p = Pipeline()
    >>> r = p.run_text("某区2018年计划\\n二、2018年主要任务\\n积极实施乡村振兴战略，全年新增就业2万人。\\n")
    >>> [e.name for e in r.linked.entities], [m.value for m in r.linked.measures]
    (['乡村振兴战略'], [20000.0])
    """

    def __init__(self, *, cache_dir: Path | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.segmenter = Segmenter(dictionary_words(self.gazetteer), cache_dir=cache_dir)

    def extract(self, doc: Document) -> Extraction:
        """Run the extract stage on a Document."""
        mentions = find_entities(doc, self.segmenter, gazetteer=self.gazetteer)
        measures = find_measures(doc, coreference=coreference(doc, self.gazetteer), mentions=mentions)
        relations = find_relations(doc, mentions, gazetteer=self.gazetteer)
        return Extraction(tuple(mentions), tuple(measures), tuple(relations))

    def run_document(self, doc: Document) -> DocumentResult:
        """Extract, link and convert one Document."""
        _check(doc, Document, "ingest")
        extraction = self.extract(doc)
        _check(extraction, Extraction, "extract")
        linked = link_document(doc, extraction, gazetteer=self.gazetteer)
        _check(linked, LinkedDocument, "link")
        triples = document_triples(linked)
        _check(triples, DocumentTriples, "rdf")
        return DocumentResult(linked, triples)

    def run_file(self, path: str | Path, *, encoding: str | None = None) -> DocumentResult:
        """Read a file and run it through every stage."""
        return self.run_document(read_document(path, encoding=encoding))

    def run_text(self, text: str, *, doc_id: str | None = None) -> DocumentResult:
        """Run a text already in memory through every stage."""
        return self.run_document(parse_document(text, doc_id=doc_id))
