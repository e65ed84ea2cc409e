"""A count of a part of a whole the question names first (…单子里，被退回来的有几万单) is answered only by
a figure said of that part: the whole's figure (459万单, 16.8万余个, 7家 of two cities) does not count it."""

from __future__ import annotations

import pytest

from qa.answer_shape import fits
from qa.counted_nouns import part_counted
from qa.question import read
from qa.question_text import plain_text
from qa.text import fold


@pytest.mark.parametrize(("question", "part"), [
    ("沈阳片区跨境电商半年做下来的单子里，被退回来的有几万单", ("退回来",)),
    ("娄底那16.8万多个微心愿里，孤寡老人许的有多少", ("孤寡老人",)),
    ("备案完的二手车出口企业，大连那边有几家", ("大连",)),
    ("辽宁上半年进出口里，对东盟的有多少", ("东盟",)),
    ("江欣苑社区有多少名党员", ()),  # no whole named first: the count of the question's subject
    ("参加的有多少人", ()),
    ("其中女的有几个", ()),  # one character says too little to look for (女党员: `number_shape`)
])
def test_the_part_counted_is_read_after_the_whole(retriever, question, part):
    assert part_counted(retriever.tokenizer.question_tagged(plain_text(question))) == part


def test_the_whole_s_figure_does_not_count_a_part(retriever):
    asked = read("娄底那16.8万多个微心愿里，孤寡老人许的有多少", retriever.tokenizer, retriever.index).asked
    tag = retriever.tokenizer.tag
    assert not fits(asked, fold("2021年,娄底已累计为群众圆梦“微心愿”16.8万余个,参与党员达46.8万人次,受益群众达50余万人。"), tag)
    # A figure said of the part itself answers.
    assert fits(asked, fold("其中,孤寡老人的微心愿3万余个。"), tag)


@pytest.mark.parametrize("question", [
    "沈阳片区跨境电商半年做下来的单子里，被退回来的有几万单",  # 459万单 were all of them
    "备案完的二手车出口企业，大连那边有几家",  # 7家 of 沈阳 and 大连 together
])
def test_a_part_the_documents_never_count_is_not_answered(retriever, question):
    assert not retriever.ask(question, k=3).answered


def test_a_part_counted_by_its_own_figure_is_answered(retriever):
    answer = retriever.ask("辽宁上半年进出口里，对东盟的有多少", k=1)
    assert answer.answered and "264.4亿元" in answer.hits[0].quote
