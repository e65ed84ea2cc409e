"""Turn files into documents, passages and the two BM25 indexes (passages and whole articles).

`Retriever.from_path` only chooses between the cache and a build; everything that turns text into
an index lives here. The build runs in blocks: documents are structured block by block as they are
read (each passage folded once, for both its duplicate keys and its tokens), then passages are tokenised
block by block into int32 term ids and counted at once, per passage and per article (a block
never splits an article), so no list of token strings is ever alive; copies are linked as one
more job beside those blocks. On a large corpus the jobs go to worker processes (one per core);
the serial path runs the very same functions in this process, and the results are merged in job
order, so both give the same passages, the same vocabulary ids and the same scores. At the end a
forked child writes the article matrix while this process writes the passages'.
"""

from __future__ import annotations

import mmap
import multiprocessing
import os
import sys
import threading
from bisect import bisect_left
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from .config import Settings
from .dedup import clause_keys, copied_documents, find_copies, form_scores, numbers_conflict
from .errors import EmptyCorpus
from .heap import keep_freed_memory, release_memory
from .index import BM25Index, BM25Params
from .index_layout import Layout
from .loading import DEFERRED, RawDocument, corpus_bytes, iter_documents, read_deferred
from .orphans import die_with_parent, killed_on_sigterm
from .params import ARTICLE_PARAMS as ARTICLE_PARAMS
from .params import bm25_params, tokenizer_config
from .store import SEPARATOR, DocumentStore, PassageStore, article_starts, encode_record, join_records
from .structure import build_document, is_metadata
from .term_counts import TermCounts, count_rows, narrow_counts
from .text import fold_for_index
from .tokenize import TermIds, Tokenizer, TokenizerConfig, Vocabulary, quoted_words, rank_user_words

Progress = Callable[[int, int, str], None]
Note = Callable[[str], None]
# Below this many characters a worker pool costs more than it saves (the bundled corpus is 60k).
PARALLEL_MIN_CHARS = 500_000
BYTES_PER_CHAR = 3  # UTF-8 Chinese: the corpus size on disk, as characters, before it is read
DOCUMENT_BLOCK = 1000
DEFERRED_WEIGHT = 100  # a PDF or Word file still to read counts as this many documents in a block
PASSAGE_BLOCK = 4096


@dataclass
class Built:
    """What a build produces, ready for a Retriever and for the cache."""

    documents: DocumentStore
    passages: PassageStore
    index: BM25Index
    article_index: BM25Index
    words: list[str]
    tokenizer: Tokenizer
    article_of: list[int]


def worker_count(settings: Settings, chars: int, min_parallel_chars: int = PARALLEL_MIN_CHARS) -> int:
    """Processes to build with: 1 for small corpora, or where forking is not safe.

    Workers are forked so they inherit the structured text and the tokeniser instead of pickling
    them (only the documents, as they are read, are sent to them); fork is only safe on Linux
    (macOS frameworks break in a forked child) and before any thread starts, so everywhere else
    the build runs in this process.
    """
    wanted = settings.build_workers or (os.cpu_count() or 1)
    if wanted <= 1 or chars < min_parallel_chars:
        return 1
    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return 1
    return wanted


def build_corpus(root: Path, files: list[Path], settings: Settings, *, article_params: BM25Params,
                 note: Note, progress: Progress | None = None, min_parallel_chars: int = PARALLEL_MIN_CHARS,
                 block_sizes: tuple[int, int] = (DOCUMENT_BLOCK, PASSAGE_BLOCK),
                 on_stores: Callable[[DocumentStore, PassageStore], None] | None = None) -> Built:
    """Load, clean and split the files, link copies, tokenise and index. EmptyCorpus if nothing is left.

    `block_sizes` are the documents and the passages handled per block (tests make them small).
    `on_stores` is handed the stores as soon as they are complete, before the matrices are (the
    cache starts writing them there); no process is forked after it is called.
    """
    config = tokenizer_config(settings)
    workers = worker_count(settings, corpus_bytes(files) // BYTES_PER_CHAR, min_parallel_chars)

    # Documents are structured block by block while the next ones are still being read.
    shape = _Shape()
    loaded = [0]
    blocks = _batches(iter_documents(root, files, note, defer=workers > 1), block_sizes[0], loaded)
    for block in _stream(_structure_block, blocks, {"config": config}, workers):
        for message in block.skipped:
            note(message)
        shape.add(block)
    if not loaded[0]:
        raise EmptyCorpus(f"no readable document in {root}")
    if not shape.passage_ids:
        raise EmptyCorpus(f"no readable text in {root}")
    article_of = shape.article_of()
    words = rank_user_words(shape.quoted) if config.user_dict else []
    tokenizer = Tokenizer(config, words)
    # Only `state` holds the text and the clause keys from here: with workers, _run lets go of them
    # once the workers have them. Linking copies is one more job beside the counting blocks.
    state: dict[str, Any] = {"tokenizer": tokenizer, "norms": shape.norms,
                             "titles": shape.titles if settings.title_field else None,
                             "article_of": article_of, "copies": shape.copy_evidence()}
    total, done = len(shape.norms), 0
    shape.norms, shape.titles = [], []

    vocab = Vocabulary()
    # The articles' counts are split into column ranges by the child that writes their matrix.
    counts, articles = TermCounts(), TermCounts(defer_split=workers > 1)
    to_vocab: dict[int, np.ndarray] = {}
    jobs = [(_link_copies, 0, total)] + [(_count_block, lo, hi) for lo, hi in article_blocks(article_of, block_sizes[1])]
    results = _run(jobs, state, workers)
    links, copied = next(results)
    for source, new_terms, slots, by_passage, by_article in results:
        # Each process numbers terms its own way; taking its new terms in the order they first
        # appear, block after block, gives every term the id one pass over the corpus gives it.
        added = np.empty(len(slots), dtype=np.int32)
        added[slots] = vocab.ids_of(new_terms)
        table = to_vocab[source] = np.concatenate((to_vocab.get(source, np.zeros(0, np.int32)), added))
        for target, (row_nnz, cols, tf, lengths) in ((counts, by_passage), (articles, by_article)):
            target.add_counts(row_nnz, table[cols], tf, lengths)
        done += len(by_passage[3])
        if progress is not None:
            progress(done, total, "tokenising")
    del state, to_vocab
    article_index = _index_aside(articles, vocab, article_params, workers)
    documents, passages = shape.stores(links, copied, article_of)
    del shape
    if on_stores is not None:
        on_stores(documents, passages)
    release_memory()

    index = BM25Index.from_counts(counts, vocab, bm25_params(settings))
    del counts
    return Built(documents, passages, index, article_index(), words, tokenizer, article_of.tolist())


def _index_aside(counts: TermCounts, vocab: dict[str, int], params: BM25Params,
                 workers: int) -> Callable[[], BM25Index]:
    """Start indexing `counts` in a forked child while this process goes on; call the result for
    the index. The two matrices take as long each (~1 s at 100k passages) and threads would hold
    each other up on the GIL; the child writes its entries into shared memory, so nothing is
    copied back. With one worker, or if the child fails, this process writes them itself."""
    if workers <= 1:
        return lambda: BM25Index.from_counts(counts, vocab, params)
    layout = Layout.of(counts, vocab, params)
    indices, data = _shared_array(layout.nnz, np.int32), _shared_array(layout.nnz, np.float32)
    child = multiprocessing.get_context("fork").Process(target=_write_aside, daemon=True,
                                                        args=(os.getpid(), layout, counts, indices, data))
    child.start()

    def finish() -> BM25Index:
        child.join()
        if child.exitcode != 0:  # its counts are still whole here: the child only had a copy
            layout.write_entries(counts, indices, data)
        return layout.index(indices, data)

    return finish


def _write_aside(parent: int, layout: Layout, counts: TermCounts, indices: np.ndarray, data: np.ndarray) -> None:
    die_with_parent(parent)
    layout.write_entries(counts, indices, data)


def _shared_array(length: int, dtype: type) -> np.ndarray:
    """A zeroed array in anonymous shared memory: what a forked child writes there, this process sees."""
    itemsize = np.dtype(dtype).itemsize
    return np.frombuffer(mmap.mmap(-1, max(1, length * itemsize)), dtype=dtype, count=length)


def _batches(documents: Iterator[RawDocument], size: int, loaded: list[int]) -> Iterator[list[tuple[Any, ...]]]:
    """Blocks of `size` documents as plain tuples (a third of the cost of pickling the dataclass
    to a worker), counting them in `loaded[0]`."""
    block: list[tuple[Any, ...]] = []
    weight = 0
    for raw in documents:
        block.append((raw.doc_id, raw.text, raw.path, raw.title, raw.kind, raw.pages, raw.headings))
        loaded[0] += 1
        weight += DEFERRED_WEIGHT if raw.kind == DEFERRED else 1
        if weight >= size:
            yield block
            block, weight = [], 0
    if block:
        yield block


def article_blocks(article_of: np.ndarray, size: int) -> list[tuple[int, int]]:
    """Passage ranges [lo, hi) of about `size` passages that never split an article, so a worker
    can count its articles' terms as well as its passages' (no merge of rows afterwards)."""
    total = len(article_of)
    starts = article_starts(article_of)
    bounds: list[tuple[int, int]] = []
    lo = 0
    while lo < total:
        k = bisect_left(starts, lo + size)
        hi = starts[k] if k < len(starts) else total
        bounds.append((lo, hi))
        lo = hi
    return bounds


# --- blocks: the same functions run in a worker process or in this one ---------------------------

_STATE: dict[str, Any] = {}


def _adopt(state: dict[str, Any], parent: int) -> None:
    """Worker initialiser: with fork the state arrives by inheritance, never pickled."""
    die_with_parent(parent)
    keep_freed_memory()
    _STATE.clear()
    _STATE.update(state)


Job = tuple[Callable[[dict[str, Any], int, int], Any], int, int]


def _in_worker(fn: Callable[[dict[str, Any], int, int], Any], lo: int, hi: int) -> Any:
    return fn(_STATE, lo, hi)


def _stream(fn: Callable[[dict[str, Any], Any], Any], items: Iterator[Any], state: dict[str, Any],
            workers: int) -> Iterator[Any]:
    """fn(state, item) for each item, results in item order, on `workers` forked processes.

    Unlike `_run`, the items are sent to the workers (pickled) as they come, so a worker can start
    on the first while this process is still producing the next; a result is handed back as
    soon as it and every one before it are done.
    """
    if workers <= 1:
        for item in items:
            yield fn(state, item)
        return
    context = multiprocessing.get_context("fork")
    with (ProcessPoolExecutor(workers, mp_context=context, initializer=_adopt, initargs=(state, os.getpid())) as pool,
          killed_on_sigterm(lambda: _workers_of(pool))):
        pending: deque[Future[Any]] = deque()
        for item in items:
            pending.append(pool.submit(_on_item, fn, item))
            while pending and pending[0].done():
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _workers_of(pool: ProcessPoolExecutor) -> list[Any]:
    # The executor has no public list of its processes; without one nothing is killed early, and
    # PR_SET_PDEATHSIG still ends them when this process exits.
    return list((getattr(pool, "_processes", None) or {}).values())


def _on_item(fn: Callable[[dict[str, Any], Any], Any], item: Any) -> Any:
    return fn(_STATE, item)


def _run(jobs: list[Job], state: dict[str, Any], workers: int) -> Iterator[Any]:
    """fn(state, lo, hi) for each job, results in job order, on `workers` forked processes.

    With workers, `state` is emptied in this process once they are forked (they have their own
    copy): the passages' text need not stay here while their counts pile up.
    """
    if workers <= 1 or len(jobs) <= 1:
        for fn, lo, hi in jobs:
            yield fn(state, lo, hi)
        return
    context = multiprocessing.get_context("fork")
    with (ProcessPoolExecutor(min(workers, len(jobs)), mp_context=context,
                              initializer=_adopt, initargs=(state, os.getpid())) as pool,
          killed_on_sigterm(lambda: _workers_of(pool))):
        results = pool.map(_in_worker, *zip(*jobs, strict=True))
        state.clear()  # map submitted every job, and a fork pool starts all its workers at once
        release_memory()
        yield from results


@dataclass
class _Structured:
    """One block of documents after cleaning and splitting, ready to be merged in order."""

    skipped: list[str]
    doc_ids: list[str]
    doc_scores: list[float]
    doc_records: tuple[bytes, np.ndarray]
    passage_ids: list[str]
    passage_doc: list[int]  # position of the passage's document within this block
    passage_article: list[int]
    passage_records: tuple[bytes, np.ndarray]
    norms: list[str]  # passage text in the tokeniser's normal form
    titles: list[str | None]  # None: not searched (a metadata line)
    keys: np.ndarray  # every passage's duplicate keys (dedup.clause_keys), one after another
    key_counts: list[int]  # how many of them each passage has
    quoted: Counter[str]


def _structure_block(state: dict[str, Any], raws: list[tuple[Any, ...]]) -> _Structured:
    """Documents (RawDocument fields as tuples) cleaned and split, ready to be merged in order."""
    config: TokenizerConfig = state["config"]
    out = _Structured([], [], [], (b"", np.zeros(0)), [], [], [], (b"", np.zeros(0)), [], [], np.zeros(0), [],
                      Counter())
    keys: list[int] = []
    doc_records: list[bytes] = []
    passage_records: list[bytes] = []
    doc_texts: list[str] = []
    for fields in raws:
        raw: RawDocument | None = RawDocument(*fields)
        if raw.kind == DEFERRED:  # read here, in the worker; its warnings go back with the block
            raw = read_deferred(raw, out.skipped.append)
            if raw is None:
                continue
        document, passages = build_document(raw)
        if not passages:
            out.skipped.append(f"skipped {raw.path or raw.doc_id}: no text left after cleaning")
            continue
        number = len(out.doc_ids)
        out.doc_ids.append(document.doc_id)
        doc_texts.append(document.text)
        doc_records.append(encode_record(document))
        for passage in passages:
            out.passage_ids.append(passage.passage_id)
            out.passage_doc.append(number)
            out.passage_article.append(passage.article)
            passage_records.append(encode_record(passage))
            folded = fold_for_index(passage.text)
            passage_keys = clause_keys(folded)
            keys += passage_keys
            out.key_counts.append(len(passage_keys))
            if is_metadata(passage):  # quoted only when asked for (bylines.asked_roles), never searched
                out.norms.append("")
                out.titles.append(None)
            else:
                out.norms.append(folded if config.convert_script else fold_for_index(passage.text, convert_script=False))
                out.titles.append(passage.title)
            out.quoted.update(quoted_words(passage.text))
    out.keys = np.array(keys, dtype=np.int64)
    out.doc_scores = form_scores(doc_texts)
    out.doc_records = _joined(doc_records)
    out.passage_records = _joined(passage_records)
    return out


def _joined(records: list[bytes]) -> tuple[bytes, np.ndarray]:
    return SEPARATOR.join(records), np.fromiter(map(len, records), dtype=np.int64, count=len(records))


Counted = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # entries per row, columns, counts, row lengths


def _link_copies(state: dict[str, Any], lo: int, hi: int) -> tuple[dict[int, int], dict[str, str]]:
    """Copy links of the whole corpus, and the documents they make copies (lo, hi unused): one
    job, run while the others count terms."""
    links = find_copies(*state["copies"])
    norms = state["norms"]  # a passage that says other numbers in the same words is no copy
    links = {copy: twin for copy, twin in links.items() if not numbers_conflict(norms[copy], norms[twin])}
    return links, copied_documents(state["copies"][0], links)


def _count_block(state: dict[str, Any], lo: int, hi: int) -> tuple[int, list[str], np.ndarray, Counted, Counted]:
    """Term counts of passages lo..hi and of their articles (the block holds whole articles), in
    this process's term ids, and the terms it numbered for them (in the order they first appear),
    so the caller can renumber them in corpus order."""
    term_ids: TermIds = state.get("term_ids") or state.setdefault("term_ids", TermIds(state["tokenizer"]))
    titles: list[str] | None = state["titles"]
    known = len(term_ids.vocab)
    ids, lengths, added = term_ids.stream(state["norms"][lo:hi], titles[lo:hi] if titles else [None] * (hi - lo))
    new_terms = list(map(term_ids.vocab.terms.__getitem__, added.tolist()))
    article = np.asarray(state["article_of"][lo:hi])
    starts = np.asarray(article_starts(article)[:-1], dtype=np.int64)  # the block's own articles
    row_nnz, cols, tf = count_rows(ids, lengths)
    if len(starts):  # an article's counts: its passages' counts summed (fewer entries than its tokens)
        by_article = count_rows(cols, np.add.reduceat(row_nnz, starts), weights=tf)
        article_lengths = np.add.reduceat(lengths, starts)
    else:
        by_article, article_lengths = count_rows(cols, np.zeros(0, np.int64)), np.zeros(0, np.int64)
    # Counts go back in the narrowest type that holds them (a byte, nearly always): a quarter of
    # the int32 bytes to pickle, pipe and unpickle, for ~40 M entries at 100k passages.
    by_article = (by_article[0], by_article[1], narrow_counts(by_article[2]))
    return (os.getpid(), new_terms, added - known, (row_nnz, cols, narrow_counts(tf), lengths),
            (*by_article, article_lengths))


class _Shape:
    """Blocks of structured documents merged in order into the stores and the build's columns."""

    def __init__(self) -> None:
        self.doc_ids: list[str] = []
        self.doc_scores: dict[str, float] = {}
        self.doc_records: list[tuple[bytes, np.ndarray]] = []
        self.passage_ids: list[str] = []
        self.passage_doc: list[int] = []
        self.passage_article: list[int] = []
        self.passage_records: list[tuple[bytes, np.ndarray]] = []
        self.norms: list[str] = []
        self.titles: list[str] = []
        self.keys: list[np.ndarray] = []
        self.key_counts: list[int] = []
        self.quoted: Counter[str] = Counter()

    def add(self, block: _Structured) -> None:
        base = len(self.doc_ids)
        self.doc_ids += block.doc_ids
        self.doc_scores.update(zip(block.doc_ids, block.doc_scores, strict=True))
        self.doc_records.append(block.doc_records)
        self.passage_ids += block.passage_ids
        self.passage_doc += [base + d for d in block.passage_doc]
        self.passage_article += block.passage_article
        self.passage_records.append(block.passage_records)
        self.norms += block.norms
        self.titles += block.titles
        self.keys.append(block.keys)
        self.key_counts += block.key_counts
        self.quoted.update(block.quoted)

    def article_of(self) -> np.ndarray:
        """Each passage's article row: passages are in order, an article's passages side by side."""
        doc = np.asarray(self.passage_doc, dtype=np.int64)
        article = np.asarray(self.passage_article, dtype=np.int64)
        change = np.ones(len(doc), dtype=bool)
        change[1:] = (doc[1:] != doc[:-1]) | (article[1:] != article[:-1])
        return (np.cumsum(change) - 1).astype(np.int32)

    def copy_evidence(self) -> tuple[list[str], dict[str, float], np.ndarray, np.ndarray]:
        """What `find_copies` reads: each passage's document, the documents' form, the clause keys."""
        keys = np.concatenate(self.keys) if self.keys else np.zeros(0, np.int64)
        counts = np.asarray(self.key_counts, dtype=np.int64)
        self.keys, self.key_counts = [], []
        return self.doc_of, self.doc_scores, keys, counts

    @cached_property
    def doc_of(self) -> list[str]:
        """Each passage's doc id (asked for once every block is in)."""
        return [self.doc_ids[d] for d in self.passage_doc]

    def stores(self, links: dict[int, int], copied: dict[str, str],
               article_of: np.ndarray) -> tuple[DocumentStore, PassageStore]:
        """The records wrapped into stores, with the copy links (passages and whole documents)."""
        doc_of = self.doc_of
        duplicate = np.full(len(doc_of), -1, dtype=np.int32)
        duplicate[list(links)] = list(links.values())
        where = {doc_id: i for i, doc_id in enumerate(self.doc_ids)}
        doc_duplicate = np.full(len(self.doc_ids), -1, dtype=np.int32)
        for doc_id, target in copied.items():
            doc_duplicate[where[doc_id]] = where[target]
        documents = DocumentStore(*join_records(self.doc_records), self.doc_ids, doc_duplicate)
        passages = PassageStore(*join_records(self.passage_records), self.passage_ids, duplicate, article_of)
        return documents, passages
