"""A thing's name asked (那个收费站叫啥名, 那套组织体系叫什么, 那个片区全称叫什么) is answered by a name of
that kind of thing, not by a person's name nor by the question's own words."""

from __future__ import annotations

import pytest

from qa.answer_shape import fits
from qa.question import read
from qa.text import fold


@pytest.mark.parametrize(("question", "quoted"), [
    ("华雨辰去协助交警量体温、维持秩序的那个收费站叫啥名", "北湖收费站"),
    ("江欣苑社区楼栋长单元长都是党员，背后那套组织体系叫什么", "六级组织体系"),
    ("发现依兰陨石坑的那个中科院研究所，全称叫啥", "中国科学院广州地球化学研究所"),
    ("上半年做了459万单跨境电商的那个片区 全称叫什么", "辽宁自贸试验区沈阳片区"),
    ("今年3月中办印发的那个意见 全名叫啥", "关于推动党史学习教育常态化长效化的意见"),
    # A village's name written after the word, as news writes it, is still found.
    ("横峰百家村带不愿拆的群众出去观摩的那个自然村叫啥名", "自然村苏家塘"),
])
def test_a_thing_s_name_is_answered_by_a_name_of_its_kind(retriever, question, quoted):
    answer = retriever.ask(question, k=1)
    assert answer.answered and quoted in answer.hits[0].quote


def test_a_thing_s_name_asked_is_no_person_s(retriever):
    asked = read("华雨辰去协助交警的那个收费站叫啥名", retriever.tokenizer, retriever.index).asked
    assert asked.kind == "organisation" and asked.named is not None
    # A person's name in the sentence names no toll station.
    assert not fits(asked, fold("华雨辰的第一份工作是开车接送医护人员上下班。"), retriever.tokenizer.tag)
    # An office's holder is still a person's name.
    assert read("业委会主任叫什么名字", retriever.tokenizer, retriever.index).asked.kind == "person"
    assert read("金大爷全名叫啥", retriever.tokenizer, retriever.index).asked.kind == "person"


def test_a_name_made_only_of_the_question_s_words_names_nothing_new(retriever):
    asked = read("颐园社区给老人送饭的食堂叫啥名", retriever.tokenizer, retriever.index).asked
    tag = retriever.tokenizer.tag
    own = ["颐园", "社区", "老人", "送饭", "食堂"]
    assert not fits(asked, fold("颐园社区食堂每天给老人送饭。"), tag, own)
    assert fits(asked, fold("老人们都去幸福食堂吃饭。"), tag, own)


def test_a_name_quoted_before_its_kind_word_or_titled_answers(retriever):
    asked = read("潍城区那个物业服务品牌叫啥", retriever.tokenizer, retriever.index).asked
    tag = retriever.tokenizer.tag
    own = ["潍城区", "物业", "服务", "品牌"]
    assert fits(asked, fold("以打造“枝叶关情·潍美家园”物业服务品牌为抓手"), tag, own)
    # A quote followed by another thing (实践活动) names no brand.
    assert not fits(asked, fold("常态化开展“我为群众办实事”实践活动"), tag, own)


@pytest.mark.parametrize("question", [
    "华雨辰在青山方舱当播音员的时候跟哪位医生搭档",  # her article speaks of no 医生: 花名册 is tagged a name
    "厦门东瑶村转移群众那天 哪位民警在现场",  # 强降雨 is tagged a name; no 民警 is spoken of
])
def test_one_of_a_trade_the_article_never_speaks_of_is_not_answered(retriever, question):
    asked = read(question, retriever.tokenizer, retriever.index).asked
    assert asked.among and asked.by_name
    assert not retriever.ask(question).answered


@pytest.mark.parametrize(("question", "among"), [
    ("邓猛女是哪位皇帝的皇后", ""),  # 汉桓帝 is one without the word: what one is by renown
    ("是哪位社区党委书记出面协调的", ""),  # 出面 follows the office, it is no kind picked from
    ("泗县哪位领导讲的", ""),  # those in charge are named by their office
    ("娄底市纪委监委哪位干部帮助了单亲爸爸张银祥", ""),  # answered: …副主任李文博
    ("依兰陨石坑最早是哪位研究员发现的", "研究员"),
])
def test_only_a_trade_picked_from_must_be_spoken_of(retriever, question, among):
    assert read(question, retriever.tokenizer, retriever.index).asked.among == among
