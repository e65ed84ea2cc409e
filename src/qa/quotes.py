"""Inside a retrieved passage, pick the sentence that answers and mark the matched terms.

A passage is up to four sentences; a user wants the one that holds the answer. Sentences are
scored by the IDF of the question words they contain, plus a cue for the kind of question:
多少/几 wants a number with its measure word, 谁 a person, 哪里 a place, 何时 a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .text import fold

Span = tuple[int, int]

_NUMBER_Q = re.compile(r"多少|几|幾|数量|數量|人数|人數|比例|百分之|规模|規模|多大|多长|多長|多久|多高|第几|第幾")
_DATE_Q = re.compile(r"何时|何時|什么时候|什麼時候|哪一?年|哪一?天|哪个月|几月|幾月|几号|日期|时间|時間|何年|年代")
_PERSON_Q = re.compile(r"谁|誰|哪位|名字|姓名|叫什么|叫什麼|何人")
_PLACE_Q = re.compile(r"哪里|哪裡|哪儿|哪兒|何地|何处|何處|在哪|哪个省|哪個省|哪座|哪个城市|哪個城市|位于|位於|什么地方|什麼地方")
_ORG_Q = re.compile(r"哪所|哪個學校|哪个学校|哪个部门|哪個部門|哪个单位|哪個單位|哪家|什么机构|什麼機構|什么组织|什麼組織|哪个组织")

_NUMBER_A = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?\s*(?:多)?\s*[万萬亿億千百]?(?:多)?[名个個位人户戶件家条條项項岁歲场場次元%％万萬亿億座只台所天年月]"
                       r"|[一二两兩三四五六七八九十百千万萬亿億]+(?:多)?[名个個位人户戶件家条條项項岁歲场場次元座只]")
_DATE_A = re.compile(r"(?:19|20)\d\d年|\d{1,2}月|\d{1,2}日|年代|上半年|下半年|今年|去年|前年|明年|世纪|世紀|[春夏秋冬]季|初|底")


CUE_BONUS = {0.0: 0.0, 1.0: 1.0, 2.0: 3.0, 3.0: 5.0}


@dataclass(frozen=True)
class Quote:
    start: int  # offsets into the passage text
    end: int
    highlights: tuple[Span, ...]  # offsets into the quote
    score: float
    cue: float = 0.0  # 3/2: a count of the asked-for thing / with its measure word; 1: the right kind
    coverage: float = 0.0  # share of the question's term weight inside the quoted sentence(s)


def question_kind(question: str) -> str | None:
    for kind, pattern in (("date", _DATE_Q), ("number", _NUMBER_Q), ("person", _PERSON_Q),
                          ("place", _PLACE_Q), ("organisation", _ORG_Q)):
        if pattern.search(question):
            return kind
    return None


_MEASURE_Q = re.compile(r"(?:多少|几|幾|第几|第幾)\s*([^\s\d，。？！?!,]?)")
# 数百名 / 几十只 are vague amounts, not an answer to 多少: a counted numeral may not follow 数/几.
_NUMERAL = r"(?:[0-9]+(?:\.[0-9]+)?|(?<![数數几幾])[一二两三四五六七八九十百千]+)\s*(?:多|余)?\s*[万亿]?\s*(?:多|余)?"


_COUNTED_Q = re.compile(r"(?:多少|几|幾)\s*[^\s\d，。？！?!,的是在有呢吗么]([\u4e00-\u9fff]{2,4})")


def counted_noun(question: str) -> str | None:
    """What is being counted: 多少名党员 → 党员, 多少户居民 → 居民 (its first two characters)."""
    match = _COUNTED_Q.search(fold(question))
    return match.group(1)[:2] if match else None


def measure_word(question: str) -> str | None:
    """The measure word the asker expects after the number: 多少名党员 → 名, 幾歲 → 岁, 第几个 → 个."""
    match = _MEASURE_Q.search(fold(question))
    if not match or not match.group(1):
        return None
    word = match.group(1)
    return None if word in "的是在有呢吗么" else word


def _cue(kind: str | None, sentence: str, tag: Callable[[str], list[tuple[str, str]]],
         measure: str | None = None, noun: str | None = None) -> float:
    """How strongly a sentence looks like the answer to this kind of question (0 to 3).

    3: a number with the asked-for measure word counting the asked-for thing (200多名社区党员);
    2: a number with the measure word; 1: an answer of the right kind (a number, a date, a name).
    """
    if kind == "number":
        if measure == "钱" and re.search(_NUMERAL + r"[万亿]?[元块]", sentence):
            return 2.0  # 多少钱 is answered in 元
        if measure and noun and re.search(_NUMERAL + re.escape(measure) + r"[^，。,;；]{0,4}?" + re.escape(noun), sentence):
            return 3.0
        if measure and re.search(_NUMERAL + re.escape(measure), sentence):
            return 2.0
        return 1.0 if _NUMBER_A.search(sentence) else 0.0
    if kind == "date":
        return 1.0 if _DATE_A.search(sentence) else 0.0
    if kind in {"person", "place", "organisation"}:
        wanted = {"person": {"nr", "nrfg", "nrt"}, "place": {"ns", "nsf"}, "organisation": {"nt", "nz", "ns"}}[kind]
        return 1.0 if any(flag in wanted for _, flag in tag(sentence)) else 0.0
    return 0.0


def find_spans(folded: str, terms: Sequence[str]) -> list[Span]:
    """Non-overlapping occurrences of the terms (longest first), merged when adjacent."""
    taken: list[Span] = []
    for term in sorted(set(terms), key=len, reverse=True):
        if not term:
            continue
        pos = folded.find(term)
        while pos != -1:
            span = (pos, pos + len(term))
            if all(span[1] <= a or span[0] >= b for a, b in taken):
                taken.append(span)
            pos = folded.find(term, pos + len(term))
    taken.sort()
    merged: list[Span] = []
    for span in taken:
        if merged and span[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span[1]))
        else:
            merged.append(span)
    return merged


def pick_quote(
    passage_text: str,
    sentences: Sequence[Span],
    terms: dict[str, float],
    question: str,
    tag: Callable[[str], list[tuple[str, str]]],
    *,
    convert_script: bool = True,
    min_chars: int = 12,
) -> Quote:
    """The best sentence (or two, when the best is very short) of a passage for this question.

    `sentences` are offsets into `passage_text`; `terms` maps folded question words to weights.
    """
    kind = question_kind(question)
    measure = measure_word(question) if kind == "number" else None
    noun = counted_noun(question) if measure else None
    folded_passage = fold(passage_text, convert_script=convert_script)
    top = max(terms.values(), default=1.0)
    scored: list[tuple[float, float]] = []  # (term score, cue) per sentence
    for start, end in sentences:
        folded = folded_passage[start:end]
        term_score = sum(weight for word, weight in terms.items() if word in folded)
        scored.append((term_score, _cue(kind, folded, tag, measure, noun) if kind else 0.0))
    # A sentence holding the number with the asked-for measure word (多少户 → 300多户) is the answer.
    ranked = [(ts + top * CUE_BONUS[cue] * (1.0 if ts > 0 else 0.5), -i)
              for i, (ts, cue) in enumerate(scored)]
    score, neg = max(ranked)
    position = -neg
    start, end = sentences[position]
    cue_here = scored[position][1]
    if kind and not cue_here:
        # The sentence naming the subject is often followed by the one with the answer.
        for other in (position + 1, position - 1):
            if 0 <= other < len(sentences) and scored[other][1]:
                start, end = min(start, sentences[other][0]), max(end, sentences[other][1])
                cue_here = scored[other][1]
                break
    if end - start < min_chars and position + 1 < len(sentences):
        end = max(end, sentences[position + 1][1])
    highlights = find_spans(folded_passage[start:end], [t for t in terms if len(t) > 1 or not t.isascii()])
    total = sum(terms.values()) or 1.0
    folded_quote = folded_passage[start:end]
    coverage = sum(w for t, w in terms.items() if t in folded_quote) / total
    return Quote(start, end, tuple(highlights), score, cue_here, coverage)
