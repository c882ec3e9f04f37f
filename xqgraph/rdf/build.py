"""A linked document becomes an RDF graph following the evaluation contract.

IRIs are minted from stable keys only (document id, entity type and name,
character offsets), so the same input gives the same IRIs on every run.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from xqgraph.extract.numbers import format_number
from xqgraph.model import Document, Entity, EntityType, LinkedDocument, Measure, Section, Span
from xqgraph.rdf.namespaces import ID_BASE, XQ, XQ_NS

__all__ = ["PREFIXES", "document_graph", "document_iri", "entity_iri", "iri_safe", "bind_prefixes", "pinyin", "unit_iri"]

_KIND = {"achieved": "Achieved", "target": "Target"}
_COMPARATOR = {"eq": "Equal", "ge": "AtLeast", "le": "AtMost", "approx": "Approximately"}
_KIND_ZH = {"achieved": "完成", "target": "目标"}
_MEASURE_TYPE = {"level": "Level", "growth": "Growth", "share": "Share", "change": "Change"}
QUDT = Namespace("http://qudt.org/schema/qudt/")
_QUDT_UNIT = "http://qudt.org/vocab/unit/"
_UNIT_IRIS = {  # canonical unit → QUDT unit where QUDT has one, else xqgraph's unit vocabulary (ontology/units.ttl)
    "平方米": _QUDT_UNIT + "M2", "平方公里": _QUDT_UNIT + "KiloM2", "公里": _QUDT_UNIT + "KiloM", "米": _QUDT_UNIT + "M",
    "公顷": _QUDT_UNIT + "HA", "立方米": _QUDT_UNIT + "M3", "吨": _QUDT_UNIT + "TONNE", "公斤": _QUDT_UNIT + "KiloGM",
    "千瓦": _QUDT_UNIT + "KiloW", "千瓦时": _QUDT_UNIT + "KiloW-HR", "兆瓦": _QUDT_UNIT + "MegaW", "%": _QUDT_UNIT + "PERCENT",
    "元": "http://qudt.org/vocab/currency/CNY", "美元": "http://qudt.org/vocab/currency/USD", "天": _QUDT_UNIT + "DAY",
    "微克/立方米": _QUDT_UNIT + "MicroGM-PER-M3", "毫克/立方米": _QUDT_UNIT + "MilliGM-PER-M3",
}
UNIT_NS = "https://w3id.org/xqgraph/unit#"
_XQ_UNITS = {
    "亩": "mu", "斤": "jin", "百分点": "percentagePoint", "人": "person", "名": "personNamed", "家": "establishment",
    "个": "item", "项": "itemProject", "所": "institution", "座": "structure", "件": "piece", "条": "line",
    "台": "machine", "辆": "vehicle", "套": "set", "户": "household", "处": "site", "场次": "session",
    "人次": "personTime", "张": "sheet", "标准箱": "teu", "头": "head", "只": "animal", "株": "plant", "棵": "tree",
    "艘": "ship", "架次": "flight", "班次": "service", "间": "room", "栋": "building", "幢": "buildingZhuang",
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


def pinyin(name: str) -> str:
    """The name in Hanyu Pinyin with tone marks, syllables separated by spaces.

    Examples
    --------
    >>> pinyin("杨柳青镇"), pinyin("地铁5号线")
    ('yáng liǔ qīng zhèn', 'dì tiě 5 hào xiàn')
    """
    from pypinyin import Style, lazy_pinyin

    return " ".join(p for p in lazy_pinyin(name, style=Style.TONE) if p.strip(" “”‘’\"'《》"))


def _decimal(value: float) -> Literal:
    """An xsd:decimal in its XSD 1.1 canonical form (23500, 2.35), as Oxigraph stores it."""
    return Literal(format(Decimal(repr(value)).normalize(), "f"), datatype=XSD.decimal)


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


def _add_eli(g: Graph, doc: URIRef, linked: LinkedDocument) -> None:
    """ELI terms: local id, passing body, dates, whether in force."""
    meta = linked.document.metadata
    g.add((doc, RDF.type, ELI.LegalResource))
    if meta.document_number:
        g.add((doc, ELI.id_local, Literal(meta.document_number)))
    if meta.publisher:
        body = Entity(f"Organization/{meta.publisher}", meta.publisher, EntityType.ORGANIZATION)
        g.add((doc, ELI.passed_by, entity_iri(body)))
        g.add((entity_iri(body), RDFS.label, Literal(meta.publisher, lang="zh")))
    written = meta.written or meta.signed
    if written:
        g.add((doc, ELI.date_document, Literal(written, datatype=XSD.date)))
    if meta.published:
        g.add((doc, ELI.date_publication, Literal(meta.published, datatype=XSD.date)))
    if meta.validity:
        in_force = "InForce-inForce" if meta.validity.strip() in ("有效", "现行有效") else "InForce-notInForce"
        g.add((doc, ELI.in_force, ELI[in_force]))


def _literal(value: str | int, kind: str) -> Literal:
    if kind == "zh":
        return Literal(value, lang="zh")
    if kind == "date":
        return Literal(value, datatype=XSD.date)
    if kind == "int":
        return Literal(value, datatype=XSD.integer)
    return Literal(value)


def _add_document(g: Graph, linked: LinkedDocument, doc: URIRef) -> None:
    document, meta = linked.document, linked.document.metadata
    g.add((doc, RDF.type, XQ.Document))
    facts: list[tuple[URIRef, str | int | None, str]] = [
        (DCTERMS.source, document.source, "str"),
        (DCTERMS.identifier, document.id, "str"),
        (DCTERMS["format"], _MIME.get(document.format, "text/plain"), "str"),
        (DCTERMS.title, meta.title, "zh"),
        (DCTERMS.issued, meta.issued, "date"),
        (DCTERMS.publisher, meta.publisher, "zh"),
        (DCTERMS.subject, meta.subject, "zh"),
        (XQ.documentNumber, meta.document_number, "str"),
        (XQ.indexNumber, meta.index_number, "str"),
        (XQ.validity, meta.validity, "zh"),
        (XQ.encoding, document.encoding, "str"),
        (XQ.meeting, meta.meeting, "zh"),
        (XQ.speaker, meta.speaker, "zh"),
        (XQ.planYear, meta.year, "int"),
        (XQ.reviewYear, meta.review_year, "int"),
    ]
    for predicate, value, kind in facts:
        if value is not None and value != "":
            g.add((doc, predicate, _literal(value, kind)))
    _add_eli(g, doc, linked)


def _add_offsets(g: Graph, iri: URIRef, span: Span, document: Document) -> None:
    """Character offsets into the text as read (before normalisation)."""
    start, end = document.original_offset(span.start), document.original_offset(span.end)
    g.add((iri, XQ.startOffset, Literal(start, datatype=XSD.integer)))
    g.add((iri, XQ.endOffset, Literal(end, datatype=XSD.integer)))


def _add_section(g: Graph, doc: URIRef, sec: Section, document: Document) -> URIRef:
    iri = URIRef(f"{doc}/section/{sec.id}")
    g.add((doc, XQ.hasSection, iri))
    g.add((iri, RDF.type, XQ.Section))
    g.add((iri, XQ.heading, Literal(sec.heading, lang="zh")))
    g.add((iri, XQ.ordinal, Literal(sec.id)))
    g.add((iri, XQ.role, Literal(sec.role.value)))
    _add_offsets(g, iri, sec.span, document)
    if sec.year is not None:
        g.add((iri, XQ.year, Literal(sec.year, datatype=XSD.integer)))
    return iri


def _add_entity(g: Graph, doc: URIRef, e: Entity) -> None:
    iri = entity_iri(e)
    g.add((doc, XQ.mentions, iri))
    g.add((iri, RDF.type, XQ[e.level.value] if e.level else XQ[e.type.value]))
    for t in e.extra_types:
        g.add((iri, RDF.type, XQ[t.value]))
    g.add((iri, RDFS.label, Literal(e.name, lang="zh")))
    for alias in e.aliases:
        g.add((iri, SKOS.altLabel, Literal(alias, lang="zh")))
    # for readers without Chinese; an alternative label, so that rdfs:label stays the one canonical name
    g.add((iri, SKOS.altLabel, Literal(pinyin(e.name), lang="zh-Latn-pinyin")))
    if e.code:
        g.add((iri, XQ.divisionCode, Literal(e.code)))


def _measure_label(m: Measure) -> str:
    """Examples: 2018年目标：新增就业 2.35万人."""
    value = format_number(m.value)
    if m.value_max is not None:
        value += "—" + format_number(m.value_max)
    year = f"{m.year}年" if m.year else ""
    return f"{year}{_KIND_ZH[m.kind]}：{m.indicator} {value}{m.unit}"


def _add_measure(g: Graph, doc: URIRef, m: Measure, about: URIRef | None, document: Document) -> None:
    iri = URIRef(f"{doc}/measure/{m.span.start}-{m.span.end}")
    g.add((iri, RDF.type, XQ.Measure))
    g.add((iri, RDFS.label, Literal(_measure_label(m), lang="zh")))
    g.add((iri, XQ.kind, XQ[_KIND[m.kind]]))
    g.add((iri, XQ.value, _decimal(m.value)))
    g.add((iri, XQ.unit, Literal(m.unit)))
    unit = unit_iri(m.unit)
    if unit is not None:
        g.add((iri, QUDT.unit, unit))
    if m.value_max is not None:
        g.add((iri, XQ.maxValue, _decimal(m.value_max)))
    g.add((iri, XQ.measureType, XQ[_MEASURE_TYPE[m.measure_type]]))
    if m.year is not None:
        g.add((iri, XQ.year, Literal(m.year, datatype=XSD.integer)))
    g.add((iri, XQ.indicator, Literal(m.indicator)))
    g.add((iri, XQ.comparator, XQ[_COMPARATOR[m.comparator]]))
    g.add((iri, XQ.statedIn, doc))
    sentence = document.sentences[m.sentence_index].text if m.sentence_index is not None else m.text
    g.add((iri, XQ.sourceText, Literal(sentence, lang="zh")))
    _add_offsets(g, iri, m.span, document)
    if m.section_id:
        g.add((iri, XQ.inSection, URIRef(f"{doc}/section/{m.section_id}")))
    if about is not None:
        g.add((iri, XQ.about, about))


def document_graph(linked: LinkedDocument) -> Graph:
    """Return the RDF graph of one linked document.

    Examples
    --------
    >>> from xqgraph.model import Document
    >>> g = document_graph(LinkedDocument(Document("d", "d.txt", ""), (), (), ()))
    >>> sorted(g.qname(p) + (" " + g.qname(o) if p == RDF.type else "") for _, p, o in g)
    ['dcterms:format', 'dcterms:identifier', 'dcterms:source', 'rdf:type eli:LegalResource', 'rdf:type xq:Document']
    """
    g = bind_prefixes(Graph())
    doc = document_iri(linked.document.id)
    _add_document(g, linked, doc)
    for sec in linked.document.sections:
        _add_section(g, doc, sec, linked.document)
    by_name = {e.name: e for e in linked.entities}
    for e in linked.entities:
        _add_entity(g, doc, e)
    home = by_name.get(linked.document.metadata.issuing_place or "")
    if home is not None and home.type is EntityType.PLACE:
        g.add((doc, DCTERMS.spatial, entity_iri(home)))  # the area the document governs: what 我区/全区 mean
    for m in linked.measures:
        about = entity_iri(by_name[m.about]) if m.about in by_name else None
        _add_measure(g, doc, m, about, linked.document)
    for e in linked.entities:
        for span in e.mentions:
            _add_evidence(g, URIRef(f"{doc}/mention/{span.start}-{span.end}"), XQ.Mention, doc, span, linked.document)
            g.add((URIRef(f"{doc}/mention/{span.start}-{span.end}"), XQ.refersTo, entity_iri(e)))
    for r in linked.relations:
        if r.head in by_name and r.tail in by_name:
            head, tail = entity_iri(by_name[r.head]), entity_iri(by_name[r.tail])
            g.add((head, XQ[r.predicate], tail))
            key = hashlib.sha256(f"{head} {r.predicate} {tail}".encode()).hexdigest()[:16]
            statement = URIRef(f"{doc}/relation/{key}")
            _add_evidence(g, statement, XQ.RelationStatement, doc, r.span, linked.document)
            g.add((statement, RDF.subject, head))
            g.add((statement, RDF.predicate, XQ[r.predicate]))
            g.add((statement, RDF.object, tail))
    return g


def _add_evidence(g: Graph, iri: URIRef, cls: URIRef, doc: URIRef, span: Span | None, document: Document) -> None:
    """Where a fact comes from: the document and, when known, the sentence and its offsets."""
    g.add((iri, RDF.type, cls))
    g.add((iri, XQ.statedIn, doc))
    if span is None:
        return
    _add_offsets(g, iri, span, document)
    sentence = document.sentence_at(span.start)
    if sentence is not None:
        g.add((iri, XQ.sourceText, Literal(sentence.text, lang="zh")))
        if sentence.section_id:
            g.add((iri, XQ.inSection, URIRef(f"{doc}/section/{sentence.section_id}")))
