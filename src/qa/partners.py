"""A figure for one partner is not the whole: 全省对欧盟进出口665.3亿元 does not answer 辽宁上半年进出口
总额, nor 对美国进出口多少. Trade, aid and exchange reports list a figure per partner, each named by what
对/向/与 govern; a question that names no such partner, or another, is not answered by them.
`answer_shape.fits` asks this of a count or amount question's sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .number_near import Matcher

__all__ = ["counts_a_part"]

_PARTNER = frozenset("对對向与與")
# A rate after the figure (同比增长36.4%) qualifies it and counts nothing of its own.
_RATE = re.compile(r"[%％]|增长|增長|下降|增加|减少|減少")
_PARTNER_TAGS = frozenset({"ns", "nsf", "nt", "nz", "j"})  # jieba: places, bodies, other names; j: 欧盟, 东盟
_CLAUSE = re.compile(r"[，,。；;：:！!？?]")


def counts_a_part(amount: Matcher | re.Pattern[str], sentence: str, tag: Callable[[str], list[tuple[str, str]]],
                  own: Sequence[str]) -> bool:
    """Every clause of the (folded) sentence with the amount asked counts one partner the question
    (its own words `own`) does not name."""
    clauses = [c for c in _CLAUSE.split(sentence) if amount.search(c) and not _RATE.search(c)]
    if not clauses:
        return False
    for clause in clauses:
        if not any(ch in _PARTNER for ch in clause):
            return False  # no 对/向/与 in it: nothing to tag (fits runs on every candidate sentence)
        words = tag(clause)
        if not any(prev in _PARTNER and flag in _PARTNER_TAGS and not any(word in o or o in word for o in own)
                   for (prev, _), (word, flag) in zip(words, words[1:], strict=False)):
            return False
    return True
