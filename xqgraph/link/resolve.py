"""Resolve mentions into entities: one per distinct thing, under its fullest name.

Two mentions name the same thing when their names are equal once quotes
and width are normalised; when one is a short form the gazetteer knows
(天津 → 天津市) and the full form occurs too; when one abbreviates the other
(赛达新城 → 赛达产业新城: same opening, same head, letters in order); or when
one is a quoted slogan plus a generic word (“三送四讲”行动 → “三送四讲”).
我区/全区/本区 were already resolved to the issuing place by extraction.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from xqgraph.extract.lexicon import COMPONENT, QUOTE_SUFFIXES
from xqgraph.link.gazetteer import Division, Gazetteer, load_gazetteer
from xqgraph.link.indicators import indicator_key
from xqgraph.model import (
    Document,
    Entity,
    EntityType,
    Extraction,
    LinkedDocument,
    Mention,
)

__all__ = ["coreference", "link_document", "normalise_name"]

_QUOTES = str.maketrans("", "", "“”‘’\"'《》「」『』 \t\u3000")


@lru_cache(maxsize=1 << 16)  # called for each mention and name, again and again
def normalise_name(name: str) -> str:
    """Key for comparing names: NFKC, no quotes, no white space.

    Examples
    --------
    >>> normalise_name("“河长制”") == normalise_name("河长制")
    True
    """
    once = unicodedata.normalize("NFKC", name).translate(_QUOTES)
    return unicodedata.normalize("NFKC", once).translate(_QUOTES)


_LEVELS = frozenset({"国家", "国家级", "省级", "市级", "区级", "县级"})
_ORDINAL_LETTERS = re.compile(r"[第届期\d一二三四五六七八九十百零〇]")


def _abbreviates(short: str, full: str) -> bool:
    """赛达新城 abbreviates 赛达产业新城: same first two and last two letters, in order, the letters left out
    inside the name's kind (产业新城, 经济技术开发区), not before a kind both write in full, and no ordinals.

    Examples
    --------
    >>> _abbreviates("赛达新城", "赛达产业新城"), _abbreviates("西青开发区", "西青经济技术开发区")
    (True, True)
    >>> _abbreviates("长沙经济技术开发区", "长沙临空经济技术开发区"), _abbreviates("某县人民医院", "某县第二人民医院")
    (False, False)
    >>> _abbreviates("第十届桃花节", "第十一届桃花节"), _abbreviates("中车株洲电力机车有限公司", "中车株洲电力机车研究所有限公司")
    (False, False)
    """
    if "”" in short or full.startswith(short) or len(short) < 4 or len(short) >= len(full) or short[:2] != full[:2] or short[-2:] != full[-2:]:
        return False
    left_out = "".join(_left_out(short, full))
    if len(full) - len(left_out) != len(short):
        return False  # not all of *short*'s letters stand in *full*, in order
    if left_out in _LEVELS:
        return True  # 西青[国家级]经济技术开发区: the same zone with its level
    same_end = next(n for n in range(len(short) + 1) if n == len(short) or short[-1 - n] != full[-1 - n])
    if same_end > 3:
        return False  # 长沙[临空]经济技术开发区, …[研究所]有限公司: a name of its own before a kind written in full
    return not _ORDINAL_LETTERS.search(left_out)  # 第二人民医院, 第十一届: another one of the kind


def _left_out(short: str, full: str) -> Iterator[str]:
    """The letters of *full* that *short* (a subsequence of it) leaves out, matching greedily from the left."""
    i = 0
    for ch in full:
        if i < len(short) and ch == short[i]:
            i += 1
        else:
            yield ch


# the customary short forms of kinds of zones and of government bodies (longest first where one holds
# another), and 中国（湖南）自由贸易试验区 said as 湖南自贸区
_SHORT_FORMS = (
    ("经济技术开发区", "经开区"), ("经济开发区", "经开区"), ("高新技术产业开发区", "高新区"),
    ("自由贸易试验区", "自贸区"), ("自贸试验区", "自贸区"), ("综合保税区", "综保区"),
    ("发展和改革委员会", "发改委"), ("发展改革委员会", "发改委"), ("发展改革委", "发改委"),
    ("卫生健康委员会", "卫健委"), ("住房和城乡建设局", "住建局"), ("住房城乡建设局", "住建局"),
    ("人力资源和社会保障局", "人社局"), ("人力资源社会保障局", "人社局"), ("市场监督管理局", "市场监管局"),
    ("工业和信息化局", "工信局"), ("科学技术局", "科技局"), ("交通运输局", "交通局"), ("应急管理局", "应急局"),
)
_CHINA_QUALIFIER = re.compile(r"^中国[(（]([^()（）]+)[)）]")
_SHORTENED = (EntityType.ZONE, EntityType.ORGANIZATION)


@lru_cache(maxsize=1 << 16)
def short_form_key(name: str) -> str:
    """A zone's or body's name with its kind in short form, to compare names that differ only there.

    Examples
    --------
    >>> short_form_key("长沙经济技术开发区") == short_form_key("长沙经开区")
    True
    >>> short_form_key("中国（湖南）自由贸易试验区长沙片区") == short_form_key("湖南自贸区长沙片区")
    True
    >>> short_form_key("宜宾市发展和改革委员会") == short_form_key("宜宾市发改委")
    True
    """
    key = _CHINA_QUALIFIER.sub(r"\1", normalise_name(name))
    for full, short in _SHORT_FORMS:
        key = key.replace(full, short)
    return key


# words that say at which level of government a policy applies, not which policy it is
_SCOPES = frozenset("街镇 镇街 乡镇 区级 市级 县级 镇级 村级 全区 全市 全县 全镇 全省".split())


def _target(name: str, ordered: list[str], types_of: dict[str, set[EntityType]], gaz: Gazetteer) -> str | None:
    """The fuller name *name* should merge into, if any (*ordered*: every name, longest first)."""
    types = types_of[name]
    # what _abbreviates asks first, once for the name: most pairs fail here
    abbreviable = len(name) >= 4 and "”" not in name
    first, last = name[:2], name[-2:]
    for full in ordered:
        if full == name or types.isdisjoint(types_of[full]):
            continue
        if full.endswith(name) and full[: -len(name)] in gaz.by_name:
            return full  # 西青区人民政府 → 天津市西青区人民政府
        if (full.endswith(name) and full[: -len(name)] in _SCOPES and len(name) >= 4
                and EntityType.POLICY in types_of[name] & types_of[full]):
            return full  # 财政体制改革 after 街镇财政体制改革: the same reform, its scope said once
        if (full.startswith(name) and full.endswith("战略") and len(full) - len(name) <= 6
                and EntityType.POLICY in types & types_of[full]):
            return full  # 京津冀协同发展 and 京津冀协同发展战略, …高质量发展 and …高质量发展重大国家战略: one strategy
        if abbreviable and full.startswith(first) and full.endswith(last) and _abbreviates(name, full):
            return full
        if (len(full) > len(name) and set(_SHORTENED) & types_of[name] & types_of[full]
                and short_form_key(name) == short_form_key(full)):
            return full  # 长沙经开区 is 长沙经济技术开发区, 宜宾市发改委 宜宾市发展和改革委员会
        if full.startswith("“") and name.startswith(full) and name[len(full):] in QUOTE_SUFFIXES:
            return full
    return None


def _continues(inner: Mention, outer: Mention) -> bool:
    """Whether *outer*'s name carries *inner*'s on, making it part of the longer name."""
    return (outer.text.startswith(inner.text)
            or outer.text.endswith(inner.text) and outer.type == inner.type
            or inner.type is EntityType.POLICY and outer.type is not EntityType.POLICY)


def _stands_apart(group: list[Mention], containers: list[Mention]) -> bool:
    """Inner names that are entities of their own even inside longer names."""
    inner = group[0]
    if inner.type is EntityType.PLACE:  # places, unless a town named only inside a policy (强街强镇战略)
        return bool(inner.code or inner.level is None
                    or not all(c.type in (EntityType.POLICY, EntityType.EVENT) for c in containers))
    if any(c.text.startswith(inner.text) and (COMPONENT.match(c.text[len(inner.text):])
                                              or c.text[len(inner.text):] in QUOTE_SUFFIXES) for c in containers):
        return True  # 西青医院 in 西青医院二期; “三送四讲” in “三送四讲”行动
    if all(c.type in (EntityType.POLICY, EntityType.EVENT) and c.type != inner.type for c in containers):
        return True  # 赛达产业新城 in 赛达产业新城总体发展策略规划
    same = [c for c in containers if c.type == inner.type]
    return not same and inner.type in (EntityType.ORGANIZATION, EntityType.ZONE, EntityType.EVENT)


def _absorb_nested(mentions: list[Mention]) -> list[Mention]:
    """Names that only ever stand inside a longer name are not entities of their own.

    An inner name that the longer name carries on (市场准入负面清单制度 in
    …制度改革) becomes its alias when both have the same type, and is dropped
    otherwise (南站 in 南站科技商务区); see :func:`_stands_apart` for the
    inner names kept as entities.
    """
    by_text: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_text[m.text].append(m)
    by_start = sorted(mentions, key=lambda m: m.span.start)
    starts = [m.span.start for m in by_start]
    longest = max((len(m.span) for m in mentions), default=0)

    def around(m: Mention) -> list[Mention]:  # the mentions whose span holds m's: they start at most `longest` before
        lo, hi = bisect_left(starts, m.span.end - longest), bisect_right(starts, m.span.start)
        return [c for c in by_start[lo:hi] if c.text != m.text and c.span.end >= m.span.end
                and len(c.span) > len(m.span) and _continues(m, c)]

    out: list[Mention] = []
    for group in by_text.values():
        containers = [around(m) for m in group]
        if not all(containers) or _stands_apart(group, [c for cs in containers for c in cs]):
            out.extend(group)
            continue
        same = [c for cs in containers for c in cs if c.type == group[0].type]
        if same:
            target = min(same, key=lambda c: (len(c.text), c.text)).text
            out.extend(replace(m, canonical=target) for m in group)
    return sorted(out, key=lambda m: (m.span.start, m.span.end, m.text))


def _groups(mentions: list[Mention], gaz: Gazetteer) -> dict[str, list[Mention]]:
    by_key: dict[str, list[Mention]] = defaultdict(list)
    keys = {normalise_name(m.text) for m in mentions}
    # the name each name points at: 中铁十八局 → 中铁十八局集团 → 中铁十八局集团有限公司, followed to its end
    points_at = {normalise_name(m.text): normalise_name(m.canonical) for m in mentions
                 if m.canonical and normalise_name(m.canonical) in keys}
    for m in mentions:
        key = normalise_name(m.text)
        if m.canonical and normalise_name(m.canonical) in keys:
            key = normalise_name(m.canonical)
        seen = {key}
        while key in points_at and points_at[key] not in seen:
            key = points_at[key]
            seen.add(key)
        by_key[key].append(m)
    display = {k: max((m.text for m in ms), key=lambda t: (len(t), t)) for k, ms in by_key.items()}
    named: dict[str, list[Mention]] = {display[k]: ms for k, ms in by_key.items()}
    ordered = sorted(named, key=lambda n: (-len(n), n))
    types_of = {n: {t for m in ms for t in (m.type, *m.extra_types)} for n, ms in named.items()}
    merged: dict[str, list[Mention]] = defaultdict(list)
    for name in sorted(named):
        target = _target(name, ordered, types_of, gaz) or name
        merged[target].extend(named[name])
    return merged


def _entity(name: str, mentions: list[Mention]) -> Entity:
    votes = Counter(m.type for m in mentions)
    primary = max(votes, key=lambda t: (votes[t], -list(EntityType).index(t)))
    extra = sorted({t for m in mentions for t in (m.type, *m.extra_types)} - {primary}, key=list(EntityType).index)
    level = next((m.level for m in mentions if m.level is not None and m.type is primary), None)
    code = next((m.code for m in mentions if m.code and m.text == name), None) or next(
        (m.code for m in mentions if m.code), None)
    aliases = sorted({m.text for m in mentions} - {name})
    spans = tuple(sorted({m.span for m in mentions}, key=lambda s: (s.start, s.end)))
    return Entity(f"{primary.value}/{name}", name, primary, level, tuple(aliases), tuple(extra), spans, code)


def coreference(doc: Document, gaz: Gazetteer) -> dict[str, str]:
    """Words that stand for places: 全区/我区/本区 the issuer, 全市/我市/本市 its city …

    Examples
    --------
    >>> from xqgraph.link.gazetteer import load_gazetteer
    >>> from xqgraph.model import Metadata
    >>> refs = coreference(Document("d", "s", "", Metadata(issuing_place="西青区")), load_gazetteer())
    >>> refs["我区"], refs["全市"]
    ('西青区', '天津市')
    """
    issuer = doc.metadata.issuing_place
    divisions = gaz.by_name.get(issuer or "", [])
    if not issuer or not divisions:
        return {}
    refs: dict[str, str] = {}
    for d in [divisions[0], *gaz.ancestors(divisions[0])]:
        suffix = "市" if d.name.endswith("市") else d.name[-1]
        for word in ("全", "我", "本"):
            refs.setdefault(word + suffix, d.name)
    return refs


_LOCAL_TYPES = (EntityType.ZONE, EntityType.PROJECT)


def _is_local(e: Entity) -> bool:
    """Zones, projects and places without a division code are named within one city."""
    return e.type in _LOCAL_TYPES or (e.type is EntityType.PLACE and not e.code)


# words that begin with a level's character without pointing at a government: 区域, 县域, 市场 …
_NOT_OWNERS = frozenset("区域 区位 区块 区县 县域 县城 县区 县市 县乡 市场 市民 市容 市政 市区 市域 市县 市级 区级 县级 省级 乡镇 乡村 "
                        "镇域 镇村 镇街 乡土 省内 市内 区内 县内 省市 省外 市外".split())
_OWNER_RANKS = {"省": (1,), "市": (2, 1), "区": (3,), "县": (3,), "镇": (4,), "乡": (4,)}


def _owner_scope(e: Entity, issuer: Division, gaz: Gazetteer) -> str | None:
    """The code of the division a name begins by pointing at (区科技局 in a 西青区 plan: 西青区's; 市人民医院: its
    city's), so that two districts' 区科技局 stay two; None for a name that does not begin so.

    Examples
    --------
    >>> from xqgraph.link.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> xiqing = gaz.by_name["西青区"][0]
    >>> [_owner_scope(Entity("x", n, EntityType.ORGANIZATION), xiqing, gaz) for n in ("区科技局", "市政府", "科技局", "区委")]
    ['120111', '120000', None, '120111']
    >>> kunshan = gaz.by_name["昆山市"][0]
    >>> _owner_scope(Entity("x", "市人民医院", EntityType.PROJECT), kunshan, gaz) == kunshan.code
    True
    """
    ranks = _OWNER_RANKS.get(e.name[:1])
    if (ranks is None or e.code or len(e.name) < 2 or e.type is EntityType.POLICY
            or e.name[:2] in _NOT_OWNERS and e.name[1:3] != "政府"):  # 市政 works, 市政府 governs
        return None
    if issuer.name.endswith(e.name[0]):
        return issuer.code  # 市人民医院 in a county-level city's report (昆山市) is its own, not 苏州's
    chain = [issuer, *gaz.ancestors(issuer)]
    return next((d.code for rank in ranks for d in chain if d.rank == rank), None)


def name_scope(issuer: str | None, gaz: Gazetteer) -> str | None:
    """The code of the city (prefecture level, else province) around the issuing place.

    Examples
    --------
    >>> from xqgraph.link.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> name_scope("红旗区", gaz), name_scope("新乡市", gaz), name_scope("西青区", gaz), name_scope(None, gaz)
    ('410700', '410700', '120000', None)
    """
    division = next(iter(gaz.by_name.get(issuer or "", [])), None)
    if division is None:
        return None
    chain = [division, *gaz.ancestors(division)]
    for rank in (2, 1):
        found = next((d for d in chain if d.rank == rank), None)
        if found is not None:
            return found.code
    return None


def link_document(doc: Document, extraction: Extraction, *, gazetteer: Gazetteer | None = None) -> LinkedDocument:
    """Resolve *extraction*'s mentions into entities and point measures and relations at them.

    Examples
    --------
    >>> from xqgraph.model import Span, Extraction
    >>> ms = (Mention("赛达产业新城", Span(0, 6), EntityType.ZONE), Mention("赛达新城", Span(9, 13), EntityType.ZONE))
    >>> linked = link_document(Document("d", "s", ""), Extraction(mentions=ms))
    >>> [(e.name, e.aliases) for e in linked.entities]
    [('赛达产业新城', ('赛达新城',))]
    """
    gaz = gazetteer or load_gazetteer()
    groups = _groups(_absorb_nested(list(extraction.mentions)), gaz)
    entities = sorted((_entity(n, ms) for n, ms in groups.items()), key=lambda e: e.id)
    canon: dict[str, str] = {}
    for e in entities:
        for n in (e.name, *e.aliases):
            canon[normalise_name(n)] = e.name
    issuer = doc.metadata.issuing_place
    division = next(iter(gaz.by_name.get(issuer or "", [])), None)
    if issuer and division and normalise_name(issuer) not in canon:
        # the issuing district is what 我区/全区 refer to, even when never named in full
        entities.append(Entity(f"Place/{issuer}", issuer, EntityType.PLACE, division.level, code=division.code))
        canon[normalise_name(issuer)] = issuer
    scope = name_scope(issuer, gaz)
    if scope:
        entities = [replace(e, scope=scope) if _is_local(e) else e for e in entities]
    if division is not None:
        entities = [replace(e, scope=owner) if (owner := _owner_scope(e, division, gaz)) else e for e in entities]
    relations = {
        (canon[normalise_name(r.head)], r.predicate, canon[normalise_name(r.tail)]): r
        for r in extraction.relations
        if normalise_name(r.head) in canon and normalise_name(r.tail) in canon
    }
    linked_relations = tuple(
        replace(r, head=h, tail=t) for (h, _, t), r in sorted(relations.items()) if h != t
    )
    measures = tuple(
        replace(m, about=canon.get(normalise_name(m.about)) if m.about else None,
                indicator_key=indicator_key(m.indicator, m.measure_type))
        for m in extraction.measures
    )
    return LinkedDocument(doc, tuple(sorted(entities, key=lambda e: e.id)), measures, linked_relations)
