"""Webhook mode end to end: run() as the CLI calls it, a fake Bot API, real Update posts over HTTP."""

from __future__ import annotations

import asyncio
import re
import socket
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fakes import FAKE_TOKEN, TEST_REQUEST, FakeBotApi, bundled_retriever

from bot.__main__ import WEBHOOK_LISTEN, run, webhook_params, webhook_secret
from bot.app import ALLOWED_UPDATES, build_application
from qa.config import Settings

QUESTION = "江欣苑社区有多少名党员？"
WEBHOOK_PATH = "/telegram/webhook"
SECRET = webhook_secret(FAKE_TOKEN)
ONE_OFF = SECRET[:-1] + ("1" if SECRET.endswith("0") else "0")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def can_listen(port: int) -> bool:
    """True when nothing listens on the port any more (SO_REUSEADDR, as tornado binds)."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


@dataclass
class WebhookBot:
    fake: FakeBotApi
    settings: Settings
    application: Any
    client: httpx.AsyncClient
    thread: threading.Thread
    result: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return str(self.settings.webhook_url)

    async def post(self, update: dict[str, Any], secret: str | None) -> httpx.Response:
        """POST an update as Telegram does; secret=None leaves the header out."""
        headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
        return await self.client.post(self.url, json=update, headers=headers)


@asynccontextmanager
async def webhook_bot() -> AsyncIterator[WebhookBot]:
    """run() in a thread with WEBHOOK_URL set, as `qa bot` runs it, listening on 127.0.0.1 only.

    On exit: stop it the way a signal would, wait for run() to return, and record its exit code and
    any task still pending when post_shutdown ran (a leak) in `result`.
    """
    fake = FakeBotApi()
    await fake.start()
    port = free_port()
    settings = Settings(
        telegram_token=fake.token,
        telegram_api_base_url=fake.base_url,
        webhook_url=f"http://127.0.0.1:{port}{WEBHOOK_PATH}",
        webhook_port=port,
    )
    application = build_application(
        settings, bundled_retriever(), request_kwargs=TEST_REQUEST, state_url="memory:"
    )
    result: dict[str, Any] = {}
    ready = threading.Event()
    post_init, post_shutdown = application.post_init, application.post_shutdown

    async def capture_loop(app: Any) -> None:
        result["loop"] = asyncio.get_running_loop()
        ready.set()
        await post_init(app)

    async def capture_leaks(app: Any) -> None:
        await post_shutdown(app)
        result["pending"] = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]

    application.post_init, application.post_shutdown = capture_loop, capture_leaks

    def target() -> None:
        result["code"] = run(application, settings, stop_signals=(), listen="127.0.0.1")

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    client = httpx.AsyncClient(trust_env=False, timeout=5)
    bot = WebhookBot(fake, settings, application, client, thread, result)
    try:
        await fake.wait_for("setWebhook", ok=None)
        await _until_listening(port)
        yield bot
    finally:
        await client.aclose()
        if ready.wait(5):
            result["loop"].call_soon_threadsafe(application.stop_running)
        started = time.monotonic()
        await asyncio.to_thread(thread.join, 10)
        result["stop_seconds"] = time.monotonic() - started
        await fake.stop()


async def _until_listening(port: int, timeout: float = 5.0) -> None:
    """setWebhook is called just before tornado binds: wait for the socket to accept."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            if time.monotonic() > deadline:
                raise AssertionError(f"the webhook server never listened on 127.0.0.1:{port}") from None
            await asyncio.sleep(0.02)
        else:
            writer.close()
            await writer.wait_closed()
            return


def text_update(fake: FakeBotApi, chat_id: int, text: str, update_id: int) -> dict[str, Any]:
    """A private-chat text message exactly as Telegram posts it to a webhook."""
    return {"update_id": update_id, "message": fake.message(chat_id, text)}


@pytest.fixture
async def bot() -> AsyncIterator[WebhookBot]:
    async with webhook_bot() as harness:
        yield harness


async def test_startup_sets_the_webhook_with_url_and_secret_and_never_polls(bot):
    methods = [c.method for c in bot.fake.calls]
    assert methods == ["getMe", "setMyCommands", "setWebhook"]  # post_init ran; no deleteWebhook
    params = bot.fake.sent("setWebhook")[0].params
    assert params["url"] == bot.url
    secret = params["secret_token"]
    assert secret == SECRET
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret)  # what Telegram accepts as a secret_token
    assert FAKE_TOKEN.split(":")[1] not in secret
    assert params["allowed_updates"] == ALLOWED_UPDATES
    await asyncio.sleep(0.2)
    assert not bot.fake.sent("getUpdates", ok=None)


async def test_a_posted_update_runs_the_whole_handler_stack(bot):
    secret = bot.fake.sent("setWebhook")[0].params["secret_token"]  # what Telegram would send back
    mark = bot.fake.mark()
    response = await bot.post(text_update(bot.fake, 5, QUESTION, 1), secret)
    assert response.status_code == 200
    reply = (await bot.fake.wait_for("sendMessage", since=mark, where=lambda c: c.chat_id == 5))[0]
    assert reply.params["parse_mode"] == "HTML"
    assert "200多名" in reply.visible_text
    assert re.search(r"<i>[^<]+</i>", reply.text)  # the citation
    assert any(b["text"] == "下一页" for b in reply.buttons())


@pytest.mark.parametrize(
    "secret",
    [None, "", "wrong-secret", ONE_OFF, FAKE_TOKEN],
    ids=["missing", "empty", "wrong", "one-char-off", "the-bot-token"],
)
async def test_a_post_without_the_right_secret_is_refused_and_not_answered(bot, secret):
    mark = bot.fake.mark()
    response = await bot.post(text_update(bot.fake, 7, QUESTION, 1), secret)
    assert response.status_code == 403
    # A correct post afterwards is answered, so the forged one had every chance to be answered first.
    good = await bot.post(text_update(bot.fake, 5, QUESTION, 2), SECRET)
    assert good.status_code == 200
    await bot.fake.wait_for("sendMessage", since=mark, where=lambda c: c.chat_id == 5)
    await asyncio.sleep(0.1)
    assert [c.method for c in bot.fake.calls[mark:] if c.chat_id == 7] == []


async def test_shutdown_returns_zero_frees_the_port_and_leaves_no_tasks():
    async with webhook_bot() as bot:
        assert (await bot.post(text_update(bot.fake, 5, QUESTION, 1), SECRET)).status_code == 200
        await bot.fake.wait_for("sendMessage", where=lambda c: c.chat_id == 5)
    assert not bot.thread.is_alive() and bot.result["code"] == 0
    assert bot.result["stop_seconds"] < 5
    assert bot.result["pending"] == []
    assert bot.result["loop"].is_closed()
    assert can_listen(bot.settings.webhook_port)
    assert bot.application.bot_data["qa"].executor._shutdown
    assert "getUpdates" not in [c.method for c in bot.fake.calls]


def test_webhook_params_are_what_the_cli_serves():
    settings = Settings(
        telegram_token=FAKE_TOKEN, webhook_url="https://example.org/tg/hook", webhook_port=8443
    )
    assert webhook_params(settings) == {
        "listen": WEBHOOK_LISTEN,
        "port": 8443,
        "url_path": "tg/hook",
        "webhook_url": "https://example.org/tg/hook",
        "secret_token": webhook_secret(FAKE_TOKEN),
    }
    assert WEBHOOK_LISTEN == "0.0.0.0"  # users' deployments listen on every interface
    assert webhook_secret(FAKE_TOKEN) == webhook_secret(FAKE_TOKEN)  # stable across restarts
    other = FAKE_TOKEN.replace("123456789", "987654321")
    assert webhook_secret(other) != webhook_secret(FAKE_TOKEN)
