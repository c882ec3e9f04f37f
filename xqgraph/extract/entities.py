"""Named entities from suffix grammars over jieba tokens and a gazetteer.

A name is found from its head (…开发区, …战略, …镇): reading leftwards from
the head, tokens join the name until a governing verb (实施, 推进 …), a
function word, punctuation or a number stops it.  The head gives the type;
the words before it must look like a name (a proper noun, an unknown word, a
place, a quoted term) unless the head alone makes names (…战略).  Places
come from the gazetteer of China's divisions.  Nothing here lists names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from xqgraph.extract.lexicon import (
    GENERIC_COMPOUNDS,
    GENERIC_NAMES,
    GENERIC_WORDS,
    HARD_STOPS,
    HEADS,
    LEADING_TRIM,
    NATIONAL_STRATEGIES,
    PROPER_TAGS,
    QUOTE_SUFFIXES,
    STOP_TAGS,
    Head,
)
from xqgraph.link.gazetteer import Division, Gazetteer, load_gazetteer, short_forms
from xqgraph.model import Document, EntityType, Mention, PlaceLevel, Span
from xqgraph.nlp.segment import Segmenter, Token

__all__ = ["find_entities", "dictionary_words", "issuer_context", "merge_quotes"]

_QUOTE = re.compile(r"[“\"「『]([^“”\"「」『』\n]{1,20})[”\"」』]|[（(](?![一二三四五六七八九十]+[)）])[\u4e00-\u9fff]{1,6}[)）]")
_ORDINAL = re.compile(r"^第?[0-9一二三四五六七八九十百]+[届次期]$|^第[0-9一二三四五六七八九十百]+$")
_FIVE_YEAR_PERIOD = re.compile(r"^[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间)?$")
_TECHNOLOGY = re.compile(r"^[0-9]+[A-Za-z]$")  # 5G, 4K, 3D: a kind of technology, not a proper name
_NUMBERISH = re.compile(r"^[0-9０-９一二三四五六七八九十百千万亿两零〇.%％]+$")
_CN = "一二三四五六七八九十"
_CONGRESS = re.compile(
    rf"(党的)?([二三四五六七八九]?十[{_CN}]?)大(?=精神|报告|胜利|召开|以来|代表|期间|的|和|及|[,，。、；])"
    rf"|(党的)?[二三四五六七八九]?十[{_CN}]?届[{_CN}]{{1,2}}中全会")
_GENERIC = GENERIC_COMPOUNDS | GENERIC_NAMES
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_CJK = re.compile(r"[\u4e00-\u9fff“”A-Za-z0-9]")


def dictionary_words(gazetteer: Gazetteer | None = None) -> Iterator[tuple[str, str]]:
    """Yield ``(word, tag)`` entries for the segmenter: divisions and heads."""
    gaz = gazetteer or load_gazetteer()
    for d in gaz.divisions:
        if d.name in _GENERIC or _generic_town(d):
            continue
        yield d.name, "ns"
        if d.rank in (1, 2):  # provinces and prefectures have short forms (凉山 and 凉山州 for 凉山彝族自治州)
            yield from ((short, "ns") for short in short_forms(d.name))
        elif d.rank == 3:  # and autonomous counties theirs with 县 or 旗 (北川县 for 北川羌族自治县)
            yield from ((short, "ns") for short in short_forms(d.name)[1:])
    for head in HEADS:
        if len(head.suffix) > 1:
            yield head.suffix, "n"


def merge_quotes(tokens: list[Token], text: str, offset: int) -> list[Token]:
    """Merge each quoted term (“双万双服”) into one token tagged ``Q``."""
    return _merge(tokens, text, offset, _QUOTE, "Q")


_ORDINAL_WORDS = re.compile(r"第[0-9一二三四五六七八九十百]+[届次期]")


def _merge(tokens: list[Token], text: str, offset: int, pattern: re.Pattern[str], tag: str) -> list[Token]:
    """Merge the tokens of each match of *pattern* that starts and ends at token boundaries into one, tagged *tag*."""
    out: list[Token] = []
    spans = [(m.start() + offset, m.end() + offset) for m in pattern.finditer(text)]
    i = 0
    for start, end in spans:
        while i < len(tokens) and tokens[i].end <= start:
            out.append(tokens[i])
            i += 1
        j = i
        while j < len(tokens) and tokens[j].start < end:
            j += 1
        if i < len(tokens) and tokens[i].start == start and tokens[j - 1].end == end:
            out.append(Token(text[start - offset : end - offset], start, end, tag))
            i = j
    out.extend(tokens[i:])
    return out


_NAMING_HEADS = (EntityType.POLICY, EntityType.EVENT)
_ACTION_HEAD_TYPES = (EntityType.POLICY, EntityType.PROJECT)  # heads a verb may stand right before: 提升行动, 提升工程
# governing verbs that also name what a campaign or works do, right before its head (not 推进, 实施: 推进工程建设…)
_NAMED_ACTIONS = frozenset("提升 提高 引进 培育 优化 促进 创建 巩固 拓展 强化 增强 扩大 改造提升 提升改造".split())
_PREPOSITIONS = "向在对把将与和从为于到给被及赴由等受"  # function words jieba glues to a name it does not know: 向雄安, 等央企, 受县
_CONJUNCTIONS = "和与及"


def _glued_conjunction(word: str) -> int:
    """Where 和/与/及 joins two names in a word jieba's HMM made (委和区 → 2), else 0: only when what
    follows is the place word a body's name starts with (区教育局), not inside a brand (金和盛)."""
    return max((i for i, c in enumerate(word[1:-1], 1) if c in _CONJUNCTIONS and word[i + 1:] in _BODY_OWNERS),
               default=0)


_LEVEL_CHARACTERS = "省市区县镇乡村城"  # a division's level written alone: 区和县两级, 乡镇和县直部门
_BODY_OWNERS = frozenset("省 市 区 县 镇 乡 街道".split())  # 区教育局, 市商务局: whose body it is
_OWNERS_OF_BODIES = _BODY_OWNERS | frozenset("国家 国务院 省政府 市政府 区政府 县政府 省委 市委 区委 县委".split())
_VAGUE_BODIES = ("有关", "相关", "各", "直属", "所属", "委办")  # 区有关委办局: the district's bodies, not one of them
_BODY_HEADS = frozenset("局 厅 委 办公室".split())  # the heads of government bodies
_TOWN_END = re.compile(r"(?:镇|乡|街道)(?!.*(?:镇|乡|街道))")  # the last town-level suffix
_PARTY_BODIES = frozenset("党中央 国务院 中央 省委 市委 区委 县委 党委 省政府 市政府 区政府 县政府".split())
_MEASURE_WORDS = "个项家所座件条名人亿万元次批户台辆套处"
_RIVER_CONTEXT = "段沿生北南东西两流堤岸湾水"


# what ends the name of a body (公司, 研究院, 大学 …) and the place words a smaller place's name starts after
_ORGANIZATION_ENDS = tuple(sorted({h.suffix for h in HEADS if h.type is EntityType.ORGANIZATION}, key=len))
_PLACE_WORDS = frozenset(h.suffix for h in HEADS if h.type is EntityType.PLACE and h.level is not None) | {
    "省", "市", "区", "县", "旗", "自治县", "新区"}


# words that make a place's head a title it was given, not its name: 乡村振兴示范镇, 市级中心村, 全国重点镇
# what kind of village or community (瓦溪镇移民村, …农村社区): no name after a town's
_PLACE_KINDS = frozenset("移民 空心 搬迁 易地搬迁 行政 自然 红色 农村 城市 传统 古 少数民族 边境 城中 城郊 涉农 新型 安置 老旧".split())
_TITLES = frozenset("示范 中心 重点 特色 明星 先进 文明 卫生 美丽 小康 试点 样板 标杆 精品 强 名 贫困 薄弱".split())

# verbs after which a province's or the country's kind of place is a title, not a name: 获评江苏省特色小镇
_TITLE_VERBS = frozenset("获评 评为 被评为 入选 争创 创成 创建 荣获 命名为 授予 跻身 列入 申创 成功创建 获批".split())
_BRAND_NUMERAL = re.compile(r"[一二三四五六七八九十两]{1,2}")  # 三一重工, 一汽集团: numerals that begin a company's name
_GLUED_VERBS = "设"  # one-letter verbs jieba glues to the unknown name after them
_BUILDING = frozenset(("建设", "发展"))  # verbs that may stand inside a name (生态文明建设示范区), but not after a village's
_SMALL_PLACES = ("村", "镇", "乡", "街道", "社区")
_WORKS = frozenset("扩建 改建 迁建 续建 改造 新改建 改扩建 扩容 拓宽 加固 除险加固 改线 引水 调水 供水 排水 输水 蓄水 引调水".split())  # kinds of works


def _is_stop(tok: Token, head: Head, right: Token | None = None, left: Token | None = None) -> bool:
    if tok.tag == "Q":
        return False
    if tok.text in ("与", "和") and head.type is EntityType.ORGANIZATION and right is not None and right.tag != "v":
        # 自动化与信息化技术创新战略联盟, 发展和改革委员会: a conjunction inside an organisation's name, but
        # not between two bodies (X有限公司与Y研究院)
        return left is not None and left.text.endswith(_ORGANIZATION_ENDS)
    if head.type is EntityType.PLACE and head.level is not None and tok.text in _PLACE_WORDS:
        return True  # 塘港街道双口村: the village's name starts after its subdistrict's
    if (tok.text in _NAMED_ACTIONS and right is not None and head.type in _ACTION_HEAD_TYPES
            and (right.text == head.suffix or right.text in _NAMED_ACTIONS)
            and left is not None and _CJK.match(left.text) and left.tag not in STOP_TAGS
            and (left.text not in HARD_STOPS or left.text in _NAMED_ACTIONS)):
        return False  # 品牌提升行动, 营商环境优化提升行动: the verbs right before the head say what the campaign does
        # (after a noun: 强化工程监管 names no 强化工程)
    if tok.text in ("—", "－", "-") and left is not None and right is not None and {left.tag, right.tag} <= {"ns", "nz", "j"}:
        return False  # 中国—中亚峰会, 中国—东盟博览会: a dash between two places inside a name
    if not _CJK.match(tok.text) or tok.text in HARD_STOPS or tok.text == head.suffix:
        return True
    if tok.tag in ("v", "vn") and right is not None and right.tag == "ns" and right.start == tok.end and (
            tok.text in _GLUED_VERBS or len(tok.text) == 2 and head.type is EntityType.ZONE):
        return True  # 新设 中国(贵州)自由贸易试验区, 升级 铜仁经济开发区: a verb before the place that begins the name
    if (tok.text in _BUILDING and left is not None and head.type in (EntityType.ZONE, EntityType.PROJECT)
            and left.text.endswith(_SMALL_PLACES) and left.text not in GENERIC_COMPOUNDS):
        return True  # 在横溪坞村建设研学基地: what a village or town builds, not a name that begins with it
    if len(tok.text) >= 4 and tok.text[-2:] in HARD_STOPS:
        return True  # 积极开展, 全面落实: idioms ending in a governing verb
    if head.suffix == "站" and tok.text.endswith("号线"):
        return True
    if head.type is EntityType.POLICY and (tok.text == "最" and right is not None and right.tag in ("a", "ad")
                                           or tok.tag in ("a", "ad") and left is not None and left.text == "最"):
        return False  # 最严格水资源管理制度: a superlative begins the name of a national system
    if tok.text == "段" and left is not None and left.tag in PROPER_TAGS:
        return False  # 京杭大运河西青段运河公园: the segment of a named river or road is a name (段 is tagged q)
    if head.type is EntityType.POLICY and tok.text in _PARTY_BODIES:
        return True  # 区委“1336”发展战略: whose strategy, not part of its name
    if _ORDINAL.match(tok.text):
        if head.type is EntityType.EVENT:
            return False
        if tok.text.endswith("期") and head.type in (EntityType.PROJECT, EntityType.ZONE):
            return False  # 宁德时代四川基地二期项目: a phase inside a project's name
        return not (tok.text.startswith("第") and tok.text[-1] not in "届次期" and head.type is not EntityType.POLICY)
    if tok.tag == "m" and len(tok.text) == 1 and tok.text not in "两几数多若每各半" and right is not None and right.tag == "x":
        return False  # 兆丰路站: a letter jieba reads as a number (兆), before the rest of a name it does not know
    if tok.text in ("年", "月", "日") and left is not None and left.text[-1:].isdigit():
        return True  # 2021年2月26日宜宾市第五届人民代表大会…: the date, not the meeting's name
    if right is not None and right.text in ("国道", "省道", "县道") and tok.text.isdigit():
        return False  # 324国道福清城区改线工程: a national road's number is part of its name
    if _NUMBERISH.match(tok.text) or tok.tag == "m":
        follows_word = (right is not None and right.tag not in ("q", "m") and not _NUMBERISH.match(right.text)
                        and right.text[0] not in _MEASURE_WORDS)
        if right is not None and right.text.startswith("号"):
            return False  # 地铁2号线, 5号楼
        return not (head.suffix == "号线" or head.type in _NAMING_HEADS and follows_word
                    or tok.text == "一" and follows_word
                    or head.suffix in ("公司", "集团") and follows_word and _BRAND_NUMERAL.fullmatch(tok.text) is not None)
    if tok.tag == "v" and len(tok.text) >= 2 and head.type is EntityType.PROJECT:
        # 第五中学扩建项目: the kind of works right before the head is part of the name
        return not (tok.text in _WORKS and right is not None and right.text == head.suffix)
    if (head.type is EntityType.ORGANIZATION and len(tok.text) == 1 and right is not None and len(right.text) == 1
            and tok.tag in ("d", "a", "ad")):
        return False  # 天津 正 合 环保科技有限公司, 又 一 村: a brand jieba does not know falls apart into letters
    return tok.tag in STOP_TAGS or tok.tag == "m"


def _is_town_word(tok: Token) -> bool:
    """A town's or subdistrict's name as one word (瓦溪镇): a village's name may follow it (瓦溪镇黄花村)."""
    return (len(tok.text) >= 3 and tok.text.endswith(("镇", "乡", "街道")) and tok.tag in ("ns", "nz", "x")
            and tok.text not in GENERIC_COMPOUNDS)


# verbs that act on a project (解决, 下达), not words of what it makes
_GOVERNING = frozenset("解决 协调 下达 争取 安排 申请 审批 批复 核准 备案 督促 帮助 服务 保障 跟踪 调度 谋划 包装 储备".split())
_SOFT_TAGS = frozenset({"v", "vn", "q", "a", "b", "l", "n", "m"})  # words a product's name may hold (压铸, 显示, 片)
_BRAND_TAGS = frozenset({"nz", "nr", "nrt", "ns", "nt", "j"})


def _bridged(tokens: list[Token], i: int, floor: int, start_limit: int) -> bool:
    """Whether the stop *tokens[i]* lies inside a company's project name: only words of a product (nouns,
    verbs, measure words) stand between it and a brand or place a few words before (奇瑞 新能源 汽车 产能 提升)."""
    for j in range(i, max(i - 8, -1), -1):
        tok = tokens[j]
        if tok.start < max(floor, start_limit) or not _CJK.match(tok.text) or tok.text in HARD_STOPS \
                or tok.text in LEADING_TRIM or tok.text in GENERIC_NAMES or tok.text in _GOVERNING \
                or _NUMBERISH.match(tok.text):
            return False
        if j < i and tok.tag in _BRAND_TAGS and tok.text not in GENERIC_WORDS and len(tok.text) >= 2:
            return True
        if tok.tag not in _SOFT_TAGS and tok.tag not in _BRAND_TAGS:
            return False
    return False


def _grow(tokens: list[Token], k: int, head: Head, start_limit: int) -> int:
    """Index of the first token of the name whose head ends token *k*."""
    first = k
    while first - 1 >= 0:
        tok = tokens[first - 1]
        left = tokens[first - 2] if first >= 2 else None
        if tokens[k].end - tok.start > head.max_len or tok.start < start_limit:
            break
        if _is_stop(tok, head, tokens[first], left):
            if head.suffix == "项目" and _bridged(tokens, first - 1, tokens[k].end - head.max_len, start_limit):
                first -= 1  # 奇瑞新能源汽车产能提升项目: what a company's project makes, verbs and all
                continue
            break
        if left is not None and len(left.text) == len(tok.text) == 1 and left.text + tok.text in HARD_STOPS:
            break  # 做 精 做 优 天津农商银行: a governing verb jieba cut in two
        first -= 1
        if tok.tag == "x" and len(tok.text) > 1 and tok.text[0] in _PREPOSITIONS:
            break  # 向雄安: the name starts after the preposition jieba glued to it
        if tok.tag == "x" and _glued_conjunction(tok.text):
            break  # 委和区: jieba glued the end of one name, 和 and the start of the next
    while first < k and tokens[first].text in LEADING_TRIM:
        first += 1
    return first


_COMMON_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "an", "d", "i", "l"})
_COMMON_FREQUENCY = 300  # in jieba's counts 振兴 659, 复兴 787, 合作 13478 are words; 平遥 239, 常熟 146, 即墨 68 places


@lru_cache(maxsize=4)
def _common_short_names(segmenter: Segmenter, gaz: Gazetteer) -> frozenset[str]:
    """Short names of county-level divisions that are common words first: 振兴 (振兴区), 合作 (合作市), 延长 (延长县)."""
    return frozenset(s for s in gaz.by_short if segmenter.tag(s) in _COMMON_TAGS
                     and segmenter.frequency(s) >= _COMMON_FREQUENCY)


def _looks_like_name(mod: list[Token], head: Head, gaz: Gazetteer, text: str,
                     common: frozenset[str] = frozenset()) -> bool:
    """Whether the modifier *text* (tokens *mod*) before a head makes a name; *common* are short
    place names that do not make one (乡村振兴示范片区 is not in 振兴区)."""
    if head.suffix in _BODY_HEADS and mod and mod[0].text in _OWNERS_OF_BODIES and (
            len(mod) == 1 and len(text) >= 2
            or len(mod) >= 2 and not any(t.text.startswith(_VAGUE_BODIES) for t in mod[1:])):
        return True  # 区科技局, 市市场监管局, 国家发展改革委, 省政府办公厅: whose body, then what it does (not 区有关委办局)
    if not _specific(mod, head, text):
        return False
    if not head.proper:
        return True
    return _proper(mod, head, gaz, common)


def _specific(mod: list[Token], head: Head, text: str) -> bool:
    """Whether the modifier *text* (tokens *mod*) says which one: not only common words (城市道路)."""
    if (len(text) < head.min_modifier or text in GENERIC_WORDS or text in _WORKS
            or set(text) <= set("省市区县镇乡村街道各级全本我")):
        return False  # 县市区人民政府: a kind of body, not one body
    if head.needs_quote and not any(t.tag == "Q" for t in mod):
        return False
    return not all(t.text in GENERIC_WORDS or t.text in GENERIC_NAMES or _NUMBERISH.match(t.text)
                   or t.text.endswith("期") and _ORDINAL.match(t.text)  # 三期工程: a phase, no name
                   or len(mod) > 1 and _FIVE_YEAR_PERIOD.match(t.text)  # “十四五”重大项目 (not “十三五”规划)
                   for t in mod)


def _proper(mod: list[Token], head: Head, gaz: Gazetteer, common: frozenset[str]) -> bool:
    """Whether the modifier holds a proper name: a place, a person's or brand's name, a quoted term."""
    if head.type is EntityType.PLACE and sum(len(t.text) == 1 for t in mod) >= 2:
        return True  # a place name jieba does not know falls apart into letters: 瓶 窑 镇
    if head.suffix == "新区" and len(mod) == 1 and len(mod[0].text) == 2 and mod[0].tag == "n":
        return True  # 天府新区: a new area named by a place's byname, a noun to jieba (not 开发新区, 聚焦新区)
    return any((t.tag in PROPER_TAGS and t.text not in GENERIC_WORDS and not _TECHNOLOGY.match(t.text))
               or t.text in gaz.by_name and t.text not in _GENERIC  # 城区 (阳泉市城区) is most often "the urban area"
               or t.text in gaz.by_short and t.text not in common and t.text not in _GENERIC
               or t.text.startswith("第") and _ORDINAL.match(t.text) for t in mod)


# Heads longest suffix first (生态保护补偿机制 before 机制); for each suffix, its heads in that order.
_HEADS_BY_LENGTH = sorted(HEADS, key=lambda h: -len(h.suffix))
_HEADS_BY_SUFFIX: dict[str, list[tuple[int, Head]]] = {}
for _order, _head in enumerate(_HEADS_BY_LENGTH):
    _HEADS_BY_SUFFIX.setdefault(_head.suffix, []).append((_order, _head))
_SUFFIX_LENGTHS = sorted({len(h.suffix) for h in HEADS})
_SUFFIX_ENDS = frozenset(h.suffix[-1] for h in HEADS)


def _head_matches(tokens: list[Token], text: str, offset: int) -> list[tuple[int, int, Head]]:
    """Every head suffix ending where a token ends: (token index, start in *text*, head).

    Sorted by head order (longest suffix first) and then by position, the order in
    which names are taken.  One dictionary look-up per token end and suffix length,
    instead of one scan of the sentence per head.
    """
    found = []
    for k, tok in enumerate(tokens):
        end = tok.end - offset
        if len(tok.text) > 2 and tok.text.endswith("精神"):
            end -= 2  # 全会精神 is one word to jieba: the name of the plenum ends before the "spirit" of it
        if not end or text[end - 1] not in _SUFFIX_ENDS:
            continue  # most words end in no head's last character
        for length in _SUFFIX_LENGTHS:
            if length > end:
                break
            for order, head in _HEADS_BY_SUFFIX.get(text[end - length : end], ()):
                found.append((order, end - length, k, head))
    found.sort(key=lambda x: (x[0], x[1]))
    return [(k, start, head) for _, start, k, head in found]


def _head_mentions(tokens: list[Token], text: str, offset: int, gaz: Gazetteer,
                   common: frozenset[str] = frozenset(),
                   is_word: Callable[[str], bool] = lambda _: False) -> Iterator[Mention]:
    taken: set[tuple[int, int]] = set()
    suffix_at: dict[int, str] = {}  # the head of the name found ending at each place
    accepted: list[Mention] = []  # names found, and names that lack only a proper noun (幸福社区)
    unproven: list[Mention] = []
    for k, match_start, head in _head_matches(tokens, text, offset):
        match_end = match_start + len(head.suffix)
        end = match_end + offset
        longer = suffix_at.get(end)
        if longer is not None and len(longer) > len(head.suffix) and longer.endswith(head.suffix):
            continue  # …发展中心 was found with its own head: 中心 does not make another name there
        if tokens[k].tag == "Q" or (tokens[k].text != head.suffix and tokens[k].text in GENERIC_COMPOUNDS):
            continue  # the head inside a common word: 城镇, 街镇
        if len(head.suffix) == 1 and text[match_end - 2 : match_end] in GENERIC_COMPOUNDS:
            continue  # 文明村镇 cut 文 + 明村镇: the head still ends a common word
        if head.not_after and text[:match_start].endswith(head.not_after):
            continue  # 区委, 党委, 村两委: party committees and kinds of body, not a named commission
        if head.level is not None and k > 0 and tokens[k].text == head.suffix and tokens[k - 1].text in _TITLES:
            continue  # 乡村振兴示范镇: a title
        if (head.level is PlaceLevel.TOWN and tokens[k].text != head.suffix and match_end + offset == tokens[k].end
                and tokens[k].text in gaz.by_short):
            continue  # 京港澳高速新乡段: 乡 ends the short name of 新乡市, not a township's name
        if head.not_before and text.startswith(head.not_before, match_end):
            continue  # 对接雄安新区规划建设: planning and building the zone, not a plan
        if head.whole_token and tokens[k].text[-2:] in GENERIC_COMPOUNDS:
            continue
        if head.whole_token and tokens[k].text != head.suffix and not (
                tokens[k].tag in ("x", "nt", "nz") or tokens[k].tag == "n" and len(tokens[k].text) >= 3):
            continue
        if head.type is EntityType.PLACE and head.level is None:
            after = text[match_end : match_end + 1]
            if after and _CJK.match(after) and after not in _RIVER_CONTEXT:
                continue  # 海河产业…: a river name must stand alone or before a place word
        first = _grow(tokens, k, head, offset)
        name_start = min(tokens[first].start, match_start + offset)
        if tokens[first].tag == "x" and text[name_start - offset] in _PREPOSITIONS and name_start < match_start + offset:
            name_start += 1  # 向雄安新区: jieba glued the preposition to a name it did not know
        glued = tokens[first]
        cut = _glued_conjunction(glued.text)
        if glued.tag == "x" and cut and glued.start + cut + 1 < match_start + offset:
            name_start = max(name_start, glued.start + cut + 1)  # 委和区教育局: the name is 区教育局
        # only a word jieba made up, or one verb + one letter (推进力, 支持力): not 计划生育协会
        verb = next((glued.text[:n] for n in (3, 2) if len(glued.text) > n and glued.text[:n] in HARD_STOPS
                     and (glued.tag == "x" or len(glued.text) == n + 1)), "")
        if not verb and glued.tag == "x" and len(glued.text) >= 3 and glued.text[0] in _GLUED_VERBS:
            verb = glued.text[0]  # 设花桥 站: the stations a line has (设) before a name jieba does not know
        if verb and glued.start == name_start and name_start + len(verb) < match_start + offset:
            name_start += len(verb)  # 推进力 丰 功率芯片项目: a word that begins with a governing verb (推进力丰…)
        elif (glued.tag == "x" and glued.start == name_start and first > 0 and len(tokens[first - 1].text) == 1
              and tokens[first - 1].text + glued.text[0] in HARD_STOPS and name_start + 1 < match_start + offset):
            name_start += 1  # 做 强城 投公司: the second half of a governing verb glued to the name (城投公司)
        if head.level is PlaceLevel.VILLAGE:
            # 清 坝镇 兰黄村: a town jieba does not know ends before its village's name
            town = _TOWN_END.search(text, name_start - offset + 1, match_start)
            if town and match_start - town.end() >= head.min_modifier:
                name_start = town.end() + offset
            # 祥河 镇柏马村: jieba glued the town's suffix to the village; the town is 祥河镇
            stem = tokens[first - 1] if first > 0 else None
            if (stem is not None and stem.end == name_start and text[name_start - offset] in "镇乡"
                    and text[name_start - offset : name_start - offset + 2] not in GENERIC_COMPOUNDS
                    and len(stem.text) >= 2 and stem.tag in ("x", "ns", "nr", "nrt", "nz") and _CJK.match(stem.text)
                    and stem.text not in GENERIC_WORDS
                    and match_start - (name_start - offset + 1) >= head.min_modifier):
                yield Mention(stem.text + text[name_start - offset], Span(stem.start, name_start + 1), EntityType.PLACE,
                              PlaceLevel.TOWN)  # 镇 and 乡 alike, as the 镇 and 乡 heads type them
                name_start += 1
        name_start -= _letter_lent_to_a_verb(tokens, first, name_start, is_word)
        name = text[name_start - offset : end - offset]
        if head.type is EntityType.PLACE and _COUNTED_PLACES.match(name):
            continue  # 百县千镇万村: a slogan counting places, not a town
        if name.startswith("(") or text[: name_start - offset].endswith("各"):
            continue  # 各县(市)区人民政府, 各开发(度假)园区管委会: every such body (各), not one of them
        if name.startswith(_ORGANIZATION_ENDS + ("有限公司", "有限责任公司")) and len(name) > len(head.suffix):
            continue  # 有限公司天津分公司炼油项目: cut off by the length limit in the middle of a longer name
        mod = [t for t in tokens[first : k + 1] if t.start < match_start + offset]
        before = tokens[first:k]
        if head.whole_token and before and all(t.text in GENERIC_WORDS for t in before):
            continue  # a whole-token head (绿道) is a noun of its own: common words before it (城市绿道) name nothing
        yield from _elliptical(tokens, first, k, text, offset, head)
        if any(s <= name_start and e == end for s, e in taken) and head.type is EntityType.POLICY:
            continue  # 生态保护补偿机制 already taken: not also 补偿机制
        modifier = name[: len(name) - len(head.suffix)]
        known_word = head.whole_token and tokens[k].text == name and len(name) >= 3  # 文化部
        # 塘港街道双口村: right after a place word, a smaller place's head makes a name of what stands between
        after_place = (head.type is EntityType.PLACE and head.level is not None and first > 0
                       and (tokens[first - 1].text in _PLACE_WORDS or head.level is PlaceLevel.VILLAGE
                            and _is_town_word(tokens[first - 1]))
                       and len(modifier) >= head.min_modifier and modifier not in _PLACE_KINDS
                       and modifier not in GENERIC_WORDS and modifier not in _TITLES)
        if (name_start, end) in taken or name in GENERIC_NAMES:
            continue
        if first > 0 and tokens[first - 1].text in _TITLE_VERBS and before and all(
                t.text in GENERIC_WORDS or any(d.rank <= 1 for d in gaz.by_name.get(t.text, ())) for t in before):
            continue  # 获评江苏省特色小镇, 入选全国示范县: a province's or the country's title
        if not (known_word or after_place or _looks_like_name(mod, head, gaz, modifier, common)):
            if head.proper and _specific(mod, head, modifier) and mod[0].text not in _PLACE_WORDS:  # not 镇污水处理厂
                unproven.append(Mention(name, Span(name_start, end), head.type, head.level, extra_types=head.also))
            continue
        taken.add((name_start, end))
        suffix_at[end] = head.suffix
        accepted.append(Mention(name, Span(name_start, end), head.type, head.level, extra_types=head.also))
        yield accepted[-1]
    yield from _coordinated(accepted, unproven, text, offset)


# roads, besides places, whose names are often common words (幸福路), and the stations named after them
# or after a square (人民广场站)
_LISTED_NAMES = ("路", "大道", "大街")
_STATION_AFTER_A_PLACE = re.compile(r"(?:路|街|道|广场|公园|桥|门|村|湖|山|城|湾)站$")  # not 服务站, 转运站, 监测站


def _letter_lent_to_a_verb(tokens: list[Token], first: int, name_start: int, is_word: Callable[[str], bool]) -> int:
    """1 when jieba joined the end of a governing verb and the name's first letter into one word (共 建成 渝地区…:
    共建 and 成渝, a word of its own), else 0 (新 建成 滨江湿地公园: 成滨江 is no word)."""
    if first < 2 or tokens[first].start != name_start:
        return 0
    stop, before = tokens[first - 1], tokens[first - 2]
    return int(len(stop.text) == 2 and stop.text in HARD_STOPS and stop.end == name_start and len(before.text) == 1
               and before.end == stop.start and before.text + stop.text[0] in HARD_STOPS
               and is_word(stop.text[1] + tokens[first].text))


def _coordinated(accepted: list[Mention], unproven: list[Mention], text: str, offset: int) -> Iterator[Mention]:
    """Places, roads and stations listed with 、 beside a name of the same kind are names too: 幸福社区、阳光社区;
    幸福路、中山北路, though 幸福 is a common word; 建设路站、人民广场站.  (Not parks and the like: 湿地公园、口袋公园 are kinds.)

    The list is followed link by link, once from left to right and once back.
    """
    candidates = sorted((m for m in unproven if m.type is EntityType.PLACE and m.level is not None
                         or m.text.endswith(_LISTED_NAMES) or _STATION_AFTER_A_PLACE.search(m.text)),
                        key=lambda m: m.span.start)
    known = sorted(accepted, key=lambda m: m.span.start)
    found: list[Mention] = []

    def next_to(a: Mention, b: Mention) -> bool:
        return (a.type is b.type and a.level is b.level
                and text[a.span.end - offset : b.span.start - offset] == "、")

    for m in candidates:  # left to right: a name, then the ones listed after it
        if any(next_to(k, m) for k in (*known, *found)):
            found.append(m)
    for m in reversed(candidates):  # and back: the ones listed before a name
        if m not in found and any(next_to(m, k) for k in (*known, *found)):
            found.append(m)
    yield from found


def _elliptical(tokens: list[Token], first: int, k: int, text: str, offset: int, head: Head) -> Iterator[Mention]:
    """市委十一届二次、三次全会 → also 市委十一届二次全会."""
    if first < 2 or tokens[first - 1].text != "、" or not _ORDINAL.match(tokens[first].text):
        return
    prev = tokens[first - 2]
    if not _ORDINAL.match(prev.text):
        return
    p = first - 2
    while p - 1 >= 0 and not _is_stop(tokens[p - 1], head) and not _ORDINAL.match(tokens[p - 1].text):
        p -= 1
    while p - 1 >= 0 and _ORDINAL.match(tokens[p - 1].text):
        p -= 1
    while p - 1 >= 0 and not _is_stop(tokens[p - 1], head):
        p -= 1
    prefix = text[tokens[p].start - offset : prev.start - offset]
    rest = text[tokens[first].end - offset : tokens[k].end - offset]
    if prefix:
        span = Span(tokens[p].start, tokens[k].end)
        yield Mention(prefix + prev.text + rest, span, head.type, head.level, extra_types=head.also)
        yield Mention(prefix + tokens[first].text + rest, span, head.type, head.level, extra_types=head.also)


# heads that make a quoted phrase a policy or an event, longest suffix first
_QUOTED_HEADS = tuple(sorted((h for h in HEADS if {h.type, *h.also} & {EntityType.POLICY, EntityType.EVENT}),
                             key=lambda h: -len(h.suffix)))


# verbs that carry out an initiative, right before a quoted slogan that names it, and what may follow it
_CARRIED_OUT = re.compile(r"(?:推进|实施|深化|开展|落实|推行|推动|实行)$")  # not 坚持 (坚持“稳中求进”: a principle)
_QUOTE_JOINS = frozenset("、 和 与 及".split())
_SLOGAN_END = re.compile(r"$|[，。；、,;：:]|和|与|及|等")


def _quoted_mentions(tokens: list[Token], text: str, offset: int) -> Iterator[Mention]:
    for i, tok in enumerate(tokens):
        if tok.tag != "Q":
            continue
        inner = tok.text[1:-1]
        if tok.text[0] in "（(":
            continue  # a parenthesis joins a name (中国（上海）自由贸易试验区) but names nothing itself
        head = next((h for h in _QUOTED_HEADS if inner.endswith(h.suffix)), None)
        if head and len(inner) > len(head.suffix) and inner[0] not in "（(":
            kind = head.type if head.type in (EntityType.POLICY, EntityType.EVENT) else EntityType.POLICY
            yield Mention(tok.text, Span(tok.start, tok.end), kind, extra_types=head.also)
            continue
        last = i  # “六稳”“六保”工作: quoted terms side by side share what follows the last one
        while last + 1 < len(tokens) and tokens[last + 1].tag == "Q" and tokens[last + 1].start == tokens[last].end:
            last += 1
        after = text[tokens[last].end - offset : tokens[last].end - offset + 6]
        if any(after.startswith(s) for s in QUOTE_SUFFIXES) and not re.search(r"\d", inner[:1]):
            yield Mention(tok.text, Span(tok.start, tok.end), EntityType.POLICY)
            continue
        first = i  # 深入推进“双招双引”，推进“一网通办”“一网统管”、“最多跑一次”: what a governing verb carries out, alone
        while first > 0 and (tokens[first - 1].tag == "Q" and tokens[first - 1].end == tokens[first].start
                             or first > 1 and tokens[first - 1].text in _QUOTE_JOINS and tokens[first - 2].tag == "Q"):
            first -= 1 if tokens[first - 1].tag == "Q" else 2
        if (_CARRIED_OUT.search(text, 0, tokens[first].start - offset) and _SLOGAN_END.match(after)
                and not re.search(r"\d", inner[:1])):
            yield Mention(tok.text, Span(tok.start, tok.end), EntityType.POLICY)


# the title of a policy document: 《…规划》, 《…若干措施》, 《…实施意见》; a period in brackets is not part of its name
_BOOK_TITLE = re.compile(r"《(?P<name>[^《》\n]{2,60}?(?:规划|纲要|方案|计划|意见|措施|办法|条例|规定|政策|决定|细则|标准))"
                         r"(?:[（(][^（()）]*\d{4}[^（()）]*[)）])?》")


def _title_mentions(text: str, offset: int) -> Iterator[Mention]:
    for m in _BOOK_TITLE.finditer(text):
        yield Mention(m.group("name"), Span(m.start("name") + offset, m.end("name") + offset), EntityType.POLICY)


_LISTED = re.compile(r"等(?:一批|多个|\d+[个家余]+)?(?:优质|重点|知名|龙头|头部|大型|世界500强)?(?P<kind>项目|企业|央企|国企|名企)")
_LISTED_HEAD = Head("等项目", EntityType.PROJECT, also=(EntityType.ORGANIZATION,), max_len=10)
_LISTED_ITEMS = 6  # names listed before 等…: at most this many are taken


def _listed_mentions(tokens: list[Token], text: str, offset: int, gaz: Gazetteer) -> Iterator[Mention]:
    """宜家家居等一批项目, 宁德时代、比亚迪等龙头企业: the names listed before 等…项目 are projects, before
    等…企业 companies."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    for m in _LISTED.finditer(text):
        k = starts.get(m.start() + offset)
        if not k:
            continue
        org = m.group("kind") != "项目"
        kind, other = (EntityType.ORGANIZATION, EntityType.PROJECT) if org else (EntityType.PROJECT, EntityType.ORGANIZATION)
        for _ in range(_LISTED_ITEMS):  # the items, last first, as long as they are listed with 、
            first = k
            while first - 1 >= 0 and not _is_stop(tokens[first - 1], _LISTED_HEAD, tokens[first]):
                first -= 1
            mod = tokens[first:k]
            mod_text = "".join(t.text for t in mod)
            if not (mod and len(mod) <= 3 and _looks_like_name(mod, _LISTED_HEAD, gaz, mod_text)):
                break
            start, end = mod[0].start, mod[-1].end
            name = text[start - offset : end - offset]
            if name in GENERIC_NAMES:
                break
            yield Mention(name, Span(start, end), kind, extra_types=(other,))
            if first < 2 or tokens[first - 1].text != "、":
                break
            k = first - 1


_ZONES_IN_SHORT = frozenset("经开区 高新区 开发区 新区 保税区 综保区 自贸区".split())  # 芜湖市第一中学经开区校区
_PHASE = re.compile(r"[一二三四五六七八九十0-9]+期|(?P<where>[东西南北新]|[\u4e00-\u9fff]{2,3}?)?(?:校区|院区|分校|分院)")


def _phase_mentions(found: list[Mention], text: str, offset: int, gaz: Gazetteer) -> Iterator[Mention]:
    """西青医院二期, 育才小学东校区, 南开大学津南校区: a phase or campus named right after a project or body is a
    project too."""
    for m in found:
        if m.type in (EntityType.PROJECT, EntityType.ORGANIZATION) and offset <= m.span.start:
            p = _PHASE.match(text, m.span.end - offset)
            where = p.group("where") if p else None
            works = next((w for w in ("工程", "项目") if p and text.startswith(w, p.end())), "")  # 轨道交通20号线一期工程
            if p and (where is None or len(where) == 1
                      or where not in HARD_STOPS and where not in _WORKS  # not 新建院区 (新建区 is a district too)
                      and (where in gaz.by_name or where in gaz.by_short or where in _ZONES_IN_SHORT
                           or len(where) == 2 and where not in GENERIC_WORDS and where[-1] not in "建设立办")):  # 新蒲院区, not 新设分校
                yield Mention(m.text + p.group() + works, Span(m.span.start, p.end() + len(works) + offset),
                              EntityType.PROJECT)


_SEGMENT = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:至([\u4e00-\u9fff]{2,4}?))?段")  # 紫金段, 天津至北京段


def _segment_mentions(found: list[Mention], text: str, offset: int, gaz: Gazetteer,
                      context: frozenset[str]) -> Iterator[Mention]:
    """汕湛高速紫金段, 京杭大运河西青段, 京沪高速公路天津至北京段: the stretch of a road, railway or river through a
    place, or between two, is a thing of the same type (a project, a place).  A county's short name counts only
    near the issuer (*context*): 新建段, 延长段 are new and extended stretches, not 新建区's or 延长县's."""

    def is_place(name: str | None) -> bool:
        return name is None or name in gaz.by_name and name not in _GENERIC or any(
            d.rank <= 2 or _near(d, gaz, context) for d in gaz.by_short.get(name, ()))

    for m in found:
        if (m.type is EntityType.PROJECT or m.type is EntityType.PLACE and m.level is None) and offset <= m.span.start:
            s = _SEGMENT.match(text, m.span.end - offset)
            if s and is_place(s.group(1)) and is_place(s.group(2)):
                yield Mention(m.text + s.group(), Span(m.span.start, s.end() + offset), m.type)


def _works_on_segments(segments: list[Mention], named: list[Mention], text: str, offset: int) -> Iterator[Mention]:
    """京港澳高速新乡至郑州段改扩建工程: works named after a stretch of a road are one project with the stretch (the
    head 工程 reaches back only to 郑州段)."""
    for seg in segments:
        for m in named:
            if m.type is EntityType.PROJECT and seg.span.start < m.span.start < seg.span.end < m.span.end:
                yield Mention(text[seg.span.start - offset : m.span.end - offset], Span(seg.span.start, m.span.end),
                              EntityType.PROJECT, extra_types=m.extra_types)


def _generic_town(d: Division) -> bool:
    """建设镇, 文化街道: a township whose name is also a common phrase."""
    if d.rank != 4:
        return False
    stem = re.sub(r"(?:街道|镇|乡|苏木)$", "", d.name)
    return stem in GENERIC_WORDS


def _near(d: Division, gaz: Gazetteer, context: frozenset[str]) -> bool:
    """Whether *d* is the issuer's place or lies inside it (or above it)."""
    return d.code in context or bool({a.code for a in gaz.ancestors(d)} & context)


def _pick(candidates: list[Division], gaz: Gazetteer, context: frozenset[str],
          named: frozenset[str] = frozenset()) -> Division | None:
    """The division a name means here: the one inside the issuer's area, else the only one; when the issuer is
    unknown, the only one inside a province or prefecture the document *named* (鼓楼区 of 南京市)."""
    if len(candidates) == 1:
        return candidates[0]
    near = [d for d in candidates if _near(d, gaz, context)]
    if not context and named:  # only when the issuer is unknown: a report names its partners' provinces too
        near = [d for d in candidates if _near(d, gaz, named)]
    if len(near) > 1:  # 鼓楼区 of 南京市 and of 徐州市, both in 江苏省: the one nearest the issuer
        closeness = {d.code: max((a.rank for a in (d, *gaz.ancestors(d)) if a.code in (context or named)), default=-1)
                     for d in near}
        best = max(closeness.values())
        near = [d for d in near if closeness[d.code] == best]
    return near[0] if len(near) == 1 else None  # 城关镇 of which county? leave it unlinked


def named_upper_divisions(text: str, gaz: Gazetteer) -> frozenset[str]:
    """Codes of the provinces and prefectures *text* names in full, when the name means only one."""
    codes = set()
    for name in gaz.upper_full_names:
        if name in text:
            found = [d for d in gaz.by_name[name] if d.rank in (1, 2)]
            if len(found) == 1:
                codes.add(found[0].code)
    return frozenset(codes)


def _cut_from_a_word(tokens: list[Token], i: int, is_word: Callable[[str], bool]) -> bool:
    """Whether token *i* lost its first character to a word: 文明村镇 cut 文 + 明村镇 (明村镇 is a town)."""
    prev = tokens[i - 1] if i else None
    return (prev is not None and prev.end == tokens[i].start and len(prev.text) == 1
            and "\u4e00" <= prev.text <= "\u9fff" and is_word(prev.text + tokens[i].text[0]))


def _cut_from_a_place(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """Whether token *i* lost its first character to a place's short name before it: 福 清城区 (福清), 龙 江城区 (龙江)."""
    prev = tokens[i - 1] if i else None
    return (prev is not None and prev.end == tokens[i].start and len(prev.text) == 1
            and prev.text + tokens[i].text[0] in gaz.by_short)


def issuer_context(doc: Document, gaz: Gazetteer) -> frozenset[str]:
    """Codes of the issuing place and the divisions above it.

    When several places share the issuer's name (湖南路街道 in 上海 and in 南京), the ones whose upper
    divisions the issuing body also names (南京市鼓楼区湖南路街道办事处) are meant.
    """
    meta = doc.metadata
    candidates = gaz.by_name.get(meta.issuing_place or "", [])
    if len(candidates) > 1:
        body = "".join(s for s in (meta.publisher, meta.title, meta.meeting) if s)
        named = [d for d in candidates if any(a.rank and a.name in body for a in gaz.ancestors(d))]
        candidates = named or candidates
    codes: set[str] = set()
    for d in candidates:
        codes |= {d.code} | {a.code for a in gaz.ancestors(d)}
    return frozenset(codes)


_COUNTED_PLACES = re.compile(r"[十百千万][省市县区镇乡村街]")
_SLOGAN_VERBS = "兴强富美活优"  # 兴县强镇, 富县强区, 强镇富县: slogans of two verb-object pairs
_SLOGAN_PLACES = "镇区县市村乡省"  # (not 富县优化营商环境: 优化 is a verb of its own)


def _slogan_pair(tokens: list[Token], i: int) -> bool:
    """Whether token *i* (a two-letter word) and a two-letter neighbour it touches both begin with a slogan's verb."""
    if tokens[i].text[0] not in _SLOGAN_VERBS:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i else None
    return any(t is not None and len(t.text) == 2 and t.text[0] in _SLOGAN_VERBS and t.text[1] in _SLOGAN_PLACES
               and (t.end == tokens[i].start or t.start == tokens[i].end) for t in (prev, nxt))


def _gazetteer_mentions(tokens: list[Token], gaz: Gazetteer, context: frozenset[str] = frozenset(),
                        is_word: Callable[[str], bool] = lambda _: False,
                        named: frozenset[str] = frozenset()) -> Iterator[Mention]:
    for i, tok in enumerate(tokens):
        full = gaz.by_name.get(tok.text) if tok.text not in _GENERIC else None
        if full and (len(tok.text) > 2 or full[0].level in (PlaceLevel.PROVINCE, PlaceLevel.CITY, None)
                     # 沛县, 攸县 (not 城区, 郊区, 矿区; nor 和县 in 乡镇和县直部门, 区和县两级)
                     or tok.text[-1] in "县旗" and tok.tag == "ns" and not (
                         i > 0 and tokens[i - 1].end == tok.start and tokens[i - 1].text[-1:] in _LEVEL_CHARACTERS)):
            if len(tok.text) == 2 and _slogan_pair(tokens, i):
                continue  # 兴县强镇, 强镇富县: two verb-object pairs, a slogan, not 兴县 (山西) or 富县 (陕西)
            picked = _pick(full, gaz, context, named)
            if picked is None and all(_generic_town(c) for c in full):
                continue  # 建设镇 in 城镇建设镇域…: only the issuer's own such town counts
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if (tok.text[:2] in HARD_STOPS and nxt is not None and nxt.tag in ("m", "n", "nt", "x") and _CJK.match(nxt.text)
                    and not any(_near(c, gaz, context) for c in full)):
                continue  # 新建区第三幼儿园: the verb 新建 before 区第三…, unless the issuer is near 新建区 (新建区、红谷滩区 is)
            if (all(c.rank >= 3 for c in full) and not any(_near(c, gaz, context) for c in full)
                    and (_cut_from_a_word(tokens, i, is_word) or _cut_from_a_place(tokens, i, gaz))):
                continue  # a far-away township or district the segmenter made by cutting a word (文明 + 村镇, 福清 + 城区)
            d = picked or full[0]
            zone = (EntityType.ZONE,) if tok.text.endswith(("新区", "开发区", "园区", "高新区", "经济区")) else ()
            # the country's name inside a longer name (中国动力谷, 中国建材) is dropped there, as a short name is
            yield Mention(tok.text, Span(tok.start, tok.end), EntityType.PLACE, d.level,
                          canonical=tok.text if d.rank == 0 else None,
                          code=(d.code or None) if picked else None, extra_types=zone)
            continue
        # only provinces and prefectures are named by their short form alone (天津, 河北), and autonomous
        # counties by theirs with 县 or 旗 (北川县)
        short = gaz.by_short.get(tok.text)  # most words are no place's short name
        short = [d for d in short if d.rank in (1, 2) or tok.text[-1] in "县旗"] if short else None
        if not short:
            if tok.tag == "ns" and len(tok.text) >= 4:  # jieba tags such a word a place name
                yield from _glued_divisions(tok, gaz)
            continue
        d = short[0]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        child = [c for c in gaz.by_short.get(nxt.text, []) if c.parent == d.code] if nxt else []
        if nxt and child:
            span = Span(tok.start, nxt.end)
            yield Mention(tok.text + nxt.text, span, EntityType.PLACE, child[0].level, code=child[0].code)
        else:
            yield Mention(tok.text, Span(tok.start, tok.end), EntityType.PLACE, d.level, canonical=d.name, code=d.code)


_LANDFORMS = "山湖江河海岛湾峡"  # last characters of the names of mountains, lakes, rivers, seas, islands, bays
_BESIDE = "滨沿临环傍"  # 滨河, 沿江, 环湖: beside a river or lake, a position and not its name
_LAND_KINDS = frozenset(_LANDFORMS + "陆水林田草沙")  # a word made only of these names a kind: 山海, 陆海, 河湖


def _landform_mentions(tokens: list[Token], gaz: Gazetteer, context: frozenset[str] = frozenset()) -> Iterator[Mention]:
    """Named mountains, lakes, rivers and seas jieba knows as place names (燕山, 长江, 太湖), unless they are
    divisions or stand inside a longer name (长江经济带): the canonical name marks them as droppable there."""
    for i, tok in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and after.tag in ("ns", "nz") and after.start == tok.end:
            continue  # 龙湖 天街: the first word of a longer name, not the lake
        if (tok.tag == "ns" and len(tok.text) >= 2 and tok.text[-1] in _LANDFORMS and tok.text not in gaz.by_name
                and not any(d.rank in (1, 2) for d in gaz.by_short.get(tok.text, ())) and tok.text not in _GENERIC
                and not set(tok.text) <= _LAND_KINDS
                and not (len(tok.text) == 2 and tok.text[0] in _BESIDE  # 滨江 (beside the river), unless a 滨江区
                         and not any(_near(d, gaz, context) or not context  # near the issuer (any, when it is unknown)
                                     for d in gaz.by_short.get(tok.text, ())))):
            yield Mention(tok.text, Span(tok.start, tok.end), EntityType.PLACE, canonical=tok.text)


def _glued_divisions(tok: Token, gaz: Gazetteer) -> Iterator[Mention]:
    """A province or prefecture and a division inside it that jieba made one word: 新疆阿勒泰地区."""
    word = tok.text
    for cut in range(2, len(word) - 1):
        upper, lower = word[:cut], word[cut:]
        outer = [d for d in (*gaz.by_name.get(upper, ()), *gaz.by_short.get(upper, ())) if d.rank in (1, 2)]
        for inner in gaz.by_name.get(lower, ()):
            around = {a.code for a in gaz.ancestors(inner)}
            parent = next((d for d in outer if d.code in around), None)
            if parent is not None:
                yield Mention(upper, Span(tok.start, tok.start + cut), EntityType.PLACE, parent.level,
                              canonical=parent.name if upper != parent.name else None, code=parent.code)
                yield Mention(lower, Span(tok.start + cut, tok.end), EntityType.PLACE, inner.level, code=inner.code)
                return


# what a route between two places is: 遵义至余庆高速公路, 仁怀至赤水高速公路, 遵义至泸州铁路
_ROUTE_KINDS = ("高速公路", "高速铁路", "城际铁路", "城际快速路", "城际轨道交通", "轨道交通", "一级公路", "二级公路", "快速通道",
                "快速路", "铁路", "公路", "高速", "高铁", "轻轨", "国道", "省道", "航道", "运河", "天然气管道", "输气管道",
                "输油管道", "输水管道", "管道", "输水工程", "引水工程", "调水工程", "输电线路")
_NOT_ROUTE = re.compile(r"发展|增长|运行|运转|推进|扩张|崛起|前进")  # 天津至北京高速发展: 高速 is "fast" there
_ROUTE_CODE = re.compile(r"[GSXY][0-9]{1,4}$")  # a national or provincial road's number before its name: S25
_ROUTE_WORKS = ("扩容工程", "改扩建工程", "工程", "项目")


def _route_mentions(tokens: list[Token], text: str, offset: int, gaz: Gazetteer) -> Iterator[Mention]:
    """Routes named by their ends, ``A至B`` and a kind of route, where A and B are place names."""
    place_tokens = {(t.start - offset, t.end - offset) for t in tokens if t.tag == "ns"}

    def is_place(start: int, end: int) -> bool:
        name = text[start:end]
        return name in gaz.by_name or name in gaz.by_short or (start, end) in place_tokens

    for at in (m.start() for m in re.finditer("至", text)):
        a = next((at - n for n in range(6, 1, -1) if at - n >= 0 and is_place(at - n, at)), None)
        if a is None:
            continue
        b_end = next((at + 1 + n for n in range(6, 1, -1) if at + 1 + n <= len(text) and is_place(at + 1, at + 1 + n)
                      and text.startswith(_ROUTE_KINDS, at + 1 + n)), None)
        if b_end is None:
            continue
        end = b_end + len(next(k for k in _ROUTE_KINDS if text.startswith(k, b_end)))
        if text.startswith("高速", b_end) and _NOT_ROUTE.match(text, end):
            continue
        end += len(next((w for w in _ROUTE_WORKS if text.startswith(w, end)), ""))
        code = _ROUTE_CODE.search(text, max(0, a - 5), a)
        start = code.start() if code else a
        yield Mention(text[start:end], Span(start + offset, end + offset), EntityType.PROJECT)


# 十九届二中、三中、四中全会: plenums of one Central Committee listed with their term written once
_PLENUMS = re.compile(rf"(?P<party>党的)?(?P<term>[二三四五六七八九]?十[{_CN}]?届)(?P<list>(?:[{_CN}]{{1,2}}中[、和])+)"
                      rf"(?P<last>[{_CN}]{{1,2}})中全会")


def _congress_mentions(text: str, offset: int) -> Iterator[Mention]:
    for m in _PLENUMS.finditer(text):
        at = m.start("list")
        for item in re.finditer(rf"([{_CN}]{{1,2}})中[、和]", m.group("list")):
            start = at + item.start()
            yield Mention(f"{m.group('term')}{item.group(1)}中全会", Span(start + offset, start + len(item.group(1)) + 1 + offset),
                          EntityType.EVENT)
        yield Mention(f"{m.group('term')}{m.group('last')}中全会", Span(m.start("last") + offset, m.end() + offset),
                      EntityType.EVENT)
    for m in _CONGRESS.finditer(text):
        if not m.group().endswith("大"):
            yield Mention(m.group(), Span(m.start() + offset, m.end() + offset), EntityType.EVENT)
            continue
        full = m.group() if m.group(1) else None
        yield Mention(m.group(), Span(m.start() + offset, m.end() + offset), EntityType.EVENT,
                      canonical=None if full else "党的" + m.group())


# 县十八届人大二次会议, 市十五届人大一次会议: a session of a people's congress as reports name it in short
_SESSION = re.compile(rf"(?P<level>[省市区县州旗镇乡])?(?P<term>[{_CN}]{{1,3}})届人大(?P<session>[{_CN}]{{1,2}})次会议")


def _session_mentions(text: str, offset: int, issuer: str | None) -> Iterator[Mention]:
    """A session named in short is the issuer's own when its level is the issuer's: its full name, if the
    document writes it too, is the same event."""
    for m in _SESSION.finditer(text):
        level = m.group("level")
        full = (f"{issuer}第{m.group('term')}届人民代表大会第{m.group('session')}次会议"
                if level and issuer and issuer.endswith(level) else None)
        yield Mention(m.group(), Span(m.start() + offset, m.end() + offset), EntityType.EVENT, canonical=full)


# the trades a company's short name ends in: 奇瑞汽车, 长信科技, 京东方科技, 长鑫存储
_TRADES = frozenset("""汽车 科技 技术 电子 能源 新能源 药业 制药 医药 电气 机械 重工 光电 材料 新材料 化工 钢铁 通信 控股 实业 物流
    食品 乳业 酒业 电器 纺织 存储 半导体 微电子 生物 航空 集成电路 软件 网络 传媒 文旅 置业 地产 矿业 环保 动力 精密 光学 股份""".split())
_BRAND_WORD_TAGS = frozenset({"x", "nz", "nr", "nrt"})  # not j (成渝, 珠三角: regions) nor ns
# after a brand and trade, words that make them a kind of industry (康养文旅产业, 数智科技领域), no company
_INDUSTRY_AFTER = re.compile(r"产业|行业|产品|领域|企业|基地|园|集群|项目|融合|服务|等")


def _brand_mentions(tokens: list[Token], gaz: Gazetteer) -> Iterator[Mention]:
    """A company named by its brand and its trade, without 公司 or 集团: 奇瑞汽车, 凯翼汽车, 长信科技."""
    for i in range(1, len(tokens)):
        trade = tokens[i]
        if trade.text not in _TRADES:
            continue  # most words are no trade
        brand, after = tokens[i - 1], tokens[i + 1].text if i + 1 < len(tokens) else ""
        if (not _INDUSTRY_AFTER.match(after) and trade.start == brand.end and brand.tag in _BRAND_WORD_TAGS
                and len(brand.text) >= 2 and _HAN.fullmatch(brand.text) and brand.text not in GENERIC_WORDS
                and brand.text not in HARD_STOPS and brand.text not in gaz.by_name and brand.text not in gaz.by_short
                and not (brand.tag == "x" and brand.text[0] in _PREPOSITIONS)):  # 由华图 环保: 由 and a brand
            yield Mention(brand.text + trade.text, Span(brand.start, trade.end), EntityType.ORGANIZATION)


_SHARED_HEADS = ("街道", "镇", "乡", "片区")  # heads a list of bare names shares: 音西、玉屏、宏路街道
_BARE_NAME = re.compile(r"[\u4e00-\u9fff]+")


def _sharing(name: str, head: str, gaz: Gazetteer, context: frozenset[str]) -> list[Division]:
    """The divisions a bare *name* listed before *head* stands for."""
    if name[-1] in _LEVEL_CHARACTERS or name.endswith("街道"):
        return []  # 江镇、杨江镇: a full name already, not 江镇镇
    if head == "片区":  # a free-trade zone's parts are named after cities: 武汉片区
        return [*gaz.by_short.get(name, ()), *gaz.by_name.get(name, ())]
    return [d for d in gaz.by_name.get(name + head, ()) if not context or _near(d, gaz, context)]


def _shared_head_mentions(named: list[Mention], text: str, offset: int, gaz: Gazetteer,
                          context: frozenset[str]) -> Iterator[Mention]:
    """音西、玉屏、宏路街道 and 中国（湖北）自由贸易试验区武汉、襄阳、宜昌片区: the bare names listed before a name share its
    head (and the zone before them).  A town's or subdistrict's name must be a division of the gazetteer (near the
    issuer, when it is known); a 片区 is named after a place."""
    if "、" not in text:
        return
    zones = {m.span.end: m for m in named if m.type is EntityType.ZONE}
    for m in named:
        head = next((h for h in _SHARED_HEADS if m.text.endswith(h)), None)
        if head is None or m.type not in (EntityType.PLACE, EntityType.ZONE) or len(m.text) - len(head) > 3:
            continue
        items: list[tuple[str, int, list[Division]]] = []
        at = m.span.start - offset
        while True:  # each bare name before it, two letters or three, followed by 、
            item = next(((text[at - n - 1 : at - 1], at - n - 1) for n in (2, 3)
                         if at - n - 1 >= 0 and text[at - 1] == "、" and _BARE_NAME.fullmatch(text, at - n - 1, at - 1)
                         and _sharing(text[at - n - 1 : at - 1], head, gaz, context)), None)
            if item is None:
                break
            items.append((item[0], item[1] + offset, _sharing(item[0], head, gaz, context)))
            at = item[1]
        zone = zones.get(at + offset) if head == "片区" else None
        if not items or head == "片区" and zone is None:
            continue
        for name, start, found in items:
            if zone is not None:
                yield Mention(zone.text + name + head, Span(start, start + len(name)), EntityType.ZONE)
            else:
                yield Mention(name + head, Span(start, start + len(name)), EntityType.PLACE, found[0].level,
                              code=found[0].code if len(found) == 1 else None)
        if zone is not None:
            yield Mention(zone.text + m.text, Span(zone.span.start, m.span.end), EntityType.ZONE)


def find_entities(doc: Document, segmenter: Segmenter, *, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Find entity mentions in every sentence of *doc*, in text order.

    Examples
    --------
    >>> from xqgraph.ingest import parse_document
    >>> from xqgraph.nlp import Segmenter
    >>> doc = parse_document("一、2018年主要任务\\n积极实施乡村振兴战略。\\n")
    >>> seg = Segmenter(dictionary_words())
    >>> [(m.text, m.type.value) for m in find_entities(doc, seg)]
    [('乡村振兴战略', 'Policy')]
    """
    gaz = gazetteer or load_gazetteer()
    context = issuer_context(doc, gaz)
    # read only when the issuer is unknown, as _pick uses them then alone
    uppers = named_upper_divisions(doc.text, gaz) if not context else frozenset()
    found: list[Mention] = []

    def is_word(text: str) -> bool:
        return segmenter.tag(text) != "x"

    common = _common_short_names(segmenter, gaz)
    for sent in doc.sentences:
        off = sent.span.start
        tokens = merge_quotes(segmenter.tokens(sent.text, off), sent.text, off)
        # 第 31 届: one ordinal, as 第三届 is to jieba, so that an event's name keeps it
        tokens = _merge(tokens, sent.text, off, _ORDINAL_WORDS, "m")
        places = list(_gazetteer_mentions(tokens, gaz, context, is_word, uppers))
        found.extend(places)
        strategies, heads = _strategy_mentions(sent.text, off, list(_head_mentions(tokens, sent.text, off, gaz, common,
                                                                                     is_word)))
        found.extend(strategies)
        routes = list(_route_mentions(tokens, sent.text, off, gaz))
        # 泸州铁路 is the end of 遵义至泸州铁路, 环青海湖国际公路 the course of …公路自行车赛: not names of their own
        covers = routes + [h for h in heads if h.type is EntityType.EVENT]
        named = [*routes, *_uncovered(heads, covers)]  # the phases and stretches of these: …高速公路鄂托克段
        segments = list(_segment_mentions(named, sent.text, off, gaz, context))
        works = list(_works_on_segments(segments, named, sent.text, off))
        ends = {w.span.end for w in works}  # 郑州段改扩建工程 is the end of …新乡至郑州段改扩建工程
        named = [m for m in named if not (m.type is EntityType.PROJECT and m.span.end in ends
                                          and not any(w.span == m.span for w in works))]
        found.extend(_session_mentions(sent.text, off, doc.metadata.issuing_place))  # before the same name as a head's
        longer = [h.span for h in heads]  # not 奇瑞汽车 inside 安徽奇瑞汽车股份有限公司, nor 康沟纺织 in 康沟纺织服装产业园
        found.extend(b for b in _brand_mentions(tokens, gaz)
                     if not any(o.start <= b.span.start and b.span.end <= o.end and o != b.span for o in longer))
        found.extend(named)
        found.extend(_shared_head_mentions([*named, *places], sent.text, off, gaz, context))
        found.extend(works)
        found.extend(_uncovered([*_phase_mentions([*named, *works], sent.text, off, gaz), *segments,
                                 *_quoted_mentions(tokens, sent.text, off), *_title_mentions(sent.text, off),
                                 *_congress_mentions(sent.text, off), *_landform_mentions(tokens, gaz, context),
                                 *_listed_mentions(tokens, sent.text, off, gaz)], covers))
    found.extend(_meeting_mention(doc))
    return _drop_short_inside(_dedupe(found))


_STRATEGY = re.compile("|".join(sorted(map(re.escape, NATIONAL_STRATEGIES), key=len, reverse=True)))


def _strategy_mentions(text: str, offset: int, heads: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The country's regional strategies, named without a head word (黄河流域生态保护和高质量发展), and
    *heads* less the names a head grew from inside one of them.

    In 黄河流域生态保护和高质量发展重大国家战略 the head 战略 reaches back only to 高质量发展 (先行区 of a
    zone likewise), so the strategy's name is carried on to that head's end, with the head's type.  A
    strategy inside a longer name (京津冀协同发展论坛, 长江经济带发展规划纲要) is part of that name.
    """
    found: list[Mention] = []
    grown: set[Mention] = set()
    for m in _STRATEGY.finditer(text):
        start, end = m.start() + offset, m.end() + offset
        if any(h.span.start <= start and end <= h.span.end and len(h.span) > end - start for h in heads):
            continue
        longer = [h for h in heads if start < h.span.start < end <= h.span.end]
        if not longer:
            found.append(Mention(m.group(), Span(start, end), EntityType.POLICY))
            continue
        head = max(longer, key=lambda h: (h.span.end, h.span.start))
        grown.update(longer)
        found.append(replace(head, text=text[start - offset : head.span.end - offset], span=Span(start, head.span.end),
                             canonical=None))
    return found, [h for h in heads if h not in grown]


def _uncovered(mentions: Iterable[Mention], covers: list[Mention]) -> list[Mention]:
    """*mentions* less the project names that lie strictly inside one of *covers* (a route, an event)."""
    return [m for m in mentions if m.type is not EntityType.PROJECT or not any(
        c.span.start <= m.span.start and m.span.end <= c.span.end and m.span != c.span for c in covers)]


def _meeting_mention(doc: Document) -> list[Mention]:
    """The meeting a report was delivered at, from its date line (it may wrap)."""
    meeting = doc.metadata.meeting
    if not meeting or not meeting.endswith(("会议", "大会")):
        return []
    pattern = r"\s*".join(map(re.escape, meeting))
    m = re.search(pattern, doc.text[:3000])
    return [Mention(meeting, Span(m.start(), m.end()), EntityType.EVENT)] if m else []


def _drop_short_inside(mentions: list[Mention]) -> list[Mention]:
    """Drop a short place name standing inside a longer name (独流减河北堤路 ⊅ 河北) or across the edge of
    one (双兴镇江集村: 双兴镇 and 江集村, not 镇江)."""
    longer = [m for m in mentions if m.canonical is None]
    return [
        m for m in mentions
        if m.canonical is None or not any(o.span.start < m.span.end and m.span.start < o.span.end
                                          and len(o.span) > len(m.span) for o in longer)
    ]


def _dedupe(mentions: Iterable[Mention]) -> list[Mention]:
    seen: dict[tuple[int, int, str], Mention] = {}
    for m in mentions:
        key = (m.span.start, m.span.end, m.text)
        if key not in seen:
            seen[key] = m
    return sorted(seen.values(), key=lambda m: (m.span.start, m.span.end, m.text))
