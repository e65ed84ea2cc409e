"""What a question asks for, read as people type it, and the sentence that must hold it: a thing's
name asked beside another of its kind, an office jieba splits (介绍人), a kind of person that is no
office (音乐老师), 叫啥名, a summed-up quote (“问于民”), a report's dateline and its reporters."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa import Retriever
from qa.answer_shape import fits
from qa.asked import read_question
from qa.asked_places import local_place, place_form_name
from qa.asked_things import names_the_class
from qa.asked_yes_no import yes_no_asked
from qa.conversation import Conversation, resolve
from qa.golden import ask_as_user
from qa.pinned import another_community, places_named, states_quoted
from qa.question import read
from qa.question_kinds import question_kind
from qa.question_text import plain_text
from qa.quoting import Request
from qa.text import fold


def _one_document(tmp_path: Path, title: str, paragraphs: list[str]) -> Retriever:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "doc.txt").write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return Retriever.from_path(folder, cache_dir=tmp_path / "cache")


def test_the_other_thing_of_a_named_kind_is_named_so_and_not_by_the_question_s_own_name(retriever):
    focus = retriever.tokenizer.question_focus
    asked = read_question("依兰陨石坑之前，咱们国内发现的第一个陨石坑叫什么？", focus)
    assert asked.named is not None and not asked.role  # a crater's name, not a person holding 陨石坑
    assert asked.named.search("这也是继岫岩陨石坑之后我国境内发现的第二个陨石坑。")
    assert not asked.named.search("发现了第一个形状罕见的陨石坑——依兰陨石坑。")  # the question's own
    # The quote shown holds the other crater; the reporters of the dateline before it are no answer.
    answer = retriever.ask("伊兰陨石坑之前，咱们国内发现的第一个陨石坑叫啥？", k=3)
    assert answer.answered and "岫岩陨石坑" in answer.hits[0].quote
    # The one it came before named by its name alone (在依兰之前): still the other crater.
    before = read_question(plain_text("在依兰之前国内发现的那个陨石坑叫啥"), focus)
    assert before.named is not None and before.named.search("这也是继岫岩陨石坑之后我国境内发现的第二个陨石坑。")
    assert not before.named.search("发现了第一个形状罕见的陨石坑——依兰陨石坑。")
    # Opening the question, without 在: still the one it came before.
    opening = read_question(plain_text("依兰之前咱们国内找到的头一个陨石坑叫啥"), focus)
    assert opening.named is not None and not opening.named.search("发现了第一个形状罕见的陨石坑——依兰陨石坑。")
    # Named nowhere else in the question, the noun asked about is no other one, nor is a number
    # (第9号台风) or a kin (张银祥儿子); a body's name is asked as a thing's, ending in its kind word
    # (`test_names_asked`), which the question's own 志愿服务队 does not give.
    for question in ("今年第9号台风叫什么名字", "张银祥儿子叫什么名字"):
        assert read_question(question, focus).named is None, question
    team = read_question("那个志愿服务队叫什么名字", focus)
    assert team.naming and team.named is not None and team.named.search("成立了“拉话话”志愿服务队")
    answer = retriever.ask("固阳县新建村党员干部搞的那个志愿服务队叫啥名儿？", k=3)
    assert answer.answered and "拉话话" in answer.hits[0].quote


@pytest.mark.parametrize(("question", "says", "only_uses"), [
    ("RCEP全称叫啥呀", "全省对rcep(区域全面经济伙伴关系协定)贸易伙伴", "拓展rcep贸易伙伴取得积极成效"),
    ("请问RCEP是指什麼", "区域全面经济伙伴关系协定(rcep)生效", "拓展rcep贸易伙伴"),
    # A short name of Han characters keeps the long one's characters in order.
    ("物管会是啥的简称", "成立了北京市首个物业管理委员会,同时", "物管会梳理了小区问题清单"),
    ("物管會的全稱是什麼", "成立了北京市首个物业管理委员会", "成立物管会临时党支部"),
    ("中國地方煤礦總公司簡稱叫什麼", "中国地方煤矿总公司(简称中煤)", "中国地方煤矿总公司党群工作部主任"),
])
def test_what_a_short_name_stands_for_is_said_where_both_names_stand(question, says, only_uses):
    asked = read_question(question)
    assert asked.thing is not None and asked.kind is None  # 全称 is no office, nobody holds it
    assert fits(asked, says, lambda s: []) and not fits(asked, only_uses, lambda s: [])


@pytest.mark.parametrize("question", ["三驾机制是指什么", "华雨辰的全名叫什么", "那个处上头的办公室全称是啥"])
def test_a_definition_a_person_s_full_name_or_an_unnamed_thing_asks_no_short_name(question):
    assert read_question(question).thing is None


def test_a_short_name_is_answered_by_the_sentence_spelling_it_out(retriever):
    answer = retriever.ask("RCEP是指什麼", k=1)  # not 拓展RCEP贸易伙伴…, which only uses it
    assert answer.answered and "区域全面经济伙伴关系协定" in answer.hits[0].quote
    assert not retriever.ask("中國地方煤礦總公司簡稱叫什麼").answered  # its byline uses the name only


def test_jiaosha_ming_asks_a_name_as_jiao_shenme_mingzi_does():
    assert plain_text("江欣苑社区的党委书记叫啥名？").endswith("叫什么名字?")
    assert plain_text("那个队叫啥名儿").endswith("叫什么名字")
    assert plain_text("他叫啥名字").endswith("叫什么名字")  # not 名字字


def test_an_office_jieba_splits_is_still_an_office_and_one_the_documents_never_name_gets_no_name(retriever):
    focus = retriever.tokenizer.question_focus
    assert read_question("华雨辰的入党介绍人是谁", focus).role == "介绍人"
    assert read_question("谁是华雨辰的入党介绍人", focus).role == "介绍人"
    assert read_question("那个人是谁", focus).role is None  # a kind of person, no office
    for question in ("华雨辰的入党介绍人是谁呀", "谁是华雨辰的入党介绍人", "江欣苑社区的党委书记叫啥名？"):
        assert not retriever.ask(question, k=3).answered, question


def test_an_office_s_holder_asked_as_which_one_is_a_person_asked(retriever):
    focus = retriever.tokenizer.question_focus
    asked = read_question("颐园社区的党委书记是哪个？", focus)
    assert asked.kind == "person" and asked.role == "党委书记"
    assert question_kind("网周村的驻村工作队队长是哪个") == "person"
    assert question_kind("庄莹莹是哪个社区的党委书记") == "place"  # the place asked, not the holder
    assert question_kind("书记是哪个村的") == "place"
    # The documents name 颐园社区党委 but never its secretary: no quote of the sentence naming the body.
    assert not retriever.ask("维城区颐园社区的党委书记是哪个？", k=3).answered
    leader = retriever.ask("网周村的驻村工作队队长是哪个？", k=3)
    assert leader.answered and "程鹏" in leader.hits[0].quote


def test_a_kind_of_person_is_no_office_any_name_answers(retriever):
    asked = read_question("那个音乐老师叫什么名字", retriever.tokenizer.question_focus)
    assert asked.kind == "person" and asked.role is None
    # 干部 is a class of people too: 李文博 answers though his sentence never says 干部.
    cadre = read_question(plain_text("去张银祥家帮忙的纪委干部叫啥"), retriever.tokenizer.question_focus)
    assert cadre.kind == "person" and cadre.role is None
    helped = retriever.ask("去张银祥家帮忙的纪委干部叫啥", k=3)
    assert helped.answered and "李文博" in helped.hits[0].quote
    answer = retriever.ask("武汉那个每天早上六点多就轻手轻脚出门去接送医护人员的音乐老师叫啥名？", k=3)
    assert answer.answered and "华雨辰" in answer.hits[0].quote


def test_a_summed_up_quote_is_pinned_by_its_characters_in_order_a_short_title_is_not():
    assert states_quoted("问于民", "坚持问政于民、问需于民、问计于民")
    assert states_quoted("四个危险", "要警惕“四个危险”")
    assert not states_quoted("问于民", "以群众为师,深入了解民情")
    assert not states_quoted("傲骨", "《傲慢的骨》是另一张专辑")  # two characters: itself or nothing
    # A count and the character its items share: three 不 phrases in one sentence sum up as “三不”.
    assert states_quoted("三不", "为官从政,不为权所害,不为钱所毁,不为色所迷,管住自己。")
    assert not states_quoted("三不", "不忘初心。不负人民。他不为所动。")  # not one sentence holding three
    assert not states_quoted("五不", "为官从政,不为权所害,不为钱所毁,不为色所迷。")


def test_a_long_quote_recalled_with_words_left_out_of_its_middle_is_pinned():
    text = "全面打造“15分钟城市社区党群服务圈”,为群众提供“一站式”服务。"
    assert states_quoted("15分钟党群服务圈", text)  # 城市社区 left out
    assert not states_quoted("15分钟党群活动圈", text)  # another word, not a word left out
    assert not states_quoted("党建引领基层治理", "党建工作。引领基层治理")  # not across a sentence's end
    assert not states_quoted("微心愿", "微小的心愿")  # a short one: only a character between


def test_a_question_recalling_a_slogan_loosely_is_answered(retriever):
    answer = retriever.ask("南宁在搞“15分鐘黨群服務圈”，南宁一共建了多少個社區黨群服務中心啊", k=3)
    assert answer.answered and "200多個社區黨群服務中心" in answer.hits[0].quote


def test_an_amount_asked_to_be_confirmed_is_answered_by_the_figure_stated(retriever):
    answer = retriever.ask("湖北开第十二次党代会那会儿 省党代表一共八百来个？", k=3)
    assert answer.answered and "800多名省党代表" in answer.hits[0].quote
    answer = retriever.ask("辽宁上半年对欧盟进出口跟上一年同期比涨了三成多吧，准数是多少", k=3)
    assert answer.answered and "36.4%" in answer.hits[0].quote
    answer = retriever.ask("中組部那個黨內統計 黨員總數精確是多少來著 九千一百多萬？", k=3)
    assert answer.answered and "9191.4萬名" in answer.hits[0].quote
    answer = retriever.ask("张银祥今年是四十几岁", k=3)  # an age guessed
    assert answer.answered and "47岁" in answer.hits[0].quote


def test_what_a_summed_up_quote_asks_is_answered(retriever):
    answer = retriever.ask("文章说以群众为师，具体要坚持哪三个“问于民”？", k=3)
    assert answer.answered and "問政于民" in answer.hits[0].quote


def test_a_preposition_before_a_place_word_names_no_place(retriever):
    assert local_place("把党组织往小区、楼栋下沉") == ""
    assert local_place("党组织下沉至小区") == ""
    assert local_place("西便门内社区党委") == "内社区"
    answer = retriever.ask("厦门是从哪一年开始把党组织往小区、楼栋下沉的？", k=3)
    assert answer.answered and "2017年" in answer.hits[0].quote


def test_where_a_place_lies_is_answered_where_it_is_named(retriever, one_file_retriever):
    assert read_question("北湖收费站位于武汉市哪个区").located == "北湖收费站"
    assert read_question("北湖收费站 在武汉哪个区").located == "北湖收费站"  # typed as keywords
    assert read_question("她那个居民区归哪个街道").located == ""  # pointed back to: named a turn before
    assert read_question("马蓝的分布地区在哪里").located == ""  # 地区 names no place
    # 华雨辰是武汉市青山区钢花小学音乐教师 places her school, not the toll station she stood at.
    answer = retriever.ask("北湖收费站位于武汉市哪个区")
    assert not answer.answered and answer.reason == "not-stated"
    assert not retriever.ask("渠縣是四川哪個市的").answered  # 图③ names 四川省渠县, and no city
    # Named by its article's title, the place is the one the sentence places (位于… of 小洋山).
    island = one_file_retriever("island.md", "# 小洋山\n\n位于舟山群岛西北部,距上海芦潮港约32公里。\n")
    assert island.ask("小洋山位于哪里").answered


def test_urban_communities_name_no_place_a_figure_is_asked_of(retriever):
    # 城市社区 (urban communities) is what the piece is about, not some 市社区 the share must be of.
    assert local_place("讲城市社区微治理那篇里南宁那个社区") == ""
    assert local_place("城乡社区治理") == ""
    answer = retriever.ask("讲城市社区微治理那篇里，南宁那个多民族社区少数民族大概占多少", k=3)
    assert answer.answered and "三分之一" in answer.hits[0].quote


def test_a_dateline_s_reporters_do_not_answer_who_and_its_date_does_not_answer_when(retriever):
    tag = retriever.tokenizer.tag
    sentence = "据新华社广州8月5日电 (记者陆浩 胡拿云)黑龙江省发现了一座陨石坑。"
    who = read_question("是谁发现了这座陨石坑？", retriever.tokenizer.question_focus)
    assert not fits(who, sentence, tag, ["发现", "陨石坑"])
    assert fits(who, sentence.replace("黑龙江省", "王小明在黑龙江省"), tag, ["发现", "陨石坑"])
    # Asked who reported it, the reporters are the answer.
    reporters = read_question("这篇报道的记者是谁？", retriever.tokenizer.question_focus)
    assert fits(reporters, sentence, tag, ["报道", "记者"])


def test_where_to_buy_is_answered_by_a_shop(tmp_path: Path):
    retriever = _one_document(tmp_path, "单行本出版", [
        "新华社北京8月5日电 《党内法规汇编》单行本,已由人民出版社出版,即日起在全国新华书店发行。"])
    answer = retriever.ask("《党内法规汇编》单行本在哪能买到？", k=3)
    assert answer.answered and "新华书店" in answer.hits[0].quote


def test_which_shop_or_district_is_answered_by_a_name_of_that_form(retriever):
    # 就去超市帮我买回来 names no shop; 市级部门和区县 no district.
    focus = retriever.tokenizer.question_focus
    shop = read_question("疫情時幫盧布買紙尿褲的是哪家超市", focus).named
    assert shop is not None and shop.search("买自家门口的华联超市") and not shop.search("他们很快就去超市帮我买回来")
    district = read_question("成都12345热线接听中心在哪个区", focus).named
    assert district is not None and district.search("位于成都市锦江区") and not district.search("市级部门和区县开通的热线")
    assert not retriever.ask("疫情時幫盧布買紙尿褲的是哪家超市", k=3).answered
    assert not retriever.ask("成都12345热线接听中心在哪个区", k=3).answered


def test_a_kind_of_school_asked_is_answered_by_a_school_s_name(retriever):
    focus = retriever.tokenizer.question_focus
    for question in ("小玮在哪个中学读初一", "她毕业于哪所大学", "华雨辰在哪个小学教书"):
        asked = read_question(question, focus)
        assert asked.named is not None, question
        assert asked.named.search("华雨辰是武汉市青山区钢花小学音乐教师。"), question
        assert not asked.named.search("今年47岁的张银祥是涟钢振兴公司园林矿业分公司的一名门卫值守人员。"), question
    # The documents name the son's grade, never his school: said so, not his father's company.
    answer = retriever.ask("张银祥的儿子小玮在哪个中学读初一", k=3)
    assert not answer.answered and answer.reason == "not-stated"


def test_a_kind_of_firm_or_institute_asked_is_answered_by_a_name_of_that_kind(retriever):
    focus = retriever.tokenizer.question_focus
    # 哪家通信公司: a company's name; 哪家律所, 哪家农科院: a firm's or an institute's.
    company = read_question("水南画眉站那回亲情连线，是跟哪家通信公司合作搞的视频", focus).named
    assert company is not None and company.search("由中国移动通信集团公司提供技术支持")
    assert not company.search("金山社区开展“亲情连线”志愿服务活动")
    for question in ("长山花园社区那支法律援助队，是跟哪家律所合作的", "林原村的菜管家是跟哪家农科院合作的"):
        named = read_question(question, focus).named
        assert named is not None, question
        assert named.search("与北京市京都律师事务所签约") and named.search("内蒙古农牧业科学院专家"), question
        assert not named.search("组建了法律援助、纠纷调解等12个“红马甲”志愿服务队"), question
    # 哪間公司 (Cantonese and Taiwanese count firms by 間) asks the company's name as 哪家 does.
    asked = read_question("張銀祥是在哪間公司上班的", focus)
    assert asked.kind == "organisation" and asked.named is not None
    assert asked.named.search("张银祥是涟钢振兴公司园林矿业分公司的一名门卫")
    assert "涟钢振兴公司" in retriever.ask("張銀詳是在哪間公司上班的？", k=1).hits[0].quote
    # 哪个国家的公司 asks the country, not the company.
    assert read_question("这是哪个国家的公司", focus).named is None
    # 组织 and 大部分 are no department's name.
    department = read_question("那45个文化协会归哪个部门登记管理", focus).named
    assert department is not None and department.search("由区民政局登记")
    assert not department.search("先后成立五大类自治社会组织") and not department.search("其中大部分")
    # Nor people (党员干部), a deed (带头领办, 有人办) or a body of a kind (相关部门).
    for sentence in ("娄底市委宣传干部刘楚雄说", "娄底市级领导带头领办13项", "确保有人办、办得好", "由各级党组织和相关部门研究解决"):
        assert not department.search(sentence), sentence
    for sentence in ("成都市网络理政办公室网络理政处", "成都市网络理政办", "学院路街道办"):
        assert department.search(sentence), sentence
    for question in ("长山花园社区那支法律援助队，是跟哪家律所合作的", "林原村的菜管家是跟哪家农科院合作的"):
        assert not retriever.ask(question, k=3).answered, question


@pytest.mark.parametrize("question", ["孙志荣今年高寿", "孙志荣贵庚", "孙志荣年纪多大", "孙志荣岁数多大了", "孙志荣的年龄是多少"])
def test_an_age_asked_politely_or_by_the_word_age_is_answered_by_n_sui(retriever, question):
    answer = retriever.ask(question, k=1)
    assert answer.answered and "85岁" in answer.hits[0].quote


@pytest.mark.parametrize("question", ["群众的呼声该当成啥", "张国珍说群众的呼声该当成啥"])
def test_what_something_is_taken_as_is_answered_by_the_sentence_saying_zuowei(retriever, question):
    answer = retriever.ask(question, k=1)
    assert answer.answered and "第一信號" in answer.hits[0].quote


def test_a_magnitude_typed_with_the_asking_is_the_answer_s(retriever):
    # 多少亿: a figure in 亿 answers (665.3亿元), one in 万 does not (出口货值380.5万美元).
    asked = read_question("西柳服装城一年的总交易额有多少亿", retriever.tokenizer.question_focus)
    assert asked.measured is not None and asked.measured.search("全省对欧盟进出口665.3亿元")
    assert not asked.measured.search("辽宁西柳服装城市采购贸易方式试点已累计备案供货商2100家,出口货值380.5万美元;")
    assert not retriever.ask("西柳服装城一年的总交易额有多少亿", k=3).answered
    answer = retriever.ask("辽宁上半年对欧盟进出口多少亿", k=1)
    assert answer.answered and "665.3亿元" in answer.hits[0].quote


def test_a_percentage_it_went_up_by_is_a_change_not_a_rate_reached(retriever):
    # 涨了百分之几: 同比增长38.2% answers; 诉求解决率达93.53% (a level, no change) does not.
    asked = read_question("成都12345热线2021年的来电量比上一年涨了百分之几", retriever.tokenizer.question_focus)
    assert asked.change
    assert not retriever.ask("成都12345热线2021年的来电量比上一年涨了百分之几", k=3).answered
    answer = retriever.ask("辽宁上半年对韩国进出口涨了百分之几", k=1)
    assert answer.answered and "38.2%" in answer.hits[0].quote


def test_how_much_more_than_a_year_before_asks_the_change_not_the_level(retriever):
    # 9191.4万名 is the total at the end of 2019: no sentence says how many more than a year before.
    assert read_question("2019年底全国党员总数比前一年多了多少万名", retriever.tokenizer.question_focus).change
    assert not retriever.ask("2019年底全國黨員總數比前一年多了多少萬名", k=3).answered
    # Shortened by how much: a change too, which the 15分钟 of a service circle's name does not say.
    assert read_question("居民办事时间平均缩短了多少", retriever.tokenizer.question_focus).change
    assert not retriever.ask("南宁建了15分钟城市社区党群服务圈以后，居民办事时间平均缩短了多少", k=3).answered
    # After a question on ASEAN's trade: the 同比增长23% of that quote, not another sentence's 比去年同期.
    from qa.golden import ask_as_user
    answer = ask_as_user(retriever, {"question": "比去年同期多了多少", "previous": "辽宁上半年跟东盟做了多少生意"})
    assert answer.answered and "23%" in answer.hits[0].quote


@pytest.mark.parametrize(("question", "figure"), [
    ("36家外贸转型升级基地前五个月的进出口，增长幅度有多大", "增长18%"),  # a change, not a size (多大)
    ("辽宁对韩国进出口增幅有多大", "增长38.2%"),
])
def test_how_big_a_rise_is_asks_the_change(retriever, question, figure):
    assert read_question(question, retriever.tokenizer.question_focus).change
    answer = retriever.ask(question, k=1)
    assert answer.answered and figure in answer.hits[0].quote


def test_the_subject_mentioned_is_never_the_magnitude_asked(retriever):
    # 资料提到了“萬名” said nothing: 万名 is how much is asked, not what the question is about.
    answer = retriever.ask("2019年底全國黨員總數比前一年多了多少萬名", k=3)
    assert answer.reason == "not-stated" and answer.subject and "萬名" not in answer.subject
    # A name the documents use is said whole (not 南画眉 of 水南画眉站), and a long run is cut to the
    # longest piece the article holds (not 江汉 alone).
    assert retriever.ask("水南画眉站的站长是谁啊", k=3).subject == "水南画眉站"
    assert retriever.ask("江汉北路社区42号小区加装电梯一共花了多少钱？", k=3).subject == "江汉北路社区42号小区"


def test_when_as_the_piece_writes_it_is_a_date_not_the_wording(retriever):
    # 文章写的是啥时候 asks when (去年2月), not what words are written (锦旗上写的是什么).
    assert not read_question("文章写的是什么时候", retriever.tokenizer.question_focus).wording
    assert read_question("锦旗上写的是什么", retriever.tokenizer.question_focus).wording
    answer = retriever.ask("疫情肆虐那阵钟乎毅两口子被社区干部送进医院，文章写的是啥时候", k=1)
    assert answer.answered and answer.hits[0].quote.startswith("去年2月")


def test_how_someone_came_forward_is_no_deed_the_answer_must_say(retriever):
    # 是谁出面介绍的: 戴安君介绍 answers; 出面 is the manner, not a deed the documents never state.
    question = "泗县派干部驻村、乡镇每周开例会这些要求，是谁出面介绍的"
    assert "出面" not in read(question, retriever.tokenizer, retriever.index).absent
    answer = retriever.ask(question, k=1)
    assert answer.answered and "戴安君介绍" in answer.hits[0].quote


def test_orders_are_counted_by_their_measure_word_and_a_zone_s_by_its_own(retriever):
    # 多少单 is answered by N单; 沈阳片区's 459万单 does not answer it of 大连片区.
    asked = read_question("大连片区上半年跨境电商多少单", retriever.tokenizer.question_focus)
    assert asked.measured is not None and asked.measured.search("完成跨境电商交易459万单")
    assert not asked.measured.search("7家二手车出口企业已完成先期备案")
    answer = retriever.ask("大连片区上半年跨境电商多少单", k=3)
    assert not answer.answered and answer.reason == "not-stated"


def test_a_school_named_学校_is_a_school_s_name(retriever):
    asked = read_question("面向孩子的那个学校叫什么", retriever.tokenizer.question_focus)
    assert asked.named is not None and asked.named.search("阔口社区开办了四点钟学校。")
    assert not asked.named.search("孩子们放学后回到学校。")


def test_a_count_the_question_types_in_chinese_numerals_is_not_its_answer(retriever):
    asked = read_question("网周村的三年产业发展规划总投资是多少", retriever.tokenizer.question_focus)
    sentence = "就在联席会议上,网周村制订了三年产业发展规划,采用“村党组织+合作社+农户+社会化服务组织”的经营模式。"
    assert not fits(asked, sentence, retriever.tokenizer.tag, ["网周村", "三年", "产业", "规划", "投资"])
    assert fits(asked, "网周村三年产业发展规划总投资1200万元。", retriever.tokenizer.tag, ["三年"])
    answer = retriever.ask("网周村的三年产业发展规划总投资是多少", k=3)
    assert not answer.answered and answer.reason == "not-stated"


def test_which_floor_is_answered_by_a_floor_not_any_number(retriever):
    asked = read_question("孙志荣老人住在几楼呀", retriever.tokenizer.question_focus)
    tag = retriever.tokenizer.tag
    assert fits(asked, "今年85岁的7层住户孙志荣想起一周不出屋的经历。", tag, ["孙志荣"])
    assert fits(asked, "他家住5楼。", tag)
    assert not fits(asked, "300多户居民中,六成是70岁以上老人。", tag, ["孙志荣"])
    assert not fits(asked, "因为爬楼梯困难,被迫搬下楼。", tag)


def test_spoken_words_read_as_the_written_ones(retriever):
    from qa.quoting import Request

    terms = Request.read("他们那个村子有多少户", retriever.corpus).terms
    assert "村" in terms and "村子" not in terms  # 村子 is spoken for the 村 the documents write
    terms = Request.read("那个院子当初是哪年建成的", retriever.corpus).terms
    assert "当初" not in terms and "建成" in terms  # looking back, as the asker does
    # 小朋友 is spoken for the 儿童 the documents write (适合儿童心理特点的志愿活动,如跟着漫画学党史).
    answer = retriever.ask("华雨辰给小朋友搞过哪些活动")
    assert answer.answered and "跟着漫画学党史" in answer.hits[0].quote
    assert "儿童" in Request.read("华雨辰给小朋友搞过哪些活动", retriever.corpus).terms


def test_where_a_kin_or_a_meeting_is_asked_is_answered_only_where_it_is_said(retriever):
    focus = retriever.tokenizer.question_focus
    assert read_question("董明媛的女儿是在哪个城市工作呀？", focus).kin == "女儿"  # 是 between is still hers
    answer = retriever.ask("董明媛的女儿是在哪个城市工作呀？", k=3)
    assert not answer.answered and answer.reason == "not-stated"  # 上饶市 is where the mother lives
    asked = read_question("湖北省第十二次党代会是在哪个城市开的", focus)
    assert asked.event and fits(asked, "大会在武汉召开。", retriever.tokenizer.tag)
    assert not fits(asked, "我是武汉人,我爱这座城市。", retriever.tokenizer.tag)
    answer = retriever.ask("湖北省第十二次党代会是在哪个城市开的", k=3)
    assert not answer.answered and answer.reason == "not-stated"


def test_when_someone_died_is_dated_by_a_sentence_saying_so(retriever):
    asked = read_question("安德森是何时去世的？", retriever.tokenizer.question_focus)
    tag = retriever.tokenizer.tag
    assert asked.event and fits(asked, "安德森于2015年12月13日在印尼巴图过世于睡眠中。", tag)
    assert fits(asked, "姆西里(1820年－1891年),非洲加丹加地区的统治者。", tag)  # a life span's end
    assert not fits(asked, "1951年,卡尔森获得了医学和哲学博士学位。", tag)  # a year of his life, not of his death
    assert read_question("周亮工卒于哪一年？", retriever.tokenizer.question_focus).event


def test_a_building_or_an_institution_is_counted_by_any_of_its_measure_words(retriever):
    tag = retriever.tokenizer.tag
    asked = read_question("下萨克森邦的图书馆有几间是邦立的？", retriever.tokenizer.question_focus)
    assert fits(asked, "访问学者也经常到访下萨克森的3座邦立图书馆。", tag, ["下萨克森", "图书馆", "邦立"])
    assert not fits(asked, "图书馆藏有3万册古老文献。", tag, ["下萨克森", "图书馆", "邦立"])


def test_households_are_counted_by_their_measure_word_whatever_noun_repeats_it(retriever):
    asked = Request.read("合作社收了几户人家的羊", retriever.corpus).asked
    assert asked.counted is None
    assert fits(asked, "村两委安排集体合作社统一收购了村里近10户脱贫户的几十只羊。", retriever.tokenizer.tag,
                ["合作社", "收", "羊"])


def test_items_of_a_list_counted_with_their_noun_said_before_are_written_with_the_generic_measure(retriever):
    tag = retriever.tokenizer.tag
    asked = read_question("党中央一直提醒全党要提防的危险一共几条", retriever.tokenizer.question_focus)
    assert fits(asked, "党中央不断告诫全党要警惕“四个危险”。", tag, ["党中央", "全党", "危险"])
    # Not a building's or a vehicle's: 几栋楼 is not answered by a count of parking places.
    asked = read_question("小区一共有几栋", retriever.tokenizer.question_focus)
    assert not fits(asked, "上百个标准停车位彻底解决了乱停车问题。", tag, ["小区"])
    answer = retriever.ask("张国珍说党中央一直提醒全党要提防的危险一共几条")  # the author's piece says it
    assert answer.answered and "四個危險" in answer.hits[0].quote


def test_when_is_answered_by_the_hour_or_the_moment_a_clause_names(retriever):
    tag = retriever.tokenizer.tag
    asked = read_question("宫缩通常发生在什么时候?", retriever.tokenizer.question_focus)
    assert fits(asked, "宫缩多始于夜里10点至翌日凌晨6点间。", tag, ["宫缩"])
    assert not fits(asked, "医生提出了5点建议,让宫缩少一点。", tag, ["宫缩"])  # points, and a little
    asked = read_question("抢七局通常会在什么时候举行？", retriever.tokenizer.question_focus)
    assert fits(asked, "目前常见的记分方法是,当双方在一盘中战至6比6时,会举行一局抢七局。", tag, ["抢七局", "举行"])
    assert not fits(asked, "抢七局又称决胜局,适用于多数比赛。", tag, ["抢七局", "举行"])
    # An event asked (建成, 出生) is dated by a date, not by a moment: 当…时 does not say the year.
    built = read_question("那个院子是什么时候建成的", retriever.tokenizer.question_focus)
    assert not fits(built, "当居民们搬进来时,院子已经建成了。", tag, ["院子", "建成"])
    # A year told from the report's own (去年初) answers 什么时候 too, not a comparison with last year.
    started = read_question("深田社区从什么时候开始招能人的", retriever.tokenizer.question_focus)
    assert fits(started, "厦门市思明区深田社区从去年初开始广招“能人”。", tag, ["深田社区"])
    assert not fits(started, "深田社区的志愿者比去年多了不少。", tag, ["深田社区"])
    assert fits(started, "今年以来,深田社区强化党建引领。", tag, ["深田社区"])  # since the start of the year


def test_which_community_s_secretary_asks_the_place_or_the_person_by_what_follows(retriever):
    focus, tag = retriever.tokenizer.question_focus, retriever.tokenizer.tag
    # The office ends the question: the community is asked, named before the office it holds.
    place = read_question("庄莹莹是哪个社区的党委书记啊", focus)
    assert place.kind == "place" and fits(place, "深田社区党委书记庄莹莹感慨地说。", tag, ["庄莹莹"])
    assert not fits(place, "社区党委书记谢华娟说。", tag, ["庄莹莹"])
    # The office does something: its holder is asked (施敏), not the community.
    person = read_question("当时是哪个社区党委书记出面协调的", focus)
    assert person.kind == "person" and person.role == "党委书记"
    answer = retriever.ask("江汉北路社区加装电梯时是哪个社区党委书记出面协调的", k=3)
    assert answer.answered and "施敏" in answer.hits[0].quote


def test_a_local_place_is_named_not_qualified_by_those_or_a_level():
    assert local_place("泗县那些村级经营类项目一共覆盖了多少个村") == ""  # not 些村
    assert local_place("网周村的三年产业发展规划") == "周村"


def test_spoken_locatives_and_what_things_carry_no_weight(retriever):
    from qa.quoting import Request

    terms = Request.read("我想问下五拆五清里头 到底拆了哪些东西啊", retriever.corpus).terms
    assert "里头" not in terms and "东西" not in terms and "五拆五清" in terms
    terms = Request.read("卢布说疫情那会儿家里缺了啥呀", retriever.corpus).terms
    assert "那会儿" not in terms and "卢布" in terms  # at that time, as spoken
    assert "咱" not in Request.read("依兰陨石坑是咱国内发现的第几个", retriever.corpus).terms  # we, as spoken
    terms = Request.read("苏家塘那边成立了个啥组织", retriever.corpus).terms
    assert "那边" not in terms and "个" not in terms and "苏家塘" in terms  # pointing and counting, spoken
    answer = retriever.ask("我想问下五拆五清里头 到底拆了哪些东西啊", k=3)
    assert answer.answered and "旱厕" in answer.hits[0].quote


def test_which_mountain_is_answered_by_a_mountain_s_name(retriever):
    focus, tag = retriever.tokenizer.question_focus, retriever.tokenizer.tag
    hill = read_question("東興小區在廈門哪座山腳下", focus)
    assert fits(hill, "东兴小区位于厦门岛西部的狐尾山麓。", tag, ["东兴", "小区", "厦门"])
    assert not fits(hill, "说到自家小区近三年来的变化,厦门市东兴小区的邻里街坊纷纷竖起大拇指。", tag,
                    ["东兴", "小区", "厦门"])


def test_a_kin_s_age_is_said_in_a_clause_naming_the_kin(retriever):
    asked = read_question("袁宝柱的老伴儿今年多大岁数了", retriever.tokenizer.question_focus)
    assert asked.kin == "老伴儿"
    sentence = "“我有肺气肿,老伴儿膝盖总疼,儿女也不在身边。”看到村里几位“红马甲”志愿者进门,66岁的袁宝柱“感觉亲人们来了”。"
    assert not fits(asked, sentence, retriever.tokenizer.tag, ["袁宝柱"])  # 66岁 is his
    assert fits(asked, "袁宝柱的老伴儿今年63岁,腿脚不便。", retriever.tokenizer.tag, ["袁宝柱"])
    assert not retriever.ask("袁宝柱的老伴儿今年多大岁数了", k=3).answered
    # The kin's name after the kin word: still the kin's age (not 今年47岁的张银祥, the father's).
    son = read_question("张银祥的儿子小玮今年几岁了", retriever.tokenizer.question_focus)
    assert son.kin == "儿子"
    assert not fits(son, "今年47岁的张银祥是涟钢振兴公司园林矿业分公司的一名门卫值守人员。", retriever.tokenizer.tag, ["张银祥"])
    assert not retriever.ask("张银祥的儿子小伟今年几岁了", k=3).answered
    # A person described by being a parent (单亲爸爸) is asked his own age, said where he is named.
    father = read_question("娄底那个丢了右胳膊的单亲爸爸今年多大年纪", retriever.tokenizer.question_focus)
    assert father.kin == ""
    answer = retriever.ask("娄底那个丢了右胳膊的单亲爸爸今年多大年纪", k=3)
    assert answer.answered and "47岁" in answer.hits[0].quote


def test_which_school_year_is_asked_as_people_say_it(retriever):
    # 读初几: the school year, which 读初一的儿子 says (and 小玮读, jieba's one name, is 小玮 + 读).
    grade = retriever.ask("小玮读初几了", k=3)
    assert grade.answered and grade.fact == "初一"


def test_spoken_and_hedged_forms_read_as_written(retriever):
    assert plain_text("那个院子当初是几家单位凑钱盖的") == "那个院子当初是几家单位集资建的"
    assert plain_text("那个国营厂具体叫啥名") == "那个国营厂叫什么名字"
    named = read_question(plain_text("張力春退休前那個國營廠具體叫啥名"), retriever.tokenizer.question_focus)
    assert named.named is not None and not named.named.search("退休前在某国营厂工作的老党员张立春")


def test_a_maker_asked_by_its_name_is_named_as_a_company(retriever):
    focus = retriever.tokenizer.question_focus
    for question in ("那个厂家叫什么名字", "那个厂子叫什么", "孙志荣那栋楼的电梯是哪个厂家装的", "张立春退休前在哪个国营厂上班"):
        named = read_question(question, focus)
        assert named.named is not None, question
        assert named.named.search("电梯由上海三菱电梯有限公司安装。"), question
        assert not named.named.search("退休前在某国营厂工作的老党员张立春"), question  # 某 names none
    answer = retriever.ask("张立春退休前在哪个国营厂上班", k=3)
    assert not answer.answered and answer.reason == "not-stated"


def test_what_mountain_asks_a_mountain_s_name_and_why_does_not():
    from qa.question_kinds import question_kind

    assert question_kind("厦门东兴小区是在什么山脚下") == "place"
    assert question_kind("为什么山原猫的数量越来越少？") != "place"  # 为什么 + 山原猫


def test_the_share_another_figure_is_of_it_does_not_say_how_many(retriever):
    tag = retriever.tokenizer.tag
    asked = read_question("中华中路社区总人口有多少", retriever.tokenizer.question_focus)
    assert not fits(asked, "是一个多民族聚居社区,少数民族约占社区总人口的三分之一。", tag, ["中华", "中路"])
    assert fits(asked, "社区总人口约1.2万人。", tag, ["中华", "中路"])
    occupied = read_question("土耳其在两波攻势下占领了塞浦路斯多少的国土", retriever.tokenizer.question_focus)
    assert fits(occupied, "在两波攻势之下占领岛上37%的领土。", tag, ["土耳其"])  # 占领 is to occupy
    assert not retriever.ask("中华中路社区总人口有多少", k=3).answered


def test_what_someone_does_is_asked_without_是_too(retriever):
    # 程鹏干啥的 as people type it: who he is, as 程鹏是做什么的 asks.
    for question, expected in (("程鹏干啥的", "队长程鹏"), ("华雨辰做什么的", "音乐教师"),
                               ("施敏啥身份", "社区党委书记施敏"), ("张立春什么人", "義務電工")):
        answer = retriever.ask(question, k=3)
        assert answer.answered and expected in answer.hits[0].quote, question
    # Her parents' work the documents never give: not her own sentence about 搬床、铺被子.
    parents = retriever.ask("华雨辰她爸妈干啥的", k=3)
    assert not parents.answered


def test_how_deep_wide_far_or_heavy_asks_a_number_in_its_unit(retriever):
    from qa.question_kinds import question_kind

    for question in ("陨石坑多深", "那条河有多宽", "离市中心多远", "这台车有多重"):
        assert question_kind(question) == "number", question
    deep = read_question("高鳍刺尾鱼生活在多深的水下？", retriever.tokenizer.question_focus)
    assert fits(deep, "栖息深度为0至30公尺。", retriever.tokenizer.tag, ["高鳍刺尾鱼"])
    assert not fits(deep, "高鳍刺尾鱼分布于印度洋和太平洋。", retriever.tokenizer.tag, ["高鳍刺尾鱼"])
    assert not retriever.ask("陨石坑多深", k=3).answered  # the documents give its shape, not its depth


def test_how_big_a_place_is_asks_its_size_in_a_unit(retriever):
    big = read_question("白领驿家有多大", retriever.tokenizer.question_focus)
    assert not fits(big, "上海市静安区南京西路上的百乐门大都会22层,有一个人气颇高的“白领驿家”。",
                    retriever.tokenizer.tag, ["白领驿家"])  # 22层 is where it is, not how big
    assert fits(big, "白领驿家面积约800平方米。", retriever.tokenizer.tag, ["白领驿家"])
    bird = read_question("白眉姬鹟的雄鸟大约有多大？", retriever.tokenizer.question_focus)
    assert fits(bird, "雄鸟:体小(13厘米)的黄、白及黑色的鹟。", retriever.tokenizer.tag, [])  # a body's length
    far = read_question("那个星系的恒星至少距离地球多远？", retriever.tokenizer.question_focus)
    assert fits(far, "但是有些距离地球一亿光年远。", retriever.tokenizer.tag, [])
    assert not retriever.ask("白领驿家有多大", k=3).answered


@pytest.mark.parametrize(("question", "holder"), [
    ("林原村党支部书记叫什么", "麻三占"),  # the text says 林原村党委书记麻三占
    ("深田社区党支部书记叫啥", "莊瑩瑩"),  # 深田社區黨委書記莊瑩瑩
])
def test_a_place_s_party_secretary_is_asked_by_any_level_of_its_party_body(retriever, question, holder):
    answer = retriever.ask(question, k=2)
    assert answer.answered and answer.fact == holder


@pytest.mark.parametrize("question", ["江欣苑社区书记是谁", "江欣苑社区党支部书记是谁"])
def test_an_office_no_one_is_named_holding_gets_neither_a_title_nor_another_office(retriever, question):
    # 党组织书记—党支部委员—…—楼栋长: no name; 楼栋长 (tagged a name) and 委员 are titles, not who.
    assert not retriever.ask(question, k=2).answered


def test_the_holder_named_after_the_title_is_the_name_without_the_verb_of_saying(retriever):
    assert retriever.ask("说石油共生大院投入使用的那个街道办主任叫啥", k=1).fact == "郑鹏"  # not 郑鹏说


def test_the_holder_named_before_others_with_them_and_a_bare_community_after_a_verb(retriever):
    # 经过社区党委书记施敏等党员干部协调: 施敏 holds the office (等 follows the name), and 经过社区 is
    # the community talked about, not one called 过社区.
    answer = retriever.ask("帮那个八十年代的老小区装上电梯的社区党委书记是谁", k=3)
    assert answer.answered and answer.fact == "施敏"


def test_a_kind_of_community_is_no_community_s_name(retriever):
    # 多民族社区: what kind of community (中华中路社区 is its name), so the share is not asked of a
    # place called 族社区 the sentence never names.
    assert read_question("南宁火车站旁边那个多民族社区少数民族占多少").place == ""
    answer = retriever.ask("南宁火车站旁边那个多民族社区 少数民族占多少", k=3)
    assert answer.answered and "三分之一" in answer.hits[0].quote


def test_a_place_the_question_names_with_the_ending_asked_after_it_is_no_answer(retriever):
    # 辽宁西柳服装城市采购: the 城市 of 市场采购 after the market's own name, no city it is in.
    tag = retriever.tokenizer.tag
    asked = read_question("西柳服装城在辽宁哪个市", retriever.tokenizer.question_focus)
    sentence = "辽宁西柳服装城市采购贸易方式试点已累计备案供货商2100家。"
    assert not fits(asked, sentence, tag, ["西柳", "服装城", "辽宁"])
    assert fits(asked, "西柳服装城位于辽宁省鞍山市海城市。", tag, ["西柳", "服装城", "辽宁"])
    assert not retriever.ask("西柳服装城在辽宁哪个市", k=1).answered
    # A county named after the crater is still its county.
    assert retriever.ask("依兰陨石坑在黑龙江哪个县啊？", k=1).answered


def test_an_early_year_opening_a_clause_dates_it_a_span_of_years_does_not(retriever):
    tag = retriever.tokenizer.tag
    asked = read_question("广开土大王在什么时候成为高句丽国王?")
    assert fits(asked, "391年「广开土大王」即位后,高句丽再度从辽东复兴。", tag, ["广开土大王", "高句丽", "国王"])
    assert not fits(asked, "高句丽存在了705年,先后有28位国王。", tag, ["高句丽", "国王"])
    assert not fits(asked, "广开土大王在位,391年来高句丽再度复兴。", tag, ["广开土大王"])


def test_a_unit_typed_after_how_many_is_answered_in_a_unit_of_its_kind(retriever):
    tag = retriever.tokenizer.tag
    height = read_question("足球运动员杨林身高多少厘米")
    assert fits(height, "杨林身高1.92米,司职中后卫。", tag, ["杨林", "身高"])  # another unit of length
    assert not fits(height, "后半赛季出任球队的高中锋,并攻入3粒进球。", tag, ["杨林", "身高"])
    assert not fits(read_question("上海站那栋四层洋房有几公尺高"), "建成高四層的西式洋房。", tag, ["洋房"])
    # 占地多少公里 means an area, written in square units.
    area = read_question("罗兰岗占地多少公里？")
    assert fits(area, "罗兰岗占地约30平方公里。", tag, ["罗兰岗"])
    assert not fits(area, "方圆10英里内的750家银行。", tag, ["罗兰岗"])


def test_votes_and_shots_are_counted_by_their_measure_word(retriever):
    tag = retriever.tokenizer.tag
    votes = read_question("在国民党二月八日的投票中，薛乃辛拿下了多少票？")
    assert fits(votes, "中国国民党于二月八日进行党内初选投票，蒋乃辛拿下1221票，得票率54.8%。", tag, ["投票"])
    assert not fits(read_question("蒋中正当选第一届总统的时候拿了多少票"),
                    "民国三十七年1月21日至23日则举行第一届立法委员选举。", tag, ["总统", "第一届"])
    assert not fits(read_question("张学良第一次戒毒总共打了多少针"), "在其戒毒后，张捐10万块银元帮他。", tag, ["戒毒"])


def test_the_sea_or_abroad_is_no_place_named(retriever):
    tag = retriever.tokenizer.tag
    asked = read_question("刘少奇的骨灰是撒在哪一片海域？")
    assert not fits(asked, "遵照刘少奇生前的遗言,他的骨灰撒归大海。", tag, ["刘少奇", "骨灰"])
    assert fits(asked, "他的骨灰撒在青岛附近的黄海海域。", tag, ["刘少奇", "骨灰"])


def test_how_high_a_thing_is_asks_its_height_how_high_a_rate_is_any_amount(retriever):
    tag = retriever.tokenizer.tag
    tower = read_question("德累斯顿圣马丁驻军教堂的钟楼有多高？")
    assert fits(tower, "教堂的钟楼高90米。", tag, ["教堂", "钟楼"])
    assert not fits(tower, "它包括新教和天主教两个部分,1945年以后只有天主教部分仍在使用。", tag, ["教堂", "钟楼"])
    rate = read_question("成都2021年群众满意率有多高呀")
    assert rate.sized and fits(rate, "群众满意率达94.98%。", tag, ["成都", "满意率"])


def test_how_wide_is_answered_in_a_unit_of_length(retriever):
    tag = retriever.tokenizer.tag
    asked = read_question("基隆八斗子渔港那个港口有多宽")
    assert fits(asked, "港口宽度60公尺,航道水深6至18公尺。", tag, ["八斗子", "渔港", "港口"])
    assert not fits(read_question("港口的宽度是多少"), "渔港共有3座码头。", tag, ["港口"])


def test_how_many_residents_live_there_is_no_share_how_many_of_them_do_something_may_be(retriever):
    # 一共住了多少居民 asks the population; 少数民族约占…三分之一 says how large a part is.
    assert not retriever.ask("中華中路社區一共住了多少居民啊", k=1).answered
    tag = retriever.tokenizer.tag
    sentence = "是一个多民族聚居社区,少数民族约占社区总人口的三分之一。"
    assert not fits(read_question("中华中路社区居民有多少"), sentence, tag, ["中华", "中路"])
    # Some of them: a share of the residents answers.
    assert "六成" in retriever.ask("那个小区300多户居民里有多少是老人", k=1).hits[0].quote


def test_people_counted_by_the_generic_measure_are_named_by_the_run_s_last_word(retriever):
    # 多少个省党代表: 代表 are people (800多名省党代表), though the run's first two characters (省党) are not.
    answer = retriever.ask("湖北第十二次党代会一共有多少个省党代表", k=1)
    assert answer.answered and "800多名" in answer.hits[0].quote


def test_people_counted_roughly_answer_unless_the_exact_count_is_asked(retriever):
    answer = ask_as_user(retriever, {"previous": "武汉江欣苑社区有多少名社区党员", "question": "疫情期间下沉的党员有多少"})
    assert answer.answered and "数百名" in answer.hits[0].quote
    assert not retriever.ask("江欣苑社区疫情期间下沉的党员具体有多少", k=1).answered


def test_a_sum_asked_in_all_is_any_sum_not_a_price_per_unit(retriever):
    # 一共多少钱: 一 begins 一共, it is no unit (as 一斤 in 一斤多少钱 is).
    answer = retriever.ask("遼寧今年上半年跟RCEP貿易夥伴的進出口一共多少錢", k=1)
    assert answer.answered and "1184.7亿元" in answer.hits[0].quote
    tag = retriever.tokenizer.tag
    assert not fits(read_question("这批羊一斤多少钱"), "这是1万多块钱,你收着。", tag, ["羊"])
    assert fits(read_question("这批羊一共多少钱"), "这是1万多块钱,你收着。", tag, ["羊"])


def test_a_body_joined_or_founded_in_a_deed_is_not_named_by_its_kind(retriever):
    tag = retriever.tokenizer.tag
    asked = read_question("颐园社区那家物业公司叫什么名")
    own = ["颐园", "社区", "物业公司"]
    assert not fits(asked, "他所在的城关街道颐园社区党委联合物业公司、社区食堂为独居老人开展送餐上门服务", tag, own)
    assert not fits(asked, "城关街道成立物业公司党建联盟,发动社区党员共同参与", tag, own)
    assert fits(asked, "颐园社区党委联合潍坊鸿运物业公司为独居老人送餐", tag, own)
    assert not retriever.ask("颐园社区那家物业公司叫啥名", k=1).answered


def test_a_platform_asked_is_said_as_one_not_by_a_place(retriever):
    tag = retriever.tokenizer.tag
    asked = read_question("沈阳片区那459万单跨境电商主要是在哪个平台上做的")
    assert asked.thing is not None
    assert not fits(asked, "上半年,辽宁自贸试验区沈阳片区完成跨境电商交易459万单。", tag, ["沈阳片区", "459"])
    assert not fits(asked, "要像网购后查看物流一样方便。", tag, ["沈阳片区", "459"])
    assert fits(asked, "沈阳片区的企业主要通过天猫国际和亚马逊平台销售。", tag, ["沈阳片区", "459"])
    assert fits(read_question("视频是在哪个APP上看的"), "他在抖音上看了这些视频。", tag, ["视频"])
    assert not retriever.ask("李文博给张银祥看的那些教育视频 是哪个平台上的", k=1).answered


def test_what_is_allocated_or_donated_is_money(retriever):
    tag = retriever.tokenizer.tag
    asked = read_question("那3.5亿涉农资金里 中央财政拨了多少")
    # Not the projects or villages counted beside the sum the question gives.
    assert not fits(asked, "泗县整合各类涉农资金约3.5亿元,共实施村级经营类项目577个,覆盖全县187个村。", tag, ["3.5", "资金"])
    assert fits(asked, "其中中央财政拨付1.2亿元。", tag, ["3.5", "资金"])
    assert fits(read_question("他给学校捐了多少"), "他向学校捐赠200万元。", tag, ["学校"])
    assert not fits(read_question("他给学校捐了多少"), "他向学校捐赠图书3000册。", tag, ["学校"])
    assert not retriever.ask("泗县那3.5亿涉农资金里 中央财政拨了多少", k=1).answered


def test_what_something_brings_in_is_not_what_went_into_it(retriever):
    # 带来多少收益: 整合涉农资金约3.5亿元 is the funds spent, not the returns.
    assert not retriever.ask("泗县那577个项目一共给村集体带来多少收益", k=1).answered
    # Returns in any currency, named with its country too.
    tag = retriever.tokenizer.tag
    assert fits(read_question("沃达康的年收益为多少？"), "截止2008年3月31日,其年收益为481.78亿南非兰特。", tag, ["沃达康"])
    assert fits(read_question("公司去年收入多少"), "去年收入30亿巴西雷亚尔。", tag, ["公司"])
    assert retriever.ask("泗县整合了多少涉农资金", k=1).answered


def test_a_sum_of_money_asked_by_what_it_pays_is_answered_in_a_currency(retriever):
    tag = retriever.tokenizer.tag
    prize = read_question("那联赛冠军能拿多少奖金")
    assert fits(prize, "冠军奖金为5000万韩元。", tag, ["联赛", "冠军", "奖金"])
    assert fits(prize, "总奖金达400万欧元。", tag, ["奖金"])
    assert fits(read_question("保荐代表人的年薪有多少？"), "年薪均在人民币100万以上。", tag, ["年薪"])
    assert not fits(prize, "2003年度奖金排名前16名的棋手自动获得参赛权。", tag, ["联赛", "冠军", "奖金"])
    # Counted by a measure word, it is a count: 销售额有多少张 asks copies sold.
    assert fits(read_question("单曲总计销售额有多少张？"), "总计销售2,281张。", tag, ["单曲", "销售额"])


def test_what_earning_or_selling_came_to_is_a_sum_though_a_count_came_first(retriever):
    tag = retriever.tokenizer.tag
    # 几户 describes the households whose sheep were sold; 一共挣了多少, asked last, wants money.
    earned = read_question("程鹏他们把几户脱贫户的羊统一收了去卖，一共挣了多少")
    assert fits(earned, "程鹏帮忙找到了销路,一下子赚了70多万元。", tag, ["程鹏", "羊"])
    assert not fits(earned, "村两委统一收购了村里近10户脱贫户的几十只羊。", tag, ["程鹏", "羊"])
    assert fits(read_question("这批羊卖了多少钱呢"), "这是1万多块钱,你收着。", tag, ["羊"])


def test_people_asked_with_the_generic_measure_are_counted_by_theirs(retriever):
    # 几个党员: documents count people by 名 and 位 (200多名社区党员); not peoples (2000余名少数民族群众).
    answer = retriever.ask("江欣苑社区有几个党员啊", k=3)
    assert answer.answered and "200多名社区党员" in answer.hits[0].quote
    assert not retriever.ask("中华中路社区一共有几个民族？", k=3).answered


def test_a_or_b_is_answered_only_by_a_sentence_saying_one_of_them(retriever):
    # The documents say 自家养的羊, never 山羊 or 绵羊: nothing tells which.
    asked = read("金家龙大爷养的是山羊还是绵羊", retriever.tokenizer, retriever.index).asked
    assert asked.either == ("山羊", "绵羊")
    assert not retriever.ask("金家龙大爷养的是山羊还是绵羊", k=3).answered
    # 还是 as "still", or beside another question word, offers no two things.
    assert read("他还是什么单位的党员", retriever.tokenizer, retriever.index).asked.either == ()
    assert read("华雨辰为什么还是坚持去值守", retriever.tokenizer, retriever.index).asked.either == ()
    # One of the two said: answered (华老师).
    assert retriever.ask("华雨辰是老师还是医生", k=1).answered


def test_two_years_offered_are_the_two_choices_and_neither_is_a_given_figure(retriever):
    # 是2019年开始规划的还是2020年: 2019年 and 2020年, not 规划; 2019年5月 answers though 2020 is not said.
    asked = read("石油共生大院是2019年开始规划的还是2020年？", retriever.tokenizer, retriever.index).asked
    assert asked.either == ("2019年", "2020年")
    answer = retriever.ask("石油共生大院是2019年开始规划的还是2020年？", k=1)
    assert answer.answered and "2019年5月" in answer.hits[0].quote
    assert not retriever.ask("石油共生大院是2018年开始规划的还是2020年？", k=1).answered


def test_a_guess_at_the_answer_after_the_question_is_no_figure_of_it(retriever):
    # 是七支吧: the guess's 七支 would be blanked as the question's own figure in 组建七支志愿服务队.
    assert plain_text("林原村搞的志愿服务队一共几支啊 是七支吧") == plain_text("林原村搞的志愿服务队一共几支啊")
    answer = retriever.ask("林原村搞的志愿服务队一共几支啊 是七支吧", k=1)
    assert answer.answered and "七支" in answer.hits[0].quote


def test_an_office_is_held_by_a_name_in_the_clause_that_names_it(retriever):
    # 泗县县委常委、宣传部部长戴安君介绍,…,召开一次选派第一书记…例会: 书记 is said, but not as his office.
    assert not retriever.ask("泗县的书记是谁", k=3).answered
    # The holder beside the office, in its clause: answered.
    answer = retriever.ask("学院路街道党工委副书记叫啥", k=1)
    assert answer.answered and "郑鹏" in answer.hits[0].quote
    answer = retriever.ask("潍城区的书记叫啥", k=1)
    assert answer.answered and "刘金国" in answer.hits[0].quote


@pytest.mark.parametrize(("question", "answering", "not_answering"), [
    # A brand: its word or a name in Latin script, not the sentence that mentions the product.
    ("网周村山芋粉丝是啥牌子的", "网周村的山芋粉丝用的是“网周”牌商标", "从山芋粉丝产品及村内资产精细化管理入手"),
    ("西班牙有名的汽车品牌是什么？", "西班牙较广为人知的品牌是“西亚特(Seat)”汽车", "西班牙的汽车工业发达"),
    # An ailment: a word of illness or pain, not the visit that mentions him.
    ("袁宝柱得了啥病", "“我有肺气肿,老伴儿膝盖总疼。”66岁的袁宝柱说", "村里的志愿者经常看望袁宝柱"),
    ("他自己身体有啥毛病", "我有肺气肿", "他每天都去村委会"),
    # What a name means or where it comes from: a meaning or an origin said, not the name mentioned.
    ("潍城区“枝叶关情·潍美家园”这名字到底有啥寓意", "“潍美家园”取自潍城的“潍”字", "以打造“枝叶关情·潍美家园”物业服务品牌为抓手"),
    ("斯卡讷名字有什么含义？", "斯卡讷有着同样的词干,意思是“沙洲”", "斯卡讷是斯科讷的小镇"),
    ("白兔号列车的名字来源于哪个神话？", "「白兔」列车由来是日本神话「因幡之白兔」", "白兔号列车于1997年开始运行"),
    # A meeting: said at one (a 大会, a 联席会议, a 议事会), not the saying it is asked of.
    ("这个说法是在哪次会议上提出的", "在庆祝中国共产党成立100周年大会上,习近平总书记指出", "人民群众的拥护和支持,是党执政的最牢固根基。"),
    ("最后大伙儿是在啥会上商量出公约的", "居民在弄堂议事会上商量出了文明公约", "居民们一起商量出了文明公约"),
    # An ethnic group: one named (壮族), not the 多民族 community she serves nor its 少数民族.
    ("谢华娟是哪个民族的", "壮族姑娘谢华娟", "是一个多民族聚居社区,少数民族约占社区总人口的三分之一"),
    # Named with 民族 or 人 too (突厥语民族, 布尔人), as other corpora name peoples.
    ("克里米亚鞑靼人是原定居于克里米亚半岛的哪个民族", "是原定居于克里米亚半岛的突厥语民族", "克里米亚半岛位于黑海北岸"),
    ("居住在苏利南的什么族群大部分在1975后离开", "苏利南的布尔人是19世纪荷兰移民农户的后裔", "其中的大多数已经在1975独立后离开"),
    # What an animal eats: said as eating (以…为食, 吃, 摄食), not by what it is nor its predators (掠食者).
    ("大鳞鮻以什么为食物", "亦是吞食底层淤泥,以摄食矽藻及有机碎屑。", "大鳞鮻为辐鳍鱼纲鲻形目鲻科鮻属的其中一种。"),
    ("扁嘴鹅以什么为食", "主要吃草及水生植物,也会吃蚌类及鱼类。", "当雏鸟孵化后,雄鸟会攻击入侵的掠食者。"),
    ("康氏马鲛属于什么食性鱼类", "属肉食性,以鱼类、头足类、甲壳类等为食。", "属于近海暖水性中上层鱼类。"),
])
def test_a_brand_or_an_ailment_asked_must_be_said(retriever, question, answering, not_answering):
    asked = read_question(question, retriever.tokenizer.question_focus)
    assert asked.thing is not None
    assert fits(asked, fold(answering), retriever.tokenizer.tag)
    assert not fits(asked, fold(not_answering), retriever.tokenizer.tag)


def test_other_questions_ask_no_class_of_thing(retriever):
    for question in ("这个病房在几楼", "石油共生大院是哪年开始规划的", "他有什么毛病要改", "那个社区的名字叫什么",
                     "程鹏为什么会帮金家龙"):  # 为什么会: why would, no meeting
        assert read_question(question, retriever.tokenizer.question_focus).thing is None, question
    # A fault of a thing heard or used is no ailment, as the question is searched (毛病 → 问题).
    assert read_question(plain_text("那段自动语音市民听着有啥毛病"), retriever.tokenizer.question_focus).thing is None
    # Mentioned, not stated: the subject is the product, not 牌子, the class asked for.
    answer = retriever.ask("网周村山芋粉丝是啥牌子的")
    assert not answer.answered and answer.reason == "not-stated" and answer.subject == "网周村山芋粉丝"


def test_who_helped_is_answered_by_the_people_named_by_what_they_are(retriever):
    # 谁帮他买的 → 社区干部: people by their role, as 志愿者 or 工作人员 are.
    asked = read_question("后来是谁帮卢布买的", retriever.tokenizer.question_focus)
    assert fits(asked, fold("我尝试联络了社区干部,没想到他们很快就去超市帮我买回来。"), retriever.tokenizer.tag, ["卢布", "买"])
    answer = ask_as_user(retriever, {"previous": "盧布家那天半夜缺了啥", "question": "後來是誰幫忙買回來的"})
    assert answer.answered and "社區幹部" in answer.hits[0].quote
    # The role of whoever said the words quoted (…”娄底市委宣传干部刘楚雄说) did nothing asked.
    answer = retriever.ask("主动认领张银翔微心愿的是谁?", k=1)
    assert "李文博" in answer.hits[0].quote


def test_a_building_or_a_thing_jieba_tags_a_name_is_no_one(retriever):
    asked = read_question("石油共生大院是谁设计的", retriever.tokenizer.question_focus)
    sentence = fold("来到海淀区石油共生大院,工业风的建筑映入眼帘,老式的红砖墙、石油管道融合空中连廊,设计新颖。")
    assert ("红砖墙", "nr") in retriever.tokenizer.tag(sentence)  # what jieba says
    assert not fits(asked, sentence, retriever.tokenizer.tag, ["石油", "共生", "大院"])
    assert fits(asked, fold("石油共生大院由建筑师李明设计。"), retriever.tokenizer.tag, ["石油", "共生", "大院"])


@pytest.mark.parametrize("question", ["白领驿家的会费是多少", "石油共生大院的门票是多少", "东兴小区物业费是多少"])
def test_a_fee_asked_is_answered_in_money(retriever, question):
    asked = read_question(question, retriever.tokenizer.question_focus)
    assert not fits(asked, fold("上海市静安区南京西路上的百乐门大都会22层,有一个人气颇高的白领驿家"), retriever.tokenizer.tag)
    assert fits(asked, fold("会员每年只需交100元"), retriever.tokenizer.tag)


def test_a_count_by_ge_is_not_answered_by_hours_counted_by_ge(retriever):
    tag = retriever.tokenizer.tag
    police = read_question("北湖收费站那边一共配了几个交警", retriever.tokenizer.question_focus)
    assert not fits(police, "每一次上岗都要5个小时以上,华雨辰在桥上站了整整8个小时。", tag)
    assert fits(police, "收费站配了3个交警。", tag)
    hours = read_question("她在桥上站了几个小时", retriever.tokenizer.question_focus)
    assert fits(hours, "华雨辰在桥上站了整整8个小时。", tag)


def test_the_name_of_a_body_asked_is_a_body_s_name_not_a_person_s(retriever):
    asked = read_question("那个组织叫什么名字", retriever.tokenizer.question_focus)
    assert asked.kind == "organisation"
    answer = retriever.ask("潍坊城关那边把物业公司们串起来搞党建，那个组织叫啥")
    assert answer.answered and "物业公司党建联盟" in answer.hits[0].quote  # not 社区党委联合物业公司…


def test_a_community_named_pins_the_article_that_names_it(retriever):
    assert places_named("东兴小区的物业公司叫什么名字", ["东兴", "物业公司"]) == ("东兴小区",)
    assert places_named("林原村的书记是谁", ["林原村"]) == ("林原村",)
    assert places_named("那个小区叫啥", []) == ()  # no name, no pin
    # A city's community: the corpus writes 南宁市, so 南宁社区 names no community.
    assert places_named("南宁社区大党委壮大的是什么", ["南宁"], {"南宁市"}) == ()
    # A county's townships are no township named 泗县乡: the 泗县 report still answers.
    assert places_named("泗县乡镇多久开一次例会", ["泗县"]) == ()
    assert retriever.ask("泗县乡镇多久开一次例会").answered
    # 潍城区's 物业 story never names 东兴小区: it does not say what that community's firm is called.
    answer = retriever.ask("东兴小区的物业公司叫什么名字")
    assert not answer.answered
    assert retriever.ask("江欣苑社区有多少名党员？").answered


def test_a_count_said_in_another_community_s_story_is_not_the_one_asked(retriever):
    story = "去年2月,汉阳区江欣苑社区党员干部冒着风险,将居民钟呼毅送到医院。\n疫情面前,社区党员干部有勇有情。"
    line = "200多名社区党员,如何联系服务2万多名社区居民?"
    assert another_community(("金山社区",), line, story)
    assert not another_community(("江欣苑社区",), line, story)
    assert not another_community((), line, story)  # no community named, nothing pinned
    assert not another_community(("金山社区",), "金山社区有2000多名居民", story)  # the sentence names it
    assert not retriever.ask("金山社区有多少居民").answered  # 001 tells 江欣苑社区's and 金山社区's stories
    assert retriever.ask("江欣苑社区有多少居民").answered


def test_another_neighbourhood_s_sentence_does_not_answer_for_a_xiaoqu(retriever):
    # 东兴小区 asked; 深田社区's 一年多时间 is another neighbourhood's, whichever form it is named by.
    line = "厦门市思明区深田社区从去年初开始广招“能人”,一年多时间已认领并解决了小区居民需求事项近300件。"
    assert another_community(("东兴小区",), line, "")
    assert not another_community(("深田社区",), line, "")
    assert not another_community(("东兴村",), line, "")  # a village is another form of place
    answer = retriever.ask("厦门东兴小区那次旧改前后折腾了多长时间")
    assert not answer.answered or "深田" not in answer.hits[0].quote
    assert answer.hits and "几个月" in fold(answer.hits[0].quote)  # the sentence that holds it, shown



def test_a_sentence_naming_another_community_is_not_about_the_one_asked(retriever):
    story = "在福建莆田市常住人口近2万人的阔口社区,居民们喜欢把社区邻里中心称为“百宝箱”。\n"  # the paragraph before
    line = "吉林省长春市宽城区团山街道长山花园社区的“义务电工”张立春在邻里街坊中拥有“超高人气”。"
    assert another_community(("阔口社区",), line, story)  # 宽城区 is 长山花园社区's district
    assert not another_community(("长山花园社区",), line, story)
    # A neighbour named in the asked place's own paragraph: 湖南路街道，位于…与瑞金二路街道相邻.
    assert not another_community(("湖南路街道",), "，东以陕西南路与黄浦区瑞金二路街道相邻,有居委会16个", "徐汇区\n湖南路街道")
    # 阔口社区's paragraph names 莆田市 and no district; the paragraphs around it name other communities'.
    answer = retriever.ask("阔口社区在莆田哪个区啊")
    assert not answer.answered and answer.reason == "not-stated"


def test_a_region_in_general_is_no_district():
    district = place_form_name("区")
    assert district.search("吉林省长春市宽城区团山街道") is not None
    assert district.search("一些地区促进党群工作由行政化向服务化转变") is None
    assert district.search("广泛吸纳区域内的各领域各类型党组织") is None


@pytest.mark.parametrize(("question", "whether"), [
    ("那天厦门中小学停课了没", "停课"),
    ("手机是不是一直开着的？", "直开"),  # 是不是 asks whether what follows holds
    ("一二楼的住户要不要掏钱啊？", "掏钱"),
    ("提前还房贷到底划不划算啊", "划算"),  # the verb itself asked
    ("锈斑豹猫能被驯养吗？", "驯养"),
    ("那坑底下有湖没", "湖"),  # 有…没: whether there is one
    ("記者認為當局有沒有通過任何示威申請?", "申请"),  # the 何 of 任何 asks nothing
    ("他身体有啥毛病吗", ""),  # asks what
    ("介绍一下皖江可以吗？", ""),  # asks leave
    ("鳖能补肝的说法正确吗？", ""),  # whether a claim is right: 其实是一种谬误 answers
    ("党委书记叫麻三站吧 是不是这个名", ""),  # a check of what was just said
    ("白领驿家周末开门不", "开门"),  # spoken: 不 alone ends it
    ("这样说对不", ""),  # asks agreement
    # What is asked whether it holds ends the phrase: 食堂, not 社区 (which any sentence of it names).
    ("石油共生大院里有没有社区食堂", "食堂"),
    ("使用公约里有没有规定遛狗必须牵绳", "牵绳"),
])
def test_a_yes_or_no_question_asks_whether_its_predicate_holds(question, whether):
    assert yes_no_asked(fold(question)) == whether


def test_a_yes_or_no_question_is_answered_by_a_sentence_speaking_of_it(retriever):
    asked = read_question("那天厦门中小学停课了没")
    assert not fits(asked, "当日,受今年第9号台风“卢碧”影响,福建厦门出现强降雨天气,造成部分地区积水严重。", lambda s: [])
    assert fits(asked, "受台风影响,厦门全市中小学停课一天。", lambda s: [])
    assert not retriever.ask("卢碧台风那天厦门中小学停课了没").answered
    answer = retriever.ask("西马街道加装电梯的时候，一二楼的住户要不要掏钱啊？")
    assert answer.answered and any("不出钱" in hit.quote for hit in answer.hits)


def test_a_count_or_size_said_on_the_way_is_not_what_is_asked():
    from qa.question_kinds import question_kind

    # 许多高明, 眾多大型: 多 of "many" before an adjective asks no size.
    assert question_kind("麥高文有許多高明的決定但是被誰所託累了?") == "person"
    assert question_kind("生產過眾多大型艦船且設立於1857年的造船廠為哪一間?") != "number"
    # A count that describes someone of the question, then another asking word: that one is asked.
    assert question_kind("丹都洛總督的侄子帶領幾個同夥建立哪個國家?") == "place"
    assert question_kind("最先发现这颗星的几位科学家有谁?") == "person"
    # Asking words that stand together are one asking; the number alone still asks a number.
    assert question_kind("亚马留的出生日期是多少？") == "date"
    assert question_kind("多少名党员在楼里") == "number"
    assert question_kind("那楼有多高") == "number"
    assert question_kind("院子哪年盖的 谁出钱建的") == "date"


def test_a_year_of_the_republic_answers_when(retriever):
    tag = retriever.tokenizer.tag
    when = read_question("雲南省的政務視察區在什麼時候被改為15個?", retriever.tokenizer.question_focus)
    assert fits(when, fold("民國27年改為15個視察區。"), tag, ["云南省"])
    which_year = read_question("青海在哪一年归附", retriever.tokenizer.question_focus)
    assert fits(which_year, fold("民國二年,青海全境正式歸附中華民國。"), tag, ["青海"])
    assert not fits(which_year, fold("青海全境正式歸附中華民國。"), tag, ["青海"])


def test_a_date_word_that_describes_a_thing_asks_no_day(retriever):
    from qa.question_kinds import date_precision, question_kind

    # 標有精確日期的星圖: a star map with a date on it; 何時 asks when it appeared, a year will do.
    old_map = read_question("於何時出現的標有精確日期的星圖是最老的？", retriever.tokenizer.question_focus)
    assert fits(old_map, fold("最古老的，標有精確日期的星圖出現在西元前1534年的古埃及。"), retriever.tokenizer.tag, ["星图"])
    assert question_kind("一般日期中的時間在儒略日期中以多少來表示？") == "number"
    assert date_precision("他的出生日期是？") is not None  # 日期 asked still wants a day


def test_a_season_a_time_of_day_or_a_moment_said_answers_when(retriever):
    tag = retriever.tokenizer.tag
    when = read_question("青蒿什么时候开花？", retriever.tokenizer.question_focus)
    assert fits(when, fold("夏季开花，头状花序半球形。"), tag, ["青蒿"])
    assert fits(when, fold("产卵期在冬末春初，卵浮性。"), tag, ["青蒿"])
    assert fits(when, fold("通常于夜间活动，具侵略性。"), tag, ["青蒿"])
    assert fits(when, fold("受惊吓时，体会分泌毒素。"), tag, ["青蒿"])
    assert fits(when, fold("生存于中侏罗世到早白垩世。"), tag, ["青蒿"])
    assert not fits(when, fold("与此同时，头状花序半球形。"), tag, ["青蒿"])  # 同时 says no time
    assert not fits(when, fold("头状花序半球形，多数，成圆锥状。"), tag, ["青蒿"])
    # A dated event (什么时候成立的) still wants its date, not a season.
    founded = read_question("这个协会什么时候成立的", retriever.tokenizer.question_focus)
    assert founded.event is not None
    assert not fits(founded, fold("协会在夏季成立。"), tag, ["协会"])


def test_how_much_money_is_answered_in_any_currency(retriever):
    tag = retriever.tokenizer.tag
    bought = read_question("2013年被完美世界以多少钱收购？", retriever.tokenizer.question_focus)
    assert fits(bought, fold("2013年被完美世界以2.55亿人民币收购。"), tag, ["完美", "世界"])
    assert fits(bought, fold("全程：$4.7，乘客登上本线。"), tag, ["完美", "世界"])
    assert fits(bought, fold("花费共5万5千美元。"), tag, ["完美", "世界"])
    assert not fits(bought, fold("2013年被完美世界收购，员工300人。"), tag, ["完美", "世界"])
    per_jin = read_question("那羊多少钱一斤", retriever.tokenizer.question_focus)
    assert not fits(per_jin, fold("一年卖了1万多块钱。"), tag, ["羊"])  # a sum, not a price per 斤


def test_a_count_said_before_what_or_why_is_asked_is_no_count():
    from qa.question_kinds import question_kind

    assert question_kind("萨瓦语的几种子方言多与什么有关？") is None
    assert question_kind("光栅每单位长度内的刻痕多少，主要决定于什么？") is None
    assert question_kind("弯角剑羚为什么可以几个星期不喝水？") is None
    assert question_kind("称为什么的有多少") == "number"  # 称为什么 is "called what", no why
    assert question_kind("有多少人参加") == "number"


def test_whoever_in_a_clause_the_question_goes_on_from_asks_no_person(retriever):
    from qa.question_kinds import question_kind

    assert question_kind("长山花园社区谁家有困难了，大伙是咋回应的") is None
    assert question_kind("出事找不着谁担责，物业上还有啥扯不清的") is None
    assert question_kind("那个业主叫啥，住哪个小区") == "place"  # two asked: the clause after is read
    assert question_kind("谁是长山花园社区的义务电工") == "person"
    assert question_kind("李文博帮的是谁？") == "person"
    answer = retriever.ask("長春那個義務電工，大冬天半夜誰家電器壞了，他會咋樣")
    assert answer.answered and "一個電話就能把他從被窩裏" in answer.hits[0].quote


def test_a_parent_named_in_a_biography_s_own_form_answers_who(retriever):
    tag = retriever.tokenizer.tag
    father = read_question("本多忠高父亲是谁？", retriever.tokenizer.question_focus)
    assert fits(father, fold("父亲是本多忠丰。在大永6年出生，家中长男。"), tag, ["本多忠", "高", "父亲"])
    assert not fits(father, fold("父亲是本多忠高。"), tag, ["本多忠", "高", "父亲"])  # the asker's own name
    mother = read_question("定陶王刘康的母亲是谁？", retriever.tokenizer.question_focus)
    assert fits(mother, fold("定陶王刘康，汉元帝次子，母傅昭仪。"), tag, ["定陶王", "刘康", "母亲"])
    assert not fits(mother, fold("定陶王刘康，汉元帝次子，母子情深。"), tag, ["定陶王", "刘康", "母亲"])


def test_a_figure_answers_in_the_clause_about_what_is_asked(retriever):
    tag = retriever.tokenizer.tag
    asked = read_question("沈阳大连的二手车出口了多少钱的货", retriever.tokenizer.question_focus)
    own = ["沈阳", "大连", "二手车", "出口", "钱", "货"]
    sentence = fold("今年以来,沈阳、大连二手车出口试点建设取得新成效,7家二手车出口企业已完成先期备案等准备工作;"
                    "辽宁西柳服装城市场采购贸易方式试点已累计备案供货商2100家,出口货值380.5万美元;")
    assert not fits(asked, sentence, tag, own)  # 380.5万美元 is 西柳服装城's
    assert fits(asked, fold("沈阳、大连二手车出口货值1.2亿元;西柳服装城试点备案供货商2100家。"), tag, own)
    assert fits(asked, fold("沈阳、大连二手车出口货值1.2亿元。"), tag, own)  # one clause: as before


def test_where_before_a_move_is_not_where_the_move_went(retriever):
    tag = retriever.tokenizer.tag
    before = read_question("纪玉芝搬来之前住哪儿", retriever.tokenizer.question_focus)
    assert before.before_move
    assert not fits(before, fold("20世纪90年代,纪玉芝搬到北京市西城区广内街道广安门北街20号院。"), tag, ["纪玉芝"])
    assert fits(before, fold("纪玉芝从河北省保定市搬到北京市西城区。"), tag, ["纪玉芝"])
    assert not read_question("纪玉芝住哪儿", retriever.tokenizer.question_focus).before_move


@pytest.mark.parametrize("question", ["郑鹏之前在哪个街道干过？", "莊瑩瑩之前在哪个社区当书记", "李文博以前在哪个单位上班"])
def test_where_one_worked_before_is_not_where_one_works_now(retriever, question):
    tag = retriever.tokenizer.tag
    asked = read_question(question, retriever.tokenizer.question_focus)
    assert asked.former
    # 学院路街道党工委副书记…郑鹏: where he works now, with no mark of the past.
    assert not fits(asked, fold("学院路街道党工委副书记、办事处主任郑鹏说,2020年10月1日,依托…"), tag, ["郑鹏"])
    assert not retriever.ask(question, k=1).answered
    assert not read_question("郑鹏在哪个街道工作", retriever.tokenizer.question_focus).former


@pytest.mark.parametrize("question", ["長山花園社區在團山街道哪條路上", "张立春住的社区门口是哪条马路"])
def test_a_road_asked_is_no_district_and_no_neighbour(retriever, question):
    # 團山街道 is a district of 长春, 鄰里街坊 the neighbours: neither names a road.
    tag = retriever.tokenizer.tag
    asked = read_question(question, retriever.tokenizer.question_focus)
    assert not fits(asked, fold("吉林省長春市寬城區團山街道長山花園社區的“義務電工”張立春在鄰里街坊中擁有“超高人氣”。"), tag)
    assert fits(asked, fold("纪玉芝搬到北京市西城区广内街道广安门北街20号院。"), tag)
    assert not retriever.ask(question, k=1).answered


def test_how_far_is_answered_by_a_distance_or_the_time_to_cover_it(retriever):
    asked = read_question("水南画眉站离金山社区居委会有多远", retriever.tokenizer.question_focus)
    tag = retriever.tokenizer.tag
    assert fits(asked, "画眉站距居委会约500米。", tag)
    assert fits(asked, "从居委会步行10分钟就到。", tag)
    assert not fits(asked, "水南画眉站所在的金山社区组织了一次活动,共有30多位居民参加。", tag)
    # A sentence placing it, with no distance, does not say how far: declined.
    answer = retriever.ask("网周村离泗县县城有多远", k=1)
    assert not answer.answered


def test_a_home_town_asked_is_answered_only_where_one_s_origin_is_said(retriever):
    asked = read_question("朱開成老家是哪裡的？", retriever.tokenizer.question_focus)
    tag = retriever.tokenizer.tag
    assert asked.origin
    assert fits(asked, "他老家在山东潍坊,年轻时来到北京。", tag)
    assert fits(asked, "朱开成是河北保定人。", tag)
    assert fits(asked, "埼玉县大宫市出身。血型O型。", tag)
    assert not fits(asked, "20世纪70年代就居住在大院的居民朱开成说。", tag)  # where he lives, not whence
    answer = retriever.ask("朱開成老家是哪裡的？", k=1)
    assert not answer.answered and answer.reason == "not-stated"


def test_where_goods_were_sold_to_is_answered_only_by_a_market_said(retriever):
    asked = read_question("网周村的山芋粉丝都销到哪些地方去了", retriever.tokenizer.question_focus)
    tag = retriever.tokenizer.tag
    assert fits(asked, "产品远销上海、南京等地。", tag)
    assert fits(asked, "这些粉丝主要销往长三角地区。", tag)
    # The village the goods come from is no market (the related sentence, not an answer).
    assert not fits(asked, "网周村从山芋粉丝产品及村内资产精细化管理入手,寻求更好的发展策略。", tag)
    assert not retriever.ask("沈阳大连搞二手车出口试点的那几家企业，车主要卖到哪个国家去", k=1).answered


def test_a_telephone_number_asked_is_answered_by_digits_not_a_count_or_a_year(retriever):
    asked = read_question("群众想举报干部的话打哪个电话", retriever.tokenizer.question_focus)
    tag = retriever.tokenizer.tag
    assert fits(asked, "有事就打12345热线。", tag)
    assert fits(asked, "举报电话0536-8888888全天开通。", tag)
    assert not fits(asked, "2021年,全区设立212处服务站。", tag)  # a year and a count, no number to call
    assert not fits(asked, "要加强群众监督、舆论监督。", tag)
    assert not retriever.ask("潍城区开通的民生服务直通热线，号码是多少", k=1).answered
    assert retriever.ask("成都市民有事打哪个电话", k=1).answered  # 12345
    # Asked of a named local place, still a number to call: not the place's count of staff.
    of_a_place = read_question("长山花园社区的电话号码是多少", retriever.tokenizer.question_focus)
    assert of_a_place.place == "园社区"
    assert not fits(of_a_place, "长山花园社区有居民3200户,社区工作人员12名。", tag)
    assert fits(of_a_place, "长山花园社区服务电话0431-8888888。", tag)


def test_who_paid_is_answered_only_where_paying_or_funding_is_said(retriever):
    tag = retriever.tokenizer.tag
    asked = read_question("東興小區舊改的錢是誰出的", retriever.tokenizer.question_focus)
    assert fits(asked, fold("該院1995年由六家產權單位集資建成。"), tag)  # a body said paying
    assert fits(asked, "楼上为单位出大头、政府出惠民政策、居民出少量钱。", tag)
    assert not fits(asked, fold("小區舊改僅用了幾個月就順利完成:瀝青路美觀大方。"), tag)  # what was done
    # 谁家出了啥毛病 asks who, not an illness: the ailment's words are not required there.
    assert read_question("多半是誰家出了啥毛病", retriever.tokenizer.question_focus).thing is None
    assert not retriever.ask("江欣苑那45个协会是谁出钱办的", k=1).answered


def test_a_share_asked_is_not_answered_by_a_growth_rate(retriever):
    asked = read_question("辽宁对东盟的进出口占全省外贸比重是多少", retriever.tokenizer.question_focus)
    tag = retriever.tokenizer.tag
    assert not fits(asked, "对东盟进出口264.4亿元,同比增长23%。", tag)  # how much it grew
    assert fits(asked, "对东盟进出口占全省外贸总值的12.5%。", tag)
    assert retriever.ask("中华中路社区少数民族占社区总人口多少", k=1).answered  # 三分之一


def test_which_brands_are_sold_is_no_market_asked(retriever):
    assert read_question("恒安国际主要生产及销售哪五大品牌？", retriever.tokenizer.question_focus).thing is None
    assert read_question("车主要卖到哪个国家去", retriever.tokenizer.question_focus).thing is not None
    assert read_question("粉丝都销往哪些地方", retriever.tokenizer.question_focus).thing is not None


@pytest.mark.parametrize("question", [
    "郑彩平自己是咋评价“亲情连线”这个活动的啊",
    "施敏书记对一二层不出钱、楼上单位出大头这个装电梯办法，本人啥看法",
])
def test_a_view_asked_of_someone_the_documents_only_name_is_not_stated(retriever, question):
    # 咋评价, 啥看法: their view, in their words; a sentence naming them (工作人员郑彩平还记得…) gives none.
    assert not retriever.ask(question, k=3).answered


def test_a_view_is_given_in_quoted_words_or_by_a_verb_of_judging(retriever):
    answer = retriever.ask("西便门内社区的书记苏硕咋评价物管会的", k=3)
    assert answer.answered and "主人翁意识" in answer.hits[0].quote  # “…”西便门内社区党委书记苏硕说
    request = Request.read("清朝皇帝乾隆是如何评价孙揆的？", retriever.corpus)
    assert request.asked.judged and request.asked.speaker == "乾隆"
    # The one judging is named before the asking; the one judged after it is not the speaker.
    assert not Request.read("越共学者是如何评价矫公羡的？", retriever.corpus).asked.judged
    # An encyclopedia gives it without quotation marks; 乾隆 folds to 干隆 in the sentence.
    assert fits(request.asked, fold("清朝皇帝乾隆曾言:夫揆将兵趣潞中,是乃出其不意。"), retriever.tokenizer.tag, list(request.terms))
    assert not fits(request.asked, fold("孙揆将兵趣潞中,路遇伏遭擒。"), retriever.tokenizer.tag, list(request.terms))


def test_what_someone_said_is_not_answered_by_words_said_to_them_or_by_another(retriever):
    # “金大爷,你的羊卖了…” is said to him by 程鹏: it tells nothing he said.
    assert not retriever.ask("金大爷拿到卖羊的那1万多块钱以后说了啥", k=3).answered
    request = Request.read("张银祥的儿子小玮自己对他爸是怎么说的", retriever.corpus)
    assert request.asked.speaker == "小玮"  # the last one named before the asking, not the father
    assert Request.read("李文博跟张银祥说了啥", retriever.corpus).asked.speaker == "李文博"  # not the one spoken to
    said = Request.read("小玮说了啥", retriever.corpus).asked
    tag = retriever.tokenizer.tag
    assert not fits(said, fold("围绕父子俩的沟通问题,李文博帮着出谋划策,“小玮其实很懂事,要尊重他的想法。”"), tag)
    assert not fits(said, fold("“小玮其实很懂事,要尊重他的想法。”李文博说。"), tag)
    assert fits(said, fold("“我想好好学习。”小玮说。"), tag)
    # A sentence naming her and none of her words gives nothing she said; a byline stands for the piece.
    hers = Request.read("华雨辰在湖北省党代会上发言都讲了些啥", retriever.corpus).asked
    assert hers.speaker == "华雨辰" and not fits(hers, fold("90后党员华雨辰是800多名省党代表中的一员。"), tag)
    assert fits(Request.read("张国珍说了啥", retriever.corpus).asked, "张国珍", tag)
    # A body speaks through the person a sentence names: 宣传部说 is answered by 戴安君's words.
    assert fits(Request.read("宣传部说了啥", retriever.corpus).asked, fold("戴安君说,“要召开联席会议。”"), tag)


def test_how_much_of_a_thing_no_number_measures_asks_no_number():
    # 还有多大空间: answered by 空间还很大, not a figure; 面积有多大 still asks one.
    assert question_kind("發展外貿新業態還有多大空間") is None
    assert question_kind("影响有多大") is None and question_kind("起了多大作用") is None
    assert question_kind("面积有多大") == "number" and question_kind("袁宝柱多大了") == "number"


def test_the_first_one_asked_by_its_name_needs_a_sentence_saying_which_came_first(retriever):
    # 牵头成立的第一个协会叫啥: a sentence listing the associations says none was the first.
    assert not retriever.ask("朱华桥帮江欣苑社区牵头成立的第一个协会叫啥", k=3).answered
    # 继岫岩陨石坑之后…第二个陨石坑 says which came first.
    assert "岫岩" in retriever.ask("依兰陨石坑之前我国发现的第一个陨石坑叫什么？", k=1).hits[0].quote
    # 头一个不为是啥: the first of a list, not the first in time.
    assert Request.read("為官從政頭一個不為是啥", retriever.corpus).asked.most is None


def test_where_one_lived_before_moving_to_a_named_place_is_not_where_they_moved(retriever):
    assert Request.read("纪玉芝搬到广安门北街之前住哪儿", retriever.corpus).asked.before_move
    assert not retriever.ask("纪玉芝搬到广安门北街之前住哪儿", k=3).answered


def test_a_name_and_its_kind_with_a_pointing_word_between_still_pin_the_one_asked(retriever):
    # 岫岩那个陨石坑: the sentence on 依兰陨石坑 does not say who found the other one.
    question = read("岫岩那个陨石坑是谁发现的", retriever.tokenizer, retriever.index)
    assert question.kinds == (("岫岩", "陨石坑"),)
    assert not retriever.ask("岫岩那个陨石坑是谁发现的", k=3).answered
    assert retriever.ask("依兰那个陨石坑是谁发现的", k=3).answered


def test_a_surname_asked_is_answered_by_a_name_or_a_surname_with_a_word_of_address(retriever):
    # 张大爷是…独居老人: jieba reads 张 + 大爷, no name; asked his surname, that is the answer.
    answer = retriever.ask("潍坊那个独居老人姓什么", k=3)
    assert answer.answered and answer.fact == "张大爷"
    assert retriever.ask("长春那个义务电工姓啥", k=3).fact == "張立春"
    # The next turn's 他 is the one named, not the question before it.
    first = retriever.ask("潍坊那个独居老人姓啥", k=1)
    turn = Conversation.after("潍坊那个独居老人姓啥", retriever.key_terms("潍坊那个独居老人姓啥"), first)
    assert resolve("他住哪个社区", turn, retriever.tokenizer.tag).text == "张大爷住哪个社区"
    # Asked who, a surname and a word of address is not taken for a name (那些羊卖给谁了 → 金大爷).
    assert not fits(Request.read("那些羊卖给谁了", retriever.corpus).asked, fold("“金大爷,你的羊卖了。”"),
                    retriever.tokenizer.tag, ["羊", "卖给"])


def test_the_conditions_asked_are_answered_only_where_a_condition_is_said(retriever):
    tag = retriever.tokenizer.tag
    asked = read_question("想去石油共生大院参加鹊桥会，报名得满足啥条件啊", retriever.tokenizer.question_focus)
    assert not fits(asked, fold("大院采取“政府+产权单位+社会力量”的方式，举办“鹊桥会”等各种群众活动。"), tag)
    assert fits(asked, fold("凡年满18周岁的单身青年均可报名。"), tag)
    assert fits(asked, fold("当满足元素个数有限时，可以使用列举法。"), tag)
    # 条件 is what is asked, not what the question is about.
    assert names_the_class("条件")
    assert not retriever.ask("想去石油共生大院参加鹊桥会，报名得满足啥条件啊", k=3).answered


def test_which_in_order_asked_as_laoji_is_read_as_which_number(retriever):
    # 排老几: which in order, as 是第几个 asks it; read so, the crater's sentence is found.
    assert "第几个" in plain_text("那它在咱国内发现的陨石坑里排老几")
    assert retriever.ask("黑龍江新發現那個月牙形的坑在國內排老幾", k=3).answered


def test_a_village_asked_with_its_form_is_named_by_its_name_alone(retriever):
    # 苏家塘村 asked, the documents write 自然村苏家塘: the same village, no other community.
    sentence = "自然村苏家塘成立临时党小组,并专门带领不愿拆的群众前往周边乡村观摩。"
    assert not another_community(("苏家塘村",), sentence, sentence)
    answer = retriever.ask("苏家塘村的老人观摩回来以后干了啥", k=3)
    assert answer.answered and "主动拆" in answer.hits[0].quote
    assert another_community(("苏家塘村",), "网周村的村两委干部开会。", "网周村的村两委干部开会。")


def test_a_place_asked_with_another_form_than_the_documents_give_is_not_named_by_them(retriever):
    from qa.pinned import _names

    assert _names("苏家塘村", "自然村苏家塘成立临时党小组")
    assert not _names("东兴村", "东兴小区位于厦门岛西部")  # 东兴小区 is no village
    assert _names("东兴小区", "东兴小区位于厦门岛西部")


def test_a_name_spoken_of_is_not_asked_when_a_place_is():
    from qa.question_kinds import question_kind
    # 这个名字 is what the question is about; 哪个国家 is what it asks.
    assert question_kind("台风卢碧这个名字是哪个国家起的") == "place"
    assert question_kind("这个名字是谁起的") == "person"
    assert question_kind("林原村的党委书记叫什么名字") == "person"


def test_a_section_s_first_paragraph_is_read_with_its_own_section_not_the_last(retriever):
    # 今年85岁的7层住户孙志荣 opens the section on 江汉北路社区 (named a paragraph on); the section before
    # told of 江欣苑社区, which does not make her another community's resident.
    answer = retriever.ask("江汉北路社区那个住7楼一周没出屋的老人今年多大岁数", k=3)
    assert answer.answered and "今年85岁" in answer.hits[0].quote


def test_who_did_a_thing_is_not_said_by_a_passive_with_no_one_doing_it(retriever):
    # 该数据于2020年5月4日晚被删除: what was done, not who did it.
    asked = read("佛罗里达卫生部网站上的数据是谁删除的", retriever.tokenizer, retriever.index).asked
    tag = retriever.tokenizer.tag
    assert not fits(asked, fold("但该数据于2020年5月4日晚被删除。"), tag, ["佛罗里达", "卫生部", "网站", "数据"])
    assert not retriever.ask("佛罗里达卫生部网站上的数据是谁删除的", k=1).answered
    # Said with its doer, active or passive, it answers.
    assert fits(asked, fold("卫生部长李文博下令删除了这些数据。"), tag, ["佛罗里达", "卫生部", "网站", "数据"])
    assert fits(asked, fold("该数据被卫生部长李文博删除。"), tag, ["佛罗里达", "卫生部", "网站", "数据"])


def test_a_city_s_communities_name_no_community(retriever):
    # 南宁社区党群服务中心: 南宁's, not a community called 宁社区; 中华中路社区 is one community.
    asked = read("南宁社区党群服务中心 几个", retriever.tokenizer, retriever.index).asked
    assert asked.place == "南宁"
    answer = retriever.ask("南宁社区党群服务中心 几个", k=1)
    assert answer.answered and "200多個社區黨群服務中心" in answer.hits[0].quote
    assert read("中华中路社区总人口有多少", retriever.tokenizer, retriever.index).asked.place == "路社区"


def test_a_province_s_whole_figure_is_not_a_part_of_it(retriever):
    # 整体 asks all of 辽宁's: 沈阳片区's 459万单 is a part of it.
    asked = read("辽宁上半年外贸整体的增速是百分之多少", retriever.tokenizer, retriever.index).asked
    assert asked.whole
    assert not retriever.ask("辽宁上半年外贸整体的增速是百分之多少", k=1).answered


@pytest.mark.parametrize(("question", "quoted"), [
    ("纪玉芝住的广安门北街那个院子门牌号是多少", "广安门北街20号院"),
    ("纪玉芝搬进的广安门北街那个院子门牌号多少", "广安门北街20号院"),
])
def test_an_address_asked_is_answered_by_a_house_number_or_a_floor(retriever, question, quoted):
    answer = retriever.ask(question, k=1)
    assert answer.answered and quoted in answer.hits[0].quote


@pytest.mark.parametrize("question", ["水南画眉站的门牌地址是多少 我想过去看看", "成都网络理政办在哪个区办公 地址多少"])
def test_an_address_the_documents_never_give_is_not_the_place_named(retriever, question):
    # 在江西省上饶市信州区新时代文明实践中心水南画眉站 places the station; it gives no address.
    assert not retriever.ask(question, k=1).answered


def test_a_village_after_a_verb_names_none(retriever):
    """驻村工作队: the team stationed in a village, not a place 驻村 whose count or date another
    village's sentence (…来到网周村,每周二,程鹏…开会) could not give."""
    assert local_place("程鹏他们驻村工作队多久跟村两委开一次会") == ""
    assert local_place("山下村有多少户") == "下村"  # a village's name ending in 下村 still names it
    answer = retriever.ask("程鹏他们驻村工作队多久跟村两委开一次会")
    assert answer.answered and "每周二" in answer.hits[0].quote


def test_who_sent_someone_is_answered_by_a_sentence_saying_so(retriever):
    """田飞是从哪个单位派到百家村挂职的: the bodies he set up (村民理事会…委员会) are no sender; only a
    sentence saying where from (从…派来, 由…选派, 来自) answers, and no document says it of him."""
    asked = read_question("田飞是从哪个单位派到百家村挂职的")
    assert fits(asked, fold("他由县委组织部选派到百家村挂职。"), lambda s: [])
    assert not fits(asked, fold("由于各方协调,田飞从2019年开始调整工作。"), lambda s: [])
    assert not fits(asked, fold("挂职姚家乡百家村任党支部书记助理的田飞说,组建了村民理事会、村民监督委员会"), lambda s: [])
    answer = retriever.ask("田飞是从哪个单位派到百家村挂职的")
    assert not answer.answered and answer.reason == "not-stated"


def test_when_one_joined_the_party_is_not_when_one_applied(retriever):
    """她啥时候正式入的党: 当年3月,她火线入党, not 2020年2月,她郑重写下入党申请书 (入党 inside 入党申请书)."""
    asked = read_question("华雨辰什么时候正式入的党")
    assert fits(asked, fold("当年3月,她火线入党,成为一名光荣的共产党员。"), lambda s: [])
    assert not fits(asked, fold("2020年2月,她郑重写下入党申请书。"), lambda s: [])
    assert not fits(asked, fold("2019年,她被确定为入党积极分子。"), lambda s: [])
    answer = ask_as_user(retriever, {"previous": "华雨辰是什么时候写的入党申请书？", "question": "那她啥时候正式入的党"})
    assert answer.answered and "当年3月" in answer.hits[0].quote
    # The way one joined said between (正式火线入党) still asks the joining, after the application it followed.
    assert read_question("华雨辰几月份正式火线入党的").event
    answer = retriever.ask("华雨辰写了入党申请书以后，几月份正式火线入党的")
    assert answer.answered and "当年3月" in answer.hits[0].quote


def test_a_body_asked_by_what_it_does_is_named_with_the_doing(retriever):
    """归哪个部门登记管理: a sentence naming 党支部 in a chain of posts says no registering; 哪个单位发布的
    is answered by the body said to have published it (娄底市纪委监委机关党委…发布了)."""
    assert read_question("江欣苑社区那45个文化协会归哪个部门登记管理").event == "登记"
    published = retriever.ask("李文博帮张银祥的那个微心愿是哪个单位发布的")
    assert published.answered and "机关党委" in published.hits[0].quote


@pytest.mark.parametrize(("question", "kind"), [
    ("卢布住的啥小区", "place"), ("他是什么村的", "place"), ("他们住在什麼社區", "place"),
    ("华雨辰是啥学校的老师", "organisation"),
    ("他在啥单位上班", None),  # 在某國營廠工作 answers: a description as often as a name
    # 是个什么社区 asks what sort it is: a description, no name.
    ("江欣苑是个什么社区", None), ("这是一個什麼小區", None),
])
def test_what_compound_or_which_school_asks_a_name_as_which_one_does(question, kind):
    assert question_kind(question) == kind


def test_what_compound_asked_is_answered_by_the_sentence_naming_it(retriever):
    # Not “…有一天深夜,家裏小孩紙尿褲用完了” (no compound named) but the sentence naming 中鼎溫馨家園小區.
    answer = retriever.ask("南宁那个深更半夜家里尿不湿用完的业主住的是啥小区", k=3)
    assert answer.answered and "中鼎溫馨家園" in answer.hits[0].quote


def test_when_something_usually_happens_is_answered_by_a_time_that_comes_round(retriever):
    # 一般啥时候: 利用周末、寒暑假 (not the date 1月25日 of another of her deeds); 平时啥时候开会: 每周二.
    answer = retriever.ask("华雨辰一般啥时候给孩子们上快乐课堂", k=3)
    assert answer.answered and "周末、寒暑假" in answer.hits[0].quote
    answer = retriever.ask("网周村工作队平时啥时候跟村两委开会", k=3)
    assert answer.answered and "每周二" in answer.hits[0].quote


def test_until_when_is_not_answered_by_when_it_began(retriever):
    # 驻到哪年: the documents give the day 程鹏 came (自从2021年6月来到网周村), never an end.
    answer = ask_as_user(retriever, {"previous": "程鹏是啥时候在村里碰见金大爷的", "question": "那他驻村要驻到哪年"})
    assert not answer.answered
