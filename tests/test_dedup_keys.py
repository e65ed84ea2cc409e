"""The keys duplicates are found by: clauses and form scores, checked against their plain formulas."""

from __future__ import annotations

import random
import re

from qa import dedup
from qa.text import HAN_CHARS, fold_for_index

_NON_HAN_RE = re.compile(f"[^{HAN_CHARS}]+")


def _clauses_one_sub_per_clause(folded: str) -> set[str]:
    """The plain formula: split at clause breaks (with 、 a break, and again with 、 joining a list's
    items), then keep each clause's Han characters."""
    keys = {_NON_HAN_RE.sub("", part) for part in dedup._CLAUSE_SPLIT_RE.split(folded)}
    keys |= {_NON_HAN_RE.sub("", part) for part in dedup._LIST_SPLIT_RE.split(folded)}
    return {key for key in keys if len(key) >= dedup.MIN_CLAUSE_CHARS}


def test_clauses_match_the_per_clause_formula(seed_text):
    rng = random.Random(3)
    alphabet = "治村规约划聯發展乾隆" * 3 + "，,。！？!?；;：:、 \t\n\u3000" + "ab1２-“”（）()…"
    samples = ["", "，，，", "一二三四五六", "一二三,四五六七八九", "x一二三四五六x，y七八九十一二y", " 一二三 四五六 "]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 80))) for _ in range(5000)]
    samples += [line for raw in seed_text.values() for line in raw.splitlines()]
    for value in samples:
        folded = fold_for_index(value)
        assert dedup.clauses_of_folded(folded) == _clauses_one_sub_per_clause(folded), value


def _form_score(text: str) -> float:
    """The definition: the share of punctuation and digits (the copy that kept them is better formed)."""
    return len(re.findall(r"[^\w\s]|\d", text)) / len(text) if text else 0.0


def test_form_scores_match_form_score(retriever):
    texts = [document.text for document in retriever.documents]
    texts += ["", "，", "1", "a", "٣", "²", "_", " \n\t", "😀，😀1", "𠀀𠀁。", "\ud800孤", "(RCEP)２０２０年，", "abc"]
    texts += ["", "".join(map(chr, range(0x20, 0x3000)))]
    expected = [_form_score(text) for text in texts]
    assert dedup.form_scores(texts) == expected
    assert dedup.form_scores([]) == []
    assert dedup.form_scores([""]) == [0.0]
