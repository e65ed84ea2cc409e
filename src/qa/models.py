"""The answer model shared by every interface.

One set of frozen dataclasses travels from the engine to every renderer (terminal, Telegram HTML,
JSON), so the REPL, `qa ask` and the bot cannot drift apart in what they show.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any

from .text import detect_script

Span = tuple[int, int]


@dataclass(frozen=True)
class Article:
    """One article inside a document: files often carry several unrelated reports back to back."""

    index: int
    title: str
    date: str | None = None
    source: str | None = None
    reporters: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Document:
    """A source file (or a BEIR corpus row) after cleaning, with what its text says about itself."""

    doc_id: str
    title: str
    text: str
    path: str | None = None
    date: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    editor: str | None = None
    articles: tuple[Article, ...] = ()
    duplicate_of: str | None = None
    pages: tuple[tuple[int, str], ...] = ()  # (offset in text, printed page label) where pages start

    def page_at(self, offset: int) -> str | None:
        """The printed page label of the page holding text[offset]; None for a file without pages.

        Kept per document rather than per passage: only PDFs have pages, and a passage's page
        follows from where it starts.
        """
        if not self.pages:
            return None
        return self.pages[max(0, bisect_right([start for start, _ in self.pages], offset) - 1)][1]

    @cached_property
    def script(self) -> str:
        """'simplified' or 'traditional' (`text.detect_script`), worked out when first asked for.

        Only the documents an answer quotes are ever asked; detecting it for every document while
        building took an eighth of the time spent structuring a corpus (an OpenCC pass over the
        text). Not a field, so it is not stored in the cache either.
        """
        return detect_script(self.text)


@dataclass(frozen=True)
class Passage:
    """The unit of retrieval: a paragraph, or a run of 1-4 sentences of a long one.

    Offsets point into the owning document's cleaned `text`, so any hit can show its surroundings.
    """

    passage_id: str
    doc_id: str
    text: str
    start: int
    end: int
    sentences: tuple[Span, ...]
    article: int = 0
    title: str = ""
    section: str | None = None
    paragraph: int = 1
    date: str | None = None
    source: str | None = None
    url: str | None = None
    duplicate_of: str | None = None

    @property
    def local_sentences(self) -> tuple[Span, ...]:
        """The sentences as offsets into this passage's own `text` (`sentences` point into the document's)."""
        return tuple((a - self.start, b - self.start) for a, b in self.sentences)


@dataclass(frozen=True)
class Hit:
    """One cited quote. `quote` is verbatim cleaned source text; `highlights` (the question's words)
    and `answer_spans` (the asked-for fact) index into it."""

    rank: int
    score: float
    doc_id: str
    passage_id: str
    title: str
    section: str | None
    paragraph: int
    date: str | None
    source: str | None
    url: str | None
    quote: str
    highlights: tuple[Span, ...] = ()
    context: str = ""
    also_in: tuple[str, ...] = ()
    quote_start: int = 0
    script: str = "simplified"
    quote_converted: str | None = None
    page: str | None = None  # the printed page label of a PDF quote; None for formats without pages
    answer_spans: tuple[Span, ...] = ()  # the asked-for fact (200多名, 8月5日, 程鹏) inside `quote`
    # The last sentence of the paragraph before, verbatim, when the quote opens leaning on it (该院,
    # 当日, 它): what 该院 is. Shown before the quote as 上文; "" otherwise.
    lead_in: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if key == "answer_spans":
                continue
            data[key] = value
            if key == "highlights":  # the answer's spans read next to the matched words' spans
                data["highlights"] = [list(span) for span in self.highlights]
                data["answer_spans"] = [list(span) for span in self.answer_spans]
        data["also_in"] = list(self.also_in)
        return data


# Every `Answer.reason` the engine gives (README's table documents each; render_layout.py words each).
REASONS = ("no-match", "not-stated", "small-talk", "empty-question", "only-stopwords", "too-long")


@dataclass(frozen=True)
class Answer:
    """What a question gets: cited hits, or `answered=False` with a reason (never an exception)."""

    question: str
    answered: bool
    hits: list[Hit] = field(default_factory=list)
    reason: str | None = None
    offset: int = 0
    has_more: bool = False
    # For reason "not-stated": what the documents do mention (its hits are related material, not answers).
    subject: str | None = None
    corrections: tuple[tuple[str, str], ...] = ()  # misspelt words searched as corpus words: (typed, used)

    @property
    def fact(self) -> str:
        """The asked-for fact the first hit marks (8月5日, 钢花小学), "" when there is none: what a
        follow-up's 当天 or 这所学校 stands for (`conversation.resolve`)."""
        if not self.answered or not self.hits or not self.hits[0].answer_spans:
            return ""
        start, end = self.hits[0].answer_spans[0]
        return self.hits[0].quote[start:end]

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answered": self.answered,
            "hits": [hit.to_dict() for hit in self.hits],
            "reason": self.reason,
            "subject": self.subject,
            "corrections": [list(pair) for pair in self.corrections],
        }
