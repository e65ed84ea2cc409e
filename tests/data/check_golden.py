#!/usr/bin/env python3
"""Sanity-check tests/data/golden.jsonl against the bundled corpus (a script, not a pytest test).

Checks every record's shape (id, question, answerable, doc, gold, kind, script), that each gold
string occurs verbatim in its document after the engine-style removal of pinyin annotations such
as ``聯(lián)`` -> ``聯``, that gold strings are 4-20 characters and never span a line, that the
declared question script matches the question text (via OpenCC), and the coverage minimums of the
set. Prints counts by kind / script / doc, plus notes (gold found in more than one place).

Usage: python tests/data/check_golden.py [golden.jsonl] [--corpus DIR]
Exit status 0 when all checks pass, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_GOLDEN = HERE / "golden.jsonl"
DEFAULT_CORPUS = HERE.parents[1] / "src" / "qa" / "corpus"

# Same shape as the engine's cleaner: a run of lower-case (tone-marked) pinyin in ASCII brackets
# right after a Han character.
PINYIN_RE = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")

KINDS = {"number", "name", "place", "date", "paraphrase", "definition", "organisation", "other"}
SCRIPTS = {"simplified", "traditional"}
ID_RE = re.compile(r"^g\d{3}$")
# 000 is a punctuation/digit-stripped copy of 001's first article; the engine collapses it into 001.
TWINS = {"000_b8c38246c9dc5a75": "001_c465d2171fe16071"}

MIN_TOTAL = 70
MIN_UNANSWERABLE = 10
MIN_TRAD_ON_SIMP = 15
MIN_SIMP_ON_TRAD = 8
MIN_001_SHORT_ARTICLES = 6
SHORT_ARTICLES_START = "这段时间,美国新冠肺炎疫情正在加速反弹"  # first line after the main 001 article


def strip_pinyin(text: str) -> str:
    return PINYIN_RE.sub("", text)


def load_corpus(folder: Path) -> dict[str, str]:
    docs = {p.stem: strip_pinyin(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))}
    if not docs:
        raise SystemExit(f"no corpus files in {folder}")
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("golden", nargs="?", type=Path, default=DEFAULT_GOLDEN)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()

    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a project dependency
        opencc = None
        print("note: opencc not importable, script checks skipped")
    t2s = opencc.OpenCC("t2s").convert if opencc else None

    docs = load_corpus(args.corpus)
    doc_script: dict[str, str] = {}
    for doc_id, text in docs.items():
        if t2s is None:
            continue
        han = HAN_RE.findall(text)
        changed = sum(a != b for a, b in zip(han, t2s("".join(han)), strict=True))
        doc_script[doc_id] = "traditional" if han and changed / len(han) > 0.05 else "simplified"

    errors: list[str] = []
    notes: list[str] = []
    records = []
    with args.golden.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {lineno}: blank line")
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append(f"line {lineno}: bad JSON: {exc}")

    seen_ids: set[str] = set()
    seen_questions: set[str] = set()
    for rec in records:
        rid = rec.get("id", "?")

        def err(msg: str, rid: str = rid) -> None:
            errors.append(f"{rid}: {msg}")

        if not ID_RE.match(str(rid)):
            err("id must look like g001")
        if rid in seen_ids:
            err("duplicate id")
        seen_ids.add(rid)
        q = rec.get("question")
        if not isinstance(q, str) or not q.strip():
            err("question missing")
            continue
        if q in seen_questions:
            err("duplicate question")
        seen_questions.add(q)
        if rec.get("kind") not in KINDS:
            err(f"kind {rec.get('kind')!r} not in {sorted(KINDS)}")
        script = rec.get("script")
        if script not in SCRIPTS:
            err(f"script {script!r} not in {sorted(SCRIPTS)}")
        elif t2s is not None:
            is_simplified = t2s(q) == q
            if script == "simplified" and not is_simplified:
                err(f"question marked simplified but has Traditional forms: {q} -> {t2s(q)}")
            if script == "traditional" and is_simplified:
                err(f"question marked traditional but has no Traditional-only character: {q}")
        answerable = rec.get("answerable")
        if not isinstance(answerable, bool):
            err("answerable must be true or false")
            continue
        if not answerable:
            if "doc" in rec or "gold" in rec:
                err("unanswerable question must not have doc/gold")
            continue

        doc, gold = rec.get("doc"), rec.get("gold")
        if doc not in docs:
            err(f"doc {doc!r} not in corpus ({', '.join(docs)})")
            continue
        if not isinstance(gold, str) or not 4 <= len(gold) <= 20:
            err(f"gold must be a 4-20 character string, got {gold!r}")
            continue
        if "\n" in gold or "\r" in gold:
            err("gold spans a line break")
        if PINYIN_RE.search(gold) or re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", gold):
            err(f"gold contains a pinyin annotation: {gold}")
        hits = docs[doc].count(gold)
        if hits == 0:
            err(f"gold {gold!r} not found in {doc}")
            continue
        if hits > 1:
            notes.append(f"{rid}: gold {gold!r} occurs {hits}x in {doc}")
        if doc in TWINS:
            notes.append(f"{rid}: cites {doc}, which the engine collapses into {TWINS[doc]}")
        for other, text in docs.items():
            if other != doc and TWINS.get(other) != doc and TWINS.get(doc) != other and gold in text:
                notes.append(f"{rid}: gold {gold!r} also occurs in {other}")

    # Coverage minimums.
    answerable_recs = [r for r in records if r.get("answerable") is True and r.get("doc") in docs]
    unanswerable = [r for r in records if r.get("answerable") is False]
    if len(records) < MIN_TOTAL:
        errors.append(f"only {len(records)} questions (< {MIN_TOTAL})")
    if len(unanswerable) < MIN_UNANSWERABLE:
        errors.append(f"only {len(unanswerable)} unanswerable questions (< {MIN_UNANSWERABLE})")
    if doc_script:
        cross = Counter(
            (r["script"], doc_script[r["doc"]]) for r in answerable_recs if r.get("script") in SCRIPTS
        )
        if cross[("traditional", "simplified")] < MIN_TRAD_ON_SIMP:
            errors.append(f"only {cross[('traditional', 'simplified')]} Traditional questions on Simplified docs")
        if cross[("simplified", "traditional")] < MIN_SIMP_ON_TRAD:
            errors.append(f"only {cross[('simplified', 'traditional')]} Simplified questions on Traditional docs")
    for doc_id in docs:
        covered = doc_id in {r["doc"] for r in answerable_recs}
        covered = covered or (doc_id in TWINS and TWINS[doc_id] in {r["doc"] for r in answerable_recs})
        if not covered:
            errors.append(f"no question about {doc_id}")
    short_start = next((t.find(SHORT_ARTICLES_START) for t in docs.values() if SHORT_ARTICLES_START in t), -1)
    if short_start >= 0:
        short_doc = next(d for d, t in docs.items() if SHORT_ARTICLES_START in t)
        n_short = sum(
            1 for r in answerable_recs if r["doc"] == short_doc and docs[short_doc].find(r["gold"]) >= short_start
        )
        if n_short < MIN_001_SHORT_ARTICLES:
            errors.append(f"only {n_short} questions on the short articles at the end of {short_doc}")
    else:
        n_short = 0

    # Report.
    def show(title: str, counter: Counter) -> None:
        print(f"{title}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items())))

    print(f"{len(records)} questions: {len(answerable_recs)} answerable, {len(unanswerable)} unanswerable")
    show("by kind", Counter(r.get("kind") for r in records))
    show("by script", Counter(r.get("script") for r in records))
    show("by doc", Counter(r.get("doc", "(unanswerable)") for r in records))
    if doc_script:
        show(
            "question script x doc script",
            Counter(f"{r['script']}->{doc_script[r['doc']]}" for r in answerable_recs if r.get("script")),
        )
    print(f"questions on the short articles at the end of 001: {n_short}")
    for note in notes:
        print("note:", note)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
