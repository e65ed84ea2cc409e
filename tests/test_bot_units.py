"""The bot's small parts on their own: button payloads, limits, token redaction, startup errors."""

from __future__ import annotations

import logging

import pytest
from fakes import FAKE_TOKEN
from hypothesis import given
from hypothesis import strategies as st

from bot.__main__ import main
from bot.callbacks import MAX_CALLBACK_BYTES, Button, Expired, Malformed, PayloadStore, decode, encode
from bot.guards import AccessGuard, RateLimiter
from bot.logsafe import REDACTED, TokenRedactor, install_redaction


def _decode(data, chat_id=1, store=None):
    return decode(data, chat_id=chat_id, store=store or PayloadStore(), max_question_chars=500)


def test_short_payloads_carry_their_question_and_survive_a_restart():
    data = encode(Button("m", "江欣苑社区有多少名党员？", 3), chat_id=1, store=PayloadStore())
    assert data == "m|3|江欣苑社区有多少名党员？"
    assert _decode(data, store=PayloadStore()) == Button(
        "m", "江欣苑社区有多少名党员？", 3
    )  # a new, empty store


def test_long_payloads_go_through_the_store_bound_to_their_chat():
    store = PayloadStore()
    question = "党" * 60
    data = encode(Button("m", question, 6), chat_id=1, store=store)
    assert len(data.encode()) <= MAX_CALLBACK_BYTES and data.startswith("m|6|#")
    assert _decode(data, store=store).value == question
    with pytest.raises(Expired):
        _decode(data, chat_id=2, store=store)  # another chat's key is no key
    with pytest.raises(Expired):
        _decode(data, store=PayloadStore())  # after a restart


def test_store_is_bounded():
    store = PayloadStore(size=2)
    first = store.put(1, "a")
    store.put(1, "b")
    store.put(1, "c")
    with pytest.raises(Expired):
        store.get(1, first)


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "x",
        "z|foo",
        "m|x|q",
        "m|-1|q",
        "m|99999|q",
        "m||q",
        "q|",
        "c|  ",
        "q|a\x00b",
        "m|1",
        "c" * 65,
    ],
)
def test_malformed_payloads_are_rejected(data):
    with pytest.raises(Malformed):
        _decode(data)


@given(st.text(max_size=80))
def test_decode_raises_only_its_own_errors(data):
    try:
        button = _decode(data)
    except (Malformed, Expired):
        return
    assert button.kind in {"q", "m", "c"} and button.value


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
