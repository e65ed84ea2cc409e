"""A figure for one partner is not the whole: 全省对欧盟进出口665.3亿元 does not answer 辽宁上半年进出口
总额, nor 对美国进出口多少. Trade, aid and exchange reports list a figure per partner, each named by what
对/向/与 govern; a question that names no such partner, or another, is not answered by them. Nor is a
total asked (总额, 全省) answered by one local place's figure (沈阳片区完成跨境电商交易459万单).
`answer_shape.fits` asks this of a count or amount question's sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .asked_places import LOCAL_PLACE
from .number_near import Matcher
from .text import clauses

__all__ = ["PARTNER_TAGS", "WHOLE_Q", "counts_a_part", "counts_a_place", "partner_asked"]

# A total asked: of everything (总额, 总数), or of a whole province, city or country (全省).
# Not 一共/总共: hedges on any count (林原村一共组建了几支), as often of one place as of a whole; nor
# 全区: a district's total is said of its 社区 (该区依托社区…已建成的121处服务站).
WHOLE_Q = re.compile(r"总额|總額|总量|總量|总数|總數|总计|總計|合计|合計|全省|全市|全国|全國")

_PARTNER = frozenset("对對向与與")
# A rate after the figure (同比增长36.4%) qualifies it and counts nothing of its own.
_RATE = re.compile(r"[%％]|增长|增長|下降|增加|减少|減少")
PARTNER_TAGS = frozenset({"ns", "nsf", "nt", "nz", "j", "eng"})  # jieba: places, bodies, other names; j: 欧盟,
# 东盟; eng: RCEP. A partner in quotes (对“一带一路”沿线国家) is named too, whatever jieba tags it.
_QUOTE_MARKS = frozenset("“”「」\"'《》")


def counts_a_part(amount: Matcher | re.Pattern[str], sentence: str, tag: Callable[[str], list[tuple[str, str]]],
                  own: Sequence[str]) -> bool:
    """Every clause of the (folded) sentence with the amount asked counts one partner the question
    (its own words `own`) does not name."""
    with_amount = [c for c in clauses(sentence) if amount.search(c) and not _RATE.search(c)]
    if not with_amount:
        return False
    for clause in with_amount:
        if not any(ch in _PARTNER for ch in clause):
            return False  # no 对/向/与 in it: nothing to tag (fits runs on every candidate sentence)
        words = tag(clause)
        quoted = [(w, "nz" if i and words[i - 1][0] in _QUOTE_MARKS else f) for i, (w, f) in enumerate(words)]
        words = [(w, f) for w, f in quoted if w not in _QUOTE_MARKS]
        if not any(prev in _PARTNER and flag in PARTNER_TAGS and not _named(word, _gloss(words, i + 2), own)
                   for i, ((prev, _), (word, flag)) in enumerate(zip(words, words[1:], strict=False))):
            return False
    return True


# How a question governs a partner: as the reports do (对, 与, 向), or as people say it (跟, 同); 和
# only after a word that is no name, since it joins two names as often (新北市和台北市之间).
_ASKED_WITH = frozenset("对對向与與跟同")
# Two places a count is asked between (A与B之间), not a partner of a third.
_BETWEEN = frozenset(["之间", "之間", "两地", "兩地"])


def partner_asked(tagged: Sequence[tuple[str, str]]) -> str:
    """The partner a count question names (辽宁上半年跟韩国做了多少买卖 → 韩国): a name right after
    对/跟/与…, whose own figure the answer must give; "" when it names none or asks between two."""
    if any(word in _BETWEEN for word, _ in tagged):
        return ""
    for i, ((prev, _), (word, flag)) in enumerate(zip(tagged, tagged[1:], strict=False)):
        if flag not in PARTNER_TAGS or len(word) < 2:
            continue
        # 辽宁上半年和韩国做了多少买卖: 和 after no name governs the partner as 跟 does.
        if prev in _ASKED_WITH or (prev == "和" and i > 0 and tagged[i - 1][1] not in PARTNER_TAGS):
            return word
    return ""


def _named(partner: str, gloss: str, own: Sequence[str]) -> bool:
    """The question names the partner: by its word, or by the full name glossed after it
    (对RCEP(区域全面经济伙伴关系协定)贸易伙伴 for 跟签了区域全面经济伙伴关系协定的那些国家)."""
    return any(partner in o or o in partner or (len(o) >= 2 and o in gloss) for o in own)


def _gloss(words: Sequence[tuple[str, str]], at: int) -> str:
    """The text in brackets right at word `at` (an abbreviation's full name), or ""."""
    if at >= len(words) or words[at][0] not in "(（":
        return ""
    inside = []
    for word, _ in words[at + 1 :]:
        if word in ")）":
            return "".join(inside)
        inside.append(word)
    return ""


def counts_a_place(amount: Matcher | re.Pattern[str], sentence: str, own: Sequence[str]) -> bool:
    """Every clause of the (folded) sentence with the amount asked is one local place's (沈阳片区,
    江欣苑社区) that the question (its own words `own`) does not name: a part, when a total is asked."""
    counted, last = [], []
    for clause in clauses(sentence):
        last = [m.group(0) for m in LOCAL_PLACE.finditer(clause)] or last  # 货值4.6亿元: still 沈阳片区's
        if amount.search(clause) and not _RATE.search(clause):
            counted.append(last)
    return bool(counted) and all(found and not any(p in o or o in p for p in found for o in own) for found in counted)
