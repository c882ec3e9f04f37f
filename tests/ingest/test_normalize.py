from hypothesis import given
from hypothesis import strategies as st

from xqgraph.ingest import parse_document
from xqgraph.ingest.normalize import normalize


def test_width_spaces_and_indentation() -> None:
    n = normalize("名 称 :某区\n\u3000\u3000全年新增就业２．３５万人，增长１０％（一）")
    assert n.text == "名称 :某区\n全年新增就业2.35万人,增长10%(一)"


def test_a_tab_between_characters_stays_a_cell_separator_in_a_table_row_only() -> None:
    # a row has three cells or more: its tabs stay, empty cells too; elsewhere a tab is stray white space
    text = "指标\t单位\t2021年完成\n城镇 新增就业\t万人\t\t3\n西青\t区地区生产总值增长6%\n\t\t全年新增就业2万人\n"
    assert normalize(text).text == "指标\t单位\t2021年完成\n城镇新增就业\t万人\t\t3\n西青区地区生产总值增长6%\n全年新增就业2万人\n"


def test_spaced_out_title() -> None:
    assert normalize("政 府 工 作 报 告").text == "政府工作报告"


def test_offsets_map_back_to_the_original() -> None:
    original = "\u3000\u3000全年新增就业２．３５万人"
    doc = parse_document("某区2018年计划\n二、2018年任务\n" + original + "\n")
    start = doc.text.index("2.35")
    assert doc.original[doc.original_offset(start): doc.original_offset(start + 4)] == "２．３５"


@given(st.text(alphabet="甲乙 \u3000１２ab，。\n\t（）％", max_size=40))
def test_every_character_maps_to_one_that_normalises_to_it(text: str) -> None:
    n = normalize(text)
    assert len(n.offsets) == len(n.text) + 1 and n.offsets[-1] == len(text)
    assert list(n.offsets) == sorted(n.offsets)
    for i, ch in enumerate(n.text):
        src = text[n.offsets[i]]
        assert ch == src or (ch.isascii() and ord(src) >= 0xFF01) or src == "\u3000"


@given(st.text(alphabet="甲乙丙 ，。\n\t\u3000", max_size=40))
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once
