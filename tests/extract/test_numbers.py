import pytest
from hypothesis import given
from hypothesis import strategies as st

from xqgraph.extract.numbers import format_number, parse_chinese_integer, parse_number

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


def _chinese_styles(n: int) -> list[str]:
    """The same number as policy documents write it."""
    styles = [str(n)]
    if n < 10000:
        styles.append(_to_chinese(n))
    else:  # 一万零一百, 2.35万
        rest = n % 10000
        styles.append(_to_chinese(n // 10000) + "万" + (("零" if rest < 1000 else "") + _to_chinese(rest) if rest else ""))
        styles.append(f"{n / 10000:g}万")
    if n >= 1000:
        styles.append(f"{n:,}")
    if n % 1000 == 0 and n < 10000:
        styles.append(_to_chinese(n // 1000) + "千")
    if str(n).startswith("2") and 200 <= n < 300 and n % 100 == 0:
        styles.append("两百")
    return styles


@given(st.integers(1, 9999) | st.integers(1, 999).map(lambda k: k * 100))
def test_every_style_parses_back(n: int) -> None:
    for text in _chinese_styles(n):
        assert parse_number(text) == n, text


@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes_the_extractor(text: str) -> None:
    from xqgraph.extract.measures import find_measures
    from xqgraph.ingest import parse_document

    for m in find_measures(parse_document("某区2020年计划\n二、2020年主要任务\n" + text)):
        assert m.value == m.value and m.unit  # a number, not NaN, with a unit


@given(st.integers(min_value=0, max_value=10**13))
def test_format_number_reads_back(n: int) -> None:
    text = format_number(float(n))
    assert parse_number(text) == pytest.approx(n, rel=1e-9)
    assert text[-1] in "万亿" if n >= 10_000 else text == str(n)
