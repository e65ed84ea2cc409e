#!/usr/bin/env python3
"""qa's engine against the naive and the bigram BM25 baselines on the public BEIR sets.

Sets: cmrc2018-train, drcd-test and both pooled (every question against the union of the corpora).
Prints one Markdown table (the one in docs/EVALUATION.md) and whether ours beats both baselines on
Recall@1 and nDCG@10 everywhere.

Usage: python benchmarks/eval_baselines.py [--systems ours,naive,bigram] [--sets cmrc2018-train,...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from common import build_ours, load_sets, markdown_table, metrics_row, print_machine

from qa.baselines import BaselineRetriever
from qa.beir_eval import evaluate_beir

SYSTEMS = ("ours", "naive", "bigram")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--sets", default="cmrc2018-train,drcd-test,pooled")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    args = parser.parse_args()
    systems = args.systems.split(",")
    wanted = args.sets.split(",")

    print_machine()
    results: dict[str, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for beir in load_sets(pooled="pooled" in wanted):
            if beir.name not in wanted:
                continue
            for system in systems:
                start = time.perf_counter()
                if system == "ours":
                    retriever, built = build_ours(beir.corpus_path(Path(tmp)))
                else:
                    retriever = BaselineRetriever.from_beir(system, beir.corpora)
                    built = time.perf_counter() - start
                result = evaluate_beir(retriever, beir.queries, beir.qrels)
                result["index_seconds"] = built
                results.setdefault(beir.name, {})[system] = result
                print(
                    f"  {beir.name:15} {system:7} R@1 {result['recall@1']:.4f} nDCG@10 {result['ndcg@10']:.4f}"
                    f"  (index {built:.1f} s, p50 {result['query_ms_p50']:.2f} ms)",
                    file=sys.stderr,
                )

    header = ["set", "system", "Recall@1", "Recall@5", "Recall@10", "MRR@10", "nDCG@10", "p50 ms"]
    rows = [
        [name, system, *metrics_row(r), r["query_ms_p50"]]
        for name, by_system in results.items()
        for system, r in by_system.items()
    ]
    print(markdown_table(header, rows))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))

    ok = True
    if "ours" in systems:
        for name, by_system in results.items():
            for metric in ("recall@1", "ndcg@10"):
                for base in (s for s in systems if s != "ours"):
                    ours, theirs = by_system["ours"][metric], by_system[base][metric]
                    if ours <= theirs:
                        ok = False
                        print(f"ours does not beat {base} on {name} {metric}: {ours:.4f} ≤ {theirs:.4f}")
        print("ours beats every baseline on Recall@1 and nDCG@10" if ok else "see the shortfalls above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
