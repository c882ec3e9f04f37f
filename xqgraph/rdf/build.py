"""A linked document becomes an RDF graph following the evaluation contract.

IRIs are minted from stable keys only (document id, entity type and name,
character offsets), so the same input gives the same IRIs on every run.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

import pyoxigraph as ox
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from xqgraph.extract.numbers import format_number
from xqgraph.model import Document, Entity, EntityType, LinkedDocument, Measure, Section, Span
from xqgraph.rdf.namespaces import ID_BASE, XQ, XQ_NS

__all__ = ["AREA_CLASSES", "ENTITIES_GRAPH", "NEAR", "as_nquads", "named_near_pairs", "PREFIXES", "DocumentTriples", "document_graph", "document_triples", "document_iri", "entity_iri", "iri_safe", "bind_prefixes", "pinyin", "unit_iri"]

_KIND = {"achieved": "Achieved", "target": "Target"}
_COMPARATOR = {"eq": "Equal", "ge": "AtLeast", "le": "AtMost", "approx": "Approximately"}
_KIND_ZH = {"achieved": "完成", "target": "目标"}
_MEASURE_TYPE = {"level": "Level", "growth": "Growth", "share": "Share", "change": "Change"}
QUDT = Namespace("http://qudt.org/schema/qudt/")
_QUDT_UNIT = "http://qudt.org/vocab/unit/"
_UNIT_IRIS = {  # canonical unit → QUDT unit where QUDT has one, else xqgraph's unit vocabulary (ontology/units.ttl)
    "平方米": _QUDT_UNIT + "M2", "平方公里": _QUDT_UNIT + "KiloM2", "公里": _QUDT_UNIT + "KiloM", "米": _QUDT_UNIT + "M",
    "公顷": _QUDT_UNIT + "HA", "立方米": _QUDT_UNIT + "M3", "吨": _QUDT_UNIT + "TONNE", "公斤": _QUDT_UNIT + "KiloGM", "千米": _QUDT_UNIT + "KiloM", "千克": _QUDT_UNIT + "KiloGM",
    "吉瓦": _QUDT_UNIT + "GigaW", "吉瓦时": _QUDT_UNIT + "GigaW-HR", "兆瓦时": _QUDT_UNIT + "MegaW-HR",
    "千瓦": _QUDT_UNIT + "KiloW", "千瓦时": _QUDT_UNIT + "KiloW-HR", "兆瓦": _QUDT_UNIT + "MegaW", "%": _QUDT_UNIT + "PERCENT",
    "元": "http://qudt.org/vocab/currency/CNY", "美元": "http://qudt.org/vocab/currency/USD", "天": _QUDT_UNIT + "DAY",
    "微克/立方米": _QUDT_UNIT + "MicroGM-PER-M3", "毫克/立方米": _QUDT_UNIT + "MilliGM-PER-M3",
}
UNIT_NS = "https://w3id.org/xqgraph/unit#"
_XQ_UNITS = {
    "亩": "mu", "斤": "jin", "百分点": "percentagePoint", "人": "person", "名": "personNamed", "家": "establishment",
    "个": "item", "项": "itemProject", "所": "institution", "座": "structure", "件": "piece", "条": "line",
    "台": "machine", "辆": "vehicle", "套": "set", "户": "household", "处": "site", "场次": "session",
    "人次": "personTime", "户次": "householdTime", "件次": "pieceTime", "台次": "machineTime", "张": "sheet", "标准箱": "teu", "头": "head", "只": "animal", "株": "plant", "棵": "tree",
    "艘": "ship", "架次": "flight", "班次": "service", "间": "room", "栋": "building", "幢": "buildingZhuang",
    "根": "rod", "吨标准煤": "tonneCoalEquivalent", "吨标准煤/万元": "tonneCoalEquivalentPer10kYuan",
    "立方米/万元": "cubicMetrePer10kYuan", "标箱": "teu", "部": "unitBu", "场": "showing", "支": "team", "列": "train",
    "工作日": "workingDay", "元/人": "yuanPerPerson", "元/人次": "yuanPerVisit", "艘次": "shipVisit", "倍": "times", "元/人·月": "yuanPerPersonMonth", "元/人·年": "yuanPerPersonYear",
}


def unit_iri(unit: str) -> URIRef | None:
    """The unit's IRI: QUDT where QUDT has it, else xqgraph's unit vocabulary.

    Examples
    --------
    >>> str(unit_iri("平方米")), str(unit_iri("亩"))
    ('http://qudt.org/vocab/unit/M2', 'https://w3id.org/xqgraph/unit#mu')
    """
    if unit in _UNIT_IRIS:
        return URIRef(_UNIT_IRIS[unit])
    return URIRef(UNIT_NS + _XQ_UNITS[unit]) if unit in _XQ_UNITS else None
_UNSAFE = set(' <>"{}|\\^`#?%/[]')


def iri_safe(text: str) -> str:
    """Percent-encode the characters an IRI path segment may not hold.

    Examples
    --------
    >>> iri_safe("杨柳青镇"), iri_safe("“互联网+”"), iri_safe("a b/c")
    ('杨柳青镇', '“互联网+”', 'a%20b%2Fc')
    """
    return "".join(
        "".join(f"%{b:02X}" for b in ch.encode()) if ch in _UNSAFE or ord(ch) < 0x21 else ch for ch in text
    )


def document_iri(doc_id: str) -> URIRef:
    """IRI of a document (also the name of its graph in the store)."""
    return URIRef(f"{ID_BASE}doc/{iri_safe(doc_id)}")


def entity_iri(entity: Entity) -> URIRef:
    """IRI of an entity: its type and canonical name (and division code), shared across documents.

    Examples
    --------
    >>> from xqgraph.model import EntityType
    >>> str(entity_iri(Entity("x", "西青区", EntityType.PLACE, code="120111")))
    'https://w3id.org/xqgraph/id/place/120111-西青区'
    >>> str(entity_iri(Entity("x", "新华街道", EntityType.PLACE, scope="410700")))
    'https://w3id.org/xqgraph/id/place/410700/新华街道'
    """
    key = f"{entity.code}-{entity.name}" if entity.code else entity.name
    scope = f"{iri_safe(entity.scope)}/" if entity.scope and not entity.code else ""
    return URIRef(f"{ID_BASE}{entity.type.value.lower()}/{scope}{iri_safe(key)}")


@lru_cache(maxsize=1 << 16)  # names recur across a corpus's documents
def pinyin(name: str) -> str:
    """The name in Hanyu Pinyin with tone marks, syllables separated by spaces.

    Examples
    --------
    >>> pinyin("杨柳青镇"), pinyin("地铁5号线")
    ('yáng liǔ qīng zhèn', 'dì tiě 5 hào xiàn')
    """
    from pypinyin import Style, lazy_pinyin

    return " ".join(p for p in lazy_pinyin(name, style=Style.TONE) if p.strip(" “”‘’\"'《》"))


PREFIXES = {
    "xq": XQ_NS, "xqu": "https://w3id.org/xqgraph/unit#", "dcterms": str(DCTERMS),
    "skos": str(SKOS), "rdfs": str(RDFS), "xsd": str(XSD), "eli": "http://data.europa.eu/eli/ontology#",
    "qudt": "http://qudt.org/schema/qudt/",
}


def bind_prefixes(g: Graph) -> Graph:
    """Bind the prefixes xqgraph's files use."""
    g.bind("xq", XQ_NS)
    g.bind("xqid", ID_BASE)
    g.bind("dcterms", DCTERMS)
    g.bind("skos", SKOS)
    g.bind("eli", ELI)
    g.bind("qudt", QUDT)
    g.bind("xqu", UNIT_NS)
    return g


ELI = Namespace("http://data.europa.eu/eli/ontology#")
_MIME = {"text": "text/plain", "html": "text/html", "pdf": "application/pdf",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}

# -- emission ------------------------------------------------------------------------------------------
# Triples are made as pyoxigraph terms and written by its N-Triples serializer: building an rdflib Graph
# triple by triple cost more than all of extraction on dense documents.  document_graph() still gives
# an rdflib Graph, parsed from the same bytes, to callers who want one.


@cache
def _node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


@cache
def _xq(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(XQ[name]))  # XQ refuses a term the ontology does not declare


_RDF_TYPE = ox.NamedNode(str(RDF.type))
_RDFS_LABEL = ox.NamedNode(str(RDFS.label))
_SKOS_ALT = ox.NamedNode(str(SKOS.altLabel))
_XSD_INTEGER = ox.NamedNode(str(XSD.integer))
_XSD_DATE = ox.NamedNode(str(XSD.date))
_XSD_DECIMAL = ox.NamedNode(str(XSD.decimal))


def _zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_XSD_INTEGER)


def _decimal(value: float) -> ox.Literal:
    """An xsd:decimal in its XSD 1.1 canonical form (23500, 2.35), as Oxigraph stores it."""
    return ox.Literal(format(Decimal(repr(value)).normalize(), "f"), datatype=_XSD_DECIMAL)


Triples = list[ox.Triple]


def _add_eli(g: Triples, entities: Triples, doc: ox.NamedNode, linked: LinkedDocument) -> None:
    """ELI terms: local id, passing body, dates, whether in force."""
    meta = linked.document.metadata
    g.append(ox.Triple(doc, _RDF_TYPE, _node(str(ELI.LegalResource))))
    if meta.document_number:
        g.append(ox.Triple(doc, _node(str(ELI.id_local)), ox.Literal(meta.document_number)))
    if meta.publisher:
        body = _node(str(entity_iri(Entity(f"Organization/{meta.publisher}", meta.publisher, EntityType.ORGANIZATION))))
        g.append(ox.Triple(doc, _node(str(ELI.passed_by)), body))
        entities.append(ox.Triple(body, _RDFS_LABEL, _zh(meta.publisher)))
    written = meta.written or meta.signed
    if written:
        g.append(ox.Triple(doc, _node(str(ELI.date_document)), ox.Literal(written, datatype=_XSD_DATE)))
    if meta.published:
        g.append(ox.Triple(doc, _node(str(ELI.date_publication)), ox.Literal(meta.published, datatype=_XSD_DATE)))
    if meta.validity:
        in_force = "InForce-inForce" if meta.validity.strip() in ("有效", "现行有效") else "InForce-notInForce"
        g.append(ox.Triple(doc, _node(str(ELI.in_force)), _node(str(ELI[in_force]))))


def _literal(value: str | int, kind: str) -> ox.Literal:
    if kind == "zh":
        return _zh(str(value))
    if kind == "date":
        return ox.Literal(str(value), datatype=_XSD_DATE)
    if kind == "int":
        return _int(int(value))
    return ox.Literal(str(value))


def _add_document(g: Triples, entities: Triples, linked: LinkedDocument, doc: ox.NamedNode) -> None:
    document, meta = linked.document, linked.document.metadata
    g.append(ox.Triple(doc, _RDF_TYPE, _xq("Document")))
    facts: list[tuple[str, str | int | None, str]] = [
        (str(DCTERMS.source), document.source, "str"),
        (str(DCTERMS.identifier), document.id, "str"),
        (str(DCTERMS["format"]), _MIME.get(document.format, "text/plain"), "str"),
        (str(DCTERMS.title), meta.title, "zh"),
        (str(DCTERMS.issued), meta.issued, "date"),
        (str(DCTERMS.publisher), meta.publisher, "zh"),
        (str(DCTERMS.subject), meta.subject, "zh"),
        (str(XQ.documentNumber), meta.document_number, "str"),
        (str(XQ.indexNumber), meta.index_number, "str"),
        (str(XQ.validity), meta.validity, "zh"),
        (str(XQ.encoding), document.encoding, "str"),
        (str(XQ.meeting), meta.meeting, "zh"),
        (str(XQ.speaker), meta.speaker, "zh"),
        (str(XQ.planYear), meta.year, "int"),
        (str(XQ.reviewYear), meta.review_year, "int"),
    ]
    for predicate, value, kind in facts:
        if value is not None and value != "":
            g.append(ox.Triple(doc, _node(predicate), _literal(value, kind)))
    _add_eli(g, entities, doc, linked)


def _add_offsets(g: Triples, iri: ox.NamedNode, span: Span, document: Document) -> None:
    """Character offsets into the text as read (before normalisation)."""
    start, end = document.original_offset(span.start), document.original_offset(span.end)
    g.append(ox.Triple(iri, _xq("startOffset"), _int(start)))
    g.append(ox.Triple(iri, _xq("endOffset"), _int(end)))


def _add_section(g: Triples, doc: ox.NamedNode, sec: Section, document: Document) -> None:
    iri = ox.NamedNode(f"{doc.value}/section/{sec.id}")
    g.append(ox.Triple(doc, _xq("hasSection"), iri))
    g.append(ox.Triple(iri, _RDF_TYPE, _xq("Section")))
    g.append(ox.Triple(iri, _xq("heading"), _zh(sec.heading)))
    g.append(ox.Triple(iri, _xq("ordinal"), ox.Literal(sec.id)))
    g.append(ox.Triple(iri, _xq("role"), ox.Literal(sec.role.value)))
    _add_offsets(g, iri, sec.span, document)
    if sec.year is not None:
        g.append(ox.Triple(iri, _xq("year"), _int(sec.year)))


def _classes(e: Entity) -> list[str]:
    """The local names of the xq: classes an entity is stated to be in: its level or type, then its other types."""
    return [e.level.value if e.level else e.type.value, *(t.value for t in e.extra_types)]


def _describe_entity(entities: Triples, iri: ox.NamedNode, e: Entity) -> None:
    """What an entity is, whichever document names it: types, names, division code."""
    for cls in _classes(e):
        entities.append(ox.Triple(iri, _RDF_TYPE, _xq(cls)))
    entities.append(ox.Triple(iri, _RDFS_LABEL, _zh(e.name)))
    for alias in e.aliases:
        entities.append(ox.Triple(iri, _SKOS_ALT, _zh(alias)))
    # for readers without Chinese; an alternative label, so that rdfs:label stays the one canonical name
    entities.append(ox.Triple(iri, _SKOS_ALT, ox.Literal(pinyin(e.name), language="zh-Latn-pinyin")))
    if e.code:
        entities.append(ox.Triple(iri, _xq("divisionCode"), ox.Literal(e.code)))


def _measure_label(m: Measure) -> str:
    """Examples: 2018年目标：新增就业 2.35万人."""
    value = format_number(m.value)
    if m.value_max is not None:
        value += "—" + format_number(m.value_max)
    year = f"{m.year}年" if m.year else ""
    return f"{year}{_KIND_ZH[m.kind]}：{m.indicator} {value}{m.unit}"


# the classes (local names in xq:) an entity needs for year-over-year tracking to count a measure about it as
# that entity's: a place or a zone (xqgraph.tracking's query asks for the same)
AREA_CLASSES = ("Place", "Province", "City", "District", "Town", "Subdistrict", "Village", "Zone")
_AREAS = frozenset(AREA_CLASSES)


def _add_measure(g: Triples, entities: Triples, doc: ox.NamedNode, m: Measure, about: ox.NamedNode | None,
                 document: Document) -> None:
    iri = _measure_iri(doc, m)
    g.append(ox.Triple(iri, _RDF_TYPE, _xq("Measure")))
    g.append(ox.Triple(iri, _RDFS_LABEL, _zh(_measure_label(m))))
    g.append(ox.Triple(iri, _xq("kind"), _xq(_KIND[m.kind])))
    g.append(ox.Triple(iri, _xq("value"), _decimal(m.value)))
    g.append(ox.Triple(iri, _xq("unit"), ox.Literal(m.unit)))
    unit = unit_iri(m.unit)
    if unit is not None:
        g.append(ox.Triple(iri, _node(str(QUDT.unit)), _node(str(unit))))
    if m.value_max is not None:
        g.append(ox.Triple(iri, _xq("maxValue"), _decimal(m.value_max)))
    g.append(ox.Triple(iri, _xq("measureType"), _xq(_MEASURE_TYPE[m.measure_type])))
    if m.year is not None:
        g.append(ox.Triple(iri, _xq("year"), _int(m.year)))
    g.append(ox.Triple(iri, _xq("indicator"), ox.Literal(m.indicator)))
    if m.indicator_key:
        indicator = ox.NamedNode(f"{ID_BASE}indicator/{iri_safe(m.indicator_key)}")
        g.append(ox.Triple(iri, _xq("normalizedIndicator"), indicator))
        entities.append(ox.Triple(indicator, _RDF_TYPE, _xq("Indicator")))
        entities.append(ox.Triple(indicator, _RDFS_LABEL, _zh(m.indicator_key)))
    g.append(ox.Triple(iri, _xq("comparator"), _xq(_COMPARATOR[m.comparator])))
    g.append(ox.Triple(iri, _xq("statedIn"), doc))
    sentence = document.sentences[m.sentence_index].text if m.sentence_index is not None else m.text
    g.append(ox.Triple(iri, _xq("sourceText"), _zh(sentence)))
    _add_offsets(g, iri, m.span, document)
    if m.section_id:
        g.append(ox.Triple(iri, _xq("inSection"), ox.NamedNode(f"{doc.value}/section/{m.section_id}")))
    if about is not None:
        g.append(ox.Triple(iri, _xq("about"), about))


def _measure_iri(doc: ox.NamedNode, m: Measure) -> ox.NamedNode:
    return ox.NamedNode(f"{doc.value}/measure/{m.span.start}-{m.span.end}")


def _measure_row(doc: ox.NamedNode, m: Measure, document: Document, facts: dict[str, str],
                 about: tuple[str, Entity] | None, sections: dict[str, Section]) -> dict[str, str]:
    """What :func:`_add_measure` states of *m*, as the lexical forms tracking's query would read back."""
    section = sections.get(m.section_id) if m.section_id else None
    area = about is not None and not _AREAS.isdisjoint(_classes(about[1]))
    return {
        **facts,
        "m": _measure_iri(doc, m).value, "indicator": m.indicator, "value": _decimal(m.value).value,
        "max": _decimal(m.value_max).value if m.value_max is not None else "", "unit": m.unit,
        "comparator": XQ_NS + _COMPARATOR[m.comparator], "kind": XQ_NS + _KIND[m.kind],
        "type": XQ_NS + _MEASURE_TYPE[m.measure_type], "year": str(m.year) if m.year is not None else "",
        "about": about[0] if about is not None and area else "", "aboutLabel": about[1].name if about and area else "",
        "section": section.heading if section is not None else "",
        "sentence": document.sentences[m.sentence_index].text if m.sentence_index is not None else m.text,
        "start": str(document.original_offset(m.span.start)),
    }


def as_nquads(ntriples: bytes, graph_iri: str) -> bytes:
    """Canonical N-Triples (as pyoxigraph writes them) as N-Quads in the graph *graph_iri*.

    Canonical N-Triples escape every line break inside a literal, so ``" .\\n"``
    occurs only at the end of a line and the graph name goes before it
    without parsing.

    Examples
    --------
    >>> as_nquads(b'<urn:a> <urn:p> "x .\\\\n" .\\n', "urn:g")
    b'<urn:a> <urn:p> "x .\\\\n" <urn:g> .\\n'
    """
    return ntriples.replace(b" .\n", f" <{ox.NamedNode(graph_iri).value}> .\n".encode())


ENTITIES_GRAPH = f"{ID_BASE}graph/entities"  # the store's graph of entity descriptions, shared by all documents


@dataclass(frozen=True)
class DocumentTriples:
    """One document in RDF, as canonical N-Triples (UTF-8), in two parts.

    ``document`` is what the document says and where: its metadata, sections,
    mentions, measures and relation statements with their sentences.
    ``entities`` is what the entities it names are, whichever document names
    them: types, labels, aliases, division codes, and the relations between
    them.  A store keeps the first as the document's named graph and merges
    the second into one graph shared by all documents, so that a fact about
    an entity is held once however many documents repeat it.
    """

    graph_iri: str  # the document's IRI, the name of its graph in a store
    document: bytes
    entities: bytes
    # each measure as year-over-year tracking reads it (xqgraph.tracking.records_from_rows), made with the
    # triples instead of read back from them by a query: the same values, for a tenth of a build's time
    measure_rows: tuple[dict[str, str], ...] = ()

    def graph(self) -> Graph:
        """Both parts as one rdflib Graph, with xqgraph's prefixes bound."""
        g = bind_prefixes(Graph())
        g.parse(data=self.document + self.entities, format="nt")
        return g

    def document_nquads(self) -> bytes:
        """The document part as N-Quads in the graph :attr:`graph_iri` (see :func:`as_nquads`)."""
        return as_nquads(self.document, self.graph_iri)

    def sorted_lines(self) -> bytes:
        """Both parts' lines, sorted and without duplicates: what a sorted export merges.

        Examples
        --------
        >>> DocumentTriples("urn:g", b"<urn:b> <urn:p> <urn:c> .\\n", b"<urn:a> <urn:p> <urn:c> .\\n").sorted_lines()
        b'<urn:a> <urn:p> <urn:c> .\\n<urn:b> <urn:p> <urn:c> .\\n'
        """
        return b"".join(sorted(set((self.document + self.entities).splitlines(keepends=True))))


def document_triples(linked: LinkedDocument) -> DocumentTriples:
    """Return the RDF of one linked document as N-Triples (see :class:`DocumentTriples`).

    Examples
    --------
    >>> from xqgraph.model import Document
    >>> t = document_triples(LinkedDocument(Document("d", "d.txt", ""), (), (), ()))
    >>> t.document.splitlines()[0].decode()
    '<https://w3id.org/xqgraph/id/doc/d> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/xqgraph/ontology#Document> .'
    >>> t.entities
    b''
    """
    g: Triples = []
    entities: Triples = []
    document = linked.document
    doc = ox.NamedNode(str(document_iri(document.id)))
    _add_document(g, entities, linked, doc)
    for sec in document.sections:
        _add_section(g, doc, sec, document)
    by_name = {e.name: e for e in linked.entities}
    iri_of = {e.name: ox.NamedNode(str(entity_iri(e))) for e in linked.entities}
    for e in linked.entities:
        g.append(ox.Triple(doc, _xq("mentions"), iri_of[e.name]))
        _describe_entity(entities, iri_of[e.name], e)
    home = by_name.get(document.metadata.issuing_place or "")
    if home is not None and home.type is EntityType.PLACE:
        # the area the document governs: what 我区/全区 mean
        g.append(ox.Triple(doc, _node(str(DCTERMS.spatial)), iri_of[home.name]))
    else:
        home = None
    meta = document.metadata
    facts = {"doc": doc.value, "title": meta.title or "", "docYear": str(meta.year) if meta.year is not None else "",
             "issued": meta.issued or "", "publisher": meta.publisher or "",
             "area": iri_of[home.name].value if home else "", "areaLabel": home.name if home else ""}
    rows = []
    sections = {sec.id: sec for sec in document.sections}
    for m in linked.measures:
        about = by_name.get(m.about or "")
        _add_measure(g, entities, doc, m, iri_of[about.name] if about else None, document)
        rows.append(_measure_row(doc, m, document, facts, (iri_of[about.name].value, about) if about else None,
                                 sections))
    mention_class, refers_to = _xq("Mention"), _xq("refersTo")
    for e in linked.entities:
        for span in e.mentions:
            mention = ox.NamedNode(f"{doc.value}/mention/{span.start}-{span.end}")
            _add_evidence(g, mention, mention_class, doc, span, document)
            g.append(ox.Triple(mention, refers_to, iri_of[e.name]))
    named_near = _xq("namedNear")
    for a, b in named_near_pairs(linked):  # both ways, as a reasoner would: a query can start from either
        g.append(ox.Triple(iri_of[a], named_near, iri_of[b]))
        g.append(ox.Triple(iri_of[b], named_near, iri_of[a]))
    statement_class = _xq("RelationStatement")
    subject, predicate, object_ = (ox.NamedNode(str(t)) for t in (RDF.subject, RDF.predicate, RDF.object))
    for r in linked.relations:
        if r.head in by_name and r.tail in by_name:
            head, tail = iri_of[r.head], iri_of[r.tail]
            entities.append(ox.Triple(head, _xq(r.predicate), tail))
            key = hashlib.sha256(f"{head.value} {r.predicate} {tail.value}".encode()).hexdigest()[:16]
            statement = ox.NamedNode(f"{doc.value}/relation/{key}")
            _add_evidence(g, statement, statement_class, doc, r.span, document)
            g.append(ox.Triple(statement, subject, head))
            g.append(ox.Triple(statement, predicate, _xq(r.predicate)))
            g.append(ox.Triple(statement, object_, tail))
    return DocumentTriples(doc.value, _ntriples(g), _ntriples(entities), tuple(rows))


NEAR = 150  # characters: two names whose mentions start closer than this are named near each other


def named_near_pairs(linked: LinkedDocument, window: int = NEAR) -> list[tuple[str, str]]:
    """Pairs of entities the document names within *window* characters of each other, each pair once.

    Distances are between the mentions' first characters in the text as read
    (the offsets :data:`xq:startOffset` gives).  A pair is given once, in the
    order of the entities' IRIs, and the pairs are sorted.

    Examples
    --------
    >>> from xqgraph.model import Document
    >>> d = Document("d", "d.txt", "甲镇乙镇" + "。" * 200 + "丙镇")
    >>> ents = tuple(Entity(n, n, EntityType.PLACE, mentions=(Span(i, i + 2),)) for n, i in (("甲镇", 0), ("乙镇", 2), ("丙镇", 204)))
    >>> named_near_pairs(LinkedDocument(d, ents, (), ()))  # 乙 (U+4E59) sorts before 甲 (U+7532)
    [('乙镇', '甲镇')]
    """
    document = linked.document
    iri = {e.name: str(entity_iri(e)) for e in linked.entities}
    at = sorted((document.original_offset(span.start), e.name) for e in linked.entities for span in e.mentions)
    pairs: set[tuple[str, str]] = set()
    for i, (start, a) in enumerate(at):
        for j in range(i + 1, len(at)):
            near, b = at[j]
            if near - start >= window:
                break
            if a != b:
                pairs.add((a, b) if iri[a] < iri[b] else (b, a))
    return sorted(pairs)


def _ntriples(triples: Triples) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


def document_graph(linked: LinkedDocument) -> Graph:
    """Return the RDF graph of one linked document (both parts of :func:`document_triples`).

    Examples
    --------
    >>> from xqgraph.model import Document
    >>> g = document_graph(LinkedDocument(Document("d", "d.txt", ""), (), (), ()))
    >>> sorted(g.qname(p) + (" " + g.qname(o) if p == RDF.type else "") for _, p, o in g)
    ['dcterms:format', 'dcterms:identifier', 'dcterms:source', 'rdf:type eli:LegalResource', 'rdf:type xq:Document']
    """
    return document_triples(linked).graph()


def _add_evidence(g: Triples, iri: ox.NamedNode, cls: ox.NamedNode, doc: ox.NamedNode, span: Span | None,
                  document: Document) -> None:
    """Where a fact comes from: the document and, when known, the sentence and its offsets."""
    g.append(ox.Triple(iri, _RDF_TYPE, cls))
    g.append(ox.Triple(iri, _xq("statedIn"), doc))
    if span is None:
        return
    _add_offsets(g, iri, span, document)
    sentence = document.sentence_at(span.start)
    if sentence is not None:
        g.append(ox.Triple(iri, _xq("sourceText"), _zh(sentence.text)))
        if sentence.section_id:
            g.append(ox.Triple(iri, _xq("inSection"), ox.NamedNode(f"{doc.value}/section/{sentence.section_id}")))
