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

from . import cache as cache_store
from . import skipped as left_out
from .config import Settings
from .corpus_paths import corpus_files, fingerprint
from .errors import CacheError, EmptyCorpus
from .index import BM25Index
from .models import Document, Passage
from .params import ARTICLE_PARAMS, bm25_params, tokenizer_config
from .tokenize import Tokenizer

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
    warnings: list[str] = []
    skipped: list[left_out.Skipped] = []
    paths: set[str] = set()

    def note(message: str) -> None:
        warnings.append(message)
        log.warning(message)
        if warn is not None:
            warn(message)
        if (record := left_out.record_of(message, paths)) is not None:
            skipped.append(record)

    started = time.perf_counter()
    root, files = corpus_files(Path(path) if path is not None else None, note,
                               follow_links=settings.follow_links)
    paths.update(map(str, files))
    tok_config = tokenizer_config(settings)
    params = bm25_params(settings)
    settings_key = f"{tok_config.key()}|{params.key()}|title={int(settings.title_field)}"
    use_cache = settings.use_cache if use_cache is None else use_cache
    folder = Path(cache_dir) if cache_dir else (settings.cache_dir or cache_store.default_cache_dir())
    print_ = fingerprint(files)
    key = cache_store.cache_key(print_, settings_key)

    use_cache = use_cache and cache_store.usable_folder(folder, note)
    if use_cache:
        try:
            cached = cache_store.load(folder, key)
        except CacheError as exc:
            note(f"{exc}; rebuilding it")
            cache_store.discard(folder, key)
            cached = None
        if cached is not None:
            documents, passages, index, words, article_index = cached
            tokenizer = Tokenizer(tok_config, words)
            skipped = cache_store.load_skipped(folder / key)
            if summary := left_out.summary(skipped):
                note(summary)  # a run from the cache says what was left out, as the build did
            return OpenedIndex(documents, passages, index, article_index, tokenizer, None, True, warnings,
                               folder / key, time.perf_counter() - started, skipped)

    from .build import build_corpus  # cleaning, structuring, linking: not needed to answer from a cache

    writer = None
    if use_cache:
        try:
            writer = cache_store.Writer(folder, key)
        except OSError as exc:
            note(f"cannot write the index cache in {folder} ({exc.strerror or exc}); running without a cache")
        except CacheError as exc:  # the folder changed hands since usable_folder()
            note(str(exc))
    try:
        built = build_corpus(root, files, settings, article_params=ARTICLE_PARAMS, note=note, progress=progress,
                             on_stores=writer.write_stores if writer is not None else None)
    except BaseException as exc:
        if writer is not None:
            writer.abort()
        if isinstance(exc, EmptyCorpus) and len(files) == 1 and skipped:  # name the file, not its folder
            raise EmptyCorpus(f"cannot use {files[0]}: {skipped[0].detail}") from exc
        raise
    if summary := left_out.summary(skipped):
        note(summary)
    documents, passages, index, article_index = built.documents, built.passages, built.index, built.article_index
    tokenizer = built.tokenizer
    cache_path = None
    if writer is not None:
        if fingerprint(files) != print_:
            writer.abort()
            note(f"corpus {root} changed while it was being indexed; not caching this index")
        else:
            try:
                cache_path = writer.commit(index, built.words, article_index, skipped=skipped)
            except OSError as exc:
                note(f"cannot write the index cache in {folder} ({exc.strerror or exc}); running without a cache")
    return OpenedIndex(documents, passages, index, article_index, tokenizer, built.article_of, False, warnings,
                       cache_path, time.perf_counter() - started, skipped)
