"""A corpus path → the files it stands for, their document ids, their fingerprint and size.

None of this reads a file as a document (that is `loading.py`): opening an index needs the list
and the fingerprint to find its cache before anything is read, and the build sizes its workers
from the bytes on disk.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from .errors import CorpusNotFound
from .loading import SUPPORTED_SUFFIXES, Warn
from .safefiles import admitted, open_regular
from .sanitize import shown

__all__ = ["bundled_corpus_dir", "corpus_bytes", "corpus_files", "doc_ids", "fingerprint", "is_beir", "path_doc_id"]


def bundled_corpus_dir() -> Path:
    return Path(str(resources.files("qa") / "corpus"))


def corpus_files(path: Path | None, warn: Warn, *, follow_links: bool = False) -> tuple[Path, list[Path]]:
    """The files a corpus path stands for (resolving the bundled default), checked to exist.

    A file named on purpose is used wherever it lives, but like every file only if it is regular.
    """
    root = bundled_corpus_dir() if path is None else Path(path).expanduser()
    if not root.exists():
        raise CorpusNotFound(f"corpus path does not exist: {shown(root)}")
    if not root.is_dir():
        usable = admitted(root, os.path.realpath(root), warn, True, folder=False)
        return root.parent, [root] if usable else []
    return root, list(_walk(root, warn, follow_links))


def _walk(root: Path, warn: Warn, follow_links: bool = False) -> Iterator[Path]:
    """Files below root in a stable order. Symlinked folders are followed once (loops are named);
    a link that leads outside the corpus folder is skipped with a warning unless `follow_links`."""
    real_root = os.path.realpath(root)
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=lambda e: warn(
            f"skipped {shown(e.filename or root)}: cannot list folder ({e.strerror})")):
        real = os.path.realpath(dirpath)
        if real in seen:
            warn(f"skipped {shown(dirpath)}: symlink loop (already visited {shown(real)})")
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and admitted(Path(dirpath) / d, real_root, warn, follow_links, folder=True))
        for name in sorted(filenames):
            if not name.startswith("."):  # every file: an unsupported one is named, not passed over
                path = Path(dirpath) / name
                if admitted(path, real_root, warn, follow_links, folder=False):
                    yield path


def is_beir(path: Path) -> bool:
    return path.suffix.lower() == ".jsonl"


def _relative(path: Path, root: Path) -> Path:
    try:
        return path.relative_to(root)
    except ValueError:
        return Path(path.name)


def path_doc_id(path: Path, root: Path) -> str:
    """A file's document id when no other file shares it: its path below root without the suffix."""
    return _relative(path, root).with_suffix("").as_posix()


def doc_ids(root: Path, files: list[Path]) -> dict[Path, str]:
    """Each file's document id: its path below root without the suffix, or with it where that
    would be shared (`report.txt` and `report.md` are `report.txt` and `report.md`, not both
    `report`). It depends on the set of files only, never on the order they were listed in."""
    ids = {file: path_doc_id(file, root) for file in files}
    while True:
        seen: dict[str, int] = {}
        for doc_id in ids.values():
            seen[doc_id] = seen.get(doc_id, 0) + 1
        shared = {file for file, doc_id in ids.items() if seen[doc_id] > 1 and doc_id != _full_id(file, root)}
        if not shared:
            return ids
        ids.update((file, _full_id(file, root)) for file in shared)


def _full_id(path: Path, root: Path) -> str:
    return _relative(path, root).as_posix()


def fingerprint(files: list[Path]) -> str:
    """Content hash of the corpus: a changed, added or removed file changes it."""
    digest = hashlib.sha256()
    for file in files:
        digest.update(str(file).encode("utf-8", "surrogateescape") + b"\0")
        if file.suffix.lower() not in SUPPORTED_SUFFIXES and not (is_beir(file) and len(files) == 1):
            continue  # never read: its name is enough for the list of what was left out
        try:
            with open_regular(file) as handle:
                for block in iter(lambda h=handle: h.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            digest.update(b"<unreadable>")
        digest.update(b"\0")
    return digest.hexdigest()


def corpus_bytes(files: list[Path]) -> int:
    """The files' size on disk (an unreadable one counts 0): enough to choose how to build."""
    total = 0
    for file in files:
        with contextlib.suppress(OSError):
            total += file.stat().st_size
    return total
