"""Near-duplicate linking across documents, fast enough for 100k passages.

Two copies of an article rarely split into the same passages (000 lost its quotes and digits, so
its sentences end elsewhere), and they differ in a few words (000 has 治村规约 where 001 has
治村规划). So passages are compared by their clauses: the Han characters between two commas,
folded to Simplified, which survive the loss of digits and quotation marks. A passage most of
whose clauses stand in another document is a copy, linked to the passage it shares most with.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from functools import cache

import numpy as np

from .models import Document, Passage
from .text import HAN_CHARS, fold_for_index

_CLAUSE_SPLIT_RE = re.compile(r"[，,。！？!?；;：:、\s]+")
_NON_HAN_NON_BREAK_RE = re.compile(rf"[^{HAN_CHARS}，,。！？!?；;：:、\s]+")
MIN_CLAUSE_CHARS = 6
MIN_CONTAINMENT = 0.5
MAX_CLAUSE_PASSAGES = 20  # a clause found in more passages is boilerplate, not evidence


_MARK_RE = re.compile(r"[^\w\s]|\d")


def clauses(text: str) -> set[str]:
    """Han-only, Simplified keys of the passage's clauses (whole-text conversion: one OpenCC call)."""
    return clauses_of_folded(fold_for_index(text))


def clauses_of_folded(folded: str) -> set[str]:
    """`clauses` of text already through `fold_for_index` (the build folds each passage once).

    The characters that are neither Han nor a clause break are dropped from the whole text first,
    then it is split: one `sub` instead of one per clause. A clause of no Han characters vanishes
    either way (its breaks merge), and every other clause keeps exactly its Han characters.
    """
    return {key for key in _CLAUSE_SPLIT_RE.split(_NON_HAN_NON_BREAK_RE.sub("", folded))
            if len(key) >= MIN_CLAUSE_CHARS}


def form_score(document: Document) -> float:
    """Share of punctuation and digits: the copy that kept them is the better-formed one."""
    text = document.text
    return len(_MARK_RE.findall(text)) / len(text) if text else 0.0


@cache
def _bmp_marks() -> np.ndarray:
    """Which of the 65,536 BMP code points `_MARK_RE` matches: one regex pass, on first use."""
    table = np.zeros(0x10000, dtype=bool)
    table[[match.start() for match in _MARK_RE.finditer("".join(map(chr, range(0x10000))))]] = True
    return table


def form_scores(texts: list[str]) -> list[float]:
    """`form_score` of each text, for a block of documents at once (the build's 1000 at a time).

    `_MARK_RE` matches one character at a time and looks at nothing around it, so a table of the
    code points it matches, looked up for all the texts' characters in one array, counts the same
    marks as a `findall` per text (~6× faster at 10k documents).
    """
    codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    marks = _bmp_marks()[np.minimum(codes, 0xFFFF)]
    for i in np.flatnonzero(codes > 0xFFFF).tolist():  # emoji and rare Han: by the regex itself
        marks[i] = _MARK_RE.match(chr(codes[i])) is not None
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    ends = np.cumsum(lengths)
    total = np.concatenate(([0], np.cumsum(marks, dtype=np.int64)))
    counts = (total[ends] - total[ends - lengths]).tolist()
    return [count / length if length else 0.0 for count, length in zip(counts, lengths.tolist(), strict=True)]


def link_duplicates(documents: list[Document], passages: list[Passage],
                    keys: list[set[str]] | None = None) -> tuple[list[Document], list[Passage]]:
    """Mark each copied passage `duplicate_of` its canonical twin, and whole copied documents too.

    `keys` are the passages' `clauses` when the caller already has them.
    """
    if keys is None:
        keys = [clauses(p.text) for p in passages]
    doc_of = [p.doc_id for p in passages]
    links = find_copies(doc_of, keys, {d.doc_id: form_score(d) for d in documents})
    out_passages = [replace(p, duplicate_of=passages[links[i]].passage_id) if i in links else p
                    for i, p in enumerate(passages)]
    copied = copied_documents(doc_of, links)
    out_docs = [replace(d, duplicate_of=copied[d.doc_id]) if d.doc_id in copied else d for d in documents]
    return out_docs, out_passages


def find_copies(doc_of: list[str], keys: list[set[str]], score: dict[str, float]) -> dict[int, int]:
    """Copied passage → its canonical twin (by position), given each passage's document and clauses.

    Of two copies the better-formed document (`form_score`, then the smaller id) is canonical.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for index, clause_set in enumerate(keys):
        for key in clause_set:
            postings[key].append(index)

    links: dict[int, int] = {}
    for index, clause_set in enumerate(keys):
        if len(clause_set) < 2:
            continue
        mine = doc_of[index]
        shared: Counter[int] = Counter()
        for key in clause_set:
            hits = postings[key]
            if len(hits) <= MAX_CLAUSE_PASSAGES:
                shared.update(h for h in hits if doc_of[h] != mine)
        if not shared:
            continue
        # Containment is measured against the other document as a whole: one passage of a copy
        # may span several short paragraphs of the original.
        per_doc: Counter[str] = Counter()
        for key in clause_set:
            docs_with_key = {doc_of[h] for h in postings[key] if len(postings[key]) <= MAX_CLAUSE_PASSAGES}
            docs_with_key.discard(mine)
            per_doc.update(docs_with_key)
        best_doc, count = min(per_doc.items(), key=lambda item: (-item[1], item[0]))
        if count / len(clause_set) < MIN_CONTAINMENT:
            continue
        other = min((h for h in shared if doc_of[h] == best_doc), key=lambda h: (-shared[h], h))
        theirs = doc_of[other]
        # The better-formed copy is canonical; of two equally formed ones, the first by doc_id.
        # (A strict order: two copies must never point at each other.)
        if score[theirs] > score[mine] or (score[theirs] == score[mine] and theirs < mine):
            links[index] = other

    # Never chain: a canonical passage must not itself point elsewhere.
    for index, target in list(links.items()):
        seen = {index}
        while target in links and target not in seen:
            seen.add(target)
            target = links[target]
        links[index] = target
    return links


def copied_documents(doc_of: list[str], links: dict[int, int]) -> dict[str, str]:
    """Document → the document it copies: at least half of its passages link there."""
    per_doc = Counter(doc_of)
    linked: dict[str, Counter[str]] = defaultdict(Counter)
    for index, target in links.items():
        linked[doc_of[index]][doc_of[target]] += 1
    copied = {}
    for doc_id, targets in linked.items():
        target, count = targets.most_common(1)[0]
        if count / max(per_doc[doc_id], 1) >= 0.5:
            copied[doc_id] = target
    return copied
