"""Index terms and their ids: what a term looks like, and passages turned into int32 term ids.

A term is a segmented word holding a word or Han character (`TOKEN_RE`), or an overlapping Han
bigram in its own namespace (`BIGRAM_PREFIX`). The tokeniser makes them as strings (`bigrams`);
`TermIds` makes the same terms as ids, block by block, for the index build; both bigram finders
sit here side by side because they must agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from .idtable import IdTable
from .text import HAN_CHARS, HAN_RANGES

if TYPE_CHECKING:
    from .tokenize import Tokenizer

BIGRAM_PREFIX = "\u2581"  # keeps bigram "社区" apart from the word "社区"
TOKEN_RE = re.compile(f"[\\w{HAN_CHARS}]")
_HAN_RUN_RE = re.compile(f"[{HAN_CHARS}]{{2,}}")


def bigrams(norm: str) -> list[str]:
    """The overlapping Han bigrams of normalised text, each run of Han characters on its own."""
    out: list[str] = []
    for run in _HAN_RUN_RE.findall(norm):
        out.extend(BIGRAM_PREFIX + run[i : i + 2] for i in range(len(run) - 1))
    return out


class Vocabulary(dict):
    """term → id, a new term getting the next id on first lookup (C-speed lookups for known terms).

    `terms[i]` is the term with id i, so the terms added since some point can be read off cheaply.
    """

    def __init__(self) -> None:
        super().__init__()
        self.terms: list[str] = []

    def __missing__(self, term: str) -> int:
        self[term] = value = len(self)
        self.terms.append(term)
        return value

    def ids_of(self, terms: list[str]) -> list[int]:
        """Ids of distinct terms, numbering the new ones in list order (C-speed, unlike __missing__).

        One dictionary lookup a term: the build merges ~1.5 M terms at 100k passages, and
        hashing and finding them is most of this method's time.
        """
        ids: list[int | None] = list(map(self.get, terms))
        if None in ids:
            start = len(self)
            where = [i for i, found in enumerate(ids) if found is None]
            fresh = [terms[i] for i in where]
            self.update(zip(fresh, range(start, start + len(fresh)), strict=True))
            self.terms.extend(fresh)
            for number, i in enumerate(where, start):
                ids[i] = number
        return ids  # type: ignore[return-value]


class _Memo(dict):
    """key → make(key), computed on first lookup only."""

    def __init__(self, make: Callable[[str], int]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> int:
        self[key] = value = self._make(key)
        return value


class TermIds:
    """`Tokenizer.tokens(text)` (plus the title's words) as int32 ids into a growing vocabulary.

    Indexing spends most of its time on per-token Python work, but words and bigrams repeat
    endlessly across a corpus: each distinct word is checked against the token pattern and looked
    up once (a memo table), a block's Han bigrams are found and numbered with numpy as integer
    pairs of code points instead of new 2-character strings, and a passage keeps 4 bytes a token
    instead of a str each. Ids are numbered in whatever order is cheapest; `block` also says in
    which order new terms first appear, so a caller can renumber to "first seen, first numbered".
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.vocab = Vocabulary()
        self._word = _Memo(lambda w: self.vocab[w] if TOKEN_RE.search(w) else -1)
        self._pairs_seen = IdTable()  # code-point pair → id
        self._titles: dict[str, np.ndarray] = {}

    def block(self, norms: Sequence[str], titles: Sequence[str | None]) -> tuple[list[np.ndarray], np.ndarray]:
        """`stream`, split into one array a passage."""
        ids, lengths, added = self.stream(norms, titles)
        return np.split(ids, np.cumsum(lengths)[:-1]) if len(lengths) else [], added

    def stream(self, norms: Sequence[str], titles: Sequence[str | None]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Ids of each passage's tokens (given its `Tokenizer.normalize`d text), then of its title's
        words, passage after passage in one int32 array; how many each passage has; and the ids
        this block added, in the order they first appear in it.

        The block's words are gathered in one list and its three kinds of ids placed with numpy,
        instead of a small array and a concatenation per passage.
        """
        known = len(self.vocab)
        n = len(norms)
        if self.tokenizer.config.bigrams:
            pairs, pair_bounds = self._pairs(norms)
            pair_len = np.diff(np.asarray(pair_bounds, dtype=np.int64))
        else:
            pairs, pair_len = np.zeros(0, np.int32), np.zeros(n, np.int64)
        word, cut = self._word.__getitem__, self.tokenizer._cut
        flat: list[int] = []
        ends = np.empty(n, dtype=np.int64)
        for i, norm in enumerate(norms):
            flat += map(word, cut(norm))
            ends[i] = len(flat)
        words = np.array(flat, dtype=np.int32)
        del flat
        word_len = np.diff(ends, prepend=0)
        dropped = words < 0  # punctuation and spaces
        if dropped.any():
            word_len -= np.bincount(np.repeat(np.arange(n), word_len)[dropped], minlength=n)
            words = words[~dropped]
        title_ids = [self._title(title) if title else _NO_IDS for title in titles]
        title_len = np.fromiter(map(len, title_ids), dtype=np.int64, count=n)
        lengths = word_len + pair_len + title_len
        starts = np.cumsum(lengths) - lengths
        ids = np.empty(int(lengths.sum()), dtype=np.int32)
        _place(ids, words, word_len, starts)
        _place(ids, pairs, pair_len, starts + word_len)
        _place(ids, np.concatenate(title_ids) if n else _NO_IDS, title_len, starts + word_len + pair_len)
        fresh = ids[ids >= known]
        added, first = np.unique(fresh, return_index=True)
        return ids, lengths, added[np.argsort(first, kind="stable")]

    def _pairs(self, norms: Sequence[str]) -> tuple[np.ndarray, list[int]]:
        """Ids of every bigram of the block, in text order; passage i owns ids[bounds[i]:bounds[i + 1]].

        Known pairs are looked up in a hash table; only the unknown ones are sorted (to number
        them in key order), once the vocabulary has settled a few hundred of 370k a block.
        """
        keys, bounds = _pair_keys(norms)
        ids = self._pairs_seen.get(keys)
        unknown = ids < 0
        if unknown.any():
            new, inverse = np.unique(keys[unknown], return_inverse=True)
            new_ids = np.asarray(self.vocab.ids_of([BIGRAM_PREFIX + chr(k >> 21) + chr(k & 0x1FFFFF)
                                                    for k in new.tolist()]), dtype=np.int32)
            ids[unknown] = new_ids[inverse.ravel()]
            self._pairs_seen.add(new, new_ids)
        return ids, bounds

    def _title(self, title: str) -> np.ndarray:
        """A title's words without its bigrams: they would outweigh the passage's own text."""
        if title not in self._titles:
            words = [w for w in self.tokenizer._cut(self.tokenizer.normalize(title)) if not w.startswith(BIGRAM_PREFIX)]
            ids = np.array(list(map(self._word.__getitem__, words)), dtype=np.int32)
            self._titles[title] = ids[ids >= 0]
        return self._titles[title]


_NO_IDS = np.zeros(0, dtype=np.int32)


def _place(out: np.ndarray, values: np.ndarray, lengths: np.ndarray, starts: np.ndarray) -> None:
    """out[starts[i] : starts[i] + lengths[i]] = the i-th run of `values` (runs of `lengths`, back to back)."""
    if len(values):
        out[np.repeat(starts - (np.cumsum(lengths) - lengths), lengths) + np.arange(len(values))] = values


def _pair_keys(norms: Sequence[str]) -> tuple[np.ndarray, list[int]]:
    """Every pair of adjacent Han characters (as `bigrams` finds them), as code-point pairs
    `first << 21 | second`, in text order; passage i owns keys[bounds[i]:bounds[i + 1]]."""
    joined = "\n".join(norms)  # a newline is not Han: no pair spans two passages
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    han = np.zeros(len(codes), dtype=bool)
    for low, high in HAN_RANGES:  # HAN_CHARS as code points, for numpy
        han |= (codes >= low) & (codes <= high)
    where = np.flatnonzero(han[:-1] & han[1:])
    keys = (codes[where].astype(np.int64) << 21) | codes[where + 1]
    starts = np.cumsum([0] + [len(norm) + 1 for norm in norms])
    return keys, np.searchsorted(where, starts).tolist()
