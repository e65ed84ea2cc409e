"""The words around the question word, and the sentence that says them around the answer.

孙权派谁前往诛杀士徽 is answered by 孙权派吕岱前往诛杀士徽: the sentence repeats what the question
says on either side of 谁 and puts a name where 谁 stood. jieba often fails to tag such a name a
person's (吕岱, 毛利辉元, 安室奈美惠 are cut or tagged as common nouns), so the kind of the name cannot
tell; the frame around it can. Read from folded text (`text.fold`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from .occurrences import starts

__all__ = ["MANNER", "WHERE", "cleft_filled", "fills_slot", "slot_of", "slot_spans"]

# The question words a person or a body is asked by.
_WHO = re.compile(r"谁|誰|何人|哪一?位|哪[个個]人")
# The question words a place is asked by, in a thing or a text as much as on a map (哪里有河豚毒素,
# 两眼同在哪一侧, 存在于什么地方): the sentence saying the frame around its answer answers.
WHERE = re.compile(r"哪里|哪裡|哪儿|哪兒|何处|何處|什么地方|什麼地方|哪一?[侧側边邊端]")
# Characters that end a frame: punctuation, spaces and the particles that close a question.
_STOP = re.compile(r"[^\u4e00-\u9fff]|[呢吗嗎啊呀吧么麼]")
_LEFT = 2  # characters before the question word the sentence must repeat
_LEFT_MOST = 4  # as far as the frame reaches back when those are function words alone (是由, 是被)
_RIGHT = 3  # and after it (fewer where the question's clause ends sooner)
# A frame word the sentence repeats only because it is common (是, 由, 的): such words alone frame
# nothing.
_FUNCTION = frozenset("是为為由被给給和与與跟向把将將的了在于於")
# Words that stand where a name should and are none: pronouns and the like, and what is said of no one
# or nowhere in particular (一间小屋, 一个人, 某地).
_NO_NAME = re.compile(r"^(?:他|她|它|其|自己|这|這|那|此|该|該|本|谁|誰|何|哪|我|你|您|大家|别人|別人|有人|了|的|某"
                      r"|一[个個间間座处處所家张張片位名些])")
_FILLER_CHAR = r"[^，,。；;：:！!？?、“”「」『』\"()（）\s]"
_FILLER = f"({_FILLER_CHAR}{{2,12}}?)"
# As many characters as a filler may hold, from where it starts (`_between`).
_FILLER_RUN = re.compile(f"{_FILLER_CHAR}{{0,12}}")
# Where a filler ends when the question says nothing after its question word (孙权派了谁?): a clause's end.
_CLAUSE_ENDS = re.compile(r"(?=[，,。；;！!？?]|$)")
# How someone did it, as people tell it (是谁出面介绍的, 谁亲自去的): the sentence says what was done
# (戴安君介绍), seldom the manner; the frame after the question word starts after it.
MANNER = r"出面|亲自|親自|专门|專門|特意|特地"  # not 主动: news says it (主动请缨)
_MANNER = re.compile(MANNER)


def slot_of(folded: str, asking: re.Pattern[str] = _WHO) -> tuple[str, str] | None:
    """(before, after): the characters of the question's clause right before and after the question
    word (毛利秀元曾一度成为谁的养子 → 成为, 的养子); None when the question asks no one by 谁 (or by
    `asking`, `WHERE` for a place), when nothing comes before it (谁继承了汗位), or when the words
    around it are function words alone (是谁)."""
    match = asking.search(folded)
    if match is None:
        return None
    leftward = folded[: match.start()][::-1]  # read from the question word back
    before = _frame(leftward, _LEFT)[::-1]
    if all(c in _FUNCTION for c in before):  # 羊是由谁: the frame reaches the subject (羊是由)
        before = _frame(leftward, _LEFT_MOST)[::-1]
    rest = folded[match.end() :]
    after = _frame(rest[len(manner.group()) :] if (manner := _MANNER.match(rest)) else rest, _RIGHT)
    if not before or (all(c in _FUNCTION for c in before) and all(c in _FUNCTION for c in after)):
        return None
    return before, after


def _frame(text: str, size: int) -> str:
    """The first `size` characters of `text` up to the first one that ends a frame."""
    stop = _STOP.search(text)
    return text[: min(size, stop.start() if stop else len(text))]


def slot_spans(slot: tuple[str, str], sentence: str, own: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Where the (folded) sentence says the question's frame with a name in its place: the spans of
    those names (two to twelve characters, not the question's own words nor a pronoun) between the
    words before and the words after (or, when the question says none, the end of a clause).

    A cleft or a passive (羊是谁统一收购的, 吴国由谁掌权) names its subject far from the answer's
    name: when the sentence does not repeat the words before 是/由/被, the name may open a clause of
    it instead (很快,村两委安排集体合作社统一收购了…, 由太傅诸葛恪掌权), then up to the words after;
    such a span runs from the clause's start (`cleft_filled` tells it)."""
    before, after = slot
    spans = _filled(_between(before, after, sentence), sentence, own)
    if spans or not cleft_filled(slot):
        return spans
    cleft = _CLAUSE_OPENING + _FILLER + "所?" + re.escape(after)
    return _filled((match.span(1) for match in re.finditer(cleft, sentence)), sentence, own)


def _between(before: str, after: str, sentence: str) -> Iterator[tuple[int, int]]:
    """The fillers' spans where ``re.finditer(re.escape(before) + _FILLER + ending, sentence)`` finds
    them (the ending `after`, or a clause's end when there is none), found without compiling a pattern
    for the question's words: after each place `before` is said, the shortest filler that `after`
    follows, and the search goes on after `after` (the matches do not overlap)."""
    pos = 0
    for at in starts(sentence, before):
        if at < pos:
            continue  # inside the match before
        start = at + len(before)
        for end in range(start + 2, _FILLER_RUN.match(sentence, start).end() + 1):
            if (sentence.startswith(after, end) if after else _CLAUSE_ENDS.match(sentence, end) is not None):
                yield start, end
                pos = end + len(after)
                break


def cleft_filled(slot: tuple[str, str]) -> bool:
    """Is the frame a cleft's or a passive's (羊是谁统一收, 国由谁掌权), whose name may open a clause
    of the answer? Not 是谁的养子 (whose son: the name stands right before 的养子), nor 是谁发现了 with
    no subject before it (any clause opening before 发现了 would do: 黑龙江省发现了…)."""
    before, after = slot
    return (before.endswith(("由", "被")) or (before.endswith("是") and after[:1] not in ("的", "之"))) \
        and any(c not in _FUNCTION for c in before) and bool(after) and not all(c in _FUNCTION for c in after)


# Where a cleft's name may start: a clause's start, after 由/被/是 as the question's (由钱能训暂行兼代).
_CLAUSE_OPENING = r"(?:^|(?<=[，,。；;：:\s]))(?:是由|由|被|是)?"


# A circumstance said where a place might stand (在张三的主持下召开, 在大家的帮助下): no one's name, no place.
_CIRCUMSTANCE = re.compile(r"的[\u4e00-\u9fff]{1,4}下$")


def _filled(spans: Iterable[tuple[int, int]], sentence: str, own: Sequence[str]) -> list[tuple[int, int]]:
    """The fillers' spans that may be a name: no pronoun, no circumstance, none of the question's words."""
    return [(start, end) for start, end in spans
            if not _NO_NAME.match(filler := sentence[start:end]) and not _CIRCUMSTANCE.search(filler)
            and not any(filler in word or word in filler for word in own if len(word) >= 2)]


def fills_slot(slot: tuple[str, str], sentence: str, own: Sequence[str]) -> bool:
    """Does the (folded) sentence say the question's frame with a name in its place (`slot_spans`)?"""
    return bool(slot_spans(slot, sentence, own))
