import pytest
from hypothesis import given
from hypothesis import strategies as st

from xqgraph.extract.measures import find_measures
from xqgraph.ingest import parse_document

DOC = """某区2018年国民经济和社会发展计划
一、2017年计划执行情况
全年新增就业4.15万人，签约服务覆盖率达30.7%。举办文化活动3300余场次。将民心工程由10项扩充到20项。
实施“十三五”规划，地铁5号线中医一附院站等4座站点运营，第二届活动成功。
二、2018年主要目标任务
全年新增服务业限上企业50家以上，新增就业2.35万人，为残疾人办好十件实事，外资到位额5.9亿美元。
"""


def _facts():
    return [(m.value, m.unit, m.kind, m.year, m.comparator) for m in find_measures(parse_document(DOC))]


def test_values_units_kinds_years() -> None:
    # every expected tuple worked out by hand from DOC
    assert _facts() == [
        (41500, "人", "achieved", 2017, "eq"),
        (30.7, "%", "achieved", 2017, "eq"),
        (3300, "场次", "achieved", 2017, "approx"),
        (20, "项", "achieved", 2017, "eq"),
        (4, "座", "achieved", 2017, "eq"),
        (50, "家", "target", 2018, "ge"),
        (23500, "人", "target", 2018, "eq"),
        (10, "件", "target", 2018, "eq"),
        (590000000, "美元", "target", 2018, "eq"),
    ]


def test_indicators_and_offsets() -> None:
    doc = parse_document(DOC)
    ms = find_measures(doc)
    assert ms[0].indicator == "新增就业"
    assert ms[1].indicator == "签约服务覆盖率"
    for m in ms:
        assert doc.text[m.span.start : m.span.end] == m.text


def test_example_document_measures(example_result) -> None:
    ms = example_result.linked.measures
    assert any(m.value == 23500 and m.unit == "人" and m.kind == "target" and m.year == 2018 for m in ms)
    assert any(m.value == 41500 and m.unit == "人" and m.kind == "achieved" and m.year == 2017 for m in ms)
    assert not any(m.text in ("5号", "40周年", "500强") for m in ms)


def test_whole_district_statements_are_about_the_issuer(example_result) -> None:
    # 民营经济增加值占全区比重达到57%: 全区 is the issuing district
    m = next(m for m in example_result.linked.measures if m.value == 57 and m.unit == "%")
    assert m.about == "西青区"
    assert example_result.linked.document.metadata.issuing_place == "西青区"


PLAN_WITHOUT_PARTS = """某市2023年国民经济和社会发展计划
主要预期目标是：生产总值增长6%左右，粮食产量保持在180万吨以上。
（一）推动经济运行平稳向好
全年新增就业3万人。
"""


def test_a_plan_without_parts_sets_targets_throughout() -> None:
    ms = find_measures(parse_document(PLAN_WITHOUT_PARTS))
    assert [(m.value, m.unit, m.kind, m.year, m.comparator) for m in ms] == [
        (6, "%", "target", 2023, "approx"),
        (1800000, "吨", "target", 2023, "ge"),
        (30000, "人", "target", 2023, "eq"),
    ]
    assert ms[0].indicator == "生产总值增长"  # a rate keeps its 增长


def test_relative_change_borrows_the_subject() -> None:
    doc = parse_document("某区2018年计划\n一、2017年执行情况\n全区实现地区生产总值3347.6亿元，居全省第4位，增长1.5%。\n")
    ms = find_measures(doc)
    assert [m.value for m in ms] == [334760000000, 1.5]  # 第4位 is a rank, not a quantity
    assert ms[1].indicator == "地区生产总值增长"


def test_a_sentence_that_names_its_year_keeps_it() -> None:
    doc = parse_document("政府工作报告\n——2022年1月5日在某区第一届人民代表大会第二次会议上\n一、过去五年工作回顾\n"
                         "2021年地区生产总值预计实现151.7亿元。五年来新增就业3万人。\n")
    assert [(m.value, m.year) for m in find_measures(doc)] == [(15170000000, 2021), (30000, 2021)]


def test_ranges_words_and_types() -> None:
    doc = parse_document("某区2020年计划\n二、2020年主要任务\n地区生产总值增长5%—6%，建设5至8个园区，"
                         "参保率达到百分之九十五，服务业比重提高2个百分点，经济总量翻一番。\n")
    got = [(m.value, m.value_max, m.unit, m.measure_type) for m in find_measures(doc)]
    assert got == [
        (5, 6, "%", "growth"),
        (5, 8, "个", "level"),
        (95, None, "%", "share"),
        (2, None, "百分点", "change"),
        (100, None, "%", "growth"),
    ]


def test_years_are_not_ranges() -> None:
    doc = parse_document("某区2020年计划\n二、2020年主要任务\n2021-2025年新增就业10万人。\n")
    assert [(m.value, m.value_max) for m in find_measures(doc)] == [(100000, None)]


def test_what_a_measure_is_about(example_result) -> None:
    about = {m.text: m.about for m in example_result.linked.measures}
    # read in the example: 配合地铁集团完成地铁5号线中医一附院站等4座站点运营; 全面推行河长制,综合治理河道5.7公里;
    # 民营经济增加值占全区比重达到57%; 全年新引进法雷奥西门子等项目4328个 (the company is an example, not the subject)
    assert about["4座"] == "地铁5号线"
    assert about["5.7公里"] in ("河长制", "“河长制”")
    assert about["57%"] == "西青区"
    assert about["4328个"] != "法雷奥西门子"


def test_a_numbered_item_is_not_about_a_name_in_the_item_before(pipeline) -> None:
    r = pipeline.run_text("某区2020年计划\n二、2020年主要任务\n一是全面推行河长制，综合治理河道5.7公里；"
                          "二是深入实施乡村振兴战略；三是城乡低保标准提高到每人每月945元，全年新增就业2.52万人。\n")
    about = {m.value: m.about for m in r.linked.measures}
    assert about[5.7] == "河长制"  # a clause of the same item still says what is counted
    assert about[945] is None and about[25200] is None, about
    # a name before the first item leads them all; a decimal after ； is no item's number
    r = pipeline.run_text("某区2020年计划\n二、2020年主要任务\n全面实施乡村振兴战略：一是新建高标准农田2万亩；"
                          "二是改造提升农村公路30公里。全面推行河长制，治理河道5公里；3.5公里堤防完成加固。\n")
    assert {m.value: m.about for m in r.linked.measures} == {20000: "乡村振兴战略", 30: "乡村振兴战略", 5: "河长制",
                                                             3.5: "河长制"}


def test_names_dates_and_numbers_that_are_not_quantities() -> None:
    doc = parse_document("某区2020年计划\n二、2020年主要任务\n咨询电话：022-27392345，依据西青政发〔2018〕2号，"
                         "建设地铁5号线，实施“十三五”规划和“113”计划，举办第二届运河节，落实两城三带三区布局，"
                         "2020年1月18日召开十九大精神学习会，西青医院二期开工。\n")
    assert find_measures(doc) == []


def test_farm_and_energy_units() -> None:
    doc = parse_document("某区2020年计划\n二、2020年主要任务\n生猪出栏10万头，用电量120亿千瓦时，植树5万株，只有少数。\n")
    assert [(m.value, m.unit) for m in find_measures(doc)] == [(100000, "头"), (12000000000, "千瓦时"), (50000, "株")]


def test_air_quality_and_days() -> None:
    doc = parse_document("某区2019年计划\n一、2018年工作回顾\n"
                         "PM2.5平均浓度为35微克/立方米，空气质量优良天数达到282天，新增床位1200张床。\n")
    found = [(m.indicator, m.value, m.unit) for m in find_measures(doc)]
    assert found == [("PM2.5平均浓度", 35, "微克/立方米"), ("空气质量优良天数", 282, "天"), ("新增床位", 1200, "张")]


def test_beds_and_cards_are_counted_in_zhang_but_blueprints_and_calling_cards_are_not() -> None:
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n新增养老床位500张，一张蓝图绘到底，打好三张“名片”，"
                         "发放社保卡3万张。\n")
    assert [(m.text, m.value, m.unit, m.indicator) for m in find_measures(doc)] == [
        ("500张", 500, "张", "新增养老床位"), ("3万张", 30000, "张", "发放社保卡")]


def test_indicators_lose_enumerators_the_verb_after_their_subject_and_raised_to() -> None:
    # worked out by hand: 一是 only counts the items; 提高到 68.4% gives the rate itself; 某开发区实现营业收入 is
    # about the zone, whose name stays while 实现 goes (as the guideline's 园区总销售收入)
    from xqgraph.model import EntityType, Mention, Span

    text = "某区2018年计划\n二、2018年主要任务\n一是集体经济年收入100万元。家庭医生签约服务覆盖率提高到68.4%。某某经济技术开发区实现营业收入12亿元。\n"
    doc = parse_document(text)
    zone = "某某经济技术开发区"
    at = doc.text.index(zone)
    mentions = [Mention(zone, Span(at, at + len(zone)), EntityType.ZONE)]
    assert [(m.value, m.indicator, m.about) for m in find_measures(doc, mentions=mentions)] == [
        (1_000_000, "集体经济年收入", None), (68.4, "家庭医生签约服务覆盖率", None),
        (1_200_000_000, "某某经济技术开发区营业收入", zone)]


def test_a_short_indicator_borrows_only_from_its_own_item() -> None:
    # 总投资 after 占地137亩 belongs to the same project; the items before the ；are other things
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n一是新建城市道路20公里；二是某某项目位于城关镇，占地137亩，总投资22.8亿元。\n")
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [
        (20, "新建城市道路"), (137, "占地"), (2_280_000_000, "占地总投资")]


def test_round_hundreds_of_millions_count_only_as_a_stated_level() -> None:
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n某某公司营业收入突破百亿元，建设千亿级产业集群，"
                         "打造百万人口新城，投资千万元以上项目。\n")
    assert [(m.text, m.value, m.unit) for m in find_measures(doc)] == [("突破百亿元", 1e10, "元")]


def test_a_target_by_a_named_year_and_an_average_growth_rate() -> None:
    # worked out by hand: 到2025年 sets the year of both targets of its sentence; 年均增长 is the growth of
    # the indicator before it
    doc = parse_document("某区2021年计划\n二、“十四五”时期主要目标\n到2025年，地区生产总值达到300亿元，年均增长7%左右。\n"
                         "三、2021年重点工作\n地区生产总值增长8%左右。\n")
    assert [(m.value, m.kind, m.year, m.indicator) for m in find_measures(doc)] == [
        (3e10, "target", 2025, "地区生产总值"), (7, "target", 2025, "地区生产总值年均增长"),
        (8, "target", 2021, "地区生产总值增长")]


def test_indicators_of_from_to_respectively_and_held_at() -> None:
    doc = parse_document("某市2022年计划\n一、过去五年工作回顾\n生产总值由4789亿元增加到6795亿元，城乡居民人均可支配收入分别增长6.5%和8.2%。\n"
                         "二、2022年工作安排\n粮食总产量稳定在50万吨以上。\n")
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [
        (679_500_000_000, "生产总值"), (6.5, "城镇居民人均可支配收入增长"), (8.2, "农村居民人均可支配收入增长"),
        (500_000, "粮食总产量")]


def test_an_indicator_before_a_colon() -> None:
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n地区生产总值：720亿元，增速6.5%。\n")
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [(7.2e10, "地区生产总值"), (6.5, "地区生产总值增速")]


def test_a_short_indicator_in_a_list_names_its_own_subject() -> None:
    # items of a list (、) each name what they count; a bare change (增长) still borrows from the figure before
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n全年新开工17.5万平方米、新竣工48.9万平方米。"
                         "全年进口100亿元、出口50亿元。地区生产总值720亿元、增长8%。\n")
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [
        (175_000, "新开工"), (489_000, "新竣工"), (1e10, "进口"), (5e9, "出口"),
        (7.2e10, "地区生产总值"), (8, "地区生产总值增长")]


def test_a_share_of_a_total_is_the_share_of_the_figure_before_it() -> None:
    # 26% is the share of the trade with the Belt and Road countries; 57% names its own subject
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n全年对沿线国家进出口额达到50亿元，占全区进出口总额的26%。"
                         "民营经济增加值占全区比重达到57%。\n")
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [
        (5e9, "对沿线国家进出口额"), (26, "对沿线国家进出口额占全区进出口总额"), (57, "民营经济增加值占全区比重")]


def test_indicators_lose_a_county_s_coreference_word_and_a_verb_into_a_level() -> None:
    doc = parse_document("某县2018年计划\n二、2018年主要任务\n我县旅游总收入114.5亿元。全县PM2.5平均浓度降至63微克/立方米。"
                         "居民消费价格涨幅控制在3%左右。基本医疗保险参保率稳定在95%以上。\n")
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [
        (11_450_000_000, "旅游总收入"), (63, "PM2.5平均浓度"), (3, "居民消费价格涨幅"), (95, "基本医疗保险参保率")]


def test_a_rate_keeps_its_base_and_a_milestone_is_a_level() -> None:
    doc = parse_document("某市2021年计划\n二、2021年主要任务\n每千人口拥有执业（助理）医师数达到3.2人。"
                         "社会消费品零售总额突破1000亿元大关。财政收入首次突破百亿元，工业产值再次突破500亿元。\n")
    assert [(m.value, m.unit, m.indicator) for m in find_measures(doc)] == [
        (3.2, "人", "每千人口拥有执业(助理)医师数"), (1e11, "元", "社会消费品零售总额"), (1e10, "元", "财政收入"),
        (5e10, "元", "工业产值")]


def test_growth_on_a_like_for_like_basis_borrows_its_subject() -> None:
    doc = parse_document("某市2021年计划\n二、2021年主要任务\n一般公共预算收入完成86.5亿元，同口径增长7.8%。\n")
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [
        (8_650_000_000, "一般公共预算收入"), (7.8, "一般公共预算收入同口径增长")]


def test_growth_rates_stated_respectively_borrow_the_subject_of_the_levels_before() -> None:
    doc = parse_document("某县2023年计划\n一、2022年工作回顾\n城乡居民人均可支配收入分别达到78560元和45320元，"
                         "分别增长4.8%和6.5%。\n")
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [
        (78560, "城镇居民人均可支配收入"), (45320, "农村居民人均可支配收入"),  # 城乡 分别: urban, then rural
        (4.8, "城镇居民人均可支配收入增长"), (6.5, "农村居民人均可支配收入增长")]
    # 分别 shares out the two insurances, not urban and rural residents
    doc = parse_document("某县2023年计划\n一、2022年工作回顾\n城乡居民基本养老保险和基本医疗保险参保率分别达到95%和98%。\n")
    assert all(m.indicator.startswith("城乡居民") for m in find_measures(doc))


def test_a_place_name_that_reads_as_a_quantity_is_not_one_and_a_conjunction_ends_no_indicator(pipeline) -> None:
    # 三台县 is a county (3 台 when read as a quantity); 新增三台设备 still counts three machines
    r = pipeline.run_text("某市2023年计划\n二、2023年主要任务\n三台县、盐亭县获评省级乡村振兴先进县，新增三台设备。"
                          "长虹控股集团、九洲集团营业收入分别突破1800亿元和500亿元。\n")
    assert [(m.text, m.indicator) for m in r.linked.measures] == [
        ("三台", "新增设备"), ("突破1800亿元", "长虹控股集团营业收入"), ("500亿元", "九洲集团营业收入")]  # 分别: each its own


def test_a_target_year_named_inside_a_sentence_holds_from_there_on() -> None:
    doc = parse_document("某县2022年计划\n二、今后五年的目标任务\n主要目标是：到2026年，地区生产总值突破3000亿元，年均增长7.5%左右。"
                         "全年新增就业2万人，到2025年，新增就业达到10万人。\n")
    assert [(m.value, m.year) for m in find_measures(doc)] == [(3e11, 2026), (7.5, 2026), (20000, 2022), (100000, 2025)]


def test_indicators_lose_the_numbers_of_list_items() -> None:
    doc = parse_document("某区2022年计划\n二、2022年计划安排\n主要预期指标：\n1.地区生产总值增长7%左右；\n"
                         "（2）一般公共预算收入增长6%；\n③城镇新增就业2万人。\n全年新增就业1.5万人。\n")
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [
        (7, "地区生产总值增长"), (6, "一般公共预算收入增长"), (20000, "城镇新增就业"), (15000, "新增就业")]


def test_chao_before_a_figure_means_more_than() -> None:
    doc = parse_document("某区2018年计划\n一、2017年工作回顾\n新引进重大项目56个，总投资超2000亿元。\n")
    assert [(m.value, m.comparator, m.indicator) for m in find_measures(doc)] == [
        (56, "eq", "新引进重大项目"), (2e11, "ge", "新引进重大项目总投资")]


def test_tupo_before_a_figure_means_more_than() -> None:
    doc = parse_document("某市2023年计划\n一、2022年工作回顾\n外贸进出口总额突破300亿元，白酒产业产值突破千亿元，旅游收入取得新突破。\n")
    assert [(m.text, m.value, m.comparator, m.indicator) for m in find_measures(doc)] == [
        ("突破300亿元", 3e10, "ge", "外贸进出口总额"), ("突破千亿元", 1e11, "ge", "白酒产业产值")]


def test_a_list_s_items_share_out_among_the_figures_stated_respectively() -> None:
    doc = parse_document("某区2018年计划\n一、2017年工作回顾\n一、二、三产业增加值分别为12.5亿元、45.6亿元和78.9亿元。"
                         "城镇、农村居民人均可支配收入分别增长6%和8%。进口、出口分别完成100亿元和50亿元。\n")
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [
        (1.25e9, "一产业增加值"), (4.56e9, "二产业增加值"), (7.89e9, "三产业增加值"),
        (6, "城镇居民人均可支配收入增长"), (8, "农村居民人均可支配收入增长"), (1e10, "进口"), (5e9, "出口")]


def test_figures_stated_respectively_follow_the_figures_or_items_before_them_in_order() -> None:
    # the rates follow the figures of the clauses before them, listed with 和 or with 、; whole indicators
    # listed before 分别 share only how they changed
    doc = parse_document("某区2018年计划\n一、2017年工作回顾\n接待游客2300万人次，实现旅游收入260亿元，分别增长85%和120%。"
                         "固定资产投资、社会消费品零售总额分别增长8%和10%。"
                         "地区生产总值、一般公共预算收入分别增长6%、9%。工业投资、民间投资分别增长12%和15%。"
                         "接待游客2300万人次，实现旅游收入260亿元，分别增长85%、120%。\n")
    visitors_and_income = [(23_000_000, "接待游客"), (26_000_000_000, "旅游收入"), (85, "接待游客增长"), (120, "旅游收入增长")]
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [
        *visitors_and_income,
        (8, "固定资产投资增长"), (10, "社会消费品零售总额增长"), (6, "地区生产总值增长"), (9, "一般公共预算收入增长"),
        (12, "工业投资增长"), (15, "民间投资增长"), *visitors_and_income]


def test_counts_of_times_a_household_was_served() -> None:
    doc = parse_document("某区2023年计划\n一、2022年工作回顾\n全年新增减税降费25亿元，惠及市场主体3.5万户次。\n")
    assert [(m.value, m.unit, m.indicator) for m in find_measures(doc)] == [
        (2.5e9, "元", "新增减税降费"), (35000, "户次", "惠及市场主体")]


def test_the_bound_of_a_class_counted_is_no_figure_but_stays_in_the_indicator() -> None:
    doc = parse_document("某市2023年计划\n一、2022年工作回顾\n全市规模以上工业企业达到1850家，其中产值超10亿元企业45家。"
                         "亿元以上项目32个。全年完成投资200亿元。\n")
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [
        (1850, "规模以上工业企业"), (45, "产值超10亿元企业"), (32, "亿元以上项目"), (2e10, "完成投资")]


def test_a_year_opening_the_clause_is_not_part_of_the_indicator() -> None:
    doc = parse_document("某区2023年计划\n一、2022年工作回顾\n2022年全区实现地区生产总值512亿元，增长4.5%。\n")
    assert [(m.value, m.year, m.indicator) for m in find_measures(doc)] == [
        (5.12e10, 2022, "地区生产总值"), (4.5, 2022, "地区生产总值增长")]


# -- tables of indicators ----------------------------------------------------------------------------------------

def _table_facts(text: str) -> list[tuple]:
    return [(m.indicator, m.value, m.unit, m.kind, m.year, m.comparator) for m in find_measures(parse_document(text))]


def test_a_table_of_indicators_separated_by_tabs() -> None:
    # worked out by hand: the columns say the kind and year; 单位 gives each row's unit (万人: 3.2 → 32000 人)
    text = ("某市2022年国民经济和社会发展计划\n二、2022年主要预期目标\n附表：主要预期指标\n"
            "指标\t单位\t2021年完成\t2022年目标\n地区生产总值增长\t%\t8.1\t6.5左右\n城镇新增就业\t万人\t3.2\t3\n")
    assert _table_facts(text) == [
        ("地区生产总值增长", 8.1, "%", "achieved", 2021, "eq"), ("地区生产总值增长", 6.5, "%", "target", 2022, "approx"),
        ("城镇新增就业", 32000, "人", "achieved", 2021, "eq"), ("城镇新增就业", 30000, "人", "target", 2022, "eq")]


def test_a_table_with_numbered_rows_units_in_brackets_and_bounds() -> None:
    # as .docx and HTML tables come out of ingest (cells between pipes); a row is read once, as a table row
    text = ("关于某县2022年计划执行情况与2023年计划草案的报告\n一、2022年计划执行情况\n"
            "| 序号 | 指标名称 | 属性 | 2022年计划 | 2022年完成 | 2023年目标 |\n"
            "| 1 | 单位GDP能耗降低（%） | 约束性 | ≥3 | 3.2 | 完成省下达任务 |\n"
            "| 2 | 城镇新增就业（万人） | 预期性 | 1.2 | 1.35 | 1.2以上 |\n"
            "二、2023年主要任务\n新增就业1.2万人。\n")
    assert _table_facts(text) == [
        ("单位GDP能耗降低", 3, "%", "target", 2022, "ge"), ("单位GDP能耗降低", 3.2, "%", "achieved", 2022, "eq"),
        ("城镇新增就业", 12000, "人", "target", 2022, "eq"), ("城镇新增就业", 13500, "人", "achieved", 2022, "eq"),
        ("城镇新增就业", 12000, "人", "target", 2023, "ge"), ("新增就业", 12000, "人", "target", 2023, "eq")]


@given(st.lists(st.tuples(st.sampled_from(["地区生产总值", "城镇新增就业", "粮食产量", "森林覆盖率"]),
                          st.sampled_from([("亿元", 1e8, "元"), ("万人", 1e4, "人"), ("万吨", 1e4, "吨"), ("%", 1, "%")]),
                          st.decimals(min_value=0, max_value=99999, places=2, allow_nan=False)),
                min_size=1, max_size=5))
def test_every_figure_of_a_table_row_is_read_in_its_unit(rows: list) -> None:
    lines = "".join(f"{name}\t{unit}\t{value}\n" for name, (unit, _, _), value in rows)
    text = f"某市2022年计划\n二、2022年主要任务\n指标\t单位\t2022年目标\n{lines}"
    found = [(m.indicator, m.value, m.unit, m.kind, m.year) for m in find_measures(parse_document(text))]
    assert found == [(name, pytest.approx(float(value) * mult), base, "target", 2022)
                     for name, (_, mult, base), value in rows]


def test_bounds_said_in_other_words_and_changes_against_the_end_of_last_year() -> None:
    doc = parse_document("某市2023年计划\n二、2023年主要目标\n城镇调查失业率不高于5.5%，PM2.5浓度低于35微克/立方米，"
                         "新增城市绿地面积不小于50公顷。常住人口城镇化率为66.3%，较上年末提高0.8个百分点。\n")
    assert [(m.value, m.comparator, m.indicator) for m in find_measures(doc)] == [
        (5.5, "le", "城镇调查失业率"), (35, "le", "PM2.5浓度"), (50, "ge", "新增城市绿地面积"),
        (66.3, "eq", "常住人口城镇化率"), (0.8, "eq", "常住人口城镇化率较上年末提高")]


def test_breakthroughs_counted_are_no_bound() -> None:
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n实现技术突破30项，专利授权量突破5000件。\n")
    assert [(m.value, m.comparator, m.indicator) for m in find_measures(doc)] == [
        (30, "eq", "技术突破"), (5000, "ge", "专利授权量")]


def test_tables_keep_their_columns_and_headers() -> None:
    # worked out by hand: an empty cell keeps the columns in place; a row of words is no header; bare years are
    # a header (2021 before the plan's year: achieved); a heading's unit in brackets is its column's
    text = ("某市2022年国民经济和社会发展计划\n二、2022年主要预期目标\n指标\t单位\t2021年完成\t2022年目标\n"
            "研发经费投入强度\t%\t\t2.5\n单位GDP能耗下降\t%\t完成省下达任务\t完成市下达计划\n城镇新增就业\t万人\t1.2\t1.3\n"
            "附表二\n指标\t单位\t2021\t2022\n粮食产量\t万吨\t52\t53以上\n"
            "重点项目\t2022年计划投资（亿元）\t2021年完成投资（亿元）\n某某大道工程\t12\t8\n")
    assert _table_facts(text) == [
        ("研发经费投入强度", 2.5, "%", "target", 2022, "eq"),
        ("城镇新增就业", 12000, "人", "achieved", 2021, "eq"), ("城镇新增就业", 13000, "人", "target", 2022, "eq"),
        ("粮食产量", 520000, "吨", "achieved", 2021, "eq"), ("粮食产量", 530000, "吨", "target", 2022, "ge"),
        ("某某大道工程投资", 1.2e9, "元", "target", 2022, "eq"), ("某某大道工程投资", 8e8, "元", "achieved", 2021, "eq")]


def test_a_figure_all_the_items_of_a_list_reach_counts_what_they_share() -> None:
    doc = parse_document("某市2023年政府工作报告\n一、2022年工作回顾\n沛县、丰县、睢宁县经济总量全部超过500亿元。"
                         "主要指标均达到100%。城乡居民人均达到2万元。\n")
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [
        (50_000_000_000, "经济总量"), (100, "主要指标"), (20000, "城乡居民人均")]  # 人均 is not 均 (all)
    doc = parse_document("某市2023年政府工作报告\n一、2022年工作回顾\n地铁客流量日均超过150万人次，粮食单产亩均达到600公斤。\n")
    assert [m.indicator for m in find_measures(doc)] == ["地铁客流量日均", "粮食单产亩均"]


def test_for_how_many_years_a_figure_held_is_not_what_it_counts() -> None:
    doc = parse_document("某市2023年政府工作报告\n一、2022年工作回顾\n粮食产量连续5年稳定在100亿斤以上。"
                         "森林覆盖率连续三年保持在40%以上。\n")
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [(10_000_000_000, "粮食产量"), (40, "森林覆盖率")]


def test_a_target_year_without_a_comma_after_it_and_the_year_of_the_whole_year() -> None:
    doc = parse_document("某市2023年政府工作报告\n二、2023年主要目标\n到2027年常住人口城镇化率达到62%。"
                         "力争到2025年地区生产总值突破1000亿元，全年新增就业2万人。\n")
    assert [(m.value, m.year, m.indicator) for m in find_measures(doc)] == [
        (62, 2027, "常住人口城镇化率"), (1e11, 2025, "地区生产总值"), (20000, 2023, "新增就业")]
    doc = parse_document("某市2023年政府工作报告\n二、2023年主要目标\n到2025年，全年接待游客突破1亿人次。\n")
    assert [(m.value, m.year) for m in find_measures(doc)] == [(1e8, 2025)]  # 全年 of the year named


def test_more_measure_words_compound_units_and_round_figures_with_a_bound() -> None:
    doc = parse_document("某市2023年政府工作报告\n一、2022年工作回顾\n港口集装箱吞吐量达到120万标箱，新建充电桩3000根。"
                         "单位GDP能耗下降到0.45吨标准煤/万元。引进企业近千家，惠及千家万户。\n")
    assert [(m.value, m.unit, m.comparator, m.indicator) for m in find_measures(doc)] == [
        (1_200_000, "标箱", "eq", "港口集装箱吞吐量"), (3000, "根", "eq", "新建充电桩"),
        (0.45, "吨标准煤/万元", "eq", "单位GDP能耗"), (1000, "家", "approx", "引进企业")]  # 千家万户 counts nothing


def test_measure_words_that_also_begin_other_words() -> None:
    doc = parse_document("某市2023年政府工作报告\n一、2022年工作回顾\n加装电梯21部，12部门联合执法。举办活动48场，打赢三场硬仗。"
                         "组建服务队132支，2支付平台上线。中欧班列开行600列以上，3列入名单。动力电池产能150吉瓦时，光伏装机25吉瓦。"
                         "企业开办压缩至0.5个工作日以内。全员劳动生产率6.2万元/人，修建道路3千米。\n")
    assert [(m.value, m.unit, m.comparator, m.indicator) for m in find_measures(doc)] == [
        (21, "部", "eq", "加装电梯"), (48, "场", "eq", "举办活动"), (132, "支", "eq", "组建服务队"),
        (600, "列", "ge", "中欧班列开行"), (150, "吉瓦时", "eq", "动力电池产能"), (25, "吉瓦", "eq", "光伏装机"),
        (0.5, "工作日", "le", "企业开办"), (62000, "元/人", "eq", "全员劳动生产率"), (3, "千米", "eq", "修建道路")]
    # the second reader's cases: 元/人次 is a unit of its own, 三部曲 counts nothing, 3支队伍 counts teams
    doc = parse_document("某市2023年政府工作报告\n一、2022年工作回顾\n门诊次均费用控制在210元/人次。奏响乡村振兴三部曲。"
                         "建成3支队伍。\n")
    assert [(m.value, m.unit, m.indicator) for m in find_measures(doc)] == [
        (210, "元/人次", "门诊次均费用"), (3, "支", "建成队伍")]


def test_a_figure_whose_unit_is_in_brackets_after_its_name() -> None:
    doc = parse_document("某市2023年政府工作报告\n二、2023年主要目标\n地区生产总值（亿元）：4120.5，增长5.6%。"
                         "城镇新增就业（万人）：4.5左右。主要指标：一般公共预算收入（亿元）：60.2。\n")
    assert [(m.value, m.unit, m.kind, m.comparator, m.indicator) for m in find_measures(doc)] == [
        (412_050_000_000, "元", "target", "eq", "地区生产总值"), (5.6, "%", "target", "eq", "地区生产总值增长"),
        (45000, "人", "target", "approx", "城镇新增就业"), (6_020_000_000, "元", "target", "eq", "一般公共预算收入")]
    # thousands separators; each growth borrows the name of the labelled figure right before it
    doc = parse_document("某市2023年政府工作报告\n二、2023年主要目标\n地区生产总值（亿元）：12,345.6，增长5.6%，"
                         "一般公共预算收入（亿元）：60.2，增长4%。\n")
    assert [(m.value, m.indicator) for m in find_measures(doc)] == [
        (1_234_560_000_000, "地区生产总值"), (5.6, "地区生产总值增长"), (6_020_000_000, "一般公共预算收入"),
        (4, "一般公共预算收入增长")]


@given(name=st.text(alphabet="地区生产总值新增就业收入投资面积", min_size=2, max_size=8),
       unit=st.sampled_from([("亿元", 1e8, "元"), ("万人", 1e4, "人"), ("%", 1, "%"), ("个", 1, "个"), ("万亩", 1e4, "亩")]),
       number=st.decimals(min_value=0, max_value=9_999_999, places=2, allow_nan=False, allow_infinity=False),
       grouped=st.booleans(), lead=st.sampled_from(["", "全市", "2022年"]))
def test_labelled_figures_are_read_whatever_the_name_unit_and_number(name: str, unit: tuple[str, float, str],
                                                                   number, grouped: bool, lead: str) -> None:
    written, factor, base = unit
    line = f"{lead}{name}（{written}）：{number:,}" if grouped else f"{lead}{name}（{written}）：{number}"
    doc = parse_document(f"某市2023年政府工作报告\n一、2022年工作回顾\n{line}。\n")
    found = [m for m in find_measures(doc) if m.indicator == name]
    assert [(m.unit, m.kind, m.year) for m in found] == [(base, "achieved", 2022)], (line, find_measures(doc))
    assert abs(found[0].value - float(number) * factor) <= 1e-9 * max(1.0, float(number) * factor)


def test_a_figure_all_the_places_of_a_list_reach_is_about_none_of_them_alone(pipeline) -> None:
    r = pipeline.run_text("某市2023年政府工作报告\n一、2022年工作回顾\n庐江县、长丰县、肥东县经济总量全部超过500亿元。"
                          "肥东县经济总量超过600亿元。\n")
    assert [(m.value, m.about) for m in r.linked.measures] == [(5e10, None), (6e10, "肥东县")]
    r = pipeline.run_text("某市2023年政府工作报告\n一、2022年工作回顾\n肥东县、长丰县财政收入均增长10%。\n")
    assert [(m.indicator, m.about) for m in r.linked.measures] == [("财政收入增长", None)]  # 均 before how it changed


def test_an_estimate_is_said_of_a_figure_not_part_of_its_name() -> None:
    doc = parse_document("关于某市2022年计划执行情况与2023年计划草案的报告\n一、2022年计划执行情况\n"
                         "全年一般公共预算收入预计完成150亿元。规模以上工业增加值预计增长8%。\n")
    assert [(m.value, m.kind, m.year, m.indicator) for m in find_measures(doc)] == [
        (15_000_000_000, "achieved", 2022, "一般公共预算收入"), (8, "achieved", 2022, "规模以上工业增加值增长")]


def test_a_line_that_names_its_indicator_before_a_colon_with_the_year_s_target_and_result() -> None:
    # a report on the plan's execution lists each indicator with the target set for the year and its result
    doc = parse_document("关于某市2021年计划执行情况与2022年计划草案的报告\n一、2021年计划执行情况\n"
                         "地区生产总值：预期目标增长7%以上；完成7222.5亿元，增长3.7%。\n"
                         "居民消费价格涨幅：预期目标3%左右；实际0.7%。\n"
                         "全年安排重点项目：120个产业项目。\n")
    assert [(m.value, m.kind, m.year, m.comparator, m.indicator) for m in find_measures(doc)] == [
        (7, "target", 2021, "ge", "地区生产总值增长"), (722_250_000_000, "achieved", 2021, "eq", "地区生产总值"),
        (3.7, "achieved", 2021, "eq", "地区生产总值增长"), (3, "target", 2021, "approx", "居民消费价格涨幅"),
        (0.7, "achieved", 2021, "eq", "居民消费价格涨幅"),
        (120, "achieved", 2021, "eq", "产业项目")]  # what follows the figure names it, not the label


def test_a_five_year_plan_s_indicators_with_the_base_year_and_the_target_year() -> None:
    doc = parse_document("某市国民经济和社会发展第十四个五年规划纲要\n第二章　主要目标\n专栏1　主要指标\n"
                         "1.地区生产总值（亿元）：2020年2802.1，2025年4500以上，年均增长7.5%左右（预期性）\n"
                         "2.森林覆盖率：2025年达到50%以上（约束性）\n"
                         "3.每千人口拥有3岁以下婴幼儿托位数：2025年达到4.5个（预期性）\n")
    assert [(m.value, m.kind, m.year, m.comparator, m.indicator) for m in find_measures(doc)] == [
        (280_210_000_000, "achieved", 2020, "eq", "地区生产总值"), (450_000_000_000, "target", 2025, "ge", "地区生产总值"),
        (7.5, "target", 2025, "approx", "地区生产总值年均增长"), (50, "target", 2025, "ge", "森林覆盖率"),
        (4.5, "target", 2025, "eq", "每千人口拥有3岁以下婴幼儿托位数")]


def test_a_line_s_label_does_not_replace_a_subject_its_figures_name() -> None:
    # the second reader's cases: a label before a colon heads the line, but a figure that names its subject, or
    # follows one that does, keeps it; 目标完成率 and 目标人群 are no targets; 计划增长 is one
    doc = parse_document("某市2023年政府工作报告\n一、2022年工作回顾\n"
                         "消费市场：社会消费品零售总额1200亿元，增长8%。\n"
                         "经济总量：2022年全市地区生产总值突破3000亿元，达到3050亿元。\n"
                         "地区生产总值增长：预期目标7%，实际增长5.2%。\n"
                         "财政收入：目标完成率102%。\n"
                         "规模以上工业增加值：计划增长5%，实际增长6.1%。\n")
    assert [(m.value, m.kind, m.indicator) for m in find_measures(doc)] == [
        (120_000_000_000, "achieved", "社会消费品零售总额"), (8, "achieved", "社会消费品零售总额增长"),
        (300_000_000_000, "achieved", "地区生产总值"), (305_000_000_000, "achieved", "地区生产总值"),
        (7, "target", "地区生产总值增长"), (5.2, "achieved", "地区生产总值增长"),  # not …增长增长
        (102, "achieved", "目标完成率"),
        (5, "target", "规模以上工业增加值增长"), (6.1, "achieved", "规模以上工业增加值增长")]


def test_ship_visits_multiples_and_numerals_inside_names_or_the_document_s_structure() -> None:
    doc = parse_document("某市2023年政府工作报告\n一、2022年工作回顾\n三家子机场航站楼改扩建，重点抓好五个方面工作，新建5个方舱医院。"
                         "进出港船舶2.6万艘次，营业收入增长1.6倍。\n")
    assert [(m.value, m.unit, m.indicator) for m in find_measures(doc)] == [
        (5, "个", "新建方舱医院"), (26000, "艘次", "进出港船舶"), (1.6, "倍", "营业收入增长")]


def test_the_second_review_s_figures() -> None:
    doc = parse_document("某市2023年政府工作报告\n一、2022年工作回顾\n新设立3家子公司，三家子机场改造。发放高龄津贴200元/人·月。"
                         "以十倍的干劲抓落实。\n地区生产总值：总量2850亿元，增速5.2%。\n民营经济：占比55%，提高1个百分点。\n")
    assert [(m.value, m.unit, m.indicator) for m in find_measures(doc)] == [
        (3, "家", "新设立子公司"), (200, "元/人·月", "发放高龄津贴"),
        (285_000_000_000, "元", "地区生产总值总量"), (5.2, "%", "地区生产总值总量增速"),
        (55, "%", "民营经济占比"), (1, "百分点", "民营经济占比提高")]
