"""Shared fixtures: the bundled corpus is small enough to load once per session."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from qa import Retriever
from qa.corpus_paths import bundled_corpus_dir

os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    """The real engine on the bundled corpus, built once (its cache in a temp dir)."""
    return Retriever.from_path(cache_dir=tmp_path_factory.mktemp("qa-cache"))


@pytest.fixture
def one_file_retriever(tmp_path: Path) -> Callable[[str, str], Retriever]:
    """Builds the engine over a folder holding one text file (its name, its text), the cache beside it."""
    def build(name: str, text: str) -> Retriever:
        (tmp_path / "docs").mkdir()
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
        return Retriever.from_path(tmp_path / "docs", cache_dir=tmp_path / "cache")
    return build


@pytest.fixture(scope="session")
def seed_text() -> dict[str, str]:
    """Raw text of each bundled seed file, by doc_id."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(bundled_corpus_dir().glob("*.txt"))}


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"public evaluation data not found at {SHARED_DATA} (only on development machines)")
    return SHARED_DATA
