"""Normalise text for extraction and keep a map back to the original.

Extraction sees one form of each character: full-width Latin letters,
digits and punctuation become ASCII (２．３５％ → 2.35%, （一） → (一)), stray
white space between Chinese characters goes (政 府 工 作 报 告 → 政府工作报告;
名 称 : → 名称:), and so does indentation with U+3000 or spaces.  Every
character of the result remembers the original character it came from, so
any span found in the normalised text maps back to the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Normalized", "normalize"]

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
# white space between two CJK characters (or CJK punctuation), and indentation at line starts (but not the tabs
# between the cells of a table row: see _is_row)
_STRAY = re.compile(rf"(?<=[{_CJK}\u3000-\u303f\uff00-\uffef])[ \t\u3000\u00a0]+(?=[{_CJK}\u3000-\u303f\uff00-\uffef])"
                    r"|^[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+$", re.MULTILINE)


@dataclass(frozen=True)
class Normalized:
    """Normalised text and, for each of its characters, the original offset."""

    text: str
    offsets: tuple[int, ...]  # len(text) + 1 entries; the last is the original length

    def to_original(self, offset: int) -> int:
        """Map an offset of the normalised text to the original text."""
        return self.offsets[offset]


# full-width ASCII forms and the ideographic space, each to its one NFKC character
_WIDTH = {code: unicodedata.normalize("NFKC", chr(code)) for code in [*range(0xFF01, 0xFF5F), 0x3000]}
assert all(len(ch) == 1 for ch in _WIDTH.values())  # so offsets map one to one


def _is_row(text: str, at: int) -> bool:
    """Whether the line around *at* is a table row: three cells or more, separated by tabs (not only indented)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : len(text) if end < 0 else end].strip().count("\t") >= 2


def normalize(text: str) -> Normalized:
    """Normalise *text*; see the module documentation.

    Examples
    --------
    >>> n = normalize("政 府 工 作 报 告\\n\\u3000\\u3000增长２．３５％（一）")
    >>> n.text
    '政府工作报告\\n增长2.35%(一)'
    >>> n.to_original(n.text.index("2.35")), "政 府 工 作 报 告\\n\\u3000\\u3000增长２．３５％（一）".index("２")
    (16, 16)
    """
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for m in _STRAY.finditer(text):
        if "\t" in m.group() and _is_row(text, m.start()):
            continue  # 指标\t单位\t2021年完成: the tab separates two cells
        pieces.append(text[last : m.start()])
        offsets.extend(range(last, m.start()))
        last = m.end()
    pieces.append(text[last:])
    offsets.extend(range(last, len(text) + 1))
    return Normalized("".join(pieces).translate(_WIDTH), tuple(offsets))
