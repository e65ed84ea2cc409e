"""Does a sentence name the place asked for (哪里, 位于哪个省)? By a name's ending (金山社区, 上饶市,
涵元殿), or after the verb that says where a thing lies (位于…舍内费尔德), never by the question's own
places nor by words that name none (海外, 我国, 附近). Read from folded text (`text.fold`), for
`answer_shape.fits`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .asked_places import PLACE_ENDINGS
from .text import without_words

__all__ = ["NO_PLACE_NAMED", "names_a_place", "said_where", "where_named", "within_a_place_name"]

# Not a qualified ending (全村, 各省, 该市, 这个村, 多国, 一名社区志愿者): those name no place.
_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}?(?<![的全各该該本每这這那此其个個多名位某社小])" + PLACE_ENDINGS
                         + r"(?![\u4e00-\u9fff]{0,1}[长長记記委])")
# Words jieba tags a place that name none (骨灰撒归大海 does not say which sea; 远销海外, 各地).
NO_PLACE_NAMED = frozenset(("大海", "海洋", "陆地", "陸地", "海外", "国外", "國外", "境外", "外地", "各地", "全国",
                            "全國", "世界", "全球", "天下", "人间", "人間", "中外", "异地", "異地", "远方", "遠方",
                            "我国", "我國", "本国", "本國", "祖国", "祖國", "国内", "國內"))


# Where a thing lies, said with the verb that says so: the words after it up to the clause's end.
# Where one went, said with the verb of arriving (她来到武钢体育中心,…): not 来到这里, 来到身边.
_LIES_AT = re.compile(r"(?:位于|位於|坐落于|坐落於|地处|地處)([^，,。；;！!？?]{2,})"
                      r"|(?:来到|來到|前往|赶到|趕到|抵达|抵達)(?![这這那此其身现現])([^，,。；;！!？?]{2,})")
# Words of a where that name no place: 附近, 境内 (位于我国境内 says no more than the question).
_NEAR_WORDS = ("附近", "境内", "境內", "一带", "一帶", "之间", "之間", "交界", "的", "我国", "我國", "中部", "东部", "西部",
               "南部", "北部", "東部", "以东", "以西", "以南", "以北")


def names_a_place(sentence: str, own: Sequence[str]) -> bool:
    """The (folded) sentence names a place other than the question's `own` words: by its ending, or
    as where a thing lies (位于柏林附近勃兰登堡州的舍内费尔德, a name of no place ending)."""
    if _PLACE_NAME.search(without_words(sentence, [*own, *NO_PLACE_NAMED])):
        return True
    return any(len(re.sub(r"[^\u4e00-\u9fff]", "", without_words(m[1] or m[2], [*own, *_NEAR_WORDS]))) >= 2
               for m in _LIES_AT.finditer(sentence))


# Where something happens, said with the preposition before a proper name: 逝世亦在马德里, 设立成人学校于
# 诺丁汉, 在北京航空航天大学体育馆举行. jieba tags many foreign places a person's or another proper
# name (马德里 nr, 诺丁汉 nz), so the tag alone does not say place; the preposition does, when the
# name (with the nouns that follow it) ends the clause or comes before its verb: not 在张三的带领下.
_WHERE_PREPOSITIONS = frozenset(("在", "于", "於"))
_PROPER_TAGS = frozenset(("ns", "nsf", "nr", "nrt", "nrfg", "nz", "nt"))
_HEAD_TAGS = frozenset(("n", "ns", "nz", "nt"))


def said_where(tagged: Sequence[tuple[str, str]], own: Sequence[str]) -> bool:
    """The tagged sentence says where with 在/于 before a proper name of two characters or more that
    is not one of the question's `own` words nor a word that names no place (`NO_PLACE_NAMED`)."""
    return bool(where_named(tagged, own))


def where_named(tagged: Sequence[tuple[str, str]], own: Sequence[str] = ()) -> list[tuple[int, int]]:
    """The words (positions in `tagged`, end excluded) of each place `said_where` finds: the proper
    name after the preposition and the nouns that follow it (北京航空航天大学 + 体育馆)."""
    found: list[tuple[int, int]] = []
    for at in range(len(tagged) - 1):
        name, flag = tagged[at + 1]
        if (tagged[at][0] not in _WHERE_PREPOSITIONS or flag not in _PROPER_TAGS or len(name) < 2
                or name in NO_PLACE_NAMED or any(name in word or word in name for word in own if len(word) >= 2)):
            continue
        end = at + 2
        while end < len(tagged) and tagged[end][1] in _HEAD_TAGS:
            end += 1
        if end == len(tagged) or tagged[end][1][:1] in ("v", "x"):
            found.append((at + 1, end))
    return found


# What ends the name of a housing estate, a street or a building (中鼎温馨家园, 长山花园): the names
# before it are the place's, not people's (jieba tags 温馨 a person's name).
_PLACE_HEAD = re.compile(r"^(?:家园|家園|花园|花園|小区|小區|公寓|大厦|大廈|广场|廣場|新村|山庄|山莊)")


def within_a_place_name(tagged: Sequence[tuple[str, str]]) -> set[int]:
    """Positions of the proper names (nr, nz) run together right before a place's head word, and of
    a person's name (nr) that the same sentence writes as the start of a place's (依兰 of 依兰陨石坑
    beside 依兰县: jieba tags the first a person, the second a place)."""
    places = [word for word, flag in tagged if flag == "ns"]
    within: set[int] = {at for at, (word, flag) in enumerate(tagged)
                        if flag == "nr" and any(len(place) > len(word) and place.startswith(word) for place in places)}
    for at, (word, _) in enumerate(tagged):
        if at and _PLACE_HEAD.match(word):
            before = at - 1
            while before >= 0 and tagged[before][1] in ("nr", "nz", "nrt", "nrfg"):
                within.add(before)
                before -= 1
    return within
