"""Cleaned lines → metadata, articles, sections and paragraphs → passages with offsets.

Citations must name the right article: a file may carry several unrelated reports one after
another (001 ends with a commentary, two book notices, a crater report, a typhoon photo and a
trade report), so article boundaries are found from the datelines, bylines and headlines that
newspapers print, and headings inside an article become the section of the paragraphs below.

Recognising those lines is `line_kinds.py`, cutting the blocks into articles `articles.py`; here
the articles are written out as the document's text and cut into passages with their offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from . import cleaning
from .articles import ArticleDraft, article_drafts
from .line_kinds import (
    HEADING_ROLE,
    HEADING_ROLES,
    METADATA_ROLES,
    TITLE_ROLE,
    Block,
    is_heading,
    line_blocks,
    mark_sign_off,
)
from .loading import RawDocument
from .models import Article, Document, Passage
from .pages import PageMarks
from .text import split_sentences

MAX_PASSAGE_CHARS = 250
MAX_PASSAGE_SENTENCES = 4


def is_metadata(passage: Passage) -> bool:
    """A byline, dateline, source or editor line, a headline or a section's heading, kept as a
    passage of its own (paragraph 0): quoted when asked for, never searched."""
    return passage.paragraph == 0 and passage.section in METADATA_ROLES


def trailing_lines(passages: Sequence[Passage], start: int, end: int) -> Iterator[int]:
    """The positions of the article's metadata lines, last first: the article is passages
    [start, end), its metadata lines at its end (`build_document`), so only they are read."""
    for i in range(end - 1, start - 1, -1):
        if not is_metadata(passages[i]):
            return
        yield i


def is_heading_line(passage: Passage) -> bool:
    """An article's headline or a section's heading kept as a passage (`is_metadata`)."""
    return passage.paragraph == 0 and passage.section in HEADING_ROLES


def _untitled(first_paragraph: str) -> str:
    """An article printed without a headline is named by its opening words, marked as such."""
    span = split_sentences(first_paragraph)[0]
    sentence = first_paragraph[span[0] : span[1]]
    clause = re.split(r"[,，。！？!?；;]", sentence)[0]
    return (clause[:24] + "…") if len(clause) > 24 or clause != sentence else clause


def build_document(raw: RawDocument) -> tuple[Document, list[Passage]]:
    """One raw document → its cleaned Document (text, metadata, articles) and its passages."""
    meta = cleaning.Metadata()
    blocks, drafts = _drafts(raw, meta)
    doc_title = raw.title or next((d.title for d in drafts if d.title), None) or raw.doc_id
    pages = PageMarks([(b.text, b.page) for b in blocks if b.page is not None]) if raw.pages else None
    written = _Text(pages)
    articles: list[Article] = []
    passages: list[Passage] = []
    for number, draft in enumerate(drafts):
        title = draft.title or (doc_title if number == 0 and doc_title == raw.title else None) or _untitled(
            next(t for _, t in draft.paragraphs if t))
        articles.append(_write_article(raw, number, draft, title, meta, written, passages))
    text = "".join(written.parts)
    document = Document(
        doc_id=raw.doc_id,
        title=doc_title,
        text=text,
        path=raw.path,
        date=meta.date,
        source=meta.source or next((a.source for a in articles if a.source), None),
        authors=tuple(meta.authors) or (articles[0].reporters if articles else ()),
        url=meta.url,
        editor=meta.editor,
        articles=tuple(articles),
        pages=pages.starts() if pages is not None else (),
    )
    return document, passages


def _drafts(raw: RawDocument, meta: cleaning.Metadata) -> tuple[list[Block], list[ArticleDraft]]:
    """The document's typed blocks and its articles (at least one, if it holds any text)."""
    blocks = line_blocks(raw, meta)
    first_heading = next((b.text for b in blocks if b.kind == "text" and is_heading(b.text)), None)
    if raw.kind != "beir":
        for block in blocks:
            if block.kind == "text" and not is_heading(block.text):
                block.text = cleaning.strip_inline_header(block.text, first_heading, meta)
                break
    if raw.kind != "beir":
        mark_sign_off(blocks, meta)
    drafts = article_drafts(raw, blocks, meta)
    if not drafts:  # nothing but short lines: keep them as text rather than lose the document
        draft = ArticleDraft(raw.title)
        draft.paragraphs = [(None, b.text) for b in blocks if b.kind == "text"]
        drafts = [draft] if draft.paragraphs else []
    return blocks, drafts


class _Text:
    """The document's text as it is written out, paragraph after paragraph, with its page marks."""

    def __init__(self, pages: PageMarks | None) -> None:
        self.parts: list[str] = []
        self.offset = 0
        self.pages = pages

    def emit(self, piece: str) -> int:
        """Write a paragraph (a blank line after the one before); where it starts."""
        if self.parts:
            self.parts.append("\n\n")
            self.offset += 2
        start = self.offset
        self.parts.append(piece)
        self.offset += len(piece)
        if self.pages is not None:
            self.pages.mark(piece, start)
        return start


def _write_article(raw: RawDocument, number: int, draft: ArticleDraft, title: str, meta: cleaning.Metadata,
                   written: _Text, passages: list[Passage]) -> Article:
    """Write an article's title, paragraphs and metadata lines, adding its passages; the Article."""
    article_start = written.offset + (2 if written.parts else 0)
    headings: list[tuple[str, str, int]] = []  # (role, the line, where it starts): quoted when asked for
    if draft.title and raw.kind != "beir":
        headings.append((TITLE_ROLE, draft.title, written.emit(draft.title)))
    paragraph_no = 0
    lines = [(role, text, 0) for role, text in dict.fromkeys(draft.lines)] if raw.kind != "beir" else []
    for section, text, number_ in [(s, t, None) for s, t in draft.paragraphs] + lines:
        if not text:
            where = written.emit(section or "")
            if section and raw.kind != "beir":
                headings.append((HEADING_ROLE, section, where))
            continue
        if number_ is None:
            paragraph_no += 1
        start = written.emit(text)
        spans = [(a + start, b + start) for a, b in split_sentences(text)]
        for chunk in _chunks(spans):
            passage_text = text[chunk[0][0] - start : chunk[-1][1] - start]
            passages.append(Passage(
                passage_id=f"{raw.doc_id}#{len(passages)}",
                doc_id=raw.doc_id,
                text=passage_text,
                start=chunk[0][0],
                end=chunk[-1][1],
                sentences=tuple(chunk),
                article=number,
                title=title,
                section=section,
                paragraph=paragraph_no if number_ is None else number_,
                date=draft.date or meta.date,
                source=draft.source or meta.source,
                url=meta.url,
            ))
    for role, line, start in headings:  # after the other lines: the body's passages keep their numbers
        passages.append(Passage(
            passage_id=f"{raw.doc_id}#{len(passages)}", doc_id=raw.doc_id, text=line, start=start,
            end=start + len(line), sentences=((start, start + len(line)),), article=number, title=title,
            section=role, paragraph=0, date=draft.date or meta.date, source=draft.source or meta.source,
            url=meta.url,
        ))
    return Article(
        index=number,
        title=title,
        date=draft.date or meta.date,
        source=draft.source or meta.source,
        reporters=tuple(draft.reporters),
        sections=tuple(draft.sections),
        start=article_start,
        end=written.offset,
    )


def _chunks(sentences: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group a paragraph's sentences into passages of 1-4 sentences and about 250 characters."""
    chunks: list[list[tuple[int, int]]] = []
    for span in sentences:
        if chunks:
            current = chunks[-1]
            length = span[1] - current[0][0]
            if len(current) < MAX_PASSAGE_SENTENCES and length <= MAX_PASSAGE_CHARS:
                current.append(span)
                continue
        chunks.append([span])
    return chunks
