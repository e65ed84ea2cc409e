"""What the previous turn of a conversation was about: the values a follow-up is resolved with
(`Conversation`, `Resolved`) and the pieces of the previous question a rewrite carries over — its
topic (the words before its predicate), its subject, the place of a kind it named, the words that
qualified a noun. Pure functions over text (`qa.conversation` says how they are used).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cantonese import read_as_mandarin
from .question_text import filler_length, without_check
from .question_words import WHICH_MEASURES
from .text import fold

if TYPE_CHECKING:
    from .models import Answer

__all__ = ["OPENING", "PREDICATE_RE", "SET_CLASSIFIER", "SHORT", "WHICH", "WHICH_MEASURES", "Conversation",
           "Resolved", "counted_noun_of", "found_spans", "head_of", "joined", "modifiers_of", "place_named",
           "place_of_kind", "previous_topic", "subject_of"]

# A set counted, by its classifier: 几支志愿服务队, 多少个“红马甲”服务队 (quotation marks left out).
SET_CLASSIFIER = r"[个個家项項类類样樣种種位名所条條支只部座件队隊批户戶]"
_COUNTED_BEFORE = re.compile(r"(?:几|幾|多少)\s*" + SET_CLASSIFIER + r"([\u4e00-\u9fff]{2,8}?)(?=[，,。？?！!吗嗎呢啊呀]|$)")
_QUOTE_MARKS = re.compile(r"[「」『』“”\"'《》]")


def counted_noun_of(previous: Conversation) -> str:
    """The noun the last question counted (林原村一共拉起了几支志愿服务队 → 志愿服务队; 长山花园社区组了几支
    “红马甲”志愿服务队 → 红马甲志愿服务队), folded; "" when it counted none."""
    found = _COUNTED_BEFORE.search(_QUOTE_MARKS.sub("", fold(previous.question)))
    return found.group(1) if found is not None else ""


# The digits or letters a name is numbered by (42号小区, 20号院, B座): part of the noun meant.
_NUMBERING = re.compile(r"[0-9A-Za-z０-９]")


@dataclass(frozen=True)
class Conversation:
    """The previous turn: the question as it was answered (resolved), its key terms (folded), the
    fact its answer marked (`Answer.fact`: 8月5日, 钢花小学), "" when none, and where its first
    quote ended (passage id and offset): what 后来呢 goes on from; and where it began."""

    question: str
    terms: tuple[str, ...] = ()
    fact: str = ""
    passage_id: str = ""
    quote_end: int = 0
    quote_start: int = 0  # where that quote began: what 那是哪年的事 asks of (`within_article`)

    @classmethod
    def after(cls, question: str, terms: Sequence[str], answer: Answer) -> Conversation:
        """The turn a question leaves: what the REPL, the bot and `qa eval` carry over. Unanswered,
        only the question: no fact, and no quote to go on from (its hits are related material)."""
        hit = answer.hits[0] if answer.hits and answer.answered else None
        question = read_as_mandarin(question)  # 華雨辰喺邊間學校教書: 他 of the next turn is 华雨辰, not 華雨
        for typed, used in getattr(answer, "corrections", ()):
            # 芦布是哪个小区的业主 was searched as 卢布: the next turn's 他 is 卢布 (芦布家 is no word).
            question = question.replace(typed, used)
            terms = [term.replace(typed, used) for term in terms]
        return cls(question, tuple(terms), answer.fact, hit.passage_id if hit else "",
                   hit.quote_start + len(hit.quote) if hit else 0, hit.quote_start if hit else 0)


@dataclass(frozen=True)
class Resolved:
    """What to ask: `text` stands alone; `more` asks for the next page of the previous question."""

    text: str
    more: bool = False
    carried: bool = False
    elided: bool = False  # the previous topic was put before a question that left its subject out
    goes_on: bool = False  # 后来呢: what the document says after the last quote, `text` if it says nothing
    # 那林原村呢: the names X gives, asked about anew; a quote from a passage never naming them is
    # about the last subject.
    about: tuple[str, ...] = ()


# What a follow-up may open with before its own words: 请问, or a 那 that moves the talk on.
OPENING = re.compile(r"^(?:请问|那么?|那)?[，,\s]*")

# Characters (punctuation aside) of a follow-up short enough to lean on the last turn (物管会有几名委员
# has 8): a longer question has a subject of its own (哪个科研单位的人员发现了依兰陨石坑).
SHORT = 12

# Characters never inside a place's name: where the place of a kind (潍城区 of 潍城区委书记) starts.
_FUNCTION = "的是在哪什么谁了和与及为于从对把被有个跟着到"  # 个 of 哪个社区: a measure word, never a name's start
_NAME_CHAR = rf"(?:(?![{_FUNCTION}])[\u4e00-\u9fff])"  # a character a place's name may hold
# A place by its name's ending, in the asker's wording (what 这里/那里/当地 stand for), made of no
# function character (辽宁跟区域… names no 辽宁跟区). The longest such name (西乡塘区, not 西乡); a
# shop is no city (爱心超市).
_PLACE_RE = re.compile(_NAME_CHAR + r"{1,8}(?:小区|小區|社区|社區|街道|大院|村|镇|鎮|乡|鄉|县|縣|(?<![超门門城])市|区|區|省|州)")


# A time word the previous subject ends with: not who or what it is (佛罗里达州卫生部网站当时,
# 孙志荣老人今年多大了 → 孙志荣老人).
_TRAILING_TIME = re.compile(r"(?:当时|以前|之前|现在|目前|如今|当年|那时|今年|去年|前年|今天|昨天|最近|近年|这些年"
                            r"|每天|每日|天天|每周|每年|平时|平常|经常|一直|后来|後來|随后|隨後|当初|當初|起初|最初|原来|原來"
                            r"|曾经|曾經|最早|最先|起先|早先|早年"
                            r"|最后|最後|最终|最終|首先|已经|已經)+$")
# A one-character adverb before the preposition that governs the asking (产业规划先从啥下手): only
# there, where no noun ends in it (祖先, 成就, 人才 end a subject).
_ADVERB_BEFORE = re.compile(r"[先还還也就才再又已曾]$")
# Nor a preposition before the asking (泗县对多少个行政村逐村摸了底).
_PREPOSITIONS = "对在从给向把被跟和与"
# Nor is 里面 after it (白领驿家里面都有啥设施): the place is 白领驿家.
_TRAILING_INSIDE = re.compile(r"(?:里面|里头|里边|裡面|裡頭|裡邊)$")

# A question that starts with its predicate has left its subject out: 有多少居民？ 是谁？
# 有, 是, 在 inside a word are no predicate: 现在, 所有, 但是 (现在一年受理多少来电 has no subject 现).
PREDICATE_RE = re.compile(
    r"(?<![没所还只具拥享含占现])有|(?<![但还就要可总于或凡若不])不?是|(?<![现正存所实自内好])在"
    r"|叫|位于|属于|归(?=哪|什么|谁)|成立|发生|什么|哪|为什么|怎么|如何|多少|几|谁|何时|(?<![成首京古国帝故大])都|还|也|又|一共|共有|总共"
    r"|为啥|为何|啥|咋|多会儿|多大|多久|多长|多高|多远"  # the colloquial asking words: 啥时候建的
    r"|(?:排名|排|位列|名列)(?=[\u4e00-\u9fff]{0,4}第[几幾])|第(?=[几幾])"  # 卢碧这个台风排今年第几号: a rank asked
)

# 这所学校 after 哪所学校: the one the previous answer named. The measure words between 哪 and the noun.
WHICH = rf"(?:哪|什么)一?[{WHICH_MEASURES}]?"


def found_spans(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of the terms inside folded `text`, in order, overlapping ones dropped."""
    folded = fold(text)
    spans = sorted((folded.find(t), folded.find(t) + len(t)) for t in terms if t and t in folded)
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


# One-character words that stand on their own before a verb (改革时取消了, 一年多解决了), unlike 旧 of 旧改用了.
_ON_ITS_OWN = frozenset("时后前中里内外间上下多来余")  # 改革时, 一年多, 十年来


# A topic typed alone: no question mark or particle (and, as `head_of` reads it only when
# PREDICATE_RE found nothing, no asking word either).
_NO_ASKING = re.compile(r"^[^？?吗嗎呢么麼]*$")


# The asker, who opens a question about what they read (我在看…那篇): never its topic.
_ASKER = ("我", "我们", "咱", "咱们", "俺", "俺们", "本人")


_POINTING_ONLY = frozenset(("那", "这", "那个", "这个", "那位", "这位", "那些", "这些", "该"))


_ASKING_OBJECT = ("啥", "什么", "什麼", "哪", "谁", "誰")


def _verb_before_asking(folded: str, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the one character before the asking word at `end` is a verb asking with it (长啥样,
    住哪, 干啥, 说什么): a character on its own (no word of two or more), right after a word of two or
    more that ends the topic (依兰陨石坑, 孙志荣), not 的 or a pointing word."""
    if end < 3 or not folded.startswith(_ASKING_OBJECT, end) or folded[end - 1] in "的之这這那该該此每各第":
        return False
    if any(s <= end - 1 < e and e - s > 1 for s, e in spans):
        return False  # the character is part of a longer word
    return any(e == end - 1 and e - s > 1 for s, e in spans)


def head_of(previous: Conversation) -> str:
    """The previous question's words before its predicate (江欣苑社区 of 江欣苑社区有多少名党员; 林原村
    of 林原村组建了几支…: the content word before 了 is the verb), or ""."""
    folded = fold(previous.question)
    starts = [m.start()] if (m := PREDICATE_RE.search(folded, 1)) else []
    spans = found_spans(previous.question, previous.terms)
    verb = next((s for s, e in spans if s >= 1 and folded[e : e + 1] == "了"), None)
    if verb is not None:
        # 东兴小区旧改用了: jieba reads 旧 + 改用; a lone character left before the verb is the
        # noun's, so the verb is only the character before 了.
        # 改革时取消了: 时 is a word of its own, not the noun's.
        before = [s for s, e in spans if e == verb and folded[s:e] not in _ON_ITS_OWN]
        starts.append(folded.index("了", verb) - 1 if before and verb - before[0] == 1 else verb)
    # A question with no predicate names its topic and nothing else (泗县网周村那个养羊的金家龙金大爷
    # 你知道不, the check already dropped): all of it is the head.
    head = previous.question[: min(starts)] if starts else (
        without_check(previous.question) if _NO_ASKING.search(folded) else "")
    if starts and _verb_before_asking(folded, min(starts), spans):
        head = head[:-1]  # 依兰陨石坑长啥样, 孙志荣住哪: 长 and 住 ask with 啥 and 哪; the topic is before them
    head = head[filler_length(fold(head)) :]  # 请问北京第一个物管会: the topic, not the asker's 请问
    if fold(head).strip() in ("是", "就是"):
        return ""  # 是哪本杂志爆出…: the question opens with its predicate; no words name the topic
    if fold(head).strip() in _ASKER:
        return ""  # 我在看辽宁外贸那篇，…: the asker, not what the question is about
    head = head.strip(" ，,：:")
    time = _TRAILING_TIME.search(fold(head))
    head = head[: time.start()] if time else head
    if len(head) > 2 and fold(head[-1]) in _PREPOSITIONS:
        head = head[:-1]  # 泗县对多少个行政村: the subject is 泗县, 对 governs what was asked
        head = head[:-1] if len(head) > 2 and _ADVERB_BEFORE.search(fold(head)) else head
        time = _TRAILING_TIME.search(fold(head))  # 成都12345热线最早跟谁: the time before it goes too
        head = head[: time.start()] if time else head
    inside = _TRAILING_INSIDE.search(head)
    head = head[: inside.start()] if inside else head
    # 那个被叫做…的人是谁: a pointing word opens a description (its 被 is the predicate's); it names no topic.
    return "" if fold(head).strip() in _POINTING_ONLY else head


def is_place(word: str) -> bool:
    """The word is a place by its name's ending (江欣苑社区, 林原村)."""
    return _PLACE_RE.fullmatch(word) is not None


def place_named(previous: Conversation) -> str:
    """The first place the previous question names, by its ending (东兴小区, 林原村), or ""."""
    match = _PLACE_RE.search(previous.question)
    return match.group(0) if match else ""


def joined(*parts: str) -> str:
    """The parts of a rewritten question, a space only where two would run together as one number
    or word (成都12345 + 2021年…, not 成都123452021年)."""
    out = ""
    for part in parts:
        if out and part and out[-1].isascii() and out[-1].isalnum() and part[0].isascii() and part[0].isalnum():
            out += " "
        out += part
    return out


def place_of_kind(previous: Conversation, kind: str) -> str:
    """The first place of this kind (区, 村, 社区) the previous question names, by its ending (潍城区 of
    潍城区委书记; 42号小区, numbered), or ""."""
    named = rf"(?:{_NUMBERING.pattern}+{_NAME_CHAR}{{0,5}}?|{_NAME_CHAR}{{1,6}}?){kind}"
    match = re.search(named, fold(previous.question))
    return previous.question[match.start() : match.end()] if match else ""


def previous_topic(previous: Conversation) -> str:
    """What the previous question was about: its words before the predicate, or all its key terms
    when it starts with the predicate."""
    return head_of(previous) or subject_of(previous, "")


def subject_of(previous: Conversation, question: str) -> str:
    """The previous question's key terms the new one does not already hold, in their own wording."""
    folded = fold(question)
    spans = found_spans(previous.question, previous.terms)
    return "".join(previous.question[s:e] for s, e in spans if fold(previous.question[s:e]) not in folded)


def modifiers_of(previous: Conversation, noun: str) -> str:
    """The previous question's words right before `noun` (江欣苑 of 江欣苑社区 for 这个社区); "" when
    it says the noun only inside a longer word (村 of 村两委: 带着工作队跟 names no village)."""
    folded = fold(previous.question)
    at = folded.find(noun)
    if at <= 0:
        return ""
    spans = found_spans(previous.question, previous.terms)
    if any(s <= at and at + len(noun) < e for s, e in spans):
        return ""
    ends = {e: s for s, e in spans if e <= at}
    start = at
    while True:
        # 42号小区: the number is no key term, but it names the one meant (号小区 names none).
        while start > 0 and _NUMBERING.match(previous.question[start - 1]):
            start -= 1
        if start not in ends:
            return previous.question[start:at]
        start = ends[start]
