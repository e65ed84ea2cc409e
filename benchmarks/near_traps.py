#!/usr/bin/env python3
"""Near traps by construction: the article is there, the paragraph that answers is not.

drcd-test splits its articles into paragraphs (1147-1, 1147-2 … share the title 梵文). Taking one
paragraph out of the corpus and asking its questions gives questions in the documents' own words,
about a subject the documents still describe, whose fact they no longer state: the hardest kind of
question to decline, made by the hundred and nobody's tuning. A question counts only when no
paragraph left under its title holds its annotator's answer (width and script folded), so a right
answer from a sibling paragraph is never counted as wrong.

Each round takes at most one paragraph per title out (the rest of the article stays); paragraphs are
split dev / holdout by a hash of their id (`splits.hash_split`). The same questions asked of the full
corpus show what declining costs where the paragraph is there.

    python benchmarks/near_traps.py [--split dev|holdout] [--rounds 1] [--show]

Prints: paragraphs taken out, questions asked, share answered without their paragraph (wrong: the
target is none) and with it (the control).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import data_dir, markdown_table, print_machine  # noqa: E402
from splits import folded_in, hash_split, load_answers  # noqa: E402

from qa.text import fold  # noqa: E402

NAME = "drcd-test"
MIN_PARAGRAPHS = 3  # a title keeps at least two paragraphs when one is taken out
SLICES = Path(tempfile.gettempdir()) / "qa-near-traps"


@dataclass(frozen=True)
class NearTraps:
    """One corpus with some paragraphs taken out, and the questions they answered."""

    corpus: Path
    removed: frozenset[str]
    questions: tuple[tuple[str, str], ...]  # (query id, text)


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def near_traps(folder: Path, split: str, rounds: int = 1, seed: int = 23,
               out: Path = SLICES) -> Iterator[NearTraps]:
    """`rounds` corpora from the BEIR set in `folder`, each without one paragraph (of this split) of
    every title that has at least `MIN_PARAGRAPHS`, written under `out`."""
    rows = _lines(folder / "corpus.jsonl")
    queries = _lines(folder / "queries.jsonl")
    texts = {q["_id"]: q["text"] for q in queries}
    answers = load_answers(folder / "queries.jsonl")
    lines = (folder / "qrels" / "test.tsv").read_text(encoding="utf-8").splitlines()[1:]
    asked_of: dict[str, list[str]] = {}
    for qid, cid, _ in sorted(line.split("\t") for line in lines):
        if answers.get(qid) and qid in texts:
            asked_of.setdefault(cid, []).append(qid)
    by_title: dict[str, list[dict]] = {}
    for row in rows:
        by_title.setdefault(row["title"], []).append(row)
    title_of = {r["_id"]: r["title"] for r in rows}
    rng = random.Random(seed)
    pools = {title: [r["_id"] for r in group if hash_split(r["_id"]) == split and r["_id"] in asked_of]
             for title, group in sorted(by_title.items()) if len(group) >= MIN_PARAGRAPHS}
    for pool in pools.values():
        rng.shuffle(pool)
    for round_no in range(rounds):
        removed = frozenset(pool[round_no] for pool in pools.values() if len(pool) > round_no)
        if not removed:
            return
        path = out / f"{folder.name}-{split}-{seed}-{round_no}" / "corpus.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows if r["_id"] not in removed),
                        encoding="utf-8")
        left = {title: [fold(r["title"] + "\n" + r["text"]) for r in group if r["_id"] not in removed]
                for title, group in by_title.items()}
        questions = tuple((qid, texts[qid]) for cid in sorted(removed) for qid in asked_of[cid]
                          if not any(folded_in(answers[qid], text) for text in left[title_of[cid]]))
        yield NearTraps(path, removed, questions)


def main(argv: list[str] | None = None) -> int:
    from qa import Retriever

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "holdout"), default="holdout")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--show", action="store_true", help="print the questions answered without their paragraph")
    args = ap.parse_args(argv)
    print_machine()
    full = Retriever.from_path(data_dir() / NAME / "corpus.jsonl")
    rows = []
    for number, traps in enumerate(near_traps(data_dir() / NAME, args.split, args.rounds)):
        retriever = Retriever.from_path(traps.corpus)
        wrong = control = 0
        for qid, text in traps.questions:
            answer = retriever.ask(text, k=1)
            wrong += answer.answered
            control += full.ask(text, k=1).answered
            if args.show and answer.answered:
                print(f"answered {qid} {text} | {answer.hits[0].quote[:70]}")
        n = len(traps.questions)
        rows.append([f"{NAME} {args.split} round {number}", len(traps.removed), n,
                     f"{wrong}/{n} = {wrong / n:.3f}" if n else "-", f"{control}/{n} = {control / n:.3f}" if n else "-"])
    print("\nNear traps: questions asked of their corpus without the paragraph that answers them\n")
    print(markdown_table(["corpus", "paragraphs out", "questions", "answered without it (wrong)",
                          "answered with it (control)"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
