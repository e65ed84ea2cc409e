"""Telegram's two hard limits, counted the way Telegram counts them, and text cut to fit them.

A message may hold 4,096 UTF-16 code units of visible text (an emoji outside the BMP counts two)
and 100 formatting entities. They are enforced by measuring, not hoped for: a longer message is
refused whole by the Bot API.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from .render_marks import Mark

__all__ = [
    "TELEGRAM_MAX_ENTITIES",
    "TELEGRAM_MAX_UTF16",
    "count_entities",
    "esc",
    "prefix_for",
    "trim",
    "utf16_len",
    "visible_length_utf16",
]

TELEGRAM_MAX_UTF16 = 4096
TELEGRAM_MAX_ENTITIES = 100
_SENTENCE_END = "。！？!?；;…\n"


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.units = 0
        self.entities = 0

    def handle_data(self, data: str) -> None:
        self.units += utf16_len(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.entities += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.entities += 1


def _parse(markup: str) -> _Visible:
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    return parser


def visible_length_utf16(markup: str) -> int:
    """Visible text length of Telegram HTML after parsing, in UTF-16 units (the 4,096 limit)."""
    return _parse(markup).units


def count_entities(markup: str) -> int:
    """Number of formatting entities (each <b>, <i>, … element is one; Telegram allows 100)."""
    return _parse(markup).entities


def esc(text: str) -> str:
    """Text escaped for Telegram's HTML parse mode (quotes need no escaping outside attributes)."""
    return html.escape(text, quote=False)


def prefix_for(text: str, units: int) -> int:
    """Largest code-point prefix of `text` fitting in `units` UTF-16 units."""
    used = 0
    for i, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > units:
            return i
    return len(text)


def trim(text: str, spans: list[Mark], units: int) -> tuple[str, list[Mark]]:
    """Fit `text` into `units`, cutting at a sentence end when that keeps at least half, else anywhere."""
    if utf16_len(text) <= units:
        return text, spans
    if units <= 0:
        return "", []
    cut = prefix_for(text, units - 1)
    sentence = max(text.rfind(mark, 0, cut) for mark in _SENTENCE_END) + 1
    if sentence >= cut // 2 and sentence > 0:
        cut = sentence
    kept = [(s, min(e, cut), answer) for s, e, answer in spans if s < cut]
    return text[:cut] + "…", kept
