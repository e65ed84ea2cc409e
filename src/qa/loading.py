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
from .safefiles import admitted, open_regular
from .sanitize import shown

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
            if not name.startswith(".") and Path(name).suffix.lower() in TEXT_SUFFIXES:
                path = Path(dirpath) / name
                if admitted(path, real_root, warn, follow_links, folder=False):
                    yield path


def _doc_id(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


def read_text_file(path: Path, warn: Warn) -> str | None:
    """Decoded text of one file, or None after one warning naming it."""
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            data = handle.read(MAX_FILE_BYTES + 1) if size <= MAX_FILE_BYTES else b""
    except OSError as exc:
        warn(f"skipped {shown(path)}: cannot read ({exc.strerror or exc})")
        return None
    if size > MAX_FILE_BYTES or len(data) > MAX_FILE_BYTES:  # too big before reading, or grew since
        warn(f"skipped {shown(path)}: {max(size, len(data)) // (1024 * 1024)} MiB is over the "
             f"{MAX_FILE_BYTES // (1024 * 1024)} MiB limit")
        return None
    text = decode_bytes(data)
    if text is None:
        warn(f"skipped {shown(path)}: binary or unknown encoding (not UTF-8, UTF-16 or GB18030)")
        return None
    if not text.strip():
        warn(f"skipped {shown(path)}: empty")
        return None
    if not any(ch.isalnum() for ch in text):
        warn(f"skipped {shown(path)}: no text (only punctuation and symbols)")
        return None
    return text


def load_file(path: Path, root: Path, warn: Warn) -> RawDocument | None:
    text = read_text_file(path, warn)
    if text is None:
        return None
    doc_id = _doc_id(path, root)
    if path.suffix.lower() in {".html", ".htm"}:
        body, title = html_to_text(text)
        if not body.strip():
            warn(f"skipped {shown(path)}: no visible text")
            return None
        return RawDocument(doc_id, body, str(path), title, kind="html")
    return RawDocument(doc_id, text, str(path))


def iter_beir(path: Path, warn: Warn) -> Iterator[RawDocument]:
    """A BEIR corpus.jsonl: one `{"_id","title","text"}` per line; a bad line is named and skipped.

    Read a line at a time, so a corpus file has no size limit and its text is never held twice.
    """
    seen: set[str] = set()
    where = shown(path)
    for number, line in _beir_lines(path, warn):
        row = _beir_row(line)
        if isinstance(row, str):
            warn(f"skipped {where}:{number}: {row}")
            continue
        doc_id, body, title = row
        if doc_id in seen:
            warn(f"skipped {where}:{number}: duplicate _id '{shown(doc_id)}'")
            continue
        seen.add(doc_id)
        yield RawDocument(doc_id, body, f"{path}:{number}", title, kind="beir")


_JSON_KINDS = {type(None): "null", bool: "true or false", float: "a fraction", list: "a list", dict: "an object"}


def _beir_row(line: str) -> tuple[str, str, str | None] | str:
    """(_id, text, title) of one BEIR line, or why it cannot be used. An id must be a non-empty
    string or a number (`null` is not the id "None"), text and title strings (a list is not text)."""
    try:
        row = json.loads(line)
    except (ValueError, RecursionError):  # RecursionError: `[[[[…` nested a thousand deep
        return "not valid JSON"
    if not isinstance(row, dict) or "_id" not in row or "text" not in row:
        return "not a JSON object with _id and text"
    raw_id, body, title = row["_id"], row["text"], row.get("title")
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)) or not str(raw_id).strip():
        return f"_id must be a non-empty string or number, got {_JSON_KINDS.get(type(raw_id), 'a blank string')}"
    doc_id = str(raw_id)
    if not isinstance(body, str) or (title is not None and not isinstance(title, str)):
        return f"entry '{shown(doc_id)}': text and title must be strings"
    if not body.strip():
        return f"entry '{shown(doc_id)}' has no text"
    return doc_id, body, (title or "").strip() or None


def _beir_lines(path: Path, warn: Warn) -> Iterator[tuple[int, str]]:
    """(line number, text) of each non-blank line. UTF-8 as BEIR writes it; a line in another
    encoding is decoded like a whole file would be (GB18030), and UTF-16 files are read whole."""
    try:
        with open_regular(path) as handle:
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
                        warn(f"skipped {shown(path)}:{number}: not UTF-8 or GB18030 text")
                        continue
                if line.strip():
                    empty = False
                    yield number, line
            if empty:
                warn(f"skipped {shown(path)}: empty")
    except OSError as exc:
        warn(f"skipped {shown(path)}: cannot read ({exc.strerror or exc})")


def is_beir(path: Path) -> bool:
    return path.suffix.lower() == ".jsonl"


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


def fingerprint(files: list[Path]) -> str:
    """Content hash of the corpus: a changed, added or removed file changes it."""
    digest = hashlib.sha256()
    for file in files:
        digest.update(str(file).encode("utf-8", "surrogateescape") + b"\0")
        try:
            with open_regular(file) as handle:
                for block in iter(lambda h=handle: h.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            digest.update(b"<unreadable>")
        digest.update(b"\0")
    return digest.hexdigest()


def iter_documents(root: Path, files: list[Path], warn: Warn) -> Iterator[RawDocument]:
    """The corpus's documents as they are read (the build structures the first while it reads
    the rest); nothing is raised for an empty corpus, unlike `load_documents`."""
    for file in files:
        if is_beir(file):
            yield from iter_beir(file, warn)
        else:
            doc = load_file(file, root, warn)
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
