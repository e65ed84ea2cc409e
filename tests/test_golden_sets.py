"""The answerability question files (tests/data/golden-*.jsonl, everyday-open.jsonl) are sound.

They are not pinned against the engine yet (the engine fails many; issue 19); here only the data is
checked: fields, unique ids, gold verbatim in its document, no gold on unanswerable rows, and the
seeded dev/holdout split the lead tunes on.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
_spec = importlib.util.spec_from_file_location("golden_sets", DATA / "golden_sets.py")
golden_sets = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden_sets)

MINIMUMS = {
    "golden-traps.jsonl": {"trap": 100},
    "golden-chatty.jsonl": {"chatty": 50, "typo": 8},
    "golden-everyday.jsonl": {"everyday": 40},
    "golden-smalltalk.jsonl": {"small-talk": 10},
    "golden-quotes.jsonl": {"byline": 12, "carried": 12, "who": 8, "fact": 30},
    "golden-follow-ups.jsonl": {"follow-up": 60, "follow-up-trap": 30},
    "everyday-open.jsonl": {"everyday": 150},
}


def test_every_answerability_file_passes_validation():
    assert golden_sets.validate() == []


@pytest.mark.parametrize("name", sorted(MINIMUMS))
def test_each_file_holds_its_minimum_per_kind_and_about_30_percent_holdout_of_each_kind(name):
    rows = golden_sets.load(DATA / name)
    for kind, minimum in MINIMUMS[name].items():
        of_kind = [r for r in rows if r["kind"] == kind]
        assert len(of_kind) >= minimum, kind
        drawn = [r for r in of_kind if "batch" not in r]
        holdout = sum(r["split"] == "holdout" for r in drawn)
        assert abs(holdout - 0.3 * len(drawn)) <= 0.5, kind


def test_a_folded_batch_row_keeps_the_half_it_was_read_in_and_moves_no_other_row():
    drawn = [_row(id=f"c{i:03d}") for i in range(1, 21)]
    before = golden_sets.expected_split(drawn)
    folded = [_row(id=f"c{i:03d}", batch="unseen20", line=i - 21) for i in range(21, 25)]
    after = golden_sets.expected_split(drawn + folded)
    assert {i: after[i] for i in before} == before
    assert [after[r["id"]] for r in folded] == ["dev", "holdout", "dev", "holdout"]


def test_a_folded_batch_row_needs_its_line():
    kinds = frozenset({"chatty"})
    docs = {"d1": "江欣苑社区有200多名社区党员。"}
    row = _row(doc="d1", gold="200多名", batch="unseen20", line=3)
    assert row["split"] == "holdout"
    assert golden_sets.validate_rows("f", [row], kinds, True, docs) == []
    lineless = {k: v for k, v in row.items() if k != "line"}
    assert any("missing line" in e for e in golden_sets.validate_rows("f", [lineless], kinds, True, docs))
    assert any("line must be" in e for e in golden_sets.validate_rows("f", [{**row, "line": "3"}], kinds, True, docs))


def test_the_split_is_a_seeded_draw_that_does_not_move_when_rows_are_reordered():
    ids = [f"x{i:03d}" for i in range(40)]
    assert golden_sets.holdout_ids(ids) == golden_sets.holdout_ids(list(reversed(ids)))
    assert len(golden_sets.holdout_ids(ids)) == 12
    assert golden_sets.holdout_ids(ids) != golden_sets.holdout_ids(ids, seed=1)


def _row(**fields):
    row = {"id": "c001", "question": "问？", "answerable": True, "kind": "chatty", "script": "simplified"}
    row.update(fields)
    row.setdefault("split", golden_sets.expected_split([row])[row["id"]])
    return row


def test_validation_names_a_gold_string_missing_from_its_document():
    docs = {"d1": "江欣苑社区有200多名社区党员。"}
    kinds = frozenset({"chatty"})
    assert golden_sets.validate_rows("f", [_row(doc="d1", gold="200多名")], kinds, True, docs) == []
    errors = golden_sets.validate_rows("f", [_row(doc="d1", gold="300多名")], kinds, True, docs)
    assert errors == ["f c001: gold '300多名' not verbatim in d1"]


def test_validation_rejects_gold_on_an_unanswerable_row_and_a_wrong_split():
    docs = {"d1": "文本"}
    kinds = frozenset({"trap"})
    row = _row(kind="trap", answerable=False, doc="d1", gold="文本")
    assert any("has doc/gold" in e for e in golden_sets.validate_rows("f", [row], kinds, False, docs))
    flipped = _row(kind="trap", answerable=False)
    flipped["split"] = "dev" if flipped["split"] == "holdout" else "holdout"
    assert any("seeded rule" in e for e in golden_sets.validate_rows("f", [flipped], kinds, False, docs))


def test_gold_is_searched_after_pinyin_annotations_are_removed(tmp_path):
    (tmp_path / "d1.txt").write_text("保持黨同人民群眾的血肉聯(lián)系", encoding="utf-8")
    assert "血肉聯系" in golden_sets.corpus_texts(tmp_path)["d1"]


def test_a_follow_up_row_needs_its_previous_question_and_no_other_row_has_one():
    docs = {"d1": "江欣苑社区有200多名社区党员。"}
    kinds = frozenset({"follow-up", "follow-up-trap"})
    turn = _row(id="f001", kind="follow-up", previous="江欣苑社区在哪？", doc="d1", gold="200多名")
    assert golden_sets.validate_rows("golden-follow-ups.jsonl", [turn], kinds, None, docs) == []
    alone = {k: v for k, v in turn.items() if k != "previous"}
    assert any("previous" in e for e in golden_sets.validate_rows("golden-follow-ups.jsonl", [alone], kinds, None, docs))
    stray = _row(doc="d1", gold="200多名", previous="江欣苑社区在哪？")
    assert any("previous" in e for e in golden_sets.validate_rows("f", [stray], frozenset({"chatty"}), True, docs))


def test_in_a_file_of_follow_ups_the_kind_says_whether_a_row_is_answerable():
    kinds = frozenset({"follow-up", "follow-up-trap"})
    trap = _row(id="f002", kind="follow-up-trap", previous="江欣苑社区在哪？", answerable=True, doc="d1", gold="200多名")
    errors = golden_sets.validate_rows("golden-follow-ups.jsonl", [trap], kinds, None, {"d1": "200多名"})
    assert any("answerable must be False" in e for e in errors)
