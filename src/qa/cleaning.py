"""One small function per cleaning rule, each shown with the seed line that motivated it.

Cleaning removes noise and never rewrites wording: what survives is quoted verbatim, so a rule
may drop a line or a stray annotation but must not change a character of real text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from .text import HAN_CHARS, fold_han, strip_surrogates

_HAN = HAN_CHARS
# Zero-width and control characters, dropped in one pass (dropping one kind never makes the other).
_INVISIBLE_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f]+")

# 004: 聯(lián)系, 事業(yè), 黨群(監(jiān)察審計): lower-case pinyin with tone marks right after a Han character.
# Real parentheses such as (记者陆浩 胡拿云), (RCEP) or (參與采寫:…) never match.
_PINYIN_RE = re.compile(rf"(?<=[{_HAN}])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{{1,7}}\)")


EDITOR_ROLE = "责任编辑"
SOURCE_ROLE = "来源"  # 来源新华每日电讯: the paper a page copy names as its source
CONTRIBUTORS_ROLE = "参与采写"  # 参与采写刘宗荣…鲁畅: who else reported the piece, after its byline


@dataclass
class Metadata:
    """What boilerplate and bylines say about a document, kept when the lines themselves are dropped."""

    url: str | None = None
    editor: str | None = None
    date: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    # (role, verbatim text) of the dropped lines a reader may still ask about: 这篇文章的责任编辑是谁？
    # is answered by quoting `責任編輯:李萌` itself, not by a field it was parsed into.
    lines: list[tuple[str, str]] = field(default_factory=list)


def normalize_unicode(text: str) -> str:
    """NFC, one kind of newline, no zero-width or control characters, runs of spaces folded to one.

    Full-width punctuation is kept (it is part of the verbatim quote); matching folds it later.
    """
    text = unicodedata.normalize("NFC", strip_surrogates(text).replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE_RE.sub("", text)
    return "\n".join(_SPACES_RE.sub(" ", line).strip() for line in text.split("\n"))


def strip_pinyin(line: str) -> str:
    """`保持黨同人民群眾的血肉聯(lián)系` → `保持黨同人民群眾的血肉聯系` (004).

    Most lines hold no `(`: checking for one is far cheaper than running the regex (so below for
    the other rules, each with a character its pattern cannot match without).
    """
    return _PINYIN_RE.sub("", line) if "(" in line else line


# ASCII only: `http://…/2005092008212523.shtml民间传说，南宋…` is a link glued onto real text.
_URL_LINE_RE = re.compile(r"^(https?://[\x21-\x7e]+)$")
_LEADING_URL_RE = re.compile(rf"^(https?://[\x21-\x7e]+?)(?=[{_HAN}])")
_EDITOR_RE = re.compile(r"(?:[【\[]我要[糾纠][錯错][】\]])?\s*(?P<line>[責责]任[編编][輯辑]\s*[:：]?\s*(?P<name>[^\s|｜]{1,12}))\s*$")
_DROP_LINE_RES = [
    re.compile(r"^EN$"),  # 002: the language switch of a gov.cn page
    re.compile(r"^字[號号]\s*[:：]"),  # 002: 字號:默認 超大 | 打印 |
    re.compile(r"^[掃扫]一[掃扫]在手[機机][打開开]+[當当]前[頁页]$"),  # 002: 掃一掃在手機打開當前頁
    re.compile(r"^[关關][键鍵][词詞]\s*[:：]?"),  # 关键词 (000's tail)
    re.compile(r"^[【\[]?(打印|关闭|關閉|分享到|返回顶部|返回頂部|收藏|上一篇|下一篇)[】\]]?(\s*[|｜]\s*\S+)*\s*[|｜]?$"),
    re.compile(r"^[【\[]我要[糾纠][錯错][】\]]$"),
]
# A page footer: `版权所有 © 2024 某某网 京ICP备12345678号`, `京公网安备 11010502030000号`.
_FOOTER_RE = re.compile(r"版[权權]所有|Copyright|©|ICP[备備證证]|公[网網]安[备備]", re.I)
MAX_FOOTER_CHARS = 140


def boilerplate(line: str, meta: Metadata) -> bool:
    """True for a web-page chrome line; what it carries (URL, editor) goes into `meta`.

    002 ends with `【我要糾錯】責任編輯:李萌` and `掃一掃在手機打開當前頁`; 004 with `責任編輯:李冬葉`.
    """
    if match := _URL_LINE_RE.match(line):
        meta.url = meta.url or match.group(1)
        return True
    if match := _EDITOR_RE.fullmatch(line):
        meta.editor = meta.editor or match.group("name")
        meta.lines.append((EDITOR_ROLE, match.group("line")))  # without the 【我要糾錯】 button
        return True
    return any(rule.match(line) for rule in _DROP_LINE_RES) or (len(line) <= MAX_FOOTER_CHARS
                                                                 and bool(_FOOTER_RE.search(line)))


_TRAILING_EDITOR_RE = re.compile(rf"[責责]任[編编][輯辑][:：]?(?P<name>[{_HAN}]{{2,3}}?)(?:[关關][键鍵][词詞])?$")
# The dateline left after the contributors once digits were stripped: 新华社北京月日电.
_DATELINE_STUB_RE = re.compile(rf"(?:新华社|新華社)[{_HAN}]{{0,6}}?[电電]$")
_TRAILING_CONTRIBUTORS_RE = re.compile(rf"(?<=[。！？!?”])(?:参与采写|參與采寫|参与采寫)[{_HAN}]+$")


def strip_trailing_boilerplate(line: str, meta: Metadata) -> str:
    """000's one long line ends `…的探索里。参与采写刘宗荣…新华社北京月日电责任编辑冯明关键词`.

    The editor line and the contributors (without the dateline stub after them) become metadata
    lines of their own, quotable for 责任编辑是谁 and 还有谁参与了采写; the keyword stub is dropped.
    """
    if "任" in line and (match := _TRAILING_EDITOR_RE.search(line)) and match.start() > 0:
        meta.editor = meta.editor or match.group("name")
        meta.lines.append((EDITOR_ROLE, line[match.start() : match.end("name")]))
        line = line[: match.start()]
    if "采" in line and (match := _TRAILING_CONTRIBUTORS_RE.search(line)):
        names = _DATELINE_STUB_RE.sub("", match.group(0))
        meta.lines.append((CONTRIBUTORS_ROLE, names))
        line = line[: match.start()]
    return line


def strip_leading_url(line: str, meta: Metadata) -> str:
    """A web copy may run its source link straight into the text; the link is kept as metadata."""
    if match := _LEADING_URL_RE.match(line):
        meta.url = meta.url or match.group(1)
        return line[match.end() :]
    return line


_PAGE_JUMP_RE = re.compile(r"(?:[下上][转轉接]\d*版)+")


def strip_page_jumps(line: str) -> str:
    """000 has a newspaper's page note in mid-sentence: `…下转版上接版…` (continued on / from page)."""
    return _PAGE_JUMP_RE.sub("", line) if "版" in line else line


_INLINE_SOURCE_RE = re.compile(rf"^来源(?P<source>[{_HAN}]{{2,8}}?)(?:\d*版)(?=[{_HAN}])")


def strip_inline_header(line: str, title: str | None, meta: Metadata) -> str:
    """000 repeats its title and source at the start of its text: `解码…方程式来源新华每日电讯版…`.
    The source is kept as metadata and as a line of its own (来源新华每日电讯), quotable for 来源是哪家报纸."""
    if title and line.startswith(title) and len(line) > len(title) + 20:
        rest = line[len(title) :]
        if match := _INLINE_SOURCE_RE.match(rest):
            meta.source = meta.source or match.group("source")
            meta.lines.append((SOURCE_ROLE, "来源" + match.group("source")))
            return rest[match.end() :]
    return line


_TERMINAL = set("。！？!?…；;")
_CLOSING = set("”’」』）)】》\"'")
_JOIN_PUNCT_RE = re.compile(r"[，,、;；:：。！？!?]")


def ends_sentence(line: str) -> bool:
    stripped = line.rstrip("".join(_CLOSING))
    return bool(stripped) and stripped[-1] in _TERMINAL


def is_broken_line(line: str) -> bool:
    """A line that stops mid-sentence: long or punctuated inside, with no sentence end.

    003 `…导致紧急救助热线不时出现拥` + `挤。…`; 001 `…党员从被动走访到主动` + `上门、…`. A headline
    (`人人有責、人人盡責`, `一项公共服务的升级,四川成都——`) is short or ends with a dash, and stays.
    """
    if not line or ends_sentence(line) or line.endswith(("——", "—", "-", ":", "：")):
        return False
    inner = _JOIN_PUNCT_RE.findall(line)
    return bool(inner) and (len(line) >= 20 or any(p in "。！？!?" for p in inner))


def rejoin(blocks: list[str], can_join: list[bool]) -> list[tuple[str, list[int]]]:
    """Join each broken line with the next joinable block; returns texts with the source block indices."""
    out: list[tuple[str, list[int]]] = []
    for index, block in enumerate(blocks):
        if out and can_join[index] and out[-1][1] and can_join[out[-1][1][-1]] and is_broken_line(out[-1][0]):
            text, members = out[-1]
            out[-1] = (text + block, [*members, index])
        else:
            out.append((block, [index]))
    return out


# A short line's continuation may be a little wider (digits and Latin letters are narrower).
WRAP_SLACK = 2


def unwrap(lines: list[str], glued: list[bool], is_text: list[bool],
           short: Callable[[str], bool]) -> list[tuple[str, list[int]]]:
    """Join hard-wrapped lines whose first parts look like headings; texts with the source line indices.

    `三峡大坝位于湖北省宜昌市` / `境内，总装机容量为` / `2250万千瓦。` is one sentence wrapped at a narrow
    width, but each of its first lines is short and has no sentence end, which is what a title or
    a section heading looks like: the first was dropped as a kicker, the second became a section.
    A run of such `short` lines, each directly below the one before (`glued`: no blank line
    between), that goes on directly into a text line no wider than the widest of them is wrapped
    text. A real title stands apart (a blank line, a date, a byline) or heads a paragraph much
    wider than itself (004's title, then its first paragraph on one 200-character line). The short
    lines may read as anything (a byline, a date, a dateline); the line they run into is text.
    """
    out: list[tuple[str, list[int]]] = []
    index = 0
    while index < len(lines):
        end, widest = index, 0
        while end < len(lines) and short(lines[end]) and (end == index or glued[end]) \
                and not lines[end].endswith(("——", "—")):
            widest = max(widest, len(lines[end]))
            end += 1
        # A line that reads as a byline or a date is wrapped text only if the line below it is as
        # wide (text wrapped at a fixed width): `2020-09-17 11:07 來源: 新華社` above a short first
        # paragraph is a header, `2020年1月2` above `3日,离汉通道暂` is not.
        fixed = all(is_text[i] or len(lines[i + 1]) >= len(lines[i]) - 1 for i in range(index, min(end, len(lines) - 1)))
        if end > index and end < len(lines) and is_text[end] and glued[end] and not short(lines[end]) \
                and len(lines[end]) <= widest + WRAP_SLACK and fixed:
            out.append(("".join(lines[index : end + 1]), list(range(index, end + 1))))
            index = end + 1
        else:
            out.append((lines[index], [index]))
            index += 1
    return out


def han_key(text: str) -> str:
    """Han characters only, folded to Simplified: what survives when a copy loses punctuation and digits."""
    return fold_han(text)


def is_repeated_fragment(paragraph: str, previous: str) -> bool:
    """001 repeats the tail of a book notice as its own line: `见单行本,已由人民出版社出版,…`.

    A paragraph whose characters all stand, in order, inside the paragraph just before it adds
    nothing and would show the same words twice.
    """
    key = han_key(paragraph)
    return len(key) >= 8 and key in han_key(previous)
