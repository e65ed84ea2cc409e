"""A question asked after a statement of something else: 长春那个社区搞了12个红马甲志愿服务队，方程式那篇
里也有穿红马甲的志愿者上门，那是哪个村的？

People set the scene before they ask, often with what they read in another article (莆田阔口社区被叫作
百宝箱，南宁那边打造的社区党群服务圈是几分钟的). The whole question then holds the words of two
articles, no passage covers it, and it was declined although its asking clause alone is answered.
When the whole question is not answered, the scene it sets is one the documents state (a passage
covers it as it would a question: `Retriever.ask` judges it) and the asking clause names a subject of
its own, the clause that asks is asked on its own; a scene the documents do not state (out of the
corpus, or the asker's own life) leaves the question as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .answerability import Verdict
from .models import Answer
from .question_words import ASKS_ANYWHERE
from .quoting import Request
from .ranking import Group
from .served import Corpus
from .text import fold

__all__ = ["answered_by_its_asking", "asked_after_statement", "names_its_own"]

# Where a question's clauses end (folded text): punctuation, not the spaces of keywords typed as a
# search (北湖收费站 在武汉哪个区 asks of 北湖收费站).
_CLAUSE_END = re.compile(r"[，,；;。！!？?]+")
# An asking clause that points back (那是哪个村的, 它有多大) takes the clause before it along.
_POINTS_BACK = re.compile(r"^(?:那|这|這|它|他|她|其|该|該|此)")
# Fewer characters than this, an asking clause says too little alone (是哪年, 在哪里): the clause before it
# comes along.
_SHORTEST = 6
# A statement shorter than this names a thing (北湖收费站，在哪个区) rather than stating something of it.
_STATED = 8


def asked_after_statement(text: str) -> tuple[str, str] | None:
    """(the statement, the asking): the clauses before the first one that asks, and the rest (with the
    clause before it when it points back or is short); None when the question opens by asking or
    nothing would be left of the statement."""
    clauses = [clause for clause in _CLAUSE_END.split(text) if clause]
    first = next((i for i, clause in enumerate(clauses) if ASKS_ANYWHERE.search(clause)), 0)
    if first and (_POINTS_BACK.match(clauses[first]) or len(clauses[first]) < _SHORTEST):
        first -= 1
    if not first or len("".join(clauses[:first])) < _STATED:
        return None
    return "，".join(clauses[:first]), "，".join(clauses[first:])


def names_its_own(corpus: Corpus, statement: str, asking: str) -> bool:
    """The asking clause names a subject of its own the statement does not (张国珍那篇希望网络成为啥,
    南宁那边…; not 归哪个部门登记管理, which asks of what the statement named)."""
    said = fold(statement)
    return any(term.named and term.in_corpus and term.word not in said
               for term in Request.read(asking, corpus).question.key_terms)


def answered_by_its_asking(corpus: Corpus, text: str,
                           judged: Callable[[str], tuple[Verdict, list[Group]] | None],
                           ask: Callable[[str], Answer]) -> Answer | None:
    """The answer to the asking clause of a question (`text` as searched) whose statement the
    documents make, answered in another article than the statement's; None when there is no
    statement, the documents do not make it, the clause names no subject of its own, or it is
    answered only where the statement is (where the whole question was not). `judged` is the
    Retriever's verdict on a text's best hit, `ask` its answer to one."""
    split = asked_after_statement(text)
    if split is None or not names_its_own(corpus, *split):
        return None
    verdict = judged(split[0])
    if verdict is None or not verdict[0].answerable:
        return None  # a statement the documents do not make
    stated = corpus.article_of[verdict[1][0].index]
    asked = ask(split[1])
    found = corpus.position.get(asked.hits[0].passage_id) if asked.answered and asked.hits else None
    if found is None or corpus.article_of[found] == stated:
        return None  # asked of the article stated, where the whole question was not stated
    return asked
