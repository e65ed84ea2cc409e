"""What a count counts, read from jieba's tags on the question: 多少名队员 → 队员 (the number's clause
must name it), 全国党支部有多少个 → 党支部, and 居民有多少 → people counted. The patterns alone
(`qa.asked`) cannot tell 居民 from 增长 before 有多少; the tagger can (`qa.question` calls these).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .asked import Asked
from .asked_amounts import MEASURE_ONLY, counts_people, people_pattern, vague_people_pattern

__all__ = ["counted_by_tags", "part_counted", "people_counted"]


# The marks a name the asker quotes stands between, which jieba hands over as words of their own.
_QUOTE_MARKS = frozenset("“”「」『』‘’\"'")


def counted_by_tags(words: Sequence[tuple[str, str]]) -> str | None:
    """What 多少/几 counts, by the tagged words after it and its measure word: 多少名队员 → 队员,
    多少个老旧小区 → 小区 (the last noun of the run). None when no measure word of its own or no noun
    of two characters follows (多少人参加, 幾位此類的…): then any number with the measure word answers."""
    at = next((i for i, (word, _) in enumerate(words) if re.search("多少|几|幾", word)), None)
    # Only after a measure word of its own (多少 名 队员, or 几个 皇帝 as jieba glues the two): 多少人口
    # and 几年时所 are read by jieba with the measure inside the noun, and 第几代后人 asks which one,
    # not how many.
    if at is None or "第" in words[at][0]:
        return None
    glued = len(words[at][0]) == 2 and words[at][0][0] in "几幾" and words[at][0][1] in _COUNTERS
    if not glued and (at + 1 >= len(words) or words[at + 1][1] != "q"):
        return None
    after = at + 1 if glued else at + 2
    nouns: list[str] = []
    for word, flag in words[after:]:
        if word in _QUOTE_MARKS:
            continue  # 多少个“家门口”党群服务站: the noun is in and after the quotation marks
        if not (flag.startswith("n") or flag in ("a", "s")):  # 家门口 (s) qualifies 党群服务站
            break
        if flag.startswith("n"):
            nouns.append(word)
    measure = words[at][0][1] if glued else words[at + 1][0]
    if not nouns and measure in _THINGS and all(flag in ("x", "y") for _, flag in words[after:]):
        before = _counted_before(words[:at])
        # 42号小区有多少户: households or people in a place, not places counted (300多户居民); but
        # 整个社区总共多少户 is the whole place's, which the clause giving it must name.
        if (before and measure in _DWELLERS and _A_PLACE.search(before)
                and not any(word in ("整个", "整個", "全") for word, _ in words[:at])):
            return None
        return before
    return nouns[-1] if nouns and len(nouns[-1]) >= 2 and nouns[-1] not in MEASURE_ONLY else None


# 具体点，到底是多少个人: the exact count asked, which a rough one (数百名) does not give.
_EXACT = re.compile(r"具体|具體|到底|确切|確切|准确|準確|精确|精確")


def people_counted(words: Sequence[tuple[str, str]], asked: Asked) -> Asked:
    """居民有多少, 老人一共有多少: a count with no measure word, of a noun of people before 有 (jieba's
    tags tell 居民 from 增长) or right after 多少 (覆盖了多少居民, 有多少运动员参加), is answered by people
    counted (`asked_amounts.people_pattern`), not by 200多个 of the service centres; the question's
    `asked` unchanged otherwise."""
    if asked.kind != "number" or asked.measured is not None or asked.change:
        return asked
    at = len(words)
    while at and words[at - 1][1] in ("y", "x"):
        at -= 1
    noun = None
    if asked.count is None and at and words[at - 1][0] == "多少":
        noun = _counted_before(words[: at - 1])
    elif asked.count is not None:  # 多少 before a noun (`asked_amounts.bare_count_pattern`)
        noun = next((after for (word, _), (after, flag) in zip(words, words[1:], strict=False)
                     if word == "多少" and flag.startswith("n") and len(after) >= 2), None)
    if not noun or not counts_people(noun):
        return asked
    # 数百名下沉党员 answers roughly, unless the exact count is asked (具体点，到底是多少个人).
    exact = _EXACT.search("".join(word for word, _ in words))
    return replace(asked, measured=people_pattern(noun, whole=_nothing_said_of(words, noun)),
                   vague=asked.vague or (None if exact else vague_people_pattern(noun)))


# What may close a question after the people it counts, saying nothing of them.
_CLOSING = frozenset(("有", "多少", "一共", "总共", "總共", "共", "呢", "啊", "呀", "吗", "嗎", "吧", "了", "啦"))


def _nothing_said_of(words: Sequence[tuple[str, str]], noun: str) -> bool:
    """Nothing after the counted people and 多少 but particles (居民有多少, 一共住了多少居民啊): the
    question asks how many there are, not how many of them take part (多少居民参加了) or are of a kind
    (居民中有多少是老人)."""
    last = max(i for i, (word, _) in enumerate(words) if word in (noun, "多少"))
    return all(word in _CLOSING or flag in ("x", "y") for word, flag in words[last + 1 :])


# Measure words of households and people, which never count a place (小区, 社区, 村) named before them.
_DWELLERS = frozenset("户戶名位")
_A_PLACE = re.compile(r"(?:社区|社區|小区|小區|街道|片区|园区|村|镇|鎮|乡|鄉|县|縣|市|省|区|區|院)$")
# Measure words of things counted (not units: 多少米, 多少平方米 measure the noun before, not count it).
_THINGS = frozenset("个個名位家所座支项項种種户戶")
# Measure words jieba glues to 几 (几个, 几支, 几所): counting things or people, never time (几年, 几天).
_COUNTERS = frozenset("个個名位家所座支项項种種户戶条條只隻头頭件台臺辆輛架艘篇部本张張间間栋棟")
# What stands between the counted noun and 多少 when the count ends the question: 党支部(一共)有多少个.
_HAVING = frozenset(("有", "共有", "一共", "总共", "共", "一共有", "总共有", "大约", "约", "大概", "现有", "还有", "现在", "目前",
                     "如今", "都"))


def _counted_before(words: Sequence[tuple[str, str]]) -> str | None:
    """全国党支部有多少个: the count ends the question, so it counts the noun before 有 (党支部), which the
    number's clause must name (黨的基層組織468.1萬個 counts another)."""
    i = len(words)
    while i > 0 and words[i - 1][0] in _HAVING:
        i -= 1
    if i == len(words) or i == 0:
        return None  # no 有: 多少个 after a verb (来了多少个) counts what the verb says
    word, flag = words[i - 1]
    return word if (flag.startswith("n") or flag == "j") and len(word) >= 2 else None


# Where a question has named the whole before the part it counts: a pause (单子里，被退回来的), or 里, 中,
# 其中 (微心愿里孤寡老人许的).
_WHOLE_ENDS = frozenset(("里", "裡", "里头", "裡頭", "里面", "裡面", "中", "当中", "當中", "之中", "其中", "，", ",", " "))
# The place a part is said by (大连那边有几家): the word before one of these.
_OVER_THERE = frozenset(("那边", "那邊", "这边", "這邊", "那儿", "那兒", "这儿", "這兒", "那里", "那裡", "这里", "這裡"))
# Tags of the words that say which part (a noun, a verb, an idiom, a name; not 那, 被, 对).
_PART_TAGS = ("n", "v", "l", "i", "j", "a", "b", "d")


def part_counted(words: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """The part of a whole a count ending the question asks (沈阳片区…单子里，被退回来的有几万单 → 退回来;
    娄底那16.8万多个微心愿里，孤寡老人许的有多少 → 孤寡老人; 备案完的企业，大连那边有几家 → 大连): the words
    between the whole and 的有多少 (or before 那边), two characters or more; () when the question names
    no whole first. A figure for the whole (459万单, 7家 of both cities) does not count the part."""
    at = next((i for i, (word, _) in enumerate(words) if re.search("多少|几|幾", word)), None)
    if at is None:
        return ()
    i = at
    while i > 0 and words[i - 1][0] in _HAVING:
        i -= 1
    if i == at or i == 0:
        return ()
    if words[i - 1][0] in _OVER_THERE:
        place = words[i - 2][0] if i >= 2 else ""
        return (place,) if len(place) >= 2 and i >= 3 and words[i - 3][0] in _WHOLE_ENDS else ()
    if words[i - 1][0] != "的":
        return ()
    start = i - 1
    while start > 0 and words[start - 1][0] not in _WHOLE_ENDS and i - 1 - start < 4:
        start -= 1
    if start == 0 or words[start - 1][0] not in _WHOLE_ENDS:
        return ()
    return tuple(word for word, flag in words[start : i - 1] if len(word) >= 2 and flag.startswith(_PART_TAGS))
