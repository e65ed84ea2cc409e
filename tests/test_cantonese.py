"""Questions typed in written Cantonese are read as the Mandarin the documents are written in, and
the characters Mandarin shares with it keep their Mandarin meaning."""

from __future__ import annotations

import pytest

from qa import Retriever
from qa.cantonese import as_mandarin, is_cantonese
from qa.golden import ask_as_user
from qa.question_text import plain_text
from qa.text import fold


@pytest.mark.parametrize(("question", "read"), [
    ("佢喺邊度返工㗎？", "他在哪里工作?"),  # 返工 → 上班 → 工作 (the documents' word)
    ("網周村駐村工作隊隊長係邊個", "网周村驻村工作队队长是谁"),
    ("嗰支先鋒隊係邊個鄉嘅", "那支先锋队是哪个乡的"),  # 边个 before a place's noun: which
    ("佢哋每個禮拜幾開會", "他们每个周几开会"),
    ("點解佢唔去", "为什么他不去"),
    ("後來點解決㗎", "后来怎么解决"),  # 点解决: how it was solved, not why
    ("呢單新聞係邊兩個記者寫㗎", "这单新闻是哪两个记者写"),
    ("張國珍話網絡應該成為咩？", "张国珍说网络应该成为什么?"),
    ("仲有咩", "还有什么"),
])
def test_written_cantonese_is_read_as_mandarin(question, read):
    assert plain_text(question) == read


@pytest.mark.parametrize("text", [
    "党群关系出现了哪些问题",  # 系 of 关系
    "他在旁边的系统里打电话",  # 边 of 旁边, 系 of 系统, 话 of 电话
    "早上几点开门",  # 点 of 几点
    "仲裁委员会在哪",  # 仲 of 仲裁
    "“拉话话”志愿服务队是干啥的",  # a name holding 话
])
def test_mandarin_keeps_the_characters_it_shares_with_cantonese(text):
    folded = fold(text)
    assert not is_cantonese(folded) and as_mandarin(folded) == folded
    # Written with a Cantonese particle, so read as Cantonese, the Mandarin words keep their meaning.
    assert is_cantonese(folded + "㗎") and as_mandarin(folded + "㗎") == folded


def test_a_cantonese_question_finds_what_its_mandarin_twin_finds(retriever: Retriever):
    cantonese = retriever.ask("華雨辰喺邊間學校教書㗎", k=3)
    assert cantonese.answered and "钢花小学" in cantonese.hits[0].quote
    # Before, 喺/邊/㗎 weighed as the rarest words: the question was declined.
    assert retriever.ask("成都12345熱線係幾時開通㗎", k=3).hits[0].quote.startswith("1988年")


def test_a_cantonese_follow_up_leans_on_the_previous_turn(retriever: Retriever):
    answer = ask_as_user(retriever, {"previous": "網周村駐村工作隊隊長係邊個", "question": "佢哋每個禮拜幾開會"})
    assert answer.answered and "每周二" in answer.hits[0].quote
    # The previous question is read as Mandarin too: 佢 stands for 华雨辰, not the 華雨 of 華雨辰喺.
    taught = ask_as_user(retriever, {"previous": "華雨辰喺邊間學校教書", "question": "佢教咩㗎"})
    assert taught.answered and "音乐教师" in taught.hits[0].quote
