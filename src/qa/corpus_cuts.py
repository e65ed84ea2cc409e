"""A question's words re-cut by the corpus's own words where jieba cut across them: 林原村麻三占书记
(a village, its secretary's name, his office, run together as people say it) comes out of jieba as
林原 + 村麻 + 三 + 占, pieces no passage holds; the corpus writes 林原村 and 麻三占. Read as cut, 村麻
weighed as the question's rarest name, missing from the passage that answers, and the question was
declined. `question.read` runs this on the weighed words, after the narrower mends of
`question_pieces`.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from functools import cache

from .text import HAN_RE

__all__ = ["recut_by_corpus"]

# How many of jieba's pieces, and how many characters, one re-cut may span: a place and a name
# (林原村麻三占 is four pieces, six characters).
_MOST_PIECES = 4
_MOST_CHARS = 8


def recut_by_corpus(words: Sequence[str], text: str, vocab: Container[str]) -> list[str]:
    """The words with each run jieba cut across corpus words re-cut into them: a run of up to four
    Han pieces side by side in `text` (not 娄底 + 市委书记 of 娄底的市委书记: the pieces leave out the 的),
    one of them a word of two characters or more the corpus lacks, whose characters the
    corpus's own words of two characters or more cover exactly, one of them three or longer (a name,
    a place; pairs of two-character words match by chance). Unchanged where no run is such."""
    out = list(words)
    i = 0
    while i < len(out):
        found = _run_at(out, i, text, vocab)
        if found is None:
            i += 1
            continue
        start, end, pieces = found
        out[start:end] = pieces
        i = start + len(pieces)
    return out


def _run_at(words: Sequence[str], i: int, text: str, vocab: Container[str]) -> tuple[int, int, list[str]] | None:
    """The narrowest run around `words[i]` (a word the corpus lacks) that corpus words cover."""
    word = words[i]
    if len(word) < 2 or word in vocab or not _han(word):
        return None
    for size in range(2, _MOST_PIECES + 1):
        for start in range(max(0, i - size + 1), i + 1):
            end = start + size
            if end > len(words) or not all(_han(w) for w in words[start:end]):
                continue
            joined = "".join(words[start:end])
            if len(joined) > _MOST_CHARS or joined not in text:
                continue
            pieces = _cover(joined, vocab)
            if pieces is not None and any(len(p) >= 3 for p in pieces) and list(pieces) != list(words[start:end]):
                return start, end, list(pieces)
    return None


def _cover(text: str, vocab: Container[str]) -> tuple[str, ...] | None:
    """The fewest corpus words of two characters or more that make up `text` exactly, or None."""

    @cache
    def best(at: int) -> tuple[str, ...] | None:
        if at == len(text):
            return ()
        found: tuple[str, ...] | None = None
        for stop in range(len(text), at + 1, -1):
            if text[at:stop] in vocab and (rest := best(stop)) is not None and (
                    found is None or len(rest) + 1 < len(found)):
                found = (text[at:stop], *rest)
        return found

    return best(0)


def _han(word: str) -> bool:
    return bool(word) and all(HAN_RE.match(ch) for ch in word)
