"""Cleaned lines → metadata, articles, sections and paragraphs → passages with offsets.

Citations must name the right article: a file may carry several unrelated reports one after
another (001 ends with a commentary, two book notices, a crater report, a typhoon photo and a
trade report), so article boundaries are found from the datelines, bylines and headlines that
newspapers print, and headings inside an article become the section of the paragraphs below.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from . import cleaning
from .loading import RawDocument
from .models import Article, Document, Passage
from .pages import PageMarks
from .signoff import sign_off
from .text import HAN_CHARS, HAN_RE, split_sentences

MAX_PASSAGE_CHARS = 250
MAX_PASSAGE_SENTENCES = 4
MAX_HEADING_CHARS = 40
MAX_SIGN_OFF_BLOCKS = 3

_HAN = HAN_CHARS
_AGENCY = r"(?:新华社|新華社|中新社|中新網|中新网|本报|本報|人民日报|人民日報|央视|央視)"
_DATE_RE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})")
_DATE_LINE_RE = re.compile(r"^(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d\d(?::\d\d)?)?(?P<rest>.*)$")
_SOURCE_RE = re.compile(rf"[来來]源\s*[:：]?\s*(?P<source>[{_HAN}A-Za-z]{{2,12}})")
# 001 `新华社北京8月5日电` and `(新华社北京8月5日电)` close an article; 002 `新華社北京9月17日電 題:…`.
_DATELINE_ONLY_RE = re.compile(rf"^[(（]?据?(?P<agency>{_AGENCY})[{_HAN}]{{0,8}}?\d{{1,2}}月\d{{1,2}}日[电電][)）]?$")
_DATELINE_TITLE_RE = re.compile(rf"^据?(?P<agency>{_AGENCY})[{_HAN}]{{0,8}}?\d{{1,2}}月\d{{1,2}}日[电電]\s*[題题]\s*[:：]")
_DATELINE_START_RE = re.compile(rf"^据?(?P<agency>{_AGENCY})[{_HAN}]{{0,8}}?\d{{1,2}}月\d{{1,2}}日[电電]")
_INLINE_REPORTERS_RE = re.compile(rf"^[^(（]{{0,30}}[(（][记記]者\s*(?P<names>[{_HAN} 、]{{2,30}})[)）]")
# `新華社記者 鄒聲文、康淼、陳弘毅`, `本报记者 徐靖`, 001's closing `记者 董素玉 屈辰 乌梦达`.
_BYLINE_RE = re.compile(rf"^(?P<agency>{_AGENCY})?[记記]者\s*(?P<names>[{_HAN}]{{2,4}}(?:[\s、,，]+[{_HAN}]{{2,4}})*)$")
_PHOTO_CREDIT_RE = re.compile(rf"^(?P<agency>{_AGENCY})(?:[记記]者[{_HAN}\s、]{{2,20}})?[发發摄攝]$")
_EDITOR_SIGN_RE = re.compile(r"^——\s*[编編]者$")
_NOTE_RE = re.compile(r"^[(（].*[)）]$")
# `2020-09-17 11:07 來源: 新華社` is a header; `1981年5月26日，两会正式合并。` is a sentence.
_CLAUSE_MARK_RE = re.compile(r"[，,。！？!?；;]")
# A heading is followed by a new article when the text after it opens with a dateline or a date:
# 001 `台风“卢碧”影响福建厦门` + `8月5日,在厦门市…`; 003 `因党旗在基层一线高高飘扬` + `6月下旬,…`.
_NEWS_OPENING_RE = re.compile(rf"^(?:据?{_AGENCY}[{_HAN}]{{0,8}}?\d{{1,2}}月\d{{1,2}}日[电電]|\d{{1,2}}月(?:\d{{1,2}}日|[上中下]旬))")
_NAME_LINE_RE = re.compile(rf"^[{_HAN}]{{2,4}}$")

# What a metadata line is, named in the citation of its passage (as its section): the lines are
# kept as their own paragraphs (numbered 0, so ¶N of the body does not move) and can be quoted for
# 作者是谁, 记者是谁, 责任编辑是谁, 哪天发布. The verbatim line also stays metadata.
BYLINE_ROLE, DATELINE_ROLE, HEADER_ROLE = "署名", "电头", "发布信息"
METADATA_ROLES = frozenset({BYLINE_ROLE, DATELINE_ROLE, HEADER_ROLE, cleaning.EDITOR_ROLE})


def is_metadata(passage: Passage) -> bool:
    """A byline, dateline, source or editor line kept as a passage of its own (paragraph 0)."""
    return passage.paragraph == 0 and passage.section in METADATA_ROLES


@dataclass
class _Block:
    kind: str  # "text", "heading", "end" (closes an article), "byline", "meta"
    text: str = ""
    role: str | None = None  # for a metadata line worth quoting: what it says (METADATA_ROLES)
    agency: str | None = None  # for "end": the agency of the closing dateline or photo credit
    page: str | None = None  # the printed page label (PDF)
    heading: bool = False  # the file's format marks it as a heading (Word, Markdown)


@dataclass
class _ArticleDraft:
    title: str | None
    date: str | None = None
    source: str | None = None
    reporters: list[str] = field(default_factory=list)
    # (section, paragraph text) in reading order
    paragraphs: list[tuple[str | None, str]] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    lines: list[tuple[str, str]] = field(default_factory=list)  # (role, verbatim metadata line)


def _iso(match: re.Match[str]) -> str:
    return f"{int(match['y']):04d}-{int(match['m']):02d}-{int(match['d']):02d}"


def _agency(name: str | None) -> str | None:
    """`本报` ("this paper") names no one a reader could look up, so it is not a source."""
    return None if name in {None, "本报", "本報"} else name


def _names(raw: str) -> list[str]:
    return [name for name in re.split(r"[\s、,，]+", raw) if name]


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


def _classify(line: str, meta: cleaning.Metadata, head: bool) -> _Block:
    if (match := _DATE_LINE_RE.match(line)) and head and len(line) <= 60 and not _CLAUSE_MARK_RE.search(match["rest"]):
        meta.date = meta.date or _iso(_DATE_RE.match(line))  # type: ignore[arg-type]
        if source := _SOURCE_RE.search(match["rest"]):
            meta.source = meta.source or source["source"]
        return _Block("meta", line, HEADER_ROLE)
    if _SOURCE_RE.fullmatch(line):
        meta.source = meta.source or _SOURCE_RE.fullmatch(line)["source"]  # type: ignore[index]
        return _Block("meta", line, HEADER_ROLE)
    if match := _DATELINE_ONLY_RE.match(line):
        return _Block("end", line, DATELINE_ROLE, match["agency"])
    if match := _DATELINE_TITLE_RE.match(line):
        meta.source = meta.source or match["agency"]
        return _Block("meta", line, DATELINE_ROLE)
    if match := _BYLINE_RE.match(line):
        return _Block("byline", line, BYLINE_ROLE)
    if match := _PHOTO_CREDIT_RE.match(line):
        return _Block("end", line, BYLINE_ROLE, match["agency"])
    if _EDITOR_SIGN_RE.match(line):
        return _Block("meta")
    return _Block("text", line)


def _blocks(raw: RawDocument, meta: cleaning.Metadata) -> list[_Block]:
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
    blocks: list[_Block] = []
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
    joined: list[_Block] = []
    for text_, members in cleaning.rejoin([b.text for b in blocks], joinable):
        first = blocks[members[0]]
        joined.append(_Block("text", text_, page=first.page) if len(members) > 1 else first)
    out: list[_Block] = []
    for block in joined:
        previous = next((b for b in reversed(out) if b.kind == "text"), None)
        if block.kind == "text" and previous and not is_heading(block.text) and \
                cleaning.is_repeated_fragment(block.text, previous.text):
            continue
        out.append(block)
    return out


def _outline_article(raw: RawDocument, blocks: list[_Block]) -> list[_ArticleDraft]:
    """A Word or Markdown file is one article: its marked headings are its title and sections,
    and every other line — a short list item or table row too — is a paragraph of its own. An
    unmarked headline on the first line (a notice typed in Word) is the title all the same."""
    draft = _ArticleDraft(raw.title)
    section: str | None = None
    for block in blocks:
        if block.kind not in {"text", "byline", "signoff"}:
            continue
        opening = not draft.paragraphs and not draft.sections
        if opening and (block.heading or is_heading(block.text)) and draft.title in {None, block.text}:
            draft.title = block.text
        elif block.heading:
            section = block.text
            draft.sections.append(section)
            draft.paragraphs.append((section, ""))
        else:
            draft.paragraphs.append((section, block.text))
    return [draft] if any(text for _, text in draft.paragraphs) else []


def _mark_sign_off(blocks: list[_Block], meta: cleaning.Metadata) -> None:
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


def _heading_title(run: list[str]) -> str:
    """A run of headline lines → one title: a kicker ending in a dash joins the line after it.

    003: `一项公共服务的升级,四川成都——` + `热线架起便民连心桥`; 001: `加` + `——长效机制架起党群“连心桥”`.
    """
    if len(run) >= 2 and (run[-2].endswith(("——", "—")) or run[-1].startswith(("——", "—")) or len(run[-2]) == 1):
        return run[-2] + run[-1]
    return run[-1]


def _articles(raw: RawDocument, blocks: list[_Block], meta: cleaning.Metadata) -> list[_ArticleDraft]:
    if raw.kind == "beir":
        body = [b.text for b in blocks if b.kind == "text" or b.kind == "heading"]
        draft = _ArticleDraft(raw.title)
        draft.paragraphs = [(None, text) for text in body]
        return [draft]
    if raw.kind == "outline":
        return _outline_article(raw, blocks)

    drafts: list[_ArticleDraft] = []
    current: _ArticleDraft | None = None
    after_end = True  # the start of the file behaves like the end of an article
    index = 0
    head_names: list[str] = []
    pending: list[tuple[str, str]] = []  # metadata lines met before the first article starts
    while index < len(blocks):
        block = blocks[index]
        if block.role is not None:
            (pending if current is None else current.lines).append((block.role, block.text))
        if block.kind == "text" and is_heading(block.text):
            run = []
            while index < len(blocks) and blocks[index].kind == "text" and is_heading(blocks[index].text):
                run.append(blocks[index].text)
                index += 1
            following = next((b for b in blocks[index:] if b.kind != "meta"), None)
            if current is None and len(run) >= 2:
                # 004: `張國珍` / `密切黨群關系全力推進中國夢` / `張國珍`: bare names around the title are authors.
                names = [r for r in (run[0], run[-1]) if _NAME_LINE_RE.match(r)]  # at its ends, not wrapped text
                if names and len(names) < len(run):
                    head_names.extend(dict.fromkeys(names))
                    pending.extend((BYLINE_ROLE, name) for name in dict.fromkeys(names))
                    run = [r for r in run if r not in names]
            starts_article = (
                after_end
                or following is None
                or following.kind == "byline"
                or (following.kind == "text" and bool(_NEWS_OPENING_RE.match(following.text)))
            )
            if following is not None and following.kind == "text" and is_heading(following.text):
                starts_article = True
            heading = _heading_title(run)
            # The lines before the headline (kickers, column names, a headline over several
            # reports) are kept as text: 003 `R 干部状态新观察`, `用心用情用力为群众办实事`.
            kept = run[: len(run) - (1 if heading == run[-1] else 2)]
            if starts_article:
                current = _ArticleDraft(_heading_title(run), lines=pending if not drafts else [])
                drafts.append(current)
                after_end = False
                current.paragraphs += [(None, line) for line in kept]
            elif current is not None:
                last = next((s for s, _ in reversed(current.paragraphs) if s is not None), None)
                current.paragraphs += [(last, line) for line in kept]
                current.sections.append(heading)
                current.paragraphs.append((heading, ""))  # marker: a new section starts here
            continue
        if block.kind == "end":
            if current is not None:
                current.source = current.source or _agency(block.agency)
            after_end = True
        elif block.kind == "signoff":
            if current is None:
                current = _ArticleDraft(None)
                drafts.append(current)
            section = next((s for s, t in reversed(current.paragraphs) if s is not None), None)
            current.paragraphs.append((section, block.text))
        elif block.kind == "byline":
            match = _BYLINE_RE.match(block.text)
            if current is None:
                current = _ArticleDraft(None, lines=pending if not drafts else [])
                drafts.append(current)
            if match:
                current.reporters.extend(n for n in _names(match["names"]) if n not in current.reporters)
                current.source = current.source or _agency(match["agency"])
        elif block.kind == "text":
            if current is None or after_end:
                current = _ArticleDraft(None, lines=pending if not drafts else [])
                drafts.append(current)
                after_end = False
            if match := _DATELINE_START_RE.match(block.text):
                current.source = current.source or _agency(match["agency"])
            if match := _INLINE_REPORTERS_RE.match(block.text):
                current.reporters.extend(n for n in _names(match["names"]) if n not in current.reporters)
            section = next((s for s, t in reversed(current.paragraphs) if s is not None), None) \
                if current.paragraphs else None
            current.paragraphs.append((section, block.text))
        index += 1
    meta.authors.extend(n for n in head_names if n not in meta.authors)
    drafts = _fold_empty(drafts)
    if drafts:
        drafts[-1].lines.extend(meta.lines)  # the page's editor line signs the whole page
    return drafts


def _fold_empty(drafts: list[_ArticleDraft]) -> list[_ArticleDraft]:
    """Drafts without text folded into a neighbour: a headline with nothing under it (a wrapped
    paragraph's last line `”学院路`, at the end of the file) is kept as text of the article
    before it (or after it, at the start), and a lone byline's names as its reporters."""
    full = [i for i, d in enumerate(drafts) if any(text for _, text in d.paragraphs)]
    if not full:  # nothing but metadata lines (a lone dateline): they are the text, never dropped
        kept = list(dict.fromkeys(text for d in drafts for _, text in d.lines))
        if not kept:
            return []
        drafts[0].paragraphs, drafts[0].lines = [(None, text) for text in kept], []
        return drafts[:1]
    for i, draft in enumerate(drafts):
        if i in full:
            continue
        before = [j for j in full if j < i]
        home = drafts[before[-1] if before else full[0]]
        lines = [(None, draft.title)] if draft.title else []
        home.paragraphs = home.paragraphs + lines if before else lines + home.paragraphs
        home.reporters += [name for name in draft.reporters if name not in home.reporters]
        home.sections += [s for s in draft.sections if s not in home.sections]
    return [drafts[i] for i in full]


def _untitled(first_paragraph: str) -> str:
    """An article printed without a headline is named by its opening words, marked as such."""
    span = split_sentences(first_paragraph)[0]
    sentence = first_paragraph[span[0] : span[1]]
    clause = re.split(r"[,，。！？!?；;]", sentence)[0]
    return (clause[:24] + "…") if len(clause) > 24 or clause != sentence else clause


def build_document(raw: RawDocument) -> tuple[Document, list[Passage]]:
    """One raw document → its cleaned Document (text, metadata, articles) and its passages."""
    meta = cleaning.Metadata()
    blocks = _blocks(raw, meta)
    first_heading = next((b.text for b in blocks if b.kind == "text" and is_heading(b.text)), None)
    if raw.kind != "beir":
        for block in blocks:
            if block.kind == "text" and not is_heading(block.text):
                block.text = cleaning.strip_inline_header(block.text, first_heading, meta)
                break
    if raw.kind != "beir":
        _mark_sign_off(blocks, meta)
    drafts = _articles(raw, blocks, meta)
    if not drafts:  # nothing but short lines: keep them as text rather than lose the document
        draft = _ArticleDraft(raw.title)
        draft.paragraphs = [(None, b.text) for b in blocks if b.kind == "text"]
        drafts = [draft] if draft.paragraphs else []

    doc_title = raw.title or next((d.title for d in drafts if d.title), None) or raw.doc_id
    parts: list[str] = []
    offset = 0
    articles: list[Article] = []
    passages: list[Passage] = []
    pages = PageMarks([(b.text, b.page) for b in blocks if b.page is not None]) if raw.pages else None

    def emit(piece: str) -> int:
        nonlocal offset
        if parts:
            parts.append("\n\n")
            offset += 2
        start = offset
        parts.append(piece)
        offset += len(piece)
        if pages is not None:
            pages.mark(piece, start)
        return start

    for number, draft in enumerate(drafts):
        title = draft.title or (doc_title if number == 0 and doc_title == raw.title else None) or _untitled(
            next(t for _, t in draft.paragraphs if t))
        article_start = offset + (2 if parts else 0)
        if draft.title and raw.kind != "beir":
            emit(draft.title)
        paragraph_no = 0
        lines = [(role, text, 0) for role, text in dict.fromkeys(draft.lines)] if raw.kind != "beir" else []
        for section, text, number_ in [(s, t, None) for s, t in draft.paragraphs] + lines:
            if not text:
                emit(section or "")
                continue
            if number_ is None:
                paragraph_no += 1
            start = emit(text)
            spans = [(a + start, b + start) for a, b in split_sentences(text)]
            for chunk in _chunks(spans):
                passage_text = text[chunk[0][0] - start : chunk[-1][1] - start]
                passages.append(Passage(
                    passage_id=f"{raw.doc_id}#{len(passages)}",
                    doc_id=raw.doc_id,
                    text=passage_text,
                    start=chunk[0][0],
                    end=chunk[-1][1],
                    sentences=tuple(chunk),
                    article=number,
                    title=title,
                    section=section,
                    paragraph=paragraph_no if number_ is None else number_,
                    date=draft.date or meta.date,
                    source=draft.source or meta.source,
                    url=meta.url,
                ))
        articles.append(Article(
            index=number,
            title=title,
            date=draft.date or meta.date,
            source=draft.source or meta.source,
            reporters=tuple(draft.reporters),
            sections=tuple(draft.sections),
            start=article_start,
            end=offset,
        ))
    text = "".join(parts)
    document = Document(
        doc_id=raw.doc_id,
        title=doc_title,
        text=text,
        path=raw.path,
        date=meta.date,
        source=meta.source or next((a.source for a in articles if a.source), None),
        authors=tuple(meta.authors) or (articles[0].reporters if articles else ()),
        url=meta.url,
        editor=meta.editor,
        articles=tuple(articles),
        pages=pages.starts() if pages is not None else (),
    )
    return document, passages


def _chunks(sentences: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group a paragraph's sentences into passages of 1-4 sentences and about 250 characters."""
    chunks: list[list[tuple[int, int]]] = []
    for span in sentences:
        if chunks:
            current = chunks[-1]
            length = span[1] - current[0][0]
            if len(current) < MAX_PASSAGE_SENTENCES and length <= MAX_PASSAGE_CHARS:
                current.append(span)
                continue
        chunks.append([span])
    return chunks
