"""The layout every medium shares: the wordings (not found, not stated, small talk, corrections, a
follow-up's reading), the citation line and the line naming a quote's copies in other documents.

The terminal, Telegram and plain-text renderers all build their words here, so the REPL, `qa ask`
and the bot cannot drift apart. Every field is corpus or user text: it is sanitised (`qa.sanitize`)
and cut to a length a reader can take in before a medium styles it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from .models import Answer, Document, Hit
from .sanitize import clean

__all__ = [
    "MORE_HINT",
    "SMALL_TALK",
    "also_in_line",
    "citation_line",
    "copy_titles",
    "corrections_line",
    "not_found_message",
    "shorten",
    "understood_as",
]

MORE_HINT = "还有更多结果，发送 /more 查看。"
SMALL_TALK = "我根据资料原文回答问题并注明出处，直接把问题发给我就行。"

FIELD_MAX = 200  # question echo and each citation part: a 100k-character title must not crowd out quotes
_ALSO_IN_MAX = 5


def shorten(text: str | None, limit: int = FIELD_MAX) -> str:
    """`text` sanitised and cut to `limit` characters, the cut marked with "…"."""
    text = clean(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def citation_line(hit: Hit) -> str:
    """`title · section · 第N页 · ¶N · date · source`, empty parts skipped (the page: PDF quotes only)."""
    page = f"第{hit.page}页" if hit.page else ""
    parts = [hit.title, hit.section, page, f"¶{hit.paragraph}" if hit.paragraph else "", hit.date, hit.source]
    return " · ".join(shorten(p) for p in parts if p and clean(p).strip())


def lead_in_line(hit: Hit) -> str:
    """`（上文：…）`: the sentence before a quote that opens leaning on it (该院, 当日), so the reader
    sees what 该院 is; "" when the quote leans on nothing."""
    lead = shorten(hit.lead_in)
    return f"（上文：{lead}）" if lead.strip() else ""


def also_in_line(hit: Hit, names: Mapping[str, str] | None = None) -> str:
    """`亦见于 <titles>`: the other documents holding this passage, in every medium alike.

    `names` maps doc id → title (`copy_titles`); a document it does not name is shown by its id,
    so a caller without titles still gets the same line, only less readable.
    """
    if not hit.also_in:
        return ""
    shown = [(names or {}).get(doc_id) or doc_id for doc_id in hit.also_in]
    unique = list(dict.fromkeys(shorten(name, 80) for name in shown))
    extra = len(unique) - _ALSO_IN_MAX
    return "亦见于 " + "；".join(unique[:_ALSO_IN_MAX]) + (f" (+{extra})" if extra > 0 else "")


def copy_titles(hits: Iterable[Hit], document: Callable[[str], Document | None]) -> dict[str, str]:
    """Doc id → title for the documents holding copies of `hits` (for `also_in_line`), the id when
    a document has no title or is unknown. One `document(doc_id)` lookup per copy of a shown hit:
    a large corpus is never walked to name a few copies."""
    names: dict[str, str] = {}
    for hit in hits:
        for doc_id in hit.also_in:
            if doc_id not in names:
                found = document(doc_id)
                names[doc_id] = (found.title if found is not None else "") or doc_id
    return names


def understood_as(question: str) -> str:
    """The line saying how a follow-up question was read (那居民呢？ → 江欣苑社区有多少名居民？)."""
    return f"（按“{shorten(question, 80)}”回答）"


def corrections_line(answer: Answer) -> str:
    """The one wording that says a misspelt word was searched as a corpus word; "" when none was."""
    return "；".join(f"按“{shorten(used, 40)}”查找（你输入的是“{shorten(typed, 40)}”）"
                    for typed, used in answer.corrections)


def not_found_message(answer: Answer, coverage: str = "", *, example: str = "") -> str:
    """The one "not found" wording every front end shows, with what the corpus does cover.

    Small talk (你好, 谢谢, 👍) gets one friendly sentence and an example question instead: the
    coverage list answers nothing that was asked.
    """
    reason = answer.reason or "no-match"
    if reason == "small-talk":
        example = clean(example).strip()
        return SMALL_TALK + (f"例如：{shorten(example, 60)}" if example else "")
    if reason == "empty-question":
        head = "请输入一个问题。"
    elif reason == "only-stopwords":
        head = "问题里没有可以检索的词，请换个说法。"
    elif reason in {"too-long", "question-too-long"}:
        head = "问题太长了，请缩短后再问。"
    elif reason == "not-stated":
        subject = shorten(answer.subject or "", 40)
        named = f"资料提到了“{subject}”，但" if subject.strip() else "资料中"
        return f"{named}没有找到直接回答这个问题的内容。" + ("相关内容：" if answer.hits else "")
    else:
        head = "没有在资料中找到答案。"
    coverage = clean(coverage).strip()
    return head + (f"资料涵盖：{coverage}" if coverage else "")
