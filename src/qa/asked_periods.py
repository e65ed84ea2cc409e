"""The parts of a year a figure is given for (上半年, 前5个月, 一季度, 全年): which ones a question
asks, and a sentence with what it says for the others blanked, so that a report giving several side by
side is read for the one asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .numerals import chinese_to_int

# A part of a year a figure is given for: 上半年, 前5个月, 一季度, 全年 (a report gives several side by side:
# 上半年…459万单,…超过去年全年订单量; 前5个月共实现进出口额590亿元).
_PERIOD = re.compile(r"[上下]半年|全年|前\s*([0-9]+|[一二两三四五六七八九十]+)\s*[个個]?月"
                     r"|第?([一二三四1-4])\s*季度")
_QUARTERS = {"一": "1", "二": "2", "三": "3", "四": "4"}


def _period_key(found: re.Match[str]) -> str:
    """One spelling for a period: 前五个月 and 前5个月 are 前5月, 第一季度 and 一季度 are 1季度."""
    if found.group(1):
        months = found.group(1)
        return "前" + (months if months.isdigit() else str(chinese_to_int(months))) + "月"
    if found.group(2):
        return _QUARTERS.get(found.group(2), found.group(2)) + "季度"
    return found.group(0)


def periods_asked(folded: str) -> tuple[str, ...]:
    """The parts of a year the (folded) question asks a figure for (沈阳片区去年全年…多少单 → 全年)."""
    return tuple(dict.fromkeys(_period_key(m) for m in _PERIOD.finditer(folded)))


def other_periods_blanked(sentence: str, asked: Sequence[str]) -> str:
    """The (folded) sentence with what it says for a period not asked blanked, from that period's
    word to the next period's or the sentence's end: 上半年…459万单 does not count 全年's orders."""
    found = list(_PERIOD.finditer(sentence))
    if not found:
        return sentence
    for this, after in zip(found, [*found[1:], None], strict=True):
        if _period_key(this) not in asked:
            end = after.start() if after is not None else len(sentence)
            sentence = sentence[: this.start()] + "，" * (end - this.start()) + sentence[end:]
    return sentence
