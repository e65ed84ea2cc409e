"""Where each printed page starts in a document's cleaned text.

Cleaning drops lines and joins others, so a page's first line has no fixed place in the text that
comes out; the blocks still know their page, and they are written out in order.
"""

from __future__ import annotations


class PageMarks:
    """Where each page starts in the cleaned text, found by following the blocks (which know their
    page) as their text is written out in the same order; pages only go forward."""

    LOOKAHEAD = 64  # blocks dropped as repeats or boilerplate between two written ones

    def __init__(self, blocks: list[tuple[str, str]]) -> None:
        self._blocks = [(text, page) for text, page in blocks if text]
        self._next = 0
        self._starts: list[tuple[int, str]] = []

    def mark(self, piece: str, offset: int) -> None:
        stop = min(len(self._blocks), self._next + self.LOOKAHEAD)
        for index in range(self._next, stop):
            text, page = self._blocks[index]
            if piece.startswith(text):
                self._next = index + 1
                if not self._starts or self._starts[-1][1] != page:
                    self._starts.append((offset, page))
                return

    def starts(self) -> tuple[tuple[int, str], ...]:
        return tuple(self._starts)

