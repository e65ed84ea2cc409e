"""Your own documents: PDF with pages, Word, Markdown, Big5 and UTF-16 files, each answered with a
citation that says where (page or section), built from real files in a temporary folder."""

from __future__ import annotations

import json

import opencc
import pytest
from formats_fixtures import (
    MARKDOWN,
    PDF_HEADER,
    write_docx,
    write_pdf,
    write_scanned_page_pdf,
    write_two_column_pdf,
)

from qa import Retriever
from qa.read_pdf import is_garbled, strip_running_lines
from qa.render import citation_line, render_json


def _retriever(folder, cache, warnings=None):
    return Retriever.from_path(folder, cache_dir=cache, warn=(warnings.append if warnings is not None else None))


def _top(r, question):
    answer = r.ask(question)
    assert answer.answered, question
    return answer.hits[0]


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "docs"
    path.mkdir()
    return path


def test_a_pdf_quote_cites_its_page_and_the_running_lines_are_gone(folder, tmp_path):
    write_pdf(folder / "通知.pdf")
    r = _retriever(folder, tmp_path / "cache")
    hit = _top(r, "社区服务经费每年不少于多少？")
    assert "五十万元" in hit.quote and hit.page == "2" and hit.section == "二、经费保障"
    assert "第2页" in citation_line(hit) and '"page": "2"' in render_json(r.ask("社区服务经费每年不少于多少？"))
    text = r.documents[0].text
    assert PDF_HEADER not in text and "- 1 -" not in text and "- 2 -" not in text
    # a sentence broken by the page's width is one sentence again
    assert "社区服务中心每周一至周五上午九点开放" in text
    assert _top(r, "社区服务中心几点开放？").page == "1"


def test_the_page_survives_the_cache(folder, tmp_path):
    write_pdf(folder / "通知.pdf")
    _retriever(folder, tmp_path / "cache")
    again = _retriever(folder, tmp_path / "cache")
    assert again.from_cache and _top(again, "社区服务经费每年不少于多少？").page == "2"


def test_printed_page_labels_are_cited(folder, tmp_path):
    write_pdf(folder / "报告.pdf", labels_from=7)
    r = _retriever(folder, tmp_path / "cache")
    assert _top(r, "社区服务经费每年不少于多少？").page == "7"
    assert _top(r, "社区服务中心几点开放？").page == "i"


def test_text_files_have_no_page(folder, tmp_path):
    (folder / "a.txt").write_text("社区服务经费每年不少于五十万元。", encoding="utf-8")
    hit = _top(_retriever(folder, tmp_path / "cache"), "社区服务经费每年不少于多少？")
    assert hit.page is None and "页" not in citation_line(hit) and hit.to_dict()["page"] is None


def test_two_columns_are_read_column_by_column(folder, tmp_path):
    left, right = ["左栏第一句在这里。", "左栏第二句在这里。"], ["右栏第一句在这里。", "右栏第二句在这里。"]
    write_two_column_pdf(folder / "两栏.pdf", left, right)
    text = _retriever(folder, tmp_path / "cache").documents[0].text
    positions = [text.index(s) for s in left + right]
    assert positions == sorted(positions)


def test_a_page_without_text_is_named_as_needing_ocr_and_the_rest_kept(folder, tmp_path):
    write_scanned_page_pdf(folder / "扫描.pdf", "第一页的文字可以读取。")
    warnings: list[str] = []
    r = _retriever(folder, tmp_path / "cache", warnings)
    assert any("扫描.pdf" in w and "page 2" in w and "OCR" in w for w in warnings)
    assert "第一页的文字可以读取。" in r.documents[0].text and not r.skipped


def test_garbled_text_and_running_lines_are_recognised():
    assert is_garbled("(cid:12)(cid:34)(cid:56)社区") and is_garbled("\ue000\ue001\ue002社区服务")
    assert not is_garbled("社区服务经费由区财政统一拨付。")
    pages = [["报告 2024年第1期", "正文一。", "第 1 页 共 3 页"], ["报告 2024年第2期", "正文二。", "2"],
             ["报告 2024年第3期", "正文三。", "Page 3 of 3"]]
    assert strip_running_lines(pages) == [["正文一。"], ["正文二。"], ["正文三。"]]


def test_word_headings_become_sections_and_tables_are_read(folder, tmp_path):
    write_docx(folder / "报告.docx")
    r = _retriever(folder, tmp_path / "cache")
    hit = _top(r, "阳光社区有多少户居民？")
    assert "三千二百户" in hit.quote and hit.section == "一、基本情况" and hit.title == "阳光社区年度工作报告"
    hit = _top(r, "志愿服务活动开展了几次？")
    assert "四十六次" in hit.quote and hit.section == "二、志愿服务"
    assert _top(r, "明年计划新建几处口袋公园？").section == "明年打算"
    hit = _top(r, "老年食堂补贴多少钱？")
    assert "十二万元" in hit.quote and "老年食堂补贴" in hit.quote and hit.page is None
    assert "内部资料" not in r.documents[0].text


def test_markdown_is_parsed_not_read_as_text(folder, tmp_path):
    (folder / "笔记.md").write_text(MARKDOWN, encoding="utf-8")
    r = _retriever(folder, tmp_path / "cache")
    assert r.documents[0].title == "《红楼梦》读书笔记"
    hit = _top(r, "红楼梦的作者是谁？")
    assert hit.quote.startswith("作者：曹雪芹") and "**" not in hit.quote and hit.section == "基本信息"
    assert "成书时间" not in hit.quote  # each list item is a passage of its own
    hit = _top(r, "林黛玉寄居在哪里？")
    assert "寄居贾府" in hit.quote and "](" not in hit.quote and hit.section == "主要人物"
    assert "蘅芜苑" in _top(r, "薛宝钗住在哪里？").quote


@pytest.mark.parametrize("name, encoding", [("繁體.txt", "big5"), ("宽字符.txt", "utf-16-be"),
                                            ("宽字符.text", "utf-16-le"), ("无后缀", "utf-8"),
                                            ("笔记.markdown", "gb18030")])
def test_big5_utf16_without_bom_and_other_names_are_read(folder, tmp_path, name, encoding):
    text = "阳光花园小区停水通知\n\n因管道维修，本小区将于十二月五日停水一天，请各位住户提前储水。\n"
    if encoding == "big5":
        text = opencc.OpenCC("s2t").convert(text)
    (folder / name).write_bytes(text.encode(encoding))
    warnings: list[str] = []
    r = _retriever(folder, tmp_path / "cache", warnings)
    hit = _top(r, "小区哪天停水？")
    assert ("十二月五日" in hit.quote) and not warnings


def test_what_was_left_out_is_named_and_remembered_by_the_cache(folder, tmp_path):
    (folder / "good.txt").write_text("社区服务经费每年不少于五十万元。", encoding="utf-8")
    (folder / "slides.pptx").write_bytes(b"PK\x03\x04 not really")
    (folder / "sheet.xlsx").write_bytes(b"PK\x03\x04 not really")
    (folder / "noise.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" + bytes(range(256)))
    warnings: list[str] = []
    built = _retriever(folder, tmp_path / "cache", warnings)
    line = "3 files left out: 2 unsupported (.pptx, .xlsx), 1 unreadable — `qa sources --skipped`"
    assert line in warnings and any("slides.pptx" in w and "unsupported" in w for w in warnings)
    cached_warnings: list[str] = []
    cached = _retriever(folder, tmp_path / "cache", cached_warnings)
    assert cached.from_cache and cached_warnings == [line]
    assert [(s.path, s.reason) for s in cached.skipped] == [(s.path, s.reason) for s in built.skipped]
    assert sorted(s.reason for s in cached.skipped) == ["unreadable", "unsupported", "unsupported"]


def test_adding_an_unsupported_file_is_noticed_by_a_cached_corpus(folder, tmp_path):
    (folder / "good.txt").write_text("社区服务经费每年不少于五十万元。", encoding="utf-8")
    assert _retriever(folder, tmp_path / "cache").skipped == []
    (folder / "slides.pptx").write_bytes(b"PK\x03\x04")
    assert [s.reason for s in _retriever(folder, tmp_path / "cache").skipped] == ["unsupported"]


def _qa(capsys, tmp_path, *args):
    from qa.cli import main

    code = main([*args, "--cache-dir", str(tmp_path / "cache")], env={"NO_COLOR": "1"})
    out, err = capsys.readouterr()
    return code, out, err


def test_every_command_says_what_was_left_out_and_sources_lists_it(capsys, folder, tmp_path):
    (folder / "good.txt").write_text("社区服务经费每年不少于五十万元。", encoding="utf-8")
    (folder / "slides.pptx").write_bytes(b"PK\x03\x04")
    line = "1 file left out: 1 unsupported (.pptx) — `qa sources --skipped`"
    for args in (["index"], ["ask", "社区服务经费每年不少于多少？"], ["sources"]):  # built once, then from the cache
        code, _, err = _qa(capsys, tmp_path, *args, "--corpus", str(folder))
        assert code == 0 and err.count(line) == 1, args
    code, out, _ = _qa(capsys, tmp_path, "sources", "--skipped", "--corpus", str(folder))
    assert code == 0 and "slides.pptx" in out and "unsupported" in out and "good.txt" not in out
    code, out, _ = _qa(capsys, tmp_path, "sources", "--skipped", "--json", "--corpus", str(folder))
    assert [row["reason"] for row in json.loads(out)] == ["unsupported"]


def test_a_file_given_directly_that_cannot_be_used_is_named(capsys, folder, tmp_path):
    bad = folder / "报告.docx"
    bad.write_bytes(b"this is not a zip file")
    code, _, err = _qa(capsys, tmp_path, "sources", "--corpus", str(bad))
    assert code == 2 and f"qa: error: cannot use {bad}: cannot read Word file" in err


def test_pdf_and_word_files_are_read_by_the_build_workers_with_the_same_result(folder, monkeypatch):
    from dataclasses import asdict

    from qa import build
    from qa.config import Settings
    from qa.corpus_paths import corpus_files

    write_pdf(folder / "通知.pdf")
    write_docx(folder / "报告.docx")
    (folder / "笔记.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    results, notes, deferred = [], [], []
    real = build.iter_documents
    monkeypatch.setattr(build, "iter_documents", lambda *a, defer=False: deferred.append(defer) or real(*a, defer=defer))
    for workers in (1, 2):
        root, files = corpus_files(folder, notes.append)
        results.append(build.build_corpus(root, files, Settings(build_workers=workers), note=notes.append,
                                          article_params=build.ARTICLE_PARAMS, min_parallel_chars=0,
                                          block_sizes=(2, 40)))
    serial, parallel = results
    assert deferred == [False, True]
    assert [asdict(d) for d in parallel.documents] == [asdict(d) for d in serial.documents]
    assert [asdict(p) for p in parallel.passages] == [asdict(p) for p in serial.passages]
    assert any(d.pages for d in parallel.documents)
    assert len([n for n in notes if "broken.pdf" in n]) == 2  # named by the serial and the parallel build


def test_the_same_name_in_two_formats_gives_two_documents(folder, tmp_path):
    write_pdf(folder / "通知.pdf")
    (folder / "通知.txt").write_text("另一份通知的正文在这里。", encoding="utf-8")
    r = _retriever(folder, tmp_path / "cache")
    assert sorted(d.doc_id for d in r.documents) == ["通知.pdf", "通知.txt"]  # a shared stem keeps both suffixes
    assert _top(r, "社区服务经费每年不少于多少？").page == "2"


def test_a_pdf_pdfminer_cannot_parse_is_read_by_pdfium(folder, tmp_path, monkeypatch):
    from qa import read_pdf

    def broken(data):
        raise ValueError("pdfminer gave up")

    monkeypatch.setattr(read_pdf, "_pdfplumber_pages", broken)
    write_pdf(folder / "通知.pdf")
    hit = _top(Retriever.from_path(folder, use_cache=False), "社区服务经费每年不少于多少？")
    assert "五十万元" in hit.quote and hit.page == "2"


def test_a_pdf_with_no_text_at_all_is_left_out_as_needing_ocr(folder, tmp_path):
    from formats_fixtures import cid_canvas

    (folder / "good.txt").write_text("社区服务经费每年不少于五十万元。", encoding="utf-8")
    c = cid_canvas(folder / "scan.pdf")
    c.rect(100, 400, 200, 200, fill=1)  # a drawing, no text: not a scan, but no text either
    c.showPage()
    c.save()
    write_scanned_page_pdf(folder / "only-image.pdf", "")
    r = _retriever(folder, tmp_path / "cache")
    assert {(s.path.rsplit("/", 1)[-1], s.reason) for s in r.skipped} == {("scan.pdf", "empty"),
                                                                           ("only-image.pdf", "needs-ocr")}
    assert "2 files left out: 1 empty, 1 scanned (need OCR) — `qa sources --skipped`" in r.warnings


def test_telegram_citations_show_the_page(folder, tmp_path):
    from qa.render import render_html

    write_pdf(folder / "通知.pdf")
    assert "第2页" in render_html(_retriever(folder, tmp_path / "cache").ask("社区服务经费每年不少于多少？"))


def test_a_garbled_page_is_named_and_a_stray_unmapped_glyph_dropped(tmp_path, monkeypatch):
    # What pdfminer gives for a font without a Unicode map: (cid:N) for every glyph.
    from qa import read_pdf

    body = "社区服务中心每周一至周五上午九点开放，周末休息，节假日另行通知。"
    pages = [[f"(cid:12){body}", body], ["(cid:31)(cid:32)(cid:33)(cid:34)"], ["第三页的文字。"]]
    monkeypatch.setattr(read_pdf, "_pdfplumber_pages", lambda data: (["1", "2", "3"], pages, [False] * 3))
    warnings: list[str] = []
    extracted = read_pdf.read_pdf(tmp_path / "x.pdf", b"", warnings.append)
    assert extracted is not None and "(cid:" not in extracted.text
    assert extracted.text.startswith(body) and "第三页的文字。" in extracted.text
    assert [label for _, label in extracted.pages] == ["1", "3"]
    assert len(warnings) == 1 and "page 2 needs OCR" in warnings[0] and "x.pdf" in warnings[0]


def test_a_text_pdf_is_read_by_pdfium_without_pdfplumber(folder, monkeypatch):
    """pdfium reads a clean text PDF on its own (25× faster), two columns included."""
    from qa import read_pdf

    def unused(data):
        raise AssertionError("pdfplumber was asked although pdfium read every page cleanly")

    monkeypatch.setattr(read_pdf, "_pdfplumber_pages", unused)
    left, right = ["左栏第一句在这里。", "左栏第二句在这里。"], ["右栏第一句在这里。", "右栏第二句在这里。"]
    path = write_two_column_pdf(folder / "两栏.pdf", left, right)
    extracted = read_pdf.read_pdf(path, path.read_bytes(), pytest.fail)
    assert extracted is not None
    positions = [extracted.text.index(s) for s in left + right]
    assert positions == sorted(positions)


def test_a_page_pdfium_reads_garbled_sends_the_file_to_pdfplumber(folder, monkeypatch):
    from qa import read_pdf

    path = write_pdf(folder / "通知.pdf")
    monkeypatch.setattr(read_pdf, "_pdfium_pages", lambda data: (["1"], [["\ufffd\ufffd\ufffd乱码"]], [False]))
    extracted = read_pdf.read_pdf(path, path.read_bytes(), pytest.fail)
    assert extracted is not None and "五十万元" in extracted.text and "\ufffd" not in extracted.text
