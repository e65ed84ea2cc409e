"""BM25 scores exactly as rank-bm25 defines them, served from a sparse passage × term matrix.

rank-bm25's `get_scores` walks every passage in Python for every query term (hundreds of ms at
100k passages). The same per-term contributions are precomputed here once, so a query is a
handful of sparse column sums. BM25Plus gives absent terms a non-zero contribution; that constant
is kept in `base` and added back, so scores equal rank-bm25's and not just its ranks.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
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


class BM25Index:
    """Passage × term BM25 contributions (CSC, float32) plus per-term IDF and base."""

    def __init__(self, matrix: sparse.csc_matrix, vocab: dict[str, int], idf: np.ndarray,
                 base: np.ndarray, params: BM25Params) -> None:
        self.matrix = matrix
        self.vocab = vocab
        self.idf = idf
        self.base = base
        self.params = params

    @property
    def n_docs(self) -> int:
        return int(self.matrix.shape[0])

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
        params = params or BM25Params()
        if params.variant not in VARIANTS:
            raise ValueError(f"unknown BM25 variant {params.variant!r}; choose one of {', '.join(VARIANTS)}")
        indptr, cols_a, tf_a, doc_len = counts.take()
        n = len(doc_len)
        used = np.bincount(cols_a, minlength=len(vocab)) > 0
        if not used.all():
            remap = (np.cumsum(used) - 1).astype(np.int32)
            cols_a = remap[cols_a]
            terms = sorted(vocab, key=vocab.__getitem__)
            vocab = {t: int(remap[i]) for i, t in enumerate(terms) if used[i]}
        df = np.bincount(cols_a, minlength=len(vocab)).astype(np.float64)
        avgdl = doc_len.sum() / n if n else 0.0
        idf = _idf(df, n, params)
        k1, delta = params.k1, params.resolved_delta()
        base = idf * delta if params.variant == "plus" else np.zeros(len(vocab))
        data = np.empty(len(cols_a), dtype=np.float32)
        # Row blocks keep the float64 temporaries small; each value is computed exactly as before.
        step = 1 << 20
        for lo in range(0, len(cols_a), step):
            hi = min(lo + step, len(cols_a))
            rows = np.searchsorted(indptr, np.arange(lo, hi), side="right") - 1
            tf = tf_a[lo:hi].astype(np.float64)
            norm = (1 - params.b + params.b * doc_len[rows] / avgdl) if avgdl else np.ones_like(tf)
            term_idf = idf[cols_a[lo:hi]]
            if params.variant == "okapi":
                values = term_idf * (tf * (k1 + 1) / (tf + k1 * norm))
            elif params.variant == "plus":
                values = term_idf * (tf * (k1 + 1) / (k1 * norm + tf))
            else:  # BM25L, as rank-bm25 writes it (its tf factor makes absent terms contribute 0)
                ctd = tf / norm
                values = term_idf * tf * (k1 + 1) * (ctd + delta) / (k1 + ctd + delta)
            data[lo:hi] = values
        del tf_a
        csr = sparse.csr_matrix((data, cols_a, indptr), shape=(n, len(vocab)))
        del data
        return cls(csr.tocsc(), vocab, idf, base, params)

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
        indptr, indices, data = self.matrix.indptr, self.matrix.indices, self.matrix.data
        rows = [indices[indptr[c] : indptr[c + 1]] for c in cols]
        values = [data[indptr[c] : indptr[c + 1]] * w for c, w in zip(cols, weights, strict=True)]
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
        """Write the matrix, IDF and settings (and the vocabulary unless another index shares it)."""
        m = self.matrix
        np.savez(folder / "bm25.npz", data=m.data, indices=m.indices, indptr=m.indptr,
                 shape=np.asarray(m.shape), idf=self.idf, base=self.base)
        if vocab:
            terms = sorted(self.vocab, key=self.vocab.__getitem__)
            (folder / "vocab.json").write_text(json.dumps(terms, ensure_ascii=False), encoding="utf-8")
        (folder / "bm25.json").write_text(json.dumps(self.params.__dict__), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, vocab: dict[str, int] | None = None) -> BM25Index:
        """Read an index folder; `vocab` is the shared vocabulary when the folder holds none."""
        with np.load(folder / "bm25.npz", allow_pickle=False) as data:
            shape = tuple(int(x) for x in data["shape"])
            matrix = sparse.csc_matrix((data["data"], data["indices"], data["indptr"]), shape=shape)
            idf, base = data["idf"], data["base"]
        if vocab is None:
            terms = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
            vocab = dict(zip(terms, range(len(terms)), strict=True))
        params = BM25Params(**json.loads((folder / "bm25.json").read_text(encoding="utf-8")))
        if len(vocab) != shape[1] or len(idf) != shape[1]:
            raise ValueError("index files disagree on the vocabulary size")
        return cls(matrix, vocab, idf, base, params)


class TermCounts:
    """Per-passage term counts gathered block by block, as CSR pieces (never a token list per passage).

    `add` takes arrays of term ids, `add_counts` blocks already counted (by another process, say);
    `merge` sums consecutive rows into one (passages → articles) without going back to the tokens.
    """

    def __init__(self) -> None:
        self._cols: list[np.ndarray] = []
        self._tf: list[np.ndarray] = []
        self._row_nnz: list[np.ndarray] = []
        self._doc_len: list[np.ndarray] = []

    def add(self, corpus: Sequence[np.ndarray]) -> None:
        """Count the terms of a block of passages (arrays of term ids)."""
        self.add_counts(*count_terms(corpus))

    def add_counts(self, row_nnz: np.ndarray, cols: np.ndarray, tf: np.ndarray, doc_len: np.ndarray) -> None:
        """A block already counted (`count_terms`): entries per row, their columns and counts, row lengths."""
        self._row_nnz.append(np.asarray(row_nnz, dtype=np.int64))
        self._cols.append(np.asarray(cols, dtype=np.int32))
        self._tf.append(np.asarray(tf, dtype=np.int32))
        self._doc_len.append(np.asarray(doc_len, dtype=np.float64))

    def finish(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(indptr, cols, tf, doc_len) over all blocks, joined into one block in place."""
        if len(self._cols) != 1:
            self._cols = [_join(self._cols, np.int32)]
            self._tf = [_join(self._tf, np.int32)]
            self._row_nnz = [_join(self._row_nnz, np.int64)]
            self._doc_len = [_join(self._doc_len, np.float64)]
        indptr = np.zeros(len(self._row_nnz[0]) + 1, dtype=np.int64)
        np.cumsum(self._row_nnz[0], out=indptr[1:])
        return indptr, self._cols[0], self._tf[0], self._doc_len[0]

    def take(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """`finish`, and let go of the arrays, so whoever takes them can free them as they go."""
        result = self.finish()
        self._cols, self._tf, self._row_nnz, self._doc_len = [], [], [], []
        return result

    def merge(self, groups: Sequence[tuple[int, int]], block: int = 1 << 20) -> TermCounts:
        """Counts of consecutive row ranges [a, b) summed into one row each, as if their ids were
        concatenated; done in blocks of about `block` entries so no corpus-sized sort is needed."""
        indptr, cols, tf, doc_len = self.finish()
        cumulative = np.concatenate(([0.0], np.cumsum(doc_len)))
        bounds = np.asarray(groups, dtype=np.int64).reshape(-1, 2)
        group_ends = indptr[bounds[:, 1]]
        merged = TermCounts()
        first = 0
        while first < len(bounds):
            start = int(indptr[bounds[first, 0]])
            last = max(first + 1, int(np.searchsorted(group_ends, start + block, side="right")))
            part = bounds[first:last]
            end = int(group_ends[last - 1])
            rows_per_group = part[:, 1] - part[:, 0]
            entries_per_row = np.diff(indptr[part[0, 0] : part[-1, 1] + 1])
            group_of = np.repeat(np.repeat(np.arange(len(part), dtype=np.int64), rows_per_group), entries_per_row)
            width = int(cols[start:end].max()) + 1 if end > start else 1
            keys, inverse = np.unique(group_of * width + cols[start:end], return_inverse=True)
            sums = np.bincount(inverse, weights=tf[start:end], minlength=len(keys)).astype(np.int32)
            merged.add_counts(np.bincount(keys // width, minlength=len(part)), (keys % width).astype(np.int32),
                              sums, cumulative[part[:, 1]] - cumulative[part[:, 0]])
            first = last
        return merged


def count_terms(corpus: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Arrays of term ids → (entries per row, column of each entry, its count, row lengths): one sort a block."""
    lengths = np.fromiter((len(ids) for ids in corpus), dtype=np.int64, count=len(corpus))
    ids = np.concatenate(corpus).astype(np.int64) if len(corpus) else np.zeros(0, np.int64)
    width = int(ids.max()) + 1 if len(ids) else 1
    rows = np.repeat(np.arange(len(corpus), dtype=np.int64), lengths)
    keys, tf = np.unique(rows * width + ids, return_counts=True)
    return np.bincount(keys // width, minlength=len(corpus)), (keys % width).astype(np.int32), tf.astype(np.int32), lengths


def _join(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts) if parts else np.zeros(0, dtype)


def best(scores: np.ndarray, hits: np.ndarray, k: int) -> list[tuple[int, float]]:
    """The k highest-scoring rows among `hits`, ties broken by row order."""
    matched = np.flatnonzero(hits)
    if k <= 0 or not len(matched):
        return []
    chosen = scores[matched]
    if len(matched) > k:
        part = np.argpartition(-chosen, k - 1)[:k]
        part = np.flatnonzero(chosen >= chosen[part].min())  # keep ties so the order is deterministic
    else:
        part = np.arange(len(matched))
    order = sorted(part.tolist(), key=lambda i: (-chosen[i], matched[i]))[:k]
    return [(int(matched[i]), float(chosen[i])) for i in order]


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
