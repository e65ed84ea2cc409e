"""Follow-up questions: carry the previous question's subject into one that leans on it.

People ask 江欣苑社区有多少名党员？ and then 那居民呢？ or 他们都做什么？. Read alone, the second
question has nothing to search for (or searches for 他们). `resolve` rewrites it into a question
that stands alone, from the previous turn only, so the bot and the REPL answer follow-ups alike:

- `X呢？` / `那X呢？`: the previous question with its last key term replaced by X
  (江欣苑社区有多少名党员？ + 那居民呢？ → 江欣苑社区有多少名居民？, keeping the kind of question);
  `那X的呢` (whose) replaces the first instead (那上海的呢 → 上海12345热线…), `其他三个呢` follows the
  topic, and `那X呢，Y` asks Y of X;
- a pronoun or demonstrative (他/她/它/他们/这/那/该/其/此, 这个社区): replaced by the previous
  subject (for 这个社区: only the words that qualified 社区 before);
- 当天/那天/当时/当年: the time the previous answer gave when that question asked for one
  (台风卢碧影响厦门是哪天？ + 当天谁在转移群众？ → 8月5日谁在转移群众？), else the previous topic first;
- 这所学校 after 哪所学校: the school the previous answer named (`Conversation.fact`);
- an elided subject (有多少居民？, 什么时候成立的？): the previous question's topic prepended, for a
  short question only, one with no quoted name of its own (`qa.follow_up` checks the reading: a word
  the documents never use, 怎么申请护照, means the question was not about the topic);
- 还有呢 / 还有吗 / 更多: "more of the same" (`Resolved.more`);
- anything else is a new topic and starts fresh; a short one that finds nothing alone may still be
  asked again with the previous topic (`previous_topic`) by `qa.follow_up`, which can search.

Pure functions over text: the caller supplies the previous question's key terms (the engine's
content words, `Retriever.key_terms`) and the fact its answer marked (`Answer.fact`), so nothing
here segments or searches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .answer_shape import KIN
from .asked import PLACE_FORMS
from .question import filler_length
from .smalltalk import is_small_talk
from .text import fold

__all__ = ["Conversation", "Resolved", "joined", "previous_topic", "resolve"]


@dataclass(frozen=True)
class Conversation:
    """The previous turn: the question as it was answered (resolved), its key terms (folded) and
    the fact its answer marked (`Answer.fact`: 8月5日, 钢花小学), "" when none."""

    question: str
    terms: tuple[str, ...] = ()
    fact: str = ""


@dataclass(frozen=True)
class Resolved:
    """What to ask: `text` stands alone; `more` asks for the next page of the previous question."""

    text: str
    more: bool = False
    carried: bool = False
    elided: bool = False  # the previous topic was put before a question that left its subject out


_END = r"[\s？?！!。.，,~～…]*$"
_MORE_RE = re.compile(
    r"^(?:那|那么)?[，,\s]*(?:还有|还有别的|还有其他的?|还有没有|更多|继续|下一页|再来|接着说)"
    r"(?:呢|吗|么|吧|没有|的呢|的吗)?" + _END
)
# 那居民呢？ 居民呢？ 那居民怎么样？ (without 那, 怎么样 asks a question of its own: 今天天气怎么样)
_ABOUT_RE = re.compile(
    r"^(?:(?:那么?|那)[，,\s]*(?P<x>[^？?，,。！!]{1,12}?)(?:呢|怎么样|如何)|(?P<y>[^？?，,。！!]{1,8}?)呢)"
    + _END
)
# Pronouns and demonstratives (on folded text), with the compounds that merely contain them left out.
_LEAN_RE = re.compile(
    r"(?<![其吉])(?:他们|她们|它们|他|她|它)(?![人乡])"
    r"|(?:这|那)(?=里面|里头|里边)"  # 那里面都有啥: the place, then 里面 as typed
    r"|(?:这|那|该|此|其)(?:个|些|位|里|儿|项|所|家|次|种|件|座|条|名|支|批|篇|份|本)?"
    r"|当地"  # 当地主要搞什么产业: the place just talked about
)
# 那 opening a follow-up before a pronoun (那她…): a discourse marker, not a demonstrative.
_OPENING_THEN = re.compile(r"^(?:那么?|那)[，,\s]*(?=他|她|它|这|该|此|其)")
# One person or thing, named by the previous question's subject.
_ONE_PERSON = ("他", "她", "它")
_NOT_LEANING = re.compile(
    r"其他|其它|其中|其实|其余|其次|尤其|极其|与其|这样|这么|那么|那样|应该|该怎|该如何|活该"
    r"|因此|此外|如此|彼此|从此|此时|至此|那时|这时|这些年|那些年|那天|那一天|那年|那一年|那之后|在那之后"
)
# A place by its name's ending, in the asker's wording (what 这里/那里/当地 stand for).
# The longest such name (西乡塘区, not 西乡).
_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:小区|小區|社区|社區|街道|大院|村|镇|鎮|乡|鄉|县|縣|市|区|區|省|州)")
# The previous question asked who (常务副书记是谁, 书记叫什么名字): its answer is whom 他/她 stand for.
_ASKED_PERSON = re.compile(r"谁|哪位|叫什么|叫啥|的名字")
# The previous question asked which place (哪个社区, 那个社区叫什么): its answer is what 那里 stands for.
_FORMS = "|".join(sorted(PLACE_FORMS, key=len, reverse=True))
_ASKED_PLACE = re.compile(rf"(?:哪|什么)一?个?(?:{_FORMS})|(?:{_FORMS})(?:的名字)?(?:叫|是)(?:什么|哪)|哪家")
# 彻查哪里: 它 of the next turn is the place the answer named (after 东兴小区在哪, 那里 is 东兴小区 itself).
_ASKED_WHERE = re.compile(_ASKED_PLACE.pattern + r"|哪里|哪儿|何处|什么地方")
_HERE = ("这里", "那里", "这儿", "那儿", "当地", "该地", "此地")
# 哪两位记者, 哪些干部: people asked for; 他们 of the next turn are they (依兰陨石坑那条消息的记者).
_ASKED_PEOPLE = re.compile(r"哪(?:几|两|三|四|五|些)(?:位|个|名)?(记者|作者|人|干部|党员|志愿者|老人|居民|队员|代表|专家)")
# 这个区, 他们村: a place by its kind; the previous question's place of that kind (潍城区, 林原村).
_FUNCTION = "的是在哪什么谁了和与及为于从对把被有"  # never inside a place's name
_PLACE_KIND = re.compile(r"街道|社区|小区|区|县|市|村|镇|乡|省")
# A time word the previous subject ends with: not who or what it is (佛罗里达州卫生部网站当时).
_TRAILING_TIME = re.compile(r"(?:当时|以前|之前|现在|目前|如今|当年|那时)+$")
# A question that starts with its predicate has left its subject out: 有多少居民？ 是谁？
# 有, 是, 在 inside a word are no predicate: 现在, 所有, 但是 (现在一年受理多少来电 has no subject 现).
_PREDICATE_RE = re.compile(
    r"(?<![没所还只具拥享含占现])有|(?<![但还就要可总于或凡若])是|(?<![现正存所实自内好])在"
    r"|叫|位于|属于|成立|发生|什么|哪|为什么|怎么|如何|多少|几|谁|何时|(?<![成首京古国帝故])都|还|也|又|一共|共有|总共"
    r"|为啥|为何|啥|咋|多会儿|多大|多久|多长|多高|多远"  # the colloquial asking words: 啥时候建的
)
_PREDICATE_START_RE = re.compile(r"^(?:请问|那么?|那)?[，,\s]*(?:" + _PREDICATE_RE.pattern + r"|[\u4e00-\u9fff]{1,2}了)")


# A time on its own (2015年底, 去年4月, 上半年, 3月5日): what 那X呢 swaps for the previous question's time.
_TIME_RE = re.compile(r"(?:(?:\d{2,4}|[去今前明])年(?:[底初末]|[上下]半年)?|[上下]半年)(?:\d{1,2}月(?:\d{1,2}[日号])?(?:[底初末]|[上中下]旬)?)?"
                      r"|\d{1,2}月(?:\d{1,2}[日号])?(?:[底初末]|[上中下]旬)?")
# 当天, 那天, 当时: the day the previous answer gave when it was asked for (台风卢碧影响厦门是哪天 →
# 8月5日), else the time of the previous topic.
_THEN_RE = re.compile(r"当天|当日|那天|那一天|同一天|当时|那时候|那时|当年|那年|那一年")
_THAT_YEAR = ("当年", "那年", "那一年")
_ASKED_TIME = re.compile(r"哪一?天|哪日|几月几[日号]|几号|什么时候|什么时间|何时|哪一?年|几几年|哪个月|几月")
# 这所学校 after 哪所学校: the one the previous answer named. The measure words between 哪 and the noun.
_WHICH = r"(?:哪|什么)一?[个所家座位条项种类间支只名]?"


def _found(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of the terms inside folded `text`, in order, overlapping ones dropped."""
    folded = fold(text)
    spans = sorted((folded.find(t), folded.find(t) + len(t)) for t in terms if t and t in folded)
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


# 其他三个呢, 别的呢: the rest of what the previous question picked one of.
_OTHERS_RE = re.compile(r"其他|其它|其余|别的|另外")
# 那居民呢，有多少人: X, then the question asked of it (read as 那居民有多少人).
_ABOUT_THEN_RE = re.compile(r"^((?:那么?|那)?[，,\s]*[^？?，,。！!呢]{1,12}?)呢[，,\s]+(?=\S)")
# Only asking words and particles (什么是什么, 的了吗呢吧): nothing of its own to carry a topic into.
_NOTHING_ASKED = re.compile(r"^(?:什么|怎么|怎样|如何|为什么|哪|谁|几|多少|是|的|了|吗|呢|吧|啊|呀|有|在|和|与"
                            r"|[？?！!。.，,~～…\s])*$")
# A thing named right before its demonstrative (娄底微心愿那篇报道, 阔口社区那个百宝箱): the
# question names its own subject.
_PIECE_NAMED = re.compile(r"[\u4e00-\u9fff]{2,}(?:这|那|该)(?:篇|条|则|份)|[\u4e00-\u9fff]{3,}(?:这|那)(?:个|位|些|家|所|座)")
# Longer than this (characters, punctuation aside), a question that opens with its predicate has a
# subject of its own later on (哪个科研单位的人员发现了依兰陨石坑, 如何用Python写…): 有多少居民 has 5.
_ELIDED_MAX = 12
# A quoted name or title is a subject of its own (在“四个危险”里哪一个最根本).
_NAMES_ITS_OWN = re.compile(r"[“「《\"][^”」》\"]{2,}[”」》\"]")
_NOT_TEXT = re.compile(r"[\s？?！!。.，,~～…“”\"]")
# 对韩国, 向日本: a preposition and what it governs, swapped for the same preposition's in the last turn.
_PREP = re.compile(r"对|對|向|与|與|跟|同|在|从|從")
# One-character words that stand on their own before a verb (改革时取消了, 一年多解决了), unlike 旧 of 旧改用了.
_ON_ITS_OWN = frozenset("时后前中里内外间上下多来余")  # 改革时, 一年多, 十年来


def _head(previous: Conversation) -> str:
    """The previous question's words before its predicate (江欣苑社区 of 江欣苑社区有多少名党员; 林原村
    of 林原村组建了几支…: the content word before 了 is the verb), or ""."""
    folded = fold(previous.question)
    starts = [m.start()] if (m := _PREDICATE_RE.search(folded, 1)) else []
    spans = _found(previous.question, previous.terms)
    verb = next((s for s, e in spans if s >= 1 and folded[e : e + 1] == "了"), None)
    if verb is not None:
        # 东兴小区旧改用了: jieba reads 旧 + 改用; a lone character left before the verb is the
        # noun's, so the verb is only the character before 了.
        # 改革时取消了: 时 is a word of its own, not the noun's.
        before = [s for s, e in spans if e == verb and folded[s:e] not in _ON_ITS_OWN]
        starts.append(folded.index("了", verb) - 1 if before and verb - before[0] == 1 else verb)
    head = previous.question[: min(starts)] if starts else ""
    head = head[filler_length(fold(head)) :]  # 请问北京第一个物管会: the topic, not the asker's 请问
    head = head.strip(" ，,：:")
    return head[: _TRAILING_TIME.search(fold(head)).start()] if _TRAILING_TIME.search(fold(head)) else head


def _place(previous: Conversation) -> str:
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


def _place_of_kind(previous: Conversation, kind: str) -> str:
    """The first place of this kind (区, 村, 社区) the previous question names, by its ending (潍城区 of
    潍城区委书记), or ""."""
    match = re.search(rf"(?:(?![{_FUNCTION}])[\u4e00-\u9fff]){{1,6}}?{kind}", fold(previous.question))
    return previous.question[match.start() : match.end()] if match else ""


def previous_topic(previous: Conversation) -> str:
    """What the previous question was about: its words before the predicate, or all its key terms
    when it starts with the predicate."""
    return _head(previous) or _subject(previous, "")


def _subject(previous: Conversation, question: str) -> str:
    """The previous question's key terms the new one does not already hold, in their own wording."""
    folded = fold(question)
    spans = _found(previous.question, previous.terms)
    return "".join(previous.question[s:e] for s, e in spans if fold(previous.question[s:e]) not in folded)


def _modifiers(previous: Conversation, noun: str) -> str:
    """The previous question's words right before `noun` (江欣苑 of 江欣苑社区 for 这个社区)."""
    folded = fold(previous.question)
    at = folded.find(noun)
    if at <= 0:
        return ""
    before = [(s, e) for s, e in _found(previous.question, previous.terms) if e <= at]
    start = at
    for s, e in reversed(before):
        if e != start:
            break
        start = s
    return previous.question[start:at]


def _about(question: str, previous: Conversation) -> Resolved | None:
    """`那X呢？`: the previous question with its last key term swapped for X; `那X的呢` (whose) with
    its first; `其他三个呢` (the rest of what it asked about) after its topic."""
    match = _ABOUT_RE.match(fold(question).strip())
    if match is None:
        return None
    group = "x" if match.group("x") is not None else "y"
    about = match.group(group).strip()
    if not about or _LEAN_RE.fullmatch(about) or _PREDICATE_RE.search(about):
        return None  # 他呢 leans differently; 陨石坑在哪里呢 is a question of its own
    x = question.strip()[match.start(group) : match.end(group)].strip()
    if _OTHERS_RE.match(about) and (topic := previous_topic(previous)):
        return Resolved(joined(topic, x, "呢"), carried=True)  # 四个危险里哪个最根本 → 其他三个呢
    if (inner := _leaning(x, previous)) is not None:
        x = inner.text  # 那她父母呢: whose parents the last question was about
    if about.endswith("的") and len(about) > 1 and (spans := _found(previous.question, previous.terms)):
        # 那北京的呢 after 成都12345热线啥时候开通的: whose, so the owner named first is swapped.
        start, end = spans[0]
        return Resolved(previous.question[:start] + x[:-1] + previous.question[end:], carried=True)
    if (prep := _PREP.match(about)) and (spans := _found(previous.question, previous.terms)):
        # 那对韩国呢 after 辽宁上半年对美国进出口…: 对韩国 takes the place of 对美国.
        folded = fold(previous.question)
        at = next((s for s, e in spans if folded[s - len(prep.group(0)) : s] == prep.group(0)), None)
        if at is not None:
            end = next(e for s, e in spans if s == at)
            start = at - len(prep.group(0))
            return Resolved(previous.question[:start] + x + previous.question[end:], carried=True)
    if _TIME_RE.fullmatch(about) and (then := _TIME_RE.search(previous.question)):
        # 那2015年底呢 after 去年4月又整合了多少条: the time swapped for the time, not the last word.
        return Resolved(previous.question[: then.start()] + x + previous.question[then.end() :], carried=True)
    spans = _found(previous.question, previous.terms)
    if not spans:
        return Resolved(joined(x, previous.question), carried=True)
    if about in previous.terms:
        return Resolved(previous.question, carried=True)
    # 最大危险 after 党的最大政治优势是什么: replace from 最大 on, not only the last term.
    folded = fold(previous.question)
    shared = [s for s, e in spans if about.startswith(folded[s:e])]
    start, end = (shared[-1] if shared else spans[-1][0]), spans[-1][1]
    return Resolved(previous.question[:start] + x + previous.question[end:], carried=True)


def _leaning(question: str, previous: Conversation) -> Resolved | None:
    """A pronoun or demonstrative standing for the previous subject: replace it."""
    folded = fold(question)
    masked = _NOT_LEANING.sub(lambda m: "\0" * len(m.group(0)), folded)
    # 那她干了什么: a 那 that opens the question only moves the talk on; the pronoun after it leans.
    masked = _OPENING_THEN.sub(lambda m: "\0" * len(m.group(0)), masked)
    match = _LEAN_RE.search(masked)
    if match is None or _PIECE_NAMED.search(folded[: match.end() + 1]):
        return None
    rest = folded[match.end() :]
    pointing = match.group(0)[0] in "这那该此"
    if (pointing or match.group(0) in ("他们", "她们")) and (kind := _PLACE_KIND.match(rest)) and not re.search(
            _WHICH + kind.group(0), fold(previous.question)) and (place := _place_of_kind(previous, kind.group(0))):
        # 这个区 after 潍城区委书记…, 他们村 after 林原村党委书记…: the place of that kind it named.
        end = match.end() + kind.end()
        return Resolved(joined(question[: match.start()], place, question[end:]), carried=True)
    noun = next((t for t in previous.terms if t and rest.startswith(t)), None)
    if noun and previous.fact and pointing and re.search(_WHICH + re.escape(noun), fold(previous.question)):
        # 这所学校 after 哪所学校: the school the answer named, in place of the words and the noun.
        end = match.end() + len(noun)
        return Resolved(joined(question[: match.start()], previous.fact, question[end:]), carried=True)
    if noun:  # 这个社区: the words that qualified 社区 before, after the subject if they leave it out
        carried = _modifiers(previous, noun)
        head = _head(previous)
        if head and fold(carried) + noun not in fold(head) and fold(head) not in folded:
            carried = head + carried  # 这些服务队 after 林原村组建了几支志愿服务队
    elif match.group(0) in _HERE and previous.fact and _ASKED_PLACE.search(fold(previous.question)):
        carried = previous.fact  # 那里的党委书记 after 那个社区叫什么 → 中华中路社区: the place it named
    elif match.group(0) in _HERE and (place := _place(previous)):
        carried = place  # 那里的党委书记 after 林原村组建了…: the place, not the whole topic
    elif pointing:  # 这些居民: a place or thing, the previous topic
        carried = previous_topic(previous)
    elif match.group(0) in _ONE_PERSON and previous.fact and KIN.fullmatch(previous.fact):
        # 她女儿在哪个城市 after 给谁打了视频电话 → 女儿: the kin the answer named, not 女儿女儿.
        if not rest.startswith(fold(previous.fact)):
            return None
        return Resolved(question[: match.start()] + question[match.end() :], carried=True)
    elif match.group(0) in _ONE_PERSON and previous.fact and _ASKED_PERSON.search(fold(previous.question)):
        carried = previous.fact  # 他是哪一年上任的 after 常务副书记是谁 → 刘小辉: whom the answer named
    elif match.group(0) == "它" and previous.fact and _ASKED_WHERE.search(fold(previous.question)):
        carried = previous.fact  # 它以前因为啥臭名昭著 after 彻查哪里 → 德特里克堡
    elif match.group(0) in ("他们", "她们") and (people := _ASKED_PEOPLE.search(fold(previous.question))):
        head = _head(previous)  # 他们是从哪个单位获悉的 after 那条消息是哪两位记者写的
        carried = (f"{head}的" if head else "") + people.group(1)
    elif match.group(0) in _ONE_PERSON and (head := _head(previous)):
        # 华雨辰是哪里人 → 她在哪个学校当老师: 她 is who the question was about (华雨辰), not every
        # word of it (华雨辰人), and not every word of every turn before.
        carried = head
    else:  # 他们, 其: who or what was asked about, with its topic
        carried = _subject(previous, question) or previous_topic(previous)
    text = joined(question[: match.start()], carried, question[match.end() :])
    return Resolved(text, carried=True)


def _then(question: str, previous: Conversation) -> Resolved | None:
    """当天谁在转移群众: the day the previous answer gave, when the previous question asked for a
    time; else the previous topic before the question, unless a pronoun in it already leans."""
    folded = fold(question)
    match = _THEN_RE.search(folded)
    if match is None:
        return None
    if previous.fact and _ASKED_TIME.search(fold(previous.question)):
        fact = previous.fact
        if match.group(0) in _THAT_YEAR and (year := re.search(r"\d{4}年", fact)):
            fact = year.group(0)  # 那年国庆节 after 2020年5月: the year, not the month
        return Resolved(joined(question[: match.start()], fact, question[match.end() :]), carried=True)
    topic = previous_topic(previous)
    rest = _NOT_LEANING.sub("", folded[: match.start()] + "\0" + folded[match.end() :])
    if not topic or fold(topic) in folded or _LEAN_RE.search(rest):
        return None  # the pronoun says whom (当时她在做什么); the topic is already there
    return Resolved(joined(topic, question.strip()), carried=True)


# 后来卖了多少钱, 那之后她啥时候入的党: what happened next to the same subject.
_LATER_RE = re.compile(r"^(?:那么?|在)?[，,\s]*(?:后来|之后|那之后|此后|随后|然后|接着|接下来|最后|结果)")


def _later(question: str, previous: Conversation) -> Resolved | None:
    """后来卖了多少钱 after 金家龙大爷为啥对着自家的羊叹气: the previous topic, then what came after;
    after a question that asked when, the time the answer gave (2020年2月之后)."""
    match = _LATER_RE.match(fold(question).strip())
    if match is None:
        return None
    rest = question.strip()[match.end() :]
    if previous.fact and _ASKED_TIME.search(fold(previous.question)):
        text = f"{previous.fact}之后{rest}"
    else:
        topic = previous_topic(previous)
        if not topic or fold(topic) in fold(rest):
            return None
        # 后来她又申请加入了什么队伍: 她 says whom; the topic would say it twice.
        text = f"后来{rest}" if _LEAN_RE.match(fold(rest)) else f"{topic}后来{rest}"
    return _leaning(text, previous) or Resolved(text, carried=True)


def resolve(question: str, previous: Conversation | None) -> Resolved:
    """The question to ask, standing alone; unchanged when there is no previous turn or it does not lean."""
    if previous is None or not previous.question.strip() or is_small_talk(question):
        return Resolved(question)  # 在吗, 谢谢: no question to carry anything into
    if (then_asked := _ABOUT_THEN_RE.match(fold(question).strip())) is not None:
        stripped = question.strip()
        question = stripped[: then_asked.end(1)] + stripped[then_asked.end() :]
    folded = fold(question).strip()
    if _MORE_RE.match(folded):
        return Resolved(previous.question, more=True)
    if (then := _then(question, previous)) is not None:
        return _leaning(then.text, previous) or then  # 当天她去了哪里: the day, then whom
    if (later := _later(question, previous)) is not None:
        return later
    for rule in (_about, _leaning):
        resolved = rule(question, previous)
        if resolved is not None:
            return resolved
    if (_PREDICATE_START_RE.match(folded) and not _NOTHING_ASKED.match(folded)
            and len(_NOT_TEXT.sub("", folded)) <= _ELIDED_MAX and not _NAMES_ITS_OWN.search(folded)):
        start = re.match(r"^(?:请问|那么?|那)?[，,\s]*", folded)
        body = question.strip()[start.end() if start else 0 :]
        return Resolved(joined(previous_topic(previous), body), carried=True, elided=True)
    return Resolved(question)
