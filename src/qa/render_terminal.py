"""An answer for a terminal: plain text (pipes, `qa ask`) with optional ANSI colour, or rich (the REPL).

Both follow the shared layout (`qa.render_layout`): a numbered quote, its conversion, the citation
and the copies line. Colour is the caller's choice: piped output never carries escape codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .models import Answer
from .render_layout import (
    also_in_line,
    citation_line,
    corrections_line,
    lead_in_line,
    not_found_message,
    shorten,
)
from .render_marks import Mark, prepare
from .sanitize import clean

if TYPE_CHECKING:
    from rich.console import RenderableType

__all__ = ["render_rich", "render_text"]

ANSI_HL, ANSI_DIM, ANSI_RESET = "\x1b[1;33m", "\x1b[2m", "\x1b[0m"
ANSI_ANSWER = "\x1b[1;32m"
_RICH_HL, _RICH_ANSWER = "bold yellow", "bold green"


def _marked(text: str, spans: list[Mark]) -> str:
    out, pos = [], 0
    for start, end, answer in spans:
        out += [text[pos:start], ANSI_ANSWER if answer else ANSI_HL, text[start:end], ANSI_RESET]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def render_text(
    answer: Answer,
    *,
    coverage: str = "",
    color: bool = False,
    show_question: bool = False,
    example: str = "",
    names: Mapping[str, str] | None = None,
) -> str:
    """Plain text for pipes and terminals; ANSI colour only when the caller knows it is wanted.
    `names` (doc id → title, `copy_titles`) names the copies in the 亦见于 line, as the bot does."""
    lines = [f"问：{shorten(answer.question)}"] if show_question else []
    if corrections_line(answer):
        lines.append(corrections_line(answer))
    if not answer.answered or not answer.hits:
        lines.append(not_found_message(answer, coverage, example=example))
        if not answer.hits:
            return "\n".join(lines)
    for hit in answer.hits:
        quote, spans = prepare(hit.quote, hit.highlights, hit.answer_spans)
        if color:
            quote = _marked(quote, spans)
        lead = lead_in_line(hit)
        block = [f"{ANSI_DIM}{lead}{ANSI_RESET}" if color else lead] if lead else []
        block.append(f"[{hit.rank}] {quote}")
        if hit.quote_converted:
            block.append(f"→ {clean(hit.quote_converted)}")
        cite = citation_line(hit)
        block.append(f"{ANSI_DIM}{cite}{ANSI_RESET}" if color else cite)
        if hit.also_in:
            block.append(also_in_line(hit, names))
        lines.append("\n".join(block))
    return "\n\n".join(lines)


def render_rich(
    answer: Answer, *, coverage: str = "", example: str = "", names: Mapping[str, str] | None = None
) -> RenderableType:
    """A rich renderable for the REPL: matched terms highlighted, citations dimmed (no markup parsing);
    `names` as for `render_text`."""
    from rich.console import Group
    from rich.text import Text

    parts: list[Text] = [Text(corrections_line(answer), style="italic")] if answer.corrections else []
    if not answer.hits:
        return Group(*parts, Text(not_found_message(answer, coverage, example=example), style="yellow"))
    if not answer.answered:  # "mentioned, but not stated": the hits are related material
        parts += [Text(not_found_message(answer, coverage), style="yellow"), Text("")]
    for hit in answer.hits:
        quote, spans = prepare(hit.quote, hit.highlights, hit.answer_spans)
        line = Text(f"[{hit.rank}] ")
        line.stylize("bold cyan")
        offset = len(line)
        line.append(quote)
        for start, end, is_answer in spans:
            line.stylize(_RICH_ANSWER if is_answer else _RICH_HL, offset + start, offset + end)
        if parts:
            parts.append(Text(""))
        if lead := lead_in_line(hit):
            parts.append(Text(lead, style="dim"))
        parts.append(line)
        if hit.quote_converted:
            parts.append(Text(f"→ {clean(hit.quote_converted)}"))
        parts.append(Text(citation_line(hit), style="dim"))
        if hit.also_in:
            parts.append(Text(also_in_line(hit, names), style="dim"))
    return Group(*parts)
