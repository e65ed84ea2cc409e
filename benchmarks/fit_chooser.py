#!/usr/bin/env python3
"""Fit the sentence chooser (`qa/resources/chooser.json`) on the dev split of the shared sets.

Every question of cmrc2018-train and drcd-test (dev split only, `splits.hash_split`) is asked of its
own corpus; each candidate sentence around the first results (`qa.sentence_features.candidates`,
the very code the engine runs) is labelled by whether it holds an annotator answer (folded). A logistic
regression over the candidates of questions with at least one labelled sentence gives the weights;
the engine shows the candidate it scores highest.

Before writing, the script reports how often the chosen sentence holds the answer on dev, fitted on
one half of the questions and measured on the other (and the reverse), next to the shipped model's
choice among the same candidates (the like-for-like comparison: a refit must beat this), what the
engine shows today (`search(q, 1)[0].quote`, after the rules that join or move the choice, as
`benchmarks/quotes.py` measures it) and the best any choice could do (some candidate holds it).

    python benchmarks/fit_chooser.py [--per-set 2500] [--write]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(HERE))

from common import SETS, data_dir  # noqa: E402
from fit_answerability import GOLDEN_WEIGHT, golden_rows  # noqa: E402
from splits import hash_split, load_answers  # noqa: E402

from qa import Retriever, quoting, ranking  # noqa: E402
from qa.answer_wordings import kind_asked  # noqa: E402
from qa.beir_eval import load_qrels, load_queries  # noqa: E402
from qa.chooser_model import MODEL_FILE, load_model  # noqa: E402
from qa.quoting import Request  # noqa: E402
from qa.sentence_features import FEATURES  # noqa: E402
from qa.text import fold  # noqa: E402


def collect(name: str, per_set: int, seed: int) -> list[dict]:
    """One record per dev question of a shared set, asked of its own corpus."""
    folder = data_dir() / name
    queries = load_queries(folder / "queries.jsonl")
    qrels = load_qrels(folder / "qrels" / "test.tsv")
    answers = load_answers(folder / "queries.jsonl")
    ids = sorted(q for q in queries if qrels.get(q) and answers.get(q) and hash_split(q) == "dev")
    if per_set and per_set < len(ids):
        ids = sorted(random.Random(seed).sample(ids, per_set))
    retriever = Retriever.from_path(folder / "corpus.jsonl")
    records = []
    for done, qid in enumerate(ids, 1):
        if (record := describe(retriever, queries[qid], answers[qid], set(qrels[qid]))) is not None:
            records.append({"set": name, "qid": qid, "weight": 1.0, **record})
        if done % 500 == 0:
            print(f"  {name}: {done}/{len(ids)}", file=sys.stderr, flush=True)
    return records


def collect_golden() -> list[dict]:
    """One record per answerable dev question of the bundled golden files (policy and news texts,
    the product's own kind of document), weighed `GOLDEN_WEIGHT` times a shared-set question."""
    retriever = Retriever.from_path(None)
    records = []
    for row in golden_rows("dev"):
        if row.get("answerable") and row.get("gold"):
            record = describe(retriever, row["question"], [row["gold"]], {row.get("doc", "")})
            if record is not None:
                records.append({"set": "bundled", "qid": row["id"], "weight": GOLDEN_WEIGHT, **record})
    return records


def describe(retriever: Retriever, question: str, answers: list[str], gold: set[str]) -> dict | None:
    """Candidate features and labels for one question, and what the engine showed before choosing."""
    query = Request.read(question, retriever.corpus)
    if not query.terms:
        return None
    groups = ranking.grouped(retriever.corpus, query, 13)  # as the chooser sees them
    if not groups:
        return None
    wanted = [fold(a) for a in answers if a.strip()]
    found = quoting.candidates(retriever.corpus, query, [g.index for g in groups])
    hits = retriever.search(question, 1)  # what the engine shows: the chooser's pick, joined and moved
    shown = fold(hits[0].quote) if hits else ""
    kind = query.question.asked.kind or kind_asked(query.question.text) or "other"
    return {
        "kind": kind,
        "x": [list(c.features) for c in found],
        "y": [any(a in c.folded for a in wanted) for c in found],
        "gold": [retriever.corpus.doc_of(c.passage) in gold for c in found],
        "p": [c.passage for c in found], "si": [c.sentence for c in found],
        "today": any(a in shown for a in wanted),
        "today_gold": bool(hits) and hits[0].doc_id in gold,
    }


def fit_choice(records: list[dict], l2: float = 1.0, steps: int = 1500) -> tuple[np.ndarray, float]:
    """Conditional logit: per question, a softmax over its candidates; maximise the probability
    the sentences holding the answer get (Adam on the mean log-likelihood, L2 on the weights).
    Only the order of scores within a question matters, so there is no bias to fit."""
    rows = [r for r in records if any(r["y"]) and len(r["y"]) > 1]
    weight = np.repeat([r.get("weight", 1.0) for r in rows], [len(r["y"]) for r in rows])
    x = np.array([f for r in rows for f in r["x"]], dtype=float)
    y = np.array([v for r in rows for v in r["y"]], dtype=float)
    sizes = np.array([len(r["y"]) for r in rows])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    owner = np.repeat(np.arange(len(rows)), sizes)
    w = np.zeros(x.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, steps + 1):
        s = x @ w
        s -= np.maximum.reduceat(s, starts)[owner]
        e = np.exp(s)
        p = e / np.add.reduceat(e, starts)[owner]
        pos = p * y
        r = pos / np.add.reduceat(pos, starts)[owner]
        gradient = x.T @ (weight * (p - r)) / len(rows) + l2 * w / len(rows)
        m = beta1 * m + (1 - beta1) * gradient
        v = beta2 * v + (1 - beta2) * gradient**2
        w -= rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
    return w, 0.0


def chosen(records: list[dict], weights: np.ndarray, bias: float) -> dict[str, float]:
    """Shares over all records: the chosen sentence holds the answer; its article is the gold one."""
    hit = gold = 0
    for r in records:
        if not r["x"]:
            continue
        scores = np.asarray(r["x"]) @ weights + bias
        best = int(np.argmax(scores))  # ties: the first, in passage order like the engine
        hit += r["y"][best]
        gold += r["gold"][best]
    n = len(records) or 1
    return {"chosen holds answer": hit / n, "chosen article gold": gold / n}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-set", type=int, default=2500)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--dump", type=Path, help="save (or, when it exists, read) the collected records here")
    parser.add_argument("--write", action="store_true", help=f"save the model to qa/resources/{MODEL_FILE}")
    args = parser.parse_args()
    if args.dump and args.dump.exists():
        records = json.loads(args.dump.read_text(encoding="utf-8"))
    else:
        records = [r for name in SETS for r in collect(name, args.per_set, args.seed)] + collect_golden()
        if args.dump:
            args.dump.write_text(json.dumps(records), encoding="utf-8")
    shipped = load_model()
    for name in (*SETS, "bundled"):
        mine = [r for r in records if r["set"] == name]
        before = chosen(mine, np.array(shipped.weights), shipped.bias)
        halves = (mine[::2], mine[1::2])
        cross = []
        others = [r for r in records if r["set"] != name]
        for train, test in (halves, halves[::-1]):
            w, b = fit_choice(train + others, l2=args.l2)
            cross.append(chosen(test, w, b))
        n = len(mine) or 1
        print(f"{name} (dev, {len(mine)} questions): engine's top quote holds answer "
              f"{sum(r['today'] for r in mine) / n:.3f}, its article gold {sum(r['today_gold'] for r in mine) / n:.3f}; "
              f"some candidate holds it {sum(any(r['y']) for r in mine) / n:.3f}; candidate chosen by the shipped "
              f"model holds answer {before['chosen holds answer']:.3f}, article gold {before['chosen article gold']:.3f}; "
              f"fitted on the other half: holds answer {np.mean([c['chosen holds answer'] for c in cross]):.3f}, "
              f"article gold {np.mean([c['chosen article gold'] for c in cross]):.3f}")
    weights, bias = fit_choice(records, l2=args.l2)
    for name, w in zip(FEATURES, weights, strict=True):
        print(f"  {name:16s} {w:+.3f}")
    print(f"  {'bias':16s} {bias:+.3f}")
    if args.write:
        path = REPO / "src" / "qa" / "resources" / MODEL_FILE
        path.write_text(json.dumps({
            "features": list(FEATURES), "weights": [round(float(v), 5) for v in weights],
            "bias": round(bias, 5), "fitted_on": f"dev split of {', '.join(SETS)}, {args.per_set} questions each",
        }, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
