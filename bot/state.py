"""What every handler shares: the engine and its thread, the admission gate, memory, retry policy."""

from __future__ import annotations

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from qa.config import Settings
from qa.conversation import Conversation, Resolved
from qa.examples import pick_examples
from qa.follow_up import ask_in_turn
from qa.models import Answer
from qa.render import copy_titles

from .callbacks import MAX_CALLBACK_BYTES
from .guards import Admission
from .memory import Memory
from .sending import Retry
from .store import StateStore

PAGES = 5  # pages of k hits fetched per question: paging then needs neither the engine nor this process


@dataclass(frozen=True)
class Asked:
    """One engine call's result for the bot: the answer, the key terms a follow-up may lean on, and
    the titles of the documents holding copies (for 亦见于)."""

    answer: Answer
    terms: tuple[str, ...]
    names: dict[str, str]


@dataclass
class BotState:
    """Shared by all handlers via `application.bot_data["qa"]`."""

    settings: Settings
    retriever: Any
    admission: Admission
    memory: Memory
    retry: Retry = field(default_factory=Retry)
    examples: list[str] = field(default_factory=list)
    typing_in_flight: int = 0  # typing indicators being sent now (bounded: see answering._typing)
    # One worker: the engine's CPU work stays off the event loop and is never run concurrently.
    executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="qa-engine")
    )

    @classmethod
    def create(cls, settings: Settings, retriever: Any, store: StateStore, **kwargs: Any) -> BotState:
        admission = Admission(
            settings.allowed_chat_ids, settings.rate_limit_per_minute, settings.max_question_chars
        )
        state = cls(
            settings=settings, retriever=retriever, admission=admission, memory=Memory(store), **kwargs
        )
        state.examples = pick_examples(retriever, max_bytes=MAX_CALLBACK_BYTES - 2)
        retriever.coverage()  # worked out once, here, rather than on the event loop by the first answer
        return state

    @property
    def example(self) -> str:
        return self.examples[0] if self.examples else ""

    async def run(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run an engine call on the engine thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(fn, *args, **kwargs))

    async def ask(self, question: str, *, pages: int = PAGES, k: int | None = None) -> Asked:
        """Ask in the reader's script, enough hits for `pages` pages, in one trip to the engine thread."""
        return await self.run(self._ask, question, (k or self.settings.k) * pages)

    async def ask_turn(self, question: str, previous: Conversation | None, resolved: Resolved) -> tuple[Resolved, Asked]:
        """A question in one trip to the engine thread: `resolved`, or, when that is not answered, the
        reading with the previous topic before it if that one is (`qa.follow_up`)."""
        return await self.run(self._ask_turn, question, previous, resolved, self.settings.k * PAGES)

    def _ask_turn(self, question: str, previous: Conversation | None, resolved: Resolved,
                  k: int) -> tuple[Resolved, Asked]:
        reading, answer = ask_in_turn(
            lambda text: self.retriever.ask(text, k, script="auto"), self.retriever.key_terms, question, previous,
            resolved, self.retriever.knows,
            lambda passage_id, end: self.retriever.goes_on(passage_id, end, question=question, script="auto"),
            lambda text, turn: self.retriever.ask_within(text, turn, script="auto"),
            self.retriever.context_around)
        return reading, self._asked(reading.text, answer)

    def _ask(self, question: str, k: int) -> Asked:
        return self._asked(question, self.retriever.ask(question, k, script="auto"))

    def _asked(self, question: str, answer: Answer) -> Asked:
        terms = tuple(self.retriever.key_terms(question)) if answer.reason != "small-talk" else ()
        return Asked(answer, terms, copy_titles(answer.hits, self.retriever.document))
