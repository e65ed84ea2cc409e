"""What a question asks, read with what only the tagger, the bylines or the corpus can tell.

`asked.read_question` reads the kind of answer from the question's words; here the tagger adds the
noun a count must name, the person whose words or view are asked (刘小辉说了句什么话, 郑彩平咋评价), the
partner or the city a figure or a date is asked of (跟韩国做了多少买卖, 北京12345热线啥时候开通的),
and the bylines tell that a piece's filing date is asked. `question.read` calls it once per question.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .asked import Asked, read_question
from .asked_ages import aged_person
from .asked_amounts import per_unit
from .asked_durations import FREQUENCY_A
from .asked_either import DAY_PARTS, alternatives, figure_choice, time_choice
from .bylines import asked_roles
from .counted_nouns import counted_by_tags, part_counted, people_counted
from .name_shape import NAME_TAGS
from .partners import partner_asked
from .question_words import HONORIFICS
from .spelling import PROPER_NOUN_TAGS
from .text import fold

if TYPE_CHECKING:
    from .tokenize import Tokenizer

__all__ = ["asked_with_tags"]

# 一共, 总共: a hedge on any count (林原村一共组建了几支, `partners.WHOLE_Q`), but said of a province or
# a city the question names and no place inside it, the whole of it (so is 整体: 辽宁外贸整体的增速).
_ALL_TOLD = re.compile(r"一共|总共|總共|共计|共計|加起来|加起來|整体|整體|总体|總體")


# A name of a place inside a city (广安门, 南京西路, 东四胡同), which jieba tags ns too: no city, so a
# sentence naming 北京市 does not name another one.
_STREET = re.compile(r"(?:门|門|街|路|巷|胡同|桥|橋)$")


def asked_with_tags(text: str, tokenizer: Tokenizer, vocab: Container[str] = ()) -> Asked:
    """The kind of answer asked for (`asked.read_question`), with what only the tagger, the bylines
    or the corpus can tell: that a piece's filing date is asked, the noun a count must name, the
    city a count or a date is asked of."""
    asked = read_question(text, tokenizer.question_focus)
    tagged = tokenizer.question_tagged(text)
    if asked.kind == "date" and asked_roles(text):
        asked = replace(asked, filed=True)  # 那篇稿子是哪天发的: the dateline's date is the answer
    if asked.kind == "number" and asked.measured is not None and not asked.sized:
        asked = replace(asked, counted=counted_by_tags(tagged))
    asked = people_counted(tagged, asked)  # 居民有多少: people counted
    if asked.kind == "number" and (part := part_counted(tagged)):
        asked = replace(asked, part=tuple(fold(word) for word in part))  # …单子里，被退回来的有几万单
    if asked.kind == "number" and (per := per_unit(fold(text))):
        asked = replace(asked, per=per)  # 羊一斤能卖多少: the price per 斤, not what they fetched in all
    if asked.kind == "number" and (aged := aged_person(tagged, text)):
        asked = replace(asked, aged=aged)  # 郑彩平今年多大岁数了: her age, not another's in her sentence
    if asked.occupation and (holder := _last_person(tagged)) and (asked.office or _asked_after(_WORK_ASKED, text, holder)):
        asked = replace(asked, holder=holder)  # 李文博担任啥职务: said in the clause naming him
    if asked.named is not None and (holder := _last_person(tagged)) and _asked_after(_UNIT_ASKED, text, holder):
        asked = replace(asked, holder=holder)  # 帮张银祥的那个李文博是哪个单位的: hers, not his company
    if not asked.kind and (speaker := _speaker(tagged)):
        asked = replace(asked, speaker=speaker)  # 刘小辉说了句什么话: his words, quoted
    elif not asked.kind and (judging := _JUDGED_ASKED.search(text)) and (
            speaker := _last_person(tokenizer.question_tagged(text[: judging.start()]))):
        # 郑彩平咋评价“亲情连线”: her view, in her words; a sentence only naming her says none. The one
        # judging is named before the asking (越共学者是如何评价矫公羡的: not 矫公羡, judged).
        asked = replace(asked, speaker=speaker, judged=True)
    if (choice := time_choice(fold(text))) == "date":  # 上半年还是下半年: when, which 今年6月 answers
        asked = replace(asked, kind=asked.kind or "date")
    elif choice == "day":  # 白天还是半夜: any part of the day said tells (有一天深夜)
        asked = replace(asked, either=DAY_PARTS)
    elif choice == "often":  # 一周一开还是一月一开: how often, whichever the text says (每周)
        asked = replace(asked, kind=asked.kind or "number", duration=FREQUENCY_A)
    elif either := figure_choice(fold(text)) or alternatives(text, tokenizer.question_terms):
        asked = replace(asked, either=either)
    if asked.kind == "number" and (partner := partner_asked(tagged)):
        asked = replace(asked, partner=partner)  # 跟韩国做了多少买卖: 韩国's figure
    if asked.place and _city_s_communities(asked.place, tagged, vocab):
        asked = replace(asked, place="")  # 南宁社区党群服务中心有几个: 南宁's, no 宁社区 named
    if asked.kind in ("number", "date") and not asked.place:
        # 北京12345热线啥时候开通的: the city a date or a count is asked of: jieba tags it ns, or the
        # corpus writes it with 市 (娄底, which jieba tags a person's name, is 娄底市 in the documents).
        city = next((w for w, f in tagged if 2 <= len(w) <= 4 and not _STREET.search(w)
                     and (f == "ns" or (f in PROPER_NOUN_TAGS and w + "市" in vocab))), "")
        asked = replace(asked, place=city)
        if city and asked.kind == "number" and _ALL_TOLD.search(text):
            # 辽宁上半年外贸进出口总共是多少亿: all of 辽宁's, so 沈阳片区's 4.6亿元 is a part of it.
            asked = replace(asked, whole=True)
    return asked


def _city_s_communities(place: str, tagged: Sequence[tuple[str, str]], vocab: Container[str]) -> bool:
    """The local place read off the question (宁社区 of 南宁社区) is a city's communities: the word
    before its form is a city (南宁, which the corpus writes 南宁市), whose last character the reading
    took for a name; not a street's (中华中路社区 is one community)."""
    return any(flag == "ns" and len(word) >= 2 and word.endswith(place[0]) and after == place[1:]
               and not _STREET.search(word) and (word.endswith("市") or word + "市" in vocab)
               for (word, flag), (after, _) in zip(tagged, tagged[1:], strict=False))


# What a person said, asked as 说了什么, 怎么说的, 说…算什么: the verb right after the name.
_SAYS = re.compile(r"说|說|讲|講|表示|谈到|談到|提到|认为|認為")


def _speaker(tagged: Sequence[tuple[str, str]]) -> str:
    """The person a question asks the words of (张立春说给大家服务对他来说算什么 → 张立春): a name
    jieba tags a person's, right before a verb of saying; or, when the question asks what was said
    (华雨辰在武钢体育中心那会儿说了句啥), the first such name that is neither the one spoken to (李文博
    跟张银祥说了啥 → 李文博) nor an owner before 的 (张银祥的儿子小玮对他爸是怎么说的 → 小玮); "" when none.
    A surname with the form of address after it is a name (金大爷…说了啥 → 金大爷)."""
    tagged = _addressed_names(tagged)
    speaking = [_a_person(word, flag) and not (i and tagged[i - 1][0] in _SPOKEN_TO)
                for i, (word, flag) in enumerate(tagged)]
    for i, (word, _) in enumerate(tagged[:-1]):
        if speaking[i] and _SAYS.fullmatch(tagged[i + 1][0]):
            return word
    if not _SAID_ASKED.search("".join(word for word, _ in tagged)):
        return ""
    owners = [i + 1 < len(tagged) and tagged[i + 1][0] == "的" for i in range(len(tagged))]
    return next((word for i, (word, _) in enumerate(tagged) if speaking[i] and not owners[i]), "")


# 跟张银祥说, 对他爸说: the one after these is spoken to, not the speaker.
_SPOKEN_TO = frozenset(("跟", "对", "對", "给", "給", "和", "同", "向", "与", "與"))


def _addressed_names(tagged: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The tagged words with a one-character surname and the form of address after it (金 + 大爷) read as
    one person's name, as the documents call them."""
    out: list[tuple[str, str]] = []
    for word, flag in tagged:
        if out and word in HONORIFICS and len(out[-1][0]) == 1 and out[-1][1] in NAME_TAGS["person"]:
            out[-1] = (out[-1][0] + word, out[-1][1])
        else:
            out.append((word, flag))
    return out


def _a_person(word: str, flag: str) -> bool:
    """A name of two characters or more jieba tags a person's: who may be asked to have said or judged."""
    return flag in NAME_TAGS["person"] and len(word) >= 2


# What someone thinks of a thing, asked: 咋评价, 怎么看, 啥看法, 是啥态度, 咋回应的.
_JUDGED_ASKED = re.compile(r"(?:咋|怎么|怎麼|如何|怎样|怎樣)(?:评价|評價|看待|看|回应|回應)|(?:啥|什么|什麼)(?:看法|态度|態度|评价|評價)")


# 纪玉芝是做什么的, 张立春退休前是干啥的: the one whose work is asked is named just before the asking;
# 王智慧她们设的专家座席是干嘛的 asks what a thing is for, no one's work.
_WORK_ASKED = re.compile(r"[^\u4e00-\u9fff]{0,2}(?:[\u4e00-\u9fff]{0,3}[前后後时時]|现在|現在|以前|之前|原来|原來|到底|究竟)?(?:是|在)?(?:做|干|幹|从事|從事)")


# 李文博是哪个单位的, 张银祥在哪家公司上班: the body the one named just before belongs to.
_UNIT_ASKED = re.compile(r"(?:现在|現在|以前|原来|原來)?(?:是|在)(?:哪个|哪個|哪家|哪一个|哪一個|什么|什麼|啥)"
                         r"(?:单位|單位|公司|部门|部門|机关|機關)")


def _asked_after(asking: re.Pattern[str], text: str, holder: str) -> bool:
    """Whether `text` (folded) asks of `holder` what `asking` reads (the work they do, the body they
    belong to): the asking follows the name's last mention."""
    at = text.rfind(holder)
    return at >= 0 and asking.match(text, at + len(holder)) is not None


def _last_person(tagged: Sequence[tuple[str, str]]) -> str:
    """The last person named (`_a_person`), "" when none."""
    return next((word for word, flag in reversed(tagged) if _a_person(word, flag)), "")


# What was said, asked: 说了句啥, 说过什么, 怎么说的, 说的是什么 (not 片子是讲啥的: what it is about).
_SAID_ASKED = re.compile(r"(?<![是在])(?:说|說|讲|講)(?:了|过|過)?(?:句|些|一句)?(?:啥|什么|什麼|甚么)(?:话|話)?|怎么说|怎麼說|说的是(?:啥|什么)")
