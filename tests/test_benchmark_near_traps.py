"""benchmarks/near_traps.py: each round takes one paragraph per long enough title out of the corpus,
and asks only the questions no paragraph left under that title answers.

Built on a small BEIR folder written here, so it needs no shared data.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import near_traps  # noqa: E402
from splits import hash_split  # noqa: E402


def write_set(folder: Path, titles: dict[str, list[str]], questions: list[tuple[str, str, str, str]]) -> None:
    """titles: title → paragraph texts (ids title-1, title-2 …); questions: (id, text, paragraph id, answer)."""
    folder.mkdir(parents=True)
    rows = [{"_id": f"{title}-{i}", "title": title, "text": text}
            for title, texts in titles.items() for i, text in enumerate(texts, 1)]
    (folder / "corpus.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (folder / "queries.jsonl").write_text("".join(
        json.dumps({"_id": q, "text": text, "metadata": {"answers": [answer]}}, ensure_ascii=False) + "\n"
        for q, text, _, answer in questions), encoding="utf-8")
    (folder / "qrels").mkdir()
    (folder / "qrels" / "test.tsv").write_text(
        "query-id\tcorpus-id\tscore\n" + "".join(f"{q}\t{p}\t1\n" for q, _, p, _ in questions), encoding="utf-8")


def paragraphs_of(split: str, title: str, n: int) -> list[str]:
    return [f"{title}-{i}" for i in range(1, n + 1) if hash_split(f"{title}-{i}") == split]


def test_one_paragraph_per_title_goes_and_only_questions_it_alone_answered_are_asked(tmp_path):
    # Titles of four paragraphs, each paragraph stating its own year; one title too short to use.
    titles = {f"t{k}": [f"第{i}段：此事发生于{1900 + 10 * k + i}年。" for i in range(1, 5)] for k in range(8)}
    titles["short"] = ["只有一段。", "还有一段。"]
    questions = [(f"{p}-q", f"{p}的事发生于哪一年？", p, f"{1900 + 10 * int(p[1]) + int(p.split('-')[1])}年")
                 for title in titles if title != "short" for p in (f"{title}-{i}" for i in range(1, 5))]
    # A question whose answer another paragraph of its title also states: never a trap.
    questions.append(("t0-1-shared", "第2段说了什么？", "t0-1", "第2段"))
    questions.append(("short-1-q", "只有几段？", "short-1", "只有一段"))
    write_set(tmp_path / "set", titles, questions)

    rounds = list(near_traps.near_traps(tmp_path / "set", "dev", rounds=2, out=tmp_path / "out"))
    assert rounds, "some paragraphs hash to dev"
    for traps in rounds:
        corpus = [json.loads(line)["_id"] for line in traps.corpus.read_text(encoding="utf-8").splitlines()]
        assert not traps.removed & set(corpus) and len(corpus) == 34 - len(traps.removed)
        assert len({p.split("-")[0] for p in traps.removed}) == len(traps.removed)  # one per title
        assert all(hash_split(p) == "dev" and not p.startswith("short") for p in traps.removed)
        asked = {qid for qid, _ in traps.questions}
        assert asked == {f"{p}-q" for p in traps.removed}  # not t0-1-shared: 第2段 is still there
    if len(rounds) == 2:
        assert not rounds[0].removed & rounds[1].removed  # a paragraph goes in one round only
    dev = [p for title in titles if title != "short" for p in paragraphs_of("dev", title, 4)]
    assert {p for traps in rounds for p in traps.removed} <= set(dev)
