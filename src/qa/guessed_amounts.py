"""Amounts the asker guesses or checks, read as the figure asked: 省党代表一共八百来个？, 够不够两百个,
有上千户吗, 几千块还是上万块, 交易是495万单吗, 是从2016年开始的吧.

The figure or magnitude typed is no word of the answer (八百, 来个, 上千 weighed as the question's rarest
words), and the sentence giving the figure (800多名省党代表, 300多户居民, 1万多块钱) answers it: read as
多少 with its unit (`question_text.plain_text`), on folded text.
"""

from __future__ import annotations

import re

from .question_words import ASKS_ANYWHERE

__all__ = ["checked_asked", "guesses_asked", "thresholds_asked"]


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
    # 是不是有上百号人, 有没有上千家: checked before it.
    asked = asked or re.search(r"(?:是不是|有没有|有沒有|是否)$", match.string[max(0, match.start() - 4) : match.start()])
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


# A figure the asker half-remembers and checks (交易是495万单吗, 是264亿还是246亿来着, 是从2016年开始推动
# 的吧, 2020年4月入党的吗): the sentence giving the figure answers it whichever it says (459万单, 从2017年
# 起, 当年3月), so the figure typed is the one asked, not one the documents must repeat (a wrong digit
# found no article, or only the articles saying it). Read as the asking its unit takes (哪一年,
# 几月, 多少万: the measure word is the asker's); the figures before the last of a date (the 2020年 of
# 2020年4月) still say which.
_FIGURE = (r"(?<![\d.第])(?:(?P<year>\d{4})年(?!代)|(?P<decade>\d0)年代|(?P<month>\d{1,2})月|(?P<day>\d{1,2})[日号]"
           r"|(?P<share>\d+(?:\.\d+)?)[%％]|(?P<count>\d+(?:\.\d+)?)(?P<large>[万亿])?"
           r"(?P<measure>亿元|万元|元|个|名|家|位|人|户|件|条|项|次|场|座|所|单|岁|支|只|吨|亩)?)(?![\d.])")
# The particles asking a claim to be confirmed (…吗, …是吧); 来着 after a figure half-remembered.
_CONFIRM = r"吗|嗎|吧|是吧|对吧|對吧"
_RECALLED = _CONFIRM + r"|来着|來著"
# Checked at the end (…495万单吗, …来着), or as the focus of 是…的 (是从2016年开始推动…的吧).
_CHECK_END = r"(?:了)?(?=(?:" + _RECALLED + r"|对不对|對不對|没错吧|沒錯吧)[？?！!。\s]*$)"
_CHECKED = re.compile(r"(?:是|是不是|有|有没有|为|為|达|达到|增长了?|增長了?|下降了?)?" + _FIGURE + _CHECK_END)
# A count checked with what it counts after it (有200个行政村吗, 是不是一共有200个行政村): the count
# with its measure word, the counted noun kept.
_COUNT = r"(?<![\d.第])(?P<count>\d+(?:\.\d+)?)(?P<large>[万亿])?(?P<measure>个|名|家|位|户|件|条|项|次|场|座|所|支|只)"
_NOUN = r"(?=[\u4e00-\u9fff]{1,5}"
_CHECKED_COUNT = re.compile(r"(?:有|是|达|达到|共)" + _COUNT + _NOUN + r"(?:了)?(?:" + _RECALLED + r")[？?！!。\s]*$)"
                            # 是不是有300户: the count may end the question, what it counts said before.
                            r"|(?<=是不是|有没有|有沒有)[^，,。？?\d]{0,4}" + _COUNT.replace("?P<", "?P<p_")
                            + r"(?=[\u4e00-\u9fff]{0,5}[？?！!。\s]*$)")
_CHECKED_FOCUS = re.compile(r"(?<=是)(?:不是)?(?:从|從|在|于|於)?(?:\d{4}年)?" + _FIGURE
                            + r"(?=[^，,。？?！!\s\d]{1,14}的(?:" + _CONFIRM + r")?[？?]*$)")
# Two figures offered (264亿还是246亿, 187个村还是178个, 20条还是21条): either may be the one said.
_CHOICE = re.compile(_FIGURE + r"(?P<between>[\u4e00-\u9fff]{0,3}?)(?:还是|還是)" + _FIGURE.replace("?P<", "?P<b_"))
_KINDS = ("year", "decade", "month", "day", "share", "count")


def _asking(match: re.Match[str], prefix: str = "") -> str:
    """The asking a checked figure's unit takes: 哪一年, 哪个年代, 几月, 几日, 百分之多少, 多少万."""
    group = {name.removeprefix(prefix): value for name, value in match.groupdict().items()
             if name.startswith(prefix) and value}
    if "year" in group:
        return "哪一年"
    if "decade" in group:
        return "哪个年代"
    if "month" in group:
        return "几月"
    if "day" in group:
        return "几日"
    if "share" in group:
        return "百分之多少"
    if group.get("measure") == "岁":
        return "几岁"  # an age is said in 岁 (今年47岁的张银祥), whoever's it is
    return "多少" + group.get("large", "")  # the measure word is the asker's (10支 for 12個…服务队)


def checked_asked(text: str) -> str:
    """A figure the asker checks (是495万单吗, 264亿还是246亿来着, 是从2016年开始的吧) read as the
    figure asked (是多少万吗, 是从哪一年开始的吧); the text as it is when it asks otherwise too."""
    if ASKS_ANYWHERE.search(text):  # 是6月几号登出来的: 6月 says which, 几号 asks
        return text
    if (choice := _CHOICE.search(text)) is not None:  # 187个村还是178个 → 多少村
        return text[: choice.start()] + _asking(choice, "b_") + choice["between"] + text[choice.end() :]
    for found in (_CHECKED_FOCUS.search(text), _CHECKED.search(text)):
        if found is not None:
            start = next(found.start(kind) for kind in _KINDS if found.group(kind))
            return text[:start] + _asking(found) + text[found.end() :]
    if (count := _CHECKED_COUNT.search(text)) is not None:  # 有200个行政村吗 → 有多少行政村吗
        prefix = "" if count.group("count") else "p_"
        return text[: count.start(prefix + "count")] + _asking(count, prefix) + text[count.end() :]
    return text
