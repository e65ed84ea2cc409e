"""Button presses: page in place (上一页 / 下一页), a quote's surroundings (上下文 N), examples.

A press is served once: the page it asks for is claimed in the state store before the message is
edited, so a double tap, or the same tap delivered to two bot processes, edits the message once.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from qa.render import citation_line, render_context_html
from qa.render_chat import EXPIRED

from .answering import answer_question, keyboard, render_page, send, state_of
from .callbacks import Button, Malformed, decode
from .memory import RESULTS_TTL, Results
from .sending import deliver

log = logging.getLogger(__name__)
DOUBLE_TAP = 5.0  # seconds within which a second 上下文 press of the same quote is the same press


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every press: admission, decode, then page, context or example question."""
    state, query, chat = state_of(context), update.callback_query, update.effective_chat
    if query is None:
        return
    verdict = state.admission.check("button", chat.id if chat else None, query.from_user.id)
    if not verdict.allowed:
        await answer_query(query, verdict.notice)
        return
    try:
        pressed = decode(query.data, max_question_chars=state.settings.max_question_chars)
    except Malformed as exc:
        log.info("button from chat %s rejected: %s", chat.id if chat else None, exc)
        await answer_query(query, EXPIRED)
        return
    if chat is None or not isinstance(query.message, Message):  # on an inline message: nowhere to answer
        await answer_query(query, EXPIRED)
        return
    if pressed.kind == "q":
        verdict = state.admission.check("question", chat.id, query.from_user.id, pressed.value)
        await answer_query(query, verdict.notice)
        if verdict.allowed:
            await answer_question(update, context, pressed.value)
        return
    results = await state.memory.results(pressed.value, chat.id)
    if results is None or (pressed.kind == "p" and pressed.number > results.pages):
        await answer_query(query, EXPIRED)
        return
    if pressed.kind == "p":
        await flip(update, context, results, pressed)
    else:
        await show_context(update, context, results, pressed.number)


async def flip(update: Update, context: ContextTypes.DEFAULT_TYPE, results: Results, pressed: Button) -> None:
    """Edit the pressed message into page N, once per version of that message."""
    state, query = state_of(context), update.callback_query
    message = query.message
    fresh = await state.memory.claim(
        f"flip:{message.chat.id}:{message.message_id}:{pressed.version}", RESULTS_TTL
    )
    await answer_query(query, None)
    if not fresh:
        log.info("page press in chat %s already served", message.chat.id)
        return
    page, markup = pressed.number, keyboard(results, pressed.number, pressed.version + 1)
    html = render_page(results, page)
    # The page /more goes on from is recorded before the edit goes out: once the user sees page N,
    # a /more that another process serves must already read N (it used to race the edit).
    user = query.from_user.id
    turn = await state.memory.turn(message.chat.id, user)
    if turn is not None and turn.rid == results.rid:
        await state.memory.save_turn(message.chat.id, user, replace(turn, page=page))
    try:
        await deliver(
            lambda: query.edit_message_text(html, parse_mode=ParseMode.HTML, reply_markup=markup),
            retry=state.retry, what=f"page {page} in chat {message.chat.id}",
        )  # fmt: skip
    except BadRequest as exc:  # too old to edit (48 h): the page comes as a new message instead
        if "not modified" in exc.message.lower():
            return
        log.info("could not edit page in chat %s (%s): sending it", message.chat.id, exc.message)
        await send(context, message.chat.id, html, markup=keyboard(results, page, 0))


async def show_context(
    update: Update, context: ContextTypes.DEFAULT_TYPE, results: Results, index: int
) -> None:
    """The paragraphs before and after quote N, the quote in bold, as a reply to the answer."""
    state, query = state_of(context), update.callback_query
    message = query.message
    hit = results.hits[index] if index < len(results.hits) else None
    if hit is None or state.retriever.passage(hit.passage_id) is None:
        await answer_query(query, EXPIRED)
        return
    fresh = await state.memory.claim(f"ctx:{message.chat.id}:{message.message_id}:{index}", DOUBLE_TAP)
    await answer_query(query, None)
    if not fresh:
        return
    text, start = await state.run(state.retriever.context_around, hit.passage_id)
    at = start + hit.quote_start
    html = render_context_html(text, at, at + len(hit.quote), citation=citation_line(hit))
    await send(context, message.chat.id, html, reply_to=message.message_id)


async def answer_query(query: Any, text: str | None) -> None:
    """Stop the button's spinner (with a notice when there is one); an old query cannot be answered."""
    try:
        await query.answer(text)
    except TelegramError as exc:
        log.debug("answerCallbackQuery failed: %s", exc)
