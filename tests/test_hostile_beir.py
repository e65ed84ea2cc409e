"""Malformed BEIR lines: each is skipped with a warning naming its line, the rest of the file loads."""

from __future__ import annotations

import json
from pathlib import Path

from qa.read_beir import iter_beir

GOOD = {"_id": "ok", "title": "标题", "text": "北京是中国的首都。"}


def _load(tmp_path: Path, *lines: str) -> tuple[list[str], list[str]]:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    warnings: list[str] = []
    ids = [doc.doc_id for doc in iter_beir(path, warnings.append)]
    return ids, warnings


def test_a_line_nested_a_thousand_deep_is_skipped_not_a_recursion_error(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    ids, warnings = _load(tmp_path, deep, json.dumps(GOOD))
    assert ids == ["ok"]
    assert any(":1: not valid JSON" in w for w in warnings), warnings


def test_ids_that_are_null_empty_or_not_scalar_are_skipped_by_line_number(tmp_path):
    bad = [{"_id": None, "text": "甲"}, {"_id": "", "text": "乙"}, {"_id": "  ", "text": "丙"},
           {"_id": ["x"], "text": "丁"}, {"_id": True, "text": "戊"}]
    ids, warnings = _load(tmp_path, *(json.dumps(b) for b in bad), json.dumps(GOOD), json.dumps({"_id": 7, "text": "己"}))
    assert ids == ["ok", "7"]
    for number in range(1, 6):
        assert any(f":{number}: _id must be a non-empty string or number" in w for w in warnings), warnings


def test_text_or_title_that_is_not_a_string_is_skipped_not_shown_as_a_python_list(tmp_path):
    ids, warnings = _load(tmp_path, json.dumps({"_id": "a", "text": ["北京"]}),
                          json.dumps({"_id": "b", "title": {"x": 1}, "text": "北京"}), json.dumps(GOOD))
    assert ids == ["ok"]
    assert sum("text and title must be strings" in w for w in warnings) == 2, warnings
