"""Indicators as comparable keys: 城镇新增就业 and 新增城镇就业 count the same thing.

The link stage gives every measure the key of its indicator; the RDF stage
makes one ``xq:Indicator`` per key, shared by every document, and tracking
pairs targets with results through the same key.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["indicator_key"]

# one name per indicator; the longer spellings first so 地区生产总值 is not read as 地区 + 生产总值
_SYNONYMS = (
    ("地区生产总值", "生产总值"), ("国内生产总值", "生产总值"), ("gdp", "生产总值"),
    ("城镇新增就业", "新增就业"), ("新增城镇就业", "新增就业"),
    ("一般公共预算收入", "一般公共预算收入"), ("公共财政预算收入", "一般公共预算收入"),
    ("全社会固定资产投资", "固定资产投资"),
    ("社会消费品零售总额", "社会消费品零售额"),
    ("城镇调查失业率", "失业率"), ("城镇登记失业率", "失业率"),
)
# wording that differs between a plan and its review without changing what is counted
_FILLERS = re.compile(r"全年|全区|全市|全县|全省|全镇|全旗|今年|当年|年内|力争|确保|争取|预计|预期|主要|完成|实现|达到|累计完成")
_GROWTH_WORDS = re.compile(r"同比|比上年|年均|增长率|增长|增速|提高|下降|减少")
_TRAILING = re.compile(r"(?:总额|总量|人数|数量|规模|水平)$")
_NOT_WORD = re.compile(r"[^0-9a-z\u3400-\u9fff]")


def indicator_key(indicator: str, measure_type: str = "") -> str:
    """The comparable form of an indicator's name.

    Parameters
    ----------
    indicator
        The name as written (``xq:indicator``).
    measure_type
        ``Growth`` or ``Change`` (any case: the model's ``growth`` or the
        ontology's ``Growth``) drops the words of change (增长, 提高 …): the
        type already says the value is a rate.

    Examples
    --------
    >>> indicator_key("全年城镇新增就业人数"), indicator_key("新增就业")
    ('新增就业', '新增就业')
    >>> indicator_key("地区生产总值同比增长", "Growth"), indicator_key("GDP增长", "Growth")
    ('生产总值', '生产总值')
    >>> indicator_key("一般公共预算收入完成")
    '一般公共预算收入'
    """
    text = unicodedata.normalize("NFKC", indicator).lower()
    text = _NOT_WORD.sub("", text)
    for variant, name in _SYNONYMS:
        text = text.replace(variant, "\0" + name + "\0")
    text = text.replace("\0", "")
    before = None
    while before != text:  # until nothing changes: removing one word can join the halves of another
        before = text
        text = _FILLERS.sub("", text)
        if measure_type.lower() in ("growth", "change"):
            text = _GROWTH_WORDS.sub("", text)
        text = _TRAILING.sub("", text)
    return text or _NOT_WORD.sub("", unicodedata.normalize("NFKC", indicator).lower())
