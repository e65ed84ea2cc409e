"""Which characters sound alike: the same toneless syllable (江欣苑 / 江心苑), or one fuzzy-pinyin
step away (zh/z, ch/c, sh/s, n/l, -ng/-n: 张立春 / 张立村), as a pinyin input method confuses them.

`qa.spelling` corrects a question's words with these; the tables are pypinyin's, read once on the
first unknown word, not at import.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["homophones", "near_sounds"]

_CJK = (0x4E00, 0x9FFF)  # corpus words are folded to Simplified: the basic block holds their characters


_TONELESS = str.maketrans({**{ch: base for base, marked in (
    ("a", "āáǎà"), ("e", "ēéěèế"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù"), ("v", "üǖǘǚǜ"),
    ("n", "ńňǹ"), ("m", "ḿ")) for ch in marked}, "\u0304": None, "\u030c": None})


@lru_cache(maxsize=1)
def _by_sound() -> dict[str, str]:
    """Toneless syllable → the characters whose first (commonest) reading it is, from pypinyin's
    table of single characters; read once, on the first unknown word, not at import.

    Only the first reading: an input method lists a character under its rare readings too, but far
    down; with every reading 包 (bāo, rarely fú) would stand for 福, and 主 for 宁 (níng, rarely zhù),
    and on DRCD questions nearly every correction was such a false one.
    """
    from pypinyin.pinyin_dict import pinyin_dict

    sounds: dict[str, list[str]] = {}
    for code, readings in pinyin_dict.items():
        if _CJK[0] <= code <= _CJK[1]:
            sounds.setdefault(readings.split(",")[0].translate(_TONELESS), []).append(chr(code))
    return {sound: "".join(chars) for sound, chars in sounds.items()}


@lru_cache(maxsize=1)
def _sound_of() -> dict[str, str]:
    return {char: sound for sound, chars in _by_sound().items() for char in chars}


def homophones(char: str) -> str:
    """The characters read like `char` (心 → 新欣辛…, by first readings, tones ignored), itself excluded."""
    sound = _sound_of().get(char)
    return "" if sound is None else _by_sound()[sound].replace(char, "")


# The sounds an input method's fuzzy pinyin (模糊音) lets stand for each other: many speakers do not
# tell zh/ch/sh from z/c/s, n from l, or -ng from -n, and type 张立村 for 张立春.
_FUZZY_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"))
_FUZZY_FINALS = (("ang", "an"), ("eng", "en"), ("ing", "in"))
_N_L = {"n": "l", "l": "n"}


def _near(sound: str) -> set[str]:
    """The syllables one fuzzy-pinyin swap away from `sound` (chun → cun, lan → nan, lang)."""
    out = set()
    for retroflex, flat in _FUZZY_INITIALS:
        if sound.startswith(retroflex):
            out.add(flat + sound[len(retroflex):])
        elif sound.startswith(flat):
            out.add(retroflex + sound[len(flat):])
    if sound[:1] in _N_L:
        out.add(_N_L[sound[0]] + sound[1:])
    for velar, dental in _FUZZY_FINALS:
        if sound.endswith(velar):
            out.add(sound[: -len(velar)] + dental)
        elif sound.endswith(dental):
            out.add(sound[: -len(dental)] + velar)
    out.discard(sound)
    return out


def near_sounds(char: str) -> str:
    """The characters whose sound is one fuzzy-pinyin swap from `char`'s (春 chun → 村存寸… cun)."""
    sound = _sound_of().get(char)
    if sound is None:
        return ""
    by_sound = _by_sound()
    return "".join(by_sound.get(near, "") for near in sorted(_near(sound)))
