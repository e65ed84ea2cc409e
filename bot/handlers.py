"""Commands, questions, buttons, inline mode and the error handler: parse, ask the engine, render, send."""

from __future__ import annotations

import hashlib
import logging
import time
from html import escape as escape_html
from typing import Any

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ContextTypes

from qa.models import Answer, Hit
from qa.render import citation_line, render_context_html, render_html, render_html_fitted, render_sources_html
from qa.sanitize import clean, one_line

from .callbacks import Button, Expired, Malformed, decode, encode
from .sending import FALLBACK_TEXT, is_too_long, with_retries
from .state import BotState

log = logging.getLogger(__name__)

COMMANDS = [
    ("start", "介绍与示例问题"),
    ("help", "使用说明"),
    ("sources", "资料来源列表"),
    ("ask", "提问：/ask 问题"),
    ("more", "上一个问题的更多结果"),
]
REFUSED = "抱歉，这个机器人只对指定的聊天开放。"
TOO_FAST = "你提问太快了，请稍等一分钟再问。"
TOO_LONG = "问题太长了（{n} 字），请控制在 {max} 字以内。"
EXPIRED = "这个按钮已失效，请重新提问。"
ASK_USAGE = "用法：/ask 问题，例如 /ask {example}"
NOTHING_MORE = "没有可以继续的问题，请先提一个问题。"
SOURCES_LISTED = 200  # documents read for /sources; the reply holds as many as fit in SOURCES_CHARS
SOURCES_CHARS = 3800
MORE_BUTTON = "更多"
SORRY = "抱歉，处理时出了点问题，请稍后再试。"
HELP = (
    "直接发送问题（私聊），或在群里用 /ask 问题、@{username} 问题、回复我的消息来提问。\n"
    "我只用资料原文回答，并注明出处（标题 · 段落 · 日期 · 来源）。\n"
    "按钮：「更多」看后面的结果，「上下文 N」看第 N 条引文所在的整段原文。\n"
    "/sources 列出资料，/more 继续上一个问题。\n"
    "在任何聊天里输入 @{username} 问题 可以直接引用答案。"
)


def state_of(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    return context.application.bot_data["qa"]


# ── sending ──────────────────────────────────────────────────────────────────────────────────────


async def send_html(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    html: str,
    *,
    markup: InlineKeyboardMarkup | None = None,
    reply_to: int | None = None,
) -> Message | None:
    """Send with retries; a message Telegram refuses as too long or unparsable becomes an apology."""
    state = state_of(context)
    reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None

    async def send(text: str, parse_mode: str | None, keyboard: InlineKeyboardMarkup | None) -> Message:
        return await context.bot.send_message(
            chat_id, text, parse_mode=parse_mode, reply_markup=keyboard, reply_parameters=reply
        )

    attempts, backoff = state.send_attempts, state.send_backoff
    try:
        return await with_retries(
            lambda: send(html, ParseMode.HTML, markup),
            attempts=attempts,
            backoff=backoff,
            what=f"reply to {chat_id}",
        )
    except BadRequest as exc:
        if not is_too_long(exc):
            raise
        log.warning("reply to %s refused by Telegram (%s); sent an apology instead", chat_id, exc.message)
        return await with_retries(lambda: send(FALLBACK_TEXT, None, None), attempts=attempts, backoff=backoff)


async def send_typing(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> None:
    """Best effort: a lost typing indicator is not worth a retry or an error."""
    try:
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
    except TelegramError as exc:
        log.debug("typing indicator for %s failed: %s", chat_id, exc)


# ── guards ───────────────────────────────────────────────────────────────────────────────────────


async def admitted(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str | None = None) -> bool:
    """Allow-list, per-user rate limit and length cap, each refused politely at most once."""
    state = state_of(context)
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return False
    allowed, refuse = state.access.check(chat.id)
    if not allowed:
        log.info("refused chat %s (not in ALLOWED_CHAT_IDS)%s", chat.id, "" if refuse else ", silently")
        if refuse:
            await send_html(context, chat.id, REFUSED)
        return False
    allowed, warn = state.rate.check(user.id if user else chat.id)
    if not allowed:
        log.info("rate limited user %s in chat %s", user.id if user else "?", chat.id)
        if warn:
            await send_html(context, chat.id, TOO_FAST)
        return False
    if question is not None and len(question) > state.settings.max_question_chars:
        await send_html(
            context, chat.id, TOO_LONG.format(n=len(question), max=state.settings.max_question_chars)
        )
        return False
    return True


# ── answering ────────────────────────────────────────────────────────────────────────────────────


def answer_keyboard(state: BotState, chat_id: int, answer: Answer, shown: int) -> InlineKeyboardMarkup | None:
    """更多 when more hits exist; 上下文 N for every hit shown."""
    buttons: list[InlineKeyboardButton] = []
    for hit in answer.hits[:shown]:
        data = encode(Button("c", hit.passage_id), chat_id=chat_id, store=state.store)
        buttons.append(InlineKeyboardButton(f"上下文 {hit.rank}", callback_data=data))
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    if answer.answered and (answer.has_more or shown < len(answer.hits)):
        data = encode(Button("m", answer.question, answer.offset + shown), chat_id=chat_id, store=state.store)
        rows.append([InlineKeyboardButton(MORE_BUTTON, callback_data=data)])
    return InlineKeyboardMarkup(rows) if rows else None


async def answer_question(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    question: str,
    *,
    offset: int = 0,
    checked: bool = False,
) -> bool:
    """The one path every question takes, whether typed, commanded, mentioned or pressed.

    True when an answer (or "not found") was delivered."""
    state = state_of(context)
    chat = update.effective_chat
    if chat is None:
        return False
    question = question.strip()
    if not question:
        await send_html(context, chat.id, ASK_USAGE.format(example=_example(state)))
        return False
    if not checked and not await admitted(update, context, question):
        return False
    started = time.perf_counter()
    typing = context.application.create_task(send_typing(context, chat.id))
    answer = await state.ask(question, offset=offset)
    html, shown = render_html_fitted(answer, coverage=state.retriever.coverage(), more_hint=True)
    markup = answer_keyboard(state, chat.id, answer, shown)
    reply_to = None
    if chat.type != ChatType.PRIVATE and update.effective_message and not update.callback_query:
        reply_to = update.effective_message.message_id
    await typing
    sent = await send_html(context, chat.id, html, markup=markup, reply_to=reply_to)
    if answer.answered:
        state.remember(chat.id, _user_id(update), answer.question, answer.offset + shown)
    latency_ms = (time.perf_counter() - started) * 1000
    text = f" question={question!r}" if state.settings.log_question_text else ""
    log.info(
        "question chat=%s latency_ms=%.0f answered=%s hits=%d offset=%d delivered=%s%s",
        chat.id, latency_ms, answer.answered, shown, offset, sent is not None, text,
    )  # fmt: skip
    return sent is not None


def _example(state: BotState) -> str:
    return state.examples[0] if state.examples else "……"


# ── commands ─────────────────────────────────────────────────────────────────────────────────────


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What the bot knows, and three example questions as buttons."""
    state = state_of(context)
    chat = update.effective_chat
    if chat is None or not await admitted(update, context):
        return
    r = state.retriever
    lines = [
        "你好！我根据资料原文回答问题，每条答案都附出处。",
        f"资料：{len(r.documents)} 篇文档，{len(r.passages)} 个段落。",
        f"涵盖：{r.coverage()}",
        "直接发问题给我，或点下面的示例：",
    ]
    rows = [
        [InlineKeyboardButton(q, callback_data=encode(Button("q", q), chat_id=chat.id, store=state.store))]
        for q in state.examples
    ]
    await send_html(
        context, chat.id, _escape("\n".join(lines)), markup=InlineKeyboardMarkup(rows) if rows else None
    )


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """How to ask, in private chats, groups and inline."""
    chat = update.effective_chat
    if chat is None or not await admitted(update, context):
        return
    await send_html(context, chat.id, _escape(HELP.format(username=context.bot.username)))


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One line per document: title, date, source, passages."""
    state = state_of(context)
    chat = update.effective_chat
    if chat is None or not await admitted(update, context):
        return
    rows = await state.run(state.retriever.sources, limit=SOURCES_LISTED)
    text = render_sources_html(rows, len(state.retriever.documents), max_chars=SOURCES_CHARS)
    await send_html(context, chat.id, text)


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask <question> (also /ask@botname in groups)."""
    message = update.effective_message
    if message is None or not message.text:
        return
    await answer_question(update, context, _after_command(message))


async def more_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Next page of the last question this user asked (or paged) in this chat: in a group, one
    member's /more does not page through another's question."""
    state = state_of(context)
    chat = update.effective_chat
    if chat is None:
        return
    last = state.last_question.get((chat.id, _user_id(update)))
    if last is None:
        if await admitted(update, context):
            await send_html(context, chat.id, NOTHING_MORE)
        return
    await answer_question(update, context, last[0], offset=last[1])


def _user_id(update: Update) -> int | None:
    """Who asked; None when Telegram names no sender (a post in a channel)."""
    return update.effective_user.id if update.effective_user is not None else None


def _after_command(message: Message) -> str:
    """The text after the leading /command[@bot] entity (UTF-16 aware via PTB's entity parsing)."""
    text = message.text or ""
    for entity, value in message.parse_entities([MessageEntity.BOT_COMMAND]).items():
        if entity.offset == 0:
            return text[len(value) :].strip()
    return text.partition(" ")[2].strip()


# ── plain messages ───────────────────────────────────────────────────────────────────────────────


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a private chat every text is a question."""
    message = update.effective_message
    if message is None or not message.text:
        return
    await answer_question(update, context, strip_mention(message, context.bot.username) or message.text)


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups: only mentions of the bot and replies to its messages; other chatter is ignored."""
    message = update.effective_message
    if message is None or not message.text:
        return
    question = addressed_question(message, context.bot.username, context.bot.id)
    if question is None:
        return
    await answer_question(update, context, question)


def strip_mention(message: Message, username: str | None) -> str | None:
    """The text with every @username mention of this bot removed, or None if there was none."""
    if not username:
        return None
    target = "@" + username.lower()
    spans = [
        value
        for entity, value in message.parse_entities([MessageEntity.MENTION]).items()
        if value.lower() == target
    ]
    if not spans:
        return None
    text = message.text or ""
    for value in spans:
        text = text.replace(value, " ")
    return " ".join(text.split())


def addressed_question(message: Message, username: str | None, bot_id: int) -> str | None:
    """The question if this group message is addressed to the bot, else None."""
    stripped = strip_mention(message, username)
    if stripped is not None:
        return stripped
    for entity in message.entities or ():
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            return message.text
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return message.text
    return None


# ── buttons ──────────────────────────────────────────────────────────────────────────────────────


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """更多 / 上下文 / example buttons; anything forged, stale or foreign gets a polite notice."""
    state = state_of(context)
    query = update.callback_query
    if query is None:
        return
    chat = update.effective_chat
    chat_id = chat.id if chat else None
    allowed, refuse = state.access.check(chat_id)
    if not allowed:
        await _answer_query(query, REFUSED if refuse else None)
        return
    try:
        pressed = decode(
            query.data,
            chat_id=chat_id,
            store=state.store,
            max_question_chars=state.settings.max_question_chars,
        )
    except (Malformed, Expired) as exc:
        log.info("button from chat %s rejected (%s): %s", chat_id, type(exc).__name__, exc)
        await _answer_query(query, EXPIRED)
        return
    if chat is None:  # a button on an inline message: nowhere to send the result
        await _answer_query(query, EXPIRED)
        return
    allowed, warn = state.rate.check(query.from_user.id)
    if not allowed:
        await _answer_query(query, TOO_FAST if warn else None)
        return
    if pressed.kind == "c":
        await show_context(update, context, query, pressed.value)
        return
    await _answer_query(query, None)
    delivered = await answer_question(update, context, pressed.value, offset=pressed.offset, checked=True)
    if delivered and pressed.kind == "m":
        await _retire_more_button(query)


async def _retire_more_button(query: Any) -> None:
    """The page a 更多 press asked for is out: drop that button from the pressed message, so a
    second press cannot send the same page again (its 上下文 buttons stay). Best effort: Telegram
    refuses to edit messages older than 48 hours."""
    message = query.message
    if not isinstance(message, Message) or message.reply_markup is None:
        return
    rows = [[b for b in row if b.text != MORE_BUTTON] for row in message.reply_markup.inline_keyboard]
    rows = [row for row in rows if row]
    try:
        await query.edit_message_reply_markup(InlineKeyboardMarkup(rows) if rows else None)
    except TelegramError as exc:
        log.debug("could not remove the 更多 button: %s", exc)


async def show_context(
    update: Update, context: ContextTypes.DEFAULT_TYPE, query: Any, passage_id: str
) -> None:
    """The whole paragraph around a quoted passage, the passage in bold."""
    state = state_of(context)
    passage = await state.run(state.retriever.passage, passage_id)
    if passage is None:
        await _answer_query(query, EXPIRED)
        return
    await _answer_query(query, None)
    paragraph, start = await state.run(state.retriever.context, passage_id)
    hit = Hit(
        rank=0, score=0.0, doc_id=passage.doc_id, passage_id=passage.passage_id, title="",
        section=passage.section, paragraph=passage.paragraph, date=passage.date, source=passage.source,
        url=passage.url, quote=passage.text,
    )  # fmt: skip
    html = render_context_html(
        paragraph, start, start + len(passage.text), title=passage.title, citation=citation_line(hit)
    )
    reply_to = query.message.message_id if query.message else None
    await send_html(context, update.effective_chat.id, html, reply_to=reply_to)


async def _answer_query(query: Any, text: str | None) -> None:
    try:
        await query.answer(text)
    except TelegramError as exc:  # an old query cannot be answered any more; nothing to do
        log.debug("answerCallbackQuery failed: %s", exc)


# ── inline mode ──────────────────────────────────────────────────────────────────────────────────


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """@bot 问题 → the top quotes, each a ready-to-send HTML message with its citation."""
    state = state_of(context)
    query = update.inline_query
    if query is None:
        return
    personal = not state.access.open  # Telegram would otherwise share cached results across users
    allowed, refuse = state.access.check(query.from_user.id)
    if not allowed:
        if refuse:
            await query.answer(
                [],
                cache_time=0,
                is_personal=True,
                button=InlineQueryResultsButton(REFUSED, start_parameter="denied"),
            )
        return
    question = query.query.strip()
    if not question:
        hint = InlineQueryResultsButton("输入问题，引用资料原文回答", start_parameter="inline")
        await query.answer([], cache_time=0, is_personal=personal, button=hint)
        return
    allowed, _ = state.rate.check(query.from_user.id)
    if not allowed or len(question) > state.settings.max_question_chars:
        await query.answer([], cache_time=0, is_personal=True)
        return
    started = time.perf_counter()
    answer = await state.ask(question, k=5)
    results = []
    for hit in answer.hits if answer.answered else []:
        single = Answer(question=question, answered=True, hits=[hit])
        key = hashlib.blake2b(f"{question}\0{hit.passage_id}".encode(), digest_size=12).hexdigest()
        results.append(
            InlineQueryResultArticle(
                id=key,
                title=_shorten(hit.quote, 80),
                description=_shorten(citation_line(hit), 120),
                input_message_content=InputTextMessageContent(render_html(single), parse_mode=ParseMode.HTML),
            )
        )
    button = None if results else InlineQueryResultsButton("没有在资料中找到答案", start_parameter="notfound")
    await query.answer(results, cache_time=30, is_personal=personal, button=button)
    text = f" question={question!r}" if state.settings.log_question_text else ""
    log.info(
        "inline user=%s latency_ms=%.0f answered=%s hits=%d%s",
        query.from_user.id, (time.perf_counter() - started) * 1000, answer.answered, len(results), text,
    )  # fmt: skip


def _shorten(text: str, limit: int) -> str:
    text = " ".join(one_line(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape(text: str) -> str:
    """Sanitised (no controls, no bidi overrides) and HTML-escaped, like everything qa.render builds."""
    return escape_html(clean(text), quote=False)


# ── errors ───────────────────────────────────────────────────────────────────────────────────────


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log with the traceback first (the redaction filter strips the token), then apologise briefly."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("update %s failed: %s", update_id, context.error, exc_info=context.error)
    if not isinstance(update, Update) or isinstance(context.error, Forbidden):
        return
    if update.callback_query is not None:
        await _answer_query(update.callback_query, SORRY)
    chat = update.effective_chat
    if chat is None or update.inline_query is not None:
        return
    try:
        await context.bot.send_message(chat.id, SORRY)
    except TelegramError as exc:
        log.warning("could not tell chat %s about the error: %s", chat.id, exc)
