"""Questions that ask for a headline or a section's heading, and the lines that answer them.

People reading a report ask what it is called (这篇报道的标题是什么, 标题叫啥来着, 标题上头那行小字咋写的)
and how a part of it is headed (写东兴小区的那一节小标题是什么, 最后一部分的小标题, 分哪几个部分): the
line itself answers, quoted from the article (`structure` keeps each as a passage with the role 标题
or 小标题, never searched), not a sentence of the body that shares its words. Which section is meant
is the one the rest of the question finds (`qa.bylines.topic_of`), or the one counted (第二部分).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .line_kinds import HEADING_ROLE, TITLE_ROLE
from .models import Passage
from .numerals import chinese_to_int
from .structure import is_metadata, trailing_lines
from .text import fold

_ASKING = r"(?:什么|甚么|啥|咋写|怎么写|如何写|叫什么|叫啥|是啥|是什么|来着)"
# The headline asked: 标题是什么, 大标题咋写的, 这篇文章的标题？, 文章叫什么名字, 用的什么标题; the line over it
# (标题上头那行小字: a kicker is printed as part of the headline line). Not 标题里的方程式指什么 (asks
# what the headline's words mean) nor 小标题 (a section's).
TITLE_Q = re.compile(
    rf"(?<![小分])(?:大|主|副|总)?标题(?:原文|全文|原话)?(?:又|到底|究竟)?(?:是|叫|为|写的?|写着|咋|怎么)?的?{_ASKING}"
    r"|(?<![小分])(?:大|主|副|总)?标题[?？。!！\s吗呢啊呀]*$"
    # 题目 is often a body's word (论文题目): only of the piece itself.
    rf"|(?:文章|报道|稿子|稿件|新闻|这篇|那篇|本文|全文|它)[\s，,]*的?(?:大)?题目(?:是|叫|为)?{_ASKING}?[?？。!！\s吗呢啊呀]*$"
    rf"|(?:这篇|那篇|文章|报道|稿子)(?:文章|报道|稿子)?(?:叫|名叫|题为|题目叫)(?:什么|啥)(?:名字|名儿)?"
    r"|(?:什么|啥)(?:样的)?(?:标题|题目)"
    r"|(?<![小分])标题(?:里|中|上)(?:说|讲|写)")  # 报道标题里说在微治理中感受城市的啥: the headline's words
# The line over the headline (kicker): 标题上头那行小字, 引题. Printed joined to the headline
# (一项公共服务的升级,四川成都——热线架起便民连心桥) or as a line of its own before it (山东潍坊潍城区).
KICKER_Q = re.compile(r"标题(?:上|前|上面|上头|上边|前面|前头)(?:那|的|一)?(?:一)?(?:行|句|排)|引题|肩题")
# A section's heading asked: 小标题是什么, 那一部分的标题, 第二节叫什么, 分哪几个部分, 有几个小标题.
SECTION_Q = re.compile(
    r"小标题|分标题|小题目|小节标题"
    rf"|(?:部分|[那这哪一]节|章节|小节|板块|版块)的?(?:标题|题目|名字|名称){_ASKING}?"
    r"|(?:部分|[那这哪一]节|小节|板块)(?:叫|名叫)(?:什么|啥)"  # 最后一部分叫什么: its name, its heading
    r"|第[一二三四五六七八九十\d]{1,3}(?:个)?(?:部分|节|小节|板块)(?:的)?(?:是|叫|为)?" + _ASKING
    + r"|(?:分|分为|分成|包括|有)(?:哪|几)(?:些|几|个)?(?:个)?(?:部分|板块|小节)")
# A heading asked in so many words (小标题, 那一部分的标题), not 分哪几个部分, which a text may say itself.
SECTION_ASKED = re.compile(r"小标题|分标题|小题目|小节标题|(?:部分|[那这哪一]节|章节|小节|板块|版块)的?(?:标题|题目)")
# Every heading asked (有哪些小标题, 分哪几个部分, 几个小标题分别是什么), not one.
_EVERY = re.compile(r"哪些|哪几|几个|几部分|都(?:是|有|叫)|分别|一共|全部|所有")
# A part counted by its place (第二部分, 最后那一节, 开头的小标题): one spelling for reading which part
# (`counted_part`) and for taking the count out of the question (`without_counting`).
_PART_COUNTED = r"(?:的)?(?:那|这)?(?:一)?(?:个)?(?:部分|节|小节|板块|小标题)"
_ORDINAL = re.compile(r"第([一二两三四五六七八九十\d]{1,3})" + _PART_COUNTED)
_LAST = re.compile(r"(?:最后|末尾)" + _PART_COUNTED)
_FIRST = re.compile(r"(?:开头|最前面|最开始)" + _PART_COUNTED)


# What frames the part asked about (写…的那一节, 那一部分里): no word of what it tells.
_PART = re.compile(r"(?:的|里|中|裡)?(?:那|这|這|该)?(?:一)?(?:个)?(?:节|部分|段|段落|章节|小节|板块|版块|块)(?:里|中|裡)?(?:的)?$")
# How the asker points at the part and the piece (我在看那篇讲…, 写纪玉芝的那一节): jieba glues 写 to
# the name after it (写纪玉芝), which the corpus then does not know.
_FRAMING = re.compile(r"(?:^|(?<=[，,：:]))(?:我)?(?:正在|在)?(?:看|读)(?:的|到)?"
                      r"|(?:这|那|該|该)(?:一)?篇|(?:^|(?<=[，,：:篇里中的]))(?:专门)?(?:写|讲|說|说|介绍|提到|关于|谈)(?:的是|了)?")
# How much of what the asker says of the part (its words' weight) the part and the headline must
# hold for its heading to be the one meant: most of it, as people describe a part by what it tells.
COVERED = 0.6


def section_topic(question: str) -> str:
    """What a question asking for a section's heading says of the section (写厦门东兴小区的那一节，小标题
    叫啥 → 厦门东兴小区): the words before the ask, without what frames the part."""
    folded = fold(question)
    ask = SECTION_Q.search(folded)
    before = folded[: ask.start()] if ask else folded
    before = re.sub(r"[\s，,。、：:；;？?！!]+$", "", before)
    return _FRAMING.sub("", _PART.sub("", before)).strip(" ，,")


# A part named by its place (第二部分的, 最后一节): no words of the piece's.
_COUNTED = re.compile("(?:" + "|".join(p.pattern for p in (_ORDINAL, _LAST, _FIRST)) + ")(?:的)?")


def without_counting(folded: str) -> str:
    """A (folded) question without the part it counts to (这篇报道最后一部分的小标题 → 这篇报道小标题)."""
    return _COUNTED.sub("", folded)


def counted_part(question: str) -> tuple[int | None, bool]:
    """Which section a question counts to (第二部分 → 2, 最后一节 → -1), or None; and whether it asks
    every section's heading (有哪些小标题, 分哪几个部分), when the first is meant and the others follow
    it. Read once per question (`Question.section`, `Question.every_section`)."""
    folded = fold(question)
    found = _counted(folded)
    every = found is None and _every(folded)
    return (1 if every else found), every


def _every(folded: str) -> bool:
    return bool(SECTION_Q.search(folded)) and bool(_EVERY.search(folded))


def _counted(folded: str) -> int | None:
    if _LAST.search(folded):
        return -1
    if _FIRST.search(folded):
        return 1
    found = _ORDINAL.search(folded)
    if found is None:
        return None
    number = found.group(1)
    return int(number) if number.isdigit() else chinese_to_int(number)


def part_of(passages: Sequence[Passage], start: int, end: int, line: int) -> list[int]:
    """The body passages a heading line heads: its section's, or for a headline the whole article's."""
    body = [i for i in range(start, end) if not is_metadata(passages[i])]
    if passages[line].section != HEADING_ROLE:
        return body
    return [i for i in body if passages[i].section == passages[line].text]


def named_heading(passages: Sequence[Passage], lines: Sequence[int], terms: Mapping[str, float],
                  title: str) -> int | None:
    """The heading line that itself says what the question says of the part (“加”那部分 → 加——长效机制…;
    `terms` folded words → weights, `lines` folded as `passages`), beyond the article's `title`
    (folded); None when none does, or two say as much."""
    texts = {line: fold(passages[line].text) for line in lines}
    said = {line: sum(weight for word, weight in terms.items() if word in text and word not in title)
            for line, text in texts.items()}
    best = max(said.values(), default=0.0)
    top = [line for line, weight in said.items() if weight == best]
    return top[0] if best > 0 and len(top) == 1 else None


def kicker_line(passages: Sequence[Passage], start: int, end: int) -> int | None:
    """The line over the article's headline: the headline line itself when the kicker is printed
    joined to it (…,四川成都——热线架起…), else the article's first paragraph when it is a short line
    that ends no sentence (山东潍坊潍城区: kept as the body's first line); None otherwise."""
    title = next((i for i in trailing_lines(passages, start, end) if passages[i].section == TITLE_ROLE), None)
    if title is not None and re.search(r"\S\s*(?:——|—|--)\s*\S", passages[title].text):
        return title
    first = next((i for i in range(start, end) if not is_metadata(passages[i])), None)
    if first is None or len(passages[first].text) > 24 or re.search(r"[。！？!?；;]", passages[first].text):
        return None
    return first


# What may stand before 标题 and still mean the headline printed: 大标题, 这篇的标题, 它的标题. Any other
# word there asks for a headline the page does not print (英文版标题, 最初的标题).
_PLAIN_TITLE = re.compile(r"(?:大|主|副|总|正|这个|那个|这|那|它|其|该|本|原文|文章|报道|稿子|稿件|新闻|篇|一篇|这篇|那篇)?")


def qualified_title(question: str) -> str:
    """What the question says of the headline it asks for beyond the piece (微治理那篇报道的英文版标题 →
    英文版); "" when it asks for the headline printed."""
    folded = fold(question)
    ask = re.search(r"(?<![小分])标题|题目", folded)
    if ask is None:
        return ""
    before = re.split(r"[的之，,：:\s]|那篇|这篇|报道|文章|稿子", folded[: ask.start()])[-1]
    return "" if _PLAIN_TITLE.fullmatch(before) else before


def heading_lines(passages: Sequence[Passage], start: int, end: int) -> list[int]:
    """The article's section headings (passages [start, end)), in the order they are printed."""
    lines = [i for i in trailing_lines(passages, start, end) if passages[i].section == HEADING_ROLE]
    return sorted(lines, key=lambda i: passages[i].start)


def section_line(passages: Sequence[Passage], start: int, end: int, index: int, counted: int | None) -> int | None:
    """The heading of the section passage `index` is in, or of the section counted (`counted_part`);
    None when the article has no such section (or `index` is before its first heading)."""
    lines = heading_lines(passages, start, end)
    if counted is not None:
        position = counted - 1 if counted > 0 else len(lines) + counted
        return lines[position] if 0 <= position < len(lines) else None
    section = passages[index].section
    if section is None or is_metadata(passages[index]):
        return None
    return next((i for i in lines if passages[i].text == section), None)
