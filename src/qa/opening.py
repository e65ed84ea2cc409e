"""Open an index: load it from the cache when the corpus and the engine are unchanged, else build
it (and cache it). One named value comes out, whatever the path it took.

Kept apart from answering (`answer.py`): opening reads files, checks and writes the cache and
reports what was left out; answering only reads the opened index.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import cache as cache_store
from . import skipped as left_out
from .config import Settings
from .corpus_paths import corpus_files, fingerprint
from .errors import CacheError, EmptyCorpus
from .index import BM25Index
from .models import Document, Passage
from .params import ARTICLE_PARAMS, bm25_params, tokenizer_config
from .tokenize import Tokenizer, TokenizerConfig

if TYPE_CHECKING:
    from .build import Built

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class OpenedIndex:
    """Everything a Retriever serves from, as opened: from the cache or just built."""

    documents: Sequence[Document]
    passages: Sequence[Passage]
    index: BM25Index
    article_index: BM25Index | None
    tokenizer: Tokenizer
    article_of: list[int] | None  # passage → article, when the build worked it out (else read from the store)
    from_cache: bool
    warnings: list[str]
    cache_path: Path | None
    build_seconds: float
    skipped: list[left_out.Skipped]


def open_index(path: str | Path | None, settings: Settings, *, cache_dir: str | Path | None = None,
               use_cache: bool | None = None, progress: Progress | None = None,
               warn: Callable[[str], None] | None = None) -> OpenedIndex:
    """The corpus at `path` (None: `settings.corpus`, else the bundled one), opened.

    Raises CorpusNotFound / EmptyCorpus when nothing usable is there. Per-file problems are
    warnings (collected in `.warnings` and passed to `warn`), never errors.
    """
    if path is None and settings.corpus is not None:
        path = settings.corpus
    note = _Notes(warn)
    started = time.perf_counter()
    root, files = corpus_files(Path(path) if path is not None else None, note,
                               follow_links=settings.follow_links)
    note.paths.update(map(str, files))
    tok_config = tokenizer_config(settings)
    params = bm25_params(settings)
    settings_key = f"{tok_config.key()}|{params.key()}|title={int(settings.title_field)}"
    use_cache = settings.use_cache if use_cache is None else use_cache
    folder = Path(cache_dir) if cache_dir else (settings.cache_dir or cache_store.default_cache_dir())
    print_ = fingerprint(files)
    entry = _Entry(root, files, print_, folder, cache_store.cache_key(print_, settings_key))

    use_cache = use_cache and cache_store.usable_folder(folder, note)
    if use_cache and (opened := _from_cache(entry, tok_config, note, started)) is not None:
        return opened
    return _build(entry, settings, note, progress, started, cache=use_cache)


class _Notes:
    """The warnings of one opening: each kept, logged and passed on to `warn`, and the ones that
    name a corpus file (`paths`) recorded as left out."""

    def __init__(self, warn: Callable[[str], None] | None) -> None:
        self.warn = warn
        self.warnings: list[str] = []
        self.skipped: list[left_out.Skipped] = []
        self.paths: set[str] = set()

    def __call__(self, message: str) -> None:
        self.warnings.append(message)
        log.warning(message)
        if self.warn is not None:
            self.warn(message)
        if (record := left_out.record_of(message, self.paths)) is not None:
            self.skipped.append(record)


@dataclass(frozen=True)
class _Entry:
    """A corpus's files and the cache entry an index of them is kept in."""

    root: Path
    files: list[Path]
    fingerprint: str  # of the files when opening began: a change since then is not cached
    folder: Path
    key: str


def _from_cache(entry: _Entry, tok_config: TokenizerConfig, note: _Notes, started: float) -> OpenedIndex | None:
    """The cached index, or None (a damaged one is discarded, with a note, to be rebuilt)."""
    try:
        cached = cache_store.load(entry.folder, entry.key)
    except CacheError as exc:
        note(f"{exc}; rebuilding it")
        cache_store.discard(entry.folder, entry.key)
        return None
    if cached is None:
        return None
    documents, passages, index, words, article_index = cached
    tokenizer = Tokenizer(tok_config, words)
    note.skipped = cache_store.load_skipped(entry.folder / entry.key)
    if summary := left_out.summary(note.skipped):
        note(summary)  # a run from the cache says what was left out, as the build did
    return OpenedIndex(documents, passages, index, article_index, tokenizer, None, True, note.warnings,
                       entry.folder / entry.key, time.perf_counter() - started, note.skipped)


def _build(entry: _Entry, settings: Settings, note: _Notes, progress: Progress | None, started: float, *,
           cache: bool) -> OpenedIndex:
    """The index built from the files, and written to the cache entry when `cache` and it can be."""
    from .build import build_corpus  # cleaning, structuring, linking: not needed to answer from a cache

    writer = _writer(entry, note) if cache else None
    try:
        built = build_corpus(entry.root, entry.files, settings, article_params=ARTICLE_PARAMS, note=note,
                             progress=progress, on_stores=writer.write_stores if writer is not None else None)
    except BaseException as exc:
        if writer is not None:
            writer.abort()
        if isinstance(exc, EmptyCorpus) and len(entry.files) == 1 and note.skipped:  # name the file, not its folder
            raise EmptyCorpus(f"cannot use {entry.files[0]}: {note.skipped[0].detail}") from exc
        raise
    if summary := left_out.summary(note.skipped):
        note(summary)
    cache_path = None if writer is None else _commit(writer, entry, built, note)
    return OpenedIndex(built.documents, built.passages, built.index, built.article_index, built.tokenizer,
                       built.article_of, False, note.warnings, cache_path, time.perf_counter() - started,
                       note.skipped)


def _writer(entry: _Entry, note: _Notes) -> cache_store.Writer | None:
    """A writer for the cache entry, or None (with a note) when the folder cannot take one."""
    try:
        return cache_store.Writer(entry.folder, entry.key)
    except OSError as exc:
        note(f"cannot write the index cache in {entry.folder} ({exc.strerror or exc}); running without a cache")
    except CacheError as exc:  # the folder changed hands since usable_folder()
        note(str(exc))
    return None


def _commit(writer: cache_store.Writer, entry: _Entry, built: Built, note: _Notes) -> Path | None:
    """The cache entry written for the index just built, unless the corpus changed meanwhile."""
    if fingerprint(entry.files) != entry.fingerprint:
        writer.abort()
        note(f"corpus {entry.root} changed while it was being indexed; not caching this index")
        return None
    try:
        return writer.commit(built.index, built.words, built.article_index, skipped=note.skipped)
    except OSError as exc:
        note(f"cannot write the index cache in {entry.folder} ({exc.strerror or exc}); running without a cache")
        return None
