#!/usr/bin/env python3
"""Topic switches: does a question the documents do not answer stay unanswered after one they do?

In a chat the next message is often about something else. Each unanswerable golden question asked
alone (traps, everyday questions, small talk: no previous turn of its own) is asked here after an
answerable golden question, drawn at random (seeded by the trap's id, so every run pairs the same
way), in one conversation as the REPL and the bot carry it (`qa.golden.ask_as_user`). A follow-up
reading must not make the trap look answered by borrowing the first question's words: every answer
here is a false answer. Printed per split and per file; `--dump` writes one JSON line per pair and
`--compare` lists the pairs whose outcome changed since an earlier dump (holdout by id only).

    python benchmarks/topic_switch.py [--dump OUT.jsonl] [--compare EARLIER.jsonl] [--seed 1432]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from qa import Retriever
from qa.golden import ask_as_user, load_golden_sets


def pairs(rows: list[dict], seed: int) -> list[tuple[dict, dict]]:
    """(answerable question, unanswerable question) for every unanswerable row asked alone."""
    firsts = sorted((r for r in rows if r.get("answerable", True) and not r.get("previous")), key=lambda r: r["id"])
    traps = sorted((r for r in rows if not r.get("answerable", True) and not r.get("previous")), key=lambda r: r["id"])
    return [(random.Random(f"{seed}:{trap['id']}").choice(firsts), trap) for trap in traps]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1432, help="pairing seed (default 1432)")
    ap.add_argument("--dump", type=Path, help="write one JSON line per pair here")
    ap.add_argument("--compare", type=Path, help="an earlier dump: list the pairs whose outcome changed")
    args = ap.parse_args(argv)
    retriever = Retriever.from_path(None)
    records = []
    for first, trap in pairs(load_golden_sets(), args.seed):
        answer = ask_as_user(retriever, {"question": trap["question"], "previous": first["question"]})
        records.append({"id": trap["id"], "split": trap.get("split", "dev"), "file": trap["file"],
                        "previous": first["question"], "question": trap["question"], "answered": answer.answered,
                        "quote": answer.hits[0].quote if answer.answered and answer.hits else None})
    if args.dump:
        args.dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    table: dict[tuple[str, str], list[int]] = {}
    for r in records:
        for key in ((r["split"], r["file"]), (r["split"], "(all)")):
            cell = table.setdefault(key, [0, 0])
            cell[0] += 1
            cell[1] += r["answered"]
    print("unanswerable questions asked after an answerable one: answered (false answers)")
    for (split, name), (n, answered) in sorted(table.items()):
        print(f"  {split:8s} {name:26s} {answered:4d} of {n}")
    if args.compare:
        earlier = {r["id"]: r for r in map(json.loads, args.compare.read_text(encoding="utf-8").splitlines())}
        changed = [r for r in records if r["id"] in earlier and earlier[r["id"]]["answered"] != r["answered"]]
        print(f"\n{len(changed)} pairs changed since {args.compare}")
        for r in changed:
            sign = "-" if r["answered"] else "+"
            shown = "" if r["split"] == "holdout" else f" {r['previous']} → {r['question']} | {r['quote'] or ''}"[:160]
            print(f"{sign} {r['id']} ({r['split']}){shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
