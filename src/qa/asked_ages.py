"""Whose age a question asks, and whether a sentence says that person's age.

郑彩平今年多大岁数了 is not answered by the 80多岁 of 董明媛 in the sentence that names 郑彩平 as the
one who remembers the visit; 孙志荣老人今年高寿 not by 六成是70岁以上老人 of the building's residents. An
age answers when it is said in the clause that names the person asked about (今年85岁的7层住户孙志荣,
66岁的袁宝柱), or in a clause naming no one else (享年93岁, of the one the article is about), unless
the age bounds a group (70岁以上).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .kin_shape import PERSON_TAGS
from .named_people import common_word
from .question_words import HONORIFICS
from .text import clauses

__all__ = ["age_said_of", "aged_person"]

# An age asked, as the question text reads once rewritten (高寿, 年纪多大 → 几岁: `question_text`).
_AGE_ASKED = re.compile(r"(?:几|幾|多少|多大)(?:周|週)?(?:岁|歲)")
# An age said: 85岁, 80多岁, 六十来岁.
_AGE_SAID = re.compile(r"[0-9一二两三四五六七八九十百]+(?:多|余|餘|来|來)?(?:周|週)?(?:岁|歲)")
# Words that may stand between the name and the asking and still ask the named one's age (张立春老人,
# 金大爷 今年, 董明媛是几岁的老人); any other noun (女儿, 老伴儿, 孩子) asks someone else's.
_OF_THE_NAMED = HONORIFICS | frozenset(["老人", "老太太", "老师", "老師", "同志", "今年", "现在", "現在", "如今", "目前",
                                        "当时", "當時"])
# An age bounding a group (70岁以上老人, 18岁以下): no one's age.
_GROUP = re.compile(r"以上|以下|之间|之間|上下|左右")
# Words jieba tags a person's name that name a kin or a kind of person (老伴儿, 老汉 of 袁老汉), no one.
_NO_ONE = re.compile(r"老伴|老汉|老漢|老头|老頭|老太|老人|老两口|老兩口")


def aged_person(tagged: Sequence[tuple[str, str]], question: str) -> str:
    """The person (a name jieba tags as one) whose age the question asks, "" when it asks none or
    asks the age of someone named by their kin (袁宝柱的老伴儿今年多大岁数了)."""
    asking = _AGE_ASKED.search(question)
    if asking is None:
        return ""
    names = [i for i, (word, flag) in enumerate(tagged) if flag in PERSON_TAGS and 2 <= len(word) <= 4
             and not _NO_ONE.match(word) and word not in HONORIFICS  # 伯伯 of 袁宝柱伯伯, tagged a name
             and not common_word(word, tagged[i - 1][0] if i else "")]
    if not names:
        return ""
    at = names[-1]
    for word, flag in tagged[at + 1 :]:
        if re.search("几|幾|多少|多大", word):
            break  # the asking: what stood before it says whose age
        if flag.startswith("n") and word not in _OF_THE_NAMED:
            return ""
    return tagged[at][0]


def age_said_of(name: str, sentence: str, tag: Callable[[str], list[tuple[str, str]]]) -> bool:
    """Does the (folded) sentence say an age of `name`: in a clause naming them, or in one naming no
    one else (张银祥，今年47岁; 退休后以书法自娱，享年93岁, of the one the article is about), unless the
    age is a group's (六成是70岁以上老人)?"""
    for part in clauses(sentence):
        ages = list(_AGE_SAID.finditer(part))
        if not ages:
            continue
        if name in part:
            return True
        others = any(flag in PERSON_TAGS and word != name for word, flag in tag(part))
        if not others and any(not _GROUP.match(part, age.end()) for age in ages):
            return True
    return False
