"""Typed blocks → article drafts: where one report ends and the next begins, and its title,
sections, reporters and metadata lines.

A file may carry several unrelated reports one after another (001 ends with a commentary, two
book notices, a crater report, a typhoon photo and a trade report): an article starts at a
headline followed by a byline or a news opening, or after a closing dateline; a headline inside
an article starts a section. A Word or Markdown file is one article, cut by its marked headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import cleaning
from .line_kinds import AGENCY, BYLINE_RE, BYLINE_ROLE, Block, is_heading
from .loading import RawDocument
from .text import HAN_CHARS

_HAN = HAN_CHARS
_DATELINE_START_RE = re.compile(rf"^据?(?P<agency>{AGENCY})[{_HAN}]{{0,8}}?\d{{1,2}}月\d{{1,2}}日[电電]")
_INLINE_REPORTERS_RE = re.compile(rf"^[^(（]{{0,30}}[(（][记記]者\s*(?P<names>[{_HAN} 、]{{2,30}})[)）]")
# A heading is followed by a new article when the text after it opens with a dateline or a date:
# 001 `台风“卢碧”影响福建厦门` + `8月5日,在厦门市…`; 003 `因党旗在基层一线高高飘扬` + `6月下旬,…`.
_NEWS_OPENING_RE = re.compile(rf"^(?:据?{AGENCY}[{_HAN}]{{0,8}}?\d{{1,2}}月\d{{1,2}}日[电電]|\d{{1,2}}月(?:\d{{1,2}}日|[上中下]旬))")
_NAME_LINE_RE = re.compile(rf"^[{_HAN}]{{2,4}}$")


@dataclass
class ArticleDraft:
    """An article as it is gathered from the blocks, before structure.py writes it out."""

    title: str | None
    date: str | None = None
    source: str | None = None
    reporters: list[str] = field(default_factory=list)
    # (section, paragraph text) in reading order
    paragraphs: list[tuple[str | None, str]] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    lines: list[tuple[str, str]] = field(default_factory=list)  # (role, verbatim metadata line)


def _agency(name: str | None) -> str | None:
    """`本报` ("this paper") names no one a reader could look up, so it is not a source."""
    return None if name in {None, "本报", "本報"} else name


def _names(raw: str) -> list[str]:
    return [name for name in re.split(r"[\s、,，]+", raw) if name]


def _outline_article(raw: RawDocument, blocks: list[Block]) -> list[ArticleDraft]:
    """A Word or Markdown file is one article: its marked headings are its title and sections,
    and every other line — a short list item or table row too — is a paragraph of its own. An
    unmarked headline on the first line (a notice typed in Word) is the title all the same."""
    draft = ArticleDraft(raw.title)
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


def _heading_title(run: list[str]) -> str:
    """A run of headline lines → one title: a kicker ending in a dash joins the line after it.

    003: `一项公共服务的升级,四川成都——` + `热线架起便民连心桥`; 001: `加` + `——长效机制架起党群“连心桥”`.
    """
    if len(run) >= 2 and (run[-2].endswith(("——", "—")) or run[-1].startswith(("——", "—")) or len(run[-2]) == 1):
        return run[-2] + run[-1]
    return run[-1]


def article_drafts(raw: RawDocument, blocks: list[Block], meta: cleaning.Metadata) -> list[ArticleDraft]:
    """A document's articles: a BEIR row is one, a Word or Markdown file one cut by its headings,
    any other text is cut at its headlines, bylines and closing datelines."""
    if raw.kind == "beir":
        body = [b.text for b in blocks if b.kind == "text" or b.kind == "heading"]
        draft = ArticleDraft(raw.title)
        draft.paragraphs = [(None, text) for text in body]
        return [draft]
    if raw.kind == "outline":
        return _outline_article(raw, blocks)
    cutter = _Cutter(blocks)
    drafts = cutter.cut()
    meta.authors.extend(n for n in cutter.head_names if n not in meta.authors)
    drafts = _fold_empty(drafts)
    if drafts:
        drafts[-1].lines.extend(meta.lines)  # the page's editor line signs the whole page
    return drafts


def _last_section(draft: ArticleDraft) -> str | None:
    """The section the draft's text has reached (None before its first section heading)."""
    return next((s for s, _ in reversed(draft.paragraphs) if s is not None), None)


class _Cutter:
    """Reads a text file's blocks once, in order, starting an article wherever one begins."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.drafts: list[ArticleDraft] = []
        self.current: ArticleDraft | None = None
        self.after_end = True  # the start of the file behaves like the end of an article
        self.head_names: list[str] = []
        self.pending: list[tuple[str, str]] = []  # metadata lines met before the first article starts

    def cut(self) -> list[ArticleDraft]:
        """The drafts, before empty ones are folded into their neighbours."""
        blocks = self.blocks
        index = 0
        while index < len(blocks):
            block = blocks[index]
            if block.role is not None:
                (self.pending if self.current is None else self.current.lines).append((block.role, block.text))
            if block.kind == "text" and is_heading(block.text):
                index = self._headline(index)
                continue
            if block.kind == "end":
                if self.current is not None:
                    self.current.source = self.current.source or _agency(block.agency)
                self.after_end = True
            elif block.kind == "signoff":
                current = self.current or self._start(None, pending=False)
                current.paragraphs.append((_last_section(current), block.text))
            elif block.kind == "byline":
                self._byline(block)
            elif block.kind == "text":
                self._text(block)
            index += 1
        return self.drafts

    def _start(self, title: str | None, *, pending: bool = True) -> ArticleDraft:
        """A new article, current from now on; the first takes the metadata lines met before it."""
        self.current = ArticleDraft(title, lines=self.pending if pending and not self.drafts else [])
        self.drafts.append(self.current)
        return self.current

    def _headline(self, index: int) -> int:
        """The run of headline lines at `index`: a new article's title, or a section of the current
        one. Returns the index after the run."""
        blocks = self.blocks
        run = []
        while index < len(blocks) and blocks[index].kind == "text" and is_heading(blocks[index].text):
            run.append(blocks[index].text)
            index += 1
        following = next((b for b in blocks[index:] if b.kind != "meta"), None)
        if self.current is None and len(run) >= 2:
            run = self._take_head_names(run)
        starts_article = (
            self.after_end
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
            current = self._start(_heading_title(run))
            self.after_end = False
            current.paragraphs += [(None, line) for line in kept]
        elif self.current is not None:
            last = _last_section(self.current)
            self.current.paragraphs += [(last, line) for line in kept]
            self.current.sections.append(heading)
            self.current.paragraphs.append((heading, ""))  # marker: a new section starts here
        return index

    def _take_head_names(self, run: list[str]) -> list[str]:
        """The run without the bare names at its ends, which are the file's authors.

        004: `張國珍` / `密切黨群關系全力推進中國夢` / `張國珍`: bare names around the title are authors.
        """
        names = [r for r in (run[0], run[-1]) if _NAME_LINE_RE.match(r)]  # at its ends, not wrapped text
        if names and len(names) < len(run):
            self.head_names.extend(dict.fromkeys(names))
            self.pending.extend((BYLINE_ROLE, name) for name in dict.fromkeys(names))
            run = [r for r in run if r not in names]
        return run

    def _byline(self, block: Block) -> None:
        match = BYLINE_RE.match(block.text)
        current = self.current or self._start(None)
        if match:
            current.reporters.extend(n for n in _names(match["names"]) if n not in current.reporters)
            current.source = current.source or _agency(match["agency"])

    def _text(self, block: Block) -> None:
        current = self.current
        if current is None or self.after_end:
            current = self._start(None)
            self.after_end = False
        if match := _DATELINE_START_RE.match(block.text):
            current.source = current.source or _agency(match["agency"])
        if match := _INLINE_REPORTERS_RE.match(block.text):
            current.reporters.extend(n for n in _names(match["names"]) if n not in current.reporters)
        current.paragraphs.append((_last_section(current), block.text))


def _fold_empty(drafts: list[ArticleDraft]) -> list[ArticleDraft]:
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

