"""Metadata from a government-portal header and the notice around a document.

Portal pages put a table above the text (名称, 索引号, 发布机构, 发文字号,
主题, 成文日期, 发文日期, 有效性, 废止依据); copied as text its labels are
often spaced out (``名 称 :``) and several share a line.  Notices end with
the issuing body and a signature date line (``2018年1月18日``).
"""

from __future__ import annotations

import re

from xqgraph.model import Metadata

__all__ = ["parse_date", "parse_header", "header_end"]

_FIELDS = {
    "名称": "title",
    "索引号": "index_number",
    "发布机构": "publisher",
    "发文字号": "document_number",
    "主题": "subject",
    "主题分类": "subject",
    "成文日期": "written",
    "发文日期": "published",
    "发布日期": "published",
    "有效性": "validity",
    "废止依据": "repeal_basis",
    "文件名称": "title",
    "标题": "title",
    "文号": "document_number",
    "发文机关": "publisher",
    "公开日期": "published",
    "发布时间": "published",
    "来源": "source",  # a site, a newspaper or another government: a label of the header, no publisher
}
_GAP = r"[ \t\u3000]*"
_LABEL = re.compile(
    "|".join(
        _GAP.join(re.escape(ch) for ch in label) + _GAP + "[:：|｜]"
        for label in sorted(_FIELDS, key=len, reverse=True)
    )
)
_CN_DIGITS = dict(zip("〇零一二三四五六七八九", "00123456789", strict=True))
_DATE = re.compile(r"([0-9〇零一二三四五六七八九]{4})\s*年\s*([0-9一二三四五六七八九十]{1,3})\s*月\s*([0-9一二三四五六七八九十]{1,3})\s*日")
_SIGNATURE = re.compile(r"^[ \t\u3000]*" + _DATE.pattern + r"[ \t\u3000]*$", re.MULTILINE)
_DATE_LINE = re.compile(r"^[ \t\u3000]*(?:[—–-]{1,2}[ \t\u3000]*)?" + _DATE.pattern
                        + r"[ \t\u3000]*\n?[ \t\u3000]*在(?P<meeting>[^\n]*(?:\n[^\n]*?)??)上[ \t\u3000]*$", re.MULTILINE)
_SPACED = re.compile(r"([\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")
_ISO_DATE = re.compile(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")
_SPEAKER = re.compile(r"^[ \t\u3000]*(?P<speaker>[\u4e00-\u9fff]{0,12}?(?:区长|市长|县长|主任|省长|镇长|局长|书记)"
                      r"(?:（[^）]*）|\([^)]*\))?[ \t\u3000]*[\u4e00-\u9fff][ \t\u3000]?[\u4e00-\u9fff]{1,3})[ \t\u3000]*$",
                      re.MULTILINE)
# 宜宾市人民政府　2021年3月5日印发: the day a body issued the document, on a line of its own
_ISSUED_LINE = re.compile(r"^[^\n]{0,30}?" + _DATE.pattern + r"[ \t\u3000]*(?:印发|发布|公布)[ \t\u3000]*$", re.MULTILINE)
_TITLE_LIKE = re.compile(r"(?:19|20)\d{2}|报告|计划|规划|纲要|总结|安排|要点|意见|通知|方案|决定|办法|汇报|讲话|公报")
_BODY = re.compile(r"(?:人民政府|政府|委员会|管委会|管理委员会|办公室|办公厅|局|办事处)$")  # a government body's name
_PLACE_NAMED = re.compile(r"[\u4e00-\u9fff]+?(?:省|市|区|县|旗|州|盟|镇|乡|街道)")
_BREADCRUMB = re.compile(r"当前位置|首页|[>›»|｜]")
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号")


def _small_number(s: str) -> int:
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return int(_CN_DIGITS.get(tens, "1") if tens else 1) * 10 + (int(_CN_DIGITS[ones]) if ones else 0)
    return int("".join(_CN_DIGITS[c] for c in s))


def parse_date(text: str) -> str | None:
    """Return the first ``YYYY年M月D日`` date in *text* as ISO ``YYYY-MM-DD``.

    Examples
    --------
    >>> parse_date("2018年1月18日")
    '2018-01-18'
    >>> parse_date("二〇一九年一月十日")
    '2019-01-10'
    >>> parse_date("no date") is None
    True
    """
    m = _DATE.search(text)
    if not m:
        iso = _ISO_DATE.search(text)
        if iso and 1 <= int(iso.group(2)) <= 12 and 1 <= int(iso.group(3)) <= 31:
            return f"{iso.group(1)}-{int(iso.group(2)):02d}-{int(iso.group(3)):02d}"
        return None
    year = int("".join(_CN_DIGITS.get(c, c) for c in m.group(1)))
    month, day = _small_number(m.group(2)), _small_number(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def header_end(text: str) -> int:
    """Return the offset just past the portal header block (0 if none)."""
    end = 0
    for line in re.finditer(r"[^\n]*\n?", text):
        if not line.group():
            break
        if _LABEL.match(line.group().lstrip(" \t\u3000|｜")):
            end = line.end()
        elif end or line.start() > 400:
            break
    return end


def _header_fields(block: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in block.splitlines():
        labels = list(_LABEL.finditer(line))
        for i, m in enumerate(labels):
            stop = labels[i + 1].start() if i + 1 < len(labels) else len(line)
            label = re.sub(r"[\s:：|｜]", "", m.group())
            value = line[m.end() : stop].strip(" \t\u3000|｜:：")
            if value:
                fields.setdefault(_FIELDS[label], value)
    return fields


def parse_header(text: str) -> Metadata:
    """Read a document's metadata from its header and notice.

    Examples
    --------
    >>> m = parse_header("名 称 :关于印发某区2019年计划的通知\\n发 文 字 号 :某政发〔2019〕1号主 题 :综合\\n正文\\n2019年1月5日\\n")
    >>> m.title, m.document_number, m.signed, m.issued
    ('关于印发某区2019年计划的通知', '某政发〔2019〕1号', '2019-01-05', '2019-01-05')
    """
    end = header_end(text)
    fields = _header_fields(text[:end])
    body = text[end:]
    # a title line above the portal's labels (芜湖…2022年工作总结和2023年工作安排 | 来源：… | 文号：…) is the title
    # (not a breadcrumb, 当前位置：首页 > 政务公开, nor a site's name)
    above = (ln.strip() for ln in text[:end].splitlines() if ln.strip() and not _LABEL.match(ln.lstrip(" \t\u3000|｜"))
             and _TITLE_LIKE.search(ln) and not _BREADCRUMB.search(ln))
    title = (fields.get("title") or next(above, None)
             or next((ln.strip() for ln in body.splitlines() if ln.strip()), None))
    if title:
        title = _SPACED.sub(r"\1", title)  # 政 府 工 作 报 告 → 政府工作报告
    publisher = fields.get("publisher")
    if publisher is None and not _PLACE_NAMED.search(title or ""):
        # a title that names no place (政府工作报告): the body a 来源 label or a line above the labels names issued it
        bodies = [fields.get("source", ""), *(ln.strip() for ln in text[:end].splitlines() if not _LABEL.match(ln.strip()))]
        publisher = next((b for b in bodies if _BODY.search(b)), None)
    number = fields.get("document_number")
    if not number:
        m = _DOC_NUMBER.search(body[:600])
        number = m.group() if m else None
    written = parse_date(fields.get("written", ""))
    published = parse_date(fields.get("published", ""))
    # a portal's label (来源：…) may stand below the date line: look from the top, past the labels
    date_line = _DATE_LINE.search(text[: end + 1500])
    sig = _SIGNATURE.search(body[:3000]) or _ISSUED_LINE.search(body[:1500]) or date_line
    signed = parse_date(sig.group()) if sig else None
    meeting = re.sub(r"\s+", "", date_line.group("meeting")) if date_line else None
    speaker = _SPEAKER.search(text[date_line.end():date_line.end() + 200]) if date_line else None
    return Metadata(
        title=title,
        index_number=fields.get("index_number"),
        publisher=publisher,
        document_number=number,
        subject=fields.get("subject"),
        written=written,
        published=published,
        validity=fields.get("validity"),
        repeal_basis=fields.get("repeal_basis"),
        signed=signed,
        issued=published or written or signed,
        meeting=meeting,
        speaker=re.sub(r"[ \t\u3000]+", " ", speaker.group("speaker")).strip() if speaker else None,
    )
