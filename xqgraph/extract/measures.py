"""Quantities stated in a document: value, unit, comparator, indicator, kind, year.

A quantity is a number (Arabic or Chinese, with 万/亿) followed by a unit or
measure word.  Its kind and year come from the part it stands in (a review
part reports results of the year before; a plan part sets targets); its
indicator is the phrase of its clause that names what is counted.  Ordinals
(第二届), names with numerals (5号线, “十三五”), dates and anything inside
quotes are not quantities.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence

from xqgraph.extract.numbers import parse_number
from xqgraph.model import Document, EntityType, Measure, Mention, PartRole, Sentence, Span

__all__ = ["default_coreference", "find_measures", "UNITS"]

# unit as written → canonical unit of the guideline
UNITS: dict[str, str] = {
    "个百分点": "百分点", "百分点": "百分点", "平方公里": "平方公里", "平方米": "平方米", "立方米": "立方米",
    "公里": "公里", "千米": "千米", "米": "米", "公斤": "公斤", "千克": "千克", "斤": "斤", "公顷": "公顷", "亩": "亩", "吨": "吨", "美元": "美元", "元": "元",
    "人次": "人次", "户次": "户次", "件次": "件次", "台次": "台次", "场次": "场次", "人": "人", "名": "名", "家": "家", "个": "个", "项": "项", "所": "所",
    "座": "座", "件": "件", "条": "条", "台": "台", "辆": "辆", "套": "套", "户": "户", "处": "处",
    "千瓦时": "千瓦时", "千瓦": "千瓦", "兆瓦": "兆瓦", "头": "头", "只": "只", "株": "株", "棵": "棵", "艘": "艘",
    "架次": "架次", "班次": "班次", "间": "间", "栋": "栋", "幢": "幢", "标准箱": "标准箱", "张床": "张", "床位": "张", "张": "张", "天": "天",
    "微克/立方米": "微克/立方米", "毫克/立方米": "毫克/立方米", "%": "%", "％": "%",
    "标箱": "标箱", "根": "根", "部": "部", "场": "场", "支": "支", "列": "列", "吉瓦时": "吉瓦时", "吉瓦": "吉瓦",
    "艘次": "艘次", "倍": "倍", "元/人·月": "元/人·月", "元/人·年": "元/人·年", "兆瓦时": "兆瓦时", "个工作日": "工作日", "工作日": "工作日", "元/人": "元/人", "元/人次": "元/人次", "吨标准煤/万元": "吨标准煤/万元", "吨标准煤": "吨标准煤", "立方米/万元": "立方米/万元",
}
_NUM = r"(?:\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)"
_MULT = r"(?:万亿|千万|百万|亿|万)?"
# letters after which a one-letter measure word is the start of another word (部门, 零部件, 场景, 支持, 列入)
_NOT_AFTER_UNIT = {"部": "门委分署位队长件曲", "场": "景地馆所硬战攻次", "支": "付持出援撑部行柱", "列": "入为车",
                   "元/人": "次·", "家": ("子(?!公司|企业|基金|集团|银行)",), "个": ("方面",), "倍": "的"}
# 三部曲; 210元/人次; 三家子机场 (not 3家子公司); 五个方面工作; 以十倍的干劲
_UNIT = "|".join(re.escape(u) + (f"(?!{'|'.join(_NOT_AFTER_UNIT[u])})" if u in _NOT_AFTER_UNIT else "")
                 for u in sorted(UNITS, key=len, reverse=True))
_QUANTITY = re.compile(
    rf"(?:(?P<lo>{_NUM})(?P<lomult>{_MULT})(?:{_UNIT})?[ ]?(?:—|–|-|~|至|到)[ ]?)?"
    rf"(?P<pre>约|近|超过|突破|超|不低于|不少于|不小于|至少|不超过|不高于|不大于|低于|控制在|达到|达)?(?P<num>{_NUM})(?P<approx1>余|多)?(?P<mult>{_MULT})"
    rf"(?P<approx2>余|多)?(?P<unit>{_UNIT})(?P<post>以上|以内|以下|左右|多)?"
)
_PERCENT_WORDS = re.compile(r"百分之(?P<num>[零〇一二两三四五六七八九十百点]+)")
_DOUBLING = re.compile(r"翻(?P<n>一|两|二|三)?番")
_GROWTH_WORDS = re.compile(r"增长|下降|增速|同比|年均|降低|减少|回落|上涨|涨幅")
_SHARE_WORDS = re.compile(r"比重|占|率|比例|覆盖|份额")
_CHANGE_WORDS = re.compile(r"提高|增加|减少|下降|扩大|缩小|降低|提升")
_NOT_AFTER = re.compile(r"^(?:政策|措施|意见|举措|规定|条例|号|届|期|级|强|大(?!关)|周年|年|月|日|亲)")
_CLASS = r"的?[\u4e00-\u9fff]{0,4}?(?:企业|项目|工程)"  # a class of firms or projects after its bound: 超10亿元企业
_CLASS_OF = re.compile(_CLASS + r"(?:\d|[一二三四五六七八九十两]+[个家项])")  # …and then its count
_CLASS_ENDS = re.compile(_CLASS + "$")  # …ending the phrase before its count
_QUOTED = re.compile(r"[“\"「『][^”\"」』]*[”\"」』]")
_CLAUSE = re.compile(r"[,，;；:：、。!?！？]")
# 一是…, 1.…, （1）…, ①…: the mark of an item of a list (a figure such as 3.5 is none)
_ENUMERATION = r"(?:[一二三四五六七八九十]+是|\d{1,2}[.．、](?=[\u4e00-\u9fff])|[（(][一二三四五六七八九十\d]{1,2}[)）]|[①-⑳])"
_LEAD = re.compile(r"^(?:其中|全年|年内|全区|我区|本区|全市|我市|本市|全县|我县|本县|全旗|我旗|本旗|全州|我州|全盟|全乡|全镇|全省|我省|共|累计|到年底|年底|今年|预计|力争|确保|有|并|同时|实现"
                   r"|(?:到|至|力争到)?(?:19|20)\d{2}年度?(?:底|末)?"  # 2022年全区实现…, 到2027年…: the year is the
                   # measure's, not its name
                   r"|" + _ENUMERATION + r")+")
_TRAIL = re.compile(r"(?:达到|达|为|实现|完成|下降到|下降|降至|降到|提高到|提高至|提高|增长到|增长|上升到|增加到|减少到|降低到|控制在"
                    r"|超过|超|突破|占|的|首次|再次|首度|累计"
                    r"|力争|确保|争取|稳定在|保持在|压缩至|压缩到|缩短至|缩短到|缩减至|由|连续[0-9一二三四五六七八九十]{1,2}年)+$")  # 由4789亿元增加到6795亿元: 由 is left
# behind the first figure; 粮食产量连续5年稳定在…: for how long is not what is counted
# a rate keeps its 增长/提高, but not 提高到 (覆盖率提高到68.4%: the rate is 68.4%)
_TRAIL_RATE = re.compile(r"(?:达到|达|为|实现|完成|占|的|控制在|稳定在|保持在|降至|压缩至|连续[0-9一二三四五六七八九十]{1,2}年"
                         r"|(?:提高|提升|增长|增加|上升|下降|降低|减少)[到至])+$")
# a short indicator that says only how something changed borrows its subject; another one in a list
# (新开工17.5万平方米、新竣工48.9万平方米; 进口…、出口…) names its own
_COMPARED = r"(?:[比较]上年(?:末|底)?|同比|[比较]去年|环比|年均|同口径)"  # against what a change is stated
_CHANGE = r"(?:增长|下降|提高|增加|减少|降低|上升)"  # how a figure changed, as an indicator's last word
_CHANGE_ONLY = re.compile(rf"^{_COMPARED}?(?:增长|增速|增幅|提高|下降|减少|上升|增加|增|降|扩大|缩小|降低"
                          r"|达到|达|为|超过|突破|占比|比重)?(?:到|至|了)?$")
_SHARE_OF = re.compile(r"^占(?!地)")  # 占全区进出口总额的26%: a share of the figure before it (not 占地100亩)
_RELATIVE = re.compile(rf"^{_COMPARED}(?:增长|提高|下降|减少|上升|增加)?$")
_TARGET_CUES = re.compile(r"力争|确保|计划|目标|预期|将")
_COMPARATOR = {"以上": "ge", "超过": "ge", "突破": "ge", "超": "ge", "不低于": "ge", "不少于": "ge", "不小于": "ge", "至少": "ge",
               "以内": "le", "不超过": "le", "不高于": "le", "不大于": "le", "低于": "le",
               "控制在": "le", "以下": "le", "左右": "approx", "约": "approx", "近": "approx", "多": "approx"}
_LEVEL_WORDS = {"区": "区", "县": "县", "市": "市", "镇": "镇", "乡": "乡", "旗": "旗", "省": "省"}


def default_coreference(doc: Document) -> dict[str, str]:
    """全区/我区/本区 (or 全县, 全市 … after the issuer's own suffix) → the issuing place.

    Examples
    --------
    >>> from xqgraph.model import Metadata
    >>> default_coreference(Document("d", "s", "", Metadata(issuing_place="西青区")))
    {'全区': '西青区', '我区': '西青区', '本区': '西青区'}
    """
    issuer = doc.metadata.issuing_place
    if not issuer or issuer[-1] not in _LEVEL_WORDS:
        return {}
    return {w + issuer[-1]: issuer for w in ("全", "我", "本")}


def _comparator(m: re.Match[str]) -> str:
    if m.group("approx1") or m.group("approx2"):
        return "approx"
    for key in ("post", "pre"):
        value = m.group(key)
        if value and value in _COMPARATOR:
            return _COMPARATOR[value]
    return "eq"


def _is_excluded(text: str, m: re.Match[str], quoted: list[tuple[int, int]]) -> bool:
    start, end = m.start("num"), m.end()
    if any(a <= start < b for a, b in quoted):
        return True
    before = text[max(0, start - 1) : start]
    if before in ("第", "由") or re.match(r"[A-Za-z0-9.]", before):
        return True
    if (m.group("num") in ("一", "两", "百", "千") and not m.group("mult")
            and not (m.group("num") in ("百", "千") and m.group("pre"))):
        return True  # 一家亲, 百元 … are words, not counts (近千家 is one)
    if m.group("num") in ("一", "两") and not m.group("mult"):
        return True  # 一家亲, 一个 … are words, not counts
    if (m.group("num") in ("百", "千") and not m.group("pre")
            and not re.search(r"(?:突破|超过|达到|达)$", text[max(0, start - 2) : start])):
        return True  # 百万人口, 千万元级: round figures of speech, unless a level is stated (收入突破百亿元)
    if m.group("unit") == "张" and not m.group("num")[0].isdigit() and not m.group("mult"):
        return True  # 三张“国家牌”, 一张网: figures of speech; beds and cards are counted in digits (500张)
    # 产值超10亿元企业45家, 亿元以上项目32个: a class of firms or projects, counted by the figure after it
    return bool(_NOT_AFTER.match(text[end : end + 3]) or _CLASS_OF.match(text, end))


def _clause_start(text: str, pos: int) -> int:
    """Start of the clause holding *pos*; 、 splits only coordinated quantities."""
    start = max((c.end() for c in _CLAUSE.finditer(text, 0, pos) if c.group() != "、"), default=0)
    for c in _CLAUSE.finditer(text, start, pos):
        if c.group() == "、" and _QUANTITY.search(text, start, c.start()):
            start = c.end()
    return start


def measure_type(unit: str, indicator: str, clause: str) -> str:
    """Whether a quantity is a level, a growth rate, a share or a change.

    Examples
    --------
    >>> measure_type("%", "地区生产总值增长", ""), measure_type("%", "城乡居民养老保险参保率", "")
    ('growth', 'share')
    >>> measure_type("百分点", "比上年提高", ""), measure_type("人", "新增就业", "")
    ('change', 'level')
    """
    if unit == "百分点":
        return "change"
    if unit == "%":
        if _GROWTH_WORDS.search(indicator) or _GROWTH_WORDS.search(clause[-6:]):
            return "growth"
        return "share" if _SHARE_WORDS.search(indicator) else "level"
    return "change" if re.search(r"(?:提高|增加|减少|下降|扩大|缩小|降低)了?$", clause) else "level"


def _without_quantities(phrase: str) -> str:
    """*phrase* without the quantities it states, but with a rate's base (每千人口, 每万人) and the bound of a
    class it counts (产值超10亿元企业, before the count of them).

    Examples
    --------
    >>> _without_quantities("每千人口拥有执业医师数"), _without_quantities("新建5G基站3000个")
    ('每千人口拥有执业医师数', '新建5G基站')
    >>> _without_quantities("其中产值超10亿元企业")
    '其中产值超10亿元企业'
    """
    def keep(q: re.Match[str]) -> bool:
        return q.start() > 0 and phrase[q.start() - 1] == "每" or bool(_CLASS_ENDS.match(phrase, q.end()))

    return _QUANTITY.sub(lambda q: q.group() if keep(q) else "", phrase)


def _indicator(text: str, m: re.Match[str]) -> str:
    """The phrase naming what a quantity counts: 全年新增就业2.35万人 → 新增就业."""
    return _shared_by_all(_urban_or_rural(_respectively(_phrase(text, m), text, m), text, m))


def _urban_or_rural(indicator: str, text: str, m: re.Match[str]) -> str:
    """城乡居民人均可支配收入分别增长6%和7.5%: the first figure is the urban residents', the second the rural ones'.

    Examples
    --------
    >>> t = "城乡居民人均可支配收入分别增长6%和7.5%。"
    >>> [_urban_or_rural("城乡居民人均可支配收入增长", t, q) for q in _QUANTITY.finditer(t)]
    ['城镇居民人均可支配收入增长', '农村居民人均可支配收入增长']
    """
    if not indicator.startswith("城乡") or re.search(r"[和及与、]", indicator):
        return indicator  # 城乡居民养老保险和医疗保险参保率分别…: 分别 shares out the insurances
    figures = [f.start() for f in _respective_figures(text, m)]
    if len(figures) != 2:
        return indicator
    return ("城镇" if figures.index(m.start()) == 0 else "农村") + indicator[2:]


# 均 and 全部: all the items of a list (not 人均, 日均, 亩均); at the end of an indicator, before how they changed
# (营业收入均突破…, 经济总量全部超过…, 财政收入均增长…)
_EVERY = re.compile(r"(?<![人平日月年户亩])均|全部|全都")
_ALL = re.compile(rf"(?:{_EVERY.pattern})已?(?P<change>{_CHANGE})?$")


def _shared_by_all(indicator: str) -> str:
    """A figure that all the items of a list reach (均, 全部) counts what they share, without the items.

    The items end like the first one's name (沛县、丰县经济总量全部超过…: 沛县 | 丰县 | 经济总量); without such
    an end only the adverb goes.

    Examples
    --------
    >>> _shared_by_all("庐江县、长丰县、肥东县经济总量全部"), _shared_by_all("两项指标均"), _shared_by_all("居民人均")
    ('经济总量', '两项指标', '居民人均')
    >>> _shared_by_all("康定市、泸定县、稻城县经济总量全部")
    '经济总量'
    """
    every = _ALL.search(indicator)
    if not every:
        return indicator
    change = every.group("change") or ""
    indicator = indicator[: every.start()]
    items = indicator.split("、")
    if len(items) >= 2 and all(items):
        same_end = items[-1].find(items[0][-1]) + 1
        if 0 < same_end < len(items[-1]):
            return items[-1][same_end:] + change
        place = _PLACE_ITEM.match(items[-1])  # 康定市、泸定县、稻城县经济总量: places of different levels
        if place and all(_PLACE_ITEM.fullmatch(item) for item in items[:-1]) and place.end() < len(items[-1]):
            return items[-1][place.end():] + change
    return indicator + change


_PLACE_ITEM = re.compile(r"[\u4e00-\u9fff]{1,6}?[省市县区镇乡旗州盟]")


def _phrase(text: str, m: re.Match[str], slot: int | None = None) -> str:
    """:func:`_indicator` before a list's items are shared out among the figures (分别).

    The figures stated 分别 after the first one (分别增长85%、120%; 分别为12.5亿元、45.6亿元和78.9亿元)
    have the first one's phrase; *slot* is a figure's place among them, for borrowing the subject that
    stands in the same place before them.
    """
    figures = _respective_figures(text, m)
    if slot is None and len(figures) > 1 and figures[0].start() != m.start():
        return _phrase(text, figures[0], [f.start() for f in figures].index(m.start()))
    start = _clause_start(text, m.start())
    raw = re.sub(r"[和及与、]+$", "", _without_quantities(text[start : m.start()]).strip())  # 人才和(80名…)
    nxt = _CLAUSE.search(text, m.end())
    after = text[m.end() : nxt.start() if nxt else len(text)]
    after = _KIND_OF_INDICATOR.sub("", after)  # 50%以上（约束性）: what kind of indicator, not what it counts
    after = re.split(r"\d|等|以|，|。", after, maxsplit=1)[0][:12].removeprefix("大关")  # 突破1000亿元大关
    if not raw and not after and start > 0 and text[start - 1] in "：:":
        # 地区生产总值：720亿元, as tables and lists write it (but 重点项目：120个产业项目 counts 产业项目)
        raw = _without_quantities(text[_clause_start(text, start - 1) : start - 1]).strip()
    trail = _TRAIL_RATE if m.group("unit") in ("%", "％", "百分点", "个百分点", "倍") else _TRAIL  # 增长1.6倍 keeps 增长
    prefix = trail.sub("", _LEAD.sub("", raw))
    indicator = (prefix + after).strip()
    indicator = re.sub(r"[和及与、]+$", "", indicator).replace("分别", "")  # 分别增长6.5%和8.2%: each grew
    if (len(indicator) <= 3 and (_CHANGE_ONLY.match(indicator) or text[start - 1] != "、")
            or _RELATIVE.match(indicator) or _SHARE_OF.match(indicator)) and start > 0:
        # 比上年提高1个百分点, 同比增长25%, 占全区的26%: the subject is that of the last clause with a quantity
        floor = max(text.rfind("；", 0, start), text.rfind(";", 0, start)) + 1  # not from an earlier item (一是…；二是…)
        # the last quantity before it that names its own subject (not 比2015年增加300亿元); with 分别, the one
        # in the same place of the figures before (接待游客…，旅游收入…，分别增长85%和120%: 85% is the visitors')
        subjects: list[str] = []  # from the nearest back, only as many as there are figures
        labelled = list(_LABELLED.finditer(text, floor, start))
        if labelled:
            floor = labelled[-1].end()  # …（亿元）：60.2，增长4%: no figure before the nearest labelled one is nearer
        for prev in reversed(list(_QUANTITY.finditer(text, floor, start))):
            if prev.start() > 0 and text[prev.start() - 1] == "每":
                continue  # 每千人口拥有…: the base of a rate, no figure
            borrowed = _phrase(text, prev)
            if not borrowed.startswith(("比", "较")):
                subjects.insert(0, borrowed)
                if len(subjects) == len(figures):
                    break
        if labelled and not subjects:  # 地区生产总值（亿元）：4120.5，增长5.6%: the figure before names itself before its unit
            subjects = [_LEAD.sub("", labelled[-1].group("ind"))]
        if subjects:
            borrowed = subjects[-1]
            if len(subjects) == len(figures) > 1:
                borrowed = subjects[slot or 0]
            own = indicator if _SHARE_OF.match(indicator) else _LEAD.sub("", raw)
            indicator = re.sub(r"增长$", "", borrowed) + own
    # 一般公共预算收入预计完成…, 工业增加值预计增长8%: an estimate is said of the figure, not part of its name
    return _ESTIMATED.sub("", (indicator or after or prefix).replace("分别", ""))


_KIND_OF_INDICATOR = re.compile(r"[（(](?:预期性|约束性|指导性)[)）]")
_ESTIMATED = re.compile(rf"(?<=.)(?:预计|预期)(?={_CHANGE}?$)")
_HARD_CLAUSE = re.compile(r"[,，;；:：。!?！？]")


def _respective_figures(text: str, m: re.Match[str]) -> list[re.Match[str]]:
    """The figures stated 分别 together with *m*, in order (only *m* when there is no 分别)."""
    fen = text.rfind("分别", 0, m.start())
    if fen < 0 or _HARD_CLAUSE.search(text, fen, m.start()):
        return [m]
    end = _HARD_CLAUSE.search(text, m.end())
    figures = list(_QUANTITY.finditer(text, fen, end.start() if end else len(text)))
    return figures if m.start() in [f.start() for f in figures] else [m]


_SHARED_CHANGE = re.compile(rf"{_COMPARED}?{_CHANGE}$")


def _respectively(indicator: str, text: str, m: re.Match[str]) -> str:
    """城镇、农村居民人均可支配收入分别达到4.2万元和2.1万元: each figure is that of its item of the list.

    The last item carries what the items share.  It ends where the last item's name ends like the first
    one's (长虹控股集团、九洲集团营业收入: 九洲集团 | 营业收入; 工业投资、民间投资增长: 民间投资 | 增长); else, after
    short items, as many characters in (城镇、农村居民…: 农村 | 居民…; 进口、出口: 出口 | nothing); else the
    items are whole indicators that share only how they changed (固定资产投资、社会消费品零售总额增长: | 增长).
    """
    items = indicator.split("、")
    figures = [f.start() for f in _respective_figures(text, m)]
    if len(items) < 2 or len(figures) != len(items) or not all(items):
        return indicator
    same_end = items[-1].find(items[0][-1]) + 1
    lengths = {len(item) for item in items[:-1]}
    if same_end > 1:
        cut = same_end
    elif len(lengths) == 1 and min(lengths) <= 2 and len(items[-1]) >= min(lengths):
        cut = min(lengths)
    else:
        change = _SHARED_CHANGE.search(items[-1])
        cut = change.start() if change else len(items[-1])
    shared = items[-1][cut:]
    i = figures.index(m.start())
    return items[i] if i == len(items) - 1 else items[i] + shared


def _kind_year(doc: Document, sent: Sentence) -> tuple[str, int | None] | None:
    sec = doc.section(sent.section_id)
    plan = doc.metadata.year
    if sec is not None and sec.role is PartRole.REVIEW:
        return "achieved", sec.year
    if sec is not None and sec.role is PartRole.PLAN:
        return "target", sec.year if sec.year is not None else plan
    if _TARGET_CUES.search(sent.text) or re.search(r"预期目标|目标是|主要目标", sent.text):
        return "target", plan
    review = doc.metadata.review_year
    if review and f"{review}年" in sent.text:
        return "achieved", review
    if re.search(r"计划|规划|要点", doc.metadata.title or ""):
        return "target", plan  # a plan's text outside its parts plans ahead
    return "achieved", review


_SUBJECT_VERB = re.compile(r"^(?:实现|完成)")  # not 有 (有效发明专利) or 共 (共有产权)
_LEADING_YEAR = re.compile(r"^[ \t\u3000]*((?:19|20)\d{2})年(?![度底末初内])")
# 到2025年，…: the year a target is for, at the start of a sentence or of a clause (主要目标是：到2026年，…)
_BY_YEAR = re.compile(r"(?:^|[，,：:；;])[ \t\u3000]*(?:到|至|力争到)((?:19|20)\d{2})年(?:底|末)?[，,]?")


_NEXT_ITEM = re.compile(r"[；;]\s*(?:" + _ENUMERATION + r"|其[一二三四五六七八九十]+|第[一二三四五六七八九十]+[,，、])")
# a list's first item after its lead-in (全面实施乡村振兴战略：一是…); one at the sentence's start has none
_FIRST_ITEM = re.compile(r"(?<=[：:，,。])\s*(?=(?:一是|其一|第一[,，、]|[（(][一1][）)]|1[、．.](?!\d)))")


def _about(doc: Document, sent: Sentence, clause_start: int, at: int, coreference: dict[str, str],
           mentions: Sequence[Mention], ends: Sequence[int]) -> str | None:
    """What a quantity is about: a coreference word (全区), else the last name before it in its
    clause, else the last programme or zone named earlier in its sentence (全面推行河长制，综合治理河道5.7公里),
    but not in an earlier numbered item of a list (…；三是工业投资增速达到7.8%).

    Names followed by 等 are examples of what is counted, not what it is about.
    """
    clause = doc.text[clause_start:at]
    word = next((place for w, place in coreference.items() if w in clause), None)
    if word:
        return word
    # the numbered items of a list (一是…；二是…) are apart: a name in an earlier item is not what this one counts,
    # while a name before the first item (全面实施乡村振兴战略：一是…) leads them all
    item_start = max((m.start() for m in _NEXT_ITEM.finditer(doc.text, sent.span.start, at)), default=-1)
    first = _FIRST_ITEM.search(doc.text, sent.span.start, at) if item_start >= 0 else None
    lead_end = first.start() if first is not None else sent.span.start
    # *mentions* are sorted by end: walk back from the last one ending by *at* to the sentence's start
    earlier = None
    for i in range(bisect_right(ends, at) - 1, -1, -1):
        m = mentions[i]
        if m.span.end < sent.span.start:
            break
        if lead_end < m.span.end <= item_start:
            continue  # in an earlier item
        if m.span.start < sent.span.start or doc.text[m.span.end:m.span.end + 1] == "等":
            continue
        if m.span.start >= clause_start:
            return m.text  # the last name inside the clause
        if earlier is None and m.type in (EntityType.POLICY, EntityType.ZONE, EntityType.PROJECT):
            earlier = m.text
    return earlier


def _measures_in(doc: Document, sent: Sentence, coreference: dict[str, str],
                 mentions: Sequence[Mention] = (), ends: Sequence[int] = ()) -> Iterator[Measure]:
    """The quantities of one sentence; *mentions* sorted by end, *ends* their ends."""
    # a place's name may read as a quantity (三台县: 3 台); no quantity stands inside one
    places = [(n.span.start - sent.span.start, n.span.end - sent.span.start) for n in
              mentions[bisect_right(ends, sent.span.start):bisect_right(ends, sent.span.end)]
              if n.type is EntityType.PLACE]
    kind_year = _kind_year(doc, sent)
    if kind_year is None:
        return
    kind, year = kind_year
    by = _BY_YEAR.search(sent.text)
    by_year, by_start, by_end = None, 0, 0
    if by and kind == "target" and (year is None or int(by.group(1)) >= year):
        # 到2025年，地区生产总值达到300亿元: a target for 2025, not for the plan's year, up to the next item
        by_year, by_start = int(by.group(1)), by.end()
        stop = re.compile(r"[；;]|今年|明年|[，,]全年|(?<![比较])(?:19|20)\d{2}年").search(sent.text, by.end())  # not 比2015年
        by_end = stop.start() if stop else len(sent.text)
    lead = _LEADING_YEAR.match(sent.text)
    if lead and kind == "achieved" and (doc.metadata.year is None or int(lead.group(1)) <= doc.metadata.year):
        year = int(lead.group(1))  # 2021年地区生产总值预计实现151.7亿元: the sentence names its year
    text = sent.text
    label = _LINE_LABEL.match(text)
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
    for m in _QUANTITY.finditer(text):
        if _is_excluded(text, m, quoted) or any(a <= m.start() and m.end() <= b for a, b in places):
            continue
        if re.search(r"由$", text[max(0, m.start() - 1) : m.start()]) or re.match(r"扩充到|增加到|提高到", text[m.end() : m.end() + 3]):
            continue  # 由10项扩充到20项: the baseline is not a result
        try:
            value = parse_number(m.group("num") + m.group("mult"))
            low = parse_number(m.group("lo") + (m.group("lomult") or m.group("mult"))) if m.group("lo") else None
        except ValueError:
            continue
        if low is not None and low >= value:
            low = None  # 2020-2021 and the like are not ranges of the quantity
        # 实现技术突破30项: breakthroughs counted, not a bound (专利授权量突破5000件 is one)
        counted = (m.group("pre") == "突破" and UNITS[m.group("unit")] in ("项", "个")
                   and not re.search(r"(?:量|数|额|规模)$", text[: m.start()]))
        start = m.start("lo") if low is not None else (
            m.start("num") - (len(m.group("pre")) if m.group("pre") in _COMPARATOR and not counted else 0))
        span = Span(sent.span.start + start, sent.span.start + m.end())
        clause_start = _clause_start(text, m.start())
        clause = text[clause_start : m.start()]
        about = _about(doc, sent, sent.span.start + clause_start, sent.span.start + m.start(), coreference, mentions, ends)
        unit = UNITS[m.group("unit")]
        indicator = _indicator(text, m) + ("突破" if counted else "")
        kind_here, year_here = kind, by_year if by_year is not None and by_start <= m.start() < by_end else year
        if label is not None and m.start() >= label.end() and not _LABEL_MARK.search(text, label.end(), m.start()):
            piece = _piece(text, m.start())
            named_after = _NAMED_AFTER.match(_KIND_OF_INDICATOR.sub("", text[m.end():]))
            if not named_after:  # 重点项目：120个产业项目: what follows the figure names it
                indicator = _of_the_line(indicator, label.group("label"), text[piece.end() : m.start()])
            if piece.group("year"):  # 6.森林覆盖率：2025年达到50%以上: the year of each figure of the line
                kind_here, year_here = _kind_of_year(int(piece.group("year")), doc, kind)
            if kind == "achieved" and piece.group("target"):
                kind_here = "target"  # 地区生产总值：预期目标增长7%以上；完成…: the year's target, beside its result
        at = clause.find(about) if about else -1
        if about and at >= 0 and _EVERY.search(clause, at) and "、" in clause[max(0, at - 1) : at + len(about) + 1]:
            about = None  # 庐江县、长丰县、肥东县经济总量全部超过…: all of them, not the last one named
        rest = _SUBJECT_VERB.sub("", indicator[len(about):]) if about and indicator.startswith(about) else ""
        if about and rest:  # 开发区实现营业收入…: the subject stays, the verb after it goes (as the guideline's 园区总销售收入)
            indicator = about + rest
        yield Measure(
            text=text[start : m.end()],
            span=span,
            value=low if low is not None else value,
            value_max=value if low is not None else None,
            measure_type=measure_type(unit, indicator, clause),
            unit=unit,
            indicator=indicator,
            kind=kind_here,
            year=year_here,
            comparator="eq" if counted else _comparator(m),
            about=about,
            section_id=sent.section_id,
            sentence_index=sent.index,
        )


# 地区生产总值：预期目标增长7%以上；完成7222.5亿元: a line that names its indicator before a colon, then its figures
_LINE_LABEL = re.compile(r"^[ \t]*(?:" + _ENUMERATION + r")?[ \t]*(?P<label>[\u4e00-\u9fffA-Za-z0-9]{2,24}?)"
                         r"(?:[（(][^（）()]{1,8}[)）])?[：:](?=.)")
_CUE_WORDS = re.compile(r"^(?:(?:预期|计划|年初|既定)?目标值?(?:为|是)?|预期|计划|实际|完成|预计|为|达到|达)+")
# the piece of a line a figure ends (after the last mark): its year (2020年2802.1) and whether a target leads it
# 目标完成率, 目标人群, 目标任务 are no targets; 计划增长5%, 预期增长8% are
_PIECE = re.compile(r"[ \t]*(?:(?P<year>(?:19|20)\d{2})年)?"
                    r"(?P<target>(?:预期|计划|年初|既定)?目标值?(?!任务|完成|人群|责任|考核|管理)|(?:计划|预期)(?=增长|下降|提高|达到|完成|新增))?"
                    r"(?:为|是)?")
_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]")
_LABEL_MARK = re.compile(r"[：:]")  # another label on the line: its figures are its own
# words that say only which amount of the label a figure is (总量, 占比, 增速), not what is counted
_AMOUNTS = r"(?:总量|总额|总值|总产量|总产值|总收入|收入总量|规模|占比|比重|(?:目标)?完成率)"
_AMOUNT_ONLY = re.compile(rf"{_AMOUNTS}(?:{_COMPARED}?(?:{_CHANGE}|增速|增幅))?")
_HOW_IT_CHANGED = re.compile(rf"{_COMPARED}?(?:{_CHANGE}|增速|增幅)")
_PIECE_MARK = re.compile(r"[，,；;：:。]")


def _piece(text: str, at: int) -> re.Match[str]:
    start = max((p.end() for p in _PIECE_MARK.finditer(text, 0, at)), default=0)
    return _PIECE.match(text, start)  # type: ignore[return-value]  # every group is optional: it always matches


def _of_the_line(indicator: str, label: str, own: str) -> str:
    """A figure whose own words (*own*, after its year and any target) say nothing but how it was reached or
    changed (完成, 实际增长, 达到) counts what its line's *label* names.

    Examples
    --------
    >>> _of_the_line("增长", "地区生产总值", "增长"), _of_the_line("实际", "居民消费价格涨幅", "实际")
    ('地区生产总值增长', '居民消费价格涨幅')
    >>> _of_the_line("产业项目", "重点项目", "产业项目"), _of_the_line("社会消费品零售总额增长", "消费市场", "增长")
    ('产业项目', '社会消费品零售总额增长')
    >>> _of_the_line("增长", "地区生产总值增长", "实际增长")
    '地区生产总值增长'
    """
    said = _CUE_WORDS.sub("", indicator)
    if _AMOUNT_ONLY.fullmatch(said):
        return label + said  # 地区生产总值：总量2850亿元，增速5.2%: the label's total, its growth
    if said and not _HOW_IT_CHANGED.fullmatch(said) and _TRAIL.sub("", said):
        return indicator  # 消费市场：社会消费品零售总额1200亿元，增长8%: the figure named its subject, or the one before it did
    own = _CUE_WORDS.sub("", own.strip())
    if _HOW_IT_CHANGED.fullmatch(own):  # 增长3.7%, 年均增长7.5%: the label's growth (once: 地区生产总值增长：实际增长5.2%)
        return label if label.endswith(own) else label + own
    return label if not _TRAIL.sub("", own) else indicator  # 完成7222.5亿元, 2025年达到50%


def _kind_of_year(year: int, doc: Document, kind: str) -> tuple[str, int]:
    """A figure given for a year of its own: a result before the plan year, a target from it on."""
    plan = doc.metadata.year
    if plan is None:
        return kind, year
    return ("achieved" if year < plan else "target"), year


def find_measures(doc: Document, *, coreference: dict[str, str] | None = None,
                  mentions: Iterable[Mention] = ()) -> list[Measure]:
    """Return every quantity stated in *doc*, in text order.

    *coreference* maps words such as 全区 or 全市 to the place they stand for
    (the linker knows the issuer's city from the gazetteer); by default the
    issuer's own words (全区, 我区, 本区 for a district) name the issuer.
    Given the document's entity *mentions*, a quantity with no such word is
    about the last name before it in its clause (地铁5号线…等4座站点 → 地铁5号线).

    Examples
    --------
    >>> from xqgraph.ingest import parse_document
    >>> doc = parse_document("某区2018年计划\\n二、2018年主要任务\\n全年新增就业2.35万人。\\n")
    >>> [(m.value, m.unit, m.kind, m.year, m.indicator) for m in find_measures(doc)]
    [(23500.0, '人', 'target', 2018, '新增就业')]
    """
    coref = default_coreference(doc) if coreference is None else coreference
    names = sorted((m for m in mentions if m.type is not EntityType.EVENT), key=lambda m: (m.span.end, -m.span.start))
    ends = [m.span.end for m in names]
    table = list(_table_measures(doc))
    text = doc.text
    rows = {text.rfind("\n", 0, m.span.start) for m in table}  # lines read as table rows, not as sentences
    sentences = [s for s in doc.sentences if not rows or text.rfind("\n", 0, s.span.start) not in rows]
    found = [m for sent in sentences for m in _measures_in(doc, sent, coref, names, ends)]
    found += [m for sent in sentences for m in _worded_measures(doc, sent, coref)]
    found += [m for sent in sentences for m in _labelled_measures(doc, sent)]
    found += table
    return sorted(found, key=lambda m: (m.span.start, m.span.end))


def _worded_measures(doc: Document, sent: Sentence, coreference: dict[str, str]) -> Iterator[Measure]:
    """百分之三十 and 翻一番: quantities written in words."""
    kind_year = _kind_year(doc, sent)
    if kind_year is None:
        return
    kind, year = kind_year
    text = sent.text
    for m in [*_PERCENT_WORDS.finditer(text), *_DOUBLING.finditer(text)]:
        if "num" in m.groupdict():
            try:
                value = parse_number(m.group("num"))
            except ValueError:
                continue
            mtype = None
        else:  # 翻一番 doubles: growth of 100%; 翻两番 quadruples: 300%
            value, mtype = float(2 ** {"两": 2, "二": 2, "三": 3}.get(m.group("n") or "一", 1) * 100 - 100), "growth"
        clause = text[_clause_start(text, m.start()) : m.start()]
        indicator = _TRAIL_RATE.sub("", _LEAD.sub("", _without_quantities(clause))).strip()
        yield Measure(text=m.group(), span=Span(sent.span.start + m.start(), sent.span.start + m.end()),
                      value=value, unit="%", indicator=indicator, kind=kind, year=year,
                      about=next((p for w, p in coreference.items() if w in clause), None),
                      section_id=sent.section_id, sentence_index=sent.index,
                      measure_type=mtype or measure_type("%", indicator, clause))


# 地区生产总值（亿元）：4120.5: a line of a list of indicators, the unit in brackets after the name; 2020年2802.1，
# 2025年4500以上: several figures after it, each of its own year
_LABEL_UNIT = re.compile(r"(?:^|(?<=[，,；;：:。\s.．、]))(?P<ind>[\u4e00-\u9fffA-Za-z0-9.]{2,24}?)[（(](?P<unit>[^（）()]{1,8})[)）]"
                         r"[:：]")
_LABELLED_FIGURE = re.compile(r"[ \t]*(?:(?P<year>(?:19|20)\d{2})年)?(?:达到|为)?(?P<pre>约|近|超过|不低于|不超过)?"
                              r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<post>以上|以内|以下|左右)?"
                              r"(?:[（(](?:预期性|约束性)[)）])?[ \t]*(?=$|[，,；;。\s])")
_LABELLED = re.compile(r"(?:^|(?<=[，,；;：:。\s]))(?P<ind>[\u4e00-\u9fffA-Za-z0-9.]{2,24}?)[（(](?P<unit>[^（）()]{1,8})[)）]"
                       r"[:：][ \t]*(?P<pre>约|近|超过|不低于|不超过)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                       r"(?P<post>以上|以内|以下|左右)?"
                       r"(?=$|[，,；;。\s])")


def _labelled_measures(doc: Document, sent: Sentence) -> Iterator[Measure]:
    """地区生产总值（亿元）：4120.5 and 城镇新增就业（万人）：4.5 左右: a figure whose unit is in brackets after its name."""
    kind_year = _kind_year(doc, sent)
    if kind_year is None:
        return
    kind, year = kind_year
    text = sent.text
    for lab in _LABEL_UNIT.finditer(text):
        indicator = _LEAD.sub("", lab.group("ind"))
        pos = lab.end()
        while fig := _LABELLED_FIGURE.match(text, pos):
            q = _QUANTITY.fullmatch(f"{fig.group('pre') or ''}{fig.group('num')}{lab.group('unit')}{fig.group('post') or ''}")
            if q is None:
                break
            unit = UNITS[q.group("unit")]
            kind_here, year_here = _kind_of_year(int(fig.group("year")), doc, kind) if fig.group("year") else (kind, year)
            yield Measure(text=text[fig.start("num") : fig.end("post") if fig.group("post") else fig.end("num")],
                          span=Span(sent.span.start + fig.start("num"),
                                    sent.span.start + (fig.end("post") if fig.group("post") else fig.end("num"))),
                          value=parse_number(q.group("num") + q.group("mult")), unit=unit, indicator=indicator,
                          kind=kind_here, year=year_here, comparator=_comparator(q), section_id=sent.section_id,
                          sentence_index=sent.index, measure_type=measure_type(unit, indicator, indicator))
            if fig.end() >= len(text) or text[fig.end()] not in "，,；;":
                break
            pos = fig.end() + 1


# -- tables: 指标 | 单位 | 2021年完成 | 2022年目标 ------------------------------------------------------------------

_COLUMN_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
# a column's heading: a year and what its figures are (2021年完成, 2022年预期目标, 计划, 2021), and perhaps a unit
_KIND_COLUMN = re.compile(r"^(?:(?:19|20)\d{2}\s*年?度?)?(?:全年)?(?P<kind>(?:预期|计划|预计|实际)?(?:目标|完成|执行|计划|预计|实绩)"
                          r"(?:值|数|情况|投资)?)?(?:[（(](?P<unit>[^（）()]{1,6})[)）])?$")
_TARGET_KIND = re.compile(r"目标|计划|预期")
_UNIT_COLUMN = re.compile(r"^(?:计量)?单位$")
_BRACKET_UNIT = re.compile(r"[（(]([^（）()]{1,6})[)）]$")  # 城镇新增就业（万人）
_TABLE_VALUE = re.compile(r"^(?P<pre>约|近|≥|≤|>|<|不低于|不少于|不超过|超过)?(?P<num>\d+(?:\.\d+)?)"
                          rf"(?P<unit>{_MULT}(?:{_UNIT})?)(?P<post>左右|以上|以内|以下)?$")
_SIGNS = {"≥": "不低于", ">": "超过", "≤": "不超过", "<": "不超过"}


def _cells(line: str, start: int) -> list[tuple[str, int]]:
    """The cells of a table row (text, offset), empty ones included, or [] when *line* is no row of three
    cells or more: cells are between tabs (text, PDF) or pipes (.docx and HTML as ingest writes them)."""
    sep = "\t" if "\t" in line else "|" if "|" in line else ""
    if not sep:
        return []
    body = line.rstrip("\r\n")
    pieces, at = [], start
    for piece in body.split(sep):
        stripped = piece.strip()
        pieces.append((stripped, at + (piece.index(stripped) if stripped else 0)))
        at += len(piece) + 1
    if sep == "|":  # | a | b |: the pipes at the ends hold no cells
        pieces = pieces[1:] if pieces and not pieces[0][0] else pieces
        pieces = pieces[:-1] if pieces and not pieces[-1][0] else pieces
    return pieces if sum(bool(t) for t, _ in pieces) >= 3 else []


# a header's value columns (index → kind, year, unit from the heading, what is counted: 投资) and its unit column
_Columns = tuple[dict[int, tuple[str, int | None, str, str]], int | None]


def _columns(cells: list[tuple[str, int]], doc: Document) -> _Columns | None:
    """A header row's value columns and unit column (see :data:`_Columns`); None when the row is no header:
    one cell at least must head a column of figures (2021年完成, 2022年目标, 2021), and none may be a figure."""
    plan, review = doc.metadata.year, doc.metadata.review_year
    columns: dict[int, tuple[str, int | None, str, str]] = {}
    unit = None
    for i, (text, _) in enumerate(cells):
        if _UNIT_COLUMN.match(text):
            unit = i
            continue
        heading = _KIND_COLUMN.match(text)
        y = _COLUMN_YEAR.match(text)
        if heading is None or not (heading.group("kind") or y):
            if _TABLE_VALUE.match(text):
                return None  # a figure: a row of data
            continue  # 指标, 序号, 属性: the row's other columns
        year = int(y.group(1)) if y else None
        kind_word = heading.group("kind") or ""
        if _TARGET_KIND.search(kind_word) and "完成" not in kind_word:
            kind = "target"
        elif kind_word:
            kind = "achieved"
        elif year is not None and plan is not None:
            kind = "achieved" if year < plan else "target"
        else:
            continue
        if year is None:
            year = plan if kind == "target" else review
        columns[i] = (kind, year, heading.group("unit") or "", "投资" if kind_word.endswith("投资") else "")
    return (columns, unit) if columns else None


def _table_measures(doc: Document) -> Iterator[Measure]:
    """The figures of tables of indicators: a header row names each column's kind and year (2021年完成,
    2022年目标), each row below an indicator, its unit (a column 单位, or in brackets after the indicator) and
    its figures."""
    header = None
    pos = 0
    for line in doc.text.splitlines(keepends=True):
        cells = _cells(line, pos)
        pos += len(line)
        if not cells:
            header = None
            continue
        columns = _columns(cells, doc)
        if columns is not None:
            header = columns
            continue
        if header is None:
            continue
        value_columns, unit_column = header
        names = [(i, t) for i, (t, _) in enumerate(cells) if t and i not in value_columns and i != unit_column
                 and not re.fullmatch(r"[\d.、]+|[一二三四五六七八九十]+|约束性|预期性", t)]
        if not names:
            continue
        indicator = names[0][1]
        bracket = _BRACKET_UNIT.search(indicator)
        unit_text = cells[unit_column][0] if unit_column is not None and unit_column < len(cells) else ""
        if bracket:
            unit_text = unit_text or bracket.group(1)
            indicator = indicator[: bracket.start()].strip()
        for i, (kind, year, column_unit, counted) in value_columns.items():
            if i >= len(cells):
                continue
            text, at = cells[i]
            v = _TABLE_VALUE.match(text)
            if not v:
                continue
            pre = _SIGNS.get(v.group("pre") or "", v.group("pre") or "")
            unit_here = v.group("unit") or unit_text or column_unit
            m = _QUANTITY.fullmatch(f"{pre}{v.group('num')}{unit_here}{v.group('post') or ''}")
            if m is None:
                continue
            unit = UNITS[m.group("unit")]
            sent = doc.sentence_at(at)
            what = indicator + counted  # 某某大道工程 under 2022年计划投资（亿元）: its investment
            yield Measure(text=text, span=Span(at, at + len(text)), value=parse_number(m.group("num") + m.group("mult")),
                          unit=unit, indicator=what, kind=kind, year=year, comparator=_comparator(m),
                          section_id=sent.section_id if sent else None, sentence_index=sent.index if sent else None,
                          measure_type=measure_type(unit, what, what))
