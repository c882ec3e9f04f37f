import pytest
from hypothesis import given
from hypothesis import strategies as st

from xqgraph.extract.numbers import parse_chinese_integer, parse_number

_DIGITS = "零一二三四五六七八九"


def _to_chinese(n: int) -> str:
    """Reference conversion for 1 ≤ n < 10000, written the usual way."""
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            out += ("零" if zero and out else "") + _DIGITS[d] + unit
            zero = False
        elif out:
            zero = True
    return out


@pytest.mark.parametrize(
    ("text", "value"),
    [("2.35万", 23500), ("194.3亿", 19430000000), ("十", 10), ("二十", 20), ("三千五百", 3500),
     ("1,200", 1200), ("１２", 12), ("74.6亿", 7460000000), ("130万", 1300000), ("一万二千", 12000)],
)
def test_known_values(text: str, value: float) -> None:
    assert parse_number(text) == value


@given(st.integers(1, 9999))
def test_chinese_integers_round_trip(n: int) -> None:
    assert parse_chinese_integer(_to_chinese(n)) == n


@given(st.integers(0, 10**6), st.integers(0, 99))
def test_decimal_with_wan_is_exact(whole: int, frac: int) -> None:
    assert parse_number(f"{whole}.{frac:02d}万") == whole * 10000 + frac * 100


@pytest.mark.parametrize("bad", ["", "abc", "十x", "万"])
def test_rejects_non_numbers(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_number(bad)
