"""A question, read once, as a person means it: one value every later step uses.

People type 老师您好，我想问下…到底是什么呢？, 袁宝柱得了啥病, 七十年代. Before this module the question
was normalised in five places and filler counted as the rarest, most important words; now it is
read here, once per question: politeness and filler dropped, colloquial forms mapped to the
written ones, Chinese numerals also searched as digits (`numerals`), its content words weighed
by corpus IDF *and* by how specific they are in general Chinese (`background`), the kind of answer
asked for (`asked`), and what the asker pins (typed numbers, quoted titles, dotted names).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from . import background, english_asking, spoken_words, terse_asking
from .absent_words import absent_words
from .answer_wordings import KINDS, asks
from .asked import Asked
from .asked_either import offered
from .asked_list import COUNTED_OF_A_SET
from .headings import counted_part
from .numerals import with_digits
from .pinned import figures, named_kinds, places_named
from .question_asked import asked_with_tags
from .question_pieces import (
    amount_of,
    counted_in_digits,
    cut_across,
    glued_on,
    in_digits,
    mis_cut,
    pair_idfs,
    rejoined,
    spoken_noun,
)
from .question_text import plain_text
from .question_words import ASKS_ANYWHERE
from .spelling import PROPER_NOUN_TAGS, misspelt
from .text import fold, fold_for_index, follows

if TYPE_CHECKING:
    from .index import BM25Index
    from .spelling import PinyinIndex
    from .tokenize import Tokenizer

# A number the asker typed as digits pins the question to it: 1613年的仙台藩主, 第56届联合国大会.
# Chinese numerals are left out (八十四岁 may be 84 or written out, 三个 any count).
# A number written with separators (10,0000,0000) is left out too: the text may group it otherwise.
_TYPED_NUMBER = re.compile(r"(?<![\d.,])(?:\d{2,}(?:\.\d+)?|\d\.\d+)(?![\d,])")
# A title or name in quotes pins the question too; a quoted phrase that asks (「能够超越什么的作品」)
# does not.
_QUOTED = re.compile(r"《([^》]{2,30})》|[“「\"]([^”」\"]{2,20})[”」\"]")
# A transliterated name written whole with its dot (乔治·肖, 埃利希·克斯特纳) pins its person: an
# article naming only another 乔治 is not about him.
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+")
# Characters a transliterated name does not use: where the question goes on around it.
_NOT_IN_NAME = re.compile("[的是在有为于和与及被把对从到等所这那哪什谁几何如怎最曾现已也都又还共将以就本]")
@dataclass(frozen=True)
class KeyTerm:
    """One content word of the question and what it weighs."""

    word: str  # folded, as the index knows words
    idf: float  # corpus IDF (an unknown word: the rarest IDF, or its rarest bigram's)
    specificity: float  # 0 general Chinese (今天) … 1 a name or domain term (陨石坑)
    in_corpus: bool  # the index has the word (or all its bigrams)
    named: bool = False  # a name: of a person, place, organisation (jieba's tags), or unknown to general Chinese

    @property
    def weight(self) -> float:
        return max(self.idf, 0.05) * self.specificity


@dataclass(frozen=True)
class Question:
    """Everything downstream needs of one question, made once by `read`."""

    raw: str  # as typed
    text: str  # as searched (see `question_text.plain_text`)
    tokens: tuple[str, ...]  # BM25 query tokens
    key_terms: tuple[KeyTerm, ...]
    asked: Asked  # the kind of answer asked for
    terms: Mapping[str, float] = field(default_factory=dict)  # word → corpus IDF weight, for quotes
    runs: tuple[str, ...] = ()  # runs of adjacent content characters (江欣苑社区, 党员), for overlap
    corrections: tuple[tuple[str, str], ...] = ()  # misspelt words searched as corpus words: (typed, used)
    bigrams: frozenset[str] = frozenset()  # the runs' character pairs (quotes are scored by them too)
    numbers: tuple[str, ...] = ()  # numbers of two or more digits typed as digits (1613年, 第56届, 2.85)
    quoted: tuple[str, ...] = ()  # titles and names the asker put in quotes (《傲骨》, 「黑汗王朝」) or wrote whole with a dot (乔治·肖), folded
    next_to: tuple[str, ...] = ()  # the content words either side of the question word (哪一年 建成)
    absent: tuple[str, ...] = ()  # well-known names the corpus never has (德国 asked of Liaoning's trade)
    places: tuple[str, ...] = ()  # communities, villages, streets named with their form (东兴小区), folded
    kinds: tuple[tuple[str, str], ...] = ()  # a name and the kind it names (岫岩, 陨石坑): `pinned.named_kinds`
    figures: frozenset[tuple[str, str]] = frozenset()  # figures it gives to say which (80岁, 前6个月): `pinned.figures`
    # Per kind of `answer_wordings` (reason, method, definition …): its answer's wording when asked.
    wordings: tuple[re.Pattern[str] | None, ...] = ()
    focus: str | None = None  # the noun asked for (哪所学校 → 学校, 答好啥问题 → 问题: `Tokenizer.question_focus`)
    section: int | None = None  # the part counted to (第二部分 → 2, 最后一节 → -1): `headings.counted_part`
    every_section: bool = False  # every part's heading asked (分哪几个部分): `headings.counted_part`

    @property
    def asks_why(self) -> bool:
        """为什么, 原因: the quote may need the cause said in the sentence before (`choosing`)."""
        return bool(self.wordings) and self.wordings[KINDS.index("reason")] is not None

    @property
    def asks_how(self) -> bool:
        """怎么, 咋, 如何: the quote may need the deed said in the sentence after (`choosing`)."""
        return bool(self.wordings) and self.wordings[KINDS.index("method")] is not None

    @property
    def kind(self) -> str | None:
        return self.asked.kind

    @cached_property
    def folded(self) -> str:
        """The searched text folded (`text.fold`), once, for the readers that match patterns on it."""
        return fold(self.text)

    def surface(self, word: str) -> str:
        """A folded word as the asker typed it (華雨辰 for 华雨辰), when the folding kept lengths."""
        folded = fold_for_index(self.raw)
        at = folded.find(word)
        if at >= 0 and len(folded) == len(self.raw):
            return self.raw[at : at + len(word)]
        return word


# A correction's context word is specific at least this much in general Chinese (今年 0.02, 今天 0.14,
# 失去 0.46, 社区 0.9).
_CONTEXT_SPECIFICITY = 0.1


def read(raw: str, tokenizer: Tokenizer, index: BM25Index,
         speller: Callable[[], PinyinIndex] | None = None) -> Question:
    """Read one question against one index. Cheap: one segmentation, a few dictionary look-ups.

    `speller` gives the corpus's speller (made on first use): a word the corpus lacks that sounds
    like one it has (江心苑 → 江欣苑) is searched as that word, and the answer says so.
    """
    text = plain_text(raw)
    if english_asking.may_hold(text):  # 居民呢 how many → 居民呢 多少, where the corpus never says how
        text = english_asking.chinese_asking(text, index.vocab)
    if spoken_words.may_hold(text):  # 涨了多少 → 增长了多少, where the corpus never says 涨
        text = spoken_words.written_text(text, tokenizer.question_terms(text), index.vocab)
    text = terse_asking.asked_text(text)  # 石油共生大院 门票 → …门票多少钱: a search-box message's asking
    text, corrections = _spelled(text, raw, tokenizer, index, speller)
    tags = tokenizer.question_tags(text)
    key_terms = _key_terms(text, tokenizer, index, tags)
    terms = {term.word: term.idf for term in key_terms}
    runs = tuple(dict.fromkeys(tokenizer.content_runs(text)))
    bigrams = frozenset(run[i : i + 2] for run in runs for i in range(len(run) - 1))
    numbers = tuple(dict.fromkeys(_TYPED_NUMBER.findall(text)))
    section, every_section = counted_part(raw)
    asked = asked_with_tags(text, tokenizer, index.vocab)
    return Question(raw, text, _search_tokens(text, tokenizer), key_terms, asked, terms, runs,
                    corrections, bigrams, numbers, _quoted(raw, corrections), tokenizer.asked_next_to(text),
                    absent_words(text, key_terms, tags, index.vocab, which=asked.which), wordings=asks(text),
                    places=places_named(fold(text), [t.word for t in key_terms if t.named], index.vocab),
                    focus=tokenizer.question_focus(text),
                    kinds=named_kinds(fold(text), tags, [t.word for t in key_terms if t.named], index.vocab),
                    figures=_given(figures(fold(text)), asked), section=section, every_section=every_section)


def _given(found: frozenset[tuple[str, str]], asked: Asked) -> frozenset[tuple[str, str]]:
    """The figures the question gives as fact: not the two it offers to choose from (2019年…还是2020年,
    第8号还是第9号), one of which the answer names."""
    return frozenset((unit, n) for unit, n in found if not offered(n, asked.either))


# Words for whatever thing (东西, 玩意儿): no word of an answer.
_ANY_THING = frozenset({"东西", "東西", "玩意", "玩意儿", "玩意兒"})
# Inside a thing named before (白领驿家里面都有啥, 小区里头住了多少户): where the asking points, which
# the answer says with the thing (…在这里, 一应俱全) or not at all; weighed as a word, its absence from
# the answering passage read as a fact left unsaid.
_INSIDE = frozenset({"里面", "里头", "里边", "裡面", "裡頭", "裡邊"})
# A piece of the documents pointed into (篇里 of 这几篇里, 那篇里, 哪篇), as jieba hands it over.
_PIECE_POINTED = re.compile(r"[这這那该該此哪]?[几幾些两兩三四五]?篇(?:里|裡|中|内|內)?")


# The asking and its unit (哪一年, 几个), which the next character may be read with.
_ASKING_UNIT = re.compile(r"(?:哪一?|几|幾|多少|第几|第幾)[年月天日号號个個位名次届屆]?\Z")


def _spelled(text: str, raw: str, tokenizer: Tokenizer, index: BM25Index,
             speller: Callable[[], PinyinIndex] | None) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text with its misspelt words replaced by the corpus words they sound like, and what was
    replaced; the text as it is when there is no speller or nothing is misspelt."""
    if speller is None:
        return text, ()
    typed = tokenizer.question_terms(text)
    # 哪一年建起来的: a lone character the corpus lacks right after the asking (哪一年 + 建) is read
    # with it as one stretch, 年建, which had become 年间 (the question lost the building it asks
    # the year of). A misspelt name is never one character.
    unknown = [w for w in misspelt(typed, index.vocab)
               if not (len(w) == 1 and follows(_ASKING_UNIT, w, text))]
    if not unknown:
        return text, ()
    # The words that must share a passage with the correction: not 今年, 工作, 是, which
    # any passage about anyone may lack (袁保柱今年几岁了 → 66岁的袁宝柱).
    context = [w for w in typed if w in index.vocab and background.specificity(w) >= _CONTEXT_SPECIFICITY]
    return speller().correct_text(text, unknown, raw, context)


def _key_terms(text: str, tokenizer: Tokenizer, index: BM25Index, tags: Mapping[str, str]) -> tuple[KeyTerm, ...]:
    """The question's content words, each once, in order, mended where jieba glued a function
    character on or cut a name apart (`question_pieces`)."""
    rare = math.log(max(index.n_docs, 2)) + 1.0
    typed = cut_across(rejoined(tokenizer.question_terms(text), text, index.vocab), index)
    nexts = [*typed[1:], ""][: len(typed)]
    following = [after if word + after in text else "" for word, after in zip(typed, nexts, strict=True)]
    words = [piece for word, after in zip(typed, following, strict=True)
             for piece in (mis_cut(word, index.vocab, named=tags.get(word, "") in PROPER_NOUN_TAGS)
                           or glued_on(word, after, index.vocab)
                           or amount_of(word, index) or spoken_noun(word, index)
                           or counted_in_digits(word, after, index.vocab) or in_digits(word, index.vocab) or (word,))]
    # A count of a set the corpus never writes so (哪五类 → 五类; the text says 五大类) is how the asker
    # counts them, not a word the answer must hold: unseen, it weighed as the rarest.
    # So is the piece the asker points into (这几篇里, 那篇里, 哪篇): the documents, not a word of them.
    # So is 东西 (修东西, 啥东西用光了) of a corpus that never says it: a stand-in for whatever thing, which
    # jieba tags a place (东西方向) and which weighed as a rare name the answer lacked.
    words = [word for word in words if word in index.vocab or not (COUNTED_OF_A_SET.fullmatch(word)
                                                                     or _PIECE_POINTED.fullmatch(word)
                                                                     or word in _ANY_THING)]
    words = [word for i, word in enumerate(words) if not (i and word in _INSIDE)]
    return tuple(_key_term(word, index, tags.get(word, ""), rare) for word in dict.fromkeys(words))


def _key_term(word: str, index: BM25Index, tag: str, rare: float) -> KeyTerm:
    """One word weighed: its corpus IDF (`rare` when unseen) and its specificity in general Chinese,
    at least 0.9 for a name (tagged so, or unknown to general Chinese)."""
    idf = index.term_idf(word)
    known = word in index.vocab
    if not known:
        # An unseen word counts as the rarest term, unless its bigrams are all known: then it
        # is a segmentation accident (时守, 哪天发), weighed by its rarest bigram.
        found = pair_idfs(word, index)
        known = found is not None
        idf = max(found) if found is not None else rare
    named = tag in PROPER_NOUN_TAGS or (
        len(word) >= 2 and background.background_idf(word) is None and not word.isascii())
    specific = max(background.specificity(word), 0.9) if named else background.specificity(word)
    return KeyTerm(word, max(idf, 0.05), specific, known, named)


def _search_tokens(text: str, tokenizer: Tokenizer) -> tuple[str, ...]:
    """The BM25 query tokens, and those of the text with its Chinese numerals as digits (七十年代 →
    70年代) that are not already there."""
    tokens = list(tokenizer.question_tokens(text))
    digits = with_digits(text)
    if digits != text:
        tokens += [t for t in tokenizer.question_tokens(digits) if t not in tokens]
    return tuple(tokens)


def _quoted(raw: str, corrections: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """The titles and names the asker put in quotes or wrote whole with a dot, folded character by
    character, as the article they are looked for in (`text.fold`): 批覆 stays 批覆. A quoted name
    with a typo searched as the corpus's word (「江心苑」) pins nothing."""
    typos = [fold(typed) for typed, _ in corrections]
    folded = fold(raw)
    return tuple(dict.fromkeys([q for pair in _QUOTED.findall(folded) for q in pair
                                if q and not ASKS_ANYWHERE.search(q) and "如何" not in q and not any(t in q for t in typos)]
                               + [name for name in dotted_names(folded)
                                  if not any(t in name for t in typos)]))


def dotted_names(text: str) -> list[str]:
    """Transliterated names written with their dots, as much as is surely the name: up to two
    characters before the first dot, the parts between dots, one character after the last
    (菲利普·克雷文的出生地是 → 利普·克). jieba cuts such names anywhere and the question goes on
    right after them (霍布斯提出两个著), so the ends are left short: a shorter name pins less,
    never a wrong one. The function and question characters transliterations do not use (的, 是,
    在, 谁 …) end the name before that."""
    names = []
    for match in _DOTTED_NAME.finditer(text):
        parts = match.group().split("·")
        head = _NOT_IN_NAME.split(parts[0])[-1][-2:]
        tail = _NOT_IN_NAME.split(parts[-1])[0][:1]
        if head and tail:
            names.append("·".join([head, *parts[1:-1], tail]))
    return names
