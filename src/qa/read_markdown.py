"""Markdown → headings, paragraphs, list items and table rows as lines, markup gone.

Parsed with markdown-it-py (CommonMark, with tables), so `**作者**：曹雪芹` is quoted as
`作者：曹雪芹`, a link keeps its text and loses its address, and each list item is a line of its
own instead of being glued to its neighbours. The first `#` heading is the document's title.
"""

from __future__ import annotations

from typing import Any

from .extracted import Extracted, Outline

_BLOCK_TEXT = {"fence", "code_block"}


def read_markdown(text: str) -> Extracted:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    outline = Outline()
    title: str | None = None
    heading: str | None = None  # the tag of the heading being read
    row: list[str] | None = None
    for token in tokens:
        if token.type == "heading_open":
            heading = token.tag
        elif token.type == "heading_close":
            heading = None
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            outline.add(" | ".join(cell for cell in row if cell))
            row = None
        elif token.type == "inline":
            words = inline_text(token.children or [])
            if row is not None:
                row.append(words)
            elif words:
                if heading == "h1" and title is None:
                    title = words
                outline.add(words, heading=heading is not None)
        elif token.type in _BLOCK_TEXT:
            outline.add(token.content)
    return outline.extracted(title)


def inline_text(children: list[Any]) -> str:
    """The words of an inline run: emphasis, links and images' markup dropped, soft breaks joined
    (with a space only between two Latin letters or digits, as Chinese text has none)."""
    parts: list[str] = []
    for child in children:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append("\x00")
        elif child.type == "hardbreak":
            parts.append("\n")
    pieces = [piece.strip(" ") for piece in "".join(parts).strip().split("\x00")]
    text = pieces[0]
    for piece in pieces[1:]:
        latin = text and piece and _latin(text[-1]) and _latin(piece[0])
        text += (" " if latin else "") + piece
    return text


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()
