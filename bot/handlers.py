"""Commands, messages, inline mode and the error handler: admit, parse, hand over, send.

Every entry point passes `Admission.check` once (its own budget per kind); all wording comes from
`qa.render` / `qa.render_chat`; questions take the one path in `bot.answering`.
"""

from __future__ import annotations

import hashlib
import logging
import time

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from qa.models import Answer
from qa.render import ChatStyle, citation_line, render_html_fitted
from qa.render_chat import SORRY, help_text, inline_hint, sources_text, welcome_text
from qa.sanitize import one_line
from qa.smalltalk import is_small_talk

from .answering import answer_question, next_page, send, state_of
from .buttons import answer_query
from .callbacks import Button, encode

log = logging.getLogger(__name__)
SOURCES_LISTED = 200  # documents read for /sources; the reply holds as many as fit


async def admitted(
    update: Update, context: ContextTypes.DEFAULT_TYPE, kind: str, question: str | None = None
) -> bool:
    """The admission gate for messages and commands; a refusal is told in the chat."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return False
    verdict = state_of(context).admission.check(kind, chat.id, user.id if user else None, question)
    if not verdict.allowed:
        log.info(
            "refused %s from user %s in chat %s: %s", kind, user.id if user else "?", chat.id, verdict.notice
        )
        if verdict.notice:
            await send(context, chat.id, verdict.notice)
    return verdict.allowed


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What the bot knows, and three example questions as buttons."""
    state = state_of(context)
    if not await admitted(update, context, "command"):
        return
    r = state.retriever
    rows = [[InlineKeyboardButton(q, callback_data=encode(Button("q", q)))] for q in state.examples]
    text = welcome_text(len(r.documents), len(r.passages), r.coverage())
    await send(context, update.effective_chat.id, text, markup=InlineKeyboardMarkup(rows) if rows else None)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """How to ask, in private chats, groups and inline."""
    if await admitted(update, context, "command"):
        await send(context, update.effective_chat.id, help_text(context.bot.username))


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One line per document: title, date, source, passages."""
    state = state_of(context)
    if await admitted(update, context, "command"):
        rows = await state.run(state.retriever.sources, limit=SOURCES_LISTED)
        await send(context, update.effective_chat.id, sources_text(rows, len(state.retriever.documents)))


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask <question> (also /ask@botname in groups)."""
    question = after_command(update.effective_message)
    if await admitted(update, context, "question", question):
        await answer_question(update, context, question)


async def more_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The next page of the last question this user asked in this chat (each group member their own)."""
    if await admitted(update, context, "command"):
        await next_page(update, context)


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a private chat every text is a question (small talk gets a friendly line)."""
    message = update.effective_message
    question = strip_mention(message, context.bot.username) or message.text or ""
    if await admitted(update, context, "question", question):
        await answer_question(update, context, question)


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups: mentions of the bot, and replies to it that read as questions; the rest is chatter."""
    message = update.effective_message
    question, mentioned = addressed_question(message, context.bot.username, context.bot.id)
    if question is None or (not mentioned and is_small_talk(question)):
        return  # "谢谢，明白了" in reply to an answer is not a question for the group
    if await admitted(update, context, "question", question):
        await answer_question(update, context, question)


def after_command(message: Message | None) -> str:
    """The text after the leading /command[@bot] entity (UTF-16 aware via PTB's entity parsing)."""
    text = (message.text if message else None) or ""
    for entity, value in message.parse_entities([MessageEntity.BOT_COMMAND]).items() if message else ():
        if entity.offset == 0:
            return text[len(value) :].strip()
    return text.partition(" ")[2].strip()


def strip_mention(message: Message, username: str | None) -> str | None:
    """The text with every @username mention of this bot removed, or None if there was none."""
    if not username or not message.text:
        return None
    target = "@" + username.lower()
    spans = [v for e, v in message.parse_entities([MessageEntity.MENTION]).items() if v.lower() == target]
    if not spans:
        return None
    text = message.text
    for value in spans:
        text = text.replace(value, " ")
    return " ".join(text.split())


def addressed_question(message: Message, username: str | None, bot_id: int) -> tuple[str | None, bool]:
    """(question, mentioned): the question if this group message is addressed to the bot."""
    stripped = strip_mention(message, username)
    if stripped is not None:
        return stripped, True
    for entity in message.entities or ():
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            return message.text, True
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return message.text, False
    return None, False


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """@bot 问题 → the top quotes, each a ready-to-send message with its citation."""
    state, query = state_of(context), update.inline_query
    question = query.query.strip()
    verdict = state.admission.check("inline", query.from_user.id, query.from_user.id, question or None)
    personal = not state.admission.access.open  # else Telegram may share cached results across users
    if not verdict.allowed or not question:
        hint = inline_hint("empty") if verdict.allowed else verdict.notice
        if hint:  # a refusal is said once per burst, like everywhere else
            button = InlineQueryResultsButton(hint, start_parameter="inline")
            await query.answer([], cache_time=0, is_personal=True, button=button)
        return
    started = time.perf_counter()
    asked = await state.ask(question, pages=1, k=5)
    style = ChatStyle(names=asked.names)
    results = [
        _inline_result(question, hit, style) for hit in (asked.answer.hits if asked.answer.answered else [])
    ]
    button = (
        None if results else InlineQueryResultsButton(inline_hint("not-found"), start_parameter="notfound")
    )
    await query.answer(results, cache_time=30, is_personal=personal, button=button)
    log.info("inline user=%s latency_ms=%.0f hits=%d", query.from_user.id, (time.perf_counter() - started) * 1000,
             len(results))  # fmt: skip


def _inline_result(question: str, hit, style: ChatStyle) -> InlineQueryResultArticle:  # noqa: ANN001
    html = render_html_fitted(Answer(question, True, [hit]), style=style)[0]
    key = hashlib.blake2b(f"{question}\0{hit.passage_id}".encode(), digest_size=12).hexdigest()
    return InlineQueryResultArticle(
        id=key, title=_shorten(hit.quote_converted or hit.quote, 80), description=_shorten(citation_line(hit), 120),
        input_message_content=InputTextMessageContent(html, parse_mode=ParseMode.HTML),
    )  # fmt: skip


def _shorten(text: str, limit: int) -> str:
    text = " ".join(one_line(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log with the traceback first (the redaction filter strips the token), then apologise briefly."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("update %s failed: %s", update_id, context.error, exc_info=context.error)
    if not isinstance(update, Update) or isinstance(context.error, Forbidden):
        return
    if update.callback_query is not None:
        await answer_query(update.callback_query, SORRY)
    chat = update.effective_chat
    if chat is None or update.inline_query is not None:
        return
    try:
        await context.bot.send_message(chat.id, SORRY)
    except TelegramError as exc:
        log.warning("could not tell chat %s about the error: %s", chat.id, exc)
