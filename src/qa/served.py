"""The opened corpus as answering reads it: one named value handed to ranking, quoting and judging.

`qa.opening` opens an index (cache or build, warnings, what was left out); this is what a Retriever
serves from once it is open: the passages in article order, each copy's original, the two BM25
indexes, the tokeniser and the settings. Ranking and quoting take it as one argument instead of ten,
and never reach back into the Retriever.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from .bylines import credited_names, trailing_lines
from .cleaning import CONTRIBUTORS_ROLE, EDITOR_ROLE
from .config import Settings
from .index import BM25Index
from .line_kinds import BYLINE_ROLE
from .models import Document, Passage
from .sentence_features import Layout
from .spelling import PinyinIndex
from .store import DocumentStore, PassageStore, article_layout, article_starts
from .text import fold
from .tokenize import Tokenizer


@dataclass(frozen=True)
class Corpus:
    """What ranking and quoting read of one opened corpus; made once per Retriever by `Corpus.of`."""

    documents: Sequence[Document]
    passages: Sequence[Passage]
    index: BM25Index
    article_index: BM25Index | None
    tokenizer: Tokenizer
    settings: Settings
    docs: Mapping[str, Document]  # by id; a store's records are decoded only when read
    passage_ids: list[str]  # `doc_id#n`: grouping reads a passage's document from its id, decoding no record
    canonical: list[int]  # passage → its original (itself when it is not a copy)
    article_of: list[int]  # passage → article row
    article_starts: list[int]  # article a's passages are [starts[a], starts[a + 1])

    @classmethod
    def of(cls, documents: Sequence[Document], passages: Sequence[Passage], index: BM25Index,
           tokenizer: Tokenizer, settings: Settings, *, article_index: BM25Index | None = None,
           article_of: list[int] | None = None) -> Corpus:
        """The corpus over stores (columns read, no record decoded) or plain lists of records."""
        docs: Mapping[str, Document] = (documents.by_id() if isinstance(documents, DocumentStore)
                                        else {d.doc_id: d for d in documents})
        passage_ids = passages.ids if isinstance(passages, PassageStore) else [p.passage_id for p in passages]
        if isinstance(passages, PassageStore):
            canonical = passages.canonical()
            article_of = passages.article_of.tolist() if article_of is None else article_of
        else:
            position = _positions(passage_ids)
            canonical = [position.get(p.duplicate_of, i) if p.duplicate_of else i for i, p in enumerate(passages)]
        article_of = article_layout(passages) if article_of is None else article_of
        return cls(documents, passages, index, article_index, tokenizer, settings, docs, passage_ids,
                   canonical, article_of, article_starts(article_of))

    @cached_property
    def position(self) -> dict[str, int]:
        """Passage id → position; made on first use (a look-up by id), not on every load (30 ms at 100k)."""
        return _positions(self.passage_ids)

    @cached_property
    def layout(self) -> Layout:
        """What the chooser reads (`qa.sentence_features`)."""
        return Layout(self.passages, self.article_of, self.article_starts, self.canonical)

    @cached_property
    def speller(self) -> PinyinIndex:
        """Made on the first question with a word the corpus lacks."""
        return PinyinIndex.of(self.index, self.tokenizer, credited_names(text for _, text in self.byline_lines))

    @cached_property
    def titled(self) -> dict[str, int]:
        """Article title, folded → the article's first passage; made on the first question that
        names a piece by its title (作者是谁), not on every load."""
        convert = self.settings.convert_script
        out: dict[str, int] = {}
        for first in self.article_starts[:-1]:
            title = self.passages[first].title
            if title:
                out.setdefault(fold(title, convert_script=convert).strip(), first)
        return out

    @cached_property
    def byline_lines(self) -> tuple[tuple[int, str], ...]:
        """(passage, folded text) of every byline, contributors' and editor line: the names printed
        only there are in no searched passage (`bylines`). Read on the first question naming someone the corpus does
        not otherwise know; the lines sit at their article's end, so only those are read."""
        convert = self.settings.convert_script
        return tuple((i, fold(self.passages[i].text, convert_script=convert))
                     for lines in self.lines_by_doc.values() for i in lines
                     if self.passages[i].section in (BYLINE_ROLE, CONTRIBUTORS_ROLE, EDITOR_ROLE))

    @cached_property
    def credits_by_article(self) -> dict[int, str]:
        """The folded byline, contributors' and editor lines of each article, joined: whom the
        article credits, a name no searched passage holds (张国珍, the author of the piece)."""
        out: dict[int, list[str]] = {}
        for i, text in self.byline_lines:
            out.setdefault(self.article_of[i], []).append(text)
        return {article: "\n".join(texts) for article, texts in out.items()}

    @cached_property
    def lines_by_doc(self) -> dict[str, tuple[int, ...]]:
        """Every article's metadata lines (byline, dateline, source, editor …), by document: a copy
        collapsed into another's result still answers with its own lines (`asked_lines.article_line`).
        Read on the first question asking for such a line."""
        out: dict[str, list[int]] = {}
        for start, end in pairwise(self.article_starts):
            for i in trailing_lines(self.passages, start, end):
                out.setdefault(self.doc_of(i), []).append(i)
        return {doc: tuple(lines) for doc, lines in out.items()}

    def doc_of(self, index: int) -> str:
        """The document of a passage, read from its id."""
        return self.passage_ids[index].rpartition("#")[0]

    def article_bounds(self, index: int) -> tuple[int, int]:
        """The passages [first, end) of the article that holds passage `index`."""
        article = self.article_of[index]
        return self.article_starts[article], self.article_starts[article + 1]

    def article_text(self, index: int) -> str:
        """The article that holds passage `index` as one text under that passage's title, unfolded:
        what the judge and a comparison's side check read a subject's name in."""
        first, end = self.article_bounds(index)
        return "\n".join([self.passages[index].title, *(self.passages[i].text for i in range(first, end))])


def _positions(passage_ids: list[str]) -> dict[str, int]:
    return dict(zip(passage_ids, range(len(passage_ids)), strict=True))
