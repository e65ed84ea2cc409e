"""The one sanitiser for every string that reaches a terminal, a JSON reader or a chat.

Corpus files, file names and questions are untrusted. ESC and the C1 CSI (U+009B) drive terminals
(`ESC[2J` clears the screen, an OSC sequence retitles the window); U+202E and the other bidi
overrides make a citation read backwards; lone surrogates (from file names or stdin bytes that are
not UTF-8) cannot be written as UTF-8 at all. Content (quotes, titles) loses only those characters,
so a quote stays verbatim otherwise; names and one-line fields show them as visible escapes
instead, so a skipped file is still named unambiguously.
"""

from __future__ import annotations

import os
import re
from typing import Any

# C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates and marks
# (U+061C, U+200E/F, U+202A-U+202E, U+2066-U+2069) and lone surrogates.
_UNSAFE_CLASS = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
UNSAFE_RE = re.compile(f"[{_UNSAFE_CLASS}]")
_UNSAFE_OR_BREAK_RE = re.compile(f"[{_UNSAFE_CLASS}\t\n]")

__all__ = ["UNSAFE_RE", "clean", "clean_data", "one_line", "shown"]


def clean(text: str | None) -> str:
    """Content as shown: unsafe characters removed, everything else (newlines too) verbatim."""
    return UNSAFE_RE.sub("", text or "")


def one_line(text: str | None) -> str:
    """A table cell, id or log line: unsafe characters removed, tabs and newlines become spaces."""
    return _UNSAFE_OR_BREAK_RE.sub(lambda m: "" if UNSAFE_RE.match(m.group()) else " ", text or "")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape): show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def shown(name: str | os.PathLike[str]) -> str:
    """A file name or id for a message: every unsafe character, tab and newline as a visible escape
    (`caf\\xe9.txt`, `\\x1b[2J.txt`), so the name is readable and still tells two files apart."""
    return _UNSAFE_OR_BREAK_RE.sub(_escape, os.fspath(name))


def clean_data(value: Any) -> Any:
    """`clean` applied to every string inside JSON-shaped data (dicts, lists, tuples)."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {clean_data(k): clean_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_data(v) for v in value]
    return value
