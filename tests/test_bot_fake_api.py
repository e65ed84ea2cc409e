"""The fake Bot API server itself: it must behave like Telegram where the bot tests rely on it."""

from __future__ import annotations

import asyncio
import os
import time

import httpx
import pytest
from fakes import FAKE_TOKEN, FakeBotApi, Fault, parse_telegram_html, utf16_len

os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
async def fake():
    server = FakeBotApi()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def client(fake):
    async with httpx.AsyncClient(base_url=f"{fake.base_url}{FAKE_TOKEN}/", trust_env=False, timeout=5) as c:
        yield c


def test_html_parser_counts_visible_utf16_and_entities():
    visible, entities = parse_telegram_html("问：<b>党员</b> &lt;x&gt; &amp; <i>引用 · ¶2</i> 😀")
    assert visible == "问：党员 <x> & 引用 · ¶2 😀"
    assert entities == 2
    assert utf16_len("😀") == 2


@pytest.mark.parametrize(
    "bad", ["<b>open", "<b><i>x</b></i>", "<script>x</script>", "a < b", "x</b>", "&nbsp;", "1 > 0"]
)
def test_html_parser_rejects_what_telegram_rejects(bad):
    with pytest.raises(ValueError):
        parse_telegram_html(bad)


async def test_get_me_and_unknown_method(client):
    me = (await client.post("getMe")).json()
    assert me["ok"] and me["result"]["is_bot"] and me["result"]["username"] == "qa_test_bot"
    unknown = await client.post("sendSticker", data={"chat_id": "1"})
    assert unknown.status_code == 404 and unknown.json()["description"] == "Not Found"


async def test_wrong_token_is_unauthorized(fake):
    async with httpx.AsyncClient(trust_env=False) as c:
        r = await c.post(f"{fake.base_url}1:wrong/getMe")
    assert r.status_code == 401


async def test_send_message_enforces_length_and_html(client, fake):
    ok = await client.post("sendMessage", data={"chat_id": "5", "text": "123", "parse_mode": "HTML"})
    assert ok.json()["result"]["text"] == "123"
    assert fake.sent()[0].params["text"] == "123"  # text fields are never JSON-decoded
    long = await client.post(
        "sendMessage", data={"chat_id": "5", "text": "<b>" + "字" * 4097 + "</b>", "parse_mode": "HTML"}
    )
    assert long.status_code == 400 and "message is too long" in long.json()["description"]
    exact = await client.post(
        "sendMessage", data={"chat_id": "5", "text": "<b>" + "字" * 4096 + "</b>", "parse_mode": "HTML"}
    )
    assert exact.status_code == 200
    bad = await client.post("sendMessage", data={"chat_id": "5", "text": "<b>x", "parse_mode": "HTML"})
    assert bad.status_code == 400 and "can't parse entities" in bad.json()["description"]


async def test_reply_markup_is_decoded(client, fake):
    markup = '{"inline_keyboard": [[{"text": "更多", "callback_data": "m|3|q"}]]}'
    await client.post("sendMessage", data={"chat_id": "5", "text": "x", "reply_markup": markup})
    assert fake.sent()[0].buttons() == [{"text": "更多", "callback_data": "m|3|q"}]


async def test_get_updates_honours_offset_and_timeout(client, fake):
    started = time.monotonic()
    empty = (await client.post("getUpdates", data={"timeout": "0"})).json()
    assert empty["result"] == [] and time.monotonic() - started < 0.5
    first = fake.push_update({"message": fake.message(7, "你好")})
    second = fake.push_update({"message": fake.message(7, "再见")})
    got = (await client.post("getUpdates", data={"timeout": "5"})).json()["result"]
    assert [u["update_id"] for u in got] == [first, second]
    got = (await client.post("getUpdates", data={"offset": str(second), "timeout": "0"})).json()["result"]
    assert [u["update_id"] for u in got] == [second]  # confirmed by offset, not popped when sent


async def test_long_poll_wakes_on_new_update_and_on_stop(client, fake):
    async def poll():
        return (await client.post("getUpdates", data={"timeout": "10"})).json()["result"]

    task = asyncio.create_task(poll())
    await asyncio.sleep(0.1)
    started = time.monotonic()
    fake.push_text(9, "醒醒")
    assert len(await task) == 1 and time.monotonic() - started < 1
    task = asyncio.create_task(client.post("getUpdates", data={"offset": "100", "timeout": "10"}))
    await asyncio.sleep(0.1)
    started = time.monotonic()
    await fake.stop()
    await task
    assert time.monotonic() - started < 2


async def test_scripted_faults_are_served_in_order(client, fake):
    fake.fail_next("sendMessage", status=429, description="Too Many Requests: retry after 1", retry_after=1)
    fake.fail_next("sendMessage", Fault(status=403, description="Forbidden: bot was blocked by the user"))
    r1 = await client.post("sendMessage", data={"chat_id": "5", "text": "a"})
    r2 = await client.post("sendMessage", data={"chat_id": "5", "text": "a"})
    r3 = await client.post("sendMessage", data={"chat_id": "5", "text": "a"})
    assert r1.status_code == 429 and r1.json()["parameters"]["retry_after"] == 1
    assert r2.status_code == 403
    assert r3.status_code == 200
    assert [c.status for c in fake.sent(ok=None)] == [429, 403, 200]


async def test_wait_for_reports_what_arrived(fake):
    with pytest.raises(AssertionError, match="expected 1 sendMessage"):
        await fake.wait_for("sendMessage", timeout=0.1)


def test_auto_entities_use_utf16_offsets():
    msg = FakeBotApi().message(-5, "😀 @qa_test_bot 党员")
    assert msg["entities"] == [{"type": "mention", "offset": 3, "length": 12}]
    cmd = FakeBotApi().message(5, "/ask@qa_test_bot 党员")
    assert cmd["entities"][0] == {"type": "bot_command", "offset": 0, "length": 16}
