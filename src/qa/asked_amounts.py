"""How a question asks for an amount, and how the amount is written: its measure word (多少名 → 名),
the unit a size is given in (多长 → 米, 公分), a span of time (多久 → 3年) and the numerals that make
a count (200多, 两千, 3.5亿). Pure patterns, read by `qa.asked` into the question's `Asked` value.
"""

from __future__ import annotations

import re

from .text import fold

# 多久 / 多长时间 asks for a span of time: 整整8个小时, 3年, not a date.
_DURATION_Q = re.compile(r"多久|多长时间|多長時間|多长的时间|多少时间|多少時間")
# 多久开一次 asks how often: 每周二, 每月一次.
_FREQUENCY_Q = re.compile(r"(?:多久|多长时间|多長時間)[^，。？?]{0,6}一次")
_FREQUENCY_A = re.compile(r"每[一两兩三四五六七八九十半]?[个個]?(?:周|週|星期|月|年|天|日|季度|小时|小時)")
# A count before the unit, never a date: 8个小时, 3个月, 两年 — not 1月25日 or 2020年.
_DURATION_A = re.compile(r"(?<![0-9])(?:[0-9]{1,3}(?:\.[0-9]+)?|[一二两兩三四五六七八九十百]+|半)\s*(?:多|余|餘)?\s*"
                         r"(?:[万萬亿億](?:多|余|餘)?)?"  # 46亿年, 十亿年前
                         r"(?:[个個]?(?:小时|小時|钟头|鐘頭|星期)|[个個]月|分钟|分鐘|天|周|週|年(?![代底初])|秒)"
                         # 仅用了几个月: a span the documents give only roughly is still the answer
                         # (not 近几年来, a time frame).
                         r"|(?<![近这這])(?:几|幾|数|數)(?:[个個]?(?:小时|小時|月|星期)|天|周|週|年)(?![来來间間])")


_MEASURE_Q = re.compile(r"(?:多少|几|幾|第几|第幾)\s*([^\s\d，。？！?!,]?)")
# 数百名 / 几十只 are vague amounts, not the count a quote is picked for: a counted numeral may not
# follow 数/几 (`Asked.vague` lets them answer when a document says no more).
# 一名 alone is "a" (如今是一名社区志愿者), not a count: 一 counts before 十/百/千/万/亿, or after
# 第, 只, 仅, 共 (第一个, 只有一种).
# 5,000 and 1兆 are numbers too; 廿八 is 28.
NUMERAL = (r"(?:[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?|(?<![数數几幾])(?:[二两三四五六七八九十百千廿卅]|一(?=[十百千万亿])"
           r"|(?:(?<=第)|(?<=只)|(?<=仅)|(?<=僅)|(?<=共)|(?<=只有)|(?<=仅有)|(?<=僅有))一)"
           r"[一二两三四五六七八九十百千万亿零〇]*)\s*(?:多|余)?\s*[万亿兆]?\s*(?:多|余)?")
# After 万 or 亿 the measure word is often left out (人口峰值为3400万。, 总投资3.5亿，): such a number,
# ending its clause, counts whatever was asked.
ELIDED = r"|(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千]+)[万亿](?:多|余)?(?=[，。；;,、）)]|$)"


# 多少 right before a noun, with no measure word between: 多少白领, 多少游客.
BARE_COUNT_Q = re.compile(r"(?:多少)([\u4e00-\u9fff](?<![的是在有个個])[\u4e00-\u9fff])")
# A price per unit: 多少钱一斤, 每斤多少钱, 一斤多少钱.
PER_UNIT_Q = re.compile(r"多少钱\s*(?:一|每)\s*([\u4e00-\u9fff])|(?:一|每)\s*([\u4e00-\u9fff])\s*(?:要|卖|賣|是)?\s*多少钱")
_COUNTED_Q = re.compile(r"(?:多少|几|幾)\s*[^\s\d，。？！?!,的是在有呢吗么]([\u4e00-\u9fff]{2,4})")


def counted_noun(question: str) -> str | None:
    """What is being counted: 多少名党员 → 党员, 多少户居民 → 居民 (its first two characters)."""
    match = _COUNTED_Q.search(fold(question))
    return match.group(1)[:2] if match else None


# Chinese measure words (a closed class): 多少涉农资金 has none, 多少名党员 has 名.
_MEASURE_WORDS = frozenset("个個名位人户戶件家条條项項岁歲场場次元座只台臺所天年月日辆輛架艘本部篇首棵头頭匹张張间間层層"
                           "米亩畝吨噸斤克倍届屆批支队隊股处處份块塊颗顆粒枚封样樣种種类類级級号號期章节節季轮輪代套栋棟幢钱点點"
                           "集册冊卷回幕辑輯"  # 多少集, 几册, 几卷: episodes, volumes, chapters
                           "分秒度")  # 几分钟 → 15分钟, 多少度 → 40度


def measure_word(question: str) -> str | None:
    """The measure word the asker expects after the number: 多少名党员 → 名, 幾歲 → 岁, 第几个 → 个."""
    match = _MEASURE_Q.search(fold(question))
    if not match or not match.group(1):
        return None
    word = match.group(1)
    return word if word in _MEASURE_WORDS else None


# 多大年纪 / 多长 / 多高 ask for a number in a unit the question does not write.
_SIZE_Q = (
    (re.compile(r"多大(?:年纪|年紀|岁数|歲數)|年龄|年齡|几岁|幾歲|多少岁|多少歲"), r"[岁歲]"),
    (re.compile(r"多长(?!时间|時間)|多長(?!時間)|多远|多遠|长度|長度|距离|距離"),
     r"(?:米|公里|千米|里|厘米|毫米|英里|公分|公尺|英尺|英寸|尺|寸|km|cm|mm|m(?![a-z]))"),
    (re.compile(r"多高|高度|海拔|多深|深度"), r"(?:米|公里|千米|厘米|公分|公尺|英尺|尺|km|cm|m(?![a-z]))"),
    (re.compile(r"多重|重量"), r"(?:吨|噸|斤|克|公斤|千克|磅|kg|g(?![a-z]))"),
    (re.compile(r"多大(?!年纪|年紀|岁数|歲數)|面积|面積|占地"),
     r"(?:平方|亩|畝|公顷|公頃|米|公里|英亩|英畝|km|m(?![a-z])|㎡|㎢)"),
)


# Named, an area, a height, a length or a weight is answered in its unit (占地面积有多大 → 2.3万平方米,
# not 常住人口近2万人); a bare 多大/多长 may be answered otherwise (多大的变化, 多长的队伍).
NAMED_SIZE_Q = re.compile(r"面积|面積|占地|海拔|高度|深度|长度|長度|重量|距离|距離")


def size_unit(question: str) -> str | None:
    """The unit a 多大年纪/多长/多高/多重/面积 question is answered in, as a regex; None otherwise."""
    folded = fold(question)
    return next((unit for asked, unit in _SIZE_Q if asked.search(folded)), None)


def asks_duration(question: str) -> re.Pattern[str] | None:
    """多久 asks for a span of time (8个小时); 多久开一次, for how often (每周二)."""
    folded = fold(question)
    if _FREQUENCY_Q.search(folded):
        return _FREQUENCY_A
    return _DURATION_A if _DURATION_Q.search(folded) else None
