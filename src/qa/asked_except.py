"""Questions that ask for what is not: the members of a set that did not do a thing (哪个县区没参加,
哪几支不是党员带队的), and the others besides one the asker names (除了那7家还有几家, 除了华雨辰还有谁).

News states what was done and by whom. A sentence naming those who took part says nothing of who
stayed away, and one about the 7 firms that filed says nothing of any others; yet both hold every word
of such a question and an answer of its kind (a place, a count), so they looked stated: 娄底下面哪个
县区没参加 was answered with the sentence on the campaign, 除了那7家还有几家 with the 7家. What is
asked is read here from the folded question (`qa.asked`); `answer_shape.fits` checks each candidate:
a negated predicate must be said negated, and the one excluded is no answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["SAID_NEGATED", "besides_asked", "besides_words", "negated_asked"]

# Which one or who, asked of a set (哪个县区, 哪几支, 哪些人, 谁): not 哪里/哪儿, which ask where (哪儿
# 不得劲 asks what ails), nor 什么/啥 (有啥不一样 asks how things differ).
_WHICH = r"(?:哪(?![儿兒里裡])|谁|誰)"
# The negation of the predicate, right after the one asked (a measure and a noun, 是/还: 哪个县区没参加,
# 哪几支不是党员带队的, 哪些人是没被邀请的, 谁还没交); not a negation further on, of what is said of it
# (硫被谁证明出来是元素并非化合物: proven, the negation part of what was proven);
# not a negation that describes the thing asked (哪一种已经不再使用的书写系统: 的 and then its noun).
_NEGATION = r"(?:没有|沒有|没|沒|未|不是|并非|並非|不)"
_NEGATED_Q = re.compile(_WHICH + r"[^，,。；;？?！!\s]{0,5}?" + _NEGATION + r"(?:被|有|能|会|會)?([\u4e00-\u9fff]{2})"
                        r"(?![^，,。；;？?！!\s]*的(?![呢吗嗎啊呀吧]|$)[\u4e00-\u9fff])")
# What a negation before a word says of something else: 没了 (lost), 不少, 不断, 不仅, 不同 …
_NOT_A_PREDICATE = re.compile(r"^(?:了|少|断|斷|仅|僅|但|久|过|過|同|论|論|管|止|如|得|一|到)")
# A negation said in a sentence (未参加, 尚未形成, 不能食, 非党员, 无物业), not the words that hold the
# characters and negate nothing (不少, 不断, 不仅, 不久, 不同, 无论, 并不…).
SAID_NEGATED = re.compile(r"(?:没|沒|未|非(?!常)|无(?![论論])|無(?![论論])|不(?![少断斷仅僅但久过過同论論管止如])|缺)")


def negated_asked(folded: str) -> bool:
    """A which- or who-question asked of what did not happen (哪个县区没参加, 哪几支不是党员带队的): its
    answer says something negated, as a sentence on those who took part does not."""
    match = _NEGATED_Q.search(folded)
    return match is not None and not _NOT_A_PREDICATE.match(match.group(1))


# 除了华雨辰还有谁, 除了那7家 还有…几家, 除開責任編輯李冬葉 還有哪位: the one excluded, up to where the
# question turns to the others (还, 也, 另, 其他, 剩下) or its clause ends.
_BESIDES_Q = re.compile(r"(?:除了|除开|除開|除去|除却|除卻)([^，,。；;？?！!\s]{1,16}?)(?:以外|之外|外)?"
                        r"(?=[，,；;\s]|还|還|也|另|其他|其它|其余|其餘|剩下|$)")
# Words that point back at the one excluded without naming it (除了这个, 除了他们仨): nothing to drop.
_POINTING = re.compile(r"^(?:那|这|這|此|该|該|他们|他們|她们|她們|它们|它們|他|她|它)?(?:个|個|些|几|幾|两|兩|仨|俩|倆)?")
# Where the excluded phrase divides into things of its own (2015年那81条和去年那21条).
_PARTS = re.compile(r"[和与與跟及、的那这這]")


def besides_asked(folded: str) -> tuple[str, ...]:
    """The parts of what a question excludes (除了那7家 → 7家), () when it excludes nothing or only
    points back (除了这个)."""
    match = _BESIDES_Q.search(folded)
    if match is None:
        return ()
    excluded = _POINTING.sub("", match.group(1))
    parts = [part for part in _PARTS.split(excluded) if len(part) >= 2]
    return tuple(dict.fromkeys([excluded, *parts])) if len(excluded) >= 2 else ()


# The places an address names before the place itself, largest first (上海市静安区 of 上海市静安区南京西路).
_ADDRESS = r"(?:[\u4e00-\u9fff]{1,6}?(?:省|市|区|區|县|縣|镇|鎮|街道|乡|鄉))+"


def besides_words(besides: Sequence[str], sentence: str, tag: Callable[[str], list[tuple[str, str]]]) -> list[str]:
    """The words the sentence's mention of the excluded one is blanked by, longest first: each part
    the sentence holds whole, and for a part it does not, the words jieba cuts it into (责任编辑李冬叶 →
    责任编辑, 李冬叶, as a byline writes them apart). Not the words of a part said whole: 管住 of 管住自己
    also frames the answer to 除了管住自己还得管住谁 (管住亲属). The excluded one's address goes with it."""
    words = {*besides, *(word for part in besides if part not in sentence for word, _ in tag(part) if len(word) >= 2)}
    # Its address too: 上海市静安区南京西路 for 除了南京西路那家还在上海哪儿开了: 静安区 is where the
    # excluded one is, not another place.
    words |= {match.group(0) for word in besides if len(word) >= 2
              for match in re.finditer(_ADDRESS + re.escape(word), sentence)}
    return sorted(words, key=len, reverse=True)
