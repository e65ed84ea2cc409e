"""Small talk is told apart from questions: greetings and thanks get a friendly line, not a quote."""

from __future__ import annotations

import pytest

from qa.render import SMALL_TALK, render_html, render_text
from qa.smalltalk import is_small_talk, strip_courtesies

QUESTION = "江欣苑社区有多少名党员？"


@pytest.mark.parametrize(
    "text",
    ["你好", "您好！", "在吗？", "在嗎", "谢谢", "謝謝你們！", "谢谢，明白了", "好的", "收到", "明白了。",
     "再见", "再見～", "👍", "🙏🙏", "？？", "...", "ok", "Thanks!", "好的谢谢", "哈哈哈",
     "你是谁呀？", "你叫什么名字", "你是机器人吗", "你能做什么？"],  # about the bot: its greeting says
)  # fmt: skip
def test_greetings_thanks_and_emoji_are_small_talk(text):
    assert is_small_talk(text)


@pytest.mark.parametrize(
    "text",
    ["你好，江欣苑社区有多少名党员？", QUESTION, "那居民呢？", "好人好事有哪些？", "谢谢你们的帮助是什么", "可以吗",
     "对了，台风在哪里登陆？", "明白了，那居民呢？", "黨的最大政治優勢是什麼？", "台风", "", "   ",
     "你是哪里人", "你是谁写的"],
)  # fmt: skip
def test_questions_are_not_small_talk(text):
    assert not is_small_talk(text)


def test_the_engine_answers_small_talk_with_a_reason_not_quotes(retriever):
    answer = retriever.ask("谢谢，明白了")
    assert not answer.answered and answer.reason == "small-talk" and answer.hits == []
    assert retriever.ask("你好，" + QUESTION).reason != "small-talk"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("你好，" + QUESTION, QUESTION), ("您好！请问" + QUESTION, "请问" + QUESTION), ("好人好事有哪些？", "好人好事有哪些？"),
     ("谢谢", "谢谢"), (QUESTION, QUESTION)],
)  # fmt: skip
def test_a_greeting_in_front_of_a_question_can_be_stripped(text, expected):
    assert strip_courtesies(text) == expected


def test_small_talk_renders_one_friendly_line_with_an_example_and_no_coverage(retriever):
    answer = retriever.ask("👍")
    text = render_text(answer, coverage="5份文档：很多标题", example=QUESTION)
    assert text == f"{SMALL_TALK}例如：{QUESTION}"
    assert render_html(answer, coverage="5份文档：很多标题", show_question=False) == SMALL_TALK
