"""English asking words typed into a Chinese question (how many, who, name, how long) are read as the
Chinese asking, unless the corpus itself uses the word."""

from __future__ import annotations

import pytest

from qa.english_asking import chinese_asking, may_hold


@pytest.mark.parametrize(("typed", "read_as"), [
    ("江欣苑社区居民有多少 how many", "江欣苑社区居民有多少 多少"),
    ("中华中路社区 书记 name", "中华中路社区 书记 叫什么名字"),
    ("东兴小区旧改花了多久 How  Long", "东兴小区旧改花了多久 多长时间"),
    ("最后谁出面协调的 who??", "最后谁出面协调的 谁??"),
    ("东兴小区 address 厦门哪里", "东兴小区 地址在哪里 厦门哪里"),
])
def test_english_asking_is_read_as_chinese(typed, read_as):
    assert may_hold(typed)
    assert chinese_asking(typed, vocab=set()) == read_as


def test_a_word_the_corpus_uses_and_other_latin_words_stay():
    # A corpus about a band named The Who keeps its who.
    assert chinese_asking("The Who乐队成立于哪一年", vocab={"the", "who"}) == "The Who乐队成立于哪一年"
    # Not inside another word (whose, somewhere, RCEP), nor names and abbreviations.
    assert not may_hold("RCEP伙伴有哪些")
    assert chinese_asking("somewhere显示whose数据", vocab=set()) == "somewhere显示whose数据"


def test_an_english_asking_word_no_longer_weighs_as_the_rarest(retriever):
    # address asks where: the sentence locating the estate, not one on its changes.
    answer = retriever.ask("东兴小区在厦门 address", k=1)
    assert answer.answered and "位於廈門島西部" in answer.hits[0].quote
    # who asks who she is: no longer declined for a word no passage holds.
    assert retriever.ask("华雨辰 who", k=1).answered
