"""Chinese and Arabic numerals to numbers: 2.35万 → 23500, 三千五百 → 3500."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

__all__ = ["MULTIPLIERS", "format_number", "parse_chinese_integer", "parse_number"]

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
MULTIPLIERS: dict[str, int] = {"万亿": 10**12, "千万": 10**7, "百万": 10**6, "十万": 10**5, "亿": 10**8, "万": 10**4, "千": 10**3, "百": 100}
_ARABIC = re.compile(r"^\d+(?:,\d{3})*(?:\.\d+)?$")
_ROUND = re.compile(r"^[百千][万亿]?$")  # 百亿, 千万, 近千: a hundred (a thousand) of them, the 一 left out


def parse_chinese_integer(text: str) -> int:
    """Parse a Chinese numeral such as 三千五百, 二十, 十, 一万二千.

    Examples
    --------
    >>> parse_chinese_integer("三千五百"), parse_chinese_integer("十"), parse_chinese_integer("二十三")
    (3500, 10, 23)
    >>> parse_chinese_integer("一〇五"), parse_chinese_integer("百亿"), parse_chinese_integer("千万"), parse_chinese_integer("千")
    (105, 10000000000, 10000000, 1000)

    Raises
    ------
    ValueError
        If *text* is not a Chinese numeral.
    """
    if not text or any(c not in _DIGITS and c not in _SMALL_UNITS and c not in _BIG_UNITS for c in text) \
            or not (any(c in _DIGITS or c == "十" for c in text) or _ROUND.match(text)):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    if all(c in _DIGITS for c in text):  # digit by digit: 一〇五
        return int("".join(str(_DIGITS[c]) for c in text))
    total = section = 0
    digit: int | None = None
    for c in text:
        if c in _DIGITS:
            digit = _DIGITS[c]
        elif c in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[c]
            digit = None
        else:
            section += digit or 0
            total = (total + section) * _BIG_UNITS[c] if c == "亿" else total + section * _BIG_UNITS[c]
            section, digit = 0, None
    return total + section + (digit or 0)


def parse_number(text: str) -> float:
    """Parse an Arabic or Chinese number, with an optional 万/亿 multiplier.

    Full-width digits and thousands separators are accepted.

    Examples
    --------
    >>> parse_number("2.35万"), parse_number("1,200"), parse_number("十"), parse_number("１２"), parse_number("三点五")
    (23500.0, 1200.0, 10.0, 12.0, 3.5)

    Raises
    ------
    ValueError
        If *text* is not a number.
    """
    s = unicodedata.normalize("NFKC", text).strip()
    if "点" in s:  # 三点五 → 3.5
        whole, _, frac = s.partition("点")
        if whole and frac and all(c in _DIGITS for c in frac):
            return float(Decimal(f"{parse_chinese_integer(whole)}.{''.join(str(_DIGITS[c]) for c in frac)}"))
        raise ValueError(f"not a number: {text!r}")
    if s and all(c in _DIGITS or c in _SMALL_UNITS or c in _BIG_UNITS for c in s):
        return float(parse_chinese_integer(s))
    for word, factor in MULTIPLIERS.items():
        head = s[: -len(word)]
        if s.endswith(word) and _ARABIC.match(head):
            return float(Decimal(head.replace(",", "")) * factor)
    if _ARABIC.match(s):
        return float(Decimal(s.replace(",", "")))
    raise ValueError(f"not a number: {text!r}")


def format_number(value: float | Decimal) -> str:
    """A number as the documents write it: 23500 → 2.35万, 19430000000 → 194.3亿, 7.3 → 7.3.

    The inverse of :func:`parse_number` for 万 and 亿.

    Examples
    --------
    >>> format_number(23500.0), format_number(Decimal("1350000000")), format_number(7.30)
    ('2.35万', '13.5亿', '7.3')
    """
    d = value if isinstance(value, Decimal) else Decimal(repr(value))
    for factor, word in ((Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万")):
        if abs(d) >= factor:
            return format((d / factor).normalize(), "f") + word
    return format(d.normalize(), "f")
