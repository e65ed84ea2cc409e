"""benchmarks/colloquial.py: its rows are well formed, and each row kind is counted as it says.

The counting runs on the bundled corpus standing in for both shared sets, so it needs no shared
data; the numbers of the real run are not pinned here.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import colloquial  # noqa: E402


def test_the_rows_are_180_rewrites_60_near_traps_and_60_chains_split_look_and_held():
    rows = colloquial.load_rows(colloquial.ROWS, "all")
    kinds = Counter(row["kind"] for row in rows)
    assert kinds == {"rewrite": 180, "near": 60, "chain": 60}
    assert {row["split"] for row in rows} == {"look", "held"}
    assert {row["set"] for row in rows} == {"cmrc2018-train", "drcd-test"}
    assert all(row["question"].strip() and row["id"] for row in rows)
    chains = [row for row in rows if row["kind"] == "chain"]
    assert all(row["previous"].strip() for row in chains)
    assert sum(row["gold"] is None for row in chains) == 15  # follow-ups the passage does not answer
    held = colloquial.load_rows(colloquial.ROWS, "held")
    assert 0 < len(held) < len(rows) and all(row["split"] == "held" for row in held)


def test_each_kind_of_row_is_counted_as_the_table_says(retriever):
    both = {"cmrc2018-train": retriever, "drcd-test": retriever}
    rows = [
        {"kind": "rewrite", "set": "cmrc2018-train", "id": "q1", "question": "江欣苑社区有几个党员啊", "split": "look"},
        {"kind": "near", "set": "cmrc2018-train", "id": "q1", "question": "江欣苑社区党委书记的生日是哪天", "split": "look"},
        {"kind": "chain", "set": "drcd-test", "id": "q2", "previous": "华雨辰是哪所学校的老师？",
         "question": "她是哪里人", "gold": "我是武汉人", "split": "look"},
        {"kind": "chain", "set": "drcd-test", "id": "q2", "previous": "华雨辰是哪所学校的老师？",
         "question": "她的生日是哪天", "gold": None, "split": "look"},
    ]
    tidy = {"cmrc2018-train": {"q1": "江欣苑社区有多少名党员？"}, "drcd-test": {}}
    answers = {"cmrc2018-train": {"q1": ["200多名"]}, "drcd-test": {}}
    counts = colloquial.measure(rows, both, tidy, answers)
    assert counts[("cmrc2018-train", "tidy: quote holds the answer")] == [1, 1]
    assert counts[("cmrc2018-train", "typed: quote holds the answer")] == [1, 1]
    # The same corpus stands in for the other one here, so the rewrite is answered there too.
    assert counts[("cmrc2018-train", "typed, other corpus: answered (wrong)")] == [1, 1]
    assert counts[("cmrc2018-train", "near traps: answered (wrong)")] == [0, 1]
    assert counts[("drcd-test", "chains: right")] == [1, 1]
    assert counts[("drcd-test", "chain traps: declined")] == [1, 1]
