"""A kin asked of by where it hurts (老伴儿哪儿不舒服) or by a pronoun of its sex in the next turn (那她多大
年纪了): the kin's ailment, not any illness the paragraph names, and her, not the man she is kin of."""

from __future__ import annotations

from qa.conversation import Conversation, resolve
from qa.golden import ask_as_user
from qa.question_kinds import question_kind


def test_where_it_hurts_asks_an_ailment_not_a_place(retriever):
    assert question_kind("袁保柱的老伴儿哪儿不舒服") is None
    answer = retriever.ask("袁保柱的老伴儿哪儿不舒服")
    assert answer.answered and "膝盖总疼" in answer.hits[0].quote


def test_an_illness_of_the_times_is_not_the_kin_s_ailment(retriever):
    # 在新冠肺炎疫情肆虐之时…将居民钟呼毅和其老伴儿送到医院: 肺炎 is the epidemic's, not hers.
    answer = retriever.ask("钟呼毅的老伴儿哪里不舒服")
    assert not answer.answered


def test_she_after_a_question_of_someone_s_wife_is_the_wife(retriever):
    first = "袁宝柱的老伴儿哪儿不舒服"
    previous = Conversation.after(first, retriever.key_terms(first), retriever.ask(first, k=1))
    assert resolve("那她多大年纪了", previous, retriever.tokenizer.tag).text == "袁宝柱的老伴儿多大年纪了"
    # Of a place's office, or a thing someone owns, 她 is still the person (纪玉芝 of 纪玉芝住的院子).
    first = "纪玉芝住的院子是哪年建的"
    previous = Conversation.after(first, retriever.key_terms(first), retriever.ask(first, k=1))
    assert resolve("她是哪年搬来的", previous, retriever.tokenizer.tag).text == "纪玉芝是哪年搬来的"


def test_where_the_wife_hurts_is_answered_after_a_question_of_the_man(retriever):
    answer = ask_as_user(retriever, {"previous": "固阳县新建村那个见了红马甲就觉得亲人来了的老人叫啥",
                                     "question": "跟他过日子的那位老伴儿呢，哪儿不得劲"})
    assert answer.answered and "膝盖总疼" in answer.hits[0].quote
