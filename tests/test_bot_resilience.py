"""Flood control, server errors, timeouts, blocked users, bad updates, startup and shutdown."""

from __future__ import annotations

import asyncio
import logging
import threading
import time

import pytest
from fakes import FAKE_TOKEN, TEST_REQUEST, FakeBotApi, Fault, bundled_retriever, running_bot

from bot.__main__ import run
from bot.app import build_application
from bot.logsafe import REDACTED, install_redaction
from qa.config import Settings
from qa.render_chat import FALLBACK_TEXT, SORRY

QUESTION = "黨的最大政治優勢是什麼？"


@pytest.fixture
async def bot():
    async with running_bot() as harness:
        yield harness


async def test_flood_control_429_is_waited_out_and_the_reply_delivered(bot, caplog):
    caplog.set_level(logging.INFO)
    bot.fake.fail_next(
        "sendMessage", status=429, description="Too Many Requests: retry after 1", retry_after=1
    )
    started = time.monotonic()
    reply = await bot.ask(5, QUESTION, timeout=8)
    assert "最大政治優勢" in reply.visible_text
    assert [c.status for c in bot.fake.sent(ok=None)] == [429, 200]
    assert time.monotonic() - started >= 1.0  # retry_after was respected
    assert "Rate limit hit" in caplog.text


@pytest.mark.parametrize(
    "fault",
    [
        Fault(status=500, description="Internal Server Error"),
        Fault(status=502, description="Bad Gateway"),
    ],
    ids=["500", "502"],
)
async def test_server_errors_are_retried_until_delivered(bot, fault, caplog):
    bot.fake.fail_next("sendMessage", fault)
    reply = await bot.ask(5, QUESTION, timeout=8)
    assert "最大政治優勢" in reply.visible_text
    statuses = [c.status for c in bot.fake.sent(ok=None)]
    assert statuses[-1] == 200 and len(statuses) == 2
    assert "retry 1 in" in caplog.text


async def test_a_send_that_timed_out_after_delivery_arrives_once(bot, caplog):
    # The fake delivers the message but answers after the bot's 1 s read timeout: resending would
    # show the answer twice.
    bot.fake.fail_next("sendMessage", Fault(status=200, delay=1.5))
    reply = await bot.ask(5, QUESTION, timeout=8)
    assert "最大政治優勢" in reply.visible_text
    await asyncio.sleep(1.0)  # time for a (wrong) resend
    assert len([c for c in bot.fake.calls if c.method == "sendMessage" and c.chat_id == 5]) == 1
    assert "may have arrived" in caplog.text


async def test_an_outage_is_ridden_out_with_backoff(bot):
    bot.fake.fail_next("sendMessage", status=502, description="Bad Gateway", times=8)
    reply = await bot.ask(5, QUESTION, timeout=8)
    assert "最大政治優勢" in reply.visible_text
    statuses = [c.status for c in bot.fake.sent(ok=None)]
    assert statuses == [502] * 8 + [200]
    calls = bot.fake.sent(ok=None)
    gaps = [b.at - a.at for a, b in zip(calls, calls[1:], strict=False)]
    assert gaps[-1] > gaps[0]  # backing off, not hammering


async def test_an_answer_that_cannot_be_sent_is_logged_with_its_chat(bot, caplog):
    bot.fake.fail_next("sendMessage", status=502, description="Bad Gateway", times=1000)
    bot.fake.push_text(5, QUESTION)
    for _ in range(60):
        await asyncio.sleep(0.1)
        if "NOT delivered" in caplog.text:
            break
    assert "reply to chat 5 NOT delivered" in caplog.text


async def test_a_flood_of_429s_is_waited_out(caplog):
    async with running_bot(flood_max_retries=1) as bot:
        bot.fake.fail_next("sendMessage", status=429, description="Too Many Requests: retry after 1",
                           retry_after=0.2, times=5)  # fmt: skip
        reply = await bot.ask(5, QUESTION, timeout=8)
        assert "最大政治優勢" in reply.visible_text and SORRY not in reply.text
        assert [c.status for c in bot.fake.sent(ok=None)] == [429] * 5 + [200]


async def test_a_user_who_blocked_the_bot_is_skipped_and_others_are_served(bot, caplog):
    caplog.set_level(logging.INFO)
    bot.fake.fail_next("sendMessage", status=403, description="Forbidden: bot was blocked by the user")
    mark = bot.fake.mark()
    bot.fake.push_text(5, QUESTION)
    await bot.fake.wait_for("sendMessage", since=mark, ok=False)
    reply = await bot.ask(6, QUESTION)
    assert "最大政治優勢" in reply.visible_text
    assert "skipped: Forbidden: bot was blocked by the user" in caplog.text
    assert [c for c in bot.fake.sent(since=mark) if c.chat_id == 5] == []  # no apology sent into the void
    assert "ERROR" not in caplog.text  # a blocked user is routine, not an error


async def test_message_too_long_becomes_an_apology_not_a_crash(bot, caplog):
    bot.fake.fail_next("sendMessage", status=400, description="Bad Request: message is too long")
    reply = await bot.ask(5, QUESTION)
    assert reply.text == FALLBACK_TEXT and "parse_mode" not in reply.params
    assert "refused by Telegram" in caplog.text
    assert "最大政治優勢" in (await bot.ask(5, QUESTION)).visible_text  # still serving


async def test_malformed_updates_do_not_stop_the_bot(bot, caplog):
    for garbage in (
        {"message": "not a message"},
        {"message": {"text": "no chat, no date"}},
        {"callback_query": {"id": "x"}},
        {"inline_query": {"query": 5}},
        {"edited_message": [1, 2, 3]},
        {"something_new": {"a": 1}},
        {"message": {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"}}},  # no text
    ):
        bot.fake.push_update(garbage)
    reply = await bot.ask(5, QUESTION)
    assert "最大政治優勢" in reply.visible_text
    assert "skipping malformed update" in caplog.text


async def test_an_engine_failure_is_logged_and_the_user_told_briefly(caplog):
    class Broken:
        def __getattr__(self, name):
            return getattr(bundled_retriever(), name)

        def ask(self, question, k=3, **kwargs):
            if "炸" in question:
                raise RuntimeError("engine exploded")
            return bundled_retriever().ask(question, k, **kwargs)

    async with running_bot(Broken()) as bot:
        reply = await bot.ask(5, "炸了吗")
        assert reply.text == SORRY
        assert "engine exploded" in caplog.text and "Traceback" in caplog.text
        assert "最大政治優勢" in (await bot.ask(5, QUESTION)).visible_text


async def test_the_token_never_reaches_logs_or_chats(caplog):
    """At DEBUG, PTB itself logs the API URL with the token: main()'s redaction filter must catch it."""
    caplog.set_level(logging.DEBUG)
    redactor = install_redaction(FAKE_TOKEN)  # what main() does on the root handlers
    async with running_bot() as bot:
        bot.fake.fail_next("sendMessage", status=500)
        await bot.ask(5, QUESTION, timeout=8)
        bot.fake.push_update({"message": "garbage"})
        await bot.ask(5, "/start")
        await bot.ask(5, "今天巴黎天气怎么样？")
    for handler in logging.getLogger().handlers:
        handler.removeFilter(redactor)
    assert "getUpdates" in caplog.text and REDACTED in caplog.text  # PTB's URL line, redacted
    assert FAKE_TOKEN not in caplog.text
    assert FAKE_TOKEN.split(":")[1] not in caplog.text
    assert all(FAKE_TOKEN not in c.text for c in bot.fake.sent(ok=None))


def _run_in_thread(application, settings, **kwargs):
    result: dict = {}
    loop_ready = threading.Event()
    original = application.post_init

    async def capture(app):
        result["loop"] = asyncio.get_running_loop()
        loop_ready.set()
        await original(app)

    application.post_init = capture

    def target():
        result["code"] = run(application, settings, stop_signals=(), **kwargs)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread, result, loop_ready


async def test_run_polling_starts_serves_and_shuts_down_cleanly(caplog):
    fake = FakeBotApi()
    await fake.start()
    try:
        settings = Settings(telegram_token=fake.token, telegram_api_base_url=fake.base_url)
        application = build_application(
            settings, bundled_retriever(), request_kwargs=TEST_REQUEST, state_url="memory:"
        )
        thread, result, loop_ready = _run_in_thread(application, settings)
        await fake.wait_for("getUpdates", ok=None)
        assert [c.method for c in fake.calls[:3]] == ["getMe", "setMyCommands", "deleteWebhook"]
        mark = fake.mark()
        fake.push_text(5, QUESTION)
        reply = (await fake.wait_for("sendMessage", since=mark))[0]
        assert "最大政治優勢" in reply.visible_text
        result["loop"].call_soon_threadsafe(application.stop_running)
        started = time.monotonic()
        await asyncio.to_thread(thread.join, 10)
        assert not thread.is_alive() and result["code"] == 0
        assert time.monotonic() - started < 5
        last_poll = fake.sent("getUpdates", ok=None)[-1]
        assert last_poll.params.get("timeout") == "0"  # PTB confirmed the offset on the way out
        assert application.bot_data["qa"].executor._shutdown
        assert "ERROR" not in caplog.text
    finally:
        await fake.stop()


async def test_connection_refused_at_startup_retries_then_exits_clearly(capsys, caplog):
    fake = FakeBotApi()
    await fake.start()
    base_url = fake.base_url
    await fake.stop()  # the port is now closed: connection refused
    settings = Settings(telegram_token=FAKE_TOKEN, telegram_api_base_url=base_url)
    application = build_application(
        settings, bundled_retriever(), request_kwargs=TEST_REQUEST, state_url="memory:"
    )
    started = time.monotonic()
    thread, result, _ = _run_in_thread(application, settings, bootstrap_retries=1)
    await asyncio.to_thread(thread.join, 15)
    assert result["code"] == 1 and 1.0 <= time.monotonic() - started < 10
    err = capsys.readouterr().err
    assert "cannot reach the Telegram Bot API" in err and "after 2 attempts" in err
    assert FAKE_TOKEN not in err and err.count("\n") == 1
