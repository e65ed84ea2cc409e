"""A saved index's vocabulary, looked up where it lies on disk instead of made into a dict.

A 100k-passage corpus has 367k terms: reading them from JSON and building the term → id dict cost
0.23 s of every load (more than everything else a cache load reads), while a question looks up a
few dozen terms. So the vocabulary is saved as the terms one a line (UTF-8, in id order: still a
readable file), their start offsets, and the ids in the order of the terms' bytes; a load maps the
three files, and a look-up is a binary search (~6 µs; a term once looked up is remembered).
"""

from __future__ import annotations

import mmap
from collections.abc import Iterator, Mapping
from pathlib import Path

import numpy as np

TERMS, STARTS, ORDER = "vocab.txt", "vocab.starts.npy", "vocab.order.npy"
_ENCODING, _ERRORS = "utf-8", "surrogatepass"  # a lone surrogate in a corpus is a term like any other


def save_terms(folder: Path, vocab: Mapping[str, int]) -> None:
    """Write `vocab` (ids 0..n-1) as the three files `TermTable.load` maps."""
    keys = list(vocab)
    by_id = np.argsort(np.fromiter(vocab.values(), dtype=np.int64, count=len(keys)), kind="stable")
    encoded = [keys[i].encode(_ENCODING, _ERRORS) for i in by_id.tolist()]
    starts = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)) + 1, out=starts[1:])
    order = _byte_order(encoded)
    (folder / TERMS).write_bytes(b"".join(term + b"\n" for term in encoded))
    np.save(folder / STARTS, starts, allow_pickle=False)
    np.save(folder / ORDER, order, allow_pickle=False)


def _byte_order(encoded: list[bytes]) -> np.ndarray:
    """Positions of the terms in the order of their bytes. numpy sorts fixed-width bytes in C
    (0.05 s for 367k terms, against 0.4 s for Python's sort), but pads with NULs: a term holding
    one is sorted by Python instead."""
    if not encoded or b"\0" in b"".join(encoded):
        return np.array(sorted(range(len(encoded)), key=encoded.__getitem__), dtype=np.int32)
    return np.argsort(np.array(encoded, dtype=bytes)).astype(np.int32)  # terms are distinct: any sort will do


class TermTable(Mapping[str, int]):
    """Term → id over the mapped vocabulary files: term i is `blob[starts[i] : starts[i + 1] - 1]`."""

    remembered = 65_536  # look-ups kept; a long-running bot starts over rather than grow without end

    def __init__(self, blob: bytes | mmap.mmap, starts: np.ndarray, order: np.ndarray) -> None:
        if len(starts) != len(order) + 1 or (len(order) and (int(starts[0]) != 0 or int(starts[-1]) != len(blob))):
            raise ValueError(f"{TERMS} and its offsets disagree on the terms' bytes")
        self._blob = blob
        # memoryviews index to Python ints several times faster than numpy arrays to numpy scalars
        self._starts = memoryview(np.ascontiguousarray(starts, dtype=np.int64))
        self._order = memoryview(np.ascontiguousarray(order, dtype=np.int32))
        self._seen: dict[str, int] = {}

    @classmethod
    def load(cls, folder: Path, size: int) -> TermTable:
        """Map a folder's vocabulary of `size` terms; ValueError when a file is short or damaged."""
        starts = np.load(folder / STARTS, mmap_mode="r", allow_pickle=False)
        order = np.load(folder / ORDER, mmap_mode="r", allow_pickle=False)
        if starts.shape != (size + 1,) or order.shape != (size,):
            raise ValueError(f"the vocabulary files hold {order.shape} terms, not {size}")
        with (folder / TERMS).open("rb") as handle:
            # mmap cannot map an empty file; an empty vocabulary is an empty bytes object.
            blob = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        return cls(blob, starts, order)

    def _id(self, term: str) -> int:
        """The term's id, or -1."""
        found = self._seen.get(term)
        if found is not None:
            return found
        key = term.encode(_ENCODING, _ERRORS)
        blob, starts, order = self._blob, self._starts, self._order
        lo, hi = 0, len(order)
        while lo < hi:
            mid = (lo + hi) // 2
            i = order[mid]
            if blob[starts[i] : starts[i + 1] - 1] < key:
                lo = mid + 1
            else:
                hi = mid
        found = -1
        if lo < len(order):
            i = order[lo]
            if blob[starts[i] : starts[i + 1] - 1] == key:
                found = i
        if len(self._seen) >= self.remembered:
            self._seen.clear()
        self._seen[term] = found
        return found

    def __getitem__(self, term: str) -> int:
        found = self._id(term) if isinstance(term, str) else -1
        if found < 0:
            raise KeyError(term)
        return found

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self._id(term) >= 0

    def get(self, term: str, default: int | None = None) -> int | None:  # type: ignore[override]
        found = self._id(term) if isinstance(term, str) else -1
        return found if found >= 0 else default

    def __len__(self) -> int:
        return len(self._order)

    def __iter__(self) -> Iterator[str]:
        """The terms in id order, as a dict built from the same vocabulary would give them."""
        blob, starts = self._blob, self._starts
        return (blob[starts[i] : starts[i + 1] - 1].decode(_ENCODING, _ERRORS) for i in range(len(self)))
