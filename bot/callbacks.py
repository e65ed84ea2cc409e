"""Inline-button payloads: at most 64 bytes, still valid after a restart, and never trusted.

A payload carries what it needs when it fits: `q|<question>` (ask), `m|<offset>|<question>` (next
page), `c|<passage_id>` (surrounding paragraph). When it does not fit in 64 bytes, it carries a short
key `#<token>` into an in-memory LRU bound to the chat; after a restart such a key is simply gone
and the user is asked, politely, to ask again.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass

MAX_CALLBACK_BYTES = 64
MAX_OFFSET = 1000


@dataclass(frozen=True)
class Button:
    """A decoded payload: kind is "q" (ask), "m" (more) or "c" (context)."""

    kind: str
    value: str = ""  # question (q, m) or passage id (c), or "#token" when stored in the LRU
    offset: int = 0


class Expired(Exception):
    """The payload was well formed but what it points to is gone (restart, LRU eviction)."""


class Malformed(Exception):
    """The payload is not one this bot makes: forged, truncated, or from another bot version."""


class PayloadStore:
    """A bounded LRU of payloads too long for callback_data, each bound to the chat it was sent to."""

    def __init__(self, size: int = 5000):
        self.size = size
        self._items: OrderedDict[str, tuple[int, str]] = OrderedDict()

    def put(self, chat_id: int, value: str) -> str:
        token = hashlib.blake2b(f"{chat_id}\0{value}".encode(), digest_size=9).hexdigest()
        self._items[token] = (chat_id, value)
        self._items.move_to_end(token)
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return token

    def get(self, chat_id: int, token: str) -> str:
        item = self._items.get(token)
        if item is None or item[0] != chat_id:  # another chat's key is as good as no key
            raise Expired(token)
        self._items.move_to_end(token)
        return item[1]


def _fits(data: str) -> bool:
    return len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES


def encode(button: Button, *, chat_id: int, store: PayloadStore) -> str:
    """The callback_data for a button; falls back to the LRU when the value does not fit."""
    head = f"{button.kind}|{button.offset}|" if button.kind == "m" else f"{button.kind}|"
    data = head + button.value
    if _fits(data) and not button.value.startswith("#"):
        return data
    return head + "#" + store.put(chat_id, button.value)


def decode(data: str | None, *, chat_id: int | None, store: PayloadStore, max_question_chars: int) -> Button:
    """Parse and validate callback_data; raises Malformed or Expired, never anything else."""
    if not data or not isinstance(data, str) or not _fits(data) or "|" not in data:
        raise Malformed(repr(data)[:80])
    kind, _, rest = data.partition("|")
    offset = 0
    if kind == "m":
        raw_offset, sep, rest = rest.partition("|")
        if not sep or not raw_offset.isdigit() or int(raw_offset) > MAX_OFFSET:
            raise Malformed(repr(data))
        offset = int(raw_offset)
    elif kind not in {"q", "c"}:
        raise Malformed(repr(data))
    if rest.startswith("#"):
        if chat_id is None:
            raise Expired(rest)
        rest = store.get(chat_id, rest[1:])
    rest = rest.strip()
    if not rest or (kind != "c" and len(rest) > max_question_chars) or any(ord(ch) < 32 for ch in rest):
        raise Malformed(repr(data))
    return Button(kind, rest, offset)
