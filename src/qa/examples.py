"""Example questions the loaded corpus can answer: for /start buttons and the small-talk reply."""

from __future__ import annotations

from typing import Any

__all__ = ["EXAMPLE_CANDIDATES", "pick_examples"]

# Tried first; each is kept only if the loaded corpus answers it (any corpus works: article titles follow).
EXAMPLE_CANDIDATES = (
    "江欣苑社区有多少名党员？",
    "黨的最大政治優勢是什麼？",
    "党群关系方程式是什么？",
    "如何密切党群关系？",
    "社区志愿服务有哪些？",
)
EXAMPLE_SOURCES = 200  # documents whose titles may become examples (not all 100k of a big corpus)


def pick_examples(retriever: Any, count: int = 3, *, max_bytes: int = 62) -> list[str]:
    """`count` questions the corpus answers, each at most `max_bytes` of UTF-8 (a button payload)."""
    candidates = list(EXAMPLE_CANDIDATES)
    try:
        for row in retriever.sources(limit=EXAMPLE_SOURCES):
            candidates += [str(title) for title in row.get("articles") or []]
    except Exception:  # examples are a nicety; never let them stop a front end
        pass
    picked: list[str] = []
    for question in candidates:
        question = question.strip()
        if not question or question in picked or len(question.encode()) > max_bytes:
            continue
        try:
            if retriever.ask(question, 1).answered:
                picked.append(question)
        except Exception:
            continue
        if len(picked) == count:
            break
    return picked
