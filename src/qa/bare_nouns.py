"""A bare noun in a follow-up, named as the last question named it: 他是啥时候来的村里 after
网周村的驻村工作队队长是谁 (the village: 来的网周村), 依兰陨石坑之前那个叫啥 after …第几个陨石坑 (the kind
asked which one of: 那个陨石坑), 都有哪些队 after …组建了几个红马甲志愿服务队 (the whole noun: 哪些红马甲
志愿服务队). Each leaves to the last turn the words that say which one; this fills them in, apart from
`qa.conversation`, which decides which kind of follow-up a question is and calls these on its rewrite.
Pure functions over text.
"""

from __future__ import annotations

import re

from .previous_turn import (
    WHICH_MEASURES,
    Conversation,
    counted_noun_of,
    found_spans,
    modifiers_of,
    place_of_kind,
)
from .text import fold

__all__ = ["in_the_place", "set_counted", "the_one_asked", "whole_noun"]


# A place noun said bare, standing for the village or community the talk is about: 村里, 社区里 after a
# verb (来的村里, 在社区里), or a follow-up opening with it (小区党支部书记是谁 after 厦门东兴小区在哪座山
# 脚下; not 村民, 社区委, 小区长: other words, nor 那社区: a demonstrative, `leaning`). On folded text.
_BARE_PLACE = re.compile(r"(?:(?<=[的在到回进来去从离])|^)(村|社区|小区)里"
                         r"|^(村|社区|小区)(?![里民委长级])(?=[\u4e00-\u9fff])"
                         r"|(?:这个|那个|该)(村|社区|小区)(?![里民委长级])")  # 到这个社区: the one just named


def in_the_place(text: str, previous: Conversation) -> str:
    """The text with a bare place noun named as the last question named it: 他是啥时候来的村里 after
    网周村的驻村工作队队长是谁 → 来的网周村 (its words say 来到网周村, any other visit says 来到村里; the
    里 goes), 小区党支部书记是谁 → 东兴小区党支部书记是谁, 他是哪年到这个社区的 → 到江欣苑社区的 (the
    demonstrative goes too); unchanged when it named none."""
    bare = _BARE_PLACE.search(fold(text))
    if bare is None:
        return text
    kind = bare.lastindex or 1
    # 社区里 after 哪个社区: the community the answer named (中华中路社区), when it named one of the kind.
    asked_which = re.search(rf"(?:哪|什么)一?个?{bare.group(kind)}", fold(previous.question))
    named = previous.fact if asked_which and fold(previous.fact).endswith(bare.group(kind)) else ""
    place = named or place_of_kind(previous, bare.group(kind))
    if not place or place in text:
        return text
    start = bare.start() if kind == 3 else bare.start(kind)  # 这个社区: the demonstrative goes too
    return text[:start] + place + text[bare.end() :]


# 那个叫啥 after …第几个陨石坑: 那个 with no noun before what it is called or is (叫, 是), and the noun
# the last question asked which one of (第几个, 哪个, 哪一所 + 陨石坑, 学校).
_BARE_ONE = re.compile(r"(?:那|这)个(?=叫|是)")
_ASKED_WHICH = re.compile(rf"(?:第几|哪一?)[{WHICH_MEASURES}]((?:(?![的了是在])[\u4e00-\u9fff]){{2,4}}?)(?=[？?，,。！!]|$)")


def the_one_asked(text: str, previous: Conversation) -> str:
    """依兰陨石坑之前那个叫啥 after 依兰陨石坑是第几个陨石坑: 那个陨石坑 (the kind asked of: a crater is
    named, not a person); unchanged when the last question asked which one of nothing."""
    bare = _BARE_ONE.search(fold(text))
    asked = _ASKED_WHICH.search(fold(previous.question))
    if bare is None or asked is None or asked.group(1) in text[bare.end() :]:
        return text
    return text[: bare.end()] + asked.group(1) + text[bare.end() :]


# 都有哪些队, 是哪几个会: which ones of a noun said by its head alone (队 of 志愿服务队). Not a
# person, a time or a thing in general (哪些人, 哪天, 啥事), which ask on their own.
_WHICH_HEAD = re.compile(r"(?:哪些|哪几[个支家项类种]?|几[个支家项类种]|哪[个支家项类种]|什么|啥)([\u4e00-\u9fff])"
                         r"(?=[呢啊呀吗嘛？?！!。.，,~～…\s]*$)")
_NOT_A_HEAD = "人事时天年月日号样么些儿点处种类方面的"


def whole_noun(text: str, previous: Conversation, topic: str) -> str:
    """都有哪些队 after 长山花园社区组建了几个红马甲志愿服务队: 哪些红马甲志愿服务队, the noun the last
    question named, with the words that qualified it there; unchanged when it named none ending so,
    or the topic put before the question holds it already (百家村搞的四会 + 有哪些会)."""
    which = _WHICH_HEAD.search(fold(text))
    if which is None or (head := which.group(1)) in _NOT_A_HEAD:
        return text
    words = [previous.question[s:e] for s, e in found_spans(previous.question, previous.terms)]
    noun = next((w for w in reversed(words) if len(w) >= 2 and fold(w).endswith(head)), None)
    if noun is None or fold(noun) in fold(topic):
        return text
    whole = modifiers_of(previous, fold(noun)) + noun
    return text[: which.start(1)] + whole + text[which.end(1) :]


# 都是哪些方面的, 分别是啥, 都有哪些: the members or kinds of a set, asked with no noun of the question's own.
# The whole follow-up is that asking (都有哪些队 names its own noun: `whole_noun`).
_LISTING = re.compile(r"(?:(?:都|分别|分別|具体|具體)?(?:是|有|包括)?(?:哪些|哪几|哪幾)(?:方面|种|種|类|類|个|個)?"
                      r"|(?:都|分别|分別)(?:是|有)(?:啥|什么|什麼))的?[呢啊呀吧？?。！!\s]*")


def set_counted(text: str, previous: Conversation, topic: str) -> str:
    """The topic to put before a follow-up asking the members or kinds of the set the last question
    counted: 都是哪些方面的 after 长山花园社区组了几支“红马甲”志愿服务队 asks of the teams (长山花园社区组了 +
    的红马甲志愿服务队: the topic keeps its verb, as every carried topic does), not of the community.
    `topic` unchanged for any other follow-up, or one that names the noun."""
    if not _LISTING.fullmatch(fold(text).strip()):
        return topic
    noun = counted_noun_of(previous)
    if not noun or noun in fold(topic) or noun in fold(text):
        return topic
    return f"{topic}的{noun}" if topic else noun
