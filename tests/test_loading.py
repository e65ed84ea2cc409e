"""Loading folders, files and BEIR jsonl: encodings detected, bad files named and skipped."""

from __future__ import annotations

import codecs
import json
import os

import pytest

from qa import CorpusNotFound, EmptyCorpus, Retriever
from qa.corpus_documents import load_documents
from qa.corpus_paths import corpus_files
from qa.encoding import decode_bytes

TEXT = "江欣苑社区有200多名社区党员。\n\n他们联系服务2万多名社区居民。\n"


def _load(path):
    warnings: list[str] = []
    root, files = corpus_files(path, warnings.append)
    return load_documents(root, files, warnings.append), warnings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings_are_detected(tmp_path, encoding):
    (tmp_path / "doc.txt").write_bytes(TEXT.encode(encoding))
    docs, warnings = _load(tmp_path)
    assert [d.text for d in docs] == [TEXT] and warnings == []


def test_bad_files_are_skipped_with_one_warning_each(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" + bytes(range(256)))
    (tmp_path / "latin.txt").write_bytes("Müller café naïve déjà vu".encode("latin-1") * 20)
    docs, warnings = _load(tmp_path)
    assert [d.doc_id for d in docs] == ["good"]
    assert len(warnings) == 3
    for name in ("empty.txt", "binary.txt", "latin.txt"):
        assert sum(name in w for w in warnings) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file without read permission")
def test_unreadable_file_is_named(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(TEXT, encoding="utf-8")
    locked.chmod(0)
    docs, warnings = _load(tmp_path)
    assert [d.doc_id for d in docs] == ["good"] and any("locked.txt" in w for w in warnings)


def test_symlink_loop_is_named_and_does_not_hang(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    docs, warnings = _load(tmp_path)
    assert [d.doc_id for d in docs] == ["sub/a"]
    assert any("symlink loop" in w for w in warnings)


def test_html_keeps_visible_text_only(tmp_path):
    (tmp_path / "page.html").write_text(
        "<html><head><title>标题</title><script>var x='不要';</script></head>"
        "<body><p>第一段。</p><p>第二段&amp;更多。</p></body></html>", encoding="utf-8")
    docs, _ = _load(tmp_path)
    assert "第一段。" in docs[0].text and "第二段&更多。" in docs[0].text and "不要" not in docs[0].text
    assert docs[0].title == "标题"


def test_beir_jsonl_rows_become_documents_and_bad_lines_are_named(tmp_path):
    path = tmp_path / "corpus.jsonl"
    rows = [{"_id": "A1", "title": "范廷颂", "text": "范廷颂是越南罗马天主教枢机。"},
            {"_id": "A2", "title": "", "text": "第二条。"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{broken\n", encoding="utf-8")
    docs, warnings = _load(path)
    assert [(d.doc_id, d.title) for d in docs] == [("A1", "范廷颂"), ("A2", None)]
    assert len(warnings) == 1 and "corpus.jsonl:3" in warnings[0]


def test_missing_and_empty_corpora_are_errors(tmp_path):
    with pytest.raises(CorpusNotFound):
        Retriever.from_path(tmp_path / "nope", use_cache=False)
    (tmp_path / "empty").mkdir()
    with pytest.raises(EmptyCorpus):
        Retriever.from_path(tmp_path / "empty", use_cache=False)


def test_a_bad_file_does_not_stop_the_rest_from_answering(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    seen: list[str] = []
    r = Retriever.from_path(tmp_path, use_cache=False, warn=seen.append)
    assert any("bad.txt" in w for w in seen) and r.warnings == seen
    answer = r.ask("江欣苑社区有多少名党员？")
    assert answer.answered and "200多名社区党员" in answer.hits[0].quote


def test_decode_bytes_rejects_nul_bytes():
    assert decode_bytes(b"abc\x00def") is None


def test_very_large_file_is_skipped_by_name(tmp_path, monkeypatch):
    from qa import loading

    monkeypatch.setattr(loading, "MAX_FILE_BYTES", 1024)
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "huge.txt").write_text(TEXT * 100, encoding="utf-8")
    docs, warnings = _load(tmp_path)
    assert [d.doc_id for d in docs] == ["good"]
    assert len(warnings) == 1 and "huge.txt" in warnings[0] and "limit" in warnings[0]


def test_a_beir_corpus_is_streamed_with_no_size_limit(tmp_path, monkeypatch):
    # The size limit guards single text files; a corpus.jsonl is read a line at a time.
    from qa import loading

    monkeypatch.setattr(loading, "MAX_FILE_BYTES", 1024)
    path = tmp_path / "corpus.jsonl"
    rows = [{"_id": f"r{i}", "title": "标题", "text": f"第{i}条很长的正文。" * 20} for i in range(50)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    docs, warnings = _load(path)
    assert path.stat().st_size > 1024 and not warnings
    assert [d.doc_id for d in docs] == [r["_id"] for r in rows] and docs[-1].text == rows[-1]["text"]


def test_beir_lines_in_other_encodings_are_decoded_or_named(tmp_path):
    path = tmp_path / "corpus.jsonl"
    ok = json.dumps({"_id": "u8", "text": "社区服务站今天开门。"}, ensure_ascii=False).encode("utf-8")
    gb = json.dumps({"_id": "gb", "text": "街道每周召开一次联席会议。"}, ensure_ascii=False).encode("gb18030")
    path.write_bytes(codecs.BOM_UTF8 + ok + b"\n\n" + gb + b"\n\xff\xfe\x00\x01\n")
    docs, warnings = _load(path)
    assert [(d.doc_id, d.text) for d in docs] == [("u8", "社区服务站今天开门。"), ("gb", "街道每周召开一次联席会议。")]
    assert len(warnings) == 1 and "corpus.jsonl:4" in warnings[0]


def test_a_utf16_beir_corpus_is_read_whole(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"_id": "w", "text": "社区服务站今天开门。"}, ensure_ascii=False) + "\n", encoding="utf-16")
    docs, warnings = _load(path)
    assert [(d.doc_id, d.text) for d in docs] == [("w", "社区服务站今天开门。")] and not warnings


def test_an_empty_beir_corpus_is_named(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n  \n", encoding="utf-8")
    warnings: list[str] = []
    with pytest.raises(EmptyCorpus):
        load_documents(tmp_path, [path], warnings.append)
    assert warnings == [f"skipped {path}: empty"]
