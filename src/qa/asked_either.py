"""A还是B: a question offering two things (养的是山羊还是绵羊, 生活在北美洲还是南美洲) is answered by a
sentence saying one of them (`answer_shape.fits`); one saying neither (自家养的羊) does not tell.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .question_words import ASKS_ANYWHERE
from .text import fold_for_index

# 还是 with the two ends at the end of the question; no other question word (他还是什么企业的创始人,
# 为何还是没能…: 还是 is "still" there).
_EITHER = re.compile(r"(还是|還是)(?=[^，,；;]*[？?！!。]?\s*$)")
_OTHER_ASKING = re.compile(ASKS_ANYWHERE.pattern + r"|如何|为何|為何|为什么|為什麼|何时|何時|是否|吗|嗎")


def alternatives(text: str, words: Callable[[str], Sequence[str]]) -> tuple[str, ...]:
    """The two things an A还是B question offers (山羊, 绵羊: the content words either side of 还是, as
    `words` cuts them); () when it offers none or also asks otherwise."""
    found = _EITHER.search(text)
    if found is None or _OTHER_ASKING.search(text):
        return ()
    before, after = words(text[: found.start()]), words(text[found.end() :])
    if not before or not after:
        return ()
    return (fold_for_index(before[-1]), fold_for_index(after[0]))
