"""Every document has its own id, the same on every run, whatever order the files are listed in."""

from __future__ import annotations

import random
from pathlib import Path

from qa import Retriever
from qa.corpus_paths import doc_ids


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    files = {"report.txt": "年度报告\n\n社区图书馆今年接待读者一万人次。\n",
             "report.md": "# 年度总结\n\n社区食堂今年供应午餐八千份。\n",
             "notes.txt": "备忘\n\n周三下午开会讨论停车问题。\n",
             "sub/report.txt": "分报告\n\n老年活动中心新开设书法班。\n"}
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_files_sharing_a_stem_keep_their_suffix(tmp_path):
    retriever = Retriever.from_path(_corpus(tmp_path), use_cache=False)
    ids = [d.doc_id for d in retriever.documents]
    assert sorted(ids) == ["notes", "report.md", "report.txt", "sub/report"]
    passage_ids = [p.passage_id for p in retriever.passages]
    assert len(passage_ids) == len(set(passage_ids))


def test_each_passage_shows_its_own_files_paragraph(tmp_path):
    retriever = Retriever.from_path(_corpus(tmp_path), use_cache=False)
    hit = retriever.ask("社区食堂今年供应多少份午餐").hits[0]
    assert hit.doc_id == "report.md"
    context, _ = retriever.context(hit.passage_id)
    assert "午餐八千份" in context and "图书馆" not in context
    assert "图书馆" in retriever.context("report.txt#0")[0]


def test_ids_do_not_depend_on_listing_order(tmp_path):
    root = _corpus(tmp_path)
    files = sorted(p for p in root.rglob("*") if p.is_file())
    first = doc_ids(root, files)
    for seed in range(5):
        shuffled = files[:]
        random.Random(seed).shuffle(shuffled)
        assert doc_ids(root, shuffled) == first


def test_a_stem_that_equals_another_files_full_name_is_resolved(tmp_path):
    root = tmp_path
    files = [root / "a.txt", root / "a.md", root / "a.txt.md"]  # `a.txt.md` has the stem `a.txt`
    ids = doc_ids(root, files)
    assert len(set(ids.values())) == 3
