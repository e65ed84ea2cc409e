"""The bot token never reaches stderr: not in log lines, not in the final error line, and not when
the exact token is unknown (a mistyped one, or one glued to a port by a bad base URL)."""

from __future__ import annotations

import pytest

from bot.__main__ import run
from bot.app import build_application
from bot.logsafe import REDACTED, redact
from qa.config import Settings

SECRET = "AAH" + "Zx9" * 11 + "-"  # 36 characters, ending in "-"
TOKEN = "123456789:" + SECRET


@pytest.mark.parametrize("line", [
    f"POST https://api.telegram.org/bot{TOKEN}/getMe",
    f"InvalidURL(\"Invalid port: '9{TOKEN}'\")",  # TELEGRAM_API_BASE_URL=http://127.0.0.1:9
    f"GET http://127.0.0.1:8443{TOKEN}/getUpdates",  # glued to more digits than a token has
    "https://api.telegram.org/bot42:short-secret/getMe",  # a URL segment, whatever the secret
    f"token={TOKEN}",
])
def test_token_shapes_are_redacted_without_knowing_the_token(line):
    out = redact(line)
    assert REDACTED in out
    assert SECRET not in out and SECRET[:-1] not in out and "short-secret" not in out
    assert REDACTED + "-" not in out  # the trailing "-" goes with the token


def test_the_final_error_line_of_the_bot_is_redacted(retriever, capsys):
    settings = Settings(telegram_token=TOKEN, telegram_api_base_url="http://127.0.0.1:9")
    assert run(build_application(settings, retriever), settings, bootstrap_retries=0, stop_signals=()) == 1
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]
    assert last.startswith("error: cannot reach the Telegram Bot API"), last
    assert REDACTED in last
    assert SECRET[:-1] not in err and "123456789" not in err
