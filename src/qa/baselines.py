"""Two reference retrievers that `qa eval --baseline` and the benchmarks measure the engine against.

- **naive**: what a first attempt looks like: `jieba.lcut(title + " " + text)` per corpus row,
  `BM25Okapi()` defaults, `jieba.lcut(question)`, no cleaning, no script conversion.
- **bigram**: the Lucene/Anserini Chinese analyser: NFKC, OpenCC t2s, lower case, overlapping Han
  character bigrams (a lone Han character stays a unigram), latin and digit runs as words;
  BM25Okapi with k1=0.9, b=0.4 as Anserini uses.

Both score with rank_bm25's BM25Okapi formula, precomputed into a sparse matrix so that ten thousand
questions take seconds instead of the minutes `get_scores` needs; `SparseBM25` is tested against
`get_scores` as the oracle.
"""

from __future__ import annotations

import json
import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse

__all__ = ["BASELINES", "BaselineRetriever", "DocHit", "SparseBM25", "bigram_tokens", "naive_tokens"]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
_TOKEN_RE = re.compile(f"[{_HAN}]+|[^\\W_{_HAN}]+")
_HAN_RE = re.compile(f"[{_HAN}]")


@lru_cache(maxsize=1)
def _jieba() -> object:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@lru_cache(maxsize=1)
def _t2s() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("t2s").convert


def naive_tokens(text: str) -> list[str]:
    """jieba's precise mode on the raw text, spaces and punctuation included, as a first try does."""
    return _jieba().lcut(text)  # type: ignore[attr-defined, no-any-return]


def bigram_tokens(text: str) -> list[str]:
    """Lucene CJKBigram-style tokens: `"北京大学2024年"` → 北京 京大 大学 2024 年."""
    text = _t2s()(unicodedata.normalize("NFKC", text)).lower()
    tokens: list[str] = []
    for run in _TOKEN_RE.findall(text):
        if _HAN_RE.match(run) and len(run) > 1:
            tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
        else:
            tokens.append(run)
    return tokens


class SparseBM25:
    """rank_bm25's BM25Okapi scores (same IDF with its epsilon floor) from a precomputed matrix.

    Row d, column t holds idf(t) * tf*(k1+1) / (tf + k1*(1-b+b*len(d)/avgdl)), so a question's
    scores are one sparse matrix-vector product; a repeated question term counts again, as in
    `get_scores`.
    """

    def __init__(
        self, corpus: Sequence[Sequence[str]], k1: float = 1.5, b: float = 0.75, epsilon: float = 0.25
    ) -> None:
        self.vocabulary: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        tfs: list[float] = []
        lengths = np.zeros(len(corpus))
        for d, tokens in enumerate(corpus):
            lengths[d] = len(tokens)
            for term, tf in Counter(tokens).items():
                rows.append(d)
                cols.append(self.vocabulary.setdefault(term, len(self.vocabulary)))
                tfs.append(tf)
        n_docs = len(corpus)
        df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=len(self.vocabulary))
        idf = np.log(n_docs - df + 0.5) - np.log(df + 0.5)
        # rank_bm25 sums the raw IDFs in a Python loop; math.fsum keeps the floor identical to it.
        average = math.fsum(idf.tolist()) / len(idf) if len(idf) else 0.0
        idf[idf < 0] = epsilon * average
        self.idf = idf
        avgdl = lengths.sum() / n_docs if n_docs else 0.0
        tf = np.asarray(tfs, dtype=np.float64)
        row = np.asarray(rows, dtype=np.int64)
        col = np.asarray(cols, dtype=np.int64)
        norm = k1 * (1 - b + b * lengths[row] / avgdl) if avgdl else np.full(len(tf), k1 * (1 - b))
        weights = idf[col] * tf * (k1 + 1) / (tf + norm)
        self.matrix = sparse.csc_matrix((weights, (row, col)), shape=(n_docs, len(self.vocabulary)))
        self.n_docs = n_docs

    def get_scores(self, query: Iterable[str]) -> np.ndarray:
        """Scores for every document, equal to `BM25Okapi(corpus).get_scores(query)`."""
        counts = Counter(t for t in query if t in self.vocabulary)
        if not counts:
            return np.zeros(self.n_docs)
        columns = [self.vocabulary[t] for t in counts]
        weights = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        return np.asarray(self.matrix[:, columns] @ weights).ravel()


@dataclass(frozen=True)
class DocHit:
    """The little a baseline hit carries: enough for `beir_eval.rank_documents`."""

    rank: int
    score: float
    doc_id: str
    also_in: tuple[str, ...] = ()


BASELINES: dict[str, tuple[Callable[[str], list[str]], dict[str, float]]] = {
    "naive": (naive_tokens, {}),
    "bigram": (bigram_tokens, {"k1": 0.9, "b": 0.4}),
}


class BaselineRetriever:
    """One BM25 document per BEIR corpus row (title + text), ranked by `SparseBM25`."""

    def __init__(self, kind: str, doc_ids: Sequence[str], texts: Sequence[str]) -> None:
        if kind not in BASELINES:
            raise ValueError(f"unknown baseline {kind!r}: choose from {', '.join(BASELINES)}")
        self.kind = kind
        self.tokenize, params = BASELINES[kind]
        self.documents = list(doc_ids)
        self.scorer = SparseBM25([self.tokenize(text) for text in texts], **params)

    @classmethod
    def from_beir(cls, kind: str, paths: str | Path | Sequence[str | Path]) -> BaselineRetriever:
        """Read one or more BEIR corpus.jsonl files (several are pooled into one corpus)."""
        if isinstance(paths, (str, Path)):
            paths = [paths]
        doc_ids: list[str] = []
        texts: list[str] = []
        for path in paths:
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        row = json.loads(line)
                        doc_ids.append(str(row["_id"]))
                        texts.append(f"{row.get('title') or ''} {row.get('text') or ''}")
        return cls(kind, doc_ids, texts)

    def search(self, question: str, k: int = 10) -> list[DocHit]:
        """The k best rows with a positive score, ties broken by corpus order."""
        scores = self.scorer.get_scores(self.tokenize(question))
        k = min(k, len(scores))
        if k <= 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        order = sorted(top.tolist(), key=lambda i: (-scores[i], i))
        return [
            DocHit(rank, float(scores[i]), self.documents[i])
            for rank, i in enumerate(order, 1)
            if scores[i] > 0
        ]
