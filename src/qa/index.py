"""BM25 scores exactly as rank-bm25 defines them, served from a sparse passage × term matrix.

rank-bm25's `get_scores` walks every passage in Python for every query term (hundreds of ms at
100k passages). The same per-term contributions are precomputed here once, so a query is a
handful of sparse column sums. BM25Plus gives absent terms a non-zero contribution; that constant
is kept in `base` and added back, so scores equal rank-bm25's and not just its ranks.

Here: the settings, the matrix and scoring against it. Writing the matrix from term counts is
`index_layout.py` (the counting, `term_counts.py`); an index folder on disk, `index_files.py`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from .term_counts import TermCounts

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
        from .index_layout import Layout  # it builds on this module

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

    # --- persistence: a readable folder, no pickle (index_files.py) ---------------------------
    def save(self, folder: Path, *, vocab: bool = True) -> None:
        """Write the arrays (one .npy each), the settings and shape (and the vocabulary unless
        another index shares it)."""
        from .index_files import save_index  # it builds on this module

        save_index(self, folder, vocab=vocab)

    @classmethod
    def load(cls, folder: Path, vocab: Mapping[str, int] | None = None) -> BM25Index:
        """Map an index folder's arrays; `vocab` is the shared vocabulary when the folder holds none.

        Every array's length and range is checked here, and ValueError says what is wrong.
        """
        from .index_files import load_index  # it builds on this module

        return load_index(folder, vocab)


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
