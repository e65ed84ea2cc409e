"""What the running bot keeps in memory (nothing on disk): engine access, limits, button payloads."""

from __future__ import annotations

import asyncio
import functools
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from qa.config import Settings
from qa.models import Answer

from .callbacks import MAX_CALLBACK_BYTES, PayloadStore
from .guards import AccessGuard, RateLimiter

# Tried first for /start; each is kept only if the loaded corpus answers it (any corpus works).
EXAMPLE_CANDIDATES = (
    "江欣苑社区有多少名党员？",
    "黨的最大政治優勢是什麼？",
    "党群关系方程式是什么？",
    "如何密切党群关系？",
    "社区志愿服务有哪些？",
)


@dataclass
class BotState:
    """Shared by all handlers via `application.bot_data["qa"]`."""

    settings: Settings
    retriever: Any
    rate: RateLimiter
    access: AccessGuard
    store: PayloadStore = field(default_factory=PayloadStore)
    examples: list[str] = field(default_factory=list)
    send_attempts: int = 3
    send_backoff: float = 0.5
    # (chat, user) → (question, next offset): in a group each member's /more goes on with their own question.
    last_question: OrderedDict[tuple[int, int | None], tuple[str, int]] = field(default_factory=OrderedDict)
    # One worker: the engine's CPU work stays off the event loop and is never run concurrently.
    executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="qa-engine")
    )

    @classmethod
    def create(cls, settings: Settings, retriever: Any, **kwargs: Any) -> BotState:
        state = cls(
            settings=settings,
            retriever=retriever,
            rate=RateLimiter(settings.rate_limit_per_minute),
            access=AccessGuard(settings.allowed_chat_ids),
            **kwargs,
        )
        state.examples = pick_examples(retriever)
        retriever.coverage()  # worked out once, here, rather than on the event loop by the first answer
        return state

    async def run(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run an engine call on the engine thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(fn, *args, **kwargs))

    async def ask(self, question: str, *, offset: int = 0, k: int | None = None) -> Answer:
        return await self.run(self.retriever.ask, question, k or self.settings.k, offset=offset)

    def remember(self, chat_id: int, user_id: int | None, question: str, next_offset: int) -> None:
        """What /more continues for this user in this chat (bounded, in memory only)."""
        key = (chat_id, user_id)
        self.last_question[key] = (question, next_offset)
        self.last_question.move_to_end(key)
        while len(self.last_question) > 10_000:
            self.last_question.popitem(last=False)


EXAMPLE_SOURCES = 200  # documents whose titles may become examples (not all 100k of a big corpus)


def pick_examples(retriever: Any, count: int = 3) -> list[str]:
    """Three questions the corpus can answer, short enough to ride in a button (restart-proof)."""
    candidates = list(EXAMPLE_CANDIDATES)
    try:
        for row in retriever.sources(limit=EXAMPLE_SOURCES):
            candidates += [str(title) for title in row.get("articles") or []]
    except Exception:  # examples are a nicety; never let them stop the bot
        pass
    picked: list[str] = []
    for question in candidates:
        question = question.strip()
        if not question or question in picked or len(f"q|{question}".encode()) > MAX_CALLBACK_BYTES:
            continue
        try:
            if retriever.ask(question, 1).answered:
                picked.append(question)
        except Exception:
            continue
        if len(picked) == count:
            break
    return picked
