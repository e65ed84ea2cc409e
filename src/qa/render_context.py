"""A hit's surrounding paragraph, the quote marked: Telegram HTML (the 上下文 button) or terminal
text (the REPL's `:ctx N`).

A paragraph can be megabytes long, so both media keep a window around the quote within Telegram's
4,096 UTF-16 units, the quote first and what surrounds it shared out either side.
"""

from __future__ import annotations

from .render_layout import shorten
from .render_limits import TELEGRAM_MAX_UTF16, esc, prefix_for, trim, utf16_len
from .render_terminal import ANSI_HL, ANSI_RESET
from .sanitize import clean

__all__ = ["render_context_html", "render_context_text"]


def _window(text: str, start: int, end: int, units: int) -> tuple[str, str, str]:
    """Split into (before, marked, after) around [start, end), shortened to `units` with "…"."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    before, mark, after = clean(text[:start]), clean(text[start:end]), clean(text[end:])
    if utf16_len(before) + utf16_len(mark) + utf16_len(after) <= units:
        return before, mark, after
    mark, _ = trim(mark, [], units)
    room = units - utf16_len(mark)
    left = room // 2
    if utf16_len(before) > left:
        keep = prefix_for(before[::-1], max(left - 1, 0))
        before = ("…" + before[len(before) - keep :]) if left >= 1 else ""
    after, _ = trim(after, [], room - utf16_len(before))
    return before, mark, after


def _heading(title: str, citation: str) -> list[str]:
    return [shorten(x) for x in (title, citation) if x and clean(x).strip()]


def render_context_html(text: str, start: int, end: int, *, title: str = "", citation: str = "") -> str:
    """The paragraph around a quote, quote in <b>, within Telegram's limits."""
    head = _heading(title, citation)
    used = sum(utf16_len(h) + 1 for h in head)
    before, mark, after = _window(text, start, end, TELEGRAM_MAX_UTF16 - used)
    lines = [f"<i>{esc(h)}</i>" for h in head]
    body = esc(before) + (f"<b>{esc(mark)}</b>" if mark else "") + esc(after)
    return "\n".join([*lines, body])


def render_context_text(
    text: str, start: int, end: int, *, title: str = "", citation: str = "", color: bool = False
) -> str:
    """The paragraph around a quote for the terminal, quote marked 【…】 (or coloured)."""
    before, mark, after = _window(text, start, end, TELEGRAM_MAX_UTF16)  # a paragraph can be megabytes
    on, off = (ANSI_HL, ANSI_RESET) if color else ("【", "】")
    return "\n".join([*_heading(title, citation), before + (on + mark + off if mark else "") + after])
