"""Run the build's jobs on forked worker processes, or in this one: the same functions either way.

Workers are forked so that they inherit the build's state (the structured text, the tokeniser)
instead of having it pickled to them; each job is a plain function of that state, so the serial
path calls the very same function here and both paths give the same results, in the same order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from .heap import keep_freed_memory, release_memory
from .orphans import die_with_parent, killed_on_sigterm

_STATE: dict[str, Any] = {}


def _adopt(state: dict[str, Any], parent: int) -> None:
    """Worker initialiser: with fork the state arrives by inheritance, never pickled."""
    die_with_parent(parent)
    keep_freed_memory()
    _STATE.clear()
    _STATE.update(state)


Job = tuple[Callable[[dict[str, Any], int, int], Any], int, int]


def _in_worker(fn: Callable[[dict[str, Any], int, int], Any], lo: int, hi: int) -> Any:
    return fn(_STATE, lo, hi)


def stream_items(fn: Callable[[dict[str, Any], Any], Any], items: Iterator[Any], state: dict[str, Any],
                 workers: int) -> Iterator[Any]:
    """fn(state, item) for each item, results in item order, on `workers` forked processes.

    Unlike `run_jobs`, the items are sent to the workers (pickled) as they come, so a worker can
    start on the first while this process is still producing the next; a result is handed back
    as soon as it and every one before it are done.
    """
    if workers <= 1:
        for item in items:
            yield fn(state, item)
        return
    context = multiprocessing.get_context("fork")
    with (ProcessPoolExecutor(workers, mp_context=context, initializer=_adopt, initargs=(state, os.getpid())) as pool,
          killed_on_sigterm(lambda: _workers_of(pool))):
        pending: deque[Future[Any]] = deque()
        for item in items:
            pending.append(pool.submit(_on_item, fn, item))
            while pending and pending[0].done():
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _workers_of(pool: ProcessPoolExecutor) -> list[Any]:
    # The executor has no public list of its processes; without one nothing is killed early, and
    # PR_SET_PDEATHSIG still ends them when this process exits.
    return list((getattr(pool, "_processes", None) or {}).values())


def _on_item(fn: Callable[[dict[str, Any], Any], Any], item: Any) -> Any:
    return fn(_STATE, item)


def run_jobs(jobs: list[Job], state: dict[str, Any], workers: int) -> Iterator[Any]:
    """fn(state, lo, hi) for each job, results in job order, on `workers` forked processes.

    With workers, `state` is emptied in this process once they are forked (they have their own
    copy): the passages' text need not stay here while their counts pile up.
    """
    if workers <= 1 or len(jobs) <= 1:
        for fn, lo, hi in jobs:
            yield fn(state, lo, hi)
        return
    context = multiprocessing.get_context("fork")
    with (ProcessPoolExecutor(min(workers, len(jobs)), mp_context=context,
                              initializer=_adopt, initargs=(state, os.getpid())) as pool,
          killed_on_sigterm(lambda: _workers_of(pool))):
        results = pool.map(_in_worker, *zip(*jobs, strict=True))
        state.clear()  # map submitted every job, and a fork pool starts all its workers at once
        release_memory()
        yield from results

