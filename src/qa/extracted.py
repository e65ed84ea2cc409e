"""What a format reader hands to structuring: lines, which of them are headings, where pages start.

Readers of PDF, Word and Markdown know things plain text does not say: a Word heading style, a
Markdown `#`, the page a line was printed on. They record them by line number, so cleaning can go
on working line by line and still tell structuring where each line came from.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Extracted:
    """A document's text (lines joined by newlines) and what its format said about the lines."""

    text: str
    title: str | None = None
    pages: tuple[tuple[int, str], ...] = ()  # (first line, printed page label), in order
    headings: tuple[int, ...] = ()  # line numbers of headings the format marked as such


class Outline:
    """Collects lines as a reader meets them; `extracted()` makes the result."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.headings: list[int] = []
        self.pages: list[tuple[int, str]] = []

    def page(self, label: str) -> None:
        """The lines added from here on were printed on page `label`."""
        self.pages.append((len(self.lines), label))

    def add(self, text: str, *, heading: bool = False) -> None:
        """One paragraph (or heading, or table row); a line break inside it starts a new line."""
        for part in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            part = part.strip()
            if not part:
                continue
            if heading:
                self.headings.append(len(self.lines))
            self.lines.append(part)
        self.lines.append("")  # paragraphs apart, as in a text file

    def __bool__(self) -> bool:
        return any(self.lines)

    def extracted(self, title: str | None = None) -> Extracted:
        return Extracted("\n".join(self.lines), title, tuple(self.pages), tuple(self.headings))
