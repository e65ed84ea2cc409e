"""build_application(settings, retriever) → a configured python-telegram-bot Application."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from qa.config import Settings
from qa.render_chat import COMMANDS

from . import buttons, handlers
from .logsafe import quiet_http_loggers
from .sending import Retry
from .state import BotState
from .store import StateStore, open_store
from .updates import TolerantBot

log = logging.getLogger(__name__)

# Read/connect timeouts: generous enough for a slow network, short enough that a hung request is retried.
DEFAULT_REQUEST = {"connect_timeout": 10.0, "read_timeout": 15.0, "write_timeout": 15.0, "pool_timeout": 5.0}


async def post_init(application: Application) -> None:
    """Register the command menu (setMyCommands) once the bot knows who it is."""
    await application.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
    log.info("bot @%s ready", application.bot.username)


async def post_shutdown(application: Application) -> None:
    state: BotState | None = application.bot_data.get("qa")
    if state is not None:
        state.executor.shutdown(wait=False, cancel_futures=True)
        await state.memory.store.close()


def build_application(
    settings: Settings,
    retriever: Any,
    *,
    request_kwargs: dict[str, Any] | None = None,
    rate_limiter: AIORateLimiter | None = None,
    concurrent_updates: int = 64,
    retry: Retry | None = None,
    state_url: str | None = None,
    store: StateStore | None = None,
) -> Application:
    """Wire settings, engine and handlers into an Application; nothing here touches Telegram.

    request_kwargs go to both HTTPXRequest objects (tests pass short timeouts and
    `httpx_kwargs={"trust_env": False}`). rate_limiter defaults to AIORateLimiter with Telegram's
    flood limits and `settings.flood_max_retries` resends after a 429. Per-user state goes to
    `store`, else to `state_url` (BOT_STATE_URL: redis://…, sqlite:///path), else to a SQLite file
    in the user state folder.
    """
    if not settings.telegram_token:
        raise ValueError("settings.telegram_token is required")
    quiet_http_loggers()  # httpx logs request URLs, and Bot API URLs carry the token
    kwargs = {**DEFAULT_REQUEST, **(request_kwargs or {})}
    # 16 connections: far above Telegram's 30 messages/s, and httpcore's pool bookkeeping grows with
    # the pool size (128 connections made the load benchmark 2x slower, all in is_idle()).
    bot = TolerantBot(
        settings.telegram_token,
        base_url=settings.telegram_api_base_url,
        request=HTTPXRequest(connection_pool_size=16, **kwargs),
        get_updates_request=HTTPXRequest(connection_pool_size=16, **kwargs),
        rate_limiter=rate_limiter or AIORateLimiter(max_retries=settings.flood_max_retries),
    )
    application = (
        ApplicationBuilder()
        .bot(bot)
        .concurrent_updates(concurrent_updates)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    store = store or open_store(state_url, default_state_path())
    application.bot_data["qa"] = BotState.create(settings, retriever, store, retry=retry or Retry())
    add_handlers(application)
    return application


def default_state_path() -> str:
    """Where the bot keeps its state when BOT_STATE_URL is not set: the user state folder."""
    from platformdirs import user_state_dir

    return str(Path(user_state_dir("qa")) / "bot-state.sqlite3")


def add_handlers(application: Application) -> None:
    text = filters.TEXT & ~filters.COMMAND
    application.add_handlers(
        [
            CommandHandler("start", handlers.start),
            CommandHandler("help", handlers.help_command),
            CommandHandler("sources", handlers.sources),
            CommandHandler("ask", handlers.ask_command),
            CommandHandler("more", handlers.more_command),
            MessageHandler(text & filters.ChatType.PRIVATE, handlers.private_text),
            MessageHandler(text & filters.ChatType.GROUPS, handlers.group_text),
            CallbackQueryHandler(buttons.button),
            InlineQueryHandler(handlers.inline_query),
        ]
    )
    application.add_error_handler(handlers.on_error)


ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
__all__ = ["ALLOWED_UPDATES", "build_application", "post_init"]
