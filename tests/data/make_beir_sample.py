#!/usr/bin/env python3
"""Build the fixed BEIR sample used by the retrieval-quality regression test.

Reads the full public sets in ../shared/data/{cmrc2018-train,drcd-test}/ (BEIR format) and writes
tests/data/beir-sample/{cmrc2018,drcd}/{corpus.jsonl,queries.jsonl,qrels/test.tsv}:

- 200 queries per set, drawn with random.Random(20261123) (a fresh generator per set, so each set's
  sample does not depend on the other);
- every corpus row that a chosen query's qrels point to, plus 200 further random distractor rows
  from the same set that no chosen query points to;
- the qrels rows of the chosen queries, with the header line.

Rows are copied byte for byte (source ids kept, no text edited) and written in source-file order,
so re-running the script reproduces the files exactly.

Usage: python tests/data/make_beir_sample.py [--src DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SEED = 20261123
N_QUERIES = 200
N_DISTRACTORS = 200
SETS = {"cmrc2018": "cmrc2018-train", "drcd": "drcd-test"}

HERE = Path(__file__).resolve().parent
DEFAULT_SRC = HERE.parents[2] / "shared" / "data"  # /work/shared/data next to the repo
DEFAULT_OUT = HERE / "beir-sample"


def _read_lines(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [line if line.endswith("\n") else line + "\n" for line in fh if line.strip()]


def sample_set(src: Path, out: Path) -> dict[str, int]:
    rng = random.Random(SEED)

    corpus_lines = _read_lines(src / "corpus.jsonl")
    corpus_ids = [json.loads(line)["_id"] for line in corpus_lines]
    query_lines = _read_lines(src / "queries.jsonl")
    query_ids = [json.loads(line)["_id"] for line in query_lines]
    qrels_lines = _read_lines(src / "qrels" / "test.tsv")
    header, qrels_rows = qrels_lines[0], qrels_lines[1:]
    if not header.startswith("query-id\t"):
        raise SystemExit(f"{src}: qrels header missing")

    relevant: dict[str, list[str]] = {}
    for row in qrels_rows:
        qid, cid, _score = row.rstrip("\n").split("\t")
        relevant.setdefault(qid, []).append(cid)

    known_corpus = set(corpus_ids)
    candidates = [q for q in query_ids if q in relevant and all(c in known_corpus for c in relevant[q])]
    chosen = set(rng.sample(candidates, N_QUERIES))

    needed = {cid for q in chosen for cid in relevant[q]}
    pool = [cid for cid in corpus_ids if cid not in needed]
    distractors = set(rng.sample(pool, N_DISTRACTORS))
    keep = needed | distractors

    out_dir = out
    (out_dir / "qrels").mkdir(parents=True, exist_ok=True)
    with (out_dir / "corpus.jsonl").open("w", encoding="utf-8", newline="") as fh:
        fh.writelines(line for line, cid in zip(corpus_lines, corpus_ids, strict=True) if cid in keep)
    with (out_dir / "queries.jsonl").open("w", encoding="utf-8", newline="") as fh:
        fh.writelines(line for line, qid in zip(query_lines, query_ids, strict=True) if qid in chosen)
    with (out_dir / "qrels" / "test.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write(header)
        fh.writelines(row for row in qrels_rows if row.split("\t", 1)[0] in chosen)

    return {
        "queries": len(chosen),
        "relevant_passages": len(needed),
        "distractors": len(distractors),
        "corpus_rows": len(keep),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC, help="folder holding cmrc2018-train/ and drcd-test/")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: tests/data/beir-sample)")
    args = ap.parse_args()
    for name, source in SETS.items():
        stats = sample_set(args.src / source, args.out / name)
        size = sum(p.stat().st_size for p in (args.out / name).rglob("*") if p.is_file())
        print(f"{name}: {stats} {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
