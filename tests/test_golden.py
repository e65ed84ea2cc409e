"""Golden evaluation (qa.golden) and `qa eval`'s golden report: abstention precision and recall."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from qa import evaluate
from qa.golden import GOLDEN_FILES, TURNS, evaluate_golden, load_golden_sets

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class _Hit:
    doc_id: str
    quote: str
    also_in: tuple[str, ...] = ()
    quote_converted: str | None = None


@dataclass(frozen=True)
class _Answer:
    answered: bool
    hits: list = field(default_factory=list)
    reason: str | None = None


class _Scripted:
    """A retriever whose answers are set per question: the judging, not the engine, is under test."""

    def __init__(self, answers: dict[str, _Answer]) -> None:
        self.answers = answers

    def ask(self, question: str, k: int = 3) -> _Answer:
        return self.answers[question]


QUOTE = _Hit("d1", "江欣苑社区有200多名社区党员。")
ROWS = [
    {"id": "a1", "question": "党员多少？", "answerable": True, "doc": "d1", "gold": "200多名", "kind": "number",
     "file": "golden.jsonl"},
    {"id": "a2", "question": "党员有几个呀", "answerable": True, "doc": "d1", "gold": "200多名", "kind": "chatty",
     "file": "golden-chatty.jsonl"},
    {"id": "t1", "question": "书记几岁？", "answerable": False, "kind": "trap", "file": "golden-traps.jsonl"},
    {"id": "t2", "question": "社区多大？", "answerable": False, "kind": "trap", "file": "golden-traps.jsonl"},
    {"id": "e1", "question": "明天下雨吗", "answerable": False, "kind": "everyday", "file": "golden-everyday.jsonl"},
]
ANSWERS = {
    "党员多少？": _Answer(True, [QUOTE]),
    "党员有几个呀": _Answer(False, reason="no-match"),  # a false "not found"
    "书记几岁？": _Answer(True, [QUOTE]),  # a false answer
    "社区多大？": _Answer(False, reason="no-match"),
    "明天下雨吗": _Answer(False, reason="no-match"),
}


def test_abstention_precision_counts_abstentions_that_were_right_and_recall_the_unanswerable_caught():
    result = evaluate_golden(_Scripted(ANSWERS), ROWS)
    assert result["abstentions"] == 3
    assert result["abstention_precision"] == pytest.approx(2 / 3)  # one of three was on an answerable question
    assert result["abstention_recall"] == pytest.approx(2 / 3)  # one of three unanswerable got a quote
    assert (result["false_abstentions"], result["false_answers"]) == (1, 1)
    assert result["top1"] == 0.5


def test_by_kind_and_by_file_break_the_same_counts_down():
    result = evaluate_golden(_Scripted(ANSWERS), ROWS)
    trap = result["by_kind"]["trap"]
    assert (trap["questions"], trap["abstained"], trap["correct"]) == (2, 1, 1)
    assert trap["abstention_recall"] == 0.5 and trap["top1"] is None
    chatty = result["by_file"]["golden-chatty.jsonl"]
    assert chatty["false_not_found_rate"] == 1.0 and chatty["abstention_precision"] == 0.0
    assert result["by_file"]["golden.jsonl"]["top1"] == 1.0


def test_no_abstention_leaves_precision_undefined_not_perfect():
    rows = [r for r in ROWS if r["id"] == "a1"]
    result = evaluate_golden(_Scripted(ANSWERS), rows)
    assert result["abstentions"] == 0
    assert result["abstention_precision"] is None and result["abstention_recall"] is None


@pytest.mark.parametrize("name", GOLDEN_FILES)
def test_every_packaged_golden_file_is_its_tests_copy(name):
    packaged = REPO / "src" / "qa" / "resources" / name
    assert packaged.read_bytes() == (REPO / "tests" / "data" / name).read_bytes()


def test_the_default_sets_are_every_packaged_file_tagged_by_name():
    rows = load_golden_sets()
    assert {r["file"] for r in rows} == set(GOLDEN_FILES)
    assert len(rows) == sum(
        len((REPO / "tests" / "data" / n).read_text(encoding="utf-8").splitlines()) for n in GOLDEN_FILES
    )


def test_qa_eval_json_keeps_its_keys_and_adds_abstention_precision_and_recall(tmp_path, capsys):
    path = tmp_path / "mini.jsonl"
    lines = [
        {"id": "g1", "question": "江欣苑社区有多少名党员？", "answerable": True, "doc": "001_c465d2171fe16071",
         "gold": "200多名社区党员", "kind": "number"},
        {"id": "g2", "question": "qwxzv qwxzv", "answerable": False, "kind": "other"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n", encoding="utf-8")
    parser = argparse.ArgumentParser(prog="qa eval")
    evaluate.add_arguments(parser)
    assert evaluate.run(parser.parse_args(["--golden", str(path), "--json"])) == 0
    result = json.loads(capsys.readouterr().out)
    old_keys = {"questions", "answerable", "unanswerable", "top1", "top3", "false_abstentions", "false_answers",
                "abstention_accuracy", "by_kind", "failures", "index_seconds"}
    assert old_keys <= set(result)
    assert result["abstention_precision"] == 1.0 and result["abstention_recall"] == 1.0
    assert set(result["by_file"]) == {"mini.jsonl"}


FOLLOW_UP = {"id": "f1", "previous": "“拉话话”志愿服务队经常去看望哪位老人？", "question": "他得的啥病啊",
             "answerable": True, "doc": "001_c465d2171fe16071", "gold": "肺气肿", "kind": "follow-up"}


def test_a_follow_up_row_is_judged_as_the_turn_after_its_previous_question(retriever):
    in_turn = evaluate_golden(retriever, [FOLLOW_UP])
    alone = evaluate_golden(retriever, [{k: v for k, v in FOLLOW_UP.items() if k != "previous"}])
    assert in_turn["top1"] == 1.0 and in_turn["failures"] == []
    assert alone["top1"] == 0.0  # 他 alone names no one: the conversation is what answers it


def test_a_follow_up_leans_through_every_earlier_turn_of_its_row(retriever):
    """他 two turns after the question that named 袁宝柱: the middle turn keeps him the subject."""
    row = {**FOLLOW_UP, "previous": FOLLOW_UP["previous"] + TURNS + "他多大岁数"}
    only_last = {**FOLLOW_UP, "previous": "他多大岁数"}
    assert evaluate_golden(retriever, [row])["top1"] == 1.0
    assert evaluate_golden(retriever, [only_last])["top1"] == 0.0  # the first turn is what names him
    thanks = {**FOLLOW_UP, "previous": FOLLOW_UP["previous"] + TURNS + "谢谢"}
    assert evaluate_golden(retriever, [thanks])["top1"] == 1.0  # small talk between leaves the subject


def test_a_follow_up_trap_is_right_only_when_the_turn_abstains(retriever):
    trap = {"id": "f2", "previous": "广安门北街20号院在哪个区", "question": "物管会有几名委员",
            "answerable": False, "kind": "follow-up-trap"}
    result = evaluate_golden(retriever, [trap])
    assert result["false_answers"] == 0 and result["abstention_recall"] == 1.0
