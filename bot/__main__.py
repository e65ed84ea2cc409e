"""Run the Telegram bot: settings → retriever → application → polling (or webhook).

`qa bot` and `python -m bot` both call main(). Configuration comes from the environment and an
optional .env file (the real environment wins). The token is validated before anything slow
happens, is never printed, and is redacted from every log record.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import sys
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from telegram.error import InvalidToken, NetworkError

from qa.config import Settings, from_env, validate_token
from qa.errors import ConfigError, QAError
from qa.sanitize import one_line

from .app import ALLOWED_UPDATES, build_application, default_state_path
from .logsafe import install_redaction, quiet_http_loggers, redact
from .store import open_store

log = logging.getLogger("bot")

WEBHOOK_LISTEN = "0.0.0.0"  # every interface: Telegram, or the TLS proxy in front, connects from outside
BOOTSTRAP_RETRIES = 3  # connection refused at startup: try this many more times (1 s apart), then exit


def load_settings(env: Mapping[str, str], corpus: str | None = None) -> Settings:
    """Settings from the environment, with the corpus argument winning over QA_CORPUS."""
    settings = from_env(env)
    token = validate_token(settings.telegram_token)
    settings = settings.with_(telegram_token=token)
    if corpus:
        from pathlib import Path

        settings = settings.with_(corpus=Path(corpus).expanduser())
    return settings


def load_retriever(settings: Settings):  # noqa: ANN201 - the engine's Retriever
    from qa import Retriever

    return Retriever.from_path(
        settings.corpus, settings=settings, cache_dir=settings.cache_dir, use_cache=settings.use_cache,
        warn=lambda message: log.warning("corpus: %s", message),
    )  # fmt: skip


def webhook_secret(token: str) -> str:
    """The X-Telegram-Bot-Api-Secret-Token Telegram must send: derived from the token (never the token
    itself), so it stays the same across restarts."""
    return hashlib.sha256(f"qa-webhook:{token}".encode()).hexdigest()[:32]


def webhook_params(settings: Settings, *, listen: str = WEBHOOK_LISTEN) -> dict[str, Any]:
    """run_webhook's address, path, public URL and secret for settings.webhook_url (tests listen on 127.0.0.1)."""
    if not settings.webhook_url or not settings.telegram_token:
        raise ValueError("webhook mode needs settings.webhook_url and settings.telegram_token")
    return {
        "listen": listen,
        "port": settings.webhook_port,
        "url_path": urlsplit(settings.webhook_url).path.lstrip("/"),
        "webhook_url": settings.webhook_url,
        "secret_token": webhook_secret(settings.telegram_token),
    }


def run(
    application,
    settings: Settings,
    *,
    bootstrap_retries: int = BOOTSTRAP_RETRIES,
    stop_signals=None,
    listen: str = WEBHOOK_LISTEN,
) -> int:  # noqa: ANN001
    """Poll, or serve a webhook when WEBHOOK_URL is set; return an exit code (1: Telegram unreachable)."""
    kwargs = {"bootstrap_retries": bootstrap_retries, "allowed_updates": ALLOWED_UPDATES}
    if stop_signals is not None:
        kwargs["stop_signals"] = stop_signals or None
    where = settings.telegram_api_base_url.removesuffix("/bot")
    try:
        if settings.webhook_url:
            application.run_webhook(**webhook_params(settings, listen=listen), **kwargs)
        else:
            application.run_polling(**kwargs)
    except InvalidToken:
        fail("Telegram rejected TELEGRAM_BOT_TOKEN (revoked or mistyped?)")
        return 2
    except NetworkError as exc:
        fail(f"cannot reach the Telegram Bot API at {where} after {bootstrap_retries + 1} attempts: {exc}",
             settings.telegram_token)
        return 1
    return 0


def fail(message: str, token: str | None = None) -> None:
    """The one final error line on stderr: redacted (an exception's text can hold the API URL,
    token included) and sanitised like everything else qa prints."""
    print(f"error: {one_line(redact(message, token))}", file=sys.stderr)


def main(corpus: str | None = None) -> int:
    """Entry point for `qa bot` and `python -m bot`."""
    from dotenv import find_dotenv, load_dotenv

    load_dotenv(find_dotenv(usecwd=True), override=False)  # the real environment wins
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO)
    quiet_http_loggers()
    install_redaction(None)  # any token-shaped string, even before we know the real one
    try:
        settings = load_settings(os.environ, corpus)
    except ConfigError as exc:
        fail(str(exc))
        return 2
    install_redaction(settings.telegram_token)
    try:  # before the corpus loads: a typo in BOT_STATE_URL should not cost a minute of indexing
        store = open_store(os.environ.get("BOT_STATE_URL"), default_state_path())
    except (ValueError, OSError, sqlite3.Error, ImportError) as exc:  # bad URL, unwritable folder, no redis
        print(f"error: bot state (BOT_STATE_URL): {exc}", file=sys.stderr)
        return 2
    try:
        retriever = load_retriever(settings)
    except QAError as exc:
        fail(str(exc), settings.telegram_token)
        return 2
    try:
        return run(build_application(settings, retriever, store=store), settings)
    except Exception as exc:  # whatever it is, its last line must not carry the token either
        log.error("the bot stopped", exc_info=exc)
        fail(f"the bot stopped: {type(exc).__name__}: {exc}", settings.telegram_token)
        return 1


if __name__ == "__main__":
    sys.exit(main())
