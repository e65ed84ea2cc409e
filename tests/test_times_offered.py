"""A time asked as a choice of two (上半年还是下半年, 年初还是年底, 白天还是半夜) is answered by the
sentence dating the thing, which seldom names either; today's date or hour is no report's to give."""

from __future__ import annotations

import pytest

from qa.answer_shape import fits
from qa.asked_either import DAY_PARTS, figure_choice, time_choice
from qa.premises import asks_weather_now
from qa.question import read
from qa.question_text import plain_text
from qa.text import fold


@pytest.mark.parametrize(("text", "offered"), [
    ("是上半年还是下半年的事", "date"),
    ("是去年底还是前年底统计的", "date"),
    ("是今年初开始的还是去年初", "date"),
    ("筹建方舱医院是2月上旬还是下旬", "date"),
    ("他家缺纸尿裤那次是白天还是夜里", "day"),
    ("是大白天还是半夜", "day"),
    ("例会是一周一开还是一月一开", "often"),
    ("是每周还是每个月开一次", "often"),
    ("是两个星期一次还是一个月一次", "often"),
    ("养的是山羊还是绵羊", None),  # two things, not two times (`alternatives` reads them)
    ("是3月还是4月", None),  # two months: one of them said answers, as for any two things
    ("孤寡老人期盼的困难儿童是什么", None),
])
def test_two_times_offered_are_told_from_two_things(text, offered):
    assert time_choice(text) == offered


@pytest.mark.parametrize(("question", "quoted"), [
    ("美国政府内部不让查病毒起源那事，是上半年还是下半年", "今年6月"),
    ("成都81条热线整合进12345是那年年初还是年底", "2015年12月底"),
    ("武汉筹建方舱医院是2月上旬还是下旬", "2月初"),
    ("中组部统计的党员总数是去年底还是前年底的数", "截至2019年底"),
])
def test_a_time_offered_as_a_choice_is_answered_by_the_date_said(retriever, question, quoted):
    # Neither 上半年 nor 下半年 is in the sentence: 今年6月 tells which.
    answer = retriever.ask(question, k=1)
    assert answer.answered and quoted in answer.hits[0].quote


@pytest.mark.parametrize("question", [
    "泗县的选派第一书记工作例会是一周一开还是一月一开",
    "泗县选派第一书记工作例会每周开还是每月开啊",
])
def test_how_often_offered_as_a_choice_is_answered_by_the_rhythm_said(retriever, question):
    # 每周要召开一次 tells, though the question's 一开 and 一月 are not in it.
    answer = retriever.ask(question, k=1)
    assert answer.answered and "每周" in answer.hits[0].quote


@pytest.mark.parametrize(("text", "offered"), [
    ("卢碧是今年第几号台风 第8号还是第9号", ("8号", "9号")),
    ("華雨辰幾月份火線入黨的 3月還是4月", ("3月", "4月")),
    ("是2019年开始规划的还是2020年", ("2019年", "2020年")),
    ("是第8号还是第9号台风", ("8号", "9号")),
    ("是80岁以上的老人多还是年轻人多", ()),  # one figure, given as fact: no choice of two
    ("养的是山羊还是绵羊", ()),
])
def test_two_figures_offered_are_read_as_the_choice(text, offered):
    assert figure_choice(fold(text)) == offered


@pytest.mark.parametrize(("question", "quoted"), [
    ("卢碧是今年第几号台风 第8号还是第9号", "第9号台风"),  # it also asks 第几号: still a choice
    ("卢碧是第8号还是第9号台风", "第9号台风"),
    ("華雨辰幾月份火線入黨的 3月還是4月", "当年3月"),
])
def test_a_figure_offered_as_a_choice_is_neither_given_nor_blanked(retriever, question, quoted):
    # The 9 of 第9号 is one of the question's own numbers, but the one it offers: the answer, not a
    # figure the question gives as fact (8号 would then be another typhoon's).
    answer = retriever.ask(question, k=1)
    assert answer.answered and quoted in answer.hits[0].quote


def test_a_part_of_the_day_offered_needs_one_said(retriever):
    asked = read("南宁那位业主托社区帮忙买东西，是大白天还是半夜", retriever.tokenizer, retriever.index).asked
    assert asked.either == DAY_PARTS
    tag = retriever.tokenizer.tag
    assert fits(asked, fold("在防疫形势最紧张的那段时间,有一天深夜,家里小孩纸尿裤用完了。"), tag)
    # A period of the year is no part of the day.
    assert not fits(asked, fold("新冠肺炎疫情期间的一个小故事,至今让南宁市青秀区中鼎温馨家园小区的业主卢布时时感到组织的温暖。"), tag)


@pytest.mark.parametrize(("question", "now"), [
    ("今天星期几", True),
    ("现在几点了", True),
    ("今天是几月几号", True),
    ("请问今儿是礼拜几来着", True),  # 今儿: today, as said in the north
    ("今天的党员有多少", False),
    ("白领驿家现在几点开门", False),  # the hour of something, not the asker's now
    ("张浩然汇报的那次会是星期几开的", False),  # a day a report names
])
def test_today_s_date_is_asked_of_no_report(question, now):
    assert asks_weather_now(fold(plain_text(question))) is now


def test_today_s_weekday_is_not_answered_by_a_meeting_s_day(retriever):
    # 6月7日,星期二 was the day of a meeting in 网周村, not the asker's today.
    assert not retriever.ask("请问今儿是礼拜几来着", k=1).answered
    assert retriever.ask("网周村每周开会那次张浩然汇报是星期几开的", k=1).answered
