"""那大连呢, 那刘小辉呢: when X of 那X呢 is a name, told by its kind from the engine's tagger.

A name takes the place of the previous question's name of its kind (沈阳 of 沈阳片区…交易多少单, 美国
of 对美国进出口), not of its last word (交易); and the places, people and bodies X names are the ones a
quote answering it must name. Telling names by kind (jieba's tags, X市 for a place jieba misreads, a
surname cut off) is a job of its own, kept apart from `qa.about_x`, which reads 那X呢 and tries the
other swaps in turn.
"""

from __future__ import annotations

import re

from .leaning import Tagger
from .named_people import SURNAMES
from .other_object import PREP
from .partners import PARTNER_TAGS
from .previous_turn import Conversation, Resolved
from .text import fold

__all__ = ["name_swap", "names_in"]

# jieba's tags for names, by kind: a place's name takes a place's, a person's a person's.
_NAME_KINDS = {"ns": "place", "nsf": "place", "nr": "person", "nrfg": "person", "nrt": "person", "nt": "body"}


def _name_kind(word: str, flag: str, tag: Tagger) -> str | None:
    """A name's kind by jieba's tag; a word that with 市 is one place's name (大连 → 大连市, which
    jieba tags an adverb alone; 娄底, which it tags a person) is a place."""
    if flag not in _COMMON and 2 <= len(word) <= 3 and [f for _, f in tag(word + "市")] in (["ns"], ["nsf"]):
        return "place"
    return _NAME_KINDS.get(flag)


# Tags of common words (nouns, verbs, times, numbers …), never read as a place by X市 (交易市, 上半年市).
_COMMON = frozenset({"n", "v", "vn", "vd", "t", "m", "mq", "q", "f", "r", "p", "c", "u", "uj", "ul", "y", "x", "a", "ad", "an"})


def name_swap(x: str, about: str, previous: Conversation, tag: Tagger | None) -> Resolved | None:
    """那大连呢 after 沈阳片区…交易多少单, 那日本呢 after 辽宁…对美国进出口多少: X is one name, so it
    takes the place of the previous question's name of its kind (沈阳, 美国), not of its last word
    (交易): of places the last (the frame, 辽宁, comes first), of people the first (the subject).
    None when X is no name or the previous question names none of its kind."""
    if tag is None:
        return None
    words = [(w, f) for w, f in tag(about) if w.strip()]
    if len(words) == 2 and words[0][0] in SURNAMES and len(words[1][0]) == 2:
        words = [(about, "nr")]  # 刘楚雄, 张浩然: jieba cuts off the surname (刘 + 楚雄, 张 + 浩然), not 高 + 楼
    # 欧盟, 东盟 (jieba tags them j), RCEP: a partner's name, a body's for what it stands in for.
    if len(words) != 1 or (kind := _name_kind(*words[0], tag) or ("body" if words[0][1] in PARTNER_TAGS else None)) is None:
        return None
    folded, at, spans, governed, before = fold(previous.question), 0, [], None, ("", "")
    for word, flag in tag(folded):
        start = folded.find(word, at)
        if start < 0:
            continue
        at = start + len(word)
        if len(word) >= 2 and word != about and _name_kind(word, flag, tag) == kind:
            spans.append((start, at))
        if (kind in ("place", "body") and before[1] == "p" and PREP.fullmatch(before[0])
                and flag in PARTNER_TAGS and word != about):
            # 对欧盟 (an abbreviation jieba tags j): the partner (`partners.PARTNER_TAGS`) a place stands for
            governed = (start, at)
        before = (word, flag)
    if governed is not None:
        spans = [governed]
    if not spans:
        return None
    start, end = spans[-1] if kind == "place" else spans[0]
    return Resolved(previous.question[:start] + x + previous.question[end:], carried=True)


# A piece named (那娄底那篇呢): its byline answers, and names no place.
_PIECE = re.compile(r"篇|文章|报道|報道|稿")


def names_in(about: str, tag: Tagger | None) -> tuple[str, ...]:
    """The places, people and bodies X names (林原村, 南宁, 朱开成 of 那石油大院的朱开成呢): a quote
    answering 那X呢 comes from a passage naming them; not the aspect X asks of (第二个, 职务, 时间点)."""
    if tag is None or _PIECE.search(about):
        return ()
    words = [(w, f) for w, f in tag(about) if w.strip()]
    names = []
    for i, (word, flag) in enumerate(words):
        if word in SURNAMES and i + 1 < len(words) and len(words[i + 1][0]) == 2 and flag != "ns":
            names.append(word + words[i + 1][0])  # 刘 + 楚雄: jieba may cut the surname off
        elif len(word) >= 2 and (_name_kind(word, flag, tag) or flag.startswith("nr")):
            names.append(word)
    return tuple(dict.fromkeys(names))
