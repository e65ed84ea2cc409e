"""BM25 scores exactly as rank-bm25 defines them, served from a sparse passage × term matrix.

rank-bm25's `get_scores` walks every passage in Python for every query term (hundreds of ms at
100k passages). The same per-term contributions are precomputed here once, so a query is a
handful of sparse column sums. BM25Plus gives absent terms a non-zero contribution; that constant
is kept in `base` and added back, so scores equal rank-bm25's and not just its ranks.
"""

from __future__ import annotations

import ctypes
import json
import math
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from .terms import TermTable, save_terms

if TYPE_CHECKING:  # scipy costs 0.17 s to import: only building (and `.matrix`) needs it
    from scipy import sparse

VARIANTS = ("okapi", "plus", "l")
DEFAULT_DELTA = {"okapi": 0.0, "plus": 1.0, "l": 0.5}


@dataclass(frozen=True)
class BM25Params:
    variant: str = "okapi"
    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25
    delta: float | None = None
    # rank-bm25 gives a term found in exactly half the passages an IDF of 0 (its issues #29, #39),
    # so a passage matching only that term scores 0. We floor such IDFs like negative ones.
    floor_zero_idf: bool = True

    def resolved_delta(self) -> float:
        return DEFAULT_DELTA[self.variant] if self.delta is None else self.delta

    def key(self) -> str:
        return (f"{self.variant};k1={self.k1};b={self.b};eps={self.epsilon};"
                f"delta={self.resolved_delta()};floor={int(self.floor_zero_idf)}")


class CSCArrays(Protocol):
    """What scoring reads of a CSC matrix: a scipy `csc_matrix` has it, and so does `Columns`."""

    @property
    def indptr(self) -> np.ndarray: ...
    @property
    def indices(self) -> np.ndarray: ...
    @property
    def data(self) -> np.ndarray: ...
    @property
    def shape(self) -> tuple[int, int]: ...


@dataclass(frozen=True)
class Columns:
    """A CSC matrix as its three arrays, without scipy: the arrays a cache maps from disk."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    shape: tuple[int, int]


# The arrays of an index folder, each its own .npy file so that loading maps them (np.load of an
# .npz reads every array out of the zip, CRC-checked and copied: 1.6 s of a 100k-passage load).
ARRAYS = ("data", "indices", "indptr", "idf", "base")


class BM25Index:
    """Passage × term BM25 contributions (CSC, float32) plus per-term IDF and base."""

    def __init__(self, matrix: CSCArrays, vocab: Mapping[str, int], idf: np.ndarray,
                 base: np.ndarray, params: BM25Params) -> None:
        # Scoring reads the three CSC arrays directly; the scipy matrix is made only when asked for.
        self.indptr, self.indices, self.data = matrix.indptr, matrix.indices, matrix.data
        self.shape = (int(matrix.shape[0]), int(matrix.shape[1]))
        self._matrix = matrix if not isinstance(matrix, Columns) else None
        self.vocab = vocab
        self.idf = idf
        self.base = base
        self.params = params

    @property
    def matrix(self) -> sparse.csc_matrix:
        """The contributions as a scipy CSC matrix (for tests and benchmarks; scoring needs no scipy)."""
        if self._matrix is None:
            from scipy import sparse

            self._matrix = sparse.csc_matrix((self.data, self.indices, self.indptr), shape=self.shape)
        return self._matrix

    @property
    def n_docs(self) -> int:
        return self.shape[0]

    @classmethod
    def build(cls, corpus: Sequence[Sequence[str]], params: BM25Params | None = None) -> BM25Index:
        """Index token lists (strings); see `build_ids` for the memory-lean path."""
        vocab: dict[str, int] = {}
        ids = [np.fromiter((vocab.setdefault(t, len(vocab)) for t in tokens), dtype=np.int32, count=len(tokens))
               for tokens in corpus]
        return cls.build_ids(ids, vocab, params)

    @classmethod
    def build_ids(cls, corpus: Sequence[np.ndarray], vocab: dict[str, int],
                  params: BM25Params | None = None) -> BM25Index:
        """Index passages given as arrays of term ids into `vocab` (4 bytes a token, not a str each).

        Terms that no passage uses are dropped, so IDF averages (Okapi's epsilon floor) are taken
        over the same vocabulary rank-bm25 would see.
        """
        counts = TermCounts()
        counts.add(corpus)
        return cls.from_counts(counts, vocab, params)

    @classmethod
    def from_counts(cls, counts: TermCounts, vocab: dict[str, int], params: BM25Params | None = None) -> BM25Index:
        """Index per-passage term counts (see `TermCounts`); the counts are consumed."""
        layout = Layout.of(counts, vocab, params)
        indices, data = np.empty(layout.nnz, dtype=np.int32), np.empty(layout.nnz, dtype=np.float32)
        layout.write_entries(counts, indices, data)
        return layout.index(indices, data)

    def query_vector(self, tokens: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Known query terms as (columns, counts); a repeated term counts again, as in rank-bm25."""
        counts = Counter(t for t in tokens if t in self.vocab)
        cols = np.fromiter((self.vocab[t] for t in counts), dtype=np.int64, count=len(counts))
        weights = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        return cols, weights

    def scores(self, tokens: Sequence[str]) -> np.ndarray:
        """Dense scores for every passage: equal to rank-bm25's `get_scores(tokens)`."""
        return self.scores_and_hits(tokens)[0]

    def scores_and_hits(self, tokens: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Dense scores of every passage, and a mask of the passages holding a query term.

        Summed straight from the query terms' CSC columns (one bincount), so the cost is the
        terms' postings plus one pass over the passages, with no sparse-matrix slicing.
        """
        cols, weights = self.query_vector(tokens)
        n = self.n_docs
        hits = np.zeros(n, dtype=bool)
        if not len(cols):
            return np.zeros(n), hits
        indices, data = self.indices, self.data
        starts, ends = self.indptr[cols].tolist(), self.indptr[cols + 1].tolist()
        rows = [indices[a:b] for a, b in zip(starts, ends, strict=True)]
        # A term asked once keeps its float32 weights (bincount widens them exactly as `* 1.0` would);
        # w stays a numpy float64, so a repeated term's products are float64 as before, not float32.
        values = [data[a:b] if w == 1 else data[a:b] * w for a, b, w in zip(starts, ends, weights, strict=True)]
        all_rows = np.concatenate(rows)
        scores = np.bincount(all_rows, weights=np.concatenate(values), minlength=n)
        hits[all_rows] = True
        base = float(self.base[cols] @ weights)
        return (scores + base if base else scores), hits

    def top(self, tokens: Sequence[str], k: int) -> list[tuple[int, float]]:
        """Best k passages that contain at least one query term, ties broken by passage order."""
        return best(*self.scores_and_hits(tokens), k)

    def term_idf(self, term: str) -> float:
        col = self.vocab.get(term)
        return float(self.idf[col]) if col is not None else 0.0

    # --- persistence: a readable folder, no pickle -------------------------------------------
    def save(self, folder: Path, *, vocab: bool = True) -> None:
        """Write the arrays (one .npy each), the settings and shape (and the vocabulary unless
        another index shares it)."""
        for name in ARRAYS:
            np.save(folder / f"bm25.{name}.npy", np.ascontiguousarray(getattr(self, name)), allow_pickle=False)
        if vocab:
            save_terms(folder, self.vocab)
        header = {"params": self.params.__dict__, "shape": list(self.shape), "nnz": int(len(self.data))}
        (folder / "bm25.json").write_text(json.dumps(header), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, vocab: Mapping[str, int] | None = None) -> BM25Index:
        """Map an index folder's arrays; `vocab` is the shared vocabulary when the folder holds none.

        Mapping reads nothing until a query touches a column, so every array's length is checked
        against the header here (a truncated .npy fails to map), and ValueError says what is wrong.
        """
        header = json.loads((folder / "bm25.json").read_text(encoding="utf-8"))
        params = BM25Params(**header["params"])
        n, width = (int(x) for x in header["shape"])
        nnz = int(header["nnz"])
        # Plain views of the maps: slicing an np.memmap runs Python code (its __array_finalize__) per slice.
        arrays = {name: np.load(folder / f"bm25.{name}.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray)
                  for name in ARRAYS}
        expected = {"data": nnz, "indices": nnz, "indptr": width + 1, "idf": width, "base": width}
        for name, length in expected.items():
            if arrays[name].shape != (length,):
                raise ValueError(f"bm25.{name}.npy holds {arrays[name].shape} values, not ({length},)")
        indptr = arrays["indptr"]
        if int(indptr[0]) != 0 or int(indptr[-1]) != nnz or (np.diff(indptr) < 0).any():
            raise ValueError("bm25.indptr.npy does not span the matrix in order")
        # A row out of range would be an IndexError on every question, a NaN an empty answer.
        # Each check is one pass, no copy (min and max carry a NaN through).
        indices, data = arrays["indices"], arrays["data"]
        if nnz and (int(indices.min()) < 0 or int(indices.max()) >= n):
            raise ValueError("bm25.indices.npy points outside the matrix")
        if not all(np.isfinite(values.min()) and np.isfinite(values.max())
                   for values in (data, arrays["idf"], arrays["base"]) if len(values)):
            raise ValueError("the index holds a value that is not a finite number")
        if vocab is None:
            vocab = TermTable.load(folder, width)
        if len(vocab) != width:
            raise ValueError("index files disagree on the vocabulary size")
        columns = Columns(indptr, arrays["indices"], arrays["data"], (n, width))
        return cls(columns, vocab, arrays["idf"], arrays["base"], params)


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


def _join(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts) if parts else np.zeros(0, dtype)


def best(scores: np.ndarray, hits: np.ndarray, k: int) -> list[tuple[int, float]]:
    """The k highest-scoring rows among `hits`, ties broken by row order.

    Partitioning every hit is the cost of a common word's query (0.7 ms for 60k hits). The k-th
    largest block maximum is a floor for the k-th best score instead (k blocks each hold a score
    at least that high), so only the rows above it are sorted. The maxima include rows without a
    hit; the floor holds whenever k hits reach it, and otherwise every hit is ranked.
    """
    if k <= 0:
        return []
    matched = None
    if len(scores) > _BLOCKS_FROM and np.count_nonzero(hits) > _BLOCKS_FROM // 4:
        tops = np.maximum.reduceat(scores, np.arange(0, len(scores), _BLOCK))
        if len(tops) > k:
            floor = np.partition(tops, len(tops) - k)[len(tops) - k]
            matched = np.flatnonzero((scores >= floor) & hits)
            if len(matched) < k:
                matched = None
    if matched is None:
        matched = np.flatnonzero(hits)
    if not len(matched):
        return []
    chosen = scores[matched]
    if len(matched) > 4 * k:
        part = np.argpartition(-chosen, k - 1)[:k]
        keep = np.flatnonzero(chosen >= chosen[part].min())  # keep ties so the order is deterministic
        matched, chosen = matched[keep], chosen[keep]
    order = np.lexsort((matched, -chosen))[:k]
    return [(int(matched[i]), float(chosen[i])) for i in order]


_BLOCK = 64  # rows per block maximum in `best`
_BLOCKS_FROM = 8192  # below this many rows (or a quarter as many hits) partitioning every hit is as cheap


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
