"""Quoting: the sentence(s) each passage shows for one request, worked out once per passage.

Ranking asks for the quotes of its first twenty results, the chooser for the sentences around them,
judging for the best one's, and the hits for the shown ones: the same passages, many times over. A
`Request` carries the question, read once, and everything quoting worked out for it, so each passage
is folded, and its quote picked (`quotes.pick_quote`), once per request.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from . import sentence_features
from .asked import Asked
from .choosing import Choice
from .question import Question
from .question import read as read_question
from .quotes import Quote, answer_cue, coverage, pick_quote
from .sentence_features import Candidate
from .served import Corpus
from .structure import is_metadata
from .text import fold

# A question word the passage's title already holds weighs this share when the quote is picked: the
# title names the subject (莫德惠), the quote should hold the rest (哪里人 → 吉林双城人). Measured on
# the dev split of CMRC/DRCD (docs/EVALUATION.md): answer in the top quote 0.673 → 0.750 on CMRC.
GIVEN_WEIGHT = 0.1
MIN_QUOTE_CHARS = 12  # a shorter chosen sentence is quoted with the next one (as `pick_quote` does)


@dataclass
class Request:
    """One question asked of a corpus: the question as read once, and what ranking and quoting
    worked out for it. Not frozen: it memoises per passage, and ranking leaves every passage's
    BM25 score here for the steps after it."""

    question: Question
    quotes: dict[int, Quote] = field(default_factory=dict)  # the quote shown, once per passage
    picks: dict[int, Quote] = field(default_factory=dict)  # pick_quote's sentence, once per passage
    given: dict[str, dict[str, float]] = field(default_factory=dict)  # title → term weights, its words given
    folded: dict[int, str] = field(default_factory=dict)  # passage → its text folded, once per request
    titles: dict[str, str] = field(default_factory=dict)  # title → folded
    scores: np.ndarray | None = None  # every passage's BM25 score, once ranked
    defined: int | None = None  # the passage saying who the asked-about person is (`ranking.defined`)

    @classmethod
    def read(cls, text: str, corpus: Corpus) -> Request:
        """The request for a question's text, read once with the corpus's tokeniser and vocabulary."""
        return cls(read_question(text, corpus.tokenizer, corpus.index, speller=lambda: corpus.speller))

    @property
    def terms(self) -> Mapping[str, float]:
        return self.question.terms

    @property
    def asked(self) -> Asked:
        return self.question.asked


def credited(corpus: Corpus, request: Request, index: int) -> str:
    """Whom the article of passage `index` credits (its byline lines, folded), when the question
    names someone no searched passage holds (张国珍说第一目标是啥: the author, printed only in the
    byline); "" otherwise, so that the metadata is read only for such questions."""
    if not any(t.named and not t.in_corpus for t in request.question.key_terms):
        return ""
    return corpus.credits_by_article.get(corpus.article_of[index], "")


def said_above(corpus: Corpus, request: Request, index: int) -> str:
    """What the article of passage `index` says before any passage (folded): its title, and the
    people its byline credits when the question names someone no passage holds (`credited`)."""
    return folded_title(corpus, request, index) + "\n" + credited(corpus, request, index)


def given(corpus: Corpus, request: Request, index: int) -> dict[str, float]:
    """The question's term weights for one passage, the words its title (and the people its byline
    credits) already say given (`said_above`)."""
    title = corpus.passages[index].title
    if title not in request.given:
        said = said_above(corpus, request, index)
        request.given[title] = {w: (v * GIVEN_WEIGHT if w in said else v) for w, v in request.terms.items()}
    return request.given[title]


def folded_title(corpus: Corpus, request: Request, index: int) -> str:
    """A passage's title, folded (once per title and request)."""
    title = corpus.passages[index].title
    if title not in request.titles:
        request.titles[title] = fold(title, convert_script=corpus.settings.convert_script)
    return request.titles[title]


def folded(corpus: Corpus, request: Request, index: int) -> str:
    """A passage's text, folded for matching (once per request)."""
    if index not in request.folded:
        request.folded[index] = fold(corpus.passages[index].text, convert_script=corpus.settings.convert_script)
    return request.folded[index]


def sentences(corpus: Corpus, request: Request, index: int) -> list[str]:
    """A passage's sentences, folded."""
    text = folded(corpus, request, index)
    return [text[a:b] for a, b in corpus.passages[index].local_sentences]


def quote(corpus: Corpus, request: Request, index: int) -> Quote:
    """The quote of one passage for this question: the chooser's sentence for the passage it chose
    (`ranking.chosen_first`), else the one `picked` finds."""
    if index not in request.quotes:
        request.quotes[index] = picked(corpus, request, index)
    return request.quotes[index]


def picked(corpus: Corpus, request: Request, index: int) -> Quote:
    """The sentence `pick_quote` finds inside this passage alone, picked once per request."""
    if index not in request.picks:
        passage = corpus.passages[index]
        local = passage.local_sentences
        # What the title already says is given: the quote is the sentence holding the rest.
        terms = given(corpus, request, index)
        request.picks[index] = pick_quote(passage.text, local, terms, request.asked, corpus.tokenizer.tag,
                                          bigrams=request.question.bigrams,
                                          convert_script=corpus.settings.convert_script,
                                          folded=folded(corpus, request, index))
    return request.picks[index]


def span(corpus: Corpus, request: Request, index: int) -> tuple[int, int]:
    """Where a passage's own quote is (offsets into the passage)."""
    own = picked(corpus, request, index)
    return own.start, own.end


def candidates(corpus: Corpus, request: Request, results: Sequence[int]) -> list[Candidate]:
    """The sentences around the first results (their passages, best first) that may answer
    (see `qa.sentence_features`)."""
    scores = request.scores if request.scores is not None else np.zeros(len(corpus.passages))
    return sentence_features.candidates(
        corpus.layout, request.question, list(results), scores, lambda i: given(corpus, request, i),
        lambda i: folded(corpus, request, i), corpus.tokenizer.tag, lambda i: span(corpus, request, i),
        lambda i: folded_title(corpus, request, i))


# A sentence that lists what the one before it announced: 目前在美国有三个正式的日本街。分别是旧金山…
_LISTED = re.compile(r"[\s“「]*(?:分别是|分别为|分別是|分別為|依次是|依次为|依次為|包括|即)")


def chosen_quote(corpus: Corpus, request: Request, index: int, choice: Choice) -> Quote:
    """The quote of the chosen sentence (with its neighbour, when joined), one more sentence
    when it is too short to read alone."""
    passage = corpus.passages[index]
    local = passage.local_sentences
    first, last = choice.sentences
    whole = folded(corpus, request, index)
    if last + 1 < len(local) and (local[last][1] - local[first][0] < MIN_QUOTE_CHARS
                                  or _LISTED.match(whole, local[last + 1][0])):
        last += 1  # too short to read alone, or what it announces follows (…有三个日本街。分别是…)
    start, end = local[first][0], local[last][1]
    text = whole[start:end]
    cue = answer_cue(request.asked, text, corpus.tokenizer.tag) if request.asked.cued else 0.0
    return Quote(start, end, picked(corpus, request, index).score, cue, coverage(request.terms, text), text)


def leaning_on(corpus: Corpus, index: int, quote: Quote) -> tuple[int, int, int] | None:
    """The sentence right before the quote, as (passage, start, end) offsets into that passage, when
    the quote opens leaning on it (该院, 它, 当日: `sentence_features.CARRIED`); None otherwise. It
    may end the paragraph before, in the same article: 该院1995年…建成 opens a paragraph."""
    if not sentence_features.CARRIED.match(quote.folded):
        return None
    local = corpus.passages[index].local_sentences
    inside = [(a, b) for a, b in local if b <= quote.start]
    if inside:
        return (index, *inside[-1])
    if not local or quote.start != local[0][0]:
        return None
    before = sentence_features.edge_span(corpus.layout, index - 1, corpus.article_of[index], last=True)
    return (index - 1, *before) if before is not None else None


def lead_in(corpus: Corpus, index: int, quote: Quote) -> str:
    """The verbatim sentence `leaning_on` finds, "" when the quote leans on nothing."""
    found = leaning_on(corpus, index, quote)
    if found is None:
        return ""
    passage, a, b = found
    return corpus.passages[passage].text[a:b]


def next_quote(corpus: Corpus, request: Request, index: int, after: int) -> tuple[int, Quote] | None:
    """后来呢: the next two sentences the document says after offset `after` of passage `index` — in
    the passage, else the first of the article's next passage that is text (not a byline line) —
    as one quote (what happened next is seldom one sentence on); None when the article ends there."""
    _, last = corpus.article_bounds(index)
    for i in range(index, last):
        if i != index and (corpus.canonical[i] != i or is_metadata(corpus.passages[i])):
            continue
        local = [(a, b) for a, b in corpus.passages[i].local_sentences if i != index or a >= after]
        if not local:
            continue
        start, end = local[0][0], local[min(1, len(local) - 1)][1]
        text = folded(corpus, request, i)[start:end]
        return i, Quote(start, end, 0.0, 0.0, coverage(request.terms, text), text)
    return None

