"""Relations between entities: the contract's locatedIn, partOf, pairedWith, and cooperatesWith.

Evidence comes from four general sources: the gazetteer's hierarchy between
divisions the text names; the structure of compound names (张家窝镇中心公园
is in 张家窝镇; 国家自主创新示范区西青分园 is part of 国家自主创新示范区; a
station named right after its line is part of it); the issuing district
holding the towns and planning zones its own plan names; and paired-
assistance phrases (对口帮扶, 结对) naming a place; cooperation phrases
(与…合作, 对接, 交流) naming places or bodies; and settling verbs (落户, 入驻,
位于) between a project and the place or zone it lands in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from xqgraph.extract.lexicon import COMPONENT
from xqgraph.link.gazetteer import Division, Gazetteer, load_gazetteer
from xqgraph.model import Document, EntityType, Mention, PlaceLevel, Relation, Sentence, Span

__all__ = ["find_relations"]

# paired assistance: 对口帮扶, 结对帮扶, and the national pairing of eastern and western places (东西部扶贫协作)
_PAIRED = re.compile(r"(?:对口|结对|一对一)[”\"]?(?:帮扶|支援|协作|合作)|东西部(?:扶贫)?协作|扶贫协作")
_OWN_ZONE = re.compile(r"(?:带|新城|辅城|商务区|开发区|园区|功能区|产业园|工业园|科技园|高新区|集聚区|片区|科技城|科学城|度假区"
                       r"|景区|小镇|商圈|街区|投资区|作业区)$")
# zones named after the nation or a multi-province region are not a district's own
_QUALIFIED = re.compile(r"^(?:国家|全国|中国|京津冀|长三角|粤港澳|成渝|长江|黄河|环渤海|珠三角|省|市)")
_LOCAL = (PlaceLevel.TOWN, PlaceLevel.SUBDISTRICT, PlaceLevel.VILLAGE)
_STEM = re.compile(r"(?:镇|乡|街道|区|县|市)$")
_ROUTE = re.compile(r"^[^至]{0,8}至")  # a route named by its two ends: 保定至阜平高速公路, (杨柳青镇)至辛口镇航道
_BRANCH = re.compile(r"分(?:园|区|院|校|中心)")  # a branch of a larger thing, named after where it is


def _gazetteer_edges(places: list[Mention], gaz: Gazetteer) -> Iterator[Relation]:
    by_code: dict[str, Mention] = {}
    for m in places:
        if m.code:
            by_code.setdefault(m.code, m)
    for code, m in by_code.items():
        division = gaz.by_code.get(code)
        if division is None:
            continue
        nearest = next((a for a in gaz.ancestors(division) if a.code in by_code), None)
        if nearest is not None:
            yield Relation(m.text, "locatedIn", by_code[nearest.code].text)


def _compound_edges(mentions: list[Mention]) -> Iterator[Relation]:
    names = {m.text: m for m in mentions}
    places = [m for m in names.values() if m.type is EntityType.PLACE and m.level is not None and len(m.text) >= 2]
    for m in names.values():
        for inner in names.values():
            if inner is m or not m.text.startswith(inner.text) or len(inner.text) < 2:
                continue
            rest = m.text[len(inner.text):]
            if inner.type is EntityType.PLACE and inner.level is not None and _is_site(m) and not _ROUTE.match(rest):
                if inner.canonical and inner.canonical != inner.text and (
                        _ELSEWHERE.search(m.text) or _names_a_place(rest, [p for p in places if p is not inner])):
                    continue  # 上海中学宿迁分校, 苏州宿迁工业园区: named after a city by its short name, but elsewhere
                # 湖塘镇科教城片区 is in the town; 上海市普陀区中心医院 in the district written after the city
                deepest, at = inner, len(inner.text)
                while nxt := next((p for p in places if m.text.startswith(p.text, at) and p.level in _LOWER.get(deepest.level, ())
                                   and len(p.text) < len(m.text) - at), None):
                    deepest, at = nxt, at + len(nxt.text)
                yield Relation(m.text, "locatedIn", deepest.text, m.span)
            elif COMPONENT.match(rest):
                yield Relation(m.text, "partOf", inner.text, m.span)
            elif inner.type is EntityType.ZONE and m.type is EntityType.ZONE:
                yield Relation(m.text, "locatedIn", inner.text, m.span)


_WITHIN = {PlaceLevel.VILLAGE: (PlaceLevel.TOWN, PlaceLevel.SUBDISTRICT),
           PlaceLevel.TOWN: (PlaceLevel.DISTRICT,), PlaceLevel.SUBDISTRICT: (PlaceLevel.DISTRICT,),
           PlaceLevel.DISTRICT: (PlaceLevel.CITY,), PlaceLevel.CITY: (PlaceLevel.PROVINCE,)}


# the levels below each level, for places written one after another (上海市普陀区)
_LOWER: dict[PlaceLevel | None, tuple[PlaceLevel, ...]] = {PlaceLevel.PROVINCE: (PlaceLevel.CITY, PlaceLevel.DISTRICT), PlaceLevel.CITY: (PlaceLevel.DISTRICT,),
          PlaceLevel.DISTRICT: (PlaceLevel.TOWN, PlaceLevel.SUBDISTRICT),
          PlaceLevel.TOWN: (PlaceLevel.VILLAGE,), PlaceLevel.SUBDISTRICT: (PlaceLevel.VILLAGE,), PlaceLevel.VILLAGE: ()}


def _written_within_edges(places: list[Mention]) -> Iterator[Relation]:
    """瓦溪镇黄花村, 紫金县蓝塘镇: a village written right after its town (or a town after its county) is in it."""
    ending = {m.span.end: m for m in places if m.level is not None}
    for m in places:
        outer = ending.get(m.span.start)
        if outer is not None and m.level is not None and outer.level in _WITHIN.get(m.level, ()):
            yield Relation(m.text, "locatedIn", outer.text, Span(outer.span.start, m.span.end))


def _is_site(m: Mention) -> bool:
    """Whether *m* is a thing with a location: a zone, project or facility."""
    return m.type in (EntityType.ZONE, EntityType.PROJECT) or EntityType.PROJECT in m.extra_types


def _names_a_place(text: str, places: list[Mention]) -> bool:
    """Whether *text* holds one of *places* by its name or its stem (宿迁 of 宿迁市)."""
    return any(p.text in text or len(_STEM.sub("", p.text)) >= 2 and _STEM.sub("", p.text) in text for p in places)


# a branch or a partner's facility bears the name of the city it came from (上海中学莎车分校, 北京儿童医院保定医院),
# a park often a person's (中山公园)
_ELSEWHERE = re.compile(r"分校|分院|分中心|援建|对口")
# roads and lines are named after places they are not in (南京路 in 上海, 渝昆高铁), regions after the city they outgrow
_NAMED_AFTER_A_PLACE = re.compile(r"(?:路|街|道|大道|大街|巷|线|铁路|高铁|高速|公路|航线|圈|带)$")  # 武汉城市圈: larger


def _stem_edges(mentions: list[Mention], uppers: tuple[str, ...] = ()) -> Iterator[Relation]:
    places = [m for m in mentions if m.type is EntityType.PLACE and m.level in (*_LOCAL, PlaceLevel.DISTRICT)]
    stems = {_STEM.sub("", p.text): p.text for p in places if len(_STEM.sub("", p.text)) >= 2}
    # a zone or facility named after a city (芜湖经济技术开发区, 昆明长水国际机场) is in it; a road is not (南京路)
    cities = {_STEM.sub("", m.text): m.text for m in mentions if m.type is EntityType.PLACE and m.level is PlaceLevel.CITY
              and m.text.endswith("市") and len(m.text) >= 3}
    other_places = [m for m in mentions if m.type is EntityType.PLACE and m.level is not None and len(m.text) >= 2]
    names = {m.text for m in mentions if m.type is not EntityType.PLACE}
    branches: dict[str, str | None] = {}  # by name: a name is mentioned many times
    holds_a_name: dict[str, bool] = {}
    for m in mentions:
        stretch = m.type is EntityType.PLACE and m.level is None and m.text.endswith("段")  # 京杭大运河西青段
        if not stretch and m.type not in (EntityType.ZONE, EntityType.PROJECT):
            continue
        if m.text not in branches:
            branches[m.text] = next((place for stem, place in stems.items() if stem + "段" in m.text or stem + "分"
                                     in m.text and _BRANCH.search(m.text, m.text.find(stem + "分"))), None)
        branch = branches[m.text]
        if branch is not None:
            # 京杭大运河西青段(运河公园), 国家自主创新示范区西青分园: the stretch, segment or branch in the place
            yield Relation(m.text, "locatedIn", branch, m.span)
            continue
        if stretch:
            continue
        if m.text not in holds_a_name:
            holds_a_name[m.text] = any(m.text.startswith(n) and m.text != n for n in names)
        if holds_a_name[m.text]:
            continue  # 西青医院二期 is where 西青医院 is
        if _ROUTE.match(m.text):
            continue  # 保定至阜平高速公路 runs between two places, in neither
        for stem, place in stems.items():
            if m.text.startswith(stem) and not m.text.startswith(place):
                yield Relation(m.text, "locatedIn", place, m.span)
        if not cities or not m.text.startswith(tuple(cities)):
            continue
        outer = [o for o in mentions if o.span.start <= m.span.start and m.span.end <= o.span.end and o.span != m.span]
        inside = any(_ELSEWHERE.search(o.text) for o in outer)  # 上海中学 of 上海中学宿迁分校
        if not _NAMED_AFTER_A_PLACE.search(m.text) and not _ELSEWHERE.search(m.text) and not inside:  # 上海中学 of …宿迁分校
            for stem, city in cities.items():
                if (m.text.startswith(stem) and not m.text.startswith(city) and not any(m.text.startswith(s) for s in stems)
                        and not _names_a_place(m.text[len(stem):], other_places)  # 苏州宿迁工业园区
                        and not any(len(w) >= 2 and w in o.text[len(stem):] for o in (m, *outer) for w in uppers
                                    if not stem.startswith(w))):  # 北京儿童医院保定医院: 保定's hospital
                    yield Relation(m.text, "locatedIn", city, m.span)


_ROADS = ("路", "街", "道", "大道", "大街", "巷")
_HELD = {PlaceLevel.DISTRICT: _LOCAL, PlaceLevel.TOWN: (PlaceLevel.VILLAGE,), PlaceLevel.SUBDISTRICT: (PlaceLevel.VILLAGE,),
         PlaceLevel.CITY: ()}


_ZONE_ISSUER = re.compile(r"(?:开发区|高新区|经开区|新区|园区|自贸区|保税区)$")


def _zone_issuer_edges(issuer: str, mentions: list[Mention], gaz: Gazetteer) -> Iterator[Relation]:
    """A development zone's management committee reports on the subdistricts and towns it runs and the parks
    inside it (芜湖经济技术开发区: 龙山街道, 芜湖机器人产业园), those in the zone's own city."""
    if issuer not in {m.text for m in mentions}:
        return
    city_stem = next((w for w in gaz.upper_names if issuer.startswith(w)), "")
    city = next((d for d in (*gaz.by_name.get(city_stem, ()), *gaz.by_short.get(city_stem, ())) if d.rank in (1, 2)), None)
    for m in mentions:
        if m.text == issuer:
            continue
        if m.type is EntityType.PLACE and m.level in _LOCAL:
            division = gaz.by_code.get(m.code or "")
            if division is None or city is None or city.code not in {a.code for a in gaz.ancestors(division)}:
                continue  # a place of another city, or of no known one
            yield Relation(m.text, "locatedIn", issuer, m.span)
        elif (m.type is EntityType.ZONE and _OWN_ZONE.search(m.text) and city is not None and city_stem
              and m.text.startswith(city_stem) and not _ZONE_ISSUER.search(m.text) and not m.text.startswith(issuer)):
            yield Relation(m.text, "locatedIn", issuer, m.span)  # 芜湖机器人产业园 (not 合肥科学城)


def _issuer_edges(doc: Document, mentions: list[Mention], gaz: Gazetteer) -> Iterator[Relation]:
    issuer = doc.metadata.issuing_place
    divisions = gaz.by_name.get(issuer or "", [])
    if issuer and not divisions and _ZONE_ISSUER.search(issuer):
        yield from _zone_issuer_edges(issuer, mentions, gaz)
        return
    if not issuer or not divisions:
        return
    # the places a government holds that its report names without saying where they are: a county's towns,
    # subdistricts and villages and its own zones; a town's or subdistrict's villages and communities, and the
    # zones named after it (湖南路商圈), not the county's (西青经济技术开发区 in a town's report)
    level = PlaceLevel.DISTRICT if divisions[0].rank == 3 else divisions[0].level  # 福清市 holds as a county does
    held = _HELD.get(level) if level is not None else None
    if held is None:
        return
    # a zone qualified by a province or prefecture (京津冀…, 河北…) is not the district's own
    place_words = gaz.upper_names
    town_stem = _STEM.sub("", issuer) if level in (PlaceLevel.TOWN, PlaceLevel.SUBDISTRICT) else None
    for m in mentions:
        if m.type is EntityType.PLACE and m.level in held:
            yield Relation(m.text, "locatedIn", issuer, m.span)
        elif town_stem is not None:
            if m.type is EntityType.ZONE and len(town_stem) >= 2 and m.text.startswith(town_stem) and m.text != issuer:
                yield Relation(m.text, "locatedIn", issuer, m.span)
        elif (m.type is EntityType.ZONE and _OWN_ZONE.search(m.text) and not _QUALIFIED.match(m.text)
              and not (level is PlaceLevel.CITY and m.text.endswith("带"))):  # a belt runs through many cities
            upper = next((w for w in place_words if m.text.startswith(w)), None) if m.text.startswith(place_words) else None
            if upper is None or m.text.startswith(_ROADS, len(upper)):  # 湖南路商圈 is named after a road
                yield Relation(m.text, "locatedIn", issuer, m.span)


def _station_edges(mentions: list[Mention], text: str) -> Iterator[Relation]:
    ordered = sorted(mentions, key=lambda m: m.span.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.text.endswith("号线") and b.text.endswith("站") and b.span.start == a.span.end:
            yield Relation(b.text, "partOf", a.text, Span(a.span.start, b.span.end))


_PAIR_JOIN = re.compile(r"[与同]")  # not 和: 与靖远县和平泉市对口帮扶 lists two partners


def _explicit_pairs(text: str, offset: int, places: list[Mention], span: tuple[int, int]) -> list[tuple[Mention, Mention]]:
    """``A与B`` in *span* of a sentence: two divisions named as the pair (杭州市与湖北省恩施州对口合作),
    B the lowest of the divisions named one after the other (湖北省恩施州: 恩施州)."""
    pairs = []
    for a in places:
        if not span[0] <= a.span.start - offset < span[1] or not _PAIR_JOIN.fullmatch(text, a.span.end - offset,
                                                                                        a.span.end - offset + 1):
            continue
        first = min((m.span.start for m in places if m.span.end == a.span.start), default=a.span.start)
        if text[max(0, first - offset - 1) : first - offset] in ("与", "同", "和", "、"):
            continue  # 与甘肃省靖远县与…: A is itself the issuer's partner, one of a list
        b = next((m for m in places if m.span.start == a.span.end + 1), None)
        while b is not None:
            lower = next((m for m in places if m.span.start == b.span.end), None)
            if lower is None:
                break
            b = lower
        if b is not None:
            pairs.append((a, b))
    return pairs


def _named_pairs(doc: Document, mentions: list[Mention]) -> Iterator[tuple[Sentence, Mention, Mention]]:
    """Each pair of divisions a sentence names before its word of pairing, with the sentence."""
    for sent in doc.sentences:
        pairings = list(_PAIRED.finditer(sent.text))
        if not pairings:
            continue
        places = [m for m in mentions if m.code and sent.span.start <= m.span.start < sent.span.end]
        for p in pairings:
            # the pair stands before the word of pairing (对口帮扶静宁县和庄浪县 lists two partners)
            before = (_around(sent.text, p.start(), p.end(), "；;，,")[0], p.start())
            for a, b in _explicit_pairs(sent.text, sent.span.start, places, before):
                if b.span.end - sent.span.start <= p.start():
                    yield sent, a, b
            yield from ((sent, a, b) for a, b in _respective_pairs(sent, places, p))


def _listed(places: list[Mention], end: int, text: str, offset: int, forwards: bool) -> list[Mention]:
    """The places listed with 、 that end at *end* (or, *forwards*, start there), in text order."""
    found: list[Mention] = []
    at = end
    while True:
        m = next((m for m in places if (m.span.start if forwards else m.span.end) == at), None)
        if m is None:
            return found
        found.append(m)
        edge = m.span.end if forwards else m.span.start - 1
        if not 0 <= edge - offset < len(text) or text[edge - offset] != "、":
            return found if forwards else found[::-1]
        at = edge + 1 if forwards else edge


def _respective_pairs(sent: Sentence, places: list[Mention], p: re.Match[str]) -> list[tuple[Mention, Mention]]:
    """宁波市、绍兴市分别结对帮扶康定市、泸定县: the places before and after, pair by pair."""
    text, offset = sent.text, sent.span.start
    if not text.endswith("分别", 0, p.start()):
        return []
    givers = _listed(places, offset + p.start() - 2, text, offset, forwards=False)
    takers = _listed(places, offset + p.end(), text, offset, forwards=True)
    return list(zip(givers, takers, strict=True)) if len(givers) == len(takers) > 1 else []


def _paired_edges(doc: Document, mentions: list[Mention], gaz: Gazetteer) -> Iterator[Relation]:
    issuer = doc.metadata.issuing_place
    named = list(_named_pairs(doc, mentions))
    # neither one, nor the province or city before B (湖北省恩施州), is the issuer's partner there
    taken = {m.span.start for _, a, b in named for m in mentions if a.span.start <= m.span.start < b.span.end}
    for sent, a, b in named:  # A与B对口合作: the pair the sentence names, whoever issued it
        yield Relation(a.text, "pairedWith", b.text, sent.span)
    if not issuer:
        return
    divisions = gaz.by_name.get(issuer, [])
    own = {issuer} | {a.name for d in divisions for a in gaz.ancestors(d)}
    own_codes = {d.code for d in divisions}
    # a district's sibling districts are parts of its own city (在和平区设立专柜), a city's sibling cities are not
    own_parents = {d.parent for d in divisions if d.parent and d.rank >= 3}

    def partner(d: Division) -> bool:
        """Neither a town of the issuer's nor a district of its own city (在和平区设立专柜) is its partner."""
        return not (own_codes & {a.code for a in gaz.ancestors(d)} or d.parent in own_parents)

    for sent in doc.sentences:
        text = sent.text
        # the items (；) and the clauses (，) of the sentence that speak of pairing: 二是与上海市开展产业合作 is
        # another item
        pairings = list(_PAIRED.finditer(text))
        if not pairings:
            continue
        items = [_around(text, p.start(), p.end(), "；;") for p in pairings]
        clauses = [_around(text, p.start(), p.end(), "；;，,") for p in pairings]
        inside = [m for m in mentions if m.code and sent.span.start <= m.span.start < sent.span.end
                  and m.span.start not in taken
                  and any(a <= m.span.start - sent.span.start < b for a, b in items)
                  and m.text not in own and (m.canonical or m.text) not in own
                  and (m.code not in gaz.by_code or partner(gaz.by_code[m.code]))]
        rank = {m.text: gaz.by_code[m.code].rank if m.code in gaz.by_code else 0 for m in inside}
        # partners are counties or cities, and a town in such a sentence is most often one of the issuer's own.
        # In the clause of the pairing, every division that holds none of the others (阿勒泰地区福海县、日喀则市:
        # the county and the city); elsewhere in the item only the lowest named (深化东西部扶贫协作，助力四川省
        # 昭觉县: the county, not its province; …对口帮扶，组织企业赴兰州市考察: not the city visited)
        counties = [r for r in rank.values() if r <= 3]
        lowest = max(counties) if counties else max(rank.values(), default=0)
        inner = {a.code for m in inside if m.code in gaz.by_code for a in gaz.ancestors(gaz.by_code[m.code])}
        names = dict.fromkeys(
            m.text for m in sorted(inside, key=lambda m: m.span.start)
            if (rank[m.text] <= 3 or not counties) and (rank[m.text] == lowest or m.code not in inner and any(
                a <= m.span.start - sent.span.start < b for a, b in clauses)))
        for name in names:
            yield Relation(issuer, "pairedWith", name, sent.span)


def _around(text: str, start: int, end: int, marks: str) -> tuple[int, int]:
    """The stretch of *text* around ``text[start:end]`` up to the nearest of *marks* on either side."""
    left = max(text.rfind(c, 0, start) for c in marks) + 1
    right = min((i for i in (text.find(c, end) for c in marks) if i >= 0), default=len(text))
    return left, right


_COOPERATION = re.compile(r"合作|对接|交流|共建|协作")
_SETTLES = re.compile(r"(?:成功)?(?:落户|入驻|落地|位于|坐落于|进驻)(?:到|在|于)?")
_CLAUSE_END = re.compile(r"[,，;；。!?！？]")


def _cooperation_edges(doc: Document, mentions: list[Mention], gaz: Gazetteer) -> Iterator[Relation]:
    """与北京方面的交流对接: the issuing place cooperates with the places and bodies of such a clause."""
    issuer = doc.metadata.issuing_place
    if not issuer:
        return
    own = {issuer} | {a.name for d in gaz.by_name.get(issuer, []) for a in gaz.ancestors(d)}
    text = doc.text
    for start, end in _clauses(doc):
        clause = text[start:end]
        verb = _COOPERATION.search(clause)
        if verb and re.search(r"与|同|和|对接|赴", clause[: verb.end()]):
            # 与北京…交流: the partner stands before the verb; 对接雄安新区: after it
            lo, hi = (start + verb.end(), end) if verb.group() == "对接" and verb.end() < len(clause) \
                and not re.search(r"与|同|和", clause[: verb.start()]) else (start, start + verb.start())
            for m in mentions:
                if (lo <= m.span.start and m.span.end <= hi
                        and m.type in (EntityType.PLACE, EntityType.ZONE, EntityType.ORGANIZATION)
                        and m.text not in own and (m.canonical or m.text) not in own):
                    yield Relation(issuer, "cooperatesWith", m.text, Span(start, end))


_LOCATED_AT = re.compile(r"(?:位于|坐落于|地处)$")


_LINE_SUBJECT = re.compile(r"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])?\s*(?P<name>[^：:（(，,。；;]{2,30}?)(?:[（(][^（）()]{1,10}[)）])?[：:]")
_LATER_LOCATED = re.compile(r"(?<=[，,])(?:位于|坐落于|地处|落户|选址)(?:在|于)?")


def _settling_edges(doc: Document, mentions: list[Mention]) -> Iterator[Relation]:
    """X落户Y, X入驻Y, X位于Y, 位于Y的X: a project or body located in a place or zone."""
    by_start = {m.span.start: m for m in mentions if m.type in (EntityType.PLACE, EntityType.ZONE)}
    by_end = {m.span.end: m for m in mentions if m.type in (EntityType.PLACE, EntityType.ZONE)}
    for m in mentions:
        if m.type not in (EntityType.PROJECT, EntityType.ORGANIZATION, EntityType.ZONE):
            continue
        verb = _SETTLES.match(doc.text, m.span.end)
        if verb and verb.end() in by_start and by_start[verb.end()].text != m.text:
            yield Relation(m.text, "locatedIn", by_start[verb.end()].text, Span(m.span.start, verb.end()))
        # 位于大张庄镇的北辰区第二人民医院
        where = by_end.get(m.span.start - 1) if doc.text[m.span.start - 1 : m.span.start] == "的" else None
        at = _LOCATED_AT.search(doc.text, max(0, where.span.start - 3), where.span.start) if where else None
        if where is not None and at is not None and where.text != m.text:
            yield Relation(m.text, "locatedIn", where.text, Span(at.start(), m.span.end))
    # 1.四川时代动力电池项目（一至六期）：总投资320亿元，位于宜宾三江新区: the line's subject, named before its colon
    sites = {(m.span.start, m.span.end): m for m in mentions if _is_site(m)}
    for sent in doc.sentences:
        head = _LINE_SUBJECT.match(sent.text)
        subject = sites.get((sent.span.start + head.start("name"), sent.span.start + head.end("name"))) if head else None
        if head is None or subject is None:
            continue
        for verb in _LATER_LOCATED.finditer(sent.text, head.end()):
            place = by_start.get(sent.span.start + verb.end())
            if place is not None and place.text != subject.text:
                yield Relation(subject.text, "locatedIn", place.text, sent.span)


_ATTRACT = re.compile(r"引进|招引|签约|落户|入驻|落地")
_CARRY_OUT = re.compile(r"在(?P<where>[^,，;；。]{2,20}?)(?:率先|全面|深入|积极)?(?:实施|推行|开展|推进|试点|落实)")


def _clauses(doc: Document) -> Iterator[tuple[int, int]]:
    for sent in doc.sentences:
        start = sent.span.start
        for mark in [*_CLAUSE_END.finditer(doc.text, sent.span.start, sent.span.end), None]:
            end = mark.start() if mark else sent.span.end
            yield start, end
            start = end + 1


def _attraction_edges(doc: Document, mentions: list[Mention]) -> Iterator[Relation]:
    """新引进法雷奥西门子等项目: a project or company attracted to the issuing place (or the zone named)."""
    issuer = doc.metadata.issuing_place
    for start, end in _clauses(doc):
        verb = _ATTRACT.search(doc.text, start, end)
        if not verb:
            continue
        inside = [m for m in mentions if start <= m.span.start and m.span.end <= end]
        zones = [m for m in inside if m.type is EntityType.ZONE and m.span.end <= verb.start()]
        where = zones[-1].text if zones else issuer
        for m in inside:
            if where and m.span.start >= verb.end() and m.type in (EntityType.PROJECT, EntityType.ORGANIZATION):
                yield Relation(m.text, "attractedTo", where, Span(start, end))


def _implementation_edges(doc: Document, mentions: list[Mention]) -> Iterator[Relation]:
    """在全市率先建立…机制 / 在西青开发区试点…改革: a policy carried out in a place or zone."""
    places = [m for m in mentions if m.type in (EntityType.PLACE, EntityType.ZONE)]
    policies = [m for m in mentions if m.type is EntityType.POLICY]
    for start, end in _clauses(doc):
        where = _CARRY_OUT.search(doc.text, start, end)
        if not where:
            continue
        here = [p for p in places if where.start("where") <= p.span.start and p.span.end <= where.end("where")]
        done = [p for p in policies if where.end() <= p.span.start and p.span.end <= end]
        for place in here[-1:]:
            for policy in done:
                yield Relation(policy.text, "implementedIn", place.text, Span(start, end))


def find_relations(doc: Document, mentions: list[Mention], *, gazetteer: Gazetteer | None = None) -> list[Relation]:
    """Return the relations *doc* states or implies between its *mentions*.

    Examples
    --------
    >>> from xqgraph.model import Span
    >>> town = Mention("张家窝镇", Span(0, 4), EntityType.PLACE, PlaceLevel.TOWN)
    >>> park = Mention("张家窝镇中心公园", Span(0, 8), EntityType.PROJECT)
    >>> doc = Document("d", "<string>", "张家窝镇中心公园")
    >>> [(r.head, r.predicate, r.tail) for r in find_relations(doc, [town, park])]
    [('张家窝镇中心公园', 'locatedIn', '张家窝镇')]
    """
    gaz = gazetteer or load_gazetteer()
    places = [m for m in mentions if m.type is EntityType.PLACE]
    cooperation = list(_cooperation_edges(doc, mentions, gaz))
    partners = {r.tail for r in cooperation}  # 对接光谷科技城: a zone the issuer works with is not its own
    found = [
        *_gazetteer_edges(places, gaz),
        *_written_within_edges(places),
        *_compound_edges(mentions),
        *_stem_edges(mentions, gaz.upper_names),
        *(r for r in _issuer_edges(doc, mentions, gaz) if r.head not in partners),
        *_station_edges(mentions, doc.text),
        *_paired_edges(doc, mentions, gaz),
        *cooperation,
        *_settling_edges(doc, mentions),
        *_attraction_edges(doc, mentions),
        *_implementation_edges(doc, mentions),
    ]
    unique: dict[tuple[str, str, str], Relation] = {}
    for r in found:
        if r.head != r.tail:
            unique.setdefault((r.head, r.predicate, r.tail), r)
    return [unique[k] for k in sorted(unique)]
