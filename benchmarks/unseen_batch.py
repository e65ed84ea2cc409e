#!/usr/bin/env python3
"""Count a blind helper batch (``tests/data/BATCH-BRIEF.md``) before it is folded into the golden files.

A session measures on questions nobody tuning qa has seen: a helper writes a batch from the five
documents alone, the session counts it with the code it starts from and again with the code it ends
with, and only then folds it in. The even lines are the *look* half (read and tuned on); the odd lines
are the *held* half, only ever counted: this prints no question of it, and ``--show`` refuses it.

    python benchmarks/unseen_batch.py BATCH_DIR [BATCH_DIR ...] --half look|held [--show]
                                      [--flags OUT.json] [--compare EARLIER.json]

Rows are read the way ``fold_batch.py`` will fold them (its placing of golds, its leaving out of
repeated questions), and asked the way ``golden_rows.py`` asks golden rows. ``--flags`` writes each
row's outcome (right or not) by batch, kind and line; ``--compare`` lists the rows that moved since
an earlier flags file, by line number only for the held half.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests" / "data")]

from fold_batch import fold  # noqa: E402
from golden_rows import outcomes, right  # noqa: E402

from qa import Retriever  # noqa: E402

KINDS = ("answerable", "traps", "chains")


def kind_of(row: dict) -> str:
    """Which of the batch's three files a folded row came from."""
    if row.get("previous"):
        return "chains"
    return "answerable" if row["answerable"] else "traps"


def batch_rows(folder: Path, half: str) -> list[dict]:
    """The rows of one half of a batch, each tagged with its batch, kind and line."""
    split = "dev" if half == "look" else "holdout"
    placed = fold(folder, folder.resolve().name)
    rows = [r for file_rows in placed.added.values() for r in file_rows if r["split"] == split]
    return [{**r, "key": f"{r['batch']}:{kind_of(r)}:{r['line']}"} for r in rows]


def summary(rows: list[dict], records: list[dict]) -> list[str]:
    """Per batch and in all: answerable right, traps answered (lower is better), chains right."""
    table: dict[str, dict[str, list[int]]] = {}
    for row, record in zip(rows, records, strict=True):
        for batch in (row["batch"], "all"):
            cell = table.setdefault(batch, {k: [0, 0] for k in KINDS})[kind_of(row)]
            cell[1] += 1
            cell[0] += record["answered"] if kind_of(row) == "traps" else right(record)
    return [f"{batch:12s} answerable {t['answerable'][0]}/{t['answerable'][1]}  "
            f"traps answered {t['traps'][0]}/{t['traps'][1]}  chains right {t['chains'][0]}/{t['chains'][1]}"
            for batch, t in sorted(table.items(), key=lambda item: item[0] == "all")]


def shown(row: dict, record: dict) -> str:
    """One look-half row the user got wrong, as the user saw it."""
    asked = f"{row['previous']} → {row['question']}" if row.get("previous") else row["question"]
    return (f"{row['key']} [{record['reason']}] {asked} | gold {row.get('gold')} | "
            f"{(record['quote'] or '')[:80]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batches", type=Path, nargs="+")
    ap.add_argument("--half", choices=("look", "held"), required=True)
    ap.add_argument("--show", action="store_true", help="print the look half's wrong rows")
    ap.add_argument("--flags", type=Path, help="write each row's outcome here (JSON)")
    ap.add_argument("--compare", type=Path, help="an earlier flags file of the same half")
    args = ap.parse_args()
    if args.show and args.half == "held":
        ap.error("the held half is never shown")
    rows = [row for folder in args.batches for row in batch_rows(folder, args.half)]
    if not rows:  # every question already in the golden files: counted before folding, or never
        print(f"no {args.half} rows to count: the batch is folded already (its questions are golden rows) "
              "or empty", file=sys.stderr)
        return 1
    records = outcomes(rows, Retriever.from_path(None))
    print("\n".join(summary(rows, records)))
    flags = {row["key"]: right(record) for row, record in zip(rows, records, strict=True)}
    if args.flags:
        args.flags.write_text(json.dumps(flags, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.compare:
        earlier = json.loads(args.compare.read_text(encoding="utf-8"))
        moved = [("+" if now else "-") + " " + key for key, now in flags.items()
                 if key in earlier and earlier[key] != now]
        print(f"\n{len(moved)} rows moved since {args.compare}: " + (", ".join(moved) or "none"))
    if args.show:
        print()
        print("\n".join(shown(row, record) for row, record in zip(rows, records, strict=True) if not right(record)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
