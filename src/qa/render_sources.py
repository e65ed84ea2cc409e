"""The corpus listings: `qa sources` and the REPL's `:sources` (plain or rich table), the bot's
/sources reply, the files left out (`qa sources --skipped`) and one document (`:doc ID`).

File names, titles and sources are untrusted: each table cell is put on one line (a newline in a
file name must not start a new row) and sanitised; the bot's reply is HTML-escaped as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .models import Document
from .render_layout import shorten
from .render_limits import esc
from .sanitize import clean, one_line

if TYPE_CHECKING:
    from rich.console import RenderableType

__all__ = [
    "SOURCE_COLUMNS",
    "render_document_text",
    "render_skipped_text",
    "render_sources_html",
    "render_sources_rich",
    "render_sources_text",
]

SOURCE_COLUMNS = ("doc_id", "title", "date", "source", "script", "articles", "passages", "duplicate_of")


def _cell(value: object) -> str:
    """One table cell on one line: a newline in a file name must not start a new row."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " / ".join(one_line(str(v)) for v in value)
    return one_line(str(value))


def render_skipped_text(rows: Sequence[dict[str, str]]) -> str:
    """`qa sources --skipped`: one line per file left out, `reason  path  (why)`."""
    if not rows:
        return "no files left out"
    return "\n".join(f"{clean(row['reason']):<12} {clean(row['path'])}  ({clean(row['detail'])})" for row in rows)


def render_sources_text(rows: Sequence[dict[str, object]], *, width: int = 40) -> str:
    """Aligned plain-text table of Retriever.sources() rows (CJK counted two columns wide).

    The articles column holds a count; each document's headlines follow its row in full, one per
    line, so a multi-article file shows every article it was split into.
    """
    from rich.cells import cell_len, set_cell_size

    headers = [c.replace("_", "-") for c in SOURCE_COLUMNS]
    table = []
    for row in rows:
        line = []
        for column in SOURCE_COLUMNS:
            value = row.get(column)
            if column == "articles" and isinstance(value, (list, tuple)):
                value = len(value)
            line.append(_cell(value))
        table.append(line)
    for line in table:
        for i, value in enumerate(line):
            if cell_len(value) > width:
                line[i] = set_cell_size(value, width - 1) + "…"
    widths = [max([cell_len(h)] + [cell_len(line[i]) for line in table]) for i, h in enumerate(headers)]
    out = ["  ".join(set_cell_size(v, w) for v, w in zip(headers, widths, strict=True)).rstrip()]
    for row, line in zip(rows, table, strict=True):
        out.append("  ".join(set_cell_size(v, w) for v, w in zip(line, widths, strict=True)).rstrip())
        articles = row.get("articles")
        if isinstance(articles, (list, tuple)) and len(articles) > 1:
            out.extend(f"    {number}. {one_line(str(title))}" for number, title in enumerate(articles, 1))
    return "\n".join(out)


def render_sources_html(rows: Sequence[dict[str, object]], total: int, *, max_chars: int) -> str:
    """The bot's /sources reply: one numbered line per document (title · date · source, passages),
    cut with a "listed the first N" note at `max_chars`; every field sanitised and HTML-escaped."""
    text = "资料来源："
    for i, row in enumerate(rows, 1):
        parts = [_cell(row.get(k)) for k in ("title", "date", "source")]
        extra = f"（{row.get('passages', 0)} 段" + ("，重复" if row.get("duplicate_of") else "") + "）"
        line = f"\n{i}. " + " · ".join(p for p in parts if p.strip()) + extra
        if len(text) + len(line) > max_chars:
            text += f"\n……（共 {total} 篇，列出前 {i - 1} 篇）"
            break
        text += line
    else:
        if total > len(rows):
            text += f"\n……（共 {total} 篇，列出前 {len(rows)} 篇）"
    return esc(text)


def render_sources_rich(rows: Sequence[dict[str, object]]) -> RenderableType:
    """The same table for a terminal, headlines wrapped instead of cut."""
    from rich.table import Table
    from rich.text import Text

    table = Table(*(c.replace("_", "-") for c in SOURCE_COLUMNS), show_lines=False)
    for row in rows:  # Text, not str: a title holding "[bold]" is not rich markup
        table.add_row(*(Text(_cell(row.get(c))) for c in SOURCE_COLUMNS))
    return table


def render_document_text(doc: Document) -> str:
    """A document's metadata and its articles, one per line, for `:doc ID`."""
    fields = [
        ("doc_id", doc.doc_id),
        ("title", doc.title),
        ("date", doc.date),
        ("source", doc.source),
        ("authors", "、".join(doc.authors)),
        ("editor", doc.editor),
        ("url", doc.url),
        ("script", doc.script),
        ("path", doc.path),
        ("duplicate of", doc.duplicate_of),
        ("characters", str(len(doc.text))),
    ]
    lines = [f"{name}: {shorten(str(value))}" for name, value in fields if value]
    if doc.articles:
        lines.append(f"articles ({len(doc.articles)}):")
    for number, article in enumerate(doc.articles, 1):
        extra = " · ".join(shorten(p) for p in (article.date, article.source) if p)
        lines.append(f"  {number}. {shorten(article.title)}" + (f" · {extra}" if extra else ""))
        for section in article.sections:
            lines.append(f"       – {shorten(section)}")
    return "\n".join(lines)
