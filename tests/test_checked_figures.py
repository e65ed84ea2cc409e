"""A figure the asker half-remembers and checks (交易是495万单吗, 是264亿还是246亿来着, 是从2016年开始的吧)
is answered by the sentence giving the figure, whichever it says: the wrong digit is no figure the
documents must repeat, and the figure they give is the honest answer to the check."""

from __future__ import annotations

import pytest

from qa.guessed_amounts import checked_asked, thresholds_asked
from qa.question_text import plain_text


@pytest.mark.parametrize(("typed", "read_as"), [
    ("沈阳片区跨境电商交易是495万单吗", "沈阳片区跨境电商交易是多少万吗"),
    ("辽宁对东盟进出口是264亿还是246亿来着", "辽宁对东盟进出口是多少亿来着"),
    ("泗县的项目覆盖了全县187个村还是178个", "泗县的项目覆盖了全县多少村"),
    ("厦门是从2016年开始推动党组织下沉的吧", "厦门是从哪一年开始推动党组织下沉的吧"),
    ("华雨辰是2020年4月火线入党的吗", "华雨辰是2020年几月火线入党的吗"),  # the year still says which
    ("辽宁上半年对美国进出口增长了43%吗", "辽宁上半年对美国进出口增长了百分之多少吗"),
    ("朱开成是60年代就住那儿的？", "朱开成是哪个年代就住那儿的？"),
    ("张银祥的儿子今年13岁吗", "张银祥的儿子今年几岁吗"),  # an age is said in 岁
    # A count checked with what it counts after it.
    ("泗县是不是一共有200个行政村", "泗县是不是一共有多少行政村"),
    ("泗县有200个行政村吗", "泗县有多少行政村吗"),
    ("江汉北路42号小区是不是有300户", "江汉北路42号小区是不是有多少"),  # the count ends the question
    # Not checked: a figure that says which while the question asks (6月 of 6月几号), a house number,
    # an ordinal, a figure no particle checks.
    ("名利场那篇爆料是6月几号登出来的", "名利场那篇爆料是6月几号登出来的"),
    ("江汉北路42号小区有电梯吗", "江汉北路42号小区有电梯吗"),
    ("卢碧是今年第9号台风吗", "卢碧是今年第9号台风吗"),
    ("截至2019年底全国党员有9191.4万名", "截至2019年底全国党员有9191.4万名"),
    ("截至2019年底全国有9191.4万名党员", "截至2019年底全国有9191.4万名党员"),
])
def test_a_checked_figure_is_read_as_the_figure_asked(typed, read_as):
    assert checked_asked(typed) == read_as


@pytest.mark.parametrize(("question", "quoted"), [
    ("沈阳片区跨境电商交易是495万单吗", "459万单"),
    ("辽宁对东盟进出口是264亿还是246亿来着", "264.4亿元"),
    ("泗县的项目覆盖了全县187个村还是178个", "覆盖全县187个村"),
    ("成都12345去年4月又并进来二十来条热线 到底是20条还是21条", "21条其他热线"),
    ("厦门是从2016年开始推动党组织下沉的吧", "2017年起"),
    ("遼寧上半年對美國進出口增長了43%嗎", "同比增长34%"),
    ("请问一下 程朋是2020年到网周村的吧", "2021年6月来到网周村"),
    ("泗县是不是一共有200个行政村", "全县168个行政村"),
    ("泗县挨个村调查摸底 查的村有没有两百个", "全县168个行政村"),
])
def test_a_wrong_figure_checked_is_answered_by_the_figure_said(retriever, question, quoted):
    answer = retriever.ask(question, k=1)
    assert answer.answered, answer.reason
    assert quoted in answer.hits[0].quote


def test_a_figure_checked_in_chinese_numerals_is_asked_as_one_in_digits():
    assert plain_text("泗县挨个村调查摸底 查的村有没有两百个").endswith("有多少吗")
    assert plain_text("江汉北路42号小区住户有没有三百户") == "江汉北路42号小区住户有多少吗"
    assert plain_text("江汉北路42号小区有电梯吗") == "江汉北路42号小区有电梯吗"  # no figure: as typed


@pytest.mark.parametrize("question", [
    "张银祥的儿子今年13岁吗",  # his son's age is not given (47岁 is his own)
    "程鹏是2019年当上队长的吗",  # when he became 队长 is not said
])
def test_a_checked_figure_the_documents_never_give_is_still_declined(retriever, question):
    assert not retriever.ask(question, k=1).answered


def test_a_rough_magnitude_checked_before_it_is_the_count_asked(retriever):
    # 是不是有上百号人: people counted; 组建七支志愿服务队 counts teams, not people.
    assert thresholds_asked("林原村那七支志愿服务队加起来是不是有上百号人") == "林原村那七支志愿服务队加起来是不是有多少人"
    assert thresholds_asked("会员过万") == "会员过万"  # said, not asked
    assert not retriever.ask("林原村那七支志愿服务队加起来是不是有上百号人", k=1).answered
