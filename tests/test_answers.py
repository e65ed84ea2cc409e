"""Retriever.ask / search: verbatim quotes, citations, collapsing, script and abstention."""

from __future__ import annotations

import pytest

from qa import Answer, Hit, Retriever


def _covers(doc_text: str, quote: str) -> bool:
    return quote in doc_text


def test_contract_shape(retriever: Retriever):
    answer = retriever.ask("江欣苑社区有多少名党员？", k=3)
    assert isinstance(answer, Answer) and answer.answered and 1 <= len(answer.hits) <= 3
    hit = answer.hits[0]
    assert isinstance(hit, Hit)
    for field in ("rank", "score", "doc_id", "passage_id", "title", "section", "paragraph", "date", "source",
                  "url", "quote", "highlights", "context", "also_in"):
        assert hasattr(hit, field)
    assert [h.rank for h in answer.hits] == list(range(1, len(answer.hits) + 1))


def test_simplified_question_gets_the_number_sentence(retriever):
    hit = retriever.ask("江欣苑社区有多少名党员？").hits[0]
    assert "200多名社区党员" in hit.quote
    assert hit.doc_id == "001_c465d2171fe16071" and hit.title == "解码新时代党群关系“方程式”"
    assert hit.section == "乘——“小社区”撬动群众“大幸福”"


def test_traditional_question_finds_traditional_text(retriever):
    hit = retriever.ask("黨的最大政治優勢是什麼？").hits[0]
    assert hit.doc_id == "004_0048be2bc5920a31" and "最大政治優勢是密切聯系群眾" in hit.quote
    assert hit.quote[hit.highlights[0][0] : hit.highlights[0][1]] in hit.quote


def test_cross_script_both_ways(retriever):
    assert retriever.ask("依蘭隕石坑位於哪裡？").hits[0].title == "我国发现罕见月牙形陨石坑"
    assert retriever.ask("厦门东兴小区建于什么年代？").hits[0].doc_id == "002_086ee20e96b7d166"


def test_quotes_are_verbatim_sentences_of_the_cleaned_text(retriever):
    docs = {d.doc_id: d.text for d in retriever.documents}
    for question in ("成都市什么时候开通12345热线？", "依兰陨石坑在哪里？", "华雨辰在哪所学校工作？"):
        for hit in retriever.ask(question, k=3).hits:
            assert _covers(docs[hit.doc_id], hit.quote)
            assert hit.context[hit.quote_start : hit.quote_start + len(hit.quote)] == hit.quote
            for start, end in hit.highlights:
                assert 0 <= start < end <= len(hit.quote)


def test_highlights_mark_question_terms(retriever):
    hit = retriever.ask("依兰陨石坑位于哪个省？").hits[0]
    marked = [hit.quote[a:b] for a, b in hit.highlights]
    assert any("依兰陨石坑" in span for span in marked)  # adjacent terms merge into one highlight


def test_duplicate_copy_is_collapsed_into_the_better_formed_one(retriever):
    answer = retriever.ask("拉话话志愿服务队从哪里入手？", k=5)
    doc_ids = [h.doc_id for h in answer.hits]
    assert "000_b8c38246c9dc5a75" not in doc_ids
    assert any("000_b8c38246c9dc5a75" in h.also_in for h in answer.hits)
    quotes = [h.quote for h in answer.hits]
    assert len(quotes) == len(set(quotes))

def test_a_copy_spanning_two_original_passages_is_quoted_from_the_one_that_answers(retriever):
    # 000's passage #4 covers 001's #12 and #13 and is linked to #12; the answer is in #13.
    copy = retriever.passage("000_b8c38246c9dc5a75#4")
    assert copy is not None and copy.duplicate_of == "001_c465d2171fe16071#12"
    hit = retriever.ask("“拉话话”志愿服务队所在的新建村，党支部书记是谁？").hits[0]
    assert hit.passage_id == "001_c465d2171fe16071#13"
    assert "新建村党支部书记张凤珍" in hit.quote
    assert "000_b8c38246c9dc5a75" in hit.also_in



def test_search_ranks_without_abstaining(retriever):
    hits = retriever.search("天气", k=5)
    assert hits and hits[0].rank == 1
    assert retriever.search("", k=5) == [] and retriever.search("xyz", k=0) == []


@pytest.mark.parametrize(("question", "reason"), [
    ("", "empty-question"), ("   ", "empty-question"), ("什么是什么？", "only-stopwords"),
    ("今天巴黎天气怎么样？", "no-match"), ("asdfgh qwerty", "no-match"), ("龘靐齉爩", "no-match"),
    ("How do I reset my iPhone password?", "no-match"),
])
def test_abstains_with_a_reason(retriever, question, reason):
    answer = retriever.ask(question)
    assert not answer.answered and answer.hits == [] and answer.reason == reason


def test_more_pages_continue_where_the_last_stopped(retriever):
    first = retriever.ask("党员联系群众", k=2)
    second = retriever.ask("党员联系群众", k=2, offset=2)
    assert first.has_more and second.answered
    assert [h.rank for h in second.hits] == [3, 4]
    assert not {h.passage_id for h in first.hits} & {h.passage_id for h in second.hits}


def test_script_option_converts_and_keeps_the_original(retriever):
    hit = retriever.ask("黨的最大政治優勢是什麼？", script="simplified").hits[0]
    assert "最大政治優勢" in hit.quote and hit.quote_converted and "最大政治优势" in hit.quote_converted
    auto = retriever.ask("江欣苑社區有多少名黨員？", script="auto").hits[0]
    assert auto.quote_converted and "黨員" in auto.quote_converted and "党员" in auto.quote
    assert retriever.ask("江欣苑社区有多少名党员？", script="auto").hits[0].quote_converted is None


def test_context_is_the_surrounding_paragraph(retriever):
    hit = retriever.ask("依兰陨石坑是我国发现的第几个陨石坑？").hits[0]
    paragraph, start = retriever.context(hit.passage_id)
    assert paragraph[start:].startswith(hit.context)
    assert "第二个陨石坑" in paragraph


def test_hostile_input_never_raises(retriever):
    for question in ["<b>党员</b>", "\x00\x01\u202e党员", "😀" * 1000, "党" * 100_000, "[x](y) & </i>", "\ud800党员"]:
        answer = retriever.ask(question)
        assert isinstance(answer, Answer)


def test_coverage_names_the_articles(retriever):
    line = retriever.coverage()
    assert "我国发现罕见月牙形陨石坑" in line or "解码新时代党群关系" in line
