"""Plain typed records passed between the pipeline stages.

Every stage reads and returns these records only: ingest makes a
:class:`Document`; extract makes :class:`Mention`, :class:`Measure` and
:class:`Relation` records with character offsets into ``Document.text``; link
turns mentions into :class:`Entity` records.  Nothing here knows about RDF.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

__all__ = [
    "EntityType",
    "PlaceLevel",
    "PartRole",
    "Span",
    "Metadata",
    "Section",
    "Sentence",
    "Document",
    "Mention",
    "Entity",
    "Measure",
    "Relation",
    "Extraction",
    "LinkedDocument",
]


class EntityType(str, Enum):
    """The six coarse entity types of the annotation guideline."""

    PLACE = "Place"
    ZONE = "Zone"
    PROJECT = "Project"
    ORGANIZATION = "Organization"
    POLICY = "Policy"
    EVENT = "Event"


class PlaceLevel(str, Enum):
    """Fine place types: the administrative level of a place."""

    PROVINCE = "Province"
    CITY = "City"
    DISTRICT = "District"
    TOWN = "Town"
    SUBDISTRICT = "Subdistrict"
    VILLAGE = "Village"


class PartRole(str, Enum):
    """What a part of a plan or report does: review the past or plan ahead."""

    REVIEW = "review"
    PLAN = "plan"
    OTHER = "other"


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` of ``Document.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Metadata:
    """What a document says about itself (portal header, title, date line)."""

    title: str | None = None
    index_number: str | None = None  # 索引号
    publisher: str | None = None  # 发布机构
    document_number: str | None = None  # 发文字号
    subject: str | None = None  # 主题
    written: str | None = None  # 成文日期, ISO date
    published: str | None = None  # 发文日期, ISO date
    validity: str | None = None  # 有效性
    repeal_basis: str | None = None  # 废止依据
    signed: str | None = None  # signature date at the foot of the notice, ISO date
    issued: str | None = None  # the best issue date: 发文日期, else 成文日期, else signature
    meeting: str | None = None  # the meeting a report was delivered at (——2019年1月10日在…上)
    speaker: str | None = None  # who delivered it (区长 张三)
    year: int | None = None  # the year the document plans for (a five-year plan: its last year)
    review_year: int | None = None  # the year its review part reports on (a five-year plan: the year before it)
    issuing_place: str | None = None  # e.g. 西青区, from the publisher or title


@dataclass(frozen=True)
class Section:
    """A heading and the text it governs: a part (一、) or a section ((一))."""

    id: str  # "1", "1.2": stable path of ordinals
    level: int  # 1 = part, 2 = section, 3 = item (one deeper each under 第一部分 or 第一章)
    heading: str
    span: Span  # the whole section, heading included
    role: PartRole = PartRole.OTHER
    year: int | None = None  # the year this section reports on or plans for


@dataclass(frozen=True)
class Sentence:
    """One sentence with its offsets and the innermost section it stands in."""

    index: int
    span: Span
    text: str
    section_id: str | None = None
    lead: bool = False  # the short first sentence of a paragraph that names its theme (高端产业加速聚集。)


@dataclass(frozen=True)
class Document:
    """A read document: normalised text, metadata, structure and sentences."""

    id: str  # stable slug, e.g. "xiqing-2018-plan"
    source: str  # where it was read from
    text: str
    metadata: Metadata = field(default_factory=Metadata)
    sections: tuple[Section, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    format: str = "text"  # how the file was read: text | html | docx | pdf
    encoding: str | None = None  # the encoding detected or given, for text and HTML
    original: str | None = None  # the text as read, before normalisation (None: same as text)
    offsets: tuple[int, ...] = ()  # for each character of text, its offset in original

    def original_offset(self, offset: int) -> int:
        r"""Map an offset of ``text`` to the text as read.

        Examples
        --------
        >>> from xqgraph.ingest import parse_document
        >>> doc = parse_document("标 题\n增长５％")
        >>> doc.text, doc.original_offset(doc.text.index("5"))
        ('标题\n增长5%', 6)
        """
        return self.offsets[offset] if self.offsets else offset

    def section(self, section_id: str | None) -> Section | None:
        """Return the section with this id, or None."""
        for sec in self.sections:
            if sec.id == section_id:
                return sec
        return None

    @cached_property
    def _sentence_starts(self) -> list[int] | None:
        """Where each sentence starts, when they are in text order without overlap (as ingest makes them)."""
        spans = [s.span for s in self.sentences]
        ordered = all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
        return [s.start for s in spans] if ordered else None

    def sentence_at(self, offset: int) -> Sentence | None:
        """Return the sentence containing character ``offset``, or None.

        Examples
        --------
        >>> from xqgraph.ingest import parse_document
        >>> doc = parse_document("一、任务\\n甲乙。丙丁。")
        >>> [s.text if s else None for s in map(doc.sentence_at, (doc.text.index("乙"), doc.text.index("丁"), 99))]
        ['甲乙。', '丙丁。', None]
        """
        starts = self._sentence_starts
        if starts is None:
            return next((s for s in self.sentences if s.span.start <= offset < s.span.end), None)
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].span.end:
            return self.sentences[i]
        return None


@dataclass(frozen=True)
class Mention:
    """A name found in the text, with its type and (for places) its level."""

    text: str
    span: Span
    type: EntityType
    level: PlaceLevel | None = None
    canonical: str | None = None  # a fuller name the text implies (北京 → none; 西青 → 西青区)
    extra_types: tuple[EntityType, ...] = ()
    parent: str | None = None  # name of the containing place known from a gazetteer
    code: str | None = None  # official division code, where known


@dataclass(frozen=True)
class Measure:
    """A quantity the document states: a result achieved or a target set."""

    text: str
    span: Span
    value: float
    unit: str
    indicator: str
    kind: str  # "achieved" | "target"
    year: int | None
    comparator: str = "eq"  # eq | ge | le | approx
    about: str | None = None  # canonical name of the entity it is about
    section_id: str | None = None
    sentence_index: int | None = None
    value_max: float | None = None  # the upper end of a range (5%—6%, 5至8个); value is the lower end
    measure_type: str = "level"  # level | growth | share | change
    indicator_key: str = ""  # the indicator's comparable form, set by the link stage (see link.indicators)


@dataclass(frozen=True)
class Relation:
    """A typed edge between two entity names, with the span that states it."""

    head: str
    predicate: str  # locatedIn | partOf | pairedWith
    tail: str
    span: Span | None = None


@dataclass(frozen=True)
class Extraction:
    """What the extract stage found in one document."""

    mentions: tuple[Mention, ...] = ()
    measures: tuple[Measure, ...] = ()
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A distinct thing named in a document, with its other names."""

    id: str  # stable key used to mint the IRI
    name: str  # canonical (most complete) name
    type: EntityType
    level: PlaceLevel | None = None
    aliases: tuple[str, ...] = ()
    extra_types: tuple[EntityType, ...] = ()
    mentions: tuple[Span, ...] = ()
    code: str | None = None
    # code of the city (or province) within which a local name is unique: 新华街道 or 城区产业园 of one
    # city are not those of another; None for names that mean one thing everywhere
    scope: str | None = None


@dataclass(frozen=True)
class LinkedDocument:
    """A document with its entities resolved: the input of the rdf stage."""

    document: Document
    entities: tuple[Entity, ...]
    measures: tuple[Measure, ...]
    relations: tuple[Relation, ...]
