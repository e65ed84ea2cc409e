"""Questions asking for what is not: which members of a set did not do a thing, and who or how many
besides the one the asker names. A sentence about those who did, or about the one named, holds every
word of such a question and an answer of its kind; it must not be quoted as the answer."""

from __future__ import annotations

import pytest

from qa import Retriever
from qa.answer_shape import fits
from qa.asked_except import SAID_NEGATED, besides_asked, negated_asked
from qa.quoting import Request
from qa.text import fold


@pytest.mark.parametrize("question", [
    "娄底下面哪个县区没参加党员进基层圆梦微心愿那个活动",
    "長山花園那12支紅馬甲隊裡 哪幾支不是黨員帶隊的",
    "网周村开联席会议 哪些人是没被邀请参加的",
    "谁还没交入党申请书",
    "7,500萬年前的時候，哪一海域尚未出現?",
])
def test_a_which_or_who_question_with_a_negated_predicate_asks_it_negated(question):
    assert negated_asked(fold(question))


@pytest.mark.parametrize("question", [
    "张银祥是哪一年出事故没了右臂的？",  # 没了: lost, no negated predicate
    "他家老伴儿身体哪儿不得劲",  # 哪儿 asks where (what ails)
    "岐山村48号小花园以前都有啥不文明的事",  # 啥 asks what, 不文明 describes it
    "卢布那天半夜为啥自己出不去买东西",  # why
    "哪些社区帮扶了不少困难群众",  # 不少: many
    "悉曇部保留了哪一種已經不再使用的書寫系統？",  # the negation describes the thing asked
    "硫被誰證明出來是元素並非化合物？",  # the negation is part of what was proven
])
def test_other_negations_ask_nothing_negated(question):
    assert not negated_asked(fold(question))


@pytest.mark.parametrize(("sentence", "said"), [
    ("其中，只有阔口社区因为旧改施工未参加这次活动。", True),
    ("该大陆横越了当时尚未形成的印度洋。", True),
    ("这种口器不能食固体食物。", True),
    ("不少有专长的党员群众站了出来，组建了12个志愿服务队。", False),  # 不少: many
    ("娄底市每年开展党员下基层活动，帮助困难群众圆梦。", False),
])
def test_a_negation_is_said_by_its_words_not_by_words_holding_its_characters(sentence, said):
    assert bool(SAID_NEGATED.search(fold(sentence))) is said


def test_a_sentence_on_those_who_took_part_does_not_say_who_stayed_away(retriever: Retriever):
    assert not retriever.ask("娄底下面哪个县区没参加党员进基层圆梦微心愿那个活动", k=3).answered
    assert not retriever.ask("長山花園那12支紅馬甲隊裡 哪幾支不是黨員帶隊的", k=3).answered
    # The campaign itself is still found and quoted when asked as it is.
    assert retriever.ask("娄底党员进基层帮群众圆梦微心愿是从哪年开始的", k=3).answered


def test_a_sentence_saying_the_negation_answers(one_file_retriever):
    retriever = one_file_retriever("doc.txt", "社区活动\n\n今年春天，全市12个社区开展了邻里节活动，居民踊跃参加。\n\n"
                                              "其中，只有阔口社区因为旧改施工未参加这次活动。\n")
    answer = retriever.ask("哪个社区没参加邻里节活动", k=3)
    assert answer.answered and "阔口社区" in answer.hits[0].quote


@pytest.mark.parametrize(("question", "excluded"), [
    ("辽宁那些二手车出口企业 除了那7家 还有没完成备案的吗 有几家", ("7家",)),
    ("除了华雨辰还有谁当过志愿播音员", ("华雨辰",)),
    ("張國珍那篇除了責任編輯李冬葉 還有哪位編輯審過稿", ("责任编辑李冬叶",)),
    ("成都12345除了2015年那81条和去年那21条 剩下的是哪一批", ("2015年那81条和去年那21条", "2015年", "81条", "去年", "21条")),
    ("除了这个还结合了啥工作", ()),  # points back, names nothing
    ("他们除了天气预报还播啥", ("天气预报",)),
])
def test_the_one_excluded_is_read_up_to_where_the_question_turns_to_the_others(question, excluded):
    assert besides_asked(fold(question)) == excluded


def test_the_one_excluded_is_no_answer(retriever: Retriever):
    tag = retriever.tokenizer.tag
    count = Request.read("那些二手车出口企业 除了那7家 还有几家完成了备案", retriever.corpus)
    assert count.asked.besides == ("7家",)
    assert not fits(count.asked, fold("7家二手车出口企业已完成先期备案等准备工作。"), tag, list(count.terms))
    assert fits(count.asked, fold("7家企业已完成备案,另有3家企业正在办理。"), tag, list(count.terms))
    editor = Request.read("張國珍那篇除了責任編輯李冬葉 還有哪位編輯審過稿", retriever.corpus)
    # The byline writes the title and the name apart: both are blanked.
    assert not fits(editor.asked, fold("責任編輯:李冬葉"), tag, list(editor.terms))
    # Without the exception the same count answers.
    plain = Request.read("那些二手车出口企业有几家完成了备案", retriever.corpus)
    assert fits(plain.asked, fold("7家二手车出口企业已完成先期备案等准备工作。"), tag, list(plain.terms))


def test_the_excluded_one_said_whole_leaves_the_words_framing_the_others(retriever: Retriever):
    # 管住 of 管住自己 frames the answer too (管住亲属): only the excluded phrase itself is blanked.
    asked = Request.read("为官从政那除了管住自己，还得管住谁", retriever.corpus)
    assert fits(asked.asked, fold("为官从政,管住自己,管住亲属,管住身边的人。"), retriever.tokenizer.tag, list(asked.terms))


def test_the_address_of_the_excluded_one_is_no_other_place(retriever: Retriever):
    # 上海市静安区南京西路: 静安区 is where the excluded 南京西路 one is, not another branch.
    asked = Request.read("白领驿家除了南京西路那家 还在上海哪儿开了分店", retriever.corpus)
    assert asked.asked.besides and asked.asked.kind == "place"
    sentence = fold("上海市靜安區南京西路上的百樂門大都會22層,有一個人氣頗高的“白領驛家”。")
    assert not fits(asked.asked, sentence, retriever.tokenizer.tag, list(asked.terms))
    assert fits(asked.asked, fold("另一家白领驿家开在上海市徐汇区漕河泾。"), retriever.tokenizer.tag, list(asked.terms))
    assert not retriever.ask("白领驿家除了南京西路那家 还在上海哪儿开了分店", k=1).answered
