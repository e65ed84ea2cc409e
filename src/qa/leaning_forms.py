"""Demonstratives that lean on the last turn only in some turns: 这么做 and 这样一来 stand for what
the last turn said was done, 这么多人 for what it counted, and a bare 那 before a name is "then".

`qa.leaning` finds the demonstrative; this tells, from the words around it and the last question,
whether it stands for the last turn at all (这样做有什么好处 after 江欣苑社区有多少名党员 asks afresh).
"""

from __future__ import annotations

import re

from .name_shape import NAME_TAGS
from .text import Tagger, fold

__all__ = ["DOING_SO", "SO_MANY", "Tagger", "stands_for_the_last_turn"]

# 这么做是为了反映啥, 这样一来…有啥变化: doing what the last turn said, and what came of it.
DOING_SO = re.compile(r"(?:这|那)(?:样|么)(?:一来|做|干|搞)")
# 这么多人咋组织的 after 党员要联系多少居民: the ones the last turn counted.
SO_MANY = re.compile(r"(?:这|那)么多(?:人|个|名|位|户|家)?")
# Verbs that say no deed: having, being, being called.
_NO_DEED = frozenset(("有", "是", "叫", "为", "在", "没有"))
_COUNTED = re.compile(r"多少|几|幾")



def stands_for_the_last_turn(word: str, rest: str, previous: str, tag: Tagger | None) -> bool:
    """Whether the demonstrative `word` (followed by `rest`, folded) stands for the last turn, whose
    question was `previous`: not a bare 那 before a name (那华雨辰下沉以后…), not 这么做 after a question
    that says nothing done, not 这么多人 after one that counted nothing. Without the engine's
    tagger no name and no deed is read; a bare 那 before a count (那36家…基地) points at what the
    question itself counts."""
    if word == "那":
        return not (_COUNTED_OWN.match(rest) or _names_its_own(rest, tag))
    if DOING_SO.fullmatch(word):
        return _something_done(previous, tag)
    if SO_MANY.fullmatch(word):
        return _COUNTED.search(fold(previous)) is not None
    return True


# 那36家外贸转型升级基地, 那3个社区: those (so many) the question names itself, not the last turn
# (那2021年… is "then, in 2021": a year is no count).
_COUNTED_OWN = re.compile(r"(?:[0-9０-９]+|[一二两兩三四五六七八九十百千]+)[个個家名位项項条條所座支件户戶只]")


def _names_its_own(rest: str, tag: Tagger | None) -> bool:
    """The words after a bare 那 open with a name (a person, a place, a body): the question's own
    subject, which no demonstrative qualifies."""
    if tag is None or not rest:
        return False
    first = next(iter(tag(rest)), None)
    return first is not None and len(first[0]) >= 2 and any(first[1] in tags for tags in NAME_TAGS.values())


def _something_done(question: str, tag: Tagger | None) -> bool:
    """The question says something was done (沟通信息, 党组织下沉): what 这么做 stands for."""
    return tag is not None and any(flag in ("v", "vn") and word not in _NO_DEED for word, flag in tag(fold(question)))
