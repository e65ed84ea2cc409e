"""A search-box message (the subject, then the thing wanted, no asking word) is read as the question
it stands for, so the kind of fact it wants is asked for and checked in the answer."""

from __future__ import annotations

import pytest

from qa.terse_asking import asked_text


@pytest.mark.parametrize(("typed", "read_as"), [
    ("张银祥 年龄", "张银祥的年龄多大"),
    ("石油共生大院 门票?", "石油共生大院的门票多少钱"),
    ("网周村爱心超市营业时间", "网周村爱心超市营业时间是什么时候"),
    ("张立春 国营厂 名字", "张立春 国营厂的名字叫什么"),
    ("辽宁省商务厅 负责人", "辽宁省商务厅的负责人是谁"),
    # A few nouns are asked by the asking itself.
    ("华雨辰 职业", "华雨辰是做什么工作的"),
    ("7家二手车出口企业 名单", "7家二手车出口企业有哪些"),
])
def test_a_search_box_message_is_read_as_its_question(typed, read_as):
    assert asked_text(typed) == read_as


@pytest.mark.parametrize("typed", [
    "张银祥多大年龄",  # asked already
    "那居民人数呢",
    "张国珍是煤矿总公司的部门主任",  # a statement (a premise before the asking), not keys
    "江欣苑社区,党员人数",
    "年龄",  # nothing it is asked of
    "江欣苑社区的志愿者",  # no noun that stands for a kind of fact
])
def test_questions_statements_and_other_words_stay_as_typed(typed):
    assert asked_text(typed) == typed


def test_the_fact_a_keyword_wants_is_quoted_or_honestly_not_found(retriever):
    # 年龄 wants an age: the sentence with 今年47岁 answers, where the bare keys were declined.
    answer = retriever.ask("张银祥 年龄", k=1)
    assert answer.answered and "47岁" in answer.hits[0].quote
    # 门票 wants a price, 名字 a name: the courtyard's planning and 某國營廠 say neither.
    assert not retriever.ask("石油共生大院 门票", k=1).answered
    assert not retriever.ask("張立春 國營廠 名字", k=1).answered
