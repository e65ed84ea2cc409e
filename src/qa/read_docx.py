"""Word (.docx) → paragraphs and table rows in reading order, headings marked; headers and footers
(running text, page numbers) are not part of the body and are never read.

A heading is known by its style (`Heading 2`, `标题 2`, `Title`), else by an outline level set on
the paragraph or its style, else by numbering such as `第一章`, `一、` or `（一）` on a short line:
files written in WPS often carry no heading styles at all.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .extracted import Extracted, Outline

Warn = Callable[[str], None]
MAX_NUMBERED_HEADING_CHARS = 30
_NUMERALS = "一二三四五六七八九十百零〇"
_NUMBERED_HEADING_RE = re.compile(
    rf"^(?:第[{_NUMERALS}\d]+[章节節篇部编編]|[{_NUMERALS}]+、|[（(][{_NUMERALS}]+[)）])")
_HEADING_STYLE_RE = re.compile(r"^(?:heading|标题|標題|title)\b|^(?:heading|标题|標題)\s*\d", re.I)
_SENTENCE_END = ("。", "！", "？", "!", "?", "；", ";")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path, data: bytes, warn: Warn) -> Extracted | None:
    """The document body's text, or None after one warning naming the file."""
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # not a zip, no word/document.xml, bad XML …
        warn(f"skipped {path}: cannot read Word file ({type(exc).__name__})")
        return None
    outline = Outline()
    for kind, item in _body(document):
        if kind == "paragraph":
            text = item.text.strip()
            if text:
                outline.add(text, heading=is_heading(item, text))
        else:
            for row in _rows(item):
                outline.add(row)
    if not outline:
        warn(f"skipped {path}: empty")
        return None
    title = (document.core_properties.title or "").strip() or None
    return outline.extracted(title)


def _body(document: Any) -> Iterator[tuple[str, Any]]:
    """Paragraphs and tables of the body in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            yield "paragraph", Paragraph(child, document)
        elif child.tag == f"{_W}tbl":
            yield "table", Table(child, document)


def _rows(table: Any) -> Iterator[str]:
    """Each row as one line, its cells apart; a merged cell (repeated by python-docx) once."""
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = " ".join(cell.text.split())
            if text:
                cells.append(text)
        if cells:
            yield " | ".join(cells)


def is_heading(paragraph: Any, text: str) -> bool:
    """By style name, then outline level, then the numbering Chinese documents print."""
    style = paragraph.style
    names = [getattr(style, "name", None) or "", getattr(getattr(style, "base_style", None), "name", None) or ""]
    if any(_HEADING_STYLE_RE.match(name) for name in names):
        return True
    if _outline_level(paragraph._p) is not None or (style is not None and _outline_level(style.element) is not None):
        return True
    return (len(text) <= MAX_NUMBERED_HEADING_CHARS and not text.endswith(_SENTENCE_END)
            and bool(_NUMBERED_HEADING_RE.match(text)))


def _outline_level(element: Any) -> int | None:
    """`<w:outlineLvl w:val="0..8"/>` in the element's paragraph properties (9 means body text)."""
    found = element.find(f"{_W}pPr/{_W}outlineLvl")
    if found is None:
        return None
    value = found.get(f"{_W}val")
    return int(value) if value is not None and value.isdigit() and int(value) < 9 else None
