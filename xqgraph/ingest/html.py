"""Saved HTML pages from government portals: the article, not the page.

``trafilatura`` (a maintained main-content extractor) keeps the article
body and the portal's metadata table and drops navigation, scripts and
footers; ``<meta>`` tags (ArticleTitle, PubDate, ContentSource …) fill in
what the table does not say, written as header lines the header parser
reads like any other.
"""

from __future__ import annotations

import re

from xqgraph.errors import InputError

__all__ = ["html_to_text"]

_META = {  # <meta name=…> of Chinese government portals → header label
    "articletitle": "名称", "title": "名称", "pubdate": "发文日期", "firstpublishedtime": "发文日期",
    "contentsource": "发布机构", "source": "发布机构",
}
_META_TAG = re.compile(r"<meta\s+[^>]*?name\s*=\s*[\"']([^\"']+)[\"'][^>]*?content\s*=\s*[\"']([^\"']*)[\"']", re.I)


def _meta_lines(page: str, body: str) -> list[str]:
    lines = []
    for name, content in _META_TAG.findall(page):
        label = _META.get(name.strip().lower())
        if label and content.strip() and f"{label}" not in body[:400].replace(" ", "").replace("\u3000", ""):
            lines.append(f"{label}:{content.strip()}")
    return list(dict.fromkeys(lines))


def html_to_text(page: str, *, name: str = "<html>") -> str:
    """Return the article text of an HTML page, portal metadata first.

    Raises
    ------
    InputError
        When the page holds no article text.
    """
    try:
        import trafilatura
    except ImportError:
        raise ImportError("reading HTML needs trafilatura: pip install 'xqgraph[formats]'") from None
    body = trafilatura.extract(page, include_tables=True, include_comments=False, favor_recall=True,
                               include_links=False, output_format="txt") or ""
    if not body.strip():
        raise InputError(f"{name}: no article text found in the page")
    return "\n".join([*_meta_lines(page, body), body])
