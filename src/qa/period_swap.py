"""A follow-up that names its own year or part of a year asks of that period, not the last one's.

那2020年受益的有多少 after 娄底2021年圆梦微心愿受益的群众有多少 was asked as …2021年…2020年受益的有多少,
and 2021's figure answered it; 那去年全年是多少单 after 沈阳片区今年上半年…做了多少单 kept 今年上半年, and
the half year's 459万单 answered. A period the follow-up types takes the place of the previous turn's
period of the same kind (a year for a year, a part of a year for a part of a year) in the rewrite.
"""

from __future__ import annotations

import re

from .text import fold

__all__ = ["period_swapped"]

# Periods by kind: the year, and the part of a year (which a year may carry along: 去年全年).
_KINDS = (
    # Not the year a change is counted from (跟去年同期比, 比去年多了多少): the period asked stays; nor
    # 当年, 那年, which point back at the year just read (当年她在哪里工作 → 2020年…).
    re.compile(r"(?<![0-9比跟较較和与與同])(?:[12][0-9]{3}年(?![代底初末中])|今年|去年|前年|明年)(?!同期)"),
    re.compile(r"上半年|下半年|全年|(?:第?[一二三四1-4])季度|前[一二三四五六七八九十0-9]{1,2}[个個]?月|年初|年底|年末"),
)


def period_swapped(rewritten: str, typed: str) -> str:
    """`rewritten` (a follow-up asked with the previous turn's words) without the previous turn's
    periods of each kind the follow-up as `typed` names one of."""
    folded_typed = fold(typed)
    for kind in _KINDS:
        own = {m.group(0) for m in kind.finditer(folded_typed)}
        if not own:
            continue
        rewritten = kind.sub(lambda m, own=own: m.group(0) if fold(m.group(0)) in own else "", rewritten)
    return rewritten
