"""A premise the documents contradict or never state: a figure the question says went the other way;
a plan's figure asked of a sentence reporting what was done; today's weather asked of a report."""

from __future__ import annotations

import pytest

from qa.golden import ask_as_user
from qa.premises import asks_weather_now, contradicted, unplanned
from qa.text import fold


@pytest.mark.parametrize(("question", "quote", "against"), [
    ("对欧盟进出口下降了36.4%，主要是啥原因", "今年上半年,全省对欧盟进出口665.3亿元,同比增长36.4%;", True),
    ("对欧盟进出口增长了36.4%，主要是啥原因", "今年上半年,全省对欧盟进出口665.3亿元,同比增长36.4%;", False),
    ("对韩国进出口减少38.2%是真的吗", "对韩国进出口276.5亿元,同比增长38.2%;", True),
    ("跨境电商交易额涨了36.4%吗", "货值4.6亿元,同比下降36.4%", True),
    # Another figure, or no direction beside the figure on either side, contradicts nothing.
    ("对欧盟进出口下降了30%，主要是啥原因", "今年上半年,全省对欧盟进出口665.3亿元,同比增长36.4%;", False),
    ("36.4%是哪一块的增速", "今年上半年,全省对欧盟进出口665.3亿元,同比增长36.4%;", False),
    ("对欧盟进出口下降了36.4%吗", "全省对欧盟进出口占比36.4%", False),
    # The figure inside a longer one (136.4%) is not the figure asked.
    ("对欧盟进出口下降了36.4%吗", "同比增长136.4%", False),
])
def test_a_figure_said_to_go_the_other_way_contradicts_the_question(question, quote, against):
    numbers = tuple(n for n in ("36.4", "38.2", "30") if n in question)
    assert contradicted(numbers, fold(question), fold(quote)) is against


def test_a_contradicted_premise_is_declined_with_the_sentence_shown(retriever):
    answer = retriever.ask("辽宁上半年对欧盟进出口下降了36.4%，主要是啥原因", k=3)
    assert not answer.answered and answer.reason == "not-stated"
    assert answer.hits and "同比增长36.4%" in answer.hits[0].quote  # the figure as the documents give it
    assert retriever.ask("辽宁上半年对欧盟进出口同比增长多少", k=1).answered


@pytest.mark.parametrize(("question", "quote", "unstated"), [
    ("成都12345今年还打算再整合多少条热线进来", "去年4月,21条其他热线被整合进来。", True),
    ("沈阳片区跨境电商下半年的目标是多少单", "上半年,沈阳片区完成跨境电商交易459万单。", True),
    ("网周村的规划计划带动每户增收几千元", "网周村制订了三年产业发展规划。", False),  # the plan said
    # A plan's date is answered by the deed done by the time it is written (至2010年9月25日正式对外开放).
    ("国歌展示馆预计在哪一年正式对外开放", "国歌展示馆正式开馆,至2010年9月25日正式对外开放。", False),
    # A plan, a target or a schedule said: what the question asks is there to quote.
    ("那个单行本打算一次印多少册", "单行本已由人民出版社出版,即日起在全国新华书店发行。", False),
    ("今年的目标是多少", "今年力争完成500万单。", False),
    # Not a plan asked: 准备 of work done, 规划 of an event dated, a plan asked with no figure or date.
    ("准备工作做完的企业有几家了", "7家二手车出口企业已完成先期备案。", False),
    ("学院路街道是啥时候开始规划石油共生大院的", "2019年5月,学院路街道开始规划建设石油共生大院。", False),
    ("李文博她们打算咋帮他", "第一时间联系小玮的班主任。", False),
    # The next time asked: the last time done is no answer, nor an advice's 要; a future said is.
    ("李文博下一次回访定在啥时候", "“要尊重他的想法,多鼓励他。”前两天,李文博电话回访。", True),
    ("下次联席会议啥时候开", "下一次联席会议定于6月14日召开。", False),
])
def test_a_plan_s_figure_is_not_stated_by_a_sentence_reporting_a_deed(question, quote, unstated):
    assert unplanned(fold(question), fold(quote)) is unstated


def test_a_plan_asked_of_a_deed_reported_is_declined_with_the_deed_shown(retriever):
    answer = retriever.ask("成都12345今年还打算再整合多少条热线进来", k=3)
    assert not answer.answered and answer.reason == "not-stated"
    assert answer.hits and "21条" in answer.hits[0].quote
    assert retriever.ask("成都12345去年4月整合进来多少条热线", k=1).answered


@pytest.mark.parametrize(("question", "now"), [
    ("今天厦门天气咋样，明天呢", True),
    ("这周末适合去爬山吗，天气怎么样", True),
    ("厦门明天下雨吗", True),
    ("台风卢碧影响厦门那天天气咋样", False),  # a day the documents report
    ("那天气预报一般每天几点播", False),  # 那天 + 气: no day of the asker's
    ("华雨辰每天播些啥，天气预报播不播", False),
])
def test_the_weather_now_is_asked_of_no_report(question, now):
    assert asks_weather_now(fold(question)) is now


def test_today_s_weather_is_not_answered_by_a_past_day_s_report(retriever):
    assert not retriever.ask("今天厦门天气咋样，明天呢", k=1).answered
    assert retriever.ask("台风卢碧影响厦门那天出现了啥天气", k=1).answered  # 强降雨天气


def test_the_next_time_asked_in_a_follow_up_is_not_answered_by_the_last_time(retriever):
    # The follow-up's own sentence search reads the premise too: 前两天…回访 is the last visit.
    answer = ask_as_user(retriever, {"previous": "李文博是哪天去张银祥家的", "question": "她下一次回访定在啥时候"})
    assert not answer.answered
