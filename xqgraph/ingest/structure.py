"""Structure of a plan or report: parts, sections, sentences, years.

Parts open with ``一、``, sections with ``(一)`` or ``（一）``.  A part that
reviews the past (…执行情况, …回顾) reports results for the year before the
plan year; a part that sets goals (…目标任务, …工作安排) plans for the plan
year.  The plan year comes from the title (``2018年国民经济和社会发展计划``)
or, failing that, from the date the document was issued.
"""

from __future__ import annotations

import hashlib
import re

from xqgraph.ingest.header import header_end, parse_header
from xqgraph.ingest.normalize import normalize
from xqgraph.model import Document, Metadata, PartRole, Section, Sentence, Span

__all__ = ["content_id", "parse_document", "plan_year", "issuing_place", "split_sentences", "find_sections"]

_NUM = "一二三四五六七八九十"
_PART = re.compile(
    rf"^[ \t\u3000]*(?:([{_NUM}]+)[、．.]|第([{_NUM}]+)(?:部分|章)[ \t\u3000、：:]?"
    r"|(?:19|20)\d{2}年[^\n。，,；;]{0,14}(?:回顾|安排|任务|目标|重点)[ \t\u3000]*$)",  # 2021年工作回顾, alone on its line
    re.MULTILINE)
_ITEM = re.compile(r"^[ \t\u3000]*(?:\d{1,2}[.．、](?!\d)|[(（]\d{1,2}[)）])", re.MULTILINE)
_SECTION = re.compile(rf"^[ \t\u3000]*[(（]([{_NUM}]+)[)）]", re.MULTILINE)
_REVIEW = re.compile(r"执行情况|完成情况|工作情况|回顾|回首|过去|总结|进展情况|工作成效|主要成效|主要成绩|取得的成绩|发展成就|时期成就"
                     r"|发展基础")  # a five-year plan's 发展基础: what the last plan achieved
_PLAN = re.compile(r"目标|任务|安排|计划|思路|重点|工作|要求")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
# a lookahead: every year of a title that names two (2022年工作总结和2023年工作安排) is found
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?=[^\n]{0,20}?(?:计划|报告|预算|要点|安排|思路|打算))")
# a suffix followed by another suffix is part of the name: 红旗区 is not 红旗 + 区, nor 新乡市 新乡 + 市
_NOT_BEFORE_SUFFIX = r"(?![省市区县旗盟州镇乡])"
_COUNTY_UP = re.compile(r"([\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|特别行政区|新区|省|市|区|县|旗|盟)"
                        + _NOT_BEFORE_SUFFIX + ")")
_PLACE = re.compile(r"([\u4e00-\u9fff]{1,8}?(?:自治州|自治县|特别行政区|新区|市|区|县|旗|镇|乡|街道)"
                    + _NOT_BEFORE_SUFFIX + ")")
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』)）]*|\n")


_PART_OF_A_YEAR = re.compile(r"上半年|下半年|前三季度|一季度|第[一二三四]季度")
_FIVE_YEAR = re.compile(r"第([一二三四五六七八九十]+)个五年(?:规划|计划)|[“\"]?十([一二三四五六七八九])五[”\"]?(?:规划|计划)")
_CN_NUM = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}


def plan_period(meta: Metadata) -> tuple[int, int] | None:
    """The years a five-year plan covers, from its title (第十四个五年规划 → 2021–2025).

    Examples
    --------
    >>> plan_period(Metadata(title="某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"))
    (2021, 2025)
    >>> plan_period(Metadata(title="某市“十三五”规划纲要")), plan_period(Metadata(title="2019年计划"))
    ((2016, 2020), None)
    """
    m = _FIVE_YEAR.search(meta.title or "")
    if not m:
        return None
    if m.group(1):
        word = m.group(1)
        n = 10 + _CN_NUM.get(word[1:], 0) if word.startswith("十") else _CN_NUM[word]
    else:
        n = 10 + _CN_NUM[m.group(2)]
    if n < 3:
        return None
    start = 1966 + 5 * (n - 3)  # the third plan began in 1966 after three years of adjustment
    return start, start + 4


def plan_year(meta: Metadata, text: str) -> int | None:
    """Return the year a document plans for, from its title or issue date.

    A five-year plan plans for its last year.

    Examples
    --------
    >>> plan_year(Metadata(title="某区2018年国民经济和社会发展计划"), "")
    2018
    >>> plan_year(Metadata(title="政府工作报告", issued="2019-01-10"), "")
    2019
    >>> plan_year(Metadata(title="某县“十四五”规划"), "")
    2025
    >>> plan_year(Metadata(title="关于某区2017年国民经济和社会发展计划执行情况与2018年计划草案的报告"), "")
    2018
    """
    period = plan_period(meta)
    if period:
        return period[1]
    # a title naming two years (2017年计划执行情况与2018年计划草案) plans for the later one
    years = [int(m.group(1)) for m in _TITLE_YEAR.finditer(meta.title or "")]
    if years:
        return max(years)
    m = _TITLE_YEAR.search(text[:2000])
    if m:
        return int(m.group(1))
    date = meta.issued or meta.signed
    return int(date[:4]) if date else None


def issuing_place(meta: Metadata) -> str | None:
    """Return the lowest administrative place named by the issuing body.

    Examples
    --------
    >>> issuing_place(Metadata(publisher="天津市西青区人民政府"))
    '西青区'
    >>> issuing_place(Metadata(title="西青区2018年国民经济和社会发展计划"))
    '西青区'
    >>> issuing_place(Metadata(title="新乡市红旗区2019年国民经济和社会发展计划"))
    '红旗区'
    >>> issuing_place(Metadata(title="关于大兴区2018年国民经济和社会发展计划执行情况与2019年计划草案的报告"))
    '大兴区'
    >>> issuing_place(Metadata(title="2020年宜宾市政府工作报告"))
    '宜宾市'
    """
    for source in (meta.publisher, meta.title, meta.meeting):
        if not source:
            continue
        # the name before the body, the session or the year (关于… or the year may open a report's title: the
        # name follows them, as in 2020年宜宾市政府工作报告)
        head = re.split(r"人民政府|政府|人民代表大会|第[一二三四五六七八九十]+届|\d{4}年",
                        re.sub(r"^(?:关于)?(?:\d{4}年度?)?", "", source))[0]
        # 新乡市 is one city, not 新乡 + 市: county-level suffixes first, towns only if they fit better
        upper = _COUNTY_UP.findall(head)
        places = upper if "".join(upper) == head else _PLACE.findall(head) or upper
        if places:
            return places[-1]
    return None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split ``text[start:end]`` into sentence spans (。！？ and line ends).

    Examples
    --------
    >>> [("甲。乙！丙"[s.start:s.end]) for s in split_sentences("甲。乙！丙")]
    ['甲。', '乙！', '丙']
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.end() if m.group() != "\n" else m.start()
        if text[pos:stop].strip():
            spans.append(_strip(text, pos, stop))
        pos = m.end()
    if text[pos:end].strip():
        spans.append(_strip(text, pos, end))
    return spans


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


_HEADING_END = re.compile(r"[。！？!?]")
# a year that begins a figure (2020年2802.1, 2025年达到50%), not a heading's own (2035年远景目标)
_OWN_YEAR = re.compile(r"^[ \t\u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]+[、．.]|\d{1,2}[.．、])?"
                       r"[ \t\u3000]*(?:19|20)\d{2}\s*年(?!以来|至|到|[—–-]|\d|底|末)")
_FIGURE_YEAR = re.compile(r"(?:19|20)\d{2}\s*年(?:底|末)?(?:\d|达到|达|为|完成|增长|突破|超过|力争)")


def _heading(text: str, start: int) -> str:
    """A heading's text: its line, or its first sentence when the paragraph goes on after it on the same line.

    Examples
    --------
    >>> _heading("(一)稳增长。全年增长7%。\\n", 0), _heading("一、2017年工作回顾\\n", 0)
    ('(一)稳增长。', '一、2017年工作回顾')
    """
    end = _line_end(text, start)
    m = _HEADING_END.search(text, start, end)
    return text[start : m.end() if m else end].strip()


def _role(heading: str, year: int | None, plan: int | None, review: int | None) -> tuple[PartRole, int | None]:
    if _REVIEW.search(heading) or (year is not None and plan is not None and year < plan):
        return PartRole.REVIEW, year if year is not None else review
    if _PLAN.search(heading):
        return PartRole.PLAN, year if year is not None else plan
    return PartRole.OTHER, year


def _is_lead(text: str, span: Span, heading_starts: set[int]) -> bool:
    """A lead phrase opens its paragraph, is short, and more text follows it."""
    opens = span.start == 0 or text[span.start - 1] == "\n"
    continues = span.end < len(text) and text[span.end] != "\n"
    return (opens and continues and span.start not in heading_starts and span.end - span.start <= 20
            and text[span.end - 1] in "。！!")


def _heads(text: str, start: int) -> tuple[list[tuple[int, int]], bool]:
    """(offset, level) of every heading: parts 1, sections 2, numbered items 3; and whether the document is
    divided into 第一部分 or 第一章 (above its 一、).

    A document divided into 第一部分 (or 第一章) has those as its parts, and
    the other kinds of heading it uses below them, in the order 一、, （一）,
    1.: with all of them, 一、 are sections, （一） items and 1. level 4.

    Examples
    --------
    >>> _heads("一、回顾\\n（一）产业\\n1.工业\\n", 0)
    ([(0, 1), (5, 2), (11, 3)], False)
    >>> _heads("第一部分 回顾\\n一、产业\\n（一）工业\\n1.制造\\n", 0)
    ([(0, 1), (8, 2), (13, 3), (19, 4)], True)
    >>> _heads("第一部分 回顾\\n（一）工业\\n1.制造\\n", 0)
    ([(0, 1), (8, 2), (14, 3)], True)
    """
    parts = list(_PART.finditer(text, start))
    chapters = [m.start() for m in parts if m.group(2)]
    if not chapters:
        heads = [(m.start(), 1) for m in parts]
        heads += [(m.start(), 2) for m in _SECTION.finditer(text, start)]
        heads += [(m.start(), 3) for m in _ITEM.finditer(text, start)]
        return sorted(heads), False
    # 第…部分 above the other kinds of heading the document uses, each one level deeper than the one before
    kinds = [[m.start() for m in parts if not m.group(2)], [m.start() for m in _SECTION.finditer(text, start)],
             [m.start() for m in _ITEM.finditer(text, start)]]
    heads = [(at, 1) for at in chapters]
    level = 1
    for starts in kinds:
        if starts:
            level += 1
            heads += [(at, level) for at in starts]
    return sorted(heads), True


def _section_id(counters: list[int], level: int) -> str:
    return ".".join(str(c) for c in counters[1 : level + 1])


def find_sections(text: str, body_start: int, plan: int | None, default: PartRole = PartRole.OTHER,
                  review: int | None = None) -> list[Section]:
    """Find parts (level 1), sections (level 2) and numbered items (level 3).

    A part's role and year come from its heading; sections and items take
    their parent's, and those outside any part take the *default* role (a
    plan without parts plans throughout).
    """
    heads, chapters = _heads(text, body_start)
    sections: list[Section] = []
    open_parents: dict[int, Section] = {}
    counters = [0] * (2 + max((level for _, level in heads), default=0))
    review = review if review is not None else (plan - 1 if plan else None)
    continued: set[str] = set()  # parts that plan only because a plan part came before them
    for i, (start, level) in enumerate(heads):
        end = next((h[0] for h in heads[i + 1:] if h[1] <= level), len(text))
        heading = _heading(text, start)
        counters[level] += 1
        counters[level + 1:] = [0] * (len(counters) - level - 1)
        for deeper in [lv for lv in open_parents if lv >= level]:
            del open_parents[deeper]
        parent = open_parents[max(open_parents)] if open_parents else None
        ym = _YEAR.search(heading)
        year = int(ym.group(1)) if ym else None
        if level == 1 or level == 2 and chapters and (parent is None or parent.role is PartRole.OTHER
                                                      or parent.id in continued):
            role, year = _role(heading, year, plan, review)  # 一、2022年回顾 under 第一章 总则 still says its role
            before = parent if level == 2 else next((s for s in reversed(sections) if s.level == 1), None)
            if role is PartRole.OTHER and year is None and before is not None and before.role is PartRole.PLAN:
                # 二、2023年主要目标 | 三、着力扩大有效需求: the plan goes on in the parts after it, without a year
                role, year = PartRole.PLAN, before.year
                continued.add(_section_id(counters, level))
        else:
            role = parent.role if parent else default
            inherited = parent.year if parent else (plan if default is PartRole.PLAN else None)
            if ym and (_FIGURE_YEAR.match(heading, ym.start()) or not _OWN_YEAR.match(heading)):
                # 1.地区生产总值（亿元）：2020年2802.1: an item's years are its figures'; 主要指标增速高于2021年: a
                # comparison; a section or item has a year of its own only when it opens with it (（二）2035年远景目标)
                year = None
            year = year if year is not None else inherited
        sec = Section(_section_id(counters, level), level, heading, Span(start, end), role, year)
        sections.append(sec)
        open_parents[level] = sec
    return sections


def content_id(text: str) -> str:
    """A document id that depends only on the (normalised) text.

    Examples
    --------
    >>> content_id("西青区") == content_id("西青区") != content_id("北辰区")
    True
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def parse_document(text: str, *, doc_id: str | None = None, source: str = "<string>") -> Document:
    """Parse decoded text into a Document with metadata, sections and sentences.

    The Document's ``text`` is normalised (see :mod:`xqgraph.ingest.normalize`);
    all offsets refer to it and map back through ``Document.original_offset``.

    Examples
    --------
    >>> doc = parse_document("某区2018年计划\\n一、2017年工作回顾\\n新增就业1万人。\\n二、2018年主要目标\\n新增就业2万人。\\n")
    >>> [(s.heading, s.role.value, s.year) for s in doc.sections]
    [('一、2017年工作回顾', 'review', 2017), ('二、2018年主要目标', 'plan', 2018)]
    """
    original = text
    normalized = normalize(text)
    text = normalized.text
    meta = parse_header(text)
    year = plan_year(meta, text)
    period = plan_period(meta)
    review = period[0] - 1 if period else (year - 1 if year else None)
    if year and _PART_OF_A_YEAR.search(meta.title or ""):
        review = year  # 2023年上半年工作总结和下半年工作打算: the first half of the plan's own year
    meta = Metadata(**{**meta.__dict__, "year": year, "review_year": review, "issuing_place": issuing_place(meta)})
    body_start = header_end(text)
    default = PartRole.PLAN if re.search(r"计划|规划|要点|安排", meta.title or "") else PartRole.OTHER
    sections = find_sections(text, body_start, year, default, review)
    heading_starts = {s.span.start for s in sections}
    sentences = []
    for i, span in enumerate(split_sentences(text, body_start)):
        inner = [s for s in sections if s.span.start <= span.start < s.span.end]
        sid = inner[-1].id if inner else None
        sentences.append(Sentence(i, span, text[span.start : span.end], sid,
                                  lead=_is_lead(text, span, heading_starts)))
    return Document(doc_id or content_id(text), source, text, meta, tuple(sections), tuple(sentences),
                    original=original if original != text else None,
                    offsets=normalized.offsets if original != text else ())
