"""benchmarks/topic_switch.py: every unanswerable question asked alone is paired, the same way on
every run, with an answerable one asked before it."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import topic_switch  # noqa: E402

ROWS = [
    {"id": "g1", "question": "江欣苑社区有多少名党员？", "answerable": True},
    {"id": "g2", "question": "华雨辰是哪所学校的老师？", "answerable": True},
    {"id": "f1", "question": "她多大了", "previous": "华雨辰是谁", "answerable": True},
    {"id": "t1", "question": "江欣苑社区的党委书记是谁？", "answerable": False},
    {"id": "t2", "question": "红烧肉怎么做？", "answerable": False},
    {"id": "f2", "question": "那她爸妈呢", "previous": "华雨辰是哪里人", "answerable": False},
]


def test_every_unanswerable_question_asked_alone_follows_an_answerable_one_asked_alone():
    paired = topic_switch.pairs(ROWS, seed=7)
    assert [trap["id"] for _, trap in paired] == ["t1", "t2"]  # not the follow-up trap f2
    assert all(first["id"] in ("g1", "g2") for first, _ in paired)  # never a follow-up as the first turn


def test_the_pairing_is_the_same_on_every_run_and_for_any_order_of_rows():
    once = [(a["id"], b["id"]) for a, b in topic_switch.pairs(ROWS, seed=7)]
    again = [(a["id"], b["id"]) for a, b in topic_switch.pairs(list(reversed(ROWS)), seed=7)]
    assert once == again
