"""The index cache is reused, rebuilt when the corpus changes, and survives damage."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from qa import Retriever, engine_modules
from qa import cache as cache_store
from qa.cache_folder import MARKER
from qa.corpus_paths import bundled_corpus_dir


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(bundled_corpus_dir(), folder)
    return folder


def _only_cache_dir(cache):
    (entry,) = [p for p in cache.iterdir() if not p.name.startswith(".") and p.name != MARKER]
    return entry


def test_second_load_comes_from_cache_without_tokenising(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = Retriever.from_path(corpus, cache_dir=cache)
    assert not first.from_cache
    from qa import tokenize

    def forbidden(self, text):  # a warm start must not re-tokenise anything
        raise AssertionError("tokenised on a warm start")

    monkeypatch.setattr(tokenize.Tokenizer, "tokens", forbidden)
    second = Retriever.from_path(corpus, cache_dir=cache)
    assert second.from_cache
    assert [p.passage_id for p in second.passages] == [p.passage_id for p in first.passages]
    q = "江欣苑社区有多少名党员？"
    assert second.ask(q).hits[0].quote == first.ask(q).hits[0].quote


def test_changed_file_rebuilds(corpus, tmp_path):
    cache = tmp_path / "cache"
    Retriever.from_path(corpus, cache_dir=cache)
    (corpus / "005_new.txt").write_text("新的文档\n\n新增的段落说明拉面馆在兰州。\n", encoding="utf-8")
    again = Retriever.from_path(corpus, cache_dir=cache)
    assert not again.from_cache
    assert again.ask("拉面馆在哪里？").hits[0].doc_id == "005_new"
    assert Retriever.from_path(corpus, cache_dir=cache).from_cache


def test_settings_change_is_a_different_cache(corpus, tmp_path):
    from qa import Settings

    cache = tmp_path / "cache"
    Retriever.from_path(corpus, cache_dir=cache)
    other = Retriever.from_path(corpus, cache_dir=cache, settings=Settings(k1=1.2))
    assert not other.from_cache


def _truncate(path: Path, keep: int) -> None:
    path.write_bytes(path.read_bytes()[:keep])


def _old_format(entry: Path) -> None:
    manifest = json.loads((entry / "manifest.json").read_text())
    manifest["format"] = 1
    (entry / "manifest.json").write_text(json.dumps(manifest))


def _garble_last_record(entry: Path) -> None:  # same length, so only decoding the record notices
    data = bytearray((entry / "passages.json").read_bytes())
    data[-20:-4] = b"#" * 16
    (entry / "passages.json").write_bytes(bytes(data))


DAMAGES: dict[str, Callable[[Path], None]] = {
    "truncate-passages": lambda e: _truncate(e / "passages.json", (e / "passages.json").stat().st_size // 2),
    "truncate-documents": lambda e: _truncate(e / "documents.json", (e / "documents.json").stat().st_size - 100),
    "garbled-last-record": _garble_last_record,
    "garbage-columns": lambda e: (e / "columns.npz").write_bytes(b"PK\x03\x04 not really a zip"),
    "missing-ids": lambda e: (e / "ids.json").unlink(),
    "garbage-matrix": lambda e: (e / "bm25.indptr.npy").write_bytes(b"not an npy file"),
    # The arrays are mapped, not read: their lengths must be checked on load.
    "truncate-matrix": lambda e: _truncate(e / "bm25.data.npy", (e / "bm25.data.npy").stat().st_size // 2),
    "truncate-article-matrix": lambda e: _truncate(e / "articles" / "bm25.indices.npy",
                                                   (e / "articles" / "bm25.indices.npy").stat().st_size - 4),
    # a whole .npy file, but of fewer terms than the header says
    "short-idf": lambda e: np.save(e / "bm25.idf.npy", np.load(e / "bm25.idf.npy")[:-1]),
    "missing-indptr": lambda e: (e / "articles" / "bm25.indptr.npy").unlink(),
    "missing-vocab": lambda e: (e / "vocab.txt").unlink(),
    "old-format": _old_format,
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_damaged_cache_is_rebuilt_with_a_warning(corpus, tmp_path, damage):
    cache = tmp_path / "cache"
    Retriever.from_path(corpus, cache_dir=cache)
    entry = _only_cache_dir(cache)
    DAMAGES[damage](entry)
    warnings: list[str] = []
    rebuilt = Retriever.from_path(corpus, cache_dir=cache, warn=warnings.append)
    assert not rebuilt.from_cache
    assert len(warnings) == 1 and "rebuilding" in warnings[0] and str(entry) in warnings[0]
    assert rebuilt.ask("江欣苑社区有多少名党员？").answered
    assert Retriever.from_path(corpus, cache_dir=cache).from_cache


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into a read-only folder")
def test_read_only_cache_dir_runs_without_cache(corpus, tmp_path):
    cache = tmp_path / "ro"
    cache.mkdir()
    cache.chmod(0o500)
    warnings: list[str] = []
    r = Retriever.from_path(corpus, cache_dir=cache, warn=warnings.append)
    assert r.ask("江欣苑社区有多少名党员？").answered
    assert any("running without a cache" in w for w in warnings)


def test_unwritable_cache_path_runs_without_cache(corpus, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    warnings: list[str] = []
    r = Retriever.from_path(corpus, cache_dir=blocker / "cache", warn=warnings.append)
    assert r.ask("江欣苑社区有多少名党员？").answered and r.cache_path is None
    assert any("running without a cache" in w for w in warnings)


def test_cache_write_is_atomic_no_temp_folders_left(corpus, tmp_path):
    cache = tmp_path / "cache"
    Retriever.from_path(corpus, cache_dir=cache)
    Retriever.from_path(corpus, cache_dir=cache, use_cache=True)
    assert [p.name for p in cache.iterdir() if p.name.startswith(".")] == []


def test_a_failed_store_write_runs_without_cache_and_leaves_nothing(corpus, tmp_path, monkeypatch):
    """The stores are written while the matrices are still being computed: a disk that fills
    up then is reported once the build is done, and the half-written folder goes."""
    real = Path.write_bytes

    def disk_full(self, data):
        if self.name == "passages.json":
            raise OSError(28, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    cache = tmp_path / "cache"
    warnings: list[str] = []
    r = Retriever.from_path(corpus, cache_dir=cache, warn=warnings.append)
    assert r.ask("江欣苑社区有多少名党员？").answered and r.cache_path is None
    assert any("No space left on device" in w and "running without a cache" in w for w in warnings)
    assert [p.name for p in cache.iterdir()] == [MARKER]
    monkeypatch.setattr(Path, "write_bytes", real)
    assert not Retriever.from_path(corpus, cache_dir=cache).from_cache
    assert Retriever.from_path(corpus, cache_dir=cache).from_cache


def test_a_build_that_fails_after_the_stores_leaves_no_half_cache(corpus, tmp_path, monkeypatch):
    from qa import build

    def broken(*args, **kwargs):
        raise MemoryError("out of memory in the passage matrix")

    monkeypatch.setattr(build.BM25Index, "from_counts", broken)
    cache = tmp_path / "cache"
    with pytest.raises(MemoryError):
        Retriever.from_path(corpus, cache_dir=cache)
    assert [p.name for p in cache.iterdir()] == [MARKER]


def test_file_changing_while_indexing_is_not_cached(corpus, tmp_path, monkeypatch):
    from qa import build

    real = build.iter_documents

    def load_then_edit(root, files, warn, **options):
        yield from real(root, files, warn, **options)
        (corpus / "001_c465d2171fe16071.txt").write_text("被改写了。\n", encoding="utf-8")

    monkeypatch.setattr(build, "iter_documents", load_then_edit)
    cache = tmp_path / "cache"
    warnings: list[str] = []
    r = Retriever.from_path(corpus, cache_dir=cache, warn=warnings.append)
    assert r.ask("江欣苑社区有多少名党员？").answered  # the run still answers from what it read
    assert any("changed while it was being indexed" in w for w in warnings) and r.cache_path is None
    assert [p.name for p in cache.iterdir()] == [MARKER]  # the stores written early are removed again
    monkeypatch.setattr(build, "iter_documents", real)
    assert not Retriever.from_path(corpus, cache_dir=cache).from_cache


def test_only_the_most_recently_used_indexes_are_kept(tmp_path, corpus):
    cache_dir = tmp_path / "cache"
    retriever = Retriever.from_path(corpus, cache_dir=cache_dir, use_cache=True)
    for n in range(cache_store.KEEP_INDEXES + 2):  # indexes an older engine or corpus left behind
        stale = cache_dir / f"{n:032x}"
        stale.mkdir()
        (stale / "manifest.json").write_text(json.dumps({"key": stale.name}), encoding="utf-8")
        os.utime(stale / "manifest.json", (n, n))
    (corpus / "new.txt").write_text("新的一篇文章，讲社区服务。", encoding="utf-8")
    rebuilt = Retriever.from_path(corpus, cache_dir=cache_dir, use_cache=True)
    left = {p.name for p in cache_dir.iterdir() if p.is_dir()}
    assert len(left) == cache_store.KEEP_INDEXES
    assert rebuilt.cache_path.name in left and retriever.cache_path.name in left
    assert f"{0:032x}" not in left and f"{cache_store.KEEP_INDEXES + 1:032x}" in left


def test_a_killed_builds_temporary_folder_is_removed_once_abandoned(tmp_path, corpus):
    """A build writes its stores into a temporary folder long before it finishes; one killed
    midway leaves it behind. The next cache write removes it once a day has passed, and leaves
    a folder a running build may still be writing."""
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    abandoned, running = cache_dir / f".{'0123abcd' * 4}-killed", cache_dir / f".{'4567ef89' * 4}-running"
    for folder in (abandoned, running):
        folder.mkdir()
        (folder / "passages.json").write_bytes(b"[\n")
    old = time.time() - cache_store.ABANDONED_SECONDS - 60
    os.utime(abandoned, (old, old))
    built = Retriever.from_path(corpus, cache_dir=cache_dir, use_cache=True)
    assert sorted(p.name for p in cache_dir.iterdir()) == sorted([running.name, built.cache_path.name, MARKER])


def test_an_index_built_by_another_engine_is_not_reused(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    Retriever.from_path(corpus, cache_dir=cache)
    assert Retriever.from_path(corpus, cache_dir=cache).from_cache
    monkeypatch.setattr(cache_store, "engine_fingerprint", lambda: "edited-cleaning-rules")
    assert not Retriever.from_path(corpus, cache_dir=cache).from_cache


def test_the_engine_fingerprint_covers_what_builds_an_index_and_nothing_else():
    modules = engine_modules.index_modules()
    assert {"build", "cache", "cleaning", "structure", "dedup", "tokenize", "index", "store", "text",
            "loading", "read_beir", "corpus_paths", "corpus_documents", "config"} <= set(modules)
    # Ranking, quoting and the front ends can change without invalidating anyone's index.
    assert not {"answer", "quotes", "render", "repl", "repl_session", "cli", "evaluate", "beir_eval", "render_eval",
                "baselines"} & set(modules)


def test_the_fingerprint_follows_imports_of_both_forms(tmp_path):
    (tmp_path / "build.py").write_text("from .alpha import x\nfrom . import beta, gamma as g\n", encoding="utf-8")
    (tmp_path / "cache.py").write_text("import os\n", encoding="utf-8")
    (tmp_path / "alpha.py").write_text("def late():\n    from .delta import y  # a late import counts too\n",
                                      encoding="utf-8")
    for name in ("beta", "gamma", "delta", "unused"):
        (tmp_path / f"{name}.py").write_text("", encoding="utf-8")
    assert engine_modules.index_modules(tmp_path) == ["alpha", "beta", "build", "cache", "delta", "gamma"]


def test_the_fingerprint_follows_every_relative_import_form(tmp_path):
    # A module reached only through a parenthesised or continued import, or in a subpackage, still
    # decides what an index holds: were it missed, editing it would serve a stale index.
    (tmp_path / "build.py").write_text(
        "from .alpha import (\n    x,\n    y,\n)\nfrom . import (beta,\n    gamma)\n"
        "from . import delta, \\\n    epsilon\nfrom .sub.inner import z\n"
        "def later():\n    from . import (  # a comment\n        eta,  # another\n    )\n", encoding="utf-8")
    (tmp_path / "cache.py").write_text('"""Not code:\nfrom .ghost import g\n"""\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "sub" / "inner.py").write_text("from .. import zeta\nfrom .sibling import s\n", encoding="utf-8")
    for name in ("alpha", "beta", "gamma", "delta", "epsilon", "eta", "zeta", "ghost", "sub/sibling"):
        (tmp_path / f"{name}.py").write_text("", encoding="utf-8")
    assert engine_modules.index_modules(tmp_path) == [
        "alpha", "beta", "build", "cache", "delta", "epsilon", "eta", "gamma", "sub.inner", "sub.sibling", "zeta"]


def test_cached_records_round_trip_and_are_decoded_lazily(corpus, tmp_path):
    from dataclasses import asdict

    cache = tmp_path / "cache"
    built = Retriever.from_path(corpus, cache_dir=cache)
    loaded = Retriever.from_path(corpus, cache_dir=cache)
    assert loaded.from_cache
    assert len(loaded.passages._cache) <= 2 < len(loaded.passages)  # only the ends, checked on load
    assert [asdict(p) for p in loaded.passages] == [asdict(p) for p in built.passages]
    assert [asdict(d) for d in loaded.documents] == [asdict(d) for d in built.documents]
    assert any(p.duplicate_of for p in loaded.passages) and any(d.duplicate_of for d in loaded.documents)
    assert loaded.document("001_c465d2171fe16071") == built.document("001_c465d2171fe16071")
    assert loaded.corpus.article_of == built.corpus.article_of and loaded.corpus.canonical == built.corpus.canonical
    # A document's script is read off its text when asked for, never stored.
    assert [d.script for d in loaded.documents] == [d.script for d in built.documents]
    assert "script" not in json.loads((_only_cache_dir(cache) / "documents.json").read_text())[2]
    assert json.loads((_only_cache_dir(cache) / "passages.json").read_text())[0]["passage_id"] == \
        built.passages[0].passage_id  # the record file stays a readable JSON array


def test_only_recently_read_records_stay_decoded(corpus, tmp_path, monkeypatch):
    from qa.store import Records

    monkeypatch.setattr(Records, "keep_decoded", 3)
    cache = tmp_path / "cache"
    Retriever.from_path(corpus, cache_dir=cache)
    loaded = Retriever.from_path(corpus, cache_dir=cache)
    passages = loaded.passages
    first = passages[5]
    for i in (6, 7, 5, 8):  # 5 read again: it is kept, the least recently read one (6) goes
        passages[i]
    assert list(passages._cache) == [7, 5, 8]
    assert passages[5] is first and passages[6] == Retriever.from_path(corpus, cache_dir=cache).passages[6]
    answer = loaded.ask("江欣苑社区有多少名党员？")  # ranking reads many more records than it keeps
    assert answer.answered and "200多名社区党员" in answer.hits[0].quote and len(passages._cache) == 3
