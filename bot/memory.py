"""What the bot remembers per user and chat, as typed values over a `StateStore`.

- `Results`: one question's hits, distinct quotes only, cut into pages. Buttons point at it by a
  short id (`p|<rid>|<page>|<version>`), so every payload fits Telegram's 64 bytes whatever the
  question, pages read the same in every process, and paging needs no engine call.
- `Turn`: a user's last question in a chat (resolved, with its key terms: the `Conversation` a
  follow-up leans on), and which result set and page /more goes on from.
- claims: `claim(key)` is true for the first caller only, so a double-tapped button is served once.
"""

from __future__ import annotations

import json
import math
import secrets
from dataclasses import asdict, dataclass, field, fields, replace

from qa.conversation import Conversation
from qa.models import Answer, Hit
from qa.text import fold

from .store import StateStore

RESULTS_TTL = 30 * 24 * 3600.0  # buttons keep working for a month
TURN_TTL = 7 * 24 * 3600.0


@dataclass(frozen=True)
class Results:
    """A question's hits (context dropped: it is looked up again when asked for), bound to a chat."""

    rid: str
    chat_id: int
    question: str
    hits: tuple[Hit, ...]
    per_page: int
    carried: bool = False  # the question was rewritten from a follow-up: say how it was read
    names: dict[str, str] = field(default_factory=dict)  # doc id → title, for 亦见于

    @property
    def pages(self) -> int:
        return max(1, math.ceil(len(self.hits) / self.per_page))

    def page(self, number: int) -> Answer:
        """Page `number` (1-based) as an Answer the renderer understands."""
        start = (number - 1) * self.per_page
        hits = list(self.hits[start : start + self.per_page])
        return Answer(self.question, bool(hits), hits, offset=start, has_more=number < self.pages)

    def to_json(self) -> str:
        data = {
            f.name: getattr(self, f.name) for f in fields(self) if f.name != "hits"
        }  # not asdict: no deep copy
        data["hits"] = [hit.to_dict() for hit in self.hits]
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str) -> Results:
        data = json.loads(raw)
        hits = tuple(
            Hit(
                **{
                    **h,
                    "highlights": tuple(tuple(s) for s in h["highlights"]),
                    "also_in": tuple(h["also_in"]),
                }
            )
            for h in data.pop("hits")
        )
        return cls(hits=hits, **data)


def distinct(hits: list[Hit]) -> tuple[Hit, ...]:
    """Hits whose quotes were not already shown (the same sentence, or one inside another, from
    another copy or passage), ranked again from 1 so page two starts where page one ended."""
    kept: list[Hit] = []
    seen: list[str] = []
    for hit in hits:
        key = "".join(ch for ch in fold(hit.quote) if ch.isalnum())
        if not key or any(key in other or other in key for other in seen):
            continue
        seen.append(key)
        kept.append(replace(hit, rank=len(kept) + 1, context=""))
    return tuple(kept)


@dataclass(frozen=True)
class Turn:
    """A user's last question in a chat, and where /more goes on from."""

    question: str
    terms: tuple[str, ...]
    rid: str | None = None
    page: int = 1
    fact: str = ""  # what the answer marked (8月5日): a follow-up's 当天 stands for it
    passage_id: str = ""  # where the answer's first quote ended: what 后来呢 goes on from
    quote_end: int = 0

    @classmethod
    def of(cls, question: str, terms: tuple[str, ...], rid: str | None, answer: Answer) -> Turn:
        """The turn a question leaves, on its first page (`Conversation.after`); `rid` None when it
        was not answered (nothing to page through)."""
        turn = Conversation.after(question, terms, answer)
        return cls(question, terms, rid, 1, turn.fact, turn.passage_id, turn.quote_end)

    @property
    def conversation(self) -> Conversation:
        return Conversation(self.question, self.terms, self.fact, self.passage_id, self.quote_end)


class Memory:
    """Typed access to the store; the only place that knows the key names."""

    def __init__(self, store: StateStore) -> None:
        self.store = store

    async def save_results(self, chat_id: int, question: str, hits: tuple[Hit, ...], per_page: int,
                           *, carried: bool = False, names: dict[str, str] | None = None) -> Results:  # fmt: skip
        results = Results(secrets.token_hex(6), chat_id, question, hits, per_page, carried, names or {})
        await self.store.set(f"r:{results.rid}", results.to_json(), RESULTS_TTL)
        return results

    async def results(self, rid: str, chat_id: int) -> Results | None:
        """The result set, or None when gone or when it belongs to another chat."""
        raw = await self.store.get(f"r:{rid}")
        if raw is None:
            return None
        try:
            results = Results.from_json(raw)
        except (ValueError, TypeError, KeyError):
            return None
        return results if results.chat_id == chat_id else None

    async def turn(self, chat_id: int, user_id: int | None) -> Turn | None:
        raw = await self.store.get(f"t:{chat_id}:{user_id}")
        if raw is None:
            return None
        try:
            data = json.loads(raw)
            return Turn(data["question"], tuple(data["terms"]), data.get("rid"), int(data.get("page", 1)),
                        str(data.get("fact", "")), str(data.get("passage_id", "")), int(data.get("quote_end", 0)))
        except (ValueError, TypeError, KeyError):
            return None

    async def save_turn(self, chat_id: int, user_id: int | None, turn: Turn) -> None:
        await self.store.set(f"t:{chat_id}:{user_id}", json.dumps(asdict(turn), ensure_ascii=False), TURN_TTL)

    async def claim(self, key: str, ttl: float) -> bool:
        """True for the first caller with this key within `ttl` seconds, in any process."""
        return await self.store.add(f"c:{key}", "1", ttl)
