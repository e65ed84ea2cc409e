"""那对美国的同比涨了多少 after 辽宁上半年对RCEP贸易伙伴进出口多少: another object of the last
question's preposition (对, 向, 跟), asked in the last question's frame. `qa.about_x` swaps the object
of 那对韩国呢 with the same reading of where a preposition's object ends (`governed_end`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .leaning_forms import Tagger
from .previous_turn import Conversation, Resolved, found_spans
from .question_words import ASKS_ANYWHERE
from .text import fold

__all__ = ["NOT_TEXT", "PREP", "governed_by", "governed_end", "other_object"]

# What is no text of a follow-up's own: spaces, punctuation, quotation marks.
NOT_TEXT = re.compile(r"[\s？?！!。.，,~～…“”\"]")

# 对韩国, 向日本: a preposition and what it governs, swapped for the same preposition's in the last turn.
PREP = re.compile(r"对|對|向|与|與|跟|同|在|从|從")


# The verb a preposition's object runs up to (对RCEP贸易伙伴 | 进出口多少), by jieba's tags.
_VERB_TAGS = frozenset({"v", "vn"})


def governed_end(folded: str, governed: tuple[int, int], tag: Tagger | None) -> int:
    """Where the preposition's object ends: at the verb after it (对RCEP贸易伙伴进出口多少: the whole
    对RCEP贸易伙伴, not its first word), or at the first key term it holds when the tagger is not at
    hand or finds no such verb (`_object_verb`)."""
    verb = _object_verb(folded, governed[0], tag)
    return verb[0] if verb is not None and verb[0] > governed[1] else governed[1]


def _object_verb(folded: str, start: int, tag: Tagger | None) -> tuple[int, int] | None:
    """Where the verb after the preposition's object is (进出口 of 对RCEP贸易伙伴进出口多少, not 贸易,
    which a noun follows inside the object), looked for after the object begins at `start`; None
    without a tagger, at the asking, or at a 的 ending the object (跟欧盟的进出口是多少)."""
    if tag is None:
        return None
    words = [(word, flag) for word, flag in tag(folded[start:])]
    at = start
    for i, (word, flag) in enumerate(words):
        if ASKS_ANYWHERE.search(word) or (i > 0 and word == "的"):
            return None
        following = words[i + 1][1] if i + 1 < len(words) else ""
        if i > 0 and flag in _VERB_TAGS and not following.startswith("n"):
            return at, at + len(word)
        at += len(word)
    return None


# 那对美国的同比涨了多少: the preposition of the last question, another object, a question of its own.
_OTHER_OBJECT_RE = re.compile(r"^(?:那么?|那)?[，,\s]*(对|對|向|与|與|跟|同)(?=[^？?，,。！!]*(?:" + ASKS_ANYWHERE.pattern + "))")


# Prepositions that take the same partner (对欧盟进出口, 跟日本做了多少生意, 与东盟的贸易): one asked with
# another is the same question of another partner. Not 同, which as often opens 同比 or 同期.
_PARTNER = {"对": "对", "對": "对", "跟": "对", "与": "对", "與": "对"}


def governed_by(folded: str, spans: Sequence[tuple[int, int]], prep: str) -> tuple[int, int] | None:
    """The first of the last question's term spans (in its folded text) right after `prep` or a
    preposition taking the same partner (跟 as 对, `_PARTNER`); None when no term follows one."""
    same = _PARTNER.get(prep, prep)
    return next(((s, e) for s, e in spans
                 if s >= len(prep) and _PARTNER.get(before := folded[s - len(prep) : s], before) == same), None)


# A time the same thing is compared with (跟去年比, 与上年同期相比), not another object of the preposition.
_THEN = re.compile(r"(?:去年|前年|上年|往年|上一年|头年|上半年|下半年|同期|去年同期|上年同期|以前|以往|过去|当年|那时|那时候)(?:同期|这时候|这会儿)?")
_COMPARED = re.compile(r"(?:相)?比|比较|相较")


def other_object(question: str, previous: Conversation, tag: Tagger | None) -> Resolved | None:
    """那对美国的同比涨了多少 after 辽宁上半年对RCEP贸易伙伴进出口多少: the last question's frame with
    美国 for its preposition's object, asked what the follow-up asks (辽宁上半年对美国进出口同比涨了
    多少). None unless the last question governs an object by the same preposition before a verb."""
    stripped = question.strip()
    typed = fold(stripped)
    match = _OTHER_OBJECT_RE.match(typed)
    if match is None or tag is None or not (spans := found_spans(previous.question, previous.terms)):
        return None
    folded, prep = fold(previous.question), match.group(1)
    governed = governed_by(folded, spans, prep)
    if governed is None:
        return None
    verb = _object_verb(folded, governed[0], tag)
    # 跟欧盟的贸易涨了多少: the object ends at 的, and the follow-up says what it asks of the other
    # one itself (跟美国那边做了多少亿): only the object is swapped.
    of_it = verb is None and folded.startswith("的", governed[1])
    if not of_it and (verb is None or verb[0] < governed[1]):
        return None
    at = match.end()
    for word, flag in tag(typed[at:]):
        if word == "的" or flag in _VERB_TAGS or ASKS_ANYWHERE.search(word):
            break
        at += len(word)  # 美国 of 对美国的同比涨了多少: up to 的, a verb or the asking
    x = stripped[match.end() : at]
    if not NOT_TEXT.sub("", x) or fold(x) in folded:
        return None  # nothing named, or the same object: not another one
    if _THEN.fullmatch(fold(x)) or _COMPARED.match(fold(stripped[at:])):
        return None  # 跟去年比涨了几个点: the same thing compared with a time before, not another partner
    rest = stripped[at:].removeprefix("的")
    if verb is None:
        return Resolved(previous.question[: governed[0]] + x + rest, carried=True)
    said = previous.question[verb[0] : verb[1]]  # 进出口, unless the follow-up says it again
    return Resolved(previous.question[: governed[0]] + x + ("" if fold(rest).startswith(fold(said)) else said) + rest,
                    carried=True)
