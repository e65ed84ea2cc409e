"""华雨辰是谁？ is answered by the sentence saying who she is, not by any sentence naming her."""

from __future__ import annotations

import pytest

from qa import Retriever
from qa.identity import asked_about, asked_to_define, defining_sentence, definition
from qa.quoting import Request


@pytest.mark.parametrize(("question", "said"), [
    ("华雨辰是谁？", "华雨辰是武汉市青山区钢花小学音乐教师"),  # her name, then what she is
    ("程鹏是做什么的？", "驻村工作队队长程鹏"),  # the title before the name
    ("请问一下程鹏是干啥的呀", "驻村工作队队长程鹏"),  # chatty and colloquial, read the same
    ("张立春是干什么的？", "“義務電工”張立春"),  # the title in quotes, a Traditional text
    ("李文博是谁？", "信息技术保障室副主任李文博"),
    ("莊瑩瑩是誰？", "深田社區黨委書記莊瑩瑩"),  # was declined: the model alone found it weak
    ("朱开成是谁？", "居民朱开成"),
    # The same asked the way people chat.
    ("介绍一下华雨辰", "华雨辰是武汉市青山区钢花小学音乐教师"),  # was "not stated"
    ("你知道程鹏吗？", "驻村工作队队长程鹏"),
    ("谁是华雨辰？", "华雨辰是武汉市青山区钢花小学音乐教师"),
    ("给我讲讲程鹏这个人", "驻村工作队队长程鹏"),
    ("华雨辰是个什么样的人？", "华雨辰是武汉市青山区钢花小学音乐教师"),
])
def test_who_someone_is_is_the_sentence_that_says_it(retriever: Retriever, question, said):
    answer = retriever.ask(question)
    assert answer.answered, answer.reason
    assert said in answer.hits[0].quote


@pytest.mark.parametrize("question", [
    "华雨辰是哪里人？",  # asks where from, not who
    "华雨辰的老师是谁？",  # asks about someone else
    "江欣苑社区的党建指导员是谁？",  # asks for a name, given the title
    "江欣苑社区是什么？",  # no person named
    "介绍一下江欣苑社区",  # a community, not a person
    "你知道华雨辰在哪里工作吗？",  # asks where she works
])
def test_other_questions_are_not_read_as_who_someone_is(retriever: Retriever, question):
    assert asked_about(Request.read(question, retriever.corpus).question) is None


def test_the_name_then_what_one_is_comes_first_then_the_copula_then_a_title():
    texts = {1: ["队长程鹏说了一句话。", "90后党员程鹏是一名老党员。"], 2: ["程鹏是网周村驻村工作队队长。"]}
    assert defining_sentence("程鹏", [1, 2], texts.__getitem__) == (2, 0)  # opens with the name
    assert defining_sentence("程鹏", [1], texts.__getitem__) == (1, 1)  # the copula, not the title
    lead = {1: ["林佩瑶（）中华航空空服员，于第二届节目中初次亮相。"]}  # an encyclopedia's lead
    assert defining_sentence("林佩瑶", [1], lead.__getitem__) == (1, 0)
    titles = {1: ["程鹏说了一句话。", "队长程鹏又说。"]}
    assert defining_sentence("程鹏", [1], titles.__getitem__) == (1, 1)
    assert defining_sentence("程鹏", [1], {1: ["程鹏是那天最早到的。"]}.__getitem__) is None  # 是 + no title


@pytest.mark.parametrize(("question", "term"), [
    ("桥社是指什么？", "桥社"),
    ("怀仁堂指的是什么？", "怀仁堂"),
    ("什么是红色物业？", "红色物业"),
])
def test_what_a_term_is_is_read_as_asking_for_its_definition(retriever: Retriever, question, term):
    assert asked_to_define(Request.read(question, retriever.corpus).question) == term


@pytest.mark.parametrize("question", ["除米象的正确做法是什么？", "江欣苑社区的党建指导员是谁？", "华雨辰是谁？"])
def test_an_attribute_or_a_person_is_no_term_to_define(retriever: Retriever, question):
    assert asked_to_define(Request.read(question, retriever.corpus).question) is None


def test_the_definition_is_the_sentence_opening_with_the_term(one_file_retriever):
    retriever = one_file_retriever("art.txt",
                                   "桥社\n\n1905年,几位建筑系学生在德累斯顿成立了桥社,成员后来多次举办展览。"
                                   "桥社(Die Brücke)是德国表现主义的一个艺术组织,以木刻版画闻名。\n")
    answer = retriever.ask("桥社是指什么？")
    assert answer.answered and answer.hits[0].quote.startswith("桥社(Die Brücke)是德国表现主义的一个艺术组织")
    texts = {1: ["成立了桥社。", "桥社是一个艺术组织。"]}
    assert definition("桥社", [1], texts.__getitem__) == (1, 1)
