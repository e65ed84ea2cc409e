"""Sending that survives a flaky network: retries with backoff, and blocked users are skipped.

429 (flood control) is handled a layer below by AIORateLimiter, which waits `retry_after` and
resends; this layer retries what the rate limiter does not: timeouts, dropped connections and 5xx.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram.error import BadRequest, Forbidden, NetworkError, TimedOut

log = logging.getLogger(__name__)
T = TypeVar("T")

FALLBACK_TEXT = "抱歉，这条回答无法显示。请换个问法再试。"


async def with_retries(
    action: Callable[[], Awaitable[T]], *, attempts: int = 3, backoff: float = 0.5, what: str = "send"
) -> T | None:
    """Run `action`, retrying NetworkError/TimedOut/5xx with exponential backoff.

    Returns None when the chat blocked the bot or was deleted (403): logged, then skipped.
    BadRequest is a bug in what we send, so it is raised at once, never retried.
    """
    for attempt in range(1, attempts + 1):
        try:
            return await action()
        except Forbidden as exc:
            log.info("%s skipped: %s", what, exc.message)
            return None
        except BadRequest:
            raise
        except (TimedOut, NetworkError) as exc:
            if attempt == attempts:
                raise
            delay = backoff * 2 ** (attempt - 1)
            log.warning("%s failed (%s), retry %d/%d in %.1fs", what, exc, attempt, attempts - 1, delay)
            await asyncio.sleep(delay)
    return None  # pragma: no cover - the loop either returns or raises


def is_too_long(exc: BadRequest) -> bool:
    text = exc.message.lower()
    return "too long" in text or "can't parse entities" in text or "text is empty" in text
