"""Follow-up questions carry the previous question's subject; new topics start fresh."""

from __future__ import annotations

import io

import pytest

from qa.conversation import Conversation, Resolved, resolve
from qa.golden import ask_as_user
from qa.previous_turn import head_of
from qa.question_text import plain_text
from qa.quoting import Request
from qa.repl import run_repl
from qa.text import fold

FIRST = "江欣苑社区有多少名党员？"


def turn(retriever, question):
    return Conversation(question, retriever.key_terms(question))


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("那居民呢？", "江欣苑社区有多少名居民？"),  # 那X呢: the asked-about term swapped
        ("居民呢", "江欣苑社区有多少名居民？"),
        ("那么居民怎么样？", "江欣苑社区有多少名居民？"),
        ("他们都做什么？", "江欣苑社区党员都做什么？"),  # a pronoun: the previous subject
        ("这个社区有多少居民？", "江欣苑社区有多少居民？"),  # a demonstrative: the words that qualified 社区
        ("该社区在哪里？", "江欣苑社区在哪里？"),
        ("这里的居民有多少？", "江欣苑社区的居民有多少？"),  # a demonstrative place: the previous topic
        ("有多少居民？", "江欣苑社区有多少居民？"),  # an elided subject: the previous topic
        ("啥时候成立的", "江欣苑社区啥时候成立的"),  # the colloquial asking word opens it too
        ("里面住了多少户？", "江欣苑社区里面住了多少户？"),  # inside it
        ("同比涨了多少", "江欣苑社区同比涨了多少"),  # its growth
        ("比去年同期涨了多少", "江欣苑社区比去年同期涨了多少"),  # its growth on a year before
        ("跟上个月比多了多少", "江欣苑社区跟上个月比多了多少"),
        ("具体还有哪些人？", "江欣苑社区具体还有哪些人？"),  # 具体: specifically, then the predicate
        ("归哪个区管", "江欣苑社区归哪个区管"),  # which one it comes under
        ("从哪年起有的", "江欣苑社区从哪年起有的"),  # from when: 从 before the asking
        ("管啥的", "江欣苑社区管啥的"),  # one verb and the asking: what it does
        ("属哪", "江欣苑社区属哪"),
        ("那居民呢 不会比党员还少吧", "江欣苑社区有多少名居民？"),  # a guess after it proves nothing
    ],
)
def test_follow_ups_carry_the_previous_subject(retriever, follow_up, expected):
    resolved = resolve(follow_up, turn(retriever, FIRST))
    assert (resolved.text, resolved.carried) == (expected, True)


def test_growth_on_last_year_is_the_growth_of_what_the_last_turn_counted(retriever):
    # Alone, 比去年同期涨了多少 finds any growth (36家外贸转型升级基地…增长18%); it is RCEP trade's.
    first = "辽宁跟RCEP那些伙伴上半年做了多少生意"
    answer = retriever.ask(resolve("比去年同期涨了多少", turn(retriever, first)).text, k=1)
    assert answer.answered and "10.3%" in answer.hits[0].quote


def test_she_is_who_the_last_question_was_about_turn_after_turn(retriever):
    first = "华雨辰是哪里人？"
    second = resolve("她在哪个学校当老师？", turn(retriever, first))
    assert second.text == "华雨辰在哪个学校当老师？"  # not 华雨辰人: 人 was part of the asking
    third = resolve("那她什么时候入的党？", turn(retriever, second.text))
    assert third.text == "华雨辰什么时候入的党？"  # the subject, not every word of every turn (nor the 那)
    assert retriever.ask(third.text).answered


def test_a_follow_up_in_traditional_script_swaps_the_right_words(retriever):
    previous = turn(retriever, "黨的最大政治優勢是什麼？")
    assert resolve("那最大危險呢？", previous).text == "黨的最大危險是什麼？"


@pytest.mark.parametrize("more", ["还有吗？", "还有呢", "還有嗎", "更多", "那还有没有？"])
def test_more_means_the_next_results_of_the_previous_question(retriever, more):
    assert resolve(more, turn(retriever, FIRST)) == Resolved(FIRST, more=True)


@pytest.mark.parametrize("check", ["是真的吗", "真的假的", "有这么多吗", "真有这么多？", "是真的吗 有三个多亿这么多？"])
def test_a_check_of_the_last_answer_asks_the_last_question_again(retriever, check):
    previous = turn(retriever, "泗县这几年一共整合了多少涉农资金")
    assert resolve(check, previous) == Resolved("泗县这几年一共整合了多少涉农资金", carried=True)
    answer = ask_as_user(retriever, {"previous": "泗县这几年一共整合了多少涉农资金", "question": check})
    assert answer.answered and "3.5亿元" in answer.hits[0].quote  # not a sentence about something else


@pytest.mark.parametrize("doubt", ["不对吧 不是2015年吗", "你確定？不是2015年嗎", "不是2015年吗", "不对吧 我记得是2015年",
                                   "我记得是2015年吧", "不对吧 新闻里不是说2015年开的吗", "不对吧", "不对吧 是2015年吧"])
def test_a_doubt_of_the_last_answer_shows_its_evidence_again_not_the_askers_figure(retriever, doubt):
    first = "成都12345热线最早是哪年开通的"
    assert resolve(doubt, turn(retriever, first)) == Resolved(first, carried=True)
    answer = ask_as_user(retriever, {"previous": first, "question": doubt})
    assert answer.answered and "1988年" in answer.hits[0].quote  # not the 2015年 sentence the asker named


@pytest.mark.parametrize("question", ["不是问这个，我问的是那81条热线多会儿并进来的", "不对 我是想问去年并进来多少条",
                                      "不是党员呢", "不是党员能参加吗", "是党员吗", "不对吧 他不是1995年搬来的吗 那之前住哪"])
def test_a_correction_or_a_question_of_its_own_is_no_doubt_of_the_answer(retriever, question):
    first = "成都12345热线最早是哪年开通的"
    assert resolve(question, turn(retriever, first)) != Resolved(first, carried=True)


@pytest.mark.parametrize(("first", "follow_up", "resolved", "caption"), [
    ("图③里帮农户运秧苗的是哪儿的党员干部", "那图①呢", "图①是哪儿的党员干部", "图①:湖北省枣阳市"),
    ("配图里帮群众擦玻璃的是哪儿的党员", "那图五呢", "图五是哪儿的党员", "图⑤:新疆维吾尔自治区"),
])
def test_that_picture_asks_the_same_of_the_other_picture(retriever, first, follow_up, resolved, caption):
    # What was asked of the picture, asked of the other one; not what the last one showed (运秧苗).
    assert resolve(follow_up, turn(retriever, first), retriever.tokenizer.tag).text == resolved
    answer = ask_as_user(retriever, {"previous": first, "question": follow_up})
    assert answer.answered and answer.hits[0].quote.startswith(caption)


def test_a_question_naming_a_picture_is_not_answered_by_another_picture_s_caption(retriever):
    answer = retriever.ask("图五里的党员志愿者在帮群众干啥", k=3)
    assert not answer.answered or answer.hits[0].quote.startswith("图⑤")


def test_a_name_and_that_side_asks_as_the_name_alone(retriever):
    # 一带一路那边呢: 那边 points at 一带一路, not at the last turn's topic (which it repeated).
    previous = turn(retriever, "区域全面经济伙伴关系协定那些成员跟辽宁上半年的贸易额是多少")
    tag = retriever.tokenizer.tag
    assert resolve("一带一路那边呢", previous, tag) == resolve("一带一路呢", previous, tag)


def test_a_side_pointed_at_as_the_last_question_pointed_at_its_own_takes_its_place(retriever):
    # 那群众那边呢 after 党员那边有啥变化: the other side's change, not 党员那边有啥群众.
    previous = turn(retriever, "张凤珍觉得搞了拉话话服务以后,党员那边有啥变化?")
    resolved = resolve("那群众那边呢?", previous, retriever.tokenizer.tag)
    assert resolved.text == "张凤珍觉得搞了拉话话服务以后,群众那边有啥变化?"


@pytest.mark.parametrize("follow_up", ["日本那块呢 多少", "那日本呢，是多少", "日本呢 多少亿"])
def test_the_asking_word_said_again_after_that_x_asks_what_was_asked_of_x(retriever, follow_up):
    first = "辽宁上半年对欧盟的进出口额是多少亿元"
    previous = turn(retriever, first)
    assert resolve(follow_up, previous, retriever.tokenizer.tag).text == "辽宁上半年对日本的进出口额是多少亿元"
    answer = ask_as_user(retriever, {"previous": first, "question": follow_up})
    assert answer.answered and "451.3亿元" in answer.hits[0].quote  # 日本's figure, not 欧盟's


def test_together_as_said_is_the_reports_at_the_same_time(retriever):
    # 跟它一块儿成立的还有啥: the report writes 同时成立物管会临时党支部.
    answer = ask_as_user(retriever, {"previous": "广安门北街20号院里成立了个啥组织", "question": "跟它一块儿成立的还有啥"})
    assert answer.answered and "同时成立物管会临时党支部" in answer.hits[0].quote


def test_points_asked_of_the_last_trade_are_its_year_on_year_percentage(retriever):
    answer = ask_as_user(retriever, {"previous": "辽宁今年上半年跟韩国的进出口额是多少", "question": "跟去年比涨了几个点"})
    assert answer.answered and answer.hits[0].quote.endswith("对韩国进出口276.5亿元,同比增长38.2%;")


@pytest.mark.parametrize("follow_up", ["再问一下 这篇报道是哪位记者写的", "对了 写这篇的记者叫啥"])
def test_a_byline_asked_after_a_chat_opener_is_the_piece_just_read_s(retriever, follow_up):
    answer = ask_as_user(retriever, {"previous": "网周村每周二那个会到底是个啥会呀，开会都干些啥", "question": follow_up})
    assert answer.answered and answer.hits[0].quote == "本报记者 徐靖"


@pytest.mark.parametrize(("first", "nth", "item"), [
    ("张国珍说为官从政要做到哪几个不为", "第二个是啥", "不為錢所毀"),
    ("张国珍说当官要管住哪些人", "那第三个呢", "管住身邊的人"),
    # By its place, said as people say it: first, last, from the end, with the list's own noun.
    ("张国珍说为官从政要做到哪几个不为", "打头的那个是啥", "不為權所害"),
    ("张国珍说当官要管住哪些人", "最后一个呢", "管住身邊的人"),
    ("江欣苑社区先后成立了哪几类自治社会组织", "头一类叫啥", "礼、义、仁、智、信"),
    ("石油共生大院采取的是哪几方面的运维管理模式", "倒数第二个是啥", "社会公众广泛参与"),
    ("娄底党员干部通过哪些方式倾听群众心声", "头一个是啥方式", "实地走访"),
])
def test_the_nth_one_after_which_ones_is_in_the_list_just_shown(retriever, first, nth, item):
    assert resolve(nth, turn(retriever, first)) == Resolved(first, carried=True)
    answer = ask_as_user(retriever, {"previous": first, "question": nth})
    assert answer.answered and item in answer.hits[0].quote


def test_the_nth_one_after_a_question_of_no_list_is_not_the_last_question(retriever):
    assert resolve("第二个是啥", turn(retriever, FIRST)).text != FIRST


@pytest.mark.parametrize("asked_anew", ["进门头一件事干啥", "最后一共装了几部电梯", "头一个是哪年建的"])
def test_something_done_first_or_last_is_asked_anew_not_read_as_an_item_of_the_list(retriever, asked_anew):
    first = "娄底党员干部通过哪些方式倾听群众心声"
    assert resolve(asked_anew, turn(retriever, first)) != Resolved(first, carried=True)


def test_a_question_about_whether_something_is_real_is_no_check(retriever):
    previous = turn(retriever, "泗县这几年一共整合了多少涉农资金")
    assert resolve("他是真的党员吗", previous).text != "泗县这几年一共整合了多少涉农资金"


@pytest.mark.parametrize(
    "question",
    [
        "月牙形陨石坑是在哪里发现的？",
        "今天巴黎天气怎么样？",
        "陨石坑在哪里呢？",
        "其中有多少是老党员？",
        "这样做有什么好处？",
    ],
)
def test_a_question_with_its_own_subject_starts_fresh(retriever, question):
    assert resolve(question, turn(retriever, FIRST)) == Resolved(question)


def test_without_a_previous_turn_nothing_changes():
    assert resolve("那居民呢？", None) == Resolved("那居民呢？")


def test_the_follow_up_is_answered_with_the_carried_subject(retriever):
    resolved = resolve("那居民呢？", turn(retriever, FIRST))
    assert "2万多名社区居民" in retriever.ask(resolved.text, 3).hits[0].quote


def test_the_repl_answers_follow_ups_and_more(retriever):
    out = io.StringIO()
    run_repl(retriever, input=io.StringIO(f"{FIRST}\n那居民呢？\n还有吗\n谢谢\n"), output=out, k=1)
    blocks = out.getvalue().split("qa> ")
    assert "（按“江欣苑社区有多少名居民？”回答）" in blocks[2] and "2万多名社区居民" in blocks[2]
    assert blocks[3].startswith("还有吗\n[2] ")  # 还有吗 pages on, like :more
    assert "例如：" in blocks[4] and "资料涵盖" not in blocks[4]


def answered_turn(retriever, question):
    """The turn as the REPL and the bot keep it: with the fact the answer marked."""
    answer = retriever.ask(question)
    return Conversation.after(question, retriever.key_terms(question), answer)


@pytest.mark.parametrize("follow_up", ["后来呢？", "然后呢", "结果怎么样了", "那后来呢"])
def test_what_came_next_goes_on_from_the_last_quote(retriever, follow_up):
    previous = answered_turn(retriever, "美国佛罗里达州卫生部网站当时删掉了多少名患者的数据？")
    resolved = resolve(follow_up, previous)
    assert resolved.goes_on and resolved.text.endswith(("后来呢？", "后来呢", "后来怎么样了"))  # if nothing follows
    answer = retriever.goes_on(previous.passage_id, previous.quote_end, question=follow_up)
    assert answer.answered and "恢复相关数据" in answer.hits[0].quote
    assert answer.hits[0].lead_in == ""  # the sentence it leans on is the one just shown
    # A question of its own after 后来 is no continuation; nor is 后来呢 with no quote to go on from.
    assert not resolve("后来卖了多少钱", previous).goes_on
    assert not resolve("后来呢", Conversation(previous.question, previous.terms)).goes_on


@pytest.mark.parametrize("follow_up", ["文章对这事咋评价的", "那篇报道是怎么描述这件事的？"])
def test_how_the_piece_speaks_of_what_was_quoted_is_what_it_says_next(retriever, follow_up):
    previous = answered_turn(retriever, "华雨辰在方舱医院听到学生的语音留言后有啥反应")
    resolved = resolve(follow_up, previous)
    assert resolved.goes_on and resolved.text == follow_up  # asked as typed if nothing follows
    answer = retriever.goes_on(previous.passage_id, previous.quote_end, question=follow_up)
    assert answer.answered and "身教胜于言传" in answer.hits[0].quote
    assert not resolve(follow_up, Conversation(previous.question, previous.terms)).goes_on  # no quote to go on from


def test_going_on_stops_where_the_article_ends(retriever):
    last = next(p for p in reversed(retriever.passages) if p.local_sentences)
    end = last.local_sentences[-1][1]
    assert not retriever.goes_on(last.passage_id, end).answered
    assert not retriever.goes_on("no-such-passage", 0).answered


def test_the_repl_reads_on_when_asked_what_came_next(retriever):
    out = io.StringIO()
    run_repl(retriever, input=io.StringIO("美国佛罗里达州卫生部网站当时删掉了多少名患者的数据？\n后来呢？\n"),
             output=out, k=1)
    block = out.getvalue().split("qa> ")[2]
    assert "恢复相关数据" in block and "按“" not in block  # read on, not asked as a rewritten question


def test_the_fact_an_answer_marks_is_what_the_next_turn_can_lean_on(retriever):
    assert retriever.ask("台风卢碧影响厦门是哪天？").fact == "8月5日"
    assert retriever.ask("今天巴黎天气怎么样？").fact == ""  # not answered: nothing to lean on
    assert retriever.ask("郑彩平是在哪个站上班的").fact == "水南画眉站"  # a station: its name, not the district
    assert Request.read("你在哪个站点看到的", retriever.corpus).asked.named is None  # a website, no station


@pytest.mark.parametrize(("first", "follow_up", "expected"), [
    # 当天 after 哪天: the day the answer gave.
    ("台风卢碧影响厦门是哪天？", "当天谁在转移群众？", "8月5日谁在转移群众？"),
    ("台风卢碧影响厦门是哪天？", "那天厦门下了多大的雨？", "8月5日厦门下了多大的雨？"),
    # 这所学校 after 哪所学校: the school the answer named.
    ("华雨辰是哪所学校的老师？", "这所学校在哪个区？", "武汉市青山区钢花小学在哪个区？"),
    # 那实验室 after 哪个实验室 (a question of no kind): the laboratory the answer named.
    ("美方一直不让世卫去查的是哪个实验室", "那实验室以前出过啥事", "德特里克堡生物实验室以前出过啥事"),
    # 这队 after 啥志愿队: the name the answer gave, by its last character (队 is no word of the question).
    ("华雨辰最后当上队长的是啥志愿队", "这队原来叫啥", "青教志愿队原来叫啥"),
    # 当时 after a question that asked no date: the previous topic.
    (FIRST, "当时谁是社区书记？", "江欣苑社区当时谁是社区书记？"),
    # 那会儿, 那阵子: how 当时 is said.
    (FIRST, "那会儿谁是社区书记？", "江欣苑社区那会儿谁是社区书记？"),
    ("台风卢碧影响厦门是哪天？", "那阵子谁在转移群众？", "8月5日谁在转移群众？"),
    # 那里 after 那个社区叫什么: the community the answer named (not 南宁西乡, the start of 西乡塘区).
    ("南宁西乡塘区那个多民族聚居的社区叫什么？", "那里的党委书记叫啥", "中華中路社區的党委书记叫啥"),
    # 那里 after a time asked of a place (东兴小区是哪个年代建的): the place, not the 20世纪80年代 answered.
    ("厦门东兴小区是哪个年代建的？", "那里现在住了多少户？", "厦门东兴小区现在住了多少户？"),
    # 他 after 常务副书记是谁: the person the answer named, not the title.
    ("娄底市直机关工委常务副书记是谁？", "他是哪一年上任的？", "刘小辉是哪一年上任的？"),
    # 这位书记 after 党委书记是谁: the one the answer named, not the topic with its 书记 said twice.
    ("深田社区的党委书记是谁？", "这位书记做多久了？", "莊瑩瑩做多久了？"),
    # 当地 after 哪个村: the village the answer named.
    ("鄂尔多斯哪个村组建了“菜管家”“菜贩子”这些志愿服务队", "当地主要搞的是什么产业？", "林原村主要搞的是什么产业？"),
    # 她们社区 after 哪个社区: the community the answer named, not 谢华娟社区 (no community's name).
    ("谢华娟是哪个社区的书记", "她们社区少数民族大概占多少", "中華中路社區少数民族大概占多少"),
    # 她们 alone after a person's 哪个社区: hers, the community the answer named (not her).
    ("庄莹莹是哪个社区的党委书记", "她们从啥时候开始招能人的", "深田社區从啥时候开始招能人的"),
    # 村里 said bare: the village the last question named (来到村里 is any visit's wording).
    ("泗县网周村的驻村工作队队长是谁？", "他是啥时候来的村里？", "程鹏是啥时候来的泗县网周村？"),
    # 这个社区: the community the last question named, pointed at.
    ("江欣苑社区党建指导员是谁", "他是哪年到这个社区的", "朱华桥是哪年到江欣苑社区的"),
    # 这个村 after a question naming no village (村 only inside 村两委): left pointing, not
    # 带着工作队跟村 (the words before 村两委 are no village's name).
    ("每周二带着工作队跟村两委开会的是谁", "他打哪年哪月开始驻这个村的", "程鹏打哪年哪月开始驻这个村的"),
    # 那个 after 哪个省发现的: which of a noun (省), not of the words after it (省发现的).
    ("依兰陨石坑是在哪个省发现的", "它之前国内发现的那个叫啥", "依兰陨石坑之前国内发现的那个叫啥"),
    # 每天 ends the last subject as 今年 does: 她 is 王智慧, not 王智慧每天.
    ("成都网络理政处的王智慧每天都在忙啥？", "她说打热线办事要像啥一样方便", "成都网络理政处的王智慧说打热线办事要像啥一样方便"),
    # 那栋楼: a demonstrative with its measure word, standing for the place talked about.
    ("“白領驛家”在上海哪棟樓裡？", "在那棟樓第幾層", "在“白領驛家”樓第幾層"),
    # 那些病人…的: 是…的 closes the question; it describes no one of its own.
    ("佛罗里达州卫生部网站删了多少名患者的数据", "那些病人是什么时候出现症状的",
     "佛罗里达州卫生部网站病人是什么时候出现症状的"),
    # 她们 after a person's 哪个居民区: the 居民区 the answer named.
    ("朱卫红是哪个居民区的党总支书记", "她们那儿的小花园在几号", "岐山居民區那儿的小花园在几号"),
    # A role the follow-up opens with: held by whom the answer named (谁写的 → 作者).
    ("密切党群关系全力推进中国梦那篇是谁写的？", "作者是哪个单位的？", "張國珍是哪个单位的？"),
    ("林原村的党委书记是谁？", "书记是哪里人", "麻三占是哪里人"),
    ("固阳新建村的党支部书记叫啥", "这位支书说了啥", "张凤珍说了啥"),  # 支书, the office as talked about
    # 那儿 + what it has (攒下的会员): the place pointed at, not a description it opens.
    ("上海的白领驿家在哪栋楼里", "那儿攒下的会员差不多有多少人", "上海的白领驿家攒下的会员差不多有多少人"),
    # 这个数 after a count asked, or typed: that number (not 12345 of 成都12345, a hotline's name).
    ("成都12345一年受理多少件来电", "这个数是哪年的", "593.7万件是哪年的"),
    ("成都12345一年受理了593.7万件群众和企业来电", "那这个数是哪年的", "593.7万件是哪年的"),
    # 那个站 after 哪个站: the station the answer named, not the district before the body running it.
    ("郑彩平是在哪个站上班的", "那个站属于上饶哪个区的文明实践中心", "水南画眉站属于上饶哪个区的文明实践中心"),
    # The preposition before the asking is not the subject's (泗县对多少个行政村: 泗县).
    ("泗县对多少个行政村逐村摸了底", "那近几年整合了多少涉农资金", "泗县近几年整合了多少涉农资金"),
])
def test_a_follow_up_leans_on_the_fact_the_last_answer_gave(retriever, first, follow_up, expected):
    assert resolve(follow_up, answered_turn(retriever, first)) == Resolved(expected, carried=True)


def test_a_demonstrative_followed_by_a_name_points_at_that_name_not_the_last_turn(retriever):
    # 那个义务电工张立纯: the person is named right after 那个 (misspelt, still a name by the tagger).
    first = "东瑶村救援人员转移群众那张新闻图，标题写的是啥"
    question = "那个义务电工张立纯退休前在哪上班"
    assert resolve(question, answered_turn(retriever, first), retriever.tokenizer.tag).text == question
    answer = ask_as_user(retriever, {"previous": first, "question": question})
    assert answer.answered and "國營廠" in answer.hits[0].quote


@pytest.mark.parametrize(("first", "follow_up", "place"), [
    ("静安区那个白领驿家里头都配了些啥", "白领们下了班去那儿能干点啥", "參加社團活動"),
    ("莆田闊口社區那個鄰里中心，有啥是專門面向老人小孩的", "居民在那兒一般能辦多少項便民的事", "幾十項便民服務"),
])
def test_a_place_pointed_at_after_the_verb_going_there_leans_on_the_last_turn(retriever, first, follow_up, place):
    # 去那儿, 在那兒: the words before 那儿 are the clause (白领们下了班), not a place of its own.
    resolved = resolve(follow_up, answered_turn(retriever, first), retriever.tokenizer.tag)
    assert resolved.carried and "那儿" not in fold(resolved.text)
    answer = ask_as_user(retriever, {"previous": first, "question": follow_up})
    assert answer.answered and place in answer.hits[0].quote


def test_she_after_a_name_and_the_verb_jieba_glued_to_it_is_the_name(retriever):
    # 纪玉芝住的院子…: she is 纪玉芝, not 纪玉芝住 (the owner of the 院子 read with its verb).
    first = "纪玉芝住的院子里，北京头一个物管会是哪个街道张罗成立的"
    resolved = resolve("那她憋了多年的那块心病后来咋样了", answered_turn(retriever, first), retriever.tokenizer.tag)
    assert resolved.text.startswith("纪玉芝憋了")


@pytest.mark.parametrize(("first", "follow_up", "expected"), [
    ("推進中國夢那篇文章署名作者是誰", "這文章分了幾個小標題", "推進中國夢那篇文章分了幾個小標題"),
    ("方程式那篇说当前人民对美好生活的向往咋样了", "那文章说不变的是啥", "方程式那篇说不变的是啥"),
    ("潍城区物业那条新闻是几号发的电", "这文章谁写的", "潍城区物业那条新闻谁写的"),  # any noun of a piece
])
def test_this_piece_is_the_piece_the_last_question_named(retriever, first, follow_up, expected):
    # 这文章: the piece named before, up to its noun, not the role or the words asked of it then.
    assert resolve(follow_up, answered_turn(retriever, first), retriever.tokenizer.tag).text == expected


def test_that_x_naming_its_own_owner_is_asked_whole_as_the_last_question_was(retriever):
    # 那江汉北路社区的党委书记呢: a whole subject of another community, asked as 是谁 was; not put in
    # place of 指导员 inside the last question (…舒心了的江汉北路社区的党委书记是谁).
    first = "江欣苑那个说日子过得舒心了的指导员是谁"
    resolved = resolve("那江汉北路社区的党委书记呢", answered_turn(retriever, first), retriever.tokenizer.tag)
    assert resolved.text == "江汉北路社区的党委书记是谁"
    # Asked before its last word (有多少名党员), the last question lends no asking to X.
    assert resolve("那北京的党员人数呢", answered_turn(retriever, "江欣苑社区有多少名党员")).text != "北京的党员人数"


def test_a_piece_told_by_what_else_it_says_leans_on_nothing(retriever):
    # 那篇文章除了說…還提到啥: the piece is told by its own words, whatever the last turn was about.
    question = "那篇文章除了說收入差距拉大 還提到啥事引發的利益衝突傷了黨群關係"
    first = "中华中路社区在共建单位帮助下开展了个啥活动，促进各民族文化相融"
    assert resolve(question, answered_turn(retriever, first), retriever.tokenizer.tag).text == question


def test_a_word_jieba_tags_a_name_after_a_demonstrative_is_no_name_of_its_own(retriever):
    # 高寿 (高 is a surname) is a word of general Chinese: 那老人家 still points at 孙志荣老人.
    resolved = resolve("那老人家今年高壽，就是多大歲數", answered_turn(retriever, "孫志榮老人是住在幾層樓上"),
                       retriever.tokenizer.tag)
    assert resolved.carried and "孫志榮" in resolved.text
    answer = ask_as_user(retriever, {"previous": "孫志榮老人是住在幾層樓上", "question": "那老人家今年高壽，就是多大歲數"})
    assert answer.answered and "85岁" in answer.hits[0].quote


def test_the_noun_the_answers_last_character_begins_goes_with_it(retriever):
    # 那支队伍 after 哪个志愿队 → 青教志愿队: 队伍 is the name's noun (not 青教志愿队伍); by the tagger.
    first = "华雨辰后来当了哪个志愿队的队长"
    resolved = resolve("那支队伍原先叫啥", answered_turn(retriever, first), retriever.tokenizer.tag)
    assert resolved == Resolved("青教志愿队原先叫啥", carried=True)
    answer = ask_as_user(retriever, {"previous": first, "question": "那支队伍原先叫啥"})
    assert answer.answered and "青教突击队" in answer.hits[0].quote  # 原先, as said: the 原来 it was


def test_the_day_the_answer_gave_finds_what_happened_that_day(retriever):
    resolved = resolve("当天谁在转移群众？", answered_turn(retriever, "台风卢碧影响厦门是哪天？"))
    answer = retriever.ask(resolved.text)
    assert answer.answered and "救援人员转移疏散群众" in answer.hits[0].quote


def test_a_pronoun_inside_what_replaces_the_asked_term_is_resolved_too(retriever):
    previous = turn(retriever, "华雨辰哪年入的党？")
    assert resolve("那她父母呢？", previous).text == "华雨辰父母哪年入的党？"


@pytest.mark.parametrize(("first", "follow_up", "expected"), [
    ("华雨辰是哪一年入党的？", "当年她在哪里工作？", "2020年华雨辰在哪里工作？"),  # 当年: the year, then whom
    (FIRST, "那天有多少居民参加？", "江欣苑社区那天有多少居民参加？"),  # 那天 is a time, not 那 + 天
])
def test_a_time_and_a_pronoun_in_one_follow_up_are_both_carried(retriever, first, follow_up, expected):
    assert resolve(follow_up, answered_turn(retriever, first)).text == expected


def test_the_repl_leans_on_the_day_its_last_answer_gave(retriever):
    out = io.StringIO()
    run_repl(retriever, input=io.StringIO("台风卢碧影响厦门是哪天？\n当天谁在转移群众？\n"), output=out, k=1)
    block = out.getvalue().split("qa> ")[2]
    assert "（按“8月5日谁在转移群众？”回答）" in block and "救援人员转移疏散群众" in block


@pytest.mark.parametrize(("first", "follow_up", "expected"), [
    # A follow-up that opens with its verb (花了, 用了, 组建了) has left its subject out.
    ("东兴小区旧改用了多长时间？", "花了多少钱？", "东兴小区旧改花了多少钱？"),
    # The previous subject is what precedes its verb, 了 and all (林原村 of 林原村组建了…).
    ("林原村组建了几支志愿服务队？", "这些服务队都做什么？", "林原村志愿服务队都做什么？"),
    ("林原村组建了几支志愿服务队？", "那里的党委书记是谁？", "林原村的党委书记是谁？"),
])
def test_a_follow_up_finds_the_subject_before_the_previous_verb(retriever, follow_up, first, expected):
    assert resolve(follow_up, turn(retriever, first)).text == expected


@pytest.mark.parametrize(("first", "follow_up", "expected"), [
    ("成都12345热线去年4月又整合进来多少条热线？", "那2015年底呢", "成都12345热线2015年底又整合进来多少条热线？"),
    ("成都市2020年受理了多少件来电？", "那2019年呢？", "成都市2019年受理了多少件来电？"),
])
def test_a_time_in_that_x_follow_up_takes_the_place_of_the_previous_time(retriever, first, follow_up, expected):
    assert resolve(follow_up, turn(retriever, first)).text == expected


@pytest.mark.parametrize(("first", "follow_up", "expected"), [
    # 后来 after a question that asked no time: the previous subject, then what came after.
    ("金家龙大爷为啥对着自家的羊叹气？", "后来卖了多少钱", "金家龙大爷后来卖了多少钱"),
    # 结果呢, 最后…: what came of it, not 结果 swapped in for the question's last word.
    ("金家龙大爷为啥对着自家的羊叹气？", "结果呢？", "金家龙大爷后来呢？"),
    ("金家龙大爷为啥对着自家的羊叹气？", "最后卖了多少钱", "金家龙大爷后来卖了多少钱"),
])
def test_what_happened_later_is_asked_of_the_previous_subject(retriever, first, follow_up, expected):
    assert resolve(follow_up, turn(retriever, first)).text == expected


def test_which_ones_of_a_noun_said_by_its_head_are_of_the_noun_the_last_question_named(retriever):
    # 都有哪些队: the 红马甲志愿服务队 just counted; with 队 alone the quote was about 张立春.
    previous = turn(retriever, "长山花园社区组建了几个红马甲志愿服务队")
    follow_up = resolve("都有哪些队", previous)
    assert follow_up.text == "长山花园社区都有哪些红马甲志愿服务队"
    answer = retriever.ask(follow_up.text, k=1)
    assert answer.answered and "法律援助" in answer.hits[0].quote
    # Said once is enough: the topic already holds 四会. Which people is asked on its own.
    assert resolve("有哪些会", turn(retriever, "百家村搞的四会都是哪四个会")).text == "百家村搞的四会有哪些会"
    assert resolve("都有哪些人", turn(retriever, "江欣苑社区有几个负责人")).text == "江欣苑社区都有哪些人"


def test_x_ne_after_a_count_drops_the_classifier_that_was_the_old_noun_s(retriever):
    # 多少场活动 + 会员呢: members are not counted by 场; 发展会员近10万名 answers 多少会员.
    follow_up = resolve("会员呢", turn(retriever, "白领驿家开展过多少场活动"))
    assert follow_up.text == "白领驿家开展过多少会员"
    answer = retriever.ask(follow_up.text, k=3)
    assert answer.answered and "近10萬名" in answer.hits[0].quote
    # 名 counts people, so 居民 keeps it.
    assert resolve("那居民呢？", turn(retriever, "江欣苑社区有多少名党员？")).text == "江欣苑社区有多少名居民？"
    # 多少名 after the noun is the old noun's too when X counts no people: organisations are 个.
    organs = resolve("那基层组织呢", turn(retriever, "截至2019年底全国党员一共有多少名？"))
    assert organs.text == "截至2019年底全国基层组织一共有多少？"
    answer = retriever.ask(organs.text, k=1)
    assert answer.answered and "468.1萬個" in answer.hits[0].quote
    assert resolve("那居民呢", turn(retriever, "全国党员一共有多少名")).text == "全国居民一共有多少名"


def test_an_elder_spoken_of_opening_a_follow_up_is_the_person_the_last_turn_named(retriever):
    # 老爷子 after a question naming 袁宝柱: him, as 那老人家 would be; his age is then found.
    tag = retriever.tokenizer.tag
    follow_up = resolve("老爷子今年多大年纪啦", turn(retriever, "袁宝柱住在包头哪个县哪个村"), tag)
    assert follow_up.text == "袁宝柱今年多大年纪啦"
    answer = retriever.ask(follow_up.text, k=1)
    assert answer.answered and "66岁的袁宝柱" in answer.hits[0].quote
    # Asked who, the answer's person: 孙志荣, whom the last answer named.
    asked_who = Conversation("江汉北路那个住7层、被迫搬下楼的老人叫啥？", fact="孙志荣")
    assert resolve("老人家住几楼啊", asked_who, tag).text == "孙志荣住几楼啊"
    # Old people asked of anew lean on no one.
    assert not resolve("老人们平时都去哪", turn(retriever, "袁宝柱住在包头哪个县哪个村"), tag).text.startswith("袁宝柱")


def test_a_bare_place_noun_opening_a_follow_up_is_the_place_the_talk_is_about(retriever):
    # 小区党支部书记是谁 after a question on 东兴小区: its secretary, not 新建村's, whom the documents name.
    follow_up = resolve("小区党支部书记是谁", turn(retriever, "厦门东兴小区在哪座山脚下"))
    assert follow_up.text == "厦门东兴小区党支部书记是谁"
    assert not retriever.ask(follow_up.text, k=3).answered
    # 那社区 points (`leaning`): the 那 does not stay.
    assert resolve("那社区有多少党员啊", turn(retriever, "江欣苑社区在武汉哪个区")).text.strip() == "江欣苑社区有多少党员啊"
    # 村里 after a verb, with no pronoun to lean on: the village named, as after 他 (来到村里 is any visit).
    follow_up = resolve("工作队是啥时候来的村里？", turn(retriever, "泗县网周村的驻村工作队队长是谁？"))
    assert follow_up == Resolved("工作队是啥时候来的泗县网周村？", carried=True)
    answer = retriever.ask(follow_up.text, k=1)
    assert answer.answered and "2021年6月" in answer.hits[0].quote
    # 社区里 after 哪个社区: the community the answer named, never 个社区 out of the question's 哪个社区.
    first = "謝華娟是哪個社區的書記"
    previous = Conversation.after(first, retriever.key_terms(first), retriever.ask(first, k=1))
    follow_up = resolve("社區裡一共有幾個少數民族", previous, retriever.tokenizer.tag)
    assert follow_up.text == "中華中路社區一共有幾個少數民族"
    assert not retriever.ask(follow_up.text, k=3).answered  # a third of its people, never how many peoples


def test_that_one_with_no_noun_is_one_of_what_the_last_question_counted(retriever):
    # 那个叫啥 after 第几个陨石坑: the crater before 依兰's (a crater is named, not a person).
    previous = turn(retriever, "依兰陨石坑是咱们国家发现的第几个陨石坑？")
    follow_up = resolve("那之前那个叫啥？", previous, retriever.tokenizer.tag)
    assert follow_up.text == "依兰陨石坑之前那个陨石坑叫啥？"
    answer = retriever.ask(follow_up.text, k=1)
    assert answer.answered and "岫岩陨石坑" in answer.hits[0].quote
    # A noun already there is not said twice.
    assert resolve("那之前那个陨石坑叫啥？", previous, retriever.tokenizer.tag).text.count("陨石坑") == 2


def test_she_after_which_old_person_is_whom_the_answer_named(retriever):
    first = "金山社区那个亲情连线活动帮的是哪个老人"
    answer = retriever.ask(first, k=1)
    previous = Conversation.after(first, retriever.key_terms(first), answer)
    assert previous.fact == "董明媛"
    follow_up = resolve("她女儿叫啥名字", previous, retriever.tokenizer.tag)
    assert follow_up.text == "董明媛女儿叫啥名字"
    assert not retriever.ask(follow_up.text, k=3).answered  # the documents never name the daughter


def test_later_in_the_last_question_is_its_time_not_who_it_was_about(retriever):
    # 她 of the next question is 华雨辰, not 华雨辰后来; with 后来 it asked what she did afterwards.
    previous = turn(retriever, "华雨辰后来当了哪个志愿队的队长")
    follow_up = resolve("她给孩子们开发了些啥活动", previous, retriever.tokenizer.tag)
    assert follow_up.text == "华雨辰给孩子们开发了些啥活动"
    answer = retriever.ask(follow_up.text, k=1)
    assert answer.answered and "音乐小剧场" in answer.hits[0].quote


def test_what_happened_after_the_time_the_answer_gave_is_asked_from_that_time():
    previous = Conversation("华雨辰是哪年几月写的入党申请书？", ("华雨辰", "入党", "申请书"), "2020年2月")
    assert resolve("那之后她啥时候正式入的党", previous).text == "2020年2月之后华雨辰啥时候正式入的党"


def test_a_predicate_inside_a_word_does_not_end_the_subject(retriever):
    # 在 of 现在, 有 of 所有 are not the predicate: the subject runs on to the real one.
    assert resolve("有多少居民？", turn(retriever, "现在江欣苑社区有几名书记？")).text == "现在江欣苑社区有多少居民？"
    assert resolve("有多少人？", turn(retriever, "所有党员都参加了吗？")).text == "所有党员有多少人？"
    # 都 of 成都 is the city's, not 'all'.
    assert resolve("有多少条？", turn(retriever, "成都12345热线整合了多少条热线？")).text.startswith("成都12345热线")


@pytest.mark.parametrize(("first", "follow_up", "expected"), [
    # 那X呢，Y: Y asked of X (not X呢 kept in the middle of the question).
    (FIRST, "那居民呢，都做些什么？", "江欣苑社区居民都做些什么？"),
    # 那X的呢: whose; the owner the previous question named first is swapped, not its last word.
    ("成都12345热线是哪年开通的？", "那上海的呢", "上海12345热线是哪年开通的？"),
    # 其余三个呢: the rest of what the previous question picked one of, after its topic.
    ("党中央告诫全党要警惕的“四个危险”里哪个最根本？", "其余三个呢", "党中央告诫全党要警惕的“四个危险”里其余三个呢"),
    # 那里面: the place, and 里面 as typed (not 那里 + a stray 面).
    ("白领驿家在哪栋楼里？", "那里面有什么？", "白领驿家里面有什么？"),
    # The asker's 请问 is no part of the topic carried over.
    ("请问东兴小区在哪里？", "啥时候建的", "东兴小区啥时候建的"),
    # 时 of 改革时 is a word of its own: the topic ends before the verb 取消, not inside it.
    ("成都12345热线改革时取消了什么流程？", "那是哪天取消的", "成都12345热线改革时是哪天取消的"),
    # 今年 dates the age asked, not the person; 那个小区 is hers (的), not a place called 孙志荣老人小区.
    ("孙志荣老人今年多大了", "那个小区是啥时候建的", "孙志荣老人的小区是啥时候建的"),
    # 那里的小区 after a 小区 named: that 小区, not 东兴小区的小区.
    ("厦门东兴小区在哪儿呀", "那里的小区旧改用了多长时间？", "厦门东兴小区旧改用了多长时间？"),
    # 最早 before 跟谁 dates what was asked, not the hotline: 后来 is asked of the hotline.
    ("成都12345热线最早跟谁同号受理", "后来市民打电话的办理结果都公开给谁", "成都12345热线后来市民打电话的办理结果都公开给谁"),
])
def test_a_follow_up_is_rewritten_into_a_question_a_person_would_type(retriever, first, follow_up, expected):
    resolved = resolve(follow_up, turn(retriever, first))
    assert (resolved.text, resolved.carried) == (expected, True)


@pytest.mark.parametrize("question", [
    "在吗？",  # small talk carries no question
    "什么是什么？",  # nothing of its own asked: no topic to put before it
    "娄底微心愿那篇报道的作者是谁",  # 那篇 follows the piece it names, not the last turn's topic
    "郑鹏说他们是通过啥机构多次协调产权单位的",  # 他们 is in 郑鹏's words: his side, not the last turn's
])
def test_a_new_question_after_an_answered_turn_is_left_as_typed(retriever, question):
    assert resolve(question, turn(retriever, "深田社区一年多解决了居民多少件事呀")) == Resolved(question)


def test_they_right_after_a_name_are_that_one_and_the_others(retriever):
    # 她們 after 莊盈盈 (jieba: 庄 nr + 盈盈): her and those with her, not 沈阳片区 of the last turn.
    question = "莊盈盈她們那幫能人 一年多幫街坊辦成了多少樁事"
    resolved = resolve(question, turn(retriever, "沈阳片区上半年跨境电商一共卖出去多少单"), retriever.tokenizer.tag)
    assert resolved == Resolved(question)


@pytest.mark.parametrize("question", [
    "李文博去张银祥家那天是几号",  # 那天: the day of what the question itself says
    "那个说自己有肺气肿、老伴膝盖总疼的66岁老人叫啥名字？",  # 那个 opens a description
    "长春那个义务电工张立春今年多大年纪了",  # 那个 after the place it belongs to
    "请问《解码新时代党群关系方程式》这篇的责任编辑是谁？",  # 这篇 after the title it names
    "疫情期间钟呼毅给送锦旗，是感谢谁把他和老伴送去医院的",  # 他 after the name it stands for
])
def test_a_long_question_that_names_whom_it_means_is_left_as_typed(retriever, question):
    assert resolve(question, turn(retriever, "遼寧上半年對歐盟的進出口額是多少？")) == Resolved(question)


def test_a_word_of_its_own_before_the_previous_verb_stays_with_the_topic(retriever):
    # 一年多 解决了: 多 is its own word, so the topic ends before the verb, not inside it (一年多解).
    resolved = resolve("啥时候开始的", turn(retriever, "深田社区一年多解决了居民多少件事呀"))
    assert resolved.text == "深田社区一年多啥时候开始的"


def test_this_part_stands_for_what_the_last_question_asked_of(retriever):
    # 这块: the trade the last turn asked about, not 这 + a stray 块 (…进出口额块同比涨了几个点).
    resolved = resolve("这块同比涨了几个点", turn(retriever, "辽宁今年上半年跟一带一路沿线国家的进出口额有多少"))
    assert resolved.text == "辽宁今年上半年跟一带一路沿线国家的进出口额同比涨了几个点"


def test_an_adverb_before_the_asking_is_no_part_of_the_topic_carried(retriever):
    # 网周村产业规划先从啥产品下手: the topic is the plan; 先 (first) was carried as if it named it.
    resolved = resolve("那粉丝一年能产多少吨", turn(retriever, "网周村产业规划先从啥产品下手"))
    assert resolved.text == "网周村产业规划粉丝一年能产多少吨"
    # Only before the preposition: a noun may end in the same character (祖先, 成就, 人才).
    assert head_of(Conversation("他的祖先是谁", ("祖先",))) == "他的祖先"


def test_the_topic_runs_to_the_predicate_not_to_a_word_inside_a_name(retriever):
    # 百乐门大都会: 都 inside a building's name is no 都 (all) of the predicate.
    first = "百樂門大都會22層那個給白領的地方叫啥"
    assert head_of(turn(retriever, first)).startswith("百樂門大都會22層")
    answer = ask_as_user(retriever, {"previous": first, "question": "它這幾年前前後後搞過幾千場活動？具體多少"})
    assert answer.answered and "3800余場" in answer.hits[0].quote
    # 不是 is the predicate, 不 no word of the subject.
    assert head_of(Conversation("市民打110说的不是警情", ("市民", "110", "警情"))) == "市民打110说的"


def test_this_person_is_one_pronoun(retriever):
    # 这人: the person, not 这 replaced and a stray 人 left (网周村联席会人原来在哪工作).
    resolved = resolve("这人原来在哪工作", turn(retriever, "网周村联席会是谁牵头的"))
    assert "会人" not in resolved.text and resolved.text.endswith("原来在哪工作")


def test_the_next_turn_carries_the_name_as_it_was_searched_not_as_misspelt(retriever):
    first = "芦布是哪个小区的业主"  # searched as 卢布
    answer = retriever.ask(first, k=1)
    turn_after = Conversation.after(first, retriever.key_terms(first), answer)
    assert turn_after.question == "卢布是哪个小区的业主" and "卢布" in turn_after.terms
    assert resolve("那天半夜他家缺啥了", turn_after).text == "那天半夜卢布家缺啥了"  # not 芦布家, no word
    # A correction inside a word (王智惠 searched as 王智慧) mends the key term holding it.
    second = "王智惠在哪个处上班"
    mended = Conversation.after(second, retriever.key_terms(second), retriever.ask(second, k=1))
    assert "王智慧" in mended.terms


def test_a_rank_asked_is_no_part_of_the_topic_carried(retriever):
    # 卢碧这个台风排今年第几号: the topic is the typhoon, not 卢碧这个台风排今年第 (排…第 asks the rank).
    resolved = resolve("那天厦门中小学停课了没", turn(retriever, "卢碧这个台风排今年第几号啊"))
    assert resolved.text == "卢碧这个台风那天厦门中小学停课了没"


@pytest.mark.parametrize("question", [
    "哪个科研单位的人员发现了依兰陨石坑？",  # opens with its asking word, but names its own subject later
    "在“四个危险”里哪一个最根本？",  # a quoted name is a subject of its own
    "阔口社区那个百宝箱能办多少项服务",  # 那个 follows the place it belongs to
    "如何用Python写一个快速排序？",
])
def test_a_question_with_a_subject_of_its_own_is_not_given_the_last_topic(retriever, question):
    assert resolve(question, turn(retriever, "泗县县委宣传部部长是谁？")) == Resolved(question)


@pytest.mark.parametrize("question", [
    "这周末适合去爬山吗，天气怎么样？",
    "这几天降温了吗",
    "这个月的电费怎么交",
    "这阵子流感多吗",
])
def test_this_weekend_or_this_month_is_the_asker_s_own_time_not_the_last_topic(retriever, question):
    # 这 before a span of time points at the asker's now, not back at what the last turn named.
    assert resolve(question, turn(retriever, "江欣苑社区的六级组织体系是哪六级？")) == Resolved(question)


@pytest.mark.parametrize(("first", "follow_up", "expected"), [
    # 这个区 / 他们村: the place of that kind the last question named, not its whole topic.
    ("潍城区委书记是谁？", "这个区有多少处党群服务站？", "潍城区有多少处党群服务站？"),
    ("林原村党委书记是谁？", "他们村组建了几支志愿服务队？", "林原村组建了几支志愿服务队？"),
    # 他们 after 哪两位记者: the reporters of the piece asked about.
    ("依兰陨石坑那条消息是哪两位记者写的？", "他们是从哪里获悉的", "依兰陨石坑那条消息的记者是从哪里获悉的"),
    # 那对韩国呢: 对韩国 in place of 对美国, not of the question's last word.
    ("辽宁上半年对美国进出口增长了多少？", "那对韩国呢？", "辽宁上半年对韩国进出口增长了多少？"),
    # The whole object the preposition governs (RCEP贸易伙伴, up to the verb 进出口), not its first word.
    ("辽宁上半年对RCEP贸易伙伴进出口多少", "那对美国呢", "辽宁上半年对美国进出口多少"),
    # 对美国的 + a question of its own: the last turn's frame with 美国 as its object.
    ("辽宁上半年对RCEP贸易伙伴进出口多少", "那对美国的同比涨了多少", "辽宁上半年对美国进出口同比涨了多少"),
    ("辽宁上半年对欧盟进出口多少", "对日本进出口增长了多少", "辽宁上半年对日本进出口增长了多少"),
    # 跟 takes a partner as 对 does: 跟日本 asked after 对欧盟 is the same question of 日本 (not 同比).
    ("遼寧上半年對歐盟進出口多少", "那跟日本做了多少生意", "遼寧上半年對日本進出口做了多少生意"),
    ("辽宁上半年跟东盟进出口多少", "那对日本呢", "辽宁上半年对日本进出口多少"),
    # 欧盟, 东盟 (jieba's j): a partner's name, in the place of the partner the last turn named.
    ("辽宁上半年对美国进出口多少", "那欧盟呢", "辽宁上半年对欧盟进出口多少"),
    ("辽宁上半年对欧盟进出口多少", "那东盟呢", "辽宁上半年对东盟进出口多少"),
    # 该拨哪个: should (a verb follows), not 该 pointing at the last topic as 该院 does.
    ("成都12345最早开通时是跟哪个电话同号受理的", "那后来为啥不少市民遇事不知道该拨哪个",
     "成都12345最早开通时后来为啥不少市民遇事不知道该拨哪个"),
    # 跟去年比: the same trade compared with last year, not another partner in place of 韩国.
    ("辽宁今年上半年跟韩国的进出口额是多少", "跟去年比涨了几个点", "辽宁今年上半年跟韩国的进出口额跟去年比涨了几个点"),
    # The object ends at 的 (跟欧盟的贸易): only it is swapped, the follow-up says what it asks.
    ("辽宁上半年跟欧盟的贸易涨了36.4%是吧", "跟美国那边做了多少亿", "辽宁上半年跟美国那边做了多少亿"),
    # 后来她…: 她 says whom; the topic is not said twice.
    ("华雨辰是哪里人？", "后来她又加入了什么队伍？", "后来华雨辰又加入了什么队伍？"),
    # A time word that ended the last subject is not part of it.
    ("佛罗里达州卫生部网站当时删掉了多少名患者的数据？", "后来呢？", "佛罗里达州卫生部网站后来呢？"),
    # Two numbers are not run together into one (成都123452021年).
    ("成都12345现在一共整合了多少条热线？", "那2021年群众满意率有多少", "成都12345 2021年群众满意率有多少"),
    # The opening 那 goes with the pronoun (那林源村 would read as one word and hide the typo).
    ("林源村的党委书记是谁？", "那他们村一共组建了几支志愿服务队？", "林源村一共组建了几支志愿服务队？"),
    # 他们 before a noun: the place the last question named (a shop, 爱心超市, is no city).
    ("网周村爱心超市补货的事是谁在会上汇报的？", "那他们驻村工作队是啥时候来的村里？", "网周村驻村工作队是啥时候来的村里？"),
    # 到 is where the subject went (程鹏…到网周村), no character of the place's name (not 月到网周村).
    ("程鹏是哪年哪月到网周村的", "那他们每周哪天跟村两委开会", "网周村每周哪天跟村两委开会"),
    # A place's name holds no function character: 辽宁跟区(域…) is no district, 辽宁 the owner swapped.
    ("辽宁跟区域全面经济伙伴关系协定那些国家 上半年贸易额多少", "那北京的呢", "北京跟区域全面经济伙伴关系协定那些国家 上半年贸易额多少"),
    # 那X的呢: the whole place that opened the last question is swapped, not its first word.
    ("厦门深田社区的党委书记是谁？", "那上海岐山居民区的呢？", "上海岐山居民区的党委书记是谁？"),
    # 那里 after …里面: the place, not 白领驿家里面.
    ("上海静安的白领驿家里面都有啥设施？", "那里一共搞过多少场活动啊", "上海静安的白领驿家一共搞过多少场活动啊"),
    # 在里面 after what was just named: in it (the team).
    ("江欣苑社区有哪些社会组织", "朱华桥在里面当什么", "朱华桥在江欣苑社区社会组织当什么"),
    # 那X呢 with X ending as a run of the last question ends: the whole run swapped, not its last word.
    ("沈阳片区跨境电商上半年货值多少？", "那大连片区呢？", "大连片区跨境电商上半年货值多少？"),
    ("安徽泗县联席会议那篇是哪个记者写的？", "那娄底“微心愿”那篇呢？", "娄底“微心愿”那篇是哪个记者写的？"),
    ("江欣苑社区有多少名党员？", "那社区居民呢？", "江欣苑社区有多少名社区居民？"),  # 社区 is no word of its own
    # 那X呢 with X a body (街道) after a question on another body's part (社区负责干啥): that body swapped.
    ("42号小区装电梯的时候社区负责干啥", "街道呢", "42号小区装电梯的时候街道负责干啥"),
    # A topic typed alone (and a check whether the bot knows it) is all head, in its own wording;
    # a surname jieba cut off (王 + 智慧) is the name's.
    ("网周村6月7号那次联席会 你知道不", "那天星期几啊", "网周村6月7号那次联席会那天星期几啊"),
    ("成都网络理政处那个王智慧 你知道吧", "她老家是哪儿的", "王智慧老家是哪儿的"),
    # The run X takes the place of stops at a time: 2021年 stays, 群众 is swapped.
    ("成都2021年群众满意率有多少", "那企业的满意率呢", "成都2021年企业的满意率有多少"),
    # X framed as a phrase of the last question is (“减”那部分 for “加”那部分, 第二部分 for 第一部分).
    ("方程式那篇文章“加”那部分的小标题是啥", "那“减”那部分呢", "方程式那篇文章“减”那部分的小标题是啥"),
    ("党群关系方程式那篇第一部分的小标题是啥", "那第二部分呢", "党群关系方程式那篇第二部分的小标题是啥"),
    # 那他老伴儿呢: the same question of the kin of whom the last question named first.
    ("袁宝柱身体有啥毛病？", "那他老伴儿呢？", "袁宝柱老伴儿身体有啥毛病？"),
    ("华雨辰是哪里人", "那她的父母呢", "华雨辰父母是哪里人"),
    # 后来呢？ opening a question of its own: what came next, asked of whom 她 stands for, the owner
    # of what the last question asked about (not 华雨辰的第一份志愿工作 as a whole).
    ("华雨辰的第一份志愿工作是干啥？", "后来呢？她又去哪儿值守了？", "后来华雨辰又去哪儿值守了？"),
    ("金大爷家的羊当时一斤才卖多少钱？", "后来呢？他最后拿到了多少钱", "后来金大爷最后拿到了多少钱"),
    # Not a place's: 他 after 江欣苑社区的党委书记… is the secretary, not the community.
    ("江欣苑社区的党委书记叫什么", "他是哪一年上任的", "江欣苑社区的党委书记是哪一年上任的"),
    # 那X呢 with X a name: the last question's name of its kind is swapped, not its last word.
    ("沈阳片区上半年跨境电商交易多少单？", "那大连呢？", "大连片区上半年跨境电商交易多少单？"),
    ("成都12345热线啥时候开通的", "那北京呢", "北京12345热线啥时候开通的"),
    ("辽宁上半年对美国进出口多少？", "那日本呢", "辽宁上半年对日本进出口多少？"),  # of places, the last
    # What 对 governs, though jieba tags 欧盟 an abbreviation: the partner, not the province.
    ("辽宁上半年对欧盟进出口多少", "美国呢", "辽宁上半年对美国进出口多少"),
    ("潍城区有多少个党群服务站", "那泗县呢", "泗县有多少个党群服务站"),
    ("李文博是娄底哪个单位的？", "那刘小辉呢", "刘小辉是娄底哪个单位的？"),  # of people, the first; 娄底 is a place
    ("华雨辰是哪里人", "那郑彩平呢", "郑彩平是哪里人"),
    # A name jieba cuts after its surname (刘 + 楚雄) is still one person's.
    ("刘小辉是什么职务呀", "那刘楚雄呢", "刘楚雄是什么职务呀"),
    # 他 is whom the last question named with 叫; a time said first (那会儿) names no one.
    ("南宁那个叫芦布的业主住在哪个区？", "疫情封小区那会儿他家遇到啥难事了？", "疫情封小区那会儿芦布家遇到啥难事了？"),
    ("南宁那个叫芦布的业主住在哪个区？", "他家缺啥了？", "芦布家缺啥了？"),
])
def test_a_follow_up_names_what_the_last_turn_named_of_its_kind(retriever, first, follow_up, expected):
    resolved = resolve(follow_up, turn(retriever, first), retriever.tokenizer.tag)
    assert (resolved.text, resolved.carried) == (expected, True)


_SIXIAN = Conversation("泗县要求驻村工作队和村两委通过啥方式沟通信息", ("泗县", "驻村", "工作队", "村两委", "沟通", "信息"))


def test_doing_so_leans_on_a_turn_that_said_something_was_done(retriever):
    # 这么做, 这样一来: what the last turn said was done, not an adverb of this question's own.
    tag = retriever.tokenizer.tag
    resolved = resolve("这么做主要是为了及时反映啥", _SIXIAN, tag)
    assert resolved.carried and "驻村工作队" in resolved.text and resolved.text.endswith("主要是为了及时反映啥")
    assert resolve("这样一来群众的获得感有啥变化", _SIXIAN, tag).text.startswith("泗县")
    assert resolve("这样的话你还有别的办法吗", _SIXIAN, tag).text == "这样的话你还有别的办法吗"  # no doing said
    # After a question that says nothing done, 这样做 stands for nothing (and without the tagger, no
    # deed is read).
    assert not resolve("这样做有什么好处？", turn(retriever, FIRST), tag).carried
    assert not resolve("这么做主要是为了及时反映啥", _SIXIAN).carried


def test_so_many_leans_on_a_turn_that_counted(retriever):
    # 这么多人 after a count: the ones counted; with nothing counted, so many as the asker sees it.
    tag = retriever.tokenizer.tag
    counted = Conversation("江欣苑社区的党员要联系多少居民", ("江欣苑", "社区", "党员", "联系", "居民"))
    assert resolve("这么多人咋组织的", counted, tag).text.startswith("江欣苑社区")
    assert "这么多人" in resolve("为啥这么多人排队", _SIXIAN, tag).text


def test_then_before_a_name_and_should_before_a_verb_are_no_demonstratives(retriever):
    tag = retriever.tokenizer.tag
    # 那 before a name of the question's own is "then": 那华雨辰下沉以后… is not rewritten into the last
    # question (…号召所有党员干华雨辰…).
    called = Conversation("武汉进入常态化疫情防控以后，号召所有党员干啥", ("武汉", "常态化", "疫情", "防控", "号召", "党员"))
    assert resolve("那华雨辰下沉以后还常去社区干啥", called, tag).text == "那华雨辰下沉以后还常去社区干啥"
    # 该 before a verb is should (该找谁修), not the demonstrative of 该院.
    assert resolve("冬天家里暖气片不热了该找谁修呢", _SIXIAN).text == "冬天家里暖气片不热了该找谁修呢"
    assert resolve("该院是哪年建成的", _SIXIAN).carried
    # After 是不是, 不, 也 it is should too, whatever verb follows (是不是该清洗了: the range hood's).
    assert not resolve("油烟机吸力变小了 是不是该清洗了", _SIXIAN).carried


def test_their_thing_and_that_village_are_the_last_turns_place(retriever):
    tag = retriever.tokenizer.tag
    # 他们的志愿团队 after a question about a community: the community's, not every word before 咋样.
    neighbours = Conversation("厦门深田社区广招能人以后 现在邻里间咋样", ("厦门", "深田", "社区", "广招", "能人", "邻里"))
    assert resolve("那他们的志愿团队后来咋样了", neighbours, tag).text == "厦门深田社区的志愿团队后来咋样了"
    # 那村里是…的这些队伍: 是…的 asks; it describes no village of its own (那个…的老人 would).
    village = Conversation("这些志愿服务队是哪个村的", ("志愿", "服务队", "村"), "林原村")
    assert resolve("那村里是结合啥工作组建的这些队伍", village).text.startswith("林原村")


def test_without_the_tagger_that_x_takes_the_last_word_s_place(retriever):
    # The REPL, the bot and qa eval pass the engine's tagger; without it 那北京呢 cannot tell a name.
    assert resolve("那北京呢", turn(retriever, "成都12345热线啥时候开通的")).text != "北京12345热线啥时候开通的"


def test_a_kin_the_last_answer_named_is_not_said_twice():
    # 给谁打了视频电话 → 女儿: 她女儿 is that daughter, not 女儿女儿.
    previous = Conversation("党员干部帮董明媛给谁打了视频电话？", ("党员干部", "董明媛", "视频", "电话"), "女儿")
    assert resolve("她女儿在哪个城市", previous).text == "女儿在哪个城市"
    assert resolve("她住在哪个城市", previous).text == "女儿住在哪个城市"  # 她 is the daughter the answer named


def test_this_person_is_whom_the_last_answer_named():
    previous = Conversation("江汉北路社区加装电梯是哪位社区党委书记协调的", ("江汉北路", "社区", "加装", "电梯", "党委书记", "协调"),
                            "施敏")
    assert resolve("那这个人是啥职务", previous).text == "施敏是啥职务"
    assert resolve("这位是哪里人", previous).text == "施敏是哪里人"
    # Without a person named by the answer, 这个人 is not guessed.
    assert resolve("那这个人是啥职务", Conversation(previous.question, previous.terms)).text != "施敏是啥职务"


def test_it_after_a_body_set_up_is_that_body_and_what_follows_it_is_what_it_did(retriever):
    # 它成立以后 after 成立了个啥组织 → 物业管理委员会: the body the answer named, not 成立's modifiers.
    first = "广内街道在20号院里头成立了个啥组织"
    answered = Conversation.after(first, retriever.key_terms(first), retriever.ask(first, k=1))
    resolved = resolve("它成立以后先干了些啥", answered, retriever.tokenizer.tag)
    assert "物业管理委员会成立以后" in resolved.text
    # A body that did something is not what 它 stands for (依兰陨石坑是哪个单位发现的 → 它: the crater).
    crater = resolve("它长啥样？", turn(retriever, "依兰陨石坑是哪个单位发现的？"), retriever.tokenizer.tag)
    assert crater.text.startswith("依兰陨石坑")


def test_that_member_described_by_what_they_did_is_another_person():
    # 汇报那个队员 after 队长是谁 → 程鹏: the member who reported, not the leader the answer named.
    previous = Conversation("网周村驻村队长是谁", ("网周村", "驻村", "队长"), "程鹏")
    assert "程鹏" not in resolve("汇报那个队员叫啥", previous).text
    assert resolve("那个队员叫啥", previous).text.startswith("程鹏")  # nothing said of which one: the one named


def test_that_old_man_is_whom_the_last_answer_named_when_it_was_asked_who():
    previous = Conversation("江汉北路那个住7层、被迫搬下楼的老人叫啥？", ("江汉北路", "7层", "被迫", "搬下楼", "老人"), "孙志荣")
    assert resolve("那老人家今年多大了？", previous).text == "孙志荣今年多大了？"
    assert resolve("那位老人住几楼", previous).text == "孙志荣住几楼"
    # Asked of a place, 那老人 is not the place the answer named.
    place = Conversation("孙志荣住在哪个社区？", ("孙志荣", "社区"), "江汉北路社区")
    assert not resolve("那老人家今年多大了？", place).text.startswith("江汉北路社区")


def test_that_yard_after_a_question_about_a_yard_is_the_yard_not_yard_yard(retriever):
    resolved = resolve("那个院子当初是谁集资建的", turn(retriever, "广安门北街20号院是哪一年建成的？"))
    assert resolved.text == "广安门北街20号院当初是谁集资建的"


def test_he_is_not_an_asking_word_the_last_question_used_for_a_name(retriever):
    asking = turn(retriever, "那个叫什么的老人今年多大了")
    assert not resolve("他住在哪个小区", asking, retriever.tokenizer.tag).text.startswith("什么")  # 叫什么的: no name


def test_a_role_the_last_question_did_not_ask_of_is_not_its_answer(retriever):
    resolved = resolve("作者是哪个单位的？", answered_turn(retriever, "林原村的党委书记是谁？"))
    assert "麻三占" not in resolved.text  # the secretary wrote nothing


def test_which_number_a_typhoon_was_is_no_day_asked(retriever):
    resolved = resolve("当天在哪个村转移群众的", answered_turn(retriever, "卢碧是今年第几号台风"))
    assert "第9号" not in resolved.text  # 第几号 asks an ordinal, not the day 当天 stands for


def test_a_question_opening_with_its_predicate_leaves_its_words_not_是(retriever):
    resolved = resolve("啥时候爆的", answered_turn(retriever, "是哪本杂志爆出美国政府内部不让查病毒起源的"))
    assert resolved.carried and resolved.text == "杂志爆出美国政府内部不让查病毒起源啥时候爆的"


@pytest.mark.parametrize(("first", "follow_up", "expected"), [
    # 那孩子 is the son the last question asked of, not 那 + the subject + 孩子.
    ("张银祥的儿子上几年级了", "那孩子最近有啥问题", "张银祥的儿子最近有啥问题"),
    ("娄底那个单亲爸爸的儿子在上几年级", "这孩子喜欢啥运动呀", "娄底那个单亲爸爸的儿子喜欢啥运动呀"),
])
def test_the_child_pointed_at_is_the_child_the_last_question_asked_of(retriever, first, follow_up, expected):
    assert resolve(follow_up, turn(retriever, first)).text == expected


@pytest.mark.parametrize(("first", "follow_up", "expected"), [
    # 她 is the person the last question was about, not every word before its asking.
    ("华雨辰每次上桥值守一般要站多久", "她是趁啥时候跑去北湖收费站帮忙的", "华雨辰是趁啥时候跑去北湖收费站帮忙的"),
    ("华雨辰每次上桥值守一般要站多久", "后来她是趁啥时候跑去北湖收费站帮忙的", "后来华雨辰是趁啥时候跑去北湖收费站帮忙的"),
    # 娄底 (tagged a name by jieba) is the city of 娄底市直机关工委; the person is 刘小辉.
    ("娄底市直机关工委那个刘小辉是啥职务", "他说了句啥", "刘小辉说了句啥"),
    # 那 opening the follow-up before a preposition and the pronoun (那在它之前): the 那 goes, 在 stays.
    ("依兰陨石坑是在哪个省发现的", "那在它之前国内发现的是哪个", "在依兰陨石坑之前国内发现的是哪个"),
    # A set pointed at by its count alone (这几支里): the noun the last question counted, the place's.
    ("林原村一共拉起了几支志愿服务队", "这几支里，帮菜农拓宽销路的是哪支", "林原村的志愿服务队里，帮菜农拓宽销路的是哪支"),
    # 她 cannot be the people the answer named (父母), and 那阵子 (tagged a name by jieba) is no one.
    ("华雨辰那阵子怕把病毒带给谁", "她晚上几点进门", "华雨辰晚上几点进门"),
    # 那她说X呢: what she said, asked as the last question asked; not put in place of its last word
    # (which gave 华雨辰布置…多一张华雨辰布置…多一张病床能说快一点能咋样).
    ("华雨辰布置方舱医院的时候说多一张病床能咋样", "那她说快一点呢", "华雨辰说快一点能咋样"),
    # 那边, 那地方: the place, as 那里 is (not 那 + a stray 边: 百家村边拆旧房).
    ("横峰县百家村是哪个乡的", "那边拆旧房那个行动叫啥", "横峰县百家村拆旧房那个行动叫啥"),
    ("林原村组建了几支志愿服务队", "那边的党委书记是谁", "林原村的党委书记是谁"),
    # 那X最Y的呢: the one described, asked as the last question asked; no owner whose 的 it is.
    ("张国珍说党最大的危险是啥", "那四个危险里最根本的呢", "四个危险里最根本的是啥"),
])
def test_he_or_she_is_the_person_the_last_question_named_among_its_other_words(retriever, first, follow_up, expected):
    assert resolve(follow_up, turn(retriever, first), retriever.tokenizer.tag).text == expected


def test_that_many_the_question_counts_itself_is_no_turn_leant_on(retriever):
    # 那36家…基地: those the question names and counts itself; the last turn (菜管家) is not carried in.
    previous = Conversation("林原村菜管家服务队主要帮菜农干啥", ("林原村", "菜管家", "服务队", "菜农"), "")
    assert resolve("那36家外贸转型升级基地前5个月进出口额是多少", previous).text == "那36家外贸转型升级基地前5个月进出口额是多少"
    # 那2021年 is "then, in 2021": a year is no count, and the last topic is carried as before.
    assert resolve("那2021年群众满意率有多少", Conversation("成都12345热线整合了多少条热线", ("成都", "12345", "热线"), "")).carried


def test_a_piece_told_by_what_it_says_is_a_subject_of_its_own(retriever):
    # 那篇评论说…: the commentary is named by what it says, not the piece the last turn was about.
    previous = Conversation("截至2019年底党的基层组织有多少个", retriever.key_terms("截至2019年底党的基层组织有多少个"))
    question = "那篇评论说美国政客一上来就把疫情往政治上扯 美国老百姓自己落了个啥下场"
    assert resolve(question, previous, retriever.tokenizer.tag).text == question


def test_a_name_s_item_after_it_leans_on_no_one(retriever):
    # 韩国那一项: the item of the country the follow-up names, not the asker's 我 of the last turn
    # (我在看辽宁外贸那篇 read 我 as its topic: 韩国我又是几个亿).
    first = "我在看辽宁外贸那篇，欧盟那一项上半年写的多少亿"
    previous = Conversation.after(first, retriever.key_terms(first), retriever.ask(first, k=1))
    assert "我" not in resolve("韩国那一项又是几个亿", previous, retriever.tokenizer.tag).text
    assert not resolve("同比增长多少", previous, retriever.tokenizer.tag).text.startswith("我")
    answer = ask_as_user(retriever, {"previous": first, "question": "韩国那一项又是几个亿"})
    assert answer.answered and "276.5亿元" in answer.hits[0].quote


@pytest.mark.parametrize(("typed", "read"), [
    ("韩国那一项又是几个亿", "韩国又是多少亿"),  # 几个亿: an amount in 亿, not a count of 个
    ("跟日本那块的生意 比去年同期多了百分之几", "跟日本的生意 比去年同期多了百分之几"),
    ("纪玉芝说困扰她那块心病 后来咋样了", "纪玉芝说困扰她那块心病 后来怎么样了"),  # 块 of 心病: its measure
])
def test_that_item_of_a_name_is_no_word_of_the_question(typed, read):
    assert plain_text(typed) == read


def test_a_place_word_after_a_place_the_question_names_points_at_that_place(retriever):
    # 当地 after 厦门 in the same long question is 厦门, not the last turn's subject (a statistic).
    previous = turn(retriever, "中组部那个统计里 到2019年底基层组织一共多少个 我记得是四百多万")
    question = "卢碧影响厦门那天，当地多快就组织部门去转移群众了"
    resolved = resolve(question, previous, retriever.tokenizer.tag)
    assert not resolved.carried and resolved.text == question
    # Said alone, 当地 still means the place the last turn named.
    assert resolve("当地主要搞什么产业", turn(retriever, "林原村在哪个旗"), retriever.tokenizer.tag).carried


@pytest.mark.parametrize(("rewritten", "typed", "expected"), [
    ("娄底2021年圆梦微心愿受益的群众2020年受益的有多少", "那2020年受益的有多少", "娄底圆梦微心愿受益的群众2020年受益的有多少"),
    ("沈阳片区今年上半年跨境电商去年全年是多少单", "那去年全年是多少单", "沈阳片区跨境电商去年全年是多少单"),
    # The year a change is counted from is no period of its own: the one asked stays.
    ("36家基地今年前5个月进出口额跟去年同期比", "那跟去年同期比呢", "36家基地今年前5个月进出口额跟去年同期比"),
    # A year alone leaves the part of the year asked.
    ("辽宁上半年2020年对美国进出口多少", "那2020年呢", "辽宁上半年2020年对美国进出口多少"),
    # A previous turn typed in Traditional script: its 前5個月 gives way to the half year asked.
    ("36家基地今年前5個月進出口額上半年呢", "那上半年呢", "36家基地今年進出口額上半年呢"),
])
def test_a_period_the_follow_up_names_takes_the_place_of_the_last_one(rewritten, typed, expected):
    from qa.period_swap import period_swapped

    assert period_swapped(rewritten, typed) == expected


def test_a_follow_up_about_another_year_is_not_answered_by_the_year_just_read(retriever):
    # Asked within the piece just read, 2021年…受益群众达50余万人 is 2021's, not the 2020 asked.
    answer = ask_as_user(retriever, {"previous": "娄底2021年圆梦微心愿受益的群众有多少", "question": "那2020年受益的有多少"})
    assert not answer.answered
    answer = ask_as_user(retriever, {"previous": "辽宁自贸区沈阳片区今年上半年跨境电商做了多少单", "question": "那去年全年是多少单来着"})
    assert not answer.answered
    # The same year still answers.
    answer = ask_as_user(retriever, {"previous": "娄底2021年圆梦微心愿受益的群众有多少", "question": "那2021年参与的党员有多少"})
    assert answer.answered and "46.8万人次" in answer.hits[0].quote


@pytest.mark.parametrize("question", ["图①那张照片里 枣阳那几个村干部下户是去看啥的",
                                      "那几张配图里有一张讲新疆的，博湖县的党员先锋队在干嘛"])
def test_that_picture_of_the_pages_leans_on_no_turn(retriever, question):
    # 那张照片, 那几张配图: the documents' pictures, which the question names; not the last topic
    # (泗县…工作思路几张配图里… was asked and found nothing).
    previous = answered_turn(retriever, "泗县把项目资金往扶持村和薄弱村倾斜，依据的工作思路是哪八个字")
    assert resolve(question, previous, retriever.tokenizer.tag).text == question


@pytest.mark.parametrize(("first", "follow_up", "resolved"), [
    ("江汉北路社区42号小区是啥年代建的", "那小区一共住了多少户人家", "42号小区一共住了多少户人家"),
    ("42号小区装电梯是谁协调的", "这个小区有多少户居民", "42号小区有多少户居民"),
])
def test_a_place_numbered_is_carried_with_its_number(retriever, first, follow_up, resolved):
    """那小区 after 42号小区: the number names the one meant (号小区 names none, and matched nothing)."""
    assert resolve(follow_up, turn(retriever, first)).text.endswith(resolved)


def test_she_after_that_one_who_was_called_so_is_not_that(retriever):
    """她 after 那個被叫做「武漢戰疫全能志願者」的人是誰: the description, not its pointing word 那個."""
    resolved = resolve("她在學校是教什麼的？", turn(retriever, "那個被叫做「武漢戰疫全能志願者」的人是誰啊？"),
                       retriever.tokenizer.tag)
    assert not resolved.text.startswith("那") and "志願者" in resolved.text


def test_which_ones_after_a_count_asks_of_the_set_counted(retriever):
    """都是哪些方面的 after 長山花園社區組了幾支「紅馬甲」志願服務隊: of the teams counted (not of 長山花園社區
    組了), answered by the sentence listing them."""
    previous = "長山花園社區組了幾支「紅馬甲」志願服務隊？"
    resolved = resolve("都是哪些方面的？", turn(retriever, previous), retriever.tokenizer.tag)
    assert resolved.text.startswith("長山花園社區") and "的红马甲志愿服务队都是哪些方面的" in resolved.text
    answer = ask_as_user(retriever, {"previous": previous, "question": "都是哪些方面的？"})
    assert answer.answered and "法律援助" in answer.hits[0].quote


def test_a_verb_asking_with_its_asking_word_is_no_part_of_the_topic(retriever):
    # 依兰陨石坑长啥样 + 这之前国内发现的那个叫啥: 长 (looks) asks with 啥; 这 stands for the crater,
    # not for 依兰陨石坑长.
    assert head_of(turn(retriever, "新发现的依兰陨石坑长啥样")) == "新发现的依兰陨石坑"
    assert head_of(Conversation("孙志荣住哪", ("孙志荣", "住"))) == "孙志荣"
    # Not a character after 的 (the sheep are what is asked of), nor one inside a word of its own.
    assert head_of(Conversation("网周村的羊啥价", ("网周村", "羊", "价"))) == "网周村的羊"
    assert head_of(Conversation("东兴小区住户都是啥人", ("东兴小区", "住户"))) == "东兴小区住户"
