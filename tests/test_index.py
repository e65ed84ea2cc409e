"""BM25 served from the sparse matrix equals rank-bm25, and the IDF pitfall is handled."""

from __future__ import annotations

import random

import numpy as np
import pytest
from rank_bm25 import BM25L, BM25Okapi, BM25Plus

from qa.index import BM25Index, BM25Params


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


def test_save_and_load_round_trip(tmp_path, sample_corpus):
    index = BM25Index.build(sample_corpus, BM25Params(variant="plus"))
    index.save(tmp_path)
    loaded = BM25Index.load(tmp_path)
    tokens = ["党员", "社区", "\u2581社区"]
    np.testing.assert_allclose(loaded.scores(tokens), index.scores(tokens))
    assert loaded.params == index.params
