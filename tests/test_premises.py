"""A premise the documents contradict: a figure the question says went the other way."""

from __future__ import annotations

import pytest

from qa.premises import contradicted
from qa.text import fold


@pytest.mark.parametrize(("question", "quote", "against"), [
    ("对欧盟进出口下降了36.4%，主要是啥原因", "今年上半年,全省对欧盟进出口665.3亿元,同比增长36.4%;", True),
    ("对欧盟进出口增长了36.4%，主要是啥原因", "今年上半年,全省对欧盟进出口665.3亿元,同比增长36.4%;", False),
    ("对韩国进出口减少38.2%是真的吗", "对韩国进出口276.5亿元,同比增长38.2%;", True),
    ("跨境电商交易额涨了36.4%吗", "货值4.6亿元,同比下降36.4%", True),
    # Another figure, or no direction beside the figure on either side, contradicts nothing.
    ("对欧盟进出口下降了30%，主要是啥原因", "今年上半年,全省对欧盟进出口665.3亿元,同比增长36.4%;", False),
    ("36.4%是哪一块的增速", "今年上半年,全省对欧盟进出口665.3亿元,同比增长36.4%;", False),
    ("对欧盟进出口下降了36.4%吗", "全省对欧盟进出口占比36.4%", False),
    # The figure inside a longer one (136.4%) is not the figure asked.
    ("对欧盟进出口下降了36.4%吗", "同比增长136.4%", False),
])
def test_a_figure_said_to_go_the_other_way_contradicts_the_question(question, quote, against):
    numbers = tuple(n for n in ("36.4", "38.2", "30") if n in question)
    assert contradicted(numbers, fold(question), fold(quote)) is against


def test_a_contradicted_premise_is_declined_with_the_sentence_shown(retriever):
    answer = retriever.ask("辽宁上半年对欧盟进出口下降了36.4%，主要是啥原因", k=3)
    assert not answer.answered and answer.reason == "not-stated"
    assert answer.hits and "同比增长36.4%" in answer.hits[0].quote  # the figure as the documents give it
    assert retriever.ask("辽宁上半年对欧盟进出口同比增长多少", k=1).answered
