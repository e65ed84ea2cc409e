"""A premise the documents contradict or never state: a figure the question says went one way, which
the quote says went the other (对欧盟进出口下降了36.4%的原因 of a report saying 同比增长36.4%); a
plan's figure asked of a quote that reports only what was done (今年还打算再整合多少条 of
去年4月,21条其他热线被整合进来); today's weather asked of a report of a past day's (今天厦门天气咋样 of
8月5日…福建厦门出现强降雨天气).

Quoting that sentence as the answer would read as agreeing with the asker, or as the plan asked; the
documents do not say what was asked. The judge then declines (not stated), and the sentence is shown
as related material, where the asker reads the figure as the documents give it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Which way a figure went, said right before it (增长36.4%, 下降了5个百分点) or right after (36.4%的降幅).
_UP = r"增长|增加|上涨|上升|提高|提升|增幅|涨幅|多了|涨了|涨|增"
_DOWN = r"下降|减少|下跌|降低|回落|缩减|降幅|跌幅|少了|降了|跌了|降|跌|减"
_WAY = re.compile(f"(?P<up>{_UP})|(?P<down>{_DOWN})")
# How far from the figure its direction is looked for: 同比增长 | 36.4%, 下降了 | 36.4%.
_BEFORE, _AFTER = 6, 4


def _way(text: str, number: str) -> str | None:
    """'up' or 'down': the direction said nearest before `number` in the (folded) text, else right
    after it; None where the text does not give the number or says no direction beside it."""
    for found in re.finditer(rf"(?<![0-9.]){re.escape(number)}(?![0-9])", text):
        before = list(_WAY.finditer(text[max(0, found.start() - _BEFORE) : found.start()]))
        after = _WAY.search(text[found.end() : found.end() + _AFTER])
        way = before[-1] if before else after
        if way is not None:
            return "up" if way.group("up") else "down"
    return None


def contradicted(numbers: Sequence[str], question: str, quote: str) -> bool:
    """The question says a figure it types (`numbers`, digits) went one way, and the (folded) quote
    says the same figure went the other."""
    for number in numbers:
        asked = _way(question, number)
        if asked is not None and (said := _way(quote, number)) is not None and said != asked:
            return True
    return False


# A plan's figure asked (今年还打算再整合多少条, 目标定的多少); not 准备 (准备工作做完的企业有几家:
# prepared, done) nor 规划 (an event). Not a plan's date: 预计在哪一年开放 is answered by
# 至2010年9月25日正式对外开放, the plan carried out by the time it is written.
_PLAN_Q = re.compile(r"打算|计划(?!书)|目标|预计")
_FIGURE_Q = re.compile(r"多少|几(?!乎)")
# Words of the future a report plans or schedules with (将, 计划, 定于, 明年).
_FUTURE_WORDS = r"将|计划|打算|准备|拟|下一步|今后|未来|定于|预定|预计|明年"
# How a plan, a target or a schedule is said: an intent or a future (将, 计划, 力争, 到2025年, 年底前,
# 即日起), or a target's own words (以上, 目标).
_INTENT = re.compile(_FUTURE_WORDS + r"|目标|力争|预期|争取|规划|要|会|年底前|年内|即日起|原定|到20[0-9]{2}年|以上|以内")


# The next time something is done (下一次回访定在啥时候): a future the report must say in a word of
# the future (将, 计划, 下次), not the time it was last done (前两天…回访), nor 要 of an advice.
_NEXT_Q = re.compile(r"下一次|下次|下一回|下回")
_FUTURE = re.compile(_FUTURE_WORDS + r"|以后|下一次|下次|下回|即将")


def unplanned(question: str, quote: str) -> bool:
    """The (folded) question asks a plan's figure, or when the next time is, and the (folded) quote
    says no plan, target or future at all: what it reports was done (去年…整合进来, 上半年完成459万单,
    前两天…回访), not what is planned."""
    if _NEXT_Q.search(question):
        return not _FUTURE.search(quote)
    return bool(_PLAN_Q.search(question) and _FIGURE_Q.search(question) and not _INTENT.search(quote))


# The weather now or soon (今天厦门天气咋样, 明天下雨吗, 这几天多少度): a report is of its own day, never
# the asker's; a quote on a past day's rain answers nothing asked of today.
_NOW = r"(?:今天|今日|明天|明日|后天|今晚|明早|明晚|这周|本周|下周|这几天|最近几天|近几天|周末|现在|此刻|眼下)"
_WEATHER = r"(?:天气|气温|温度|下雨|下雪|刮风|降雨|有雨|冷不冷|热不热|几度|多少度|穿什么)"
_WEATHER_NOW = re.compile(_NOW + r"[^。！!]{0,12}?" + _WEATHER + "|" + _WEATHER + r"[^。！!]{0,6}?" + _NOW)


# Today's date, weekday or hour (今天星期几, 现在几点了, 今天是几月几号): the asker's calendar, never a
# report's (6月7日,星期二 was the day of a meeting). Not 今天的 (今天的党员有多少), a noun after it, nor
# the hour of something (白领驿家现在几点开门): the asking ends the clause.
_TODAY = r"(?:今天|今日|今晚|明天|明日|后天|昨天|现在|此刻|这会儿)"
_DATE_NOW = re.compile(_TODAY + r"(?:是|为)?(?:几月几[号日]|几[号日]|几月份?|星期几|周几|礼拜几|几点钟?|几点几分|什么日子"
                       r"|农历几[月号日]?|阴历几[月号日]?)(?:了|啦)?(?=[呢啊呀吗嘛来？?！!。，,\s]|$)")


def asks_weather_now(question: str) -> bool:
    """The (folded) question asks the weather of today, tomorrow or these days, or today's date or
    hour: no document states it."""
    return bool(_WEATHER_NOW.search(question) or _DATE_NOW.search(question))
