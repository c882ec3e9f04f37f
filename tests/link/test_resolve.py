from hypothesis import given
from hypothesis import strategies as st

from xqgraph.link import link_document, normalise_name
from xqgraph.link.gazetteer import load_gazetteer, short_name
from xqgraph.model import Document, EntityType, Extraction, Measure, Mention, PlaceLevel, Span


def _link(*mentions: Mention, measures: tuple[Measure, ...] = ()):
    return link_document(Document("d", "s", ""), Extraction(mentions=mentions, measures=measures))


def test_abbreviation_merges_into_full_name() -> None:
    linked = _link(Mention("西青经济技术开发区", Span(0, 9), EntityType.ZONE), Mention("西青开发区", Span(20, 25), EntityType.ZONE))
    assert [(e.name, e.aliases) for e in linked.entities] == [("西青经济技术开发区", ("西青开发区",))]


def test_names_that_share_their_ends_are_not_abbreviations_when_a_name_or_an_ordinal_is_left_out() -> None:
    pairs = [("长沙经济技术开发区", "长沙临空经济技术开发区", EntityType.ZONE),  # two zones
             ("某县人民医院", "某县第二人民医院", EntityType.PROJECT),  # two hospitals
             ("第十届桃花节", "第十一届桃花节", EntityType.EVENT),  # two editions of a festival
             ("中车株洲电力机车有限公司", "中车株洲电力机车研究所有限公司", EntityType.ORGANIZATION)]
    for short, full, kind in pairs:
        linked = _link(Mention(full, Span(0, len(full)), kind), Mention(short, Span(40, 40 + len(short)), kind))
        assert sorted((e.name, e.aliases) for e in linked.entities) == sorted([(full, ()), (short, ())]), short
    # a level left out names the same one
    linked = _link(Mention("西青国家级经济技术开发区", Span(0, 12), EntityType.ZONE),
                   Mention("西青经济技术开发区", Span(20, 29), EntityType.ZONE))
    assert [(e.name, e.aliases) for e in linked.entities] == [("西青国家级经济技术开发区", ("西青经济技术开发区",))]
    # what is left out inside the kind of name still abbreviates it: 赛达[产业]新城
    linked = _link(Mention("赛达产业新城", Span(0, 6), EntityType.ZONE), Mention("赛达新城", Span(20, 24), EntityType.ZONE))
    assert [(e.name, e.aliases) for e in linked.entities] == [("赛达产业新城", ("赛达新城",))]


def test_short_names_of_autonomous_divisions_drop_their_peoples() -> None:
    names = ("凉山彝族自治州", "黔东南苗族侗族自治州", "北川羌族自治县", "伊犁哈萨克自治州", "巴音郭楞蒙古自治州", "鄂伦春自治旗")
    assert [short_name(n) for n in names] == ["凉山", "黔东南", "北川", "伊犁", "巴音郭楞", "鄂伦春"]


def test_a_zone_s_or_body_s_kind_in_short_form_names_the_same_one() -> None:
    z = EntityType.ZONE
    linked = _link(Mention("长沙经济技术开发区", Span(0, 9), z), Mention("长沙经开区", Span(20, 25), z),
                   Mention("中国（湖南）自由贸易试验区", Span(30, 43), z), Mention("湖南自贸区", Span(50, 55), z),
                   Mention("宁波高新区", Span(60, 65), z))
    assert sorted((e.name, e.aliases) for e in linked.entities) == [
        ("中国（湖南）自由贸易试验区", ("湖南自贸区",)), ("宁波高新区", ()), ("长沙经济技术开发区", ("长沙经开区",))]
    o = EntityType.ORGANIZATION  # government bodies too: 发改委 is 发展和改革委员会, 住建局 住房和城乡建设局
    linked = _link(Mention("宜宾市发展和改革委员会", Span(0, 11), o), Mention("宜宾市发改委", Span(20, 26), o),
                   Mention("宜宾市住建局", Span(30, 36), o), Mention("宜宾市住房和城乡建设局", Span(40, 51), o),
                   Mention("宜宾市人社局", Span(60, 66), o))
    assert sorted((e.name, e.aliases) for e in linked.entities) == [
        ("宜宾市人社局", ()), ("宜宾市住房和城乡建设局", ("宜宾市住建局",)), ("宜宾市发展和改革委员会", ("宜宾市发改委",))]


def test_short_place_name_joins_full_name_only_when_present() -> None:
    full = Mention("天津市", Span(0, 3), EntityType.PLACE, PlaceLevel.CITY)
    short = Mention("天津", Span(9, 11), EntityType.PLACE, PlaceLevel.CITY, canonical="天津市")
    assert [e.name for e in _link(full, short).entities] == ["天津市"]
    assert [e.name for e in _link(short).entities] == ["天津"]


def test_quoted_slogan_with_generic_word() -> None:
    linked = _link(Mention("“三送四讲”", Span(0, 6), EntityType.POLICY), Mention("“三送四讲”行动", Span(0, 8), EntityType.POLICY))
    assert [(e.name, e.aliases) for e in linked.entities] == [("“三送四讲”", ("“三送四讲”行动",))]


def test_entity_ids_are_stable_and_typed() -> None:
    a = _link(Mention("杨柳青镇", Span(0, 4), EntityType.PLACE, PlaceLevel.TOWN))
    b = _link(Mention("杨柳青镇", Span(7, 11), EntityType.PLACE, PlaceLevel.TOWN))
    assert a.entities[0].id == b.entities[0].id == "Place/杨柳青镇"


def test_gazetteer_levels_and_hierarchy() -> None:
    gaz = load_gazetteer()
    assert gaz.by_name["河北省"][0].level is PlaceLevel.PROVINCE
    assert gaz.by_name["天津市"][0].level is PlaceLevel.CITY  # a municipality is a city
    assert gaz.by_name["平泉市"][0].level is PlaceLevel.CITY  # county-level city
    assert gaz.contains("河北省", "平泉市") and not gaz.contains("天津市", "平泉市")
    assert short_name("内蒙古自治区") == "内蒙古"


@given(st.text(max_size=20))
def test_normalise_name_is_idempotent(text: str) -> None:
    assert normalise_name(normalise_name(text)) == normalise_name(text)


def test_coreference_words_follow_the_hierarchy() -> None:
    from xqgraph.link import coreference
    from xqgraph.model import Metadata

    gaz = load_gazetteer()
    refs = coreference(Document("d", "s", "", Metadata(issuing_place="杨柳青镇")), gaz)
    assert (refs["全镇"], refs["我区"], refs["全市"]) == ("杨柳青镇", "西青区", "天津市")
    refs = coreference(Document("d", "s", "", Metadata(issuing_place="平泉市")), gaz)
    assert (refs["我市"], refs["全省"]) == ("平泉市", "河北省")  # the county-level city speaks of itself as 市


def test_a_policy_named_again_without_its_scope_is_the_same_policy() -> None:
    # 街镇财政体制改革 … 财政体制改革: the scope (街镇) is said once; 农村集体产权制度改革 and 产权制度改革 stay two
    linked = _link(Mention("街镇财政体制改革", Span(0, 8), EntityType.POLICY), Mention("财政体制改革", Span(30, 36), EntityType.POLICY),
                   Mention("农村集体产权制度改革", Span(50, 60), EntityType.POLICY),
                   Mention("产权制度改革", Span(70, 76), EntityType.POLICY))
    assert sorted((e.name, e.aliases) for e in linked.entities) == [
        ("产权制度改革", ()), ("农村集体产权制度改革", ()), ("街镇财政体制改革", ("财政体制改革",))]


def test_a_name_inside_a_name_inside_a_name_joins_the_longest() -> None:
    # 中铁十八局 lies in 中铁十八局集团, which lies in 中铁十八局集团有限公司: one body with two aliases
    linked = _link(Mention("中铁十八局", Span(0, 5), EntityType.ORGANIZATION),
                   Mention("中铁十八局集团", Span(0, 7), EntityType.ORGANIZATION),
                   Mention("中铁十八局集团有限公司", Span(0, 11), EntityType.ORGANIZATION))
    assert [(e.name, e.aliases) for e in linked.entities] == [("中铁十八局集团有限公司", ("中铁十八局", "中铁十八局集团"))]


def test_a_name_pointing_at_a_government_belongs_to_the_one_it_points_at() -> None:
    from xqgraph.ingest import parse_document
    from xqgraph.pipeline import Pipeline

    pipe = Pipeline()
    kunshan = pipe.run_document(parse_document("昆山市人民政府\n昆山市2022年计划\n二、2022年主要任务\n"
                                               "市人民医院新院区开工，市科技局牵头，实施区域协调发展战略。\n"))
    scopes = {e.name: e.scope for e in kunshan.linked.entities}
    code = pipe.gazetteer.by_name["昆山市"][0].code
    assert scopes["市人民医院"] == code and scopes["市科技局"] == code  # a county-level city's own, not 苏州's
    assert scopes["区域协调发展战略"] is None  # 区域 points at no district
