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
from importlib import resources
from pathlib import Path

from .encoding import decode_bytes as decode_bytes
from .errors import CorpusNotFound, EmptyCorpus
from .extracted import Extracted
from .read_html import html_to_text as html_to_text
from .safefiles import admitted, open_regular
from .sanitize import shown

TEXT_SUFFIXES = {".txt", ".text", ""}  # "" : a file with no extension is read as text
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
BINARY_SUFFIXES = {".pdf", ".docx"}
DEFERRED = "deferred"  # a RawDocument kind: a PDF or Word file not read yet (see iter_documents)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | BINARY_SUFFIXES
# What to do instead, for the unsupported types people try most.
_INSTEAD = {".doc": "save it as .docx", ".wps": "save it as .docx", ".rtf": "save it as .docx",
            ".jsonl": "a BEIR corpus.jsonl is read when it is the corpus path itself"}
MAX_FILE_BYTES = 64 * 1024 * 1024
Warn = Callable[[str], None]


@dataclass(frozen=True)
class RawDocument:
    """A document's decoded text before cleaning, with where it came from."""

    doc_id: str
    text: str
    path: str | None = None
    title: str | None = None
    kind: str = "text"  # "text", "html", "beir", "pdf" or "outline" (headings marked by the format)
    pages: tuple[tuple[int, str], ...] = ()  # (first line, printed page label): PDF only
    headings: tuple[int, ...] = ()  # lines the format marked as headings (Word, Markdown)


def bundled_corpus_dir() -> Path:
    return Path(str(resources.files("qa") / "corpus"))


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
    data = read_bytes(path, warn)
    if data is None:
        return None
    text = decode_bytes(data)
    if text is None:
        warn(f"skipped {shown(path)}: binary or unknown encoding (not UTF-8, UTF-16, GB18030 or Big5)")
        return None
    if not text.strip():
        warn(f"skipped {shown(path)}: empty")
        return None
    if not any(ch.isalnum() for ch in text):
        warn(f"skipped {shown(path)}: no text (only punctuation and symbols)")
        return None
    return text


def read_bytes(path: Path, warn: Warn) -> bytes | None:
    """The bytes of one file, or None after one warning naming it."""
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
    return data


def load_file(path: Path, root: Path, warn: Warn, doc_id: str | None = None) -> RawDocument | None:
    """One file → a raw document, read by the reader its suffix names; an unsupported type is
    named in a warning (`unsupported …`), never passed over in silence. `doc_id` as `doc_ids`
    gave it (else its path without suffix)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        instead = f" ({_INSTEAD[suffix]})" if suffix in _INSTEAD else ""
        warn(f"skipped {shown(path)}: unsupported file type {suffix}{instead}")
        return None
    return _read(path, doc_id or _doc_id(path, root), warn)


def read_deferred(raw: RawDocument, warn: Warn) -> RawDocument | None:
    """The document a `deferred` placeholder stands for, read now (in a build worker)."""
    return _read(Path(raw.path or ""), raw.doc_id, warn)


def _read(path: Path, doc_id: str, warn: Warn) -> RawDocument | None:
    suffix = path.suffix.lower()
    if suffix in BINARY_SUFFIXES:
        data = read_bytes(path, warn)
        extracted = None if data is None else _read_binary(path, suffix, data, warn)
        return None if extracted is None else _from_extracted(doc_id, path, extracted, "pdf" if suffix == ".pdf" else "outline")
    text = read_text_file(path, warn)
    if text is None:
        return None
    if suffix in MARKDOWN_SUFFIXES:
        from .read_markdown import read_markdown

        return _from_extracted(doc_id, path, read_markdown(text), "outline")
    if suffix in HTML_SUFFIXES:
        body, title = html_to_text(text)
        if not body.strip():
            warn(f"skipped {shown(path)}: no visible text")
            return None
        return RawDocument(doc_id, body, str(path), title, kind="html")
    return RawDocument(doc_id, text, str(path))


def _read_binary(path: Path, suffix: str, data: bytes, warn: Warn) -> Extracted | None:
    if suffix == ".pdf":
        from .read_pdf import read_pdf

        return read_pdf(path, data, warn)
    from .read_docx import read_docx

    return read_docx(path, data, warn)


def _from_extracted(doc_id: str, path: Path, extracted: Extracted, kind: str) -> RawDocument:
    return RawDocument(doc_id, extracted.text, str(path), extracted.title, kind=kind, pages=extracted.pages,
                       headings=extracted.headings)


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


def iter_documents(root: Path, files: list[Path], warn: Warn, *, defer: bool = False) -> Iterator[RawDocument]:
    """The corpus's documents as they are read (the build structures the first while it reads
    the rest); nothing is raised for an empty corpus, unlike `load_documents`.

    `defer`: PDF and Word files come as `deferred` placeholders (path and id only), for the
    build's workers to read (`read_deferred`): parsing a PDF costs far more than cleaning its
    text, and would otherwise run on one core while the others wait.
    """
    ids = doc_ids(root, [file for file in files if not (is_beir(file) and len(files) == 1)])
    for file in files:
        if is_beir(file) and len(files) == 1:
            yield from iter_beir(file, warn)
            continue
        if defer and file.suffix.lower() in BINARY_SUFFIXES:
            doc: RawDocument | None = RawDocument(ids[file], "", str(file), kind=DEFERRED)
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
