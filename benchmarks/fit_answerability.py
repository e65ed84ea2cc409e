#!/usr/bin/env python3
"""Fit the answerability model (`qa/resources/answerability.json`) on questions nobody tuned on.

Positive: a question asked of its own corpus whose best hit is its own article (the quote shown
comes from where the answer is). Negative: the same when the best hit is another article, and every
question asked of a corpus that lacks its passage (CMRC questions against DRCD and the mirror),
everyday questions, and the bundled golden traps. Only the *dev* split is read here: a query is in
the holdout when a hash of its id says so (`splits.hash_split`), and the golden files carry their split.

    python benchmarks/fit_answerability.py [--per-source 700] [--write]

Prints the fitted weights, the dev risk–coverage table of the model's probability and, with
--write, saves the model. The probability is one input of the engine's decision (rules about the
kind of fact asked and where it is stated decide too), so the script also asks every question of
the engine itself, once with the shipped model and once with the refit at --threshold, and prints
what a user would see: the share answered per source and the risk. A refit is better only when
that table says so. numpy is all it needs (logistic regression by Newton's method, small L2).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(HERE))

from splits import hash_split  # noqa: E402  (benchmarks/splits.py)

from qa import Retriever, judging  # noqa: E402
from qa.answerability import FEATURES, MODEL_FILE, Model, load_model  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
GOLDEN_DIR = REPO / "tests" / "data"
GOLDEN_WEIGHT = 4.0


@dataclass(frozen=True)
class Item:
    question: str
    source: str  # where the question comes from, for the per-source table
    gold_doc: str | None  # the article holding the answer in this corpus; None: not in this corpus


def beir_questions(name: str, split: str) -> Iterator[tuple[str, str, str]]:
    """(query id, text, gold corpus id) of a shared BEIR set, one split."""
    folder = SHARED / name
    gold = {}
    for line in (folder / "qrels" / "test.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        qid, cid, _ = line.split("\t")
        gold[qid] = cid
    for line in (folder / "queries.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["_id"] in gold and hash_split(row["_id"]) == split:
            yield row["_id"], row["text"], gold[row["_id"]]


def golden_rows(split: str) -> Iterator[dict]:
    """Rows of every golden file under tests/data (golden.jsonl has no split: all of it is dev)."""
    for path in sorted(GOLDEN_DIR.glob("golden*.jsonl")) + sorted(GOLDEN_DIR.glob("everyday*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                if row.get("split", "dev") == split:
                    row["file"] = path.stem
                    yield row


def sample(items: Iterable[Item], n: int, seed: int) -> list[Item]:
    items = list(items)
    random.Random(seed).shuffle(items)
    return items[:n]


def collect(retriever: Retriever, items: list[Item]) -> tuple[np.ndarray, np.ndarray, list[str], list[Item]]:
    """Feature rows, labels (1: the best hit is the gold article), sources and the items judged."""
    rows, labels, sources, kept = [], [], [], []
    for item in items:
        verdict = retriever.judge(item.question)
        if verdict is None:
            continue  # nothing to judge: the engine says "not found" without the model
        rows.append(verdict.evidence.vector())
        top = verdict.doc_id
        labels.append(1.0 if item.gold_doc is not None and top.split("#")[0] == item.gold_doc else 0.0)
        sources.append(item.source)
        kept.append(item)
    return np.array(rows).reshape(-1, len(FEATURES)), np.array(labels), sources, kept


def engine_answers(asked: list[tuple[Retriever, Item]], model: Model) -> tuple[np.ndarray, np.ndarray]:
    """Per item, whether the engine answers it with `model` in place of the shipped one, and whether
    its first hit is then the gold article."""
    shipped = judging.load_model
    judging.load_model = lambda: model  # the engine reads the model through this name only
    try:
        answers = [retriever.ask(item.question, k=1) for retriever, item in asked]
    finally:
        judging.load_model = shipped
    answered = np.array([a.answered for a in answers])
    right = np.array([a.answered and bool(a.hits) and a.hits[0].doc_id.split("#")[0] == item.gold_doc
                      for a, (_, item) in zip(answers, asked, strict=True)])
    return answered, right


def engine_table(answered: np.ndarray, right: np.ndarray, y: np.ndarray, sources: list[str]) -> str:
    """Share answered per source (in: among questions whose own article ranks first) and the risk
    (answers whose first hit is not the gold article, among all answers)."""
    src = np.array(sources)
    cells = []
    for name in sorted(set(sources)):
        mask = src == name
        positives = mask & (y == 1)
        cells.append(f"{name} {answered[positives].mean():.3f} in" if positives.any()
                     else f"{name} {answered[mask].mean():.3f} out")
    risk = (answered & ~right).sum() / max(answered.sum(), 1)
    return " | ".join(cells) + f" | risk {risk:.3f}"


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float = 1.0,
        iterations: int = 50) -> tuple[np.ndarray, float]:
    """Weighted logistic regression by Newton's method; the intercept is not penalised."""
    design = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(design.shape[1])
    penalty = np.eye(design.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ w, -30, 30)))
        gradient = design.T @ (weight * (p - y)) + penalty @ w
        hessian = design.T @ (design * (weight * p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[1:], float(w[0])


def datasets(per_source: int, split: str) -> dict[str, list[Item]]:
    """Questions per corpus: the corpus path (None: bundled) → items."""
    sets: dict[str, list[Item]] = {}
    everyday = [r["question"] for r in golden_rows(split) if r.get("kind") == "everyday"]
    if SHARED.is_dir():
        cmrc = [Item(t, "cmrc", g) for _, t, g in beir_questions("cmrc2018-train", split)]
        drcd = [Item(t, "drcd", g) for _, t, g in beir_questions("drcd-test", split)]
        sets[str(SHARED / "cmrc2018-train" / "corpus.jsonl")] = (
            sample(cmrc, per_source, 1) + sample([Item(i.question, "drcd→cmrc", None) for i in drcd], per_source, 2)
            + [Item(q, "everyday", None) for q in everyday])
        sets[str(SHARED / "drcd-test" / "corpus.jsonl")] = (
            sample(drcd, per_source, 3) + sample([Item(i.question, "cmrc→drcd", None) for i in cmrc], per_source, 4)
            + [Item(q, "everyday", None) for q in everyday])
        for size, seed in SMALL_CORPORA:
            for name, own, other in (("cmrc2018-train", cmrc, drcd), ("drcd-test", drcd, cmrc)):
                path, items = small_corpus(name, own, other, size, seed, per_source // 4)
                sets[str(path)] = items
    bundled = []
    for row in golden_rows(split):
        gold = row.get("doc") if row.get("answerable") else None
        if row.get("kind") == "small-talk":
            continue  # answered before any model is asked (qa.smalltalk)
        if row.get("previous"):
            continue  # asked after another turn: alone, 那设计师是谁 is no question at all
        bundled.append(Item(row["question"], f"golden:{row.get('kind', '?')}", gold))
    sets[""] = bundled
    return sets


# Users' folders hold five documents or five thousand: the features behave differently on a small
# corpus (every word is rare), so the model also sees questions asked of small random slices.
SMALL_CORPORA = ((30, 11), (200, 12))
SLICES = Path(tempfile.gettempdir()) / "qa-fit-slices"


def small_corpus(name: str, own: list[Item], other: list[Item], size: int, seed: int,
                 n: int) -> tuple[Path, list[Item]]:
    """A slice of `size` rows of a shared corpus holding the gold rows of n of its questions, asked
    with n questions of the other set (out of corpus) — written once to a temp folder."""
    rows = [json.loads(line) for line in (SHARED / name / "corpus.jsonl").open(encoding="utf-8")]
    rng = random.Random(seed)
    asked = sample(own, n * 3, seed)
    golds = list(dict.fromkeys(i.gold_doc for i in asked))[: max(1, size // 2)]
    rest = [r for r in rows if r["_id"] not in set(golds)]
    rng.shuffle(rest)
    chosen = {r["_id"]: r for r in rows if r["_id"] in set(golds)} | {r["_id"]: r for r in rest[: size - len(golds)]}
    path = SLICES / f"{name}-{size}-{seed}" / "corpus.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chosen.values()), encoding="utf-8")
    tag = f"{name.split('-')[0][:4]}/{size}"
    inside = [Item(i.question, f"{tag} in", i.gold_doc) for i in asked if i.gold_doc in chosen][:n]
    outside = [Item(i.question, f"{tag} out", None) for i in sample(other, n, seed + 1)]
    return path, inside + outside


def table(p: np.ndarray, y: np.ndarray, sources: list[str], thresholds: Iterable[float]) -> str:
    """Per threshold: share answered per source (a source with gold docs: answered among its
    rank-first questions), and the risk (wrong answers among all answered)."""
    names = sorted(set(sources))
    src = np.array(sources)
    lines = ["threshold | " + " | ".join(names) + " | risk"]
    for t in thresholds:
        answered = p >= t
        cells = []
        for name in names:
            mask = src == name
            positives = mask & (y == 1)
            if positives.any():
                cells.append(f"{answered[positives].mean():.3f} in")
            else:
                cells.append(f"{answered[mask].mean():.3f} out")
        risk = (answered & (y == 0)).sum() / max(answered.sum(), 1)
        lines.append(f"{t:.2f} | " + " | ".join(cells) + f" | {risk:.3f}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-source", type=int, default=700)
    ap.add_argument("--split", default="dev", choices=["dev", "holdout"])
    ap.add_argument("--threshold", type=float, default=0.5, help="operating point written with --write")
    ap.add_argument("--write", action="store_true", help=f"save qa/resources/{MODEL_FILE}")
    ap.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "qa-fit-cache")
    args = ap.parse_args()

    xs, ys, srcs, asked = [], [], [], []
    for corpus, items in datasets(args.per_source, args.split).items():
        retriever = Retriever.from_path(corpus or None, cache_dir=args.cache_dir)
        x, y, s, kept = collect(retriever, items)
        xs.append(x)
        ys.append(y)
        srcs += s
        asked += [(retriever, item) for item in kept]
        print(f"{corpus or 'bundled'}: {len(y)} questions, {int(y.sum())} positive", file=sys.stderr)
    x, y = np.vstack(xs), np.concatenate(ys)
    # The bundled questions are few but are the product's own kind of text (news and policy, traps,
    # chatty phrasing): each counts as GOLDEN_WEIGHT BEIR questions.
    weight = np.array([GOLDEN_WEIGHT if s.startswith("golden:") else 1.0 for s in srcs])
    coef, intercept = fit(x, y, weight)
    for name, c in zip(FEATURES, coef, strict=True):
        print(f"{name:>18} {c:+.3f}")
    print(f"{'intercept':>18} {intercept:+.3f}")
    p = 1.0 / (1.0 + np.exp(-(x @ coef + intercept)))
    print(table(p, y, srcs, [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]))
    model = Model(tuple(round(float(c), 4) for c in coef), round(intercept, 4), args.threshold)
    print("the engine's answers (what a user sees):")
    print("  shipped:", engine_table(*engine_answers(asked, load_model()), y, srcs))
    print("  refit:  ", engine_table(*engine_answers(asked, model), y, srcs))
    if args.write:
        (REPO / "src" / "qa" / "resources" / MODEL_FILE).write_text(model.to_json() + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
