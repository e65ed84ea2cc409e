"""A notice's sign-off: who issued it and when, on the last lines under the text.

`阳光花园物业服务中心` / `2024年12月1日` look like two headlines to the article splitter (short,
no full stop), which made them an empty article of their own and dropped them, so `通知是哪天
发布的？` found nothing. Recognised here, they stay in the text as paragraphs to quote, and the
date becomes the document's date when its header named none.
"""

from __future__ import annotations

import re

MAX_ISSUER_LINES = 2
MAX_ISSUER_CHARS = 30
_DIGIT_DATE_RE = re.compile(r"^(?P<y>(?:19|20)\d\d)\s*[年\-/.]\s*(?P<m>\d{1,2})\s*[月\-/.]\s*(?P<d>\d{1,2})\s*日?$")
_HAN_DIGITS = "〇一二三四五六七八九"
_HAN_DATE_RE = re.compile(r"^(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日$")
_SENTENCE_MARKS = re.compile(r"[。！？!?，,；;]")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def sign_off(lines: list[str]) -> tuple[int, str] | None:
    """(index of the sign-off's first line, ISO date) when the lines end with a date, with up to
    two issuer lines just above it; None otherwise."""
    if not lines or (date := iso_date(lines[-1])) is None:
        return None
    first = len(lines) - 1
    while first > 0 and len(lines) - first <= MAX_ISSUER_LINES and _is_issuer(lines[first - 1]):
        first -= 1
    return first, date


def iso_date(line: str) -> str | None:
    """`2024年12月1日`, `2024-12-01` or `二〇二四年十二月一日` alone on a line → `2024-12-01`."""
    line = line.strip()
    if match := _DIGIT_DATE_RE.match(line):
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    elif match := _HAN_DATE_RE.match(line):
        year = int("".join(str(_HAN_DIGITS.index("〇" if c == "零" else c)) for c in match["y"]))
        month, day = _han_number(match["m"]), _han_number(match["d"])
    else:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _han_number(text: str) -> int:
    """一 … 三十一 as written in dates."""
    if "十" not in text:
        return _HAN_DIGITS.index(text)
    tens, _, units = text.partition("十")
    return (_HAN_DIGITS.index(tens) if tens else 1) * 10 + (_HAN_DIGITS.index(units) if units else 0)


def _is_issuer(line: str) -> bool:
    return len(line) <= MAX_ISSUER_CHARS and not _SENTENCE_MARKS.search(line) and bool(_HAN_RE.search(line))
