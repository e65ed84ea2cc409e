"""A question is read once, as a person means it: filler dropped, colloquial forms written out,
numerals searched as digits too, words weighed by how specific they are in general Chinese."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from qa import background
from qa.index import BM25Index
from qa.numerals import chinese_to_int, with_digits
from qa.question import read
from qa.question_pieces import cut_across, glued_on, mis_cut, rejoined
from qa.question_text import plain_text
from qa.tokenize import Tokenizer


@pytest.mark.parametrize(("typed", "searched"), [
    ("老师您好，我想问下检验工作的第一标准到底是什么呢？", "检验工作的第一标准是什么?"),
    ("你好，请问一下江欣苑社区有多少名党员呀？", "江欣苑社区有多少名党员?"),
    ("麻烦问下，北京首个物业管理委员会是啥时候成立的？谢谢", "北京首个物业管理委员会是什么时候成立的?"),
    ("袁宝柱得了啥病？", "袁宝柱得了什么病?"),
    ("請問一下，華雨辰是哪裡人啊？", "华雨辰是哪里人?"),
    ("张银祥今年多大岁数啦", "张银祥今年几岁"),
    ("成都干嘛要把热线都合并进12345？", "成都为什么要把热线都合并进12345?"),  # 干嘛要 asks why
    ("华雨辰是干嘛的", "华雨辰是做什么的"),  # 干嘛 alone asks what
    ("20号院是哪年盖起来的啊", "20号院是哪年建成的"),  # spoken words for the written ones
    ("她头一份志愿活儿是干啥", "她第一份志愿活儿是做什么"),  # 头一 as spoken for 第一
    ("小玮现在读高几", "小玮现在读几年级"),  # which school year, as 几年级 asks it
    ("那座楼是高几米", "那座楼是高几米"),  # a height, not a school year
    ("带头一起干的是谁", "带头一起干的是谁"),  # 带头 is a word of its own
    ("里头一个人都没有", "里头一个人都没有"),
    ("那个山头一个人都没有", "那个山头一个人都没有"),  # 山头, 码头: words that end in 头
    ("张立春退休前在哪儿上班", "张立春退休前在哪里工作"),
    ("袁宝柱身体有啥毛病吗", "袁宝柱身体有什么病吗"),
    ("袁宝柱都有啥毛病啊", "袁宝柱都有什么病"),  # 毛病 of someone: an ailment
    ("那段自动语音市民听着有啥毛病", "那段自动语音市民听着有什么问题"),  # of a thing heard: a fault
    ("泗县近几年整合了多少涉农资金", "泗县近年来整合了多少涉农资金"),  # recent years, no 几年 asked
    ("6月7号那天开会时是谁在汇报", "6月7日开会时是谁在汇报"),  # a day as spoken, as written
    ("10号楼住了几户", "10号楼住了几户"),  # a building's number stays
    ("董明媛多大了", "董明媛几岁了"),  # an age, not 多 and 大 as words to search
    ("娄底纪委监委的李文博今年多大", "娄底纪委监委的李文博今年几岁"),  # this year: an age, so his (not 47岁的张银祥)
    ("依兰陨石坑面积多大", "依兰陨石坑面积多大"),  # a size
    ("请问一下哈，林原村组建了几支志愿服务队呢？", "林原村组建了几支志愿服务队?"),  # the particle goes with 请问
    ("你好哈，林原村在哪", "林原村在哪"),
    ("请问哈尔滨在哪", "哈尔滨在哪"),  # 哈 of a name stays
    ("哈喽，林原村在哪", "林原村在哪"),
    ("hi 林原村在哪", "林原村在哪"),
    ("history是什么", "history是什么"),  # a word that opens like a greeting is no greeting
    ("到目前为止成都一共整合了多少条热线", "目前成都一共整合了多少条热线"),  # as of now, as written
    # An amount half-remembered and asked to be confirmed is the count asked, not words to search.
    ("省党代表一共八百来个？", "省党代表一共多少?"),
    ("跟韩国的外贸好像是两百七十多亿？具体多少啊", "跟韩国的外贸多少亿?具体多少"),
    ("党员总数是多少来着 九千一百多万？", "党员总数是多少来着 多少万?"),
    ("涨了三成多吧，准数是多少", "涨了多少吧,准数是多少"),  # a rate guessed: 成, 倍
    ("那他今年是四十幾歲", "那他今年是几岁"),  # an age guessed: asked in 岁, as ages are said
    ("袁宝柱六十多岁了吧", "袁宝柱几岁"),
    ("他四十几岁了还在上班", "他四十几岁了还在工作"),  # said of him, not asked
    # A count checked (有三百件不): what the answer states (近300件), not the question's own number.
    ("深田社区一年多帮居民办成了多少件 有三百件不", "深田社区一年多帮居民办成了多少件 多少不"),
    # A picture by its number, as captions print it (图⑤, folded 图5).
    ("图五是哪儿的党员", "图5是哪里的党员"),
    ("第五张图是哪儿的党员", "图5是哪里的党员"),
    ("图书馆在哪", "图书馆在哪"),
    # A threshold checked: the count is asked, the answer states it (9191.4萬名, 71.1%).
    ("全国党员有没有超过九千万", "全国党员多少万"),
    ("同比涨幅超过七成了吗", "同比涨幅多少吗"),
    ("那个小区是不是超过三百户", "那个小区多少"),
    ("超过三百户的小区在哪", "超过三百户的小区在哪"),  # said of what is asked about, not at the end
    # Whether a count reaches a figure, asked A-not-A (够不够, 过没过): the count is asked.
    ("南宁的社区党群服务中心现在够不够两百个了", "南宁的社区党群服务中心现在有多少个了"),
    ("党的基层组织数过没过四百万，具体是多少", "党的基层组织数有多少,是多少"),
    # A rough magnitude guessed (上千户吗, 上万了吗, 几千块还是上万块, 几万号人): the figure is asked.
    ("那个小区住户有上千户吗", "那个小区住户有多少户"),
    ("会员上万了吗", "会员多少"),
    ("那几只羊卖了几千块还是上万块", "那些羊卖了多少钱"),
    ("社区住着几万号人啊", "社区住着多少人"),
    ("会员过万，活动多吗", "会员过万,活动多吗"),  # said, not asked
    ("花了几百万", "花了几百万"),
    ("手机一天开几个钟头", "手机一天开几个小时"),
    ("对欧盟进出口跟上一年同期比涨了多少", "对欧盟进出口同比涨了多少"),  # as the documents write it
    ("比去年这会儿多出来百分之几", "同比多出来百分之几"),
    ("跟去年比涨了几个点", "同比涨了百分之几"),  # percentage points, against last year
    ("群众的呼声该当成啥", "群众的呼声应该当成什么"),  # cut as meant: 当成 (taken as), not 该当
    ("社区当成立了什么组织", "社区当成立了什么组织"),  # 当成立: when founded, nothing taken as
    ("这种作风咱党保持多少年了", "这种作风党保持多少年了"),  # 咱党: the party
    ("那家杂志是几月份捅出来的", "那家杂志是几月份披露的"),  # made public, as news writes it
    ("孙志荣今年高寿", "孙志荣今年几岁"),  # an age, as the documents write it (85岁)
    ("孙志荣的年龄是多少", "孙志荣几岁"),
    ("对了 写这篇的记者叫啥", "写这篇的记者叫什么"),  # a chat turn's opener says nothing of the piece
    ("好的谢谢那这稿子的责编是谁", "那这稿子的责编是谁"),  # before 那, a pause is not needed
    ("好的学校有哪些", "好的学校有哪些"),  # 好的 before what it describes is asked about
    ("好人好事有哪些", "好人好事有哪些"),  # a bare 好 greets only before a pause
    ("另外三个是啥", "另外三个是什么"),  # the other three, asked about
    ("全市有几个点位", "全市有几个点位"),  # sites, not percentage points
    ("在什么事件当中死了五千多人？", "在什么事件当中死了五千多人?"),  # it says which event is asked
    ("湖北开第十二次党代会？", "湖北开第十二次党代会?"),  # no rough amount, no hedge: no guess
    ("80多岁的老人叫什么", "80多岁的老人叫什么"),  # said of someone, not at the clause's end
    ("网周村归哪个市管？", "网周村属于哪个市?"),  # which one it comes under, as the documents say
    ("崇庆县划归哪个市管辖", "崇庆县划归哪个市管辖"),  # 划归: a verb of its own
    ("回归哪个管道", "回归哪个管道"),  # 回归 is a word; 管道 no 管
    # A student's situation says nothing of the answer.
    ("石油共生大院的“三共”是哪三共 考试要默写", "石油共生大院的“三共”是哪三共"),
    ("老师布置的作业要概括方程式那篇文章，记者都去了哪几个地方采访啊", "方程式那篇文章,记者都去了哪几个地方采访"),
    ("考试可能考名词解释，文中怎么定义社会治理的主体", "文中怎么定义社会治理的主体"),
    ("高考考试科目有哪些", "高考考试科目有哪些"),  # 考试 asked about, no situation
    # Regional forms an older asker types: the asking, or the word the documents write.
    ("林原村拢共是几支队伍嘞", "林原村一共是几支队伍"),
    ("阔口社区常住的得有多少个人嘞", "阔口社区常住的得有多少人"),
    ("金大爷的羊卖了几多钱", "金大爷的羊卖了多少钱"),
    ("那家的伢读几年级", "那家的孩子读几年级"),
    ("东兴小区啷个回事", "东兴小区怎么回事"),
    ("俺们村啥子时候通的路噻", "我们村什么时候通的路"),
    ("俺巴孩是谁的继承者", "俺巴孩是谁的继承者"),  # a name, no 俺
    # The asker's plan to visit says nothing of the answer; the place is the topic.
    ("俺们老姐妹想去海淀那个石油大院转转，它是哪天正式用起来的", "海淀那个石油大院,它是哪天正式用起来的"),
    ("华雨辰想去哪里看看", "华雨辰想去哪里看看"),  # the visit asked about
    # A guess after the question, said to be proven wrong: its words are no answer's.
    ("他今年多大岁数了 不会七十多了吧", "他今年几岁了"),
    ("华雨辰是哪里人 不是武汉人吧", "华雨辰是哪里人"),
    ("金家龍是網周村的吧", "金家龙是网周村的"),  # nothing asked before it: the guess is the question
    ("李抱玉名字是怎么得来的", "李抱玉名字是怎么得来的"),  # 么得 only in 怎么得来
])
def test_filler_and_colloquial_forms_are_read_as_the_written_question(typed, searched):
    assert plain_text(typed) == searched


@pytest.mark.parametrize("small_talk", ["你好", "谢谢！", "您好"])
def test_a_question_of_nothing_but_filler_is_kept_as_typed(small_talk):
    assert plain_text(small_talk)  # small talk is recognised downstream; never an empty question


def test_a_real_word_that_merely_contains_filler_survives():
    assert "麻烦" in plain_text("居民遇到了什么麻烦？")


@pytest.mark.parametrize(("numeral", "value"), [("七十", 70), ("一百二十", 120), ("一九九八", 1998), ("十", 10),
                                                ("两", 2), ("十一", 11)])
def test_chinese_numerals_are_read_as_numbers(numeral, value):
    assert chinese_to_int(numeral) == value


def test_counted_numerals_are_also_searched_as_digits():
    assert with_digits("七十年代的人口") == "70年代的人口"
    assert with_digits("二十世纪") == "20世纪"
    assert with_digits("两个人") == "两个人"  # a word, not a number worth searching as a digit


@pytest.mark.parametrize(("typed", "read_as"), [
    ("开展了三千八百多场活动", "开展了3800多场活动"),  # a rough count keeps its 多 (the text: 3800余场)
    ("对欧盟进出口六百六十五亿", "对欧盟进出口665亿"),
    ("一千一百八十四点七亿元", "1184.7亿元"),  # a decimal read with 点
    ("近十户脱贫户", "近10户脱贫户"),
    ("一二层的住户", "一二层的住户"),  # the first and second floors, no number twelve
    ("二三十块钱一斤", "二三十块钱一斤"),  # twenty or thirty: a range
    ("百家村在哪", "百家村在哪"),  # a bare 百 before 家 is a name
])
def test_counts_written_out_are_read_in_digits(typed, read_as):
    assert with_digits(typed) == read_as


def test_a_count_written_out_weighs_as_the_digits_the_text_has(retriever):
    # 共开展各类活动3800余場: 三千八百 unread was an unknown word, weighed as the rarest.
    words = [t.word for t in read("白领驿家真搞了三千八百多场活动？", retriever.tokenizer, retriever.index).key_terms]
    assert "3800" in words and "三千八百" not in words
    # jieba cuts 六百六十|五亿: the digits take the next word's numeral too (全省对欧盟进出口665.3亿元).
    words = [t.word for t in read("辽宁跟欧盟那六百六十五亿同比涨了多少", retriever.tokenizer, retriever.index).key_terms]
    assert "665" in words and "六百六十" not in words


def test_a_share_asked_is_the_asking_not_a_word_to_search(retriever):
    # jieba keeps 百分之几 as one word (tagged an idiom); the documents write 34%, never the asking.
    words = [t.word for t in read("辽宁对美国进出口增长百分之几", retriever.tokenizer, retriever.index).key_terms]
    assert "百分之几" not in words and "美国" in words
    answer = retriever.ask("辽宁跟美国的买卖上半年涨了三成多？具体几个点", k=3)
    assert answer.answered and "同比增长34%" in answer.hits[0].quote


def test_an_aspect_particle_jieba_glued_on_is_no_part_of_the_word(retriever):
    # 改了 is in jieba's table but not the corpus: read whole it weighed as the rarest word.
    words = [t.word for t in read("東興小區改了多久", retriever.tokenizer, retriever.index).key_terms]
    assert "改" in words and "改了" not in words


def test_a_direction_jieba_glued_on_is_no_part_of_the_verb(retriever):
    # 搬进 is in jieba's table, not the corpus (搬到): read whole it weighed as the rarest word.
    words = [t.word for t in read("纪玉芝是啥时候搬进去的", retriever.tokenizer, retriever.index).key_terms]
    assert "搬" in words and "搬进" not in words
    assert retriever.ask("纪玉芝是啥时候搬进去的").answered
    # A word the corpus has stays whole (走进 of 走进群众).
    words = [t.word for t in read("他们怎么走进群众", retriever.tokenizer, retriever.index).key_terms]
    assert "走进" in words


def test_question_digits_reach_the_query_tokens(retriever):
    question = read("二十世纪九十年代纪玉芝搬到了哪里？", retriever.tokenizer, retriever.index)
    assert "20" in question.tokens and "90" in question.tokens


def test_general_words_weigh_next_to_nothing_and_names_weigh_most():
    assert background.specificity("今天") < 0.2
    assert background.specificity("一下") < 0.2
    assert background.specificity("陨石坑") == 1.0
    assert background.specificity("江欣苑") == 1.0  # unknown to general Chinese: a name


def test_key_terms_mark_names_and_words_the_corpus_lacks(retriever):
    question = read("依兰陨石坑今天有多大？", retriever.tokenizer, retriever.index)
    terms = {t.word: t for t in question.key_terms}
    assert terms["依兰"].named and terms["依兰"].in_corpus
    assert terms["今天"].weight < terms["陨石坑"].weight / 4
    unknown = read("红烧肉怎么做？", retriever.tokenizer, retriever.index)
    assert not {t.word: t for t in unknown.key_terms}["红烧肉"].in_corpus


def test_a_pronoun_inside_a_question_is_no_word_to_search(retriever):
    # 它们 stands for 东南亚那十国; the corpus never says 它们, so it weighed as the rarest word.
    question = read("东南亚那十国，辽宁上半年跟它们做了多大生意", retriever.tokenizer, retriever.index)
    words = {t.word for t in question.key_terms}
    assert not words & {"它们", "他们", "她们", "它", "他", "她"}
    assert {"东南亚", "辽宁"} <= words


def test_a_well_known_name_the_corpus_lacks_is_absent_and_nothing_is_said_of_it(retriever):
    question = read("上半年辽宁对德国进出口多少亿元？", retriever.tokenizer, retriever.index)
    assert question.absent == ("德国",)
    assert not retriever.ask("上半年辽宁对德国进出口多少亿元？").answered  # not the EU's 665.3亿元
    assert retriever.ask("上半年辽宁对欧盟进出口多少亿元？").answered
    # A name the corpus has, or one general Chinese barely lists, is not absent.
    assert read("依兰陨石坑有多大？", retriever.tokenizer, retriever.index).absent == ()


@pytest.mark.parametrize(("question", "absent"), [
    ("鄂尔多斯东胜区组建了几支志愿服务队", ("东胜区",)),  # the corpus has 达拉特旗's, not 东胜区's
    ("寒亭区建了多少个家门口党群服务站", ("寒亭区",)),  # 潍城区's 121处, not 寒亭区's
    ("辽宁省上半年对韩国进出口多少", ()),  # the corpus writes 辽宁: a place it has, with its unit
    ("自贸区跨境电商增长了多少", ()),  # a kind of place, no place's name
])
def test_a_place_named_by_its_unit_that_the_corpus_lacks_is_absent(retriever, question, absent):
    assert read(question, retriever.tokenizer, retriever.index).absent == absent


def test_a_place_the_corpus_lacks_gets_no_quote_of_another_place_but_a_misspelt_one_is_found(retriever):
    assert not retriever.ask("鄂尔多斯东胜区组建了几支志愿服务队").answered  # not 达拉特旗's 七支
    assert not retriever.ask("寒亭区建了多少个家门口党群服务站").answered  # not 潍城区's 121处
    misspelt = retriever.ask("潍成区建了多少个家门口党群服务站")
    assert misspelt.answered and "121处" in misspelt.hits[0].quote


def test_which_airport_of_documents_naming_none_is_not_answered_by_another_place(retriever):
    # Airports are named with the word (桃仙国际机场): documents that never say 机场 name none.
    question = read("沈阳片区的跨境电商包裹主要从哪个机场发出去", retriever.tokenizer, retriever.index)
    assert question.absent == ("机场",)
    assert not retriever.ask("沈阳片区的跨境电商包裹主要从哪个机场发出去").answered
    # A category is answered by names without it (思明区, 武钢体育中心); a kind the corpus says stays.
    assert read("深田社区在厦门哪个行政区", retriever.tokenizer, retriever.index).absent == ()
    assert read("华雨辰在哪个小学教书", retriever.tokenizer, retriever.index).absent == ()


def test_who_did_a_deed_the_documents_never_name_is_not_answered_by_who_did_another(retriever):
    # The piece says the data were deleted and who reported it, never who ordered it (下令).
    question = read("佛州那批病例数据当时是谁下令删的", retriever.tokenizer, retriever.index)
    assert question.absent == ("下令",)
    answer = retriever.ask("佛州那批病例数据当时是谁下令删的", k=3)
    assert not answer.answered and answer.reason == "not-stated" and answer.hits  # related quotes shown
    # A deed the documents do name is asked as before.
    assert read("谁发现了依兰陨石坑", retriever.tokenizer, retriever.index).absent == ()
    assert retriever.ask("谁发现了依兰陨石坑", k=3).answered


def test_an_aspect_particle_and_a_colloquial_do_verb_are_no_key_terms(retriever):
    question = read("白领驿家一共搞过多少场活动", retriever.tokenizer, retriever.index)
    assert [t.word for t in question.key_terms] == ["白领驿家", "活动"]
    answer = retriever.ask("白领驿家一共搞过多少场活动")  # 共开展各类活动3800余场: no 搞, no 过
    assert answer.answered and "3800余場" in answer.hits[0].quote


def test_the_plural_and_the_some_of_asking_are_no_key_terms(retriever):
    # jieba cuts 孩子们 into 孩子 + 们 and 了些啥 into 了 + 些 + 啥: neither piece is content, and
    # 些 weighed as the rarest word of all.
    question = read("华雨辰给孩子们开发了些啥活动", retriever.tokenizer, retriever.index)
    assert [t.word for t in question.key_terms] == ["华雨辰", "给", "孩子", "开发", "活动"]


@pytest.mark.parametrize(("question", "words"), [
    ("何香凝是谁？", ["何香凝"]),  # 何 is a common surname: the name is the question's subject
    ("何炅主持了什么节目？", ["何炅", "主持", "节目"]),
    ("该镇何时建立？", ["该镇", "建立"]),  # 何时, 何意 still ask
    ("这个词在意大利文中是何意？", ["词", "意大利文", "中"]),
])
def test_he_asks_only_as_an_asking_word_never_as_a_surname(retriever, question, words):
    assert [t.word for t in read(question, retriever.tokenizer, retriever.index).key_terms] == words


@pytest.mark.parametrize(("question", "words"), [
    # jieba tags 老太太 a person's name; it names no one, so the 80多岁 of the woman described answers.
    ("上饶金山社区那个不会用智能手机、跟女儿视频的老太太今年多大岁数啦？", "80多岁"),
    # jieba tags 哈 (of a 哈喽 run on with the question) a place; a lone character pins nothing.
    ("哈喽佛罗里达州卫生部网站上那171名患者的数据是哪天被删掉的？", "2020年5月4日晚"),
])
def test_a_kind_of_person_or_one_character_is_no_absent_name(retriever, question, words):
    assert read(question, retriever.tokenizer, retriever.index).absent == ()
    answer = retriever.ask(question)
    assert answer.answered and words in answer.hits[0].quote


def test_the_kind_of_answer_is_read_from_the_written_form(retriever):
    assert read("依兰陨石坑有多大？", retriever.tokenizer, retriever.index).kind == "number"
    assert read("新问题主要表现在哪里？", retriever.tokenizer, retriever.index).kind is None
    # 差别在哪, 亮点在哪呢: a bare 在哪 after what is not a place asks what, as 在哪里 does.
    assert read("有性生殖和无性生殖的差别在哪?", retriever.tokenizer, retriever.index).kind is None
    assert read("白领驿家的亮点在哪呢", retriever.tokenizer, retriever.index).kind is None
    assert read("白领驿家在哪呢", retriever.tokenizer, retriever.index).kind == "place"
    # 往哪儿引, 往哪个方向转: a direction to lead to, not a place (going somewhere still asks one).
    assert read("文章说得把居民往哪儿引", retriever.tokenizer, retriever.index).kind is None
    assert read("党群工作在往哪个方向转", retriever.tokenizer, retriever.index).kind is None
    assert read("华雨辰又跑去了哪", retriever.tokenizer, retriever.index).kind == "place"
    # 多大 inside a name (科罗拉多大学: 多 + 大学) asks no size; 哪三个 asks which ones.
    assert read("科罗拉多大学共有哪三个校区？", retriever.tokenizer, retriever.index).kind is None
    answer = retriever.ask("要打造人人有责的治理共同体，文章说得把居民往哪儿引")
    assert answer.answered and "回歸自治本位" in answer.hits[0].quote
    # 在哪一個戰爭中, 在哪些比赛中, 在哪一皇帝之後: in which war, contest, reign; no place is asked.
    for question in ("慈運理在哪一個戰爭中身亡?", "吕方在哪些比赛中获得过冠军？", "三國志所寫的歷史主要都是在哪一皇帝之後的事情？"):
        assert read(question, retriever.tokenizer, retriever.index).kind is None, question
    assert read("他在哪一个城市工作", retriever.tokenizer, retriever.index).kind == "place"
    # 力量支撑在哪里: in what (基层), not at which place; answered by the sentence saying so.
    assert read("党的工作最坚实的力量支撑在哪里？", retriever.tokenizer, retriever.index).kind is None
    assert retriever.ask("习近平总书记说党的工作最坚实的力量支撑在哪里？").answered
    # 比例, 规模, 数量 ask a number only when the question asks their size, not in passing.
    assert read("红蓝绿按一定比例混合会得到什么颜色的光?", retriever.tokenizer, retriever.index).kind is None
    assert read("该校男女比例是多少", retriever.tokenizer, retriever.index).kind == "number"
    assert read("演唱会规模？", retriever.tokenizer, retriever.index).kind == "number"
    # 叫什么 of a place or a school asks its name, not a person's.
    assert read("那个多民族聚居的社区叫什么？", retriever.tokenizer, retriever.index).kind == "place"
    assert read("那所学校叫什么名字", retriever.tokenizer, retriever.index).kind == "organisation"
    assert read("社区党委书记叫什么名字", retriever.tokenizer, retriever.index).kind == "person"
    assert read("華雨辰是哪裡人？", retriever.tokenizer, retriever.index).kind == "place"


def test_the_subject_is_shown_as_the_asker_typed_it(retriever):
    question = read("華雨辰是哪裡人？", retriever.tokenizer, retriever.index)
    assert question.surface("华雨辰") == "華雨辰"


@pytest.mark.parametrize(("word", "named", "pieces"), [
    ("大院里", True, ("大院", "里")),  # jieba guessed a place name; the corpus has 大院
    ("里是", False, ("里", "是")),  # two function characters glued, in no dictionary
    ("是从", False, None),  # jieba's table lists it: a word, not two characters
    ("博士生", False, None),  # 生 is a suffix with a meaning, not a function word
    ("铁电", False, None),
    ("岫岩", True, None),  # a name the corpus has: not an accident
    ("庄纪炎", True, None),  # a name it lacks stays one word, the rarest
    ("总额", False, None),  # a word of general Chinese is never cut into two characters
    ("陨石坑", False, None),  # the corpus has it
    ("比较突出", False, ("比较", "突出")),  # a common adverb jieba's table glues on (the text's 较为突出)
    ("突出贡献", False, None),  # 突出 is no adverb that only says how much
    ("那羊", False, ("那", "羊")),  # 金大爷那羊: a pointing word glued to a character the corpus has
    ("口湖", False, None),  # 火山口湖: 口 is common, but no pointing word or adverb
    ("小玮读", True, ("小玮", "读")),  # a corpus name and the verb after it, guessed one name
    ("写华雨辰", True, ("写", "华雨辰")),  # 写华雨辰那篇报道的记者: a verb and the corpus name it takes
    ("接电话", False, None),  # no name guessed: 接电话 stays the phrase the corpus lacks
    ("那家", False, ("那", "家")),  # 的那家美国杂志: a pointing word and its classifier
    ("多帮", False, ("多", "帮")),  # 一年多帮街坊: 多 of 一年多 glued to the verb after it
    ("最盼", False, ("最", "盼")),  # 家里困难的小孩最盼着的是啥: a degree adverb glued to the verb
    ("江心苑", True, None),  # a misspelt name: 苑 is no verb after a subject
    ("我长", False, ("我", "长")),  # 我长按咋没反应: a pronoun glued to a verb, weighed as a rare name
    ("他家", False, None),  # a word jieba's table lists
    ("说党", True, ("说", "党")),  # 文章说党最大的危险是啥: a verb of saying glued on, guessed a name
    ("说法", False, None),  # a word jieba's table lists, not 说 + 法
])
def test_a_word_jieba_glued_to_a_common_character_is_cut_back(retriever, word, named, pieces):
    assert mis_cut(word, retriever.index.vocab, named=named) == pieces


def test_what_an_article_says_of_a_one_character_subject_is_answered(retriever):
    answer = retriever.ask("這篇文章說黨最大的危險是啥？", k=1)
    assert answer.answered and "脫離群眾" in answer.hits[0].quote


def test_a_name_cut_one_character_too_early_is_mended_across_the_cut():
    # jieba reads 明仁天皇 as 明 + 仁天皇; the corpus writes 明仁 and 天皇, and 仁天皇 only of 德仁天皇.
    index = BM25Index.build([["明仁", "是", "天皇"], ["德", "仁天皇"], ["天皇", "即位"], ["明仁", "即位"],
                             ["他", "出生地"], ["他出", "生地"], ["他出", "生地"], ["他出", "生地"]])
    assert cut_across(["明", "仁天皇", "登基"], index) == ["明仁", "天皇", "登基"]
    assert cut_across(["德", "仁天皇"], index) == ["德", "仁天皇"]  # no 德仁 in the corpus
    assert cut_across(["他", "出生地"], index) == ["他", "出生地"]  # a function character stays apart


def test_a_name_cut_before_its_last_character_is_mended_from_the_word_after(retriever):
    # jieba reads 袁宝柱家 as 袁宝 + 柱家; the corpus has 袁宝柱 and 家, neither 袁宝 nor 柱家.
    index = BM25Index.build([["袁宝柱", "的", "老伴儿"], ["家", "老伴儿"], ["宝柱", "家"]])
    assert cut_across(["袁宝", "柱家", "老伴儿"], index) == ["袁宝柱", "家", "老伴儿"]
    assert cut_across(["宝柱", "家"], index) == ["宝柱", "家"]  # already words the corpus has
    answer = retriever.ask("袁宝柱家那口子得的啥病", k=1)  # 那口子, as people say it: his 老伴儿
    assert answer.answered and "老伴儿膝盖总疼" in answer.hits[0].quote


def test_a_function_character_glued_after_a_name_cut_apart_is_no_word():
    # 扁嘴鹅以什么为食: jieba reads 扁 + 嘴鹅以; the corpus writes 扁嘴 + 鹅, and 以 is no word of the name.
    index = BM25Index.build([["扁嘴", "鹅", "栖息"], ["鹅", "吃", "草"], ["扁嘴", "天鹅"]])
    assert cut_across(["扁", "嘴鹅以", "为食"], index) == ["扁嘴", "鹅", "为食"]
    assert cut_across(["扁", "嘴鹅草"], index) == ["扁", "嘴鹅草"]  # 草 is no function character


def test_a_function_character_jieba_took_from_a_name_goes_back():
    # 马贵在1911年: jieba reads 马 + 贵在; the corpus has 马贵 side by side, and 在 is a function character.
    index = BM25Index.build([["马贵", "在", "1911"], ["▁马贵", "▁贵在"], ["旧", "改仅", "用", "▁旧改"]])
    assert cut_across(["马", "贵在", "1911"], index) == ["马贵", "在", "1911"]
    assert cut_across(["旧", "改用", "多长"], index) == ["旧改", "用", "多长"]  # the text's 舊改僅用了
    assert cut_across(["马", "贵族"], index) == ["马", "贵族"]  # 族 is no function character
    # 坑 + 之前: the text's 陨石坑之后 holds the pair 坑之, but 之前 is a function word, said as such.
    index = BM25Index.build([["陨石坑", "之后", "▁坑之", "▁之后"]])
    assert cut_across(["坑", "之前"], index) == ["坑", "之前"]


def test_a_renovation_asked_how_long_is_answered_by_its_span(retriever):
    answer = retriever.ask("厦门东兴小区旧改用了多长时间", k=1)
    assert answer.answered and "幾個月" in answer.hits[0].quote  # not 近三年來的變化


def test_a_glued_word_no_longer_weighs_as_the_rarest(retriever):
    question = read("朱开成大爷是打啥时候起住在大院里的", retriever.tokenizer, retriever.index)
    terms = {t.word: t for t in question.key_terms}
    assert "大院里" not in terms and terms["大院"].in_corpus and terms["里"].weight < terms["大院"].weight / 4


def test_a_common_character_glued_to_the_start_of_a_name_is_cut_off(retriever):
    vocab = retriever.index.vocab
    # 来网周村: jieba reads 来网 + 周村; the corpus writes 网 + 周村 side by side.
    assert glued_on("来网", "周村", vocab) == ("来", "网")
    assert glued_on("自封", "为", vocab) is None  # a word of general Chinese: meant so
    assert glued_on("来网", "", vocab) is None  # nothing after it to belong to
    assert glued_on("周村", "的", vocab) is None  # a word the corpus has
    question = read("程鹏是啥时候来网周村的", retriever.tokenizer, retriever.index)
    assert "来网" not in question.terms and {"网", "周村"} <= set(question.terms)
    assert "2021年6月" in retriever.ask("程鹏是啥时候来网周村的", k=3).hits[0].quote


def test_a_verb_glued_to_the_person_it_takes_is_cut_off(retriever):
    vocab = retriever.index.vocab
    # 帮金大爷: jieba reads 帮金 + 大爷; 帮 is no function word, but a verb taking the person after it.
    assert glued_on("帮金", "大爷", vocab) == ("帮", "金")
    # 帮张银祥: jieba reads 帮张 + 银祥; the corpus has 张银祥.
    assert cut_across(["帮张", "银祥", "李文博"], retriever.index) == ["帮", "张银祥", "李文博"]
    assert cut_across(["帮忙", "找到"], retriever.index) == ["帮忙", "找到"]  # words the corpus has stay
    # 卖羊卖了: the verb, its object, the verb again.
    assert mis_cut("卖羊卖", vocab) == ("卖", "羊")
    assert "1万多块钱" in retriever.ask("程鹏帮金大爷卖羊卖了多少钱", k=1).hits[0].quote


def test_a_noun_a_question_word_picks_is_not_joined_to_the_person_it_qualifies(retriever):
    # 哪个村的人: 村 + 的 + 人 is no verb split by 的 (入的党), and 村人 is no word of the documents.
    assert "村人" not in read("袁宝柱是哪个村的人", retriever.tokenizer, retriever.index).terms
    assert "入党" in read("华雨辰是什么时候入的党", retriever.tokenizer, retriever.index).terms
    assert "新建村" in retriever.ask("袁宝柱是哪个村的人？", k=1).hits[0].quote


def test_which_year_and_month_is_answered_by_both(retriever):
    answer = retriever.ask("程鹏是哪年哪月去的网周村", k=3)
    assert answer.answered and "2021年6月" in answer.hits[0].quote  # not the 2022年 of his project list


def test_how_long_and_how_far_ask_they_do_not_say(retriever):
    question = read("東興小區舊改用了多長時間？", retriever.tokenizer, retriever.index)
    assert not any(t.word.startswith("多长") for t in question.key_terms)


def test_which_one_in_order_asks_it_does_not_say(retriever):
    # jieba keeps 第几层, 第几名 as one word the corpus never uses: read as the rarest term it made a
    # follow-up (在那棟樓第幾層) need a word no sentence says, and was carried into the next turn.
    for typed in ("孙志荣家住第几层", "他排第几名", "白領驛家在那棟樓第幾層"):
        question = read(typed, retriever.tokenizer, retriever.index)
        assert not any(t.word.startswith(("第几", "第幾")) for t in question.key_terms), typed
    assert "第几" not in retriever.key_terms("美国被捧成了全球抗疫第几")


def _readings(tokenizer: Tokenizer, question: str) -> tuple[object, ...]:
    """Every way a request reads its question through the tokeniser."""
    return (tokenizer.question_terms(question), tokenizer.question_tokens(question),
            tokenizer.content_runs(question), tokenizer.question_focus(question),
            tokenizer.question_tags(question))


@pytest.mark.parametrize(("step", "reader"), [("_cut_precise", "question_terms"), ("_tag", "question_tags")])
def test_threads_asking_different_questions_through_one_tokenizer_each_read_their_own(retriever, step, reader):
    # The bot answers from threads sharing one tokeniser: what it keeps of one question to read it
    # cheaply again must never be handed to another question. One thread is held in the middle of
    # segmenting (or tagging) a question while another reads a second one from start to end: the
    # interleaving that would pair a remembered question with the other's reading.
    config, words = retriever.tokenizer.config, retriever.tokenizer.words
    first, second = "华雨辰在哪所学校工作？", "江欣苑社区有多少名党员？"
    alone = {question: _readings(Tokenizer(config, words), question) for question in (first, second)}
    shared = Tokenizer(config, words)
    held, resume = threading.Event(), threading.Event()
    real = getattr(shared, step)

    def holding(text: str) -> object:
        if text == shared.normalize(first) and not held.is_set():
            held.set()
            resume.wait(10)
        return real(text)

    setattr(shared, step, holding)
    with ThreadPoolExecutor(1) as pool:
        reading_first = pool.submit(getattr(shared, reader), first)
        assert held.wait(10)
        assert _readings(shared, second) == alone[second]
        resume.set()
        reading_first.result(10)
    assert _readings(shared, second) == alone[second]
    assert _readings(shared, first) == alone[first]


def test_the_tags_handed_out_cannot_change_the_next_reading(retriever):
    question = "江欣苑社区有多少名党员？"
    tags = retriever.tokenizer.question_tags(question)
    word = next(iter(tags))
    tags[word] = "changed by a caller"
    assert retriever.tokenizer.question_tags(question)[word] != "changed by a caller"


@pytest.mark.parametrize(("question", "names"), [
    ("菲利普·克雷文的出生地是？", ["利普·克"]),
    ("湯瑪斯·霍布斯提出兩個著名學說", ["玛斯·霍"]),  # folded; the question goes on after the name
    ("藝術家威廉•布萊克•里奇蒙爵士成立了什么", ["威廉·布莱克·里"]),  # any dot, every middle part
    ("乔治·肖是谁？", ["乔治·肖"]),
    ("江欣苑社区有多少名党员？", []),
])
def test_a_name_written_with_its_dots_is_pinned_by_what_is_surely_the_name(question, names):
    from qa.question import dotted_names
    from qa.text import fold

    assert dotted_names(fold(question)) == names


def test_the_dots_of_transliterated_names_fold_to_one():
    from qa.text import fold

    assert fold("喬治‧蕭") == fold("乔治·萧") == fold("乔治•萧") == fold("乔治・萧")


def test_an_amount_of_a_thing_is_read_as_the_thing_the_corpus_names(retriever):
    # 进出口额: the corpus says 对美国进出口311.2亿元 more often than it says 进出口额.
    words = [t.word for t in read("辽宁上半年对美国进出口额是多少？", retriever.tokenizer, retriever.index).key_terms]
    assert "进出口" in words and "进出口额" not in words
    answer = retriever.ask("辽宁上半年对美国进出口额是多少？", k=3)
    assert answer.answered and "311.2亿元" in answer.hits[0].quote


def test_those_people_as_spoken_are_no_word_the_answer_must_hold(retriever):
    # 那帮能人, 一年多帮街坊: a pointing word as spoken, and 多 glued to the verb after it, each
    # weighed as a word the documents never use.
    question = "莊盈盈她們那幫能人 一年多幫街坊辦成了多少樁事"
    terms = read(question, retriever.tokenizer, retriever.index).terms
    assert "那帮" not in terms and "多帮" not in terms
    answer = retriever.ask(question)
    assert answer.answered and "近300件" in answer.hits[0].quote


def test_the_epithet_asked_is_no_word_the_answer_must_hold(retriever):
    # 北京,首善之区。 gives the epithet and never says 称号, which weighed as a word it lacks.
    assert "称号" not in read("北京在文章里有个啥称号", retriever.tokenizer, retriever.index).terms
    answer = retriever.ask("北京在文章里有个啥称号")
    assert answer.answered and "首善之区" in answer.hits[0].quote


def test_the_saying_pointed_at_is_no_word_the_answer_must_hold(retriever):
    # 那句话 weighed as the rarest word (no document says it) and declined the question.
    assert "那句话" not in read("刘小辉那句话是怎么说的", retriever.tokenizer, retriever.index).terms
    answer = retriever.ask("刘小辉那句话是怎么说的")
    assert answer.answered and "事不在小" in answer.hits[0].quote


def test_usually_as_spoken_is_no_word_the_answer_must_hold(retriever):
    # 平时 weighed as the question's rarest word (the documents never say it) and declined the question.
    question = read("华雨辰平时在哪个学校上班？", retriever.tokenizer, retriever.index)
    assert "平时" not in question.terms
    assert retriever.ask("华雨辰平时在哪个学校上班？").answered


@pytest.mark.parametrize("question", ["“事不在小”后半句是啥", "事不在小 下一句是什么"])
def test_the_half_of_a_saying_asked_is_no_word_the_answer_must_hold(retriever, question):
    # 半句 (jieba: 后 + 半句) weighed as the rarest word, one the documents never use: not found.
    assert "半句" not in read(question, retriever.tokenizer, retriever.index).terms
    answer = retriever.ask(question)
    assert answer.answered and "关键在办" in answer.hits[0].quote


def test_which_city_a_village_comes_under_is_the_city_it_is_written_in(retriever):
    # jieba reads 市管, a word no passage holds, which weighed as the rarest (p 0.50, on the edge).
    assert "市管" not in retriever.key_terms("网周村归哪个市管")
    answer = retriever.ask("网周村归哪个市管")
    assert answer.answered and "宿州市" in answer.hits[0].quote


def test_a_price_asked_as_spoken_is_a_price(retriever):
    # 值几个钱, 卖几块钱: a price, as 多少钱 asks it; not a count of 个 (the answer says 二三十块钱一斤).
    question = read("金大爷那羊当初一斤才值几个钱", retriever.tokenizer, retriever.index)
    assert "多少钱" in question.text
    answer = retriever.ask("金大爷那羊当初一斤才值几个钱")
    assert answer.answered and "二三十块钱一斤" in answer.hits[0].quote


@pytest.mark.parametrize("question", ["金大爷的羊多少钱一斤", "金大爷的羊一斤能卖到多少钱"])
def test_a_price_per_unit_is_not_answered_by_a_sum(retriever, question):
    asked = read(question, retriever.tokenizer, retriever.index).asked
    assert asked.measured is not None and asked.measured.search("这羊才二三十块钱一斤")
    assert not asked.measured.search("你的羊卖了,这是1万多块钱")  # the sum he got, not a price


def test_a_street_level_place_is_no_city_a_sentence_naming_its_city_differs_from(retriever):
    # 广安门 is tagged a place, but it is inside 北京市: the sentence naming 北京市 is about it.
    question = read("广安门北街20号院里成立的物管会是北京第几个", retriever.tokenizer, retriever.index)
    assert question.asked.place != "广安门"
    answer = retriever.ask("广安门北街20号院里成立的物管会是北京第几个")
    assert answer.answered and "首个" in answer.hits[0].quote


def test_with_as_spoken_is_no_word_the_answer_must_hold(retriever):
    # 跟 ("with", as spoken) weighed as a rare word, one the documents write 与 or 对: it outweighed the
    # question's own words and the answering sentence (…建立起与110等热线的协同联动机制) lost.
    question = read("麻烦问下，12345热线跟110咋协同的呀？", retriever.tokenizer, retriever.index)
    assert "跟" not in question.terms
    answer = retriever.ask("麻烦问下，12345热线跟110咋协同的呀？")
    assert answer.answered and "协同联动机制" in answer.hits[0].quote


def test_a_count_of_a_set_the_corpus_never_writes_is_no_word_the_answer_must_hold(retriever):
    # 哪五类: the text says 五大类; 五类, unseen, weighed as the question's rarest word.
    question = read("江欣苑社区那些自治社会组织是按哪五类分的", retriever.tokenizer, retriever.index)
    assert "五类" not in question.terms
    answer = retriever.ask("江欣苑社区那些自治社会组织是按哪五类分的")
    assert answer.answered and "礼、义、仁、智、信" in answer.hits[0].quote


@pytest.mark.parametrize(("question", "quoted"), [
    ("這幾篇裡有沒有哪篇給出過2019年底的黨員總人數，多少來著", "9191.4萬名"),
    ("哪篇里说过潍城区建了多少处家门口党群服务站", "121处"),
])
def test_the_piece_the_asker_points_into_is_no_word_the_answer_must_hold(retriever, question, quoted):
    # 这几篇里 comes out of jieba as 篇里, which no document says: it weighed as the rarest word.
    terms = read(question, retriever.tokenizer, retriever.index).terms
    assert not any("篇" in term for term in terms)
    answer = retriever.ask(question)
    assert answer.answered and quoted in answer.hits[0].quote


@pytest.mark.parametrize(("question", "said"), [
    ("袁宝柱伯伯几岁", "66岁"),
    ("包頭固陽縣那個有肺氣腫的袁保柱伯伯幾歲啊", "66岁"),
    ("我想知道孫志榮阿伯家住在第幾層樓", "7层住户"),
])
def test_every_word_of_address_after_a_name_is_politeness(retriever, question, said):
    """伯伯, 阿伯 after a name address the one named, as 大爷 does: not a word the documents must hold
    (read as the rarest, the question matched nothing) and no other person whose age is asked."""
    terms = {t.word for t in read(question, retriever.tokenizer, retriever.index).key_terms}
    assert not terms & {"伯伯", "阿伯"}
    answer = retriever.ask(question)
    assert answer.answered and said in answer.hits[0].quote


@pytest.mark.parametrize(("question", "noun"), [
    ("江欣苑社区党员有多少名", "社区党员"),
    ("新建村的志愿者一共有多少位", "志愿者"),
    ("江欣苑社区有多少名", None),  # a place: its people are counted, not places
    ("42号小区有多少户", None),
])
def test_people_named_before_a_count_that_ends_the_question_are_counted(question, noun):
    from qa.asked_amounts import counted_noun

    assert counted_noun(question) == noun


def test_a_count_of_a_noun_the_asker_quotes_is_answered_by_any_classifier_of_things(retriever):
    """多少个“家门口”党群服务站: the quotation marks stand between the measure word and the noun; read as no
    noun, only 个 answered it, and 已建成的121处“家门口”党群服务站 was declined as not stating it."""
    from qa.asked_amounts import counted_noun
    from qa.counted_nouns import counted_by_tags

    assert counted_noun("潍城区已经建了多少个“家门口”党群服务站") == "家门"
    tagged = retriever.tokenizer.question_tagged("潍城区已经建了多少个“家门口”党群服务站")
    assert counted_by_tags(tagged) == "服务站"  # by the tags too: past the marks and the place word 家门口
    answer = retriever.ask("潍城区已经建了多少个“家门口”党群服务站")
    assert answer.answered and "121处" in answer.hits[0].quote


def test_a_count_of_people_named_before_it_quotes_them_counted(retriever):
    """社区党员有多少名 is asked as 有多少名社区党员: 200多名社区党员 a paragraph on is the answer shown,
    not the sentence naming 江欣苑社区党员干部 with no count."""
    answer = retriever.ask("江欣苑社区党员有多少名")
    assert answer.answered and "200多名" in answer.hits[0].quote


def test_a_verb_and_its_object_split_by_de_are_read_as_the_word_the_corpus_writes():
    # 入的党 → 入党 (入 alone is no word of the corpus); 月入 of 哪个月入的党 gives 月 back to the asking.
    vocab = {"华雨辰", "党", "入党", "脱", "贫", "脱贫"}
    assert rejoined(["华雨辰", "入", "党"], "华雨辰几月份入的党", vocab) == ["华雨辰", "入党"]
    assert rejoined(["华雨辰", "月入", "党"], "华雨辰哪个月入的党", vocab) == ["华雨辰", "入党"]
    # A corpus that has the verb as a word writes them apart too (脱了贫, 下了班): kept apart.
    assert rejoined(["他", "脱", "贫"], "他咋脱的贫", vocab) == ["他", "脱", "贫"]
    assert rejoined(["白领", "下", "班"], "白领们下了班去哪", {"白领", "下", "下班"}) == ["白领", "下", "班"]
    # A unit given back that leaves a character the corpus never has is left glued.
    assert rejoined(["方舱", "天关"], "方舱哪天关的", vocab) == ["方舱", "天关"]
    # 备好案, read as one word: the 备案 the corpus writes.
    assert rejoined(["企业", "备好案"], "几家企业备好案了", {"企业", "备案"}) == ["企业", "备案"]
    assert rejoined(["企业", "备好案"], "几家企业备好案了", {"企业"}) == ["企业", "备好案"]


def test_a_month_asked_of_joining_the_party_is_answered_by_the_joining(retriever):
    # Not 1月25日,…华雨辰又申请加入了疫情防控志愿队 (a team, applied to) but 当年3月,她火线入党.
    for question in ("华雨辰是几月份入的党", "华雨辰哪个月入的党"):
        answer = retriever.ask(question, k=3)
        assert answer.answered and "当年3月" in answer.hits[0].quote, question
