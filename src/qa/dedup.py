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

from .models import Document, Passage
from .text import HAN_CHARS, fold_for_index

_CLAUSE_SPLIT_RE = re.compile(r"[，,。！？!?；;：:、\s]+")
MIN_CLAUSE_CHARS = 6
MIN_CONTAINMENT = 0.5
MAX_CLAUSE_PASSAGES = 20  # a clause found in more passages is boilerplate, not evidence


_NON_HAN_RE = re.compile(f"[^{HAN_CHARS}]+")
_MARK_RE = re.compile(r"[^\w\s]|\d")


def clauses(text: str) -> set[str]:
    """Han-only, Simplified keys of the passage's clauses (whole-text conversion: one OpenCC call)."""
    folded = fold_for_index(text)
    keys = (_NON_HAN_RE.sub("", part) for part in _CLAUSE_SPLIT_RE.split(folded))
    return {key for key in keys if len(key) >= MIN_CLAUSE_CHARS}


def form_score(document: Document) -> float:
    """Share of punctuation and digits: the copy that kept them is the better-formed one."""
    text = document.text
    return len(_MARK_RE.findall(text)) / len(text) if text else 0.0


def link_duplicates(documents: list[Document], passages: list[Passage]) -> tuple[list[Document], list[Passage]]:
    """Mark each copied passage `duplicate_of` its canonical twin, and whole copied documents too."""
    keys = [clauses(p.text) for p in passages]
    postings: dict[str, list[int]] = defaultdict(list)
    for index, clause_set in enumerate(keys):
        for key in clause_set:
            postings[key].append(index)
    score = {d.doc_id: form_score(d) for d in documents}

    links: dict[int, int] = {}
    for index, clause_set in enumerate(keys):
        if len(clause_set) < 2:
            continue
        shared: Counter[int] = Counter()
        for key in clause_set:
            hits = postings[key]
            if len(hits) <= MAX_CLAUSE_PASSAGES:
                shared.update(h for h in hits if passages[h].doc_id != passages[index].doc_id)
        if not shared:
            continue
        # Containment is measured against the other document as a whole: one passage of a copy
        # may span several short paragraphs of the original.
        per_doc: Counter[str] = Counter()
        for key in clause_set:
            docs_with_key = {passages[h].doc_id for h in postings[key] if len(postings[key]) <= MAX_CLAUSE_PASSAGES}
            docs_with_key.discard(passages[index].doc_id)
            per_doc.update(docs_with_key)
        best_doc, count = min(per_doc.items(), key=lambda item: (-item[1], item[0]))
        if count / len(clause_set) < MIN_CONTAINMENT:
            continue
        other = min((h for h in shared if passages[h].doc_id == best_doc), key=lambda h: (-shared[h], h))
        mine, theirs = passages[index].doc_id, passages[other].doc_id
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
    out_passages = [replace(p, duplicate_of=passages[links[i]].passage_id) if i in links else p
                    for i, p in enumerate(passages)]

    per_doc = Counter(p.doc_id for p in passages)
    linked: dict[str, Counter[str]] = defaultdict(Counter)
    for index, target in links.items():
        linked[passages[index].doc_id][passages[target].doc_id] += 1
    out_docs = []
    for document in documents:
        targets = linked.get(document.doc_id)
        if targets:
            target, count = targets.most_common(1)[0]
            if count / max(per_doc[document.doc_id], 1) >= 0.5:
                document = replace(document, duplicate_of=target)
        out_docs.append(document)
    return out_docs, out_passages
