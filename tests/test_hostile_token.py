"""The bot token never reaches stderr: not in log lines, not in the final error line, and not when
the exact token is unknown (a mistyped one, or one glued to a port by a bad base URL)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.logsafe import REDACTED, redact

ROOT = Path(__file__).resolve().parents[1]
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


def test_the_final_error_line_of_the_bot_is_redacted(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("北京是中国的首都。", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QA_", "TELEGRAM_", "WEBHOOK"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL="http://127.0.0.1:9", QA_CORPUS=str(corpus),
               QA_NO_CACHE="1")
    done = subprocess.run([sys.executable, "-m", "bot"], capture_output=True, text=True, env=env, timeout=120,
                          cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("error: cannot reach the Telegram Bot API"), last
    assert REDACTED in last
    assert SECRET[:-1] not in done.stderr and "123456789" not in done.stderr
