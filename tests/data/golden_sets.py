#!/usr/bin/env python3
"""The answerability question files (issues 16 and 19): their split rule and their validation.

The files are the source of truth; this module only checks them and (with ``--write-split``)
re-derives their ``split`` field. The split is a seeded random draw, not a hash, so that each file
holds as close to 30 % holdout as its size allows, stratified by kind: within each kind of a
file, ``random.Random(SPLIT_SEED)`` samples ``round(0.3 * n)`` of its ids (sorted first) as
``"holdout"``; the rest are ``"dev"``. The
engine is tuned on dev only; holdout is read to judge it.

Rows folded in from a helper batch (``fold_batch.py``) carry ``batch`` and ``line`` (the row's
0-based line in the batch's file) and keep the halves the batch was read in: even lines were the
*look* half a session tuned on (``"dev"``), odd lines the *held* half nobody read (``"holdout"``).
They stay out of the seeded draw, so folding a batch moves no row that was already in a file (each
earlier fold re-drew whole files and sent rows tuned on into the holdout).

``validate`` is what tests/test_golden_sets.py asserts on: fields present, ids unique across all
files, gold strings verbatim in the named document (after the engine-style pinyin stripping), no
gold on unanswerable rows, kinds allowed per file, split equal to the rule.

Usage: python tests/data/golden_sets.py [--write-split]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "src" / "qa" / "corpus"
SPLIT_SEED = 20261202
HOLDOUT_SHARE = 0.3

# file name -> (kinds allowed, answerable); a file of follow-ups holds both (`KIND_ANSWERABLE` says which)
FILES: dict[str, tuple[frozenset[str], bool | None]] = {
    "golden-traps.jsonl": (frozenset({"trap"}), False),
    "golden-chatty.jsonl": (frozenset({"chatty", "typo"}), True),
    "golden-everyday.jsonl": (frozenset({"everyday"}), False),
    "golden-smalltalk.jsonl": (frozenset({"small-talk"}), False),
    "golden-quotes.jsonl": (frozenset({"byline", "carried", "who", "fact"}), True),
    "golden-follow-ups.jsonl": (frozenset({"follow-up", "follow-up-trap"}), None),
}
# Where a file mixes answerable and unanswerable rows, the kind says which.
KIND_ANSWERABLE = {"follow-up": True, "follow-up-trap": False}
# A follow-up row is asked after `previous`, in one conversation (as the REPL and the bot ask it).
FOLLOW_UP_FILES = frozenset({"golden-follow-ups.jsonl"})
# Asked against the shared CMRC/DRCD corpora by benchmarks/answerability.py, not the bundled one.
OPEN_FILE = "everyday-open.jsonl"
OPEN_KINDS = frozenset({"everyday"})

PINYIN_RE = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
REQUIRED = ("id", "question", "answerable", "kind", "script", "split")


def load(path: Path) -> list[dict[str, Any]]:
    """One JSON object per non-blank line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def corpus_texts(folder: Path = CORPUS) -> dict[str, str]:
    """doc_id -> text with pinyin annotations such as 聯(lián) removed, as the engine cleans them."""
    return {p.stem: PINYIN_RE.sub("", p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))}


def holdout_ids(ids: Sequence[str], seed: int = SPLIT_SEED, share: float = HOLDOUT_SHARE) -> set[str]:
    """The ids a file marks ``"holdout"``: a seeded sample of round(share * n) of its sorted ids."""
    ordered = sorted(ids)
    return set(random.Random(seed).sample(ordered, round(share * len(ordered))))


def batch_split(line: int) -> str:
    """A folded batch row's split: the half of its batch it was read in (odd lines were held)."""
    return "holdout" if line % 2 else "dev"


def expected_split(rows: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """id -> split: a folded batch row keeps its batch half; the others are the seeded draw made
    within each kind, so every kind has its own holdout."""
    by_kind: dict[str, list[str]] = {}
    for row in rows:
        if "batch" not in row:
            by_kind.setdefault(str(row.get("kind")), []).append(str(row["id"]))
    held = set().union(*(holdout_ids(ids) for ids in by_kind.values()))
    return {
        str(r["id"]): batch_split(int(r["line"])) if "batch" in r else "holdout" if r["id"] in held else "dev"
        for r in rows
    }


def validate_rows(
    name: str,
    rows: Sequence[Mapping[str, Any]],
    kinds: frozenset[str],
    answerable: bool | None,
    docs: Mapping[str, str],
) -> list[str]:
    """Every problem in one file's rows, as "file id: problem" lines (empty when the file is sound)."""
    errors: list[str] = []
    sound = all("id" in r and ("batch" not in r or type(r.get("line")) is int) for r in rows)
    split = expected_split(rows) if sound else {}
    for row in rows:
        rid = f"{name} {row.get('id', '?')}"
        missing = [key for key in (*REQUIRED, *(("line",) if "batch" in row else ())) if key not in row]
        if missing:
            errors.append(f"{rid}: missing {', '.join(missing)}")
            continue
        if "batch" in row and (isinstance(row["line"], bool) or not isinstance(row["line"], int)):
            errors.append(f"{rid}: line must be the row's 0-based line in its batch file, got {row['line']!r}")
            continue
        if not str(row["question"]).strip():
            errors.append(f"{rid}: empty question")
        if row["kind"] not in kinds:
            errors.append(f"{rid}: kind {row['kind']!r} not in {sorted(kinds)}")
        expected = KIND_ANSWERABLE.get(str(row["kind"])) if answerable is None else answerable
        if row["answerable"] is not expected:
            errors.append(f"{rid}: answerable must be {expected}")
        if (name in FOLLOW_UP_FILES) != bool(str(row.get("previous", "")).strip()):
            errors.append(f"{rid}: `previous` belongs to follow-up rows only, and every follow-up row has one")
        if row["split"] != split.get(str(row["id"])):
            errors.append(f"{rid}: split {row['split']!r}, the seeded rule says {split.get(str(row['id']))!r}")
        if not expected:
            if "doc" in row or "gold" in row:
                errors.append(f"{rid}: unanswerable question has doc/gold")
            continue
        doc, gold = row.get("doc"), row.get("gold")
        if doc not in docs:
            errors.append(f"{rid}: doc {doc!r} not in the corpus")
        elif not isinstance(gold, str) or len(gold) < 3 or "\n" in gold:
            errors.append(f"{rid}: gold must be one line of 3 or more characters, got {gold!r}")
        elif gold not in docs[doc]:
            errors.append(f"{rid}: gold {gold!r} not verbatim in {doc}")
    return errors


def validate(folder: Path = HERE, docs: Mapping[str, str] | None = None) -> list[str]:
    """Problems across every answerability file, ids checked for uniqueness across files too."""
    docs = corpus_texts() if docs is None else docs
    errors: list[str] = []
    ids: Counter[str] = Counter()
    specs = {**FILES, OPEN_FILE: (OPEN_KINDS, False)}
    for name, (kinds, answerable) in specs.items():
        rows = load(folder / name)
        ids.update(str(r.get("id")) for r in rows)
        errors += validate_rows(name, rows, kinds, answerable, docs)
        questions = Counter((str(r.get("previous", "")), str(r.get("question"))) for r in rows)
        errors += [f"{name}: question {q!r} appears {n} times" for (_, q), n in questions.items() if n > 1]
    errors += [f"id {i!r} appears {n} times" for i, n in ids.items() if n > 1]
    return errors


def write_split(path: Path) -> None:
    """Rewrite a file's ``split`` fields by the seeded rule (order and other fields untouched)."""
    rows = load(path)
    split = expected_split(rows)
    lines = [json.dumps({**r, "split": split[str(r["id"])]}, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write-split", action="store_true", help="re-derive every file's split field first")
    args = ap.parse_args()
    if args.write_split:
        for name in (*FILES, OPEN_FILE):
            write_split(HERE / name)
    for name in (*FILES, OPEN_FILE):
        rows = load(HERE / name)
        kinds = Counter(r.get("kind") for r in rows)
        splits = Counter(r.get("split") for r in rows)
        print(f"{name}: {len(rows)} rows, " + ", ".join(f"{k}={v}" for k, v in sorted({**kinds, **splits}.items())))
    errors = validate()
    for error in errors:
        print("ERROR:", error)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
