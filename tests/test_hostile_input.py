"""Arbitrary Unicode through ask() and every renderer: no exception, Telegram limits hold."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.render import count_entities, render_html, render_json, render_text, visible_length_utf16

_NASTY = st.sampled_from(["<b>", "</i>", "&", "&amp;", "[x](y)", "*bold*", "\u202e", "\u200b", "\x00", "\ud800",
                          "😀", "👨‍👩‍👧", "党员", "江欣苑社区", "黨的最大政治優勢", "多少", "？", "\n", " "])
QUESTIONS = st.one_of(
    st.text(max_size=200),
    st.lists(_NASTY, max_size=40).map("".join),
    st.builds(lambda s, n: s * n, _NASTY, st.integers(1, 20_000)),
)


class _Strict(HTMLParser):
    ALLOWED = {"b", "i", "u", "s", "code", "pre", "a", "blockquote", "tg-spoiler", "strong", "em"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        assert tag in self.ALLOWED, tag
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, tag


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(question=QUESTIONS)
def test_any_question_is_answered_or_abstained_and_renders_safely(retriever, question):
    answer = retriever.ask(question, k=5)
    # Hits come with an answer, or as related material when the subject is named but not the fact.
    assert answer.answered == bool(answer.hits) or (answer.reason == "not-stated" and answer.hits)
    coverage = retriever.coverage()
    html = render_html(answer, coverage=coverage)
    parser = _Strict()
    parser.feed(html)
    parser.close()
    assert parser.stack == []
    assert visible_length_utf16(html) <= 4096 and count_entities(html) <= 100
    text = render_text(answer, coverage=coverage)
    assert isinstance(text, str) and text
    assert json.loads(render_json(answer))["answered"] == answer.answered


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(question=QUESTIONS)
def test_any_question_is_judged_or_searched_without_an_exception(retriever, question):
    # The Python API, not only ask(): an empty question once crashed reading it (judge(""), goes_on).
    retriever.judge(question)
    retriever.search(question, 3)
    assert retriever.goes_on(retriever.passages[0].passage_id, 0, question=question) is not None
