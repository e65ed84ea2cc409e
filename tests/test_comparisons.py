"""A comparison (谁岁数大, 哪边人多, 谁更早) is answered by each side's own sentence, the side the
figures favour first; a side the documents do not state is said to be missing, never guessed."""

from __future__ import annotations

import pytest

from qa.comparing import comparable, figure, read_comparison


def quotes(answer):
    return [hit.quote for hit in answer.hits]


@pytest.mark.parametrize(("question", "first", "second"), [
    ("孙志荣和张银祥哪个岁数大一些", "今年85岁", "今年47岁"),
    ("张银祥跟孙志荣比，谁年纪小", "今年47岁", "今年85岁"),  # the smaller asked for: the younger first
    ("纪玉芝搬进广安门北街20号院和朱开成住进石油大院，谁更早", "20世纪70年代", "20世纪90年代"),
])
def test_two_sides_told_apart_are_both_quoted_the_favoured_first(retriever, question, first, second):
    answer = retriever.ask(question)
    assert answer.answered and len(answer.hits) == 2
    assert first in answer.hits[0].quote and second in answer.hits[1].quote
    assert [hit.rank for hit in answer.hits] == [1, 2]


def test_sides_the_figures_cannot_order_keep_the_order_asked(retriever):
    answer = retriever.ask("东兴小区和42号小区哪个建得早")  # both 20世纪80年代
    assert answer.answered and "東興小區" in answer.hits[0].quote and "42号小区" in answer.hits[1].quote


def test_one_sentence_stating_both_is_quoted_once(retriever):
    answer = retriever.ask("成都2021年的诉求解决率和群众满意率 哪个更高")
    assert answer.answered and len(answer.hits) == 1 and "94.98%" in answer.hits[0].quote


def test_a_side_the_documents_do_not_state_is_named_as_missing(retriever):
    answer = retriever.ask("张银祥和金家龙这俩人，谁年纪大")
    assert not answer.answered and answer.reason == "not-stated" and answer.subject == "金家龙"
    assert quotes(answer) == ["今年47岁的张银祥是涟钢振兴公司园林矿业分公司的一名门卫值守人员。"]


@pytest.mark.parametrize(("question", "found"), [
    ("沈阳片区跟大连片区比，上半年谁的跨境电商单量多", "459万单"),  # a time before the asking
    ("江欣苑社区和江汉北路社区，哪边70岁以上的老人多？", "70岁以上老人"),  # a figure in the attribute
])
def test_a_comparison_asked_around_a_time_or_a_figure_names_the_side_not_stated(retriever, question, found):
    answer = retriever.ask(question)
    assert not answer.answered and answer.reason == "not-stated"
    assert len(answer.hits) == 1 and found in answer.hits[0].quote


def test_which_came_first_asks_each_side_when_it_came():
    comparison = read_comparison("林原村的菜管家和菜贩子，哪支队先成立的")
    assert comparison is not None and comparison.asked == ("林原村的菜管家什么时候成立的", "菜贩子什么时候成立的")
    assert read_comparison("东兴小区和42号小区都是80年代盖的 哪个早几年") is None  # how much earlier: no deed


@pytest.mark.parametrize("question", ["林原村和新建村哪个志愿服务队多", "华雨辰和郑彩平谁年纪大"])
def test_neither_side_stated_gets_no_quote(retriever, question):
    answer = retriever.ask(question)
    assert not answer.answered and not answer.hits


@pytest.mark.parametrize("question", [
    "辽宁对韩国的进出口同比增长了多少",  # 同比: a change over time, not two sides
    "沈阳片区跨境电商交易额比去年同期增长了多少？",
    "为什么刘发得到的封地比其他藩王小？",  # a why
    "雅可比符号在那些领域作用重大？",  # the 比 of a name
    "上半年辽宁跟韩国和欧盟做买卖，哪边同比涨得更快啊",  # three parts
    "他跟程鹏谁年纪大",  # a pointer: the follow-up's rewrite names him
])
def test_what_is_no_comparison_of_two_sides_is_not_read_as_one(question):
    assert read_comparison(question) is None


def test_the_sides_are_asked_in_their_attributes_asking():
    assert read_comparison("孙志蓉跟张银祥比 谁岁数大").asked == ("孙志蓉岁数多大", "张银祥岁数多大")
    assert read_comparison("江欣苑社区和石油共生大院，哪边住的居民多？").asked == (
        "江欣苑社区住的居民有多少", "石油共生大院住的居民有多少")
    assert read_comparison("东兴小区和42号小区哪个建得早").asked == ("东兴小区什么时候建的", "42号小区什么时候建的")
    # What the question says of both first is asked of each; a 的-tail of the second is the first's too.
    assert read_comparison("江汉北路42号小区装电梯，居民掏的钱比单位少多少？").asked == (
        "江汉北路42号小区装电梯，居民掏的钱有多少", "江汉北路42号小区装电梯，单位有多少")
    assert read_comparison("辽宁上半年对日本和对美国的进出口额 哪个大呀").sides == (
        "辽宁上半年对日本的进出口额", "对美国的进出口额")


@pytest.mark.parametrize(("fact", "value"), [
    ("85岁", 85), ("2万多名", 20000), ("近2萬人", 20000), ("20世纪70年代", 1970), ("2017年3月", 2017),
    ("93.53%", 93.53), ("七支", 7), ("两百多户", 200),
])
def test_a_marked_fact_is_read_as_a_figure(fact, value):
    assert figure(fact) == pytest.approx(value)


def test_facts_of_two_measures_are_not_weighed_against_each_other():
    assert comparable("85岁", "47岁") and comparable("2萬人", "2万多名") and comparable("577个", "922项")
    assert not comparable("66岁", "1995年") and not comparable("300多户", "2万多名")


def test_a_sentence_stating_by_how_much_answers_a_than_question_neither_side_answers(one_file_retriever):
    # Neither age is told alone; the one sentence says the difference, and 比…年长几岁 is asked as typed.
    retriever = one_file_retriever("tolkien.txt", "托尔金的少年时代\n\n十六岁的托尔金和弟弟搬进宿舍时，初遇比他年长三岁的伊迪丝。"
                                                  "两人后来成为终身伴侣。\n")
    assert read_comparison("伊迪丝比托尔金年长几岁").direct
    assert not read_comparison("伊迪丝和托尔金谁年纪大").direct
    answer = retriever.ask("伊迪丝比托尔金年长几岁")
    assert answer.answered and "年长三岁" in answer.hits[0].quote
