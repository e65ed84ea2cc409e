#!/usr/bin/env python3
"""What each retrieval choice contributes: one Settings knob changed at a time, on both public sets.

Rows: the defaults; each boolean knob flipped (script conversion, bigrams, question stop words, user
dictionary, title field); the other segmenter and jieba mode; the BM25 variants; a k1 × b grid;
and finally every single change that raised mean Recall@1 applied together. Each row reports
Recall@1 and nDCG@10 on cmrc2018-train and drcd-test, built with
`Retriever.from_path(corpus, settings=Settings(...))` exactly as the engine runs.

Usage: python benchmarks/ablation.py [--jobs 2] [--max-queries N] [--only default,bigrams=False]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from common import build_ours, load_sets, markdown_table, print_machine

import qa.answer  # noqa: F401  (imported before forking, so every worker runs the same engine code)
from qa.beir_eval import evaluate_beir
from qa.config import Settings

DEFAULTS = Settings()
KNOBS = (
    "convert_script",
    "segmenter",
    "jieba_mode",
    "bigrams",
    "question_stopwords",
    "user_dict",
    "title_field",
    "bm25",
    "k1",
    "b",
)


def variants() -> list[tuple[str, dict[str, Any]]]:
    """(row label, Settings changes) for every row of the ablation, defaults first."""
    rows: list[tuple[str, dict[str, Any]]] = [("defaults", {})]
    for knob in ("convert_script", "bigrams", "question_stopwords", "user_dict", "title_field"):
        rows.append((f"{knob}={not getattr(DEFAULTS, knob)}", {knob: not getattr(DEFAULTS, knob)}))
    other = {"segmenter": ("jieba", "rjieba"), "jieba_mode": ("precise", "search")}
    for knob, choices in other.items():
        for choice in choices:
            if choice != getattr(DEFAULTS, knob):
                rows.append((f"{knob}={choice}", {knob: choice}))
    for variant in ("okapi", "plus", "l"):
        if variant != DEFAULTS.bm25:
            rows.append((f"bm25={variant}", {"bm25": variant}))
    for k1 in (0.9, 1.2, 1.5):
        for b in (0.4, 0.6, 0.75):
            if (k1, b) != (DEFAULTS.k1, DEFAULTS.b):
                rows.append((f"k1={k1} b={b}", {"k1": k1, "b": b}))
    return rows


def best_combination(rows: list[tuple[str, dict[str, Any]]], score: Any) -> dict[str, Any]:
    """Every single change that beat the defaults; from the k1 × b grid only its best cell."""
    base = score("defaults")
    combined: dict[str, Any] = {}
    grid = [(label, changes) for label, changes in rows if "k1" in changes]
    for label, changes in rows:
        if label != "defaults" and "k1" not in changes and score(label) > base:
            combined.update(changes)
    if grid:
        label, changes = max(grid, key=lambda row: score(row[0]))
        if score(label) > base:
            combined.update(changes)
    return combined


def _evaluate(job: tuple[str, dict[str, Any], str, str, dict, dict]) -> tuple[str, str, dict[str, float]]:
    label, changes, set_name, corpus, queries, qrels = job
    from pathlib import Path

    start = time.perf_counter()
    retriever, built = build_ours(Path(corpus), DEFAULTS.with_(**changes))
    result = evaluate_beir(retriever, queries, qrels)
    result["index_seconds"] = built
    print(
        f"  {label:28} {set_name:15} R@1 {result['recall@1']:.4f} nDCG@10 {result['ndcg@10']:.4f}"
        f"  ({time.perf_counter() - start:.0f} s)",
        file=sys.stderr,
        flush=True,
    )
    return label, set_name, result


def _run(rows: list[tuple[str, dict[str, Any]]], sets: list, jobs: int) -> dict[str, dict[str, dict]]:
    work = [
        (label, changes, s.name, str(s.corpora[0]), s.queries, s.qrels)
        for label, changes in rows
        for s in sets
    ]
    results: dict[str, dict[str, dict]] = {}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for label, set_name, result in pool.map(_evaluate, work):
            results.setdefault(label, {})[set_name] = result
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2, help="processes (default 2)")
    parser.add_argument(
        "--max-queries", type=int, default=0, help="sample this many questions per set (0 = all)"
    )
    parser.add_argument("--only", help="comma list of row labels to run (default: all)")
    args = parser.parse_args()

    print_machine()
    print("defaults: " + ", ".join(f"{knob}={getattr(DEFAULTS, knob)}" for knob in KNOBS))
    sets = load_sets(pooled=False)
    if args.max_queries:
        for s in sets:
            chosen = random.Random(7).sample(sorted(s.queries), min(args.max_queries, len(s.queries)))
            s.queries = {qid: s.queries[qid] for qid in sorted(chosen)}
    rows = variants()
    if args.only:
        keep = set(args.only.split(","))
        rows = [row for row in rows if row[0] in keep]
    results = _run(rows, sets, args.jobs)

    def mean(label: str, metric: str) -> float:
        return sum(results[label][s.name][metric] for s in sets) / len(sets)

    if "defaults" in results:
        combined = best_combination(rows, lambda label: mean(label, "recall@1"))
        if combined:
            label = "combined: " + ", ".join(f"{k}={v}" for k, v in combined.items())
            rows.append((label, combined))
            results.update(_run([(label, combined)], sets, args.jobs))

    header = ["setting"]
    for s in sets:
        header += [f"{s.name} R@1", f"{s.name} nDCG@10"]
    header += ["Δ mean R@1", "Δ mean nDCG@10"]
    table = []
    for label, _ in rows:
        row: list[Any] = [label]
        for s in sets:
            row += [results[label][s.name]["recall@1"], results[label][s.name]["ndcg@10"]]
        if "defaults" in results:
            row += [
                f"{mean(label, 'recall@1') - mean('defaults', 'recall@1'):+.4f}",
                f"{mean(label, 'ndcg@10') - mean('defaults', 'ndcg@10'):+.4f}",
            ]
        else:
            row += ["", ""]
        table.append(row)
    print(markdown_table(header, table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
