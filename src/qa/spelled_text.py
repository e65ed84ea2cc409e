"""Which stretches of a question the speller tries, and the question with its misspelt words replaced.

`spelling.PinyinIndex.correct` reads one stretch; segmentation splits a misspelt name (江心苑 →
江 + 心苑; 程朋是 stays one piece), so the stretches tried are the 2-4 character runs of the text
around the words the corpus lacks, longest first, that hold whole words or lie inside one unknown
word (DRCD: not 韩中 out of 两韩 + 中断, nor 何反应 out of 有何 + 反应), and only characters of an
unknown word may change: a word the corpus has is never replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import background
from .text import HAN_RE

if TYPE_CHECKING:
    from .spelling import PinyinIndex

__all__ = ["LONGEST", "SHORTEST", "Correction", "correct_text"]

Correction = tuple[str, str]  # (typed, used)
SHORTEST, LONGEST = 2, 4  # the stretches tried, and the words corrected: names and terms of 2-4 characters


def correct_text(speller: PinyinIndex, text: str, unknown: Sequence[str], typed: str = "",
                 context: Sequence[str] = ()) -> tuple[str, tuple[Correction, ...]]:
    """`text` (a normalised question) with its misspelt words replaced, and what was replaced (as
    written in `typed`, the question before normalising, when it has the same length); `unknown`
    are the question's `spelling.misspelt` words, `context` its words the corpus has (see
    `PinyinIndex.of`'s `together`)."""
    spans = {word: _occurrences(text, word) for word in [*unknown, *context]}
    suspect = {i for word in unknown if all(map(HAN_RE.match, word)) for a, b in spans[word] for i in range(a, b)}
    chosen: list[tuple[int, int, str]] = []
    # Strictly first, longest first; then loosely (`correct`), only where nothing was found.
    for length, loose in [*((n, False) for n in range(LONGEST, SHORTEST - 1, -1)),
                          *((n, True) for n in range(LONGEST, SHORTEST, -1))]:
        for start in range(len(text) - length + 1):
            end = start + length
            if not suspect.intersection(range(start, end)) or any(a < end and start < b for a, b, _ in chosen):
                continue
            if any(not _fits(speller, text, start, end, a, b, word in unknown)
                   for word, found in spans.items() for a, b in found):
                continue
            changeable = [i - start for i in range(start, end) if i in suspect]
            # Opening an unknown word, or its surname cut off before it (朱 + 开城 of 朱开城).
            inside = any((a == start or (a == start + 1 and speller.is_name(text[start]))) and end <= b
                         for word in unknown for a, b in spans[word])
            # The length of the word the corpus lacks that opens the window (廓口 of 廓口社区), 0 when
            # none does or one ends right before it (江 + 心苑: jieba's cut of 江心苑).
            opening = 0 if any(b == start for word in unknown for _, b in spans[word]) else max(
                (b - a for word in unknown for a, b in spans[word] if a == start), default=0)
            used = speller.correct(text[start:end], changeable, context, loose=loose, typed_whole=inside,
                                   opening=opening)
            if used is not None:
                chosen.append((start, end, used))
    corrections = []
    shown = typed if len(typed) == len(text) else text
    for start, end, used in sorted(chosen, reverse=True):
        corrections.append((shown[start:end], used))
        text = text[:start] + used + text[end:]
    return text, tuple(reversed(corrections))


def _fits(speller: PinyinIndex, text: str, start: int, end: int, a: int, b: int, unknown: bool) -> bool:
    """Does the window [start, end) keep the word at [a, b) whole: apart or around it? Or, for a
    word the corpus lacks, does it leave only a corpus word of it outside: inside it (程朋是 →
    程朋 + 是; not 摩伽罗是 → 罗是, which leaves 摩伽), or across its start (董明 + 圆住 → 董明圆
    + 住: jieba glued a name's last character to the word after it; 李文 + 搏接 → 李文博 + 接, a
    character of general Chinese the corpus has only inside longer words)? Never across its end:
    有何 + 反应 must not become 有 + 核反应."""
    if b <= start or end <= a or (start <= a and b <= end):
        return True
    if not unknown:
        return False
    if a <= start and end <= b:  # inside
        return (not text[a:start] or speller.knows(text[a:start])) and _known_after(speller, text[end:b])
    rest = text[end:b]
    return start < a < end < b and (speller.knows(rest) or _a_word_alone(rest))  # across its start


def _known_after(speller: PinyinIndex, rest: str) -> bool:
    """What an unknown word holds after the window: nothing, a corpus word, or up to two characters
    the corpus has each as a word (程朋帮网 → 程朋 + 帮 + 网: jieba glued the name to the verb after it and
    to the first character of 网周村, a name its dictionary lacks). Never before the window: 摩伽罗是
    must not become 摩伽 + 罗是."""
    return not rest or speller.knows(rest) or (len(rest) <= 2 and all(speller.knows(ch) for ch in rest))


def _a_word_alone(rest: str) -> bool:
    """One character that is a word of general Chinese (接, 找): what jieba glued a name's last
    character to, though the corpus writes it only inside longer words."""
    return len(rest) == 1 and HAN_RE.match(rest) is not None and background.background_idf(rest) is not None


def _occurrences(text: str, word: str) -> list[tuple[int, int]]:
    found, start = [], text.find(word) if word else -1
    while start != -1:
        found.append((start, start + len(word)))
        start = text.find(word, start + len(word))
    return found
