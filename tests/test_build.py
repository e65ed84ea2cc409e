"""The index build: worker processes give exactly the serial result; term ids equal the tokens."""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest

from qa import Settings, build, build_workers
from qa.corpus_paths import corpus_files
from qa.index import BM25Index
from qa.structure import is_metadata
from qa.tokenize import BIGRAM_PREFIX, TermIds, quoted_words, rank_user_words

BEIR_SAMPLE = Path(__file__).parent / "data" / "beir-sample" / "cmrc2018" / "corpus.jsonl"


def _build(path: Path | None, workers: int, monkeypatch: pytest.MonkeyPatch) -> build.Built:
    """Build with tiny blocks (many of them), recording how many processes each stage used."""
    used: list[tuple[int, set[str]]] = []
    real_run, real_stream = build.run_jobs, build.stream_items

    def spy_run(jobs, state, workers_):
        used.append((workers_, {fn.__name__ for fn, _, _ in jobs}))
        return real_run(jobs, state, workers_)

    def spy_stream(fn, items, state, workers_):
        used.append((workers_, {fn.__name__}))
        return real_stream(fn, items, state, workers_)

    monkeypatch.setattr(build, "run_jobs", spy_run)
    monkeypatch.setattr(build, "stream_items", spy_stream)
    root, files = corpus_files(path, lambda m: None)
    built = build.build_corpus(root, files, Settings(build_workers=workers), article_params=build.ARTICLE_PARAMS,
                               note=lambda m: None, min_parallel_chars=0, block_sizes=(2, 40))
    # Copies are linked as one job beside the counting blocks, in the same processes.
    assert used == [(workers, {"structure_block"}), (workers, {"_link_copies", "_count_block"})]
    return built


def _same_index(a, b) -> None:
    assert a.vocab == b.vocab and list(a.vocab) == list(b.vocab)
    for name in ("data", "indices", "indptr"):
        np.testing.assert_array_equal(getattr(a.matrix, name), getattr(b.matrix, name))
    np.testing.assert_array_equal(a.idf, b.idf)


@pytest.mark.parametrize("path", [None, BEIR_SAMPLE], ids=["bundled", "beir-sample"])
def test_parallel_build_equals_serial(path, monkeypatch):
    serial = _build(path, 1, monkeypatch)
    parallel = _build(path, 2, monkeypatch)
    assert [asdict(p) for p in parallel.passages] == [asdict(p) for p in serial.passages]
    assert [asdict(d) for d in parallel.documents] == [asdict(d) for d in serial.documents]
    assert parallel.words == serial.words and parallel.article_of == serial.article_of
    _same_index(parallel.index, serial.index)
    _same_index(parallel.article_index, serial.article_index)
    if path is None:  # the bundled corpus holds a copied article: links must survive the blocks
        assert any(p.duplicate_of for p in parallel.passages)


@pytest.mark.parametrize("child_fails", [False, True], ids=["child", "child-fails"])
def test_article_matrix_is_written_in_a_child_or_here_if_it_fails(child_fails, monkeypatch):
    """With workers, a forked child writes the article matrix into shared memory while this
    process writes the passages'; if the child dies, this process writes it from its own counts."""
    parent, calls = os.getpid(), []
    real = build.Layout.write_entries

    def write_entries(self, counts, indices, data):
        if os.getpid() != parent and child_fails:
            os._exit(3)
        calls.append(os.getpid())
        return real(self, counts, indices, data)

    serial = _build(None, 1, monkeypatch)
    calls.clear()
    monkeypatch.setattr(build.Layout, "write_entries", write_entries)
    parallel = _build(None, 2, monkeypatch)
    assert calls == [parent] * (2 if child_fails else 1)  # the child's own call is in its copy of `calls`
    _same_index(parallel.article_index, serial.article_index)
    _same_index(parallel.index, serial.index)


def _slow_square(state, item):
    if item == state["bad"]:
        raise ValueError(f"bad item {item}")
    time.sleep(0.02 * (item % 3))  # later items often finish first
    return item * item


@pytest.mark.parametrize("workers", [1, 2])
def test_streamed_items_come_back_in_order_and_failures_surface(workers):
    """Documents are sent to the workers while later ones are still being read: the results
    still come back in reading order, and a worker's exception reaches the build."""
    consumed = []

    def items():
        for i in range(12):
            consumed.append(i)
            yield i

    assert list(build_workers.stream_items(_slow_square, items(), {"bad": -1}, workers)) == [i * i for i in range(12)]
    assert consumed == list(range(12))
    with pytest.raises(ValueError, match="bad item 5"):
        list(build_workers.stream_items(_slow_square, iter(range(12)), {"bad": 5}, workers))


def test_small_corpora_and_threaded_processes_build_serially():
    settings = Settings(build_workers=2)
    assert build.worker_count(settings, 60_000) == 1  # the bundled corpus: no pool start-up
    assert build.worker_count(settings, 10_000_000) == 2
    assert build.worker_count(Settings(build_workers=1), 10_000_000) == 1


def test_term_ids_are_the_tokenizer_tokens(retriever):
    """The fast id path yields exactly `Tokenizer.tokens` (plus the title's words), in order."""
    tokenizer = retriever.tokenizer
    passages = list(retriever.passages)
    term_ids = TermIds(tokenizer)
    arrays, _ = term_ids.block([tokenizer.normalize(p.text) for p in passages], [p.title for p in passages])
    for passage, ids in zip(passages, arrays, strict=True):
        title = [t for t in tokenizer.tokens(passage.title) if not t.startswith(BIGRAM_PREFIX)]
        assert [term_ids.vocab.terms[i] for i in ids] == tokenizer.tokens(passage.text) + title


def _first_seen_new_ids(arrays: list[np.ndarray], known: int) -> list[int]:
    seen: dict[int, None] = {}
    for ids in arrays:
        seen.update((i, None) for i in ids.tolist() if i >= known)
    return list(seen)


def test_term_id_blocks_on_edge_cases(retriever):
    """Empty passages, punctuation only, no title, one passage, a block of known terms only:
    each passage's ids are its tokens then its title's words, and `added` lists the new ids in
    the order they first appear (what the block-level numpy placement must keep)."""
    tokenizer = retriever.tokenizer
    term_ids = TermIds(tokenizer)
    blocks = [
        (["", "社区党员服务", "，。！", "abc 社区 12345热线", ""], [None, "社区", "", "热线", "标题只在这里"]),
        (["党员"], [None]),
        ([], []),
        (["社区党员服务"], ["社区"]),  # nothing new
        (["依兰陨石坑", "", "陨石坑陨石坑"], ["", None, "依兰"]),
    ]
    for norms, titles in blocks:
        known = len(term_ids.vocab)
        arrays, added = term_ids.block([tokenizer.normalize(n) for n in norms], titles)
        assert len(arrays) == len(norms)
        for norm, title, ids in zip(norms, titles, arrays, strict=True):
            title_words = [t for t in tokenizer.tokens(title) if not t.startswith(BIGRAM_PREFIX)] if title else []
            assert ids.dtype == np.int32
            assert [term_ids.vocab.terms[i] for i in ids] == tokenizer.tokens(norm) + title_words
        assert added.tolist() == _first_seen_new_ids(arrays, known)
        assert sorted(added.tolist()) == list(range(known, len(term_ids.vocab)))


def test_count_blocks_never_split_an_article():
    article_of = np.array([0, 0, 0, 1, 2, 2, 2, 2, 3, 4, 4], dtype=np.int32)
    for size in (1, 2, 3, 5, 100):
        bounds = build.article_blocks(article_of, size)
        assert [lo for lo, _ in bounds] == [0] + [hi for _, hi in bounds[:-1]] and bounds[-1][1] == len(article_of)
        for lo, hi in bounds:
            assert lo == 0 or article_of[lo] != article_of[lo - 1]
            assert hi - lo >= size or hi == len(article_of) or article_of[hi - 1] != article_of[hi - 2]
    assert build.article_blocks(np.zeros(0, dtype=np.int32), 4) == []


@pytest.mark.parametrize("size", [1, 3, 4096])
def test_article_index_counts_whole_articles_whatever_the_blocks(size, monkeypatch):
    """Articles are counted in the blocks (one passage a block cuts nearly every article of the
    bundled corpus): the article index equals one built from each article's tokens joined."""
    root, files = corpus_files(None, lambda m: None)
    built = build.build_corpus(root, files, Settings(build_workers=1), article_params=build.ARTICLE_PARAMS,
                               note=lambda m: None, block_sizes=(1000, size))
    tokenizer = built.tokenizer
    joined: list[list[str]] = []
    for passage, article in zip(built.passages, built.article_of, strict=True):
        if article == len(joined):
            joined.append([])
        if is_metadata(passage):
            continue  # a byline or editor line is quoted when asked for, never searched
        title = [t for t in tokenizer.tokens(passage.title) if not t.startswith(BIGRAM_PREFIX)]
        joined[article] += tokenizer.tokens(passage.text) + title
    assert len(joined) < len(built.passages)  # some articles hold several passages
    _same_index(built.article_index, BM25Index.build(joined, build.ARTICLE_PARAMS))


def test_merged_vocabulary_numbers_new_terms_in_the_order_they_come():
    """Each worker's new terms are merged with ids_of: known ones keep their id, new ones are
    numbered in list order, exactly as first lookups one at a time would number them."""
    from qa.tokenize import Vocabulary

    batches = [["社区", "党员", "▁社区"], ["党员", "居民", "社区", "服务"], [], ["服务"], ["新词", "居民"]]
    merged, one_by_one = Vocabulary(), Vocabulary()
    for batch in batches:
        assert merged.ids_of(batch) == [one_by_one[term] for term in batch]
    assert merged == one_by_one and merged.terms == one_by_one.terms == ["社区", "党员", "▁社区", "居民", "服务", "新词"]


def test_user_words_are_the_quoted_names_folded_once_and_ranked_by_count():
    text = "“拉話話”志愿服务队和「拉话话」，還有《微心願》、“微心愿”以及“拉话话”，不含“一”或“很长很长很长的一句话”。"
    seen = Counter(quoted_words(text))
    assert seen == Counter({"拉话话": 2, "拉話話": 1, "微心願": 1, "微心愿": 1})  # as written
    assert rank_user_words(seen) == ["拉话话", "微心愿"]  # one word each script, counts merged
    assert rank_user_words(Counter({"甲甲": 1, "乙乙": 1}), limit=1) == ["乙乙"]  # a tie goes to the smaller word
