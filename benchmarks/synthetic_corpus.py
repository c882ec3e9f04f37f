"""Synthetic corpus of Chinese local-government policy documents for scale tests.

Writes any number of plans (国民经济和社会发展计划), government work reports
(政府工作报告) and plan-execution reports (计划执行情况) of real districts and
counties spread over China, in varied layouts, 8,000–25,000 characters each,
with measures, places, zones, projects, companies, policies and events written
the way such documents write them.  Every government has its own world of
made-up towns, zones, projects and companies that recurs across its years, so
cross-document linking has work to do; a few generic names (新华街道, 城关镇)
recur across governments on purpose.  Nothing here is a copy of a real text.

Usage::

    python benchmarks/synthetic_corpus.py 1000 /tmp/corpus [--seed 0] [--jobs 2]

or from Python::

    from benchmarks.synthetic_corpus import generate
    paths = generate(1000, Path("/tmp/corpus"), seed=0)

Files are UTF-8 ``{division}-{year}-{genre}-{i:05d}.txt`` plus ``manifest.tsv``
(i, file, government, year, genre, layout, chars).  The output is a function
of (n, seed) only: the same seed gives the same bytes, whatever the number of
jobs.  Standard library only; each document draws from its own
``random.Random`` seeded with (seed, i), each government from (seed, name).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["generate", "document", "GOVERNMENTS", "GENRES"]

# --------------------------------------------------------------------------- governments
# (province or None for a municipality, city, district/county, ASCII slug); all real, all in the gazetteer
_GOVS = """河北省 保定市 莲池区 lianchi|四川省 成都市 郫都区 pidu|河北省 石家庄市 正定县 zhengding
山西省 太原市 小店区 xiaodian|内蒙古自治区 包头市 昆都仑区 kundulun|辽宁省 沈阳市 浑南区 hunnan
吉林省 长春市 双阳区 shuangyang|黑龙江省 哈尔滨市 南岗区 nangang|江苏省 苏州市 吴江区 wujiang
江苏省 南京市 江宁区 jiangning|浙江省 杭州市 萧山区 xiaoshan|浙江省 宁波市 鄞州区 yinzhou
浙江省 湖州市 安吉县 anji|安徽省 合肥市 肥西县 feixi|安徽省 芜湖市 鸠江区 jiujiang
福建省 福州市 闽侯县 minhou|福建省 厦门市 集美区 jimei|江西省 南昌市 南昌县 nanchangxian
江西省 赣州市 于都县 yudu|山东省 济南市 历城区 licheng|山东省 青岛市 即墨区 jimo
山东省 临沂市 兰陵县 lanling|河南省 郑州市 中牟县 zhongmou|河南省 洛阳市 涧西区 jianxi
湖北省 武汉市 江夏区 jiangxia|湖北省 宜昌市 夷陵区 yiling|湖南省 长沙市 望城区 wangcheng
湖南省 岳阳市 平江县 pingjiang|广东省 广州市 番禺区 panyu|广东省 佛山市 顺德区 shunde
广东省 惠州市 博罗县 boluo|广西壮族自治区 南宁市 武鸣区 wuming|海南省 海口市 美兰区 meilan
- 重庆市 璧山区 bishan|- 北京市 顺义区 shunyi|- 天津市 武清区 wuqing|- 上海市 嘉定区 jiading
贵州省 遵义市 汇川区 huichuan|云南省 昆明市 呈贡区 chenggong|陕西省 西安市 鄠邑区 huyi
甘肃省 兰州市 榆中县 yuzhong|宁夏回族自治区 银川市 永宁县 yongning|河北省 廊坊市 固安县 guan
四川省 绵阳市 涪城区 fucheng"""
# real counties a district pairs with (对口帮扶, 东西部协作)
_PAIRS = ("四川省青川县", "甘肃省临夏县", "河北省平泉市", "新疆维吾尔自治区和田县", "云南省镇雄县", "甘肃省会宁县",
          "青海省互助土族自治县", "西藏自治区墨竹工卡县", "湖北省巴东县", "重庆市巫溪县", "四川省昭觉县",
          "甘肃省舟曲县", "内蒙古自治区化德县")
# governments that have a 新华街道 / 东城街道 of their own (generic names shared on purpose)
_SHARED_SUBDISTRICTS = {0: "新华街道", 4: "新华街道", 9: "新华街道", 21: "新华街道", 30: "新华街道",
                        7: "东城街道", 16: "东城街道", 27: "东城街道"}
GENRES = {"计划报告": "plan", "政府工作报告": "work-report", "计划执行情况": "execution-report"}


@dataclass(frozen=True)
class Government:
    """A real district or county and the places above it."""

    index: int
    province: str | None
    city: str
    name: str
    slug: str

    @property
    def level(self) -> str:
        return self.name[-1]  # 区 or 县

    @property
    def short(self) -> str:
        return self.name[:-1]

    @property
    def full(self) -> str:
        return self.city + self.name


def _parse_govs() -> tuple[Government, ...]:
    out = []
    for i, row in enumerate(r for line in _GOVS.splitlines() for r in line.split("|")):
        prov, city, name, slug = row.split()
        out.append(Government(i, None if prov == "-" else prov, city, name, slug))
    return tuple(out)


GOVERNMENTS = _parse_govs()

# --------------------------------------------------------------------------- word pools
_SYL1 = "杨柳青辛张王李赵石桥龙凤白马黄金宝华丰泰康宁福庆双高古沙湾塘梅兰竹松柏云霞玉泉清明光长永吉祥瑞鹤鹿滨江湖溪潭岭峰岗坡坪"
_SYL2 = "庄集营屯铺店坊桥湾塘埠渡口岗坪坝沟河泉溪岭山林园湖洲港阳安宁兴和平丰"
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
_GIVEN = "建国华明伟军平志强国庆海涛宏杰晓东红梅丽娟永刚文斌俊峰立新卫民振兴"
_BRAND1 = "华恒中瑞联新天宏鼎信博长盛安泰隆通达力创汇正凯远"
_BRAND2 = "锐通科丰源达盛宇诚邦泰恒创力合信驰越为芯能图智"
_INDUSTRIES = ("智能制造", "新能源汽车", "生物医药", "新材料", "电子信息", "高端装备", "节能环保", "数字经济",
               "现代物流", "食品加工", "集成电路", "新一代信息技术", "航空航天", "精细化工", "现代农业", "文化创意",
               "纺织服装", "家居建材", "医疗器械", "光电显示")
_COMPANY_KINDS = ("科技", "医药", "汽车", "新材料", "电子", "智能装备", "食品", "新能源", "环保科技", "物流",
                  "生物科技", "半导体", "机械", "信息技术")
_COMPANY_FORMS = ("有限公司", "股份有限公司", "集团", "有限公司", "集团有限公司")
_PRODUCTS = ("动力电池", "智能终端", "高端轴承", "光伏组件", "生物制药", "新型显示面板", "智能机器人", "精密模具",
             "汽车零部件", "冷链物流", "中央厨房", "数据中心", "氢能装备", "特种钢材", "医用耗材", "功率芯片")
_ROAD_HEADS = ("路", "大道", "大街", "路", "路")
_PARK_KINDS = ("产业园", "科技园", "物流园", "工业园", "创业园")
_CAMPAIGNS = ("营商环境优化提升", "制造业高质量发展", "科技创新能力提升", "城市更新", "农村人居环境整治提升",
              "大气污染防治", "水污染防治", "民营经济高质量发展", "数字经济发展", "现代物流业发展",
              "文化旅游融合发展", "全民健身", "人才引进", "老旧小区改造", "社会信用体系建设")
_NATIONAL_POLICIES = ("乡村振兴战略", "创新驱动发展战略", "区域协调发展战略", "新型城镇化战略", "河长制", "林长制",
                      "“放管服”改革", "“厕所革命”", "全民参保计划", "人才强区战略", "质量强区战略",
                      "供给侧结构性改革", "“互联网+政务服务”", "“一带一路”", "集体林权制度改革", "农村集体产权制度改革")
_REGIONAL = {"河北省": "京津冀协同发展", "北京市": "京津冀协同发展", "天津市": "京津冀协同发展",
             "江苏省": "长三角一体化发展", "浙江省": "长三角一体化发展", "上海市": "长三角一体化发展",
             "安徽省": "长三角一体化发展", "四川省": "成渝地区双城经济圈建设", "重庆市": "成渝地区双城经济圈建设",
             "广东省": "粤港澳大湾区建设", "河南省": "黄河流域生态保护和高质量发展战略",
             "山东省": "黄河流域生态保护和高质量发展战略", "宁夏回族自治区": "黄河流域生态保护和高质量发展战略",
             "甘肃省": "黄河流域生态保护和高质量发展战略", "湖北省": "长江经济带发展战略",
             "湖南省": "长江经济带发展战略", "江西省": "长江经济带发展战略", "贵州省": "长江经济带发展战略",
             "云南省": "长江经济带发展战略", "海南省": "海南自由贸易港建设", "辽宁省": "东北全面振兴战略",
             "吉林省": "东北全面振兴战略", "黑龙江省": "东北全面振兴战略", "福建省": "“海上丝绸之路”核心区建设",
             "广西壮族自治区": "西部陆海新通道建设", "陕西省": "西部大开发战略", "山西省": "资源型经济转型发展",
             "内蒙古自治区": "西部大开发战略"}
_FESTIVALS = ("桃花节", "文化旅游节", "农民丰收节", "美食文化节", "草莓采摘节", "龙舟文化节", "梨花节", "非遗文化节")
_EXPOS = ("国际智能制造博览会", "农业博览会", "投资贸易洽谈会", "数字经济博览会", "文化产业博览会", "装备制造业博览会")
_CN_ORD = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六",
           "十七", "十八", "十九", "二十"]
_COUNT_WORDS = ["", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"]


@dataclass
class World:
    """The named things of one government that recur in all its documents."""

    gov: Government
    towns: list[str]
    villages: list[str]
    zones: list[str]
    projects: list[str]
    roads: list[str]
    companies: list[str]
    institutions: list[str]
    sites: dict[str, tuple[str, int, float]]  # project → (town, 亩, 亿元)
    pair: str
    partner_city: str
    festival: str
    expo: str
    head_name: str
    dev_name: str
    gdp2012: float
    trend: float
    term_base: int
    code: str


def _stem(rng: random.Random, taken: set[str]) -> str:
    while True:
        s = rng.choice(_SYL1) + rng.choice(_SYL2 if rng.random() < 0.6 else _SYL1)
        if s[0] != s[1] and s not in taken:
            taken.add(s)
            return s


def _person(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))


@cache
def world(gov: Government, seed: int) -> World:
    """The recurring named things of *gov*: a function of (gov, seed) only."""
    rng = random.Random(f"xqgraph-synthetic:{seed}:gov:{gov.slug}")
    taken: set[str] = set()
    n_towns = rng.randint(7, 13)
    towns = []
    shared = _SHARED_SUBDISTRICTS.get(gov.index)
    if shared:
        towns.append(shared)
    if gov.level == "县" and rng.random() < 0.7:
        towns.append("城关镇")
    sub_share = 0.55 if gov.level == "区" else 0.15
    while len(towns) < n_towns:
        r = rng.random()
        suffix = "街道" if r < sub_share else ("乡" if r > 0.9 and gov.level == "县" else "镇")
        towns.append(_stem(rng, taken) + suffix)
    villages = [_stem(rng, taken) + "村" for _ in range(rng.randint(4, 8))]
    stem_of = [t.removesuffix("街道").rstrip("镇乡") for t in towns]
    zones = [gov.short + rng.choice(("经济技术开发区", "高新技术产业开发区", "经济开发区"))]
    for _ in range(rng.randint(2, 4)):
        kind = rng.random()
        if kind < 0.5:
            zones.append(rng.choice(stem_of) + rng.choice(_INDUSTRIES) + rng.choice(_PARK_KINDS))
        elif kind < 0.7:
            zones.append(gov.short + rng.choice(("现代农业", "文化旅游", "产城融合", "临空经济")) + "示范区")
        elif kind < 0.85:
            zones.append(_stem(rng, taken) + rng.choice(("新城", "商务区", "科技新城")))
        else:
            zones.append(rng.choice(stem_of) + rng.choice(("文化旅游小镇", "智造小镇", "康养小镇")))
    roads = [_stem(rng, taken) + rng.choice(_ROAD_HEADS) for _ in range(rng.randint(5, 9))]
    brands = [rng.choice(_BRAND1) + rng.choice(_BRAND2) for _ in range(rng.randint(7, 12))]
    companies = [b + rng.choice(_COMPANY_KINDS) + rng.choice(_COMPANY_FORMS) for b in brands]
    projects = []
    for _ in range(rng.randint(8, 14)):
        kind = rng.random()
        if kind < 0.3:
            projects.append(rng.choice(brands) + rng.choice(_PRODUCTS) + "项目")
        elif kind < 0.45:
            projects.append(rng.choice(towns) + rng.choice(("污水处理厂", "中心公园", "卫生院迁建工程", "中心小学")))
        elif kind < 0.6:
            projects.append(rng.choice(roads) + rng.choice(("改造提升工程", "快速化改造工程", "拓宽工程")))
        elif kind < 0.7:
            projects.append(gov.name + rng.choice(("人民医院新院区", "中医医院", "第二人民医院", "妇幼保健院")))
        elif kind < 0.8:
            projects.append(_stem(rng, taken) + "河综合治理工程")
        else:
            projects.append(rng.choice(stem_of) + rng.choice(_INDUSTRIES) + "产业化项目")
    institutions = [gov.short + "职业技术学院", _stem(rng, taken) + "实验学校",
                    rng.choice(brands) + rng.choice(_INDUSTRIES) + "研究院", gov.name + "人民医院"]
    partner = rng.choice([g for g in GOVERNMENTS if g.city != gov.city]).city
    code = f"{rng.randint(11, 65)}{rng.randint(1000, 9999)}{rng.randint(100, 999)}"
    projects = list(dict.fromkeys(projects))
    sites = {p: (next((t for t in towns if p.startswith(t.removesuffix("街道").rstrip("镇乡"))), rng.choice(towns)),
                 rng.randint(50, 900), rng.uniform(1, 80)) for p in projects}
    return World(gov, towns, villages, zones, projects, roads, companies, institutions, sites,
                 rng.choice(_PAIRS), partner, rng.choice(stem_of) + rng.choice(_FESTIVALS),
                 gov.city[:-1] + rng.choice(_EXPOS), _person(rng), _person(rng),
                 rng.uniform(90, 2200), rng.uniform(5.5, 10.5), rng.randint(14, 17), code)


# --------------------------------------------------------------------------- indicators
# name, unit, low, high, decimals, style, theme; amounts in 亿元 scale with the economy (style "amt")
_INDICATORS = (
    ("地区生产总值", "亿元", 1.0, 1.0, 2, "amt", "econ"),
    ("一般公共预算收入", "亿元", 0.055, 0.1, 2, "amt", "econ"),
    ("税收收入", "亿元", 0.04, 0.08, 2, "amt", "econ"),
    ("固定资产投资", "亿元", 0.4, 0.85, 1, "amt", "econ"),
    ("社会消费品零售总额", "亿元", 0.3, 0.5, 1, "amt", "econ"),
    ("规模以上工业总产值", "亿元", 0.8, 1.6, 1, "amt", "industry"),
    ("外贸进出口总额", "亿元", 0.05, 0.4, 1, "amt", "open"),
    ("金融机构本外币存款余额", "亿元", 0.9, 1.6, 1, "amt", "econ"),
    ("服务业增加值", "亿元", 0.4, 0.6, 1, "amt", "econ"),
    ("规模以上工业增加值", "%", 3, 12, 1, "growth", "industry"),
    ("高新技术产业增加值", "%", 6, 18, 1, "growth", "innovation"),
    ("民间投资", "%", 2, 12, 1, "growth", "econ"),
    ("工业投资", "%", 4, 20, 1, "growth", "industry"),
    ("实际利用外资", "亿美元", 0.2, 9, 2, "count", "open"),
    ("新增就业", "万人", 0.5, 6, 2, "count", "livelihood"),
    ("城镇新增就业", "人", 3000, 40000, 0, "count", "livelihood"),
    ("城镇登记失业率", "%", 2.5, 4.5, 1, "cap", "livelihood"),
    ("居民消费价格涨幅", "%", 1.5, 3.5, 1, "cap", "econ"),
    ("城镇居民人均可支配收入", "元", 26000, 78000, 0, "income", "livelihood"),
    ("农村居民人均可支配收入", "元", 11000, 38000, 0, "income", "rural"),
    ("万元地区生产总值能耗", "%", 2, 6, 1, "down", "ecology"),
    ("化学需氧量排放量", "%", 1, 5, 1, "down", "ecology"),
    ("PM2.5平均浓度", "微克/立方米", 22, 65, 0, "pm", "ecology"),
    ("空气质量优良天数", "天", 220, 330, 0, "days", "ecology"),
    ("空气质量优良天数比例", "%", 60, 92, 1, "rate", "ecology"),
    ("森林覆盖率", "%", 12, 65, 1, "rate", "ecology"),
    ("城市生活垃圾无害化处理率", "%", 100, 100, 0, "rate", "ecology"),
    ("城镇化率", "%", 45, 85, 1, "rate", "urban"),
    ("研究与试验发展经费投入强度", "%", 1.2, 4.5, 2, "rate", "innovation"),
    ("城乡居民基本养老保险参保率", "%", 92, 99.5, 1, "rate", "livelihood"),
    ("家庭医生签约服务覆盖率", "%", 30, 75, 1, "rate", "health"),
    ("高新技术企业", "家", 20, 600, 0, "new", "innovation"),
    ("科技型中小企业", "家", 50, 900, 0, "new", "innovation"),
    ("市场主体", "户", 3000, 40000, 0, "new", "reform"),
    ("规模以上工业企业", "家", 10, 90, 0, "new", "industry"),
    ("发明专利授权量", "件", 80, 3000, 0, "reach", "innovation"),
    ("每万人口发明专利拥有量", "件", 3, 40, 1, "reach", "innovation"),
    ("5G基站", "个", 100, 2500, 0, "build", "urban"),
    ("农村公路", "公里", 20, 300, 1, "build", "rural"),
    ("高标准农田", "万亩", 0.5, 8, 2, "build", "rural"),
    ("公办幼儿园", "所", 2, 25, 0, "build", "education"),
    ("中小学", "所", 1, 12, 0, "build", "education"),
    ("保障性租赁住房", "套", 300, 6000, 0, "build", "urban"),
    ("城市绿道", "公里", 5, 80, 1, "build", "ecology"),
    ("养老服务床位", "张", 100, 2000, 0, "build", "livelihood"),
    ("老旧小区改造", "个", 10, 160, 0, "done", "urban"),
    ("棚户区改造", "户", 300, 8000, 0, "done", "urban"),
    ("农村生活污水治理", "个", 10, 150, 0, "village", "rural"),
    ("造林绿化", "万亩", 0.3, 6, 2, "done", "ecology"),
    ("粮食总产量", "万吨", 2, 60, 1, "reach", "rural"),
    ("接待游客", "万人次", 80, 3500, 0, "reach", "culture"),
    ("旅游总收入", "亿元", 0.02, 0.15, 1, "amt", "culture"),
    ("文化惠民演出", "场次", 100, 1500, 0, "done", "culture"),
    ("技能人才培训", "万人次", 0.5, 6, 2, "done", "livelihood"),
    ("重点项目", "个", 40, 300, 0, "projects", "projects"),
    ("招商引资到位资金", "亿元", 0.1, 0.6, 1, "amt", "open"),
    ("新签约项目", "个", 20, 200, 0, "count", "open"),
    ("困难群众", "人", 500, 20000, 0, "relief", "livelihood"),
    ("城乡低保标准", "元", 560, 1200, 0, "monthly", "livelihood"),
    ("义务教育巩固率", "%", 96, 100, 1, "rate", "education"),
)
_THEME_INDICATORS: dict[str, list[tuple]] = {}
for _ind in _INDICATORS:
    _THEME_INDICATORS.setdefault(_ind[6], []).append(_ind)

# --------------------------------------------------------------------------- themes
# theme: (review headings, plan headings, leads (review), leads (plan), objects)
_THEMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "econ": (
        ("经济运行稳中有进", "综合实力持续增强", "主要经济指标好于预期", "经济发展质效齐升"),
        ("推动经济平稳健康发展", "稳住经济基本盘", "着力扩大有效需求", "巩固经济回升向好态势"),
        ("经济总量稳步扩大", "财政实力不断增强", "消费市场加快回暖", "投资结构持续优化"),
        ("全力扩大有效投资", "大力促进消费升级", "着力稳定经济增长", "加强财政金融保障"),
        ("财政收支结构", "有效投资", "消费潜力", "经济运行监测", "要素保障", "金融服务实体经济", "债务风险防控"),
    ),
    "industry": (
        ("产业转型升级步伐加快", "现代产业体系加快构建", "制造业提质增效"),
        ("加快构建现代化产业体系", "推动制造业高质量发展", "做大做强主导产业"),
        ("高端产业加速聚集", "主导产业做大做强", "服务业提质扩容", "传统产业改造升级"),
        ("壮大先进制造业集群", "推动服务业提质增效", "加快传统产业转型", "培育战略性新兴产业"),
        ("主导产业链条", "产业集群", "智能化改造", "生产性服务业", "产业链供应链", "专精特新企业", "龙头企业培育"),
    ),
    "innovation": (
        ("创新驱动成效明显", "科技创新能力持续增强", "创新型城区建设加快"),
        ("深入实施创新驱动发展战略", "加快建设科技创新高地", "增强创新引领能力"),
        ("创新主体不断壮大", "创新平台加快建设", "创新人才加速集聚"),
        ("培育壮大创新主体", "建强创新平台", "完善人才政策体系", "促进科技成果转化"),
        ("研发投入", "科技成果转化", "知识产权保护", "产学研合作", "创新创业生态", "人才服务体系"),
    ),
    "reform": (
        ("重点领域改革纵深推进", "营商环境持续优化", "改革红利加速释放"),
        ("全面深化重点领域改革", "持续优化营商环境", "激发市场主体活力"),
        ("“放管服”改革深入推进", "国资国企改革取得突破", "市场主体活力迸发"),
        ("深化“放管服”改革", "推进国资国企改革", "支持民营经济发展"),
        ("审批流程", "政务服务效能", "国有资本布局", "公平竞争审查", "信用监管", "要素市场化配置"),
    ),
    "open": (
        ("开放合作迈出新步伐", "招商引资成果丰硕", "区域合作不断深化"),
        ("全面提升对外开放水平", "强化招商引资", "深化区域协同合作"),
        ("招商引资量质齐升", "外贸外资稳中提质", "区域合作走深走实"),
        ("精准开展产业招商", "稳住外贸外资基本盘", "推动区域协同发展"),
        ("招商机制", "外贸新业态", "开放平台", "产业链招商", "对口合作", "项目服务保障"),
    ),
    "projects": (
        ("重点项目建设扎实推进", "项目建设提速提效"),
        ("全力推进重点项目建设", "强化项目支撑"),
        ("重点项目加快推进", "储备项目不断充实"),
        ("抓好重点项目建设", "强化项目要素保障"),
        ("项目储备", "项目前期工作", "要素保障", "项目调度机制", "投资结构"),
    ),
    "urban": (
        ("城市功能品质不断提升", "城乡建设统筹推进", "基础设施日趋完善"),
        ("提升城市功能品质", "推进以人为核心的新型城镇化", "完善基础设施网络"),
        ("交通路网更加完善", "城市更新有序推进", "城市管理更加精细"),
        ("加快交通基础设施建设", "实施城市更新行动", "提升城市治理水平"),
        ("城市路网", "市政设施", "城市更新", "城市管理", "智慧城市", "新型基础设施"),
    ),
    "rural": (
        ("乡村振兴全面推进", "农业农村发展活力增强", "脱贫攻坚成果巩固拓展"),
        ("全面推进乡村振兴", "加快农业农村现代化", "巩固拓展脱贫攻坚成果"),
        ("农业生产稳中提质", "农村人居环境持续改善", "农村改革不断深化"),
        ("提升农业综合效益", "建设宜居宜业和美乡村", "深化农村综合改革"),
        ("粮食安全", "农业产业化", "农村人居环境", "农村集体经济", "乡村治理", "农村基础设施"),
    ),
    "ecology": (
        ("生态环境质量明显改善", "污染防治攻坚战成效显著", "绿色发展底色更加鲜明"),
        ("持续改善生态环境质量", "深入打好污染防治攻坚战", "推动绿色低碳发展"),
        ("大气环境持续好转", "水环境质量稳步提升", "生态修复有力推进"),
        ("深入推进蓝天保卫战", "持续开展水环境治理", "加强生态保护修复"),
        ("大气污染防治", "水环境治理", "土壤污染防治", "生态保护修复", "节能减排", "绿色低碳转型"),
    ),
    "livelihood": (
        ("民生福祉持续改善", "社会保障更加有力", "就业形势总体稳定"),
        ("持续增进民生福祉", "扎实做好稳就业工作", "织密社会保障网"),
        ("就业形势保持稳定", "社会保障扩面提质", "民生实事全面完成"),
        ("全力稳定和扩大就业", "健全社会保障体系", "办好民生实事"),
        ("就业创业", "社会保障", "社会救助", "养老服务", "住房保障", "民生实事"),
    ),
    "education": (
        ("教育事业优质均衡发展", "教育质量不断提高"),
        ("办好人民满意的教育", "推动教育优质均衡发展"),
        ("教育资源持续扩容", "办学质量稳步提升"),
        ("扩大优质教育资源供给", "提升教育教学质量"),
        ("学前教育", "义务教育", "职业教育", "教师队伍建设", "校园安全"),
    ),
    "health": (
        ("健康事业持续进步", "医疗卫生服务能力增强"),
        ("加快建设健康城区", "提升医疗卫生服务能力"),
        ("医疗资源不断优化", "公共卫生体系日趋健全"),
        ("深化医药卫生体制改革", "完善公共卫生体系"),
        ("医联体建设", "基层医疗", "公共卫生", "分级诊疗", "中医药事业"),
    ),
    "culture": (
        ("文化旅游融合发展", "文化事业繁荣兴盛"),
        ("推动文化繁荣兴盛", "促进文旅深度融合"),
        ("公共文化服务更加完善", "全域旅游加快发展"),
        ("完善公共文化服务体系", "打响文化旅游品牌"),
        ("公共文化设施", "文化遗产保护", "全域旅游", "文旅融合", "群众文化活动"),
    ),
    "safety": (
        ("社会大局和谐稳定", "安全发展基础不断夯实"),
        ("统筹发展和安全", "推进社会治理现代化"),
        ("安全生产形势平稳", "社会治理效能提升"),
        ("守牢安全生产底线", "提升基层治理水平"),
        ("安全生产", "应急管理", "基层治理", "矛盾纠纷化解", "食品药品安全", "防灾减灾"),
    ),
}
_THEME_NAMES = tuple(_THEMES)
_ACTIONS: dict[str, tuple[str, ...]] = {
    "econ": ("加强经济运行监测调度", "强化财政资源统筹", "盘活存量资产", "扩大有效投资", "激发消费潜力", "加强重点税源培育",
             "防范化解政府债务风险", "优化财政支出结构", "强化金融服务实体经济", "落实减税降费政策"),
    "industry": ("推动制造业智能化改造和数字化转型", "延伸主导产业链条", "培育专精特新企业", "壮大战略性新兴产业集群",
                 "发展生产性服务业", "推进传统产业技术改造", "培育龙头骨干企业", "推动先进制造业和现代服务业深度融合"),
    "innovation": ("加大研发投入", "完善科技成果转化机制", "加强知识产权保护", "建设新型研发机构", "优化创新创业生态",
                   "完善人才服务体系", "深化产学研合作", "培育科技型企业梯队"),
    "reform": ("深化“一网通办”改革", "推进工程建设项目审批制度改革", "优化国有资本布局", "落实公平竞争审查制度",
               "健全信用监管体系", "推进要素市场化配置改革", "深化“证照分离”改革", "压缩企业开办时间"),
    "open": ("创新招商引资机制", "开展产业链精准招商", "培育外贸新业态", "提升开放平台能级", "强化项目服务保障",
             "深化区域交流合作"),
    "projects": ("强化项目谋划储备", "加快项目前期工作", "完善项目调度机制", "强化土地资金等要素保障", "优化投资结构",
                 "推行项目全周期服务"),
    "urban": ("完善城市路网体系", "提升市政设施水平", "推进老旧街区更新改造", "加强城市精细化管理", "建设智慧城市",
              "布局新型基础设施", "推进海绵城市建设", "加快地下综合管廊建设"),
    "rural": ("落实粮食安全责任制", "推进农业产业化经营", "整治农村人居环境", "发展壮大农村集体经济", "健全乡村治理体系",
              "完善农村基础设施", "推进农村一二三产业融合发展", "培育新型农业经营主体"),
    "ecology": ("深化大气污染联防联控", "推进重点河道综合治理", "加强土壤污染风险管控", "实施生态保护修复", "推动节能降耗",
                "推进绿色低碳转型", "落实中央环保督察整改任务", "加强扬尘和机动车尾气治理"),
    "livelihood": ("落实就业优先政策", "扩大社会保险覆盖面", "完善社会救助体系", "发展普惠养老服务", "加强住房保障",
                   "办好民生实事", "保障困难群众基本生活", "推进居民持续增收"),
    "education": ("扩大普惠性学前教育资源", "推进义务教育优质均衡发展", "发展现代职业教育", "加强教师队伍建设",
                  "深化教育评价改革", "强化校园安全管理"),
    "health": ("推进紧密型医联体建设", "提升基层医疗服务能力", "健全公共卫生应急体系", "完善分级诊疗制度",
               "传承发展中医药事业", "推进家庭医生签约服务"),
    "culture": ("完善公共文化设施网络", "加强文化遗产保护利用", "发展全域旅游", "推进文旅融合发展", "开展群众文化活动",
                "培育文化旅游精品线路"),
    "safety": ("压实安全生产责任", "开展重点行业领域专项整治", "提升应急管理能力", "加强基层社会治理",
               "做好矛盾纠纷排查化解", "加强食品药品安全监管", "提升防灾减灾能力"),
}
_ADVERBS = ("", "", "扎实", "持续", "大力", "积极", "全面", "深入", "着力", "稳步")
_STATES = ("持续优化", "稳步提升", "成效明显", "不断加强", "取得新进展", "加快推进", "更加完善", "明显改善", "扎实推进")
# kinds of entity sentences (see _Doc.entity_sentence) that suit each theme
_ENTITY_KINDS = {"econ": (0, 2, 4, 15, 1), "industry": (1, 2, 13, 14, 0, 4), "innovation": (7, 13, 14, 4, 7),
                 "reform": (4, 14, 15, 4), "open": (1, 5, 6, 8, 2), "projects": (0, 3, 11, 1, 0),
                 "urban": (11, 0, 3, 9, 4), "rural": (10, 9, 6, 4, 10), "ecology": (0, 4, 9, 3),
                 "livelihood": (12, 6, 4, 15), "education": (12, 4, 12), "health": (12, 4, 0),
                 "culture": (5, 9, 10, 4), "safety": (4, 15, 9)}
_OUTCOMES = ("取得明显成效", "迈出坚实步伐", "实现新突破", "得到有效提升", "走在全市前列", "形成良好态势",
             "获得群众广泛认可", "取得阶段性成果")
_OPENERS = ("坚持稳中求进工作总基调", "坚持以人民为中心的发展思想", "坚持新发展理念", "坚持问题导向和目标导向",
            "坚持项目为王", "坚持系统观念", "坚持高质量发展", "牢固树立绿水青山就是金山银山理念")
_WAYS = ("聚焦短板弱项", "对标先进地区", "坚持规划引领", "强化政策支撑", "突出精准施策", "注重示范带动")
_PLAN_CUES = ("要", "将", "力争", "确保", "持续", "进一步", "着力", "加快")


def _adverb(rng: random.Random, action: str) -> str:
    return "" if action[:2] in _ADVERB_HEADS else rng.choice(_ADVERBS)


_ADVERB_HEADS = frozenset("深化 加快 推进 持续 着力 全面 扎实 大力 积极 稳步 深入 加强 强化 提升".split())


def _fmt(v: float, dec: int) -> str:
    s = f"{v:.{dec}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


class _Doc:
    """State while writing one document."""

    def __init__(self, rng: random.Random, w: World, year: int, genre: str) -> None:
        self.rng, self.w, self.year, self.genre = rng, w, year, genre
        self.prev = year - 1
        g = w.gov
        self.we = rng.choice(("我", "全", "全", "我"))  # 我区 / 全区
        self.lv = g.level
        self.gdp_prev = w.gdp2012 * (1 + w.trend / 100) ** (self.prev - 2012)
        self.growth_prev = self._growth(self.prev)
        self.used_projects: list[str] = []
        self.leads: dict[tuple[str, bool], list[str]] = {}
        self.decks: dict[tuple[str, bool], list[tuple]] = {}
        self.values: dict[tuple[str, bool], tuple[float, float]] = {}

    def _growth(self, year: int) -> float:
        base = self.w.trend - 0.25 * max(0, year - 2014)
        if year == 2020:
            base = self.rng.uniform(0.5, 4)
        elif year == 2022:
            base = min(base, self.rng.uniform(2, 5))
        return max(1.0, base + self.rng.uniform(-1.2, 1.2))

    # ----------------------------------------------------------------- names
    def me(self) -> str:
        return self.rng.choice(("我", "全", "全", "全", "本")) + self.lv

    def town(self) -> str:
        return self.rng.choice(self.w.towns)

    def towns(self, k: int) -> str:
        return "、".join(self.rng.sample(self.w.towns, min(k, len(self.w.towns))))

    def zone(self) -> str:
        return self.rng.choice(self.w.zones)

    def company(self) -> str:
        return self.rng.choice(self.w.companies)

    def project(self) -> str:
        p = self.rng.choice(self.w.projects)
        self.used_projects.append(p)
        return p

    def policy(self) -> str:
        r = self.rng.random()
        g = self.w.gov
        if r < 0.35:
            return self.rng.choice(_NATIONAL_POLICIES)
        if r < 0.5:
            return _REGIONAL.get(g.province or g.city, "区域协调发展战略")
        if r < 0.7:
            return f"《{g.name}{self.rng.choice(_CAMPAIGNS)}实施方案》"
        if r < 0.85:
            return self.rng.choice(_CAMPAIGNS) + "三年行动计划"
        return self.rng.choice(_CAMPAIGNS) + "攻坚行动"

    def amount(self, ind: tuple, year: int) -> float:
        name, unit, lo, hi, dec, style, _ = ind
        if style == "amt":
            gdp = self.gdp_prev if year == self.prev else self.gdp_prev * 1.07
            return gdp * (1.0 if name == "地区生产总值" else self.rng.uniform(lo, hi))
        return self.rng.uniform(lo, hi)

    # ----------------------------------------------------------------- measures
    def achieved(self, ind: tuple) -> str:
        rng = self.rng
        name, unit, lo, hi, dec, style, _ = ind
        me = self.me()
        v, gv = self.values.setdefault((name, False), (self.amount(ind, self.prev), rng.uniform(1.5, 14)))
        g = _fmt(gv if name != "地区生产总值" else self.growth_prev, 1)
        if style == "amt":
            u = unit
            val = _fmt(v, dec)
            return rng.choice((
                f"全年实现{name}{val}{u}，同比增长{g}%",
                f"{me}{name}达到{val}{u}，比上年增长{g}%",
                f"{name}完成{val}{u}，增长{g}%",
                f"{name}{val}{u}，增长{g}%，增速高于全市平均水平{_fmt(rng.uniform(0.2, 2.5), 1)}个百分点",
                f"完成{name}{val}{u}，同比增长{g}%",
            ))
        val = _fmt(v, dec)
        if style == "growth":
            return rng.choice((f"{name}增长{g}%", f"{me}{name}同比增长{g}%", f"{name}增速达到{g}%"))
        if style == "count":
            return rng.choice((f"全年{name}{val}{unit}", f"{me}{name}{val}{unit}", f"实现{name}{val}{unit}"))
        if style == "cap":
            return rng.choice((f"{name}为{val}%", f"{name}控制在{val}%以内", f"{name}{val}%"))
        if style == "income":
            return rng.choice((f"{name}达到{val}元，增长{g}%", f"{name}{val}元，同比增长{g}%"))
        if style == "down":
            return rng.choice((f"{name}下降{val}%", f"{name}比上年下降{val}%", f"超额完成{name}下降{val}%的目标任务"))
        if style == "pm":
            return rng.choice((f"{name}为{val}微克/立方米，同比下降{_fmt(rng.uniform(2, 15), 1)}%",
                               f"{name}降至{val}微克/立方米"))
        if style == "days":
            return rng.choice((f"{name}达到{val}天", f"全年{name}{val}天，同比增加{rng.randint(3, 30)}天"))
        if style == "rate":
            return rng.choice((f"{name}达到{val}%", f"{name}提高到{val}%", f"{name}达{val}%"))
        if style == "new":
            return rng.choice((f"新增{name}{val}{unit}", f"新认定{name}{val}{unit}", f"全年新增{name}{val}{unit}",
                               f"{name}总数达到{val}{unit}"))
        if style == "reach":
            return rng.choice((f"{name}达到{val}{unit}", f"{name}{val}{unit}，增长{g}%"))
        if style == "build":
            return rng.choice((f"新建{name}{val}{unit}", f"建成{name}{val}{unit}", f"新改建{name}{val}{unit}"))
        if style == "done":
            return rng.choice((f"完成{name}{val}{unit}", f"全年完成{name}{val}{unit}", f"实施{name}{val}{unit}"))
        if style == "village":
            return f"完成{name}村{val}{unit}"
        if style == "projects":
            inv = _fmt(self.gdp_prev * rng.uniform(0.1, 0.3), 1)
            return rng.choice((f"{val}个{name}完成投资{inv}亿元", f"实施{name}{val}{unit}，完成年度投资{inv}亿元"))
        if style == "relief":
            return f"发放各类救助资金{_fmt(rng.uniform(0.2, 3), 2)}亿元，惠及{name}{val}{unit}"
        if style == "monthly":
            return f"{name}提高到每人每月{val}元"
        return f"{name}{val}{unit}"

    def target(self, ind: tuple) -> str:
        rng = self.rng
        name, unit, lo, hi, dec, style, _ = ind
        v, gv = self.values.setdefault((name, True), (
            rng.uniform(lo, hi), rng.choice((5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 10)) if style in ("amt", "growth")
            else rng.uniform(3, 12)))
        g, val = _fmt(gv, 1), _fmt(v, dec)
        if style in ("amt", "growth"):
            return rng.choice((f"{name}增长{g}%左右", f"{name}增长{g}%以上", f"力争{name}增长{g}%",
                               f"{name}同比增长{g}%"))
        if style == "count":
            return rng.choice((f"{name}{val}{unit}以上", f"全年{name}{val}{unit}", f"{name}不少于{val}{unit}"))
        if style == "cap":
            return f"{name}控制在{val}%以内" if "失业" in name else f"{name}控制在{_fmt(rng.choice((3, 3, 3.5)), 1)}%左右"
        if style == "income":
            return rng.choice((f"{name}增长{g}%", f"{name}与经济增长基本同步"))
        if style == "down":
            return f"{name}下降{val}%"
        if style == "pm":
            return f"{name}控制在{val}微克/立方米以内"
        if style == "days":
            return f"{name}达到{val}天以上"
        if style == "rate":
            return rng.choice((f"{name}达到{val}%", f"{name}提高到{val}%", f"力争{name}达到{val}%"))
        if style in ("new", "reach"):
            return rng.choice((f"新增{name}{val}{unit}", f"{name}达到{val}{unit}以上"))
        if style in ("build", "done", "village"):
            return rng.choice((f"新建{name}{val}{unit}", f"完成{name}{val}{unit}", f"建成{name}{val}{unit}以上"))
        if style == "projects":
            return f"安排{name}{val}{unit}，年度计划投资{_fmt(self.gdp_prev * rng.uniform(0.1, 0.3), 1)}亿元"
        return f"{name}{val}{unit}"

    # ----------------------------------------------------------------- sentences
    def boiler(self, plan: bool, theme: str | None = None) -> str:
        rng = self.rng
        acts = _ACTIONS[theme or rng.choice(_THEME_NAMES)]
        a, b = rng.sample(acts, 2)
        parts = [_adverb(rng, a) + a, _adverb(rng, b) + b]
        r = rng.random()
        if r < 0.25:
            parts.insert(0, rng.choice(_OPENERS))
        elif r < 0.45:
            parts.insert(0, rng.choice(_WAYS))
        elif plan and rng.random() < 0.5:
            parts[0] = rng.choice(_PLAN_CUES) + a
            return "，".join(parts) + rng.choice(("。", "，推动各项工作落地见效。", "，确保取得实效。"))
        return "，".join(parts) + rng.choice(("。", f"，{rng.choice(_OUTCOMES)}。"))

    def entity_sentence(self, theme: str, plan: bool) -> str:
        rng = self.rng
        w, g = self.w, self.w.gov
        me = self.me()
        r = rng.choice(_ENTITY_KINDS[theme]) if rng.random() < 0.8 else rng.randrange(16)
        inv = _fmt(rng.uniform(1, 80), 1)
        if r == 0:
            p1, p2 = self.project(), self.project()
            if plan:
                return f"加快推进{p1}、{p2}等项目建设，力争年内{rng.choice(('建成投用', '主体完工', '开工建设'))}。"
            return f"{p1}{rng.choice(('建成投用', '竣工投产', '主体完工', '开工建设'))}，{p2}进展顺利。"
        if r == 1:
            c, z = self.company(), self.zone()
            verb = "签约落户" if rng.random() < 0.3 else "落户"
            r2 = rng.random()
            if r2 < 0.35:
                return f"{c[:2]}{rng.choice(_PRODUCTS)}项目{verb}{z}，总投资{inv}亿元。"
            if r2 < 0.6:
                return f"由{c}投资建设的{rng.choice(_PRODUCTS)}项目{verb}{z}，总投资{inv}亿元。"
            return f"引进{c}等一批龙头企业，{c}{verb}{z}。"
        if r == 2:
            z = self.zone()
            rev, gr = self.values.setdefault((z, plan), (rng.uniform(40, 800), rng.uniform(3, 25)))
            if plan:
                return f"推动{z}扩区提质，力争{z}营业收入突破{_fmt(rev, 0)}亿元。"
            return f"{z}实现营业收入{_fmt(rev, 1)}亿元，同比增长{_fmt(gr, 1)}%。"
        if r == 3:
            p = self.project()
            area, total = w.sites[p][1:]
            return f"{p}位于{w.sites[p][0]}，占地{area}亩，{'计划' if plan else ''}总投资{_fmt(total, 1)}亿元。"
        if r == 4:
            pol = self.policy()
            made = f"{'制定' if plan else '出台'}{pol}" if pol.startswith("《") else f"深入推进{pol}"
            return rng.choice((f"深入实施{pol}，{self.boiler(plan, theme)}", f"全面落实{pol}。",
                               f"{made}，{self.boiler(plan, theme)}"))
        if r == 5:
            ev = f"第{_CN_ORD[rng.randint(2, 15)]}届{w.festival}" if rng.random() < 0.6 else w.expo
            if plan:
                return f"办好{ev}，打响“{g.short}{rng.choice(('好风光', '好味道', '智造'))}”品牌。"
            return f"成功举办{ev}，签约项目{rng.randint(8, 60)}个，协议投资{inv}亿元。"
        if r == 6:
            pair = w.pair
            n = rng.randint(5, 40)
            return rng.choice((f"扎实开展与{pair}对口帮扶，选派干部{n}名，投入帮扶资金{_fmt(rng.uniform(500, 9000), 0)}万元。",
                               f"{'深化' if plan else '持续推进'}与{pair}东西部协作和对口支援工作。",
                               f"与{pair}开展结对帮扶，实施帮扶项目{n}个。"))
        if r == 7:
            c, inst = self.company(), rng.choice(w.institutions[:3])
            return f"支持{c}与{inst}开展产学研合作，共建{rng.choice(_INDUSTRIES)}联合实验室。"
        if r == 8:
            return f"{'积极' if plan else ''}与{w.partner_city}开展产业合作，{self.boiler(plan)}"
        if r == 9:
            t1 = self.towns(rng.randint(2, 3))
            return rng.choice((f"{t1}{'加快' if plan else ''}建设省级特色产业强镇。",
                               f"支持{t1}等街镇发挥比较优势，{rng.choice(_ACTIONS[theme])}。",
                               f"{self.town()}成功创建全国{rng.choice(('文明村镇', '卫生乡镇', '农业产业强镇'))}。"))
        if r == 10:
            v = rng.choice(w.villages)
            t = self.town()
            return f"{t}{v}{rng.choice(('入选省级美丽乡村示范村', '获评全国乡村治理示范村', '集体经济年收入突破100万元'))}。"
        if r == 11:
            roads = "、".join(rng.sample(w.roads, 2))
            return f"{'实施' if plan else '完成'}{roads}等道路建设，{'新增' if not plan else '新建'}城市道路{_fmt(rng.uniform(3, 40), 1)}公里。"
        if r == 12:
            inst = rng.choice(w.institutions)
            return f"{inst}{rng.choice(('新校区', '新院区', '综合楼'))}{'开工建设' if plan else '投入使用'}。"
        if r == 13:
            z = self.zone()
            return f"{z}{rng.choice(('获批省级', '成功创建国家级', '入选省级'))}{rng.choice(('高新技术产业化基地', '新型工业化产业示范基地', '农业科技园区'))}。"
        if r == 14:
            c = self.company()
            return f"{c}{rng.choice(('成功上市', '入选国家级专精特新“小巨人”企业', '获评省级企业技术中心', '营业收入突破百亿元'))}。"
        return f"{me}{self.boiler(plan, theme)}"

    def measure_sentence(self, theme: str, plan: bool) -> str:
        rng = self.rng
        deck = self.decks.setdefault((theme, plan), rng.sample(_THEME_INDICATORS[theme], len(_THEME_INDICATORS[theme]))
                                     if theme in _THEME_INDICATORS else [])
        if not deck:
            return self.entity_sentence(theme, plan)
        inds = [deck.pop() for _ in range(min(len(deck), rng.randint(1, 3)))]
        f = self.target if plan else self.achieved
        body = "，".join(f(i) for i in inds)
        if plan and rng.random() < 0.3:
            body = rng.choice(("全年", "年内", "确保")) + body
        return body + "。"

    def paragraph(self, theme: str, plan: bool, style: str, k: int) -> str:
        rng = self.rng
        n = rng.randint(4, 9)
        sents = []
        for _ in range(n):
            r = rng.random()
            if r < 0.36:
                sents.append(self.measure_sentence(theme, plan))
            elif r < 0.72:
                sents.append(self.entity_sentence(theme, plan))
            else:
                sents.append(self.boiler(plan, theme if rng.random() < 0.7 else None))
        body = "".join(sents)
        lead = self.lead(theme, plan)
        if style == "lead":
            return f"{lead}。{body}"
        if style == "item":
            return f"{k}.{lead}。{body}"
        if style == "enum":
            ords = ["一是", "二是", "三是", "四是", "五是"]
            return "".join(f"{ords[j]}{s[:-1]}；" for j, s in enumerate(sents[:5]))[:-1] + "。"
        return body

    def lead(self, theme: str, plan: bool) -> str:
        """A paragraph's short theme sentence, not repeated within the document while any is left."""
        rng = self.rng
        key = (theme, plan)
        if not self.leads.get(key):
            t = _THEMES[theme]
            made = [*t[3]] + list(_ACTIONS[theme]) if plan else [*t[2]] + [o + rng.choice(_STATES) for o in t[4]]
            rng.shuffle(made)
            self.leads[key] = made
        return self.leads[key].pop()

    # ----------------------------------------------------------------- parts
    def review_section(self, theme: str, budget: int, style: str) -> list[str]:
        out: list[str] = []
        size = 0
        k = 1
        while size < budget:
            p = self.paragraph(theme, False, style, k)
            out.append(p)
            size += len(p)
            k += 1
        return out

    def plan_section(self, theme: str, budget: int, style: str) -> list[str]:
        out: list[str] = []
        size = 0
        k = 1
        while size < budget:
            p = self.paragraph(theme, True, style, k)
            out.append(p)
            size += len(p)
            k += 1
        return out

    def targets_paragraph(self) -> str:
        rng = self.rng
        inds = [i for i in _INDICATORS if i[5] in ("amt", "growth", "cap", "income", "down", "rate", "count")]
        chosen = [_INDICATORS[0]] + rng.sample(inds[1:], rng.randint(5, 9))
        items = "；".join(self.target(i) for i in chosen)
        me = self.me()
        return rng.choice((f"{self.year}年{me}经济社会发展的主要预期目标是：{items}。",
                           f"综合考虑各方面因素，建议{self.year}年主要预期目标为：{items}。",
                           f"今年经济社会发展的主要预期目标是：{items}。"))

    def problems(self) -> str:
        rng = self.rng
        items = rng.sample(("经济增长新动能支撑不足", "产业结构不够优化", "重大项目储备不足", "科技创新能力不强",
                            "财政收支平衡压力较大", "民生领域还有不少短板", "生态环境治理任务依然艰巨",
                            "营商环境与群众期待仍有差距", "安全生产基础还不够牢固", "城乡区域发展不平衡"), 4)
        return (f"在肯定成绩的同时，我们也清醒地看到，发展中还存在不少困难和问题：{'；'.join(items)}。"
                f"对此，我们将采取更加有力的措施，认真加以解决。")


def _sections(rng: random.Random, n: int) -> list[str]:
    themes = list(_THEME_NAMES)
    rng.shuffle(themes)
    first = [t for t in ("econ", "industry") if t in themes[: n + 2]]
    rest = [t for t in themes if t not in first]
    return (first + rest)[:n]


def _heading(rng: random.Random, theme: str, plan: bool, k: int, punct: bool) -> str:
    h = rng.choice(_THEMES[theme][1 if plan else 0])
    return f"（{_CN_ORD[k]}）{h}{'。' if punct else ''}"


def _meeting(rng: random.Random, w: World, year: int) -> tuple[str, str]:
    term = w.term_base + (year - 2012) // 5
    session = (year - 2012) % 5 + 1
    day = rng.randint(5, 28)
    month = rng.choice((1, 1, 1, 2))
    where = f"{w.gov.full}第{_CN_ORD[term]}届人民代表大会第{_CN_ORD[session]}次会议"
    return f"{year}年{month}月{day}日", where


def _body(d: _Doc, target: int, part_heads: Sequence[str], style_review: str, style_plan: str,
          sec_punct: bool, targets_part: bool) -> list[str]:
    """Review part, optional targets part, tasks part; section budgets share *target* characters."""
    rng = d.rng
    lines: list[str] = []
    n_rev, n_plan = rng.randint(4, 7), rng.randint(5, 8)
    per = max(300, target // (n_rev + n_plan + 1))
    lines.append(part_heads[0])
    lines.append(f"{d.prev}年，{d.me()}{rng.choice(_OPENERS)}，{d.boiler(False)}")
    for k, theme in enumerate(_sections(rng, n_rev), start=1):
        lines.append(_heading(rng, theme, False, k, sec_punct))
        lines.extend(d.review_section(theme, int(per * rng.uniform(0.7, 1.3)), style_review))
    lines.append(d.problems())
    idx = 1
    if targets_part:
        lines.append(part_heads[idx])
        lines.append(f"{d.year}年是{rng.choice(('全面贯彻落实党的重要会议精神的关键之年', '实施规划承上启下的关键之年', '推动高质量发展的攻坚之年'))}。{d.boiler(True)}")
        lines.append(d.targets_paragraph())
        idx += 1
    lines.append(part_heads[idx])
    if not targets_part:
        lines.append(d.targets_paragraph())
    for k, theme in enumerate(_sections(rng, n_plan), start=1):
        lines.append(_heading(rng, theme, True, k, sec_punct))
        lines.extend(d.plan_section(theme, int(per * rng.uniform(0.7, 1.3)), style_plan))
    return lines


def _closing(d: _Doc) -> str:
    return (f"{d.rng.choice(('各位代表', '同志们'))}，{d.year}年{d.me()}改革发展稳定任务艰巨繁重。"
            f"让我们{d.rng.choice(('更加紧密地团结在以习近平同志为核心的党中央周围', '坚定信心、真抓实干'))}，"
            f"{d.boiler(True)[:-1]}，为{d.rng.choice(('全面建设社会主义现代化', '奋力谱写高质量发展新篇章'))}而努力奋斗！")


# --------------------------------------------------------------------------- layouts
def _layout_portal(d: _Doc, target: int) -> list[str]:
    """A plan as a portal page copies it: metadata table, the notice, the plan (like the Xiqing plan)."""
    rng, w, g = d.rng, d.w, d.w.gov
    date = f"{d.year}年{rng.choice((1, 2, 3))}月{rng.randint(1, 28)}日"
    title = f"{g.name}{d.year}年国民经济和社会发展计划"
    notice = f"{g.full}人民政府关于印发{title}的通知"
    num = f"{g.short}政发〔{d.year}〕{rng.randint(1, 30)}号"
    _, meeting = _meeting(rng, w, d.year)
    head = [f"名 称 :{notice}", f"索 引 号 :{w.code}/{d.year}-{rng.randint(10000, 99999)} 发 布 机 构 :{g.full}人民政府",
            f"发 文 字 号 :{num}主 题 :综合政务\\计划", f"成 文 日 期 :{date} 发 文 日 期 :{date}",
            "有 效 性 :" + ("有效" if d.year >= 2023 else "失效"), notice,
            f"各{'镇人民政府、街道办事处' if g.level == '区' else '乡镇人民政府'}，{g.name}政府各委、办、局，各直属单位：",
            f"现将{meeting}审议通过的《{title}》印发给你们，请认真贯彻落实。", f"{g.name}人民政府", date,
            "（此件主动公开）", title]
    parts = (f"一、{d.prev}年国民经济和社会发展计划执行情况", f"二、{d.year}年国民经济和社会发展的主要目标",
             f"三、{d.year}年国民经济和社会发展的主要任务")
    targets = rng.random() < 0.5
    body = _body(d, target, parts if targets else (parts[0], f"二、{d.year}年国民经济和社会发展的主要目标任务"),
                 "lead", "lead", True, targets)
    return head + body + [d.boiler(True)]


def _layout_report(d: _Doc, target: int) -> list[str]:
    """A work report: title, date line, speaker, 各位代表, parts with 一、, items 1. 2."""
    rng, w, g = d.rng, d.w, d.w.gov
    date, meeting = _meeting(rng, w, d.year)
    title = rng.choice(("政府工作报告", f"{g.name}{d.year}年政府工作报告", f"{g.name}人民政府工作报告"))
    head = [title, f"——{date}在{meeting}上", f"{g.name}{g.level}长 {w.head_name}", "各位代表：",
            f"现在，我代表{g.name}人民政府，向大会报告工作，请予审议，并请{g.level}政协委员和其他列席人员提出意见。"]
    parts = (f"一、{d.prev}年工作回顾", f"二、{d.year}年{rng.choice(('工作安排', '重点工作', '主要任务'))}")
    body = _body(d, target, parts, rng.choice(("lead", "plain", "enum")), "item", False, False)
    gov_part = ["三、全面加强政府自身建设", d.boiler(True), d.boiler(True), _closing(d)]
    return head + body + gov_part


def _layout_execution(d: _Doc, target: int) -> list[str]:
    """计划执行情况与计划草案的报告: date line first, a director speaks, four parts, 第一部分 style or 一、."""
    rng, w, g = d.rng, d.w, d.w.gov
    date, meeting = _meeting(rng, w, d.year)
    title = (f"关于{g.name}{d.prev}年国民经济和社会发展计划执行情况与{d.year}年国民经济和社会发展计划草案的报告")
    head = [title, f"——{date}在{meeting}上", f"{g.name}发展和改革局局长 {w.dev_name}", "各位代表：",
            f"受{g.name}人民政府委托，现将{g.name}{d.prev}年国民经济和社会发展计划执行情况与{d.year}年计划草案"
            "提请大会审议，请各位代表和列席人员提出意见。"]
    if rng.random() < 0.5:
        parts = (f"第一部分 {d.prev}年国民经济和社会发展计划执行情况",
                 f"第二部分 {d.year}年经济社会发展的总体要求和主要目标",
                 f"第三部分 {d.year}年经济社会发展的主要任务")
    else:
        parts = (f"一、{d.prev}年国民经济和社会发展计划执行情况", f"二、{d.year}年经济社会发展的总体要求和主要目标",
                 f"三、{d.year}年经济社会发展的主要任务")
    body = _body(d, target, parts, rng.choice(("item", "lead")), rng.choice(("item", "lead")), rng.random() < 0.5, True)
    return head + body + [_closing(d)]


def _layout_bare(d: _Doc, target: int) -> list[str]:
    """A report without numbered parts: year headings alone on their line, sections （一）, items 1."""
    rng, w, g = d.rng, d.w, d.w.gov
    date, meeting = _meeting(rng, w, d.year)
    title = f"{g.full}{d.year}年政府工作报告"
    head = [title, f"——{date}", f"在{meeting}上", "各位代表：",
            f"现在，我代表{g.name}人民政府，向大会报告工作，请予审议。"]
    parts = (f"{d.prev}年工作回顾", f"{d.year}年主要目标任务")
    body = _body(d, target, parts, "plain", rng.choice(("item", "enum")), False, False)
    return head + body + [_closing(d)]


def _layout_plan_plain(d: _Doc, target: int) -> list[str]:
    """A plan printed alone: title and signature date, parts 一、二、三、 and a closing paragraph."""
    rng, g = d.rng, d.w.gov
    title = f"{g.full}{d.year}年国民经济和社会发展计划"
    head = [title, f"{g.full}发展和改革{'局' if rng.random() < 0.7 else '委员会'}", f"（{d.year}年{rng.randint(1, 2)}月）"]
    parts = (f"一、{d.prev}年计划执行情况回顾", f"二、{d.year}年发展的指导思想和主要目标",
             f"三、{d.year}年重点工作安排")
    body = _body(d, target, parts, rng.choice(("lead", "enum")), rng.choice(("lead", "item")), True, True)
    return head + body + [d.boiler(True)]


_LAYOUTS: dict[str, tuple[tuple[str, Callable[[_Doc, int], list[str]]], ...]] = {
    "计划报告": (("portal", _layout_portal), ("plan-plain", _layout_plan_plain), ("execution", _layout_execution)),
    "政府工作报告": (("report", _layout_report), ("bare", _layout_bare)),
    "计划执行情况": (("execution", _layout_execution), ("plan-plain", _layout_plan_plain)),
}
_YEARS = tuple(range(2013, 2025))
_GENRE_NAMES = tuple(GENRES)


def _assignment(i: int, seed: int) -> tuple[Government, int, str]:
    """Document *i*: three consecutive documents per government, then the next; rounds shift years."""
    order = list(GOVERNMENTS)
    random.Random(f"xqgraph-synthetic:{seed}:order").shuffle(order)
    g = len(order)
    block, slot = divmod(i, 3)
    rnd, gi = divmod(block, g)
    gov = order[gi]
    year = _YEARS[(gi * 5 + rnd * 3 + slot * 4) % len(_YEARS)]
    genre = _GENRE_NAMES[(slot + rnd + gi) % 3]
    return gov, year, genre


def document(i: int, seed: int = 0) -> tuple[str, dict[str, str]]:
    """Document *i* of the corpus of *seed*: its text and its manifest row."""
    gov, year, genre = _assignment(i, seed)
    rng = random.Random(f"xqgraph-synthetic:{seed}:doc:{i}")
    w = world(gov, seed)
    d = _Doc(rng, w, year, genre)
    target = int(min(25000, max(8000, rng.triangular(8000, 25000, 11000))))
    name, layout = rng.choice(_LAYOUTS[genre])
    lines = layout(d, target - 600)
    text = "\n".join(lines) + "\n"
    while len(text) < 8000:  # sections came out short: one more task paragraph before the closing
        lines.insert(-1, d.paragraph(rng.choice(_THEME_NAMES), True, "lead", 0))
        text = "\n".join(lines) + "\n"
    while len(text) > 25000:  # trim whole paragraphs from the plan part's end, never the headers
        lines.pop(-2)
        text = "\n".join(lines) + "\n"
    stem = f"{gov.slug}-{year}-{GENRES[genre]}-{i:05d}"
    row = {"i": str(i), "file": stem + ".txt", "government": (gov.province or "") + gov.full, "year": str(year),
           "genre": genre, "layout": name, "chars": str(len(text))}
    return text, row


def _write(args: tuple[int, int, str]) -> dict[str, str]:
    i, seed, out = args
    text, row = document(i, seed)
    Path(out, row["file"]).write_bytes(text.encode("utf-8"))
    return row


def generate(n: int, out_dir: Path, seed: int = 0, *, jobs: int = 1) -> list[Path]:
    """Write *n* documents and ``manifest.tsv`` into *out_dir*; return the document paths in order.

    *jobs* > 1 writes with that many processes; the bytes do not depend on it.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    work = [(i, seed, str(out_dir)) for i in range(n)]
    if jobs > 1 and n > 50:
        import multiprocessing

        with multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn").Pool(jobs) as pool:
            rows = pool.map(_write, work, chunksize=max(1, n // (jobs * 8)))
    else:
        rows = [_write(a) for a in work]
    cols = ("i", "file", "government", "year", "genre", "layout", "chars")
    manifest = "\t".join(cols) + "\n" + "".join("\t".join(r[c] for c in cols) + "\n" for r in rows)
    (out_dir / "manifest.tsv").write_bytes(manifest.encode("utf-8"))
    return [out_dir / r["file"] for r in rows]


def _self_check() -> None:
    """Determinism, lengths, layouts and shared names on a small sample (no files written)."""
    texts = [document(i, 7)[0] for i in range(40)]
    assert texts == [document(i, 7)[0] for i in range(40)], "not deterministic"
    assert document(0, 7)[0] != document(0, 8)[0], "seed has no effect"
    assert len(set(texts)) == len(texts)
    lengths = [len(t) for t in texts]
    assert 8000 <= min(lengths) and max(lengths) <= 25000, (min(lengths), max(lengths))
    assert len({document(i, 7)[1]["layout"] for i in range(40)}) >= 4
    holders = [g for g in GOVERNMENTS if "新华街道" in world(g, 7).towns]
    assert len(holders) >= 2


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of documents")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=1, help="processes (output does not depend on it)")
    ap.add_argument("--no-check", action="store_true", help="skip the quick self-check before writing")
    args = ap.parse_args(argv)
    if not args.no_check:
        _self_check()
    start = time.perf_counter()
    paths = generate(args.n, args.out_dir, args.seed, jobs=args.jobs)
    took = time.perf_counter() - start
    chars = sum(int(line.split("\t")[6]) for line in
                (args.out_dir / "manifest.tsv").read_text("utf-8").splitlines()[1:])
    print(f"{len(paths)} documents, {chars} characters in {took:.1f} s -> {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
