"""Retrieval quality on a BEIR-format set: its loaders, the per-query metrics and their average.

Pure: it takes a retriever and plain data and returns a dict, so tests, benchmarks and `qa eval`
(`evaluate.py`, which reads the files and prints) all call it directly.

A BEIR corpus row may be split into several passages; it counts once, at the rank of its best
passage, the way BEIR scores document retrieval.
"""

from __future__ import annotations

import json
import math
import statistics
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

__all__ = [
    "BEIR_KEYS",
    "beir_keys",
    "evaluate_beir",
    "load_qrels",
    "load_queries",
    "mrr_at_k",
    "ndcg_at_k",
    "rank_documents",
    "recall_at_k",
]

BEIR_KEYS = (
    "recall@1",
    "recall@5",
    "recall@10",
    "mrr@10",
    "ndcg@10",
    "queries",
    "corpus_entries",
    "index_seconds",
    "query_ms_p50",
    "query_ms_p95",
)

Progress = Callable[[int, int], None]
Qrels = Mapping[str, Mapping[str, int]]


class _Searcher(Protocol):
    def search(self, question: str, k: int = 10) -> Sequence[Any]: ...


def beir_keys(k: int = 10) -> tuple[str, ...]:
    """The keys `qa eval --json` prints, in order (`BEIR_KEYS` for the default k of 10)."""
    extra = () if k in (1, 5, 10) else (f"recall@{k}",)
    rest = BEIR_KEYS[5:]
    return ("recall@1", "recall@5", "recall@10", *extra, f"mrr@{k}", f"ndcg@{k}", *rest)


# --- loaders -----------------------------------------------------------------------------------


def load_queries(path: str | Path) -> dict[str, str]:
    """BEIR queries.jsonl → {query id: text}, in file order; blank lines are skipped."""
    queries: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                queries[str(row["_id"])] = str(row["text"])
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a BEIR query row ({exc})") from None
    return queries


def load_qrels(path: str | Path) -> dict[str, dict[str, int]]:
    """BEIR qrels TSV (`query-id corpus-id score`) → {query id: {corpus id: grade}}.

    The header row BEIR ships is skipped wherever its score column is not a number; rows with a
    grade of 0 or less are kept out (they mark judged non-relevant documents).
    """
    qrels: dict[str, dict[str, int]] = {}
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) == 1 and not parts[0].strip():
                continue
            if len(parts) == 4:  # TREC style: qid Q0 docid grade
                parts = [parts[0], parts[2], parts[3]]
            if len(parts) != 3:
                raise ValueError(f"{path}:{number}: expected 3 tab-separated columns, got {len(parts)}")
            query_id, doc_id, grade = (part.strip() for part in parts)
            try:
                value = int(float(grade))
            except ValueError:
                if number == 1:
                    continue  # the header
                raise ValueError(f"{path}:{number}: score {grade!r} is not a number") from None
            if value > 0:
                qrels.setdefault(query_id, {})[doc_id] = value
    return qrels


# --- metrics (one query at a time; averaged by evaluate_beir) -----------------------------------


def rank_documents(hits: Iterable[Any]) -> list[str]:
    """Hits → distinct document ids in rank order, each at the rank of its best passage.

    A hit stands for the duplicates collapsed into it too (`also_in`), so they follow it directly.
    """
    seen: dict[str, None] = {}
    for hit in hits:
        for doc_id in (hit.doc_id, *getattr(hit, "also_in", ())):
            seen.setdefault(doc_id, None)
    return list(seen)


def recall_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int) -> float:
    """Share of the relevant documents found in the top k."""
    if not relevant:
        return 0.0
    return sum(1 for doc_id in ranked[:k] if doc_id in relevant) / len(relevant)


def mrr_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int) -> float:
    """1 / rank of the first relevant document in the top k, else 0."""
    for rank, doc_id in enumerate(ranked[:k], 1):
        if doc_id in relevant:
            return 1.0 / rank
    return 0.0


def ndcg_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int) -> float:
    """nDCG with linear gains (grade / log2(rank + 1)), as pytrec_eval and BEIR compute it."""
    dcg = sum(relevant.get(doc_id, 0) / math.log2(rank + 1) for rank, doc_id in enumerate(ranked[:k], 1))
    ideal = sorted(relevant.values(), reverse=True)[:k]
    idcg = sum(grade / math.log2(rank + 1) for rank, grade in enumerate(ideal, 1))
    return dcg / idcg if idcg else 0.0


def _percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


# --- the evaluation -----------------------------------------------------------------------------


def evaluate_beir(
    retriever: _Searcher,
    queries: Mapping[str, str],
    qrels: Qrels,
    k: int = 10,
    progress: Progress | None = None,
) -> dict[str, float]:
    """Recall@1/5/k, MRR@k, nDCG@k and latency over the queries that have judgements.

    Asks for k*5 passages so that k distinct documents remain after collapsing passages of the
    same row. `corpus_entries` and `index_seconds` are left for the caller, who built the index.
    """
    judged = [qid for qid in queries if qrels.get(qid)]
    cutoffs = sorted({1, 5, 10, k})
    depth = max(cutoffs) * 5
    sums = {f"recall@{c}": 0.0 for c in cutoffs}
    mrr = ndcg = 0.0
    latencies: list[float] = []
    for done, qid in enumerate(judged, 1):
        start = time.perf_counter()
        hits = retriever.search(queries[qid], k=depth)
        latencies.append((time.perf_counter() - start) * 1000)
        ranked = rank_documents(hits)
        relevant = qrels[qid]
        for c in cutoffs:
            sums[f"recall@{c}"] += recall_at_k(ranked, relevant, c)
        mrr += mrr_at_k(ranked, relevant, k)
        ndcg += ndcg_at_k(ranked, relevant, k)
        if progress is not None:
            progress(done, len(judged))
    n = len(judged) or 1
    result = {name: value / n for name, value in sums.items()}
    result[f"mrr@{k}"] = mrr / n
    result[f"ndcg@{k}"] = ndcg / n
    result["queries"] = len(judged)
    result["query_ms_p50"] = statistics.median(latencies) if latencies else 0.0
    result["query_ms_p95"] = _percentile(latencies, 0.95)
    return result
