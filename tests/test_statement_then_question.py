"""A question asked after a statement of something else: the asking clause is answered on its own
when the whole is not, only where the statement is one the documents make of another article and the
asking clause names a subject of its own."""

from __future__ import annotations

import pytest

from qa import Retriever
from qa.premise import asked_after_statement, names_its_own
from qa.question_text import plain_text


@pytest.mark.parametrize(("question", "split"), [
    ("莆田阔口社区被叫作百宝箱，南宁那边打造的党群服务圈是几分钟的",
     ("莆田阔口社区被叫作百宝箱", "南宁那边打造的党群服务圈是几分钟的")),
    # An asking clause that points back takes the clause before it along.
    ("长春那个社区搞了12个红马甲志愿服务队，方程式那篇里也有红马甲上门，那是哪个村的",
     ("长春那个社区搞了12个红马甲志愿服务队", "方程式那篇里也有红马甲上门，那是哪个村的")),
    ("林原村组建了几支志愿服务队，都叫啥", None),  # opens by asking
    ("北湖收费站 在武汉哪个区", None),  # keywords typed as a search: one clause
    ("华雨辰，她在哪教书", None),  # a name set apart, no statement
])
def test_the_statement_and_the_asking_are_told_apart(question, split):
    assert asked_after_statement(plain_text(question)) == split


def test_a_statement_of_another_article_does_not_hide_the_question_asked(retriever: Retriever):
    answer = retriever.ask("上海白领驿家在百乐门大都会22层，北京那个石油共生大院是哪天投入使用的", k=3)
    assert answer.answered and "2020年10月1日" in answer.hits[0].quote
    assert answer.question.startswith("上海白领驿家")  # the question as typed is kept


def test_a_question_asked_of_the_statement_s_own_subject_is_not_cut_from_it(retriever: Retriever):
    # 归哪个部门登记管理 asks of the 45 associations the statement names: no subject of its own.
    assert not names_its_own(retriever.corpus, "江欣苑社区那45个文化协会", "归哪个部门登记管理")
    assert not retriever.ask("江欣苑社區那45個文化協會，歸哪個部門登記管理", k=3).answered
    assert not retriever.ask("江欣苑那45个文化协会里，负责人不是党员的有几个", k=3).answered


def test_a_statement_the_documents_do_not_make_leaves_the_question_as_it_was(retriever: Retriever):
    # The asker's own life is stated nowhere: the asking clause is not tried alone.
    assert names_its_own(retriever.corpus, "我家楼下新开了一家超市生意很好", "南宁那边的党群服务圈是几分钟的")
    verdict = retriever.judge("我家楼下新开了一家超市生意很好")
    assert verdict is None or not verdict.answerable
