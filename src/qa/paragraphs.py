"""The paragraphs around a stretch of a document's text: what a quote is shown inside.

Documents keep paragraphs apart with a blank line (`structure`), so a paragraph is the text between
two of them. A passage is often the whole paragraph, so its surroundings need the paragraphs on
either side as well.
"""

from __future__ import annotations

__all__ = ["paragraph_of", "paragraphs_around"]


def paragraph_of(text: str, start: int, end: int) -> tuple[str, int]:
    """The paragraph of `text` holding [start, end), and where `start` is inside it."""
    first = text.rfind("\n\n", 0, start)
    first = 0 if first == -1 else first + 2
    last = text.find("\n\n", end)
    last = len(text) if last == -1 else last
    return text[first:last], start - first


def paragraphs_around(text: str, start: int, end: int, paragraphs: int = 1) -> tuple[str, int]:
    """`paragraph_of` with `paragraphs` more paragraphs on each side, and where `start` is inside."""
    first, last = start, end
    for _ in range(paragraphs + 1):
        found = text.rfind("\n\n", 0, max(first - 2, 0)) if first > 0 else -1
        first = 0 if found == -1 else found + 2
        found = text.find("\n\n", last + (2 if text.startswith("\n\n", last) else 0))
        last = len(text) if found == -1 else found
    return text[first:last], start - first
