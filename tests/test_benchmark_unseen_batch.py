"""benchmarks/unseen_batch.py: a blind batch is counted by halves, and its held half is never shown."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import unseen_batch  # noqa: E402

SCRIPT = REPO / "benchmarks" / "unseen_batch.py"


def _batch(folder: Path) -> Path:
    folder.mkdir()
    (folder / "answerable.tsv").write_text(
        "华雨辰是哪所学校的老师呀\t钢花小学\t001_c465d2171fe16071\n"
        "江欣苑社区到底有几个党员\t200多名\t001_c465d2171fe16071\n", encoding="utf-8")
    (folder / "traps.tsv").write_text("周末带娃去哪家动物园比较好玩\teveryday\n火星上到底有没有水啊\teveryday\n", encoding="utf-8")
    (folder / "chains.tsv").write_text(
        "华雨辰是哪所学校的老师呀\t那她是哪儿人\t武汉人\n", encoding="utf-8")
    (folder / "README.md").write_text("no typos\n", encoding="utf-8")
    return folder


def test_the_halves_are_the_even_and_the_odd_lines_of_each_file(tmp_path):
    folder = _batch(tmp_path / "unseenX")
    look, held = unseen_batch.batch_rows(folder, "look"), unseen_batch.batch_rows(folder, "held")
    assert sorted(r["key"] for r in look) == ["unseenX:answerable:0", "unseenX:chains:0", "unseenX:traps:0"]
    assert sorted(r["key"] for r in held) == ["unseenX:answerable:1", "unseenX:traps:1"]


def test_a_trap_is_right_when_not_answered_and_a_question_when_its_first_quote_holds_the_gold():
    assert unseen_batch.right({"answerable": False, "answered": False, "first": False})
    assert not unseen_batch.right({"answerable": False, "answered": True, "first": False})
    assert not unseen_batch.right({"answerable": True, "answered": True, "first": False})
    assert unseen_batch.right({"answerable": True, "answered": True, "first": True})


def test_the_held_half_is_counted_but_never_shown(tmp_path):
    folder = _batch(tmp_path / "unseenY")
    refused = subprocess.run([sys.executable, SCRIPT, folder, "--half", "held", "--show"],
                             capture_output=True, text=True)
    assert refused.returncode != 0 and "never shown" in refused.stderr
    flags = tmp_path / "held.json"
    counted = subprocess.run([sys.executable, SCRIPT, folder, "--half", "held", "--flags", flags],
                             capture_output=True, text=True, check=True)
    assert "火星" not in counted.stdout and "江欣苑" not in counted.stdout
    assert "answerable 1/1" in counted.stdout and "traps answered 0/1" in counted.stdout
    assert json.loads(flags.read_text(encoding="utf-8")) == {"unseenY:answerable:1": True, "unseenY:traps:1": True}


def test_a_batch_already_folded_is_refused_with_a_message(tmp_path):
    folder = tmp_path / "unseenZ"
    folder.mkdir()
    for name in ("answerable.tsv", "traps.tsv"):
        (folder / name).write_text("", encoding="utf-8")
    (folder / "chains.tsv").write_text("娄底把啥活动当成为群众办实事的重要载体\t那活动打哪年开始搞的\t2017年起\n",
                                       encoding="utf-8")  # f690, folded before
    (folder / "README.md").write_text("no typos\n", encoding="utf-8")
    done = subprocess.run([sys.executable, SCRIPT, folder, "--half", "look"], capture_output=True, text=True)
    assert done.returncode == 1 and "folded already" in done.stderr
