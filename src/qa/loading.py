"""One file → a raw document: its bytes within the size limit, decoded, read by its format's reader.

Loading never stops at a bad file: each one that cannot be used is skipped with one warning that
names it, and the rest of the corpus still loads. Which files a corpus holds is `corpus_paths.py`;
walking them in order is `corpus_documents.py`; a BEIR `corpus.jsonl` is read by `read_beir.py`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .encoding import decode_bytes
from .extracted import Extracted
from .read_html import html_to_text
from .safefiles import open_regular
from .sanitize import shown

TEXT_SUFFIXES = {".txt", ".text", ""}  # "" : a file with no extension is read as text
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
BINARY_SUFFIXES = {".pdf", ".docx"}
DEFERRED = "deferred"  # a RawDocument kind: a PDF or Word file not read yet (see corpus_documents.iter_documents)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | BINARY_SUFFIXES
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


def read_deferred(raw: RawDocument, warn: Warn) -> RawDocument | None:
    """The document a `deferred` placeholder stands for, read now (in a build worker)."""
    return read_document(Path(raw.path or ""), raw.doc_id, warn)


def read_document(path: Path, doc_id: str, warn: Warn) -> RawDocument | None:
    """One file of a supported type → a raw document, by the reader its suffix names, or None
    after one warning naming it."""
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
