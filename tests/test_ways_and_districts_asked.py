"""Where, asked the ways people type it: which district as 哪一區 (not only 哪个区), where one went (跑去
哪里, answered by 来到武钢体育中心), and which way to go (往哪边走), which a sentence placing a thing near
another does not tell."""

from __future__ import annotations

from qa.asked_things import thing_asked
from qa.golden import ask_as_user
from qa.place_shape import names_a_place
from qa.question_kinds import question_kind
from qa.text import fold


def test_which_district_asked_with_yi_is_a_place_asked(retriever):
    assert question_kind("石油共生大院在北京哪一區啊") == "place"
    assert question_kind("研究與探索哪一區塊的領域又稱為航太?") is None  # a block of a field, no district
    assert question_kind("華雨辰當播音員的是哪一家方艙醫院?") == "organisation"  # as 哪家 is
    answer = retriever.ask("石油共生大院在北京哪一區啊")
    assert answer.answered and "海淀区" in answer.hits[0].quote


def test_which_way_to_go_is_not_answered_by_where_a_place_lies(retriever):
    assert not retriever.ask("請問從南寧火車站去中華中路社區要往哪邊走?").answered
    assert not retriever.ask("从南宁火车站到中华中路社区怎么走").answered
    # Where it lies is answered by the same sentence; which side, by the side it is on.
    where = retriever.ask("中华中路社区在哪")
    assert where.answered and "南寧火車站附近" in where.hits[0].quote
    side = retriever.ask("东兴小区在厦门岛哪边")
    assert side.answered and "西部" in side.hits[0].quote


def test_an_aim_asked_as_a_direction_asks_no_way_to_go():
    assert thing_asked(fold("党建工作往哪个方向发展"), None) is None
    assert thing_asked(fold("从火车站往哪个方向走"), None) is not None


def test_where_one_went_is_named_after_the_verb_of_arriving(retriever):
    assert names_a_place(fold("她来到武钢体育中心,挺起瘦弱的身板运送医疗设备"), [])
    assert not names_a_place(fold("她来到这里,挺起瘦弱的身板运送医疗设备"), [])
    answer = retriever.ask("華雨辰幫忙布置方艙醫院那時候是跑去哪裡搬設備?")
    assert answer.answered and "武钢体育中心" in answer.hits[0].quote


def test_which_body_of_a_kind_is_marked_whole_and_there_is_it(retriever):
    # 青山方舱医院 for 哪一家方艙醫院: cut to the name after its place, it was the question's own words.
    answer = retriever.ask("華雨辰當播音員的是哪一家方艙醫院?", k=1)
    hit = answer.hits[0]
    assert answer.answered and [hit.quote[a:b] for a, b in hit.answer_spans] == ["青山方舱医院"]
    # 那裡 of the next turn is that hospital: how many patients it took, the documents do not say.
    follow = ask_as_user(retriever, {"previous": "華雨辰當播音員的是哪一家方艙醫院?", "question": "那裡一共收了多少病人"})
    assert not follow.answered
