"""A number with the counted noun a few characters from it (200多名社区党员 for 多少名党员), matched
without compiling the noun into the number's pattern.

The numeral patterns (`asked_amounts.NUMERAL`: Han digits, 多/余, lookbehinds) cost about 1 ms each
to compile, and a count question used to compile three or four of them for every counted noun it
named: 3-4 ms on the first question about 党员, a third of a search at 100k passages. Here the
number's pattern is compiled once per measure word (`functools.lru_cache`) and the noun is looked
for in Python, in the same clause, as the regex `NUMBER[^，。,;；]{0,4}?noun` (or `noun…NUMBER`)
would. The matchers answer `search`, `match` and `finditer` as a compiled pattern does, with spans.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

__all__ = ["CLAUSE_REACH", "REACH", "AnyOf", "Found", "Matcher", "NearNoun", "NotAfter", "compiled"]

# What ends a clause: the noun is never looked for across it.
_CLAUSE_END = frozenset("，。,;；")
# Quotation marks around a name between a number and its noun (12个“红马甲”志愿服务队).
_QUOTES = frozenset("“”\"「」『』‘’'")
# What a number may end on that may also begin the noun counted after it (亿元, 万人, 多名).
_NUMBER_TAIL = frozenset("万亿兆多余")
# How many characters may stand between the number and its noun (200多名社区党员: 社区).
REACH = 4
# As far as the clause goes (a clause is seldom longer).
CLAUSE_REACH = 40


class Matcher(Protocol):
    """What the question's amount patterns are used as: a compiled pattern, or one of these."""

    def search(self, text: str, pos: int = 0) -> Found | re.Match[str] | None: ...
    def match(self, text: str, pos: int = 0) -> Found | re.Match[str] | None: ...
    def finditer(self, text: str) -> Iterator[Found | re.Match[str]]: ...


@dataclass(frozen=True)
class Found:
    """Where a matcher matched: what callers read of a match."""

    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def span(self) -> tuple[int, int]:
        return self.begin, self.finish


@lru_cache(maxsize=512)
def compiled(pattern: str) -> re.Pattern[str]:
    """A number's pattern, compiled once per process: the measure words make them all, a few for
    each (counted, measured, vague), about 400 in all."""
    return re.compile(pattern)


def _within_reach(text: str, at: int, ends: Callable[[int], int | None], reach: int = REACH) -> int | None:
    """Where what `ends` finds (its end, given where it would start) ends, when it starts within
    REACH characters after `at`, in the same clause. Quotation marks are not counted: 12个“红马甲”
    志愿服务队 counts 12 of 志愿服务队 across a quoted name, as 12个红马甲志愿服务队 would."""
    gap, i = 0, at
    while gap <= reach:
        if (end := ends(i)) is not None:
            return end
        if i >= len(text) or text[i] in _CLAUSE_END:
            return None
        gap += text[i] not in _QUOTES
        i += 1
    return None


def _noun_after(text: str, at: int, noun: str, reach: int = REACH) -> int | None:
    """Where `noun` ends when it starts within `reach` characters after `at`, in the same clause."""
    return _within_reach(text, at, lambda i: i + len(noun) if text.startswith(noun, i) else None, reach)


@dataclass(frozen=True)
class NearNoun:
    """`number` then `noun` within `reach` characters (`noun_first`: the noun, then the number)."""

    number: re.Pattern[str]
    noun: str
    noun_first: bool = False
    reach: int = REACH

    def match(self, text: str, pos: int = 0) -> Found | None:
        if self.noun_first:
            if not text.startswith(self.noun, pos):
                return None
            end = _within_reach(text, pos + len(self.noun),
                                lambda i: found.end() if (found := self.number.match(text, i)) is not None else None,
                                self.reach)
            return None if end is None else Found(pos, end)
        found = self.number.match(text, pos)
        if found is None:
            return None
        end = self._noun_after(text, found)
        return None if end is None else Found(pos, end)

    def _noun_after(self, text: str, number: re.Match[str]) -> int | None:
        """Where the noun ends after the number, the number read as long as it goes, else shorter
        (the regex backtracks: 6.165亿元 for 多少亿元 is 6.165 then 亿元, 十万人 is 十 then 万人)."""
        end = _noun_after(text, number.end(), self.noun, self.reach)
        if end is not None or self.noun[0] not in _NUMBER_TAIL:
            return end
        shorter = (short for short in range(number.end() - 1, number.start(), -1)
                   if self.number.fullmatch(text, number.start(), short) is not None)
        return next((end for short in shorter if (end := _noun_after(text, short, self.noun, self.reach)) is not None), None)

    def search(self, text: str, pos: int = 0) -> Found | None:
        return next(self._from(text, pos), None)

    def finditer(self, text: str) -> Iterator[Found]:
        pos = 0
        for found in self._from(text, 0):
            if found.begin >= pos:
                yield found
                pos = max(found.finish, found.begin + 1)

    def _from(self, text: str, pos: int) -> Iterator[Found]:
        """Every match, by where it starts (only where the number or the noun can start)."""
        if self.noun_first:
            at = text.find(self.noun, pos)
            while at >= 0:
                if (found := self.match(text, at)) is not None:
                    yield found
                at = text.find(self.noun, at + 1)
            return
        for number in self.number.finditer(text, pos):
            # The number as matched is the longest at its start; the noun is looked for after it.
            end = self._noun_after(text, number)
            if end is not None:
                yield Found(number.start(), end)


@dataclass(frozen=True)
class AnyOf:
    """The first of several matchers to match, at the leftmost place (as a regex alternation does)."""

    parts: Sequence[Matcher]

    def match(self, text: str, pos: int = 0) -> Found | re.Match[str] | None:
        return next((found for part in self.parts if (found := part.match(text, pos)) is not None), None)

    def search(self, text: str, pos: int = 0) -> Found | re.Match[str] | None:
        found = [m for part in self.parts if (m := part.search(text, pos)) is not None]
        return min(found, key=lambda m: m.start(), default=None)  # min keeps the first of a tie

    def finditer(self, text: str) -> Iterator[Found | re.Match[str]]:
        pos = 0
        while pos <= len(text) and (found := self.search(text, pos)) is not None:
            yield found
            pos = found.end() if found.end() > found.start() else found.start() + 1


@dataclass(frozen=True)
class NotAfter:
    """`pattern`'s matches, except those right after what `before` finds ending there: 常住人口近2万人
    counts the population, not the 老人 a question asks of (`asked_amounts.people_pattern`)."""

    pattern: re.Pattern[str]
    before: re.Pattern[str]  # searched in the few characters before a match, anchored at its start
    look_back: int = 8

    def _kept(self, text: str, found: re.Match[str]) -> bool:
        return self.before.search(text, max(0, found.start() - self.look_back), found.start()) is None

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        found = self.pattern.match(text, pos)
        return found if found is not None and self._kept(text, found) else None

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return next((found for found in self.pattern.finditer(text, pos) if self._kept(text, found)), None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return (found for found in self.pattern.finditer(text) if self._kept(text, found))
