"""Retriever: load (or build) the index, rank passages, collapse copies, quote, or abstain.

The contract that outside checks call is fixed: `Retriever.from_path()`, `ask(q, k)`,
`search(q, k)`. Everything a front end needs about the corpus (context, sources, coverage) is
asked of the Retriever too, so no front end touches jieba, rank-bm25 or the files.
"""

from __future__ import annotations

import itertools
import logging
import math
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

from . import cache as cache_store
from .config import Settings
from .dedup import clauses, numbers_conflict
from .errors import CacheError
from .index import BM25Index, best
from .loading import corpus_files, fingerprint
from .models import Answer, Document, Hit, Passage
from .params import ARTICLE_PARAMS, bm25_params, tokenizer_config
from .quotes import Asked, Quote, highlights, pick_quote, read_question
from .store import DocumentStore, PassageStore, article_layout, article_starts
from .text import HAN_RE, convert_for_reader, detect_script, fold, fold_for_index, strip_surrogates
from .tokenize import BIGRAM_PREFIX, Tokenizer

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]

# Calibrated on tests/data/golden.jsonl (see docs/EVALUATION.md): the share of the question's
# IDF mass that the best passage must contain before we answer at all.
DEFAULT_ABSTAIN_COVERAGE = 0.30
NEIGHBOUR_WEIGHT = 0.3
# A passage is judged with its article too (a corpus row, for BEIR data): measured on the full
# CMRC/DRCD sets this is the largest single gain (docs/EVALUATION.md).
ARTICLE_WEIGHT = 2.0
CUE_WEIGHT = 0.2
PROXIMITY_WEIGHT = 0.5
CUE_RERANK = {0.0: 0.0, 1.0: 1.0, 2.0: 2.0, 3.0: 5.0}
RERANK_DEPTH = 20


@dataclass
class _Query:
    """One question as the engine reads it, and the quotes picked for it so far (once per passage)."""

    text: str
    tokens: list[str]  # BM25 query tokens
    terms: dict[str, float]  # folded content word → weight, for quotes and abstention
    asked: Asked  # what kind of answer it wants
    quotes: dict[int, Quote] = field(default_factory=dict)
    scores: np.ndarray | None = None  # every passage's BM25 score, once ranked


@dataclass(frozen=True)
class _Group:
    """One result after near-duplicates are collapsed: the canonical passage and its copies."""

    index: int
    score: float
    also_in: tuple[str, ...]


class Retriever:
    """Search and quote over one corpus; build with `Retriever.from_path(...)`."""

    def __init__(self, documents: Sequence[Document], passages: Sequence[Passage], index: BM25Index,
                 tokenizer: Tokenizer, settings: Settings, *, article_index: BM25Index | None = None,
                 article_of: list[int] | None = None, from_cache: bool = False,
                 warnings: list[str] | None = None, cache_path: Path | None = None,
                 build_seconds: float = 0.0) -> None:
        self.documents = documents
        self.passages = passages
        self.index = index
        self.article_index = article_index
        self.tokenizer = tokenizer
        self.settings = settings
        self.from_cache = from_cache
        self.warnings = warnings or []
        self.cache_path = cache_path
        self.build_seconds = build_seconds
        self._docs: Mapping[str, Document]
        if isinstance(documents, DocumentStore):  # records decoded only when read
            self._docs = documents.by_id()
        else:
            self._docs = {d.doc_id: d for d in documents}
        # Passage ids are `doc_id#n`: grouping reads the document from the id, decoding no record.
        self._passage_ids: list[str] = passages.ids if isinstance(passages, PassageStore) else [
            p.passage_id for p in passages]
        if isinstance(passages, PassageStore):
            self._canonical = passages.canonical()
            article_of = passages.article_of.tolist() if article_of is None else article_of
        else:
            self._canonical = [self._pid.get(p.duplicate_of, i) if p.duplicate_of else i
                               for i, p in enumerate(passages)]
        self._article_of = article_layout(passages) if article_of is None else article_of
        self._article_starts = article_starts(self._article_of)
        self._coverage: dict[int, str] = {}

    @cached_property
    def _pid(self) -> dict[str, int]:
        """Passage id → position; made on first use (a look-up by id), not on every load (30 ms at 100k)."""
        return dict(zip(self._passage_ids, range(len(self._passage_ids)), strict=True))

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
        if path is None and settings.corpus is not None:
            path = settings.corpus
        warnings: list[str] = []

        def note(message: str) -> None:
            warnings.append(message)
            log.warning(message)
            if warn is not None:
                warn(message)

        started = time.perf_counter()
        root, files = corpus_files(Path(path) if path is not None else None, note)
        tok_config = tokenizer_config(settings)
        params = bm25_params(settings)
        settings_key = f"{tok_config.key()}|{params.key()}|title={int(settings.title_field)}"
        use_cache = settings.use_cache if use_cache is None else use_cache
        folder = Path(cache_dir) if cache_dir else (settings.cache_dir or cache_store.default_cache_dir())
        print_ = fingerprint(files)
        key = cache_store.cache_key(print_, settings_key)

        use_cache = use_cache and cache_store.usable_folder(folder, note)
        if use_cache:
            try:
                cached = cache_store.load(folder, key)
            except CacheError as exc:
                note(f"{exc}; rebuilding it")
                cache_store.discard(folder, key)
                cached = None
            if cached is not None:
                documents, passages, index, words, article_index = cached
                tokenizer = Tokenizer(tok_config, words)
                return cls(documents, passages, index, tokenizer, settings, article_index=article_index,
                           from_cache=True,
                           warnings=warnings, cache_path=folder / key,
                           build_seconds=time.perf_counter() - started)

        from .build import build_corpus  # cleaning, structuring, linking: not needed to answer from a cache

        writer = None
        if use_cache:
            try:
                writer = cache_store.Writer(folder, key)
            except OSError as exc:
                note(f"cannot write the index cache in {folder} ({exc.strerror or exc}); running without a cache")
            except CacheError as exc:  # the folder changed hands since usable_folder()
                note(str(exc))
        try:
            built = build_corpus(root, files, settings, article_params=ARTICLE_PARAMS, note=note, progress=progress,
                                 on_stores=writer.write_stores if writer is not None else None)
        except BaseException:
            if writer is not None:
                writer.abort()
            raise
        documents, passages, index, article_index = built.documents, built.passages, built.index, built.article_index
        tokenizer = built.tokenizer
        cache_path = None
        if writer is not None:
            if fingerprint(files) != print_:
                writer.abort()
                note(f"corpus {root} changed while it was being indexed; not caching this index")
            else:
                try:
                    cache_path = writer.commit(index, built.words, article_index)
                except OSError as exc:
                    note(f"cannot write the index cache in {folder} ({exc.strerror or exc}); running without a cache")
        return cls(documents, passages, index, tokenizer, settings, article_index=article_index,
                   article_of=built.article_of, from_cache=False, warnings=warnings,
                   cache_path=cache_path, build_seconds=time.perf_counter() - started)

    # ----------------------------------------------------------------------------- searching
    def _ranked(self, query: _Query, limit: int) -> list[tuple[int, float]]:
        """BM25 top passages, re-scored with a share of their best neighbour's score.

        A short paragraph often answers what its neighbour names: 001 `200多名社区党员,如何联系服务
        2万多名社区居民?` never says 江欣苑, the paragraphs around it do.
        """
        scores, hits = self.index.scores_and_hits(query.tokens)
        query.scores = scores
        candidates = dict(best(scores, hits, max(limit, 50)))
        if not candidates:
            return []
        article_scores = np.zeros(0)
        if self.article_index is not None and ARTICLE_WEIGHT:
            # The best passages of the best-matching articles compete too, not only the best passages.
            article_scores, article_hits = self.article_index.scores_and_hits(query.tokens)
            starts = self._article_starts
            for a, _ in best(article_scores, article_hits, 10):
                candidates.update((i, float(scores[i])) for i in range(starts[a], starts[a + 1])
                                  if i not in candidates and scores[i] > 0)
        last = len(self.passages) - 1
        rescored = []
        for i, score in candidates.items():
            article = self._article_of[i]
            near = [scores[j] for j in (i - 1, i + 1) if 0 <= j <= last and self._article_of[j] == article]
            rescored.append((i, score + NEIGHBOUR_WEIGHT * float(max(near, default=0.0))
                             + (ARTICLE_WEIGHT * float(article_scores[article]) if len(article_scores) else 0.0)))
        rescored.sort(key=lambda item: (-item[1], item[0]))
        return self._rerank_head(query, rescored)[:limit]

    def _quote(self, index: int, query: _Query) -> Quote:
        """The quote of one passage for this question, picked once per request."""
        if index not in query.quotes:
            passage = self.passages[index]
            local = tuple((a - passage.start, b - passage.start) for a, b in passage.sentences)
            query.quotes[index] = pick_quote(passage.text, local, query.terms, query.asked, self.tokenizer.tag,
                                             convert_script=self.settings.convert_script)
        return query.quotes[index]

    def _rerank_head(self, query: _Query, ranked: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """Lift passages whose best sentence holds much of the question, or the kind of answer
        asked for (a count of the asked-for thing, a date, a name)."""
        if not ranked or not query.terms:
            return ranked
        best = ranked[0][1]
        head = []
        for i, score in ranked[:RERANK_DEPTH]:
            quote = self._quote(i, query)
            head.append((i, score + CUE_WEIGHT * best * CUE_RERANK[quote.cue]
                         + PROXIMITY_WEIGHT * best * quote.coverage))
        head.sort(key=lambda item: (-item[1], item[0]))
        return head + ranked[RERANK_DEPTH:]

    def _ranked_groups(self, query: _Query, limit: int) -> list[_Group]:
        ranked = self._ranked(query, limit)
        groups: dict[int, list] = {}
        order: list[int] = []
        for passage_index, score in ranked:
            canonical = self._twin(passage_index, query)
            if canonical not in groups:
                groups[canonical] = [score, []]
                order.append(canonical)
            else:
                groups[canonical][0] = max(groups[canonical][0], score)
            doc_id = self._doc_of(passage_index)
            if doc_id != self._doc_of(canonical) and doc_id not in groups[canonical][1]:
                groups[canonical][1].append(doc_id)
        # A canonical passage found only through its copy still names the copy's document.
        result = [_Group(i, groups[i][0], tuple(groups[i][1])) for i in order]
        result.sort(key=lambda g: (-g.score, g.index))
        return result

    def _doc_of(self, index: int) -> str:
        return self._passage_ids[index].rpartition("#")[0]

    def _twin(self, index: int, query: _Query) -> int:
        """The canonical passage a result stands for: itself, or for a copy, the part of the original
        that matches this question best.

        A copy's passage often spans two of the original's (000 lost the punctuation its sentences
        ended on): its link names the one it shares most with, which need not be the one that answers.
        """
        canonical = self._canonical[index]
        if canonical == index or query.scores is None:
            return canonical
        scores = query.scores
        article = self._article_of[canonical]
        better = [j for j in (canonical - 1, canonical + 1)
                  if 0 <= j < len(self.passages) and scores[j] > scores[canonical]
                  and self._article_of[j] == article and self._canonical[j] == j]
        if not better:
            return canonical
        text = self.passages[index].text
        mine, folded = clauses(text), fold_for_index(text)
        overlapping = [j for j in better if mine & clauses(self.passages[j].text)
                       and not numbers_conflict(folded, fold_for_index(self.passages[j].text))]
        return max(overlapping, key=lambda j: scores[j], default=canonical)

    def _read(self, question: str) -> _Query:
        """The question's BM25 tokens, its content words weighed by IDF (an unknown word weighs as
        the rarest term), and for 哪所/哪家 questions the noun naming what is asked for."""
        rare = math.log(max(self.index.n_docs, 2)) + 1.0
        weights: dict[str, float] = {}
        for word in self.tokenizer.question_terms(question):
            if word in weights:
                continue
            idf = self.index.term_idf(word)
            if word not in self.index.vocab:
                # An unseen word counts as the rarest term, unless its bigrams are all known:
                # then it is a segmentation accident (时守, 哪天发), weighed by its rarest bigram.
                pairs = [BIGRAM_PREFIX + word[i : i + 2] for i in range(len(word) - 1)]
                known = [self.index.term_idf(p) for p in pairs if p in self.index.vocab]
                idf = max(known) if pairs and len(known) == len(pairs) else rare
            weights[word] = max(idf, 0.05)
        asked = read_question(question, self.tokenizer.question_focus)
        return _Query(question, self.tokenizer.question_tokens(question), weights, asked)

    def _hit(self, rank: int, group: _Group, query: _Query, script: str) -> Hit:
        passage = self.passages[group.index]
        document = self._docs[passage.doc_id]
        quote = self._quote(group.index, query)
        text = passage.text[quote.start : quote.end]
        target = detect_script(query.text) if script == "auto" else script
        converted = None
        if target in {"simplified", "traditional"} and target != document.script:
            candidate = convert_for_reader(text, target)
            converted = candidate if candidate != text else None
        also_in = tuple(d for d in group.also_in if d != passage.doc_id)
        return Hit(
            rank=rank, score=round(group.score, 6), doc_id=passage.doc_id, passage_id=passage.passage_id,
            title=passage.title, section=passage.section, paragraph=passage.paragraph,
            date=passage.date or document.date, source=passage.source or document.source,
            url=passage.url or document.url, quote=text, highlights=highlights(quote, query.terms),
            context=passage.text, also_in=also_in, quote_start=quote.start,
            script=document.script, quote_converted=converted,
        )

    def search(self, question: str, k: int = 10) -> list[Hit]:
        """Raw ranking (duplicates collapsed), no abstention: what evaluation scores."""
        question = strip_surrogates(question or "")[: self.settings.max_question_chars * 4]
        if k <= 0 or not question.strip():
            return []
        query = self._read(question)
        groups = self._ranked_groups(query, max(k * 3, k + 10))
        return [self._hit(rank, g, query, "original") for rank, g in enumerate(groups[:k], 1)]

    def ask(self, question: str, k: int = 3, *, offset: int = 0, script: str = "original") -> Answer:
        """Cited quotes for a question, or `answered=False` with a reason — never an exception."""
        question = question if isinstance(question, str) else str(question)
        stripped = strip_surrogates(question).strip()
        if not stripped:
            return Answer(question, False, [], reason="empty-question")
        probe = stripped[: self.settings.max_question_chars * 4]
        query = self._read(probe)
        if not query.terms:
            has_words = bool(self.tokenizer.words_of(self.tokenizer.normalize(probe)))
            return Answer(question, False, [], reason="only-stopwords" if has_words else "no-match")
        k = max(1, k)
        offset = max(0, offset)
        groups = self._ranked_groups(query, (offset + k + 1) * 3 + 10)
        if not groups or not self._covers(groups[0], query.terms):
            return Answer(question, False, [], reason="no-match")
        page = groups[offset : offset + k]
        hits = [self._hit(offset + rank, g, query, script) for rank, g in enumerate(page, 1)]
        return Answer(question, True, hits, offset=offset, has_more=len(groups) > offset + k)

    def _covers(self, group: _Group, terms: dict[str, float]) -> bool:
        """Does the best passage hold enough of what the question asks about?"""
        threshold = self.settings.abstain_threshold or DEFAULT_ABSTAIN_COVERAGE
        passage = self.passages[group.index]
        haystack = fold(passage.title + "\n" + passage.text, convert_script=self.settings.convert_script)
        total = sum(terms.values())
        found = 0.0
        for word, weight in terms.items():
            if word in haystack:
                found += weight
            elif len(word) >= 3 and HAN_RE.match(word):
                pairs = [word[i : i + 2] for i in range(len(word) - 1)]
                found += weight * sum(p in haystack for p in pairs) / len(pairs) * 0.5
        return total > 0 and found / total >= threshold

    # ----------------------------------------------------------------------------- corpus facts
    def passage(self, passage_id: str) -> Passage | None:
        index = self._pid.get(passage_id)
        return self.passages[index] if index is not None else None

    def document(self, doc_id: str) -> Document | None:
        return self._docs.get(doc_id)

    def context(self, passage_id: str) -> tuple[str, int]:
        """The whole paragraph that holds a passage, and where the passage starts inside it."""
        passage = self.passage(passage_id)
        if passage is None:
            raise KeyError(passage_id)
        text = self._docs[passage.doc_id].text
        start = text.rfind("\n\n", 0, passage.start)
        start = 0 if start == -1 else start + 2
        end = text.find("\n\n", passage.end)
        end = len(text) if end == -1 else end
        return text[start:end], passage.start - start

    def coverage(self, limit: int = 8) -> str:
        """One line naming what the corpus is about, for "not found" replies.

        Worked out once per limit (the corpus does not change under a retriever): it reads every
        document, 2 s at 100k, and the bot shows it with every answer.
        """
        if limit not in self._coverage:
            titles: dict[str, None] = {}
            for document in self.documents:
                if document.duplicate_of:
                    continue
                for article in document.articles or ():
                    if article.title and not article.title.endswith("…"):
                        titles.setdefault(article.title)
            shown = "；".join(list(titles)[:limit])
            more = f"（另有{len(titles) - limit}篇）" if len(titles) > limit else ""
            self._coverage[limit] = f"{len(self.documents)}份文档：{shown}{more}"
        return self._coverage[limit]

    def sources(self, limit: int | None = None) -> list[dict]:
        """One row per document, in corpus order; the first `limit` only, when given (a bot's
        reply shows a few dozen of 100k). Passages are counted from their ids, not read."""
        counts = Counter(self._doc_of(i) for i in range(len(self._passage_ids)))
        return [
            {
                "doc_id": d.doc_id, "title": d.title, "date": d.date, "source": d.source,
                "script": d.script, "articles": [a.title for a in d.articles],
                "passages": counts.get(d.doc_id, 0), "duplicate_of": d.duplicate_of,
                "authors": list(d.authors), "url": d.url, "editor": d.editor,
            }
            for d in itertools.islice(self.documents, limit)
        ]
