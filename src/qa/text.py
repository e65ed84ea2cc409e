"""Script conversion, normalisation and sentence splitting: the character-level helpers.

Everything that compares text (tokens, highlights, duplicates) goes through `fold`, so a
Traditional question meets Simplified text and a full-width comma meets a half-width one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
import opencc

Span = tuple[int, int]

# CJK Unified Ideographs, Extension A and the compatibility block: one definition for every module.
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
HAN_CHARS = "".join(f"{chr(low)}-{chr(high)}" for low, high in HAN_RANGES)
HAN_RE = re.compile(f"[{HAN_CHARS}]")
_NON_HAN_RE = re.compile(f"[^{HAN_CHARS}]+")
# Sentence ends: 。！？!? and ……, with any closing quotes/brackets that follow them.
_CLOSERS = "”’」』）)]】》\"'"
_SENTENCE_END_RE = re.compile(r"(?:[。！？!?；;]|……|\.{3,})[”’」』）)\]】》\"']*")


_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")
# Longest sentence kept whole: longer than any in the bundled corpus and nearly all in CMRC/DRCD;
# a longer run is cut at a clause mark, else at the limit.
MAX_SENTENCE_CHARS = 300
_CLAUSE_END_RE = re.compile(r"[，,、：:]+|\s+")
# jieba's part-of-speech tagger as the engine passes it around (`Tokenizer.tag`): (word, flag) pairs.
Tagger = Callable[[str], Sequence[tuple[str, str]]]

# Where a clause ends: a comma, a colon or a sentence end (not 、, which lists within one clause).
CLAUSE_MARK = re.compile(r"[，,。；;：:！!？?]")


def strip_surrogates(text: str) -> str:
    """Lone surrogates (possible in Python strings and JSON escapes) cannot be encoded: drop them."""
    return _SURROGATE_RE.sub("", text)


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    return _converter("t2s").convert(text)


def to_traditional(text: str) -> str:
    return _converter("s2t").convert(text)


# The dots between the parts of a transliterated name (乔治·肖, 喬治‧蕭, ジョージ・ショウ): one for matching.
_INTERPUNCTS = frozenset("·‧•・･∙⋅")


def _fold_char(ch: str) -> str:
    folded = _fold_char_keep_script(ch)
    if HAN_RE.match(folded):
        converted = to_simplified(folded)
        if len(converted) == 1:
            folded = converted
    return folded


def _fold_char_keep_script(ch: str) -> str:
    # NFKC may expand (① → 1, … → ...); one character is kept so offsets survive.
    folded = (unicodedata.normalize("NFKC", ch).lower() or " ")[:1]
    return "·" if folded in _INTERPUNCTS else folded


class _FoldTable(dict):
    """Code point → its one folded character, filled on first sight: `str.translate` then runs
    at C speed for every character it has seen before."""

    def __init__(self, fold_char: Callable[[str], str]) -> None:
        super().__init__()
        self._fold_char = fold_char

    def __missing__(self, code: int) -> str:
        self[code] = value = self._fold_char(chr(code))
        return value


_FOLD = _FoldTable(_fold_char)
_FOLD_KEEP_SCRIPT = _FoldTable(_fold_char_keep_script)


# Traditional 著 after a verb is the aspect particle Simplified writes 着 (拉著, 隨著, 帶著), which OpenCC
# keeps as 著: jieba then glues it to the words around it (二都拉著). Not the 著 of 著名, 显著, 著作.
_PARTICLE_ZHE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![显顯卓昭土巨名编編论論专專合遗遺新大译譯拙撰原])著(?![名作称稱述录錄书書者])")


def _particle_zhe(text: str) -> str:
    return _PARTICLE_ZHE.sub("着", text) if "著" in text else text


def fold(text: str, *, convert_script: bool = True) -> str:
    """Length-preserving normal form used for matching: NFKC per character, lower case, t2s.

    Converting character by character loses OpenCC's phrase-level choices (乾隆 vs 干), which is
    acceptable for matching; what matters is that position i in the result is character i of the
    source, so highlights found in folded text map straight back onto the verbatim quote.
    """
    if not convert_script:
        return text.translate(_FOLD_KEEP_SCRIPT)
    return _particle_zhe(text.translate(_FOLD))


def follows(prefix: re.Pattern[str], word: str, text: str) -> bool:
    """Does `word` occur in `text` right after what `prefix` matches? `prefix` is compiled once,
    ending in ``\\Z`` and without lookahead: the same answer as searching ``prefix + re.escape(word)``,
    without compiling a pattern per word (one holding a class of Han characters takes about a
    millisecond to compile, a fifth of a question's whole search)."""
    at = text.find(word) if word else -1
    while at >= 0:
        if prefix.search(text, 0, at):
            return True
        at = text.find(word, at + 1)
    return False


def fold_han(text: str) -> str:
    """The Han characters of a text, folded, as one string (what a copy without punctuation, digits
    or line breaks keeps). The particle 著 is read among its Han neighbours, so 影響\n著 wrapped over
    two lines folds as 影響著 does."""
    return _particle_zhe(_NON_HAN_RE.sub("", text.translate(_FOLD)))


# Blocks whose characters may have a compatibility form: full-width ASCII, the ideographic space,
# …, ℃, ①, ㎝, small and vertical forms. Most Chinese text is not NFKC only because of ，（）：.
_COMPAT_BLOCKS = ((0x00A0, 0x00FF), (0x2000, 0x24FF), (0x3000, 0x33FF), (0xFE10, 0xFE6F), (0xFF00, 0xFFEF))
_COMPAT = {ch: form for ch in (chr(code) for low, high in _COMPAT_BLOCKS for code in range(low, high + 1))
           if (form := unicodedata.normalize("NFKC", ch)) != ch}
_COMPAT_RE = re.compile("[" + "".join(map(re.escape, _COMPAT)) + "]")
# The five that make up 96 % of them at 10k documents: a str.replace each is cheaper still.
_COMMONEST_COMPAT = tuple((ch, _COMPAT[ch]) for ch in "，（）：；")


def _compat_form(match: re.Match[str]) -> str:
    return _COMPAT[match.group()]


def nfkc(text: str) -> str:
    """`unicodedata.normalize("NFKC", text)`, about 10× faster on Chinese text.

    Replacing a character by its own NFKC form never changes the NFKC form of the whole text (both
    have the same compatibility decomposition), so the common compatibility characters are
    replaced first (the commonest by `str.replace`, the others by one regex pass); only a text
    still not normal after that (combining marks, rarer characters) goes through the normaliser.
    The quick check is ~100× cheaper than normalising.
    """
    if unicodedata.is_normalized("NFKC", text):
        return text
    for ch, form in _COMMONEST_COMPAT:
        text = text.replace(ch, form)
    if unicodedata.is_normalized("NFKC", text):
        return text
    text = _COMPAT_RE.sub(_compat_form, text)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def fold_for_index(text: str, *, convert_script: bool = True) -> str:
    """Normal form for tokenising: NFKC + lower case + OpenCC t2s with phrase context."""
    text = nfkc(text).lower()
    return _particle_zhe(to_simplified(text)) if convert_script else text


def detect_script(text: str, sample: int = 4000) -> str:
    """'traditional' when converting to Simplified changes a noticeable share of Han characters.

    The Han characters are kept with one `sub` (not a `findall` list joined back), and a text that
    OpenCC leaves as it is (all Simplified text) is not compared character by character.
    """
    han = _NON_HAN_RE.sub("", text[:sample])
    if not han:
        return "simplified"
    simplified = to_simplified(han)
    changed = 0 if simplified == han else changed_chars(han, simplified)
    return "traditional" if changed / len(han) > 0.04 else "simplified"


def changed_chars(before: str, after: str) -> int:
    """Positions (up to the shorter length) where two strings differ: `sum(map(operator.ne, …))`
    compared as two arrays of code points, ~8× faster on a page of Traditional text."""
    if not before or not after:
        return 0
    a = np.frombuffer(before.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    b = np.frombuffer(after.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    n = min(len(a), len(b))
    return int(np.count_nonzero(a[:n] != b[:n]))


def is_own(word: str, own: Sequence[str]) -> bool:
    """The word is (part of) one of the question's own words, or holds one: not its answer."""
    return any(word in o or o in word for o in own)


def without_words(sentence: str, words: Sequence[str]) -> str:
    """The sentence with the given words (the question's own) blanked out by a comma: what is left
    may answer it."""
    for word in words:
        sentence = sentence.replace(word, "，")
    return sentence


def clauses(sentence: str) -> list[str]:
    """The sentence cut at its clause marks (`CLAUSE_MARK`): what a comma-separated fact says is read
    within its own clause (女党员 next to its own figure, not the total's)."""
    return CLAUSE_MARK.split(sentence)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans (absolute offsets) within text[start:end], trailing whitespace excluded."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    pos = start
    for match in _SENTENCE_END_RE.finditer(text, start, end):
        stop = match.end()
        if text[stop - 1] in _CLOSERS and stop < end and HAN_RE.match(text, stop):
            # “怎么头发那么白了都不染?”董明媛笑着问女儿。 is one sentence: the quote is its object.
            continue
        if text[pos].isspace() or text[stop - 1].isspace():
            _append(text, spans, pos, stop)
        else:  # the common case, inline: a sentence with no space to trim (a match is never empty)
            spans.append((pos, stop))
        pos = stop
    _append(text, spans, pos, end)
    if any(stop - begin > MAX_SENTENCE_CHARS for begin, stop in spans):
        return [piece for span in spans for piece in _bounded(text, span)]
    return spans


def _bounded(text: str, span: Span) -> list[Span]:
    """A sentence longer than MAX_SENTENCE_CHARS as pieces no longer than that: cut after the last
    clause mark (，、：) or space in the second half of each window, else at the limit. A file with no
    punctuation at all would otherwise be one passage and one quote of millions of characters."""
    start, end = span
    pieces: list[Span] = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cuts = [m.end() for m in _CLAUSE_END_RE.finditer(text, start + MAX_SENTENCE_CHARS // 2, limit)]
        cut = cuts[-1] if cuts else limit
        _append(text, pieces, start, cut)
        start = cut
    _append(text, pieces, start, end)
    return pieces


def _append(text: str, spans: list[Span], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def convert_for_reader(text: str, script: str) -> str:
    """Show a quote in the reader's script; the verbatim original is always kept beside it."""
    if script == "traditional":
        return to_traditional(text)
    if script == "simplified":
        return to_simplified(text)
    return text
