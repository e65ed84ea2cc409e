"""Where a name begins and ends in a quote, so the answer mark covers the name and nothing around it.

The patterns and the tagger that find a candidate answer find roughly where it is: `…小学` also
matches 华雨辰是武汉市青山区钢花小学, and a reach of characters before 旗 may start inside 自治区. A reader
wants the name alone (武汉市青山区钢花小学, 内蒙古自治区鄂尔多斯市达拉特旗), and for 哪个队 the name
of that thing, quoted or listed before 等. Finding a name's bounds is one job, kept here;
choosing which candidate answers the question is `spans`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .occurrences import occurrences
from .text import CLAUSE_MARK, Tagger

Span = tuple[int, int]

MIN_NAME = 2  # jieba tags a lone 华 as a place: one character is never marked as a name
_MIN_SAID_ALONE = 3  # a name's end said on its own elsewhere is a name (林原村), not a form alone (小学)


# A name in quotation marks (“青教志愿队”, “党员进基层 圆梦微心愿”): news style quotes what it names.
_QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"]{2,20})[”」』\"]")


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]*")


def _head_after(text: str, start: int, head: str) -> int | None:
    """Where the first `head` ends when only Han characters, at most half a name's reach of them,
    stand between `start` and it (物业服务品牌 after a quoted name); None otherwise."""
    at = text.find(head, start)
    if at < 0 or at - start > _NAME_REACH // 2 or not _HAN_RUN.fullmatch(text, start, at):
        return None
    return at + len(head)


def which_named(text: str, head: str, tag: Tagger) -> Iterable[list[Span]]:
    """Names of the thing 哪个队 asks which one of: a quoted one ending in the head or followed by it
    (“青教志愿队”, “枝叶关情·潍美家园”物业服务品牌), then a run of nouns ending in it (德特里克堡生物实验室)."""
    quoted = []
    for m in _QUOTED.finditer(text):
        if m.group(1).endswith(head):
            quoted.append((m.start(1), m.end(1)))  # “青教志愿队”: the name inside the marks
        elif (tail := _head_after(text, m.end(), head)) is not None:
            quoted.append((m.start(), tail))  # “枝叶关情·潍美家园”物业服务品牌: the marks and the head
    yield quoted
    runs = []
    for at in occurrences(text, head):
        clause = max((c.end() for c in CLAUSE_MARK.finditer(text, 0, at)), default=0)
        if (listed := _listed_before(text, clause, at, tag)) is not None:
            runs.append(listed)  # 基督教东山堂、东山湖公园等旅游景点: the places listed are the answer
            continue
        reach = at - _NAME_REACH
        # Where the reach ran out inside a word (治区 of 内蒙古自治区鄂尔多斯市达拉特旗), from that word.
        begin = _word_start(text, reach, tag) if reach > clause else clause
        start, end = name_of(text, (begin, at + len(head)), tag)
        if (counted := _COUNTED.match(text, start, end)) is not None:
            start = counted.end()  # 一个高尚住宅项目: the name is 高尚住宅项目; 一种神灵 names none
        if end - start > len(head):
            runs.append((start, end))
    yield runs


_NAME_REACH = 10  # characters before the head a name may start
# A list closed by 等 right before the head: 基督教东山堂、东山湖公园等旅游景点.
_LIST_END = re.compile(r"(?:等等|等)\Z")
_LIST_SEPARATOR = re.compile(r"[、]|以及|及|和|与|與")


def _listed_before(text: str, clause: int, at: int, tag: Tagger) -> Span | None:
    """The span of a list of names ending in 等 right before the head at `at`, from its first name
    (the run of nouns after the clause's verb: 有基督教东山堂) to the last item, or None when the
    head follows no such list (a single item before 等 is a list too: 东山湖公园等景点)."""
    end = _LIST_END.search(text, clause, at)
    if end is None:
        return None
    items = _LIST_SEPARATOR.split(text[clause : end.start()])
    if not items[0]:
        return None
    start, _ = name_of(text, (clause, clause + len(items[0])), tag)
    return (start, end.start()) if end.start() - start >= MIN_NAME else None


# A count or a quantifier before the name: no part of it (一个, 一种, 全部, 各类, 这些).
_COUNTED = re.compile(r"(?:[一二两三四五六七八九十几数]+[个种类项位名支座所家条件门]|全部|所有|各种|各类|各项|这些|那些|这种|那种|这个|那个|该|其)")


# Tags besides nouns a name is made of: numbers and measures (20号院, 第一中学), abbreviations
# (国际航空运输协会: jieba tags 航空运输 j) and verbal nouns (物业管理委员会).
_IN_A_NAME = frozenset(("m", "q", "j", "vn"))


def name_of(text: str, span: Span, tag: Tagger) -> Span:
    """The name inside a match of a named form: `…小学` also matches 华雨辰是武汉市青山区钢花小学;
    the name is the run of nouns (and numbers: 广安门北街20号院) at its end (武汉市青山区钢花小学),
    after the last verb or particle."""
    start, end = span
    position = start
    for word, flag in tag(text[start:end]):
        found = text.find(word, position, end)
        if found < 0:
            return span
        position = found + len(word)
        if not (flag.startswith("n") or flag in _IN_A_NAME) and position < end:  # 20号院, 第一中学
            start = position
    # 拓宽林原村 (jieba tags the verb 拓宽 a name): the name the text also says on its own (林原村党委).
    whole = text.count(text[start:end])
    start = next((k for k in range(start + 1, end - _MIN_SAID_ALONE + 1) if text.count(text[k:end]) > whole), start)
    return (start, end) if end - start >= MIN_NAME else span


# How far back a word cut by a reach may begin (自治区, 鄂尔多斯).
_WORD_BACK = 4


def _word_start(text: str, at: int, tag: Tagger) -> int:
    """Where the word holding position `at` starts, when `at` falls inside one (jieba's words of the
    few characters around it); `at` itself at a word's start or outside Han text."""
    if at <= 0 or not _HAN.match(text[at - 1 : at]) or not _HAN.match(text[at : at + 1]):
        return max(at, 0)
    begin = max(0, at - _WORD_BACK)
    position = begin
    for word, _ in tag(text[begin : at + _WORD_BACK]):
        found = text.find(word, position)
        if found < 0 or found >= at:
            break
        if found + len(word) > at:
            return found
        position = found + len(word)
    return at


_HAN = re.compile(r"[\u4e00-\u9fff]")
