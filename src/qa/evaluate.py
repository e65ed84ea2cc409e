"""`qa eval`: retrieval quality on a BEIR-format set, or answer quality on the golden question set.

The command only: it reads the files, builds the retriever, runs the evaluation and prints. The
evaluations themselves are pure and live apart (`beir_eval.py`, `golden.py`), as do the tables
(`render_eval.py`), so tests and benchmarks call them directly.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from .beir_eval import beir_keys, evaluate_beir, load_qrels, load_queries
from .golden import evaluate_golden, load_golden_sets
from .render_eval import print_golden_report, print_table

__all__ = ["add_arguments", "run"]


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
    print_table(out, f"qa eval: {args.corpus}", ordered)
    return 0


def _run_golden(args: argparse.Namespace, out: Any, err: Any) -> int:
    golden = args.golden
    items = load_golden_sets([golden] if isinstance(golden, (str, Path)) else golden)
    retriever, index_seconds = _build(None, args.use_cache)
    result = evaluate_golden(retriever, items)
    result["index_seconds"] = index_seconds
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print_golden_report(out, err, result)
    return 0


if __name__ == "__main__":  # pragma: no cover - `qa eval` is the entry point
    parser = argparse.ArgumentParser(prog="qa eval")
    add_arguments(parser)
    sys.exit(run(parser.parse_args()))
