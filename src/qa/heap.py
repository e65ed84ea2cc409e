"""glibc's allocator controls: hand freed heap back, or keep it for reuse.

A build allocates and frees large arrays block after block; glibc decides whether freed memory
goes back to the system or stays for the next array, and that choice moves both the peak and the
page faults. Elsewhere (macOS, musl) these are no-ops.
"""

from __future__ import annotations

import ctypes
from functools import lru_cache


@lru_cache(maxsize=1)
def _glibc() -> ctypes.CDLL | None:
    """glibc, for its allocator controls; None where there is none (macOS, musl)."""
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


def release_memory() -> None:
    """Hand freed heap back to the system (glibc keeps it otherwise), so the arrays built next
    reuse it instead of raising the peak. A no-op where there is no glibc."""
    if (libc := _glibc()) is not None:
        libc.malloc_trim(0)


def keep_freed_memory() -> None:
    """Let glibc reuse freed memory instead of handing it back and faulting fresh pages in again.

    For short-lived build workers, which allocate and free a block's arrays over and over (by
    default each array over the mmap threshold is a fresh mapping, every page faulted and zeroed
    anew): at 100k passages the workers' page faults fall from ~480k to ~230k. Not for a
    long-lived process, whose peak it would raise. A no-op where there is no glibc.
    """
    if (libc := _glibc()) is not None:
        libc.mallopt(_M_MMAP_THRESHOLD, 32 << 20)  # glibc's ceiling for the threshold
        libc.mallopt(_M_TRIM_THRESHOLD, 512 << 20)


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters
