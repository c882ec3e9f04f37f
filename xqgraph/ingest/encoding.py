"""Bytes to text: byte-order marks, strict UTF-8, then a maintained detector.

Chinese portals publish in UTF-8, GB18030/GBK/GB2312 and Big5.  A BOM
decides; otherwise strict UTF-8, which non-UTF-8 Chinese text practically
never passes; otherwise ``charset-normalizer`` chooses between GB18030 and
Big5.  When both stay plausible (short texts) the answer is an error naming
the file and ``--encoding``, never a silent guess that would be mojibake.
"""

from __future__ import annotations

from xqgraph.errors import InputError

__all__ = ["decode"]

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CHINESE_ENCODINGS = ["gb18030", "big5"]


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _detect(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    results = [r for r in from_bytes(data, cp_isolation=_CHINESE_ENCODINGS) if r.encoding]
    if not results:
        raise InputError(f"{name}: cannot decode as UTF-8, GB18030 or Big5; pass --encoding with the file's encoding")
    texts = {str(r) for r in results}
    if len(texts) > 1:
        found = ", ".join(sorted(r.encoding for r in results))
        raise InputError(f"{name}: the encoding is ambiguous ({found}); pass --encoding to choose")
    best = results[0]
    return str(best), "gb18030" if best.encoding in ("gb18030", "gbk", "gb2312") else best.encoding


def decode(data: bytes, *, encoding: str | None = None, name: str = "<bytes>") -> tuple[str, str]:
    """Decode document bytes; return ``(text, encoding_used)`` with ``\\n`` line ends.

    Raises
    ------
    InputError
        When the bytes do not decode, or could be either of two encodings;
        the message names the file and suggests ``--encoding``.

    Examples
    --------
    >>> decode("西青区2018年国民经济和社会发展计划，全年新增就业2.35万人。".encode("gb18030"))[1]
    'gb18030'
    >>> decode("\\ufeff西青".encode("utf-8"))
    ('西青', 'utf-8-sig')
    """
    if encoding:
        try:
            return _clean(data.decode(encoding)), encoding
        except LookupError as exc:
            raise InputError(f"{name}: unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid {encoding} at byte {exc.start}; check --encoding") from exc
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _clean(data.decode(enc)), enc
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {enc} byte-order mark but does not decode as {enc}") from exc
    try:
        return _clean(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3 and exc.start > 0:
            raise InputError(f"{name}: ends in the middle of a UTF-8 character (a truncated file?)") from exc
    text, enc = _detect(data, name)
    return _clean(text), enc
