"""Many users at once, slow typing indicators, double taps: every answer quick, and sent once."""

from __future__ import annotations

import asyncio
import time

import pytest
from fakes import TEST_REQUEST, Fault, running_bot

from bot.answering import TYPING_AFTER, TYPING_SLOTS

QUESTIONS = [
    "江欣苑社区有多少名党员？",
    "黨的最大政治優勢是什麼？",
    "台风卢碧影响了哪里？",
    "月牙形陨石坑是在哪里发现的？",
]
# Production-like read timeout: a hanging sendChatAction is not cut short at 1 s.
PATIENT = {**TEST_REQUEST, "read_timeout": 15.0}


@pytest.mark.parametrize("chat_type", ["group", "private"])
async def test_24_people_asking_at_once_are_all_answered_within_5s_despite_a_hanging_typing_call(chat_type):
    async with running_bot(build_request_kwargs=PATIENT) as bot:
        bot.fake.fail_next("sendChatAction", Fault(status=200, delay=10.0), times=100)
        mark = bot.fake.mark()
        chats = [-3000 if chat_type == "group" else 3000 + n for n in range(24)]
        for n, chat in enumerate(chats):
            text = f"/ask {QUESTIONS[n % 4]}" if chat_type == "group" else QUESTIONS[n % 4]
            bot.fake.push_text(chat, text, user_id=500 + n)
        first = time.monotonic()
        replies = await bot.fake.wait_for("sendMessage", 24, since=mark, timeout=8)
        assert max(c.at for c in replies) - first < 5.0
        assert all("[1] " in c.visible_text for c in replies)
        typing = bot.fake.sent("sendChatAction", since=mark, ok=None)
        if chat_type == "group":
            assert not typing  # no typing in groups: it would count against the group's 20 a minute
        else:
            assert len(typing) <= TYPING_SLOTS  # hanging typing calls never take every connection


async def test_a_slow_answer_shows_typing_and_a_quick_one_does_not():
    from fakes import bundled_retriever

    class Slow:
        def __getattr__(self, name):
            return getattr(bundled_retriever(), name)

        def ask(self, question, k=3, **kwargs):
            if "慢" in question:
                time.sleep(TYPING_AFTER + 0.5)
            return bundled_retriever().ask(question.replace("慢", ""), k, **kwargs)

    async with running_bot(Slow()) as bot:
        mark = bot.fake.mark()
        await bot.ask(5, QUESTIONS[0])
        assert not bot.fake.sent("sendChatAction", since=mark, ok=None)
        reply = await bot.ask(5, "慢" + QUESTIONS[0])
        typing = bot.fake.sent("sendChatAction", since=mark)
        assert typing and typing[0].params == {"chat_id": "5", "action": "typing"} and typing[0].at < reply.at


async def test_a_double_tap_on_a_page_button_edits_the_message_once():
    async with running_bot() as bot:
        first = await bot.ask(5, QUESTIONS[0])
        nxt = next(b for b in first.buttons() if b["text"] == "下一页")
        message = bot.fake.bot_message(first)
        mark = bot.fake.mark()
        bot.fake.push_callback(5, nxt["callback_data"], message)
        bot.fake.push_callback(5, nxt["callback_data"], message)
        await bot.fake.wait_for("answerCallbackQuery", 2, since=mark)
        await asyncio.sleep(0.3)
        assert len(bot.fake.sent("editMessageText", since=mark, ok=None)) == 1
        assert not bot.fake.sent("sendMessage", since=mark, ok=None)
        # the edited page's own buttons work: back to page one
        edited = bot.fake.messages[(5, message["message_id"])]
        back = next(b for b in edited["reply_markup"]["inline_keyboard"][-1] if b["text"] == "上一页")
        mark = bot.fake.mark()
        await bot.press(5, back["callback_data"], edited)
        again = (await bot.fake.wait_for("editMessageText", since=mark))[0]
        assert again.visible_text.startswith("1/")


async def test_a_double_tap_on_a_context_button_sends_it_once():
    async with running_bot() as bot:
        first = await bot.ask(5, QUESTIONS[0])
        context = next(b for b in first.buttons() if b["text"] == "上下文 1")
        mark = bot.fake.mark()
        for _ in range(2):
            bot.fake.push_callback(5, context["callback_data"], bot.fake.bot_message(first))
        await bot.fake.wait_for("answerCallbackQuery", 2, since=mark)
        await asyncio.sleep(0.3)
        assert len(bot.fake.sent("sendMessage", since=mark, ok=None)) == 1
