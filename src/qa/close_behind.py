"""The chosen sentence given up for one scored close behind it that holds what it lacks: the date
the question typed (`dated`), a sharper date (`sharper`), the partner's figure (`partnered`), the
kind asked (`fitting`), the words said (`quoting_them`), the side a yes-or-no question asks of
(`whether_said`), the figure as it stands now (`current`). The linear chooser weighs the question's
words, which a sentence introducing the subject holds as well; each rule says what it cannot see and
how far behind (a margin of the model's score) that may win.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .asked_yes_no import speaks_of
from .sentence_features import FEATURES, Candidate

__all__ = ["JOIN_MARGIN", "NOW_ASKED", "SAID_CUE", "SAID_MARGIN", "TIE", "WHETHER_MARGIN", "current", "dated",
           "fitting", "highest", "partnered", "quoting_them", "sharper", "typed_dates", "whether_said"]

# The neighbouring sentence is quoted too when the model scores it within this margin of the chosen
# one (the model cannot tell which of the two answers). Dev split, answer in the quote / median quote
# length: margin 0 → CMRC 0.793 / 46 chars, DRCD 0.848 / 47; 2.5 → 0.820 / 52, 0.881 / 54; always
# joining → 0.828 / 89, 0.900 / 87 (two sentences' worth, what the issue allows at most).
JOIN_MARGIN = 2.5
# A sentence quoting the one whose words are asked wins over the chosen one only this close behind:
# a near tie (董明媛咋说的: 10.09 against 10.10). Within `JOIN_MARGIN`, golden dev lost 王智慧说…方便到啥
# 地步 to another of her sayings (an unattributed quotation held it).
SAID_MARGIN = 0.5
# The feature of a sentence quoting the one whose words are asked (cue 2, `named_people.said_by`).
SAID_CUE = FEATURES.index("cue2")
# Two sentences scored this close are a tie the model cannot break (`fitting`).
TIE = 0.1


def highest(found: Sequence[Candidate], scores: dict[tuple[int, int], float]) -> tuple[Candidate, float]:
    """The candidate scored highest (ties: the earlier passage, the earlier sentence), with its score:
    the order every choice below picks by."""
    best = max(found, key=lambda c: (scores[c.passage, c.sentence], -c.passage, -c.sentence))
    return best, scores[best.passage, best.sentence]


def _close_behind(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate, top: float,
                  holds: Callable[[Candidate], bool], margin: float) -> tuple[Candidate, float]:
    """The highest of the candidates that hold what the chosen one lacks (`holds`) and score within
    `margin` of it (`top`); the chosen one when none does. Each choice below asks it with its own test."""
    close = [c for c in found if holds(c) and scores[c.passage, c.sentence] >= top - margin]
    return highest(close, scores) if close else (best, top)


def sharper(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
            top: float) -> tuple[Candidate, float]:
    """A sentence giving the date at the precision asked (cue 2 or 3: 1995年 for 哪一年) within
    `JOIN_MARGIN` of a chosen one that gives it loosely (cue 1: 20世纪90年代) is quoted instead. Only
    for dates: for counts it moved DRCD quotes the wrong way (dev, answer in the quote −3)."""
    cue1, cue2, cue3 = (FEATURES.index(n) for n in ("cue1", "cue2", "cue3"))
    if not best.features[cue1] or best.features[cue2] or best.features[cue3]:
        return best, top
    sharper = [c for c in found if (c.features[cue2] or c.features[cue3])
               and scores[c.passage, c.sentence] >= top - JOIN_MARGIN]
    if not sharper:
        return best, top
    return highest(sharper, scores)


# A candidate giving the figure of the partner a count question names (对韩国进出口276.5亿元 for 跟韩国
# 做了多少买卖) is quoted instead of a chosen one that does not, when it scores within this much.
PARTNER_MARGIN = 4.0


def partnered(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
              top: float, partner: str) -> tuple[Candidate, float]:
    """A fitting candidate naming the `partner` asked of, within `PARTNER_MARGIN` of a chosen one
    that does not name it: a trade report opens with one place's figure (沈阳片区完成跨境电商交易
    459万单), which the chooser prefers for 辽宁上半年…, and lists each partner's later."""
    fit = FEATURES.index("fits")
    if not partner or partner in best.folded:
        return best, top
    return _close_behind(found, scores, best, top, lambda c: bool(c.features[fit]) and partner in c.folded,
                         PARTNER_MARGIN)


def fitting(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
            top: float, margin: float = TIE) -> tuple[Candidate, float]:
    """A candidate that holds the number asked (`answer_shape.fits`: not another partner's figure,
    not a date) scored within `TIE` of a chosen one that does not is quoted instead: the model could
    not tell them apart (辽宁…跟韩国…涨了多少: 对欧盟进出口…增长36.4% 4.63, 对韩国…增长38.2% 4.62).
    Only a near tie for numbers: within `JOIN_MARGIN`, or for every kind, it quoted another thing's
    fitting fact for questions the documents do not answer (golden dev and holdout). A thing asked by
    its kind (an illness, a make) is looked for within `margin` in the chosen passage and those beside
    it: further away it is another person's (钟呼毅老伴儿得的啥病 is not answered by 袁宝柱's 肺气肿)."""
    fit = FEATURES.index("fits")
    if best.features[fit]:
        return best, top
    return _close_behind(found, scores, best, top, lambda c: bool(c.features[fit]), margin)


# How far behind the chosen candidate one speaking of what a yes-or-no question asks may score and
# still be quoted instead.
WHETHER_MARGIN = 1.0


def whether_said(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
                 top: float, whether: str, opposed: Sequence[str]) -> tuple[Candidate, float]:
    """A candidate within `WHETHER_MARGIN` that says what a yes-or-no question asks whether it holds
    (`asked_yes_no`: 出钱 of 要不要掏钱), or the other side of it (`opposite_words`: 人气颇高 of 冷不冷清),
    when the chosen one says none of it: the model weighs the question's other words, which the
    sentence introducing the subject holds as well."""
    def says(c: Candidate) -> bool:
        return speaks_of(whether, opposed, c.folded, every=True)

    return (best, top) if says(best) else _close_behind(found, scores, best, top, says, WHETHER_MARGIN)


# A date the asker typed (那2015年底呢, 6月19日那天): the fact asked is the one of that date.
_TYPED_DATE = re.compile(r"(?:1[0-9]|20)\d\d年(?!代)|\d{1,2}月\d{1,2}[日号]|\d{1,2}月")


def typed_dates(question: str) -> tuple[str, ...]:
    """The dates a (folded) question types, as digits: 2015年, 6月19日 (号 read as 日)."""
    return tuple(dict.fromkeys(d.replace("号", "日") for d in _TYPED_DATE.findall(question)))


def dated(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
          top: float, dates: Sequence[str]) -> tuple[Candidate, float]:
    """A candidate within `JOIN_MARGIN` of the chosen one that holds every date the question typed,
    when the chosen one does not: 那2015年底又整合了多少条 is answered by 2015年12月底,81条, not by
    去年4月,21条 of the same paragraph."""
    if not dates:
        return best, top
    before = {(c.passage, c.sentence): c.folded for c in found}

    def holds(c: Candidate) -> bool:  # in the sentence, or the one before it (1922年6月…。當時…)
        text = before.get((c.passage, c.sentence - 1), "") + c.folded
        return all(d in text for d in dates)

    return (best, top) if holds(best) else _close_behind(found, scores, best, top, holds, JOIN_MARGIN)


# The figure as it stands now asked (到现在一共, 目前有多少, 至今), and said (目前…已完成119条, 累计).
NOW_ASKED = re.compile(r"现在|現在|目前|至今|如今|迄今|眼下|当前|當前|截至|截止")
_NOW_SAID = re.compile(r"现在|現在|目前|至今|如今|迄今|眼下|当前|當前|截至|截止|累计|累計")


def current(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
            top: float) -> tuple[Candidate, float]:
    """For a count asked as it stands now (成都12345到现在一共整合了多少条热线), a fitting candidate within
    `JOIN_MARGIN` saying so (目前成都市已完成119条…整合) when the chosen one gives an earlier step's figure
    (2015年12月底,81条…被整合到了12345热线)."""
    fit = FEATURES.index("fits")
    if _NOW_SAID.search(best.folded):
        return best, top
    return _close_behind(found, scores, best, top, lambda c: bool(c.features[fit]) and bool(_NOW_SAID.search(c.folded)),
                         JOIN_MARGIN)


def quoting_them(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
                 top: float) -> tuple[Candidate, float]:
    """For a question asking what someone said, a candidate within `SAID_MARGIN` of the chosen one
    that quotes them (cue 2, `named_people.said_by`) when the chosen one does not: 董明媛咋说的 is answered
    by 董明媛说,…“太感谢了”, not by the question she asked her daughter (“…不染?”董明媛笑着问女儿)."""
    if best.features[SAID_CUE]:
        return best, top
    return _close_behind(found, scores, best, top, lambda c: bool(c.features[SAID_CUE]), SAID_MARGIN)
