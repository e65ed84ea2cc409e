"""那X呢: the previous question asked again of X, with X in the place of the word it stands for.

江欣苑社区有多少名党员？ + 那居民呢？ → 江欣苑社区有多少名居民？ (the last key term); 那北京的呢 (whose:
the owner named first); 那对韩国呢 (the same preposition's object); 那2015年底呢 (the time); 那大连片区呢
(a run of words ending alike: 沈阳片区); 那大连呢 / 那刘小辉呢 (a name: the previous question's name
of its kind, by the engine's tagger, in `qa.name_swap`); 那她父母呢 (the kin of whom it named first);
其他三个呢 (the rest of what it picked one of). Pure functions over text and the tags the caller's tagger gives;
`qa.conversation.resolve` tries this among the other kinds of follow-up.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .asked_amounts import counts_people
from .asked_people import KIN_ASKED
from .leaning import LEAN_RE, Tagger, leaning
from .name_swap import name_swap, names_in
from .other_object import NOT_TEXT, PREP, governed_by, governed_end
from .previous_turn import (
    PREDICATE_RE,
    Conversation,
    Resolved,
    found_spans,
    joined,
    place_named,
    previous_topic,
)
from .question_text import picture_named
from .question_words import ASKS_ANYWHERE
from .text import HAN_CHARS, fold

__all__ = ["ASKED_AGAIN", "END", "NOT_TEXT", "that_x"]

END = r"[\s？?！!。.，,~～…]*$"

# 那居民呢？ 居民呢？ 那居民怎么样？ (without 那, 怎么样 asks a question of its own: 今天天气怎么样);
# 日本那块呢 多少, 那居民呢 有几个: the asking word said again after it asks what was asked before.
ASKED_AGAIN = r"(?:[，,\s]*(?:是|有|占|呢)?(?:多少|多少钱|多少亿|几个|幾個|几|幾|多大|哪年|哪一年|啥时候|什么时候|什麼時候|哪天|谁|誰|哪里|哪裡|在哪))?"
_ABOUT_RE = re.compile(
    r"^(?:(?:那么?|那)[，,\s]*(?P<x>[^？?，,。！!]{1,12}?)(?:呢|怎么样|如何)|(?P<y>[^？?，,。！!]{1,8}?)呢)"
    + ASKED_AGAIN + END
)


# A time on its own (2015年底, 去年4月, 上半年, 3月5日): what 那X呢 swaps for the previous question's time.
_TIME_RE = re.compile(r"(?:(?:\d{2,4}|[去今前明])年(?:[底初末]|[上下]半年)?|[上下]半年)(?:\d{1,2}月(?:\d{1,2}[日号])?(?:[底初末]|[上中下]旬)?)?"
                      r"|\d{1,2}月(?:\d{1,2}[日号])?(?:[底初末]|[上中下]旬)?")

# 她父母, 他老伴儿: a kin of the one the last question named first.
_KIN_OF = re.compile(rf"^(?:他|她)的?({KIN_ASKED})$")

# 一带一路那边, 欧盟这块: a name, then a word pointing at it.
_THAT_SIDE = re.compile(r"(?:那边|这边|那块|这块|那头|这头)$")

# A picture named by no number (配图里帮群众擦玻璃的…): what 那图五呢 asks the same of.
_SOME_PICTURE = re.compile(r"配图|图片|照片")

# 其他三个呢, 别的呢: the rest of what the previous question picked one of.
_OTHERS_RE = re.compile(r"其他|其它|其余|别的|另外")


def _other_picture(x: str, about: str, previous: Conversation) -> Resolved | None:
    """那图①呢 after 图③里帮农户运秧苗的是哪儿的党员干部: what was asked of the picture (是哪儿的党员干部),
    asked of the other one; what the last picture showed (帮农户运秧苗) is not this one's. None unless
    X names a picture alone and the last question named one (配图 too)."""
    picture = picture_named(about)
    if picture is None or NOT_TEXT.sub("", about[: picture.start()] + about[picture.end() :]):
        return None
    folded = fold(previous.question)
    shown = picture_named(folded) or _SOME_PICTURE.search(folded)
    if shown is None or len(folded) != len(previous.question):
        return None
    asking = ASKS_ANYWHERE.search(folded, shown.end())
    copula = folded.rfind("是", shown.end(), asking.start()) if asking else -1
    if copula >= 0:
        return Resolved(x + previous.question[copula:], carried=True)
    return Resolved(previous.question[: shown.start()] + x + previous.question[shown.end() :], carried=True)


def _sides_swapped(x: str, side: str, previous: Conversation, tag: Tagger | None) -> Resolved | None:
    """群众那边呢 after 党员那边有啥变化: the side the last question pointed at the same way (党员那边),
    swapped for X's; None when it pointed at none (or no tagger tells its words)."""
    if tag is None:
        return None
    words = [word for word, _ in tag(previous.question) if word.strip()]
    at = next((i for i in range(1, len(words)) if words[i] == side), None)
    if at is None or words[at - 1] == x or (start := previous.question.find(words[at - 1] + side)) < 0:
        return None
    end = start + len(words[at - 1])
    return Resolved(previous.question[:start] + x + previous.question[end:], carried=True)


def that_x(question: str, previous: Conversation, tag: Tagger | None = None) -> Resolved | None:
    """`那X呢？`: the previous question with its last key term swapped for X, or its last name of
    X's kind when X is a name (`qa.name_swap`); `那X的呢` (whose) with its first; `其他三个呢` (the rest
    of what it asked about) after its topic."""
    match = _ABOUT_RE.match(fold(question).strip())
    if match is None:
        return None
    group = "x" if match.group("x") is not None else "y"
    about = match.group(group).strip()
    if not about or LEAN_RE.fullmatch(about) or PREDICATE_RE.search(about):
        return None  # 他呢 leans differently; 陨石坑在哪里呢 is a question of its own
    x = question.strip()[match.start(group) : match.end(group)].strip()
    if (side := _THAT_SIDE.search(about)) and side.start() >= 2:
        # 一带一路那边呢: 一带一路, asked as the last question; 那边 points at it, not at the last topic.
        about, x = about[: side.start()], x[: len(x) - len(side.group())]
        if (sides := _sides_swapped(x, side.group(), previous, tag)) is not None:
            return replace(sides, about=names_in(about, tag))
    swapped = _swapped(x, about, previous, tag)
    if swapped is None or _OTHERS_RE.match(about) or fold(swapped.text) == fold(previous.question):
        return swapped  # 其他三个呢, or X the last question named already: nothing new to be said
    return replace(swapped, about=names_in(about, tag))


def _swapped(x: str, about: str, previous: Conversation, tag: Tagger | None) -> Resolved | None:
    """The reading of 那X呢 (`that_x`): X as typed, `about` folded."""
    if _OTHERS_RE.match(about) and (topic := previous_topic(previous)):
        return Resolved(joined(topic, x, "呢"), carried=True)  # 四个危险里哪个最根本 → 其他三个呢
    kin = _KIN_OF.match(about)
    if kin and (spans := found_spans(previous.question, previous.terms)):
        # 那她父母呢 after 华雨辰是哪里人, 那他老伴儿呢 after 袁宝柱身体有啥毛病: the same question of
        # the kin of whom it named first (华雨辰父母是哪里人, 袁宝柱老伴儿身体有啥毛病).
        end = spans[0][1]
        return Resolved(previous.question[:end] + x[len(x) - len(kin.group(1)) :] + previous.question[end:],
                        carried=True)
    if (framed := _same_frame(about, fold(previous.question))) is not None:
        # 那“减”那部分呢 after 方程式那篇“加”那部分的小标题是啥, 那第二部分呢 after 第一部分的…: X
        # takes the place of the phrase of the same frame, not of the last word.
        start, end = framed
        return Resolved(previous.question[:start] + x + previous.question[end:], carried=True)
    if (inner := leaning(x, previous, tag)) is not None:
        if _doing(about, tag) and (spans := found_spans(previous.question, previous.terms)):
            # 那她说快一点呢 after 华雨辰…说多一张病床能咋样: what she did or said, asked as the last
            # question asked (华雨辰说快一点能咋样), not put in place of its last word.
            return Resolved(inner.text + previous.question[spans[-1][1] :], carried=True)
        x = inner.text  # 那她的父母呢: whose parents the last question was about
    if about.endswith("的") and "最" in about and (spans := found_spans(previous.question, previous.terms)):
        # 那四个危险里最根本的呢 after 党最大的危险是啥: the one it describes, asked as the last question
        # asked (四个危险里最根本的是啥); no owner whose 的 it is.
        return Resolved(x + previous.question[spans[-1][1] :], carried=True)
    if about.endswith("的") and len(about) > 1 and (spans := found_spans(previous.question, previous.terms)):
        # 那北京的呢 after 成都12345热线啥时候开通的: whose, so the owner named first is swapped;
        # the whole place when it opens the question (那上海岐山居民区的呢 after 厦门深田社区的…).
        start, end = spans[0]
        if (place := place_named(previous)) and fold(previous.question).startswith(fold(place), start):
            end = max(end, start + len(place))
        return Resolved(previous.question[:start] + x[:-1] + previous.question[end:], carried=True)
    if (prep := PREP.match(about)) and (spans := found_spans(previous.question, previous.terms)):
        # 那对韩国呢 after 辽宁上半年对美国进出口…: 对韩国 takes the place of 对美国.
        folded, word = fold(previous.question), prep.group(0)
        governed = governed_by(folded, spans, word)
        if governed is not None:
            start, end = governed[0] - len(word), governed_end(folded, governed, tag)
            return Resolved(previous.question[:start] + x + previous.question[end:], carried=True)
    if (pictured := _other_picture(x, about, previous)) is not None:
        return pictured
    if _TIME_RE.fullmatch(about) and (then := _TIME_RE.search(previous.question)):
        # 那2015年底呢 after 去年4月又整合了多少条: the time swapped for the time, not the last word.
        return Resolved(previous.question[: then.start()] + x + previous.question[then.end() :], carried=True)
    if (named := name_swap(x, about, previous, tag)) is not None:
        return named
    spans = found_spans(previous.question, previous.terms)
    if not spans:
        return Resolved(joined(x, previous.question), carried=True)
    if (whole := _whole_subject(x, about, previous, spans)) is not None:
        return whole
    if (sibling := _sibling(x, about, previous, spans)) is not None:
        return sibling
    if (body := _other_body(x, about, previous, spans)) is not None:
        return body
    if about in previous.terms:
        return Resolved(previous.question, carried=True)
    # 最大危险 after 党的最大政治优势是什么: replace from 最大 on, not only the last term; not across
    # words of the question's own (社区居民 after 江欣苑社区有多少名党员 keeps 有多少名).
    folded = fold(previous.question)
    run = spans[-1][0]
    for s, e in reversed(spans[:-1]):
        if NOT_TEXT.sub("", folded[e:run]):
            break
        run = s
    shared = [s for s, e in spans if s >= run and about.startswith(folded[s:e])]
    start, end = (shared[-1] if shared else spans[-1][0]), spans[-1][1]
    if (classifier := _ITS_CLASSIFIER.search(folded[:start])) is not None and not shared:
        start = classifier.start(1)  # 多少场活动 + 会员呢: 多少会员, the 场 was the activities'
    rest = previous.question[end:]
    if not shared and not counts_people(fold(x)) and (counted := _PEOPLE_COUNTED_AFTER.search(fold(rest))):
        # 全国党员一共有多少名 + 那基层组织呢: 基层组织一共有多少, not 多少名 (468.1萬個).
        rest = rest[: counted.start(1)] + rest[counted.end(1) :]
    return Resolved(previous.question[:start] + x + rest, carried=True)


def _same_frame(about: str, folded: str) -> tuple[int, int] | None:
    """Where the (folded) previous question has a phrase framed as X is, with another core: X =
    frame-before + core + frame-after (“ 减 ”那部分, 第 二 部分), the question “加”那部分 (第一部分);
    the frame after X's core two characters at least, the frame before one at least (with none, any
    six characters before 满意率 would be a core: 2021年群众满意率; X's run is `_sibling`'s), the cores
    one to six characters and not alike. None when no such phrase is there."""
    for cut in range(1, len(about) - 1):
        core_end, after = cut, about[cut:]
        if len(after) < 2 or not re.search(f"[{HAN_CHARS}]", after):
            continue
        for core_start in range(core_end - 1, max(0, core_end - 7), -1):  # a frame before the core too
            before, core = about[:core_start], about[core_start:core_end]
            for found in re.finditer(re.escape(before) + r"(.{1,6}?)" + re.escape(after), folded):
                if found.group(1) != core and not NOT_TEXT.search(found.group(1)):
                    return found.start(), found.end()
    return None


_ONE_PERSON = re.compile(r"^(?:他|她)(?!们|們)")


def _doing(about: str, tag: Tagger | None) -> bool:
    """X is 他/她 and what they did or said (她说快一点: a verb after the pronoun), not their own
    thing (她老家, 她的父母): jieba's tag of the word after the pronoun (`tag`) tells."""
    pronoun = _ONE_PERSON.match(about)
    if pronoun is None or tag is None or len(about) < pronoun.end() + 2:
        return False
    words = tag(about[pronoun.end() :])
    return bool(words) and words[0][1].startswith("v")


# The measure word a count put before the noun X takes the place of (多少场活动): the old noun's own,
# unless it counts anything (个) or people (名, 位), which X may be counted by too.
_ITS_CLASSIFIER = re.compile(r"(?:多少|几|幾)([^\s个個名位人\d，,。？?])$")
# The measure word of people a count ending the question put after the noun X takes the place of
# (党员一共有多少名): the old noun's, when X counts no people.
_PEOPLE_COUNTED_AFTER = re.compile(r"(?:多少|几|幾)([名位])(?=[\s？?。！!]*$)")


def _whole_subject(x: str, about: str, previous: Conversation, spans: list[tuple[int, int]]) -> Resolved | None:
    """那江汉北路社区的党委书记呢 after 江欣苑那个…的指导员是谁: X names another thing (党委书记, not
    指导员) of an owner the last question never named (江汉北路社区), a whole subject; it is asked as the
    last question was asked (是谁), in place of all that question asked of. None when the last question
    does not end on its asking."""
    owner, _, thing = about.rpartition("的")
    tail, asked = previous.question[spans[-1][1] :], fold(previous.question)
    if len(NOT_TEXT.sub("", owner)) < 2 or len(thing) < 2 or owner in asked or thing in asked:
        return None  # 那企业的满意率呢 after 成都2021年群众满意率: the same thing, another owner (`_sibling`)
    if not ASKS_ANYWHERE.search(fold(tail)):
        return None  # 江欣苑社区有多少名党员: asked before its last word, which X would lose
    return Resolved(x + tail, carried=True)


def _sibling(x: str, about: str, previous: Conversation, spans: list[tuple[int, int]]) -> Resolved | None:
    """那大连片区呢 after 沈阳片区…货值多少: X ends as a run of the previous question's words ends
    (片区, 那篇), with words of its own before it: X takes the whole run's place (沈阳片区 →
    大连片区, 安徽泗县联席会议那篇 → 娄底“微心愿”那篇), not the last word's (货值)."""
    folded = fold(previous.question)
    for size in range(min(4, len(about) - 1), 1, -1):
        tail, head = about[-size:], NOT_TEXT.sub("", about[:-size])
        at = folded.find(tail)
        if at <= 0 or not _HAN_RUN.fullmatch(tail) or len(head) < 2 or head in folded:
            continue
        start = at
        for s, e in reversed([span for span in spans if span[1] <= at]):
            if NOT_TEXT.sub("", folded[e:start]) or _WHEN.fullmatch(folded[s:e]):
                break  # the run ends where another word stands between, or at a time (2021年群众满意率)
            start = s
        if start < at:
            return Resolved(previous.question[:start] + x + previous.question[at + size :], carried=True)
    return None


# The bodies a report says each did their part (社区收集资料，街道则负责…): 那街道呢 after 社区负责干啥
# asks the same of the other body, not of a 街道 put in place of the last word (负责).
_BODIES = frozenset(["社区", "街道", "小区", "村里", "村委", "村委会", "村两委", "居委会", "业委会", "物业", "物业公司",
                     "党委", "党支部", "政府", "区里", "县里", "市里", "镇里", "乡里"])


def _other_body(x: str, about: str, previous: Conversation, spans: list[tuple[int, int]]) -> Resolved | None:
    """那街道呢 after 42号小区装电梯的时候社区负责干啥: X is a body and the previous question named
    another bare body as a word of its own (社区): X takes that body's place."""
    if about not in _BODIES:
        return None
    folded = fold(previous.question)
    bodies = [(s, e) for s, e in spans if folded[s:e] in _BODIES and folded[s:e] != about]
    if not bodies:
        return None
    start, end = bodies[-1]
    return Resolved(previous.question[:start] + x + previous.question[end:], carried=True)


_HAN_RUN = re.compile(f"[{HAN_CHARS}]+")
# A word of time in the previous question's run (2021, 年, 上半年): what X's head never stands for.
_WHEN = re.compile(r"[0-9]+|年|月|日|" + _TIME_RE.pattern)
