"""Where the bot keeps per-user state: a small key-value interface, in SQLite or in Redis.

Everything a button or a follow-up needs (result pages, the last question, long payloads, "this
press was already served") lives here rather than in process memory, so a restart keeps every
button working, and several bot processes behind one webhook share it. Three operations are
enough: `get`, `set` and `add` (set only if absent, atomically: how one of two simultaneous
presses wins, even across processes). Values are strings; every key may expire.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

__all__ = ["RedisStore", "SqliteStore", "StateStore", "open_store"]


class StateStore(Protocol):
    """The interface: three async calls and close()."""

    async def get(self, key: str) -> str | None: ...

    async def set(self, key: str, value: str, ttl: float | None = None) -> None: ...

    async def add(self, key: str, value: str, ttl: float | None = None) -> bool: ...

    async def close(self) -> None: ...


class SqliteStore:
    """One table in a file (or ":memory:"). Calls are sub-millisecond, so they run on the event loop;
    SQLite's own locking makes `add` atomic across processes sharing the file."""

    PURGE_EVERY = 500  # writes between sweeps of expired rows

    def __init__(self, path: str | Path) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = str(path)
        self._db = sqlite3.connect(self.path, timeout=5.0, isolation_level=None, check_same_thread=False)
        self._lock = threading.Lock()
        self._writes = 0
        with self._lock:
            if self.path != ":memory:":
                # WAL with synchronous=NORMAL: a commit costs no fsync (5 ms → 0.5 ms a write); a power
                # cut may lose the last moments of state, never corrupt it.
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires REAL)"
            )

    @staticmethod
    def _expiry(ttl: float | None) -> float | None:
        return time.time() + ttl if ttl else None

    async def get(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value, expires FROM kv WHERE key = ?", (key,)).fetchone()
        if row is None or (row[1] is not None and row[1] <= time.time()):
            return None
        return row[0]

    async def set(self, key: str, value: str, ttl: float | None = None) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO kv (key, value, expires) VALUES (?, ?, ?)",
                (key, value, self._expiry(ttl)),
            )
            self._purge()

    async def add(self, key: str, value: str, ttl: float | None = None) -> bool:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("DELETE FROM kv WHERE key = ? AND expires <= ?", (key, time.time()))
                added = self._db.execute(
                    "INSERT OR IGNORE INTO kv (key, value, expires) VALUES (?, ?, ?)",
                    (key, value, self._expiry(ttl)),
                ).rowcount
            finally:
                self._db.execute("COMMIT")
            self._purge()
        return added == 1

    def _purge(self) -> None:
        self._writes += 1
        if self._writes % self.PURGE_EVERY == 0:
            self._db.execute("DELETE FROM kv WHERE expires <= ?", (time.time(),))

    async def close(self) -> None:
        with self._lock:
            self._db.close()


class RedisStore:
    """The same three calls on Redis (`redis.asyncio`), for several processes or machines."""

    def __init__(self, url: str) -> None:
        import redis.asyncio as redis

        self.url = url
        self._redis = redis.Redis.from_url(url, decode_responses=True)

    @staticmethod
    def _ms(ttl: float | None) -> int | None:
        return max(1, int(ttl * 1000)) if ttl else None

    async def get(self, key: str) -> str | None:
        return await self._redis.get(key)

    async def set(self, key: str, value: str, ttl: float | None = None) -> None:
        await self._redis.set(key, value, px=self._ms(ttl))

    async def add(self, key: str, value: str, ttl: float | None = None) -> bool:
        return bool(await self._redis.set(key, value, px=self._ms(ttl), nx=True))

    async def close(self) -> None:
        await self._redis.aclose()


def open_store(url: str | None, default_path: str | Path) -> StateStore:
    """`redis://…` / `rediss://…` / `unix://…` → Redis; `sqlite:///path` → that file;
    `memory:` → a throwaway SQLite in memory; empty → SQLite at `default_path`."""
    url = (url or "").strip()
    if not url:
        return SqliteStore(default_path)
    scheme = urlsplit(url).scheme.lower()
    if scheme in {"redis", "rediss", "unix"}:
        return RedisStore(url)
    if scheme == "sqlite":
        return SqliteStore(
            url.split("://", 1)[1].removeprefix("/") if url.startswith("sqlite:///") else url[9:]
        )
    if url == "memory:":
        return SqliteStore(":memory:")
    raise ValueError(f"BOT_STATE_URL must be redis://…, sqlite:///path or memory:, got {url.split(':')[0]}:…")
