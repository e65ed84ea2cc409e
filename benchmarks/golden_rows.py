#!/usr/bin/env python3
"""Every golden row's outcome, one JSON line each, and what changed since an earlier dump.

`qa eval` prints the golden set's totals; a change to the engine moves single rows both ways, and
the totals hide it (one right answer lost, another gained). This writes each row's outcome (answered
or not and why, whether the first or any of the first three quotes holds its answer, the quote
shown), prints the totals per split and per kind of row (question or follow-up), and, given an
earlier dump, lists the rows whose outcome changed. Holdout rows are listed by id only: they are
for measuring, not for reading while tuning.

    python benchmarks/golden_rows.py OUT.jsonl [--compare EARLIER.jsonl] [--golden-dir DIR]

Run it from two worktrees (or before and after a change) with the same golden files
(`--golden-dir`): the per-row comparison is what a session's start and end figures rest on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from qa import Retriever  # noqa: E402
from qa.golden import GOLDEN_FILES, ask_as_user, load_golden_sets, matches  # noqa: E402


def outcomes(rows: list[dict], retriever: Retriever) -> list[dict]:
    """One record per golden row: what the user would be shown for it."""
    out = []
    for item in rows:
        answer = ask_as_user(retriever, item)
        hits = list(answer.hits or [])[:3]
        answerable = bool(item.get("answerable", True))
        out.append({
            "id": item["id"], "split": item.get("split", "dev"), "follow_up": bool(item.get("previous")),
            "answerable": answerable, "answered": answer.answered, "reason": answer.reason,
            "first": answerable and answer.answered and bool(hits) and matches(hits[0], item),
            "any3": answerable and answer.answered and any(matches(h, item) for h in hits),
            "question": item["question"], "previous": item.get("previous", ""), "gold": item.get("gold"),
            "doc": hits[0].doc_id if hits else None, "quote": hits[0].quote if hits else None,
        })
    return out


def right(record: dict) -> bool:
    """What the user should see: the gold in the first quote, or no answer for an unanswerable row."""
    return record["first"] if record["answerable"] else not record["answered"]


def totals(records: list[dict]) -> list[str]:
    """Per split and kind of row: right first quotes, false not-found, false answers."""
    table: dict[tuple[str, str], list[int]] = {}
    for r in records:
        t = table.setdefault((r["split"], "follow-ups" if r["follow_up"] else "questions"), [0, 0, 0, 0, 0])
        if r["answerable"]:
            t[0] += 1
            t[1] += r["first"]
            t[2] += not r["answered"]
        else:
            t[3] += 1
            t[4] += r["answered"]
    return [f"{split:8s} {kind:10s} top-1 {t[1]}/{t[0]}  false not-found {t[2]}  false answers {t[4]}/{t[3]}"
            for (split, kind), t in sorted(table.items())]


def changes(before: list[dict], after: list[dict]) -> list[str]:
    """The rows whose outcome moved: + right now, - right before, ~ otherwise changed."""
    earlier = {r["id"]: r for r in before}
    lines = []
    for r in after:
        old = earlier.get(r["id"])
        if old is None or (old["first"], old["answered"], old["reason"], old["quote"]) == (
                r["first"], r["answered"], r["reason"], r["quote"]):
            continue
        right_now, right_then = right(r), right(old)
        sign = "+" if right_now and not right_then else "-" if right_then and not right_now else "~"
        if r["split"] != "dev":
            lines.append(f"{sign} {r['id']} (holdout)")
            continue
        asked = f"{r['previous']} → {r['question']}" if r["previous"] else r["question"]
        lines.append(f"{sign} {r['id']} {old['reason']} → {r['reason']} | {asked} | gold {r['gold']} | "
                     f"{(old['quote'] or '')[:60]} → {(r['quote'] or '')[:60]}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="where to write this run's rows (JSON lines)")
    ap.add_argument("--compare", type=Path, help="an earlier dump: list the rows that changed")
    ap.add_argument("--golden-dir", type=Path, default=REPO / "src" / "qa" / "resources",
                    help="the golden files to ask (default: the package's)")
    args = ap.parse_args()
    rows = load_golden_sets([args.golden_dir / name for name in GOLDEN_FILES])
    records = outcomes(rows, Retriever.from_path(None))
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print("\n".join(totals(records)))
    if args.compare:
        before = [json.loads(line) for line in args.compare.read_text(encoding="utf-8").splitlines() if line.strip()]
        moved = changes(before, records)
        print(f"\n{len(moved)} rows changed since {args.compare}")
        print("\n".join(moved))
    return 0


if __name__ == "__main__":
    sys.exit(main())
