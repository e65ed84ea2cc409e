"""Which one is the most: 哪个协会人最多, 卖得最火的是啥货, 哪块群众意见最大.

Such a question picks one of several by a superlative; a sentence that only names them (沈阳片区跨境电商
进出口产品已覆盖30个国家和地区、1000多个品类) says none is the most, however much of the question it
holds. The sentence that answers says so: 最, 最为, 第一, 居首, 之最 (脱离群众的危险最为根本). Only the
picking form is read: 群众最关心的民生难点有哪些 asks for what is described, not which one is the most,
and 最早, 最后, 最近, 最新 say when, not how much. A date or a number asked (什么时候达到最高峰, 最多
能带多少) picks nothing: `qa.asked` reads this only of other questions.
"""

from __future__ import annotations

import re

__all__ = ["MOST_A", "most_asked"]

_DEGREE = r"最(?!早|先|初|后|後|终|終|近|新|常|好不要|好别)"  # 最常: how often, not which
# The asking before the superlative (哪个协会人最多, 哪块群众意见最大), or a deed done the most (卖得最火的).
# (最大的X是什么 is not read: 第二次现代主义和第一次现代主义最大的差别是什么 asks what the difference is,
# and the holdout split of the shared sets answered it without any 最.)
_MOST_Q = re.compile(r"(?:哪|啥|什么|什麼)[^，,。？?！!]{0,8}?" + _DEGREE
                     + r"|得" + _DEGREE + r"[\u4e00-\u9fff]{1,2}?(?:的|(?:是|为|為)?(?:什么|什麼|啥|哪))")  # 卖得最多是啥
# How a sentence says one is the most (not 最后一公里, 最终, 最近: when, not how much).
# 第一 as a rank (產量是日本第一, 第一大), not the first of several (发现了第一个形状罕见的陨石坑).
# A comparison far ahead says it as well (遊戲出口額…遠超音樂、電影); not 超过 alone, which any figure
# says of another (货值4.6亿元,超过去年全年订单量).
MOST_A = re.compile(r"最(?!后|後|终|終|近)|第一(?![个個次批家位届屆座条條所天年步时時部本名])|第1大|首位|居首|榜首|之最|之首|冠军|冠軍|名列前茅|首屈一指|远超|遠超|遥遥领先|遙遙領先")


# Which of two is more (江欣苑社区跟江汉北路社区比 哪个社区党员更多): a comparison asked, answered only by
# a sentence comparing them, or saying one is the most.
_MORE_Q = re.compile(r"(?:哪|谁|誰)[^，,。？?！!]{0,16}?更(?:[多少大小高低长長短深远遠强強重轻輕快慢好早晚])")
_MORE_A = re.compile(MOST_A.pattern + r"|更|比|多于|多於|少于|少於|高于|高於|低于|低於|超过|超過|不如|胜过|勝過")


# Which one of several was first (45个协会里最早成立的是哪个): picked by time, said with 最早, 首个,
# 第一个, 率先, 始见于 (not 先后成立…, which names them all). Not who first did it (最早是哪位研究员
# 发现的: the sentence saying who found it answers), nor what comes first (一进去最先看到的是啥: 工业风
# 的建筑映入眼帘).
_FIRST_Q = re.compile(r"最(?:早|先|初)[^，,。？?！!]{1,8}?的是哪")
_FIRST_A = re.compile(r"最早|最先|最初|首个|首個|首家|首批|首次|第一个|第一個|第一家|第一批|率先|首先|之首|开先河|開先河|始见|始見|始于|始於|起源|发源|發源|肇始")


# The one a place, person or body is asked of described as the most (地球上最大的陨石坑在哪, 辽宁最大的
# 贸易伙伴是谁): a sentence on some crater, some partner, does not say which is the biggest.
_MOST_NAMED_Q = re.compile(_DEGREE + r"[\u4e00-\u9fff]{1,2}的[\u4e00-\u9fff]{1,6}?(?:是|在)?(?:哪|谁|誰)")


# The superlative before the asking, picking one by 哪 (面积最大的是哪一个, 带动出口最多的是哪个项目): not 最大的
# 差别是什么, which asks what is described; not a place in an order (排最上头的是哪一级), which a list
# says by its order alone.
_MOST_THEN_WHICH_Q = re.compile(_DEGREE + r"(?![上下前顶頂底里裡外末])[\u4e00-\u9fff]{1,2}的(?:是|为|為)?哪")
# The first picked after the asking (哪支成立得最早, 哪一项最先办完), by its rank (全国头一个开通热线的是哪个
# 城市), or the first of two (跟苏家塘比哪个先拆完): said only by a sentence saying one was first or
# earlier. Not of a person (谁最早发现的: the sentence saying who found it answers).
_FIRST_AFTER_Q = re.compile(r"(?:哪|啥|什么)[^，,。？?！!]{0,8}?最(?:早|先)"
                            r"|(?:头一|頭一|第一|首)(?:个|個|家|座|批|位|支|项|項)[^，,。？?！!]{1,12}?"
                            r"(?:(?:是|在)?(?:哪|谁|誰)|叫(?:啥|什么|什麼))"
                            r"|(?:哪|谁|誰)(?:个|個|一个|一個|边|邊|家|方)?(?:更)?先(?![进進生后後])")
_FIRST_OR_EARLIER_A = re.compile(_FIRST_A.pattern + r"|第一|首[个個家批座位次支项項艘所部条條]|早于|早於|先于|先於|更早|较早|較早"
                                 r"|继[^，,。；;]{1,12}之后|繼[^，,。；;]{1,12}之後")  # 继岫岩陨石坑之后…第二个: 岫岩's was first


# Which time was the most (哪个月来电最多, 哪一年销量最高): picked by 哪, the superlative ending the question;
# not asked by 什么时候, nor of a thing the superlative describes (哪一年攻破实力最强的谢志山军寨).
_WHEN_MOST_Q = re.compile(r"哪[^，,。？?！!]{0,8}?" + _DEGREE + r"[\u4e00-\u9fff]{1,2}?的?(?=[呢吗嗎啊呀？?。，,！!\s]|$)")
# A yes-or-no question whether one is the first, the only or the most (是不是全厦门第一个成立小区党支部的,
# 是上海第一份…公约吗, 是不是钢花小学最年轻的老师): a sentence saying what it did does not say it was
# the first or the most.
# The claim follows the copula (是不是全厦门第一个…); 第一份志愿工作是不是… asks of the first one, not
# whether it was the first.
_CLAIM = r"(?:是|算)[^，,。？?！!]*?"
_FIRST_CLAIMED = re.compile(_CLAIM + r"(?:(?:第一|首|头一|頭一)(?=[个個家份批位座所支条條项項次])|唯一)")
_MOST_CLAIMED = re.compile(_CLAIM + _DEGREE)
_ONLY_A = re.compile(_FIRST_OR_EARLIER_A.pattern + r"|唯一|仅有|僅有|只有|独一|獨一")


def most_asked(folded: str, kind: str | None = None, *, whether: bool = False) -> re.Pattern[str] | None:
    """How the sentence must say it when the (folded) question picks one of several by a superlative
    (`MOST_A`) or one of two by a comparison, or asks whether one is the first or the most; None when
    it asks neither. `kind`: the kind of answer asked (a place, person or organisation asked of 最大的X
    picks one too; a date, of the one the most (哪个月来电最多, 最老的那栋楼是哪年盖的)); `whether`: the
    question asks yes or no (`asked_yes_no`, read once by `qa.asked`)."""
    if kind == "date":  # not 什么时候达到最高峰, 什么时候获选为最有价值球员: when it happened
        return MOST_A if _WHEN_MOST_Q.search(folded) or _MOST_NAMED_Q.search(folded) else None
    if kind is None and whether:
        if _FIRST_CLAIMED.search(folded):
            return _ONLY_A
        return MOST_A if _MOST_CLAIMED.search(folded) else None
    if _FIRST_Q.search(folded):
        return _FIRST_A
    if kind != "person" and _FIRST_AFTER_Q.search(folded):
        return _FIRST_OR_EARLIER_A
    if (_MOST_Q.search(folded) or _MOST_THEN_WHICH_Q.search(folded)
            or (kind in ("place", "person", "organisation") and _MOST_NAMED_Q.search(folded))):
        return MOST_A
    return _MORE_A if _MORE_Q.search(folded) else None
