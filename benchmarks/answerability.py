#!/usr/bin/env python3
"""Issue 19's targets: does qa quote only when the documents answer, and still answer when they do?

Three corpora, each asked its own questions (in corpus) and questions it cannot hold (out of
corpus):

- cmrc2018-train: drcd-test questions and tests/data/everyday-open.jsonl out, its own questions in;
- drcd-test, the mirror: cmrc2018-train questions and everyday-open out, its own questions in;
- the bundled corpus: every golden file in tests/data, per kind; follow-up rows (asked after a
  previous question) are left to `qa eval`, which asks them in their conversation.

Only the public API is used (`Retriever.from_path`, `ask`, `search`), and fields added later (new
`reason` values, new Hit fields) are read defensively, so the script keeps working while the
engine changes. `ask(q, k=3)` decides answered / not; `search(q, k=3)` (no abstention) says where
the ranking put the question, so "passage ranks first" and the bundled top-1 / quote columns
measure ranking and quoting whatever the decision. `--dump FILE` writes one JSON line per
question (both views) for fitting the answerability model offline.

The two encyclopedias overlap, so a question from the other set is sometimes answered with a quote
that holds its own annotator's answer (岛原之乱 → 1637年). The table counts every quote against the
target as written, and shows beside it the share answered with a quote that lacks that answer: the
quotes a reader would be misled by.

The shared questions are sampled per split (tests/data/README.md: a hash of the query id, 30 %
holdout); everyday-open and the golden files use their own `split` field.

Usage: python benchmarks/answerability.py [--split dev|holdout|all] [--in-corpus 300]
       [--out-of-corpus 300] [--seed 19] [--dump rows.jsonl] [--only cross|bundled]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, SETS, data_dir, markdown_table, print_machine  # noqa: E402
from splits import SPLITS, fmt, folded_in, load_answers, load_rows, pick_ids, share, top_is_relevant  # noqa: E402

from qa.golden import GOLDEN_FILES  # noqa: E402  (the same names as the packaged copies)

DATA = REPO / "tests" / "data"
EVERYDAY_OPEN = DATA / "everyday-open.jsonl"
OUT_TARGET, IN_TARGET, FALSE_NOT_FOUND_TARGET = 0.05, 0.95, 0.03


def hit_view(hit: Any) -> dict[str, Any]:
    """The fields of a hit worth keeping, read defensively (the Hit type grows)."""
    return {
        "doc_id": str(getattr(hit, "doc_id", "")),
        "also_in": list(getattr(hit, "also_in", ()) or ()),
        "score": float(getattr(hit, "score", 0.0) or 0.0),
        "quote": str(getattr(hit, "quote", "") or ""),
    }


def probe(retriever: Any, question: str, k: int = 3) -> dict[str, Any]:
    """One question through `ask` (the decision) and `search` (the ranking), as plain data."""
    answer = retriever.ask(question, k=k)
    asked = [hit_view(h) for h in (getattr(answer, "hits", None) or [])[:k]]
    searched = retriever.search(question, k=k)
    top = asked[0] if asked else None
    return {
        "question": question,
        "answered": bool(getattr(answer, "answered", False)),
        "reason": getattr(answer, "reason", None),
        "top_doc": top["doc_id"] if top else None,
        "top_quote": top["quote"] if top else None,
        "score": top["score"] if top else None,
        "search": [hit_view(h) for h in searched],
        "_search_hits": searched,
        "_asked_hits": list(getattr(answer, "hits", None) or []),
    }


def build(corpus: Path | None, args: argparse.Namespace) -> Any:
    from qa import Retriever

    print(f"building {corpus or 'the bundled corpus'} …", file=sys.stderr, flush=True)
    return Retriever.from_path(corpus, cache_dir=args.cache_dir, use_cache=not args.no_cache)


def dump_row(out: TextIO | None, row: dict[str, Any]) -> None:
    if out is not None:
        out.write(json.dumps({k: v for k, v in row.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")


# --- cross-corpus -------------------------------------------------------------------------------


def shared_questions(name: str, split: str, limit: int, seed: int) -> list[tuple[str, str, dict]]:
    """(query id, text, relevant docs) of a shared set, the split sampled to `limit`."""
    from qa.beir_eval import load_qrels, load_queries

    folder = data_dir() / name
    queries = load_queries(folder / "queries.jsonl")
    qrels = load_qrels(folder / "qrels" / "test.tsv")
    ids = pick_ids([q for q in queries if qrels.get(q)], split, limit, seed)
    return [(qid, queries[qid], qrels[qid]) for qid in ids]


def cross_direction(corpus_name: str, other: str, args: argparse.Namespace, out: TextIO | None) -> list[list]:
    """Table rows for one corpus: out-of-corpus sources, then in-corpus questions."""
    retriever = build(data_dir() / corpus_name / "corpus.jsonl", args)
    rows: list[list] = []
    sources = [
        (other, [(qid, text) for qid, text, _ in shared_questions(other, args.split, args.out_of_corpus, args.seed)]),
        ("everyday-open", [(r["id"], r["question"]) for r in load_rows(EVERYDAY_OPEN, args.split)]),
    ]
    their_answers = load_answers(data_dir() / other / "queries.jsonl")
    for source, questions in sources:
        answered, misleading = [], []
        for qid, text in questions:
            row = {"corpus": corpus_name, "source": source, "id": qid, "in_corpus": False, **probe(retriever, text)}
            answered.append(row["answered"])
            if source == other:  # answered with a quote that lacks the question's own answer
                row["holds_their_answer"] = folded_in(their_answers.get(qid, []), row["top_quote"] or "")
                misleading.append(row["answered"] and not row["holds_their_answer"])
            dump_row(out, row)
        lacking = fmt(share(misleading)) if source == other else ""
        rows.append([corpus_name, f"{source} (out)", len(answered), fmt(share(answered)), lacking, f"≤ {OUT_TARGET}"])
    answered, first_answered = [], []
    for qid, text, relevant in shared_questions(corpus_name, args.split, args.in_corpus, args.seed):
        row = {"corpus": corpus_name, "source": corpus_name, "id": qid, "in_corpus": True, **probe(retriever, text)}
        row["relevant"] = sorted(relevant)
        row["rank1_relevant"] = top_is_relevant(row["_search_hits"], relevant)
        answered.append(row["answered"])
        if row["rank1_relevant"]:
            first_answered.append(row["answered"])
        dump_row(out, row)
    rows.append([corpus_name, f"{corpus_name} (in)", len(answered), fmt(share(answered)), "", ""])
    rows.append(
        [corpus_name, f"{corpus_name} (in, passage ranks first)", len(first_answered),
         fmt(share(first_answered)), "", f"≥ {IN_TARGET}"]
    )
    return rows


# --- bundled corpus ------------------------------------------------------------------------------


def gold_hit(hit: Any, item: dict[str, Any]) -> tuple[bool, bool]:
    """(cites the gold document, quote holds the gold text folded) for one hit."""
    doc_ok = item.get("doc") in (str(hit.doc_id), *(getattr(hit, "also_in", ()) or ()))
    converted = getattr(hit, "quote_converted", None) or ""
    in_quote = folded_in([item["gold"]], str(hit.quote)) or folded_in([item["gold"]], converted)
    return doc_ok, doc_ok and in_quote


def bundled(args: argparse.Namespace, out: TextIO | None) -> list[list]:
    """Per kind: abstain rate, false not-found, top-1 document, answer in the top quote of the
    ranking (`search`), and answer in the quote the person is shown (`ask` answered, its first
    hit: a byline or date question is answered by the article's own line, which `search` never
    ranks)."""
    retriever = build(None, args)
    stats: dict[str, dict[str, list[bool]]] = {}
    for name in GOLDEN_FILES:
        for item in load_rows(DATA / name, args.split):
            if item.get("previous"):  # a turn of a conversation, not a question alone: `qa eval` judges it
                continue
            row = {"corpus": "bundled", "source": name, "id": item["id"], "kind": item.get("kind"),
                   "split": item.get("split", "dev"), "in_corpus": bool(item.get("answerable", True)),
                   **probe(retriever, item["question"])}
            total = "(all answerable)" if row["in_corpus"] else "(all unanswerable)"
            cells = [stats.setdefault(key, {k: [] for k in ("abstain", "fnf", "top1", "quote", "shown")})
                     for key in (str(item.get("kind")), total)]
            if row["in_corpus"]:
                hits = row["_search_hits"]
                doc_ok, in_quote = gold_hit(hits[0], item) if hits else (False, False)
                asked = row["_asked_hits"]
                shown = row["answered"] and bool(asked) and gold_hit(asked[0], item)[1]
                row.update(expected_doc=item["doc"], gold=item["gold"], rank1_relevant=doc_ok, gold_in_quote=in_quote,
                           gold_in_shown=shown)
            for cell in cells:
                cell["abstain"].append(not row["answered"])
                if row["in_corpus"]:
                    cell["fnf"].append(not row["answered"])
                    cell["top1"].append(row["rank1_relevant"])
                    cell["quote"].append(row["gold_in_quote"])
                    cell["shown"].append(row["gold_in_shown"])
            dump_row(out, row)
    return [
        [kind, len(c["abstain"]), len(c["fnf"]), fmt(share(c["abstain"])), fmt(share(c["fnf"])),
         fmt(share(c["top1"])), fmt(share(c["quote"])), fmt(share(c["shown"]))]
        for kind, c in sorted(stats.items())
    ]


# --- output ---------------------------------------------------------------------------------------


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=SPLITS, default="dev", help="which questions (default dev)")
    ap.add_argument("--in-corpus", type=int, default=300, help="own questions per corpus (0 = all)")
    ap.add_argument("--out-of-corpus", type=int, default=300, help="other set's questions per corpus (0 = all)")
    ap.add_argument("--seed", type=int, default=19, help="sampling seed")
    ap.add_argument("--only", choices=("cross", "bundled"), help="run one part only")
    ap.add_argument("--dump", type=Path, help="write one JSON line per question here")
    ap.add_argument("--cache-dir", type=Path, help="index cache folder (default: qa's user cache dir)")
    ap.add_argument("--no-cache", action="store_true", help="build every index from scratch")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    print_machine()
    print(f"split {args.split}, seed {args.seed}")
    out = args.dump.open("w", encoding="utf-8") if args.dump else None
    try:
        if args.only != "bundled":
            rows = [r for name in SETS for r in cross_direction(name, next(s for s in SETS if s != name), args, out)]
            print("\nCross-corpus: share of questions that get a quote (answered=True)\n")
            print(markdown_table(["corpus", "questions", "n", "answered", "answered, quote lacks their answer",
                                  "target"], rows))
        if args.only != "cross":
            print(f"\nBundled corpus, golden files (false not-found target ≤ {FALSE_NOT_FOUND_TARGET}; "
                  "traps, everyday and small talk must all abstain)\n")
            header = ["kind", "n", "answerable", "abstain", "false not-found", "top-1 doc", "answer in top quote",
                      "answer in quote shown"]
            print(markdown_table(header, bundled(args, out)))
    finally:
        if out is not None:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
