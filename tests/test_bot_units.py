"""The bot's small parts on their own: button payloads, limits, token redaction, startup errors."""

from __future__ import annotations

import logging

import pytest
from fakes import FAKE_TOKEN
from hypothesis import given
from hypothesis import strategies as st

from bot.__main__ import main
from bot.callbacks import MAX_CALLBACK_BYTES, Button, Malformed, decode, encode
from bot.guards import AccessGuard, Admission, RateLimiter, Verdict
from bot.logsafe import REDACTED, TokenRedactor, install_redaction
from bot.memory import distinct
from qa.render_chat import REFUSED, TOO_FAST, TOO_LONG


def _decode(data):
    return decode(data, max_question_chars=500)


def test_payloads_round_trip_and_stay_within_64_bytes():
    for button in (
        Button("q", "江欣苑社区有多少名党员？"),
        Button("p", "0123456789ab", 12, 3),
        Button("x", "0123456789ab", 2),
    ):
        data = encode(button)
        assert len(data.encode()) <= MAX_CALLBACK_BYTES and _decode(data) == button
    with pytest.raises(ValueError):
        encode(Button("q", "党" * 30))  # examples that long are never offered


@pytest.mark.parametrize(
    "data",
    [None, "", "x", "z|foo", "p|x|1|0", "p|0123456789ab|0|0", "p|0123456789ab|-1|0", "p|0123456789ab|1",
     "p|0123456789AB|1|0", "p|0123456789ab|99999|0", "x|0123456789ab|", "q|", "q|  ", "q|a\x00b", "m|3|q",
     "c|passage", "c" * 65],
)  # fmt: skip
def test_malformed_payloads_are_rejected(data):
    with pytest.raises(Malformed):
        _decode(data)


@given(st.text(max_size=80))
def test_decode_raises_only_its_own_errors(data):
    try:
        button = _decode(data)
    except Malformed:
        return
    assert button.kind in {"q", "p", "x"} and button.value


def test_admission_gives_each_kind_its_own_budget_and_says_why_once():
    now = [0.0]
    gate = Admission(frozenset(), 2, 10, clock=lambda: now[0])
    assert gate.check("question", 1, 7, "问题") == Verdict(True)
    assert gate.check("question", 1, 7, "问题") == Verdict(True)
    assert gate.check("question", 1, 7, "问题") == Verdict(False, TOO_FAST)
    assert gate.check("question", 1, 7, "问题") == Verdict(False, None)
    assert gate.check("inline", 7, 7, "问题").allowed and gate.check("button", 1, 7).allowed
    assert gate.check("question", 1, 8, "党" * 11) == Verdict(False, TOO_LONG.format(n=11, max=10))
    closed = Admission(frozenset({1}), 2, 10)
    assert closed.check("button", 2, 7) == Verdict(False, REFUSED)
    assert closed.check("question", 2, 7) == Verdict(False, None)


def test_distinct_drops_quotes_already_shown_and_renumbers():
    from qa.models import Hit

    def hit(rank, quote):
        return Hit(rank, 1.0, "d", f"d#{rank}", "t", None, 1, None, None, None, quote, context="整段")

    kept = distinct([hit(1, "甲乙丙。"), hit(2, "甲乙丙"), hit(3, "丁戊己，庚。"), hit(4, "丁戊己")])
    assert [(h.rank, h.quote) for h in kept] == [(1, "甲乙丙。"), (2, "丁戊己，庚。")]
    assert all(h.context == "" for h in kept)


def test_rate_limiter_is_a_sliding_window_and_warns_once():
    now = [0.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    assert limiter.check(7) == (True, False)
    now[0] = 30
    assert limiter.check(7) == (True, False)
    assert limiter.check(7) == (False, True)
    assert limiter.check(7) == (False, False)
    assert limiter.check(8) == (True, False)  # per user
    now[0] = 60.5  # the first event left the window, the second has not
    assert limiter.check(7) == (True, False)
    assert limiter.check(7) == (False, True)


def test_access_guard_refuses_each_chat_once():
    guard = AccessGuard(frozenset({1}))
    assert guard.check(1) == (True, False)
    assert guard.check(2) == (False, True)
    assert guard.check(2) == (False, False)
    assert AccessGuard(frozenset()).check(2) == (True, False)


def test_redactor_strips_the_token_from_message_args_and_traceback(caplog):
    logger = logging.getLogger("test.redaction")
    caplog.set_level(logging.INFO)
    install_redaction(FAKE_TOKEN, logging.getLogger())
    try:
        logger.info("POST https://api.telegram.org/bot%s/getMe", FAKE_TOKEN)
        try:
            raise RuntimeError(f"boom at /bot{FAKE_TOKEN}/sendMessage")
        except RuntimeError:
            logger.exception("failed")
        logger.info("other shape 987654:%s", "Z" * 35)
    finally:
        for handler in logging.getLogger().handlers:
            for f in [f for f in handler.filters if isinstance(f, TokenRedactor)]:
                handler.removeFilter(f)
    assert FAKE_TOKEN not in caplog.text and "Z" * 35 not in caplog.text
    assert caplog.text.count(REDACTED) == 3  # the message, the exception in the traceback, the other shape


@pytest.mark.parametrize(
    ("token", "expected"),
    [("", "TELEGRAM_BOT_TOKEN is not set"), ("12345:short", "TELEGRAM_BOT_TOKEN is malformed")],
)
def test_main_exits_2_with_one_clear_line_and_never_echoes_the_token(
    token, expected, monkeypatch, capsys, tmp_path
):
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)
    assert main() == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err
    assert not token or token not in err


def test_main_reads_dotenv_without_overriding_the_environment(monkeypatch, capsys, tmp_path):
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=12345:from-dotenv\nQA_K=notanumber\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.setenv("QA_K", "3")
    assert main() == 2
    err = capsys.readouterr().err
    assert "malformed" in err and "from-dotenv" not in err  # .env was read; QA_K from the real env won


def test_main_refuses_a_bad_state_url_before_loading_the_corpus(monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("BOT_STATE_URL", "postgres://db.example/qa")
    monkeypatch.setenv("QA_CORPUS", str(tmp_path / "no-such-corpus"))  # never reached
    assert main() == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "BOT_STATE_URL" in err and FAKE_TOKEN not in err
