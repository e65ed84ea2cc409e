"""Everything the Telegram bot says besides the answers themselves, as Telegram HTML.

Answers are rendered by `qa.render` (one layout for every front end); this module holds the bot's
other words: welcome, help, the source list, notices (refused, too fast, expired), page lines and
button labels. The bot's handlers only choose which to send, so its wording lives in one place.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from .render import render_sources_html, understood_as
from .render_layout import shorten
from .sanitize import clean

__all__ = [
    "ASK_USAGE", "COMMANDS", "EXPIRED", "FALLBACK_TEXT", "NEXT", "NOTHING_MORE", "PREVIOUS", "REFUSED",
    "SORRY", "TOO_FAST", "TOO_LONG", "context_label", "help_text", "inline_hint", "page_head",
    "sources_text", "welcome_text",
]  # fmt: skip

COMMANDS = [
    ("start", "介绍与示例问题"),
    ("help", "使用说明"),
    ("sources", "资料来源列表"),
    ("ask", "提问：/ask 问题"),
    ("more", "上一个问题的更多结果"),
]
REFUSED = "抱歉，这个机器人只对指定的聊天开放。"
TOO_FAST = "你提问太快了，请稍等一分钟再问。"
TOO_FAST_TAPS = "操作太频繁了，请稍等片刻。"
TOO_LONG = "问题太长了（{n} 字），请控制在 {max} 字以内。"
EXPIRED = "这个按钮已失效，请重新提问。"
ASK_USAGE = "用法：/ask 问题，例如 /ask {example}"
NOTHING_MORE = "没有可以继续的问题，请先提一个问题。"
NO_MORE_PAGES = "这个问题的结果已经全部显示了。"
SORRY = "抱歉，处理时出了点问题，请稍后再试。"
FALLBACK_TEXT = "抱歉，这条回答无法显示。请换个问法再试。"
PREVIOUS, NEXT = "上一页", "下一页"
SOURCES_CHARS = 3800
_HELP = (
    "直接发送问题（私聊），或在群里用 /ask 问题、@{username} 问题、回复我的消息来提问。\n"
    "我只用资料原文回答，并注明出处（标题 · 段落 · 日期 · 来源）。\n"
    "可以接着问：“那居民呢？”“他们做了什么？”；“还有吗？”看更多结果。\n"
    "按钮：「上一页／下一页」翻页，「上下文 N」看第 N 条引文前后的原文。\n"
    "/sources 列出资料，/more 继续上一个问题。\n"
    "在任何聊天里输入 @{username} 问题 可以直接引用答案。"
)


def _esc(text: str) -> str:
    return html.escape(clean(text), quote=False)


def help_text(username: str | None) -> str:
    return _esc(_HELP.format(username=username or "bot"))


def welcome_text(documents: int, passages: int, coverage: str) -> str:
    """/start: what the bot knows; the example questions follow as buttons."""
    lines = [
        "你好！我根据资料原文回答问题，每条答案都附出处。",
        f"资料：{documents} 篇文档，{passages} 个段落。",
        f"涵盖：{shorten(coverage, 1500)}",
        "直接发问题给我，或点下面的示例：",
    ]
    return _esc("\n".join(lines))


def sources_text(rows: Sequence[dict[str, object]], total: int) -> str:
    """/sources: one line per document (title · date · source, passages), as many as fit."""
    return render_sources_html(rows, total, max_chars=SOURCES_CHARS)


def page_head(page: int, pages: int, *, understood: str | None = None, echo: str | None = None) -> str:
    """The line above a page of hits: where the reader is; how a follow-up was understood, or the
    question itself when nobody typed it (an example button)."""
    parts = [f"{page}/{pages}"] if pages > 1 else []
    if echo:
        parts.append(f"问：{shorten(echo, 200)}")
    elif understood:
        parts.append(understood_as(understood))
    return " ".join(parts)


def context_label(rank: int) -> str:
    return f"上下文 {rank}"


def inline_hint(kind: str) -> str:
    """The button text an inline query shows when it has no results to show."""
    return {
        "empty": "输入问题，引用资料原文回答",
        "not-found": "没有在资料中找到答案",
        "too-fast": TOO_FAST_TAPS,
        "too-long": "问题太长了",
        "refused": REFUSED,
    }[kind]
