import pytest

from xqgraph.extract.entities import find_entities
from xqgraph.ingest import parse_document
from xqgraph.model import EntityType, PlaceLevel


def _found(pipeline, text: str) -> dict[str, EntityType]:
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n" + text + "\n")
    return {m.text: m.type for m in find_entities(doc, pipeline.segmenter, gazetteer=pipeline.gazetteer)}


@pytest.mark.parametrize(
    ("sentence", "name", "etype"),
    [
        ("积极实施乡村振兴战略。", "乡村振兴战略", EntityType.POLICY),
        ("打造京津冀高端定制农业示范区。", "京津冀高端定制农业示范区", EntityType.ZONE),
        ("加快建设南站科技商务区。", "南站科技商务区", EntityType.ZONE),
        ("强化与河北省平泉市对口帮扶。", "平泉市", EntityType.PLACE),
        ("全面推行河长制。", "河长制", EntityType.POLICY),
        ("全面推进“双万双服”活动。", "“双万双服”", EntityType.POLICY),
        ("深入学习贯彻党的十九大精神。", "党的十九大", EntityType.EVENT),
        ("新增宜家家居等一批项目竣工投产。", "宜家家居", EntityType.PROJECT),
        # regional zones, science cities and works of other places
        ("加快建设成渝地区双城经济圈。", "成渝地区双城经济圈", EntityType.ZONE),
        ("推动南京都市圈建设，融入长三角城市群。", "长三角城市群", EntityType.ZONE),
        ("积极对接粤港澳大湾区。", "粤港澳大湾区", EntityType.ZONE),
        ("浦东新区张江科学城建设取得新进展。", "浦东新区张江科学城", EntityType.ZONE),
        ("港珠澳大桥建成通车。", "港珠澳大桥", EntityType.PROJECT),
        # resorts, scenic areas, parts of free-trade zones, high-tech zones
        ("莫干山国际旅游度假区接待游客1250万人次。", "莫干山国际旅游度假区", EntityType.ZONE),
        ("天门山景区接待游客突破3000万人次。", "天门山景区", EntityType.ZONE),
        ("建设千岛湖风景名胜区。", "千岛湖风景名胜区", EntityType.ZONE),
        ("推进中国（浙江）自由贸易试验区杭州片区建设。", "中国(浙江)自由贸易试验区杭州片区", EntityType.ZONE),
        ("德清高新区新增入驻企业50家。", "德清高新区", EntityType.ZONE),
        # an ordinal in digits, which jieba cuts in three (第 31 届)
        ("办好第31届世界大学生夏季运动会。", "第31届世界大学生夏季运动会", EntityType.EVENT),
        ("奥园广场建成开业。", "奥园广场", EntityType.PROJECT),
        # a local party plenum that jieba glues to its 精神; games known by their short names
        ("认真贯彻省委十二届三次全会精神。", "省委十二届三次全会", EntityType.EVENT),
        ("成功举办第十九届亚运会。", "第十九届亚运会", EntityType.EVENT),
        ("服务保障北京冬奥会。", "北京冬奥会", EntityType.EVENT),
        ("推进S205省道提升改造。", "S205省道", EntityType.PROJECT),
        ("建成宜宾市文化中心、成都国际会议中心。", "宜宾市文化中心", EntityType.PROJECT),
        ("推进成渝中线高铁建设。", "成渝中线高铁", EntityType.PROJECT),
        ("深度参与G60科创走廊建设。", "G60科创走廊", EntityType.ZONE),
        ("加快甬江科创区建设。", "甬江科创区", EntityType.ZONE),
        ("成功举办第二届中国—中亚峰会。", "第二届中国—中亚峰会", EntityType.EVENT),
        ("高水平建设中新广州知识城。", "中新广州知识城", EntityType.ZONE),
        ("加快建设粤港澳大湾区生命健康产业创新区。", "粤港澳大湾区生命健康产业创新区", EntityType.ZONE),
        ("办好2024年中国（广州）国际投资年会。", "中国(广州)国际投资年会", EntityType.EVENT),
        ("推进沪渝高速公路扩容工程。", "沪渝高速公路扩容工程", EntityType.PROJECT),
    ],
)
def test_grammar_finds_names(pipeline, sentence: str, name: str, etype: EntityType) -> None:
    assert _found(pipeline, sentence).get(name) == etype


def test_coordinated_names_are_split(pipeline) -> None:
    found = _found(pipeline, "实施青宁路、润杨道、柳云路等道路建设。杨柳青镇、辛口镇环境面貌明显改善。")
    for name in ("青宁路", "润杨道", "柳云路"):
        assert found.get(name) == EntityType.PROJECT
    assert found.get("杨柳青镇") == found.get("辛口镇") == EntityType.PLACE


def test_a_name_listed_beside_a_name_of_its_kind_needs_no_proper_noun(pipeline) -> None:
    # 幸福 and 阳光 are common words, but listed with 、 beside names of the same kind they name places too
    found = _found(pipeline, "幸福社区、阳光社区获评全国示范社区。完成幸福路、中山北路改造。"
                             "加快推进江林路拓宽工程、泉和镇污水处理厂建设。建设滨江公园、湿地公园、口袋公园。")
    assert found.get("幸福社区") == found.get("阳光社区") == EntityType.PLACE, found
    assert found.get("幸福路") == EntityType.PROJECT, found
    assert "镇污水处理厂" not in found and "全国示范社区" not in found, found
    assert "湿地公园" not in found and "口袋公园" not in found, found  # kinds of parks, listed or not


def test_elliptical_meetings_are_reconstructed(pipeline) -> None:
    found = _found(pipeline, "全面落实市委十一届二次、三次全会部署。")
    assert found.get("市委十一届二次全会") == EntityType.EVENT
    assert found.get("市委十一届三次全会") == EntityType.EVENT


def test_generic_nouns_are_not_names(pipeline) -> None:
    found = _found(pipeline, "推进重点项目建设，支持龙头企业，完善园区配套，建设特色小镇。改造人民广场，建设文化广场。"
                             "新增上市公司8家，培育集成电路产业集群。实施老旧小区改造项目42个。")
    assert not {"重点项目", "龙头企业", "园区", "特色小镇", "人民广场", "文化广场", "上市公司", "集成电路",
                "老旧小区改造项目"} & set(found)
    assert not _found(pipeline, "建设生态走廊和科创走廊，打造绿色走廊。")
    # the kind of works does not begin a name
    assert set(_found(pipeline, "新建城东小学，改扩建实验幼儿园。")) == {"城东小学", "实验幼儿园"}
    # a system named only by common words, or by a generic name (重大项目), is no named policy
    found = _found(pipeline, "坚持基本经济制度，建立推动重大项目制度，实行河长制。")
    assert set(found) == {"河长制"}, found
    # a phase alone names no works (三期工程); after a named one it is that one's phase
    assert not _found(pipeline, "启动三期工程，推进二期项目。")
    assert "一期工程" not in _found(pipeline, "实施青宁路改扩建工程一期工程。")


def test_government_bodies_named_with_a_conjunction(pipeline) -> None:
    found = _found(pipeline, "绵阳市发展和改革委员会、西青区人力资源和社会保障局、天津市规划和自然资源局联合印发通知，"
                             "明确“两城三带三区”发展布局和产业格局。天津大学和南开大学合作。")
    assert {n for n, t in found.items() if t is EntityType.ORGANIZATION} == {
        "绵阳市发展和改革委员会", "西青区人力资源和社会保障局", "天津市规划和自然资源局", "天津大学", "南开大学"}, found


def test_government_bodies_named_by_their_owner_and_their_field(pipeline) -> None:
    found = _found(pipeline, "国家发展改革委、省商务厅、市市场监管局联合检查，区科技局、县文化和旅游局共同实施，获得国务院办公厅督查激励，"
                             "省政府办公厅通报表扬，区政府办公室牵头。成立专班办公室，到政务服务大厅办理。成立西青区数字经济产业联盟。")
    assert {n for n, t in found.items() if t is EntityType.ORGANIZATION} == {
        "国家发展改革委", "省商务厅", "市市场监管局", "区科技局", "县文化和旅游局", "国务院办公厅", "省政府办公厅", "区政府办公室",
        "西青区数字经济产业联盟"}, found


def test_bank_branches_and_long_group_names(pipeline) -> None:
    found = _found(pipeline, "中国银行宜宾分行授信200亿元。组建宜宾市城市和交通建设投资集团有限公司。")
    # the group's name without 有限公司 is a mention too, which linking makes an alias of the whole name
    assert {n for n, t in found.items() if t is EntityType.ORGANIZATION} == {
        "中国银行", "中国银行宜宾分行", "宜宾市城市和交通建设投资集团", "宜宾市城市和交通建设投资集团有限公司"}, found


def test_bureaus_whose_names_end_like_common_words(pipeline) -> None:
    # 财政局 ends in 政局 and 国家安全局 in 全局, yet they are bodies; 布局, 格局 and 大局 are not
    found = _found(pipeline, "绵阳市财政局、国家安全局加强监管。明确发展布局和产业格局，顾全大局。")
    assert {n for n, t in found.items() if t is EntityType.ORGANIZATION} == {"绵阳市财政局", "国家安全局"}, found


def test_words_that_govern_elsewhere_stay_inside_names(pipeline) -> None:
    found = _found(pipeline, "举办庆祝中华人民共和国成立70周年活动。实施矿产资源整合行动。")
    assert found.get("矿产资源整合行动") == EntityType.POLICY, found
    assert found.get("庆祝中华人民共和国成立70周年活动") == EntityType.EVENT, found


def test_titles_a_place_or_zone_strives_for_are_not_names(pipeline) -> None:
    found = _found(pipeline, "新市镇入选省级历史文化名镇。创建省级中心镇2个、全国重点镇1个，建成美丽乡村示范村12个。"
                             "德清经济开发区争创国家级经济技术开发区，襄阳高新区获评国家级高新区。"
                             "唐口街道获评省级乡村振兴示范镇，振兴镇加快发展。泗安镇入选省级美丽城镇样板镇。")
    assert set(found) == {"新市镇", "德清经济开发区", "襄阳高新区", "唐口街道", "振兴镇", "泗安镇"}, found


def test_every_such_body_named_after_ge_is_no_name(pipeline) -> None:
    # the addressees of a notice (主送机关): 各 … is every body of a kind, and 县(市) offers two kinds
    assert _found(pipeline, "各县（市）区人民政府，各开发（度假）园区管委会，市政府各委、办、局：") == {}
    found = _found(pipeline, "天津港（集团）有限公司、华为技术（中国）有限公司完成投资。")
    assert set(found) == {"天津港(集团)有限公司", "华为技术(中国)有限公司"}, found  # brackets inside a name stay


def test_stations_listed_with_a_named_one_are_names_and_kinds_of_station_are_not(pipeline) -> None:
    found = _found(pipeline, "新开通车站14座，其中建设路站、人民广场站为换乘站。建成充电站50座、加油站3座。")
    assert found == {"建设路站": EntityType.PROJECT, "人民广场站": EntityType.PROJECT}, found
    found = _found(pipeline, "建成西青南站、综合服务站、垃圾转运站。")  # listed beside a station: kinds of station
    assert set(found) == {"西青南站"}, found


def test_industrial_and_protected_areas_reservoirs_hubs_and_routes_between_two_places(pipeline) -> None:
    found = _found(pipeline, "攸县工业集中区加快发展。株洲清水塘老工业区完成搬迁。稻城亚丁国家级自然保护区成效明显。"
                             "江安河生态区建成开放。乌江白马航电枢纽加快建设，引大济湟西干渠建成通水。"
                             "株洲至醴陵城际快速路、长沙至湘潭输水工程加快建设，西宁至成都天然气管道开工。")
    assert {n for n, t in found.items() if t in (EntityType.ZONE, EntityType.PROJECT)} == {
        "攸县工业集中区", "株洲清水塘老工业区", "稻城亚丁国家级自然保护区", "江安河生态区", "乌江白马航电枢纽",
        "引大济湟西干渠", "株洲至醴陵城际快速路", "长沙至湘潭输水工程", "西宁至成都天然气管道"}, found
    # the kinds alone name nothing, nor a role a place aims at
    assert _found(pipeline, "完善综合交通枢纽，建设小型水库，推进工业区改造，加强生态区保护。新建引水工程3处。") == {}
    assert _found(pipeline, "加快建设西南地区重要综合交通枢纽，全力建设国际航运枢纽。") == {}
    # 城区 (a district's name in 阳泉市) and 新城 before the head are the common words here
    assert _found(pipeline, "推进城区老工业区搬迁改造，东部新城老工业区转型升级。") == {}


def test_a_verb_before_the_place_a_zone_s_name_begins_with_and_slogans_counting_places(pipeline) -> None:
    found = _found(pipeline, "新设中国（贵州）自由贸易试验区，升级铜仁经济开发区为国家级。推进产业升级示范区建设。")
    assert set(found) >= {"中国(贵州)自由贸易试验区", "铜仁经济开发区", "产业升级示范区"}, found
    assert not any(n.startswith(("设", "升级")) for n in found), found
    found = _found(pipeline, "实施百县千镇万村高质量发展工程。")
    assert not any(t is EntityType.PLACE for t in found.values()), found  # not 百县千镇, 千镇万村
    assert "以岭药业股份有限公司" in _found(pipeline, "支持以岭药业股份有限公司扩大产能。")  # 以 begins a name


def test_numerals_that_begin_a_company_s_name_and_long_company_names(pipeline) -> None:
    found = _found(pipeline, "三一重工股份有限公司营业收入增长，一汽集团扩大产能，中国电建集团贵阳勘测设计研究院有限公司中标。"
                             "引进5家公司，新增两家上市公司。")
    orgs = {n for n, t in found.items() if t is EntityType.ORGANIZATION}
    assert orgs >= {"三一重工股份有限公司", "一汽集团", "中国电建集团贵阳勘测设计研究院有限公司"}, found
    assert not any(n.startswith(("重工", "电建")) or "家" in n or "5" in n for n in orgs), found  # nor cut, nor counted


def test_a_campus_or_branch_named_by_a_two_letter_place_after_a_hospital_or_school(pipeline) -> None:
    found = _found(pipeline, "遵义市第一人民医院新蒲院区建成投用，四川大学附属中学新城分校开工。")
    assert {"遵义市第一人民医院新蒲院区", "四川大学附属中学新城分校"} <= set(found), found
    assert "四川大学附属中学新城" not in found  # no zone named by the campus's place
    # 新建 is a verb here, though 新建区 is a district of 南昌
    assert set(_found(pipeline, "区人民医院新建院区投入使用。")) == {"区人民医院"}
    found = _found(pipeline, "西青区实验小学新设分校，市人民医院成立分院。")  # a verb, not a place, before 分校
    assert set(found) - {"西青区"} == {"西青区实验小学", "市人民医院"}, found


def test_a_name_s_first_letter_joined_to_a_verb_before_it(pipeline) -> None:
    # jieba cuts 共 建成 渝地区: 共建 is the verb, 成渝 the start of the name
    assert _found(pipeline, "共建成渝地区双城经济圈。") == {"成渝地区双城经济圈": EntityType.ZONE}
    assert _found(pipeline, "共建成都东部新区。") == {"成都东部新区": EntityType.ZONE}
    # 新建成 (newly built), 共建成 before a name whose first letter makes no word with 成: the name keeps its start
    assert _found(pipeline, "今年新建成滨江湿地公园。") == {"滨江湿地公园": EntityType.PROJECT}
    assert _found(pipeline, "两地共建成川渝高竹新区。") == {"川渝高竹新区": EntityType.ZONE}


def test_water_works_name_a_project(pipeline) -> None:
    # 引水 is a verb to jieba: before 工程 it is the kind of works, and 滇中 (central Yunnan) the place
    found = _found(pipeline, "加快建设滇中引水工程昆明段，推进引汉济渭调水工程。")
    assert {"滇中引水工程", "滇中引水工程昆明段", "引汉济渭调水工程"} <= set(found), found


def test_a_preposition_glued_to_a_body_s_name_is_not_part_of_it(pipeline) -> None:
    # jieba glues 受 to 县 (受县 | 人民政府): 县人民政府 alone names no one in particular
    assert _found(pipeline, "受县人民政府委托，现将报告提请审议。") == {}
    found = _found(pipeline, "受西青区人民政府委托，现将报告提请审议。")
    assert found.get("西青区人民政府") is EntityType.ORGANIZATION and not any(n.startswith("受") for n in found)


def test_innovation_and_software_parks_and_the_country_inside_a_name(pipeline) -> None:
    r = pipeline.run_text("某区2018年计划\n二、2018年主要任务\n推进中国动力谷自主创新园、齐鲁软件园建设，建成杨柳青文创园。\n")
    assert {e.name: e.type for e in r.linked.entities} == {
        "中国动力谷自主创新园": EntityType.ZONE, "齐鲁软件园": EntityType.ZONE, "杨柳青文创园": EntityType.ZONE}
    r = pipeline.run_text("某区2018年计划\n二、2018年主要任务\n中国经济稳中向好。\n")
    assert [e.name for e in r.linked.entities] == ["中国"]  # the country named on its own is a place


def test_races_censuses_and_an_outline_plan(pipeline) -> None:
    found = _found(pipeline, "举办2023环青海湖国际公路自行车赛、2023兰州马拉松和第八届中国创新创业大赛，开展技能大赛。"
                             "做好第七次全国人口普查工作，开展人口普查。全面落实“十四五”规划纲要。")
    assert found == {"2023环青海湖国际公路自行车赛": EntityType.EVENT, "2023兰州马拉松": EntityType.EVENT,
                     "第八届中国创新创业大赛": EntityType.EVENT, "第七次全国人口普查": EntityType.EVENT,
                     "“十四五”规划纲要": EntityType.POLICY}, found  # not 环青海湖国际公路, the race's course


def test_schools_and_hospitals_named_with_common_words_but_not_kinds_of_them(pipeline) -> None:
    r = pipeline.run_text("某区2018年计划\n二、2018年主要任务\n市人民医院门急诊综合楼、区妇幼保健院建成投用，育才小学东校区投入使用，"
                          "新建区第三幼儿园。推进县级医院能力建设，支持民营医院、专科医院、社区医院发展，建设互联网医院，"
                          "建设初级中学、职业中学、农村小学。\n")
    assert {e.name for e in r.linked.entities} == {"市人民医院", "市人民医院门急诊综合楼", "区妇幼保健院", "育才小学",
                                                  "育才小学东校区", "区第三幼儿园"}
    edges = {(x.head, x.predicate, x.tail) for x in r.linked.relations}
    assert {("育才小学东校区", "partOf", "育才小学"), ("市人民医院门急诊综合楼", "partOf", "市人民医院")} <= edges


def test_rail_ports_and_a_lake_that_begins_a_longer_name(pipeline) -> None:
    found = _found(pipeline, "建设青白江国际铁路港、西部物流港，建成龙湖天街，保护洞庭湖生态。")
    assert found.get("青白江国际铁路港") is EntityType.ZONE and "青白江国际铁路" not in found
    assert "龙湖" not in found and found.get("洞庭湖") is EntityType.PLACE, found


def test_counties_with_two_letter_names(pipeline) -> None:
    found = _found(pipeline, "实施醴陵市、攸县、茶陵县县城补短板项目，推进沛县、泾县发展，建成县城污水处理厂，提高县级医院能力。")
    assert {n for n, t in found.items() if t is EntityType.PLACE} == {"醴陵市", "攸县", "茶陵县", "沛县", "泾县"}, found
    # at the start of a sentence too, where no letter stands before the name
    assert _found(pipeline, "攸县全年新增就业2万人。") == {"攸县": EntityType.PLACE}
    assert _found(pipeline, "区和县两级财政加大投入。") == {}


def test_a_slogan_of_verb_object_pairs_is_not_a_county(pipeline) -> None:
    # 兴县 (山西) and 富县 (陕西) are counties; in 兴县强镇, 强镇富县 they are "make the county thrive"
    assert "兴县" not in _found(pipeline, "兴县强镇、富民强区战略深入推进。")
    assert "富县" not in _found(pipeline, "富县强区，壮大县域经济。")  # at a sentence's start 富县 was found before
    assert _found(pipeline, "富县优化营商环境成效明显。") == {"富县": EntityType.PLACE}  # 优化 is a verb of its own
    assert _found(pipeline, "兴县、岚县、临县经济发展较快。") == dict.fromkeys(("兴县", "岚县", "临县"), EntityType.PLACE)
    assert _found(pipeline, "富县全年新增就业2万人。") == {"富县": EntityType.PLACE}


def test_the_short_name_of_a_city_is_not_a_township(pipeline) -> None:
    # 乡 ends 新乡 (新乡市): the stretch of an expressway through it is not a township 高速新乡
    found = _found(pipeline, "开工建设京港澳高速新乡至郑州段改扩建工程。")
    assert not any(n.endswith("新乡") and n != "新乡" for n in found), found
    # the works on the stretch are one project with it, not also 郑州段改扩建工程; its phase is one too
    assert found.get("京港澳高速新乡至郑州段改扩建工程") is EntityType.PROJECT, found
    assert not any(n.startswith("郑州") for n in found), found
    found = _found(pipeline, "推进京港澳高速新乡至郑州段改扩建工程一期工程。")
    assert "京港澳高速新乡至郑州段改扩建工程一期工程" in found and "京港澳高速新乡至郑州段改扩建工程一期" not in found, found


def test_the_country_s_regional_strategies_without_a_head_word(pipeline) -> None:
    found = _found(pipeline, "积极融入长江经济带发展和长三角一体化发展，抓住新时代西部大开发机遇，深度参与粤港澳大湾区建设。")
    assert {n for n, t in found.items() if t is EntityType.POLICY} == {"长江经济带发展", "长三角一体化发展", "西部大开发"}
    assert found.get("粤港澳大湾区") is EntityType.ZONE and "粤港澳大湾区建设" not in found, found  # the zone is what is named
    # 战略 grows back to 高质量发展 only: the strategy's name is carried on to its end instead
    found = _found(pipeline, "全面落实黄河流域生态保护和高质量发展重大国家战略。")
    assert found == {"黄河流域生态保护和高质量发展重大国家战略": EntityType.POLICY}, found
    # a strategy inside a longer name is part of it; a head grown from inside one carries it on, with its type
    assert _found(pipeline, "举办京津冀协同发展论坛。") == {"京津冀协同发展论坛": EntityType.EVENT}
    found = _found(pipeline, "加快建设黄河流域生态保护和高质量发展先行区。")
    assert found == {"黄河流域生态保护和高质量发展先行区": EntityType.ZONE}, found


def test_a_strategy_named_with_and_without_its_head_word_is_one(pipeline) -> None:
    r = pipeline.run_text("某区2018年计划\n二、2018年主要任务\n深入推进京津冀协同发展战略。拓展京津冀协同发展深度。"
                          "实施乡村振兴战略，全面推进乡村振兴。\n")
    policies = {e.name: e.aliases for e in r.linked.entities if e.type is EntityType.POLICY}
    assert policies == {"京津冀协同发展战略": ("京津冀协同发展",), "乡村振兴战略": ()}, policies


def test_a_province_s_title_is_no_name(pipeline) -> None:
    found = _found(pipeline, "淀山湖镇、锦溪镇获评江苏省特色小镇，某县成功创建浙江省森林城市，建设江苏省昆山高新区。")
    assert "江苏省特色小镇" not in found and found.get("江苏省昆山高新区") == EntityType.ZONE, found


def test_stations_and_lines_jieba_cuts_oddly(pipeline) -> None:
    # 设花桥 is one word to jieba, 兆 a number; 苏州轨道交通S1线 is 10 characters long
    r = pipeline.run_text("某区2018年计划\n二、2018年主要任务\n苏州轨道交通S1线建成通车，设花桥站、兆丰路站等28座车站。\n")
    found = {e.name: e.type for e in r.linked.entities}  # linked: 兆丰路 inside 兆丰路站 is no entity of its own
    assert found == {"苏州轨道交通S1线": EntityType.PROJECT, "花桥站": EntityType.PROJECT,
                     "兆丰路站": EntityType.PROJECT}, found


def test_a_county_s_short_name_that_is_a_common_word_makes_no_name(pipeline) -> None:
    # 振兴 (振兴区) and 合作 (合作市) are words first; 常熟 (常熟市) is a place, though jieba tags it an adjective
    found = _found(pipeline, "打造乡村振兴示范片区，建设产学研合作基地，推进常熟经开区建设。"
                             "长沙经开区综合排名跃居国家级经开区第14位。")
    assert set(found) == {"常熟经开区", "长沙经开区"}, found


def test_what_a_campaign_does_may_stand_right_before_its_head(pipeline) -> None:
    found = _found(pipeline, "实施“鄞州制造”品牌提升行动，实施人才引进计划。全县推进工程建设项目审批制度改革，全面推进行动落实。"
                             "强化工程监管。")
    assert found.get("“鄞州制造”品牌提升行动") == found.get("人才引进计划") == EntityType.POLICY
    assert not any(name.startswith(("全县推进", "推进", "强化")) for name in found), found


def test_quoted_slogans_side_by_side_and_titles_of_policy_documents(pipeline) -> None:
    found = _found(pipeline, "做好“六稳”“六保”工作。编制《宜宾市国土空间总体规划（2021—2035年）》，"
                             "出台《关于促进民营经济高质量发展的若干措施》，阅读《红楼梦》。实施营商环境优化提升行动。")
    for name in ("“六稳”", "“六保”", "宜宾市国土空间总体规划", "关于促进民营经济高质量发展的若干措施", "营商环境优化提升行动"):
        assert found.get(name) == EntityType.POLICY, (name, found)
    assert "红楼梦" not in found


def test_a_quoted_slogan_a_governing_verb_carries_out_alone_is_a_policy(pipeline) -> None:
    found = _found(pipeline, "深入推进“双招双引”，推进“一网通办”“一网统管”，实施“一村一品”和“一镇一业”。"
                             "持续抓好“散乱污”企业整治，推进“口子镇”整体面貌提升，发挥“主力军”作用。")
    assert found == {name: EntityType.POLICY for name in ("“双招双引”", "“一网通办”", "“一网统管”", "“一村一品”",
                                                           "“一镇一业”")}, found
    # principles one holds to (坚持“稳中求进”) and generic nouns quoted before 改造 are no initiatives
    assert not _found(pipeline, "坚持“稳中求进”，坚持“两个毫不动摇”。推进“城中村”改造，推动“老旧小区”改造。")


def test_named_mountains_lakes_and_rivers_are_places_unless_inside_a_longer_name(pipeline) -> None:
    found = _found(pipeline, "密切与北京丰台、燕山的合作。治理太湖蓝藻，推动长江保护修复，推进长江经济带建设。深化山海协作。"
                             "建设西部陆海新通道。发展深海科技，打造温馨港湾。打造滨河风景线，苏州河岸线基本贯通。")
    # 滨河 (by the river) is a position (滨海, 临海 are divisions' names); 岸线 and 风景线 are no lines to build
    assert "滨海" in _found(pipeline, "深化与北京丰台、滨海的合作。")
    # with the issuer known, a division's name beside the water counts only near it: 滨江 is in 杭州, not in 宜宾
    r = pipeline.run_text("宜宾市2021年政府工作报告\n二、2021年主要任务\n建成滨江生态廊道100公里。\n")
    assert "滨江" not in {e.name for e in r.linked.entities}
    r = pipeline.run_text("杭州市2021年政府工作报告\n二、2021年主要任务\n支持滨江打造数字经济高地。\n")
    assert "滨江" in {e.name for e in r.linked.entities}
    assert {n for n, t in found.items() if t is EntityType.PLACE} == {"北京丰台", "燕山", "太湖", "长江", "苏州河"}, found
    assert not any(n.endswith("线") for n in found), found


def test_a_short_form_given_in_brackets_is_not_a_name_with_its_introduction(pipeline) -> None:
    found = _found(pipeline, "推进长沙经济技术开发区（以下简称长沙经开区）建设。")
    assert not any("简称" in name for name in found), found


def test_a_shorter_head_makes_no_second_name_where_a_longer_one_ended(pipeline) -> None:
    # 小镇 makes the zones; 镇 must not make towns of their ends, nor 中心 a facility of a 发展中心 or a 中心公园
    found = _found(pipeline, "打造大竹康养小镇和凤凰文旅小镇。建成西青区农辛现代农业企业发展中心。建成张家窝镇中心公园。"
                             "开工建设县文化中心和会展中心，坚持以人民为中心。建设上海国际金融中心、北京城市副中心。")
    assert {n: t for n, t in found.items() if t is not EntityType.PLACE or n.endswith("小镇")} == {
        "大竹康养小镇": EntityType.ZONE, "凤凰文旅小镇": EntityType.ZONE,
        "西青区农辛现代农业企业发展中心": EntityType.ORGANIZATION, "张家窝镇中心公园": EntityType.PROJECT}, found


def test_a_name_starts_after_the_word_jieba_glued_to_it(pipeline) -> None:
    found = _found(pipeline, "引进山东能源集团、中国建材等央企国企项目8个。")  # 等央企 is one word to jieba
    assert set(found) == {"山东能源集团", "中国建材"}, found  # 中国建材, listed before 等央企, is a company


def test_town_level_and_gazetteer_code(pipeline) -> None:
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n西青区杨柳青镇发展。\n")
    ms = {m.text: m for m in find_entities(doc, pipeline.segmenter, gazetteer=pipeline.gazetteer)}
    assert ms["杨柳青镇"].level is PlaceLevel.TOWN
    assert ms["西青区"].level is PlaceLevel.DISTRICT and ms["西青区"].code == "120111"  # the Ministry of Civil Affairs' code


def test_villages_and_communities(pipeline) -> None:
    found = _found(pipeline, "推进王庄村、李家村和东湖社区改造。建设美丽乡村，创建美丽社区和智慧社区。")
    assert {n for n, t in found.items() if t is EntityType.PLACE} == {"王庄村", "李家村", "东湖社区"}
    # a cadre's visits to villages (走村, 进村, 驻村) and villages of a people (村寨, 苗寨) are no places
    assert not _found(pipeline, "干部走村串寨，进村入寨，驻村工作队走村入户。保护少数民族特色村寨，打造苗寨旅游，整治山寨产品。")


def test_party_congresses_and_plenums(pipeline) -> None:
    found = _found(pipeline, "全面贯彻党的二十大和二十届二中全会精神。")
    assert found.get("党的二十大") == found.get("二十届二中全会") == EntityType.EVENT


def test_signing_verbs_end_names(pipeline) -> None:
    found = _found(pipeline, "与上海市松江区签订战略合作协议。")
    assert set(found) == {"上海市", "松江区"}


def test_ambiguous_town_names_are_linked_only_within_the_issuers_area(pipeline) -> None:
    from xqgraph.link.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    many = next(n for n, ds in gaz.by_name.items() if n.endswith("镇") and len(ds) > 5)  # e.g. 城关镇
    doc = parse_document(f"某区2018年计划\n二、2018年主要任务\n推进{many}建设。\n")
    m = next(m for m in find_entities(doc, pipeline.segmenter, gazetteer=gaz) if m.text == many)
    assert m.level is PlaceLevel.TOWN and m.code is None  # which one of them is not known
    one = gaz.by_name[many][0]
    county = gaz.by_code[one.parent]
    doc = parse_document(f"{county.name}人民政府\n{county.name}2018年计划\n二、2018年主要任务\n推进{many}建设。\n")
    m = next(m for m in find_entities(doc, pipeline.segmenter, gazetteer=gaz) if m.text == many)
    assert m.code == one.code  # the issuer's own town


def test_railway_lines_and_festivals(pipeline) -> None:
    found = _found(pipeline, "推进京沪线改造，建设智能生产线，坚守安全底线。举办第三届中国天津杨柳青年画节，欢度春节。")
    assert found.get("京沪线") == EntityType.PROJECT and "生产线" not in found and "底线" not in found
    assert found.get("第三届中国天津杨柳青年画节") == EntityType.EVENT and "春节" not in found


def test_every_name_listed_before_an_et_cetera_of_companies_or_projects(pipeline) -> None:
    found = _found(pipeline, "中石化、国家电网、中国移动等央企在我区投资，引进京东、阿里巴巴、腾讯等知名企业，"
                             "推进宜家家居、万达广场等一批项目，加快产业升级、技术改造等工作。")
    assert {n: t for n, t in found.items()} == {
        "中石化": EntityType.ORGANIZATION, "国家电网": EntityType.ORGANIZATION, "中国移动": EntityType.ORGANIZATION,
        "京东": EntityType.ORGANIZATION, "阿里巴巴": EntityType.ORGANIZATION, "腾讯": EntityType.ORGANIZATION,
        "宜家家居": EntityType.PROJECT, "万达广场": EntityType.PROJECT}


def test_routes_named_by_their_two_ends(pipeline) -> None:
    found = _found(pipeline, "开工建设遵义至泸州铁路，建成S25仁怀至赤水高速公路，推进北京至上海高速铁路。"
                             "从杨柳青镇至中北镇。2018年至2020年。实施保定至阜平高速公路等项目。")
    assert {n for n, t in found.items() if t is EntityType.PROJECT} == {
        "遵义至泸州铁路", "S25仁怀至赤水高速公路", "北京至上海高速铁路", "保定至阜平高速公路"}
    # not 泸州铁路 nor 阜平高速公路 (listed before 等项目), nor 遵义 or 泸州 on their own
    assert "遵义" not in found and "泸州" not in found


def test_expressways_named_by_abbreviations(pipeline) -> None:
    found = _found(pipeline, "推进津石高速公路、京港澳高速公路建设，新改建农村公路850公里，建成高速公路2条。")
    assert found == {"津石高速公路": EntityType.PROJECT, "京港澳高速公路": EntityType.PROJECT}


def test_mechanisms_are_names_only_when_quoted(pipeline) -> None:
    found = _found(pipeline, "建立“河长制”工作机制，完善长效管护机制和财力分配机制。")
    assert found.get("“河长制”工作机制") == EntityType.POLICY
    assert not any(name.endswith("管护机制") or name.endswith("分配机制") for name in found)


def test_banks_courts_associations_cooperatives(pipeline) -> None:
    found = _found(pipeline, "天津农商银行和区工商联商会参与，西青区人民法院和张家窝镇农民专业合作社。各镇人民政府、街道办事处。")
    for name in ("天津农商银行", "区工商联商会", "西青区人民法院", "张家窝镇农民专业合作社"):
        assert found.get(name) == EntityType.ORGANIZATION, name
    assert "街道办事处" not in found


@pytest.mark.parametrize(("sentence", "name"), [
    ("一是永竹镇加快发展特色产业。", "永竹镇"),
    ("二是位于松赵乡的产业园加快建设。", "松赵乡"),
    ("共建集成电路联合实验室。", "集成电路联合实验室"),
    ("受南昌县人民政府委托开展评估。", "南昌县人民政府"),
])
def test_enumerations_and_governing_words_do_not_join_names(pipeline, sentence: str, name: str) -> None:
    found = _found(pipeline, sentence)
    assert name in found and not any(other.endswith(name) and other != name for other in found), found


def test_a_body_and_the_body_it_works_with_stay_two(pipeline) -> None:
    # found by the synthetic corpus: X有限公司与Y研究院 was one organisation
    found = _found(pipeline, "支持隆信智能装备有限公司与安吉职业技术学院开展产学研合作。")
    assert found.get("隆信智能装备有限公司") == EntityType.ORGANIZATION
    assert not [n for n in found if "与" in n]
    # while a conjunction inside one name stays (the example document's 自动化与信息化技术创新战略联盟)
    found = _found(pipeline, "组建天津市自动化与信息化技术创新战略联盟。")
    assert any(n.endswith("自动化与信息化技术创新战略联盟") for n in found)


def test_a_village_named_after_its_subdistrict_or_town(pipeline) -> None:
    # 双口 is a common noun to jieba; the subdistrict before it marks it as a village's name
    found = _found(pipeline, "塘港街道双口村入选省级美丽乡村，黄鹤镇坪坊村集体经济年收入突破50万元。")
    assert found.get("塘港街道") == found.get("双口村") == found.get("坪坊村") == EntityType.PLACE
    assert "街道双口村" not in found and "镇坪坊村" not in found
    # 朗德 is a person's name to jieba, and 镇上 a word ("in town"): the town's suffix is glued to the village
    found = _found(pipeline, "朗德镇上郎德村发展乡村旅游。")
    assert found.get("朗德镇") == found.get("上郎德村") == EntityType.PLACE and "镇上郎德村" not in found


def test_what_a_village_or_town_builds_is_not_named_after_it(pipeline) -> None:
    found = _found(pipeline, "在横溪坞村建设研学基地，在杨柳青镇建设文化产业园。")
    assert set(found) == {"横溪坞村", "杨柳青镇"}, found
    # 建设 inside a name, after no place
    assert "大寨红色教育基地" in _found(pipeline, "在大寨村建设大寨红色教育基地。")


def test_a_technology_is_not_a_proper_name(pipeline) -> None:
    # 5G基站: a kind of station; 5G (like 4K, 3D) names a technology, not one thing
    found = _found(pipeline, "新建5G基站150个，建设4K超高清视频产业园。")
    assert "5G基站" not in found


def test_a_far_township_cut_out_of_a_word_is_not_a_place() -> None:
    # 明村镇 is a real township (in Shandong); jieba, with every township in its dictionary, cuts 文明村镇 into
    # 文 + 明村镇.  文明 is a word and 村镇 a common noun, so neither 明村镇 nor 文明村镇 is a place here.
    from xqgraph.pipeline import Pipeline

    pipe = Pipeline()
    assert "明村镇" in pipe.gazetteer.by_name
    doc = parse_document("天津市西青区2018年计划\n二、2018年主要任务\n创建文明村镇12个，杨柳青镇建设加快。\n")
    names = {m.text for m in find_entities(doc, pipe.segmenter, gazetteer=pipe.gazetteer)}
    assert "杨柳青镇" in names and not names & {"明村镇", "文明村镇"}


def test_common_words_before_a_whole_word_head_make_no_name() -> None:
    # 绿道 is a noun of its own: 城市绿道 is any city's greenway, while 润杨道 (a street jieba cuts 润 + 杨道) is a name
    from xqgraph.pipeline import Pipeline

    pipe = Pipeline()
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n建成城市绿道20公里，实施青宁路、润杨道等道路建设。\n")
    names = {m.text for m in find_entities(doc, pipe.segmenter, gazetteer=pipe.gazetteer)}
    assert "润杨道" in names and "青宁路" in names and "城市绿道" not in names


def test_responsibility_systems_keep_their_long_names_and_a_bare_one_is_no_name() -> None:
    from xqgraph.pipeline import Pipeline

    pipe = Pipeline()
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n深入落实粮食安全责任制，全面落实安全生产责任制和河长制，"
                         "落实责任制。现将2018年计划草案提请大会审议。\n")
    names = {m.text for m in find_entities(doc, pipe.segmenter, gazetteer=pipe.gazetteer)}
    assert {"粮食安全责任制", "安全生产责任制", "河长制"} <= names
    assert not names & {"责任制", "草案提请大会", "提请大会"}


def test_a_company_brand_jieba_cuts_into_letters_keeps_its_first_letter() -> None:
    # jieba cuts 正合 (an unknown brand) into 正 (an adverb) + 合; the name must not start at 合
    from xqgraph.pipeline import Pipeline

    pipe = Pipeline()
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n引进天津正合环保科技有限公司和华为技术有限公司。\n")
    names = {m.text for m in find_entities(doc, pipe.segmenter, gazetteer=pipe.gazetteer)}
    assert {"天津正合环保科技有限公司", "华为技术有限公司"} <= names and "合环保科技有限公司" not in names


def test_fairs_summits_and_forums_are_events_but_not_a_bare_forum() -> None:
    from xqgraph.pipeline import Pipeline

    pipe = Pipeline()
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n成功举办2019中国（天津）国际汽车展览会、夏季达沃斯论坛和"
                         "世界智能产业峰会，参加高峰论坛。\n")
    events = {m.text for m in find_entities(doc, pipe.segmenter, gazetteer=pipe.gazetteer) if m.type is EntityType.EVENT}
    assert events == {"2019中国(天津)国际汽车展览会", "夏季达沃斯论坛", "世界智能产业峰会"}  # normalised parentheses


def test_the_kind_of_works_before_a_project_head_belongs_to_its_name() -> None:
    from xqgraph.pipeline import Pipeline

    pipe = Pipeline()
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n建成第五中学扩建项目和湖口路快速化改造工程，完成扩建工程。\n")
    projects = {m.text for m in find_entities(doc, pipe.segmenter, gazetteer=pipe.gazetteer)
                if m.type is EntityType.PROJECT}
    assert {"第五中学扩建项目", "湖口路快速化改造工程"} <= projects and "扩建工程" not in projects


def test_prepositions_and_conjunctions_jieba_glues_to_names_stay_out() -> None:
    # jieba's HMM makes words of 由区 and 委和区; the names are 区科技局 and 区教育局
    from xqgraph.pipeline import Pipeline

    pipe = Pipeline()
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n由区科技局、区发展改革委和区教育局牵头。\n")
    orgs = {m.text for m in find_entities(doc, pipe.segmenter, gazetteer=pipe.gazetteer)
            if m.type is EntityType.ORGANIZATION}
    assert {"区科技局", "区教育局"} <= orgs and not any(o[0] in "由和" or "和区" in o for o in orgs)


def test_a_word_that_begins_with_a_governing_verb_gives_the_verb_back() -> None:
    # jieba reads 推进力 (propulsion) and 支持力 (support) where the text says 推进 + 力丰…, 支持 + 力能…
    from xqgraph.pipeline import Pipeline

    pipe = Pipeline()
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n加快推进力丰功率芯片项目建设，支持力能机械有限公司发展。\n")
    names = {m.text for m in find_entities(doc, pipe.segmenter, gazetteer=pipe.gazetteer)}
    assert {"力丰功率芯片项目", "力能机械有限公司"} <= names
    assert not any(n.startswith(("推进", "支持")) for n in names)


def test_a_village_starts_after_a_town_jieba_does_not_know() -> None:
    from xqgraph.pipeline import Pipeline

    pipe = Pipeline()
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n清坝镇兰黄村获评示范村，坪口镇凤岗村集体经济发展。\n")
    places = {m.text for m in find_entities(doc, pipe.segmenter, gazetteer=pipe.gazetteer) if m.type is EntityType.PLACE}
    assert {"兰黄村", "凤岗村", "清坝镇", "坪口镇"} <= places
    assert not places & {"坝镇兰黄村", "口镇凤岗村"}


def test_a_town_whose_suffix_jieba_glued_to_its_village() -> None:
    # jieba reads 祥河 + 镇柏马村 and 双兴 + 镇江 (a city's short name) + 集村
    from xqgraph.pipeline import Pipeline

    pipe = Pipeline()
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n祥河镇柏马村获评示范村，双兴镇江集村入选省级美丽乡村示范村。\n")
    places = {m.text for m in find_entities(doc, pipe.segmenter, gazetteer=pipe.gazetteer) if m.type is EntityType.PLACE}
    assert places == {"祥河镇", "柏马村", "双兴镇", "江集村"}


def test_commissions_are_bodies_but_party_committees_and_kinds_are_not() -> None:
    from xqgraph.pipeline import Pipeline

    pipe = Pipeline()
    doc = parse_document("某区2018年计划\n二、2018年主要任务\n由区发展改革委、区卫健委牵头，新一届区委、村两委配合，县政府各委、办、局落实。\n")
    orgs = {m.text for m in find_entities(doc, pipe.segmenter, gazetteer=pipe.gazetteer)
            if m.type is EntityType.ORGANIZATION}
    assert orgs == {"区发展改革委", "区卫健委"}


def test_second_reading_of_the_new_rules(pipeline) -> None:
    # each of these was wrongly found by a rule added the same day (a second reader's probes)
    found = _found(pipeline, "督促乡镇和县直部门落实责任，完善区和县两级联动机制。推进瓦溪镇移民村、瓦溪镇空心村、蓝塘镇文明村、"
                             "瓦溪镇农村社区整治。改善村委会办公室条件，清理规范党政机关办公室面积，区图书馆报告厅、区文化馆多功能厅、"
                             "区有关委办局。推进天津至北京高速发展，开通西青至滨海城际公交。新建传染病医院，建设国省干线公路、通村公路，"
                             "举办创新创业大赛、半程马拉松、线上马拉松，打造若干瑞丰路站点。")
    assert not {n for n, t in found.items() if t is not EntityType.PLACE or n in ("和县",)} - {"瑞丰路"}, found
    assert not {"和县", "移民村", "空心村", "文明村", "农村社区"} & set(found), found


def test_second_reading_names_the_rules_still_find(pipeline) -> None:
    found = _found(pipeline, "支持新建区、红谷滩区发展。瓦溪镇黄花村、区科技局、区委办公室、省政府办公厅。建设长沙至赣州高铁，"
                             "改造京沪高速公路天津至北京段。南开大学津南校区建成。")
    assert {"新建区", "黄花村", "区科技局", "区委办公室", "省政府办公厅", "长沙至赣州高铁", "京沪高速公路天津至北京段",
            "南开大学津南校区"} <= set(found), found


def test_banners_gacha_and_the_stretch_of_a_route(pipeline) -> None:
    r = pipeline.run_text("鄂托克旗2023年政府工作报告\n一、2022年工作回顾\n全旗地区生产总值完成680亿元。新建嘎查村综合服务站12个，"
                          "巴音乌苏嘎查、查布嘎查获评全国民主法治示范村。推进乌海至玛沁高速公路鄂托克段建设。\n")
    found = {e.name: e.type for e in r.linked.entities}
    assert found.get("巴音乌苏嘎查") is EntityType.PLACE and found.get("查布嘎查") is EntityType.PLACE
    assert "嘎查村" not in found and "嘎查村综合服务站" not in found
    assert "乌海至玛沁高速公路鄂托克段" in found and "玛沁高速公路鄂托克段" not in found, found
    assert r.linked.measures[0].indicator == "地区生产总值"  # 全旗: the whole banner, as 全县 and 全区


def test_a_phase_inside_a_project_s_name(pipeline) -> None:
    found = _found(pipeline, "宁德时代四川基地二期项目竣工投产，推进二期项目建设。")
    assert found.get("宁德时代四川基地二期项目") is EntityType.PROJECT and "二期项目" not in found, found


def test_new_areas_named_by_a_byname(pipeline) -> None:
    r = pipeline.run_text("某区2018年计划\n二、2018年主要任务\n推进天府新区建设，建设城市新区、产业新区，开发新区，"
                          "聚焦新区发展，加快新区发展。加快建设国家级临空经济示范区，推进郑州航空港经济综合实验区建设。\n")
    found = {e.name: e.type for e in r.linked.entities}  # linked: 郑州航空港 inside the longer name is none of its own
    assert {n for n, t in found.items() if t is EntityType.ZONE} == {"天府新区", "郑州航空港经济综合实验区"}, found


def test_a_session_of_the_issuer_s_congress_named_in_short(pipeline) -> None:
    text = ("关于某市2021年计划执行情况的报告\n——2022年1月7日在某市第十五届人民代表大会第一次会议上\n"
            "现将报告提请市十五届人大一次会议审议，较好完成了县十八届人大二次会议确定的目标。\n")
    events = {e.name: e.aliases for e in pipeline.run_text(text).linked.entities if e.type is EntityType.EVENT}
    # the city's own session is the meeting of the date line; a county's is a session of its own (not 人大二次会议)
    assert set(events) == {"某市第十五届人民代表大会第一次会议", "县十八届人大二次会议"}, events
    assert "镇十八届人大二次会议" in _found(pipeline, "提请镇十八届人大二次会议审议。")  # a township's congress too
    assert "市十五届人大一次会议" in events["某市第十五届人民代表大会第一次会议"]



def test_business_districts_streets_port_areas_buildings_and_plants(pipeline) -> None:
    r = pipeline.run_text("某区2018年计划\n二、2018年主要任务\n湖南路商圈提档升级，颐和路历史文化街区、湖南路美食街人气旺盛。"
                          "宜宾港志城作业区开港，苏宁环球大厦、凤凰国际书城入驻率提升。屏山县光伏电站并网，桃浦中央绿地开放。\n")
    found = {e.name: e.type for e in r.linked.entities}  # the roads inside the names are no entities of their own
    assert {n: t for n, t in found.items() if t is not EntityType.PLACE} == {
        "湖南路商圈": EntityType.ZONE, "颐和路历史文化街区": EntityType.ZONE, "湖南路美食街": EntityType.ZONE,
        "宜宾港志城作业区": EntityType.ZONE, "苏宁环球大厦": EntityType.PROJECT, "凤凰国际书城": EntityType.PROJECT,
        "屏山县光伏电站": EntityType.PROJECT, "桃浦中央绿地": EntityType.PROJECT}, found
    # a kind of plant, district, port area or building is no name, nor a role a city aims at
    assert not _found(pipeline, "建设光伏电站和风电场，打造核心商圈和历史文化街区。建设港口作业区，打造省域城市副中心。"
                                "改造乡镇卫生院综合楼12栋。")


def test_what_is_no_name_beside_a_head_a_date_a_verb_a_period_or_a_kind_of_event(pipeline) -> None:
    text = ("（2021年2月26日宜宾市第五届人民代表大会第六次会议审议批准）\n自由贸易试验区昆明片区累计形成制度创新案例51项。"
            "开展群众体育赛事活动。宜宾学院更名大学筹建工作有序推进。专栏2　“十四五”重大项目\n"
            "奇瑞汽车工程研究总院新增发明专利。编制“十三五”规划。\n")
    found = _found(pipeline, text)
    assert {n for n, t in found.items() if t is not EntityType.PLACE} == {
        "宜宾市第五届人民代表大会第六次会议", "宜宾市第五届人民代表大会",  # not 日宜宾市…: the day of the date
        "自由贸易试验区", "自由贸易试验区昆明片区",  # 形成制度创新: no system named 形成制度
        "宜宾学院",  # 更名 is a verb
        "奇瑞汽车工程研究总院",  # not 奇瑞汽车工程: 工程研究 is engineering research
        "“十三五”规划"}, found  # the period's own plan, but not its 重大项目 nor 群众体育赛事活动


def test_the_works_of_a_phase_are_one_project_and_part_of_the_whole(pipeline) -> None:
    r = pipeline.run_text("上海市普陀区2024年政府工作报告\n二、2024年主要任务\n建成轨道交通20号线一期工程普陀段。\n")
    assert {e.name for e in r.linked.entities} - {"上海市", "普陀区"} == {
        "轨道交通20号线", "轨道交通20号线一期工程", "轨道交通20号线一期工程普陀段"}  # not also …一期
    assert ("轨道交通20号线一期工程", "partOf", "轨道交通20号线") in {(x.head, x.predicate, x.tail) for x in r.linked.relations}


def test_a_company_s_project_keeps_the_words_of_its_product(pipeline) -> None:
    found = _found(pipeline, "奇瑞新能源汽车超级一体化压铸项目、长信科技车载显示模组项目签约。奇瑞新能源汽车产能提升项目竣工投产。"
                             "英发睿能高效光伏电池片项目开工。")
    assert {"奇瑞新能源汽车超级一体化压铸项目", "长信科技车载显示模组项目", "奇瑞新能源汽车产能提升项目",
            "英发睿能高效光伏电池片项目"} <= set(found), found
    # a verb that governs the project, or a class of projects, is no part of a name
    assert not _found(pipeline, "争取中央预算内投资项目，加快推进智慧城市建设项目，支持企业实施技术改造项目。")


def test_a_company_named_by_its_brand_and_trade_alone(pipeline) -> None:
    found = _found(pipeline, "龙头企业奇瑞汽车全年销售整车123万辆。凯翼汽车、天原集团转型发展。引进京东方科技、长鑫存储。")
    assert {"奇瑞汽车", "凯翼汽车", "京东方科技", "长鑫存储"} <= {n for n, t in found.items() if t is EntityType.ORGANIZATION}
    # common words, places and prepositions before a trade make no company; nor does a brand inside a longer name
    found = _found(pipeline, "发展智能汽车、数字科技和冷链物流，天津汽车产业壮大。由华图环保投资建设。安徽奇瑞汽车股份有限公司投产。"
                             "康沟纺织服装产业园开园。")
    assert {n for n, t in found.items() if t is EntityType.ORGANIZATION} == {"安徽奇瑞汽车股份有限公司"}, found


def test_markets_wharves_fishing_ports_campaigns_forums_and_more_zones(pipeline) -> None:
    r = pipeline.run_text("某区2018年计划\n二、2018年主要任务\n建成金渠镇农贸市场，南山港公务码头、崖州中心渔港建成，"
                          "三亚国际免税城开业。开展扫黑除恶专项斗争。召开东北振兴座谈会。建设海南自由贸易港，推进元洪投资区、"
                          "武汉城市圈建设。实施渭河堤防加固工程。飞鹤乳业扩产。\n")
    found = {e.name: e.type for e in r.linked.entities}  # 崖州中心 is a part of 崖州中心渔港's name, no facility
    assert {n: t for n, t in found.items() if t is not EntityType.PLACE} == {
        "金渠镇农贸市场": EntityType.PROJECT, "南山港公务码头": EntityType.PROJECT, "崖州中心渔港": EntityType.PROJECT,
        "三亚国际免税城": EntityType.PROJECT, "扫黑除恶专项斗争": EntityType.POLICY, "东北振兴座谈会": EntityType.EVENT,
        "海南自由贸易港": EntityType.ZONE, "元洪投资区": EntityType.ZONE, "武汉城市圈": EntityType.ZONE,
        "渭河堤防加固工程": EntityType.PROJECT, "飞鹤乳业": EntityType.ORGANIZATION}, found
    assert not _found(pipeline, "规范农贸市场，发展资本市场，开拓国际市场，执行有关规定，建设渔港码头。稳定房地产市场，培育劳动力市场。")


def test_a_far_district_cut_out_of_a_place_s_name_and_a_national_road_s_number(pipeline) -> None:
    r = pipeline.run_text("福清市2020年国民经济和社会发展计划\n二、2020年主要任务\n推进324国道福清城区改线工程，"
                          "加固嫩江龙江城区段堤防。改造3条国道。\n")
    names = {e.name for e in r.linked.entities}
    assert not {"清城区", "江城区"} & names, names  # 福 清城区 and 龙 江城区: cut out of 福清 and 龙江
    assert "324国道福清城区改线工程" in names, names


def test_bare_names_listed_before_a_name_share_its_head(pipeline) -> None:
    def names(title: str, line: str) -> set[str]:
        return {e.name for e in pipeline.run_text(f"{title}\n一、2019年工作回顾\n{line}\n").linked.entities}

    fuqing = "福清市2020年国民经济和社会发展计划"
    assert {"音西街道", "玉屏街道", "宏路街道"} <= names(fuqing, "音西、玉屏、宏路街道完成改造。")
    # only divisions of the gazetteer near the issuer share the head: 发展、改革 are no subdistricts
    assert not names(fuqing, "推进发展、改革、创新街道建设。") - {fuqing[:3]}
    assert "江镇镇" not in names("合肥市肥西县2020年政府工作报告", "江镇、上派镇建设加快。")  # 江镇 is a full name
    assert "音西街道" not in names("湖北省发展和改革委员会2019年工作总结", "音西、玉屏、宏路街道完成改造。")
    zone = "中国(湖北)自由贸易试验区"
    assert {zone + "武汉片区", zone + "襄阳片区", zone + "宜昌片区"} <= names(
        "湖北省发展和改革委员会2019年工作总结", "中国（湖北）自由贸易试验区武汉、襄阳、宜昌片区形成制度创新成果。")
    assert {"十九届二中全会", "十九届三中全会", "十九届四中全会"} <= names(fuqing, "深入学习贯彻党的十九届二中、三中、四中全会精神。")


def test_the_second_review_s_false_names(pipeline) -> None:
    found = _found(pipeline, "发展康养文旅产业。京东方解决扩产项目，国家发改委下达中央预算内投资项目。开拓东盟市场、俄罗斯市场。"
                             "严格遵守廉洁从政若干规定，淘汰煤电机组，抢抓自由贸易港机遇。")
    assert set(found) <= {"京东方", "国家发改委"}, found  # no 康养文旅, no project named with 解决 or 下达, no markets
