"""Inside a retrieved passage, pick the sentence that answers and mark the matched terms.

A passage is up to four sentences; a user wants the one that holds the answer. Sentences are
scored by the IDF of the question words they contain, plus a cue for the kind of question:
多少/几 wants a number with its measure word, 谁 a person, 哪里 a place, 何时 a date.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .asked import Asked
from .asked_slot import slot_spans
from .name_shape import NAME_TAGS
from .named_people import SAYING, said_by
from .occurrences import followed_by, starts
from .place_shape import said_where
from .question_kinds import YEAR
from .text import fold

Span = tuple[int, int]


_NUMBER_A = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?\s*(?:多)?\s*[万萬亿億千百]?(?:多)?[名个個位人户戶件家条條项項岁歲场場次元%％万萬亿億座只台所天年月]"
                       r"|[一二两兩三四五六七八九十百千万萬亿億]+(?:多)?[名个個位人户戶件家条條项項岁歲场場次元座只]")
# A year from 1000 on (起建于1896年), or one counted from the era (公元前221年).
_DATE_A = re.compile(YEAR + r"|\d{1,2}月|\d{1,2}日|年代|上半年|下半年|今年|去年|前年|明年|世纪|世紀|[春夏秋冬]季|初|底"
                     r"|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}")  # a page's header date: 2020-09-17 11:07 來源: 新華社

CUE_BONUS = {0.0: 0.0, 1.0: 1.0, 2.0: 3.0, 3.0: 5.0}
# The question's character pairs found in a sentence, as a share of the top term weight: a paraphrase
# keeps the question's wording beyond its words (+0.5 points of answer-in-quote on the dev split).
BIGRAM_WEIGHT = 1.0


@dataclass(frozen=True)
class Quote:
    start: int  # offsets into the passage text
    end: int
    score: float
    cue: float = 0.0  # 3/2: a count of the asked-for thing / with its measure word; 1: the right kind
    coverage: float = 0.0  # share of the question's term weight inside the quoted sentence(s)
    folded: str = ""  # the quote folded for matching (same length), for `highlights`


def highlighted(term: str) -> bool:
    """Is a question word marked in quotes? Not a lone digit or Latin letter (5 of 前5个月), which
    would light up every number."""
    return len(term) > 1 or not term.isascii()


def highlights(quote: Quote, terms: Sequence[str]) -> tuple[Span, ...]:
    """The question's words in the quote (offsets into it). Only shown hits need them, so they are
    found here rather than for every passage the ranking quotes."""
    return tuple(find_spans(quote.folded, [t for t in terms if highlighted(t)]))


def _cue(asked: Asked, sentence: str, tag: Callable[[str], list[tuple[str, str]]]) -> float:
    """How strongly a sentence looks like the answer to this kind of question (0 to 3).

    3: a number with the asked-for measure word counting the asked-for thing (200多名社区党员);
    2: a number with the measure word, a span of time for 多久, a date as precise as asked (哪天 →
    10月1日), a name of the asked-for form (哪所学校 → 钢花小学); 1: an answer of the right kind (a
    number, a date, a name).
    """
    kind = asked.kind
    if not kind and asked.speaker:  # 刘小辉说了句什么话: his words, quoted and said to be his
        return 2.0 if said_by(asked.speaker, sentence) else 0.0
    if not kind and asked.member is not None:  # 依兰陨石坑是什么形状的: 月牙形, not 形状罕见
        return 2.0 if asked.member.search(sentence) else 0.0
    if kind == "number":
        if asked.duration is not None and asked.duration.search(sentence):
            return 2.0
        if asked.count is not None and asked.count.search(sentence):
            return 3.0
        if asked.measured is not None and asked.measured.search(sentence):
            return 2.0
        return 1.0 if _NUMBER_A.search(sentence) else 0.0
    if kind == "date":
        if asked.precise is not None and asked.precise.search(sentence):
            return 2.0
        return 1.0 if _DATE_A.search(sentence) else 0.0
    if asked.named is not None and asked.named.search(sentence):
        return 2.0
    if asked.slot is not None and kind != "place" and slot_spans(asked.slot, sentence):
        # 孙权派吕岱前往 for 孙权派谁前往: a name where the question's 谁 stands. A place's frame (位于哪里)
        # only lets a sentence without a place name answer (`answer_shape.fits`): it ranks none.
        return 2.0
    if kind in NAME_TAGS:
        tagged = tag(sentence)
        named = any(flag in NAME_TAGS[kind] for _, flag in tagged)
        return 1.0 if named or (kind == "place" and said_where(tagged, ())) else 0.0  # 在马德里 (nr)
    return 0.0


def spoken(speaker: str, folded: str, sentences: Sequence[Span]) -> frozenset[int]:
    """The sentences (positions in `sentences`, offsets into the folded passage) of a quotation the
    speaker is credited with when it runs over several: followed by their name (or 他/她) and a verb
    of saying (“…;…;…更深。”在…张凤珍看来, “…。…”张立春说), or preceded by them (她说:“…!…”)."""
    if not speaker:
        return frozenset()
    out: set[int] = set()
    for quotation in _QUOTATION.finditer(folded):
        after, before = folded[quotation.end() : quotation.end() + 40], folded[max(0, quotation.start() - 24) : quotation.start()]
        if _credited_after(speaker, after) or _credited_before(speaker, before):
            out |= {i for i, (a, b) in enumerate(sentences) if a < quotation.end() and b > quotation.start()}
    return frozenset(out)


_QUOTATION = re.compile(r"[“「][^”」]{4,}[”」]")
# Who is credited with a quotation, by a pronoun or (found with `str.find`) the speaker's name: they
# are named within 24 characters after it, then a verb of saying within 12 (”张立春说, ”在…张凤珍看来),
# or right before it, saying (她说:“).
_BY_PRONOUN_AFTER = re.compile(rf"[^。“”「」]{{0,24}}?(?<![其吉])[他她][^。“”「」]{{0,12}}?(?:{SAYING}|看来|看來)")
_SAYING_AFTER = re.compile(rf"[^。“”「」]{{0,12}}?(?:{SAYING}|看来|看來)")
_BY_PRONOUN_BEFORE = re.compile(rf"(?<![其吉])[他她][^。“”「」]{{0,12}}?{SAYING}[:：,，]?\s*$")
_SAYING_BEFORE = re.compile(rf"[^。“”「」]{{0,12}}?{SAYING}[:：,，]?\s*$")
_NOT_BETWEEN = re.compile(r"[。“”「」]")  # never between the quotation and the name


def _credited_after(speaker: str, after: str) -> bool:
    """Is the quotation credited to the speaker (or 他/她) in the text `after` it: named within its
    first 24 characters, no full stop or quotation mark before, a verb of saying within 12 after? What
    one pattern holding the name would tell, without compiling a pattern per speaker."""
    if _BY_PRONOUN_AFTER.match(after):
        return True
    stop = _NOT_BETWEEN.search(after)
    reach = min(24, stop.start() if stop else len(after))
    return any(_SAYING_AFTER.match(after, at + len(speaker)) for at in starts(after[: reach + len(speaker)], speaker))


def _credited_before(speaker: str, before: str) -> bool:
    """Is the quotation credited to the speaker (or 他/她) saying it, at the end of the text `before`
    it? What one pattern holding the name would tell, without compiling a pattern per speaker."""
    return _BY_PRONOUN_BEFORE.search(before) is not None or followed_by(before, speaker, _SAYING_BEFORE) is not None


def answer_cue(asked: Asked, sentence: str, tag: Callable[[str], list[tuple[str, str]]]) -> float:
    """How strongly a folded sentence looks like the answer asked for (0 to 3; see `_cue`)."""
    found = _untagged_cue(asked, sentence)
    return _cue(asked, sentence, tag) if found is None else found


def _untagged_cue(asked: Asked, sentence: str) -> float | None:
    """`_cue` where it needs no part-of-speech tags; None where only tagging can tell (0 or 1)."""
    if (asked.kind in NAME_TAGS and (asked.named is None or not asked.named.search(sentence))
            and (asked.slot is None or asked.kind == "place" or not slot_spans(asked.slot, sentence))):
        return None
    return _cue(asked, sentence, _no_tags)


def _no_tags(sentence: str) -> list[tuple[str, str]]:
    return []


def find_spans(folded: str, terms: Sequence[str]) -> list[Span]:
    """Non-overlapping occurrences of the terms (longest first, then in the order given), merged
    when adjacent. Not `set(terms)`: its order changes with the process's hash seed, so the bot
    and the REPL highlighted 全國人民代表 differently for the same answer."""
    taken: list[Span] = []
    for term in sorted(dict.fromkeys(terms), key=len, reverse=True):
        if not term:
            continue
        pos = folded.find(term)
        while pos != -1:
            span = (pos, pos + len(term))
            if all(span[1] <= a or span[0] >= b for a, b in taken):
                taken.append(span)
            pos = folded.find(term, pos + len(term))
    taken.sort()
    merged: list[Span] = []
    for span in taken:
        if merged and span[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span[1]))
        else:
            merged.append(span)
    return merged


def pick_quote(
    passage_text: str,
    sentences: Sequence[Span],
    terms: dict[str, float],
    asked: Asked,
    tag: Callable[[str], list[tuple[str, str]]],
    *,
    convert_script: bool = True,
    min_chars: int = 12,
    bigrams: frozenset[str] = frozenset(),
    folded: str | None = None,
) -> Quote:
    """The best sentence (or two, when the best is very short) of a passage for this question.

    `sentences` are offsets into `passage_text`; `terms` maps folded question words to weights;
    `asked` is the question's `read_question`; `folded` is the passage already folded the same way,
    when the caller has it (a request folds each passage once).
    """
    folded_passage = folded if folded is not None else fold(passage_text, convert_script=convert_script)
    top = max(terms.values(), default=1.0)
    texts = [folded_passage[start:end] for start, end in sentences]
    term_scores = _term_scores(texts, terms, bigrams, top)
    cues = _Cues.of(asked, texts, tag)
    for i in spoken(asked.speaker, folded_passage, sentences) if asked.speaker else ():
        cues.known[i] = 2.0  # inside a quotation of several sentences credited to the speaker
    score, position = _best_sentence(term_scores, cues, top)
    start, end = sentences[position]
    cue_here = cues(position)
    if asked.kind:
        start, end, cue_here = _with_neighbour(sentences, texts, terms, cues, position)
    if end - start < min_chars and position + 1 < len(sentences):
        end = max(end, sentences[position + 1][1])
    folded_quote = folded_passage[start:end]
    return Quote(start, end, score, cue_here, coverage(terms, folded_quote), folded_quote)


def _term_scores(texts: Sequence[str], terms: Mapping[str, float], bigrams: frozenset[str],
                 top: float) -> list[float]:
    """Each (folded) sentence's weight of the question's words, plus, since a paraphrase keeps the
    question's wording beyond its words, a share of `top` for its character pairs."""
    term_scores = [sum(weight for word, weight in terms.items() if word in folded) for folded in texts]
    if bigrams:
        share = BIGRAM_WEIGHT * top / len(bigrams)
        term_scores = [ts + share * sum(map(folded.__contains__, bigrams))
                       for ts, folded in zip(term_scores, texts, strict=True)]
    return term_scores


@dataclass
class _Cues:
    """Each sentence's cue (`_cue`), tagging it only when asked: a person, place or organisation
    question tags a sentence (rjieba's POS tagger, ~20 µs) only when its cue can still decide the
    quote. Not frozen: it keeps each cue once tagged."""

    asked: Asked
    texts: Sequence[str]
    tag: Callable[[str], list[tuple[str, str]]]
    known: list[float | None]  # None: only tagging can tell (0 or 1)

    @classmethod
    def of(cls, asked: Asked, texts: Sequence[str], tag: Callable[[str], list[tuple[str, str]]]) -> _Cues:
        return cls(asked, texts, tag, [_untagged_cue(asked, folded) if asked.cued else 0.0
                                       for folded in texts])

    def __call__(self, i: int) -> float:
        """Sentence i's cue, tagging it now if it must be."""
        found = self.known[i]
        if found is None:
            found = self.known[i] = _cue(self.asked, self.texts[i], self.tag)
        return found


def _best_sentence(term_scores: Sequence[float], cues: _Cues, top: float) -> tuple[float, int]:
    """The best sentence's score and position: its question words, with a bonus for its cue (ties:
    the earlier sentence)."""

    def value(i: int, cue_value: float) -> float:
        # A sentence holding the number with the asked-for measure word (多少户 → 300多户) is the answer.
        ts = term_scores[i]
        return ts + top * CUE_BONUS[cue_value] * (1.0 if ts > 0 else 0.5)

    # The best (value, -i): an untagged sentence's cue is at most 1, so the sentences are taken by
    # that bound, best first, until the best found beats every bound left; the result is the same
    # as tagging them all.
    bound = {i: (value(i, 1.0 if found is None else found), -i) for i, found in enumerate(cues.known)}
    best = (-math.inf, 0)
    for i in sorted(bound, key=bound.__getitem__, reverse=True):
        if best > bound[i]:
            break
        best = max(best, (value(i, cues(i)), -i))
    return best[0], -best[1]


def _with_neighbour(sentences: Sequence[Span], texts: Sequence[str], terms: Mapping[str, float], cues: _Cues,
                    position: int) -> tuple[int, int, float]:
    """The span and cue of the best sentence, joined with a neighbour that answers better.

    The sentence naming the subject is often followed by the one with the answer: 统一收购了…羊。
    + 一下子赚了70多万元。 The neighbour is taken along when it has a stronger cue and either the best
    sentence has no answer of the right kind or the neighbour adds question words."""
    start, end = sentences[position]
    cue_here = cues(position)
    here = {word for word in terms if word in texts[position]}
    for other in (position + 1, position - 1):
        if not 0 <= other < len(sentences):
            continue
        if (cues.known[other] is None and cue_here >= 1.0) or cues(other) <= cue_here:
            continue  # an untagged cue is at most 1: no stronger than this one either way
        other_text = texts[other]
        if not cue_here or any(word in other_text for word in terms if word not in here):
            start, end = min(start, sentences[other][0]), max(end, sentences[other][1])
            cue_here = cues(other)
            break
    return start, end, cue_here


def coverage(terms: Mapping[str, float], folded: str) -> float:
    """The share of the question's term weight a (folded) quote holds."""
    total = sum(terms.values()) or 1.0
    return sum(w for t, w in terms.items() if t in folded) / total
