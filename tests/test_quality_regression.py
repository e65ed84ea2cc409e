"""Retrieval and answer quality, pinned: the fixed BEIR sample and the golden question set.

The BEIR floors are the numbers measured when they were set (docs/EVALUATION.md) minus 0.01; a
change that lowers them has to say why, and raise or lower the pins in the same commit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa import Retriever
from qa.baselines import BaselineRetriever
from qa.beir_eval import evaluate_beir, load_qrels, load_queries
from qa.golden import evaluate_golden, load_golden

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "beir-sample"
GOLDEN = REPO / "tests" / "data" / "golden.jsonl"

# Measured on tests/data/beir-sample with the default Settings once passages were judged with their
# article too (docs/EVALUATION.md).
MEASURED = {
    "cmrc2018": {"recall@1": 0.98, "ndcg@10": 0.9879},
    "drcd": {"recall@1": 0.98, "ndcg@10": 0.9895},
}


def _sample(name: str) -> tuple[Path, dict[str, str], dict[str, dict[str, int]]]:
    folder = SAMPLE / name
    return (
        folder / "corpus.jsonl",
        load_queries(folder / "queries.jsonl"),
        load_qrels(folder / "qrels" / "test.tsv"),
    )


@pytest.fixture(scope="module", params=sorted(MEASURED))
def sample_results(request: pytest.FixtureRequest) -> tuple[str, dict, dict]:
    corpus, queries, qrels = _sample(request.param)
    ours = evaluate_beir(Retriever.from_path(corpus, use_cache=False), queries, qrels)
    naive = evaluate_beir(BaselineRetriever.from_beir("naive", corpus), queries, qrels)
    return request.param, ours, naive


def test_beir_sample_stays_at_its_measured_quality(sample_results):
    name, ours, _ = sample_results
    for metric, measured in MEASURED[name].items():
        assert ours[metric] >= measured - 0.01, (
            f"{name} {metric} fell to {ours[metric]:.4f} (pinned {measured})"
        )


def test_beir_sample_beats_the_naive_baseline(sample_results):
    name, ours, naive = sample_results
    for metric in ("recall@1", "ndcg@10"):
        assert ours[metric] >= naive[metric], (
            f"{name} {metric}: ours {ours[metric]:.4f} < naive {naive[metric]:.4f}"
        )


@pytest.fixture(scope="module")
def golden() -> dict:
    return evaluate_golden(Retriever.from_path(None, use_cache=False), load_golden(GOLDEN))


# Issue #3's bar was 0.90 at rank 1 and 0.98 within the top 3 (measured 0.911 / 0.982). Since the
# answerability model (issue 19) declines what it cannot back, five answerable questions get an
# honest "not found" instead: measured 0.866 / 0.929. Since the quote is chosen across the best
# article's passages (qa.choosing), 0.893 / 0.955 (100 and 107 of 112); with what the sentences
# before a candidate say counted as given and the words next to the question word, 0.902 / 0.955
# (101 and 107); each bar has one question to spare. docs/EVALUATION.md has the trade: out-of-corpus
# quotes fell from ~50 % to ~5 %.
GOLDEN_TOP1_FLOOR = 0.892
GOLDEN_TOP3_FLOOR = 0.946


def test_golden_top1_and_top3(golden):
    assert golden["top1"] >= GOLDEN_TOP1_FLOOR, golden["failures"]
    assert golden["top3"] >= GOLDEN_TOP3_FLOOR, golden["failures"]


def test_golden_unanswerable_questions_are_abstained(golden):
    assert golden["unanswerable"] > 0
    assert golden["false_answers"] == 0, [f for f in golden["failures"] if f["problem"] == "false answer"]
