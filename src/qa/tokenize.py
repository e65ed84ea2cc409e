"""The one tokeniser for corpus and question: same normalisation, same segmentation.

Text is folded (NFKC, lower case, OpenCC t2s) and segmented with jieba's dictionary (through
jieba-rs by default: the same dictionary and algorithm, far faster). Overlapping Han bigrams are
added in their own namespace so out-of-vocabulary names and the copy stripped of punctuation
still match; question words such as 什么/多少/吗 are dropped from questions only.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .idtable import IdTable
from .text import HAN_CHARS, HAN_RANGES, HAN_RE, fold_for_index

BIGRAM_PREFIX = "\u2581"  # keeps bigram "社区" apart from the word "社区"
_TOKEN_RE = re.compile(f"[\\w{HAN_CHARS}]")
_HAN_RUN_RE = re.compile(f"[{HAN_CHARS}]{{2,}}")
_QUOTED_RE = re.compile(f"[“「『《\"]([{HAN_CHARS}]{{2,8}})[”」』》\"]")

# Interrogatives, particles and politeness that every question carries and no answer needs.
QUESTION_STOPWORDS = frozenset(
    ["什么", "什麼", "哪些", "哪个", "哪個", "哪里", "哪裡", "哪儿", "哪兒", "哪", "哪位", "哪年", "哪一年", "哪天", "哪一天", "何", "何时", "何時", "何地", "何处", "何處", "多少", "几", "幾", "几个", "幾個", "多久", "多长", "多大", "谁", "誰", "怎么", "怎麼", "怎样", "怎樣", "怎么样", "如何", "为什么", "為什麼", "为何", "為何", "吗", "嗎", "呢", "吧", "啊", "呀", "么", "麼", "请问", "請問", "请", "請", "告诉", "告訴", "我", "我们", "想", "知道", "一下", "是否", "是不是", "有没有", "有沒有", "的", "了", "是", "在", "有", "和", "与", "與", "及", "或", "还是", "還是", "被", "把", "对", "對", "于", "於", "就", "都", "也", "要", "会", "會", "能", "可以", "一个", "一個", "这", "這", "那", "这个", "那个", "叫", "叫做", "名字", "什么样", "什麼樣", "怎么办", "怎麼辦", "哪种", "哪種", "哪类", "哪類", "哪方面", "具体", "具體", "指", "指的是", "主要", "分别", "分別", "文章", "本文", "这篇", "這篇", "该文", "該文", "报道", "報道", "文中", "认为", "認為", "提到", "提出", "说", "說", "讲", "講", "应该", "應該", "需要"]
)
# 哪座, 几岁, 多少名, 多长时间: jieba glues the question word to its measure word; such tokens ask, they
# do not say.
_INTERROGATIVE_RE = re.compile(r"^(?:哪|几|幾|多少|多长|多長|多久|多远|多遠|多高|多深|多宽|多寬|多厚|什么|什麼|何)"
                               r"|(?:什么|什麼|多少|吗|嗎|呢)$")


# Any question word, for the words next to it (`Tokenizer.asked_next_to`).
_ASKING_RE = re.compile(r"^(?:哪|几|幾|多少|多长|多久|多大|什么|什麼|谁|誰|何|怎)")
# Question words that ask for a thing or a person (not a count, a time or a reason).
_FOCUS_ASK_RE = re.compile(r"^(?:什么样?|什麼樣?|哪[个個些所家位座种種类類条條项項本]?|谁|誰)$")


# A request reads its question several ways (terms, tokens, runs, focus, tags), and its copy with
# digits and its spelling-corrected copy too: a few recent questions per tokeniser cover them all.
QUESTION_MEMO = 16


def is_question_word(word: str) -> bool:
    return word in QUESTION_STOPWORDS or bool(_INTERROGATIVE_RE.search(word))

logging.getLogger("jieba").setLevel(logging.WARNING)


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
        return [w for w in self._cut(text) if _TOKEN_RE.search(w)]

    def tokens(self, text: str) -> list[str]:
        """Index tokens of a passage (or title)."""
        norm = self.normalize(text)
        out = self.words_of(norm)
        if self.config.bigrams:
            out.extend(_bigrams(norm))
        return out

    def _question_pieces(self, question: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
        """Precise-mode pieces of the normalised question, each flagged kept or dropped; segmented
        once however many ways the question is read (`QUESTION_MEMO`)."""
        return self._pieces(question)

    def _read_pieces(self, question: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
        """`_question_pieces`, uncached. Dropped: stop words and question words, and the measure
        word right after 多少/几/哪 (多少名党员 asks for a number of 名, 哪所学校 for a school; 名 and
        所 are not in the answer)."""
        pieces = tuple(self._cut_precise(self.normalize(question)))
        keep = []
        after_count = False
        for piece in pieces:
            drop = self.config.question_stopwords and (
                is_question_word(piece) or (after_count and len(piece) == 1 and HAN_RE.match(piece)))
            keep.append(not drop)
            if piece.strip():
                after_count = piece in {"多少", "几", "幾", "第几", "第幾", "哪", "哪一"}
        return pieces, tuple(keep)

    def question_terms(self, question: str) -> list[str]:
        """The question's content words (precise segmentation), for weighing and highlighting quotes."""
        pieces, keep = self._question_pieces(question)
        return [p for p, k in zip(pieces, keep, strict=True) if k and _TOKEN_RE.search(p)]

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
            words.extend(_bigrams(" ".join(self.content_runs(question))))
        return words

    def content_runs(self, question: str) -> list[str]:
        """Runs of adjacent content words, joined (stop words break them): 江欣苑社区, 党员."""
        pieces, keep = self._question_pieces(question)
        runs = "".join(p if k and _TOKEN_RE.search(p) else " " for p, k in zip(pieces, keep, strict=True))
        return [run for run in runs.split() if run]

    def question_focus(self, question: str) -> str | None:
        """The noun that names what is asked for: 什么样的模式 → 模式, 哪所学校 → 学校, 业主叫什么 → 业主.

        The answer sentence usually holds that noun next to the answer (运维管理模式, 业主卢布),
        while the question's other words may sit in the sentence before it.
        """
        pieces, keep = self._question_pieces(question)
        words = [(p, k) for p, k in zip(pieces, keep, strict=True) if _TOKEN_RE.search(p)]
        asks = next((i for i, (p, k) in enumerate(words) if not k and _FOCUS_ASK_RE.match(p)), None)
        if asks is None:
            return None
        # Tagged in context: 工作 in 在哪所学校工作 is a verb, though alone jieba calls it a noun.
        flags = self.question_tags(question)

        def is_noun(word: str) -> bool:
            return bool(HAN_RE.match(word)) and flags.get(word, "x").startswith("n")

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
        named in the sentence before."""
        pieces, keep = self._question_pieces(question)
        words = [(p, k) for p, k in zip(pieces, keep, strict=True) if _TOKEN_RE.search(p)]
        asks = next((i for i, (p, k) in enumerate(words) if not k and _ASKING_RE.search(p)), None)
        if asks is None:
            return ()
        before = next((p for p, k in reversed(words[:asks]) if k), None)
        after = next((p for p, k in words[asks + 1 :] if k), None)
        return tuple(w for w in (before, after) if w)

    def question_tags(self, question: str) -> dict[str, str]:
        """word → part-of-speech tag of the normalised question, tagged once however often asked
        (the question reader and the focus finder both want them); a fresh dict each call."""
        return dict(self._tags(question))

    def _read_tags(self, question: str) -> tuple[tuple[str, str], ...]:
        return tuple(self.tag(self.normalize(question)))

    def tag(self, text: str) -> list[tuple[str, str]]:
        """Part-of-speech tags (jieba's tag set: nr person, ns place, nt organisation, m number, t time)."""
        return list(self._tag(text))


def _bigrams(norm: str) -> list[str]:
    out: list[str] = []
    for run in _HAN_RUN_RE.findall(norm):
        out.extend(BIGRAM_PREFIX + run[i : i + 2] for i in range(len(run) - 1))
    return out


class Vocabulary(dict):
    """term → id, a new term getting the next id on first lookup (C-speed lookups for known terms).

    `terms[i]` is the term with id i, so the terms added since some point can be read off cheaply.
    """

    def __init__(self) -> None:
        super().__init__()
        self.terms: list[str] = []

    def __missing__(self, term: str) -> int:
        self[term] = value = len(self)
        self.terms.append(term)
        return value

    def ids_of(self, terms: list[str]) -> list[int]:
        """Ids of distinct terms, numbering the new ones in list order (C-speed, unlike __missing__).

        One dictionary lookup a term: the build merges ~1.5 M terms at 100k passages, and
        hashing and finding them is most of this method's time.
        """
        ids: list[int | None] = list(map(self.get, terms))
        if None in ids:
            start = len(self)
            where = [i for i, found in enumerate(ids) if found is None]
            fresh = [terms[i] for i in where]
            self.update(zip(fresh, range(start, start + len(fresh)), strict=True))
            self.terms.extend(fresh)
            for number, i in enumerate(where, start):
                ids[i] = number
        return ids  # type: ignore[return-value]


class _Memo(dict):
    """key → make(key), computed on first lookup only."""

    def __init__(self, make: Callable[[str], int]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> int:
        self[key] = value = self._make(key)
        return value


class TermIds:
    """`Tokenizer.tokens(text)` (plus the title's words) as int32 ids into a growing vocabulary.

    Indexing spends most of its time on per-token Python work, but words and bigrams repeat
    endlessly across a corpus: each distinct word is checked against the token pattern and looked
    up once (a memo table), a block's Han bigrams are found and numbered with numpy as integer
    pairs of code points instead of new 2-character strings, and a passage keeps 4 bytes a token
    instead of a str each. Ids are numbered in whatever order is cheapest; `block` also says in
    which order new terms first appear, so a caller can renumber to "first seen, first numbered".
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.vocab = Vocabulary()
        self._word = _Memo(lambda w: self.vocab[w] if _TOKEN_RE.search(w) else -1)
        self._pairs_seen = IdTable()  # code-point pair → id
        self._titles: dict[str, np.ndarray] = {}

    def block(self, norms: Sequence[str], titles: Sequence[str | None]) -> tuple[list[np.ndarray], np.ndarray]:
        """`stream`, split into one array a passage."""
        ids, lengths, added = self.stream(norms, titles)
        return np.split(ids, np.cumsum(lengths)[:-1]) if len(lengths) else [], added

    def stream(self, norms: Sequence[str], titles: Sequence[str | None]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Ids of each passage's tokens (given its `Tokenizer.normalize`d text), then of its title's
        words, passage after passage in one int32 array; how many each passage has; and the ids
        this block added, in the order they first appear in it.

        The block's words are gathered in one list and its three kinds of ids placed with numpy,
        instead of a small array and a concatenation per passage.
        """
        known = len(self.vocab)
        n = len(norms)
        if self.tokenizer.config.bigrams:
            pairs, pair_bounds = self._pairs(norms)
            pair_len = np.diff(np.asarray(pair_bounds, dtype=np.int64))
        else:
            pairs, pair_len = np.zeros(0, np.int32), np.zeros(n, np.int64)
        word, cut = self._word.__getitem__, self.tokenizer._cut
        flat: list[int] = []
        ends = np.empty(n, dtype=np.int64)
        for i, norm in enumerate(norms):
            flat += map(word, cut(norm))
            ends[i] = len(flat)
        words = np.array(flat, dtype=np.int32)
        del flat
        word_len = np.diff(ends, prepend=0)
        dropped = words < 0  # punctuation and spaces
        if dropped.any():
            word_len -= np.bincount(np.repeat(np.arange(n), word_len)[dropped], minlength=n)
            words = words[~dropped]
        title_ids = [self._title(title) if title else _NO_IDS for title in titles]
        title_len = np.fromiter(map(len, title_ids), dtype=np.int64, count=n)
        lengths = word_len + pair_len + title_len
        starts = np.cumsum(lengths) - lengths
        ids = np.empty(int(lengths.sum()), dtype=np.int32)
        _place(ids, words, word_len, starts)
        _place(ids, pairs, pair_len, starts + word_len)
        _place(ids, np.concatenate(title_ids) if n else _NO_IDS, title_len, starts + word_len + pair_len)
        fresh = ids[ids >= known]
        added, first = np.unique(fresh, return_index=True)
        return ids, lengths, added[np.argsort(first, kind="stable")]

    def _pairs(self, norms: Sequence[str]) -> tuple[np.ndarray, list[int]]:
        """Ids of every bigram of the block, in text order; passage i owns ids[bounds[i]:bounds[i + 1]].

        Known pairs are looked up in a hash table; only the unknown ones are sorted (to number
        them in key order), once the vocabulary has settled a few hundred of 370k a block.
        """
        keys, bounds = _pair_keys(norms)
        ids = self._pairs_seen.get(keys)
        unknown = ids < 0
        if unknown.any():
            new, inverse = np.unique(keys[unknown], return_inverse=True)
            new_ids = np.asarray(self.vocab.ids_of([BIGRAM_PREFIX + chr(k >> 21) + chr(k & 0x1FFFFF)
                                                    for k in new.tolist()]), dtype=np.int32)
            ids[unknown] = new_ids[inverse.ravel()]
            self._pairs_seen.add(new, new_ids)
        return ids, bounds

    def _title(self, title: str) -> np.ndarray:
        """A title's words without its bigrams: they would outweigh the passage's own text."""
        if title not in self._titles:
            words = [w for w in self.tokenizer._cut(self.tokenizer.normalize(title)) if not w.startswith(BIGRAM_PREFIX)]
            ids = np.array(list(map(self._word.__getitem__, words)), dtype=np.int32)
            self._titles[title] = ids[ids >= 0]
        return self._titles[title]


_NO_IDS = np.zeros(0, dtype=np.int32)


def _place(out: np.ndarray, values: np.ndarray, lengths: np.ndarray, starts: np.ndarray) -> None:
    """out[starts[i] : starts[i] + lengths[i]] = the i-th run of `values` (runs of `lengths`, back to back)."""
    if len(values):
        out[np.repeat(starts - (np.cumsum(lengths) - lengths), lengths) + np.arange(len(values))] = values


def _pair_keys(norms: Sequence[str]) -> tuple[np.ndarray, list[int]]:
    """Every pair of adjacent Han characters (as `_bigrams` finds them), as code-point pairs
    `first << 21 | second`, in text order; passage i owns keys[bounds[i]:bounds[i + 1]]."""
    joined = "\n".join(norms)  # a newline is not Han: no pair spans two passages
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    han = np.zeros(len(codes), dtype=bool)
    for low, high in HAN_RANGES:  # HAN_CHARS as code points, for numpy
        han |= (codes >= low) & (codes <= high)
    where = np.flatnonzero(han[:-1] & han[1:])
    keys = (codes[where].astype(np.int64) << 21) | codes[where + 1]
    starts = np.cumsum([0] + [len(norm) + 1 for norm in norms])
    return keys, np.searchsorted(where, starts).tolist()
