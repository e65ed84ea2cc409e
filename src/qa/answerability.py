"""Should we answer at all? Scale-free evidence about the best hit, and a small fitted model.

A raw BM25 score cannot tell a right answer from a confident wrong one: `依兰陨石坑有多大？` scores
like a right answer although the documents never give its size. What does tell them apart is
measured per question, on any corpus: how much of the question's weight (corpus IDF × specificity
in general Chinese) the cited passage, its article and the quoted sentence hold; whether the most
specific word is missing; whether the quote holds the kind of answer asked for; how far the best
result stands above the best one from another article (the quote may come from any passage of the
best article: `qa.choosing`). A logistic regression over these features, fitted offline by
`benchmarks/fit_answerability.py` on questions asked of their own corpus and of a corpus that lacks
their passage, gives a probability; `Settings.answer_threshold` is the operating point.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .answer_shape import ENDS_A_PLACE
from .asked_things import names_the_class
from .name_shape import ORG_NAME
from .question import KeyTerm, Question
from .text import fold

FEATURES = (
    "cov_passage", "cov_article", "cov_quote", "cov_title", "top_missing", "missing_specific",
    "unknown_share", "cue", "kind_without_cue", "margin", "strength", "key_terms",
    "bigrams_passage", "bigrams_quote", "longest_run", "found_specific", "missing_terms", "fits", "named_missing", "named_fits", "rare_found", "complete", "corpus_size",
)
MODEL_FILE = "answerability.json"
# "Not stated" rather than "not found": the cited article names the subject, the answer is not there.
NOT_STATED_COVERAGE = 0.6  # the cited article must hold this much of the question to be "related"


def covered(terms: Sequence[KeyTerm], haystack: str) -> list[float]:
    """For each term, how much of it the folded haystack holds: 1 when present; for a long Han word
    absent as a whole, half the share of its bigrams present (陨石坑 vs 陨石 …)."""
    out = []
    for term in terms:
        word = term.word
        if word in haystack:
            out.append(1.0)
        elif len(word) >= 3:
            pairs = [word[i : i + 2] for i in range(len(word) - 1)]
            out.append(0.5 * sum(p in haystack for p in pairs) / len(pairs))
        else:
            out.append(0.0)
    return out


def longest_common(runs: Sequence[str], haystack: str) -> int:
    """The longest piece of any run found verbatim in the haystack (in characters)."""
    best = 0
    for run in runs:
        for start in range(len(run) - best):
            length = best + 1
            while start + length <= len(run) and run[start : start + length] in haystack:
                best = length
                length += 1
    return best


def _share(weights: Sequence[float], found: Sequence[float]) -> float:
    total = sum(weights)
    return sum(w * f for w, f in zip(weights, found, strict=True)) / total if total > 0 else 0.0


@dataclass(frozen=True)
class Evidence:
    """What the best hit says about the question, as named features (all roughly 0…1)."""

    features: Mapping[str, float]
    subject_found: bool  # the question's most specific word is in the cited article
    fits: bool  # the quote holds the kind of fact asked for (always True when no kind is asked)
    # How much of the question's weight the article holds, what it asks for left out (丈夫 of
    # 华雨辰的丈夫叫什么): enough, and the documents mention what it is about.
    about_coverage: float = 0.0

    def vector(self) -> list[float]:
        return [self.features[name] for name in FEATURES]


def evidence(question: Question, *, passage: str, title: str, article: str, quote: str, cue: float,
             best: float, second: float, strength: float, fits: bool, rarest: float,
             passages: int) -> Evidence:
    """Features of the best hit. Texts are folded (as `text.fold` gives them)."""
    terms = question.key_terms
    weights = [t.weight for t in terms]
    in_article = covered(terms, title + "\n" + article)
    in_passage = covered(terms, title + "\n" + passage)
    heaviest = max(range(len(terms)), key=lambda i: (terms[i].specificity, weights[i]), default=None)
    total = sum(weights) or 1.0
    missing = [w * t.specificity * (1.0 - f) for t, w, f in zip(terms, weights, in_article, strict=True)]
    features = {
        "cov_passage": _share(weights, in_passage),
        "cov_article": _share(weights, in_article),
        "cov_quote": _share(weights, covered(terms, quote)),
        "cov_title": _share(weights, covered(terms, title)),
        "top_missing": 1.0 - in_article[heaviest] if heaviest is not None else 1.0,
        "missing_specific": sum(missing) / total,
        "unknown_share": sum(w for t, w in zip(terms, weights, strict=True) if not t.in_corpus) / total,
        "cue": cue / 3.0 if question.kind else 0.5,
        "kind_without_cue": 1.0 if question.kind and cue == 0 else 0.0,
        "margin": (best - second) / best if best > 0 else 0.0,
        "strength": strength,
        "key_terms": min(1.0, math.log1p(sum(t.specificity for t in terms)) / math.log(8.0)),
    }
    bigrams = question.bigrams
    content = sum(len(run) for run in question.runs) or 1
    features["bigrams_passage"] = sum(b in passage for b in bigrams) / len(bigrams) if bigrams else 0.0
    features["bigrams_quote"] = sum(b in quote for b in bigrams) / len(bigrams) if bigrams else 0.0
    features["longest_run"] = longest_common(question.runs, passage) / content
    found_mass = sum(t.specificity * f for t, f in zip(terms, in_passage, strict=True))
    features["found_specific"] = min(1.0, math.log1p(found_mass) / math.log(8.0))
    features["missing_terms"] = min(1.0, sum(1 for t, f in zip(terms, in_article, strict=True)
                                             if t.specificity >= 0.5 and f < 1.0) / 3.0)
    features["named_missing"] = min(1.0, sum(1.0 - f for t, f in zip(terms, in_article, strict=True) if t.named) / 2.0)
    named = [f for t, f in zip(terms, in_passage, strict=True) if t.named]
    features["named_fits"] = 1.0 if question.kind and fits and named and min(named) >= 1.0 else 0.0
    # A rare specific word found in the passage pins the article down, however short the question.
    features["rare_found"] = max((t.idf * t.specificity / rarest for t, f in zip(terms, in_passage, strict=True)
                                  if f >= 1.0 and t.in_corpus), default=0.0) if rarest > 0 else 0.0
    features["fits"] = (1.0 if fits else 0.0) if question.kind else 0.5
    features["corpus_size"] = min(1.0, math.log10(max(passages, 1)) / 6.0)  # 10 → 0.17, 1M → 1
    # Every word of the question in the cited passage, and the kind of fact asked for in its quote.
    features["complete"] = 1.0 if fits and min(in_passage, default=0.0) >= 1.0 else 0.0
    about = _about(question)
    subject = about is not None and in_article[about] >= 1.0
    of_subject = [(w, f) for t, w, f in zip(terms, weights, in_article, strict=True) if not _asked_for(question, t.word)]
    about_coverage = _share([w for w, _ in of_subject], [f for _, f in of_subject])
    return Evidence(features, subject, fits, about_coverage)


def _about(question: Question) -> int | None:
    """The question's most specific word, leaving out what it asks for: the class a brand or an
    illness question asks (牌子 of 网周村山芋粉丝是啥牌子的: the subject is 山芋粉丝), the kin or office
    whose holder it asks (丈夫 of 华雨辰的丈夫叫什么: the subject is 华雨辰), the thing it asks which one
    of (实验室 of 哪个实验室); None when nothing is left."""
    terms = question.key_terms
    kept = [i for i, t in enumerate(terms) if not _asked_for(question, t.word)]
    return max(kept, key=lambda i: (terms[i].specificity, terms[i].weight), default=None)


def _asked_for(question: Question, word: str) -> bool:
    asked = question.asked
    return ((asked.thing is not None and names_the_class(word)) or (bool(asked.role) and word == fold(asked.role))
            or (bool(asked.which) and word == asked.which))


@dataclass(frozen=True)
class Model:
    """Logistic regression: P(the best hit answers) = σ(intercept + coef · features)."""

    coef: tuple[float, ...]
    intercept: float
    threshold: float  # the default operating point (Settings.answer_threshold overrides it)
    version: int = 1

    def probability(self, found: Evidence) -> float:
        z = self.intercept + sum(c * x for c, x in zip(self.coef, found.vector(), strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        return json.dumps({"version": self.version, "features": list(FEATURES), "coef": list(self.coef),
                           "intercept": self.intercept, "threshold": self.threshold}, indent=1)


@lru_cache(maxsize=1)
def load_model() -> Model:
    """The fitted weights shipped in the package (`qa/resources/answerability.json`)."""
    raw = json.loads(resources.files("qa").joinpath("resources", MODEL_FILE).read_text(encoding="utf-8"))
    if list(raw["features"]) != list(FEATURES):
        raise ValueError(f"{MODEL_FILE} was fitted on other features: refit with benchmarks/fit_answerability.py")
    return Model(tuple(float(c) for c in raw["coef"]), float(raw["intercept"]), float(raw["threshold"]),
                 int(raw.get("version", 1)))


@dataclass(frozen=True)
class Verdict:
    """Whether the best hit answers the question, and why not when it does not."""

    answerable: bool
    probability: float
    reason: str | None  # "no-match" or "not-stated" when not answerable
    evidence: Evidence
    doc_id: str  # the best hit's document
    subject: str | None = None  # what the documents mention, for "not stated", as the asker wrote it
    subject_word: str = ""  # the same, folded, as quotes are matched
    threshold: float = 0.5  # the operating point it was decided at
    stated_at: int | None = None  # the passage near the best hit that states the fact its quote lacks


def subject_of(question: Question, found: Evidence, article: str = "") -> tuple[str, str] | None:
    """The question's subject when the cited article names it (for "mentioned, but not stated"):
    the run of words around its most specific word, as the asker wrote it, and that word folded.
    The run only when the (folded) `article` holds each of its words (娄底微心愿: 娄底 and 微心愿, apart):
    北京12345热线 asked of an article on 成都's is not mentioned, 12345热线 is."""
    if not found.subject_found or found.about_coverage < NOT_STATED_COVERAGE:
        return None
    # One character names nothing to mention (句 of 他说了句什么话 asked with no turn before it).
    terms = [t for t in question.key_terms if t.specificity >= 0.5 and len(t.word) >= 2
             and not _asked_for(question, t.word) and not _MAGNITUDE.fullmatch(t.word)]
    if not terms:
        return None
    heaviest = max(terms, key=lambda t: (t.specificity, t.weight, len(t.word)))
    run = next((r for r in question.runs if heaviest.word in r), heaviest.word)
    if not (article and run in article and _ends_a_name(run)):  # 水南画眉站, named so: kept whole
        run = _trimmed(run, [t.word for t in question.key_terms if t.specificity < WEAK_AT_THE_EDGE and t.word != heaviest.word])
    if len(run) > _LONGEST or (article and not all(t.word in article for t in question.key_terms if t.word in run)):
        # The longest piece of the run around the word that the article holds, not cutting a number
        # (12345热线 of 北京12345热线; 江汉北路社区42号小区 of …42号小区加装电梯).
        at = run.find(heaviest.word)
        end = at + len(heaviest.word)
        pieces = [run[a:b] for a in range(at + 1) for b in range(end, len(run) + 1)
                  if b - a <= _LONGEST and not _inside_a_number(run, a) and not _inside_a_number(run, b)
                  and (not article or run[a:b] in article)]
        run = max(pieces, key=len, default=heaviest.word)
    return question.surface(run), heaviest.word


# The longest subject said back to the asker (中国科学院广州地球化学研究所 is fourteen characters).
_LONGEST = 14


def _ends_a_name(run: str) -> bool:
    """Does the run end as a place's or a body's name ends (水南画眉站, 地球化学研究所)? Then it is a
    name, whatever weighs little in it."""
    return bool(ENDS_A_PLACE.search(run)) or any(m.end() == len(run) for m in ORG_NAME.finditer(run))


# A magnitude with its measure word (万名 of 多了多少万名, 亿元) is how much is asked, not what about.
_MAGNITUDE = re.compile(r"[万萬亿億千百多余餘几幾]+[\u4e00-\u9fff]?")


# A word this general at either end of the subject's run is no part of what the documents mention
# (得 of 袁宝柱得了啥病: 资料提到了“袁宝柱”, not “袁宝柱得”).
WEAK_AT_THE_EDGE = 0.3


def _inside_a_number(text: str, at: int) -> bool:
    """Is position `at` of the text between two digits (2|00多个)?"""
    return 0 < at < len(text) and text[at - 1].isdigit() and text[at].isdigit()


def _trimmed(run: str, weak: Sequence[str]) -> str:
    """The run without the weak words at its ends."""
    trimmed = True
    while trimmed:
        trimmed = False
        for word in weak:
            if len(run) > len(word) and run.endswith(word):
                run, trimmed = run[: -len(word)], True
            if len(run) > len(word) and run.startswith(word):
                run, trimmed = run[len(word) :], True
    return run
