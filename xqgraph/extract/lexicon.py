"""Word lists the extraction grammars share: heads of names, stop words.

These are general words of Chinese policy writing (name heads such as 开发区,
governing verbs such as 实施), never names taken from a particular document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from xqgraph.model import EntityType, PlaceLevel

__all__ = ["Head", "HEADS", "NATIONAL_STRATEGIES", "STOP_TAGS", "QUOTE_SUFFIXES", "GENERIC_COMPOUNDS", "COMPONENT", "HARD_STOPS", "LEADING_TRIM", "GENERIC_NAMES", "GENERIC_WORDS", "PROPER_TAGS"]


@dataclass(frozen=True)
class Head:
    """A name head: the suffix that types a name (…开发区 → Zone)."""

    suffix: str
    type: EntityType
    level: PlaceLevel | None = None
    proper: bool = True  # the modifier needs a proper-noun-like word
    min_modifier: int = 2  # characters before the suffix
    max_len: int = 18
    also: tuple[EntityType, ...] = ()  # other acceptable types of such names
    whole_token: bool = False  # the suffix must be a token of its own (河长 制, not 控制)
    needs_quote: bool = False  # only quoted names: “河长制”工作机制 is named, 长效管护机制 describes
    not_after: tuple[str, ...] = ()  # what makes the suffix part of a common word when it stands right before it
    not_before: tuple[str, ...] = ()  # words that make the suffix a verb when they follow it (规划建设: plan and build)


_Z, _P, _O, _PO, _E, _PL = (
    EntityType.ZONE, EntityType.PROJECT, EntityType.ORGANIZATION,
    EntityType.POLICY, EntityType.EVENT, EntityType.PLACE,
)

_CAMPUSES = ("分校", "校区", "院区", "分院")  # 附属中学新城分校: the place names a campus, no zone

HEADS: tuple[Head, ...] = (
    # places below the county level (the gazetteer covers the levels above)
    Head("镇", _PL, PlaceLevel.TOWN, min_modifier=2, max_len=5),
    Head("乡", _PL, PlaceLevel.TOWN, min_modifier=2, max_len=5),
    Head("街道", _PL, PlaceLevel.SUBDISTRICT, min_modifier=2, max_len=6),
    Head("村", _PL, PlaceLevel.VILLAGE, min_modifier=2, max_len=5),
    Head("社区", _PL, PlaceLevel.VILLAGE, min_modifier=2, max_len=6),
    Head("嘎查", _PL, PlaceLevel.VILLAGE, min_modifier=2, max_len=8),  # a village in Inner Mongolia: 巴音乌苏嘎查
    Head("运河", _PL, proper=False, min_modifier=1, max_len=6),
    Head("河", _PL, min_modifier=2, max_len=6),
    # zones
    Head("经济技术开发区", _Z, proper=False), Head("高新技术产业开发区", _Z, proper=False),
    Head("开发区", _Z, not_before=_CAMPUSES), Head("经开区", _Z, proper=False, not_before=_CAMPUSES), Head("综保区", _Z, proper=False), Head("示范区", _Z, proper=False, min_modifier=4), Head("商务区", _Z, proper=False), Head("商贸区", _Z, proper=False),
    Head("功能区", _Z), Head("新区", _Z, max_len=8, not_before=_CAMPUSES), Head("园区", _Z), Head("产业园", _Z), Head("工业园", _Z),
    Head("科技园", _Z), Head("创业园", _Z), Head("物流园", _Z), Head("创新园", _Z), Head("软件园", _Z), Head("文创园", _Z),
    Head("科创园", _Z), Head("双创园", _Z), Head("孵化园", _Z), Head("分园", _Z, proper=False), Head("新城", _Z, proper=False, not_before=_CAMPUSES),
    Head("辅城", _Z, proper=False), Head("小镇", _Z, proper=False, min_modifier=3),
    Head("文化带", _Z, proper=False), Head("发展带", _Z, proper=False), Head("生态带", _Z, proper=False),
    Head("经济带", _Z, proper=False), Head("活力区", _Z, proper=False), Head("先行区", _Z, proper=False, min_modifier=4),
    Head("试验区", _Z, proper=False, min_modifier=4), Head("实验区", _Z, proper=False, min_modifier=4),
    Head("合作区", _Z, proper=False, min_modifier=4),
    Head("集聚区", _Z, proper=False, min_modifier=4), Head("保税区", _Z), Head("经济区", _Z, proper=False, min_modifier=4),
    Head("自贸区", _Z), Head("自由贸易试验区", _Z, proper=False),
    Head("科学城", _Z), Head("科技城", _Z), Head("知识城", _Z), Head("生态城", _Z), Head("航空城", _Z), Head("汽车城", _Z),
    Head("创新区", _Z, proper=False, min_modifier=4), Head("先导区", _Z, proper=False, min_modifier=4),
    Head("引领区", _Z, proper=False, min_modifier=4), Head("起步区", _Z, proper=False, min_modifier=4),
    Head("科创区", _Z, proper=False), Head("走廊", _Z, proper=False),  # 甬江科创区, G60科创走廊
    Head("铁路港", _Z), Head("物流港", _Z), Head("空港", _Z), Head("陆港", _Z), Head("港区", _Z),  # 青白江国际铁路港
    Head("度假区", _Z), Head("片区", _Z), Head("高新区", _Z, not_before=_CAMPUSES),
    # business districts and streets, port areas, a city's sub-centres: 湖南路商圈, 颐和路历史文化街区, 志城作业区
    Head("商圈", _Z), Head("街区", _Z), Head("步行街", _Z, also=(_P,)), Head("美食街", _Z, also=(_P,)),
    Head("作业区", _Z, also=(_P,)), Head("投资区", _Z), Head("自由贸易港", _Z, proper=False), Head("自贸港", _Z),
    Head("城市圈", _Z, min_modifier=2, also=(EntityType.POLICY,)),
    Head("集中区", _Z), Head("工业区", _Z), Head("生态区", _Z), Head("保护区", _Z, also=(_PL,)),  # 攸县工业集中区, 自然保护区
    Head("景区", _Z, also=(_PL,)), Head("风景区", _Z, also=(_PL,)), Head("名胜区", _Z, also=(_PL,)),
    Head("旅游区", _Z, also=(_PL,)), Head("大湾区", _Z, proper=False, min_modifier=2),
    Head("经济圈", _Z, min_modifier=2, also=(EntityType.POLICY,)), Head("都市圈", _Z, min_modifier=2, also=(EntityType.POLICY,)),
    Head("城市群", _Z, min_modifier=2, also=(EntityType.POLICY,)),
    # projects and facilities
    Head("路", _P, max_len=8, not_before=("港",)), Head("道", _P, max_len=5, whole_token=True), Head("大街", _P, max_len=8), Head("大道", _P, max_len=8),
    Head("号线", _P, proper=False, min_modifier=1, max_len=8), Head("线", _P, min_modifier=2, max_len=12), Head("站", _P, max_len=8),
    Head("公路", _P, max_len=12, not_before=("港",)), Head("综合体", _P, max_len=12), Head("高铁", _P, max_len=10), Head("国道", _P, proper=False, min_modifier=2, max_len=8), Head("省道", _P, proper=False, min_modifier=2, max_len=8), Head("高速", _P, max_len=8, not_before=tuple("发展 增长 运行 运转 推进 扩张 崛起 前进".split())),
    Head("工程", _P, proper=False, min_modifier=2, also=(EntityType.POLICY,),
         not_before=("研究", "技术", "师", "学院", "大学")),  # 奇瑞汽车工程研究总院, 工程技术研究中心
    Head("项目", _P, proper=False, min_modifier=6, also=(_PO,)),
    # 市人民医院, 育才小学: a school's or hospital's name is often made of common words
    Head("医院", _P, proper=False, also=(_O,)), Head("中学", _P, proper=False, also=(_O,)),
    Head("小学", _P, proper=False, also=(_O,)), Head("保健院", _P, proper=False, also=(_O,)),
    Head("幼儿园", _P, proper=False, min_modifier=2, also=(_O,)), Head("公园", _P), Head("厂", _P, max_len=12, also=(_O,)),
    Head("基地", _Z, min_modifier=4, also=(_P, _PO)), Head("图书馆", _P), Head("体育馆", _P), Head("博物馆", _P),
    Head("水库", _P, max_len=10, also=(_PL,)), Head("枢纽", _P, max_len=14, not_after=tuple("交通 航运 物流 门户 国际 信息 能源 航空 铁路 陆海 开放".split())), Head("干渠", _P, max_len=12),  # 白马航电枢纽
    # buildings and plants: 苏宁环球大厦, 凤凰国际书城, …人民医院门急诊综合楼, 农光互补光伏电站, 桃浦中央绿地
    # markets, wharves, fishing ports, duty-free malls, generating units: 金渠镇农贸市场, 南山港公务码头, 崖州中心渔港
    *(Head(market, _P, max_len=14) for market in "农贸市场 批发市场 集贸市场 菜市场 专业市场 交易市场".split()),
    Head("码头", _P, max_len=12), Head("渔港", _P, max_len=10), Head("免税城", _P, max_len=12),
    Head("大厦", _P, max_len=10, also=(_PL,)), Head("书城", _P, max_len=10), Head("电站", _P, max_len=16),
    Head("综合楼", _P, max_len=18), Head("门诊楼", _P, max_len=18), Head("住院楼", _P, max_len=18),
    Head("教学楼", _P, max_len=18), Head("绿地", _P, max_len=10),
    Head("机场", _P, max_len=10), Head("航站楼", _P, max_len=16), Head("广场", _P, max_len=10, also=(_PL,)), Head("大桥", _P, max_len=12), Head("隧道", _P, max_len=12),
    # 宜宾市文化中心, 成都国际会议中心: a facility and the body running it (not 中心 as "central": 中心公园; nor a
    # role a city aims at: 国际金融中心, 城市副中心)
    Head("中心", _P, max_len=14, also=(_O,), not_after=tuple("副 金融 经济 航运 贸易 消费 科创 创新 政治 交往".split()),
         not_before=tuple("公园 广场 城区 城 区 医院 小学 中学 幼儿园 站 路 大道 大街 "
                                                              "村 镇 街道 社区 湖 河 岛 商务区 城市".split())),
    Head("门诊", _P, min_modifier=4), Head("西延", _P, proper=False, min_modifier=3),
    Head("东延", _P, proper=False, min_modifier=3), Head("南延", _P, proper=False, min_modifier=3),
    Head("北延", _P, proper=False, min_modifier=3),
    # organisations
    Head("公司", _O, proper=False, min_modifier=2, max_len=22), Head("集团", _O, proper=False, max_len=16), Head("研究院", _O), Head("研究总院", _O),
    Head("实验室", _O, also=(_P,)), Head("联盟", _O, proper=False, min_modifier=4), Head("管委会", _O, proper=False),
    Head("人民政府", _O, proper=False), Head("委员会", _O), Head("大学", _O), Head("学院", _O),
    Head("学校", _O, also=(_P,)), Head("服务处", _O, proper=False), Head("发展中心", _O, also=(_P,)), Head("基金", _O, proper=False, min_modifier=4, also=(_P,)),
    Head("母基金", _O, proper=False, min_modifier=2, also=(_P,)), Head("子基金", _O, proper=False, min_modifier=2, also=(_P,)),
    Head("局", _O, max_len=14), Head("厅", _O, min_modifier=2, max_len=12, not_after=tuple(
        "报告 多功能 功能 综合 会议 接待 宴会 展示 服务 营业 餐 大 客 展 舞 歌 门 音乐 咖啡 演播 演艺 放映 候车 候机 售票".split())),
    Head("办公室", _O, min_modifier=2, max_len=12, not_after=tuple("领导 机关 配备 标准 村委会 居委会 专班".split())),
    Head("委", _O, proper=False, min_modifier=3, max_len=8,
                                       not_after=tuple("省市区县镇乡村党各两工团纪常居")),  # 区委, 党委, 村两委, 常委, 居委
    Head("银行", _O, proper=False, min_modifier=2, max_len=14), Head("分行", _O, min_modifier=2, max_len=14),
    Head("支行", _O, min_modifier=2, max_len=16),
    Head("协会", _O, proper=False, min_modifier=3), Head("商会", _O, proper=False, min_modifier=2),
    Head("研究所", _O, proper=False, min_modifier=2), Head("法院", _O, proper=False, min_modifier=2),
    Head("检察院", _O, proper=False, min_modifier=2), Head("合作社", _O, min_modifier=2),
    Head("基金会", _O, proper=False, min_modifier=2), Head("办事处", _O, min_modifier=2), Head("部", _O, proper=False, min_modifier=2, max_len=4, whole_token=True),
    # policies
    Head("战略", _PO, proper=False), Head("计划", _PO, proper=False, min_modifier=4),
    Head("行动", _PO, proper=False, min_modifier=4), Head("改革", _PO, proper=False, min_modifier=4),
    Head("制度", _PO, proper=False, min_modifier=3, not_before=("创新", "优势", "成果")), Head("机制", _PO, min_modifier=2, needs_quote=True),
    Head("责任制", _PO, proper=False, min_modifier=2, max_len=10), Head("制", _PO, proper=False, min_modifier=2, max_len=5, whole_token=True),
    Head("革命", _PO, proper=False, min_modifier=2), Head("斗争", _PO, proper=False, min_modifier=4),

    Head("规划", _PO, min_modifier=4, not_before=("建设",)), Head("规划纲要", _PO, min_modifier=2), Head("攻坚战", _PO, proper=False), Head("普法", _PO, proper=False, min_modifier=2),
    Head("战略布局", _PO, proper=False), Head("总体布局", _PO, proper=False), Head("试验", _PO, proper=False, min_modifier=6),
    # events
    Head("大会", _E, proper=False, min_modifier=2, max_len=24), Head("会议", _E, proper=False, min_modifier=4, max_len=30),
    Head("党代会", _E, proper=False, min_modifier=1), Head("全会", _E, proper=False, min_modifier=3),
    Head("艺术节", _E, proper=False), Head("节", _E, proper=False, min_modifier=4, max_len=16), Head("文化节", _E, proper=False), Head("博览会", _E, proper=False),
    Head("活动", _E, proper=False, min_modifier=6, also=(_PO,)),
    Head("展览会", _E, proper=False, min_modifier=3, max_len=24), Head("交易会", _E, proper=False, min_modifier=3, max_len=24),
    Head("展销会", _E, proper=False, min_modifier=3, max_len=24), Head("洽谈会", _E, proper=False, min_modifier=3, max_len=24),
    Head("座谈会", _E, proper=False, min_modifier=4, max_len=24), Head("峰会", _E, proper=False, min_modifier=3, max_len=24), Head("年会", _E, proper=False, min_modifier=4, max_len=24), Head("论坛", _E, proper=False, min_modifier=4, max_len=24),
    Head("运动会", _E, proper=False, min_modifier=3, max_len=24),
    Head("自行车赛", _E, proper=False, min_modifier=3, max_len=24), Head("马拉松", _E, min_modifier=2, max_len=20),
    Head("公开赛", _E, proper=False, min_modifier=3, max_len=24), Head("邀请赛", _E, proper=False, min_modifier=3, max_len=24),
    Head("大赛", _E, min_modifier=4, max_len=24), Head("普查", _E, proper=False, min_modifier=4, max_len=16),
    # games known by their short names: 第十九届亚运会, 北京冬奥会
    *(Head(games, _E, proper=False, min_modifier=2, max_len=16) for games in "亚运会 亚残运会 大运会 全运会 奥运会 冬奥会 残奥会".split()), Head("锦标赛", _E, proper=False, min_modifier=3, max_len=24),
)

# words after which (reading leftwards) a name cannot go on
HARD_STOPS: frozenset[str] = frozenset(
    """实施 推进 推动 落实 加快 加速 加大 建成 启动 开展 打造 配合 完成 深化 创建 引进 新引进 引入 培育 坚持 贯彻
    全面落实 深入 积极 全面 大力 着力 持续 继续 进一步 不断 切实 努力 扎实 主动 强化 加强 围绕 依托 按照 通过 对接
    融入 服务 承接 参与 参加 出席 组织 举办 承办 召开 提请 提交 支持 鼓励 促进 提升 提高 优化 完善 健全 建立 构建 设立 制定 编制 开办 新增
    新建 筹建 规划建设 谋划 策划 推行 执行 做强 发挥 拓展 扩大 增强 巩固 确保 实现 达到 突破 以及 及 和 与 或 等 的 在
    于 对 向 为 将 把 由 从 以 是 有 赴 到 了 着 过 各 各类 一批 全区 全市 我区 本区 我市 本市 各镇 各街 共 年内 全年
    预计 计划 开工 竣工 投产 运营 改造提升 提升改造 新建提升 中的 之 其 该 这 这些 及其 并 并且 同时 还 也 都 已 已经
    落户 入驻 进驻 落地 签约 签订 签署 达成 举行 出台 印发 发布 开通 通车 获得 荣获 入选 代表 大力发展 积极发展 加快发展 现将 打好 做好 办好 抓好 用好 管好 保持 建立健全 明确 确定 认定 获批 获得 成功 成为 列入 纳入 加入 启用 投用 完成了 开展了 实施了 组织开展 全力 奋力 精心 重点 主要
    一是 二是 三是 四是 五是 六是 七是 八是 九是 十是 位于 地处 力争 争取 受 共建
    做大 做优 做实 做精 做细 做深 做活 做美 做亮 做足 做特 抓实 抓细 抓牢 擦亮 叫响 打响 实行
    争创 申创 创成 获评 评为 跻身 晋升 申报 申建 跃居 位居 位列 居于 跃升 组建 简称 以下简称
    高水平 高标准 高起点 全方位 助力 帮助 协助 推广 聚焦 聚力 更名 更名为 改名 抢抓 抢抓机遇""".split()
)
STOP_TAGS: frozenset[str] = frozenset({"w", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "p", "r", "d", "ad", "y", "e", "o", "q"})
# words that may stand inside a name but never begin one
LEADING_TRIM: frozenset[str] = frozenset(
    "建设 发展 改造 提升 治理 管理 推进 实施 加快 启动 一批 一流 新 各 等 和 及 与 我 为 对 由 在 好 打 做 抓 办 用 管 试点 保障 年 改扩建 新改扩建 扩建 改建 迁建 续建 "
    "成立 整合 重组 改组".split()
)
GENERIC_NAMES: frozenset[str] = frozenset(
    """园区 重点项目 龙头企业 一批项目 特色小镇 示范工业园区 工业园区 产业园区 城镇 乡镇 街镇 小城镇 城区 新城 新区 开发区
    示范区 道路 公路 线路 站点 工程 项目 医院 学校 中学 小学 幼儿园 公园 城市公园 基地 公司 集团 企业 部门 政府 战略
    计划 行动 改革 制度 机制 规划 会议 大会 活动 重大项目 基础设施 民生工程 示范工程 重点工程 配套工程 工程项目 建设项目
    科技创新项目 帮扶项目 示范项目 试点项目 乡村学校 公办幼儿园 行业协会 研究院 实验室 联盟 创新联盟 产业联盟 新兴产业联盟
    人民代表大会 代表大会 人大 党代会 全会 政协 管委会 委员会 大学 学院 局 部 责任制 长效机制 行动计划 总体规划 专项规划 三年行动计划 工作机制 分局 总部 本部 全部 内部 外部 东部 西部 南部 北部 中部 干部 高速 国道 公厕 村 社区 河""".split()
)
# modifiers that do not make a name on their own
GENERIC_WORDS: frozenset[str] = frozenset(
    """重点 示范 特色 工业 农业 城市 现代 各类 相关 有关 主要 新 大 小 优质 公办 民办 普惠性 乡村 农村 城乡 基层 国有 民营
    市场 产业 科技 创新 高端 新兴 服务 企业 综合 专项 基础 配套 美丽 和谐 文明 生态 绿色 低碳 智慧 数字 信息 文化 旅游
    教育 医疗 卫生 体育 养老 社会 经济 发展 建设 管理 提升 改造 扩建 改建 迁建 续建 新改建 一 二 三 四 五 六 七 八 九 十 两 多 几 新一代 联合 传统
    上市 外资 外商 合资 骨干 规上 规模以上 科技型 高新技术 龙头 头部 独角兽 瞪羚 基本 重大
    老旧 老旧小区 小区 棚户区 城中村 危房 农房 科创
    地方 区域 本地 区级 市级 国家级 省级 体制 行政 政府 公共 全国 国家 世界 国际 国内 跨国 行业 领域 中小 大型 小型 基础设施 道路 引才 储备 资产 投资 运营 资本 城市运营商 公立 跨国 长效 总体 行动 联动 布局
    中心 名 强 贫困 薄弱 历史 明星 先进 试点 首批 全域 A级 4A级 5A级
    县级 乡级 镇级 二级 三级 三甲 二甲 定点 方舱 互联网 专科 社区 初级 高级 职业 完全 寄宿制 普通 一贯制 九年一贯制 特殊 民族
    附近 周边 当地 全日制 义务教育 中心城区 城区 专班 工作专班 临时 传染病 精神病 精神卫生 干线 国省 国省干线 通村 通组 通户 旅游
    煤电 气电 房地产 劳动力 人力资源 金融 要素 消费 商品 农产品 二手车 期货 产权 人才 土地 港口 码头 乡镇 卫生院 冷链 跨境 电商 低空 商贸 快递 供应链 航运 物联网 车联网 区块链 云计算 大数据 人工智能 中央 预算内 专项债 赛事 体育赛事 文化活动 文体活动 光伏 风电 水电 火电 核电 储能 抽水蓄能 新能源 创业 创新创业 技能 职业技能 半程 全程 线上 全民健身 健身 群众 临空 换乘 始发 终点 中间""".split()
)
PROPER_TAGS: frozenset[str] = frozenset({"nr", "ns", "nrt", "nrfg", "nz", "nt", "x", "j", "eng", "Q"})

# words after a quoted slogan that make it a named initiative: “双万双服”活动
QUOTE_SUFFIXES: tuple[str, ...] = (
    "活动", "行动", "监管", "措施", "考核", "量化考核", "模式", "政策", "建设", "发展布局", "规划布局",
    "的规划布局", "的总体规划", "总体规划", "的总体布局", "工作", "国际合作",
    "主题教育", "主题活动", "倡议",
)

# common words that end in a head without being names: 城镇 is not a town
GENERIC_COMPOUNDS: frozenset[str] = frozenset(
    """城镇 乡镇 街镇 村镇 小城镇 集镇 圩镇 嘎查村 苏木镇 渠道 通道 频道 轨道 街道办 结合部 全部 内部 外部 总部 干部 本部 公路 道路 线路 站点
    电路 思路 出路 销路 门路 套路 弯路 老路 新路 退路 活路 回路 网路
    生产线 流水线 路线 红线 底线 防线 在线 一线 热线 专线 干线 主线 连线 沿线 界线 航线 管线 战线 前线 生命线
    岸线 海岸线 天际线 风景线 轮廓线 警戒线 起跑线 分界线 主轴线 中轴线
    环节 季节 细节 章节 关节 调节 春节 过节 情节 脱节
    机制 体制 控制 编制 限制 管制 抑制 强制 研制 复制 乡村 农村 新农村 山村 渔村 城乡 河道 航道 隧道 跑道 频道 赛道 大道理
    车站 驿站 加油站 充电站 换电站 公交站 首末站
    村寨 山寨 营寨 水寨 走村 进村 驻村 下村 入村 包村 到村 回村 名镇 名村 强镇 重镇 中心镇 重点镇 示范镇 中心村 重点村 示范村 特色村 贫困村 薄弱村 强村 景区
    餐厅 大厅 客厅 展厅 舞厅 歌厅 门厅 服务大厅 政务大厅 办事大厅 音乐厅 咖啡厅 宴会厅 会议厅 展示厅
    布局 格局 大局 开局 结局 当局 时局 变局 残局 棋局 饭局 骗局 赌局 终局
    深海 远海 近海 沿海 沿江 沿河 港湾 河山 江山 山河 锦绣河山 海湾 内河 外海 公海 领海""".split()
)

# what a name adds to a whole to name one of its parts: …西青分园, …西延, …二期, …母基金
COMPONENT = re.compile(r"^(?:.{0,4}(?:分园|分区|片区|分行|支行|段|母基金|子基金|支线)|.{2,4}至.{2,4}段|[东西南北]延(?:线|段)?|[一二三四五六七八九十0-9]+期(?:工程|项目)?|.{0,3}(?:校区|院区)|.{0,4}(?:综合楼|门诊楼|住院楼|教学楼))$")


# The country's strategies for its regions, named in national plans and the central government's work reports
# without a head word (no …战略, …计划): every level of government writes them so.  A general dictionary, like
# the divisions; variants as governments write them.  Those named by a zone and 建设 (粤港澳大湾区建设,
# 成渝地区双城经济圈建设) are left out: the zone is what such a text names.
NATIONAL_STRATEGIES: tuple[str, ...] = (
    "京津冀协同发展",
    "长江经济带发展", "长江经济带高质量发展",
    "长三角一体化发展", "长三角区域一体化发展", "长江三角洲区域一体化发展",
    "黄河流域生态保护和高质量发展",
    "西部大开发", "东北全面振兴", "东北振兴", "中部地区崛起", "中部崛起", "东部率先发展",
)
