import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import EXAMPLE
from xqgraph.errors import InputError
from xqgraph.ingest import decode, document_id, parse_document, read_document
from xqgraph.ingest.header import parse_date
from xqgraph.model import PartRole


def test_portal_header_of_the_example() -> None:
    meta = read_document(EXAMPLE).metadata
    # values read by hand from the first lines of the file
    assert meta.title == "天津市西青区人民政府关于印发西青区2018年国民经济和社会发展计划的通知"
    assert meta.index_number == "BJ0000020200201802138"
    assert meta.publisher == "天津市西青区人民政府"
    assert meta.document_number == "西青政发〔2018〕2号"
    assert meta.subject == "综合政务\\政务公开"
    assert meta.validity == "失效"
    assert meta.repeal_basis == "阶段性工作已结束"
    assert meta.written is None and meta.published is None  # both fields are empty in the header
    assert meta.signed == "2018-01-18"
    assert meta.issued == "2018-01-18"
    assert meta.year == 2018
    assert meta.issuing_place == "西青区"


def test_parts_and_sections_of_the_example() -> None:
    doc = read_document(EXAMPLE)
    parts = [s for s in doc.sections if s.level == 1]
    assert [(p.role, p.year) for p in parts] == [(PartRole.REVIEW, 2017), (PartRole.PLAN, 2018)]
    assert parts[0].heading == "一、2017年国民经济和社会发展计划执行情况"
    assert len([s for s in doc.sections if s.level == 2]) == 13  # (一)…(六) then (一)…(七)
    sec = doc.section("2.7")
    assert sec is not None and sec.heading.startswith("(七)坚持保障和改善民生")


def test_sentence_offsets_point_into_the_text() -> None:
    doc = read_document(EXAMPLE)
    for sent in doc.sentences:
        assert doc.text[sent.span.start : sent.span.end] == sent.text
    hit = [s for s in doc.sentences if "全年新增就业2.35万人" in s.text]
    assert len(hit) == 1 and hit[0].section_id == "2.7"


def test_sentence_splitting_keeps_closing_quotes() -> None:
    doc = parse_document("甲说“好。”乙走了！丙\n")
    assert [s.text for s in doc.sentences] == ["甲说“好。”", "乙走了!", "丙"]  # ！ normalised to !


def test_review_part_without_year_takes_the_previous_year() -> None:
    doc = parse_document("某县2020年国民经济和社会发展计划\n一、过去一年工作回顾\n甲。\n二、今年主要任务\n乙。\n")
    assert [(s.role, s.year) for s in doc.sections] == [(PartRole.REVIEW, 2019), (PartRole.PLAN, 2020)]


def test_decode_gb18030_and_bom() -> None:
    long = "西青区2018年国民经济和社会发展计划，全年新增就业2.35万人。"
    assert decode(long.encode("gb18030")) == (long, "gb18030")
    assert decode("臺北市政府施政計畫，全年新增就業兩萬人。".encode("big5"))[1] == "big5"
    assert decode("\ufeff西青".encode("utf-8"))[0] == "西青"
    assert decode("西青\r\n".encode("utf-16"))[0] == "西青\n"


def test_undecodable_bytes_name_the_file() -> None:
    with pytest.raises(InputError, match="bad.txt.*--encoding"):
        decode(b"\xff\xfe\xfd" * 3 + b"\x81", encoding="ascii", name="bad.txt")


def test_missing_and_unsupported_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nope.txt"):
        read_document(tmp_path / "nope.txt")
    (tmp_path / "a.xlsx").write_bytes(b"PK")
    with pytest.raises(InputError, match="does not read .xlsx"):
        read_document(tmp_path / "a.xlsx")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        read_document(tmp_path / "empty.txt")


def test_document_id_is_a_slug() -> None:
    assert document_id("a/b/西青 2018 plan.txt") == "西青-2018-plan"


@given(st.integers(1990, 2099), st.integers(1, 12), st.integers(1, 28))
def test_parse_date_round_trips(year: int, month: int, day: int) -> None:
    assert parse_date(f"{year}年{month}月{day}日") == f"{year:04d}-{month:02d}-{day:02d}"


@given(st.text(alphabet="，。甲乙丙丁\n！？", max_size=60))
def test_sentences_never_overlap_and_stay_in_text(text: str) -> None:
    doc = parse_document(text)
    last = 0
    for sent in doc.sentences:
        assert sent.span.start >= last
        assert doc.text[sent.span.start : sent.span.end] == sent.text and sent.text.strip()
        first = text[doc.original_offset(sent.span.start)]
        assert unicodedata.normalize("NFKC", first) == sent.text[0]  # offsets lead back to the original
        last = sent.span.end


def test_parts_named_di_n_bufen() -> None:
    doc = parse_document("某市2021年计划\n第一部分 2020年计划执行情况\n甲。\n第二部分 2021年主要目标\n乙。\n")
    assert [(s.level, s.role, s.year) for s in doc.sections] == [(1, PartRole.REVIEW, 2020), (1, PartRole.PLAN, 2021)]


def test_sections_under_di_n_bufen_take_its_role_and_year() -> None:
    # worked out by hand: 一、 under 第二部分 is a section of the plan part, not a part of no role; under a part
    # of no role of its own, a section still says its role
    doc = parse_document("某市2023年政府工作报告\n第一部分 2022年工作回顾\n一、产业发展\n甲。\n（一）工业\n乙。\n"
                         "第二部分 2023年主要工作\n一、先进制造业\n丙。\n第三章 保障措施\n一、2022年工作回顾\n丁。\n"
                         "二、组织保障\n戊。\n")
    assert [(s.id, s.level, s.role, s.year) for s in doc.sections] == [
        ("1", 1, PartRole.REVIEW, 2022), ("1.1", 2, PartRole.REVIEW, 2022), ("1.1.1", 3, PartRole.REVIEW, 2022),
        ("2", 1, PartRole.PLAN, 2023), ("2.1", 2, PartRole.PLAN, 2023),
        ("3", 1, PartRole.PLAN, 2023), ("3.1", 2, PartRole.REVIEW, 2022), ("3.2", 2, PartRole.PLAN, 2023)]
    doc = parse_document("某市2023年政府工作报告\n第一章 总则\n一、2022年工作回顾\n丁。\n二、组织保障\n戊。\n")
    assert [(s.id, s.role, s.year) for s in doc.sections] == [
        ("1", PartRole.OTHER, None), ("1.1", PartRole.REVIEW, 2022), ("1.2", PartRole.OTHER, None)]


@pytest.mark.parametrize(("publisher", "place"), [("新乡市人民政府", "新乡市"), ("天津市西青区人民政府", "西青区"),
                                                   ("杨柳青镇人民政府", "杨柳青镇"), ("杭州市余杭区人民政府", "余杭区")])
def test_issuing_place(publisher: str, place: str) -> None:
    from xqgraph.ingest.structure import issuing_place
    from xqgraph.model import Metadata

    assert issuing_place(Metadata(publisher=publisher)) == place


def test_table_style_header_and_wrapped_date_line() -> None:
    text = ("文件名称 | 某某区2025年政府工作报告 | ||\n"
            "文号 | 成文日期: | 2025年04月15日 | |\n"
            "有效性 | 有效 | 公开日期: | 2025-04-16 14:43 |\n"
            "2025年3月21日在某某区第十九届\n人民代表大会第四次会议上\n某某区人民政府区长 张 三\n各位代表:\n")
    meta = parse_document(text).metadata
    assert meta.title == "某某区2025年政府工作报告"
    assert meta.written == "2025-04-15" and meta.published == "2025-04-16" and meta.issued == "2025-04-16"
    assert meta.validity == "有效"
    assert meta.meeting == "某某区第十九届人民代表大会第四次会议"
    assert meta.speaker == "某某区人民政府区长张三"  # stray spaces between characters are normalised away
    assert meta.issuing_place == "某某区"


def test_report_without_header_takes_place_from_its_meeting() -> None:
    doc = parse_document("政府工作报告\n——2021年12月18日在甲乙区第十二届人民代表大会第一次会议上\n区长 王五\n")
    assert doc.metadata.issued == "2021-12-18" and doc.metadata.issuing_place == "甲乙区"
    assert doc.metadata.speaker == "区长王五"


def test_spaced_title_date_and_meeting_on_two_lines_and_year_headings() -> None:
    text = ("政 府 工 作 报 告\n2022年1月19日\n在某市甲乙区第五届人民代表大会第二次会议上\n甲乙区人民政府区长 王 五\n"
            "2021年工作回顾\n全区实现地区生产总值210亿元。\n2022年工作安排\n地区生产总值增长8%以上。\n")
    doc = parse_document(text)
    assert doc.metadata.title == "政府工作报告"
    assert doc.metadata.meeting == "某市甲乙区第五届人民代表大会第二次会议"
    assert doc.metadata.issuing_place == "甲乙区"
    assert [(s.heading, s.role, s.year) for s in doc.sections] == [
        ("2021年工作回顾", PartRole.REVIEW, 2021), ("2022年工作安排", PartRole.PLAN, 2022)]


def test_ambiguous_short_text_is_an_error_not_mojibake() -> None:
    with pytest.raises(InputError, match="ambiguous.*--encoding"):
        decode("西青区".encode("gb18030"), name="short.txt")
    assert decode("西青区".encode("gb18030"), encoding="gb18030") == ("西青区", "gb18030")


def test_five_year_plan_years() -> None:
    doc = parse_document("某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
                         "一、“十三五”时期发展成就\n甲。\n二、“十四五”时期主要目标\n乙。\n")
    assert (doc.metadata.year, doc.metadata.review_year) == (2025, 2020)
    assert [(s.role, s.year) for s in doc.sections] == [(PartRole.REVIEW, 2020), (PartRole.PLAN, 2025)]


def test_numbered_items_and_lead_phrases() -> None:
    text = ("某区2020年计划\n二、2020年主要任务\n（一）发展产业\n1.做强制造业。推进项目建设，新增就业1万人。\n"
            "2.壮大服务业。培育企业。\n（二）改善民生\n教育质量不断提高。新增3所小学。\n")
    doc = parse_document(text)
    assert [(s.id, s.level, s.heading) for s in doc.sections] == [
        ("1", 1, "二、2020年主要任务"), ("1.1", 2, "(一)发展产业"), ("1.1.1", 3, "1.做强制造业。"),
        ("1.1.2", 3, "2.壮大服务业。"), ("1.2", 2, "(二)改善民生")]  # normalised; a heading ends with its sentence
    assert all(s.year == 2020 and s.role is PartRole.PLAN for s in doc.sections)
    assert [s.text for s in doc.sentences if s.lead] == ["教育质量不断提高。"]


def test_parts_after_the_plan_part_without_a_year_of_their_own_go_on_planning() -> None:
    # a work report: after 二、2023年…主要目标 come the tasks (三、…) and the government's own work (四、…)
    doc = parse_document("2023年某省政府工作报告\n一、2022年工作回顾\n甲。\n二、2023年总体要求和主要目标\n乙。\n"
                         "三、着力扩大有效需求\n全年实施省重点项目700个以上。\n四、加强政府自身建设\n（一）依法行政\n丙。\n")
    assert [(s.heading, s.role, s.year) for s in doc.sections] == [
        ("一、2022年工作回顾", PartRole.REVIEW, 2022), ("二、2023年总体要求和主要目标", PartRole.PLAN, 2023),
        ("三、着力扩大有效需求", PartRole.PLAN, 2023), ("四、加强政府自身建设", PartRole.PLAN, 2023),
        ("(一)依法行政", PartRole.PLAN, 2023)]
    # a part before any plan part keeps no role
    doc = parse_document("2023年某省政府工作报告\n一、总体情况\n甲。\n二、2022年工作回顾\n乙。\n")
    assert [s.role for s in doc.sections] == [PartRole.OTHER, PartRole.REVIEW]


def test_a_summary_and_plan_of_two_years_and_a_title_above_the_portal_lines() -> None:
    # an office's summary of one year and its plan for the next: the plan year is the later one, and a part
    # headed by the earlier year reviews it, whatever its other words (主要工作 is neither 回顾 nor 安排)
    doc = parse_document("某开发区2022年工作总结和2023年工作安排\n来源：某开发区管理委员会　发布时间：2023-02-14 16:30\n"
                         "文号：某经开〔2023〕12号\n\n一、2022年主要工作\n甲。\n二、2023年主要目标和重点任务\n乙。\n")
    meta = doc.metadata
    assert meta.title == "某开发区2022年工作总结和2023年工作安排"  # not the first line of the body
    assert (meta.year, meta.review_year, meta.issuing_place, meta.document_number) == (
        2023, 2022, "某开发区", "某经开〔2023〕12号")
    assert [(s.role, s.year) for s in doc.sections] == [(PartRole.REVIEW, 2022), (PartRole.PLAN, 2023)]


def test_a_five_year_plans_basis_reviews_and_its_numbered_indicators_take_no_year_from_their_figures() -> None:
    doc = parse_document("某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n某市人民政府　2021年3月5日印发\n"
                         "第一章　发展基础\n甲。\n第二章　主要目标\n专栏1\n1.地区生产总值（亿元）：2020年2802.1，2025年4500以上\n"
                         "2.森林覆盖率：2025年达到50%以上\n")
    assert doc.metadata.issued == "2021-03-05"  # a date line ending in 印发
    assert [(s.heading[:5], s.role, s.year) for s in doc.sections] == [
        ("第一章发展", PartRole.REVIEW, 2020), ("第二章主要", PartRole.PLAN, 2025),
        ("1.地区生", PartRole.PLAN, 2025), ("2.森林覆", PartRole.PLAN, 2025)]


def test_breadcrumbs_sites_and_sources_around_a_portal_header() -> None:
    # the second reader's cases: a breadcrumb or a site's name above the labels is no title; 来源 (a site, a paper,
    # another government) is no publisher; a 来源 line below the date line leaves the date line to the text
    doc = parse_document("当前位置：首页 > 政务公开 > 规划计划\n索引号：000/2023-1\n发布机构：成都市武侯区人民政府\n"
                         "成都市武侯区2023年政府工作报告\n正文。\n")
    assert doc.metadata.title == "成都市武侯区2023年政府工作报告" and doc.metadata.issuing_place == "武侯区"
    doc = parse_document("宜宾市2023年政府工作报告\n来源：四川省人民政府网站\n一、2022年工作回顾\n甲。\n")
    assert (doc.metadata.title, doc.metadata.publisher, doc.metadata.issuing_place) == (
        "宜宾市2023年政府工作报告", None, "宜宾市")
    doc = parse_document("宜宾市2023年政府工作报告\n——2023年1月5日在宜宾市第六届人民代表大会第二次会议上\n市长　张三\n"
                         "来源：宜宾市人民政府\n一、2022年工作回顾\n甲。\n")
    assert (doc.metadata.signed, doc.metadata.meeting) == ("2023-01-05", "宜宾市第六届人民代表大会第二次会议")


def test_a_half_year_summary_and_headings_whose_year_is_their_own() -> None:
    doc = parse_document("某区2023年上半年工作总结和下半年工作打算\n一、上半年工作情况\n新增就业1200人。\n")
    assert [(s.role, s.year) for s in doc.sections] == [(PartRole.REVIEW, 2023)]  # not 2022
    doc = parse_document("某市国民经济和社会发展第十四个五年规划纲要\n第二章　主要目标\n（一）2035年远景目标：城镇化率达到80%。\n"
                         "（二）2025年：地区生产总值达到4500亿元。\n")
    assert [s.year for s in doc.sections] == [2025, 2035, 2025]


def test_a_section_has_a_year_of_its_own_only_when_it_opens_with_it() -> None:
    # the second review's cases: a comparison or a period in a section's first sentence is no year of the section
    doc = parse_document("某市2023年政府工作报告\n一、2022年工作回顾\n（一）经济运行好于预期，主要指标增速高于2021年。全年增长5%。\n"
                         "（二）2018年以来，全市累计新增就业15万人。\n二、2023年主要任务\n（一）2035年远景目标：城镇化率达到80%。\n")
    assert [(s.role, s.year) for s in doc.sections] == [
        (PartRole.REVIEW, 2022), (PartRole.REVIEW, 2022), (PartRole.REVIEW, 2022), (PartRole.PLAN, 2023),
        (PartRole.PLAN, 2035)]


def test_a_title_naming_no_place_takes_the_body_a_source_label_names() -> None:
    doc = parse_document("政府工作报告\n发布时间：2023-01-20　来源：宜宾市翠屏区人民政府\n一、2022年工作回顾\n甲。\n")
    assert doc.metadata.issuing_place == "翠屏区"
    doc = parse_document("宜宾市翠屏区人民政府\n当前位置：首页 > 政务公开\n发布时间：2023-01-20\n翠屏区政府工作汇报\n一、2022年工作回顾\n")
    assert (doc.metadata.title, doc.metadata.issuing_place) == ("翠屏区政府工作汇报", "翠屏区")
