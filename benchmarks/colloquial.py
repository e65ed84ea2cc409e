"""Real phrasing on the shared sets: the same questions typed as people type them.

`tests/data/colloquial-shared.jsonl` holds, for 180 dev questions of cmrc2018-train and drcd-test
(90 each, drawn with a fixed seed), a rewrite the way a hurried or chatty user types it (filler,
啥/咋/几几年, misspelt names, dropped particles, Simplified for a Traditional set), 60 near traps
(the same subject, a fact its passage and the rest of the set never state) and 60 two-turn chains
(a follow-up leaning on the first turn; 15 ask what the passage does not say). Written on
2026-12-04 by a helper that saw only the questions and their passages, never the engine.

Printed per set: the tidy question and its rewrite (answered; the annotator's answer in the first
quote), the rewrite asked of the other set's corpus (any answer is wrong), near traps answered
(wrong) and chains right. The rows carry `split`: `look` (what the engine was tuned on) and `held`
(measured, not tuned on); report both.

    python benchmarks/colloquial.py [--split look|held|all] [--show]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from common import REPO, SETS, data_dir
from splits import folded_in, load_answers

from qa import Retriever
from qa.golden import ask_as_user

ROWS = REPO / "tests" / "data" / "colloquial-shared.jsonl"


def load_rows(path: Path, split: str) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if split == "all" or row["split"] == split]


def holds(answer: Any, needles: Sequence[str]) -> bool:
    """Answered, and the first quote holds one of the needles (width and script folded)."""
    return bool(answer.answered and answer.hits and folded_in(needles, answer.hits[0].quote))


def measure(rows: Sequence[dict[str, Any]], retrievers: dict[str, Retriever],
            tidy: dict[str, dict[str, str]], answers: dict[str, dict[str, list[str]]],
            show: bool = False) -> dict[tuple[str, str], list[int]]:
    """(set, measure) → [count, out of]."""
    counts: dict[tuple[str, str], list[int]] = {}

    def add(name: str, key: str, ok: bool) -> None:
        n = counts.setdefault((name, key), [0, 0])
        n[0] += bool(ok)
        n[1] += 1

    other = {SETS[0]: SETS[1], SETS[1]: SETS[0]}
    for row in rows:
        name, qid, retriever = row["set"], row["id"], retrievers[row["set"]]
        if row["kind"] == "rewrite":
            gold = answers[name].get(qid, [])
            plain, typed = retriever.ask(tidy[name][qid], k=3), retriever.ask(row["question"], k=3)
            away = retrievers[other[name]].ask(row["question"], k=3)
            add(name, "tidy: answered", plain.answered)
            add(name, "tidy: quote holds the answer", holds(plain, gold))
            add(name, "typed: answered", typed.answered)
            add(name, "typed: quote holds the answer", holds(typed, gold))
            add(name, "typed, other corpus: answered (wrong)", away.answered)
            if show and holds(plain, gold) and not holds(typed, gold):
                print(f"worse typed  {qid} {row['question']} | {gold[0] if gold else ''} | {typed.reason}")
        elif row["kind"] == "near":
            answer = retriever.ask(row["question"], k=3)
            add(name, "near traps: answered (wrong)", answer.answered)
            if show and answer.answered:
                print(f"near trap    {qid} {row['question']} | {answer.hits[0].quote[:60]}")
        else:
            answer = ask_as_user(retriever, {"question": row["question"], "previous": row["previous"]})
            ok = holds(answer, [row["gold"]]) if row["gold"] else not answer.answered
            add(name, "chains: right" if row["gold"] else "chain traps: declined", ok)
            if show and not ok:
                print(f"chain        {qid} {row['previous']} -> {row['question']} | {row['gold']} | {answer.reason}")
    return counts


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("look", "held", "all"), default="all")
    parser.add_argument("--show", action="store_true", help="print each miss")
    args = parser.parse_args(argv)
    folder = data_dir()
    rows = load_rows(ROWS, args.split)
    retrievers = {name: Retriever.from_path(folder / name / "corpus.jsonl") for name in SETS}
    tidy = {name: {str(q["_id"]): q["text"] for q in map(json.loads, (folder / name / "queries.jsonl")
                                                           .read_text(encoding="utf-8").splitlines()) if q}
            for name in SETS}
    answers = {name: load_answers(folder / name / "queries.jsonl") for name in SETS}
    counts = measure(rows, retrievers, tidy, answers, args.show)
    print(f"\nColloquial rewrites of shared questions ({args.split} rows)\n")
    print("| corpus | measure | count | share |\n|---|---|---|---|")
    for (name, key), (n, d) in sorted(counts.items()):
        print(f"| {name} | {key} | {n}/{d} | {n / d:.2f} |")


if __name__ == "__main__":
    main()
