"""Whether a sentence names the kin a question asks for (董明媛的女儿叫什么, 本多忠高父亲是谁): a
person's name next to the kin word, or a biography's own forms (父亲是本多忠丰, 母傅昭仪).
`answer_shape.fits` asks it of every sentence a who-question about a kin may quote."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .background import background_idf
from .named_people import PERSON_TAGS, SURNAMES
from .text import is_own, without_words

__all__ = ["KIN_REACH", "PERSON_TAGS", "kin_named", "kin_said"]

# A parent or spouse named by a biography's own forms: 父亲是本多忠丰, 母傅昭仪, 其妻为某某.
_KIN_SHORT = {"父亲": "父(亲)?", "父親": "父(親)?", "母亲": "母(亲)?", "母親": "母(親)?", "丈夫": "(丈)?夫", "妻子": "妻(子)?"}
_KIN_NAME = r"([\u4e00-\u9fff·]{2,6})(?=[，,。；;（(、]|$)"


def kin_said(role: str, sentence: str, own: Sequence[str]) -> bool:
    """Does a clause of the sentence open with the kin asked and the name of who it is (any name, as
    jieba seldom tags a transliterated or an old one: `kin_named` wants it tagged)?"""
    short = _KIN_SHORT.get(role)
    if short is None:
        return False
    # A kin may share the asker's surname (本多忠高's father 本多忠丰); a word of general Chinese
    # (父亲是武将) says what the father was, not who; after the one-character form (母傅昭仪, not
    # 母子情深) the name opens with a surname.
    return any(re.sub("[，,]", "", without_words(name, own)) and background_idf(name) is None
               and (match.group(1) or name[0] in SURNAMES)
               for match in re.finditer(r"(?:^|(?<=[，,。；;]))(?:其)?" + short + r"(?:是|为|為|：|:)?" + _KIN_NAME,
                                        sentence) if (name := match.group(2)))


# How near a kin's name stands to the kin word: 女儿李秀英, 李秀英是她的女儿, 其女儿、志愿者李秀英.
KIN_REACH = 6


def kin_named(kin: str, sentence: str, tag: Callable[[str], list[tuple[str, str]]], own: Sequence[str]) -> bool:
    """A person's name next to the kin word: 董明媛的女儿叫什么 is not answered by the 工作人员郑彩平
    of a sentence that also mentions her 女儿."""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(kin), sentence)]
    at = 0
    for word, flag in tag(sentence):
        start = max(sentence.find(word, at), at)
        at = start + len(word)
        if (flag in PERSON_TAGS and len(word) >= 2 and not is_own(word, own)
                and any(start - end <= KIN_REACH and a - at <= KIN_REACH
                        and not (a >= at and _OWNER_LINK.fullmatch(sentence[at:a])) for a, end in spans)):
            return True
    return False


# What joins a name to the kin it has (钟呼毅和其老伴儿, 董明媛的女儿, 张银祥儿子): the name is whose
# kin it is, not the kin's.
_OWNER_LINK = re.compile(r"(?:的|之|和其|及其|与其|與其|同其|和他的|和她的|跟他的|跟她的)?")
