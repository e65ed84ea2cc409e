#!/usr/bin/env python3
"""Issue 16's table: does the quote shown first hold the annotator's answer?

For every question of cmrc2018-train and drcd-test (against its own corpus; `--sample N` draws N
per set, seeded), `search(q, k=3)` (no abstention, so the quote is judged whatever the answer
decision) and the annotator answers from `metadata.answers`, width, case and script folded
(`qa.text.fold`) on both sides:

- Recall@1: the qrels article is the first hit's (or collapsed with it);
- answer in the top passage: inside `hits[0].context`;
- answer in the top quote: inside `hits[0].quote` (target ≥ 0.88 on both sets);
- answer in the top-3 quotes: inside any of the first three quotes;
- answer marked: inside the top quote and overlapped by one of its `answer_spans` (the asked-for
  fact a reader sees highlighted: bold in Telegram, its own colour on a terminal);
- median and p90 length of `hits[0].quote` in characters (no gaming by quoting paragraphs).

One row per set and split: dev, holdout (a hash of the query id, benchmarks/splits.py) and all.
Questions without an annotator answer are skipped.

Usage: python benchmarks/quotes.py [--sample 0] [--seed 16] [--split all]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SETS, data_dir, markdown_table, print_machine  # noqa: E402
from splits import (  # noqa: E402
    SPLITS,
    fmt,
    folded_in,
    hash_split,
    load_answers,
    percentile,
    pick_ids,
    share,
    top_is_relevant,
)

QUOTE_TARGET = 0.88
COLUMNS = ("recall@1", "answer in top passage", "answer in top quote", "answer in top-3 quotes", "answer marked")


def judge(hits: Sequence[Any], answers: Sequence[str], relevant: dict) -> dict[str, Any]:
    """The four yes/no columns and the top quote's length for one question."""
    top = hits[0] if hits else None
    return {
        "recall@1": top_is_relevant(hits, relevant),
        "answer in top passage": top is not None and folded_in(answers, str(getattr(top, "context", "") or "")),
        "answer in top quote": top is not None and folded_in(answers, str(top.quote)),
        "answer in top-3 quotes": any(folded_in(answers, str(h.quote)) for h in hits[:3]),
        "answer marked": top is not None and marked(top, answers),
        "length": len(str(top.quote)) if top is not None else 0,
    }


def marked(hit: Any, answers: Sequence[str]) -> bool:
    """Does one of the hit's answer spans overlap an annotator answer found in its quote? Spans are
    offsets into the quote, which folding keeps the length of (`qa.text.fold`)."""
    from qa.text import fold

    quote = fold(str(hit.quote))
    for answer in answers:
        wanted = fold(answer.strip())
        at = quote.find(wanted) if wanted else -1
        if at >= 0 and any(a < at + len(wanted) and at < b for a, b in getattr(hit, "answer_spans", ())):
            return True
    return False


def measure(name: str, args: argparse.Namespace) -> list[tuple[str, dict[str, Any]]]:
    """(query id, judgement) for the sampled questions of one set against its own corpus."""
    from qa import Retriever
    from qa.beir_eval import load_qrels, load_queries

    folder = data_dir() / name
    queries = load_queries(folder / "queries.jsonl")
    qrels = load_qrels(folder / "qrels" / "test.tsv")
    answers = load_answers(folder / "queries.jsonl")
    ids = pick_ids([q for q in queries if qrels.get(q) and answers.get(q)], args.split, args.sample, args.seed)
    print(f"building {name} …", file=sys.stderr, flush=True)
    retriever = Retriever.from_path(folder / "corpus.jsonl", cache_dir=args.cache_dir, use_cache=not args.no_cache)
    results = []
    for done, qid in enumerate(ids, 1):
        results.append((qid, judge(retriever.search(queries[qid], k=3), answers[qid], qrels[qid])))
        if done % 1000 == 0:
            print(f"  {name}: {done}/{len(ids)}", file=sys.stderr, flush=True)
    return results


def rows_for(name: str, results: Sequence[tuple[str, dict[str, Any]]]) -> list[list[str]]:
    """One table row per split present in the results, then all of them together."""
    rows = []
    for split in ("dev", "holdout", "all"):
        chosen = [r for qid, r in results if split == "all" or hash_split(qid) == split]
        if not chosen or (split == "all" and len({hash_split(q) for q, _ in results}) < 2):
            continue
        lengths = [r["length"] for r in chosen]
        cells = [fmt(share([r[c] for r in chosen])) for c in COLUMNS]
        median, p90 = statistics.median(lengths), percentile(lengths, 0.9)
        rows.append([name, split, str(len(chosen)), *cells, f"{median:.0f}", f"{p90:.0f}"])
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", type=int, default=0, help="questions per set, seeded (default 0 = all)")
    ap.add_argument("--seed", type=int, default=16, help="sampling seed")
    ap.add_argument("--split", choices=SPLITS, default="all", help="which questions (default all)")
    ap.add_argument("--cache-dir", type=Path, help="index cache folder (default: qa's user cache dir)")
    ap.add_argument("--no-cache", action="store_true", help="build every index from scratch")
    args = ap.parse_args(argv)
    print_machine()
    print(f"split {args.split}, sample {args.sample or 'all'}, seed {args.seed}; target: answer in top quote "
          f"≥ {QUOTE_TARGET}\n")
    rows = [row for name in SETS for row in rows_for(name, measure(name, args))]
    header = ["set", "split", "n", *COLUMNS, "quote chars p50", "quote chars p90"]
    print(markdown_table(header, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
