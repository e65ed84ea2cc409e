"""Answer → terminal text, rich, Telegram HTML or JSON: one layout, a style per medium.

Every front end renders through `qa.render`, so the REPL, `qa ask` and the bot show the same layout
and the same wordings. The work is done in modules named for their job; this one gathers their
public names, which is where the front ends and tests import them from:

- `render_layout`    the shared wordings (not found, not stated, small talk), citation, 亦见于 line
- `render_marks`     a quote's matched words and answer, mapped onto the sanitised quote
- `render_terminal`  plain text (optional ANSI colour) and rich, for `qa ask` and the REPL
- `render_telegram`  Telegram HTML within 4,096 UTF-16 units and 100 entities (`render_limits`)
- `render_json`      one line of JSON, `Answer.to_dict()` keys and values unchanged
- `render_context`   a quote's surrounding paragraph (`:ctx N`, the 上下文 button)
- `render_sources`   corpus listings (`qa sources`, `:sources`, `:doc`, /sources)
"""

from __future__ import annotations

from .render_context import render_context_html, render_context_text
from .render_json import render_json
from .render_layout import (
    MORE_HINT,
    SMALL_TALK,
    citation_line,
    copy_titles,
    corrections_line,
    not_found_message,
    understood_as,
)
from .render_limits import (
    TELEGRAM_MAX_ENTITIES,
    TELEGRAM_MAX_UTF16,
    count_entities,
    utf16_len,
    visible_length_utf16,
)
from .render_sources import (
    render_document_text,
    render_skipped_text,
    render_sources_html,
    render_sources_rich,
    render_sources_text,
)
from .render_telegram import ChatStyle, render_html, render_html_fitted
from .render_terminal import render_rich, render_text

__all__ = [
    "MORE_HINT",
    "SMALL_TALK",
    "ChatStyle",
    "TELEGRAM_MAX_ENTITIES",
    "TELEGRAM_MAX_UTF16",
    "citation_line",
    "copy_titles",
    "understood_as",
    "corrections_line",
    "count_entities",
    "not_found_message",
    "render_context_html",
    "render_context_text",
    "render_document_text",
    "render_html",
    "render_html_fitted",
    "render_json",
    "render_rich",
    "render_skipped_text",
    "render_sources_html",
    "render_sources_rich",
    "render_sources_text",
    "render_text",
    "utf16_len",
    "visible_length_utf16",
]
