"""`qa eval`: metric arithmetic, BEIR loaders, the JSON contract, the golden copy, the sparse baseline."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from qa import evaluate
from qa.baselines import BaselineRetriever, DocHit, SparseBM25, bigram_tokens
from qa.beir_eval import (
    BEIR_KEYS,
    evaluate_beir,
    load_qrels,
    load_queries,
    mrr_at_k,
    ndcg_at_k,
    rank_documents,
    recall_at_k,
)
from qa.golden import load_golden

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "beir-sample"


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="qa eval")
    evaluate.add_arguments(parser)
    return parser.parse_args(list(argv))


def _sample_args(name: str, *extra: str) -> argparse.Namespace:
    folder = SAMPLE / name
    return _args(
        "--corpus",
        str(folder / "corpus.jsonl"),
        "--queries",
        str(folder / "queries.jsonl"),
        "--qrels",
        str(folder / "qrels" / "test.tsv"),
        *extra,
    )


# --- metrics on hand-made rankings --------------------------------------------------------------


def test_recall_counts_the_share_of_relevant_documents_in_the_top_k():
    ranked = ["a", "b", "c", "d"]
    assert recall_at_k(ranked, {"c": 1}, 1) == 0.0
    assert recall_at_k(ranked, {"c": 1}, 3) == 1.0
    assert recall_at_k(ranked, {"b": 1, "z": 1}, 5) == 0.5
    assert recall_at_k(ranked, {}, 5) == 0.0


def test_mrr_is_the_reciprocal_rank_of_the_first_relevant_document():
    assert mrr_at_k(["a", "b", "c"], {"c": 1, "b": 1}, 10) == 0.5
    assert mrr_at_k(["a", "b", "c"], {"c": 1}, 2) == 0.0
    assert mrr_at_k(["c"], {"c": 1}, 10) == 1.0


def test_ndcg_uses_linear_gains_and_the_ideal_ordering():
    assert ndcg_at_k(["x"], {"x": 1}, 10) == 1.0
    assert ndcg_at_k(["a", "x"], {"x": 1}, 10) == pytest.approx(1 / math.log2(3))
    # two relevant documents at ranks 1 and 3: (1 + 1/log2 4) / (1 + 1/log2 3)
    expected = (1 + 0.5) / (1 + 1 / math.log2(3))
    assert ndcg_at_k(["x", "a", "y"], {"x": 1, "y": 1}, 10) == pytest.approx(expected)
    # graded: the grade-2 document first is ideal
    assert ndcg_at_k(["y", "x"], {"x": 1, "y": 2}, 10) == pytest.approx(1.0)
    assert ndcg_at_k(["a", "b"], {"x": 1}, 10) == 0.0


def test_passages_of_one_row_count_once_at_the_rank_of_the_best():
    hits = [DocHit(1, 9.0, "d1"), DocHit(2, 8.0, "d1"), DocHit(3, 7.0, "d2", also_in=("d3",))]
    assert rank_documents(hits) == ["d1", "d2", "d3"]


class _Fixed:
    """A retriever that returns a fixed ranking per question."""

    def __init__(self, rankings: dict[str, list[str]]) -> None:
        self.rankings = rankings
        self.asked: list[int] = []

    def search(self, question: str, k: int = 10) -> list[DocHit]:
        self.asked.append(k)
        return [DocHit(i, 1.0 / i, d) for i, d in enumerate(self.rankings[question], 1)][:k]


def test_evaluate_beir_averages_over_judged_queries_only():
    retriever = _Fixed({"q1?": ["a", "a", "b"], "q2?": ["c", "b"], "q3?": ["a"]})
    queries = {"1": "q1?", "2": "q2?", "3": "q3?"}
    qrels = {"1": {"b": 1}, "2": {"b": 1}}  # q3 has no judgement and is skipped
    calls: list[tuple[int, int]] = []
    result = evaluate_beir(retriever, queries, qrels, k=10, progress=lambda d, t: calls.append((d, t)))
    assert result["queries"] == 2
    assert result["recall@1"] == 0.0
    assert result["recall@5"] == 1.0
    assert result["mrr@10"] == 0.5  # "a" twice collapses, so b is second in both
    assert result["ndcg@10"] == pytest.approx(1 / math.log2(3))
    assert calls == [(1, 2), (2, 2)]
    assert retriever.asked == [50, 50]  # k*5 passages for k distinct documents


# --- loaders -------------------------------------------------------------------------------------


def test_load_qrels_skips_the_header_and_non_relevant_rows(tmp_path):
    path = tmp_path / "qrels.tsv"
    path.write_text("query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\td2\t0\nq2\td3\t2\n\n", encoding="utf-8")
    assert load_qrels(path) == {"q1": {"d1": 1}, "q2": {"d3": 2}}


def test_load_qrels_without_header_and_rejects_bad_rows(tmp_path):
    path = tmp_path / "qrels.tsv"
    path.write_text("q1\td1\t1\n", encoding="utf-8")
    assert load_qrels(path) == {"q1": {"d1": 1}}
    path.write_text("q1\td1\t1\nq2\td2\tyes\n", encoding="utf-8")
    with pytest.raises(ValueError, match=":2:"):
        load_qrels(path)


def test_load_queries_keeps_file_order_and_names_the_bad_line(tmp_path):
    path = tmp_path / "queries.jsonl"
    rows = [{"_id": "b", "text": "第二？"}, {"_id": "a", "text": "第一？", "metadata": {}}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    assert list(load_queries(path).items()) == [("b", "第二？"), ("a", "第一？")]
    path.write_text('{"_id": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=":1:"):
        load_queries(path)


# --- the command -------------------------------------------------------------------------------


def test_qa_eval_json_prints_exactly_the_documented_keys(capsys):
    assert evaluate.run(_sample_args("drcd", "--json")) == 0
    result = json.loads(capsys.readouterr().out)
    assert tuple(result) == BEIR_KEYS
    assert result["queries"] == 200
    assert 0.0 <= result["recall@1"] <= result["recall@5"] <= result["recall@10"] <= 1.0


def test_qa_eval_baseline_json_on_the_sample(capsys):
    assert evaluate.run(_sample_args("cmrc2018", "--json", "--baseline", "bigram")) == 0
    result = json.loads(capsys.readouterr().out)
    assert tuple(result) == BEIR_KEYS
    assert result["corpus_entries"] == 395
    assert result["recall@1"] > 0.8


def test_qa_eval_needs_all_three_beir_files(capsys):
    assert evaluate.run(_args("--corpus", "x.jsonl")) == 2
    assert "go together" in capsys.readouterr().err


def test_qa_eval_reports_a_missing_file_in_one_line(tmp_path, capsys):
    args = _sample_args("drcd")
    args.queries = tmp_path / "missing.jsonl"
    assert evaluate.run(args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("qa eval:") and "\n" not in err


def test_the_packaged_golden_set_is_the_tests_golden_set():
    # The answerability files beside it are compared in tests/test_golden.py.
    packaged = REPO / "src" / "qa" / "resources" / "golden.jsonl"
    assert packaged.read_bytes() == (REPO / "tests" / "data" / "golden.jsonl").read_bytes()
    assert load_golden() == load_golden(REPO / "tests" / "data" / "golden.jsonl")


# --- the sparse baseline scorer -------------------------------------------------------------------


def test_sparse_bm25_equals_rank_bm25_get_scores():
    texts = [
        "北京大学是中国的一所大学",
        "上海交通大学位于上海",
        "大学 大学 大学 的 的",
        "台北的國立臺灣大學",
        "2024年 iPhone 发布",
        "的",
    ]
    corpus = [bigram_tokens(t) for t in texts]
    for params in ({}, {"k1": 0.9, "b": 0.4}, {"k1": 1.2, "b": 0.0, "epsilon": 0.5}):
        oracle = BM25Okapi(corpus, **params)
        ours = SparseBM25(corpus, **params)
        for question in ["北京的大学", "臺灣大學在哪里", "iphone 2024", "大学大学", "完全无关", ""]:
            tokens = bigram_tokens(question)
            np.testing.assert_allclose(
                ours.get_scores(tokens), oracle.get_scores(tokens), rtol=1e-12, atol=1e-12
            )


def test_baseline_search_ranks_by_score_then_corpus_order():
    texts = ["北京大学", "上海交通", "北京大学", "广州中山", "天津南开", "武汉珞珈"]
    retriever = BaselineRetriever("bigram", [f"d{i}" for i in range(1, 7)], texts)
    hits = retriever.search("北京", k=5)
    assert [h.doc_id for h in hits] == ["d1", "d3"]  # tie → corpus order; a score of 0 is left out
    assert [h.rank for h in hits] == [1, 2]


def test_bigram_tokens_follow_lucene_cjk_bigrams():
    assert bigram_tokens("北京大學2024年，ＡＢＣ def 中") == [
        "北京",
        "京大",
        "大学",
        "2024",
        "年",
        "abc",
        "def",
        "中",
    ]
