from xqgraph.ingest import parse_document
from xqgraph.model import EntityType


def _edges(pipeline, text: str) -> set[tuple[str, str, str]]:
    r = pipeline.run_document(parse_document("天津市西青区人民政府\n某区2018年计划\n二、2018年主要任务\n" + text + "\n"))
    return {(x.head, x.predicate, x.tail) for x in r.linked.relations}


def test_gazetteer_hierarchy_and_pairing(pipeline) -> None:
    edges = _edges(pipeline, "天津市西青区强化与河北省平泉市对口帮扶。")
    assert ("西青区", "locatedIn", "天津市") in edges
    assert ("平泉市", "locatedIn", "河北省") in edges
    assert ("西青区", "pairedWith", "平泉市") in edges


def test_compound_names(pipeline) -> None:
    edges = _edges(pipeline, "建成张家窝镇中心公园。加快建设国家自主创新示范区西青分园。完成地铁5号线中医一附院站运营。"
                             "推进中国（天津）自由贸易试验区滨海片区建设。中国银行西青支行开业。")
    assert ("张家窝镇中心公园", "locatedIn", "张家窝镇") in edges
    assert ("国家自主创新示范区西青分园", "partOf", "国家自主创新示范区") in edges
    assert ("中医一附院站", "partOf", "地铁5号线") in edges
    assert ("中国(天津)自由贸易试验区滨海片区", "partOf", "中国(天津)自由贸易试验区") in edges
    assert ("中国银行西青支行", "partOf", "中国银行") in edges


def test_towns_of_the_issuing_district(pipeline) -> None:
    assert ("辛口镇", "locatedIn", "西青区") in _edges(pipeline, "杨柳青镇、辛口镇环境面貌明显改善。")


def test_a_village_written_right_after_its_town_is_in_it(pipeline) -> None:
    r = pipeline.run_document(parse_document("紫金县2022年政府工作报告\n一、2021年工作回顾\n"
                                             "龙窝镇琴江村、瓦溪镇黄花村获评全国乡村旅游重点村，临江镇、蓝塘镇村庄整治。\n"))
    edges = {(x.head, x.predicate, x.tail) for x in r.linked.relations}
    assert {("琴江村", "locatedIn", "龙窝镇"), ("黄花村", "locatedIn", "瓦溪镇")} <= edges  # 黄花 is a common word
    assert not {(h, t) for h, p, t in edges if h in ("琴江村", "黄花村") and t in ("临江镇", "蓝塘镇")}


def test_the_stretch_of_a_road_or_river_through_a_place(pipeline) -> None:
    r = pipeline.run_document(parse_document("天津市西青区人民政府\n某区2018年计划\n二、2018年主要任务\n"
                                             "汕湛高速惠州段建成通车，完成京杭大运河西青段运河公园规划，推进义容镇圩镇整治。完成青宁路新建段建设。\n"))
    found = {e.name: e.type for e in r.linked.entities}
    assert found.get("汕湛高速惠州段") is EntityType.PROJECT and found.get("京杭大运河西青段") is EntityType.PLACE
    assert "青宁路新建段" not in found  # 新建 is a short name of 新建区, far from 西青区: here a new stretch
    assert "义容镇圩镇" not in found  # 圩镇: a market town, a kind of place
    edges = {(x.head, x.predicate, x.tail) for x in r.linked.relations}
    assert {("汕湛高速惠州段", "partOf", "汕湛高速"), ("京杭大运河西青段", "partOf", "京杭大运河"),
            ("京杭大运河西青段", "locatedIn", "西青区")} <= edges


def test_cooperation_and_settling(pipeline) -> None:
    edges = _edges(pipeline, "密切与北京方面的交流对接。主动对接雄安新区规划建设。比亚迪新能源汽车项目落户西青经济技术开发区。")
    assert ("西青区", "cooperatesWith", "北京") in edges
    assert ("西青区", "cooperatesWith", "雄安新区") in edges
    assert ("比亚迪新能源汽车项目", "locatedIn", "西青经济技术开发区") in edges
    assert not any(p == "cooperatesWith" and t in ("西青区", "天津市") for _, p, t in edges)


def test_example_cooperation_in_rdf(example_result) -> None:
    q = """PREFIX xq: <https://w3id.org/xqgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?name WHERE { ?d rdfs:label "西青区"@zh ; xq:cooperatesWith ?p . ?p rdfs:label ?name } ORDER BY ?name"""
    # read in the example: 密切与北京方面的交流对接; 赴北京丰台、燕山等地开展对外文化交流; 主动对接雄安新区规划建设
    assert [str(n) for (n,) in example_result.graph.query(q)] == ["北京", "北京丰台", "燕山", "雄安新区"]


def test_attraction_and_implementation(pipeline) -> None:
    edges = _edges(pipeline, "全年新引进法雷奥西门子等项目。在西青经济技术开发区试点市场准入负面清单制度改革。")
    assert ("法雷奥西门子", "attractedTo", "西青区") in edges
    assert ("市场准入负面清单制度改革", "implementedIn", "西青经济技术开发区") in edges


def test_pairing_names_every_partner_county_and_no_town(pipeline) -> None:
    # 静宁县 and 庄浪县 are both partners; 中北镇 (a town of the issuer, 西青区) in the same sentence is not one
    edges = _edges(pipeline, "扎实做好对口帮扶甘肃省静宁县和庄浪县工作，中北镇选派干部12名。")
    paired = {tail for _, predicate, tail in edges if predicate == "pairedWith"}
    assert paired == {"静宁县", "庄浪县"}


def test_a_site_described_as_lying_in_a_town(pipeline) -> None:
    edges = _edges(pipeline, "位于中北镇的西青区第二人民医院建成投用。")
    assert ("西青区第二人民医院", "locatedIn", "中北镇") in edges


def test_a_segment_or_branch_lies_in_the_place_it_is_named_after(pipeline) -> None:
    edges = _edges(pipeline, "天津市西青区加快建设国家自主创新示范区西青分园。建成京杭大运河西青段运河公园。")
    assert ("国家自主创新示范区西青分园", "locatedIn", "西青区") in edges
    assert ("京杭大运河西青段运河公园", "locatedIn", "西青区") in edges
    # a branch named after no place of the text lies nowhere it says
    assert not any(h == "某某示范区东区分园" for h, _, _ in _edges(pipeline, "建设某某示范区东区分园。"))


def test_east_west_cooperation_pairs_places(pipeline) -> None:
    assert ("西青区", "pairedWith", "昭觉县") in _edges(pipeline, "深化东西部扶贫协作，助力四川省昭觉县脱贫。")
    assert ("西青区", "pairedWith", "青川县") in _edges(pipeline, "与四川省青川县深化东西部协作。")


def test_autonomous_prefectures_and_counties_by_their_usual_short_names(pipeline) -> None:
    # 凉山州 is 凉山彝族自治州, 北川县 is 北川羌族自治县: documents rarely write the peoples' names out
    edges = _edges(pipeline, "对口帮扶凉山州昭觉县、金阳县。支持北川县加快发展。")
    assert ("昭觉县", "locatedIn", "凉山州") in edges and ("金阳县", "locatedIn", "凉山州") in edges
    r = pipeline.run_text("某区2018年计划\n二、2018年主要任务\n支持北川县加快发展。\n")
    assert [(e.name, e.level.value if e.level else None) for e in r.linked.entities] == [("北川县", "District")]


def test_a_zone_named_after_a_town_lies_in_it_and_the_district_s_parks_in_the_district(pipeline) -> None:
    edges = _edges(pipeline, "推进杨柳青镇科教城片区更新改造。加快建设西太湖国际医疗产业园。")
    assert ("杨柳青镇科教城片区", "locatedIn", "杨柳青镇") in edges
    assert not any(h == "杨柳青镇科教城片区" and p == "partOf" for h, p, _ in edges)  # a town has no parts by name
    assert ("西太湖国际医疗产业园", "locatedIn", "西青区") in edges
    # a zone the district works with is another's
    edges = _edges(pipeline, "主动对接莫干山国际旅游度假区。")
    assert ("西青区", "cooperatesWith", "莫干山国际旅游度假区") in edges
    assert ("莫干山国际旅游度假区", "locatedIn", "西青区") not in edges


def test_pairing_names_each_partner_not_the_divisions_around_them_nor_other_items(pipeline) -> None:
    # 新疆阿勒泰地区 is one word to jieba; 阿勒泰地区 holds 福海县, so it is not a partner, 日喀则市 is
    edges = _edges(pipeline, "对口支援新疆阿勒泰地区福海县、西藏自治区日喀则市。"
                             "一是与上海市开展产业合作；二是扎实开展与湖北省巴东县对口帮扶。"
                             "深化与甘肃省静宁县对口帮扶，组织企业赴兰州市、西安市考察。")
    assert {t for h, p, t in edges if p == "pairedWith"} == {"福海县", "日喀则市", "巴东县", "静宁县"}, edges
    assert ("福海县", "locatedIn", "阿勒泰地区") in edges and ("阿勒泰地区", "locatedIn", "新疆") in edges


def test_a_route_runs_between_its_ends_not_in_the_first(pipeline) -> None:
    edges = _edges(pipeline, "疏浚杨柳青镇至辛口镇航道，实施西青至静海高速公路。")
    assert not {(h, t) for h, p, t in edges if h in ("杨柳青镇至辛口镇航道", "西青至静海高速公路") and p == "locatedIn"}
    assert {h for h, _, _ in edges} >= {"杨柳青镇", "辛口镇"}  # the towns themselves are still placed


def test_a_pair_the_sentence_names_is_paired_whoever_issued_the_document(pipeline) -> None:
    # a province's report: 杭州市 and 恩施州 (湖北省's) are the pair, not the issuer and either of them
    r = pipeline.run_document(parse_document("浙江省人民政府\n浙江省2023年政府工作报告\n一、2022年工作回顾\n"
                                             "杭州市与湖北省恩施州建立对口合作关系，签约项目12个。\n"))
    assert r.linked.document.metadata.issuing_place == "浙江省"
    assert {(x.head, x.tail) for x in r.linked.relations if x.predicate == "pairedWith"} == {("杭州市", "恩施州")}
    # partners listed with 和 after 与 are both the issuer's
    edges = _edges(pipeline, "深化与甘肃省靖远县和河北省平泉市的对口帮扶。")
    assert {(h, t) for h, p, t in edges if p == "pairedWith"} == {("西青区", "靖远县"), ("西青区", "平泉市")}
    # the issuer named as one of the pair is paired as before, once
    assert {(h, t) for h, p, t in _edges(pipeline, "西青区与河北省平泉市深化对口帮扶。") if p == "pairedWith"} == {
        ("西青区", "平泉市")}


def test_a_city_s_partner_may_lie_in_its_own_province(pipeline) -> None:
    # 兴安盟 and 鄂尔多斯市 are both in 内蒙古: sibling cities pair; a district's sibling districts are its own city's
    r = pipeline.run_document(parse_document("鄂尔多斯市人民政府\n2023年鄂尔多斯市政府工作报告\n一、2022年工作回顾\n"
                                             "与兴安盟开展对口帮扶。\n"))
    assert {(x.head, x.tail) for x in r.linked.relations if x.predicate == "pairedWith"} == {("鄂尔多斯市", "兴安盟")}
    edges = _edges(pipeline, "与河北省平泉市对口帮扶，在和平区设立对口帮扶专柜。")
    assert {(h, t) for h, p, t in edges if p == "pairedWith"} == {("西青区", "平泉市")}


def test_places_paired_respectively_pair_in_order(pipeline) -> None:
    # 分别: 宁波市 with 康定市, 绍兴市 with 泸定县 (both in the issuer, 甘孜州); the province helping the issuer is
    # its partner
    r = pipeline.run_document(parse_document(
        "甘孜藏族自治州人民政府\n2023年甘孜州政府工作报告\n一、2022年工作回顾\n"
        "浙江省对口支援我州投入资金8.3亿元，宁波市、绍兴市分别结对帮扶康定市、泸定县。\n"))
    assert {(x.head, x.tail) for x in r.linked.relations if x.predicate == "pairedWith"} == {
        ("宁波市", "康定市"), ("绍兴市", "泸定县"), ("甘孜藏族自治州", "浙江省")}


def _doc_edges(pipeline, text: str) -> set[tuple[str, str, str]]:
    return {(x.head, x.predicate, x.tail) for x in pipeline.run_document(parse_document(text)).linked.relations}


def test_a_subdistrict_holds_the_communities_its_report_names_and_lies_where_its_office_says(pipeline) -> None:
    # 湖南路街道 is a subdistrict of 南京 and of 上海: the office's full name says which, and so which 鼓楼区 is meant
    edges = _doc_edges(pipeline, "湖南路街道办事处2023年工作总结和2024年工作计划\n发布机构：南京市鼓楼区湖南路街道办事处\n"
                                 "一、2023年工作总结\n湖南路街道完成马台街社区、高云岭社区整治，湖南路商圈提档升级，"
                                 "作为南京市鼓楼区核心商圈。\n")
    assert {("马台街社区", "locatedIn", "湖南路街道"), ("高云岭社区", "locatedIn", "湖南路街道"),
            ("湖南路商圈", "locatedIn", "湖南路街道"), ("湖南路街道", "locatedIn", "鼓楼区"),
            ("鼓楼区", "locatedIn", "南京市")} <= edges, edges


def test_zones_and_facilities_named_after_a_city_lie_in_it_but_roads_do_not(pipeline) -> None:
    edges = _doc_edges(pipeline, "昆明市2022年政府工作报告\n一、2021年工作回顾\n昆明经济技术开发区、昆明长水国际机场建设加快，"
                                 "南京路改造完成，渝昆高铁开工。\n")
    assert {("昆明经济技术开发区", "locatedIn", "昆明市"), ("昆明长水国际机场", "locatedIn", "昆明市")} <= edges, edges
    assert not {e for e in edges if e[0] in ("南京路", "渝昆高铁")}


def test_a_building_of_a_hospital_and_a_facility_named_after_a_city_and_its_district(pipeline) -> None:
    edges = _doc_edges(pipeline, "上海市普陀区2024年政府工作报告\n一、2023年工作回顾\n上海市普陀区中心医院门急诊综合楼竣工，"
                                 "芜湖市第一中学经开区校区建成招生。\n")
    assert {("上海市普陀区中心医院", "locatedIn", "普陀区"), ("普陀区", "locatedIn", "上海市"),
            ("上海市普陀区中心医院门急诊综合楼", "partOf", "上海市普陀区中心医院"),
            ("芜湖市第一中学经开区校区", "partOf", "芜湖市第一中学")} <= edges, edges
    assert ("上海市普陀区中心医院", "locatedIn", "上海市") not in edges  # the district is the nearer place


def test_a_development_zone_s_report_holds_its_subdistricts_and_parks_of_its_own_city(pipeline) -> None:
    edges = _doc_edges(pipeline, "芜湖经济技术开发区2022年工作总结和2023年工作安排\n一、2022年主要工作\n"
                                 "芜湖经济技术开发区占芜湖市地区生产总值的22.3%。龙山街道安置房交付使用，芜湖机器人产业园集聚企业160家。"
                                 "组织企业赴上海市徐汇区湖南路街道考察。\n")
    assert {("龙山街道", "locatedIn", "芜湖经济技术开发区"), ("芜湖机器人产业园", "locatedIn", "芜湖经济技术开发区"),
            ("芜湖经济技术开发区", "locatedIn", "芜湖市")} <= edges, edges
    assert ("湖南路街道", "locatedIn", "芜湖经济技术开发区") not in edges  # a subdistrict of another city
    edges = _doc_edges(pipeline, "芜湖经济技术开发区2022年工作总结和2023年工作安排\n一、2022年主要工作\n"
                                 "学习合肥科学城经验，对口帮扶金寨县花石乡大湾村。\n")
    assert not {e for e in edges if e[2] == "芜湖经济技术开发区"}, edges  # elsewhere, or of no known city


def test_a_listed_project_lies_where_its_line_says(pipeline) -> None:
    edges = _doc_edges(pipeline, "宜宾市国民经济和社会发展第十四个五年规划纲要\n第三章　重大项目\n"
                                 "1.四川时代动力电池项目（一至六期）：总投资320亿元，位于宜宾三江新区。\n"
                                 "2.英发睿能高效光伏电池片项目：总投资80亿元，年产电池片25吉瓦。\n")
    assert ("四川时代动力电池项目", "locatedIn", "宜宾三江新区") in edges, edges


def test_what_is_named_after_a_city_but_lies_elsewhere(pipeline) -> None:
    # the second reader's cases: a partner's park, a branch, a hospital of a partner, a park named after a person
    edges = _doc_edges(pipeline, "宿迁市2023年政府工作报告\n一、2022年工作回顾\n苏州宿迁工业园区产值增长，深化与苏州市合作。"
                                 "上海中学宿迁分校开学，与上海市对口合作。北京儿童医院保定医院挂牌，北京市专家坐诊。\n")
    assert not {e for e in edges if e[1] == "locatedIn" and e[2] in ("苏州市", "上海市", "北京市")}, edges
    # but a park, a co-operation zone or a metro line named after its own city lies in it (the second review's cases)
    edges = _doc_edges(pipeline, "珠海市2023年政府工作报告\n一、2022年工作回顾\n珠海横琴粤澳深度合作区、珠海湿地公园建设加快。\n")
    assert {("珠海横琴粤澳深度合作区", "locatedIn", "珠海市"), ("珠海湿地公园", "locatedIn", "珠海市")} <= edges, edges
    # a city's report: its own zones (not a belt through many cities); a county-level city's too
    edges = _doc_edges(pipeline, "蚌埠市2023年政府工作报告\n一、2022年工作回顾\n推进淮河生态经济带建设，蚌埠高新技术产业开发区扩区。\n")
    assert ("淮河生态经济带", "locatedIn", "蚌埠市") not in edges
    edges = _doc_edges(pipeline, "福清市2020年国民经济和社会发展计划\n一、2019年工作回顾\n融侨经济技术开发区、元洪投资区加快发展。\n")
    assert {("融侨经济技术开发区", "locatedIn", "福清市"), ("元洪投资区", "locatedIn", "福清市")} <= edges, edges
    # a town's report: only the zones named after the town are its own
    edges = _doc_edges(pipeline, "天津市西青区杨柳青镇2018年工作报告\n一、2017年工作回顾\n西青经济技术开发区、杨柳青文化旅游小镇建设加快。\n")
    assert ("西青经济技术开发区", "locatedIn", "杨柳青镇") not in edges
    assert ("杨柳青文化旅游小镇", "locatedIn", "杨柳青镇") in edges, edges
