"""How a question's words are mended before they are weighed: the pieces jieba glued a function
character to (大院里 → 大院 + 里; 来网 + 周村 of 来网周村 → 来 + 网 + 周村), an amount read as the thing the
corpus names (进出口额 → 进出口), a spoken noun read as the written one (村子 → 村), and the character
pairs that stand for a word the index does not hold whole (时守). `question.read` runs these on
every question word; jieba cuts a question's words differently from the same words in the text.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from typing import TYPE_CHECKING

from . import background
from .numerals import with_digits
from .text import HAN_RE
from .tokenize import BIGRAM_PREFIX

if TYPE_CHECKING:
    from .index import BM25Index

__all__ = ["amount_of", "counted_in_digits", "cut_across", "glued_on", "in_digits", "mis_cut", "pair_idfs", "rejoined",
           "spoken_noun"]

# A run of digits, or of what is not: the pieces of a word written with digits (70 + 年代).
_DIGIT_RUNS = re.compile(r"[0-9]+|[^0-9]+")
_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千点]{2,}")

# A single character this common in general Chinese is a function word jieba glued to its
# neighbour (里, 上, 中, 是, 从, 用, 其, 起); 生, 制, 碳, 电 are not (博士生, 俱乐部制, 铁电: dev split,
# cutting at 0.6 let 7 more of 3,000 out-of-corpus questions through).
_COMMON_CHAR = 0.05
# Pointing words and adverbs jieba glues to the character after them (那羊, 才值, 都卖; 多 of 一年多帮街坊): only these,
# not any common character (口 of 火山口湖 is common too, and 口湖 is no accident).
_GLUED_ADVERBS = frozenset("那这這才就都也还還又再很太更只多最")  # 最盼 (最盼着的是啥): 最 is a degree adverb too
# A word this common in general Chinese (比较, 非常, 十分, 特别) that jieba's table lists glued to the
# word after it (比较突出) says how much, not what: the phrase is read as its two words.
_COMMON_WORD = 0.12
# 那家, 这位, 该所: a pointing word and a classifier, which jieba may keep as one word the corpus lacks.
_POINTING = frozenset("这那這该該此")
# Personal pronouns: jieba glues one to the character after it (我长按: 我长 + 按), a pair no name opens with.
_PRONOUNS = frozenset("我你妳他她它您咱")
_CLASSIFIERS = frozenset("个個位家所名条條件座只项項份篇本部支批种種类類间間栋棟")
# Aspect particles jieba leaves glued to the verb before them (改了, 做过, 看着).
_ASPECT = frozenset("了过過着著")
# Directions a verb takes (搬进, 住进, 送回): jieba glues them on; the corpus may say another (搬到).
_DIRECTIONS = frozenset("进進出到回来來去上下起开開")
# Verbs that follow a subject, which jieba glues to a name before them (小玮读, 张银祥住, 华雨辰写).
_VERBS_AFTER = frozenset("读讀写寫住姓干幹买買卖賣帮幫")
# Verbs that take a person or a place as their object, which jieba reads as one word with a corpus name
# after them (写华雨辰那篇报道的记者是谁 → 写华雨辰, weighed as the rarest word).
_VERBS_BEFORE = frozenset("写寫帮幫找问問给給让讓请請叫派送陪接看教")
# Verbs of saying, which jieba glues to the one character after them as a guessed name (文章说党最大的
# 危险: 说党): no name opens with one.
_SAYING = frozenset("说說讲講称稱谈談")


def mis_cut(word: str, vocab: Container[str], *, named: bool = False) -> tuple[str, ...] | None:
    """The pieces of a word the corpus has never seen, when jieba glued a function character to a
    word the corpus has (大院里 → 大院 + 里), two function characters no dictionary lists as a word
    (里是 → 里 + 是), a pointing word to its classifier (那家), or a corpus name to the verb after it
    (小玮读 → 小玮 + 读); None when the word is not such an accident (岫岩, 傲骨, 华雨晨: an unknown
    name stays one word, and the rarest). A word of general Chinese (总额, 一共: jieba's table lists
    it) or one jieba guessed to be a name (`named`: its guess for 大院里 is a place) is cut only into
    a corpus word and a function character, never into two characters: 进出口总额 asks for a total
    the corpus may not give.

    Read as one unknown word, 大院里 in 朱开成大爷是打啥时候起住在大院里的 weighed as the question's
    rarest, most important word, and the passage that answers it looked as if it lacked it.
    """
    if word in vocab or not 2 <= len(word) <= 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return None
    if word[-1] in _ASPECT and (word[:-1] in vocab or len(word) == 2):
        return (word[:-1],)  # 改了 (東興小區改了多久): the verb the corpus has, its aspect particle no word
    if len(word) == 2 and word[1] in _DIRECTIONS and word[0] in vocab:
        return (word[0],)  # 搬进 (啥时候搬进去的): the verb the corpus has (搬到), its direction no word
    listed = background.background_idf(word) is not None
    if len(word) == 3 and word[0] == word[2] and word[0] in vocab and word[1] in vocab and not named:
        return (word[0], word[1])  # 卖羊卖 of 卖羊卖了多少钱: a verb, its object, the verb again
    if len(word) == 2 and word[0] in _PRONOUNS and not listed:
        return (word[0], word[1])  # 我长 of 我长按咋没反应: a pronoun and a verb, never a name
    if len(word) == 2 and word[0] in _POINTING and word[1] in _CLASSIFIERS:
        return (word[0], word[1])  # 的那家美国杂志: a pointing word and its classifier, no content
    if len(word) == 2 and word[0] in _SAYING and word[1] in vocab and not listed:
        return (word[0], word[1])  # 说党 of 這篇文章說黨最大的危險是啥: what is said of 党, no name
    for cut in range(1, len(word)):
        pieces = (word[:cut], word[cut:])
        if (named or listed) and not any(len(piece) >= 2 for piece in pieces):
            continue
        if all(piece in vocab if len(piece) >= 2 else background.specificity(piece) <= _COMMON_CHAR
               for piece in pieces):
            return pieces
        # 那羊, 才值 (金大爷那羊当初一斤才值几个钱): a pointing word or an adverb glued to a character the
        # corpus has as a word of its own, in a pair neither jieba's table nor the corpus lists.
        if not named and not listed and len(word) == 2 and word[0] in _GLUED_ADVERBS and word[1] in vocab:
            return pieces
        # 小玮读 (小玮读几年级了): a corpus name and a verb a subject is followed by, which jieba read as
        # one name; not a name's own last character (江心 + 苑 is 江心苑).
        if len(pieces[0]) >= 2 and pieces[0] in vocab and pieces[1] in _VERBS_AFTER and pieces[1] in vocab:
            return pieces
        if named and len(pieces[1]) >= 2 and pieces[1] in vocab and pieces[0] in _VERBS_BEFORE:
            return pieces  # 写华雨辰 (which jieba guesses a name): a verb and the corpus name it takes
        # 比较突出 (the text's 较为突出): a phrase jieba's table lists, a common adverb on a corpus word.
        if (listed and len(pieces[0]) >= 2 and background.specificity(pieces[0]) <= _COMMON_WORD
                and pieces[1] in vocab):
            return pieces
    return None


# How specific a word may be in general Chinese and still be a function word (之前 0.2, 以前 0.23;
# 改用 1.0).
_FUNCTION_WORD = 0.3


def cut_across(words: Sequence[str], index: BM25Index) -> list[str]:
    """The words with a name jieba cut one character too early mended: 明 + 仁天皇 of 明仁天皇几几年
    登基的 is 明仁 + 天皇, two words the corpus has, where 仁天皇 is rarer than either (德仁天皇 is
    another emperor) and weighed as the question's most specific word. Only a lone character no
    function word (not 他 of 他出生地), before a word the corpus lacks or holds more rarely than both
    new pieces, each of two characters or more; and a name cut before its last character, glued to
    the one after it (袁宝 + 柱家 → 袁宝柱 + 家), where neither piece is a word the corpus has."""
    out = list(words)
    for i in range(1, len(out)):
        before, word = out[i - 1], out[i]
        if (len(before) >= 2 and len(word) == 2 and before not in index.vocab and word not in index.vocab
                and before + word[0] in index.vocab and word[1] in index.vocab
                and all(HAN_RE.match(ch) for ch in before + word)):
            # 袁宝 + 柱家 of 袁宝柱家那口子: a name and the 家 after it, cut inside the name (neither
            # piece a word the corpus has).
            out[i - 1], out[i] = before + word[0], word[1]
            continue
        if (len(before) == 2 and before[0] in _VERBS_BEFORE and before not in index.vocab
                and word not in index.vocab and before[1] + word in index.vocab
                and all(HAN_RE.match(ch) for ch in before + word)):
            # 帮张 + 银祥 of 帮张银祥的那个李文博: a verb glued to a name's first character, the rest of
            # the name cut off (neither piece a word the corpus has; 张银祥 is).
            out[i - 1], out[i] = before[0], before[1] + word
            continue
        if (len(before) != 1 or not 2 <= len(word) <= 4 or not all(HAN_RE.match(ch) for ch in before + word)
                or background.specificity(before) <= _COMMON_CHAR):
            continue  # 他 + 出生地, 被 + 称之为: a function character is a word of its own
        for cut in range(1, len(word) - 1):
            head, tail = before + word[:cut], word[cut:]
            if head in index.vocab and tail in index.vocab and (
                    word not in index.vocab
                    or index.term_idf(word) > max(index.term_idf(head), index.term_idf(tail))):
                out[i - 1], out[i] = head, tail
                break
            if (head in index.vocab and word not in index.vocab and len(tail) >= 2 and tail[:-1] in index.vocab
                    and background.specificity(tail[-1]) <= _COMMON_CHAR):
                # 扁 + 嘴鹅以 of 扁嘴鹅以什么为食: the name (扁嘴 + 鹅, as the corpus cuts it) with the
                # function character after it (以) glued on; the character is no word.
                out[i - 1], out[i] = head, tail[:-1]
                break
        else:
            if (len(word) == 2 and word not in index.vocab and BIGRAM_PREFIX + before + word[0] in index.vocab
                    and background.specificity(word[1]) <= _COMMON_CHAR
                    and background.specificity(word) > _FUNCTION_WORD):
                # 旧 + 改用 of 小区旧改用了多长时间: 旧改 (the text's 舊改僅用了) and 用, a function
                # character; 改用 is a word of general Chinese the corpus never says.
                # Not before a function word of general Chinese (坑 + 之前 of 依兰那个坑之前: 坑之 is
                # a pair the text holds, 陨石坑之后, but 之前 is how the asker says before).
                out[i - 1], out[i] = before + word[0], word[1]
    return out


# The asking of a time (哪个月, 几年, 第几天) that jieba may cut before its unit, gluing the unit to the
# verb after it (哪个 + 月入 + 的党: 月入 is "monthly income" in its table).
_ASKED_UNIT_BEFORE = re.compile(r"(?:哪[个個一]?|[几幾]|第[几幾]|多少)\Z")
_TIME_UNITS = frozenset("年月天日号號")
# 入的党, 结了婚: a verb and its object with 的 or 了 between, which the corpus writes as one word (入党).
_SPLIT_BY = frozenset("的了")
# 备好案, 报完名: a verb and its object with a complement between, which jieba keeps as one word.
_INSIDE_VERB = frozenset("好完过過了的")


def rejoined(words: Sequence[str], text: str, vocab: Container[str]) -> list[str]:
    """The words with a time's unit glued to the verb after it given back to the asking (月入 of 哪个月
    入的党 → 入), and a verb and its object split by 的 or 了 (入 + 党 of 入的党), or read as one word
    with a complement between (备好案), joined as the word the corpus writes (入党, 备案): read apart,
    入 weighed as a word the corpus never has, and the sentence saying 当年3月,她火线入党 looked as if
    it lacked it. Not where the corpus has the verb as a word of its own: it writes them apart too
    (脱了贫, 下了班), and the sentence saying so would lack the joined word.

    `question_cuts.rejoin_split_verbs` joins 入的党 earlier, for the search tokens, by jieba's table and
    never after an asking word (哪个村的人); this mends the weighed words against the corpus's own, after
    any asking (几月份入的党), which the table cannot tell (脱贫 is in it, the corpus writes 脱了贫)."""
    out: list[str] = []
    glued: dict[int, str] = {}  # where a unit was given back: the word as jieba had it
    at = 0
    for word in words:
        found = text.find(word, at)
        if (found >= 0 and len(word) == 2 and word[0] in _TIME_UNITS and word not in vocab
                and _ASKED_UNIT_BEFORE.search(text, 0, found)):
            glued[len(out)] = word
            word, found = word[1:], found + 1
        if (len(word) == 3 and word[1] in _INSIDE_VERB and word not in vocab and word[0] + word[2] in vocab
                and all("\u4e00" <= ch <= "\u9fff" for ch in word)):
            word = word[0] + word[2]  # 备好案 (几家企业备好案了): the 备案 the corpus writes, read whole
        if (out and found > 0 and len(word) == 1 and len(out[-1]) == 1 and text[found - 1] in _SPLIT_BY
                and text[found - 2 : found - 1] == out[-1] and out[-1] + word in vocab
                and out[-1] not in vocab):  # 脱了贫, 下了班: a corpus with the verb as a word writes them apart too
            out[-1] = out[-1] + word
            glued.pop(len(out), None)  # the unit given back is now part of the joined word
        else:
            out.append(word)
        at = max(at, found + len(word)) if found >= 0 else at
    # A unit given back leaving a character the corpus never has (天关 of 哪天关的 → 关) is left as it was:
    # one unknown word either way, and the shorter one weighed as if the question said less.
    return [glued[i] if i in glued and word not in vocab else word for i, word in enumerate(out)]


def glued_on(word: str, after: str, vocab: Container[str]) -> tuple[str, str] | None:
    """来网 of 来网周村 read as 来 + 网: jieba glued a common character (来, 到, 在) to the first
    character of the name after it, which the corpus writes side by side with the rest (网周村: 网 +
    周村 there); None when the word is known, or is not such an accident. Read as one unknown word,
    来网 weighed as the question's rarest word, and the sentence saying when 程鹏来到网周村 lacked it."""
    if word in vocab or len(word) != 2 or not after or not all(HAN_RE.match(ch) for ch in word + after[0]):
        return None
    if background.background_idf(word) is not None:
        return None  # a word of general Chinese (自封, 这幅): what the asker meant, not an accident
    head, tail = word
    # 帮 of 帮金大爷 is no function word, but a verb taking the person after it (`_VERBS_BEFORE`).
    if background.specificity(head) > _COMMON_CHAR and head not in _VERBS_BEFORE:
        return None
    if tail not in vocab or BIGRAM_PREFIX + tail + after[0] not in vocab:
        return None
    return head, tail


def amount_of(word: str, index: BM25Index) -> tuple[str] | None:
    """进出口额 read as 进出口: the amount (额) or quantity (量) of a thing the corpus names more often
    than it names the amount (全省对美国进出口311.2亿元 says the amount without 额); None otherwise."""
    thing = word[:-1]
    if word[-1:] not in ("额", "量") or len(thing) < 2 or thing not in index.vocab:
        return None
    return (thing,) if index.term_idf(thing) < index.term_idf(word) else None


def spoken_noun(word: str, index: BM25Index) -> tuple[str] | None:
    """院子 read as 院, 村子 as 村: the spoken noun suffix (子, 儿) on a noun the corpus writes
    without it, when the corpus lacks the suffixed word; None otherwise."""
    stem = word[:-1]
    if word[-1:] not in ("子", "儿", "兒") or not stem or word in index.vocab or stem not in index.vocab:
        return None
    return (stem,)


def in_digits(word: str, vocab: Container[str]) -> tuple[str, ...] | None:
    """七十年代 read as 70 + 年代: a word with a Chinese numeral the corpus lacks, when the corpus
    writes the number in digits (20世纪70年代) and has every piece of that spelling; None otherwise.
    Read as one unknown word, 七十年代 weighed as the question's rarest word, and the sentence
    saying 20世纪70年代就居住在大院的居民朱开成 looked as if it lacked it."""
    if word in vocab or (spelled := with_digits(word)) == word:
        return None
    if spelled in vocab:
        return (spelled,)
    pieces = tuple(_DIGIT_RUNS.findall(spelled))
    return pieces if len(pieces) > 1 and all(piece in vocab for piece in pieces) else None


def counted_in_digits(word: str, after: str, vocab: Container[str]) -> tuple[str, ...] | None:
    """三千八百 read as 3800 when the word after it counts something (多场): jieba cuts the numeral off
    its unit, and the corpus, which writes 3800余场, lacks it. Only a numeral the corpus lacks: 五月天,
    三元 are names it may hold."""
    if word in vocab or not _NUMERAL.fullmatch(word):
        return None
    spelled = with_digits(word + after)
    digits = re.match(r"\d+(?:\.\d+)?", spelled)
    # 六百六十|五亿 (jieba cuts inside the numeral): the digits may take the next word's numeral too.
    return (digits.group(),) if digits and after.endswith(spelled[digits.end():]) else None


def pair_idfs(word: str, index: BM25Index) -> list[float] | None:
    """The IDF of each character pair of a word the index does not hold whole, when it holds every
    pair (a segmentation accident: 时守, 来网); None when a pair is missing or the word has none."""
    pairs = [BIGRAM_PREFIX + word[i : i + 2] for i in range(len(word) - 1)]
    found = [index.term_idf(p) for p in pairs if p in index.vocab]
    return found if pairs and len(found) == len(pairs) else None
