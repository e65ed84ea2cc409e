"""Retriever: open a corpus, then answer from it: rank, quote, judge, or abstain with a reason.

The contract that outside checks call is fixed: `Retriever.from_path()`, `ask(q, k)`,
`search(q, k)`. Everything a front end needs about the corpus (context, sources, coverage) is
asked of the Retriever too, so no front end touches jieba, rank-bm25 or the files.

The Retriever only wires the steps, each in its own module over one opened `served.Corpus` and
one `quoting.Request` per question: `qa.opening` (cache or build), `qa.ranking` (BM25, neighbours,
articles, copies collapsed, the chooser's result first), `qa.quoting` (each passage's quote, once
per request), `qa.judging` (answer or not, with `qa.answerability`'s fitted model), `qa.hits` (the
Hit shown for each group chosen).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from . import asked_lines, judging, judging_credited, judging_lines, quoting, ranking, within_article
from . import skipped as left_out
from .answerability import Verdict
from .bylines import asked_roles, has_lines
from .comparing import answer_compared, read_comparison, tells_of
from .config import Settings
from .hits import hit_of, shown_once
from .index import BM25Index
from .listing import coverage_line, source_rows
from .models import Answer, Document, Hit, Passage
from .opening import Progress, open_index
from .paragraphs import paragraph_of, paragraphs_around
from .premise import answered_by_its_asking
from .previous_turn import Conversation
from .question_pieces import pair_idfs
from .question_text import plain_text
from .quoting import Request
from .ranking import Group
from .served import Corpus
from .smalltalk import is_small_talk
from .spoken_words import written_word
from .structure import is_heading_line
from .text import fold, strip_surrogates
from .tokenize import Tokenizer

log = logging.getLogger(__name__)


class Retriever:
    """Search and quote over one corpus; build with `Retriever.from_path(...)`."""

    def __init__(self, documents: Sequence[Document], passages: Sequence[Passage], index: BM25Index,
                 tokenizer: Tokenizer, settings: Settings, *, article_index: BM25Index | None = None,
                 article_of: list[int] | None = None, from_cache: bool = False,
                 warnings: list[str] | None = None, cache_path: Path | None = None,
                 build_seconds: float = 0.0, skipped: list[left_out.Skipped] | None = None) -> None:
        self.corpus = Corpus.of(documents, passages, index, tokenizer, settings, article_index=article_index,
                                article_of=article_of)
        self.documents = documents
        self.passages = passages
        self.index = index
        self.article_index = article_index
        self.tokenizer = tokenizer
        self.settings = settings
        self.from_cache = from_cache
        self.warnings = warnings or []
        self.skipped = skipped or []  # the corpus's files left out, with why (remembered by the cache)
        self.cache_path = cache_path
        self.build_seconds = build_seconds
        self._coverage: dict[int, str] = {}

    # ----------------------------------------------------------------------------- building
    @classmethod
    def from_path(cls, path: str | Path | None = None, *, settings: Settings | None = None,
                  cache_dir: str | Path | None = None, use_cache: bool | None = None,
                  progress: Progress | None = None, warn: Callable[[str], None] | None = None) -> Retriever:
        """Bundled corpus when path is None; else a folder, a file, or a BEIR corpus.jsonl.

        Raises CorpusNotFound / EmptyCorpus when nothing usable is there. Per-file problems are
        warnings (collected in `.warnings` and passed to `warn`), never errors.
        """
        settings = settings or Settings()
        opened = open_index(path, settings, cache_dir=cache_dir, use_cache=use_cache, progress=progress, warn=warn)
        return cls(opened.documents, opened.passages, opened.index, opened.tokenizer, settings,
                   article_index=opened.article_index, article_of=opened.article_of,
                   from_cache=opened.from_cache, warnings=opened.warnings, cache_path=opened.cache_path,
                   build_seconds=opened.build_seconds, skipped=opened.skipped)

    # ----------------------------------------------------------------------------- searching
    def search(self, question: str, k: int = 10) -> list[Hit]:
        """Raw ranking (duplicates collapsed), no abstention: what evaluation scores."""
        question = strip_surrogates(question or "")[: self.settings.max_question_chars * 4]
        if k <= 0 or not question.strip():
            return []
        request = Request.read(question, self.corpus)
        groups = ranking.ranked_groups(self.corpus, request, max(k * 3, k + 10))
        return [hit_of(self.corpus, rank, g, request, "original") for rank, g in enumerate(groups[:k], 1)]

    def ask(self, question: str, k: int = 3, *, offset: int = 0, script: str = "original") -> Answer:
        """Cited quotes for a question, or `answered=False` with a reason — never an exception.

        A question asked after a statement the documents make of another article (`premise`) that is
        not answered whole is answered by its asking clause, when that clause is answered there."""
        question = question if isinstance(question, str) else str(question)
        text = plain_text(strip_surrogates(question)[: self.settings.max_question_chars])
        if offset == 0 and (comparison := read_comparison(text)) is not None:
            # 孙志荣跟张银祥谁岁数大: each side's fact, quoted where it is stated (`qa.comparing`).
            return answer_compared(comparison, lambda side: self._ask(side, 1, offset=0, script=script), question,
                                   partial(tells_of, self.corpus))
        answer = self._ask(question, k, offset=offset, script=script)
        if answer.answered or answer.reason not in ("no-match", "not-stated"):
            return answer
        asked = answered_by_its_asking(self.corpus, text, lambda part: self._judged(part, 10),
                                       lambda part: self._ask(part, k, offset=offset, script=script))
        return answer if asked is None else replace(asked, question=question)

    def _ask(self, question: str, k: int, *, offset: int, script: str) -> Answer:
        stripped = strip_surrogates(question).strip()
        if not stripped:
            return Answer(question, False, [], reason="empty-question")
        if len(stripped) > self.settings.max_question_chars:  # say so, rather than answer a prefix
            return Answer(question, False, [], reason="too-long")
        if is_small_talk(stripped):
            return Answer(question, False, [], reason="small-talk")
        probe = stripped[: self.settings.max_question_chars * 4]
        request = Request.read(probe, self.corpus)
        if not request.terms:
            has_words = bool(self.tokenizer.words_of(self.tokenizer.normalize(probe)))
            return Answer(question, False, [], reason="only-stopwords" if has_words else "no-match",
                          corrections=request.question.corrections)
        k = max(1, k)
        offset = max(0, offset)
        groups = ranking.ranked_groups(self.corpus, request, (offset + k + 1) * 3 + 10)
        corrections = request.question.corrections
        credited = judging_credited.judge_credited(self.corpus, request, groups)  # 张国珍是谁: only a byline names him
        # 作者是谁, 责任编辑是谁, 哪天发布: the article's own line answers; as typed, or as read (是2020年还是
        # 2021年发的 → 是哪一年发的: a figure offered is the one asked).
        roles = asked_roles(probe, self.corpus.titled) or asked_roles(request.question.text, self.corpus.titled)
        # 第二部分的小标题: found though no passage holds a word of it (`judge_metadata`).
        named = judging_lines.judge_metadata(self.corpus, request, roles) if roles and credited is None else None
        if not groups and credited is None and named is None:
            return Answer(question, False, [], reason="no-match", corrections=corrections)
        if credited is not None:
            verdict, groups = credited
            answerable = verdict.answerable
        elif named is not None:
            verdict, groups = named  # judged on the piece the question names (那篇报道, 《…》)
            answerable = verdict.answerable
        else:
            verdict = judging.judge(self.corpus, request, groups)  # on the article the question is about
            answerable = verdict.answerable
            if answerable and verdict.stated_at is not None:
                groups = ranking.promoted(groups, verdict.stated_at)  # the passage that states it, first
            if roles:
                first = groups[0].index
                groups = asked_lines.metadata_first(self.corpus, groups, roles, request.question.section,
                                                    hour=asked_lines.hour_asked(request.question.text))
                if groups[0].index != first and self.corpus.article_of[groups[0].index] == self.corpus.article_of[first]:
                    answerable = verdict.probability >= verdict.threshold  # the line itself states it
        if not answerable:
            if verdict.reason == "not-stated":
                # Related material: the passages that name the subject, not every near miss.
                named = [g for g in groups if verdict.subject_word in quoting.quote(self.corpus, request, g.index).folded]
                hits = [hit_of(self.corpus, rank, g, request, script) for rank, g in enumerate(named[:k], 1)]
                return Answer(question, False, hits, reason="not-stated", subject=verdict.subject,
                              corrections=corrections)
            return Answer(question, False, [], reason="no-match", corrections=corrections)
        if roles and request.question.every_section:  # 分哪几个部分: every heading, in order, all on one page
            groups = asked_lines.headings_first(self.corpus, groups)
            k = max(k, next((n for n, g in enumerate(groups) if not is_heading_line(self.passages[g.index])), len(groups)))
        page = groups[offset : offset + k]
        hits = shown_once([hit_of(self.corpus, offset + rank, g, request, script) for rank, g in enumerate(page, 1)])
        return Answer(question, True, hits, offset=offset, has_more=len(groups) > offset + k,
                      corrections=request.question.corrections)

    def goes_on(self, passage_id: str, after: int, *, question: str = "", script: str = "original") -> Answer:
        """后来呢 after an answer: what the document says next, after offset `after` of passage
        `passage_id` (where the answer's first quote ended), quoted and cited as any answer is;
        `question` is what was typed (后来呢), kept on the answer. Not answered (no-match) when the
        passage is unknown or its article ends there."""
        index = self.corpus.position.get(passage_id)
        request = Request.read("", self.corpus)  # nothing asked: no words to mark, no fact to find
        found = quoting.next_quote(self.corpus, request, index, after) if index is not None else None
        if found is None:
            return Answer(question, False, [], reason="no-match")
        index, request.quotes[index] = found
        hit = hit_of(self.corpus, 1, Group(index, 0.0, ()), request, script)
        return Answer(question, True, [replace(hit, lead_in="")])  # what it leans on was just shown

    def ask_within(self, question: str, previous: Conversation, *, script: str = "original") -> Answer:
        """A follow-up asked of the article the `previous` answer quoted, near that quote: answered only
        by a sentence there holding every specific word typed and the kind of fact asked, not the
        previous turn's words or fact (`within_article`); else no-match, never a related quote."""
        index = self.corpus.position.get(previous.passage_id)
        stripped = strip_surrogates(question or "").strip()[: self.settings.max_question_chars]
        if index is None or not stripped:
            return Answer(question, False, [], reason="no-match")
        request = Request.read(stripped, self.corpus)
        asked, line = within_article.piece_read(self.corpus, request.question, index)
        if asked and line is not None:  # 作者是谁, 这篇是哪天发的: the piece's own line answers
            lines = [Group(line, 0.0, ())]
            if request.question.every_section:  # 它分哪几个部分: every heading
                lines = asked_lines.headings_first(self.corpus, lines)
            hits = [hit_of(self.corpus, rank, g, request, script) for rank, g in enumerate(lines, 1)]
            return Answer(question, True, hits, corrections=request.question.corrections)
        if asked and has_lines(self.passages, *self.corpus.article_bounds(index)):  # a news piece without it
            return Answer(question, False, [], reason="not-stated", subject=self.passages[index].title,
                          corrections=request.question.corrections)
        given = [*self.key_terms(previous.question), *([fold(previous.fact)] if previous.fact else [])]
        found = (within_article.answering_passage(self.corpus, request, index, given)
                 or within_article.in_the_quote_shown(self.corpus, request, index,
                                                      (previous.quote_start, previous.quote_end), given))
        if found is None:
            return Answer(question, False, [], reason="no-match", corrections=request.question.corrections)
        return Answer(question, True, [hit_of(self.corpus, 1, found, request, script)],
                      corrections=request.question.corrections)

    def judge(self, question: str) -> Verdict | None:
        """The answerability verdict on a question's best hit (None when nothing matches): what
        `ask` decides with, exposed for fitting and evaluating the model."""
        judged = self._judged(question, 13)
        return judged[0] if judged is not None else None

    def _judged(self, question: str, n: int) -> tuple[Verdict, list[Group]] | None:
        """The verdict on a question's best hit among its `n` best groups, with the groups."""
        request = Request.read(strip_surrogates(question)[: self.settings.max_question_chars * 4], self.corpus)
        groups = ranking.ranked_groups(self.corpus, request, n) if request.terms else []
        return (judging.judge(self.corpus, request, groups), groups) if groups else None

    def key_terms(self, question: str) -> tuple[str, ...]:
        """The question's content words, folded: what a follow-up question carries over. Read as
        the question is searched (`question_text.plain_text`): 啥时候 is an asking word, 请问 filler."""
        return tuple(self.tokenizer.question_terms(plain_text(question)))

    def knows(self, word: str) -> bool:
        """Does the corpus use this (folded) word: as a word, or as a run of pairs it holds (a
        segmentation accident, 来网)? A one-character verb jieba glued its aspect particle to (提了, 说过)
        names nothing the documents could lack. What a follow-up's own words are checked with
        (`ask_in_turn`)."""
        if len(word) == 2 and word[-1] in "了过過着著":
            return True
        vocab = self.corpus.index.vocab
        # A spoken word the question is read with as written (谢谢 → 感谢, `spoken_words`) is known too.
        return word in vocab or pair_idfs(word, self.corpus.index) is not None or bool(written_word(word, vocab))

    # ----------------------------------------------------------------------------- corpus facts
    def passage(self, passage_id: str) -> Passage | None:
        index = self.corpus.position.get(passage_id)
        return self.passages[index] if index is not None else None

    def document(self, doc_id: str) -> Document | None:
        return self.corpus.docs.get(doc_id)

    def context(self, passage_id: str) -> tuple[str, int]:
        """The whole paragraph that holds a passage, and where the passage starts inside it."""
        passage = self._known(passage_id)
        return paragraph_of(self.corpus.docs[passage.doc_id].text, passage.start, passage.end)

    def context_around(self, passage_id: str, paragraphs: int = 1) -> tuple[str, int]:
        """Like `context`, with `paragraphs` more paragraphs on each side: a quote's surroundings
        (the passage is often the whole paragraph, so `context` alone shows nothing new)."""
        passage = self._known(passage_id)
        return paragraphs_around(self.corpus.docs[passage.doc_id].text, passage.start, passage.end, paragraphs)

    def _known(self, passage_id: str) -> Passage:
        if (passage := self.passage(passage_id)) is None:
            raise KeyError(passage_id)
        return passage

    def coverage(self, limit: int = 8) -> str:
        """One line naming what the corpus is about, for "not found" replies (`listing.coverage_line`).
        Worked out once per limit (the corpus does not change under a retriever): it reads every
        document, 2 s at 100k, and the bot shows it with every answer."""
        if limit not in self._coverage:
            self._coverage[limit] = coverage_line(self.documents, limit)
        return self._coverage[limit]

    def sources(self, limit: int | None = None) -> list[dict]:
        """One row per document, in corpus order (`listing.source_rows`); the first `limit` only."""
        return source_rows(self.documents, (self.corpus.doc_of(i) for i in range(len(self.corpus.passage_ids))), limit)
