"""`qa eval`: retrieval quality on a BEIR-format set, or answer quality on the golden question set.

The library half (loaders, metrics, `evaluate_beir`, `evaluate_golden`) is pure: it takes a
retriever and plain data and returns a dict, so tests and benchmarks call it directly. Only `run()`
reads files, builds the retriever and prints.

A BEIR corpus row may be split into several passages; it counts once, at the rank of its best
passage, the way BEIR scores document retrieval.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from .golden import evaluate_golden, load_golden, load_golden_sets

__all__ = [
    "BEIR_KEYS",
    "add_arguments",
    "beir_keys",
    "evaluate_beir",
    "evaluate_golden",
    "load_golden",
    "load_golden_sets",
    "load_qrels",
    "load_queries",
    "mrr_at_k",
    "ndcg_at_k",
    "rank_documents",
    "recall_at_k",
    "run",
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


# --- metrics (one query at a time; averaged by the callers) -------------------------------------


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


# --- evaluations --------------------------------------------------------------------------------


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


# --- command line -------------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `qa eval` options; with none, the golden question set runs on the bundled corpus."""
    parser.add_argument("--corpus", type=Path, help="BEIR corpus.jsonl (or any corpus path qa can load)")
    parser.add_argument("--queries", type=Path, help="BEIR queries.jsonl")
    parser.add_argument("--qrels", type=Path, help="BEIR qrels TSV: query-id, corpus-id, score (header ok)")
    parser.add_argument("--k", type=int, default=10, help="rank cut-off for MRR and nDCG (default 10)")
    parser.add_argument(
        "--baseline",
        choices=("naive", "bigram"),
        help="score a reference retriever (docs/EVALUATION.md) on the BEIR set instead of qa's engine",
    )
    parser.add_argument(
        "--golden",
        type=Path,
        action="append",
        help="golden question file to use instead of the bundled ones (repeat for several)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument(
        "--use-cache", action="store_true", help="reuse a cached index (index_seconds then measures loading)"
    )


def run(args: argparse.Namespace) -> int:
    """Run `qa eval`; returns the exit code (2 with one line on stderr for unusable input)."""
    from rich.console import Console

    from .errors import QAError

    out = Console(soft_wrap=True)
    err = Console(stderr=True, soft_wrap=True)
    beir_args = (args.corpus, args.queries, args.qrels)
    if any(beir_args) and not all(beir_args):
        err.print("qa eval: --corpus, --queries and --qrels go together", markup=False)
        return 2
    if getattr(args, "baseline", None) and not all(beir_args):
        err.print("qa eval: --baseline needs --corpus, --queries and --qrels", markup=False)
        return 2
    try:
        if all(beir_args):
            return _run_beir(args, out, err)
        return _run_golden(args, out, err)
    except (QAError, OSError, ValueError) as exc:
        err.print(f"qa eval: {exc}", markup=False)
        return 2


def _build(corpus: Path | None, use_cache: bool) -> tuple[Any, float]:
    from . import Retriever

    start = time.perf_counter()
    retriever = Retriever.from_path(corpus, use_cache=use_cache)
    return retriever, time.perf_counter() - start


def _run_beir(args: argparse.Namespace, out: Any, err: Any) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    queries = load_queries(args.queries)
    qrels = load_qrels(args.qrels)
    if args.k < 1:
        raise ValueError("--k must be at least 1")
    if getattr(args, "baseline", None):
        from .baselines import BaselineRetriever

        start = time.perf_counter()
        retriever: Any = BaselineRetriever.from_beir(args.baseline, args.corpus)
        index_seconds = time.perf_counter() - start
    else:
        retriever, index_seconds = _build(args.corpus, args.use_cache)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("questions", total=None)
        result = evaluate_beir(
            retriever, queries, qrels, k=args.k, progress=lambda d, t: bar.update(task, completed=d, total=t)
        )
    result["corpus_entries"] = len(retriever.documents)
    result["index_seconds"] = index_seconds
    ordered = {key: result[key] for key in beir_keys(args.k)}
    if args.json:
        print(json.dumps(ordered, ensure_ascii=False))
        return 0
    _print_table(out, f"qa eval: {args.corpus}", ordered)
    return 0


def beir_keys(k: int = 10) -> tuple[str, ...]:
    """The keys `qa eval --json` prints, in order (`BEIR_KEYS` for the default k of 10)."""
    extra = () if k in (1, 5, 10) else (f"recall@{k}",)
    rest = BEIR_KEYS[5:]
    return ("recall@1", "recall@5", "recall@10", *extra, f"mrr@{k}", f"ndcg@{k}", *rest)


def _run_golden(args: argparse.Namespace, out: Any, err: Any) -> int:
    golden = args.golden
    items = load_golden_sets([golden] if isinstance(golden, (str, Path)) else golden)
    retriever, index_seconds = _build(None, args.use_cache)
    result = evaluate_golden(retriever, items)
    result["index_seconds"] = index_seconds
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    rows = {
        "questions": result["questions"],
        "answerable": result["answerable"],
        "top-1 accuracy": result["top1"],
        "top-3 accuracy": result["top3"],
        "false abstentions": result["false_abstentions"],
        "unanswerable": result["unanswerable"],
        "false answers": result["false_answers"],
        "abstention accuracy": result["abstention_accuracy"],
        "abstentions": result["abstentions"],
        "abstention precision": result["abstention_precision"],
        "abstention recall": result["abstention_recall"],
    }
    _print_table(out, "qa eval: golden questions on the bundled corpus", rows)
    for title, groups in (("kind", result["by_kind"]), ("file", result["by_file"])):
        if groups:
            _print_groups(out, title, groups)
    for failure in result["failures"]:
        err.print(f"  {failure}", markup=False, highlight=False)
    return 0


def _cell(value: Any) -> str:
    if value is None:
        return "n/a"
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def _print_table(out: Any, title: str, rows: Mapping[str, Any]) -> None:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name, value in rows.items():
        table.add_row(name, _cell(value))
    out.print(table)


_GROUP_COLUMNS = (
    ("questions", "n"),
    ("answerable", "ans"),
    ("abstained", "abst"),
    ("top1", "top-1"),
    ("false_not_found_rate", "fnf"),
    ("abstention_precision", "prec"),
    ("abstention_recall", "recall"),
)


def _print_groups(out: Any, title: str, groups: Mapping[str, Mapping[str, Any]]) -> None:
    """One row per kind (or file): the golden counts broken down, narrow enough for 80 columns."""
    from rich import box
    from rich.table import Table

    table = Table(
        title=f"by {title} (ans answerable, abst abstained, fnf false not-found rate, "
        "prec/recall of abstaining)",
        title_justify="left",
        box=box.SIMPLE,
        pad_edge=False,
    )
    table.add_column(title, no_wrap=True)
    for _, header in _GROUP_COLUMNS:
        table.add_column(header, justify="right", no_wrap=True)
    for name, row in groups.items():
        table.add_row(name, *(_cell(row.get(key)) for key, _ in _GROUP_COLUMNS))
    out.print(table)


if __name__ == "__main__":  # pragma: no cover - `qa eval` is the entry point
    parser = argparse.ArgumentParser(prog="qa eval")
    add_arguments(parser)
    sys.exit(run(parser.parse_args()))
