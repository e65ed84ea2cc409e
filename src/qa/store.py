"""Passages and documents as JSON records in one buffer, made into objects only when read.

Loading a 100k-passage cache used to parse every record and build 150k Passage and 100k Document
objects before the first question (10 s). Here each record is one line of a JSON array held in
one buffer (the bytes a build just made, or the cache file mapped into memory) with an offsets
array beside it, and a record becomes a frozen dataclass the first time it is read. What ranking
needs for every passage at once (its id, article row and canonical copy) is kept in columns.
"""

from __future__ import annotations

import json
import mmap
import operator
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cached_property, partial
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any, Generic, TypeVar, overload

import numpy as np

from .models import Article, Document, Passage

T = TypeVar("T")
Buffer = bytes | mmap.mmap
OPEN, SEPARATOR, CLOSE = b"[\n", b",\n", b"\n]\n"


def _record_json() -> Callable[[Any], str]:
    """`json.dumps(value, ensure_ascii=False, separators=(",", ":"))` without its per-call set-up.

    `dumps` builds a JSONEncoder and then a C encoder for every record, a quarter of the cost of a
    passage record; this is that same C encoder (as `JSONEncoder.iterencode` makes it), made once,
    so the bytes are the same. Without the C extension it is `dumps` itself.
    """
    if c_make_encoder is None:
        return partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
    # markers=None: no circular-reference check, a record is a flat dict of values.
    encoder = c_make_encoder(None, json.JSONEncoder().default, encode_basestring, None, ":", ",", False, False, True)
    return lambda value: "".join(encoder(value, 0))


_to_json = _record_json()


def encode_record(value: Passage | Document) -> bytes:
    """A record without its `duplicate_of` (decided after the records are written, kept as a column)
    and without a document's `script`, should it have been worked out (it is derived from the text).

    Written from the instance dict rather than `dataclasses.asdict`, whose deep copies cost more
    than the JSON encoding itself.
    """
    data = dict(vars(value))
    del data["duplicate_of"]
    if isinstance(value, Document):
        data.pop("script", None)
        data["articles"] = [vars(article) for article in value.articles]
    return _to_json(data).encode("utf-8")


def join_records(parts: Sequence[tuple[bytes, np.ndarray]]) -> tuple[bytes, np.ndarray]:
    """Blocks of records (each: records joined by SEPARATOR, their lengths) → one JSON array + offsets.

    The result is a valid JSON array (one record a line), so the cache file stays readable.
    """
    lengths = np.concatenate([lens for _, lens in parts]) if parts else np.zeros(0, np.int64)
    starts = np.empty(len(lengths) + 1, dtype=np.int64)
    starts[0] = len(OPEN)
    np.cumsum(lengths + len(SEPARATOR), out=starts[1:])
    starts[1:] += len(OPEN)  # record i is blob[starts[i] : starts[i + 1] - len(SEPARATOR)]
    # One join into a list of the pieces: `OPEN + SEPARATOR.join(...) + CLOSE` would copy the
    # whole blob twice more (~90 MB each at 100k passages, fresh pages every time).
    bodies = [body for body, lens in parts if len(lens)]
    pieces: list[bytes] = [OPEN]
    for body in bodies:
        pieces += (body, SEPARATOR)
    if bodies:
        pieces.pop()  # none after the last record
    pieces.append(CLOSE)
    return b"".join(pieces), starts


class Records(Sequence[T], Generic[T]):
    """Read-only sequence of records decoded on first access.

    The most recently read `keep_decoded` stay decoded: a long-running bot over 100k passages
    would otherwise end up holding every passage as an object (about 280 MB more).
    """

    keep_decoded = 32_768

    def __init__(self, blob: Buffer, offsets: np.ndarray, decode: Callable[[int, dict[str, Any]], T]) -> None:
        self.blob = blob
        self.offsets = np.asarray(offsets, dtype=np.int64)
        self._starts = self.offsets.tolist()
        if len(self) and self._starts[-1] - len(SEPARATOR) + len(CLOSE) != len(blob):
            raise ValueError("record offsets do not match the records' bytes")
        self._decode = decode
        self._cache: OrderedDict[int, T] = OrderedDict()

    def __len__(self) -> int:
        return len(self._starts) - 1

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        i = operator.index(index)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("record index out of range")
        item = self._cache.get(i)
        if item is None:
            item = self._cache[i] = self._read(i)
            if len(self._cache) > self.keep_decoded:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(i)
        return item

    def _read(self, i: int) -> T:
        return self._decode(i, json.loads(self.blob[self._starts[i] : self._starts[i + 1] - len(SEPARATOR)]))

    def __iter__(self) -> Iterator[T]:
        """Every record in order, without keeping them: a scan (listing the sources, naming what
        the corpus covers) would otherwise push out the records questions keep reading."""
        cache = self._cache
        for i in range(len(self)):
            item = cache.get(i)
            yield item if item is not None else self._read(i)


class PassageStore(Records[Passage]):
    """Passages, with the columns ranking reads for every passage: ids, article rows, canonical copies."""

    def __init__(self, blob: Buffer, offsets: np.ndarray, ids: list[str], duplicate: np.ndarray,
                 article_of: np.ndarray) -> None:
        super().__init__(blob, offsets, self._passage)
        if not len(ids) == len(duplicate) == len(article_of) == len(self):
            raise ValueError("passage columns disagree on the number of passages")
        self.ids = ids
        self.duplicate = duplicate
        self.article_of = article_of

    def _passage(self, i: int, data: dict[str, Any]) -> Passage:
        target = int(self.duplicate[i])
        return Passage(**{**data, "sentences": tuple(tuple(s) for s in data["sentences"])},
                       duplicate_of=self.ids[target] if target >= 0 else None)

    def canonical(self) -> list[int]:
        """Each passage's canonical copy (itself when it is not a copy)."""
        return np.where(self.duplicate >= 0, self.duplicate, np.arange(len(self))).tolist()


class DocumentStore(Records[Document]):
    """Documents (their cleaned text is most of the corpus), looked up by position or by id."""

    def __init__(self, blob: Buffer, offsets: np.ndarray, ids: list[str], duplicate: np.ndarray) -> None:
        super().__init__(blob, offsets, self._document)
        if not len(ids) == len(duplicate) == len(self):
            raise ValueError("document columns disagree on the number of documents")
        self.ids = ids
        self.duplicate = duplicate

    def _document(self, i: int, data: dict[str, Any]) -> Document:
        articles = tuple(Article(**{**a, "reporters": tuple(a["reporters"]), "sections": tuple(a["sections"])})
                         for a in data.pop("articles"))
        target = int(self.duplicate[i])
        pages = tuple((int(start), str(label)) for start, label in data.pop("pages", ()))
        return Document(**{**data, "authors": tuple(data["authors"]), "articles": articles, "pages": pages},
                        duplicate_of=self.ids[target] if target >= 0 else None)

    def by_id(self) -> ById:
        return ById(self, self.ids)


class ById(Mapping[str, T]):
    """Records by id without decoding them all; the id → position dict is made on first use."""

    def __init__(self, records: Sequence[T], ids: list[str]) -> None:
        self._records = records
        self._ids = ids

    @cached_property
    def _index(self) -> dict[str, int]:
        return dict(zip(self._ids, range(len(self._ids)), strict=True))

    def __getitem__(self, key: str) -> T:
        return self._records[self._index[key]]

    def __len__(self) -> int:
        return len(self._index)

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)


def article_layout(passages: Iterable[Passage]) -> list[int]:
    """Passage → article row: passages are stored in order, an article's passages side by side."""
    article_of: list[int] = []
    previous: tuple[str, int] | None = None
    for passage in passages:
        key = (passage.doc_id, passage.article)
        if key != previous:
            previous = key
            article_of.append(article_of[-1] + 1 if article_of else 0)
        else:
            article_of.append(article_of[-1])
    return article_of


def article_starts(article_of: Sequence[int] | np.ndarray) -> list[int]:
    """Article a's passages are [starts[a], starts[a + 1]): one flat list (the last item is the
    passage count), not a tuple per article, which cost 15 ms to make at 100k articles."""
    marks = np.asarray(article_of, dtype=np.int64)
    starts = np.flatnonzero(np.diff(marks, prepend=-1)) if len(marks) else np.zeros(0, np.int64)
    return np.append(starts, len(marks)).tolist()
