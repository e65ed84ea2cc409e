"""Load: 100 concurrent chats x 5 questions through the real bot and a fake Bot API on 127.0.0.1.

Reports, per run: answers delivered (must be all), answers per second, p50 and p95 latency (from
pushing the burst to each reply arriving at the fake server), duplicates (a chat getting more
replies than it asked questions) and wall time. Two runs by default:
  clean   - the fake answers every call at once;
  faults  - 5% of sendMessage calls get a 502, 1% a 429 (retry_after 1 s), and every
            sendChatAction hangs 3 s: what a bad day on the real API looks like.
`--limiter telegram` adds AIORateLimiter's real global 30 messages/s (answers/s then cannot pass 30).
Bounded: each run stops after --deadline seconds whatever happens. Only 127.0.0.1 is contacted.

    .venv/bin/python benchmarks/bench_bot_load.py [--runs clean,faults] [--limiter none|telegram]
                                                   [--chats 100] [--per-chat 5]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
os.environ["NO_PROXY"] = "127.0.0.1,localhost"
os.environ["PTB_TIMEDELTA"] = "1"

from fakes import FakeBotApi, Fault, bundled_retriever, running_bot  # noqa: E402
from telegram.ext import AIORateLimiter  # noqa: E402

from bot.app import DEFAULT_REQUEST  # noqa: E402

QUESTIONS = [
    "江欣苑社区有多少名党员？",
    "黨的最大政治優勢是什麼？",
    "台风卢碧影响了哪里？",
    "月牙形陨石坑是在哪里发现的？",
    "今天巴黎天气怎么样？",  # not found: the abstention path is timed too
]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values) or [0.0]
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def _faults(fake: FakeBotApi) -> None:
    fake.fail_randomly("sendMessage", Fault(status=502, description="Bad Gateway"), 0.05, seed=1)
    fake.fail_next("sendMessage", Fault(status=429, description="Too Many Requests", retry_after=1), times=5)
    fake.fail_randomly("sendChatAction", Fault(status=200, delay=3.0), 1.0, seed=2)


async def run_once(run: str, limiter: str, chats: int, per_chat: int, deadline: float) -> dict:
    fake = FakeBotApi()
    overall = None if limiter == "telegram" else 0  # 0: no global limit
    rate_limiter = AIORateLimiter(
        group_max_rate=0, max_retries=3, **({} if overall is None else {"overall_max_rate": 0})
    )
    total = chats * per_chat
    async with running_bot(
        bundled_retriever(), fake=fake, rate_limit_per_minute=per_chat + 1, build_concurrent_updates=256,
        build_request_kwargs={**DEFAULT_REQUEST, "httpx_kwargs": {"trust_env": False}},  # production timeouts
        build_rate_limiter=rate_limiter,
    ):  # fmt: skip
        if run == "faults":
            _faults(fake)
        mark = fake.mark()
        started_at = time.monotonic()
        for round_ in range(per_chat):
            for chat in range(1, chats + 1):
                fake.push_text(10_000 + chat, QUESTIONS[(chat + round_) % len(QUESTIONS)])
        # All updates are queued at once, so a reply's latency includes its wait in the queue:
        # the percentiles describe a burst, not an idle bot.
        try:
            await fake.wait_for("sendMessage", total, since=mark, timeout=deadline)
        except AssertionError:
            pass
        await asyncio.sleep(0.5)  # late duplicates, if any, would arrive now
        replies = fake.sent("sendMessage", since=mark)
        wall = max((c.at for c in replies), default=time.monotonic()) - started_at
        per_chat_count = Counter(c.chat_id for c in replies)
    latencies = [c.at - started_at for c in replies]
    return {
        "run": run, "limiter": limiter, "total": total, "answers": len(replies),
        "answers_per_s": len(replies) / wall if wall > 0 else 0.0,
        "p50_ms": _percentile(latencies, 0.50) * 1000, "p95_ms": _percentile(latencies, 0.95) * 1000,
        "duplicates": sum(max(0, n - per_chat) for n in per_chat_count.values()), "wall_s": wall,
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", default="clean,faults", help="comma list of: clean, faults")
    parser.add_argument("--limiter", choices=["none", "telegram"], default="none")
    parser.add_argument("--chats", type=int, default=100)
    parser.add_argument("--per-chat", type=int, default=5)
    parser.add_argument("--deadline", type=float, default=60.0, help="seconds per run before giving up")
    args = parser.parse_args()
    logging.basicConfig(level=logging.CRITICAL)  # the faults run logs every retry otherwise
    t0 = time.perf_counter()
    bundled_retriever()
    print(f"retriever loaded in {time.perf_counter() - t0:.2f}s")
    ok = True
    for run in [r.strip() for r in args.runs.split(",") if r.strip()]:
        r = asyncio.run(run_once(run, args.limiter, args.chats, args.per_chat, args.deadline))
        print(
            f"{r['run']:>6} (limiter {r['limiter']}): answers {r['answers']}/{r['total']}, "
            f"{r['answers_per_s']:.1f} answers/s, p50 {r['p50_ms']:.0f} ms, p95 {r['p95_ms']:.0f} ms, "
            f"duplicates {r['duplicates']}, wall {r['wall_s']:.2f}s"
        )
        ok = ok and r["answers"] == r["total"] and r["duplicates"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
