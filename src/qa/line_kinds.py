"""What each line of a document is: a headline, byline, dateline, header or sign-off, or text.

Newspaper pages print their metadata in a handful of fixed forms (`新华社北京8月5日电`,
`本报记者 徐靖`, `2020-09-17 11:07 來源: 新華社`); those lines are recognised here, their facts
put into the document's metadata, and the lines kept as typed blocks, so that `articles.py` can
cut the text into articles at them and the passages can quote them (bylines.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from . import cleaning
from .loading import RawDocument
from .signoff import sign_off
from .text import HAN_CHARS, HAN_RE

MAX_HEADING_CHARS = 40
MAX_SIGN_OFF_BLOCKS = 3

_HAN = HAN_CHARS
AGENCY = r"(?:新华社|新華社|中新社|中新網|中新网|本报|本報|人民日报|人民日報|央视|央視)"
_DATE_RE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})")
_DATE_LINE_RE = re.compile(r"^(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d\d(?::\d\d)?)?(?P<rest>.*)$")
_SOURCE_RE = re.compile(rf"[来來]源\s*[:：]?\s*(?P<source>[{_HAN}A-Za-z]{{2,12}})")
# 001 `新华社北京8月5日电` and `(新华社北京8月5日电)` close an article; 002 `新華社北京9月17日電 題:…`.
_DATELINE_ONLY_RE = re.compile(rf"^[(（]?据?(?P<agency>{AGENCY})[{_HAN}]{{0,8}}?\d{{1,2}}月\d{{1,2}}日[电電][)）]?$")
_DATELINE_TITLE_RE = re.compile(rf"^据?(?P<agency>{AGENCY})[{_HAN}]{{0,8}}?\d{{1,2}}月\d{{1,2}}日[电電]\s*[題题]\s*[:：]")
# `新華社記者 鄒聲文、康淼、陳弘毅`, `本报记者 徐靖`, 001's closing `记者 董素玉 屈辰 乌梦达`.
BYLINE_RE = re.compile(rf"^(?P<agency>{AGENCY})?[记記]者\s*(?P<names>[{_HAN}]{{2,4}}(?:[\s、,，]+[{_HAN}]{{2,4}})*)$")
_PHOTO_CREDIT_RE = re.compile(rf"^(?P<agency>{AGENCY})(?:[记記]者[{_HAN}\s、]{{2,20}})?[发發摄攝]$")
_EDITOR_SIGN_RE = re.compile(r"^——\s*[编編]者$")
_NOTE_RE = re.compile(r"^[(（].*[)）]$")
# `2020-09-17 11:07 來源: 新華社` is a header; `1981年5月26日，两会正式合并。` is a sentence.
_CLAUSE_MARK_RE = re.compile(r"[，,。！？!?；;]")

# What a metadata line is, named in the citation of its passage (as its section): the lines are
# kept as their own paragraphs (numbered 0, so ¶N of the body does not move) and can be quoted for
# 作者是谁, 记者是谁, 责任编辑是谁, 哪天发布. The verbatim line also stays metadata.
BYLINE_ROLE, DATELINE_ROLE, HEADER_ROLE = "署名", "电头", "发布信息"
# An article's headline and the headings of its sections, kept the same way (after its other lines)
# so that 标题是什么, 那一部分的小标题叫啥 are answered by the line itself, not by a sentence of the
# body that shares its words.
TITLE_ROLE, HEADING_ROLE = "标题", "小标题"
HEADING_ROLES = frozenset({TITLE_ROLE, HEADING_ROLE})
# Asked for only (照片是谁拍的): a byline line that credits a photograph (新华社记者 某某 摄), not
# one that names the agency releasing it (新华社发) or the reporter of the text (`bylines.metadata_line`).
SHOT_ROLE = "摄影"
KICKER_ROLE = "引题"  # asked for only (标题上头那行): the headline's line or the body's first (`headings.kicker_line`)
ASKED_HEADINGS = HEADING_ROLES | {KICKER_ROLE}
METADATA_ROLES = frozenset({BYLINE_ROLE, DATELINE_ROLE, HEADER_ROLE, cleaning.EDITOR_ROLE, cleaning.CONTRIBUTORS_ROLE,
                            cleaning.SOURCE_ROLE}) | HEADING_ROLES


@dataclass
class Block:
    kind: str  # "text", "heading", "end" (closes an article), "byline", "meta"
    text: str = ""
    role: str | None = None  # for a metadata line worth quoting: what it says (METADATA_ROLES)
    agency: str | None = None  # for "end": the agency of the closing dateline or photo credit
    page: str | None = None  # the printed page label (PDF)
    heading: bool = False  # the file's format marks it as a heading (Word, Markdown)


def _iso(match: re.Match[str]) -> str:
    return f"{int(match['y']):04d}-{int(match['m']):02d}-{int(match['d']):02d}"


def is_heading(text: str) -> bool:
    """Short, no sentence end, no full stop inside: `讓千萬顆“真心”匯聚`, `动能加快培育`, `减`.

    A line wrapped in brackets is a note, not a heading: 004 ends `(本文作者:中國地方煤礦總公司…主任)`,
    the only place that says where its author works.
    """
    return (
        len(text) <= MAX_HEADING_CHARS
        and not cleaning.ends_sentence(text)
        and not _NOTE_RE.match(text)
        and not text.endswith(("：", ":"))  # `各位业主：` greets the reader, it is no headline
        and not any(c in text for c in "。！？!?")
        and not text.startswith(("图", "圖"))
        and bool(HAN_RE.search(text))
    )


def _classify(line: str, meta: cleaning.Metadata, head: bool) -> Block:
    if (match := _DATE_LINE_RE.match(line)) and head and len(line) <= 60 and not _CLAUSE_MARK_RE.search(match["rest"]):
        meta.date = meta.date or _iso(_DATE_RE.match(line))  # type: ignore[arg-type]
        if source := _SOURCE_RE.search(match["rest"]):
            meta.source = meta.source or source["source"]
        return Block("meta", line, HEADER_ROLE)
    if _SOURCE_RE.fullmatch(line):
        meta.source = meta.source or _SOURCE_RE.fullmatch(line)["source"]  # type: ignore[index]
        return Block("meta", line, HEADER_ROLE)
    if match := _DATELINE_ONLY_RE.match(line):
        return Block("end", line, DATELINE_ROLE, match["agency"])
    if match := _DATELINE_TITLE_RE.match(line):
        meta.source = meta.source or match["agency"]
        return Block("meta", line, DATELINE_ROLE)
    if match := BYLINE_RE.match(line):
        return Block("byline", line, BYLINE_ROLE)
    if match := _PHOTO_CREDIT_RE.match(line):
        return Block("end", line, BYLINE_ROLE, match["agency"])
    if _EDITOR_SIGN_RE.match(line):
        return Block("meta")
    return Block("text", line)


def line_blocks(raw: RawDocument, meta: cleaning.Metadata) -> list[Block]:
    """Lines → typed blocks, boilerplate removed, broken lines re-joined, repeated fragments dropped."""
    text = cleaning.normalize_unicode(raw.text)
    lines = [cleaning.strip_pinyin(line) for line in text.split("\n")]
    first_lines, labels = [line for line, _ in raw.pages], [label for _, label in raw.pages]
    headings = set(raw.headings)
    cleaned: list[str] = []
    numbers: list[int] = []  # each cleaned line's number in the file (pages and headings are by line)
    glued: list[bool] = []  # directly below the line before, no blank line between
    previous_kept = False
    for number, line in enumerate(lines):
        kept, previous_kept = previous_kept, False
        if not line or cleaning.boilerplate(line, meta):
            continue
        line = cleaning.strip_page_jumps(cleaning.strip_trailing_boilerplate(cleaning.strip_leading_url(line, meta), meta))
        if line:
            cleaned.append(line)
            numbers.append(number)
            glued.append(kept)
            previous_kept = True
    # Wrapped lines are joined before they are read as bylines, datelines or dates: wrapping may
    # put `新华社记者董素`, `新华社北京8月5日电` or `2020年1月2` on a line of its own. A Word or
    # Markdown paragraph is whole already: nothing of an outline is unwrapped.
    is_text = [_classify(line, cleaning.Metadata(), True).kind == "text" for line in cleaned]
    if raw.kind == "outline":
        glued = [False] * len(cleaned)
    blocks: list[Block] = []
    head = True
    for line, members in cleaning.unwrap(cleaned, glued, is_text, is_heading):
        number = numbers[members[0]]
        block = _classify(line, meta, head)
        if block.kind == "text" and head and not is_heading(line):
            head = False  # the first body paragraph ends the header (title, date, source lines)
        if first_lines:
            block.page = labels[max(0, bisect_right(first_lines, number) - 1)]
        block.heading = number in headings
        blocks.append(block)

    # A Word or Markdown paragraph is whole already; only plain text and PDF lines were broken by layout.
    joinable = [b.kind == "text" and raw.kind != "outline" for b in blocks]
    joined: list[Block] = []
    for text_, members in cleaning.rejoin([b.text for b in blocks], joinable):
        first = blocks[members[0]]
        joined.append(Block("text", text_, page=first.page) if len(members) > 1 else first)
    out: list[Block] = []
    for block in joined:
        previous = next((b for b in reversed(out) if b.kind == "text"), None)
        if block.kind == "text" and previous and not is_heading(block.text) and \
                cleaning.is_repeated_fragment(block.text, previous.text):
            continue
        out.append(block)
    return out


def mark_sign_off(blocks: list[Block], meta: cleaning.Metadata) -> None:
    """The issuer and date lines that close a notice become quotable `signoff` blocks (see signoff.py)."""
    tail = len(blocks)
    while tail > 0 and blocks[tail - 1].kind == "text" and len(blocks) - tail <= MAX_SIGN_OFF_BLOCKS:
        tail -= 1
    found = sign_off([b.text for b in blocks[tail:]])
    if found is None:
        return
    first, date = found
    for block in blocks[tail + first :]:
        block.kind = "signoff"
    meta.date = meta.date or date

