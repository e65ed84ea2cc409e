"""A follow-up neither reading answers is asked of the piece the previous answer quoted, near that
quote: answered only by a sentence holding the kind of fact asked for and every specific word typed."""

from __future__ import annotations

import io

import pytest

from qa.conversation import Conversation
from qa.golden import ask_as_user
from qa.repl import run_repl


def turn_after(retriever, question):
    answer = retriever.ask(question, k=1)
    assert answer.answered
    return Conversation.after(question, retriever.key_terms(question), answer)


@pytest.mark.parametrize(("first", "follow_up", "said"), [
    # 办过 is the asker's word; the piece says 开展 (共開展各類活動3800余場).
    ("白领驿家在上海哪条路上", "那里一共办过多少场活动", "3800余場"),
    # 当天当地 points at the piece: the village is in the sentence before the one just quoted (read
    # as 当天卢碧今年第几台风在哪个村…, the previous question's words buried it).
    ("卢碧是今年第几号台风", "当天当地在哪个村转移群众的", "东瑶村"),
    ("辽宁自贸区沈阳片区上半年跨境电商做了多少单", "货值多少rmb", "4.6亿元"),
    # No kind of fact asked (啥群众活动), but 群众活动 is said once, in the sentence just quoted.
    ("石油共生大院用的啥运维管理模式", "大院里都搞些啥群众活动", "鹊桥会"),
    # Read with the topic it is answered, but 出动 is a word the documents never use, so it is asked as
    # typed (and finds nothing); the piece just read says 组织…部门.
    ("受卢碧影响厦门下大雨了吧", "都出动了哪些部门", "消防、交通、路政"),
    # 头一件事 as spoken for 第一件事: what she did first on coming in (然后直奔卫生间).
    ("华雨辰晚上一般几点回家", "进门头一件事干啥", "直奔卫生间洗澡消毒"),
    # Spoken words read as the report's: 片子 → 视频 (看看这些视频,里面介绍了青春期孩子的…), 爱好 → 喜欢.
    ("李文博是哪天去的张银祥家", "她带去的那些片子是讲啥的", "青春期孩子的性格特点"),
    ("张银祥家那个上初一的儿子", "有啥爱好没", "打羽毛球"),
    # 从哪年起 asks of the last topic: 2017年起,娄底市每年开展党员下基层活动.
    ("娄底那个帮困难户圆小心愿的活动你知道不", "从哪年起年年搞", "2017年起"),
    # 村书记: the village's own secretary, named in a longer title (林原村党委书记麻三占) a passage on.
    ("有七支志愿服务队的那个村是哪个旗的", "村书记叫啥", "麻三占"),
    # Floors and money as talked about: 一二楼 for 一、二层, 掏钱 for 出钱 (一、二层群众不出钱).
    ("江汉北路社区装电梯是哪个书记协调下来的", "一二楼的住户要掏钱不", "一、二层群众不出钱"),
    # No word of its own typed: the amount asked is the one in the quote just shown.
    ("程鹏帮哪个大爷卖的羊", "那羊卖了多少钱", "1万多块钱"),
    # Which ones exactly (哪三样: the count is part of the asking): the list in the quote just shown.
    ("西马街道把装电梯的事纳进了个啥机制", "具体是哪三样", "诉求代理、意愿代言、事务代办"),
    # Words of its own (后面, 跟), but none naming a thing the quote just shown does not: the eight
    # characters asked are in it.
    ("庆祝建党一百周年大会上 总书记号召全党始终同人民咋样", "后面还跟了哪八个字", "风雨同舟、同甘共苦"),
])
def test_a_follow_up_in_the_askers_words_is_answered_from_the_piece_just_read(retriever, first, follow_up, said):
    answer = ask_as_user(retriever, {"question": follow_up, "previous": first})
    assert answer.answered and said in answer.hits[0].quote


@pytest.mark.parametrize(("first", "follow_up"), [
    # The report's next stories name other communities' secretaries, further on than the answer may be.
    ("东兴小区在哪", "书记是谁"),
    # The sentence names 钟呼毅 (the previous question's own word) and his wife, never her name.
    ("钟呼毅是哪个社区的居民", "他老伴儿叫啥名字"),
    # The documents never say 最多: no sentence ranks the countries.
    ("沈阳片区跨境电商进出口产品覆盖了多少个国家和地区？", "其中出口最多的是哪个国家"),
    # The answer before named 董明媛: she is no answer to her daughter's name, which is never said.
    ("金山社区那个亲情连线活动帮的是哪个老人", "她女儿叫啥名字"),
    # Asks the previous question of another city: a sentence naming 大连 nearby does not answer it.
    ("沈阳片区上半年跨境电商多少单", "那大连呢"),
    # Only the previous turn's subject is a word the piece uses; 大学毕业 is never said.
    ("离汉通道关闭那天凌晨，华雨辰在微信里写了句啥", "花雨辰是哪个大学毕业的"),
    # A word of its own the piece never says (前妻, 剪彩): not what the quote just shown is about.
    ("张银祥多大了", "他前妻现在在哪上班"),
    ("石油共生大院是哪天投入使用的", "开张那天谁去剪的彩"),
    # A thing the quote just shown never names (低保, 老家), or a time before or after the one it
    # tells of: the amount or place in it is another's.
    ("金大爷的羊最后卖了多少钱", "他一个月低保多少钱"),
    ("程鹏是网周村的啥人", "他老家是哪儿的"),
    ("佛州删掉的是多少名患者的数据", "这些人后来死了多少"),
    ("纪玉芝是哪年搬到广安门北街20号院的", "她搬来之前住哪儿"),
])
def test_the_piece_just_read_never_answers_what_it_does_not_say(retriever, first, follow_up):
    assert not ask_as_user(retriever, {"question": follow_up, "previous": first}).answered


def test_the_answer_is_looked_for_near_the_quote_just_read(retriever):
    previous = turn_after(retriever, "白领驿家在上海哪条路上")
    inside = retriever.ask_within("那里一共办过多少场活动", previous)
    assert inside.answered and len(inside.hits) == 1
    hit = inside.hits[0]
    assert hit.doc_id == retriever.passage(previous.passage_id).doc_id
    assert "3800余場" in hit.quote and hit.answer_spans  # the count is marked as the answer


@pytest.mark.parametrize("passage_id", ["", "no-such-passage#3"])
def test_an_unknown_passage_is_not_found_not_an_error(retriever, passage_id):
    answer = retriever.ask_within("那里一共办过多少场活动", Conversation("白领驿家在上海哪条路上", passage_id=passage_id))
    assert not answer.answered and answer.reason == "no-match"


def test_the_repl_answers_the_follow_up_from_the_piece_just_read(retriever):
    out = io.StringIO()
    run_repl(retriever, input=io.StringIO("白领驿家在上海哪条路上\n那里一共办过多少场活动\n"), output=out, k=1)
    assert "3800余場" in out.getvalue().split("qa> ")[2]


@pytest.mark.parametrize(("first", "follow_up", "said"), [
    # The byline of the piece just read, not a reporter of another piece (新华社记者在多地采访…).
    ("成都12345热线是哪年开通的", "写稿的记者是谁", "王永战"),
    ("潍城区物业那篇稿子是哪天发的电？", "写稿的记者是？", "肖家鑫"),
    # Credited in its first body line: 据新华社广州8月5日电 (记者陆浩 胡拿云).
    ("依兰陨石坑在哪", "记者是谁", "陆浩"),
    ("石油共生大院在哪个区", "责任编辑是谁", "冯明"),
])
def test_a_byline_asked_of_no_piece_is_the_piece_just_read(retriever, first, follow_up, said):
    answer = ask_as_user(retriever, {"question": follow_up, "previous": first})
    assert answer.answered and said in answer.hits[0].quote


def test_a_piece_without_the_line_asked_says_so_rather_than_quote_another(retriever):
    # The 成都 piece keeps a byline but no date line: 1988年,成都市开通12345热线 is no answer.
    answer = ask_as_user(retriever, {"question": "这篇是哪天发的", "previous": "成都12345热线是哪年开通的"})
    assert not answer.answered and answer.reason == "not-stated" and not answer.hits


def test_only_a_question_naming_no_piece_asks_the_piece_just_read():
    from qa.bylines import roles_of_the_piece_read

    assert roles_of_the_piece_read("作者是谁") and roles_of_the_piece_read("这篇是哪天发的")
    assert roles_of_the_piece_read("写稿的记者是谁")  # 写稿 is what the writer did, not a piece
    assert not roles_of_the_piece_read("那篇微治理的记者是谁")
    assert not roles_of_the_piece_read("《密切党群关系全力推进中国梦》的作者是谁")


def test_who_the_author_of_the_piece_just_read_is_its_author_note(retriever):
    answer = ask_as_user(retriever, {"question": "作者是在哪个单位上班的啊", "previous": "张国珍那篇里说党群关系一直是党建的啥"})
    assert answer.answered and "中國地方煤礦總公司" in answer.hits[0].quote
    # The 成都 piece names its reporter but says nothing of what he does.
    answer = ask_as_user(retriever, {"question": "作者是干啥的", "previous": "成都12345热线是哪年开通的"})
    assert not answer.answered and answer.reason == "not-stated"
