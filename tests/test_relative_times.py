"""什么时候 asked of a news story is often answered as the story tells it, from its own day: 前两天,
早在年初, 有一天深夜, 去年开始. Such a sentence says when; one with no time in it does not."""

from __future__ import annotations

import pytest

from qa.answer_shape import fits
from qa.question import read
from qa.text import fold


@pytest.mark.parametrize("sentence", [
    "前两天,李文博电话回访,张银祥告诉她,儿子现在愿意和自己交流了。",
    "原来,早在年初,程鹏在村里遇到金家龙。",
    "在防疫形势最紧张的那段时间,有一天深夜,家里小孩纸尿裤用完了。",
    "去年开始,读初一的儿子小玮突然叛逆厌学。",
    "日前,记者走进江欣苑社区。",
])
def test_a_time_told_from_the_story_s_day_answers_when(retriever, sentence):
    asked = read("这事是什么时候的", retriever.tokenizer, retriever.index).asked
    assert asked.kind == "date"
    assert fits(asked, fold(sentence), retriever.tokenizer.tag)


def test_a_sentence_telling_no_time_does_not_answer_when_nor_a_day_asked_by_a_relative_time(retriever):
    tag = retriever.tokenizer.tag
    when = read("这事是什么时候的", retriever.tokenizer, retriever.index).asked
    assert not fits(when, fold("李文博帮着出谋划策,多鼓励他。"), tag)
    # 哪天 wants a day: 前两天 does not say which.
    day = read("李文博是哪天回访的", retriever.tokenizer, retriever.index).asked
    assert not fits(day, fold("前两天,李文博电话回访。"), tag)


@pytest.mark.parametrize(("question", "quoted"), [
    ("卢布家小孩纸尿裤用完是在啥时候", "有一天深夜"),
    ("程鹏在村里碰上金大爷、听他为羊发愁，是啥时候的事", "早在年初"),
    ("李文博最近一次给张银祥打电话回访是啥时候", "前两天"),
])
def test_when_is_answered_by_the_time_the_story_tells(retriever, question, quoted):
    answer = retriever.ask(question, k=1)
    assert answer.answered and quoted in answer.hits[0].quote
