"""BM25 served from the sparse matrix equals rank-bm25, and the IDF pitfall is handled."""

from __future__ import annotations

import random

import numpy as np
import pytest
from rank_bm25 import BM25L, BM25Okapi, BM25Plus
from scipy import sparse

from qa.index import BM25Index, BM25Params, best
from qa.index_layout import _idf
from qa.term_counts import TermCounts, count_rows, count_terms
from qa.terms import TermTable, save_terms


@pytest.fixture(scope="module")
def sample_corpus(retriever):
    """Real tokens of the bundled corpus (a few hundred passages)."""
    tok = retriever.tokenizer
    return [tok.tokens(p.text) for p in retriever.passages]


@pytest.mark.parametrize(("variant", "oracle"), [("okapi", BM25Okapi), ("plus", BM25Plus), ("l", BM25L)])
def test_scores_and_ranks_equal_rank_bm25(sample_corpus, retriever, variant, oracle):
    ours = BM25Index.build(sample_corpus, BM25Params(variant=variant, floor_zero_idf=False))
    ref = oracle(sample_corpus)
    questions = ["江欣苑社区有多少名党员？", "黨的最大政治優勢是什麼？", "依兰陨石坑在哪里", "成都12345热线", "不存在的词汇zz"]
    for question in questions:
        tokens = retriever.tokenizer.question_tokens(question)
        expected = ref.get_scores(tokens)
        got = ours.scores(tokens)
        np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-4)
        top = ours.top(tokens, 10)
        query = set(tokens)
        containing = [i for i, doc in enumerate(sample_corpus) if query & set(doc)]
        want = sorted(containing, key=lambda i: (-round(expected[i], 4), i))[:10]
        assert [i for i, _ in top] == want
        np.testing.assert_allclose([s for _, s in top], expected[want], rtol=1e-5, atol=1e-4)


def test_random_corpora_match_with_repeated_query_terms():
    rng = random.Random(7)
    words = [f"w{i}" for i in range(40)]
    corpus = [[rng.choice(words[: rng.randint(3, 40)]) for _ in range(rng.randint(1, 25))] for _ in range(120)]
    ours = BM25Index.build(corpus, BM25Params(floor_zero_idf=False))
    ref = BM25Okapi(corpus)
    for _ in range(30):
        query = [rng.choice(words) for _ in range(rng.randint(1, 5))] * 2
        np.testing.assert_allclose(ours.scores(query), ref.get_scores(query), rtol=1e-5, atol=1e-5)


def test_term_in_half_the_passages_still_scores_above_zero():
    corpus = [["党员", "社区"], ["党员", "居民"], ["热线"], ["陨石坑"]]
    assert BM25Okapi(corpus).get_scores(["党员"])[0] == 0  # the pitfall, in the oracle
    ours = BM25Index.build(corpus)
    top = ours.top(["党员"], 4)
    assert [i for i, _ in top] == [0, 1] and all(score > 0 for _, score in top)


def test_term_in_every_passage_of_a_tiny_corpus_scores_above_zero():
    corpus = [["a", "b"], ["a", "c"], ["a"]]
    top = BM25Index.build(corpus).top(["a"], 3)
    assert len(top) == 3 and all(score > 0 for _, score in top)


def test_unknown_only_queries_return_nothing():
    index = BM25Index.build([["a"], ["b"]])
    assert index.top(["zzz"], 5) == [] and index.top([], 5) == []


def test_ties_are_broken_by_passage_order():
    index = BM25Index.build([["x", "y"], ["x", "y"], ["x", "y"], ["z"]])
    assert [i for i, _ in index.top(["x"], 3)] == [0, 1, 2]


def test_a_repeated_query_term_counts_again_in_double_precision(sample_corpus):
    # float32 weights times a float64 count: the product must be formed in float64, as rank-bm25's is.
    index = BM25Index.build(sample_corpus)
    term = max(index.vocab, key=lambda t: index.matrix[:, index.vocab[t]].nnz)
    column = index.matrix[:, index.vocab[term]].toarray().ravel().astype(np.float64)
    assert np.array_equal(index.scores([term, "zzz-unknown", term, term]), column * 3.0)
    assert np.array_equal(index.scores([term]), column)


def _defined_best(scores: np.ndarray, hits: np.ndarray, k: int) -> list[tuple[int, float]]:
    """`best` by its definition: every hit sorted by (-score, row)."""
    rows = sorted(np.flatnonzero(hits).tolist(), key=lambda i: (-scores[i], i))[: max(k, 0)]
    return [(i, float(scores[i])) for i in rows]


def test_best_equals_sorting_every_hit_on_large_and_small_score_arrays():
    # Rows without a hit may score higher than the hits (only okapi keeps them at 0), and ties
    # are common: the block-maximum floor must never drop one of the k best hits.
    rng = np.random.default_rng(7)
    for _ in range(400):
        n = int(rng.choice([1, 7, 300, 9000, 30000]))
        hits = rng.random(n) < rng.choice([0.0, 0.01, 0.3, 0.9, 1.0])
        scores = rng.integers(0, 4, n).astype(float) if rng.random() < 0.5 else rng.random(n)
        if rng.random() < 0.5:
            scores[~hits] = 0.0
        k = int(rng.choice([0, 1, 10, 50, 300]))
        assert best(scores, hits, k) == _defined_best(scores, hits, k), (n, int(hits.sum()), k)


def test_save_and_load_round_trip(tmp_path, sample_corpus):
    index = BM25Index.build(sample_corpus, BM25Params(variant="plus"))
    index.save(tmp_path)
    loaded = BM25Index.load(tmp_path)
    tokens = ["党员", "社区", "\u2581社区"]
    np.testing.assert_allclose(loaded.scores(tokens), index.scores(tokens))
    assert loaded.params == index.params


def _reference_index(corpus: list[np.ndarray], width: int, params: BM25Params) -> BM25Index:
    """The index as built before the CSC matrix was written directly: one np.unique per corpus,
    CSR values, then `tocsc`; unused terms dropped."""
    lengths = np.array([len(ids) for ids in corpus], dtype=np.int64)
    rows = np.repeat(np.arange(len(corpus), dtype=np.int64), lengths)
    ids = np.concatenate(corpus).astype(np.int64) if corpus else np.zeros(0, np.int64)
    keys, tf = np.unique(rows * width + ids, return_counts=True)
    row_of, cols = keys // width, keys % width
    used = np.bincount(cols, minlength=width) > 0
    remap = np.cumsum(used) - 1
    cols = remap[cols]
    n, doc_len = len(corpus), lengths.astype(np.float64)
    idf = _idf(np.bincount(cols, minlength=int(used.sum())).astype(np.float64), n, params)
    avgdl = doc_len.sum() / n
    tf = tf.astype(np.float64)
    norm = 1 - params.b + params.b * doc_len[row_of] / avgdl
    k1, delta = params.k1, params.resolved_delta()
    if params.variant == "okapi":
        values = idf[cols] * (tf * (k1 + 1) / (tf + k1 * norm))
    elif params.variant == "plus":
        values = idf[cols] * (tf * (k1 + 1) / (k1 * norm + tf))
    else:
        ctd = tf / norm
        values = idf[cols] * tf * (k1 + 1) * (ctd + delta) / (k1 + ctd + delta)
    csr = sparse.csr_matrix((values.astype(np.float32), cols, np.searchsorted(row_of, np.arange(n + 1))),
                            shape=(n, int(used.sum())))
    return BM25Index(csr.tocsc(), {}, idf, np.zeros(0), params)


@pytest.mark.parametrize("variant", ["okapi", "plus", "l"])
@pytest.mark.parametrize("range_bits", [1, 3, 12])
def test_counts_written_by_column_range_equal_the_csr_route(monkeypatch, variant, range_bits):
    """Empty passages, a term no passage uses, counts past 255, blocks past 256 rows, columns in
    any order within a row, many column ranges: bit for bit the matrix `tocsc` gave."""
    monkeypatch.setattr(TermCounts, "RANGE_BITS", range_bits)
    rng = np.random.default_rng(range_bits)
    width = 40  # id 17 is never used
    corpus = [rng.choice([i for i in range(width) if i != 17], size=rng.integers(0, 30)).astype(np.int32)
              for _ in range(700)]
    corpus[3] = np.full(300, 5, dtype=np.int32)  # tf 300: wider than uint8
    corpus[10] = np.zeros(0, dtype=np.int32)
    params = BM25Params(variant=variant)
    counts = TermCounts()
    for lo, hi in ((0, 1), (1, 400), (400, 400), (400, 700)):
        row_nnz, cols, tf, lengths = count_terms(corpus[lo:hi])
        order = np.concatenate([np.arange(a, b)[::-1] for a, b in zip(np.cumsum(row_nnz) - row_nnz,
                                                                       np.cumsum(row_nnz), strict=True)] or [[]])
        counts.add_counts(row_nnz, cols[order.astype(np.int64)], tf[order.astype(np.int64)], lengths)
    vocab = {f"t{i}": i for i in range(width)}
    ours = BM25Index.from_counts(counts, vocab, params)
    ref = _reference_index(corpus, width, params)
    assert "t17" not in ours.vocab and ours.vocab["t18"] == 17
    for name in ("indptr", "indices", "data"):
        mine, theirs = getattr(ours.matrix, name), getattr(ref.matrix, name)
        assert mine.dtype == theirs.dtype
        np.testing.assert_array_equal(mine, theirs)
    np.testing.assert_array_equal(ours.idf, ref.idf)


def test_count_rows_equals_a_sort_of_the_whole_block():
    rng = np.random.default_rng(3)
    for lengths in ([0], [1], [5, 0, 3], [0, 0], list(rng.integers(0, 50, 300))):
        lengths = np.asarray(lengths, dtype=np.int64)
        ids = rng.integers(0, 70, int(lengths.sum())).astype(np.int32)
        kept = ids.copy()
        rows = np.repeat(np.arange(len(lengths)), lengths)
        keys, tf = np.unique(rows * 70 + ids, return_counts=True)
        row_nnz, cols, counts = count_rows(ids, lengths)
        np.testing.assert_array_equal(row_nnz, np.bincount(keys // 70, minlength=len(lengths)))
        np.testing.assert_array_equal(cols, keys % 70)
        np.testing.assert_array_equal(counts, tf)
        np.testing.assert_array_equal(ids, kept)  # the caller's ids are not sorted in place


def test_count_rows_of_counts_sums_rows_like_their_joined_ids():
    """Articles are counted from their passages' counts: the same as counting their joined ids."""
    rng = np.random.default_rng(11)
    lengths = rng.integers(0, 40, 60)
    lengths[[0, 7, 8]] = 0
    ids = rng.integers(0, 90, int(lengths.sum())).astype(np.int32)
    row_nnz, cols, tf = count_rows(ids, lengths)
    starts = np.array([0, 1, 2, 9, 30, 59])  # articles of 1, 1, 7, 21, 29 and 1 passages
    joined = count_rows(ids, np.add.reduceat(lengths, starts))
    summed = count_rows(cols, np.add.reduceat(row_nnz, starts), weights=tf)
    for a, b in zip(joined, summed, strict=True):
        np.testing.assert_array_equal(a, b)


def test_saved_vocabulary_is_looked_up_on_disk_like_a_dict(tmp_path):
    """Binary search over the terms' bytes: any term (a newline, a non-BMP character, a lone
    surrogate, a prefix of another term) maps to its id; anything else is missing."""
    from qa.terms import TermTable, save_terms

    terms = ["社区", "社", "社区党员", "a\nb", "𠀋字", "\ud800", "", "Z", "ab", "a"]
    vocab = {term: i for i, term in enumerate(terms)}
    save_terms(tmp_path, vocab)
    table = TermTable.load(tmp_path, len(terms))
    assert dict(table.items()) == vocab and list(table) == terms and len(table) == len(terms)
    for term in terms:
        assert term in table and table[term] == vocab[term] and table.get(term) == vocab[term]
    for missing in ("社区党", "b", "aa", "社区党员们", "\ud801", 3):
        assert missing not in table and table.get(missing) is None  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        table["党员"]
    assert (tmp_path / "vocab.txt").read_text(encoding="utf-8", errors="surrogatepass").startswith("社区\n社\n")


@pytest.mark.parametrize("nul", [False, True], ids=["numpy-sorted", "with-a-nul-byte"])
def test_saved_vocabulary_in_any_insertion_order_finds_every_term(tmp_path, nul):
    # Terms are written in id order whatever the dict's order; the byte order numpy finds must be
    # Python's (a NUL byte, which numpy's fixed-width bytes would pad away, falls back to Python).
    rng = np.random.default_rng(3)
    terms = ["社区", "社", "a", "ab", "abc", "b", "中文", "中", "𠀋", "", "z" * 40] + (["a\0", "a\0b"] if nul else [])
    ids = rng.permutation(len(terms)).tolist()
    vocab = dict(sorted(zip(terms, ids, strict=True), key=lambda item: rng.random()))
    save_terms(tmp_path, vocab)
    table = TermTable.load(tmp_path, len(terms))
    assert list(table) == sorted(vocab, key=vocab.__getitem__)
    assert all(table[term] == vocab[term] for term in terms) and "a\0c" not in table


def test_an_empty_vocabulary_saves_and_loads(tmp_path):
    from qa.terms import TermTable, save_terms

    save_terms(tmp_path, {})
    table = TermTable.load(tmp_path, 0)
    assert len(table) == 0 and "a" not in table and list(table) == []
