"""Where the answer is inside a quote: the asked-for fact, marked apart from the matched words.

`highlights` shows why a sentence was chosen (the question's own words); a reader scanning the
quote wants the fact itself: 200多名 for 多少名党员, 8月5日 for 哪天, 程鹏 for 队长是谁. The fact is
found with the same patterns that gave the quote its cue (asked.Asked), so a quote is marked only
where it holds the kind of answer asked for, and never for a question that asks for no kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from .answer_shape import DATELINE
from .asked import Asked
from .asked_slot import slot_spans
from .kin_shape import KIN_REACH
from .name_bounds import MIN_NAME, Span, name_of, which_named
from .name_shape import KIN, NAME_TAGS, NOT_A_PERSON, ORG_NAME
from .named_people import ADDRESSED, common_word
from .offices import HOLDER, held_at
from .place_shape import where_named
from .quotes import _NUMBER_A
from .text import CLAUSE_MARK, Tagger

__all__ = ["answer_spans"]

_YEAR = r"(?:(?<![0-9])(?:1[0-9]|20)\d\d|[〇零一二三四五六七八九]{4})年"
# A whole date as written, longest first at each position: 2021年8月5日, 8月5日, 2019年上半年, 90年代.
_DATE_SPAN = re.compile(
    rf"{_YEAR}(?:\d{{1,2}}月(?:\d{{1,2}}[日号])?)?(?:[上下]半年|[初底末])?"
    r"|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|\d{1,2}月\d{1,2}[日号]|\d{1,2}月(?:[上中下]旬|[初底末])?"
    r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})世纪(?:\d0年代)?|(?:19|20)?\d0年代"
    r"|(?<![\d月])\d{1,2}日(?!电)"
    r"|(?:周|星期|礼拜)[一二三四五六日天]")  # 每周二: the day of the week 星期几 asks for
# 数百名, 几十只: a vague amount is no answer to 多少 (quotes._NUMERAL keeps them out of the cue too).
_VAGUE = "数數几幾"


def answer_spans(text: str, asked: Asked, tag: Tagger, near: Sequence[Span] = ()) -> tuple[Span, ...]:
    """The span of the asked-for fact in `text` (a quote folded with `text.fold`, same length as the
    verbatim quote), or () when the quote holds no answer of the asked kind.

    `tag` is the part-of-speech tagger (Tokenizer.tag), asked only for person, place and
    organisation questions. `near` are the question words' spans (`highlights`): a candidate they
    wholly cover is the question's own subject (华雨辰 in 华雨辰是哪所学校的老师), not its answer, and
    among several candidates of the best kind the one whose clause holds most of them, then the one
    nearest them, is the answer.
    """
    for tier in _tiers(text, asked, tag):
        found = [span for span in tier if not _covered(text, span, near)]
        if found:
            marks = [m.start() for m in CLAUSE_MARK.finditer(text)]
            sentences = [m.start() for m in _SENTENCE_END.finditer(text)]
            return (min(found, key=lambda span: (-_in_clause(span, near, marks, len(text)),
                                                 -_in_clause(span, near, sentences, len(text)),
                                                 _distance(span, near), span)),)
    return ()


_UNPUNCTUATED = re.compile(r"[^“”\"「」『』，,。；;：:、（）()]*")


def _tiers(text: str, asked: Asked, tag: Tagger) -> Iterable[list[Span]]:
    """Candidate spans, most precise kind first (a count of the asked-for thing before any number)."""
    kind = asked.kind
    if kind == "number":
        if asked.change:  # 同比增长了多少: the change (38.2%, 3万), not the amount before it
            yield [m.span(1) for m in _CHANGE_SPAN.finditer(text)]
        if asked.duration is not None:
            yield _matches(asked.duration, text)
        if asked.count is not None and asked.measured is not None:
            # 200多名社区党员 says which number counts 党员; the mark is its number and measure, 200多名.
            # A match that runs on to its noun (121处“家门口”党群服务站 for 多少个) is cut at the first
            # mark of punctuation: the number and its measure word.
            yield [(m.start(), _UNPUNCTUATED.match(text, m.start(), m.end()).end()) for c in asked.count.finditer(text)
                   if (m := asked.measured.match(text, c.start())) is not None]
        if asked.count is not None and asked.measured is None:
            # 多少居民, no measure word: the number that counts 居民 (2万多名社区居民), not 200多名党员.
            yield [m.span() for c in asked.count.finditer(text)
                   if (m := _NUMBER_A.search(text, c.start(), c.end())) is not None]
        if asked.measured is not None:
            yield _matches(asked.measured, text)
        # Any amount, but not a date (去年2月 answers no 多少) nor a vague one (数百名).
        dates = _matches(_DATE_SPAN, text)
        yield [span for span in _matches(_NUMBER_A, text)
               if not any(a < span[1] and span[0] < b for a, b in dates)
               and (span[0] == 0 or text[span[0] - 1] not in _VAGUE)]
    elif kind == "date":
        # Relative dates (今年, 当日) are left unmarked: 当日 is no answer to 哪天.
        # A dateline's date is the report's, not the event's, unless the question asks when it was filed.
        filed = [] if asked.filed else _matches(DATELINE, text)
        dates = [span for span in _matches(_DATE_SPAN, text) if not any(a <= span[0] < b for a, b in filed)]
        if asked.precise is not None:
            yield [span for span in dates if asked.precise.search(text, *span)]
        yield dates
    elif asked.named is not None:
        # 哪所学校 asks for a school: a school's name or nothing, not any name in the sentence.
        yield [name_of(text, span, tag) for span in _matches(asked.named, text)]
        # 青山方舱医院 for 哪一家方舱医院: cut to the name after its place (方舱医院), it is the question's own
        # words; whole, it is the answer.
        yield _matches(asked.named, text)
    elif kind in NAME_TAGS:
        if asked.via:
            yield _named_by(text, asked.via, tag)
        if asked.slot is not None:  # 孙权派吕岱前往 for 孙权派谁前往: the name where 谁 stands
            before = asked.slot[0]
            # A cleft's name may open a clause (村两委安排集体合作社统一收购): the run of nouns at its end.
            yield [span if span[0] >= len(before) and text[span[0] - len(before) : span[0]] == before
                   else name_of(text, span, tag) for span in slot_spans(asked.slot, text)]
        if asked.role:
            # News style names the holder right after the title (党委书记麻三占说), a name jieba
            # may not tag (and may tag a verb and place, 拓宽林原村, a person instead).
            yield [m.span(1) for m in held_at(asked.role, text, HOLDER)]
        if kind == "organisation":  # 成立了个啥组织: 物业管理委员会 by its ending, not the 北京市 before it
            yield [name_of(text, span, tag) for span in _matches(ORG_NAME, text)]
        tagged = tag(text)  # once, for the places after 在/于 and the tagged names
        if kind == "place":  # 逝世亦在马德里: a name jieba tags a person's, where the preposition says where
            yield _where_spans(text, tagged)
        # jieba tags 老伴儿 a person's name: a kin word names no one. A quoted one (“红马甲”) is a
        # nickname or a slogan: an answer only when the sentence names no one else.
        runs = [(a, b) for a, b in _tagged_runs(text, NAME_TAGS[kind], tagged) if not KIN.fullmatch(text[a:b])]
        if kind == "person":  # 张银祥家: jieba reads the household as the name; the person is 张银祥
            runs = [(a, b - 1) if b - a > 2 and text[b - 1] == "家" else (a, b) for a, b in runs
                    if not NOT_A_PERSON.search(text[a:b])  # 青秀區, tagged a person's name
                    and not common_word(text[a:b], text[a - 1 : a])]  # 養老 of 居家養老中心, tagged so too
            runs += [m.span() for m in ADDRESSED.finditer(text)]  # 张大爷: jieba reads 张 + 大爷
        if asked.role and KIN.search(asked.role):  # 儿子叫啥: a name next to 儿子, not the visitor's
            kin = [m.span() for m in re.finditer(re.escape(asked.role), text)]
            runs = [(a, b) for a, b in runs if any(a - e <= KIN_REACH and s - b <= KIN_REACH for s, e in kin)]
        quoted = [(a, b) for a, b in runs if text[a - 1 : a] in _OPENING_QUOTES and text[b : b + 1] in _CLOSING_QUOTES]
        yield [span for span in runs if span not in quoted]
        yield quoted
    elif asked.which:
        yield from which_named(text, asked.which, tag)


def _matches(pattern: re.Pattern[str], text: str) -> list[Span]:
    return [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]


def _tagged_runs(text: str, flags: set[str], tagged: Sequence[tuple[str, str]]) -> list[Span]:
    """Runs of adjacent words (`tagged`: the text's words and tags) tagged as names of this kind
    (黑龙江省 + 依兰 stay one place)."""
    runs: list[Span] = []
    position = 0
    for word, flag in tagged:
        start = text.find(word, position)
        if start < 0:
            continue  # the tagger changed the word: skip it rather than mark the wrong characters
        position = start + len(word)
        if flag not in flags or not word.strip():
            continue
        if runs and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((start, position))
    return [span for span in runs if span[1] - span[0] >= MIN_NAME]


def _where_spans(text: str, tagged: Sequence[tuple[str, str]]) -> list[Span]:
    """The places `place_shape.where_named` finds in the tagged text, as character spans (none where
    the tagger changed a word, rather than mark the wrong characters)."""
    starts: list[int] = []
    position = 0
    for word, _ in tagged:
        start = text.find(word, position)
        if start < 0:
            return []
        starts.append(start)
        position = start + len(word)
    return [(starts[a], starts[b - 1] + len(tagged[b - 1][0])) for a, b in where_named(tagged)]


_OPENING_QUOTES = frozenset("“「『\"")
_CLOSING_QUOTES = frozenset("”」』\"")
_CHANGE_SPAN = re.compile(r"(?:增长|增長|增加|提高|提升|下降|减少|減少|降低|上升|增幅|降幅|涨|漲|跌)(?:了|为|為|达|達)?(?:约|約|近|超过|超過)?"
                          r"([0-9]+(?:\.[0-9]+)?\s*(?:%|％|倍|个百分点|個百分點|[万萬亿億]?[元个個人件名家]?))")
_SENTENCE_END = re.compile(r"[。；;！!？?]")


def _in_clause(span: Span, near: Sequence[Span], ends: Sequence[int], length: int) -> int:
    """How much of the question (in characters) shares the candidate's clause: 对日本进出口451.3亿元
    holds 日本 and 进出口, 全省对欧盟进出口665.3亿元 only 进出口, though both touch a question word.
    Read by clause (`ends`: where the text's clause marks are) and then by sentence (…;对韩国进出口…,
    同比增长38.2%); `length` is the text's."""
    start = max((e + 1 for e in ends if e < span[0]), default=0)
    end = min((e for e in ends if e >= span[1]), default=length)
    return sum(b - a for a, b in near if start <= a and b <= end)


def _covered(text: str, span: Span, near: Sequence[Span]) -> bool:
    """Is every character of the span inside the question's own words (张银祥家 too: his household
    is the subject 张银祥, not a name answering who)?"""
    start, end = span
    while end - start > 1 and text[end - 1] in _HOUSEHOLD:
        end -= 1
    return all(any(a <= i < b for a, b in near) for i in range(start, end))


_HOUSEHOLD = frozenset("家们")


def _named_by(text: str, via: str, tag: Tagger) -> list[Span]:
    """The noun or name right after the preposition the question asks through (给女儿拨打 for 给谁打)."""
    spans: list[Span] = []
    position = 0
    for (word, _), (following, flag) in pairwise(tag(text)):
        start = text.find(word, position)
        if start < 0:
            continue  # the tagger changed the word: skip it rather than mark the wrong characters
        position = start + len(word)
        if word == via and flag[:1] == "n" and len(following) >= 2 and text.startswith(following, position):
            spans.append((position, position + len(following)))
    return spans


def _distance(span: Span, near: Sequence[Span]) -> int:
    """Characters between the span and the closest question word (0 when they touch or overlap)."""
    return min((max(0, a - span[1], span[0] - b) for a, b in near), default=0)
