"""How specific a word is in general Chinese, whatever the corpus: a background IDF.

Corpus IDF alone cannot tell 今天 from 依兰陨石坑 on a five-document corpus (both are rare there),
and on a large corpus common words still carry much of a question's IDF mass. jieba ships an IDF
table computed over a large general corpus (`jieba/analyse/idf.txt`, ~270k words, the one its
TF-IDF keyword extractor uses): 是 1.7, 今天 5.0, 天气 6.5, 党员 7.8, 陨石坑 11.1. It is read once,
lazily, from the installed package: no file of ours to keep in step.
"""

from __future__ import annotations

import array
import bisect
import importlib.util
import os
import re
from functools import lru_cache
from pathlib import Path

import platformdirs

# Below LOW a word is general vocabulary (今天, 应该, 一下, 知道, 影响); at HIGH and above it names
# something (党员 7.8 is already near the top). Between them specificity rises linearly.
LOW = 4.5
HIGH = 8.0
FLOOR = 0.02
# A word jieba's table does not list is a name, a new term or a misspelling: specific. Digits and
# Latin words (1963, python) are specific too, but a bare single character is not.
UNKNOWN_SPECIFICITY = 1.0
_LATIN_OR_DIGITS = re.compile(r"^[0-9a-z.]+$")


class _Table:
    """jieba's IDF table as a sorted word list and a float array, looked up by bisection.

    A dict of 270k words takes ~0.8 s to parse from the text file (0.3 s even from marshal) on a
    slow host, on every `qa ask`; the two flat files load in ~0.05 s. They are made from
    jieba's file on first use and kept in qa's user cache folder, named by that file's size and
    time, so an upgraded jieba makes new ones.
    """

    def __init__(self, words: list[str], values: array.array) -> None:
        self.words, self.values = words, values

    def get(self, word: str) -> float | None:
        i = bisect.bisect_left(self.words, word)
        return float(self.values[i]) if i < len(self.words) and self.words[i] == word else None

    def __len__(self) -> int:
        return len(self.words)


def _source() -> Path | None:
    """Where jieba keeps the table, found without importing jieba (0.3 s: it imports pkg_resources)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:  # pragma: no cover - jieba is a dependency
        return None
    return Path(spec.origin).parent / "analyse" / "idf.txt"


def _parse(path: Path) -> dict[str, float]:
    table: dict[str, float] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word, _, value = line.rstrip("\n").partition(" ")
            if word and value:
                table[word] = float(value)
    return table


@lru_cache(maxsize=1)
def _table() -> _Table:
    source = _source()
    try:
        stat = source.stat() if source is not None else None
    except OSError:  # pragma: no cover - a broken install: degrade to corpus IDF alone
        stat = None
    if source is None or stat is None:
        return _Table([], array.array("f"))
    folder = Path(platformdirs.user_cache_dir("qa")) / "background"
    stem = folder / f"jieba-idf-{stat.st_size}-{int(stat.st_mtime)}"
    try:
        words = (stem.with_suffix(".words")).read_bytes().decode("utf-8").split("\n")
        values = array.array("f")
        values.frombytes((stem.with_suffix(".values")).read_bytes())
        if len(values) == len(words):
            return _Table(words, values)
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    parsed = _parse(source)
    words = sorted(parsed)
    values = array.array("f", (parsed[w] for w in words))
    try:  # written aside and renamed: a reader never sees half a file
        folder.mkdir(parents=True, exist_ok=True)
        for suffix, data in ((".values", values.tobytes()), (".words", "\n".join(words).encode("utf-8"))):
            part = stem.with_suffix(f"{suffix}.{os.getpid()}.part")
            part.write_bytes(data)
            os.replace(part, stem.with_suffix(suffix))
    except OSError:
        pass  # a read-only home: parse again next time
    return _Table(words, values)


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
