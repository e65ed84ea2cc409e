"""Text without punctuation: passages and quotes stay short however long the run is."""

from __future__ import annotations

import random

from qa import Retriever
from qa.loading import RawDocument
from qa.structure import build_document
from qa.text import MAX_SENTENCE_CHARS, split_sentences


def _run(chars: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(chars))


def test_a_run_without_punctuation_is_split_into_bounded_sentences_that_cover_it():
    text = _run(50_000)
    spans = split_sentences(text)
    assert max(end - start for start, end in spans) <= MAX_SENTENCE_CHARS
    assert "".join(text[a:b] for a, b in spans) == text  # nothing lost, nothing doubled


def test_a_long_run_is_cut_after_a_clause_mark_when_there_is_one():
    clause = "甲" * 200 + "，" + "乙" * 200 + "。"
    spans = split_sentences(clause)
    assert [clause[a:b] for a, b in spans] == ["甲" * 200 + "，", "乙" * 200 + "。"]


def test_a_sentence_under_the_limit_is_kept_whole():
    sentence = "丙" * 150 + "，" + "丁" * 140 + "。"
    assert split_sentences(sentence) == [(0, len(sentence))]


def test_passages_of_a_file_without_punctuation_are_bounded():
    raw = RawDocument("flat", _run(200_000) + "\n" + _run(30_000, seed=8))
    _, passages = build_document(raw)
    assert max(len(p.text) for p in passages) <= MAX_SENTENCE_CHARS
    assert sum(len(p.text) for p in passages) == 230_000


def test_a_quote_from_a_file_without_punctuation_is_short(tmp_path):
    text = _run(60_000)
    (tmp_path / "flat.txt").write_text(text, encoding="utf-8")
    r = Retriever.from_path(tmp_path, use_cache=False)
    answer = r.ask(text[30_000:30_010])
    assert answer.answered
    assert all(len(hit.quote) <= MAX_SENTENCE_CHARS for hit in answer.hits)
    assert text[30_000:30_010] in answer.hits[0].quote


def test_the_context_of_a_quote_in_a_huge_paragraph_is_shown_in_part(tmp_path):
    from qa.render import TELEGRAM_MAX_UTF16, render_context_text

    paragraph = _run(100_000)
    shown = render_context_text(paragraph, 50_000, 50_010)
    assert len(shown) <= TELEGRAM_MAX_UTF16 + 10 and "【" + paragraph[50_000:50_010] + "】" in shown
