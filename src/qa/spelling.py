"""Names typed with a wrong character of the same sound: 江心苑 for 江欣苑, 华雨晨 for 华雨辰.

A pinyin input method offers every character of a syllable, so a name the typist has not typed
before often comes out with a homophone. The misspelt word is unknown to the corpus, weighs as the
rarest term and sends retrieval elsewhere. Here a question word the corpus lacks is searched as the
corpus word that sounds the same (toneless pinyin, by pypinyin) and differs in one character.

No pinyin index is built over the corpus: the candidates are made from the typed word (each of its
unknown characters replaced by each homophone the corpus uses) and looked up in the index
vocabulary. Only the set of the corpus's characters is read off the vocabulary, once, on the first
unknown word; a question without unknown words costs nothing. At 100k passages the vocabulary is
367k terms; a question with unknown words cost ~4 ms more on DRCD (1,000 articles).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Container, Iterable, Iterator, Sequence
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

import numpy as np

from . import background, spelled_text
from .asked_places import PLACE_FORMS
from .sounds import homophones, near_sounds
from .text import HAN_RE
from .tokenize import BIGRAM_PREFIX

if TYPE_CHECKING:
    from .index import BM25Index
    from .tokenize import Tokenizer

__all__ = ["PROPER_NOUN_TAGS", "PinyinIndex", "homophones", "misspelt", "near_sounds"]

PROPER_NOUN_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nsf", "nt", "nz"})  # jieba: person, place, body, other

Correction = spelled_text.Correction
_SHORTEST, _LONGEST = spelled_text.SHORTEST, spelled_text.LONGEST  # the words corrected: 2-4 characters
# A question is a line, not a page: past these, nothing is corrected (a 2,000-character paste of
# rare characters took minutes: every stretch, against every word, with every homophone).
MAX_TEXT, MAX_UNKNOWN = 64, 6


def misspelt(words: Iterable[str], known: Container[str]) -> list[str]:
    """The Han words the corpus lacks that may be misspelt: not those whose every character pair is
    a corpus bigram (时守, 哪天发: segmentation accidents of known text, not typing errors)."""
    out = []
    for word in words:
        if word in known or not all(map(HAN_RE.match, word)):
            continue
        if not side_by_side(word, known):
            out.append(word)
    return out


def side_by_side(word: str, known: Container[str]) -> bool:
    """Every character pair of the word is a corpus bigram: the corpus has its characters side by
    side, though perhaps never as one word (jieba's 王 + 镕, 庄 + 莹莹). False for one character."""
    return len(word) > 1 and all(BIGRAM_PREFIX + word[i : i + 2] in known for i in range(len(word) - 1))


# Characters that follow a name as words of their own (陈诚于1937年 → jieba's 陈诚于; 尹福有…的绰号):
# no given name's to correct.
_FUNCTION_CHARS = frozenset("于於与與和在是的了也就都把被向从從对對为為及或有說说会會要能去来來到曾又还還再让讓给給叫称稱")


class _WithNames(Collection[str]):
    """The index vocabulary and a few names besides, without copying the vocabulary."""

    def __init__(self, vocab: Collection[str], names: frozenset[str]) -> None:
        self._vocab = vocab
        self._names = names

    def __contains__(self, word: object) -> bool:
        return word in self._names or word in self._vocab

    def __iter__(self) -> Iterator[str]:
        yield from self._vocab
        yield from (n for n in self._names if n not in self._vocab)

    def __len__(self) -> int:
        return len(self._vocab) + sum(n not in self._vocab for n in self._names)


class PinyinIndex:
    """Corrects words the corpus lacks to a corpus word of the same sound.

    `known` is the index vocabulary (word and bigram terms; a bigram never matches a word here),
    `rarity` a word's IDF (the most frequent corpus word wins, then the word itself), `is_name` tells
    whether a two-character word is a name: two characters are too little evidence for any other
    word (an unknown 张伟 must not become some corpus 章伟 unless that is a name), but for a word of
    general Chinese typed as none (段奶 → 断奶). `together(word,
    others)` tells whether some passage holds the word with one of the question's other words: a
    sound-alike that never meets them (DRCD: 博特羅普 → 波特, 五市 → 五世) is another word, not the
    one meant.
    """

    def __init__(self, known: Collection[str], rarity: Callable[[str], float],
                 is_name: Callable[[str], bool], together: Callable[[str, Sequence[str]], bool] | None = None) -> None:
        self._known = known
        self._rarity = rarity
        self._is_name = is_name
        self._together = together

    @classmethod
    def of(cls, index: BM25Index, tokenizer: Tokenizer, credited: Collection[str] = ()) -> PinyinIndex:
        """Over a search index: two-character words are corrected only to names (the corpus's
        quoted words, or tagged as a person, place or organisation), and any word only to one that
        some passage holds with another of the question's words. `credited` are the names printed
        only in bylines (张国珍), which no searched passage holds: known names too (张国真 → 张国珍)."""
        names = set(tokenizer.words) | set(credited)
        printed_only = frozenset(name for name in credited if name not in index.vocab)

        @lru_cache(maxsize=8)  # a question's other words are asked about once per candidate
        def holding(words: tuple[str, ...]) -> np.ndarray:
            return index.scores_and_hits(list(words))[1]

        def together(word: str, others: Sequence[str]) -> bool:
            """Some passage holds the word with one of the others: as the word, or failing that as
            all its character pairs (jieba cuts a name the text runs on into: 树林召镇林原村 → 召镇林 +
            原村), read only then, as common pairs have long postings."""
            if word in printed_only:
                return True  # 冯鸣 → 冯明, 周声文 → 邹声文: a byline's name meets no body word, and needs none
            near = holding(tuple(others))
            if (holding((word,)) & near).any():
                return True
            pairs = [BIGRAM_PREFIX + word[i : i + 2] for i in range(len(word) - 1)]
            if not pairs or not all(p in index.vocab for p in pairs):
                return False
            return bool(np.logical_and.reduce([near, *(holding((p,)) for p in pairs)]).any())

        def is_name(word: str) -> bool:
            return word in names or any(flag in PROPER_NOUN_TAGS for _, flag in tokenizer.tag(word))

        known = _WithNames(index.vocab, frozenset(credited)) if credited else index.vocab
        return cls(known, index.term_idf, is_name, together)

    @cached_property
    def _chars(self) -> frozenset[str]:
        """The characters of the corpus (its words and bigrams), read off the vocabulary on first
        use: a homophone the corpus never uses cannot make a corpus word, and skipping it saves most
        look-ups (雨 has 280 homophones, a few dozen of them in a corpus)."""
        chars: set[str] = set()
        for term in self._known:
            chars.update(term)
        return frozenset(c for c in chars if HAN_RE.match(c))

    @cached_property
    def _states(self) -> dict[str, tuple[str, ...]]:
        """The corpus's names of states by their first character (佛 → 佛罗里达州), read off the
        vocabulary on first use: what a shortened 佛州, 加州 may stand for."""
        out: dict[str, list[str]] = {}
        for term in self._known:
            if 3 <= len(term) <= 7 and term.endswith("州") and all(map(HAN_RE.match, term)):
                out.setdefault(term[0], []).append(term)
        return {first: tuple(terms) for first, terms in out.items()}

    def expand(self, word: str, context: Sequence[str] = ()) -> str | None:
        """佛州 for 佛罗里达州, as news shortens a state's name: the one corpus name of a state with
        that first character (meeting a `context` word, when there are any); None when there is
        none or more than one, or the word is no such short form."""
        if len(word) != 2 or word[1] != "州" or word in self._known or not HAN_RE.match(word[0]):
            return None
        found = self._states.get(word[0], ())
        context = [w for w in context if len(w) >= _SHORTEST]
        if context and self._together is not None:
            found = tuple(w for w in found if self._together(w, context))
        return found[0] if len(found) == 1 else None

    def correct(self, word: str, changeable: Iterable[int] | None = None, context: Sequence[str] = (),
                *, loose: bool = False, typed_whole: bool = False, opening: int = 0) -> str | None:
        """The corpus word `word` was most likely meant as, or None: `word` itself is in the corpus
        (as a word, or as characters side by side), is not 2-4 Han characters, or no corpus word
        differs from it by one homophone (at one of the `changeable` positions, all by default) and
        meets a `context` word (when there are any).

        `loose` (tried only where the strict reading found nothing): a name one fuzzy-pinyin sound
        away (`_loosely`: 张立村 → 张立春). `typed_whole`: `word` opens one word of the question as
        jieba cut it (金佳龙家; `_cut_names` may then find a name the corpus has only cut apart).
        `opening`: the length of the question's word the corpus lacks that `word` opens with (2 for
        廓口 of 廓口社区): a place typed with its form, that word its name or all of it, may be
        corrected whole (not 来网 of 来网周村: jieba's cut across the name)."""
        if typed_whole and (state := self.expand(word, context)) is not None:
            return state  # 佛州 → 佛罗里达州
        if not _SHORTEST <= len(word) <= _LONGEST or word in self._known or not all(map(HAN_RE.match, word)):
            return None
        if side_by_side(word, self._known):
            return None  # the corpus has these characters side by side (CMRC: 王镕, jieba's 王 + 镕)
        positions = range(len(word)) if changeable is None else sorted(set(changeable) & set(range(len(word))))
        if loose:
            return self._loosely(word, positions, context)
        chars = self._chars
        near = {word[:i] + c + word[i + 1 :] for i in positions for c in homophones(word[i]) if c in chars}
        found = {w for w in near if w in self._known}
        found |= {w for w in self._doubled(word, positions) if w in self._known or (
            self._is_name(w) and side_by_side(w, self._known))}
        if len(word) == _SHORTEST:
            # Two characters are too little evidence for any other word than a name, or a word of
            # general Chinese typed as none with a common character (段奶 → 断奶, 照成 → 造成): an
            # input method offers common ones; 颐 of 颐年堂 is a name's, not a slip for 一年.
            found = {w for w in found if self._is_name(w) or (
                background.background_idf(word) is None and background.background_idf(w) is not None
                and all(background.specificity(a) < 1.0 for a, b in zip(word, w, strict=True) if a != b))}
        context = [w for w in context if len(w) >= _SHORTEST]  # 大, 有: any passage has one
        if not found and typed_whole and self._together is not None:
            # A name the corpus cut apart: the one that meets the question's other words, or the one
            # it can be (朱开诚多大年纪了: no other word of the question is said beside 朱开成), unless
            # the corpus knows the name typed, a word glued on (彭晴 + 现主持 is no 彭晴陷).
            cut = self._cut_names(word, positions)
            met = {w for w in cut if context and self._together(w, context)}
            found = met or (cut if len(cut) == 1 and word[:2] not in self._known else set())
        if (not found and len(word) == _LONGEST and context and self._together is not None
                and word[:2] in self._known and self._is_name(word[:2]) and set(positions) <= {2, 3}):
            # 毛利秀圆 → 毛利秀元, 埃及圣环 → 埃及圣鹮: a corpus name (毛利, 埃及) and the two characters
            # after it, which the corpus has only side by side with it (毛利 + 秀元), one homophone
            # away and meeting the question's other words; only where no other reading is. Not a
            # window opening elsewhere (的裝甲部 → 的装甲不, 粵軍第一 → 岳军第一 on the shared sets).
            sided = {w for w in near if side_by_side(w, self._known) and self._together(w, context)}
            found = sided if len(sided) == 1 else set()
        if not found and (form := next((f for f in PLACE_FORMS if word.endswith(f)), None)) is not None \
                and opening in (len(word) - len(form), len(word)) and len(word) > len(form) + 1 \
                and max(positions, default=len(word)) < len(word) - len(form):
            # 廓口社区 → 阔口社区: a place typed with its form, a homophone in its name, which the
            # corpus has side by side (jieba cut 阔口 + 社区); only the one place it can be.
            sided = {w for w in near if side_by_side(w, self._known)}
            found = sided if len(sided) == 1 else set()
        if found and context and self._together is not None:
            met = {w for w in found if self._together(w, context)}
            # 张银翔在哪个单位上班: the one full name it can be, though the passage naming 张银祥 says
            # 公司, not 单位 (a word, or several names, must meet the question's other words).
            names = [w for w in found if len(w) > _SHORTEST and self._is_name(w)]
            found = met or (set(names) if len(names) == 1 else set())
        return min(found, key=lambda w: (self._rarity(w), w), default=None)

    def _cut_names(self, word: str, positions: Sequence[int]) -> set[str]:
        """A three-character name typed whole with a homophone in its given name (朱凯成 for 朱开成),
        of a name jieba cut apart in the corpus (居民朱开成: 朱 + 开成; 金家 + 龙), so only its character
        pairs are there: typed as a name, the surname kept, and (`correct`) meeting the question's
        other words or the only one there is. Not a character a name is followed by (陈诚於 is 陈诚 + 於, not 陈诚与)."""
        if len(word) != 3 or not self._is_name(word) or not self._is_name(word[0]):
            return set()
        near = {word[:i] + c + word[i + 1 :] for i in positions if i > 0 and word[i] not in _FUNCTION_CHARS
                for c in homophones(word[i]) if c in self._chars and c not in _FUNCTION_CHARS}
        return {w for w in near if w != word and side_by_side(w, self._known)}

    def _doubled(self, word: str, positions: Sequence[int]) -> set[str]:
        """A name whose given name doubles a character (庄盈盈 for 庄莹莹) is misspelt by one slip that
        changes both: the surname kept, the doubled pair of another sound-alike, which the corpus may
        have side by side only (jieba cut 莊瑩瑩 into 庄 + 莹莹). Not when the corpus has the typed pair
        (罗珊珊 is a CMRC name; 罗山山 is not what was meant), nor after what is no surname (的爸爸)."""
        if len(word) != 3 or word[1] != word[2] or not {1, 2} <= set(positions) \
                or BIGRAM_PREFIX + word[1:] in self._known or not self._is_name(word[0]):
            return set()
        return {word[0] + c + c for c in homophones(word[1]) if c in self._chars}

    def _loosely(self, word: str, positions: Sequence[int], context: Sequence[str]) -> str | None:
        """`correct`'s loose reading: the one name of three or more characters a fuzzy-pinyin sound
        away that meets a `context` word (when there are any); None when there is none, or more
        than one. Not two characters: on the shared sets' questions 戰法 became 张法, 克尼 克里."""
        if len(word) <= _SHORTEST:
            return None
        context = [w for w in context if len(w) >= _SHORTEST]
        chars = self._chars
        near = {word[:i] + c + word[i + 1 :] for i in positions for c in near_sounds(word[i]) if c in chars}
        found = {w for w in near if w in self._known and self._is_name(w)
                 and (not context or self._together is None or self._together(w, context))}
        return next(iter(found)) if len(found) == 1 else None

    def knows(self, word: str) -> bool:
        """The corpus has the word (or it is a name a byline credits)."""
        return word in self._known

    def is_name(self, word: str) -> bool:
        """The word is a name (a byline's, or as the tagger reads it)."""
        return self._is_name(word)

    def correct_text(self, text: str, unknown: Sequence[str], typed: str = "",
                     context: Sequence[str] = ()) -> tuple[str, tuple[Correction, ...]]:
        """`text` (a normalised question) with its misspelt words replaced, and what was replaced;
        which stretches of the question are tried is `spelled_text.correct_text`'s job."""
        if len(text) > MAX_TEXT or len(set(unknown)) > MAX_UNKNOWN:
            return text, ()
        return spelled_text.correct_text(self, text, unknown, typed, context)
