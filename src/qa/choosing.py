"""Which sentence answers: chosen among the best article's sentences, not only inside the best passage.

Every sentence around the first results of the best article is a candidate
(`qa.sentence_features`); a small linear model fitted offline on the dev split of the shared sets
(`benchmarks/fit_chooser.py`) scores them, and the one most likely to hold the answer is quoted, with
its neighbour when the model cannot tell the two apart, one close behind that holds what the chosen
one lacks (`close_behind`: the date typed, a sharper date, the kind asked), and the sentence before
when it leans on that one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .answer_wordings import WAY_SAID
from .asked_list import LIST_A
from .chooser_model import Model, load_model
from .close_behind import (
    JOIN_MARGIN,
    SAID_CUE,
    current,
    dated,
    fitting,
    highest,
    partnered,
    quoting_them,
    sharper,
    whether_said,
)
from .occurrences import occurrences
from .reason_words import REASON_SAID
from .sentence_features import CARRIED, FEATURES, Candidate

# A count asked, a chosen sentence naming the place without it and the next giving it (42号小区建于…。
# 300多户居民中…): the neighbour holding the number with the measure word asked (`_measured`) is
# quoted with it this far behind.
FIT_JOIN_MARGIN = 5.0


_CUE1, _CUE2, _CUE3 = FEATURES.index("cue1"), FEATURES.index("cue2"), FEATURES.index("cue3")
_NO_CUE = FEATURES.index("kind_no_cue")


def _named(candidate: Candidate) -> bool:
    """The sentence names one of the kind asked (a cue of any strength)."""
    return bool(candidate.features[_CUE1]) or _measured(candidate)


def _measured(candidate: Candidate) -> bool:
    """A number with the measure word asked, or counting the thing asked (cue 2 or 3), not any number."""
    return bool(candidate.features[_CUE2] or candidate.features[_CUE3])


# What `CARRIED` matches, and a bare place noun standing for the one just named (社区党委书记…,
# 村里…), in folded text: the chosen sentence is then quoted with the one before it.
_LEANS = re.compile(CARRIED.pattern + r"|^[“「\"]?(?:社区|小区|村里|全村|本村|该村|街道|全县|全市|全省)(?![\u4e00-\u9fff]{0,2}[名个])")


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
    if best.features[SAID_CUE]:
        return None
    return next((c for c in sorted(found, key=lambda c: c.sentence) if c.passage == best.passage
                 and 0 < c.sentence - best.sentence <= 2 and c.features[SAID_CUE]), None)


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
    behind holding the `dates` the question typed wins (`dated`), and for a date question
    (`kind`), a sharper date close behind it (`sharper`). For a why-question (`why`), a sentence
    opening with 于是/因此 is quoted with the one before, where its cause is, and one saying no cause
    with the one after when that opens with it (…是成功的。因为…); so is one naming the thing asked
    for (`focus`) only as 这一…, 该… (为了答好这一问题). A why-question's sentence saying no cause, or
    a how-question's saying no way done, joined to no neighbour, is quoted with the one after (…没有受到
    喇嘛教太大的影响。大多数…崇拜自然和神灵; …受不文明现象的困扰。借助…). What a place holds
    (`contents`) is quoted with the sentence after its name when that lists it from there (在这里,…).
    A sentence close behind naming the kind of thing asked (`thing`), or saying the event a date is
    asked of (`event`), wins over a chosen one that does not (`fitting`)."""
    if not found:
        return None
    model = model or load_model()
    scores = {(c.passage, c.sentence): model.score(c.features) for c in found}
    best, top = highest(found, scores)
    best, top = dated(found, scores, best, top, dates)
    if speaker:
        best, top = quoting_them(found, scores, best, top)
    if speaker and (said := _spoken_after(found, best)) is not None:
        # 华雨辰…那会儿说了句啥: the words she said, after the sentence naming where she was.
        return Choice(said)
    if kind == "number":  # 跟韩国…涨了多少: 对韩国…增长38.2%, not the 欧盟 figure tied with it
        best, top = partnered(found, scores, best, top, partner)
        best, top = fitting(found, scores, best, top)
        if now:  # 到现在一共整合了多少条: 目前…已完成119条, not 2015年12月底,81条
            best, top = current(found, scores, best, top)
    if thing:  # 袁宝柱身体有啥病: “我有肺气肿…” names one, not the sentence on the visits to him
        best, top = fitting([c for c in found if abs(c.passage - best.passage) <= 1], scores, best, top, JOIN_MARGIN)
    if whether:  # 一二楼的住户要不要掏钱: 一、二层群众不出钱, not the sentence on the scheme it was part of
        best, top = whether_said(found, scores, best, top, whether, opposed)
    if kind == "date":  # 哪一年建成: 该院1995年…建成, not the decade 纪玉芝 moved in (20世纪90年代)
        best, top = sharper(found, scores, best, top)
        if event:  # 啥时候去网周村驻村的: 自从2021年6月来到网周村, not 驻村工作队队长…拿出2022年…清单
            best, top = fitting(found, scores, best, top, JOIN_MARGIN)
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
