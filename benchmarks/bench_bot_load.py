"""Load: 100 concurrent chats x 5 questions through the real bot and a fake Bot API on 127.0.0.1.

Prints answered count (must be 500), p50/p99 latency from pushing an update to its reply arriving
at the fake server, errors and wall time, for two set-ups:
  raw       - no flood limiter: what the bot itself can do;
  telegram  - AIORateLimiter with Telegram's global 30 requests/s (sendChatAction counts too),
              i.e. what users would see on the real API.
Bounded: each run stops after --deadline seconds whatever happens. Only 127.0.0.1 is contacted.

    .venv/bin/python benchmarks/bench_bot_load.py [--mode raw|telegram|both] [--chats 100] [--per-chat 5]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
os.environ["NO_PROXY"] = "127.0.0.1,localhost"
os.environ["PTB_TIMEDELTA"] = "1"

from fakes import FakeBotApi, bundled_retriever, running_bot  # noqa: E402
from telegram.ext import AIORateLimiter  # noqa: E402

from bot.app import DEFAULT_REQUEST  # noqa: E402

QUESTIONS = [
    "江欣苑社区有多少名党员？",
    "黨的最大政治優勢是什麼？",
    "台风卢碧影响了哪里？",
    "月牙形陨石坑是在哪里发现的？",
    "今天巴黎天气怎么样？",  # not found: the abstention path is timed too
]


async def run_once(mode: str, chats: int, per_chat: int, deadline: float) -> dict:
    fake = FakeBotApi()
    limiter = AIORateLimiter(group_max_rate=0, max_retries=3) if mode == "telegram" else None
    build = {"build_rate_limiter": limiter} if limiter else {"build_rate_limiter": _NoLimiter()}
    total = chats * per_chat
    async with running_bot(
        bundled_retriever(),
        fake=fake,
        rate_limit_per_minute=per_chat + 1,
        build_concurrent_updates=256,
        build_request_kwargs={**DEFAULT_REQUEST, "httpx_kwargs": {"trust_env": False}},  # production timeouts
        **build,
    ):
        mark = fake.mark()
        started = time.perf_counter()
        for round_ in range(per_chat):
            for chat in range(1, chats + 1):
                fake.push_text(10_000 + chat, QUESTIONS[(chat + round_) % len(QUESTIONS)])
        # All 500 updates are queued at once, so a reply's latency (first request seen by the fake
        # → that reply) includes its wait in the queue: p50/p99 describe a burst, not an idle bot.
        try:
            await fake.wait_for("sendMessage", total, since=mark, timeout=deadline)
        except AssertionError:
            pass
        wall = time.perf_counter() - started
        replies = fake.sent("sendMessage", since=mark)
        failed = [c for c in fake.calls[mark:] if c.status not in (0, 200)]
        latencies = sorted((c.at - fake.calls[mark].at) * 1000 for c in replies) if replies else [0.0]
        answered = sum(1 for c in replies if "[1]" in (c.visible_text or ""))
    return {
        "mode": mode,
        "replies": len(replies),
        "answered_with_quotes": answered,
        "not_found_replies": len(replies) - answered,
        "p50_ms": statistics.median(latencies),
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "errors": len(failed),
        "wall_s": wall,
        "total": total,
    }


class _NoLimiter(AIORateLimiter):
    """Retries 429s like the real set-up but never throttles (overall and group limits off)."""

    def __init__(self) -> None:
        super().__init__(overall_max_rate=0, group_max_rate=0, max_retries=3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=["raw", "telegram", "both"], default="both")
    parser.add_argument("--chats", type=int, default=100)
    parser.add_argument("--per-chat", type=int, default=5)
    parser.add_argument("--deadline", type=float, default=45.0, help="seconds per run before giving up")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    t0 = time.perf_counter()
    bundled_retriever()
    print(f"retriever loaded in {time.perf_counter() - t0:.2f}s")
    ok = True
    for mode in ["raw", "telegram"] if args.mode == "both" else [args.mode]:
        deadline = args.deadline if mode == "telegram" else min(args.deadline, 15.0)
        r = asyncio.run(run_once(mode, args.chats, args.per_chat, deadline))
        print(
            f"{r['mode']:>8}: replies {r['replies']}/{r['total']} "
            f"(quotes {r['answered_with_quotes']}, not found {r['not_found_replies']}), "
            f"p50 {r['p50_ms']:.0f} ms, p99 {r['p99_ms']:.0f} ms, errors {r['errors']}, wall {r['wall_s']:.2f}s"
        )
        ok = ok and r["replies"] == r["total"] and r["errors"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
