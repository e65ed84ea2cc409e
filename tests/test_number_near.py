"""A number near its counted noun matches where the regex with the noun compiled in would."""

from __future__ import annotations

import re

import pytest

from qa.asked_amounts import NUMERAL, bare_count_pattern, count_pattern, measured_pattern
from qa.number_near import AnyOf, NearNoun, compiled

SENTENCES = [
    "江欣苑社区有200多名社区党员,还有2万多名社区居民。",
    "以6.165亿元人民币的价格成功竞拍",  # 亿元 begins inside the number: the regex backtracks
    "人数高达十万人,声势惊人。",
    "共有党员,其中30名是新党员",  # a clause ends between the number and the noun
    "党员30名,居民2000余名",  # the noun before the number
    "组建了七支志愿服务队,其中两支是青年志愿服务队",
    "第一个形状罕见的陨石坑;第二个社区",
    "",
]


def _regex(measure: str, noun: str) -> re.Pattern[str]:
    """The count either way round: 200多名社区党员, or 党员30名 (the noun before the number)."""
    number, noun = NUMERAL + re.escape(measure), re.escape(noun)
    return re.compile(f"{number}[^，。,;；]{{0,4}}?{noun}|{noun}[^，。,;；]{{0,4}}?{number}")


def _spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(("measure", "noun"), [("名", "党员"), ("名", "居民"), ("支", "志愿"), ("个", "社区"), ("亿", "元人")])
@pytest.mark.parametrize("text", SENTENCES)
def test_a_counted_noun_is_found_where_the_regex_finds_it(measure, noun, text):
    ours, theirs = count_pattern(measure, noun), _regex(measure, noun)
    assert _spans(ours, text) == _spans(theirs, text)
    assert (ours.search(text) is None) == (theirs.search(text) is None)
    for pos in range(len(text)):
        found, expected = ours.match(text, pos), theirs.match(text, pos)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("text", SENTENCES)
def test_a_bare_count_reads_the_noun_on_either_side_as_the_regex_does(text):
    for question, noun in (("有多少亿元", "亿元"), ("有多少万人", "万人"), ("服务了多少居民", "居民")):
        number = NUMERAL
        regex = re.compile(f"{noun}[^，。,;；]{{0,4}}?{number}|{number}[^，。,;；]{{0,4}}?{noun}")
        assert _spans(bare_count_pattern(question), text) == _spans(regex, text)


def test_the_measured_number_or_the_generic_count_whichever_comes_first():
    measured = measured_pattern("种", "类型", "有几种类型")
    assert isinstance(measured, AnyOf)
    assert measured.search("分为五个不同的类型").span() == (2, 9)  # 五个…类型: 个 counts the noun
    assert measured.search("分为五种").span() == (2, 4)
    assert measured.search("分为多种") is None


def test_a_number_pattern_is_compiled_once_for_every_noun():
    first, second = count_pattern("名", "党员"), count_pattern("名", "居民")
    assert first.parts[0].number is second.parts[0].number  # type: ignore[union-attr]
    assert compiled(NUMERAL) is compiled(NUMERAL)
    assert NearNoun(compiled("[0-9]+名"), "党员").search("共12名。党员") is None  # never across a clause
