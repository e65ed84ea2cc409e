"""The one path a question takes, typed, commanded, mentioned or pressed: read it in the light of
the user's previous turn, ask the engine, remember the result, send page one; and the pages after.

Sending goes through `send`, which rides out outages and never repeats a send that may have
arrived; the typing indicator is fired and forgotten (private chats only, and only when the
engine takes a moment), so it can never hold an answer back.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from qa.conversation import resolve
from qa.render import ChatStyle, render_html_fitted
from qa.render_chat import (
    ASK_USAGE,
    FALLBACK_TEXT,
    NEXT,
    NO_MORE_PAGES,
    NOTHING_MORE,
    PREVIOUS,
    context_label,
    page_head,
)

from .callbacks import Button, encode
from .memory import Results, Turn, distinct
from .sending import deliver, is_unshowable
from .state import BotState

log = logging.getLogger(__name__)
TYPING_AFTER = 0.5  # seconds: a quicker answer needs no typing indicator (nor its API call)
TYPING_TIMEOUT = 2.0  # seconds: an indicator that late is no use; don't hold a connection for it
TYPING_SLOTS = 4  # typing calls in flight at most (of the 16 connections)


def state_of(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    return context.application.bot_data["qa"]


async def send(context: ContextTypes.DEFAULT_TYPE, chat_id: int, html: str, *,
               markup: InlineKeyboardMarkup | None = None, reply_to: int | None = None) -> Message | None:  # fmt: skip
    """Send HTML once; a text Telegram refuses to show becomes a short apology."""
    state = state_of(context)
    reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None

    def attempt(text: str, mode: str | None, keyboard: InlineKeyboardMarkup | None):  # noqa: ANN202
        return lambda: context.bot.send_message(
            chat_id, text, parse_mode=mode, reply_markup=keyboard, reply_parameters=reply
        )

    what = f"reply to chat {chat_id}"
    try:
        return await deliver(attempt(html, ParseMode.HTML, markup), retry=state.retry, what=what)
    except BadRequest as exc:
        if not is_unshowable(exc):
            raise
        log.warning("%s refused by Telegram (%s); sent an apology instead", what, exc.message)
        return await deliver(attempt(FALLBACK_TEXT, None, None), retry=state.retry, what=what)


def keyboard(results: Results, page: int, version: int) -> InlineKeyboardMarkup | None:
    """上下文 N for each quote on the page, then 上一页 / 下一页 when there are other pages."""
    answer = results.page(page)
    contexts = [
        InlineKeyboardButton(
            context_label(hit.rank), callback_data=encode(Button("x", results.rid, hit.rank - 1))
        )
        for hit in answer.hits
    ]
    rows = [contexts[i : i + 3] for i in range(0, len(contexts), 3)]
    turn = []
    if page > 1:
        turn.append(
            InlineKeyboardButton(PREVIOUS, callback_data=encode(Button("p", results.rid, page - 1, version)))
        )
    if page < results.pages:
        turn.append(
            InlineKeyboardButton(NEXT, callback_data=encode(Button("p", results.rid, page + 1, version)))
        )
    rows += [turn] if turn else []
    return InlineKeyboardMarkup(rows) if rows else None


def render_page(results: Results, page: int, *, echo: bool = False) -> str:
    """One page of a result set; page one says how a follow-up was read (or echoes a pressed example)."""
    first = page == 1
    head = page_head(
        page, results.pages, understood=results.question if first and results.carried else None,
        echo=results.question if first and echo else None,
    )  # fmt: skip
    style = ChatStyle(names=results.names)
    return render_html_fitted(results.page(page), show_question=False, head=head, style=style)[0]


async def _typing(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> None:
    """Best effort, and never more than TYPING_SLOTS at once: hanging typing calls must not take
    the connections answers are sent on."""
    state = state_of(context)
    if state.typing_in_flight >= TYPING_SLOTS:
        return
    state.typing_in_flight += 1
    try:
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING, read_timeout=TYPING_TIMEOUT)
    except TelegramError as exc:  # a lost typing indicator is not worth a retry
        log.debug("typing indicator for %s failed: %s", chat_id, exc)
    finally:
        state.typing_in_flight -= 1


def _reply_to(update: Update) -> int | None:
    """In groups, answer as a reply to the asking message, so it is clear whose question it was."""
    chat, message = update.effective_chat, update.effective_message
    if chat is None or chat.type == ChatType.PRIVATE or message is None or update.callback_query:
        return None
    return message.message_id


def _user_id(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user is not None else None


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """Answer `text` (already admitted) for the user who sent it, in their chat."""
    state, chat = state_of(context), update.effective_chat
    if chat is None:
        return
    text = text.strip()
    if not text:
        await send(context, chat.id, ASK_USAGE.format(example=state.example))
        return
    started = time.perf_counter()
    user_id = _user_id(update)
    previous = await state.memory.turn(chat.id, user_id)
    conversation = previous.conversation if previous else None
    resolved = resolve(text, conversation, state.retriever.tokenizer.tag)
    if resolved.more and previous is not None:
        await next_page(update, context)
        return
    asking = asyncio.ensure_future(state.ask_turn(text, conversation, resolved))
    if chat.type == ChatType.PRIVATE:
        done, _ = await asyncio.wait({asking}, timeout=TYPING_AFTER)
        if not done:
            context.application.create_task(_typing(context, chat.id))  # fire and forget
    resolved, asked = await asking
    answer = asked.answer
    if not answer.answered:
        if answer.reason != "small-talk":  # a follow-up may still mean its subject; no results to page
            await state.memory.save_turn(chat.id, user_id, Turn.of(resolved.text, asked.terms, None, answer))
        html = render_html_fitted(answer, coverage=state.retriever.coverage(), example=state.example,
                                  show_question=False)[0]  # fmt: skip
        sent = await send(context, chat.id, html, reply_to=_reply_to(update))
    else:
        results = await state.memory.save_results(
            chat.id, resolved.text, distinct(answer.hits), state.settings.k,
            carried=resolved.carried, names=asked.names,
        )  # fmt: skip
        await state.memory.save_turn(chat.id, user_id, Turn.of(resolved.text, asked.terms, results.rid, answer))
        html = render_page(results, 1, echo=update.callback_query is not None)
        sent = await send(context, chat.id, html, markup=keyboard(results, 1, 0), reply_to=_reply_to(update))
    said = f" question={text!r}" if state.settings.log_question_text else ""
    log.info("question chat=%s latency_ms=%.0f answered=%s reason=%s delivered=%s%s", chat.id,
             (time.perf_counter() - started) * 1000, answer.answered, answer.reason, sent is not None, said)  # fmt: skip


async def next_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/more and 还有吗: the user's next page, as a new message."""
    state, chat = state_of(context), update.effective_chat
    if chat is None:
        return
    user_id = _user_id(update)
    turn = await state.memory.turn(chat.id, user_id)
    results = await state.memory.results(turn.rid, chat.id) if turn and turn.rid else None
    if turn is None or results is None:
        await send(context, chat.id, NOTHING_MORE, reply_to=_reply_to(update))
        return
    if turn.page >= results.pages:
        await send(context, chat.id, NO_MORE_PAGES, reply_to=_reply_to(update))
        return
    page = turn.page + 1
    await state.memory.save_turn(chat.id, user_id, replace(turn, page=page))
    await send(context, chat.id, render_page(results, page), markup=keyboard(results, page, 0),
               reply_to=_reply_to(update))  # fmt: skip
