"""The index cache removes only what qa wrote itself, and refuses a folder that holds other things."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from qa import Retriever
from qa import cache as cache_store
from qa.cache_folder import MARKER
from qa.corpus_paths import bundled_corpus_dir

QUESTION = "江欣苑社区有多少名党员？"
LONG_AGO = time.time() - 10 * 24 * 3600


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(bundled_corpus_dir(), folder)
    return folder


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _age(folder: Path) -> None:
    """Every entry made to look untouched for days, as a home folder's hidden folders are."""
    for path in [*folder.rglob("*"), folder]:
        os.utime(path, (LONG_AGO, LONG_AGO))


def _home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    for name, text in {".ssh/id_ed25519": "PRIVATE KEY", ".git/HEAD": "ref: refs/heads/main",
                       ".config/app/settings.ini": "[x]", "project/manifest.json": "{}",
                       "notes.txt": "购物清单"}.items():
        (home / name).parent.mkdir(parents=True, exist_ok=True)
        (home / name).write_text(text, encoding="utf-8")
    _age(home)
    return home


def test_a_home_folder_as_cache_dir_is_refused_and_nothing_in_it_is_touched(corpus, tmp_path):
    home = _home(tmp_path)
    before = _snapshot(home)
    warnings: list[str] = []
    retriever = Retriever.from_path(corpus, cache_dir=home, warn=warnings.append)
    assert retriever.ask(QUESTION).answered  # the run goes on, without a cache
    assert retriever.cache_path is None and not retriever.from_cache
    assert _snapshot(home) == before
    assert sorted(p.name for p in home.iterdir()) == [".config", ".git", ".ssh", "notes.txt", "project"]
    refusals = [w for w in warnings if "qa did not create" in w]
    assert len(refusals) == 1 and str(home) in refusals[0]


def test_the_current_folder_as_cache_dir_is_refused(corpus, tmp_path, monkeypatch):
    home = _home(tmp_path)
    monkeypatch.chdir(home)
    before = _snapshot(home)
    warnings: list[str] = []
    Retriever.from_path(corpus, cache_dir=Path("."), warn=warnings.append)
    assert _snapshot(home) == before and any("qa did not create" in w for w in warnings)


def test_what_others_put_in_a_qa_cache_folder_later_is_never_removed(corpus, tmp_path):
    cache = tmp_path / "cache"
    Retriever.from_path(corpus, cache_dir=cache)
    assert (cache / MARKER).is_file()
    theirs = {".ssh/id_ed25519": "PRIVATE KEY", "album/manifest.json": "{}",
              "0123456789abcdef0123456789abcdef/manifest.json": json.dumps({"key": "someone else"})}
    for name, text in theirs.items():
        (cache / name).parent.mkdir(parents=True, exist_ok=True)
        (cache / name).write_text(text, encoding="utf-8")
    _age(cache)
    (corpus / "new.txt").write_text("新的一篇文章，讲社区服务。", encoding="utf-8")
    rebuilt = Retriever.from_path(corpus, cache_dir=cache)  # a new index: the write prunes
    assert rebuilt.cache_path is not None
    for name, text in theirs.items():
        assert (cache / name).read_text(encoding="utf-8") == text


def test_a_cache_folder_an_older_qa_wrote_without_a_tag_is_still_used(corpus, tmp_path):
    cache = tmp_path / "cache"
    Retriever.from_path(corpus, cache_dir=cache)
    (cache / MARKER).unlink()
    warnings: list[str] = []
    again = Retriever.from_path(corpus, cache_dir=cache, warn=warnings.append)
    assert again.from_cache and not warnings
    assert (cache / MARKER).is_file()


def test_only_qa_named_temporary_folders_are_removed_once_abandoned(corpus, tmp_path):
    cache = tmp_path / "cache"
    built = Retriever.from_path(corpus, cache_dir=cache)
    key = built.cache_path.name
    ours, theirs = cache / f".{'a' * 32}-killed1", cache / ".cache"
    for folder in (ours, theirs):
        folder.mkdir()
        (folder / "passages.json").write_bytes(b"[\n")
    _age(cache)
    cache_store.prune(cache, keep={key})
    assert not ours.exists() and theirs.is_dir() and (cache / key).is_dir()


def test_a_folder_another_qa_is_tagging_right_now_is_not_foreign(corpus, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / f".{MARKER}.4242").write_text("Signature: 8a477f597d28d172789f06886806bc55\n", encoding="utf-8")
    (cache / f".{'b' * 32}-abc123").mkdir()  # its build under way
    warnings: list[str] = []
    built = Retriever.from_path(corpus, cache_dir=cache, warn=warnings.append)
    assert built.cache_path is not None and not warnings
