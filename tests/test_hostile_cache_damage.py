"""A cache damaged in place (an edited digit, a flipped bit, NaNs, a reversed array) is never
served: the next load warns, rebuilds and answers as before."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from qa import Retriever, checksums
from qa import cache as cache_store
from qa.corpus_paths import bundled_corpus_dir

QUESTIONS = ("江欣苑社区有多少名党员？", "三峡大坝位于哪里", "台风卢碧影响哪里")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> tuple[Path, Path, dict[str, list[str]]]:
    """A corpus, a cache folder written for it once, and the quotes it gives."""
    root = tmp_path_factory.mktemp("damage")
    corpus = root / "corpus"
    shutil.copytree(bundled_corpus_dir(), corpus)
    built = Retriever.from_path(corpus, cache_dir=root / "cache")
    return corpus, built.cache_path, {q: [h.quote for h in built.ask(q).hits] for q in QUESTIONS}


def _files(entry: Path) -> list[str]:
    return sorted(p.relative_to(entry).as_posix() for p in entry.rglob("*") if p.is_file() and p.name != "manifest.json")


@pytest.fixture
def damaged(pristine, tmp_path) -> tuple[Path, Path, Path]:
    """A fresh copy of the pristine cache to damage."""
    corpus, entry, _ = pristine
    cache = tmp_path / "cache"
    shutil.copytree(entry.parent, cache)
    return corpus, cache, cache / entry.name


def _reload_rebuilds(corpus: Path, cache: Path, entry: Path, expected: dict[str, list[str]]) -> None:
    warnings: list[str] = []
    again = Retriever.from_path(corpus, cache_dir=cache, warn=warnings.append)
    assert not again.from_cache
    assert len(warnings) == 1 and "rebuilding" in warnings[0] and str(entry) in warnings[0]
    assert {q: [h.quote for h in again.ask(q).hits] for q in QUESTIONS} == expected
    assert Retriever.from_path(corpus, cache_dir=cache).from_cache  # the rebuilt cache is sound


def test_every_file_of_a_cache_is_covered(pristine):
    _, entry, _ = pristine
    manifest = json.loads((entry / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["digests"]) == _files(entry)


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_a_flipped_bit_anywhere_is_caught(pristine, damaged, where):
    corpus, cache, entry = damaged
    for name in _files(entry):
        path = entry / name
        data = bytearray(path.read_bytes())
        data[int(len(data) * where)] ^= 0x04
        path.write_bytes(bytes(data))
        with pytest.raises(cache_store.CacheError, match=re.escape(name)):
            cache_store.load(cache, entry.name)
        data[int(len(data) * where)] ^= 0x04
        path.write_bytes(bytes(data))
    assert cache_store.load(cache, entry.name) is not None


def test_an_edited_year_in_the_passages_is_not_quoted(pristine, damaged):
    corpus, cache, entry = damaged
    store = entry / "passages.json"
    text = store.read_text(encoding="utf-8")
    edited, count = re.subn(r"(19|20)(\d)(\d)年", lambda m: f"{m[1]}{(int(m[2]) + 1) % 10}{m[3]}年", text)
    assert count and len(edited.encode()) == len(text.encode())  # same length: only the bytes differ
    store.write_text(edited, encoding="utf-8")
    _reload_rebuilds(corpus, cache, entry, pristine[2])


def _rewrite(entry: Path, name: str, change) -> None:
    """Change one array and write a manifest that agrees with it: what the digests cannot catch."""
    path = entry / name
    array = np.load(path)
    np.save(path, change(array.copy()), allow_pickle=False)
    manifest = json.loads((entry / "manifest.json").read_text(encoding="utf-8"))
    manifest["digests"] = checksums.digests(entry)
    (entry / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def _nan(array):
    array[len(array) // 2] = np.nan
    return array


def _out_of_range(array):
    array[len(array) // 2] = 10**6
    return array


@pytest.mark.parametrize(("name", "change"), [
    ("bm25.data.npy", _nan), ("bm25.idf.npy", _nan), ("articles/bm25.base.npy", _nan),
    ("bm25.indptr.npy", lambda a: a[::-1].copy()), ("bm25.indices.npy", _out_of_range),
    ("articles/bm25.indices.npy", _out_of_range),
], ids=["nan-scores", "nan-idf", "nan-article-base", "reversed-pointers", "row-out-of-range", "article-out-of-range"])
def test_an_index_that_points_outside_its_arrays_is_rebuilt(pristine, damaged, name, change):
    corpus, cache, entry = damaged
    _rewrite(entry, name, change)
    _reload_rebuilds(corpus, cache, entry, pristine[2])
