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
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from .encoding import decode_bytes as decode_bytes
from .errors import CorpusNotFound, EmptyCorpus
from .extracted import Extracted
from .read_html import html_to_text as html_to_text

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
            if not name.startswith("."):  # every file: an unsupported one is named, not passed over
                yield Path(dirpath) / name


def _doc_id(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


def read_text_file(path: Path, warn: Warn) -> str | None:
    """Decoded text of one file, or None after one warning naming it."""
    data = read_bytes(path, warn)
    if data is None:
        return None
    text = decode_bytes(data)
    if text is None:
        warn(f"skipped {path}: binary or unknown encoding (not UTF-8, UTF-16, GB18030 or Big5)")
        return None
    if not text.strip():
        warn(f"skipped {path}: empty")
        return None
    return text


def read_bytes(path: Path, warn: Warn) -> bytes | None:
    """The bytes of one file, or None after one warning naming it."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            warn(f"skipped {path}: {size // (1024 * 1024)} MiB is over the {MAX_FILE_BYTES // (1024 * 1024)} MiB limit")
            return None
        data = path.read_bytes()
    except OSError as exc:
        warn(f"skipped {path}: cannot read ({exc.strerror or exc})")
        return None
    return data


def load_file(path: Path, root: Path, warn: Warn) -> RawDocument | None:
    """One file → a raw document, read by the reader its suffix names; an unsupported type is
    named in a warning (`unsupported …`), never passed over in silence."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        instead = f" ({_INSTEAD[suffix]})" if suffix in _INSTEAD else ""
        warn(f"skipped {path}: unsupported file type {suffix}{instead}")
        return None
    return _read(path, _doc_id(path, root), warn)


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
            warn(f"skipped {path}: no visible text")
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
        if file.suffix.lower() not in SUPPORTED_SUFFIXES and not (is_beir(file) and len(files) == 1):
            continue  # never read: its name is enough for the list of what was left out
        try:
            with file.open("rb") as handle:
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
    taken: set[str] = set()
    for file in files:
        if is_beir(file) and len(files) == 1:
            yield from iter_beir(file, warn)
            continue
        if defer and file.suffix.lower() in BINARY_SUFFIXES:
            doc: RawDocument | None = RawDocument(_doc_id(file, root), "", str(file), kind=DEFERRED)
        else:
            doc = load_file(file, root, warn)
        if doc is None:
            continue
        if doc.doc_id in taken:  # 通知.pdf beside 通知.docx: the second keeps its suffix in its id
            doc = replace(doc, doc_id=doc.doc_id + file.suffix)
        taken.add(doc.doc_id)
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
