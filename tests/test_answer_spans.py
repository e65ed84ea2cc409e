"""The asked-for fact is marked inside the quote, apart from the question's matched words."""

from __future__ import annotations

import random
import re

import pytest

from qa import Retriever, name_bounds
from qa.asked import read_question
from qa.quoting import Request
from qa.spans import answer_spans
from qa.text import fold


def _no_tags(_: str) -> list[tuple[str, str]]:
    return []


def _marked(text: str, question: str, tag=_no_tags, near=()) -> list[str]:
    return [text[a:b] for a, b in answer_spans(fold(text), read_question(question), tag, near)]


def test_a_count_marks_the_number_with_its_measure_word():
    text = "200多名社区党员,如何联系服务2万多名社区居民?"
    assert _marked(text, "江欣苑社区有多少名党员？") == ["200多名"]
    assert _marked(text, "江欣苑社区有多少名居民？") == ["2万多名"]  # the count of the asked-for thing


def test_a_vague_amount_or_a_date_is_no_count():
    assert _marked("疫情期间,数百名下沉党员打造出暖心服务;", "有多少党员下沉？") == []
    assert _marked("去年2月,社区党员干部冒着风险送居民就医。", "有多少党员？") == []


def test_a_year_before_1900_is_marked():
    assert _marked("起建于1896年(明治29年),至1897年建造完竣。", "灯塔是哪一年建立的？")[0] == "1896年"


def test_a_date_question_marks_the_date_as_precise_as_asked():
    text = "2019年5月,街道开始规划建设大院。2020年10月1日,大院投入使用。"
    assert _marked(text, "大院哪天正式启用？") == ["2020年10月1日"]
    assert _marked("东兴小区位于厦门岛西部的狐尾山麓,建于20世纪80年代。", "东兴小区建于什么年代？") == ["20世纪80年代"]


def test_a_relative_date_is_not_marked_as_the_day():
    assert _marked("当日,受今年第9号台风“卢碧”影响,福建厦门出现强降雨天气。", "台风卢碧影响厦门是哪天？") == []


def test_how_long_marks_the_span_of_time():
    assert _marked("1月25日,她加入了志愿队。她在桥上站了整整8个小时。", "她在桥上站了多久？") == ["8个小时"]


def test_among_several_the_one_nearest_the_question_words_is_marked():
    text = "今年上半年,全省对欧盟进出口665.3亿元,同比增长36.4%;"
    near = [(text.index("进出口"), text.index("进出口") + 3)]
    assert _marked(text, "对欧盟进出口多少？", near=near) == ["665.3亿元"]


def test_a_question_with_no_kind_marks_nothing():
    assert read_question("党的最大政治优势是什么？").kind is None
    assert _marked("我们党的最大政治优势是密切联系群众。", "党的最大政治优势是什么？") == []


def test_the_quote_without_an_answer_of_the_kind_has_no_mark():
    assert _marked("依兰陨石坑位于黑龙江省依兰县境内。", "依兰陨石坑是哪一年发现的？") == []


def test_a_person_question_marks_the_name_not_the_subject(retriever: Retriever):
    text = "网周村驻村工作队队长程鹏拿出项目清单。"
    near = [(0, text.index("程鹏"))]  # 网周村驻村工作队队长, the question's words
    assert _marked(text, "网周村驻村工作队的队长是谁？", retriever.tokenizer.tag, near) == ["程鹏"]


def test_a_place_jieba_tags_a_person_s_name_is_no_one_s_name(retriever: Retriever):
    text = "至今讓南寧市青秀區中鼎溫馨家園小區的業主盧布時時感到組織的溫暖。"
    near = [(text.index("中鼎"), text.index("盧布"))]  # 中鼎温馨家园小区的业主, the question's words
    assert _marked(text, "中鼎温馨家园的业主叫什么？", retriever.tokenizer.tag, near) == ["盧布"]  # not 青秀區


def test_a_school_question_marks_the_school_name_not_the_sentence_before_it(retriever: Retriever):
    question = "华雨辰是哪所学校的老师？"
    asked = read_question(question, retriever.tokenizer.question_focus)
    text = "华雨辰是武汉市青山区钢花小学音乐教师。"
    spans = answer_spans(fold(text), asked, retriever.tokenizer.tag, [(0, 3)])
    assert [text[a:b] for a, b in spans] == ["武汉市青山区钢花小学"]
    # Asked for a school, any other name is no answer.
    assert answer_spans(fold("她为患者播放生日歌,送上美文欣赏。"), asked, retriever.tokenizer.tag, ()) == ()


@pytest.mark.parametrize(("text", "question", "name"), [
    ("华雨辰参加的“青教志愿队”在桥上值守。", "华雨辰当了哪个队的队长？", "青教志愿队"),  # quoted
    ("以打造“枝叶关情·潍美家园”物业服务品牌为抓手。", "潍城区打造了什么品牌？", "“枝叶关情·潍美家园”物业服务品牌"),
    ("美国无法回避:德特里克堡生物实验室临时关闭同肺炎有何关联?", "美方不让世卫去查的是哪个实验室？",
     "德特里克堡生物实验室"),  # the nouns before the head, within the clause
    ("海名轩是长江实业发展的一个高尚住宅项目。", "海名轩是一个什么项目？", "高尚住宅项目"),  # not 一个…
    # Abbreviations and verbal nouns are parts of a name (jieba tags 航空运输 j, 管理 vn).
    ("1959年,苏丹航空加入国际航空运输协会。", "苏丹航空加入什么协会？", "国际航空运输协会"),
    ("社区成立了物业管理委员会。", "社区成立了哪个委员会？", "物业管理委员会"),
    # A list closed by 等 before the head: the names listed, from the first after the verb.
    ("辖区内有基督教东山堂、东山湖公园等旅游景点。", "东山街道有哪些旅游景点？", "基督教东山堂、东山湖公园"),
])
def test_which_one_of_a_thing_marks_its_name(retriever: Retriever, text, question, name):
    asked = read_question(question, retriever.tokenizer.question_focus)
    assert asked.kind is None and asked.which
    spans = answer_spans(fold(text), asked, retriever.tokenizer.tag, ())
    assert [text[a:b] for a, b in spans] == [name]
    # The head alone names nothing, nor does it after a count (一种神灵, 全部权利); 哪个原因 asks no name.
    assert answer_spans(fold("实验室临时关闭。"), asked, retriever.tokenizer.tag, ()) == ()
    assert answer_spans(fold("它有一个实验室。"), asked, retriever.tokenizer.tag, ()) == ()
    assert not read_question("这是什么原因？", retriever.tokenizer.question_focus).which


@pytest.mark.parametrize(("question", "fact"), [
    ("江欣苑社区有多少名党员？", "200多名"),
    ("泗县网周村驻村工作队的队长是谁？", "程鹏"),
    ("华雨辰是哪所学校的老师？", "钢花小学"),
    ("外贸进出口总值是多少？", "亿元"),
    # A body asked for is marked by its name's ending, not the place jieba tags before it (北京市).
    ("广内街道在20号院里头成立了个啥组织", "物业管理委员会"),
])
def test_answers_carry_the_fact_span_within_the_quote(retriever: Retriever, question, fact):
    hits = retriever.ask(question, k=3).hits
    marked = [hit.quote[a:b] for hit in hits for a, b in hit.answer_spans]
    assert any(fact in span for span in marked), marked
    for hit in hits:
        assert all(0 <= a < b <= len(hit.quote) for a, b in hit.answer_spans)


def test_answers_to_a_question_of_no_kind_carry_no_fact_span(retriever: Retriever):
    hits = retriever.ask("党的最大政治优势是什么？", k=3).hits
    assert hits and all(hit.answer_spans == () for hit in hits)


def test_a_count_with_no_measure_word_marks_the_number_counting_the_noun(retriever: Retriever):
    answer = retriever.ask("江欣苑社区有多少居民？")
    assert "2万多名社区居民" in answer.hits[0].quote and answer.fact == "2万多名"  # not 200多名 (党员)


def test_a_weekday_answers_which_day_of_the_week():
    text = "自从2021年6月来到网周村,每周二,程鹏都要带着工作队与村两委开会。"
    assert _marked(text, "网周村每周几开会？") == ["周二"]  # not 2021年6月, a month


@pytest.mark.parametrize(("question", "holder"), [
    # jieba tags 拓宽林原村 (a verb and a place) a person in that quote, and 麻三占 nothing.
    ("林原村的党委书记是谁？", "麻三占"),
    ("泗县县委宣传部部长是谁？", "戴安君"),
])
def test_the_holder_named_after_the_title_asked_for_is_the_person_marked(retriever: Retriever, question, holder):
    assert retriever.ask(question).fact == holder


def test_which_in_order_marks_the_ordinal_not_the_number_inside_it():
    text = "研究人员发现了第一个形状罕见的陨石坑——依兰陨石坑。这也是继岫岩陨石坑之后我国境内发现的第二个陨石坑。"
    assert _marked(text, "依兰陨石坑是我国发现的第几个陨石坑？") == ["第二个"]
    assert _marked(text, "依兰陨石坑是第几个被发现的？") == ["第一个"]
    assert _marked("州公路总长4500公里,居俄联邦的63位。", "公路总长位居俄联邦的第几位？") == ["63位"]


def test_a_datelines_date_is_the_reports_not_the_events():
    text = "据新华社广州8月5日电 研究人员在黑龙江省发现了陨石坑。"
    assert _marked(text, "依兰陨石坑是什么时候发现的？") == []
    assert _marked("8月5日,在厦门市海沧区东瑶村,救援人员转移疏散群众。", "哪天转移群众？") == ["8月5日"]


def test_a_dateline_answers_when_the_piece_was_filed(retriever: Retriever):
    answer = retriever.ask("依兰陨石坑的消息是哪天发布的？")
    assert answer.answered and answer.fact == "8月5日"
    found = retriever.ask("依兰陨石坑是什么时候发现的？")
    assert not found.answered and found.reason == "not-stated"  # the documents never say


def test_among_several_amounts_the_one_in_the_asked_items_clause_is_marked():
    text = "今年上半年,全省对欧盟进出口665.3亿元,同比增长36.4%;对日本进出口451.3亿元,同比增长5.9%;"
    near = [(m.start(), m.end()) for m in re.finditer("上半年|日本进出口|进出口|亿元", text)]
    assert _marked(text, "上半年辽宁对日本进出口多少亿元", near=near) == ["451.3亿元"]


def test_how_much_it_grew_marks_the_growth_in_the_asked_items_sentence():
    text = "对美国进出口311.2亿元,同比增长34%;对韩国进出口276.5亿元,同比增长38.2%;"
    near = [(m.start(), m.end()) for m in re.finditer("韩国|进出口|同比增长", text)]
    assert _marked(text, "辽宁对韩国的进出口同比增长了多少", near=near) == ["38.2%"]
    # The growth asked by its rate's name (增幅是多少, 涨幅为多少) is the growth too, not the amount.
    assert _marked(text, "辽宁对韩国的进出口增幅是多少", near=near) == ["38.2%"]


@pytest.mark.parametrize(("question", "text", "fact"), [
    ("中华中路社区少数民族占多少？", "是一个多民族聚居社区,少数民族约占社区总人口的三分之一。", "三分之一"),
    ("南宁打造的是几分钟的服务圈？", "南宁市已成立了200多个社区党群服务中心,全面打造“15分钟城市社区党群服务圈”", "15分钟"),
    ("夏季气温鲜少超过多少度？", "夏季气温鲜少超过-30°c,冬季气温", "30°"),
    ("台风卢碧是今年第几号台风？", "8月5日,在厦门市海沧区东瑶村。当日,受今年第9号台风“卢碧”影响", "第9号"),
    ("厦门救援人员在哪个村转移群众？", "8月5日,在厦门市海沧区东瑶村,救援人员转移疏散群众。", "东瑶村"),
    ("卢布住在哪个小区？", "至今让南宁市青秀区中鼎温馨家园小区的业主卢布时时感到组织的温暖。", "中鼎温馨家园小区"),
])
def test_the_answer_of_the_asked_form_is_marked(question, text, fact):
    assert _marked(text, question) == [fact]


def test_which_county_or_city_asks_for_either():
    assert read_question("台湾第一座二二八纪念馆位于哪个县市？").named is None
    assert read_question("第几号台风？").kind == "number"


def test_which_school_asks_for_a_schools_name_however_the_question_is_tagged():
    asked = read_question("小玮在哪所学校上学？")
    assert asked.named is not None and asked.named.search("钢花小学") and not asked.named.search("娄底市纪委监委")


def test_a_number_the_question_typed_is_asked_about_not_the_answer(retriever: Retriever):
    # 前5个月 is the period asked about, a lone digit the highlights leave out: the answer is the amount.
    answer = retriever.ask("前5个月外贸转型升级基地的进出口额是多少？")
    assert answer.answered and "590亿元" in answer.hits[0].quote
    assert answer.fact == "590亿元", answer.fact


def test_a_kin_word_tagged_as_a_name_and_a_quoted_nickname_are_not_the_person(retriever: Retriever):
    # jieba tags 老伴儿 and “红马甲” as names; the person the sentence names is 袁宝柱.
    text = "“我有肺气肿,老伴儿膝盖总疼,儿女也不在身边。”看到村里几位“红马甲”志愿者进门,66岁的袁宝柱“感觉亲人们来了”。"
    tag = retriever.tokenizer.tag
    assert _marked(text, "说自己有肺气肿的人是谁？", tag) == ["袁宝柱"]
    only_nickname = "村里几位“红马甲”志愿者进门。"
    assert _marked(only_nickname, "进门的是谁？", tag) == ["红马甲"]  # no one else is named


def test_whom_a_preposition_asks_through_is_who_the_sentence_names_after_it(retriever: Retriever):
    text = "工作人员郑彩平还记得,党员干部和志愿者来到80多岁老人董明媛的家中,帮助其给女儿拨打视频电话。"
    tag = retriever.tokenizer.tag
    near = [(text.index("董明媛"), text.index("董明媛") + 3)]
    assert _marked(text, "党员干部帮董明媛给谁打了视频电话？", tag, near) == ["女儿"]  # not 郑彩平


def test_a_kin_s_name_is_marked_only_next_to_the_kin_word(retriever: Retriever):
    tag = retriever.tokenizer.tag
    kin = Request.read("张银祥的儿子叫什么名字？", retriever.corpus).asked  # read with the focus: 儿子

    def marked(text: str, asked, near=()) -> list[str]:
        return [text[a:b] for a, b in answer_spans(fold(text), asked, tag, near)]

    visit = "6月19日,副主任李文博一行来到企业困难职工张银祥家。"
    near = [(visit.index("张银祥"), visit.index("张银祥") + 3)]
    assert marked(visit, kin, near) == []  # not the visitor, nor his household
    assert marked(visit, read_question("谁去了张银祥家？"), near) == ["李文博"]  # 张银祥家 is the question's own
    assert marked("去年开始,读初一的儿子小玮突然叛逆厌学,父子关系紧张起来。", kin) == ["小玮"]


def test_how_many_people_is_answered_by_a_count_in_ming_or_wei(retriever: Retriever):
    # 多少人 asks a count of people, said with 名 or 位 as often as with 人.
    answer = retriever.ask("江欣苑社区居民有多少人？")
    assert answer.answered and answer.fact == "2万多名"  # 2万多名社区居民, not 200多名 (党员)
    assert _marked("全村共有48位老人。", "全村有多少人？") == ["48位"]


def test_a_person_s_household_marks_the_person(retriever: Retriever):
    # jieba reads 张银祥家 as one name; who was visited is 张银祥 (and what 他 of the next turn stands for).
    answer = retriever.ask("娄底纪委监委的李文博6月19日去了哪位困难职工家里？")
    assert answer.answered and answer.fact == "张银祥"


def test_which_district_is_marked_by_a_district_not_a_compound(retriever):
    # 老旧小区 comes first in the sentence, 潍城区 after it: a 小区 (or 社区) is a form of its own, so the
    # district asked for is 潍城区, and the next turn's 那区 means it.
    answer = retriever.ask("枝叶关情那个物业品牌是哪个区搞的", k=1)
    assert answer.answered and answer.fact == "潍城区"


def test_a_which_name_begins_at_a_word_where_the_reach_runs_out(retriever):
    # …哪个旗的: the name before 旗 is longer than the reach; it starts at 内蒙古自治区, not inside it
    # (治区鄂尔多斯市达拉特旗 was shown bold, and carried into the next turn).
    hit = retriever.ask("有七支志愿服务队的那个村是哪个旗的", k=1).hits[0]
    assert [hit.quote[a:b] for a, b in hit.answer_spans] == ["内蒙古自治区鄂尔多斯市达拉特旗"]


@pytest.mark.parametrize(("question", "text", "marked"), [
    # A name jieba does not tag a person's, where the question's 谁 stands between the same words.
    ("孙权派谁前往诛杀士徽等人？", "与此同时，孙权派吕岱前往诛杀士徽等人。", ["吕岱"]),
    ("毛利秀元曾一度成为谁的养子？", "曾一度成为毛利辉元的养子。", ["毛利辉元"]),
    ("现任长崎县知事是谁？", "现任长崎县知事是中村法道，他是首位县厅出身的知事。", ["中村法道"]),
    ("孙权派谁前往诛杀士徽等人？", "与此同时，孙权派他前往诛杀士徽等人。", []),  # a pronoun is no name
    ("孙权派谁前往诛杀士徽等人？", "孙权派兵前往交趾。", []),  # the words after 谁 are not said
    # A passive: the subject is far from the answer's name, which opens a clause after 由.
    ("孙权逝世后，吴国由谁掌权？", "孙权逝世后,由太傅诸葛恪掌权。", ["太傅诸葛恪"]),
    ("藏霞精舍由谁创立？", "藏霞精舍位于黄岗山,由朱翰亭先生所创立。", ["朱翰亭先生"]),
    # Whose son is no cleft: the name stands right before 的养子, not at a clause's start.
    ("王延禀是谁的养子？", "五代十国时期闽太祖王审知的养子。", []),
    # Nor is 是谁发现了 with no subject before it: any clause's opening would do (黑龙江省发现了…).
    ("是谁发现了这座陨石坑？", "记者获悉,黑龙江省发现了一座陨石坑。", []),
])
def test_who_is_marked_where_the_question_s_frame_puts_a_name(question: str, text: str, marked: list[str]):
    assert _marked(text, question) == marked


def test_a_cleft_s_name_is_the_run_of_nouns_that_opens_the_clause(retriever: Retriever):
    # 羊是由誰統一收購的: 集体合作社, not the clause's 村两委安排 before it.
    text = "很快,村两委安排集体合作社统一收购了村里近10户脱贫户的几十只羊。"
    marked = _marked(text, "網周村脫貧戶養的羊是由誰統一收購的？", retriever.corpus.tokenizer.tag)
    assert marked == ["集体合作社"]
    answer = retriever.ask("網周村脫貧戶養的羊是由誰統一收購的？")
    assert answer.answered and "集体合作社" in answer.hits[0].quote  # not 程鹏提出来…统一收购


@pytest.mark.parametrize(("question", "text", "marked"), [
    # jieba tags 马德里 a person's name, 北京航空航天大学 a body's: the preposition says where.
    ("米基尔逝世在什么地方？", "米基尔出生于马德里，逝世亦在马德里。", "马德里"),
    ("举重比赛在何地举行？", "举重比赛于8月10日在北京航空航天大学体育馆举行。", "北京航空航天大学体育馆"),
])
def test_where_is_marked_after_the_preposition_that_says_it(retriever: Retriever, question: str, text: str,
                                                            marked: str):
    request = Request.read(question, retriever.corpus)
    tag = retriever.corpus.tokenizer.tag
    assert marked in [text[a:b] for a, b in answer_spans(fold(text), request.asked, tag)]


def test_a_place_name_is_marked_as_the_text_says_it_alone_not_with_a_verb_before_it(retriever):
    # jieba tags 拓宽 (widen) a name before 林原村; the quote also says 林原村 on its own (林原村党委书记).
    answer = retriever.ask("麻三占是哪个村的", k=1)
    hit = answer.hits[0]
    assert [hit.quote[a:b] for a, b in hit.answer_spans] == ["林原村"]


def test_a_head_after_a_quoted_name_is_found_as_the_pattern_it_replaced():
    """`name_bounds._head_after` finds the head where the lazy pattern of up to half a name's reach of Han
    characters before it did (“枝叶关情·潍美家园”物业服务品牌), without compiling one per head."""
    rng = random.Random(20261206)
    alphabet = "品牌物业服务队志愿，a 1”"
    for _ in range(4000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        head = "".join(rng.choice(alphabet[:6]) for _ in range(rng.randint(1, 2)))
        start = rng.randint(0, len(sample))
        old = re.compile(rf"[\u4e00-\u9fff]{{0,{name_bounds._NAME_REACH // 2}}}?{re.escape(head)}").match(sample, start)
        assert name_bounds._head_after(sample, start, head) == (old.end() if old else None), (sample, start, head)
