"""Sending every answer exactly once: ride out outages, wait out floods, never send twice.

- Connection failures and 5xx are retried with exponential backoff for up to `Retry.budget`
  seconds (a minute by default): an outage that short loses nothing.
- 429 (flood control) is waited out for its `retry_after`, after AIORateLimiter's own retries.
- A timeout after the request was sent (httpx `ReadTimeout`) is not repeated: Telegram may well
  have delivered the message, and a resend would show it twice. A timeout before anything was
  sent (connect, pool, write) is safe to retry and is.
- A 403 (the user blocked the bot) is skipped; a 400 is a bug in what we send and is raised.
Whatever is finally not sent is logged with what it was for (the chat), never dropped silently.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

import httpx
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Retry:
    """Backoff starts at `backoff` seconds and doubles up to `cap`; failures stop being retried
    once `budget` seconds of waiting for the network were spent, or after `floods` 429s in a row
    (their waits are Telegram's `retry_after`, not counted in the budget)."""

    backoff: float = 0.5
    cap: float = 15.0
    budget: float = 60.0
    floods: int = 10


def maybe_delivered(exc: TimedOut) -> bool:
    """True when the request had been sent whole before the timeout (so it may have arrived)."""
    cause = exc.__cause__
    return not isinstance(cause, (httpx.ConnectTimeout, httpx.PoolTimeout, httpx.WriteTimeout))


def _seconds(value: float | dtm.timedelta) -> float:
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


async def deliver(action: Callable[[], Awaitable[T]], *, retry: Retry, what: str) -> T | None:
    """Run `action` until it succeeds or the retry budget is spent; None when it was not sent."""
    started = time.monotonic()
    delay, waited, floods, attempt = retry.backoff, 0.0, 0, 0
    while True:
        attempt += 1
        try:
            return await action()
        except Forbidden as exc:
            log.info("%s skipped: %s", what, exc.message)
            return None
        except BadRequest:
            raise
        except RetryAfter as exc:
            wait, problem, floods = _seconds(exc.retry_after), exc, floods + 1
            given_up = floods > retry.floods
        except TimedOut as exc:
            if maybe_delivered(exc):
                log.warning("%s timed out after it was sent: not repeated, it may have arrived", what)
                return None
            wait, problem = delay, exc
            given_up, waited = waited + wait > retry.budget, waited + wait
        except NetworkError as exc:
            wait, problem = delay, exc
            given_up, waited = waited + wait > retry.budget, waited + wait
        if given_up:
            log.error("%s NOT delivered after %d attempts in %.0fs: %s", what, attempt,
                      time.monotonic() - started, problem)  # fmt: skip
            return None
        log.warning("%s failed (%s), retry %d in %.1fs", what, problem, attempt, wait)
        await asyncio.sleep(wait)
        if not isinstance(problem, RetryAfter):
            delay = min(delay * 2, retry.cap)


def is_unshowable(exc: BadRequest) -> bool:
    """Telegram refused the text itself (too long, bad markup): send an apology instead."""
    text = exc.message.lower()
    return "too long" in text or "can't parse entities" in text or "text is empty" in text
