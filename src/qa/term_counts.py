"""Per-passage term counts, gathered block by block and kept by column range for writing the matrix.

A build counts the terms of each block of passages (possibly in another process: `count_terms`,
`count_rows`) and hands the counts to `TermCounts`, which `index_layout.Layout` consumes one column
range at a time, so the whole token list of the corpus is never held at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np


class TermCounts:
    """Per-passage term counts gathered block by block (never a token list per passage).

    `add` takes arrays of term ids, `add_counts` blocks already counted (by another process, say).
    The entries are kept split by column range (`RANGE_BITS`), as (row, column offset in the
    range, count), so that `BM25Index.from_counts` can write the CSC matrix one range at a time
    and free each range's counts as it goes. An entry takes 5 bytes, not the 8 of CSR pieces: the
    row as uint16 from the block's first row, the offset as uint16, the count as uint8 (wider
    types only for a block or a count that does not fit): at 100k passages, 190 MB for the
    passages' and the articles' counts instead of 310.
    """

    RANGE_BITS = 12  # 4,096 columns a range: frequent terms have low ids, so ranges stay small

    def __init__(self, *, defer_split: bool = False) -> None:
        """`defer_split`: keep each block as it came (5 bytes an entry too) and split it into column
        ranges only when the ranges are taken, so whoever takes them does that work (the build
        takes the articles' in a forked child, off this process's busy path)."""
        self._ranges: dict[int, list[tuple[int, np.ndarray, np.ndarray, np.ndarray]]] = {}
        self._pending: list[tuple[int, np.ndarray, np.ndarray, np.ndarray]] = []
        self._defer = defer_split
        self._df = np.zeros(0, dtype=np.int64)
        self._doc_len: list[np.ndarray] = []
        self.n_rows = 0

    def add(self, corpus: Sequence[np.ndarray]) -> None:
        """Count the terms of a block of passages (arrays of term ids)."""
        self.add_counts(*count_terms(corpus))

    def add_counts(self, row_nnz: np.ndarray, cols: np.ndarray, tf: np.ndarray, doc_len: np.ndarray) -> None:
        """A block already counted (`count_terms`): entries per row, their columns and counts, row lengths.

        A row's entries may come in any column order.
        """
        first_row = self.n_rows
        self.n_rows += len(row_nnz)
        self._doc_len.append(np.asarray(doc_len, dtype=np.float64))
        if not len(cols):
            return
        cols = np.asarray(cols)
        counted = np.bincount(cols)
        if len(counted) > len(self._df):
            self._df = np.concatenate((self._df, np.zeros(len(counted) - len(self._df), dtype=np.int64)))
        self._df[: len(counted)] += counted
        tf = narrow_counts(np.asarray(tf))
        row_nnz = np.asarray(row_nnz, dtype=np.int64)
        if self._defer:
            self._pending.append((first_row, row_nnz.astype(np.int32), cols.astype(np.int32), tf))
        else:
            self._split(first_row, row_nnz, cols, tf)

    def _split(self, first_row: int, row_nnz: np.ndarray, cols: np.ndarray, tf: np.ndarray) -> None:
        rows = np.repeat(np.arange(len(row_nnz), dtype=_narrowest(len(row_nnz) - 1, np.int32)), row_nnz)
        which = (cols >> self.RANGE_BITS).astype(np.uint16)
        order = np.argsort(which, kind="stable")  # 16-bit keys: a radix sort, rows stay in order
        bounds = np.cumsum(np.bincount(which))
        offsets = (cols & ((1 << self.RANGE_BITS) - 1)).astype(np.uint16)
        lo = 0
        for key, hi in enumerate(bounds.tolist()):
            if hi > lo:
                part = order[lo:hi]
                self._ranges.setdefault(key, []).append((first_row, rows[part], offsets[part], tf[part]))
            lo = hi

    def doc_len(self) -> np.ndarray:
        """Every row's length (tokens), as float64."""
        return _join(self._doc_len, np.float64)

    def df(self, width: int = 0) -> np.ndarray:
        """Rows holding each column (at least `width` columns)."""
        return np.concatenate((self._df, np.zeros(max(0, width - len(self._df)), dtype=np.int64)))

    def take_ranges(self) -> Iterator[tuple[int, np.ndarray, np.ndarray, np.ndarray]]:
        """(first column, rows, column offsets, counts) of each column range in column order, rows
        in row order; each range is let go of as it is handed out, so the caller frees it."""
        while self._pending:
            self._split(*self._pending.pop(0))
        for key in sorted(self._ranges):
            pieces = self._ranges.pop(key)
            rows = np.concatenate([first + part.astype(np.int32) for first, part, _, _ in pieces])
            offsets = np.concatenate([part for _, _, part, _ in pieces])
            tf = np.concatenate([part for _, _, _, part in pieces])  # the widest of the pieces' types
            del pieces
            yield key << self.RANGE_BITS, rows, offsets, tf


def narrow_counts(counts: np.ndarray) -> np.ndarray:
    """Non-negative counts in the smallest unsigned type that holds them (int32 past 65,535)."""
    return counts.astype(_narrowest(int(counts.max()) if len(counts) else 0, np.int32), copy=False)


def _narrowest(largest: int, wide: type) -> type:
    """The smallest unsigned type holding 0..largest, or `wide`."""
    for narrow in (np.uint8, np.uint16):
        if largest <= np.iinfo(narrow).max:
            return narrow
    return wide


def count_rows(ids: np.ndarray, lengths: np.ndarray,
               weights: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Concatenated rows of term ids (row i has lengths[i] ids) → (entries per row, column of each
    entry, its count), columns ascending within a row. With `weights`, each id counts that many
    times (rows of counts summed into longer rows: passages into articles).

    scipy sums the duplicates of a CSR matrix with a sort per row (C++), a third of the time one
    `np.unique` over the whole block takes.
    """
    indptr = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    if not len(ids):
        return np.zeros(len(lengths), np.int64), np.zeros(0, np.int32), np.zeros(0, np.int32)
    from scipy import sparse  # a build-time import: scipy costs 0.17 s, and a cache load needs none

    data = np.ones(len(ids), dtype=np.int32) if weights is None else np.array(weights, dtype=np.int32)
    counts = sparse.csr_matrix((data, np.array(ids, dtype=np.int32), indptr),
                               shape=(len(lengths), int(ids.max()) + 1))
    counts.sum_duplicates()  # sorts and sums in place: the ids were copied
    return np.diff(counts.indptr).astype(np.int64), counts.indices.astype(np.int32), counts.data.astype(np.int32)


def count_terms(corpus: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Arrays of term ids → (entries per row, column of each entry, its count, row lengths)."""
    lengths = np.fromiter((len(ids) for ids in corpus), dtype=np.int64, count=len(corpus))
    ids = np.concatenate(corpus) if len(corpus) else np.zeros(0, np.int32)
    return (*count_rows(ids, lengths), lengths)


def _join(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts) if parts else np.zeros(0, dtype)
