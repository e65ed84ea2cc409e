"""The one tokeniser for corpus and question: same normalisation, same segmentation.

Text is folded (NFKC, lower case, OpenCC t2s) and segmented with jieba's dictionary (through
jieba-rs by default: the same dictionary and algorithm, far faster). Overlapping Han bigrams are
added in their own namespace so out-of-vocabulary names and the copy stripped of punctuation
still match; question words such as 什么/多少/吗 are dropped from questions only.

The question vocabulary lives in `question_words`, how a question's pieces are re-cut in
`question_cuts`, the terms' spelling and the passages' term ids
for the index build in `term_ids`; their public names are imported from here as before.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from .question_cuts import COPULA, copula_cut, rejoin_split_verbs, size_asked
from .question_words import (
    ASKED_WHEN,
    ASKING_NOUNS,
    ASKING_RE,
    FOCUS_ASK_RE,
    HONORIFICS,
    MEASURED_QUESTION_WORDS,
    OFFICE_RE,
    is_question_word,
)
from .question_words import QUESTION_STOPWORDS as QUESTION_STOPWORDS
from .term_ids import BIGRAM_PREFIX as BIGRAM_PREFIX
from .term_ids import TOKEN_RE, bigrams
from .term_ids import TermIds as TermIds
from .term_ids import Vocabulary as Vocabulary
from .text import HAN_CHARS, HAN_RE, fold_for_index

_QUOTED_RE = re.compile(f"[“「『《\"]([{HAN_CHARS}]{{2,8}})[”」』》\"]")

# A request reads its question several ways (terms, tokens, runs, focus, tags), and its copy with
# digits and its spelling-corrected copy too: a few recent questions per tokeniser cover them all.
QUESTION_MEMO = 16

logging.getLogger("jieba").setLevel(logging.WARNING)

# 位于哪里 asks where, as 在哪里 does: the answer names the place (在达拉特旗树林召镇林原村), often
# without the verb.
_LOCATED = ("位于", "坐落", "坐落于", "地处", "处于")
_WHAT = ("什么", "甚么", "哪些", "哪样")  # 拆了哪些东西: the answer lists the things
_ADDRESS = HONORIFICS | {"老人"}  # after a name, how the asker refers to them
_WEEK = ("星期", "周", "週", "礼拜", "禮拜")


@dataclass(frozen=True)
class TokenizerConfig:
    convert_script: bool = True
    segmenter: str = "rjieba"
    jieba_mode: str = "search"
    bigrams: bool = True
    question_stopwords: bool = True
    user_dict: bool = True

    def key(self) -> str:
        return (f"t2s={int(self.convert_script)};seg={self.segmenter};mode={self.jieba_mode};"
                f"bi={int(self.bigrams)};stop={int(self.question_stopwords)};ud={int(self.user_dict)}")


def quoted_words(text: str) -> list[str]:
    """Terms the corpus itself marks as names: the quoted 2–8 character Han phrases of one text
    (拉话话, 微心愿), as written. jieba splits an unseen name (拉话 + 话); adding what the writers
    put in quotation marks keeps it whole. Counted over the corpus, they go to `rank_user_words`."""
    return _QUOTED_RE.findall(text)


def rank_user_words(seen: Counter[str], limit: int = 5000) -> list[str]:
    """The quoted words folded (once per distinct word: the same names recur all over a corpus),
    most quoted first, ties by the word itself, so the dictionary does not depend on file order."""
    folded: Counter[str] = Counter()
    for word, count in seen.items():
        folded[fold_for_index(word)] += count
    return sorted(folded, key=lambda w: (-folded[w], w))[:limit]


class Tokenizer:
    """Segmenter instance with its own user dictionary (nothing global is mutated)."""

    def __init__(self, config: TokenizerConfig, words: Iterable[str] = ()) -> None:
        self.config = config
        self.words = list(words) if config.user_dict else []
        # Keyed by the question, so threads asking different questions never see each other's;
        # made per instance (a cache on the method would keep every Tokenizer alive), holding
        # tuples, so no caller can change what the next one reads.
        self._pieces = lru_cache(maxsize=QUESTION_MEMO)(self._read_pieces)
        self._tags = lru_cache(maxsize=QUESTION_MEMO)(self._read_tags)
        if config.segmenter == "rjieba":
            try:
                import rjieba
            except ImportError:  # optional speed-up; jieba gives the same tokens, slower
                self._init_jieba()
            else:
                self._seg = rjieba.Jieba()
                for word in self.words:
                    self._seg.add_word(word, None, None)
                search = config.jieba_mode == "search"
                self._cut = (lambda t: self._seg.cut_for_search(t, True)) if search else (
                    lambda t: self._seg.cut(t, True))
                self._tag = lambda t: self._seg.tag(t, True)
                self._cut_precise = lambda t: self._seg.cut(t, True)
                return
        self._init_jieba()

    def _init_jieba(self) -> None:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        self._seg = jieba.Tokenizer()
        for word in self.words:
            self._seg.add_word(word)
        search = self.config.jieba_mode == "search"
        self._cut = (lambda t: self._seg.lcut_for_search(t)) if search else (lambda t: self._seg.lcut(t))
        self._cut_precise = lambda t: self._seg.lcut(t)
        posseg = jieba.posseg.POSTokenizer(self._seg)
        self._tag = lambda t: [(p.word, p.flag) for p in posseg.cut(t)]

    def normalize(self, text: str) -> str:
        return fold_for_index(text, convert_script=self.config.convert_script)

    def words_of(self, text: str) -> list[str]:
        """Segmented word tokens of already-normalised text, punctuation and spaces dropped."""
        return [w for w in self._cut(text) if TOKEN_RE.search(w)]

    def tokens(self, text: str) -> list[str]:
        """Index tokens of a passage (or title)."""
        norm = self.normalize(text)
        out = self.words_of(norm)
        if self.config.bigrams:
            out.extend(bigrams(norm))
        return out

    def _question_pieces(self, question: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
        """Precise-mode pieces of the normalised question, each flagged kept or dropped; segmented
        once however many ways the question is read (`QUESTION_MEMO`)."""
        return self._pieces(question)

    def _read_pieces(self, question: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
        """`_question_pieces`, uncached. Dropped: stop words and question words, the copula before
        the question word (为谁), a form of address after a name (朱开成大爷), and the measure word
        right after 多少/几/哪 (多少名党员 asks for a number of 名, 哪所学校 for a school; 名 and 所
        are not in the answer)."""
        cut = tuple(self._cut_precise(self.normalize(question)))
        if not cut:  # an empty question (judge(""), goes_on without one): nothing to read
            return (), ()
        pieces = size_asked(rejoin_split_verbs(copula_cut(cut, self._tag), self._tag))
        keep = []
        after_count = False
        for piece, before, after in zip(pieces, ("", *pieces[:-1]), (*pieces[1:], ""), strict=True):
            drop = self.config.question_stopwords and (
                is_question_word(piece) or (after_count and len(piece) == 1 and HAN_RE.match(piece))
                or (piece in COPULA and bool(ASKING_RE.match(after)))  # 作者 为 谁: 为 asks like 是
                or (piece in _LOCATED and bool(ASKING_RE.match(after)))  # 林原村 位于 哪里: answered 在…
                or (piece in HONORIFICS and bool(keep) and keep[-1] and bool(HAN_RE.match(before)))
                or (piece in ASKING_NOUNS and before in _WHAT)  # 用什么东西: 东西 asks too
                or (piece in _WEEK and after in ("几", "幾"))  # 星期几 asks as 几号 does
                or (piece in ("个", "個") and is_question_word(after)))  # 成立了个啥组织: the asking
            keep.append(not drop)
            if piece.strip():
                after_count = piece in MEASURED_QUESTION_WORDS
        return pieces, tuple(keep)

    def question_terms(self, question: str) -> list[str]:
        """The question's content words (precise segmentation), for weighing and highlighting quotes."""
        pieces, keep = self._question_pieces(question)
        return [p for p, k in zip(pieces, keep, strict=True) if k and TOKEN_RE.search(p)]

    def question_tokens(self, question: str) -> list[str]:
        """Query tokens: content words, plus bigrams of each run of adjacent content words.

        Stop words break the runs, so 江欣苑社区有多少名党员 gives bigrams of 江欣苑社区 and 党员,
        never of 有多少.
        """
        pieces, keep = self._question_pieces(question)
        words = [w for p, k in zip(pieces, keep, strict=True) if k for w in self.words_of(p)]
        if self.config.question_stopwords:
            words = [w for w in words if not is_question_word(w)]
        if self.config.bigrams:
            words.extend(bigrams(" ".join(self.content_runs(question))))
        return words

    def content_runs(self, question: str) -> list[str]:
        """Runs of adjacent content words, joined (stop words break them): 江欣苑社区, 党员."""
        pieces, keep = self._question_pieces(question)
        runs = "".join(p if k and TOKEN_RE.search(p) else " " for p, k in zip(pieces, keep, strict=True))
        return [run for run in runs.split() if run]

    def question_focus(self, question: str) -> str | None:
        """The noun that names what is asked for: 什么样的模式 → 模式, 哪所学校 → 学校, 业主叫什么 → 业主.

        The answer sentence usually holds that noun next to the answer (运维管理模式, 业主卢布),
        while the question's other words may sit in the sentence before it.
        """
        words, asks = self._asking_at(question, FOCUS_ASK_RE.match)
        if asks is None:
            return None
        # Tagged in context: 工作 in 在哪所学校工作 is a verb, though alone jieba calls it a noun.
        flags = self.question_tags(question)

        def is_noun(word: str) -> bool:
            return bool(HAN_RE.match(word)) and (flags.get(word, "x").startswith("n") or bool(OFFICE_RE.search(word)))

        after = words[asks + 1 :]
        while after and not after[0][1]:
            after.pop(0)  # 什么样 的 模式, and the measure word of 哪 所 学校
        nouns = []
        for word, kept in after:  # 哪位 社区 党委书记: the last noun of the run names the thing
            if not kept or not is_noun(word):
                break
            nouns.append(word)
        if nouns:
            return nouns[-1]
        if any(kept for _, kept in after):
            return None
        before = [p for p, k in words[:asks] if k]  # 业主 叫 什么, 书记 是 谁: the asking ends the question
        return before[-1] if before and len(before[-1]) >= 2 and is_noun(before[-1]) else None

    def asked_next_to(self, question: str) -> tuple[str, ...]:
        """The content words on either side of the question word (哪一年 建成, 多少 钱 一斤, 电工 是
        谁): the sentence holding the answer tends to hold them too, where the subject may only be
        named in the sentence before. Past a word of when it is asked (今年, 目前: `ASKED_WHEN`) and one
        of address (老人, 大爷)."""
        words, asks = self._asking_at(question, ASKING_RE.search)
        if asks is None:
            return ()
        # 孙志容老人今年高寿: whose age, not 老人 (a paragraph on, 70岁以上老人 counts others).
        before = next((p for p, k in reversed(words[:asks]) if k and p not in ASKED_WHEN and p not in _ADDRESS), None)
        after = next((p for p, k in words[asks + 1 :] if k and p not in ASKED_WHEN), None)
        return tuple(w for w in (before, after) if w)

    def _asking_at(self, question: str, asks: Callable[[str], object]) -> tuple[list[tuple[str, bool]], int | None]:
        """The question's words (each with whether it is kept as content) and the position of the
        first dropped word `asks` accepts (the question word), None when there is none."""
        pieces, keep = self._question_pieces(question)
        words = [(p, k) for p, k in zip(pieces, keep, strict=True) if TOKEN_RE.search(p)]
        return words, next((i for i, (p, k) in enumerate(words) if not k and asks(p)), None)

    def question_tags(self, question: str) -> dict[str, str]:
        """word → part-of-speech tag of the normalised question, tagged once however often asked
        (the question reader and the focus finder both want them); a fresh dict each call."""
        return dict(self._tags(question))

    def question_tagged(self, question: str) -> tuple[tuple[str, str], ...]:
        """The same tags in order, word by word (what follows 多少 and its measure word)."""
        return self._tags(question)

    def _read_tags(self, question: str) -> tuple[tuple[str, str], ...]:
        return tuple(self.tag(self.normalize(question)))

    def tag(self, text: str) -> list[tuple[str, str]]:
        """Part-of-speech tags (jieba's tag set: nr person, ns place, nt organisation, m number, t time)."""
        return list(self._tag(text))

