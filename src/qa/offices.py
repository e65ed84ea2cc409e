"""Offices a question asks the holder of (县委书记是谁, 阔口社区的党委书记叫什么): where a sentence
names that office — not another rank of it (总书记, 副书记), not another place's or another body's
(深田社区党委书记 asked of 阔口社区) — and the holder's name news style puts right after it.
`answer_shape.fits` and `spans` read a sentence with these.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import pairwise

from .asked_places import NOT_NAMING, PLACE_ENDINGS
from .occurrences import starts

__all__ = ["HOLDER", "another_place", "held_at"]

# News style names a title's holder right after the title, before what they said, a pause or the
# others with them (党委书记庄莹莹说, 党委书记施敏等党员干部): the name, a group, after `re.escape(title)`.
# A verb of saying is no name: 习近平总书记指出, 书记表示 (the title's holder is named elsewhere),
# nor its end (主任郑鹏说, is 郑鹏).
HOLDER = (r"(?!指出|表示|介绍|强调|认为|说|称|告诉|感慨|坦言|谈到|提到|回忆|笑着|指着|还|也|都|曾|在|对|向)"
          r"([\u4e00-\u9fff]{2}(?:(?![说說称稱])[\u4e00-\u9fff])?)(?=[说表介感告认指强称等,，。、：:“]|$)")
# The body a title belongs to, and the rank words between it and the title (党委副书记, 工委常务副书记).
_UNIT = r"(?:党委|党支部|党总支|党工委|工委|纪委|监委|居委会|村委会|委员会|支部|党组|物管会|业委会)"
_UNIT_BEFORE = re.compile("(" + _UNIT + r")(?:常务|副|第一|代理)*$")
# A place name ending right before a title (深田社区 of 深田社区党委书记): its last character and ending.
_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff]" + PLACE_ENDINGS + "$")


def another_place(owner: str, before: str, tag: Callable[[str], list[tuple[str, str]]]) -> bool:
    """The title right after `before` is another place's: 深田社区 before 党委书记, asked of 阔口社区.
    Read by the place's last character and ending (田社区 is not in 阔口社区; 路社区 is in 中华中路社区,
    美国 in 当时的美国), so the words before it do not matter; a bare 社区 is the one the paragraph
    named last (`before` reaches back into it). A title no place qualifies, or asked of no one, is
    not another's; one asked of a bare kind of place (村书记) is another's only at another kind (镇)."""
    if not owner:
        return False
    if unit := _UNIT_BEFORE.search(before):
        # 娄底市直机关工委常务副书记 asked of 娄底市纪委监委, 社区党委书记 of a 临时党支部: another body's.
        own_unit = re.search(_UNIT + "$", owner)
        if own_unit is not None and own_unit.group(0) != unit.group(1) and not _same_party(
                owner[: own_unit.start()], own_unit.group(0), unit.group(1)):
            return True
        before = before[: unit.start()]  # 深田社区党委书记 asked of 阔口社区: the place before the body
    place = _PLACE_BEFORE.search(before)
    if place is None:
        return False
    name = place.group(0)
    if re.fullmatch(PLACE_ENDINGS, owner):  # 村书记叫啥: any village's, so a 村 is not another place
        return not name.endswith(owner)
    if name[0] in NOT_NAMING:  # 经过社区党委书记施敏: a bare 社区 after a verb, no place called 过社区
        name = name[1:]
    if re.fullmatch(PLACE_ENDINGS, name):  # a bare 社区: the one the paragraph named last, if any
        # Named by a noun before it (中华中路社区, 阔口社区), not a verb (多民族聚居社区, 约占社区总人口).
        words = tag(before[: place.start()])
        named = [w[-1] + name for (w, flag), (after, _) in pairwise(words)
                 if after == name and flag.startswith("n") and len(w) >= 2]
        if not named:
            return False
        name = named[-1]
    return name not in owner


# A place's party body by any of its levels' names: 林原村党支部书记 is the 林原村党委书记 the text names.
_PARTY_LEVELS = frozenset(["党委", "党总支", "党支部", "党工委"])


def _same_party(place: str, asked: str, said: str) -> bool:
    """The body asked (林原村 + 党支部) and the one said (党委) are one place's party body by two of
    its levels' names: the asker seldom knows which level a village's is. A body no place names
    (临时党支部) is a body of its own."""
    return asked in _PARTY_LEVELS and said in _PARTY_LEVELS and _PLACE_BEFORE.search(place) is not None


# A rank before a title makes it another office: 总书记 and 副书记 are no 书记, 副主任 no 主任.
_RANK = "总副"


# A party body's secretary is asked for by any of its levels' names: 岐山居民区的党委书记 is its
# 党总支书记 (a 居民区 has a general branch, not a committee).
_PARTY_SECRETARY = "(?:党委|党总支|党支部|党工委)书记"
_PARTY_SECRETARY_RE = re.compile(_PARTY_SECRETARY)


# An office's last character may begin a place's name: 上海市长宁区 says 上海市 + 长宁区, no 市长.
_PLACE_FROM_LAST = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:区|區|县|縣|路|街|镇|鎮|乡|鄉)")


# An office after the one named (书记助理, 主任秘书): its holder is not the first's.
_ASSISTANT = re.compile(r"助理|秘书|秘書")


def held_at(role: str, sentence: str, after: str = "") -> Iterable[re.Match[str]]:
    """Where the (folded) sentence names the office `role` (followed by the pattern `after`, e.g. a
    holder's name), not inside another rank of it (习近平总书记 for 书记是谁), nor across the start
    of a place's name (上海市长宁区 for 市长是谁)."""
    party = _PARTY_SECRETARY_RE.fullmatch(role) is not None
    found = re.finditer(_PARTY_SECRETARY + after, sentence) if party else _said_with(role, after, sentence)
    for match in found:
        if not (role[0] in _RANK or match.start() == 0 or sentence[match.start() - 1] not in _RANK):
            continue
        # Where the office without `after` ends.
        named = _PARTY_SECRETARY_RE.match(sentence, match.start()) if party else None
        end = named.end() if named is not None else match.start() + len(role)
        if _PLACE_FROM_LAST.match(sentence, end - 1):
            continue
        if _ASSISTANT.match(sentence, end):
            continue  # 党支部书记助理田飞 holds another office: the secretary's assistant
        yield match


def _said_with(role: str, after: str, sentence: str) -> Iterator[re.Match[str]]:
    """The matches of ``re.finditer(re.escape(role) + after, sentence)``, without compiling a pattern
    per office: where the role is said (found with `str.find`), `after` matched behind its characters
    (`_behind`); the search goes on after each match, as finditer's does."""
    pattern = _behind(len(role), after)
    pos = 0
    for at in starts(sentence, role):
        if at >= pos and (match := pattern.match(sentence, at)) is not None:
            yield match
            pos = match.end()


@lru_cache(maxsize=64)
def _behind(length: int, after: str) -> re.Pattern[str]:
    """`after` behind any `length` characters: matched where an office that long is said, it matches
    as ``re.escape(office) + after`` does (the same span, the same groups). One pattern per length of
    office and `after` (a few dozen at most), not one per office."""
    return re.compile(f"(?s:.{{{length}}})" + after)
