"""A question, read once, as a person means it: one value every later step uses.

People type 老师您好，我想问下…到底是什么呢？, 袁宝柱得了啥病, 七十年代. Before this module the question
was normalised in five places and filler counted as the rarest, most important words; now it is
read here, once per question: politeness and filler dropped, colloquial forms mapped to the
written ones, Chinese numerals also searched as digits (`question_text`), its content words weighed
by corpus IDF *and* by how specific they are in general Chinese (`background`), the kind of answer
asked for (`asked`), and what the asker pins (typed numbers, quoted titles, dotted names).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from . import background, english_asking, spoken_words
from .absent_words import absent_words
from .answer_shape import NAME_TAGS
from .answer_wordings import KINDS, asks
from .asked import Asked, read_question
from .asked_ages import aged_person
from .asked_either import DAY_PARTS, alternatives, time_choice
from .asked_list import COUNTED_OF_A_SET
from .bylines import asked_roles
from .counted_nouns import counted_by_tags, part_counted, people_counted
from .headings import counted_part
from .partners import partner_asked
from .pinned import figures, named_kinds, places_named
from .question_pieces import (
    amount_of,
    counted_in_digits,
    cut_across,
    glued_on,
    in_digits,
    mis_cut,
    pair_idfs,
    spoken_noun,
)
from .question_text import plain_text, with_digits
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
    def kind(self) -> str | None:
        return self.asked.kind

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
# 一共, 总共: a hedge on any count (林原村一共组建了几支, `partners.WHOLE_Q`), but said of a province or
# a city the question names and no place inside it, the whole of it.
_ALL_TOLD = re.compile(r"一共|总共|總共|共计|共計|加起来|加起來")


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
    text, corrections = _spelled(text, raw, tokenizer, index, speller)
    tags = tokenizer.question_tags(text)
    key_terms = _key_terms(text, tokenizer, index, tags)
    terms = {term.word: term.idf for term in key_terms}
    runs = tuple(dict.fromkeys(tokenizer.content_runs(text)))
    bigrams = frozenset(run[i : i + 2] for run in runs for i in range(len(run) - 1))
    numbers = tuple(dict.fromkeys(_TYPED_NUMBER.findall(text)))
    section, every_section = counted_part(raw)
    return Question(raw, text, _search_tokens(text, tokenizer), key_terms, _asked(text, tokenizer, index.vocab), terms, runs,
                    corrections, bigrams, numbers, _quoted(raw, corrections), tokenizer.asked_next_to(text),
                    absent_words(text, key_terms, tags, index.vocab), wordings=asks(text),
                    places=places_named(fold(text), [t.word for t in key_terms if t.named], index.vocab),
                    focus=tokenizer.question_focus(text),
                    kinds=named_kinds(fold(text), tags, [t.word for t in key_terms if t.named], index.vocab),
                    figures=figures(fold(text)), section=section, every_section=every_section)


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
    typed = cut_across(tokenizer.question_terms(text), index)
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
    words = [word for word in words if word in index.vocab or not (COUNTED_OF_A_SET.fullmatch(word)
                                                                     or _PIECE_POINTED.fullmatch(word))]
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


# A name of a place inside a city (广安门, 南京西路, 东四胡同), which jieba tags ns too: no city, so a
# sentence naming 北京市 does not name another one.
_STREET = re.compile(r"(?:门|門|街|路|巷|胡同|桥|橋)$")


def _asked(text: str, tokenizer: Tokenizer, vocab: Container[str] = ()) -> Asked:
    """The kind of answer asked for (`asked.read_question`), with what only the tagger, the bylines
    or the corpus can tell: that a piece's filing date is asked, the noun a count must name, the
    city a count or a date is asked of."""
    asked = read_question(text, tokenizer.question_focus)
    if asked.kind == "date" and asked_roles(text):
        asked = replace(asked, filed=True)  # 那篇稿子是哪天发的: the dateline's date is the answer
    if asked.kind == "number" and asked.measured is not None and not asked.sized:
        asked = replace(asked, counted=counted_by_tags(tokenizer.question_tagged(text)))
    asked = people_counted(tokenizer.question_tagged(text), asked)  # 居民有多少: people counted
    if asked.kind == "number" and (part := part_counted(tokenizer.question_tagged(text))):
        asked = replace(asked, part=tuple(fold(word) for word in part))  # …单子里，被退回来的有几万单
    if asked.kind == "number" and (aged := aged_person(tokenizer.question_tagged(text), text)):
        asked = replace(asked, aged=aged)  # 郑彩平今年多大岁数了: her age, not another's in her sentence
    if not asked.kind and (speaker := _speaker(tokenizer.question_tagged(text))):
        asked = replace(asked, speaker=speaker)  # 刘小辉说了句什么话: his words, quoted
    elif not asked.kind and (judging := _JUDGED_ASKED.search(text)) and (
            speaker := _last_person(tokenizer.question_tagged(text[: judging.start()]))):
        # 郑彩平咋评价“亲情连线”: her view, in her words; a sentence only naming her says none. The one
        # judging is named before the asking (越共学者是如何评价矫公羡的: not 矫公羡, judged).
        asked = replace(asked, speaker=speaker, judged=True)
    if (choice := time_choice(fold(text))) == "date":  # 上半年还是下半年: when, which 今年6月 answers
        asked = replace(asked, kind=asked.kind or "date")
    elif choice == "day":  # 白天还是半夜: any part of the day said tells (有一天深夜)
        asked = replace(asked, either=DAY_PARTS)
    elif either := alternatives(text, tokenizer.question_terms):
        asked = replace(asked, either=either)
    if asked.kind == "number" and (partner := partner_asked(tokenizer.question_tagged(text))):
        asked = replace(asked, partner=partner)  # 跟韩国做了多少买卖: 韩国's figure
    if asked.kind in ("number", "date") and not asked.place:
        # 北京12345热线啥时候开通的: the city a date or a count is asked of: jieba tags it ns, or the
        # corpus writes it with 市 (娄底, which jieba tags a person's name, is 娄底市 in the documents).
        city = next((w for w, f in tokenizer.question_tagged(text) if 2 <= len(w) <= 4 and not _STREET.search(w)
                     and (f == "ns" or (f in PROPER_NOUN_TAGS and w + "市" in vocab))), "")
        asked = replace(asked, place=city)
        if city and asked.kind == "number" and _ALL_TOLD.search(text):
            # 辽宁上半年外贸进出口总共是多少亿: all of 辽宁's, so 沈阳片区's 4.6亿元 is a part of it.
            asked = replace(asked, whole=True)
    return asked


# What a person said, asked as 说了什么, 怎么说的, 说…算什么: the verb right after the name.
_SAYS = re.compile(r"说|說|讲|講|表示|谈到|談到|提到|认为|認為")


def _speaker(tagged: Sequence[tuple[str, str]]) -> str:
    """The person a question asks the words of (张立春说给大家服务对他来说算什么 → 张立春): a name
    jieba tags a person's, right before a verb of saying; or the first such name when the question
    asks what was said (华雨辰在武钢体育中心那会儿说了句啥); "" when none."""
    for (word, flag), (after, _) in zip(tagged, tagged[1:], strict=False):
        if _a_person(word, flag) and _SAYS.fullmatch(after):
            return word
    if _SAID_ASKED.search("".join(word for word, _ in tagged)):
        return next((word for word, flag in tagged if _a_person(word, flag)), "")
    return ""


def _a_person(word: str, flag: str) -> bool:
    """A name of two characters or more jieba tags a person's: who may be asked to have said or judged."""
    return flag in NAME_TAGS["person"] and len(word) >= 2


# What someone thinks of a thing, asked: 咋评价, 怎么看, 啥看法, 是啥态度, 咋回应的.
_JUDGED_ASKED = re.compile(r"(?:咋|怎么|怎麼|如何|怎样|怎樣)(?:评价|評價|看待|看|回应|回應)|(?:啥|什么|什麼)(?:看法|态度|態度|评价|評價)")


def _last_person(tagged: Sequence[tuple[str, str]]) -> str:
    """The last person named (`_a_person`), "" when none."""
    return next((word for word, flag in reversed(tagged) if _a_person(word, flag)), "")


# What was said, asked: 说了句啥, 说过什么, 怎么说的, 说的是什么 (not 片子是讲啥的: what it is about).
_SAID_ASKED = re.compile(r"(?<![是在])(?:说|說|讲|講)(?:了|过|過)?(?:句|些|一句)?(?:啥|什么|什麼|甚么)(?:话|話)?|怎么说|怎麼說|说的是(?:啥|什么)")


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
