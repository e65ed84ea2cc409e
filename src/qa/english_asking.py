"""English asking words typed into a Chinese question, read as the Chinese ones: 居民呢 how many →
居民呢 多少, 书记 name → 书记叫什么名字, 旧改花了多长时间 how long → …多长时间.

People typing fast on a phone mix in the English they know for the asking (how many, who, when,
address, name). A corpus of Chinese documents never says them, so each weighed as the question's
rarest word and no passage held it: the right passage was declined. Like a spoken word
(`spoken_words`), an English word is read so only when the corpus lacks it: a corpus that says
who (The Who乐队) keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Container

__all__ = ["chinese_asking", "may_hold"]

# English asking words and phrases → the Chinese asking they stand for; the longer phrases first.
_ASKING: tuple[tuple[str, str], ...] = (
    ("how many", "多少"), ("how much", "多少"), ("how long", "多长时间"), ("how old", "多大年纪"),
    ("what time", "什么时候"), ("which year", "哪一年"), ("when", "什么时候"), ("where", "在哪里"),
    ("address", "地址在哪里"), ("who", "谁"), ("whom", "谁"), ("why", "为什么"), ("what", "什么"),
    ("how", "怎么"), ("name", "叫什么名字"), ("number", "多少"), ("time", "时间"), ("date", "日期"),
    ("phone", "电话"),
)
_WORD = re.compile(r"(?<![A-Za-z])(" + "|".join(re.escape(e).replace(r"\ ", r"\s+") for e, _ in _ASKING) + r")(?![A-Za-z])",
                   re.IGNORECASE)
_CHINESE = {english: chinese for english, chinese in _ASKING}


def may_hold(text: str) -> bool:
    """Whether `text` has an English asking word: the cheap test before reading it."""
    return _WORD.search(text) is not None


def chinese_asking(text: str, vocab: Container[str]) -> str:
    """`text` with each English asking word the corpus lacks (`vocab`, lower case) read as its
    Chinese; `text` as it is otherwise."""
    def chinese(match: re.Match[str]) -> str:
        typed = match.group(1)
        english = re.sub(r"\s+", " ", typed.lower())
        if any(word in vocab for word in english.split()):
            return typed
        return _CHINESE[english]

    return _WORD.sub(chinese, text)
