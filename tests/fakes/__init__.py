"""Test doubles that speak real protocols: the fake Telegram Bot API server, and a harness that runs
the real bot Application against it over real HTTP on 127.0.0.1."""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from .fake_bot_api import (
    BOT_ID,
    BOT_USERNAME,
    FAKE_TOKEN,
    Call,
    FakeBotApi,
    Fault,
    parse_telegram_html,
    utf16_len,
)

__all__ = [
    "BOT_ID",
    "BOT_USERNAME",
    "FAKE_TOKEN",
    "BotHarness",
    "Call",
    "FakeBotApi",
    "Fault",
    "bundled_retriever",
    "parse_telegram_html",
    "running_bot",
    "utf16_len",
]

# Never let a proxy variable route 127.0.0.1 traffic elsewhere (the harness also disables trust_env).
os.environ["NO_PROXY"] = "127.0.0.1,localhost"
os.environ["PTB_TIMEDELTA"] = "1"

TEST_REQUEST = {
    "connect_timeout": 1.0,
    "read_timeout": 1.0,
    "write_timeout": 1.0,
    "pool_timeout": 1.0,
    "httpx_kwargs": {"trust_env": False},
}


@functools.lru_cache(maxsize=1)
def bundled_retriever() -> Any:
    """One Retriever over the bundled corpus, shared by every bot test in the session."""
    from qa import Retriever

    return Retriever.from_path(None)


@dataclass
class BotHarness:
    """The fake server and the running Application, with shortcuts for the common round trip."""

    fake: FakeBotApi
    app: Any

    @property
    def state(self) -> Any:
        return self.app.bot_data["qa"]

    async def ask(
        self, chat_id: int, text: str, *, count: int = 1, timeout: float = 5.0, **kwargs: Any
    ) -> Call:
        """Push a message and return the next (count-th) sendMessage to that chat."""
        mark = self.fake.mark()
        self.fake.push_text(chat_id, text, **kwargs)
        calls = await self.fake.wait_for(
            "sendMessage", count, since=mark, timeout=timeout, where=lambda c: c.chat_id == chat_id
        )
        return calls[count - 1]

    async def press(
        self, user_id: int, data: str, message: dict[str, Any] | None, *, timeout: float = 5.0
    ) -> Call:
        """Push a button press and return its answerCallbackQuery call."""
        mark = self.fake.mark()
        query_id = self.fake.push_callback(user_id, data, message)
        calls = await self.fake.wait_for(
            "answerCallbackQuery",
            since=mark,
            timeout=timeout,
            where=lambda c: c.params.get("callback_query_id") == query_id,
        )
        return calls[0]


@asynccontextmanager
async def running_bot(
    retriever: Any = None, *, fake: FakeBotApi | None = None, **changes: Any
) -> AsyncIterator[BotHarness]:
    """Start a fake server and the real Application polling it; stop both afterwards.

    Keyword arguments are Settings fields (e.g. allowed_chat_ids=frozenset({1})), except those
    prefixed with `build_`, which go to build_application. State goes to a SQLite file in a fresh
    temporary folder unless `build_state_url` names one (pass the same one to "restart" the bot).
    """
    from telegram.ext import AIORateLimiter

    from bot.app import ALLOWED_UPDATES, build_application, post_init, post_shutdown
    from bot.sending import Retry
    from qa.config import Settings

    fake = fake or FakeBotApi()
    await fake.start()
    build = {k.removeprefix("build_"): v for k, v in changes.items() if k.startswith("build_")}
    fields = {k: v for k, v in changes.items() if not k.startswith("build_")}
    settings = Settings(telegram_token=fake.token, telegram_api_base_url=fake.base_url, **fields)
    build.setdefault("request_kwargs", TEST_REQUEST)
    build.setdefault("retry", Retry(backoff=0.05, cap=0.2, budget=2.0))
    folder = tempfile.TemporaryDirectory(prefix="qa-bot-state-")
    build.setdefault("state_url", f"sqlite:///{folder.name}/state.sqlite3")
    # Telegram's real flood limits, except the per-group 20/minute that would slow group tests.
    build.setdefault("rate_limiter", AIORateLimiter(group_max_rate=0, max_retries=settings.flood_max_retries))
    app = build_application(settings, retriever if retriever is not None else bundled_retriever(), **build)
    try:
        await app.initialize()
        await post_init(app)  # run_polling would call it; a hand-started Application does not
        await app.start()
        await app.updater.start_polling(timeout=5, poll_interval=0, allowed_updates=ALLOWED_UPDATES)
        yield BotHarness(fake, app)
    finally:
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()
        await post_shutdown(app)  # run_polling would call it: closes the store, stops the engine thread
        # …and waits for that thread here: a thread left running makes later builds in this process
        # refuse to fork (build.worker_count), which test_build.py checks.
        app.bot_data["qa"].executor.shutdown(wait=True)
        await fake.stop()
        folder.cleanup()
