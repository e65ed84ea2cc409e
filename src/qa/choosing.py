"""Which sentence answers: chosen among the best article's sentences, not only inside the best passage.

Every sentence around the first results of the best article is a candidate
(`qa.sentence_features`); a small linear model fitted offline on the dev split of the shared sets
(`benchmarks/fit_chooser.py`) scores them, and the one most likely to hold the answer is quoted, with
its neighbour when the model cannot tell the two apart, a sharper date or the date the question typed
when one scores close behind, and the sentence before when it leans on that one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .answer_wordings import WAY_SAID
from .asked_list import LIST_A
from .asked_yes_no import speaks_of
from .chooser_model import Model, load_model
from .occurrences import occurrences
from .reason_words import REASON_SAID
from .sentence_features import CARRIED, FEATURES, Candidate

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
_SAID_CUE = FEATURES.index("cue2")
# Two sentences scored this close are a tie the model cannot break (`_fitting`).
TIE = 0.1
# A count asked, a chosen sentence naming the place without it and the next giving it (42号小区建于…。
# 300多户居民中…): the neighbour holding the number with the measure word asked (`_measured`) is
# quoted with it this far behind.
FIT_JOIN_MARGIN = 5.0


_CUE1, _CUE2, _CUE3 = FEATURES.index("cue1"), FEATURES.index("cue2"), FEATURES.index("cue3")
_NO_CUE = FEATURES.index("kind_no_cue")


def _named(candidate: Candidate) -> bool:
    """The sentence names one of the kind asked (a cue of any strength)."""
    return bool(candidate.features[_CUE1] or candidate.features[_CUE2] or candidate.features[_CUE3])


def _measured(candidate: Candidate) -> bool:
    """A number with the measure word asked, or counting the thing asked (cue 2 or 3), not any number."""
    return bool(candidate.features[_CUE2] or candidate.features[_CUE3])


# What `CARRIED` matches, and a bare place noun standing for the one just named (社区党委书记…,
# 村里…), in folded text: the chosen sentence is then quoted with the one before it.
_LEANS = re.compile(CARRIED.pattern + r"|^[“「\"]?(?:社区|小区|村里|全村|本村|该村|街道|全县|全市|全省)(?![\u4e00-\u9fff]{0,2}[名个])")


def _highest(found: Sequence[Candidate], scores: dict[tuple[int, int], float]) -> tuple[Candidate, float]:
    """The candidate scored highest (ties: the earlier passage, the earlier sentence), with its score:
    the order every choice below picks by."""
    best = max(found, key=lambda c: (scores[c.passage, c.sentence], -c.passage, -c.sentence))
    return best, scores[best.passage, best.sentence]


def _close_behind(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate, top: float,
                  holds: Callable[[Candidate], bool], margin: float) -> tuple[Candidate, float]:
    """The highest of the candidates that hold what the chosen one lacks (`holds`) and score within
    `margin` of it (`top`); the chosen one when none does. Each choice below asks it with its own test."""
    close = [c for c in found if holds(c) and scores[c.passage, c.sentence] >= top - margin]
    return _highest(close, scores) if close else (best, top)


def _sharper(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
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
    return _highest(sharper, scores)


# A candidate giving the figure of the partner a count question names (对韩国进出口276.5亿元 for 跟韩国
# 做了多少买卖) is quoted instead of a chosen one that does not, when it scores within this much.
PARTNER_MARGIN = 4.0


def _partnered(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
               top: float, partner: str) -> tuple[Candidate, float]:
    """A fitting candidate naming the `partner` asked of, within `PARTNER_MARGIN` of a chosen one
    that does not name it: a trade report opens with one place's figure (沈阳片区完成跨境电商交易
    459万单), which the chooser prefers for 辽宁上半年…, and lists each partner's later."""
    fit = FEATURES.index("fits")
    if not partner or partner in best.folded:
        return best, top
    return _close_behind(found, scores, best, top, lambda c: bool(c.features[fit]) and partner in c.folded,
                         PARTNER_MARGIN)


def _fitting(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
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


def _whether_said(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
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


def _dated(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
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


def _current(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
             top: float) -> tuple[Candidate, float]:
    """For a count asked as it stands now (成都12345到现在一共整合了多少条热线), a fitting candidate within
    `JOIN_MARGIN` saying so (目前成都市已完成119条…整合) when the chosen one gives an earlier step's figure
    (2015年12月底,81条…被整合到了12345热线)."""
    fit = FEATURES.index("fits")
    if _NOW_SAID.search(best.folded):
        return best, top
    return _close_behind(found, scores, best, top, lambda c: bool(c.features[fit]) and bool(_NOW_SAID.search(c.folded)),
                         JOIN_MARGIN)


def _said(found: Sequence[Candidate], scores: dict[tuple[int, int], float], best: Candidate,
          top: float) -> tuple[Candidate, float]:
    """For a question asking what someone said, a candidate within `SAID_MARGIN` of the chosen one
    that quotes them (cue 2, `named_people.said_by`) when the chosen one does not: 董明媛咋说的 is answered
    by 董明媛说,…“太感谢了”, not by the question she asked her daughter (“…不染?”董明媛笑着问女儿)."""
    if best.features[_SAID_CUE]:
        return best, top
    return _close_behind(found, scores, best, top, lambda c: bool(c.features[_SAID_CUE]), SAID_MARGIN)


@dataclass(frozen=True)
class Choice:
    """The sentence to quote, and the neighbour quoted with it (same passage), if any."""

    best: Candidate
    neighbour: Candidate | None = None

    @property
    def sentences(self) -> tuple[int, int]:
        """First and last sentence quoted, positions in the passage."""
        other = self.neighbour.sentence if self.neighbour is not None else self.best.sentence
        return min(self.best.sentence, other), max(self.best.sentence, other)


# A sentence that opens with what followed (于是, 因此, 所以): for a why-question, its cause is the
# sentence before (不少市民遇事,不知道该拨哪个好。于是,…81条…热线被整合到了12345热线).
_CONSEQUENCE = re.compile(r"^[“「\"]?(?:正|也|亦|而|故)?(?:于是|於是|因此|所以|因而|故而|从而|從而|由此|正因如此|因为如此|因為如此|为此|為此)")

# A sentence that opens with the cause (因为…, 这是由于…, 原因是…): for a why-question whose chosen
# sentence only restates what is asked about (一般认为，黑雾解散是成功的。因为…), the answer is there.
_CAUSE_OPENS = re.compile(r"^[“「\"]?(?:这|這|那|此|其)?(?:是|主要是|正是|乃是)?(?:因为|因為|由于|由於)"
                          r"|^[“「\"]?(?:其|主要|究其)?(?:原因|理由|缘由|緣由)(?:是|在于|在於|为|為|：|:)")
# The wording of a cause inside a sentence (a reason's, `answer_wordings`, and a cause's effect said
# with 使, 令, 造成): the chosen one that has it states the cause itself.
_CAUSE_SAID = re.compile(REASON_SAID.pattern + r"|理由|造成|以便|旨在|致|[使令让讓故]")


# A person spoken of by a pronoun (她自发开展…), named in an earlier sentence.
_HE_OR_SHE = re.compile(r"[他她]")


# A sentence speaking from the place the one before named (在这里, 这儿, 其中, 院内): what it holds.
_HERE_OPENS = re.compile(r"^[“「\"]?(?:在|于|於)?(?:这里|這裡|这儿|這兒|此处|此處|其中|里面|裡面|院内|院內|楼内|樓內|中心内|中心內)")


# The wording of a way done (`answer_wordings`' method, and the verbs of a deed's means), not 以 (可以,
# 以及, 所以 say no way).
_WAY_SAID = re.compile(WAY_SAID.pattern + r"|靠|用")


# The thing asked for, named in the chosen sentence only as "this one" (为了答好这一问题 for 答好啥问题):
# what it is, the sentence before says.
# (此 of 因此, 从此, 如此 is no demonstrative: 因此外号「木马」 names the nickname.)
_THIS_ONE = "(?:这|這|该|該|(?<![因从從如彼由于於自为為对對])此|上述)(?:一|个|個|些|项|項|种|種)?"
_ENDS_IN_THIS_ONE = re.compile(_THIS_ONE + "$")


def _names_it_as_this_one(sentence: str, focus: str | None) -> bool:
    """The (folded) sentence names the `focus` of the question only after a demonstrative."""
    if not focus or len(focus) < 2 or focus not in sentence:
        return False
    return all(_ENDS_IN_THIS_ONE.search(sentence[:at]) for at in occurrences(sentence, focus))


def _spoken_after(found: Sequence[Candidate], best: Candidate) -> Candidate | None:
    """What the person asked about said, in quotation marks, in the next two sentences of the
    chosen one's passage (…做卫生…… 起早贪黑… 她说:“…”): the cue of a said sentence (`named_people.said_by`)
    is 2; None when the chosen one quotes them itself or none of those does."""
    if best.features[_SAID_CUE]:
        return None
    return next((c for c in sorted(found, key=lambda c: c.sentence) if c.passage == best.passage
                 and 0 < c.sentence - best.sentence <= 2 and c.features[_SAID_CUE]), None)


def _beside(found: Sequence[Candidate], best: Candidate, step: int) -> Candidate | None:
    """The candidate `step` sentences after the chosen one (-1: the one before) in its passage."""
    return next((c for c in found if c.passage == best.passage and c.sentence == best.sentence + step), None)


def choose(found: Sequence[Candidate], model: Model | None = None, kind: str | None = None,
           dates: Sequence[str] = (), *, why: bool = False, how: bool = False, focus: str | None = None,
           speaker: str = "", partner: str = "", whether: str = "", opposed: Sequence[str] = (),
           contents: bool = False, thing: bool = False, event: bool = False, which: str = "",
           now: bool = False) -> Choice | None:
    """The candidate the model scores highest (ties: the earlier passage, the earlier sentence),
    with its neighbour in the passage when that scores within `JOIN_MARGIN` of it; one close
    behind holding the `dates` the question typed wins (`_dated`), and for a date question
    (`kind`), a sharper date close behind it (`_sharper`). For a why-question (`why`), a sentence
    opening with 于是/因此 is quoted with the one before, where its cause is, and one saying no cause
    with the one after when that opens with it (…是成功的。因为…); so is one naming the thing asked
    for (`focus`) only as 这一…, 该… (为了答好这一问题). A why-question's sentence saying no cause, or
    a how-question's saying no way done, joined to no neighbour, is quoted with the one after (…没有受到
    喇嘛教太大的影响。大多数…崇拜自然和神灵; …受不文明现象的困扰。借助…). What a place holds
    (`contents`) is quoted with the sentence after its name when that lists it from there (在这里,…).
    A sentence close behind naming the kind of thing asked (`thing`), or saying the event a date is
    asked of (`event`), wins over a chosen one that does not (`_fitting`)."""
    if not found:
        return None
    model = model or load_model()
    scores = {(c.passage, c.sentence): model.score(c.features) for c in found}
    best, top = _highest(found, scores)
    best, top = _dated(found, scores, best, top, dates)
    if speaker:
        best, top = _said(found, scores, best, top)
    if speaker and (said := _spoken_after(found, best)) is not None:
        # 华雨辰…那会儿说了句啥: the words she said, after the sentence naming where she was.
        return Choice(said)
    if kind == "number":  # 跟韩国…涨了多少: 对韩国…增长38.2%, not the 欧盟 figure tied with it
        best, top = _partnered(found, scores, best, top, partner)
        best, top = _fitting(found, scores, best, top)
        if now:  # 到现在一共整合了多少条: 目前…已完成119条, not 2015年12月底,81条
            best, top = _current(found, scores, best, top)
    if thing:  # 袁宝柱身体有啥病: “我有肺气肿…” names one, not the sentence on the visits to him
        best, top = _fitting([c for c in found if abs(c.passage - best.passage) <= 1], scores, best, top, JOIN_MARGIN)
    if whether:  # 一二楼的住户要不要掏钱: 一、二层群众不出钱, not the sentence on the scheme it was part of
        best, top = _whether_said(found, scores, best, top, whether, opposed)
    if kind == "date":  # 哪一年建成: 该院1995年…建成, not the decade 纪玉芝 moved in (20世纪90年代)
        best, top = _sharper(found, scores, best, top)
        if event:  # 啥时候去网周村驻村的: 自从2021年6月来到网周村, not 驻村工作队队长…拿出2022年…清单
            best, top = _fitting(found, scores, best, top, JOIN_MARGIN)
    if (_LEANS.match(best.folded) or (why and _CONSEQUENCE.match(best.folded))
            or _names_it_as_this_one(best.folded, focus)):
        # 社区党委书记谢华娟说…, 当日…: whom or when it speaks of is in the sentence before; quote both.
        before = _beside(found, best, -1)
        if before is not None:
            return Choice(best, before)
    if kind == "person" and best.features[_NO_CUE] and _HE_OR_SHE.search(best.folded):
        # 被称作“武汉战疫全能志愿者”的是谁: …疫情中,她自发开展…被称作…, naming no one; who she is, the
        # sentence before names (华雨辰是…音乐教师).
        before = _beside(found, best, -1)
        if before is not None and not before.features[_NO_CUE] and _named(before):
            return Choice(best, before)
    if contents and not LIST_A.search(best.folded):
        # 白领驿家里头都配了啥: the sentence naming it, then 在这里,咖啡吧、报告厅、舞蹈室一应俱全.
        after = _beside(found, best, 1)
        if after is not None and _HERE_OPENS.match(after.folded) and LIST_A.search(after.folded):
            return Choice(best, after)
    if why and not _CAUSE_SAID.search(best.folded):
        after = _beside(found, best, 1)
        if after is not None and _CAUSE_OPENS.match(after.folded):
            return Choice(best, after)  # 为什么一般认为…成功: 一般认为…是成功的。因为…
    fit = FEATURES.index("fits")
    near = [c for c in found if c.passage == best.passage and abs(c.sentence - best.sentence) == 1
            and (scores[c.passage, c.sentence] >= top - JOIN_MARGIN
                 or (kind == "number" and not best.features[fit] and c.features[fit] and _measured(c)
                     and scores[c.passage, c.sentence] >= top - FIT_JOIN_MARGIN)
                 # 8月5号厦门那场大暴雨是哪个台风搞的: 8月5日,在厦门…。当日,受…台风“卢碧”影响
                 or (which and which not in best.folded and which in c.folded
                     and scores[c.passage, c.sentence] >= top - FIT_JOIN_MARGIN))]
    neighbour = max(near, key=lambda c: (scores[c.passage, c.sentence], -c.sentence), default=None)
    if neighbour is None and ((how and not why and not _WAY_SAID.search(best.folded))
                              or (why and not _CAUSE_SAID.search(best.folded))):
        # 后来咋解决的, 为什么没受影响: the chosen sentence restates what is asked; the way or the cause follows.
        neighbour = _beside(found, best, 1)
    return Choice(best, neighbour)
