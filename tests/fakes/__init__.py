"""Test doubles that speak real protocols (the fake Telegram Bot API server)."""

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
    "Call",
    "FakeBotApi",
    "Fault",
    "parse_telegram_html",
    "utf16_len",
]
