"""Checksums of the files of an index folder, written into its manifest and checked on load."""

from __future__ import annotations

import os
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

THREADS = 3


def digests(folder: Path) -> dict[str, str]:
    """A checksum of every file of an index folder but its manifest, by path inside it.

    Checked on every load: an edited year in the passages, NaNs in the scores or a reversed
    pointer array were served as they were (issue 15), and a file's length says nothing of its
    bytes. CRC-32 catches every error burst up to 32 bits and any other change but one in 4
    billion, at 3-4x the speed of BLAKE2b (whoever can rewrite the files can rewrite the
    manifest too, so a cryptographic hash would buy nothing); zlib lets go of the GIL while it
    sums a block, so the files are summed side by side.
    """
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "manifest.json")
    with ThreadPoolExecutor(max(1, min(THREADS, os.cpu_count() or 1))) as pool:
        return dict(zip((p.relative_to(folder).as_posix() for p in files), pool.map(_checksum, files), strict=True))


def _checksum(path: Path) -> str:
    crc = 0
    with path.open("rb") as handle:
        while block := handle.read(1 << 22):
            crc = zlib.crc32(block, crc)
    return f"crc32:{crc:08x}"
