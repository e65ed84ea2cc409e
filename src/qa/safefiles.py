"""Which files a corpus walk may open, and opening them so that no file can hang the reader.

A FIFO named `fifo.txt` blocks `open()` forever and a link to /dev/zero never ends; a link out
of the corpus folder (`passwd.txt -> /etc/passwd`) would index and quote a file nobody meant to
share; a name that is not UTF-8 cannot be stored or shown. Each is skipped with one warning.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .sanitize import shown

__all__ = ["admitted", "inside", "open_regular"]

_SURROGATE_RE = re.compile("[\\ud800-\\udfff]")


def inside(path: str, real_root: str) -> bool:
    return path == real_root or path.startswith(real_root.rstrip(os.sep) + os.sep)


def admitted(path: Path, real_root: str, warn: Callable[[str], None], follow_links: bool, *, folder: bool) -> bool:
    """May the walk use this entry? Not a name that is not UTF-8 (it could not be shown or stored),
    not a link out of the corpus (`passwd.txt -> /etc/passwd`), and for files only a regular file:
    a FIFO or a link to /dev/zero would hang every reader."""
    if _SURROGATE_RE.search(str(path)):
        warn(f"skipped {shown(path)}: its name is not valid UTF-8")
        return False
    if path.is_symlink() and not follow_links:
        target = os.path.realpath(path)
        if not inside(target, real_root):
            warn(f"skipped {shown(path)}: a link to {shown(target)}, outside the corpus folder "
                 "(set QA_FOLLOW_LINKS=1 to follow it)")
            return False
    if folder:
        return True
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        warn(f"skipped {shown(path)}: cannot read ({exc.strerror or exc})")
        return False
    if not stat.S_ISREG(mode):
        warn(f"skipped {shown(path)}: not a regular file")
        return False
    return True


def open_regular(path: Path) -> BinaryIO:
    """Open a file for reading only if it is a regular file, checked on the open descriptor (a file
    swapped for a FIFO after the walk still cannot block: O_NONBLOCK, then fstat before any read)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
