"""Files, folders and BEIR `corpus.jsonl` → raw documents.

Loading never stops at a bad file: each one that cannot be used is skipped with one warning that
names it, and the rest of the corpus still loads.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

from .errors import CorpusNotFound, EmptyCorpus

TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm"}
MAX_FILE_BYTES = 64 * 1024 * 1024
Warn = Callable[[str], None]


@dataclass(frozen=True)
class RawDocument:
    """A document's decoded text before cleaning, with where it came from."""

    doc_id: str
    text: str
    path: str | None = None
    title: str | None = None
    kind: str = "text"  # "text", "html" or "beir"


def bundled_corpus_dir() -> Path:
    return Path(str(resources.files("qa") / "corpus"))


def decode_bytes(data: bytes) -> str | None:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK/GB2312).

    Returns None for data that is binary or valid in none of them.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data[:8192]:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    # GB18030 decodes almost any byte string; Latin-1 or binary data comes out as rare symbols
    # and unassigned code points rather than common Han characters and punctuation.
    return text if _plausible(text) else None


def _plausible(text: str) -> bool:
    sample = text[:4000]
    good = sum(1 for c in sample if c.isspace() or c.isascii() or "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
               or "\uff00" <= c <= "\uffef" or c in "“”‘’…—·")
    han = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    return good / max(len(sample), 1) > 0.9 and han > 0


class _HTMLText(HTMLParser):
    """Visible text of an HTML page, one line per block element; script and style dropped."""

    _BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
               "header", "footer", "blockquote", "pre", "title", "table", "ul", "ol"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "noscript", "template"}:
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "noscript", "template"} and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title += data
            return
        self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str | None]:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts), (parser.title.strip() or None)


def _walk(root: Path, warn: Warn) -> Iterator[Path]:
    """Files below root in a stable order; symlinked folders are followed once (loops are named)."""
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=lambda e: warn(
            f"skipped {e.filename}: cannot list folder ({e.strerror})")):
        real = os.path.realpath(dirpath)
        if real in seen:
            warn(f"skipped {dirpath}: symlink loop (already visited {real})")
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and Path(name).suffix.lower() in TEXT_SUFFIXES:
                yield Path(dirpath) / name


def _relative(path: Path, root: Path) -> Path:
    try:
        return path.relative_to(root)
    except ValueError:
        return Path(path.name)


def _doc_id(path: Path, root: Path) -> str:
    return _relative(path, root).with_suffix("").as_posix()


def doc_ids(root: Path, files: list[Path]) -> dict[Path, str]:
    """Each file's document id: its path below root without the suffix, or with it where that
    would be shared (`report.txt` and `report.md` are `report.txt` and `report.md`, not both
    `report`). It depends on the set of files only, never on the order they were listed in."""
    ids = {file: _doc_id(file, root) for file in files}
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


def read_text_file(path: Path, warn: Warn) -> str | None:
    """Decoded text of one file, or None after one warning naming it."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            warn(f"skipped {path}: {size // (1024 * 1024)} MiB is over the {MAX_FILE_BYTES // (1024 * 1024)} MiB limit")
            return None
        data = path.read_bytes()
    except OSError as exc:
        warn(f"skipped {path}: cannot read ({exc.strerror or exc})")
        return None
    text = decode_bytes(data)
    if text is None:
        warn(f"skipped {path}: binary or unknown encoding (not UTF-8, UTF-16 or GB18030)")
        return None
    if not text.strip():
        warn(f"skipped {path}: empty")
        return None
    return text


def load_file(path: Path, root: Path, warn: Warn, doc_id: str | None = None) -> RawDocument | None:
    """One file as a raw document; `doc_id` as `doc_ids` gave it (else its path without suffix)."""
    text = read_text_file(path, warn)
    if text is None:
        return None
    doc_id = doc_id or _doc_id(path, root)
    if path.suffix.lower() in {".html", ".htm"}:
        body, title = html_to_text(text)
        if not body.strip():
            warn(f"skipped {path}: no visible text")
            return None
        return RawDocument(doc_id, body, str(path), title, kind="html")
    return RawDocument(doc_id, text, str(path))


def iter_beir(path: Path, warn: Warn) -> Iterator[RawDocument]:
    """A BEIR corpus.jsonl: one `{"_id","title","text"}` per line; a bad line is named and skipped.

    Read a line at a time, so a corpus file has no size limit and its text is never held twice.
    """
    seen: set[str] = set()
    where = str(path)
    for number, line in _beir_lines(path, warn):
        try:
            row = json.loads(line)
            doc_id = str(row["_id"])
            body = str(row.get("text") or "")
        except (ValueError, KeyError, TypeError, AttributeError):
            warn(f"skipped {where}:{number}: not a JSON object with _id and text")
            continue
        if not body.strip():
            warn(f"skipped {where}:{number}: entry {doc_id!r} has no text")
            continue
        if doc_id in seen:
            warn(f"skipped {where}:{number}: duplicate _id {doc_id!r}")
            continue
        seen.add(doc_id)
        title = str(row.get("title") or "").strip() or None
        yield RawDocument(doc_id, body, f"{where}:{number}", title, kind="beir")


def _beir_lines(path: Path, warn: Warn) -> Iterator[tuple[int, str]]:
    """(line number, text) of each non-blank line. UTF-8 as BEIR writes it; a line in another
    encoding is decoded like a whole file would be (GB18030), and UTF-16 files are read whole."""
    try:
        with path.open("rb") as handle:
            if handle.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
                text = read_text_file(path, warn)
                yield from ((n, line) for n, line in enumerate(text.splitlines() if text else [], 1) if line.strip())
                return
            handle.seek(0)
            empty = True
            for number, raw in enumerate(handle, 1):
                if number == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8) :]
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    line = decode_bytes(raw) or ""
                    if not line:
                        warn(f"skipped {path}:{number}: not UTF-8 or GB18030 text")
                        continue
                if line.strip():
                    empty = False
                    yield number, line
            if empty:
                warn(f"skipped {path}: empty")
    except OSError as exc:
        warn(f"skipped {path}: cannot read ({exc.strerror or exc})")


def is_beir(path: Path) -> bool:
    return path.suffix.lower() == ".jsonl"


def corpus_files(path: Path | None, warn: Warn) -> tuple[Path, list[Path]]:
    """The files a corpus path stands for (resolving the bundled default), checked to exist."""
    root = bundled_corpus_dir() if path is None else Path(path).expanduser()
    if not root.exists():
        raise CorpusNotFound(f"corpus path does not exist: {root}")
    if root.is_file():
        return root.parent, [root]
    return root, list(_walk(root, warn))


def fingerprint(files: list[Path]) -> str:
    """Content hash of the corpus: a changed, added or removed file changes it."""
    digest = hashlib.sha256()
    for file in files:
        digest.update(str(file).encode("utf-8", "surrogateescape") + b"\0")
        try:
            with file.open("rb") as handle:
                for block in iter(lambda h=handle: h.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            digest.update(b"<unreadable>")
        digest.update(b"\0")
    return digest.hexdigest()


def iter_documents(root: Path, files: list[Path], warn: Warn) -> Iterator[RawDocument]:
    """The corpus's documents as they are read (the build structures the first while it reads
    the rest); nothing is raised for an empty corpus, unlike `load_documents`."""
    ids = doc_ids(root, [file for file in files if not is_beir(file)])
    for file in files:
        if is_beir(file):
            yield from iter_beir(file, warn)
        else:
            doc = load_file(file, root, warn, ids[file])
            if doc is not None:
                yield doc


def load_documents(root: Path, files: list[Path], warn: Warn) -> list[RawDocument]:
    docs = list(iter_documents(root, files, warn))
    if not docs:
        raise EmptyCorpus(f"no readable document in {root}")
    return docs


def corpus_bytes(files: list[Path]) -> int:
    """The files' size on disk (an unreadable one counts 0): enough to choose how to build."""
    total = 0
    for file in files:
        with contextlib.suppress(OSError):
            total += file.stat().st_size
    return total
