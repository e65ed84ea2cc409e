"""Build workers die with the process that forked them.

A worker holds a copy of the structured corpus (hundreds of MB on a large one). When its parent
was killed (`kill -9`, the OOM killer) or stopped with SIGTERM mid-build, the workers used to stay
alive, orphaned, until their queue ran dry. On Linux the kernel kills a worker as soon as its
parent dies (PR_SET_PDEATHSIG); a SIGTERM handler in the parent also kills the pool at once, so
the build stops everywhere and its cache folder is cleaned up.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.process import BaseProcess

__all__ = ["die_with_parent", "killed_on_sigterm"]

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """In a forked worker: ask the kernel for SIGKILL when the parent dies, and leave at once if it
    already has. SIGTERM goes back to its default (the parent's handler is inherited by fork)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


@contextlib.contextmanager
def killed_on_sigterm(processes: Callable[[], Iterable[BaseProcess]]) -> Iterator[None]:
    """While the block runs, SIGTERM kills `processes()` and then exits this process (status 143)
    through SystemExit, so `finally` blocks (the cache writer's clean-up) still run. Signal
    handlers belong to the main thread: elsewhere this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        for process in list(processes()):
            with contextlib.suppress(Exception):
                process.kill()
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
