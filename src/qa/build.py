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

The steps live beside this module: `build_passages.py` turns documents into passages and merges
the blocks, `build_workers.py` runs the jobs on forked workers or here, `term_counts.py` and
`index_layout.py` count terms and write the matrices.
"""

from __future__ import annotations

import mmap
import multiprocessing
import os
import sys
import threading
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .build_passages import Shape, batches, structure_block
from .build_workers import run_jobs, stream_items
from .config import Settings
from .corpus_documents import iter_documents
from .corpus_paths import corpus_bytes
from .dedup import copied_documents, find_copies, named_apart, numbers_conflict
from .errors import EmptyCorpus
from .heap import release_memory
from .index import BM25Index, BM25Params
from .index_layout import Layout
from .orphans import die_with_parent
from .params import ARTICLE_PARAMS as ARTICLE_PARAMS
from .params import bm25_params, tokenizer_config
from .store import DocumentStore, PassageStore, article_starts
from .term_counts import TermCounts, count_rows, narrow_counts
from .tokenize import TermIds, Tokenizer, TokenizerConfig, Vocabulary, rank_user_words

Progress = Callable[[int, int, str], None]
Note = Callable[[str], None]
# Below this many characters a worker pool costs more than it saves (the bundled corpus is 60k).
PARALLEL_MIN_CHARS = 500_000
BYTES_PER_CHAR = 3  # UTF-8 Chinese: the corpus size on disk, as characters, before it is read
DOCUMENT_BLOCK = 1000
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
    shape = _structure(root, files, config, note, workers, block_sizes[0])
    article_of = shape.article_of()
    words = rank_user_words(shape.quoted) if config.user_dict else []
    tokenizer = Tokenizer(config, words)
    # Only `state` holds the text and the clause keys from here: with workers, run_jobs lets go of
    # them once the workers have them. Linking copies is one more job beside the counting blocks.
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
    results = run_jobs(jobs, state, workers)
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


def _structure(root: Path, files: list[Path], config: TokenizerConfig, note: Note, workers: int,
               size: int) -> Shape:
    """The documents structured block by block while the next ones are still being read, merged
    in reading order. EmptyCorpus if no document is readable or none leaves any text."""
    shape = Shape()
    loaded = [0]
    blocks = batches(iter_documents(root, files, note, defer=workers > 1), size, loaded)
    for block in stream_items(structure_block, blocks, {"config": config}, workers):
        for message in block.skipped:
            note(message)
        shape.add(block)
    if not loaded[0]:
        raise EmptyCorpus(f"no readable document in {root}")
    if not shape.passage_ids:
        raise EmptyCorpus(f"no readable text in {root}")
    return shape


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


# --- the jobs `run_jobs` runs: linking copies, and counting a block's terms ---------------------

Counted = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # entries per row, columns, counts, row lengths


def _link_copies(state: dict[str, Any], lo: int, hi: int) -> tuple[dict[int, int], dict[str, str]]:
    """Copy links of the whole corpus, and the documents they make copies (lo, hi unused): one
    job, run while the others count terms."""
    links = find_copies(*state["copies"])
    norms = state["norms"]  # a passage that says other numbers in the same words is no copy
    links = {copy: twin for copy, twin in links.items() if not numbers_conflict(norms[copy], norms[twin])}
    if state["titles"] is not None:  # (titles indexed) a page under another title the twin never names
        links = named_apart(links, state["copies"][0], state["titles"], norms)  # is no copy: `named_apart`
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

