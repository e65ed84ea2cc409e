"""Whether one was the first, the only or the most, and which time was the most: a sentence saying what
was done, or when, does not say it was the first or the most."""

from __future__ import annotations

from qa import Retriever
from qa.answer_shape import fits
from qa.asked import read_question


def test_a_first_claimed_is_answered_only_by_a_sentence_saying_first(retriever: Retriever):
    asked = read_question("厦门东兴小区是不是全厦门第一个成立小区党支部的老小区")
    assert not fits(asked, "小区党支部、业委会和居民自管小组相继成立。", lambda s: [])
    assert fits(asked, "东兴小区在全市率先成立小区党支部。", lambda s: [])
    assert fits(asked, "这是厦门首个成立党支部的老旧小区。", lambda s: [])
    assert not retriever.ask("厦门东兴小区是不是全厦门第一个成立小区党支部的老小区", k=3).answered
    assert not retriever.ask("华雨辰是不是钢花小学最年轻的老师", k=3).answered


def test_the_time_of_the_most_is_answered_only_by_a_sentence_saying_the_most(retriever: Retriever):
    asked = read_question("成都12345热线一年里哪个月来电最多")
    assert not fits(asked, "2021年,成都市受理群众和企业来电593.7万件。", lambda s: [])
    assert fits(asked, "其中7月来电最多,达68万件。", lambda s: [])
    assert not retriever.ask("成都12345热线一年里哪个月来电最多", k=3).answered
    # Asked when it happened, a date answers without any superlative said.
    assert read_question("郵票的應用大約什麼時候達到最高峰").most is None
