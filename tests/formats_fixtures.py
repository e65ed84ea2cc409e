"""Real files in the formats people bring: built here with reportlab and python-docx, never stored."""

from __future__ import annotations

from pathlib import Path

PDF_HEADER = "某某区人民政府办公室文件"
PDF_PAGES = [
    ["关于加强社区服务的通知",
     "各街道办事处：为进一步做好社区服务工作，现将有关事项通知如下。社区服务中心每周一至周五",
     "上午九点开放，周末休息。"],
    ["二、经费保障", "社区服务经费由区财政统一拨付，每年不少于五十万元。"],
]


def cid_canvas(path: Path):  # reportlab has no type hints
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # a built-in CID font: no font file needed
    return canvas.Canvas(str(path), pagesize=(595, 842))


def write_pdf(path: Path, pages: list[list[str]] = PDF_PAGES, *, labels_from: int | None = None) -> Path:
    """Chinese text in a CID font, one page per list, a running header and `- N -` at the foot.

    `labels_from`: printed page numbers that start at this number after a roman-numbered first page.
    """
    c = cid_canvas(path)
    if labels_from is not None:
        c.addPageLabel(0, style="ROMAN_LOWER")
        c.addPageLabel(1, style="ARABIC", start=labels_from)
    for number, lines in enumerate(pages, 1):
        c.setFont("STSong-Light", 9)
        c.drawString(72, 800, PDF_HEADER)
        c.setFont("STSong-Light", 12)
        for row, line in enumerate(lines):
            c.drawString(72, 740 - 20 * row, line)
        c.setFont("STSong-Light", 9)
        c.drawString(290, 40, f"- {number} -")
        c.showPage()
    c.save()
    return path


def write_two_column_pdf(path: Path, left: list[str], right: list[str]) -> Path:
    c = cid_canvas(path)
    c.setFont("STSong-Light", 11)
    for row, (a, b) in enumerate(zip(left, right, strict=True)):
        c.drawString(60, 700 - 20 * row, a)
        c.drawString(330, 700 - 20 * row, b)
    c.showPage()
    c.save()
    return path


def write_scanned_page_pdf(path: Path, text: str) -> Path:
    """A page of text, then a page that is only an image (what a scanner makes)."""
    from PIL import Image

    image = path.with_suffix(".png")
    Image.new("RGB", (40, 40), "gray").save(image)
    c = cid_canvas(path)
    c.setFont("STSong-Light", 12)
    c.drawString(72, 740, text)
    c.showPage()
    c.drawImage(str(image), 100, 400, 200, 200)
    c.showPage()
    c.save()
    image.unlink()
    return path


def write_docx(path: Path) -> Path:
    """A styled title and heading, a WPS-style numbered heading with no style, a heading known only by
    its outline level, a table, a page header."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "内部资料 注意保存"
    document.add_heading("阳光社区年度工作报告", level=1)
    document.add_heading("一、基本情况", level=2)
    document.add_paragraph("阳光社区共有居民三千二百户，设有八个网格。")
    document.add_paragraph("二、志愿服务")  # numbering only, as WPS files have it
    document.add_paragraph("全年开展志愿服务活动四十六次。")
    outlined = document.add_paragraph("明年打算")  # no style, no numbering: only an outline level
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "1")
    outlined._p.get_or_add_pPr().append(level)
    document.add_paragraph("明年计划新建两处口袋公园。")
    table = document.add_table(rows=2, cols=2)
    for row, cells in enumerate([("项目", "金额"), ("老年食堂补贴", "十二万元")]):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    document.save(str(path))
    return path


MARKDOWN = """# 《红楼梦》读书笔记

## 基本信息

- **作者**：曹雪芹，后四十回一般认为由高鹗续写
- 成书时间：清代乾隆年间

## 主要人物

1. 贾宝玉：荣国府的公子，衔玉而生
2. 林黛玉：贾母的外孙女，[寄居](https://example.com/jiju)贾府

| 人物 | 居所 |
| --- | --- |
| 薛宝钗 | 蘅芜苑 |
"""
