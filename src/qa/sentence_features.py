"""Which sentences may answer a question, and what the chooser's model sees of each.

An article names its subject in the title and the lead, then states the facts later, often in
another passage that never repeats the name (加利福尼亚滑银汉鱼 … 该鱼体长15公分). So the candidates
are every sentence of the best article's first results and of the passages around them (`window`),
each described by scale-free features (`FEATURES`: the share of the question it holds, with what the
title already says counted as given; the question's character pairs and triples; the kind of answer
asked for; its neighbours; its passage's score and distance from the best one). The chooser
(`qa.choosing`) scores them with a model fitted on these features.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .answer_shape import fits
from .models import Passage
from .question import Question
from .quotes import answer_cue, spoken
from .structure import is_metadata

FEATURES = (
    "cov", "cov_raw", "bigrams", "trigrams", "cov_prev", "cov_next", "cue1", "cue2", "cue3",
    "kind_no_cue", "passage_ratio", "group_rank", "distance", "first_in_article",
    "length", "carried", "passage_cov", "top_passage", "picked", "fits",
    "reason", "method", "definition", "definition_lead", "listing", "origin", "location", "chars",
    "fits_cov", "fits_near", "unfit_cov", "rest_chars", "rest_bigrams", "rest_empty", "cov_context", "fits_context",
    "next_to",
)
# Candidates: the passages of the first results, and those within this many passages of the first few.
# Measured on the dev split: a wider window (5 results, 2 passages around the first 3) found no more.
GROUPS = 3
AROUND = 1
AROUND_GROUPS = 2
# What the sentences just before a candidate name counts as given (as the title's words do), this
# much of its weight left: the subject named in one sentence, the fact stated in the next.
CONTEXT_SENTENCES = 2
CONTEXT_GIVEN = 0.1
# A sentence that opens with one of these leans on the one before (该鱼, 当日, 这里): its subject or
# its time is there.
CARRIED = re.compile(r"^[“「\"]?(?:它|其|该|該|这|這|此|他|她|他们|她们|當日|当日|当天|當天|当夜|當夜|当晚|當晚|当地|當地|当时|當時|同日|次日|同年|次年|翌年|後來|后来|随后|隨後|之后|之後)")


@dataclass(frozen=True)
class Candidate:
    """One sentence that may answer: where it is, and what the model sees of it."""

    passage: int  # index of its passage
    sentence: int  # its position in the passage's `sentences`
    features: tuple[float, ...]
    folded: str  # the sentence folded for matching


@dataclass(frozen=True)
class Layout:
    """What the chooser reads of the corpus: passages in article order and where articles start."""

    passages: Sequence[Passage]
    article_of: Sequence[int]
    article_starts: Sequence[int]
    canonical: Sequence[int]


def window(layout: Layout, groups: Sequence[int]) -> list[tuple[int, int]]:
    """(passage, result passage it was reached from) for the candidates: those of the first `GROUPS`
    results that are in the best result's article, and the passages within `AROUND` of the first
    `AROUND_GROUPS` of them, originals only.

    Only the best article: the ranking decides which article answers (a chooser free to quote
    another article lost Recall@1 on CMRC's dev split, 0.951 → 0.947, for nothing in the quotes)."""
    seen: dict[int, int] = {}
    article = layout.article_of[groups[0]]
    first, last = layout.article_starts[article], layout.article_starts[article + 1]
    for rank, index in enumerate(g for g in groups[:GROUPS] if layout.article_of[g] == article):
        seen.setdefault(index, index)
        if rank >= AROUND_GROUPS:
            continue
        for j in range(max(first, index - AROUND), min(last, index + AROUND + 1)):
            if layout.canonical[j] == j and not is_metadata(layout.passages[j]):  # lines are quoted when asked
                seen.setdefault(j, index)
    return list(seen.items())


def edge_span(layout: Layout, index: int, article: int, *, last: bool) -> tuple[int, int] | None:
    """Where the last (or first) sentence of passage `index` is (offsets into it); None outside the
    article, in a metadata line or in a passage without sentences."""
    if not 0 <= index < len(layout.passages) or layout.article_of[index] != article or is_metadata(layout.passages[index]):
        return None
    local = layout.passages[index].local_sentences
    if not local:
        return None
    return local[-1] if last else local[0]


def edge_sentence(layout: Layout, folded: Callable[[int], str], index: int, article: int, *, last: bool) -> str:
    """The last (or first) sentence of passage `index`, folded; "" outside the article."""
    span = edge_span(layout, index, article, last=last)
    return folded(index)[span[0] : span[1]] if span is not None else ""


def _share(terms: Mapping[str, float], total: float, text: str) -> float:
    return sum(w for t, w in terms.items() if t in text) / total if total > 0 else 0.0


def trigrams_of(question: Question) -> frozenset[str]:
    return frozenset(run[i : i + 3] for run in question.runs for i in range(len(run) - 2))


# 太阳向点的大致方向是什么, 雾雨魔理沙的爱好是什么: what something has, not what it is; the article's
# first sentence, which says what it is, is no likelier an answer than any other.
_ATTRIBUTE_ASKED = re.compile(r"的[\u4e00-\u9fff]{1,6}(?:是|指)(?:什么|什麼|甚麼)")


@dataclass(frozen=True)
class _Asking:
    """What every candidate is compared with, worked out once per question."""

    question: Question
    raw_total: float
    trigrams: frozenset[str]
    characters: frozenset[str]
    own: tuple[str, ...]  # the question's words: not an answer to itself (`quotes.fits`)
    tag: Callable[[str], list[tuple[str, str]]]
    of_subject: bool = True  # 太阳向点是什么 defines the subject; 太阳向点的大致方向是什么 asks its attribute

    @classmethod
    def of(cls, question: Question, tag: Callable[[str], list[tuple[str, str]]]) -> _Asking:
        return cls(question, sum(question.terms.values()), trigrams_of(question),
                   frozenset(c for run in question.runs for c in run), tuple(question.terms),
                   tag, not _ATTRIBUTE_ASKED.search(question.text))

    def coverage(self, text: str) -> float:
        return _share(self.question.terms, self.raw_total, text)

    def rest(self, title: str) -> tuple[frozenset[str], frozenset[str]]:
        """The question's characters and character pairs the (folded) title does not hold: what the
        quote has to say beyond naming the subject (宏将多利安股份有限公司的创始人 → 创始人)."""
        return (frozenset(c for c in self.characters if c not in title),
                frozenset(b for b in self.question.bigrams if b not in title))


def candidates(layout: Layout, question: Question, groups: Sequence[int], raw_scores: Sequence[float],
               given: Callable[[int], Mapping[str, float]], folded: Callable[[int], str],
               tag: Callable[[str], list[tuple[str, str]]], picked: Callable[[int], tuple[int, int]],
               title: Callable[[int], str]) -> list[Candidate]:
    """Every sentence of the window around the first results, with its features.

    `groups` are the results' passages, best first; `raw_scores` every passage's BM25 score; `given`
    the question's term weights for a passage with its title's words given; `folded` a passage's text
    folded for matching; `picked` the span (offsets into the passage) of the quote `quotes.pick_quote`
    chose inside one passage alone; `title` a passage's title, folded.
    """
    if not groups:
        return []
    asking = _Asking.of(question, tag)
    top = groups[0]
    best = max(float(raw_scores[top]), 1e-9)
    rank_of = {index: rank for rank, index in enumerate(groups)}
    out: list[Candidate] = []
    for index, anchor in sorted(window(layout, groups), key=lambda item: item[0]):
        passage = layout.passages[index]
        text = folded(index)
        local = passage.local_sentences
        sentences = [text[a:b] for a, b in local]
        covs = [asking.coverage(s) for s in sentences]
        # The sentences just outside the passage count as neighbours too (the passage before holds
        # the subject of 当日…).
        article = layout.article_of[index]
        edge = edge_sentence(layout, folded, index - 1, article, last=True)
        before = asking.coverage(edge)
        after = asking.coverage(edge_sentence(layout, folded, index + 1, article, last=False))
        rank = rank_of.get(index)
        placed = (
            min(float(raw_scores[index]) / best, 1.5),
            1.0 / (1 + rank) if rank is not None else 0.0,
            min(abs(index - anchor), AROUND) / AROUND,
        )
        passage_cov = asking.coverage(text)
        chosen_start, chosen_end = picked(index)
        weights = given(index)
        weights_total = sum(weights.values())
        rest = asking.rest(title(index))
        said = spoken(question.asked.speaker, text, local)  # a quotation of several sentences, credited
        for i, sentence in enumerate(sentences):
            lead = i == 0 and index == layout.article_starts[article]
            neighbours = (covs[i - 1] if i > 0 else before, covs[i + 1] if i + 1 < len(sentences) else after)
            context = "\n".join([edge, *sentences[:i]][-CONTEXT_SENTENCES:])
            features = _sentence(asking, sentence, weights, weights_total, rest, covs[i], neighbours, placed, lead=lead,
                                 passage_cov=passage_cov, top=index == top,
                                 picked=chosen_start <= local[i][0] < chosen_end,
                                 context=context, said=i in said)
            out.append(Candidate(index, i, features, sentence))
    return out


def _sentence(asking: _Asking, sentence: str, weights: Mapping[str, float], weights_total: float,
              rest: tuple[frozenset[str], frozenset[str]], cov_raw: float,
              neighbours: tuple[float, float], placed: tuple[float, ...], *, lead: bool, passage_cov: float,
              top: bool, picked: bool, context: str, said: bool = False) -> tuple[float, ...]:
    """One sentence's features, in the order of `FEATURES`. `context` is the sentences before it
    (across the passage boundary): what they name is given, as the title's words are, so the
    sentence that goes on to state the rest (该院1995年…建成, after the one naming 20号院) stands out."""
    question = asking.question
    asked = question.asked
    cue = 2.0 if said else answer_cue(asked, sentence, asking.tag) if asked.cued else 0.0
    sought = bool(asked.kind) or asked.thing is not None  # a kind of answer, or a class of thing (what it eats)
    fit = float(fits(asked, sentence, asking.tag, asking.own)) if sought else 0.0
    cov = _share(weights, weights_total, sentence)
    in_context = {t: (w * CONTEXT_GIVEN if t in context else w) for t, w in weights.items()}
    cov_context = _share(in_context, sum(in_context.values()), sentence)
    bigrams, trigrams, characters = question.bigrams, asking.trigrams, asking.characters
    return (
        cov, cov_raw,
        sum(map(sentence.__contains__, bigrams)) / len(bigrams) if bigrams else 0.0,
        sum(map(sentence.__contains__, trigrams)) / len(trigrams) if trigrams else 0.0,
        *neighbours, float(cue == 1.0), float(cue == 2.0), float(cue == 3.0),
        float(bool(asked.kind) and cue == 0.0), *placed, float(lead),
        math.log1p(len(sentence)) / math.log(300.0),
        float(bool(CARRIED.match(sentence))), passage_cov, float(top), float(picked), fit,
        *_wordings(asking.question.wordings, sentence, lead=lead and asking.of_subject),
        sum(map(sentence.__contains__, characters)) / len(characters) if characters else 0.0,
        fit * cov, fit * max(neighbours), float(sought and not fit) * cov,
        *(sum(map(sentence.__contains__, part)) / len(part) if part else 0.0 for part in rest),
        float(not rest[0]), cov_context, fit * cov_context,
        sum(map(sentence.__contains__, question.next_to)) / len(question.next_to) if question.next_to else 0.0,
    )


def _wordings(wordings: Sequence[re.Pattern[str] | None], sentence: str, *, lead: bool) -> tuple[float, ...]:
    """reason, method, definition, definition asked of the article's first sentence, listing, origin,
    location."""
    found = [float(bool(w is not None and w.search(sentence))) for w in wordings]
    definition_lead = float(wordings[2] is not None and lead)
    return (*found[:3], definition_lead, *found[3:])
