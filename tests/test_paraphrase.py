"""Questions in other words than the documents': spoken words (涨, 住户, 做买卖), numerals the text
writes in digits (七十年代), a different measure word (几支 for 12个), those few (那几只羊), and the
author's view (作者把…比作). Each is answered from the sentence that holds the answer, and a spoken
word is read as a written one only where the corpus never says it."""

from __future__ import annotations

import pytest

from qa.golden import ask_as_user
from qa.question import read
from qa.question_text import plain_text
from qa.quoting import Request
from qa.spoken_words import written_text


@pytest.mark.parametrize(("question", "answer"), [
    # 涨 → 增长, 做买卖 → 贸易: the corpus says 对韩国进出口276.5亿元,同比增长38.2%.
    ("辽宁上半年跟韩国做买卖涨了多少", "38.2%"),
    # 欧洲联盟 → 欧盟 (a body by the short name news writes), 前半年 → 上半年, 涨幅是多少: the growth.
    ("辽宁前半年对欧洲联盟的进出口涨幅是多少", "36.4%"),
    # 停掉 → 关闭: 2020年1月23日,离汉通道暂时关闭.
    ("武汉出城的通道临时停掉，是几月几号那天", "2020年1月23日"),
    # 几支 is answered by 12个“红马甲”特色志愿服务队: a thing counted by 个 in writing.
    ("长春那个社区有手艺的党员群众一共组了几支志愿服务队", "12個"),
    # 那几只羊: those sheep, not a count asked; 多少钱 asks the price.
    ("金大爷那几只羊最后卖了多少钱", "1万多块钱"),
    # 作者把…比作: what the piece says; 信息网络…已经成为社情民意的“晴雨表”.
    ("作者把網絡比作社情民意的什麼", "晴雨表"),
    # 外号 → 称为: 居民们喜欢把…邻里中心称为“百宝箱”.
    ("莆田阔口社区的居民管那个邻里中心叫什么外号", "百寶箱"),
    # 几个 is answered by 不少于1件: 件 counts things as 个 does.
    ("娄底规定每个党员每年至少认领几个微心愿", "不少于1件"),
    # open, typed in English: 投入使用 is how the text says it.
    ("海淀那个石油共生大院啥时候open的", "2020年10月1日"),
    # 跨境电商的东西: jieba tags 东西 a place; things, not a name the corpus lacks.
    ("沈阳片区跨境电商的东西卖到了多少个国家和地区", "30个国家和地区"),
    # 病人 → 患者: 171名患者数据; 爆出 → 披露 and 这事 (what the question said) weighs nothing.
    ("佛州卫生部网站上被偷偷删掉的那批数据涉及多少个病人", "171名患者"),
    ("是哪两家报纸爆出佛州删数据这事的", "《棕榈滩邮报》和《迈阿密先锋报》"),
    # 按那篇文章的说法 points at the piece; 当成 → 作为: 把群眾的呼聲作為工作的第一信號.
    ("按那篇文章的说法，领导干部应该把什么当成工作的第一信号？", "第一信號"),
    # 当作 → 作为 too: 把群眾的愿望作為第一目標.
    ("要把群众的什么当作工作的第一目标", "第一目標"),
    # 教啥的 asks the subject she teaches, said as what she is: 华雨辰是…钢花小学音乐教师.
    ("华雨辰教啥的呀", "音乐教师"),
    ("华雨辰在学校教的是什么科目", "音乐教师"),
    ("華雨辰在學校是教什麼的？", "音乐教师"),  # 是 before 教 (the 是 was left: 在学校是是做什么的)
    # Offices as talked about: 支书 is a 党支部书记, a district's 一把手 its 区委书记.
    ("新建村的支书是谁", "张凤珍"),
    ("潍城区的一把手叫啥", "刘金国"),
    # 评论 is the piece as its genre, a word the corpus never uses; 那家 a pointing word and classifier.
    ("评论提到的那家美国杂志叫啥名", "《名利场》"),
    # 乱糟糟 → 杂乱: 过去因产权关系复杂,这里曾满眼衰败、空间杂乱.
    ("石油共生大院以前为啥那么乱糟糟的", "产权关系复杂"),
    # 丢 → 失去, 胳膊 → 右臂 (the first written word the corpus has): 张银祥失去了右臂.
    ("张银祥当年出那次事故，丢的是哪只胳膊", "失去了右臂"),
    # 上线 → 开通, 合用 → 同号: 1988年,成都市开通12345热线,与市政府总值班室电话同号受理.
    ("成都12345热线刚上线的时候跟谁合用一个号", "市政府总值班室"),
    # 退下来 → 退休, 上班 → 工作: 退休前在某國營廠工作的老黨員張立春.
    ("张立春退下来以前是在啥单位上班的", "某國營廠"),
    # 交钱 → 免费 (whether it charges, as the report says it): 開展免費文體、手工創意等活動.
    ("阔口社区那些文体活动要交钱吗", "免費文體"),
    # 厉害 → 严重: 造成部分地区积水严重.
    ("卢碧过境那天厦门街上淹得厉害吗", "积水严重"),
    # 摸清各村底细 → 逐村调查摸底: 对全县168个行政村逐村调查摸底.
    ("泗县当初是咋把各村底细摸清的", "逐村调查摸底"),
    # 照着 → 适合, 娃们 → 儿童: 她开发了许多适合儿童心理特点的志愿活动.
    ("华雨辰给娃们设计志愿活动是照着啥来的", "儿童心理特点"),
    # 一时半会儿 → 暂时: 对暂时不具备办理条件的,耐心做好解释工作,归入待办档案.
    ("娄底那些一时半会儿办不了的微心愿咋处理", "归入待办档案"),
    # 谢谢 → 感谢: 为表示感谢,钟呼毅送上锦旗.
    ("钟呼毅为了谢谢社区党员干部送了啥", "送上锦旗"),
    # 带队 → 队长: 网周村驻村工作队队长程鹏 (a Traditional question on a Simplified text).
    ("請問網周村那個駐村工作隊是誰帶隊的", "队长程鹏"),
    # 送饭 → 送餐, 牵头 → 联合 (and who led is a body as much as a person): 颐园社区党委联合物业公司.
    ("潍坊颐园社区给独居老人送饭上门，是谁牵头搞的", "联合物业公司"),
    # 卖掉 → 卖: “金大爷,你的羊卖了,这是1万多块钱,你收着。”今年4月…
    ("金家龙的羊是哪个月卖掉的", "今年4月"),
    # 二楼 → 二层 (glued to 住户): 采取一、二层群众不出钱…加装了电梯.
    ("江汉北路加装电梯的时候一二楼住户掏不掏钱", "一、二层群众不出钱"),
])
def test_a_question_in_other_words_is_answered_by_the_sentence_that_holds_it(retriever, question, answer):
    found = retriever.ask(question, k=3)
    assert found.answered, found.reason
    assert answer in found.hits[0].quote


def test_a_spoken_word_read_as_written_is_a_word_the_corpus_knows(retriever):
    # A follow-up's own words are checked with `knows`: 谢谢 is read as 感谢, which the corpus says.
    assert retriever.knows("谢谢")
    assert not retriever.knows("护照")


def test_a_spoken_word_is_read_as_written_only_where_the_corpus_never_says_it():
    # The corpus of a market report says 涨: the asker's word is kept.
    assert written_text("猪肉涨了多少", ["猪肉", "涨了"], {"猪肉", "涨了", "增长"}) == "猪肉涨了多少"
    # A corpus that says only 增长 is searched for 增长.
    assert written_text("猪肉涨了多少", ["猪肉", "涨了"], {"猪肉", "增长"}) == "猪肉增长多少"
    # Nothing the corpus has to read it as: kept.
    assert written_text("猪肉涨了多少", ["猪肉", "涨了"], {"猪肉"}) == "猪肉涨了多少"


def test_a_verb_said_done_or_gone_is_read_as_the_verb_where_the_corpus_never_says_so():
    # 卖掉, 用完, 花光: a report writes 卖了, 用了; the complement is how the asker talks.
    assert written_text("羊卖掉了吗", ["羊", "卖掉"], {"羊", "卖"}) == "羊卖了吗"
    assert written_text("钱花光没", ["钱", "花光"], {"钱", "花"}) == "钱花没"
    # A corpus that writes 卖掉 keeps it; one without 卖 has nothing to read it as.
    assert written_text("羊卖掉了吗", ["羊", "卖掉"], {"羊", "卖掉", "卖"}) == "羊卖掉了吗"
    assert written_text("羊卖掉了吗", ["羊", "卖掉"], {"羊"}) == "羊卖掉了吗"
    # 拆掉以后盖了啥 asks what came after: the deed is its time, and a quote of it answers nothing.
    assert written_text("房子拆掉以后盖了啥", ["房子", "拆掉", "以后", "盖"], {"房子", "拆", "盖"}) == "房子拆掉以后盖了啥"
    assert written_text("他帮完老王之后干啥了", ["帮完", "老王", "之后"], {"帮", "老王"}) == "他帮完老王之后干啥了"


def test_a_spoken_word_glued_to_the_word_beside_it_is_read_as_written():
    # jieba reads 二楼住户 as one word: 二楼 is spoken (the text's 二层), 住户 a word the corpus has.
    assert written_text("一二楼住户要出钱吗", ["一", "二楼住户", "出钱"], {"二层", "住户", "出钱"}) == "一二层住户要出钱吗"
    # Nothing spoken in it: left alone.
    assert written_text("南湖住户多吗", ["南湖住户"], {"南湖", "住户"}) == "南湖住户多吗"


def test_the_verb_holding_an_office_asked_is_no_word_the_answer_must_hold(retriever):
    assert plain_text("郑鹏担任什么职务") == "郑鹏是什么职务"
    assert plain_text("他还兼着啥职务") == "他还是什么职务"
    assert plain_text("他担任什么工作") == "他担任什么工作"  # a job, not an office: as typed
    # 学院路街道党工委副书记、办事处主任郑鹏说: names the offices, never says 担任.
    for question in ("郑鹏担任什么职务", "郑鹏还兼着啥职务"):
        answer = retriever.ask(question, k=1)
        assert answer.answered and "办事处主任郑鹏" in answer.hits[0].quote, question


def test_what_something_counts_as_is_asked_as_what_it_is(retriever):
    assert plain_text("帮大家忙算是件啥事") == "帮大家忙是什么事"
    assert plain_text("他算是哪一年来的") == "他算是哪一年来的"  # no what asked: as typed
    answer = retriever.ask("張立春覺得幫大家忙算是件啥事?", k=1)
    assert answer.answered and "舉手之勞" in answer.hits[0].quote


def test_a_village_s_office_jieba_cuts_the_village_into_keeps_the_village_named(retriever):
    vocab = {"书记", "新建村", "百家村"}
    assert written_text("新建村支书叫啥", ["新建", "村支书", "叫"], vocab) == "新建村书记叫啥"
    assert written_text("百家村村支书是谁", ["百家村", "村支书", "是"], vocab) == "百家村书记是谁"  # named already
    assert written_text("百家村的村支书是谁", ["百家村", "的", "村支书"], vocab) == "百家村的书记是谁"
    assert written_text("谁当村支书的时间长", ["谁", "当", "村支书"], vocab) == "谁当书记的时间长"  # the office held
    answer = retriever.ask("新建村支书叫啥", k=1)
    assert answer.answered and "张凤珍" in answer.hits[0].quote


def test_a_body_s_short_name_is_read_as_the_full_name_the_corpus_writes(retriever):
    # 中央組織部近期黨內統計數據顯示…黨的基層組織468.1萬個: 中组部 is that body.
    words = [t.word for t in read("中组部统计的基层组织有多少", retriever.tokenizer, retriever.index).key_terms]
    assert "中央组织部" in words and "中组部" not in words
    assert "468.1" in retriever.ask("中組部那份統計裡頭，黨在基層的組織數量是多少").hits[0].quote
    assert written_text("中办发文", ["中办", "发文"], {"中办", "中共中央办公厅"}) == "中办发文"  # said short: kept


def test_gathering_up_and_trying_out_are_read_as_a_report_counts_them(retriever):
    # 沈阳、大连二手车出口试点: 试水 is the report's 试点, 旧车 its 二手车 (国外 its 国际 where it has no 境外).
    answer = retriever.ask("辽宁拿哪两座城市试水把旧车卖到国外去")
    assert answer.answered and "沈阳、大连" in answer.hits[0].quote
    assert written_text("攒了多少家", ["攒了", "多少", "家"], {"累计", "多少", "家"}) == "累计多少家"
    # 张罗 is what a report says someone pushed or organised (西马街道…主动作为,将加装电梯一事纳入“三驾”机制).
    answer = retriever.ask("武汉那栋42号老楼张罗装电梯，当初是纳入了个啥机制")
    assert answer.answered and "“三驾”机制" in answer.hits[0].quote


def test_a_day_of_the_week_is_read_as_the_corpus_writes_it(retriever):
    # 每周二,程鹏都要带着工作队…开会: 礼拜二, which the corpus never says, is its 周二.
    words = [t.word for t in read("程鹏每到礼拜二都干啥", retriever.tokenizer, retriever.index).key_terms]
    assert "周二" in words and "礼拜二" not in words
    assert written_text("礼拜二开会", ["礼拜二", "开会"], {"星期二", "开会"}) == "星期二开会"


def test_a_numeral_the_text_writes_in_digits_weighs_as_the_words_the_corpus_has(retriever):
    # 20世纪70年代就居住在大院的居民朱开成: 七十年代 is 70 + 年代 there, and 老住户 a 居民.
    words = [t.word for t in read("七十年代就住进石油大院的那位老住户叫什么", retriever.tokenizer,
                                  retriever.index).key_terms]
    assert "70" in words and "年代" in words and "居民" in words
    assert "七十年代" not in words and "老住户" not in words


@pytest.mark.parametrize(("typed", "read_as"), [
    ("金大爷那几只羊最后卖了多少钱", "金大爷那些羊最后卖了多少钱"),
    ("这几位老人住在哪", "这些老人住在哪"),
    ("作者认为党群关系是什么", "认为党群关系是什么"),
    ("这篇文章的作者把网络比作什么", "把网络比作什么"),
    # Where or when the piece says it: 按…的说法, 文章开头说, 到写文章那会儿.
    ("按那篇文章的说法，中国共产党到写文章那会儿走过了多少年？", "中国共产党走过了多少年?"),
    ("文章开头说全国有多少名党员", "全国有多少名党员"),
    ("根据报道的介绍，白领驿家有多大", "白领驿家有多大"),
    # What a teacher teaches is asked as what she does; 宗教, 佛教 are no teaching.
    ("她教啥的？", "她是做什么的?"),
    ("佛教什么时候传入中国", "佛教什么时候传入中国"),
    # A chat opener checking the listener knows the topic: the topic is what it is about.
    ("上海静安那个白领驿家 你去过没", "上海静安那个白领驿家"),
    ("华雨辰的故事影响了不少学生 这个你知道不？", "华雨辰的故事影响了不少学生"),
    ("你知道江欣苑社区吗", "你知道江欣苑社区吗"),  # who is asked about: `identity` reads it
])
def test_those_few_and_the_authors_view_are_no_words_of_the_answer(typed, read_as):
    assert plain_text(typed) == read_as


@pytest.mark.parametrize(("question", "framing"), [
    ("文中说只有我们把群众放在心上，结果会怎样？", "文中说"),
    ("文中說就算誰家電器壞了也能把他叫出來", "文中说"),
    ("文里提到的那个书记叫啥", "文里"),
    ("疫情刚开始那阵武汉是啥情况", "那阵"),
    ("就算谁家电器坏了他也会来吗", "谁家"),
    # Spoken amounts and particles.
    ("张国珍说群众工作要提高一堆能力 跟网络有关的是啥能力", "一堆"),
    ("张国珍提了好多能力，跟网络有关的是啥", "好多"),
    ("讲座之类的活动有几场", "之类"),
])
def test_what_is_only_spoken_is_no_word_of_the_answer(retriever, question, framing):
    # jieba keeps each of these whole: a word neither general Chinese nor the corpus has, it
    # weighed as a name, the question's heaviest word.
    words = [t.word for t in read(question, retriever.tokenizer, retriever.index).key_terms]
    assert framing not in words and words


def test_who_the_author_is_still_asks_the_byline():
    assert plain_text("这篇文章的作者是谁") == "这篇文章的作者是谁"
    assert plain_text("写这篇文章的记者是谁") == "写这篇文章的记者是谁"  # who wrote it, not when


def test_how_many_still_asks_a_count(retriever):
    assert plain_text("金大爷养了几只羊") == "金大爷养了几只羊"  # 几 with no 这/那 before it asks
    assert read("金大爷养了几只羊", retriever.tokenizer, retriever.index).asked.kind == "number"


def test_a_time_and_a_hedge_as_said_leave_the_words_that_matter(retriever):
    # 年末 as said for the 年底 (12月底) news writes; 一口气 is how the asker says the count came.
    # Neither weighs as the rarest word: the sentence that holds it is the related material shown.
    found = retriever.ask("到2015年年末一口气并进来几条", k=3)
    assert found.reason == "not-stated" and "81条" in found.hits[0].quote


def test_a_floor_counts_no_one(retriever):
    # 百乐门大都会22层 is where 白领驿家 is: a floor, not how many members (发展会员近10万名).
    answer = retriever.ask("白領驛家那邊會員有多少", k=1)
    assert answer.answered and "會員近10萬名" in answer.hits[0].quote
    # A floor asked is answered by one.
    assert "7层住户" in retriever.ask("孙志荣住几楼", k=1).hits[0].quote


def test_how_many_more_asks_a_change(retriever):
    # 多了多少: how many more, which 工作8小时外 does not say.
    assert read("白领里递交入党申请书的人多了多少", retriever.tokenizer, retriever.index).asked.change
    assert not read("白领驿家会员有多少", retriever.tokenizer, retriever.index).asked.change


@pytest.mark.parametrize(("typed", "read_as"), [
    ("张立春手机晚上关不关机", "张立春手机晚上关机吗"),  # not 关不 + 关机: a word no document says
    ("一二楼住户要不要出钱", "一二楼住户要出钱吗"),  # not 不要: a negation
    ("林原村种不种菜", "林原村种菜吗"),  # not 村种
    ("那他们动不动拿啥去吓唬人家", "那他们动不动拿什么去吓唬人家"),  # at every turn: no asking
    ("那些对志愿服务爱理不理的居民", "那些对志愿服务爱理不理的居民"),
])
def test_whether_asked_a_not_a_is_read_as_the_thing_asked(typed, read_as):
    assert plain_text(typed) == read_as


def test_a_not_a_is_answered_by_what_the_sentence_says(retriever):
    # 老人多不多: 六成是70岁以上老人.
    answer = retriever.ask("江汉北路42号小区老人多不多", k=1)
    assert answer.answered and "六成是70岁以上老人" in answer.hits[0].quote
    # 够不够两百个 still asks the figure (200多个), read before the A-not-A.
    assert read("南宁那边的社区党群服务中心，现在够不够两百个了", retriever.tokenizer, retriever.index).asked.kind == "number"


@pytest.mark.parametrize(("typed", "read_as"), [
    ("百家村搞五拆五清，我不是问拆了啥，是问谁带的头", "百家村搞五拆五清,谁带的头"),
    ("泗县不是问有几个行政村，泗县总人口是多少", "泗县,泗县总人口是多少"),
    ("辽宁全省跨境电商上半年一共多少单 不是问沈阳片区哈", "辽宁全省跨境电商上半年一共多少单"),
    ("不是问来电数，我是想知道解决率跟满意率哪个高", "解决率跟满意率哪个高"),
    ("不是问过了吗", "不是问过了吗"),  # a check put as a question: nothing set aside
])
def test_what_the_asker_says_they_do_not_ask_is_no_word_of_the_question(typed, read_as):
    assert plain_text(typed) == read_as


@pytest.mark.parametrize("question", [
    "泗县不是问有几个行政村，泗县总人口是多少",  # 168个行政村 answers what was set aside
    "辽宁全省跨境电商上半年一共多少单 不是问沈阳片区哈",  # 459万单 were 沈阳片区's
])
def test_the_figure_of_what_is_not_asked_is_no_answer(retriever, question):
    assert not retriever.ask(question, k=3).answered


def test_a_word_for_whatever_thing_is_no_word_the_answer_must_hold(retriever):
    # 东西 stands in for the needs the sentence names (就业、教育…), which never says 东西.
    weighed = Request.read("他讲现在老百姓要的东西都有哪些方面", retriever.corpus).question.key_terms
    assert "东西" not in [term.word for term in weighed]
    answer = ask_as_user(retriever, {"previous": "泗县县委宣传部部长是谁", "question": "他觉得老百姓想要的东西都落在哪几块"})
    assert answer.answered and "就业、教育" in answer.hits[0].quote


def test_inside_a_thing_named_is_no_word_the_answer_must_hold(retriever):
    # 小区里面: where the asking points, which the answer says with the building (300多户居民中) or not at
    # all; weighed as a word, its absence read as the fact left unsaid.
    weighed = Request.read("42号小区里面老人多不多", retriever.corpus).question.key_terms
    assert "里面" not in [term.word for term in weighed]
    answer = ask_as_user(retriever, {"previous": "江汉北路社区42号小区是啥时候建的？", "question": "里面老人多不多？"})
    assert answer.answered and "六成是70岁以上老人" in answer.hits[0].quote


def test_a_count_asked_as_of_now_is_the_one_news_says_of_now(retriever):
    # 现在一共整合了多少条: news writes the current count with 目前 (目前成都市已完成119条…), beside the
    # counts it grew from (2015年12月底,81条…).
    answer = retriever.ask("我想知道成都现在一共整合了多少条非紧急的政务热线", k=1)
    assert answer.answered and "119条" in answer.hits[0].quote
    # 现在 inside 体现在 (shown in) is no time.
    assert "体现在" in plain_text("党建下沉让基层治理有了新的生命力，具体体现在哪几点")
