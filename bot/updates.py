"""A Bot whose getUpdates survives a malformed update instead of re-fetching it forever.

PTB parses the whole getUpdates batch at once; one update it cannot parse makes the Updater log,
drop the batch without confirming it, and fetch the same batch again: the bot stalls. Here each
update is parsed on its own; one that fails becomes an empty Update with its id, so the offset
moves past it, no handler matches it, and the rest of the batch is served.
"""

from __future__ import annotations

import datetime as dtm
import logging
from collections.abc import Sequence
from typing import Any

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram.ext import ExtBot

log = logging.getLogger(__name__)


class TolerantBot(ExtBot):
    """ExtBot with per-update parsing in get_updates."""

    async def get_updates(  # type: ignore[override]
        self,
        offset: int | None = None,
        limit: int | None = None,
        timeout: int | float | dtm.timedelta | None = None,
        allowed_updates: Sequence[str] | None = None,
        *,
        read_timeout: Any = DEFAULT_NONE,
        write_timeout: Any = DEFAULT_NONE,
        connect_timeout: Any = DEFAULT_NONE,
        pool_timeout: Any = DEFAULT_NONE,
        api_kwargs: dict[str, Any] | None = None,
    ) -> tuple[Update, ...]:
        data = {"timeout": timeout, "offset": offset, "limit": limit, "allowed_updates": allowed_updates}
        # Same read-timeout rule as Bot.get_updates: the long-poll time on top of the usual timeout.
        base = (
            (read_timeout or 0)
            if not isinstance(read_timeout, DefaultValue)
            else (self._request[0].read_timeout or 0)
        )
        extra = timeout.total_seconds() if isinstance(timeout, dtm.timedelta) else (timeout or 0)
        result = await self._post(
            "getUpdates",
            data,
            read_timeout=base + extra,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
            api_kwargs=api_kwargs,
        )
        return tuple(self._parse(raw) for raw in result or () if _update_id(raw) is not None)

    def _parse(self, raw: Any) -> Update:
        try:
            update = Update.de_json(raw, self)
            if update is None:
                raise ValueError("empty update")
            return update
        except Exception as exc:
            # The raw data may hold a user's text: log its id and keys only.
            keys = sorted(raw) if isinstance(raw, dict) else type(raw).__name__
            log.warning("skipping malformed update %s (keys %s): %s", _update_id(raw), keys, exc)
            return Update(update_id=_update_id(raw))  # type: ignore[arg-type]


def _update_id(raw: Any) -> int | None:
    if (
        isinstance(raw, dict)
        and isinstance(raw.get("update_id"), int)
        and not isinstance(raw["update_id"], bool)
    ):
        return raw["update_id"]
    return None
