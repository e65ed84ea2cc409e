#!/usr/bin/env python3
"""Fold a helper batch of fresh questions into the golden files, keeping its look and held halves.

A batch is a folder a helper wrote from the five documents alone (see its brief): ``answerable.tsv``
(question, gold, document), ``traps.tsv`` (question, ``near``/``everyday``), ``chains.tsv``
(previous, follow-up, gold or ``TRAP``) and a ``README.md`` naming each misspelt word as
``typo → real``. A session counts the batch at its start and end, reading only the even lines (the
*look* half); the odd lines (the *held* half) are never read. Folding keeps that: every row gets
``batch`` and ``line`` and its split follows the line (``golden_sets.batch_split``), so no row
already in a file moves between dev and holdout.

Where each row goes: answerable rows with a misspelt word → ``golden-chatty`` as ``typo``, chatty
ones (filler, 啥/咋, 请问…) → ``golden-chatty`` as ``chatty``, the rest → ``golden-quotes`` as
``fact``; near traps → ``golden-traps``, everyday ones → ``golden-everyday``; chains →
``golden-follow-ups``. A gold in the stripped copy 000 that 001 also holds is credited to 001 (as
``qa eval`` collapses the copy). Rows whose question a file already holds, and golds under three
characters, are left out and listed. The files in ``src/qa/resources`` are refreshed too.

Usage: python tests/data/fold_batch.py BATCH_DIR [--name NAME] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import opencc
from golden_sets import HERE, PINYIN_RE, batch_split, corpus_texts, load, validate

RESOURCES = HERE.parents[1] / "src" / "qa" / "resources"
ORIGINAL, STRIPPED = "001_c465d2171fe16071", "000"
PREFIX = {
    "golden-quotes.jsonl": "q", "golden-chatty.jsonl": "c", "golden-traps.jsonl": "t",
    "golden-everyday.jsonl": "e", "golden-follow-ups.jsonl": "f",
}
CHATTY = re.compile(r"啥|咋|呀|呢|吗|嘛|啊|吧|请问|請問|麻烦|麻煩|您好|你好|想问|想問|俩|倆|多会儿|多會兒|哪儿|哪兒|咱")
TYPO = re.compile(r"([^\s;；,，:：、`*(（]+)\s*→")


def tsv(path: Path) -> list[list[str]]:
    """The non-blank lines of a batch file, split on tabs (the line numbers a session's halves use)."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# How far either side of a gold the text is read for the words asked (about a sentence each way).
_AROUND = 60


class Fold:
    """The rows a batch adds, file by file, with ids continuing each file and no repeated question."""

    def __init__(self, name: str, docs: dict[str, str]) -> None:
        self.name, self.docs = name, docs
        self.files = {f: load(HERE / f) for f in PREFIX}
        self.seen = {(r.get("previous", ""), r["question"]) for rows in self.files.values() for r in rows}
        self.added: dict[str, list[dict[str, Any]]] = {f: [] for f in PREFIX}
        self.left_out: list[str] = []
        self.script = opencc.OpenCC("t2s")
        self.simplified = {d: self.script.convert(text) for d, text in docs.items()}

    def doc_of(self, gold: str, hint: str | None = None, asked: str = "") -> str | None:
        """The document the gold is credited to: the one named, else the one holding it whose text
        shares most character pairs with what was asked (2017年 is in three; the chain about 娄底's
        活动 means the one about 娄底), the original before its stripped copy."""
        found = [d for d, text in self.docs.items() if gold in text]
        if hint in found and not (hint.startswith(STRIPPED) and ORIGINAL in found):
            return hint
        found = [d for d in found if not (d.startswith(STRIPPED) and ORIGINAL in found)]
        pairs = {asked[i : i + 2] for i in range(len(asked) - 1)}

        def near(d: str) -> int:
            """Pairs asked that the text around the gold holds (东兴小区…哪年开始把党组织往小区下沉: the
            2017年 of 002's 厦门从2017年起推动党组织…下沉, not 001's 2017年 in a story of Beijing)."""
            text, simplified = self.docs[d], self.simplified[d]
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(gold), text)]
            return max((sum(p in simplified[max(0, a - _AROUND) : b + _AROUND] for p in pairs) for a, b in spans), default=0)

        return max(found, key=lambda d: (near(d), sum(p in self.simplified[d] for p in pairs), d == ORIGINAL), default=None)

    def add(self, file: str, line: int, row: dict[str, Any]) -> None:
        key = (row.get("previous", ""), row["question"])
        if key in self.seen:
            self.left_out.append(f"already held: {row['question']}")
            return
        self.seen.add(key)
        number = max(int(r["id"][1:]) for r in self.files[file] + self.added[file]) + 1
        written = "traditional" if self.script.convert(row["question"]) != row["question"] else "simplified"
        self.added[file].append({"id": f"{PREFIX[file]}{number:03d}", **row, "script": written,
                                 "split": batch_split(line), "batch": self.name, "line": line})

    def answer(self, file: str, line: int, row: dict[str, Any], gold: str, hint: str | None = None) -> None:
        gold = PINYIN_RE.sub("", gold)  # copied with the pinyin the documents carry (聯(lián)); golds never hold it
        asked = self.script.convert(row.get("previous", "") + row["question"])
        doc = self.doc_of(gold, hint, asked)
        if doc is None or len(gold) < 3:
            self.left_out.append(f"gold {gold!r} short or not found: {row['question']}")
            return
        self.add(file, line, {**row, "answerable": True, "doc": doc, "gold": gold})


def fold(folder: Path, name: str) -> Fold:
    """Every row of the batch in `folder`, placed (nothing written yet)."""
    out = Fold(name, corpus_texts())
    typos = [t for t in TYPO.findall((folder / "README.md").read_text(encoding="utf-8")) if re.search(r"[\u4e00-\u9fff]", t)]
    for line, (question, gold, doc, *_) in enumerate(tsv(folder / "answerable.tsv")):
        kind = "typo" if any(t in question for t in typos) else "chatty" if CHATTY.search(question) else "fact"
        file = "golden-quotes.jsonl" if kind == "fact" else "golden-chatty.jsonl"
        out.answer(file, line, {"question": question, "kind": kind}, gold.strip(), doc.strip())
    for line, (question, kind, *_) in enumerate(tsv(folder / "traps.tsv")):
        everyday = kind.strip() == "everyday"
        file = "golden-everyday.jsonl" if everyday else "golden-traps.jsonl"
        out.add(file, line, {"question": question, "answerable": False, "kind": "everyday" if everyday else "trap"})
    for line, (previous, question, gold, *_) in enumerate(tsv(folder / "chains.tsv")):
        row = {"previous": previous, "question": question}
        if gold.strip() == "TRAP":
            out.add("golden-follow-ups.jsonl", line, {**row, "answerable": False, "kind": "follow-up-trap"})
        else:
            out.answer("golden-follow-ups.jsonl", line, {**row, "kind": "follow-up"}, gold.strip())
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batch", type=Path)
    ap.add_argument("--name", help="the batch's name in the rows (default: its folder's name)")
    ap.add_argument("--dry-run", action="store_true", help="list what would be added; write nothing")
    args = ap.parse_args()
    result = fold(args.batch, args.name or args.batch.resolve().name)
    for reason in result.left_out:
        print("left out:", reason)
    for file, rows in result.added.items():
        if rows:
            print(f"{file}: {rows[0]['id']}–{rows[-1]['id']} ({len(rows)} rows)")
            if not args.dry_run:
                lines = [json.dumps(r, ensure_ascii=False) for r in result.files[file] + rows]
                (HERE / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
                shutil.copyfile(HERE / file, RESOURCES / file)
    errors = [] if args.dry_run else validate()
    for error in errors:
        print("ERROR:", error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
