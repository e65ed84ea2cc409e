"""Yes-or-no questions: what they ask about (停课了没 → 停课, 手机是不是一直开着的 → 直开, 有没有社区食堂
→ 食堂: the end of the phrase, its head, not the 社区 any sentence about the place names).

A yes-or-no question names the thing it asks about and asks whether it holds; no kind of fact (a
number, a date, a name) answers it, so without this every sentence about its subject "fitted":
卢碧那天厦门中小学停课了没 was answered with the sentence that the typhoon brought heavy rain. The
sentence that answers speaks of what is asked, in some of its words: 24小时开机 for 手机是不是一直开着的,
一、二层群众不出钱 for 一二楼的住户要不要掏钱. Read on the folded question (`qa.asked`), checked on each
candidate sentence (`qa.answer_shape.fits`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["speaks_of", "yes_no_asked"]

# A question asking what or which is no yes-or-no question, whatever ends it (有什么传说吗, 有啥毛病吗).
_WH = re.compile(r"什么|什麼|哪|谁|誰|几|幾|多少|怎|如何|为什么|為什麼|为何|為何|啥|咋|何(?:时|時|地|处|處|人|种|種|以|年|日)"
                 r"|多大|多久|多长|多長|多高|多远|多遠")  # not the 何 of 任何
# 能不能, 是不是, 要不要掏钱, 划不划算: the same character either side of 不/没.
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没沒]\1(?:[\u4e00-\u9fff]*)")
# 停课了没, 出钱吗, 见着了吗: the words before the particle that ends the question.
_ENDED = re.compile(r"([\u4e00-\u9fff]{1,8})(?:了没有?|了沒有?|没有|沒有|了吗|了嗎|吗|嗎)[呢啊呀哇]?[？?！!。.\s]*$")
# 坑底下有湖没, 有模板没: whether there is one, the 没 alone ending the question.
_HAS_IT = re.compile(r"有([\u4e00-\u9fff]{1,4})[没沒][呢啊呀]?[？?！!。.\s]*$")
# 周末开门不, 能进来不: the spoken yes-or-no, 不 alone ending the question (not 对不, 是不, 好不, 行不:
# asking agreement).
_ENDED_NOT = re.compile(r"([\u4e00-\u9fff]{1,8})(?<![对對是好行])不[呢啊呀哇]?[？?！!。.\s]*$")
# 可以吗, 好吗, 行吗, 对吧: asking leave or agreement (介绍一下皖江可以吗), not whether a fact holds.
_ASKING_LEAVE = re.compile(r"(?:可以|好|行|对|對|是)(?:吗|嗎)[呢啊呀]?[？?！!。.\s]*$")
# Whether a claim is right (鳖能补肝的说法正确吗 → 其实是一种谬误), or a check of what was just said
# (是不是这个名, 是这样吗): the answer need not repeat the words.
# A demonstrative points at what was said (是这样吗, 是不是这个名), not at a place (白领驿家那边冷清吗).
_JUDGED = re.compile(r"正确|正確|准确|準確|属实|屬實|真的|真实|真實|合理|靠谱|靠譜|可信|对不对|對不對"
                     r"|[这這那](?![边邊里裡儿兒])")
# The helpers around what is asked: 是不是[一]直开[着的], 会不会[很]费电, 要不要[去]医院.
_HELPERS = frozenset("的了着著是有在一不没沒个個也都还還就会會能要很太更最真去来來被把给給让讓又再已这這那啊呀呢吧哇嘛")
# A verb of being, having or wanting before 不 asks whether what follows holds (是不是X, 要不要X);
# another asks whether the verb itself does (划不划算, 难不难).
_MODALS = frozenset("是有要能会會可应應该該用")


def yes_no_asked(folded: str) -> str:
    """The characters (up to two) of what a yes-or-no question asks whether it holds; "" for any
    other question."""
    if _WH.search(folded) or _ASKING_LEAVE.search(folded):
        return ""
    if (pair := _A_NOT_A.search(folded)) is not None:
        verb, rest = pair.group(1), pair.group(0)[3:]
        if _JUDGED.search(pair.group(0)):
            return ""
        words = [c for c in rest if c not in _HELPERS]
        if verb not in _MODALS:
            words = [verb, *words]
        return "".join(words[-2:])
    if (has := _HAS_IT.search(folded)) is not None:
        return "".join([c for c in has.group(1) if c not in _HELPERS][-2:])
    if (ended := _ENDED.search(folded) or _ENDED_NOT.search(folded)) is not None:
        if _JUDGED.search(ended.group(1)):
            return ""
        words = [c for c in ended.group(1) if c not in _HELPERS]
        return "".join(words[-2:])
    return ""


def speaks_of(whether: str, opposed: Sequence[str], text: str, *, every: bool = False) -> bool:
    """Whether `text` speaks of what a yes-or-no question asks: any (or, `every`, all) of the
    characters `yes_no_asked` read, or a word saying the other side of the state it guesses
    (`opposite_words`: 冷清 answered by 人气颇高)."""
    return any(word in text for word in opposed) or (all if every else any)(c in text for c in whether)
