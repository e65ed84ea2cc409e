"""Ranking: which passages answer a request, best first, copies collapsed into their original.

BM25 over passages (and over whole articles) gives the candidates; a passage is lifted by its
neighbours and its article, then the head of the list by what its quote holds (the kind of fact
asked for, the share of the question). Copies collapse into one result that names every document
holding them, and the chooser (`qa.choosing`) decides which result comes first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import numpy as np

from . import identity, quoting
from .asked_events import FOUNDED
from .choosing import Choice, choose
from .close_behind import NOW_ASKED, typed_dates
from .dedup import clauses, numbers_conflict
from .index import best
from .quoting import Request
from .sentence_features import GROUPS as CHOOSER_GROUPS
from .sentence_features import Candidate
from .served import Corpus
from .structure import is_metadata
from .text import fold_for_index

NEIGHBOUR_WEIGHT = 0.3
# A passage is judged with its article too (a corpus row, for BEIR data): measured on the full
# CMRC/DRCD sets this is the largest single gain (docs/EVALUATION.md).
ARTICLE_WEIGHT = 2.0
CUE_WEIGHT = 0.2
PROXIMITY_WEIGHT = 0.5
CUE_RERANK = {0.0: 0.0, 1.0: 1.0, 2.0: 2.0, 3.0: 5.0}
# The head re-ranked by what its quotes hold. Since the chooser picks the quote among the first
# results' neighbours, 15 do what 20 did (dev split: CMRC/DRCD Recall@1 0.952/0.959 → 0.953/0.959,
# answer in quote unchanged, golden unchanged; 10 lost a golden question) for a quarter fewer quotes.
RERANK_DEPTH = 15


@dataclass(frozen=True)
class Group:
    """One result after near-duplicates are collapsed: the canonical passage and its copies."""

    index: int
    score: float
    also_in: tuple[str, ...]


def promoted(groups: list[Group], index: int) -> list[Group]:
    """The groups with passage `index` first (its own group, or a new one scored as the best): the
    best hit's article answers, but in a paragraph near it (`judging.stated_nearby`)."""
    own = next((g for g in groups if g.index == index), None)
    first = own if own is not None else Group(index, groups[0].score, ())
    return [first, *(g for g in groups if g is not own)]


def ranked_groups(corpus: Corpus, request: Request, limit: int) -> list[Group]:
    """The results, copies collapsed, the one holding the chosen sentence first."""
    return chosen_first(corpus, request, grouped(corpus, request, limit))


def ranked(corpus: Corpus, request: Request, limit: int) -> list[tuple[int, float]]:
    """BM25 top passages, re-scored with a share of their best neighbour's score.

    A short paragraph often answers what its neighbour names: 001 `200多名社区党员,如何联系服务
    2万多名社区居民?` never says 江欣苑, the paragraphs around it do.
    """
    scores, hits = corpus.index.scores_and_hits(request.question.tokens)
    request.scores = scores
    candidates = dict(best(scores, hits, max(limit, 50)))
    if not candidates:
        return []
    article_scores = np.zeros(0)
    if corpus.article_index is not None and ARTICLE_WEIGHT:
        # The best passages of the best-matching articles compete too, not only the best passages.
        article_scores, article_hits = corpus.article_index.scores_and_hits(request.question.tokens)
        starts = corpus.article_starts
        for a, _ in best(article_scores, article_hits, 10):
            candidates.update((i, float(scores[i])) for i in range(starts[a], starts[a + 1])
                              if i not in candidates and scores[i] > 0)
    last = len(corpus.passages) - 1
    rescored = []
    for i, score in candidates.items():
        article = corpus.article_of[i]
        near = [scores[j] for j in (i - 1, i + 1) if 0 <= j <= last and corpus.article_of[j] == article]
        rescored.append((i, score + NEIGHBOUR_WEIGHT * float(max(near, default=0.0))
                         + (ARTICLE_WEIGHT * float(article_scores[article]) if len(article_scores) else 0.0)))
    rescored.sort(key=lambda item: (-item[1], item[0]))
    return rerank_head(corpus, request, rescored)[:limit]


def rerank_head(corpus: Corpus, request: Request, ranking: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """Lift passages whose best sentence holds much of the question, or the kind of answer
    asked for (a count of the asked-for thing, a date, a name)."""
    if not ranking or not request.terms:
        return ranking
    top = ranking[0][1]
    head = []
    for i, score in ranking[:RERANK_DEPTH]:
        quote = quoting.quote(corpus, request, i)
        head.append((i, score + CUE_WEIGHT * top * CUE_RERANK[quote.cue] + PROXIMITY_WEIGHT * top * quote.coverage))
    head.sort(key=lambda item: (-item[1], item[0]))
    return head + ranking[RERANK_DEPTH:]


def grouped(corpus: Corpus, request: Request, limit: int) -> list[Group]:
    """The results by score, copies collapsed into their original."""
    groups: dict[int, list] = {}
    order: list[int] = []
    for passage_index, score in ranked(corpus, request, limit):
        canonical = twin(corpus, request, passage_index)
        if canonical not in groups:
            groups[canonical] = [score, []]
            order.append(canonical)
        else:
            groups[canonical][0] = max(groups[canonical][0], score)
        doc_id = corpus.doc_of(passage_index)
        if doc_id != corpus.doc_of(canonical) and doc_id not in groups[canonical][1]:
            groups[canonical][1].append(doc_id)
    # A canonical passage found only through its copy still names the copy's document.
    result = [Group(i, groups[i][0], tuple(groups[i][1])) for i in order]
    result.sort(key=lambda g: (-g.score, g.index))
    return result


def twin(corpus: Corpus, request: Request, index: int) -> int:
    """The canonical passage a result stands for: itself, or for a copy, the part of the original
    that matches this question best.

    A copy's passage often spans two of the original's (000 lost the punctuation its sentences
    ended on): its link names the one it shares most with, which need not be the one that answers.
    """
    canonical = corpus.canonical[index]
    if canonical == index or request.scores is None:
        return canonical
    scores = request.scores
    article = corpus.article_of[canonical]
    better = [j for j in (canonical - 1, canonical + 1)
              if 0 <= j < len(corpus.passages) and scores[j] > scores[canonical]
              and corpus.article_of[j] == article and corpus.canonical[j] == j]
    if not better:
        return canonical
    text = corpus.passages[index].text
    mine, folded = clauses(text), fold_for_index(text)
    overlapping = [j for j in better if mine & clauses(corpus.passages[j].text)
                   and not numbers_conflict(folded, fold_for_index(corpus.passages[j].text))]
    return max(overlapping, key=lambda j: scores[j], default=canonical)


def chosen_first(corpus: Corpus, request: Request, groups: list[Group]) -> list[Group]:
    """The passage holding the sentence the chooser picks among the first results and their
    neighbours (`qa.choosing`) comes first, quoting that sentence: the subject is often named
    in one passage and the fact stated in the next."""
    if not groups or not request.terms:
        return groups
    choice = defined(corpus, request, groups) or choose(quoting.candidates(corpus, request, [g.index for g in groups]),
                                                       kind=request.asked.kind, dates=typed_dates(request.question.text),
                                                       why=request.question.asks_why, how=request.question.asks_how,
                                                       focus=request.question.focus, speaker=request.asked.speaker,
                                                       partner=request.asked.partner, whether=request.asked.yes_no,
                                                       opposed=request.asked.opposed, contents=request.asked.contents,
                                                       thing=request.asked.thing is not None,
                                                       event=_dated_by_its_words(request.asked.event),
                                                       which=request.asked.which,
                                                       now=bool(NOW_ASKED.search(request.question.folded)))
    if choice is None:
        return groups
    index = choice.best.passage
    request.quotes[index] = quoting.chosen_quote(corpus, request, index, choice)
    if index == groups[0].index:
        return groups
    found = next((g for g in groups if g.index == index), None)
    first = Group(index, groups[0].score, found.also_in if found is not None else ())
    return [first, *(g for g in groups if g.index != index)]


def _dated_by_its_words(event: str) -> bool:
    """An event whose date a close sentence saying it gives (卒, 废止, 来到, 担任): any but a founding,
    whose words (建, 设, 置) are said of much else (电梯哪年装好的 → 42号小区建于20世纪80年代: golden dev
    traps answered)."""
    return bool(event) and event != FOUNDED


def defined(corpus: Corpus, request: Request, groups: list[Group]) -> Choice | None:
    """华雨辰是谁, 桥社是指什么: the sentence saying who the named person or what the term is
    (`qa.identity`), searched in the articles of the first results, as the choice; None for other
    questions or when none says."""
    name = identity.asked_about(request.question)
    term = identity.asked_to_define(request.question) if name is None else None
    if name is None and term is None:
        return None
    articles = dict.fromkeys(corpus.article_bounds(g.index) for g in groups[:CHOOSER_GROUPS])
    passages = [i for start, end in articles for i in range(start, end)
                if corpus.canonical[i] == i and not is_metadata(corpus.passages[i])]
    sentences = partial(quoting.sentences, corpus, request)
    found = (identity.defining_sentence(name, passages, sentences) if name is not None
             else identity.definition(term or "", passages, sentences))
    if found is None:
        return None
    index, position = found
    request.defined = index  # the judge: this sentence states what was asked
    return Choice(Candidate(index, position, (), quoting.sentences(corpus, request, index)[position]))
