"""PDF → text page by page, with the printed page labels, running headers and page numbers gone.

pypdfium2 (installed with pdfplumber) reads a text PDF about 25× faster than pdfplumber and gives
each character's box, which is what finding a second column needs; when any page of its reading
looks garbled or empty-but-drawn, the file is read again with pdfplumber (on pdfminer.six, which
reads CID-keyed Chinese fonts through the predefined CMaps), and pdfium stays the fallback for
files pdfminer cannot parse. A page whose text comes out garbled —
`(cid:123)` for glyphs without a Unicode mapping, U+FFFD, private-use code points — or that is
only an image is named as needing OCR and left out; the other pages are kept.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from .extracted import Extracted, Outline

Warn = Callable[[str], None]
EDGE_LINES = 2  # lines at the top and at the bottom of a page where running heads and numbers sit
GARBLED_SHARE = 0.05
GUTTER_POINTS = 6.0  # half the width of the empty band between two columns
MIN_COLUMN_SHARE = 0.2
# `3`, `- 3 -`, `第3页`, `第 3 页 共 10 页`, `3/10`, `Page 3 of 10`, `— iv —`
_PAGE_NUMBER_RE = re.compile(
    r"^[-–—\s]*(?:第\s*)?(?:\d+|[ivxlcdm]+)\s*[页頁]?\s*(?:(?:[/／]|of|共)\s*\d+\s*[页頁]?)?[-–—\s]*$"
    r"|^(?:page|p\.)\s*\d+(?:\s*of\s*\d+)?$", re.I)
_DIGITS_RE = re.compile(r"\d+")
_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")
_CID_RE = re.compile(r"\(cid:\d+\)")


def read_pdf(path: Path, data: bytes, warn: Warn) -> Extracted | None:
    """The PDF's text with its pages, or None after one warning naming the file."""
    try:  # pdfium first: 25× faster; pdfplumber when it cannot be sure of every page
        labels, pages, images = _pdfium_pages(data)
        if any(is_garbled("".join(lines)) or (not lines and has_images)
               for lines, has_images in zip(pages, images, strict=True)):
            raise ValueError("a page pdfium could not read cleanly")
    except Exception:
        try:
            labels, pages, images = _pdfplumber_pages(data)
        except Exception as exc:  # pdfminer raises many kinds for damaged or encrypted files
            if "password" in type(exc).__name__.lower() or "encrypt" in str(exc).lower():
                warn(f"skipped {path}: encrypted PDF")
                return None
            try:
                labels, pages, images = _pdfium_pages(data)
            except Exception as again:
                warn(f"skipped {path}: cannot read PDF ({type(exc).__name__}; {type(again).__name__})")
                return None
    outline = Outline()
    left_out: list[str] = []
    for label, lines, has_images in zip(labels, strip_running_lines(pages), images, strict=True):
        if is_garbled("".join(lines)) or (not lines and has_images):
            left_out.append(label)
            continue
        outline.page(label)
        for line in lines:
            # A stray unmapped glyph (a bullet, a dingbat) on a good page is dropped, not quoted.
            outline.add(_CID_RE.sub("", line) if "(cid:" in line else line)
    if left_out:
        warn(f"{path}: page {', '.join(left_out)} needs OCR (no usable text layer); left out, the rest is kept")
    if not outline:
        warn(f"skipped {path}: no text layer (a scanned PDF needs OCR)" if left_out else f"skipped {path}: empty")
        return None
    return outline.extracted()


def _pdfplumber_pages(data: bytes) -> tuple[list[str], list[list[str]], list[bool]]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        count = len(pdf.pages)
        labels = _labels(pdf, count)
        pages, images = [], []
        for page in pdf.pages:
            pages.append(_lines(_page_text(page)))
            images.append(bool(page.images))
            page.flush_cache()  # a long PDF would otherwise keep every page's characters
    return labels, pages, images


def _labels(pdf: object, count: int) -> list[str]:
    """The printed page labels (`iv`, `12`) where the PDF defines them, else 1, 2, 3 …"""
    try:
        labels = [str(label) for label in islice(pdf.doc.get_page_labels(), count)]  # type: ignore[attr-defined]
    except Exception:  # PDFNoPageLabels, or a damaged label tree
        labels = []
    return labels if len(labels) == count and all(labels) else [str(n) for n in range(1, count + 1)]


def _page_text(page: object) -> str:
    """One page's text; a two-column page is read left column first, then right."""
    chars = page.chars  # type: ignore[attr-defined]
    if chars:
        middle = float(page.width) / 2  # type: ignore[attr-defined]
        left = sum(1 for c in chars if c["x1"] <= middle - GUTTER_POINTS)
        right = sum(1 for c in chars if c["x0"] >= middle + GUTTER_POINTS)
        across = len(chars) - left - right
        if across <= 0.02 * len(chars) and min(left, right) >= MIN_COLUMN_SHARE * len(chars):
            top, bottom = float(page.bbox[1]), float(page.bbox[3])  # type: ignore[attr-defined]
            halves = [page.crop((page.bbox[0], top, middle, bottom)),  # type: ignore[attr-defined]
                      page.crop((middle, top, page.bbox[2], bottom))]  # type: ignore[attr-defined]
            return "\n".join(half.extract_text() or "" for half in halves)
    return page.extract_text() or ""  # type: ignore[attr-defined]


def _pdfium_pages(data: bytes) -> tuple[list[str], list[list[str]], list[bool]]:
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    pdf = pypdfium2.PdfDocument(data)
    try:
        count = len(pdf)
        labels = [pdf.get_page_label(i) for i in range(count)]
        if not all(labels):
            labels = [str(n) for n in range(1, count + 1)]
        pages, images = [], []
        for i in range(count):
            page = pdf[i]
            pages.append(_lines(_pdfium_text(page, page.get_textpage())))
            images.append(any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])))
    finally:
        pdf.close()
    return labels, pages, images


def _pdfium_text(page: object, text: object) -> str:
    """One page's text by pdfium; a two-column page left column first, as `_page_text` does."""
    boxes = [text.get_charbox(i) for i in range(text.count_chars())]  # type: ignore[attr-defined]
    boxes = [box for box in boxes if box[2] > box[0]]  # drawn glyphs only, not line breaks
    if boxes:
        width, height = page.get_width(), page.get_height()  # type: ignore[attr-defined]
        middle = width / 2
        left = sum(1 for box in boxes if box[2] <= middle - GUTTER_POINTS)
        right = sum(1 for box in boxes if box[0] >= middle + GUTTER_POINTS)
        if len(boxes) - left - right <= 0.02 * len(boxes) and min(left, right) >= MIN_COLUMN_SHARE * len(boxes):
            return "\n".join(text.get_text_bounded(left=x0, bottom=0, right=x1, top=height)  # type: ignore[attr-defined]
                              for x0, x1 in ((0, middle), (middle, width)))
    return text.get_text_range()  # type: ignore[attr-defined]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


def is_garbled(text: str) -> bool:
    """Text without a Unicode mapping: `(cid:N)` glyphs, replacement characters, private-use
    glyphs, counted glyph by glyph against the page's visible glyphs."""
    cids = len(_CID_RE.findall(text)) if "(cid:" in text else 0
    visible = len(_CID_RE.sub("", text).replace(" ", "")) + cids if cids else len(text.replace(" ", ""))
    if not visible:
        return False
    bad = cids + text.count("\ufffd") + len(_PRIVATE_USE_RE.findall(text))
    return bad / visible > GARBLED_SHARE


def strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Each page without its page number and the header and footer lines repeated on other pages.

    A line at a page's edge counts as running when, digits aside (`2024年第3期`), it stands at
    the edge of at least half the pages (and of two or more).
    """
    def key(line: str) -> str:
        return _DIGITS_RE.sub("#", line.replace(" ", ""))

    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({key(line) for line in _edges(lines)})
    needed = max(2, (len(pages) + 1) // 2)
    running = {k for k, n in seen.items() if n >= needed}
    out = []
    for lines in pages:
        edge = set(range(min(EDGE_LINES, len(lines)))) | set(range(max(0, len(lines) - EDGE_LINES), len(lines)))
        out.append([line for i, line in enumerate(lines)
                    if i not in edge or not (key(line) in running or _PAGE_NUMBER_RE.match(line))])
    return out


def _edges(lines: list[str]) -> list[str]:
    return lines[:EDGE_LINES] + lines[max(EDGE_LINES, len(lines) - EDGE_LINES) :]
