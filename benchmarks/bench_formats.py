#!/usr/bin/env python3
"""How fast your own documents are read: PDF pages per second, and a mixed folder's build.

Makes its inputs in a temporary folder from the bundled corpus's text (nothing is downloaded):
a text PDF of `--pages` pages in a CID font (reportlab's STSong-Light, as the tests use), then a
folder of `--files` files of each kind (.txt in UTF-8 and GBK, a Big5 .txt, .md, .html, .docx,
.pdf). Prints the PDF reader's pages/s (one process, `qa.read_pdf`) and the whole build's
throughput on the folder (`Retriever.from_path(..., use_cache=False)`, on every core as configured).

Usage: python benchmarks/bench_formats.py [--pages 60] [--files 10]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from common import print_machine

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from formats_fixtures import cid_canvas  # noqa: E402

from qa import Retriever  # noqa: E402
from qa.corpus_paths import bundled_corpus_dir  # noqa: E402
from qa.read_pdf import read_pdf  # noqa: E402

LINE_CHARS, LINES_PER_PAGE = 38, 36


def corpus_lines() -> list[str]:
    text = "".join(p.read_text(encoding="utf-8").replace("\n", "") for p in sorted(bundled_corpus_dir().glob("*.txt")))
    return [text[i : i + LINE_CHARS] for i in range(0, len(text), LINE_CHARS)]


def write_text_pdf(path: Path, lines: list[str], pages: int) -> None:
    c = cid_canvas(path)
    for number in range(pages):
        c.setFont("STSong-Light", 8)
        c.drawString(72, 800, "某某研究报告 2024年第3期")
        c.setFont("STSong-Light", 12)
        for row in range(LINES_PER_PAGE):
            c.drawString(60, 760 - 20 * row, lines[(number * LINES_PER_PAGE + row) % len(lines)])
        c.drawString(290, 30, f"- {number + 1} -")
        c.showPage()
    c.save()


def write_docx(path: Path, lines: list[str]) -> None:
    import docx

    document = docx.Document()
    document.add_heading("一、工作情况", level=1)
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))


def write_folder(folder: Path, lines: list[str], files: int) -> None:
    import opencc

    big5 = opencc.OpenCC("s2t")
    for n in range(files):
        part = lines[n * 40 : n * 40 + 40] or lines[:40]
        body = "\n".join(part) + "\n"
        (folder / f"u{n}.txt").write_text(body, encoding="utf-8")
        (folder / f"g{n}.txt").write_bytes(body.encode("gb18030"))
        (folder / f"b{n}.txt").write_bytes(big5.convert(body).encode("big5", errors="ignore"))
        (folder / f"m{n}.md").write_text("# 笔记\n\n" + "\n\n".join(f"- {line}" for line in part), encoding="utf-8")
        (folder / f"h{n}.html").write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in part)
                                           + "</body></html>", encoding="utf-8")
        write_docx(folder / f"w{n}.docx", part)
        write_text_pdf(folder / f"p{n}.pdf", part * 3, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=60, help="pages of the PDF timed alone")
    parser.add_argument("--files", type=int, default=10, help="files of each kind in the mixed folder")
    args = parser.parse_args()
    print_machine()
    lines = corpus_lines()
    with tempfile.TemporaryDirectory() as tmp:
        pdf, warm = Path(tmp) / "report.pdf", Path(tmp) / "warm-up.pdf"
        write_text_pdf(pdf, lines, args.pages)
        write_text_pdf(warm, lines, 1)
        read_pdf(warm, warm.read_bytes(), print)  # imports and the Chinese CMaps: once per process, not per page
        start = time.perf_counter()
        extracted = read_pdf(pdf, pdf.read_bytes(), lambda message: print("warning:", message))
        seconds = time.perf_counter() - start
        assert extracted is not None and len(extracted.pages) == args.pages
        print(f"pdf: {args.pages} pages in {seconds:.2f} s = {args.pages / seconds:.1f} pages/s (one process)")

        folder = Path(tmp) / "mixed"
        folder.mkdir()
        write_folder(folder, lines, args.files)
        files = sorted(folder.iterdir())
        size = sum(f.stat().st_size for f in files)
        start = time.perf_counter()
        r = Retriever.from_path(folder, use_cache=False)
        seconds = time.perf_counter() - start
        print(f"mixed folder: {len(files)} files ({size / 1e6:.1f} MB, 7 kinds) → {len(r.documents)} documents, "
              f"{len(r.passages)} passages in {seconds:.2f} s = {len(files) / seconds:.1f} files/s; "
              f"left out: {len(r.skipped)}")


if __name__ == "__main__":
    main()
