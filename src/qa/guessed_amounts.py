"""Amounts the asker guesses or checks, read as the figure asked: 省党代表一共八百来个？, 够不够两百个,
有上千户吗, 几千块还是上万块.

The figure or magnitude typed is no word of the answer (八百, 来个, 上千 weighed as the question's rarest
words), and the sentence giving the figure (800多名省党代表, 300多户居民, 1万多块钱) answers it: read as
多少 with its unit (`question_text.plain_text`), on folded text.
"""

from __future__ import annotations

import re

from .question_words import ASKS_ANYWHERE

__all__ = ["guesses_asked", "thresholds_asked"]


# 够不够两百个, 过没过四百万: whether a count reaches a figure, which the sentence giving the count
# answers (200多个社区党群服务中心): asked as 有多少个, the figure typed no word the answer must hold.
_REACHES = re.compile(r"(?:够不够|夠不夠|过没过|過沒過|超没超过|超沒超過|到没到|到沒到|满不满|滿不滿|达没达到|達沒達到)"
                      r"(?:[0-9.]+|[零〇一二两兩三四五六七八九十百千]+)[万萬亿億]?([个個名位家所座条條项項件户戶场場人]?)")
# 上千户吗, 上万了吗, 有上千号人吗, 几万号人, 几千块还是上万块: a rough magnitude the asker guesses,
# which the sentence giving the figure answers (300多户居民, 近10万名, 1万多块钱): asked as 多少, the
# magnitude typed no word the answer must hold (块 is money: 多少钱).
_ROUGH = r"(?:好几|好幾|几|幾|上|过|過|超过|超過)(?:十万|十萬|百万|百萬|千万|千萬|十|百|千|万|萬|亿|億)(?:多)?"
_UNIT = r"(?:号|號)?([个個名位家所座条條项項件户戶场場人块塊元单單次]?)"
_MAGNITUDE = re.compile(r"(?:有)?" + _ROUGH + r"(?:了)?" + _UNIT + r"(?:了)?(?:还是|還是|" + _ROUGH + _UNIT + r")*"
                        r"(?:吗|嗎|没有|沒有|没|沒)?(?=[不呢啊呀吧？?，,。\s]|$)")


def _magnitude(match: re.Match[str]) -> str:
    """The rough magnitude asked as 多少 with its unit (块 as 钱); as typed where it is said, not asked."""
    units = [unit for unit in match.groups() if unit]
    unit = units[-1] if units else ""
    asked = re.search(r"吗|嗎|没|沒|还是|還是", match.group())  # 上万了吗, 几千还是上万: a guess asked
    if not (asked or (unit and re.search(r"几|幾", match.group()))):
        return match.group()  # 会员过万, 花了几百万: said, not asked
    return ("有" if match.group().startswith("有") else "") + "多少" + ("钱" if unit in ("块", "塊", "元") else unit)


def thresholds_asked(text: str) -> str:
    """A threshold (够不够两百个) or a rough magnitude (上万了吗, 几千块还是上万块) asked as the figure."""
    return _MAGNITUDE.sub(_magnitude, _REACHES.sub(r"有多少\1", text))


# 省党代表一共八百来个？, 好像是两百七十多亿？具体多少: an amount the asker half-remembers and asks to
# have confirmed, at the end of a clause; it is what the answer states, not a word of the question
# (八百, 来个 weighed as its rarest words). Read as the count asked (多少, 多少亿). Only a rough amount
# (多, 来, 余, 左右, 几 of 四十几岁) or one said with a hedge (好像, 大概), or checked (有三百件不):
# 第十二次党代会？ asks nothing of the kind. A threshold checked (有没有超过九千万) is asked so too, and
# an age guessed (他今年是四十几岁, 六十多岁了吧) as 几岁.
_GUESSED = re.compile(
    r"(?P<hedge>(?:好像|大概|大约|差不多|估计|应该|可能|似乎)(?:是|有)?|有(?=[零〇一二两三四五六七八九十百千\d][^?？吧吗嗎]*[不没沒]$)"
    # A threshold checked (有没有超过九千万, 涨幅超过七成了吗, 是不是超过三百件了): the count is asked.
    r"|(?:有没有|有沒有|是不是|是否)?(?:超过|超過|不到|不足|达到|達到|突破|将近|將近|接近)了?)?"
    r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(?P<rough1>多|来|余|左右|几)?(?P<large>[万亿])?"
    r"(?P<rough2>多|来|余|左右)?(?P<measure>[个名家位人户件条项次场元块座所成倍岁]?)"
    r"(?P<rough3>多|左右|上下|出头)?(?:了(?=[?？吧吗嗎]|$))?(?=[?？]|[吧吗嗎]|对吧|是吧|[不没沒]$|$)")


_ASKING_AMOUNT = frozenset(["多少", "几", "幾", "多"])


def _guessed(match: re.Match[str]) -> str:
    """The guess written as the count asked (`_GUESSED`), or the text as typed where it is no guess."""
    if not (match["hedge"] or match["rough1"] or match["rough2"] or match["rough3"]):
        return match.group()
    # 在什么事件当中死了五千多人？ asks the event: the amount says which one.
    if any(asked.group() not in _ASKING_AMOUNT for asked in ASKS_ANYWHERE.finditer(match.string, 0, match.start())):
        return match.group()
    if match["measure"] == "岁":
        return "几岁"  # 四十几岁, 二十多岁吧: an age is said in 岁 (今年47岁的张银祥), whoever asks
    return "多少" + (match["large"] or "")  # its measure word is the asker's (八百来个 for 800多名)


def guesses_asked(text: str) -> str:
    """An amount half-remembered and asked to be confirmed (一共八百来个？) asked as the figure."""
    return _GUESSED.sub(_guessed, text)
