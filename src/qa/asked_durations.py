"""How a question asks for a span of time, and how the span is written: 多久 is answered by 8个小时 or
3年 (not a date), 多久开一次 by how often (每周二), 多久了 by how long up to now (两年来). Kept apart
from `qa.asked_amounts` because a span is read by its unit of time, not by a measure word and a
counted noun; `qa.asked` puts the pattern into the question's `Asked.duration`.
"""

from __future__ import annotations

import re

from .text import fold

# 多久 / 多长时间 asks for a span of time: 整整8个小时, 3年, not a date.
_DURATION_Q = re.compile(r"多久|多长时间|多長時間|多长的时间|多少时间|多少時間")
# 多久开一次 (spoken: 一回) asks how often: 每周二, 每月一次.
_FREQUENCY_Q = re.compile(r"(?:多久|多长时间|多長時間)[^，。？?]{0,6}一(?:次|回)")
FREQUENCY_A = re.compile(r"每[一两兩三四五六七八九十半]?[个個]?(?:周|週|星期|月|年|天|日|季度|小时|小時)")
# A count before the unit, never a date: 8个小时, 3个月, 两年 — not 1月25日 or 2020年.
_DURATION_A = re.compile(r"(?<![0-9])(?:[0-9]{1,3}(?:\.[0-9]+)?|[一二两兩三四五六七八九十百]+|半)\s*(?:多|余|餘)?\s*"
                         r"(?:[万萬亿億](?:多|余|餘)?)?"  # 46亿年, 十亿年前
                         # 三年来, 近两年来: a time frame (近三年来的变化), not a span that answers
                         r"(?:[个個]?(?:小时|小時|钟头|鐘頭|星期)|[个個]月|分钟|分鐘|天|周|週|年(?![代底初])|秒)(?![来來])"
                         # 仅用了几个月: a span the documents give only roughly is still the answer
                         # (not 近几年来, a time frame).
                         r"|(?<![近这這])(?:几|幾|数|數)(?:[个個]?(?:小时|小時|月|星期)|天|周|週|年)(?![来來间間])")


# 搞了多久了, 到现在多长时间: how long up to now, which 两年来 (for two years now) says; not 近三年来,
# the recent years a change is told of.
_ONGOING_Q = re.compile(r"(?:多久|多长时间|多長時間)了|(?:到现在|到現在|至今|到目前|到如今)[^，。？?]{0,6}(?:多久|多长时间|多長時間)")
_SINCE_A = re.compile(_DURATION_A.pattern + r"|(?<![近这這0-9一二两兩三四五六七八九十百])(?:[0-9]{1,3}|[一二两兩三四五六七八九十百]+)"
                      r"\s*(?:多|余|餘)?\s*(?:年|[个個]月|天|周|週)(?=[来來])")


def asks_duration(question: str) -> re.Pattern[str] | None:
    """多久 asks for a span of time (8个小时); 多久开一次, for how often (每周二); 多久了, for how long
    up to now (两年来 too)."""
    folded = fold(question)
    if _FREQUENCY_Q.search(folded):
        return FREQUENCY_A
    if not _DURATION_Q.search(folded):
        return None
    return _SINCE_A if _ONGOING_Q.search(folded) else _DURATION_A
