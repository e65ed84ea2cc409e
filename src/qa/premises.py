"""A premise the documents contradict: a figure the question says went one way, which the quote says
went the other (对欧盟进出口下降了36.4%的原因 of a report saying 同比增长36.4%).

Quoting that sentence as the answer would read as agreeing with the asker; the documents do not say
what was asked, they say the opposite. The judge then declines (not stated), and the sentence is shown
as related material, where the asker reads the figure as the documents give it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Which way a figure went, said right before it (增长36.4%, 下降了5个百分点) or right after (36.4%的降幅).
_UP = r"增长|增加|上涨|上升|提高|提升|增幅|涨幅|多了|涨了|涨|增"
_DOWN = r"下降|减少|下跌|降低|回落|缩减|降幅|跌幅|少了|降了|跌了|降|跌|减"
_WAY = re.compile(f"(?P<up>{_UP})|(?P<down>{_DOWN})")
# How far from the figure its direction is looked for: 同比增长 | 36.4%, 下降了 | 36.4%.
_BEFORE, _AFTER = 6, 4


def _way(text: str, number: str) -> str | None:
    """'up' or 'down': the direction said nearest before `number` in the (folded) text, else right
    after it; None where the text does not give the number or says no direction beside it."""
    for found in re.finditer(rf"(?<![0-9.]){re.escape(number)}(?![0-9])", text):
        before = list(_WAY.finditer(text[max(0, found.start() - _BEFORE) : found.start()]))
        after = _WAY.search(text[found.end() : found.end() + _AFTER])
        way = before[-1] if before else after
        if way is not None:
            return "up" if way.group("up") else "down"
    return None


def contradicted(numbers: Sequence[str], question: str, quote: str) -> bool:
    """The question says a figure it types (`numbers`, digits) went one way, and the (folded) quote
    says the same figure went the other."""
    for number in numbers:
        asked = _way(question, number)
        if asked is not None and (said := _way(quote, number)) is not None and said != asked:
            return True
    return False
