"""A yes-or-no question guesses one side of a state (冷不冷清, 是不是很少了, 是一个人住吗); the sentence
saying the other side (人气颇高, 多发易发, 与父母同住) answers it as well as one repeating the guess."""

from __future__ import annotations

import pytest

from qa.answer_shape import fits
from qa.asked_yes_no import speaks_of, yes_no_asked
from qa.opposite_words import opposed_words
from qa.question import read
from qa.text import fold


@pytest.mark.parametrize(("question", "guessed", "other"), [
    ("白领驿家平时冷清吗", "冷清", "人气"),
    ("腐败现象是不是已经很少见了", "少见", "多发"),
    ("辽宁对日本的进出口是不是下滑了", "下滑", "增长"),
    ("华雨辰是不是自己一个人住", "一个人住", "同住"),
    ("小花园的矛盾是不是拖了很久才解决", "很久", "很快"),
    ("张立春晚上关机吗", "关机", "开机"),
])
def test_the_side_a_question_guesses_has_its_other_side(question, guessed, other):
    said, opposite = opposed_words(fold(question))
    assert guessed in said and other in opposite


def test_only_the_last_clause_guesses_and_the_question_s_own_words_are_no_other_side():
    # 热闹 names the place in the first clause; the question asks whether it is clean.
    said, opposite = opposed_words(fold("那个小区挺热闹的,那里干净吗"))
    assert said == ("干净",) and "冷清" not in opposite
    # 义务电工 is whom it asks about: 义务 in a sentence naming him says nothing of his charge.
    assert "义务" not in opposed_words(fold("长山花园那个义务电工修电器收费吗"))[1]
    assert opposed_words(fold("白领驿家在哪")) == ((), ())


def test_a_sentence_saying_the_other_side_speaks_of_what_is_asked(retriever):
    asked = read("南京西路那个白领驿家平时冷清吗", retriever.tokenizer, retriever.index).asked
    assert asked.yes_no and "人气" in asked.opposed
    tag = retriever.tokenizer.tag
    assert fits(asked, fold("上海市静安区南京西路上的百乐门大都会22层,有一个人气颇高的“白领驿家”,每天都传来欢声笑语。"), tag)
    # A sentence on the place that says neither side does not.
    assert not fits(asked, fold("近年来,这一党建引领下服务凝聚白领的平台越做越实,共开展各类活动3800余场。"), tag)


def test_speaking_of_asks_every_character_only_when_told():
    assert speaks_of("停课", (), "全市中小学停课一天")
    assert speaks_of("停课", (), "课后服务") and not speaks_of("停课", (), "课后服务", every=True)
    assert speaks_of("冷清", ("人气",), "人气颇高", every=True)


def test_a_demonstrative_naming_a_place_still_asks_yes_or_no():
    assert yes_no_asked(fold("白领驿家那边冷清吗")) == "冷清"
    assert yes_no_asked(fold("那里干净吗")) == "干净"
    assert yes_no_asked(fold("是这样吗")) == ""  # a check of what was said, no state asked


@pytest.mark.parametrize(("question", "quoted"), [
    ("白领驿家那边冷不冷清啊", "人氣頗高"),
    ("张国珍说现在腐败现象是不是很少了", "多發易發"),
    ("辽宁对日本的进出口下滑了吗", "同比增长5.9%"),
    ("华雨辰是一个人住吗", "与父母同住"),
    ("张立春手机晚上关机吗", "24小時開機"),
])
def test_a_guess_the_documents_contradict_is_answered_by_the_side_they_state(retriever, question, quoted):
    answer = retriever.ask(question, k=1)
    assert answer.answered and quoted in answer.hits[0].quote
