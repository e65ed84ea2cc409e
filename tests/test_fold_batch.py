"""Folding a helper batch into the golden files: its halves kept, its rows placed and credited."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(DATA))
_spec = importlib.util.spec_from_file_location("fold_batch", DATA / "fold_batch.py")
fold_batch = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fold_batch)


def _batch(folder: Path) -> Path:
    folder.mkdir()
    (folder / "answerable.tsv").write_text(
        "江欣苑社区有多少名党员\t200多名\t001_c465d2171fe16071\n"
        "江心苑社区有多少居民啊\t2万多名\t001_c465d2171fe16071\n", encoding="utf-8")
    (folder / "traps.tsv").write_text("依兰陨石坑有多深\tnear\n红烧肉咋做好吃\teveryday\n", encoding="utf-8")
    (folder / "chains.tsv").write_text(
        "娄底把啥活动当成为群众办实事的重要载体\t那这个活动是哪一年开始的\t2017年起\n"
        "张国珍那篇说党最大的危险是啥\t那最大的政治优势呢\t密切聯(lián)系群眾\n"
        "依兰陨石坑是啥形状的\t那坑底下有湖没\tTRAP\n"
        "东兴小区是厦门哪个区的\t那边党组织是从哪年起往小区下沉的\t2017年\n", encoding="utf-8")
    (folder / "README.md").write_text("## Typos\n江心苑 → 江欣苑\n", encoding="utf-8")
    return folder


def test_a_batch_keeps_the_half_it_was_read_in_and_continues_each_file_s_ids(tmp_path):
    result = fold_batch.fold(_batch(tmp_path / "unseenX"), "unseenX")
    quotes = result.added["golden-quotes.jsonl"]
    chatty = result.added["golden-chatty.jsonl"]
    assert [(r["line"], r["split"], r["batch"]) for r in quotes + chatty] == [(0, "dev", "unseenX"), (1, "holdout", "unseenX")]
    assert chatty[0]["kind"] == "typo"  # 江心苑, named in the README
    last = max(int(r["id"][1:]) for r in result.files["golden-quotes.jsonl"])
    assert quotes[0]["id"] == f"q{last + 1:03d}"
    traps, everyday = result.added["golden-traps.jsonl"], result.added["golden-everyday.jsonl"]
    assert (traps[0]["split"], everyday[0]["split"]) == ("dev", "holdout")


def test_a_chain_s_gold_is_credited_to_the_document_the_turns_ask_about(tmp_path):
    chains = fold_batch.fold(_batch(tmp_path / "unseenY"), "unseenY").added["golden-follow-ups.jsonl"]
    assert chains[0]["doc"] == "003_ff4c74ca6d82d43a"  # 2017年起 is in two documents; 娄底 is 003's
    assert chains[1]["gold"] == "密切聯系群眾"  # copied with the document's pinyin, which golds never hold
    assert chains[2]["kind"] == "follow-up-trap" and "gold" not in chains[2]
    # 2017年 is in three documents; the one whose sentence around it holds what was asked (党组织…下沉).
    assert chains[3]["doc"] == "002_086ee20e96b7d166"


def test_a_question_a_file_already_holds_is_left_out(tmp_path):
    folder = _batch(tmp_path / "unseenZ")
    (folder / "chains.tsv").write_text("娄底把啥活动当成为群众办实事的重要载体\t那活动打哪年开始搞的\t2017年起\n",
                                       encoding="utf-8")  # f690, folded before
    result = fold_batch.fold(folder, "unseenZ")
    assert result.added["golden-follow-ups.jsonl"] == []
    assert any(r.startswith("already held") for r in result.left_out)
