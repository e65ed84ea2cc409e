"""How specific a word is in general Chinese, whatever the corpus: a background IDF.

Corpus IDF alone cannot tell 今天 from 依兰陨石坑 on a five-document corpus (both are rare there),
and on a large corpus common words still carry much of a question's IDF mass. jieba ships an IDF
table computed over a large general corpus (`jieba/analyse/idf.txt`, ~270k words, the one its
TF-IDF keyword extractor uses): 是 1.7, 今天 5.0, 天气 6.5, 党员 7.8, 陨石坑 11.1. It is read once,
lazily, from the installed package: no file of ours to keep in step.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

# Below LOW a word is general vocabulary (今天, 应该, 一下, 知道, 影响); at HIGH and above it names
# something (党员 7.8 is already near the top). Between them specificity rises linearly.
LOW = 4.5
HIGH = 8.0
FLOOR = 0.02
# A word jieba's table does not list is a name, a new term or a misspelling: specific. Digits and
# Latin words (1963, python) are specific too, but a bare single character is not.
UNKNOWN_SPECIFICITY = 1.0
_LATIN_OR_DIGITS = re.compile(r"^[0-9a-z.]+$")


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    try:
        import jieba
    except ImportError:  # pragma: no cover - jieba is a dependency; without it every word is specific
        return {}
    path = Path(jieba.__file__).parent / "analyse" / "idf.txt"
    table: dict[str, float] = {}
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                word, _, value = line.rstrip("\n").partition(" ")
                if word and value:
                    table[word] = float(value)
    except OSError:  # pragma: no cover - a broken install: degrade to corpus IDF alone
        return {}
    return table


def background_idf(word: str) -> float | None:
    """The word's IDF in general Chinese (jieba's table), None when the table does not list it."""
    return _table().get(word)


def specificity(word: str) -> float:
    """0 (general vocabulary: 今天, 一下, 是) … 1 (names and domain terms: 陨石坑, 江欣苑).

    Words are expected folded (Simplified, lower case), as `Tokenizer.question_terms` gives them.
    """
    value = _table().get(word)
    if value is None:
        if len(word) == 1:
            return 0.3
        return 0.7 if _LATIN_OR_DIGITS.match(word) else UNKNOWN_SPECIFICITY
    return min(1.0, max(FLOOR, (value - LOW) / (HIGH - LOW)))


def weight(corpus_idf: float, word: str) -> float:
    """A question word's weight: its corpus IDF scaled by how specific it is in general Chinese."""
    return max(corpus_idf, 0.05) * specificity(word)


def is_loaded() -> bool:
    """True once the table has been read (the bot warms it at start, off the event loop)."""
    return _table.cache_info().currsize > 0


def warm() -> int:
    """Read the table now (0.3 s) rather than on the first question; returns its size."""
    return len(_table())
