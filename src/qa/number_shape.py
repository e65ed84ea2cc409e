"""Does a sentence give the number asked for: 几名委员 by 7名委员, not by 2020年5月, a house number or
the question's own 48; 增长了多少 by a change, not the amount; 去年全年 by the whole year's figure,
项目总投资 by the investment's, not the exports'; 多少名女党员 by a clause naming them. Read from
folded text; `answer_shape.fits` asks it for number questions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .asked import Asked
from .asked_amounts import SHARE_A
from .asked_either import offered
from .asked_periods import other_periods_blanked
from .asked_quantities import other_quantities_blanked
from .date_shape import AD_YEAR
from .occurrences import starts
from .text import clauses

__all__ = ["AMOUNT", "number_fits"]

# A rate's level is not its change: 满意率达94.98% does not say how much it rose (增长率为5% does).
_RATE_LEVEL = re.compile(r"(?<![长長增涨漲降幅升])率(?:达到|達到|达|達|为|為|是|在)?(?:约|約|近|超过|超過)?[0-9.]+[%％]")
# The verbs a change is said with (增长, 下降了), and the hedges that may stand before its figure.
_CHANGE_VERBS = r"增长|增長|增加|提高|提升|下降|减少|減少|降低|上升|涨|漲|跌"
_CHANGE_HEDGE = r"(?:约|約|近|达|達|超过|超過)?"
_CHANGE_A = re.compile(r"[%％]|百分之|百分点|百分點|倍|[0-9一二两三四五六七八九十]成(?![为為员員功立本])"
                       rf"|(?:{_CHANGE_VERBS})了?{_CHANGE_HEDGE}[0-9一二两三四五六七八九十百千万萬]")
# A change by a percentage (同比增长23%, 下降了5%): how much it grew, never what share it is.
_CHANGE_PERCENT = re.compile(rf"(?:{_CHANGE_VERBS}|增幅|降幅|涨幅|漲幅)了?{_CHANGE_HEDGE}[0-9.]+\s*[%％]")
# A date inside a sentence is not a count: 2020年5月 does not answer 有几名委员.
_DATE_LIKE = re.compile(AD_YEAR + r"|(?:1[0-9]|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日|\d+年代|\d+世纪")
# An amount: digits, a fraction, or a Chinese numeral that is more than the article 一 (一座 is "a"),
# and not a rough one (几十项, 数百人: how many, the documents do not say).
AMOUNT = re.compile(r"[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千]+分之|百分之"
                    r"|(?<![几幾数數])[一二两三四五六七八九十百千]+[万亿][一二两三四五六七八九十百千万亿零]*(?:多|余)?"  # 六亿七千多万
                    r"|(?<![几幾数數])(?:[二两三四五六七八九十百千]|一[十百千万亿])[一二两三四五六七八九十百千万亿]*(?:多|余)?[万亿]?[个名位人户件家条项岁场次元座只台所天年米亩吨倍届批]")


# A house number is no amount: 岐山村48号, 20号院, 3栋2单元 do not say how many, nor does a floor
# (百乐门大都会22层 for 会员有多少; a floor asked, 住几楼, has its measure); nor is an ordinal (第二个陨石坑
# says nothing of its size).
_ADDRESS = re.compile(r"[0-9]+(?:号|栋|单元|室|层|楼)|第[0-9一二两三四五六七八九十百千]+")
# A share of something (少数民族约占社区总人口的三分之一): how large a part is, not how many there are
# (not 占领, 占据: to occupy).
_SHARE_OF = re.compile(r"[占佔](?![领領据據用有])[^，,。；;]{0,16}?(?:[0-9.]+\s*[%％]|百分之[零一二两三四五六七八九十百点.0-9]+"
                       r"|[一二三四五六七八九十0-9]+分之[一二三四五六七八九十0-9]+|[一二三四五六七八九]成|一半|半数|大半)")


# A name in quotation marks holding an hour (“四点钟学校”, “八点半课堂”): the hour is the name's.
_TIMED_NAME = re.compile(r"[“「『][^”」』]{0,6}(?:点|點)(?:钟|鐘|半)[^”」』]{1,6}[”」』]")
# A question's own number in Chinese numerals with what it counts or times (四点, 三年, 八个).
_NUMBER_WORD = re.compile(r"[零一二两三四五六七八九十百千]+(?:点|點|年|个|個|名|位|家|次|届|屆|天|月|号|號|岁|歲|层|層|条|條|支|项|項|所|座|周|週)")


# The qualifier a count of people keeps (女党员 are some of the 党员).
_SEX = frozenset("女男")


# Nouns made of a noun and its measure word (队伍, 车辆, 船只, 马匹, 纸张, 枪支): a count names the
# noun (12个…志愿服务队 counts 队伍), seldom the measure word.
_COLLECTIVE = re.compile(r"[\u4e00-\u9fff][伍辆輛只隻匹张張朵支]")


def _named_by(counted: str) -> str:
    """The character a clause counting `counted` names it by: its last (队员30名, 45个…协会), or for a
    noun made with its measure word (队伍, 车辆), its first."""
    return counted[0] if _COLLECTIVE.fullmatch(counted) else counted[-1]


def _own_rate(rate: re.Match[str], own: Sequence[str]) -> str:
    """A rate's level blanked, unless the rate is of what the question asks the share of (满意的占多大比例
    → 群众满意率达94.98%): the words right before 率 are one of its own."""
    named = rate.string[max(0, rate.start() - 4) : rate.start()]
    return rate.group() if any(len(word) >= 2 and (word in named or named[-2:] in word) for word in own) else "，"


# A figure the question says (48, 593.7), and the characters a figure goes on with.
_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_FIGURE_CHARS = frozenset("0123456789.")


def _figure_blanked(figure: str, sentence: str) -> str:
    """The sentence with ， wherever it says the figure on its own (48, not the 48 of 148 or 48.5):
    ``re.sub(rf"(?<![0-9.]){re.escape(figure)}(?![0-9.])", "，", sentence)``, without compiling a
    pattern per figure; the places replaced do not overlap."""
    pieces: list[str] = []
    pos = 0
    for at in starts(sentence, figure):
        end = at + len(figure)
        if (at < pos or (at > 0 and sentence[at - 1] in _FIGURE_CHARS)
                or (end < len(sentence) and sentence[end] in _FIGURE_CHARS)):
            continue
        pieces += (sentence[pos:at], "，")
        pos = end
    return "".join(pieces) + sentence[pos:]


def number_fits(asked: Asked, sentence: str, own: Sequence[str]) -> bool:
    """Whether the (folded) sentence gives a number of the kind asked, once what it says of other
    periods and quantities, the question's own numbers, dates and house numbers are left out."""
    # 岐山村48号的小花园有多大: the question's own 48 is not its answer (nor 593.7 of 那593.7万件来电里
    # 企业打来的有多少件), nor the 四点 of 四点钟学校每天几点放学, the 三年 of 三年规划总投资多少; but a figure
    # it offers to choose from may be (第8号还是第9号 → 第9号台风).
    for word in (w for w in own if not offered(w, asked.either)):
        if _FIGURE.fullmatch(word):
            sentence = _figure_blanked(word, sentence)
        elif len(word) >= 2 and _NUMBER_WORD.match(word):  # not 二手车, a word of its own
            sentence = sentence.replace(word, "，")
    sentence = _TIMED_NAME.sub("，", sentence)  # 几点开门: the 四点 of “四点钟学校” is a name's, no hour
    if asked.periods:  # 去年全年…多少单: 上半年…459万单 is the half year's
        sentence = other_periods_blanked(sentence, asked.periods)
    if asked.quantities:  # 项目总投资是多少: 带动出口146.3亿元 is the exports'
        sentence = other_quantities_blanked(sentence, asked.quantities)
    if asked.change and not _CHANGE_A.search(_RATE_LEVEL.sub("，", sentence)):
        return False  # 交易额增长了多少: 459万单 is the amount, not the growth
    if asked.duration is not None:
        return bool(asked.duration.search(sentence))
    if asked.measured is SHARE_A:  # 企业打来的占多少: 诉求解决率达93.53% is a rate, no one's share
        sentence = _RATE_LEVEL.sub(lambda rate: _own_rate(rate, own), sentence)
        sentence = _CHANGE_PERCENT.sub("，", sentence)  # 占全省外贸比重: 同比增长23% is a growth, no share
    if asked.measured is not None and not asked.sized:
        if asked.counted:
            # 夕阳红合唱队有多少名队员: 为2000余名少数民族群众 counts others. The clause holding
            # the number names what it counts (队员30名, 45个…协会: its last character will do).
            # Women or men of a kind are some of them: 女党员 are not counted by 党员总数…9191.4万名.
            # (Only sex: the first character of 科学家, 会员国, 大学生 is no qualifier.)
            qualifier = asked.counted[0] if len(asked.counted) >= 3 and asked.counted[0] in _SEX else ""
            parts = clauses(sentence)

            head = _named_by(asked.counted)

            def names(clause: str) -> bool:
                return head in clause and qualifier in clause

            def left_out(i: int, clause: str) -> bool:
                # 每月举办一次文艺晚会,全年不少于12场: the whole noun in the clause before, which counts
                # nothing, and none after the number here (为2000余名少数民族群众 counts them).
                return (i > 0 and asked.counted in parts[i - 1] and not asked.measured.search(parts[i - 1])
                        and any(not re.match(r"[\u4e00-\u9fff]", clause[m.end() :]) for m in asked.measured.finditer(clause)))

            return any(names(clause) or left_out(i, clause) for i, clause in enumerate(parts) if asked.measured.search(clause))
        return bool(asked.measured.search(sentence) or (asked.vague is not None and asked.vague.search(sentence)))
    if not asked.change:  # 总人口有多少 is not answered by the share another figure is of it
        sentence = _SHARE_OF.sub("，", sentence)
    return bool(AMOUNT.search(_ADDRESS.sub("，", _DATE_LIKE.sub("，", sentence))))
