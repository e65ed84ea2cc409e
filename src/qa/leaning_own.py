"""A follow-up that says itself whom or what it means: its demonstrative or pronoun leans on
nothing before it (娄底微心愿那篇报道, 那个说自己有肺气肿…的66岁老人, 钟呼毅…把他, 韩国那一项).

`qa.leaning` finds the pronoun or demonstrative; this tells whether the question's own words already
name what it points at, so the last turn's subject is not put in its place.
"""

from __future__ import annotations

import re

from .leaning_forms import DOING_SO, Tagger
from .name_shape import NAME_TAGS
from .previous_turn import OPENING, SHORT

__all__ = ["HERE", "ONE_PERSON", "names_whom_it_means"]

# One person or thing, named by the previous question's subject.
ONE_PERSON = ("他", "她", "它")

# Words pointing at a place (这里, 当地, 那边): after a verb going there they point at the last turn's.
HERE = ("这里", "那里", "这儿", "那儿", "当地", "该地", "此地", "这边", "那边", "这地方", "那地方", "这个地方", "那个地方")
# The verb or preposition a place pointed at follows (去那儿, 在那里, 到那边, 离那儿): what comes before
# them is the clause, not a place of the pointer's own.
_TO_A_PLACE = re.compile(r"(?:在|去|到|来|來|回|往|从|從|离|離|住|搬)$")

# A thing named right before its demonstrative (娄底微心愿那篇报道, 阔口社区那个百宝箱): the
# question names its own subject.
_PIECE_NAMED = re.compile(r"(?:[\u4e00-\u9fff]{2,}|[》”」])(?:这|那|该)(?:篇|条|则|份)|[\u4e00-\u9fff]{3,}(?:这|那)(?:个|位|些|家|所|座)")
# 那篇评论说美国政客…, 那篇文章除了说收入差距拉大还提到…: a piece told by what it says, right after the
# demonstrative opening the question.
_PIECE_DESCRIBED = re.compile(r"(?:这|那|该)(?:篇|条|则)(?:评论|文章|报道|稿子|新闻|消息|通讯)?(?:里|中)?(?:除了|还|也)?(?:说|讲|写|提到)"
                              r"[\u4e00-\u9fff]{4}")

# A long question describes whom it asks about itself: 那个说自己有肺气肿…的66岁老人叫啥名字 (a
# demonstrative before a clause ending in 的, or after a place: 长春那个义务电工张立春),
# 钟呼毅…是感谢谁把他和老伴送去医院的 (他 after the name it stands for).
# Not 是…的 ending it, nor a clause that asks or says what the subject is (那村里是结合啥工作组建的这些
# 队伍: 那 points at the village, and 是…的 is the asking).
_DESCRIBED = re.compile(r"^[个位名些]?(?:(?![是啥谁哪几]|什么|多少)[^，,。？?！!]){2,}?的(?=[\u4e00-\u9fff0-9A-Za-z])")
_CONTENT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
# A name and 和 right before 他/她 (钟呼义和他老伴儿): the pronoun is that person's.
_NAME_AND = re.compile(r"([\u4e00-\u9fff]{2,4})(?:和|与|與|跟|同)$")
_NAMED_BEFORE = 6  # Han characters of its own before 他/她/它: the question named whom it means
_THEIR_GROUP = ("他们", "她们", "他們", "她們")  # right after a name (庄盈盈她们): that one and the others
_NAME_ENDING = re.compile(r"[\u4e00-\u9fff]{2}$")  # at least two characters of a name right before it
# Someone the question names, then a verb of saying: a pronoun after it is in their words (郑鹏说他们
# 通过…协调: 郑鹏's side), not the last turn's subject. Not 你说, 他说: pronouns, which lean themselves.
_SPEAKER_BEFORE = re.compile(r"((?:(?![你我他她它们們])[\u4e00-\u9fff]){2,4})(?:说|說|表示|介绍|介紹|称|稱|讲|講)$")


def _named_right_before(before: str, tag: Tagger | None) -> bool:
    """A place or a body the question names itself right before its demonstrative (韩国 of 韩国那一项),
    by the engine's tagger; never without one."""
    if tag is None or not (run := re.search(r"[\u4e00-\u9fff]{2,}$", before)):
        return False
    words = tag(run.group(0))
    return bool(words) and len(words[-1][0]) >= 2 and words[-1][1] in ("ns", "nt", "j", "nz")


def _describes_itself(folded: str, match: re.Match[str], tag: Tagger | None = None) -> bool:
    """A demonstrative right after a place or body the question names (韩国那一项, at any length), or a
    question longer than `SHORT` whose demonstrative opens a description (那个…的老人) or whose
    他/她/它 follows a name of its own: it leans on nothing before it. With the engine's tagger the
    name must be one (钟呼毅…把他); a time said first (疫情封小区那会儿他家…) names no one."""
    before = folded[: match.start()]
    if match.group(0)[0] in "这那" and _named_right_before(before, tag):
        return True  # 韩国那一项又是几个亿, 大连那边呢: the item of the place it names, however short
    if len(_CONTENT.findall(folded)) <= SHORT:
        return False
    if (speaker := _SPEAKER_BEFORE.search(before)) and (
            tag is None or any(flag in NAME_TAGS["person"] for _, flag in tag(speaker.group(1)))):
        return True
    own = len(re.findall(r"[\u4e00-\u9fff]", before[OPENING.match(before).end() :]))
    if match.group(0) in HERE and match.group(0)[0] not in "这那" and tag is not None and any(
            flag == "ns" and len(word) >= 2 for word, flag in tag(before)):
        return True  # 卢碧影响厦门那天，当地多快…: the place it names itself, not the last turn's
    if DOING_SO.fullmatch(match.group(0)):
        return False  # 这样一来群众的获得感…: no noun after it to describe
    if match.group(0)[0] in "这那":  # 那个…的老人; 长春那个义务电工: its place before it
        # 那儿攒下的会员: a place pointed at, then what it has; no description opened.
        here = match.group(0) in HERE
        described = not here and bool(_DESCRIBED.match(folded[match.end() :]))
        # 那个义务电工张立纯退休前在哪上班: what it points at is named right after it (by the tagger);
        # not by a word after a time (那老人家今年高寿: jieba tags 高寿 a name, 高 being a surname).
        tagged = tag(folded[match.end() : match.end() + 12])[:3] if tag is not None and not here else []
        named = any(
            flag in NAME_TAGS["person"] and len(word) >= 2 and (i == 0 or tagged[i - 1][1] != "t")
            for i, (word, flag) in enumerate(tagged))
        # 去那儿能干点啥, 居民在那兒能办多少项: a place pointed at after the verb or the preposition
        # going there, not after a place of its own (长春那边).
        gone_to = here and bool(_TO_A_PLACE.search(before))
        return described or (own >= 2 and not gone_to) or named
    # 庄盈盈她们那帮能人: the one just named and those with her, not the last turn's subject (a name by
    # the engine's tagger; without it, any two characters of their own right before the pronoun).
    if match.group(0) in _THEIR_GROUP and _NAME_ENDING.search(before) and (
            tag is None or any(flag in NAME_TAGS["person"] for _, flag in tag(before)[-2:])):
        return True
    if match.group(0) in ONE_PERSON and (pair := _NAME_AND.search(before)) and tag is not None and any(
            flag in NAME_TAGS["person"] and len(word) >= 2 for word, flag in tag(pair.group(1))):
        return True  # 钟呼义和他老伴儿: the one just named and his wife, however few characters before 他
    if match.group(0) not in ONE_PERSON or own < _NAMED_BEFORE:
        return False
    return tag is None or any(flag in NAME_TAGS["person"] for _, flag in tag(before))


def names_whom_it_means(folded: str, match: re.Match[str], tag: Tagger | None = None) -> bool:
    """The (folded) question names itself what its pronoun or demonstrative at `match` points at: a
    piece named or told right before it, a description it opens, a name said before it."""
    return bool(_PIECE_NAMED.search(folded[: match.end() + 1]) or _PIECE_DESCRIBED.match(folded, match.start())
                or _describes_itself(folded, match, tag))
