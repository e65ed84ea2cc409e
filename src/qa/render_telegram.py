"""An answer as Telegram HTML, within Telegram's 4,096-unit and 100-entity limits.

Hits are added while they fit (`qa.render_limits` measures); the first is trimmed at a sentence end
rather than dropped, later ones are dropped whole and counted, so "more" can resume from the first
one not shown. Every piece of corpus text is sanitised and HTML-escaped.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from .models import Answer, Hit
from .render_layout import (
    MORE_HINT,
    also_in_line,
    citation_line,
    corrections_line,
    lead_in_line,
    not_found_message,
    shorten,
)
from .render_limits import TELEGRAM_MAX_ENTITIES, TELEGRAM_MAX_UTF16, esc, trim, utf16_len
from .render_marks import Mark, prepare
from .sanitize import clean

__all__ = ["ChatStyle", "render_html", "render_html_fitted"]

# Matched words bold, the answer bold and underlined (two entities), so the two differ.
_HTML_HL, _HTML_ANSWER = ("<b>", "</b>"), ("<b><u>", "</u></b>")


class _Budget:
    """Tracks what is left of Telegram's two limits while blocks are added."""

    def __init__(self, units: int, entities: int) -> None:
        self.units, self.entities = units, entities


def _quote_html(text: str, spans: list[Mark]) -> str:
    out, pos = [], 0
    for start, end, answer in spans:
        on, off = _HTML_ANSWER if answer else _HTML_HL
        out += [esc(text[pos:start]), on, esc(text[start:end]), off]
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def _entities(mark: Mark) -> int:
    return 2 if mark[2] else 1


def _affordable(spans: list[Mark], entities: int) -> list[Mark]:
    """The marks that fit in `entities` formatting entities, the answer's first (it is what was asked)."""
    kept: list[Mark] = []
    for mark in sorted(spans, key=lambda m: not m[2]):
        if _entities(mark) <= entities:
            kept.append(mark)
            entities -= _entities(mark)
    return sorted(kept)


@dataclass(frozen=True)
class ChatStyle:
    """How a chat reader sees a hit (the bot): the quote in the reader's script with the verbatim
    original a tap away (a spoiler), the citation as a link when the document has a URL, and
    copies named by title (`names`: doc id → title, `copy_titles`), as every medium names them."""

    names: Mapping[str, str] | None = None
    reader_first: bool = True
    links: bool = True


def _link(url: str | None) -> str | None:
    url = clean(url).strip()
    return url if url.startswith(("http://", "https://")) and len(url) <= 2000 else None


def _hit_html(hit: Hit, budget: _Budget, *, trim_to_fit: bool, style: ChatStyle | None = None) -> str | None:
    """One hit block, or None when it does not fit and `trim_to_fit` is off (it is then dropped whole)."""
    quote, spans = prepare(hit.quote, hit.highlights, hit.answer_spans)
    converted = clean(hit.quote_converted)
    original = ""
    if style is not None and style.reader_first and converted:
        # The reader's script first; highlights still fit when the conversion kept the length.
        original, quote = quote, converted
        spans = spans if len(quote) == len(original) else []
        converted = ""
    prefix = f"[{hit.rank}] "
    cite, also = citation_line(hit), also_in_line(hit, style.names if style is not None else None)
    url = _link(hit.url) if style is not None and style.links else None
    lead = lead_in_line(hit)
    if lead and (budget.entities < 3 or utf16_len(lead) * 2 > budget.units):
        lead = ""  # what 该院 is, given up before any of the quote
    fixed = utf16_len(prefix) + utf16_len(cite) + 1
    fixed += (utf16_len(lead) + 1) if lead else 0
    fixed += (utf16_len(also) + 1) if also else 0
    fixed += 3 if converted else 0  # "\n→ "
    fixed += 4 if original else 0  # "\n原文："
    extras = 1 + bool(url) + bool(original) + bool(lead)  # entities besides highlights
    room = budget.units - fixed
    needed = utf16_len(quote) + utf16_len(converted) + utf16_len(original)
    if budget.entities < extras or room < 1 or (needed > room and not trim_to_fit):
        return None
    if needed > room:
        second = converted or original
        share = room if not second else max(room - utf16_len(second), room // 2)
        quote, spans = trim(quote, spans, share)
        second, _ = trim(second, [], room - utf16_len(quote))
        converted, original = (second, "") if converted else ("", second)
    spans = _affordable(spans, budget.entities - extras)
    lines = [f"<i>{esc(lead)}</i>"] if lead else []
    lines.append(esc(prefix) + _quote_html(quote, spans))
    if converted:
        lines.append("→ " + esc(converted))
    if original:
        lines.append("原文：<tg-spoiler>" + esc(original) + "</tg-spoiler>")
    lines.append(f'<i><a href="{html.escape(url)}">{esc(cite)}</a></i>' if url else f"<i>{esc(cite)}</i>")
    if also:
        lines.append(esc(also))
    budget.units -= fixed + utf16_len(quote) + utf16_len(converted) + utf16_len(original)
    budget.entities -= extras + sum(map(_entities, spans))
    return "\n".join(lines)


def render_html_fitted(
    answer: Answer,
    *,
    coverage: str = "",
    more_hint: bool | str = False,
    show_question: bool = True,
    example: str = "",
    style: ChatStyle | None = None,
    head: str = "",
) -> tuple[str, int]:
    """Telegram HTML plus how many hits it shows (so "more" can resume from the first one dropped).

    `show_question=False` leaves out the "问：…" echo (a reply to the user's message already shows
    it); `head` is a line shown first instead (the bot's "2/5" page line); `style` is the bot's.
    """
    head = shorten(head) if head else (f"问：{shorten(answer.question)}" if show_question else "")
    head = "\n".join(p for p in (head, corrections_line(answer)) if p)
    budget = _Budget(TELEGRAM_MAX_UTF16 - utf16_len(head) - 2, TELEGRAM_MAX_ENTITIES)
    if not answer.hits:
        text, _ = trim(not_found_message(answer, coverage, example=example), [], budget.units)
        return "\n\n".join(p for p in (esc(head), esc(text)) if p), 0
    if not answer.answered:  # "mentioned, but not stated": the hits follow as related material
        related = not_found_message(answer, coverage)
        head = "\n\n".join(p for p in (head, related) if p)
        budget.units -= utf16_len(related) + 2
    hint = MORE_HINT if more_hint is True else (more_hint or "")
    hint = shorten(hint)
    dropped_note = "（另有 999 条结果因篇幅未显示）"
    budget.units -= utf16_len(hint) + utf16_len(dropped_note) + 4
    blocks: list[str] = []
    for hit in answer.hits:
        block = _hit_html(hit, budget, trim_to_fit=not blocks, style=style)
        if block is None:
            break
        blocks.append(block)
        budget.units -= 2
    shown = len(blocks)
    tail = []
    if shown < len(answer.hits):
        tail.append(f"（另有 {len(answer.hits) - shown} 条结果因篇幅未显示）")
    if hint and (answer.has_more or shown < len(answer.hits)):
        tail.append(hint)
    body = "\n\n".join([esc(head), *blocks] if head else blocks)
    return (body + "\n\n" + esc("\n".join(tail)) if tail else body), shown


def render_html(
    answer: Answer,
    *,
    coverage: str = "",
    more_hint: bool | str = False,
    show_question: bool = True,
    names: Mapping[str, str] | None = None,
) -> str:
    """Telegram HTML for `qa ask --format html`, within Telegram's length and entity limits: the
    quotes verbatim, no links, copies named by `names` (doc id → title) as the bot names them."""
    style = ChatStyle(names=names, reader_first=False, links=False)
    return render_html_fitted(
        answer, coverage=coverage, more_hint=more_hint, show_question=show_question, style=style
    )[0]
