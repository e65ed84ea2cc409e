"""Comparisons: 孙志荣跟张银祥谁岁数大, 哪边人多, 谁更早, A比B还多吗 — each side's fact, quoted.

The documents seldom compare what they tell of separately: 今年85岁的7层住户孙志荣 and 今年47岁的
张银祥 are two stories. Asked alone, a comparison finds one side's sentence, or none, and a quote of
one side is no answer. So the question is asked once per side, in the asking its attribute takes
(岁数大 → 岁数多大, 更早 → 是什么时候, 人多 → 有多少, 更高 → 是多少), and both quotes are shown:
the side its figures favour first (85岁 before 47岁 for 谁岁数大), in the order asked when the figures
cannot be read. The figures are only compared, never stated: qa says nothing the quotes do not.
When the documents state one side only, that is said (not-stated, with the side found as related
material); when they state neither, that is said too: a sentence about one side answers no "which"
(A比B年长几岁 may be answered by one sentence comparing them: 比他年长三岁).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .models import Answer, Hit
from .numerals import chinese_to_int
from .paragraphs import paragraphs_around
from .question_text import filler_length
from .quoting import Request
from .served import Corpus
from .text import fold

__all__ = ["Comparison", "answer_compared", "comparable", "figure", "read_comparison", "tells_of"]


@dataclass(frozen=True)
class Comparison:
    """Two sides, the question asked of each, and whether the larger figure is the one asked for."""

    sides: tuple[str, str]
    asked: tuple[str, str]
    larger: bool
    # A比B年长几岁, A比B还多吗: one sentence may state the comparison itself (比他年长三岁), so unless
    # both sides' askings answer, the question as typed is answered by a sentence comparing.
    direct: bool = False


# What is compared: a size or an age (大), an amount (多), a time (早), a rate (高, 快), a length, a while.
_ADJECTIVES = "大小多少早晚先高低长長短快慢久"
_LARGER = frozenset("大多晚高长長快久")
_SIDE = r"[^，,？?。！!；;]{2,24}?"
_AND = r"(?:和|跟|与|與|同)"
_WHICH = r"(?:谁|誰|哪个|哪個|哪边|哪邊|哪家|哪一个|哪一個|哪方|哪一方|哪支|哪位|哪所|哪种|哪種|哪样|哪樣)"
_DEGREE = r"(?:更|比较|比較|要|还|還)?"
_TAIL = r"(?:些|一些|点|點|一点|一點)?(?:呀|啊|呢|吧|哇)?[？?！!。.\s]*$"
# 孙志荣跟张银祥比谁岁数大, 江欣苑社区和石油共生大院，哪边住的居民多: A and B, then which one is more so.
# What the question says first, of both sides (江汉北路42号小区装电梯，居民掏的钱比单位少多少).
_CONTEXT = r"^(?P<context>[^？?。！!]*[，,]\s*)??"
# A time may stand before the asking (沈阳片区跟大连片区比，上半年谁的单量多), and the attribute may hold a
# figure (哪边70岁以上的老人多); which came first may say what came (哪支队先成立的: 什么时候成立的).
_TIME_FIRST = r"(?P<when>(?:上|下)半年|今年|去年|前年|[0-9]{4}年(?:[上下]半年)?|疫情(?:期间|期間)|那时候|那時候|当时|當時)?"
_WHICH_MORE = re.compile(rf"{_CONTEXT}(?P<a>{_SIDE}){_AND}(?P<b>{_SIDE})(?:相比|比起来|比起來|比较|比較|比)?[，,\s]*"
                         rf"{_TIME_FIRST}{_WHICH}的?{_DEGREE}(?P<noun>[\u4e00-\u9fff0-9]{{0,8}}?){_DEGREE}(?P<adj>[{_ADJECTIVES}])"
                         r"(?:(?<=[早晚先])(?P<deed>(?:(?![几幾多些点點])[\u4e00-\u9fff]){1,4}?)的?)?" + _TAIL)
# 白领驿家的会员比阔口社区的常住人口还多吗, 居民掏的钱比单位少多少: A against B, yes or no or by how
# much, asked so (雅可比符号…作用重大 asks no comparison: the 比 is a name's).
# Not the 比 of 同比, 相比, 对比, 比例, 比如 (a word of its own).
_THAN = re.compile(rf"{_CONTEXT}(?P<a>{_SIDE})(?<![同相对對类類好无無评評反])比(?![例重较較赛賽如方])(?P<b>{_SIDE}){_DEGREE}(?P<noun>)(?P<adj>[{_ADJECTIVES}])"
                   r"(?:吗|嗎|么|麼|不|没有|沒有|多少|了多少|几|幾)(?:年|岁|歲|个|個|人|倍)?(?:呀|啊|呢|吧)?[？?！!。.\s]*$")
# A side asking something itself (为什么刘发…比其他藩王小, 比进入哪边的恒星, 那些 typed for 哪些): no side
# of a comparison.
_ASKING = re.compile(r"哪|什么|什麼|谁|誰|多少|几|幾|为何|為何|为啥|為啥|怎|如何|那些")
# A sentence comparing two things itself: 比他年长三岁, 高于, 超过去年全年, 是…的两倍.
_COMPARES = re.compile(r"比[^，,。；;]{0,12}(?:多|少|大|小|高|低|长|短|早|晚|快|慢|年长|年轻)|高于|低于|多于|少于|超过|不及|倍")
# The pair named again after the second (张银祥和金家龙这俩人): no side's words.
_BOTH = re.compile(r"(?:这|這|那)?(?:俩|倆|两|兩)(?:位|个|個|人|家)?(?:人)?$")
# A side that is a question word or a pointer is no side (那边和这边 are the last turn's); nor is a time
# (比去年同期涨了多少: a change over time, which one sentence states).
_NO_SIDE = re.compile(r"^(?:那|这|這|它|他|她|哪|谁|誰|去年|上年|前年|上一年|上个?月|上個?月|以前|之前|过去|過去|往年|同期"
                      r"|上季度|当时|當時|原来|原來|[0-9]{4}年)")


def read_comparison(question: str) -> Comparison | None:
    """The comparison a question asks (plain text, fillers already gone), or None."""
    text = question.strip()
    text = text[filler_length(text) :].strip()  # 老师好 我想问下: not a side's words
    match = _WHICH_MORE.match(text) or _THAN.match(text)
    if match is None:
        return None
    sides = (match.group("a").strip(" 　"), _BOTH.sub("", match.group("b")).strip(" 　"))
    if any(not side or _NO_SIDE.match(side) or re.search(_AND, side) or _ASKING.search(side) or fold(side) == fold(other)
           for side, other in (sides, sides[::-1])):
        return None  # 辽宁跟韩国和欧盟…哪边: three parts; 为什么…比其他藩王小: a why, not a which
    if "的" not in sides[0] and (tail := re.search(r"的[\u4e00-\u9fff]{1,6}$", sides[1])) is not None:
        sides = (sides[0] + tail.group(), sides[1])  # 对日本和对美国的进出口额: 对日本的进出口额 too
    noun, adjective, context = match.group("noun"), match.group("adj"), match.group("context") or ""
    if match.re is _WHICH_MORE:
        context += match.group("when") or ""  # 上半年: each side's asking is of that time
        if deed := match.group("deed"):  # 哪支队先成立的: 什么时候成立的 (队 is what the sides are)
            noun = (noun if len(noun) > 1 else "") + deed
    return Comparison(sides, (context + _asking(sides[0], noun, adjective), context + _asking(sides[1], noun, adjective)),
                      adjective in _LARGER, direct=match.re is _THAN)


def _asking(side: str, noun: str, adjective: str) -> str:
    """The question asked of one side: 孙志荣 + 岁数 + 大 → 孙志荣岁数多大; 江欣苑社区 + 住的居民 + 多
    → 江欣苑社区住的居民有多少 (人多: 有多少, the side names who); 朱开成住进石油大院 + 早 → …是什么时候."""
    if adjective in "早晚先":
        noun = noun.rstrip("得的")  # 建得早: 什么时候建的
        return f"{side}什么时候{noun}的" if noun else f"{side}是什么时候"  # 东兴小区什么时候建的
    if adjective in "多少":
        return f"{side}{'' if noun in ('', '人') else noun}有多少"
    if adjective in "大小":
        return f"{side}{noun}多大"
    if adjective in "长長短":
        return f"{side}{noun}多长"
    if adjective == "久":
        return f"{side}{noun}多久"
    return f"{side}{noun}是多少"  # 高, 低, 快, 慢: a rate or a share


def answer_compared(comparison: Comparison, ask: Callable[[str], Answer], question: str,
                    tells_of: Callable[[Hit, str], bool]) -> Answer:
    """Both sides' quotes (`ask` answers one side's question), the favoured first; not-stated with the
    one side found when the other is not, and without a quote when neither is (no-match when the
    documents speak of neither). For A比B年长几岁, unless both sides are found, the answer to the
    question as typed when its quote compares (比他年长三岁). `tells_of` (a hit, a side) says whether
    the hit's article and paragraphs name the side: a fact of another's is not the side's."""
    answers = [ask(asked) for asked in comparison.asked]
    # A side is found when its quote marks a fact of the kind asked (85岁, 20世纪70年代), not merely
    # by a sentence about it, where the side is told of: the quotes are put side by side to be weighed.
    found = [(answer, answer.hits[0]) for answer, side in zip(answers, comparison.sides, strict=True)
             if answer.answered and answer.hits and answer.fact and tells_of(answer.hits[0], side)]
    corrections = tuple(dict.fromkeys(c for answer in answers for c in answer.corrections))
    if len(found) < 2 and comparison.direct:
        # 布拉特比托尔金年长几岁: 比他年长三岁 says it, though neither age is told alone. The question as
        # typed answers only with a sentence comparing (居民掏的钱比单位少多少 is not answered by one
        # about the building).
        typed = ask(question)
        if typed.answered and typed.hits and _COMPARES.search(fold(typed.hits[0].quote)):
            return typed
    if not found:
        # Neither side's fact: no quote of one side, nor of a sentence naming both, answers which.
        spoken = any(answer.answered or answer.reason == "not-stated" for answer in answers)
        return Answer(question, False, [], reason="not-stated" if spoken else "no-match",
                      subject="、".join(comparison.sides) if spoken else None, corrections=corrections)
    if len(found) == 1:
        missing = comparison.sides[1] if found[0][0] is answers[0] else comparison.sides[0]
        return Answer(question, False, [replace(found[0][1], rank=1)], reason="not-stated", subject=missing,
                      corrections=corrections)
    if not comparable(*(answer.fact for answer, _ in found)):
        # 66岁 against 1995年, 300多户 against 2万多名: facts of two measures weigh nothing against each
        # other; one of the quotes is about something else. Both are shown as related material.
        return Answer(question, False, [replace(hit, rank=rank) for rank, (_, hit) in enumerate(found, 1)],
                      reason="not-stated", subject="、".join(comparison.sides), corrections=corrections)
    hits = [hit for _, hit in found]
    figures = [figure(answer.fact) for answer, _ in found]
    if None not in figures and figures[0] != figures[1] and (figures[1] > figures[0]) == comparison.larger:
        hits.reverse()  # the side the figures favour first
    if hits[0].passage_id == hits[1].passage_id and hits[0].quote_start == hits[1].quote_start:
        hits = hits[:1]  # one sentence states both (诉求解决率达93.53%,群众满意率达94.98%)
    return Answer(question, True, [replace(hit, rank=rank) for rank, hit in enumerate(hits, 1)],
                  corrections=corrections)


def tells_of(corpus: Corpus, hit: Hit, side: str) -> bool:
    """Is the hit about the side: its article names each of the side's names (辽宁, 日本), and its
    paragraphs (one each side) one of them (对日本进出口451.3亿元 under a report on 辽宁)? A side
    searched as another word (a typo) is checked so; words general Chinese uses are not names."""
    request = Request.read(side, corpus)
    used = dict(request.question.corrections)
    names = [fold(used.get(t.word, t.word)) for t in request.question.key_terms if t.named and t.in_corpus]
    if not names:
        return True
    index = corpus.position[hit.passage_id]
    article = fold(corpus.article_text(index))
    passage = corpus.passages[index]
    around = paragraphs_around(corpus.docs[passage.doc_id].text, passage.start, passage.end, 1)[0]
    return all(name in article for name in names) and any(name in fold(f"{hit.title}\n{around}") for name in names)


_CENTURY = re.compile(r"(\d{1,2})世纪(\d)0年代")
_NUMBER = re.compile(r"(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*(万|萬|亿|億)?")
_SCALE = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}


def figure(fact: str) -> float | None:
    """The size a marked fact says, comparable with another of its kind: 85岁 → 85, 2万多名 → 20000,
    20世纪70年代 → 1970, 2017年3月 → 2017; None when it says no number. Read folded (20世紀80年代)."""
    fact = fold(fact)
    if (century := _CENTURY.search(fact)) is not None:
        return (int(century.group(1)) - 1) * 100 + int(century.group(2)) * 10
    match = _NUMBER.search(fact)
    if match is None:
        return None
    number = match.group(1)
    value = float(number) if number[0].isdigit() else chinese_to_int(number.replace("两", "二"))
    if value is None:
        return None
    return float(value) * _SCALE.get(match.group(2) or "", 1.0)


# The measure after a figure (85岁, 2万多名, 168个, 13项, 94.98%), people counted by any word for them.
_MEASURE = re.compile(r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*(?:多|余|餘)?\s*(?:万|萬|亿|億)?\s*(?:多|余|餘)?\s*([^\d\s，,。；;、]?)")
_SAME_MEASURE = {"名": "人", "位": "人", "個": "个", "項": "项", "歲": "岁", "戶": "户", "條": "条", "處": "处", "單": "单"}


def comparable(first: str, second: str) -> bool:
    """Do two marked facts measure the same thing (85岁 and 47岁; 2萬人 and 2万多名; two dates)? A
    fact whose measure cannot be read, or counted by 个, compares with any (577个 项目, 922项)."""
    measures = [_measure(fact) for fact in (first, second)]
    return "" in measures or "个" in measures or measures[0] == measures[1]  # 个 counts anything


def _measure(fact: str) -> str:
    fact = fold(fact)
    if _CENTURY.search(fact) or re.search(r"\d{4}\s*年", fact):
        return "年"  # a date, however precise
    match = _MEASURE.search(fact)
    unit = match.group(1) if match is not None else ""
    return _SAME_MEASURE.get(unit, unit)
