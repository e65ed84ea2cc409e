"""Who may use the bot and how often: the allow-list, per-user rate limits, the length cap.

`Admission.check` is the one gate every entry point (message, command, button, inline query)
passes. Each kind has its own budget, so 25 inline keystrokes or a row of button taps cannot use
up the questions a user may ask; a refusal says why once per burst, in the kind's own channel.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass

from qa.render_chat import REFUSED, TOO_FAST, TOO_FAST_TAPS, TOO_LONG


class RateLimiter:
    """At most `per_minute` events per user in any 60 s window; the first refusal per burst is flagged.

    Memory stays bounded: users idle for a whole window are dropped once the table grows.
    """

    def __init__(self, per_minute: int, *, window: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.per_minute, self.window, self.clock = per_minute, window, clock
        self._events: dict[int, deque[float]] = {}
        self._warned: set[int] = set()

    def check(self, user_id: int) -> tuple[bool, bool]:
        """(allowed, should_warn): should_warn is True only for the first refusal in a burst."""
        if self.per_minute <= 0:
            return True, False
        now = self.clock()
        events = self._events.setdefault(user_id, deque())
        while events and events[0] <= now - self.window:
            events.popleft()
        if len(events) >= self.per_minute:
            first = user_id not in self._warned
            self._warned.add(user_id)
            return False, first
        events.append(now)
        self._warned.discard(user_id)
        if len(self._events) > 10_000:
            self._prune(now)
        return True, False

    def _prune(self, now: float) -> None:
        for uid in [u for u, ev in self._events.items() if not ev or ev[-1] <= now - self.window]:
            del self._events[uid]
            self._warned.discard(uid)


class AccessGuard:
    """ALLOWED_CHAT_IDS: empty means open. Other chats get one polite refusal, then silence."""

    def __init__(self, allowed: frozenset[int], *, remember: int = 10_000):
        self.allowed = allowed
        self._refused: OrderedDict[int, None] = OrderedDict()
        self._remember = remember

    @property
    def open(self) -> bool:
        return not self.allowed

    def check(self, chat_id: int | None) -> tuple[bool, bool]:
        """(allowed, should_refuse_politely): the polite refusal is owed only once per chat."""
        if self.open:
            return True, False
        if chat_id is not None and chat_id in self.allowed:
            return True, False
        key = chat_id if chat_id is not None else 0
        if key in self._refused:
            return False, False
        self._refused[key] = None
        if len(self._refused) > self._remember:
            self._refused.popitem(last=False)
        return False, True


# Per-minute budgets of the other kinds, as multiples of the question budget (RATE_LIMIT_PER_MINUTE):
# a user types an inline query a keystroke at a time, and pages through results with taps.
BUDGET_FACTORS = {"question": 1, "command": 1, "button": 3, "inline": 6}


@dataclass(frozen=True)
class Verdict:
    """Let it through, or not; `notice` is what to tell the user (None: stay quiet)."""

    allowed: bool
    notice: str | None = None


class Admission:
    """Allow-list, then the kind's rate budget, then (for questions) the length cap."""

    def __init__(self, allowed: frozenset[int], per_minute: int, max_question_chars: int,
                 *, clock: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        self.access = AccessGuard(allowed)
        self.max_question_chars = max_question_chars
        self.rates = {
            kind: RateLimiter(per_minute * factor, clock=clock) for kind, factor in BUDGET_FACTORS.items()
        }

    def check(
        self, kind: str, chat_id: int | None, user_id: int | None, question: str | None = None
    ) -> Verdict:
        """`kind` is one of BUDGET_FACTORS; inline queries pass the user's id as chat_id."""
        allowed, polite = self.access.check(chat_id)
        if not allowed:
            return Verdict(False, REFUSED if polite else None)
        key = user_id if user_id is not None else (chat_id or 0)
        allowed, warn = self.rates[kind].check(key)
        if not allowed:
            return Verdict(
                False, (TOO_FAST if kind in {"question", "command"} else TOO_FAST_TAPS) if warn else None
            )
        if question is not None and len(question) > self.max_question_chars:
            return Verdict(False, TOO_LONG.format(n=len(question), max=self.max_question_chars))
        return Verdict(True)
