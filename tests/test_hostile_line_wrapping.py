"""No line is lost to hard wrapping: a short line that is not clearly a title is kept as text."""

from __future__ import annotations

import shutil
from collections import Counter
from functools import cache

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from qa import Retriever
from qa.cleaning import han_key
from qa.corpus_paths import bundled_corpus_dir
from qa.line_kinds import is_heading
from qa.loading import RawDocument
from qa.models import Document, Passage
from qa.structure import build_document, is_heading_line, is_metadata


def _build(text: str) -> tuple[Document, list[Passage]]:
    return build_document(RawDocument("wrapped", text))


def _reached(document: Document, passages: list[Passage]) -> Counter[str]:
    """The Han characters that reach a passage or a metadata field (Simplified, as han_key folds)."""
    fields = [document.title, document.source, document.editor, *document.authors]
    for article in document.articles:
        fields += [article.title, article.source, *article.sections, *article.reporters]
    for passage in passages:
        fields += [passage.text, passage.title, passage.section, passage.source]
    return Counter(han_key("\n".join(f for f in fields if f)))


def _lost(text: str) -> Counter[str]:
    return Counter(han_key(text)) - _reached(*_build(text))


def test_a_leading_short_line_is_kept_as_text():
    document, passages = _build("北京市海淀区\n中关村大街\n一号院。")
    assert [p.text for p in passages] == ["北京市海淀区中关村大街一号院。"]
    assert not _lost("北京市海淀区\n中关村大街\n一号院。")


def test_a_sentence_wrapped_in_mid_document_stays_one_paragraph():
    text = "标题在这里\n\n第一段正文说明了一些事情。\n\n三峡大坝位于湖北省宜昌市\n境内，总装机容量为\n2250万千瓦。\n\n另一段。"
    document, passages = _build(text)
    assert "三峡大坝位于湖北省宜昌市境内，总装机容量为2250万千瓦。" in [p.text for p in passages]
    assert document.articles[0].sections == ()


def test_a_wrapped_sentence_is_found(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(bundled_corpus_dir(), corpus)
    (corpus / "dam.txt").write_text("三峡工程简介\n\n三峡大坝位于湖北省宜昌市\n境内，总装机容量为\n2250万千瓦。\n",
                                    encoding="utf-8")
    answer = Retriever.from_path(corpus, use_cache=False).ask("三峡大坝位于哪里")
    assert answer.answered and answer.hits[0].doc_id == "dam"
    assert "湖北省宜昌市" in answer.hits[0].quote


def test_a_title_directly_above_a_wider_paragraph_stays_a_title():
    """004 prints its title directly above its first paragraph, which is far wider."""
    document, passages = _build("停水通知\n明天上午八点到十二点，东湖小区停水检修。")
    assert document.articles[0].title == "停水通知"
    assert [p.text for p in passages if not is_metadata(p)] == ["明天上午八点到十二点，东湖小区停水检修。"]
    assert [p.text for p in passages if is_heading_line(p)] == ["停水通知"]  # a line of its own, quoted when asked


def test_kicker_lines_above_a_headline_are_kept():
    """003 prints a column name and a headline over the first of several reports."""
    text = "R 干部状态新观察\n\n用心用情用力为群众办实事\n\n一项公共服务的升级,四川成都——\n\n热线架起便民连心桥\n\n本报记者 王永战\n\n微信一响，热线就接通了。"
    document, passages = _build(text)
    assert not _lost(text) - Counter(han_key("本报记者"))
    assert {"R 干部状态新观察", "用心用情用力为群众办实事"} <= {p.text for p in passages}


@cache
def _paragraphs() -> list[str]:
    """Real paragraphs of the bundled corpus, as the engine cleans them (body text, not headings)."""
    found = []
    for path in sorted(bundled_corpus_dir().glob("*.txt")):
        document, passages = build_document(RawDocument(path.stem, path.read_text(encoding="utf-8")))
        quoted_metadata = {p.text for p in passages if is_metadata(p)}  # datelines, bylines: not body text
        found += [p for p in document.text.split("\n\n")
                  if len(p) >= 12 and not is_heading(p) and p not in quoted_metadata]
    return found


def _shares_a_stretch(a: str, b: str, length: int = 8) -> bool:
    """Do the two paragraphs share a run of `length` Han characters (the shortest fragment the
    engine drops as a repeat)?"""
    key_a, key_b = han_key(a), han_key(b)
    return any(key_a[i : i + length] in key_b for i in range(max(len(key_a) - length + 1, 0)))


def _wrap(paragraph: str, width: int) -> str:
    return "\n".join(paragraph[i : i + width] for i in range(0, len(paragraph), width))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(picks=st.lists(st.tuples(st.integers(0, 10_000), st.integers(2, 60)), min_size=1, max_size=4,
                      unique_by=lambda pick: pick[0] % len(_paragraphs())),  # a repeated paragraph is shown once
       title=st.booleans())
def test_every_han_character_of_wrapped_paragraphs_reaches_a_passage_or_metadata(picks, title):
    paragraphs = _paragraphs()
    parts = ["三峡工程简介"] if title else []
    chosen = [paragraphs[number % len(paragraphs)] for number, _ in picks]
    # 000 copies 001: a paragraph that stands inside another is rightly shown once, and so is a piece
    # of one (a quoted sentence 000 holds too) once wrapping cuts it off (`cleaning.is_repeated_fragment`).
    assume(not any(a is not b and _shares_a_stretch(a, b) for a in chosen for b in chosen))
    parts += [_wrap(paragraph, width) for paragraph, (_, width) in zip(chosen, picks, strict=True)]
    text = "\n\n".join(parts)
    assert not _lost(text), text
