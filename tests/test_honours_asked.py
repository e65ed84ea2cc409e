"""A prize or an honour asked (得过啥奖没有, 拿到啥科研奖项, 评上过啥先进没) is answered only by a
sentence saying one was given; the sentence on the deed it might have been for says nothing of it."""

from __future__ import annotations

import pytest

from qa.answer_shape import fits
from qa.question import read
from qa.text import fold


@pytest.mark.parametrize(("question", "asks"), [
    ("华雨辰带的青教志愿队后来得过啥奖没有", True),
    ("依兰陨石坑这项发现后来拿到啥科研奖项没有", True),
    ("深田社区后来评上过啥先进没", True),
    ("华雨辰获得过什么荣誉", True),
    ("华雨辰后来干了啥", False),
    ("青教志愿队队长是谁", False),
])
def test_a_prize_asked_is_read_as_one(retriever, question, asks):
    asked = read(question, retriever.tokenizer, retriever.index).asked
    assert (asked.thing is not None) is asks


def test_only_a_sentence_giving_a_prize_answers(retriever):
    asked = read("青教志愿队后来得过啥奖没有", retriever.tokenizer, retriever.index).asked
    tag = retriever.tokenizer.tag
    assert fits(asked, fold("青教志愿队被评为全市优秀志愿服务组织。"), tag)
    assert not fits(asked, fold("“青教突击队”改名为“青教志愿队”,她被选为队长。"), tag)


@pytest.mark.parametrize("question", ["华雨辰带的青教志愿队后来得过啥奖没有", "依兰陨石坑这项发现后来拿到啥科研奖项没有"])
def test_a_prize_the_documents_never_give_is_not_answered(retriever, question):
    assert not retriever.ask(question, k=1).answered
