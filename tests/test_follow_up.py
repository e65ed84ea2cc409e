"""A short follow-up that leaves its subject out unseen is asked again with the previous topic, and
that reading is kept only when its quote holds everything the follow-up typed."""

from __future__ import annotations

import io

import pytest

from qa.conversation import Conversation, Resolved, resolve
from qa.follow_up import SHORT, ask_in_turn, with_topic
from qa.golden import ask_as_user
from qa.repl import run_repl


def answered_turn(retriever, question):
    answer = retriever.ask(question)
    assert answer.answered
    return Conversation(question, retriever.key_terms(question), answer.fact)


def ask_after(retriever, first, follow_up, known=True):
    previous = answered_turn(retriever, first)
    return ask_in_turn(lambda text: retriever.ask(text, 1), retriever.key_terms, follow_up, previous,
                       resolve(follow_up, previous), retriever.knows if known else None)


def test_a_follow_up_that_leaves_its_subject_out_is_asked_about_the_previous_topic(retriever):
    assert not retriever.ask("工作人员叫什么？").answered  # alone: whose staff?
    reading, answer = ask_after(retriever, "水南画眉站在哪里？", "工作人员叫什么？")
    assert reading == Resolved("水南画眉站工作人员叫什么？", carried=True)
    assert answer.answered and "郑彩平" in answer.hits[0].quote


@pytest.mark.parametrize(("first", "follow_up"), [
    ("依兰陨石坑位于哪里？", "加班费怎么算？"),
    ("华雨辰是哪所学校的老师？", "今天适合洗车吗？"),
    ("广安门北街20号院在哪个区？", "红烧牛肉面怎么煮？"),
    # 长江 is said only inside a bridge's name (二七长江大桥), not as the word typed.
    ("华雨辰是什么时候火线入党的？", "长江多长啊"),
    # Said to the bot, not asked of the piece: small talk is not given the last topic.
    ("联席会议合力解民忧这篇报道是哪位记者写的", "你是谁呀？"),
])
def test_the_previous_topic_never_supplies_the_answer_to_another_question(retriever, first, follow_up):
    reading, answer = ask_after(retriever, first, follow_up)
    assert reading == Resolved(follow_up) and not answer.answered


def test_a_question_answered_alone_is_not_read_again(retriever):
    reading, answer = ask_after(retriever, "水南画眉站在哪里？", "台风卢碧影响厦门是哪天？")
    assert reading == Resolved("台风卢碧影响厦门是哪天？") and answer.answered


def test_only_a_short_question_without_the_topic_may_lean_on_it(retriever):
    previous = answered_turn(retriever, "水南画眉站在哪里？")
    long_one = "工作人员" * (SHORT // 4 + 1) + "叫什么？"
    assert with_topic(long_one, previous, Resolved(long_one)) is None
    assert with_topic("水南画眉站有几个人？", previous, Resolved("水南画眉站有几个人？")) is None
    assert with_topic("工作人员叫什么？", None, Resolved("工作人员叫什么？")) is None
    carried = Resolved("水南画眉站有几个人？", carried=True)
    assert with_topic("有几个人？", previous, carried) is None  # resolve already read it


def test_the_repl_says_how_it_read_the_follow_up(retriever):
    out = io.StringIO()
    run_repl(retriever, input=io.StringIO("水南画眉站在哪里？\n工作人员叫什么？\n"), output=out, k=1)
    block = out.getvalue().split("qa> ")[2]
    assert "（按“水南画眉站工作人员叫什么？”回答）" in block and "郑彩平" in block


@pytest.mark.parametrize(("first", "follow_up"), [
    ("深田社区一年多解决了居民多少件事呀", "怎么申请护照？"),
    ("泗县县委宣传部部长是谁？", "怎么煮出好吃的米饭？"),
])
def test_a_topic_put_before_a_question_about_what_the_documents_never_mention_gives_way(retriever, first, follow_up):
    # Read as 深田社区怎么申请护照, the topic found a quote about 深田社区 without 护照: the topic's answer,
    # not the question's. The corpus never says 护照, so the question is asked as typed.
    reading, answer = ask_after(retriever, first, follow_up)
    assert reading == Resolved(follow_up) and not answer.answered
    unguarded, _ = ask_after(retriever, first, follow_up, known=False)
    assert unguarded.elided  # without the corpus's words to check with, the topic reading stands


def test_the_topic_still_carries_a_follow_up_whose_words_the_documents_use(retriever):
    reading, answer = ask_after(retriever, "东兴小区在哪", "啥时候建的")
    assert reading.text == "东兴小区啥时候建的" and answer.answered and "80年代" in answer.hits[0].quote


def test_a_follow_up_naming_its_own_subject_is_answered_of_it_not_of_the_topic(retriever):
    # Glued to the topic, 那二手车出口试点进展咋样 quoted 西柳's pilot again; its own 二手车 is said by
    # the sentence on 沈阳、大连's pilot, which it finds asked as typed.
    first = retriever.ask("辽宁西柳那个市场采购贸易试点出口货值多少")
    previous = Conversation.after("辽宁西柳那个市场采购贸易试点出口货值多少",
                                  retriever.key_terms("辽宁西柳那个市场采购贸易试点出口货值多少"), first)
    follow = "那二手车出口试点进展咋样"
    reading, answer = ask_in_turn(lambda text: retriever.ask(text, 1), retriever.key_terms, follow, previous,
                                  resolve(follow, previous, retriever.tokenizer.tag), retriever.knows)
    assert reading == Resolved(follow) and answer.answered and "二手车" in answer.hits[0].quote
    # 那娄底那篇呢 asks the previous question again, of another piece: its byline answers, no 娄底 in it.
    reading, answer = ask_after(retriever, "安徽泗县联席会议那篇是哪个记者写的？", "那娄底“微心愿”那篇呢？")
    assert reading.carried and answer.answered and "王云娜" in answer.hits[0].quote


def test_a_verb_glued_to_its_particle_is_no_word_the_documents_lack(retriever):
    # 提了 is one token to jieba and no word of the corpus; it names nothing, so the topic stands.
    assert retriever.knows("提了") and not retriever.knows("护照")
    reading, answer = ask_after(retriever, "今年3月中办印发了个啥意见", "里面对办实事提了啥要求")
    assert reading.elided and answer.answered
    assert "坚持不懈为群众办实事办好事" in answer.hits[0].quote


def test_golden_questions_asked_right_after_an_unrelated_turn_are_answered_as_asked_alone(retriever):
    """Every golden question (dev split) asked right after another one, seeded: the turn machinery
    may carry a topic into a follow-up, never into a question of its own (哪个科研单位的人员发现了
    依兰陨石坑 after a question about 娄底, 怎么申请护照 after one about 深田社区)."""
    import random

    from qa.golden import load_golden_sets, matches

    rows = [r for r in load_golden_sets() if not r.get("previous") and r.get("split") != "holdout"]
    rng = random.Random(7)
    changed = []
    for row in rng.sample(rows, 120):
        first = rng.choice([r["question"] for r in rows if r.get("answerable")])
        turn = retriever.ask(first, k=1)
        if not turn.answered:
            continue
        previous = Conversation(first, retriever.key_terms(first), turn.fact)
        _, in_turn = ask_in_turn(lambda text: retriever.ask(text, 1), retriever.key_terms, row["question"],
                                 previous, resolve(row["question"], previous, retriever.tokenizer.tag), retriever.knows)
        alone = retriever.ask(row["question"], 1)

        def right(answer, row=row):
            return answer.answered and matches(answer.hits[0], row) if row["answerable"] else not answer.answered

        if right(alone) and not right(in_turn) and row["question"] not in _KNOWN_CARRIED:
            changed.append((first, row["question"]))
    assert changed == []


# Known defects, left visible (fold of 2026-12-07): a long question whose 它 means a thing of its own
# (猫咪) takes the last subject for it and is answered. Reading 它 after an own noun as its own lost
# two dev follow-ups whose 它 means the last subject after a noun (把它关闭, 质疑它): not yet fixed.
_KNOWN_CARRIED = frozenset(["猫咪老是半夜在家里跑酷 有啥办法让它消停点"])


def test_a_follow_up_of_function_words_and_one_content_word_leans_on_the_topic(retriever):
    # 同时还成立了个啥: 同时 and 还 are said by no quote in particular; 成立 is, with the topic before it.
    reading, answer = ask_after(retriever, "北京市第一个物业管理委员会是在哪成立的", "同时还成立了个啥")
    assert reading.carried
    assert answer.answered and "物管会临时党支部" in answer.hits[0].quote


def test_as_of_now_asked_in_a_follow_up_is_the_figure_said_now(retriever):
    # 到目前为止: the documents say 目前 (119条 now, 81条 in 2015), not a word of its own to search.
    from qa.golden import ask_as_user

    answer = ask_as_user(retriever, {"previous": "成都网络理政处天天看工单的那位女同志叫啥",
                                     "question": "她讲到目前为止成都一共并了多少条非紧急热线"})
    assert answer.answered and "119条" in answer.hits[0].quote


def test_a_longer_follow_up_is_answered_from_the_piece_just_read_only_with_the_fact_asked(retriever):
    from qa.golden import ask_as_user

    # 比去年这会儿多出来百分之几 names no subject and is too long to lean for sure: the piece just read
    # answers it with the rate asked, marked.
    answer = ask_as_user(retriever, {"previous": "辽宁上半年跟东盟做了多少买卖",
                                     "question": "比去年这会儿多出来百分之几"})
    assert answer.answered and "23%" in answer.hits[0].quote
    # Asking no kind of fact, it is not answered by any sentence of that piece holding its words.
    trap = ask_as_user(retriever, {"previous": "泗县网周村金大爷卖羊那事 你知道不",
                                   "question": "卖羊那笔钱他后来拿去干啥了"})
    assert not trap.answered


# 那X呢 naming another place or person: the reading swaps X in, but the rest of the last question
# still finds the last subject's sentence first. Only a passage telling of X may answer.
@pytest.mark.parametrize(("first", "follow_up"), [
    ("潍城区建了多少处家门口党群服务站", "那厦门呢"),
    ("娄底累计圆梦微心愿多少个", "那成都呢"),
    ("辽宁上半年对RCEP贸易伙伴进出口多少", "那娄底呢"),
    ("江欣苑社区有多少名党员", "那林原村呢"),
])
def test_that_x_naming_another_place_is_not_answered_by_the_last_places_sentence(retriever, first, follow_up):
    answer = ask_as_user(retriever, {"previous": first, "question": follow_up})
    assert not answer.answered and answer.reason == "not-stated"
    place = follow_up[1:-1]
    assert answer.subject == place and all(place in hit.quote for hit in answer.hits)


@pytest.mark.parametrize(("first", "follow_up", "said"), [
    ("潍城区建了多少处家门口党群服务站", "那南宁呢", "200多個"),
    ("纪玉芝是哪个年代搬进广安门北街20号院的", "那石油大院的朱开成呢", "20世纪70年代"),
])
def test_that_x_is_answered_from_where_x_is_told_of(retriever, first, follow_up, said):
    answer = ask_as_user(retriever, {"previous": first, "question": follow_up})
    assert answer.answered and said in answer.hits[0].quote


def test_the_names_that_x_gives_are_read_not_the_aspect_it_asks(retriever):
    tag = retriever.tokenizer.tag
    previous = answered_turn(retriever, "纪玉芝是哪个年代搬进广安门北街20号院的")
    assert resolve("那石油大院的朱开成呢", previous, tag).about == ("朱开成",)
    assert resolve("那南宁呢", answered_turn(retriever, "潍城区建了多少处家门口党群服务站"), tag).about == ("南宁",)
    party = answered_turn(retriever, "江欣苑社区有多少名党员")
    assert resolve("那居民呢", party, tag).about == ()  # an aspect of the same subject, not a name
    assert resolve("其他三个呢", answered_turn(retriever, "四个危险里哪个最根本"), tag).about == ()


def test_the_repl_says_honestly_that_x_is_not_told_of(retriever):
    out = io.StringIO()
    run_repl(retriever, input=io.StringIO("潍城区建了多少处家门口党群服务站\n那厦门呢\n"), output=out, k=1)
    block = out.getvalue().split("qa> ")[2]
    assert "资料提到了“厦门”" in block and "红色物业" not in block


@pytest.mark.parametrize(("previous", "question", "said"), [
    # The chosen sentence restates what is asked about (the garden's trouble, the year's work); how it
    # was dealt with, or how things are now, is the next sentence: both are quoted.
    ("岐山村48号那个小花园以前有啥烦心事？", "后来咋解决的？", "小花園使用公約"),
    ("厦门深田社区广招能人一年多解决了多少件事", "现在那邻里之间处得咋样了", "無話不説的朋友越來越多"),
])
def test_how_it_went_is_quoted_with_the_sentence_after_the_one_restating_it(retriever, previous, question, said):
    answer = ask_as_user(retriever, {"previous": previous, "question": question})
    assert answer.answered and said in answer.hits[0].quote


def test_a_pronoun_right_after_a_name_and_he_is_that_person_s(retriever):
    """钟呼义和他老伴儿…: 他 is 钟呼义, named just before; nothing of the last turn is carried in."""
    first = "辽宁那个服装城的采购商主要来自哪里"
    previous = Conversation(first, retriever.key_terms(first), retriever.ask(first, k=1).fact)
    question = "钟呼义和他老伴儿是啥时候被社区党员送进医院的"
    assert resolve(question, previous, retriever.tokenizer.tag).text == question
