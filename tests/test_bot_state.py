"""Per-user state behind one interface: SQLite by default, Redis shared by several bot processes."""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import time

import pytest
from fakes import running_bot

from bot.store import RedisStore, SqliteStore, open_store

QUESTION = "江欣苑社区有多少名党员？"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """A real redis-server on a free loopback port, for this module only (no disk, no other clients)."""
    pytest.importorskip("redis", reason="the redis client is not installed (pip install redis)")
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (Debian package redis-server; .ci/run installs it)")
    port = _free_port()
    folder = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(folder), "--protected-mode", "yes"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None:
                    pytest.skip(f"redis-server could not start (exit status {process.returncode})")
                time.sleep(0.05)
        else:
            pytest.skip("redis-server did not accept connections within 5 s")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=5)


@pytest.fixture(params=["sqlite", "redis"])
async def store(request, tmp_path):
    made = (
        SqliteStore(tmp_path / "state.sqlite3")
        if request.param == "sqlite"
        else RedisStore(request.getfixturevalue("redis_url"))
    )
    yield made
    await made.close()


async def test_a_store_gets_sets_and_adds_once(store):
    key = f"k{time.time_ns()}"
    assert await store.get(key) is None
    await store.set(key, "一")
    assert await store.get(key) == "一"
    assert not await store.add(key, "二")
    assert await store.get(key) == "一"
    assert await store.add(key + "x", "三") and not await store.add(key + "x", "四")


async def test_stored_values_expire(store):
    key = f"e{time.time_ns()}"
    await store.set(key, "v", ttl=0.2)
    assert await store.add(key + "c", "1", ttl=0.2)
    await asyncio.sleep(0.3)
    assert await store.get(key) is None
    assert await store.add(key + "c", "1", ttl=0.2)  # an expired claim can be claimed again


async def test_of_many_simultaneous_claims_one_wins(store):
    key = f"c{time.time_ns()}"
    results = await asyncio.gather(*(store.add(key, str(n), ttl=10) for n in range(20)))
    assert sum(results) == 1


def test_the_state_url_picks_the_store(tmp_path):
    assert isinstance(open_store("", tmp_path / "default.sqlite3"), SqliteStore)
    assert open_store(f"sqlite:///{tmp_path}/x.sqlite3", tmp_path / "d").path == f"{tmp_path}/x.sqlite3"
    with pytest.raises(ValueError, match="BOT_STATE_URL"):
        open_store("postgres://somewhere", tmp_path / "d")


async def test_two_bot_processes_sharing_redis_page_through_one_users_results(redis_url):
    async with running_bot(build_state_url=redis_url) as one, running_bot(build_state_url=redis_url) as two:
        first = await one.ask(5, QUESTION)
        message = one.fake.bot_message(first)
        nxt = next(b for b in first.buttons() if b["text"] == "下一页")
        # The same tap reaches both processes (a retried webhook): it is served once.
        marks = one.fake.mark(), two.fake.mark()
        one.fake.push_callback(5, nxt["callback_data"], message)
        two.fake.push_callback(5, nxt["callback_data"], message)
        await one.fake.wait_for("answerCallbackQuery", since=marks[0])
        await two.fake.wait_for("answerCallbackQuery", since=marks[1])
        await asyncio.sleep(0.3)
        edits = one.fake.sent("editMessageText", since=marks[0]) + two.fake.sent(
            "editMessageText", since=marks[1]
        )
        assert len(edits) == 1 and edits[0].visible_text.startswith("2/")
        page_two = edits[0]
        # The next tap lands on the other process: it reads the same result set, and page 3 follows.
        other = two if page_two in one.fake.calls else one
        edited = {**message, "reply_markup": page_two.params["reply_markup"]}
        forward = next(b for b in page_two.buttons() if b["text"] == "下一页")
        mark = other.fake.mark()
        await other.press(5, forward["callback_data"], edited)
        page_three = (await other.fake.wait_for("editMessageText", since=mark))[0]
        assert page_three.visible_text.startswith("3/")
        assert page_three.visible_text.split("\n")[2][:4] == "[7] "
        # /more in either process goes on from the page the user reached
        reply = await one.ask(5, "/more")
        assert reply.visible_text.startswith("4/")
