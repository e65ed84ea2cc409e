"""Chinese numerals read as numbers: 七十 → 70, 三千八百多场 → 3800多场, 三点五亿 → 3.5亿.

The documents write most counts in digits (20世纪70年代, 3800余场) and people type them in words; the
question reader (`question_text`), the pieces of a question (`question_pieces`) and the readers of
counts, periods, headings and pins compare the two through these.
"""

from __future__ import annotations

import re

__all__ = ["chinese_to_int", "with_digits"]

# Chinese numerals counting something (七十年代, 二十世纪, 三百名), searched as digits too.
_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# An approximate count keeps its marker (三千八百多场 → 3800多场, as the texts write 3800余场); a
# decimal is read with 点 (三点五亿 → 3.5亿).
_CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"
                        r"(?=[多余餘来來几幾]?(?:年代|世纪|年|月|日|号|岁|名|个|位|万|亿|人|户|次|届|倍|%|公里|米|天"
                        r"|场|場|家|条|條|件|项|項|所|座|斤|吨|噸|亩|畝|层|層|小时|小時|分钟|分鐘|周|週|戶|单|單|品类|品類))")


def chinese_to_int(numeral: str) -> int | None:
    """七十 → 70, 一百二十 → 120, 一九九八 → 1998 (read digit by digit); None when not a numeral."""
    if not numeral:
        return None
    if all(ch in _DIGIT for ch in numeral):
        return int("".join(str(_DIGIT[ch]) for ch in numeral))
    total, current = 0, 0
    for ch in numeral:
        if ch in _DIGIT:
            current = _DIGIT[ch]
        elif ch in "十百千":
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (current or 1) * unit
            current = 0
        else:
            return None
    return total + current


def with_digits(text: str) -> str:
    """The text with counted Chinese numerals written in digits: 七十年代 → 70年代, 两个 stays 两个
    (a bare 两/一 before a measure word is a word, not a number worth searching as a digit)."""

    def replace(match: re.Match[str]) -> str:
        numeral = match.group()
        if len(numeral) == 1 and numeral in "一两百千":
            return numeral  # 两个 is a word; 百家村, 千家万户 are names and sayings
        whole, _, decimals = numeral.partition("点")
        if ((len(whole) > 1 and all(ch in _DIGIT for ch in whole) and not text.startswith("年", match.end()))
                or re.search("[一二两三四五六七八九]{2}[十百千]", whole)):
            return numeral  # 一二层 (the first and second floors), 二三十 (twenty or thirty): no one number
        value = chinese_to_int(whole)
        if value is None:
            return numeral
        return str(value) + ("." + "".join(str(_DIGIT[ch]) for ch in decimals) if decimals else "")

    return _CN_NUMBER.sub(replace, text)
