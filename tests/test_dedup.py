"""Copy linking: the vectorised `find_copies` against its definition, written out plainly."""

from __future__ import annotations

import random
from collections import Counter, defaultdict

import numpy as np
import pytest

from qa.dedup import (
    MAX_CLAUSE_PASSAGES,
    MIN_CONTAINMENT,
    clause_keys,
    clauses_of_folded,
    copied_documents,
    find_copies,
)


def _defined_copies(doc_of: list[str], keys: list[set[str]], score: dict[str, float]) -> dict[int, int]:
    """The rule as the docstring states it, one passage at a time (the engine's code until it was
    vectorised: 6 s at 100k passages)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, clause_set in enumerate(keys):
        for key in clause_set:
            postings[key].append(index)
    links: dict[int, int] = {}
    for index, clause_set in enumerate(keys):
        if len(clause_set) < 2:
            continue
        mine = doc_of[index]
        evidence = [postings[key] for key in clause_set if len(postings[key]) <= MAX_CLAUSE_PASSAGES]
        shared = Counter(h for hits in evidence for h in hits if doc_of[h] != mine)
        per_doc = Counter(d for hits in evidence for d in {doc_of[h] for h in hits} - {mine})
        if not per_doc:
            continue
        best_doc, count = min(per_doc.items(), key=lambda item: (-item[1], item[0]))
        if count / len(clause_set) < MIN_CONTAINMENT:
            continue
        other = min((h for h in shared if doc_of[h] == best_doc), key=lambda h: (-shared[h], h))
        theirs = doc_of[other]
        if score[theirs] > score[mine] or (score[theirs] == score[mine] and theirs < mine):
            links[index] = other
    for index, target in list(links.items()):
        seen = {index}
        while target in links and target not in seen:
            seen.add(target)
            target = links[target]
        links[index] = target
    return links


def _random_corpus(seed: int) -> tuple[list[str], list[set[str]], dict[str, float]]:
    """Documents that re-use clauses from a small pool: copies, partial copies, boilerplate, ties."""
    rng = random.Random(seed)
    pool = [f"clause{i}" for i in range(rng.randint(5, 60))]
    boiler = "boilerplate"
    docs = [f"d{rng.randint(0, 99):02d}" for _ in range(rng.randint(2, 12))]
    score = {d: rng.choice((0.1, 0.2, 0.2, 0.3)) for d in docs}  # equal scores are common: ties
    doc_of, keys = [], []
    for doc in docs:
        for _ in range(rng.randint(1, 6)):
            clauses = set(rng.sample(pool, rng.randint(0, min(6, len(pool)))))
            if rng.random() < 0.3:
                clauses.add(boiler)
            doc_of.append(doc)
            keys.append(clauses)
    return doc_of, keys, score


def _flat(keys: list[set[str]]) -> tuple[np.ndarray, np.ndarray]:
    flat = np.array([hash(k) for s in keys for k in s], dtype=np.int64)
    return flat, np.array([len(s) for s in keys], dtype=np.int64)


@pytest.mark.parametrize("seed", range(300))
def test_find_copies_follows_its_definition(seed):
    doc_of, keys, score = _random_corpus(seed)
    assert find_copies(doc_of, score, *_flat(keys)) == _defined_copies(doc_of, keys, score)


def _defined_copied_documents(doc_of: list[str], links: dict[int, int]) -> dict[str, str]:
    """Whole-document copies as first written: a Counter of link targets per document."""
    per_doc = Counter(doc_of)
    linked: dict[str, Counter[str]] = defaultdict(Counter)
    for index, target in links.items():
        linked[doc_of[index]][doc_of[target]] += 1
    copied = {}
    for doc_id, targets in linked.items():
        target, count = targets.most_common(1)[0]  # a tie: the target counted first
        if count / max(per_doc[doc_id], 1) >= 0.5:
            copied[doc_id] = target
    return copied


@pytest.mark.parametrize("seed", range(300))
def test_copied_documents_follow_their_definition(seed):
    rng = random.Random(seed)
    doc_of = sorted(f"d{rng.randint(0, 9)}" for _ in range(rng.randint(1, 40)))
    links = {i: rng.randrange(len(doc_of)) for i in sorted(rng.sample(range(len(doc_of)), rng.randint(0, len(doc_of))))}
    assert copied_documents(doc_of, links) == _defined_copied_documents(doc_of, links)


def test_a_document_copies_the_one_most_of_its_passages_link_to():
    doc_of = ["a", "a", "a", "a", "b", "b", "c", "c"]
    assert copied_documents(doc_of, {0: 4, 1: 6, 2: 6}) == {"a": "c"}  # 2 of 4 link to c
    assert copied_documents(doc_of, {0: 4}) == {} and copied_documents(doc_of, {}) == {}  # 1 of 4
    pairs = ["a", "a", "b", "b", "c", "c"]
    assert copied_documents(pairs, {0: 2, 1: 4}) == {"a": "b"}  # a tie: the one linked first
    assert copied_documents(pairs, {0: 4, 1: 2}) == {"a": "c"}


def test_boilerplate_clauses_are_no_evidence():
    # One clause in more passages than MAX_CLAUSE_PASSAGES, plus one unique clause each: no copies.
    n = MAX_CLAUSE_PASSAGES + 1
    doc_of = [f"d{i}" for i in range(n)]
    keys = [{"版权所有转载必究", f"独有的句子第{i}条"} for i in range(n)]
    score = dict.fromkeys(doc_of, 0.1)
    assert find_copies(doc_of, score, *_flat(keys)) == {} == _defined_copies(doc_of, keys, score)


def test_a_copy_links_to_the_better_formed_document():
    doc_of = ["clean", "clean", "stripped"]
    keys = [{"甲乙丙丁戊己", "庚辛壬癸子丑"}, {"寅卯辰巳午未"}, {"甲乙丙丁戊己", "庚辛壬癸子丑", "寅卯辰巳午未"}]
    links = find_copies(doc_of, {"clean": 0.2, "stripped": 0.0}, *_flat(keys))
    assert links == {2: 0}  # 2 of its 3 clauses are in "clean", most of them in passage 0


def test_no_clauses_no_links():
    assert find_copies([], {}, np.zeros(0, np.int64), np.zeros(0, np.int64)) == {}
    assert find_copies(["a", "b"], {"a": 0.0, "b": 0.0}, np.zeros(0, np.int64), np.zeros(2, np.int64)) == {}


def test_clause_keys_are_the_clauses_hashed():
    folded = "社区党委组织志愿者上门服务，街道每周召开一次联席会议。短句，ab"
    assert sorted(clause_keys(folded)) == sorted(hash(k) for k in clauses_of_folded(folded))
    assert len(clause_keys(folded)) == 2
