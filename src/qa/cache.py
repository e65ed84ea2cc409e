"""The index cache: a readable folder per corpus content + settings, written atomically.

The key covers the corpus bytes, the tokeniser and BM25 settings, the source of the modules that
build an index (`index_modules`) and the format version, so a changed file, another corpus or an
engine that indexes differently simply misses; a folder that
fails to load is reported, removed and rebuilt; only the most recently used indexes are kept.
Nothing is unpickled: JSON for the passages, one .npy file an array for the matrices.

Passages and documents are JSON arrays with one record a line; the files are mapped into memory
and a record is decoded only when read (see store.py), so loading a large cache costs little more
than reading the vocabulary: the matrices' arrays are mapped too (index_files.py), and every mapped
file's length is checked against what the manifest or the index header says it holds, and its
bytes against the checksum the manifest records (`digests`). The cache folder is claimed and
cleaned up as cache_folder.py says: qa removes only what it wrote.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import mmap
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np

from .cache_folder import claim, own_indexes, own_temporaries, remove_index
from .checksums import digests
from .engine_modules import engine_fingerprint
from .errors import CacheError
from .index import BM25Index
from .skipped import Skipped, dumps, loads
from .store import DocumentStore, PassageStore

FORMAT_VERSION = 7  # 6: the matrices as .npy files, mapped; 7: a checksum of every file in the manifest
WRITERS = 3  # threads writing a cache's files
KEEP_INDEXES = 8
SKIPPED_FILE = "skipped.json"
ABANDONED_SECONDS = 24 * 3600  # a temporary folder untouched this long belongs to no running build
Cached = tuple[DocumentStore, PassageStore, BM25Index, list[str], BM25Index]


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("qa", appauthor=False)) / "index"


def cache_key(fingerprint: str, settings_key: str) -> str:
    raw = f"qa-index-v{FORMAT_VERSION}\n{engine_fingerprint()}\n{fingerprint}\n{settings_key}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


class Writer:
    """One cache folder being written: in a temporary sibling folder, renamed into place by
    `commit`, so readers never see half a cache.

    The stores' files (half the bytes) are written by threads while the build still computes the
    passage matrix: writing is the kernel copying into the page cache, and at 100k passages that
    is ~1 s the build need not wait for. `write_stores` starts no thread before it is called, so
    a build may still fork its workers after making a Writer.
    """

    def __init__(self, folder: Path, key: str) -> None:
        claim(folder)  # ForeignCacheFolder when the folder holds what qa did not write
        self.folder, self.key = folder, key
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=folder))
        self._pool: ThreadPoolExecutor | None = None
        self._pending: list[Future[object]] = []
        self._stores: tuple[DocumentStore, PassageStore] | None = None

    def _submit(self, jobs: list[Callable[[], object]]) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max(1, min(WRITERS, os.cpu_count() or 1)))
        self._pending += [self._pool.submit(job) for job in jobs]

    def write_stores(self, documents: DocumentStore, passages: PassageStore) -> None:
        """Start writing the documents and passages (returns at once)."""
        tmp = self.tmp
        ids = {"documents": documents.ids, "passages": passages.ids}
        self._submit([
            lambda: (tmp / "passages.json").write_bytes(passages.blob),
            lambda: (tmp / "documents.json").write_bytes(documents.blob),
            lambda: np.savez(tmp / "columns.npz", document_offsets=documents.offsets,
                             document_duplicate=documents.duplicate, passage_offsets=passages.offsets,
                             passage_duplicate=passages.duplicate, passage_article=passages.article_of),
            lambda: (tmp / "ids.json").write_text(json.dumps(ids, ensure_ascii=False), encoding="utf-8"),
        ])
        self._stores = documents, passages

    def commit(self, index: BM25Index, words: list[str], article_index: BM25Index,
               skipped: list[Skipped] | None = None) -> Path:
        """Write the rest, wait for every file, then the manifest and the rename. OSError if a
        write failed (the temporary folder is removed). `skipped`: the files the corpus left out."""
        if self._stores is None:
            raise ValueError("write_stores must come before commit")
        documents, passages = self._stores
        tmp = self.tmp
        try:
            (tmp / "articles").mkdir()
            shared = article_index.vocab is index.vocab or article_index.vocab == index.vocab
            self._submit([
                lambda: index.save(tmp),
                lambda: article_index.save(tmp / "articles", vocab=not shared),
                lambda: (tmp / "words.json").write_text(json.dumps(words, ensure_ascii=False), encoding="utf-8"),
                lambda: (tmp / SKIPPED_FILE).write_text(dumps(skipped or []), encoding="utf-8"),
            ])
            self._wait()
            manifest = {"format": FORMAT_VERSION, "key": self.key, "documents": len(documents),
                        "passages": len(passages), "shared_vocab": shared,
                        "bytes": {"documents.json": len(documents.blob), "passages.json": len(passages.blob)},
                        "digests": digests(tmp)}
            (tmp / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
            target = self.folder / self.key
            remove_index(self.folder, self.key)
            try:
                os.replace(tmp, target)
            except OSError as exc:
                # Another process built the same key and renamed first: its cache is this one.
                if exc.errno not in (errno.ENOTEMPTY, errno.EEXIST) or not (target / "manifest.json").is_file():
                    raise
                self.abort()
                return target
        except BaseException:
            self.abort()
            raise
        prune(self.folder, keep={self.key})
        return target

    def abort(self) -> None:
        """Stop (after the writes under way) and remove the temporary folder."""
        with contextlib.suppress(Exception):
            self._wait()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _wait(self) -> None:
        """Every submitted write finished; the first failure raised once all have ended."""
        pending, self._pending = self._pending, []
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        for done in pending:
            done.result()


def save(folder: Path, key: str, documents: DocumentStore, passages: PassageStore,
         index: BM25Index, words: list[str], article_index: BM25Index) -> Path:
    """Write a whole cache at once (see `Writer`)."""
    writer = Writer(folder, key)
    writer.write_stores(documents, passages)
    return writer.commit(index, words, article_index)


def prune(folder: Path, keep: set[str], limit: int = KEEP_INDEXES) -> None:
    """Remove all but the `limit` most recently used indexes: every edited corpus or upgraded
    engine leaves an index behind that nothing will ask for again. Also the temporary folders of
    builds that were killed (a Writer's folder lives as long as the build, with the stores in it)
    once nothing has been written to them for `ABANDONED_SECONDS`. Only what qa provably wrote
    is ever removed (cache_folder.py): its own names, in a folder carrying its tag."""
    now = time.time()
    for entry in own_temporaries(folder):
        with contextlib.suppress(OSError):
            if now - entry.stat().st_mtime > ABANDONED_SECONDS:
                shutil.rmtree(entry, ignore_errors=True)
    entries = own_indexes(folder)
    entries.sort(key=lambda p: (p.name in keep, _used(p)), reverse=True)
    for stale in entries[limit:]:
        shutil.rmtree(stale, ignore_errors=True)


def _used(index: Path) -> float:
    try:
        return (index / "manifest.json").stat().st_mtime
    except OSError:
        return 0.0


def usable_folder(folder: Path, note: Callable[[str], None]) -> bool:
    """Can the cache use `folder`? If not, one note says why and the run goes on without a cache."""
    try:
        claim(folder)
    except CacheError as exc:
        note(str(exc))
        return False
    except OSError as exc:
        note(f"cannot write the index cache in {folder} ({exc.strerror or exc}); running without a cache")
        return False
    return True


def load(folder: Path, key: str) -> Cached | None:
    """The cached corpus, None when there is none; CacheError when one exists but is unusable.

    The files are summed (`digests`) in other threads while this one decodes what it must, and
    nothing is returned before the sums agree with the manifest; damage found that way is named
    by its file even when decoding failed on it first.
    """
    target = folder / key
    if not target.is_dir():
        return None
    manifest: dict = {}
    with ThreadPoolExecutor(1) as pool:
        summed = pool.submit(digests, target)
        try:
            manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
            if manifest.get("format") != FORMAT_VERSION or manifest.get("key") != key:
                raise CacheError(f"cache {target} is from another format or corpus")
            cached = _open(target, manifest)
        except Exception as exc:
            if manifest.get("format") == FORMAT_VERSION:
                _check(target, summed, manifest)
            if isinstance(exc, CacheError):
                raise
            raise CacheError(f"cache {target} is corrupt ({type(exc).__name__}: {exc})") from exc
        _check(target, summed, manifest)
    with contextlib.suppress(OSError):  # marks it recently used, for prune(); a read-only cache is fine
        os.utime(target / "manifest.json")
    return cached


def _check(target: Path, summed: Future[dict[str, str]], manifest: dict) -> None:
    """CacheError naming the files whose sums differ from the manifest's (or that came or went)."""
    try:
        found = summed.result()
    except OSError as exc:
        raise CacheError(f"cache {target} is corrupt (cannot read {exc.filename})") from exc
    expected = manifest.get("digests") or {}
    if found != expected:
        changed = sorted(name for name in found.keys() | expected.keys() if found.get(name) != expected.get(name))
        raise CacheError(f"cache {target} is damaged: {', '.join(changed[:3])} changed since it was written")


def _open(target: Path, manifest: dict) -> Cached:
    """The stores and indexes of a cache folder, mapped, with their sizes checked."""
    with np.load(target / "columns.npz", allow_pickle=False) as data:
        columns = {name: data[name] for name in data.files}
    ids = json.loads((target / "ids.json").read_text(encoding="utf-8"))
    documents = DocumentStore(_mapped(target / "documents.json", manifest), columns["document_offsets"],
                              ids["documents"], columns["document_duplicate"])
    passages = PassageStore(_mapped(target / "passages.json", manifest), columns["passage_offsets"],
                            ids["passages"], columns["passage_duplicate"], columns["passage_article"])
    for records in (documents, passages):  # records are decoded lazily: check both ends now
        records[0], records[len(records) - 1]
    words = json.loads((target / "words.json").read_text(encoding="utf-8"))
    index = BM25Index.load(target)
    article_index = BM25Index.load(target / "articles", index.vocab if manifest.get("shared_vocab") else None)
    if index.n_docs != len(passages) or manifest.get("passages") != len(passages) \
            or article_index.n_docs != int(passages.article_of[-1]) + 1 or manifest.get("documents") != len(documents):
        raise CacheError(f"cache {target} is truncated: passage counts disagree")
    return documents, passages, index, words, article_index


def _mapped(path: Path, manifest: dict) -> mmap.mmap:
    """The file mapped read-only, after checking it has the length the manifest recorded."""
    expected = manifest["bytes"][path.name]
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size != expected:
            raise CacheError(f"cache {path.parent} is truncated: {path.name} has {size} of {expected} bytes")
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


def load_skipped(target: Path) -> list[Skipped]:
    """The files left out when the cache at `target` was built (none if it cannot be read:
    the index itself is still good)."""
    try:
        return loads((target / SKIPPED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return []


def discard(folder: Path, key: str) -> None:
    """Remove a damaged index, if it is qa's own."""
    remove_index(folder, key)
