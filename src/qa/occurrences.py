"""Where a question's word occurs in a text, found without compiling a pattern for the word.

A pattern made from a question's word (``re.escape(focus) + NAME_ASKED``) is new with each question,
so `re`'s cache never holds it and every question pays for compiling it again (a class of Han
characters is slow to compile). These helpers find the word with `str.find` and match only the
constant rest, compiled once, right after it: the places the combined pattern finds, in the same
order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["followed_by", "occurrences", "preceded_by", "starts"]


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where `word` starts in `text`, left to right, none overlapping the one before: the starts of
    ``re.finditer(re.escape(word), text)`` (所所所 holds 所所 once; an empty word is at every
    position, the end included)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + (len(word) or 1))


def starts(text: str, word: str) -> Iterator[int]:
    """Every start of `word` in `text`, overlapping ones too (所所所 holds 所所 twice): the places a
    search for the word followed by more tries, in turn."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def followed_by(text: str, word: str, after: re.Pattern[str]) -> tuple[int, int] | None:
    """The span of the first place in `text` where `word` is followed by what `after` matches: what
    ``re.search(re.escape(word) + after.pattern, text)`` matches. `after` is matched in the whole
    text from the word's end, so its lookbehinds see the word and what comes before, its ``^`` and
    ``\\A`` match only at the text's start and its ``$`` only at its end, as in the combined pattern."""
    for at in starts(text, word):
        if (rest := after.match(text, at + len(word))) is not None:
            return at, rest.end()
    return None


def preceded_by(text: str, word: str, before: re.Pattern[str]) -> bool:
    """Does `word` occur in `text` right after what `before` matches? `before` ends in ``\\Z`` and has no
    lookahead (it is searched up to each place the word starts, ``\\Z`` standing for the word): what
    ``re.search(before.pattern.removesuffix(r"\\Z") + re.escape(word), text)`` tells. (`text.follows`
    is the same for any word but the empty one.)"""
    return any(before.search(text, 0, at) for at in starts(text, word))
