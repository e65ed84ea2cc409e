"""Documents to passages block by block, and the blocks merged in order into the stores.

A block of documents is read (PDF and Word files in the worker), cleaned and split, and each
passage folded once, for both its duplicate keys and the text the tokeniser reads. The blocks are
merged in reading order, so a build with workers gives the serial build's passages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from .dedup import clause_keys, form_scores
from .loading import DEFERRED, RawDocument, read_deferred
from .store import SEPARATOR, DocumentStore, PassageStore, encode_record, join_records
from .structure import build_document, is_heading_line, is_metadata
from .text import fold_for_index
from .tokenize import TokenizerConfig, quoted_words

DEFERRED_WEIGHT = 100  # a PDF or Word file still to read counts as this many documents in a block


def batches(documents: Iterator[RawDocument], size: int, loaded: list[int]) -> Iterator[list[tuple[Any, ...]]]:
    """Blocks of `size` documents as plain tuples (a third of the cost of pickling the dataclass
    to a worker), counting them in `loaded[0]`."""
    block: list[tuple[Any, ...]] = []
    weight = 0
    for raw in documents:
        block.append((raw.doc_id, raw.text, raw.path, raw.title, raw.kind, raw.pages, raw.headings))
        loaded[0] += 1
        weight += DEFERRED_WEIGHT if raw.kind == DEFERRED else 1
        if weight >= size:
            yield block
            block, weight = [], 0
    if block:
        yield block


@dataclass
class Structured:
    """One block of documents after cleaning and splitting, ready to be merged in order."""

    skipped: list[str]
    doc_ids: list[str]
    doc_scores: list[float]
    doc_records: tuple[bytes, np.ndarray]
    passage_ids: list[str]
    passage_doc: list[int]  # position of the passage's document within this block
    passage_article: list[int]
    passage_records: tuple[bytes, np.ndarray]
    norms: list[str]  # passage text in the tokeniser's normal form
    titles: list[str | None]  # None: not searched (a metadata line)
    keys: np.ndarray  # every passage's duplicate keys (dedup.clause_keys), one after another
    key_counts: list[int]  # how many of them each passage has
    quoted: Counter[str]


def structure_block(state: dict[str, Any], raws: list[tuple[Any, ...]]) -> Structured:
    """Documents (RawDocument fields as tuples) cleaned and split, ready to be merged in order."""
    config: TokenizerConfig = state["config"]
    out = Structured([], [], [], (b"", np.zeros(0)), [], [], [], (b"", np.zeros(0)), [], [], np.zeros(0), [],
                     Counter())
    keys: list[int] = []
    doc_records: list[bytes] = []
    passage_records: list[bytes] = []
    doc_texts: list[str] = []
    for fields in raws:
        raw: RawDocument | None = RawDocument(*fields)
        if raw.kind == DEFERRED:  # read here, in the worker; its warnings go back with the block
            raw = read_deferred(raw, out.skipped.append)
            if raw is None:
                continue
        document, passages = build_document(raw)
        if not passages:
            out.skipped.append(f"skipped {raw.path or raw.doc_id}: no text left after cleaning")
            continue
        number = len(out.doc_ids)
        out.doc_ids.append(document.doc_id)
        doc_texts.append(document.text)
        doc_records.append(encode_record(document))
        for passage in passages:
            out.passage_ids.append(passage.passage_id)
            out.passage_doc.append(number)
            out.passage_article.append(passage.article)
            passage_records.append(encode_record(passage))
            folded = fold_for_index(passage.text)
            passage_keys = [] if is_heading_line(passage) else clause_keys(folded)  # a heading is no copy
            keys += passage_keys
            out.key_counts.append(len(passage_keys))
            if is_metadata(passage):  # quoted only when asked for (bylines.asked_roles), never searched
                out.norms.append("")
                out.titles.append(None)
            else:
                out.norms.append(folded if config.convert_script else fold_for_index(passage.text, convert_script=False))
                out.titles.append(passage.title)
            out.quoted.update(quoted_words(passage.text))
    out.keys = np.array(keys, dtype=np.int64)
    out.doc_scores = form_scores(doc_texts)
    out.doc_records = _joined(doc_records)
    out.passage_records = _joined(passage_records)
    return out


def _joined(records: list[bytes]) -> tuple[bytes, np.ndarray]:
    return SEPARATOR.join(records), np.fromiter(map(len, records), dtype=np.int64, count=len(records))


class Shape:
    """Blocks of structured documents merged in order into the stores and the build's columns."""

    def __init__(self) -> None:
        self.doc_ids: list[str] = []
        self.doc_scores: dict[str, float] = {}
        self.doc_records: list[tuple[bytes, np.ndarray]] = []
        self.passage_ids: list[str] = []
        self.passage_doc: list[int] = []
        self.passage_article: list[int] = []
        self.passage_records: list[tuple[bytes, np.ndarray]] = []
        self.norms: list[str] = []
        self.titles: list[str] = []
        self.keys: list[np.ndarray] = []
        self.key_counts: list[int] = []
        self.quoted: Counter[str] = Counter()

    def add(self, block: Structured) -> None:
        base = len(self.doc_ids)
        self.doc_ids += block.doc_ids
        self.doc_scores.update(zip(block.doc_ids, block.doc_scores, strict=True))
        self.doc_records.append(block.doc_records)
        self.passage_ids += block.passage_ids
        self.passage_doc += [base + d for d in block.passage_doc]
        self.passage_article += block.passage_article
        self.passage_records.append(block.passage_records)
        self.norms += block.norms
        self.titles += block.titles
        self.keys.append(block.keys)
        self.key_counts += block.key_counts
        self.quoted.update(block.quoted)

    def article_of(self) -> np.ndarray:
        """Each passage's article row: passages are in order, an article's passages side by side."""
        doc = np.asarray(self.passage_doc, dtype=np.int64)
        article = np.asarray(self.passage_article, dtype=np.int64)
        change = np.ones(len(doc), dtype=bool)
        change[1:] = (doc[1:] != doc[:-1]) | (article[1:] != article[:-1])
        return (np.cumsum(change) - 1).astype(np.int32)

    def copy_evidence(self) -> tuple[list[str], dict[str, float], np.ndarray, np.ndarray]:
        """What `find_copies` reads: each passage's document, the documents' form, the clause keys."""
        keys = np.concatenate(self.keys) if self.keys else np.zeros(0, np.int64)
        counts = np.asarray(self.key_counts, dtype=np.int64)
        self.keys, self.key_counts = [], []
        return self.doc_of, self.doc_scores, keys, counts

    @cached_property
    def doc_of(self) -> list[str]:
        """Each passage's doc id (asked for once every block is in)."""
        return [self.doc_ids[d] for d in self.passage_doc]

    def stores(self, links: dict[int, int], copied: dict[str, str],
               article_of: np.ndarray) -> tuple[DocumentStore, PassageStore]:
        """The records wrapped into stores, with the copy links (passages and whole documents)."""
        doc_of = self.doc_of
        duplicate = np.full(len(doc_of), -1, dtype=np.int32)
        duplicate[list(links)] = list(links.values())
        where = {doc_id: i for i, doc_id in enumerate(self.doc_ids)}
        doc_duplicate = np.full(len(self.doc_ids), -1, dtype=np.int32)
        for doc_id, target in copied.items():
            doc_duplicate[where[doc_id]] = where[target]
        documents = DocumentStore(*join_records(self.doc_records), self.doc_ids, doc_duplicate)
        passages = PassageStore(*join_records(self.passage_records), self.passage_ids, duplicate, article_of)
        return documents, passages
