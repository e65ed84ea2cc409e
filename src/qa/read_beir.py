"""A BEIR `corpus.jsonl` → raw documents, streamed a line at a time.

Kept apart from the per-file readers (`loading.py`): a corpus.jsonl is a whole corpus, not one
document, so it escapes their size limit, and a bad line is named by its number and skipped while
the rest still loads.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path

from .encoding import decode_bytes
from .loading import RawDocument, Warn, read_text_file
from .safefiles import open_regular
from .sanitize import shown

__all__ = ["iter_beir"]


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
