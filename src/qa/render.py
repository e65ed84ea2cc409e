"""Answer → terminal text, rich, Telegram HTML or JSON: one layout, a style per medium.

Every front end renders through here, so the REPL, `qa ask` and the bot show the same layout and the
same "not found" wording. Corpus and user text is untrusted: it passes `qa.sanitize` (so a document
cannot drive the terminal or reverse a line) and is HTML-escaped for Telegram, whose hard limits
(4,096 UTF-16 code units of visible text, 100 formatting entities) are enforced here, not hoped for.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from .models import Answer, Document, Hit, Span
from .sanitize import UNSAFE_RE, clean, clean_data, one_line

Mark = tuple[int, int, bool]  # a run of a quote to mark: start, end, is it the answer (else a matched word)

if TYPE_CHECKING:
    from rich.console import RenderableType

__all__ = [
    "MORE_HINT",
    "SMALL_TALK",
    "ChatStyle",
    "TELEGRAM_MAX_ENTITIES",
    "TELEGRAM_MAX_UTF16",
    "citation_line",
    "understood_as",
    "corrections_line",
    "count_entities",
    "not_found_message",
    "render_context_html",
    "render_context_text",
    "render_document_text",
    "render_html",
    "render_html_fitted",
    "render_json",
    "render_rich",
    "render_skipped_text",
    "render_sources_html",
    "render_sources_rich",
    "render_sources_text",
    "render_text",
    "utf16_len",
    "visible_length_utf16",
]

TELEGRAM_MAX_UTF16 = 4096
TELEGRAM_MAX_ENTITIES = 100
MORE_HINT = "还有更多结果，发送 /more 查看。"
SMALL_TALK = "我根据资料原文回答问题并注明出处，直接把问题发给我就行。"

_FIELD_MAX = 200  # question echo and each citation part: a 100k-character title must not crowd out quotes
_ALSO_IN_MAX = 5
_SENTENCE_END = "。！？!?；;…\n"
_ANSI_HL, _ANSI_DIM, _ANSI_RESET = "\x1b[1;33m", "\x1b[2m", "\x1b[0m"
_ANSI_ANSWER = "\x1b[1;32m"
_RICH_HL, _RICH_ANSWER = "bold yellow", "bold green"
# Telegram: matched words bold, the answer bold and underlined (two entities), so the two differ.
_HTML_HL, _HTML_ANSWER = ("<b>", "</b>"), ("<b><u>", "</u></b>")


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.units = 0
        self.entities = 0

    def handle_data(self, data: str) -> None:
        self.units += utf16_len(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.entities += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.entities += 1


def _parse(markup: str) -> _Visible:
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    return parser


def visible_length_utf16(markup: str) -> int:
    """Visible text length of Telegram HTML after parsing, in UTF-16 units (the 4,096 limit)."""
    return _parse(markup).units


def count_entities(markup: str) -> int:
    """Number of formatting entities (each <b>, <i>, … element is one; Telegram allows 100)."""
    return _parse(markup).entities


def _clean(text: str | None) -> str:
    return clean(text)


def _shorten(text: str, limit: int = _FIELD_MAX) -> str:
    text = _clean(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _kept_positions(quote: str) -> list[int]:
    """Where each offset of `quote` lands once the sanitiser has removed what it removes."""
    mapping = [0] * (len(quote) + 1)
    kept = 0
    for i, ch in enumerate(quote):
        mapping[i] = kept
        kept += not UNSAFE_RE.match(ch)
    mapping[len(quote)] = kept
    return mapping


def _merge(spans: Sequence[Span], mapping: list[int], length: int) -> list[Span]:
    """Spans clamped to the quote, mapped onto its cleaned text, sorted, overlapping/adjacent merged."""
    mapped: list[Span] = []
    for raw in spans:
        try:
            start, end = (max(0, min(int(v), length)) for v in raw)
        except (TypeError, ValueError):
            continue
        start, end = mapping[start], mapping[end]
        if start < end:
            mapped.append((start, end))
    merged: list[Span] = []
    for start, end in sorted(mapped):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _prepare(quote: str, highlights: Sequence[Span], answers: Sequence[Span] = ()) -> tuple[str, list[Mark]]:
    """Clean the quote and map its marks onto it: the matched words (`highlights`) and the answer
    (`answers`, which wins where the two overlap), each a (start, end, is_answer) run, in order."""
    mapping = _kept_positions(quote)
    facts = _merge(answers, mapping, len(quote))
    marks: list[Mark] = [(start, end, True) for start, end in facts]
    for start, end in _merge(highlights, mapping, len(quote)):
        for a, b in facts:  # the part of a matched word outside the answer stays a highlight
            if a <= start < b:
                start = b
            elif start < a < end:
                marks.append((start, a, False))
                start = min(b, end)
        if start < end:
            marks.append((start, end, False))
    return clean(quote), sorted(marks)


def _prefix_for(text: str, units: int) -> int:
    """Largest code-point prefix of `text` fitting in `units` UTF-16 units."""
    used = 0
    for i, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > units:
            return i
    return len(text)


def _trim(text: str, spans: list[Mark], units: int) -> tuple[str, list[Mark]]:
    """Fit `text` into `units`, cutting at a sentence end when that keeps at least half, else anywhere."""
    if utf16_len(text) <= units:
        return text, spans
    if units <= 0:
        return "", []
    cut = _prefix_for(text, units - 1)
    sentence = max(text.rfind(mark, 0, cut) for mark in _SENTENCE_END) + 1
    if sentence >= cut // 2 and sentence > 0:
        cut = sentence
    kept = [(s, min(e, cut), answer) for s, e, answer in spans if s < cut]
    return text[:cut] + "…", kept


def citation_line(hit: Hit) -> str:
    """`title · section · 第N页 · ¶N · date · source`, empty parts skipped (the page: PDF quotes only)."""
    page = f"第{hit.page}页" if hit.page else ""
    parts = [hit.title, hit.section, page, f"¶{hit.paragraph}" if hit.paragraph else "", hit.date, hit.source]
    return " · ".join(_shorten(p) for p in parts if p and _clean(p).strip())


def _also_in(hit: Hit, names: Mapping[str, str] | None = None) -> str:
    """`also in: <ids>`; with `names` (doc id → title, for chat readers) `亦见于 <titles>`."""
    if not hit.also_in:
        return ""
    label, sep = ("亦见于 ", "；") if names is not None else ("also in: ", ", ")
    shown = [(names or {}).get(doc_id) or doc_id for doc_id in hit.also_in]
    unique = list(dict.fromkeys(_shorten(name, 80) for name in shown))
    extra = len(unique) - _ALSO_IN_MAX
    return label + sep.join(unique[:_ALSO_IN_MAX]) + (f" (+{extra})" if extra > 0 else "")


def understood_as(question: str) -> str:
    """The line saying how a follow-up question was read (那居民呢？ → 江欣苑社区有多少名居民？)."""
    return f"（按“{_shorten(question, 80)}”回答）"


def corrections_line(answer: Answer) -> str:
    """The one wording that says a misspelt word was searched as a corpus word; "" when none was."""
    return "；".join(f"按“{_shorten(used, 40)}”查找（你输入的是“{_shorten(typed, 40)}”）"
                    for typed, used in answer.corrections)


def not_found_message(answer: Answer, coverage: str = "", *, example: str = "") -> str:
    """The one "not found" wording every front end shows, with what the corpus does cover.

    Small talk (你好, 谢谢, 👍) gets one friendly sentence and an example question instead: the
    coverage list answers nothing that was asked.
    """
    reason = answer.reason or "no-match"
    if reason == "small-talk":
        example = _clean(example).strip()
        return SMALL_TALK + (f"例如：{_shorten(example, 60)}" if example else "")
    if reason == "empty-question":
        head = "请输入一个问题。"
    elif reason == "only-stopwords":
        head = "问题里没有可以检索的词，请换个说法。"
    elif reason in {"too-long", "question-too-long"}:
        head = "问题太长了，请缩短后再问。"
    elif reason == "not-stated":
        subject = _shorten(answer.subject or "", 40)
        named = f"资料提到了“{subject}”，但" if subject.strip() else "资料中"
        return f"{named}没有找到直接回答这个问题的内容。" + ("相关内容：" if answer.hits else "")
    else:
        head = "没有在资料中找到答案。"
    coverage = _clean(coverage).strip()
    return head + (f"资料涵盖：{coverage}" if coverage else "")


# ── plain text and rich (terminal) ─────────────────────────────────────────────────────────────


def _marked(text: str, spans: list[Mark]) -> str:
    out, pos = [], 0
    for start, end, answer in spans:
        out += [text[pos:start], _ANSI_ANSWER if answer else _ANSI_HL, text[start:end], _ANSI_RESET]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def render_text(
    answer: Answer, *, coverage: str = "", color: bool = False, show_question: bool = False, example: str = ""
) -> str:
    """Plain text for pipes and terminals; ANSI colour only when the caller knows it is wanted."""
    lines = [f"问：{_shorten(answer.question)}"] if show_question else []
    if corrections_line(answer):
        lines.append(corrections_line(answer))
    if not answer.answered or not answer.hits:
        lines.append(not_found_message(answer, coverage, example=example))
        if not answer.hits:
            return "\n".join(lines)
    for hit in answer.hits:
        quote, spans = _prepare(hit.quote, hit.highlights, hit.answer_spans)
        if color:
            quote = _marked(quote, spans)
        block = [f"[{hit.rank}] {quote}"]
        if hit.quote_converted:
            block.append(f"→ {_clean(hit.quote_converted)}")
        cite = citation_line(hit)
        block.append(f"{_ANSI_DIM}{cite}{_ANSI_RESET}" if color else cite)
        if hit.also_in:
            block.append(_also_in(hit))
        lines.append("\n".join(block))
    return "\n\n".join(lines)


def render_rich(answer: Answer, *, coverage: str = "", example: str = "") -> RenderableType:
    """A rich renderable for the REPL: matched terms highlighted, citations dimmed (no markup parsing)."""
    from rich.console import Group
    from rich.text import Text

    parts: list[Text] = [Text(corrections_line(answer), style="italic")] if answer.corrections else []
    if not answer.hits:
        return Group(*parts, Text(not_found_message(answer, coverage, example=example), style="yellow"))
    if not answer.answered:  # "mentioned, but not stated": the hits are related material
        parts += [Text(not_found_message(answer, coverage), style="yellow"), Text("")]
    for hit in answer.hits:
        quote, spans = _prepare(hit.quote, hit.highlights, hit.answer_spans)
        line = Text(f"[{hit.rank}] ")
        line.stylize("bold cyan")
        offset = len(line)
        line.append(quote)
        for start, end, is_answer in spans:
            line.stylize(_RICH_ANSWER if is_answer else _RICH_HL, offset + start, offset + end)
        if parts:
            parts.append(Text(""))
        parts.append(line)
        if hit.quote_converted:
            parts.append(Text(f"→ {_clean(hit.quote_converted)}"))
        parts.append(Text(citation_line(hit), style="dim"))
        if hit.also_in:
            parts.append(Text(_also_in(hit), style="dim"))
    return Group(*parts)


def render_json(answer: Answer) -> str:
    """One line of JSON (Answer.to_dict), readable Chinese, for `qa ask --json` and scripts; every
    string sanitised like the other media (so the output is valid UTF-8 and cannot drive a terminal)."""
    data = answer.to_dict()
    for hit, row in zip(answer.hits, data["hits"], strict=True):
        if UNSAFE_RE.search(hit.quote):  # offsets follow the quote as printed, not as stored
            mapping = _kept_positions(hit.quote)
            row["highlights"] = [[mapping[max(0, min(int(v), len(hit.quote)))] for v in span]
                                 for span in hit.highlights]
    return json.dumps(clean_data(data), ensure_ascii=False)


# ── Telegram HTML ───────────────────────────────────────────────────────────────────────────────


class _Budget:
    """Tracks what is left of Telegram's two limits while blocks are added."""

    def __init__(self, units: int, entities: int) -> None:
        self.units, self.entities = units, entities


def _quote_html(text: str, spans: list[Mark]) -> str:
    out, pos = [], 0
    for start, end, answer in spans:
        on, off = _HTML_ANSWER if answer else _HTML_HL
        out += [_esc(text[pos:start]), on, _esc(text[start:end]), off]
        pos = end
    out.append(_esc(text[pos:]))
    return "".join(out)


def _entities(mark: Mark) -> int:
    return 2 if mark[2] else 1


def _affordable(spans: list[Mark], entities: int) -> list[Mark]:
    """The marks that fit in `entities` formatting entities, the answer's first (it is what was asked)."""
    kept: list[Mark] = []
    for mark in sorted(spans, key=lambda m: not m[2]):
        if _entities(mark) <= entities:
            kept.append(mark)
            entities -= _entities(mark)
    return sorted(kept)


@dataclass(frozen=True)
class ChatStyle:
    """How a chat reader sees a hit (the bot): the quote in the reader's script with the verbatim
    original a tap away (a spoiler), the citation as a link when the document has a URL, and
    copies named by title (`names`: doc id → title) rather than by file id."""

    names: Mapping[str, str] | None = None
    reader_first: bool = True
    links: bool = True


def _link(url: str | None) -> str | None:
    url = _clean(url).strip()
    return url if url.startswith(("http://", "https://")) and len(url) <= 2000 else None


def _hit_html(hit: Hit, budget: _Budget, *, trim: bool, style: ChatStyle | None = None) -> str | None:
    """One hit block, or None when it does not fit and `trim` is off (it is then dropped whole)."""
    quote, spans = _prepare(hit.quote, hit.highlights, hit.answer_spans)
    converted = _clean(hit.quote_converted)
    original = ""
    if style is not None and style.reader_first and converted:
        # The reader's script first; highlights still fit when the conversion kept the length.
        original, quote = quote, converted
        spans = spans if len(quote) == len(original) else []
        converted = ""
    prefix = f"[{hit.rank}] "
    cite, also = citation_line(hit), _also_in(hit, style.names if style is not None else None)
    url = _link(hit.url) if style is not None and style.links else None
    fixed = utf16_len(prefix) + utf16_len(cite) + 1
    fixed += (utf16_len(also) + 1) if also else 0
    fixed += 3 if converted else 0  # "\n→ "
    fixed += 4 if original else 0  # "\n原文："
    extras = 1 + bool(url) + bool(original)  # entities besides highlights
    room = budget.units - fixed
    needed = utf16_len(quote) + utf16_len(converted) + utf16_len(original)
    if budget.entities < extras or room < 1 or (needed > room and not trim):
        return None
    if needed > room:
        second = converted or original
        share = room if not second else max(room - utf16_len(second), room // 2)
        quote, spans = _trim(quote, spans, share)
        second, _ = _trim(second, [], room - utf16_len(quote))
        converted, original = (second, "") if converted else ("", second)
    spans = _affordable(spans, budget.entities - extras)
    lines = [_esc(prefix) + _quote_html(quote, spans)]
    if converted:
        lines.append("→ " + _esc(converted))
    if original:
        lines.append("原文：<tg-spoiler>" + _esc(original) + "</tg-spoiler>")
    lines.append(f'<i><a href="{html.escape(url)}">{_esc(cite)}</a></i>' if url else f"<i>{_esc(cite)}</i>")
    if also:
        lines.append(_esc(also))
    budget.units -= fixed + utf16_len(quote) + utf16_len(converted) + utf16_len(original)
    budget.entities -= extras + sum(map(_entities, spans))
    return "\n".join(lines)


def render_html_fitted(
    answer: Answer,
    *,
    coverage: str = "",
    more_hint: bool | str = False,
    show_question: bool = True,
    example: str = "",
    style: ChatStyle | None = None,
    head: str = "",
) -> tuple[str, int]:
    """Telegram HTML plus how many hits it shows (so "more" can resume from the first one dropped).

    `show_question=False` leaves out the "问：…" echo (a reply to the user's message already shows
    it); `head` is a line shown first instead (the bot's "2/5" page line); `style` is the bot's.
    """
    head = _shorten(head) if head else (f"问：{_shorten(answer.question)}" if show_question else "")
    head = "\n".join(p for p in (head, corrections_line(answer)) if p)
    budget = _Budget(TELEGRAM_MAX_UTF16 - utf16_len(head) - 2, TELEGRAM_MAX_ENTITIES)
    if not answer.hits:
        text, _ = _trim(not_found_message(answer, coverage, example=example), [], budget.units)
        return "\n\n".join(p for p in (_esc(head), _esc(text)) if p), 0
    if not answer.answered:  # "mentioned, but not stated": the hits follow as related material
        related = not_found_message(answer, coverage)
        head = "\n\n".join(p for p in (head, related) if p)
        budget.units -= utf16_len(related) + 2
    hint = MORE_HINT if more_hint is True else (more_hint or "")
    hint = _shorten(hint)
    dropped_note = "（另有 999 条结果因篇幅未显示）"
    budget.units -= utf16_len(hint) + utf16_len(dropped_note) + 4
    blocks: list[str] = []
    for hit in answer.hits:
        block = _hit_html(hit, budget, trim=not blocks, style=style)
        if block is None:
            break
        blocks.append(block)
        budget.units -= 2
    shown = len(blocks)
    tail = []
    if shown < len(answer.hits):
        tail.append(f"（另有 {len(answer.hits) - shown} 条结果因篇幅未显示）")
    if hint and (answer.has_more or shown < len(answer.hits)):
        tail.append(hint)
    body = "\n\n".join([_esc(head), *blocks] if head else blocks)
    return (body + "\n\n" + _esc("\n".join(tail)) if tail else body), shown


def render_html(
    answer: Answer, *, coverage: str = "", more_hint: bool | str = False, show_question: bool = True
) -> str:
    """Exactly what the bot sends in HTML parse mode, within Telegram's length and entity limits."""
    return render_html_fitted(answer, coverage=coverage, more_hint=more_hint, show_question=show_question)[0]


# ── a hit's surrounding paragraph ───────────────────────────────────────────────────────────────


def _window(text: str, start: int, end: int, units: int) -> tuple[str, str, str]:
    """Split into (before, marked, after) around [start, end), shortened to `units` with "…"."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    before, mark, after = _clean(text[:start]), _clean(text[start:end]), _clean(text[end:])
    if utf16_len(before) + utf16_len(mark) + utf16_len(after) <= units:
        return before, mark, after
    mark, _ = _trim(mark, [], units)
    room = units - utf16_len(mark)
    left = room // 2
    if utf16_len(before) > left:
        keep = _prefix_for(before[::-1], max(left - 1, 0))
        before = ("…" + before[len(before) - keep :]) if left >= 1 else ""
    after, _ = _trim(after, [], room - utf16_len(before))
    return before, mark, after


def render_context_html(text: str, start: int, end: int, *, title: str = "", citation: str = "") -> str:
    """The paragraph around a quote, quote in <b>, within Telegram's limits."""
    head = [_shorten(x) for x in (title, citation) if x and _clean(x).strip()]
    used = sum(utf16_len(h) + 1 for h in head)
    before, mark, after = _window(text, start, end, TELEGRAM_MAX_UTF16 - used)
    lines = [f"<i>{_esc(h)}</i>" for h in head]
    body = _esc(before) + (f"<b>{_esc(mark)}</b>" if mark else "") + _esc(after)
    return "\n".join([*lines, body])


def render_context_text(
    text: str, start: int, end: int, *, title: str = "", citation: str = "", color: bool = False
) -> str:
    """The paragraph around a quote for the terminal, quote marked 【…】 (or coloured)."""
    before, mark, after = _window(text, start, end, TELEGRAM_MAX_UTF16)  # a paragraph can be megabytes
    on, off = (_ANSI_HL, _ANSI_RESET) if color else ("【", "】")
    head = [_shorten(x) for x in (title, citation) if x and _clean(x).strip()]
    return "\n".join([*head, before + (on + mark + off if mark else "") + after])


# ── corpus listings (`qa sources`, `:sources`, `:doc`) ─────────────────────────────────────────

SOURCE_COLUMNS = ("doc_id", "title", "date", "source", "script", "articles", "passages", "duplicate_of")


def _cell(value: object) -> str:
    """One table cell on one line: a newline in a file name must not start a new row."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " / ".join(one_line(str(v)) for v in value)
    return one_line(str(value))


def render_skipped_text(rows: Sequence[dict[str, str]]) -> str:
    """`qa sources --skipped`: one line per file left out, `reason  path  (why)`."""
    if not rows:
        return "no files left out"
    return "\n".join(f"{_clean(row['reason']):<12} {_clean(row['path'])}  ({_clean(row['detail'])})" for row in rows)


def render_sources_text(rows: Sequence[dict[str, object]], *, width: int = 40) -> str:
    """Aligned plain-text table of Retriever.sources() rows (CJK counted two columns wide).

    The articles column holds a count; each document's headlines follow its row in full, one per
    line, so a multi-article file shows every article it was split into.
    """
    from rich.cells import cell_len, set_cell_size

    headers = [c.replace("_", "-") for c in SOURCE_COLUMNS]
    table = []
    for row in rows:
        line = []
        for column in SOURCE_COLUMNS:
            value = row.get(column)
            if column == "articles" and isinstance(value, (list, tuple)):
                value = len(value)
            line.append(_cell(value))
        table.append(line)
    for line in table:
        for i, value in enumerate(line):
            if cell_len(value) > width:
                line[i] = set_cell_size(value, width - 1) + "…"
    widths = [max([cell_len(h)] + [cell_len(line[i]) for line in table]) for i, h in enumerate(headers)]
    out = ["  ".join(set_cell_size(v, w) for v, w in zip(headers, widths, strict=True)).rstrip()]
    for row, line in zip(rows, table, strict=True):
        out.append("  ".join(set_cell_size(v, w) for v, w in zip(line, widths, strict=True)).rstrip())
        articles = row.get("articles")
        if isinstance(articles, (list, tuple)) and len(articles) > 1:
            out.extend(f"    {number}. {one_line(str(title))}" for number, title in enumerate(articles, 1))
    return "\n".join(out)


def render_sources_html(rows: Sequence[dict[str, object]], total: int, *, max_chars: int) -> str:
    """The bot's /sources reply: one numbered line per document (title · date · source, passages),
    cut with a "listed the first N" note at `max_chars`; every field sanitised and HTML-escaped."""
    text = "资料来源："
    for i, row in enumerate(rows, 1):
        parts = [_cell(row.get(k)) for k in ("title", "date", "source")]
        extra = f"（{row.get('passages', 0)} 段" + ("，重复" if row.get("duplicate_of") else "") + "）"
        line = f"\n{i}. " + " · ".join(p for p in parts if p.strip()) + extra
        if len(text) + len(line) > max_chars:
            text += f"\n……（共 {total} 篇，列出前 {i - 1} 篇）"
            break
        text += line
    else:
        if total > len(rows):
            text += f"\n……（共 {total} 篇，列出前 {len(rows)} 篇）"
    return _esc(text)


def render_sources_rich(rows: Sequence[dict[str, object]]) -> RenderableType:
    """The same table for a terminal, headlines wrapped instead of cut."""
    from rich.table import Table
    from rich.text import Text

    table = Table(*(c.replace("_", "-") for c in SOURCE_COLUMNS), show_lines=False)
    for row in rows:  # Text, not str: a title holding "[bold]" is not rich markup
        table.add_row(*(Text(_cell(row.get(c))) for c in SOURCE_COLUMNS))
    return table


def render_document_text(doc: Document) -> str:
    """A document's metadata and its articles, one per line, for `:doc ID`."""
    fields = [
        ("doc_id", doc.doc_id),
        ("title", doc.title),
        ("date", doc.date),
        ("source", doc.source),
        ("authors", "、".join(doc.authors)),
        ("editor", doc.editor),
        ("url", doc.url),
        ("script", doc.script),
        ("path", doc.path),
        ("duplicate of", doc.duplicate_of),
        ("characters", str(len(doc.text))),
    ]
    lines = [f"{name}: {_shorten(str(value))}" for name, value in fields if value]
    if doc.articles:
        lines.append(f"articles ({len(doc.articles)}):")
    for number, article in enumerate(doc.articles, 1):
        extra = " · ".join(_shorten(p) for p in (article.date, article.source) if p)
        lines.append(f"  {number}. {_shorten(article.title)}" + (f" · {extra}" if extra else ""))
        for section in article.sections:
            lines.append(f"       – {_shorten(section)}")
    return "\n".join(lines)
