"""Writing the BM25 matrix from term counts: IDF, each column's extent and each entry's weight.

Every value is computed as rank-bm25 computes it (Okapi, Plus and L), once per entry at build
time, so that `BM25Index` only sums columns at query time.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .heap import release_memory
from .index import VARIANTS, BM25Index, BM25Params, Columns
from .term_counts import TermCounts


@dataclass
class Layout:
    """Everything `from_counts` settles before it writes an entry: the vocabulary without unused
    terms, IDF, each column's extent and each row's length normalisation.

    Apart from the entries so that another process can write those (the build writes the article
    matrix in a forked child, into shared memory, while this one writes the passage matrix).
    """

    vocab: Mapping[str, int]
    remap: np.ndarray | None  # counted column → column, where some counted terms are unused
    idf: np.ndarray
    base: np.ndarray
    indptr: np.ndarray
    row_norm: np.ndarray
    params: BM25Params

    @classmethod
    def of(cls, counts: TermCounts, vocab: Mapping[str, int], params: BM25Params | None = None) -> Layout:
        params = params or BM25Params()
        if params.variant not in VARIANTS:
            raise ValueError(f"unknown BM25 variant {params.variant!r}; choose one of {', '.join(VARIANTS)}")
        doc_len, df_all = counts.doc_len(), counts.df(len(vocab))
        n = len(doc_len)
        used = df_all > 0
        remap: np.ndarray | None = None
        if not used.all():
            remap = (np.cumsum(used) - 1).astype(np.int32)
            terms = sorted(vocab, key=vocab.__getitem__)
            vocab = {t: int(remap[i]) for i, t in enumerate(terms) if used[i]}
        df = df_all[used].astype(np.float64)
        avgdl = doc_len.sum() / n if n else 0.0
        idf = _idf(df, n, params)
        base = idf * params.resolved_delta() if params.variant == "plus" else np.zeros(len(vocab))
        indptr = np.zeros(len(df) + 1, dtype=np.int64)
        np.cumsum(df_all[used], out=indptr[1:])
        row_norm = (1 - params.b + params.b * doc_len / avgdl) if avgdl else np.ones_like(doc_len)
        return cls(vocab, remap, idf, base, indptr, row_norm, params)

    @property
    def nnz(self) -> int:
        return int(self.indptr[-1])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.row_norm), len(self.idf)

    def write_entries(self, counts: TermCounts, indices: np.ndarray, data: np.ndarray) -> None:
        """Fill the CSC matrix's `indices` and `data` (`nnz` each) from the counts, consuming them.

        The matrix is written one column range at a time from the counts kept per range, and each
        range's counts are freed once its columns are written: no CSR copy of the matrix (and no
        `tocsc`) and never a whole set of counts beside the whole matrix. At 100k passages (20 M
        entries a matrix) this step peaks ~190 MB above its input, where CSR + `tocsc` took 375.
        """
        params, remap, idf, row_norm = self.params, self.remap, self.idf, self.row_norm
        k1, delta = params.k1, params.resolved_delta()
        # Each row's length normalisation, computed once per row (as each entry computed it) and
        # gathered per entry: the same float64 operations on the same values, so the same bits.
        row_k1_norm = k1 * row_norm
        at = trimmed = 0
        for first_col, rows, offsets, tf_range in counts.take_ranges():
            # Column order, rows ascending within a column (the pieces arrive in row order and a
            # stable sort keeps it): the very layout `tocsc` gave. Offsets are uint16: a radix sort.
            order = np.argsort(offsets, kind="stable")
            offsets = offsets[order]
            indices[at : at + len(order)] = rows[order]
            del rows
            # Blocks keep the float64 temporaries small (they add to the build's peak); each value is
            # computed exactly as before.
            step = 1 << 18
            for lo in range(0, len(order), step):
                hi = min(lo + step, len(order))
                cols = offsets[lo:hi] + np.int64(first_col)
                tf = tf_range[order[lo:hi]].astype(np.float64)
                entry_rows = indices[at + lo : at + hi]
                term_idf = idf[cols if remap is None else remap[cols]]
                if params.variant == "okapi":
                    values = term_idf * (tf * (k1 + 1) / (tf + row_k1_norm[entry_rows]))
                elif params.variant == "plus":
                    values = term_idf * (tf * (k1 + 1) / (row_k1_norm[entry_rows] + tf))
                else:  # BM25L, as rank-bm25 writes it (its tf factor makes absent terms contribute 0)
                    ctd = tf / row_norm[entry_rows]
                    values = term_idf * tf * (k1 + 1) * (ctd + delta) / (k1 + ctd + delta)
                data[at + lo : at + hi] = values
            at += len(order)
            del order, offsets, tf_range
            if at - trimmed > len(indices) // 4:  # a trim costs ~8 ms: after each quarter, not each range
                release_memory()
                trimmed = at
        release_memory()

    def index(self, indices: np.ndarray, data: np.ndarray) -> BM25Index:
        """The index, once `write_entries` has filled `indices` and `data`."""
        return BM25Index(Columns(self.indptr, indices, data, self.shape), self.vocab, self.idf, self.base, self.params)


def _idf(df: np.ndarray, n: int, params: BM25Params) -> np.ndarray:
    if params.variant == "okapi":
        idf = np.log(n - df + 0.5) - np.log(df + 0.5)
        eps = params.epsilon * (idf.sum() / len(idf)) if len(idf) else 0.0
        low = (idf <= 0) if params.floor_zero_idf else (idf < 0)
        idf = np.where(low, eps, idf)
        if params.floor_zero_idf and eps <= 0:
            # On tiny corpora the average IDF itself can be <= 0; keep matches above zero anyway.
            idf = np.where(idf <= 0, math.log(2) * params.epsilon, idf)
        return idf
    if params.variant == "plus":
        return np.log((n + 1) / df)
    return np.log(n + 1) - np.log(df + 0.5)
