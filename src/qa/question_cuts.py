"""How a question's pieces are re-cut before they are read: jieba glues the copula to the word before
the question word (人为 + 谁), splits a verb around the 的 of 是…的 (入的党), and cuts a size asked
(有多深) in ways no passage matches. Each function takes the question's precise-mode pieces and
gives them back re-cut; `qa.tokenize` decides which pieces are kept.
"""

from __future__ import annotations

import re

from . import background
from .question_words import ASKING_RE, is_question_word
from .text import HAN_RE, Tagger

# The copula a question asks through (…的人为谁, 全名是什么, 於何年), folded to Simplified.
COPULA = ("为", "是", "于")
# jieba's tags of words that end in the copula's character and are not a noun plus the copula:
# verbs (称为, 成为), conjunctions (因为, 还是), adverbs (就是), prepositions.
_VERB_LIKE = ("v", "c", "d", "p")


def _adjective(tagged: list[tuple[str, str]]) -> bool:
    return any(flag.startswith("a") for _, flag in tagged)


def _verb_like(tagged: list[tuple[str, str]]) -> bool:
    """The word, tagged alone, is one verb, conjunction, adverb or preposition."""
    return len(tagged) == 1 and tagged[0][1].startswith(_VERB_LIKE)


# 有多深, 多 + 高: a size asked, as jieba cuts it (有多深 as one word, 有 + 多 + 大 as three). Read as
# 有 + 多深, 多高: question words, dropped as 多长 is — not 深 or 高 as words the answer must hold, nor
# 有多深 as a word no passage has. (多重 is left alone: 多重国籍 is a word.)
_SIZE_ASKED = re.compile(r"^(有)?(多(?:大|高|深|远|遠|宽|寬|厚|长|長|久))$")
_SIZES = frozenset("大高深远遠宽寬厚长長久")


def size_asked(pieces: tuple[str, ...]) -> tuple[str, ...]:
    """The pieces with a size asked read as one question word (有 + 多深, 多高)."""
    out: list[str] = []
    for piece in pieces:
        if out and out[-1] == "多" and piece in _SIZES:
            out[-1] = "多" + piece
        elif (m := _SIZE_ASKED.match(piece)) and m.group(1):
            out += [m.group(1), m.group(2)]
        else:
            out.append(piece)
    return tuple(out)


def copula_cut(pieces: tuple[str, ...], tag: Tagger) -> tuple[str, ...]:
    """Cut the copula 为/是 (or 于) off a word jieba glued it to right before the question word:
    …的人为谁 reads 人为 (man-made) + 谁, 全名是什么 reads 全名是 + 什么. Glued, the question
    seemed to ask for a 人为 the answer never names. Off a word jieba's tables do not list, it is
    cut wherever it stands (金家龙是泗县哪个村的: 金家 + 龙是 → 龙 + 是). Verbs, conjunctions and adverbs that end
    in the same character (称为, 因为, 还是, 就是) stay whole: jieba's tables list them so."""
    out: list[str] = []
    for piece, after in zip(pieces, (*pieces[1:], ""), strict=True):
        # jieba's tag of a word it does not list is a guess (陈是 in 华雨陈是哪里人 comes out a verb);
        # a piece it does not list at all is a name it glued the copula to, whatever follows
        # (金家龙是泗县哪个村的 reads 金家 + 龙是, a word no passage holds).
        listed = background.background_idf(piece) is not None
        if (len(piece) >= 2 and piece[-1] in COPULA and (not listed or ASKING_RE.match(after))
                and not (listed and _verb_like(tag(piece)))):
            out += [piece[:-1], piece[-1]]
        else:
            out.append(piece)
    return tuple(out)

def rejoin_split_verbs(pieces: tuple[str, ...], tag: Tagger) -> tuple[str, ...]:
    """什么时候入的党 asks when someone 入党: the 是…的 form puts 的 inside the verb (入的党, 结的婚,
    上的学). Read apart, the question held two single characters no passage matches as words;
    a verb and object that jieba's tables list as one word are read as that word (an adjective
    and its noun, 红的花, stay apart). The weighed words are mended again against the corpus's own
    (`question_pieces.rejoined`: after an asking word too, 几月份入的党)."""
    out = list(pieces)
    i = 0
    while i + 2 < len(out):
        verb, de, obj = out[i : i + 3]
        if i and is_question_word(out[i - 1]):
            # 哪个村的人: a noun the question word picks and the person it qualifies, never 村人.
            i += 1
            continue
        if de == "的" and len(verb) == len(obj) == 1 and HAN_RE.match(verb + obj) and (
                background.background_idf(verb + obj) is not None and not _adjective(tag(verb))):
            out[i : i + 3] = [verb + obj]
        i += 1
    return tuple(out)
