"""A还是B: a question offering two things (养的是山羊还是绵羊, 生活在北美洲还是南美洲) is answered by a
sentence saying one of them (`answer_shape.fits`); one saying neither (自家养的羊) does not tell.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .pinned import figures
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
    first = before[-1]
    if after[0].isdigit():  # 是2019年开始规划的还是2020年: the two years, not 规划
        first = next((word for word in reversed(before) if word.isdigit()), first)
    return (fold_for_index(first), fold_for_index(after[0]))


# The stretch of a clause either side of 还是, where a choice may offer two figures (第8号还是第9号).
# Never from inside a number (the 020年 of 2020年3月入的党还是4月).
_CHOICE = re.compile(r"(?<![0-9.])([^，,。？?！!；;\s]{1,12}?)(?:还是|還是)([^，,。？?！!；;\s]{1,10})")


def figure_choice(text: str) -> tuple[str, ...]:
    """Two figures in one unit a (folded) question offers to choose from (8号, 9号 of 第8号还是第9号;
    3月, 4月), also where it asks otherwise too (第几号): the answer says one of them, so neither is a
    figure the question gives as fact nor a number of its own an answer may not hold; () when none."""
    offered: dict[str, None] = {}
    for choice in _CHOICE.finditer(text):
        one, other = figures(choice.group(1)), figures(choice.group(2))
        shared = {unit for unit, _ in one} & {unit for unit, _ in other}  # 3月还是4月: not the 2020年 before
        offered.update((n + unit, None) for unit, n in sorted(one | other) if unit in shared)
    return tuple(offered)


def offered(number: str, either: Sequence[str]) -> bool:
    """Whether a number of the question is one of the figures it offers to choose from (8 of 8号)."""
    return any(choice.startswith(number) and not choice[len(number) :][:1].isdigit() for choice in either)


# A part of the day, as a choice offers it (大白天还是半夜): answered by a sentence saying one (有一天深夜).
DAY_PARTS = ("白天", "夜里", "夜裡", "晚上", "早上", "上午", "下午", "中午", "凌晨", "半夜", "深夜", "夜间", "夜間",
             "清晨", "傍晚", "夜晚", "午夜", "黄昏", "黃昏")
_DAY_PART = "(?:" + "|".join(DAY_PARTS) + ")"
# A time of the year or the month, as a choice offers it (上半年还是下半年, 年初还是年底, 2月上旬还是下旬,
# 今年初开始的还是去年初, 去年还是今年), folded.
_PART = (r"(?:(?:(?:今|去|前|明|上|那|当|當)年)?(?:年初|年底|年末|年中|上半年|下半年|上旬|中旬|下旬|月初|月底|月中|月末"
         r"|[春夏秋冬](?:天|季)?|节前|節前|节后|節後|年前|年后|年後|初|底|末)|(?:今|去|前|明|上)年)")
_OR = r"[^，,。？?！!还還]{0,6}?(?:还是|還是)(?:在)?"
_DAY_CHOICE = re.compile(rf"{_DAY_PART}{_OR}(?:大)?{_DAY_PART}")
_DATE_CHOICE = re.compile(rf"{_PART}{_OR}{_PART}")
# How often, as a choice offers it (一周一开还是一月一开, 每周还是每月, 一个星期一次还是两个星期一次).
_EVERY = r"(?:一|每|[两兩三四五六七八九十半])[个個]?(?:周|週|星期|月|年|天|季度)"
_OFTEN_CHOICE = re.compile(rf"{_EVERY}{_OR}{_EVERY}")


def time_choice(text: str) -> str | None:
    """What the (folded) question offers two of to choose from: "day" for parts of the day (白天还是夜里:
    a sentence saying any part of the day tells, 有一天深夜), "date" for times of the year or the month
    (上半年还是下半年, 去年底还是前年底: it asks when, and 今年6月 answers though it names neither),
    "often" for how often (一周一开还是一月一开: 每周要召开一次 tells, whichever it says); None."""
    if _DAY_CHOICE.search(text.replace("大白天", "白天")):
        return "day"
    if _OFTEN_CHOICE.search(text):
        return "often"
    return "date" if _DATE_CHOICE.search(text) else None
