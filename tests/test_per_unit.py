"""A price or an amount asked per unit of goods (一斤能卖多少) is answered by a figure said per that unit."""

from __future__ import annotations

import pytest

from qa.asked_amounts import per_unit, per_unit_said
from qa.golden import ask_as_user


@pytest.mark.parametrize(("question", "unit"), [
    ("羊一斤能卖多少", "斤"), ("这房子每平米多少钱", "平米"), ("一亩地能产几百斤", "亩"),
    ("他家的羊卖了多少钱", ""),  # what they fetched in all: no unit
    ("一年能挣多少", ""), ("每人多少钱", ""),  # a time or people: 年均, 人均 say it otherwise
])
def test_the_unit_asked_per_is_read_off_the_question(question, unit):
    assert per_unit(question) == unit


def test_a_figure_per_the_unit_is_said_beside_it():
    assert per_unit_said("斤", "这羊才二三十块钱一斤,卖不上价。")
    assert per_unit_said("斤", "收购价每斤20元")
    assert per_unit_said("平米", "均价达每平方米1.2万元")
    assert not per_unit_said("斤", "你的羊卖了,这是1万多块钱,你收着。")


def test_the_price_per_jin_is_not_answered_by_what_the_sheep_fetched_in_all(retriever):
    # “…这是1万多块钱…” names 金家龙 and a sum, but the price asked is 二三十块钱一斤.
    answer = ask_as_user(retriever, {"question": "金家龙养的羊一斤能卖多少"})
    assert not answer.answered or "一斤" in answer.hits[0].quote
    turn = ask_as_user(retriever, {"previous": "金家龙养了啥补贴家用", "question": "那羊一斤能卖多少"})
    assert turn.answered and "二三十块钱一斤" in turn.hits[0].quote
