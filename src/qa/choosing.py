"""Which sentence answers: chosen among the best article's sentences, not only inside the best passage.

An article names its subject in the title and the lead, then states the facts later, often in
another passage that never repeats the name (加利福尼亚滑银汉鱼 … 该鱼体长15公分). Picking the quote
inside the best passage alone shows the sentence that names the subject. Here every sentence of the
best article's first results and of the passages around them is a candidate, described by
scale-free features (the share of the question it holds, with what the title already says counted
as given; the question's character pairs and triples; the kind of answer asked for; its
neighbours; its passage's score and distance from the best one), and a small linear model fitted
offline on the dev split of the shared sets (`benchmarks/fit_chooser.py`) picks the one most
likely to hold the answer.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .answer_shape import fits
from .answer_wordings import asks
from .models import Passage
from .question import Question
from .quotes import answer_cue

FEATURES = (
    "cov", "cov_raw", "bigrams", "trigrams", "cov_prev", "cov_next", "cue1", "cue2", "cue3",
    "kind_no_cue", "passage_ratio", "group_rank", "distance", "first_in_article",
    "length", "carried", "passage_cov", "top_passage", "picked", "fits",
    "reason", "method", "definition", "definition_lead", "listing", "origin", "location", "chars",
    "fits_cov", "fits_near", "unfit_cov", "rest_chars", "rest_bigrams", "rest_empty", "cov_context", "fits_context",
    "next_to",
)
MODEL_FILE = "chooser.json"
# Candidates: the passages of the first results, and those within this many passages of the first few.
# Measured on the dev split: a wider window (5 results, 2 passages around the first 3) found no more.
GROUPS = 3
AROUND = 1
AROUND_GROUPS = 2
# The neighbouring sentence is quoted too when the model scores it within this margin of the chosen
# one (the model cannot tell which of the two answers). Dev split, answer in the quote / median quote
# length: margin 0 → CMRC 0.793 / 46 chars, DRCD 0.848 / 47; 2.5 → 0.820 / 52, 0.881 / 54; always
# joining → 0.828 / 89, 0.900 / 87 (two sentences' worth, what the issue allows at most).
JOIN_MARGIN = 2.5
# What the sentences just before a candidate name counts as given (as the title's words do), this
# much of its weight left: the subject named in one sentence, the fact stated in the next.
CONTEXT_SENTENCES = 2
CONTEXT_GIVEN = 0.1
# A sentence that opens with one of these leans on the one before (该鱼, 当日, 这里): its subject or
# its time is there.
CARRIED = re.compile(r"^[“「\"]?(?:它|其|该|該|这|這|此|他|她|他们|她们|當日|当日|当天|當天|当地|當地|当时|當時|同日|次日|同年|次年|翌年|後來|后来|随后|隨後|之后|之後)")


# The same, and a bare place noun standing for the one just named (社区党委书记…, 村里…), in folded
# text: the chosen sentence is then quoted with the one before it.
_LEANS = re.compile(CARRIED.pattern + r"|^[“「\"]?(?:社区|小区|村里|全村|本村|该村|街道|全县|全市|全省)(?![\u4e00-\u9fff]{0,2}[名个])")


@dataclass(frozen=True)
class Candidate:
    """One sentence that may answer: where it is, and what the model sees of it."""

    passage: int  # index of its passage
    sentence: int  # its position in the passage's `sentences`
    features: tuple[float, ...]
    folded: str  # the sentence folded for matching


@dataclass(frozen=True)
class Model:
    """A linear score over `FEATURES`; only the order of scores matters."""

    weights: tuple[float, ...]
    bias: float = 0.0

    def score(self, features: Sequence[float]) -> float:
        return self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))


@lru_cache(maxsize=1)
def load_model() -> Model:
    """The fitted weights shipped in the package (`qa/resources/chooser.json`)."""
    raw = json.loads(resources.files("qa.resources").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    if tuple(raw["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE} was fitted on other features; refit with benchmarks/fit_chooser.py")
    return Model(tuple(float(w) for w in raw["weights"]), float(raw.get("bias", 0.0)))


def _share(terms: Mapping[str, float], total: float, text: str) -> float:
    return sum(w for t, w in terms.items() if t in text) / total if total > 0 else 0.0


def trigrams_of(question: Question) -> frozenset[str]:
    return frozenset(run[i : i + 3] for run in question.runs for i in range(len(run) - 2))


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
            if layout.canonical[j] == j:
                seen.setdefault(j, index)
    return list(seen.items())


@dataclass(frozen=True)
class _Asking:
    """What every candidate is compared with, worked out once per question."""

    question: Question
    raw_total: float
    trigrams: frozenset[str]
    characters: frozenset[str]
    own: tuple[str, ...]  # the question's words: not an answer to itself (`quotes.fits`)
    wordings: tuple[re.Pattern[str] | None, ...]
    tag: Callable[[str], list[tuple[str, str]]]

    @classmethod
    def of(cls, question: Question, tag: Callable[[str], list[tuple[str, str]]]) -> _Asking:
        return cls(question, sum(question.terms.values()), trigrams_of(question),
                   frozenset(c for run in question.runs for c in run), tuple(question.terms),
                   asks(question.text), tag)

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
        for i, sentence in enumerate(sentences):
            lead = i == 0 and index == layout.article_starts[article]
            neighbours = (covs[i - 1] if i > 0 else before, covs[i + 1] if i + 1 < len(sentences) else after)
            context = "\n".join([edge, *sentences[:i]][-CONTEXT_SENTENCES:])
            features = _sentence(asking, sentence, weights, weights_total, rest, covs[i], neighbours, placed, lead=lead,
                                 passage_cov=passage_cov, top=index == top,
                                 picked=chosen_start <= local[i][0] < chosen_end,
                                 context=context)
            out.append(Candidate(index, i, features, sentence))
    return out


def _sentence(asking: _Asking, sentence: str, weights: Mapping[str, float], weights_total: float,
              rest: tuple[frozenset[str], frozenset[str]], cov_raw: float,
              neighbours: tuple[float, float], placed: tuple[float, ...], *, lead: bool, passage_cov: float,
              top: bool, picked: bool, context: str) -> tuple[float, ...]:
    """One sentence's features, in the order of `FEATURES`. `context` is the sentences before it
    (across the passage boundary): what they name is given, as the title's words are, so the
    sentence that goes on to state the rest (该院1995年…建成, after the one naming 20号院) stands out."""
    question = asking.question
    asked = question.asked
    cue = answer_cue(asked, sentence, asking.tag) if asked.kind else 0.0
    fit = float(fits(asked, sentence, asking.tag, asking.own)) if asked.kind else 0.0
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
        *_wordings(asking.wordings, sentence, lead=lead),
        sum(map(sentence.__contains__, characters)) / len(characters) if characters else 0.0,
        fit * cov, fit * max(neighbours), float(bool(asked.kind) and not fit) * cov,
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


def edge_span(layout: Layout, index: int, article: int, *, last: bool) -> tuple[int, int] | None:
    """Where the last (or first) sentence of passage `index` is (offsets into it); None outside the
    article or in a passage without sentences."""
    if not 0 <= index < len(layout.passages) or layout.article_of[index] != article:
        return None
    local = layout.passages[index].local_sentences
    if not local:
        return None
    return local[-1] if last else local[0]


def edge_sentence(layout: Layout, folded: Callable[[int], str], index: int, article: int, *, last: bool) -> str:
    """The last (or first) sentence of passage `index`, folded; "" outside the article."""
    span = edge_span(layout, index, article, last=last)
    return folded(index)[span[0] : span[1]] if span is not None else ""


def _sharper(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
             top: float) -> tuple[Candidate, float]:
    """A sentence giving the date at the precision asked (cue 2 or 3: 1995年 for 哪一年) within
    `JOIN_MARGIN` of a chosen one that gives it loosely (cue 1: 20世纪90年代) is quoted instead. Only
    for dates: for counts it moved DRCD quotes the wrong way (dev, answer in the quote −3)."""
    cue1, cue2, cue3 = (FEATURES.index(n) for n in ("cue1", "cue2", "cue3"))
    if not best.features[cue1] or best.features[cue2] or best.features[cue3]:
        return best, top
    sharper = [c for c in found if (c.features[cue2] or c.features[cue3])
               and scores[c.passage, c.sentence] >= top - JOIN_MARGIN]
    if not sharper:
        return best, top
    chosen = max(sharper, key=lambda c: (scores[c.passage, c.sentence], -c.passage, -c.sentence))
    return chosen, scores[chosen.passage, chosen.sentence]


# A date the asker typed (那2015年底呢, 6月19日那天): the fact asked is the one of that date.
_TYPED_DATE = re.compile(r"(?:1[0-9]|20)\d\d年(?!代)|\d{1,2}月\d{1,2}[日号]|\d{1,2}月")


def typed_dates(question: str) -> tuple[str, ...]:
    """The dates a (folded) question types, as digits: 2015年, 6月19日 (号 read as 日)."""
    return tuple(dict.fromkeys(d.replace("号", "日") for d in _TYPED_DATE.findall(question)))


def _dated(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
           top: float, dates: Sequence[str]) -> tuple[Candidate, float]:
    """A candidate within `JOIN_MARGIN` of the chosen one that holds every date the question typed,
    when the chosen one does not: 那2015年底又整合了多少条 is answered by 2015年12月底,81条, not by
    去年4月,21条 of the same paragraph."""
    before = {(c.passage, c.sentence): c.folded for c in found}

    def holds(c: Candidate) -> bool:  # in the sentence, or the one before it (1922年6月…。當時…)
        text = before.get((c.passage, c.sentence - 1), "") + c.folded
        return all(d in text for d in dates)

    if not dates or holds(best):
        return best, top
    dated = [c for c in found if holds(c) and scores[c.passage, c.sentence] >= top - JOIN_MARGIN]
    if not dated:
        return best, top
    chosen = max(dated, key=lambda c: (scores[c.passage, c.sentence], -c.passage, -c.sentence))
    return chosen, scores[chosen.passage, chosen.sentence]


@dataclass(frozen=True)
class Choice:
    """The sentence to quote, and the neighbour quoted with it (same passage), if any."""

    best: Candidate
    neighbour: Candidate | None = None

    @property
    def sentences(self) -> tuple[int, int]:
        """First and last sentence quoted, positions in the passage."""
        other = self.neighbour.sentence if self.neighbour is not None else self.best.sentence
        return min(self.best.sentence, other), max(self.best.sentence, other)


def choose(found: Sequence[Candidate], model: Model | None = None, kind: str | None = None,
           dates: Sequence[str] = ()) -> Choice | None:
    """The candidate the model scores highest (ties: the earlier passage, the earlier sentence),
    with its neighbour in the passage when that scores within `JOIN_MARGIN` of it; one close
    behind holding the `dates` the question typed wins (`_dated`), and for a date question
    (`kind`), a sharper date close behind it (`_sharper`)."""
    if not found:
        return None
    model = model or load_model()
    scores = {(c.passage, c.sentence): model.score(c.features) for c in found}
    best = max(found, key=lambda c: (scores[c.passage, c.sentence], -c.passage, -c.sentence))
    top = scores[best.passage, best.sentence]
    best, top = _dated(found, scores, best, top, dates)
    if kind == "date":  # 哪一年建成: 该院1995年…建成, not the decade 纪玉芝 moved in (20世纪90年代)
        best, top = _sharper(found, scores, best, top)
    if _LEANS.match(best.folded):
        # 社区党委书记谢华娟说…, 当日…: whom or when it speaks of is in the sentence before; quote both.
        before = next((c for c in found if c.passage == best.passage and c.sentence == best.sentence - 1), None)
        if before is not None:
            return Choice(best, before)
    near = [c for c in found if c.passage == best.passage and abs(c.sentence - best.sentence) == 1
            and scores[c.passage, c.sentence] >= top - JOIN_MARGIN]
    neighbour = max(near, key=lambda c: (scores[c.passage, c.sentence], -c.sentence), default=None)
    return Choice(best, neighbour)
