"""Follow-up questions: carry the previous question's subject into one that leans on it.

People ask 江欣苑社区有多少名党员？ and then 那居民呢？ or 他们都做什么？. Read alone, the second
question has nothing to search for (or searches for 他们). `resolve` rewrites it into a question
that stands alone, from the previous turn only, so the bot and the REPL answer follow-ups alike:

- `X呢？` / `那X呢？`: the previous question with its last key term replaced by X
  (江欣苑社区有多少名党员？ + 那居民呢？ → 江欣苑社区有多少名居民？, keeping the kind of question);
  `那X的呢` (whose) replaces the first instead (那上海的呢 → 上海12345热线…), `其他三个呢` follows the
  topic, `那大连呢` (a name) replaces the previous question's name of its kind (沈阳片区 → 大连片区),
  and `那X呢，Y` asks Y of X;


- a pronoun or demonstrative (他/她/它/他们/这/那/该/其/此, 这个社区): replaced by the previous
  subject (for 这个社区: only the words that qualified 社区 before);


- 当天/那天/当时/那会儿/当年: the time the previous answer gave when that question asked for one
  (台风卢碧影响厦门是哪天？ + 当天谁在转移群众？ → 8月5日谁在转移群众？), else the previous topic first;


- 这所学校 after 哪所学校: the school the previous answer named (`Conversation.fact`);
- an elided subject (有多少居民？, 什么时候成立的？): the previous question's topic prepended, for a
  short question only, one with no quoted name of its own (`qa.follow_up` checks the reading: a word
  the documents never use, 怎么申请护照, means the question was not about the topic);


- 还有呢 / 还有吗 / 更多: "more of the same" (`Resolved.more`);
- 后来呢 / 然后呢 / 结果呢 alone: what the document says next (`Resolved.goes_on`, answered by
  `Retriever.goes_on` from where the last quote ended), the previous topic + 后来 when it says nothing;
- anything else is a new topic and starts fresh; a short one that finds nothing alone may still be
  asked again with the previous topic (`previous_topic`) by `qa.follow_up`, which can search.


Pure functions over text: the caller supplies the previous question's key terms (the engine's
content words, `Retriever.key_terms`), the fact its answer marked (`Answer.fact`) and its tagger
(to tell a name in 那X呢), so nothing here searches. What the previous turn was about (its topic,
subject, places) is read in `qa.previous_turn`; pronouns and demonstratives are resolved in
`qa.leaning`, X呢 in `qa.about_x`, a bare noun (村里, 那个叫啥, 哪些队) in `qa.bare_nouns`; this module
holds the other kinds (当天, 后来, the elided subject) and `resolve`, which tries them in turn.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .about_x import ASKED_AGAIN, END, NOT_TEXT, that_x
from .bare_nouns import in_the_place, set_counted, the_one_asked, whole_noun
from .cantonese import read_as_mandarin
from .leaning import LEAN_RE, NOT_LEANING, Tagger, elder_named, leaning, role_held
from .other_object import other_object
from .period_swap import period_swapped
from .previous_turn import (
    OPENING,
    PREDICATE_RE,
    SHORT,
    Conversation,
    Resolved,
    joined,
    previous_topic,
)
from .question_text import without_guess
from .smalltalk import is_small_talk
from .text import fold

__all__ = ["Conversation", "Resolved", "joined", "previous_topic", "resolve"]


_MORE_RE = re.compile(
    r"^(?:那|那么)?[，,\s]*(?:还有|还有别的|还有其他的?|还有没有|更多|继续|下一页|再来|接着说)"
    r"(?:呢|吗|么|吧|没有|的呢|的吗)?" + END
)

# 是真的吗, 真的假的, 有这么多吗, 真有三个多亿这么多: a check of what was just answered, asked again so the
# same evidence is shown (not searched as words: 真的 quoted a sentence about another matter).
_CHECK_RE = re.compile(
    r"^(?:(?:那|这|這)?(?:是)?真的(?:吗|嗎|假的|么)?|确定吗|確定嗎|没错吧|沒錯吧|是这样吗|是這樣嗎|当真|當真)?[，,\s]*"
    r"(?:(?:真|真的)?有[^，,。？?！!]{0,8}(?:这么|這麼|那么|那麼)多)?(?:吗|嗎|呢|啊|吧)?" + END
)


# 不对吧 不是2015年吗, 你确定？不是腐败吗, 我记得是58岁, 不是朱华桥吗: the asker doubts the last answer
# and offers a figure or a name of their own. The last question is asked again, so the documents'
# evidence is shown; the asker's alternative is not searched (it would quote whatever sentence holds
# 2015年, agreeing with a premise the documents do not). Not a new question put as a correction
# (不是问这个，我问的是…), nor one asking something of its own (不是党员呢, 不是党员能参加吗).
_DOUBTS = r"(?:不对|不對|不是吧|错了吧|錯了吧|你确定|你確定|确定吗|確定嗎|真的吗|真的嗎|是吗|是嗎)"
_SOURCE = (r"(?:新闻里|新聞裡|文章里|文章裡|报道里|報道裡|我看到的|我看的|我听说|我聽說|我记得|我記得|记得|記得|"
           r"印象中|他|她|它|那|这|這)?")
_NO_ASKING_IN_CLAIM = r"[^，,。？?！!问問哪谁誰啥么麼少几幾怎咋何能会會可呢]"
_CLAIM_END = r"(?:吗|嗎|吧|啊|呀|的吗|的嗎|的吧)"
# Asserted against the answer: 不是X吗, 应该是X吧, 我记得是X; after 不对吧 a bare 是X吧 too (alone, 是党员吗
# asks something new).
_DOUBT_RE = re.compile(
    rf"^{_DOUBTS}[吧啊呀吗嗎]?[，,\s？?！!。]*(?:{_SOURCE}(?:不是(?:说|說)?|应该是|應該是|明明是|是|就是)"
    rf"{_NO_ASKING_IN_CLAIM}{{1,14}}?{_CLAIM_END}|(?:我记得|我記得|我看到的是|我看的是|我听说是|我聽說是)"
    rf"{_NO_ASKING_IN_CLAIM}{{1,14}}?)?" + END
    + rf"|^{_SOURCE}(?:不是(?:说|說)?|应该是|應該是|明明是){_NO_ASKING_IN_CLAIM}{{1,14}}?{_CLAIM_END}" + END
    + rf"|^(?:我记得|我記得|我看到的是|我看的是|我听说是|我聽說是){_NO_ASKING_IN_CLAIM}{{1,14}}?{_CLAIM_END}?" + END
)


# 第二个是啥, 那第三条呢, 头一个是啥矛盾, 排第三的那个落差是啥, 倒数第二个呢, 最后一句是什么 after a
# question asking which ones (哪几个不为, 管住哪些人, 表现在哪些方面): an item of the list the last answer
# quoted, which that question shows again. Said by its place (第N, 头一, 打头, 排第N, 倒数第N, 最后一, 排最后),
# then at most a noun and 是啥/叫啥 (not 头一件事干啥: something done first, asked anew).
_PLACE_IN_LIST = (r"(?:(?:排在|排|数|从头数|从上往下数)?第|倒数第)(?:[一二两三四五六七八九十]|\d{1,2})"
                  r"|头一|打头|排头|最后一|排在?最后|最末")
_NTH_RE = re.compile(r"^(?:那|那么|其中)?[，,\s]*(?:" + _PLACE_IN_LIST + r")"
                     r"(?:个|個|条|條|项|項|点|點|种|種|类|類|句|级|級|支|样|樣|号|號)?的?(?:那个|那一?[个条项句])?"
                     r"(?:(?:[\u4e00-\u9fff]{1,3}?)?(?:是|叫)(?:啥|什么|什麼|哪个|哪個|哪一个)?[\u4e00-\u9fff]{0,2}?"
                     r"|(?:是|叫)?(?:啥|什么|什麼|哪个|哪個))?(?:呢|啊|呀)?" + END)
# (第几个 too: 依兰陨石坑是第几个 → 那第一个是哪个, which the sentence saying 继岫岩陨石坑之后 answers.)
_ASKED_WHICH_ONES = re.compile(r"哪些|哪几|哪幾|几个|幾個|几条|幾條|几项|幾項|几点|幾點|都有(?:啥|什么|什麼|谁|誰)|分别|分別"
                               r"|表现在哪|表現在哪")


# Also what opens a question about the same thing (同比涨了多少, 比去年同期涨了多少: its growth;
# 里面住了多少户: inside it).
_PREDICATE_START_RE = re.compile(OPENING.pattern + r"(?:具体|具體)?(?:从|從|自从|自從)?(?:" + PREDICATE_RE.pattern + r"|[\u4e00-\u9fff]{1,2}了"
                                 r"|同比|里面|里头|里边|裡面|裡頭|裡邊"
                                 # 教啥的, 住哪, 姓啥: one verb and the asking, whose subject is left out
                                 # (not 这几天, 那几个: a pointing word and a count)
                                 r"|(?![这這那哪该該此每各第])[\u4e00-\u9fff](?=啥|什么|什麼|哪|谁|誰|多少|几|幾)"
                                 r"|(?:比|较|跟|和|与)(?:去年|上年|前年|上一年|上个?月|上季度)|(?:去年)?同期)")



# 当天, 那天, 当时 (spoken: 那会儿, 那阵子): the day the previous answer gave when it was asked for (台风卢碧影响厦门是哪天 →
# 8月5日), else the time of the previous topic.
_THEN_RE = re.compile(r"当天|当日|那天|那一天|同一天|当时|那时候|那个时候|那时|那会儿|那阵子|那阵儿|那段时间|当年|那年|那一年")

_THAT_YEAR = ("当年", "那年", "那一年")

_ASKED_TIME = re.compile(r"哪一?天|哪日|几月几[日号]|(?<!第)几号|什么时候|什么时间|何时|哪一?年|几几年|哪个月|几月")

# 那居民呢，有多少人: X, then the question asked of it (read as 那居民有多少人).
_ABOUT_THEN_RE = re.compile(r"^((?:那么?|那)?[，,\s]*[^？?，,。！!呢]{1,12}?)呢[，,\s]+(?=\S)")

# Only asking words and particles (什么是什么, 的了吗呢吧): nothing of its own to carry a topic into.
_NOTHING_ASKED = re.compile(r"^(?:什么|怎么|怎样|如何|为什么|哪|谁|几|多少|是|的|了|吗|呢|吧|啊|呀|有|在|和|与"
                            r"|[？?！!。.，,~～…\s])*$")


# A quoted name or title is a subject of its own (在“四个危险”里哪一个最根本).
_NAMES_ITS_OWN = re.compile(r"[“「《\"][^”」》\"]{2,}[”」》\"]")


def _then(question: str, previous: Conversation) -> Resolved | None:
    """当天谁在转移群众: the day the previous answer gave, when the previous question asked for a
    time; else the previous topic before the question, unless a pronoun in it already leans."""
    folded = fold(question)
    match = _THEN_RE.search(folded)
    if match is None:
        return None
    if len(NOT_TEXT.sub("", folded[OPENING.match(folded).end() : match.start()])) >= 2:
        return None  # 李文博去张银祥家那天是几号: the day of what the question itself says
    if previous.fact and _ASKED_TIME.search(fold(previous.question)):
        fact = previous.fact
        if match.group(0) in _THAT_YEAR and (year := re.search(r"\d{4}年", fact)):
            fact = year.group(0)  # 那年国庆节 after 2020年5月: the year, not the month
        return Resolved(joined(question[: match.start()], fact, question[match.end() :]), carried=True)
    topic = previous_topic(previous)
    rest = NOT_LEANING.sub("", folded[: match.start()] + "\0" + folded[match.end() :])
    if not topic or fold(topic) in folded or LEAN_RE.search(rest):
        return None  # the pronoun says whom (当时她在做什么); the topic is already there
    return Resolved(joined(topic, question.strip()), carried=True)


# 后来, 然后, 结果: what came next (`_GOES_ON_RE`, `_GOES_ON_THEN_RE`, `_LATER_RE`); and how it is asked alone.
_NEXT = r"(?:后来|然后|接着|之后|接下来|结果|最后)"
_NEXT_ASKED = r"(?:呢|怎么样了?|怎样了?|如何了?|又怎么样了?)"

# 后来卖了多少钱, 那之后她啥时候入的党: what happened next to the same subject.
_LATER_RE = re.compile(r"^(?:那么?|在)?[，,\s]*(?:那之后|此后|随后|" + _NEXT + ")")


def _later(question: str, previous: Conversation, tag: Tagger | None = None) -> Resolved | None:
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
        text = f"后来{rest}" if LEAN_RE.match(fold(rest)) else f"{topic}后来{rest}"
    return leaning(text, previous, tag) or Resolved(text, carried=True)


# 后来呢, 然后呢, 结果怎么样了: nothing asked but what came next — the document's next sentence.
_GOES_ON_RE = re.compile(r"^(?:那么?|那)?[，,\s]*" + _NEXT + _NEXT_ASKED + "?" + END)


# 文章对这事咋评价的, 文章咋形容她那阵子的状态: how the piece speaks of what was just quoted, which it
# says right after it (…华雨辰当时就哭出了声。身教胜于言传…): the next sentence too.
_SAYS_OF_IT_RE = re.compile(r"^(?:那么?|那)?[，,\s]*(?:(?:这篇|那篇|本篇)?(?:文章|文中|报道|稿子|作者)|这篇|那篇)(?:里|中)?(?:又)?(?:对|把)?"
                            r"(?:这事|这件事|此事|这个|她|他|这)?(?:是)?(?:怎么|咋|如何|怎样)"
                            r"(?:评价|形容|描述|描写|评论|概括|总结)(?:的)?[^？?，,。！!]{0,8}?" + _NEXT_ASKED + "?" + END)


# 后来呢？她又去哪儿值守了: 后来呢 opens a question of its own, asked of what came next.
_GOES_ON_THEN_RE = re.compile(r"^((?:那么?|那)?[，,\s]*" + _NEXT + ")" + _NEXT_ASKED + r"[？?！!。.，,~～…\s]+(?=\S)")


def resolve(question: str, previous: Conversation | None, tag: Tagger | None = None) -> Resolved:
    """The question to ask, standing alone; unchanged when there is no previous turn or it does not lean.
    `tag` (the engine's `Tokenizer.tag`) tells a name in 那X呢 from another word; without it X takes
    the place of the previous question's last word. A period the follow-up names replaces the last
    turn's (`period_swap`)."""
    resolved = _resolved(question, previous, tag)
    if resolved.text == question or resolved.more:
        return resolved
    return replace(resolved, text=period_swapped(resolved.text, question))


def _resolved(question: str, previous: Conversation | None, tag: Tagger | None) -> Resolved:
    """`resolve` before the periods are swapped."""
    if previous is None or not previous.question.strip() or is_small_talk(question):
        return Resolved(question)  # 在吗, 谢谢: no question to carry anything into
    question = without_guess(question)  # 那受益的群众呢 不会比党员还少吧: the guess proves nothing
    question = read_as_mandarin(question)  # 佢教咩科: 他教什么科, which leans on the last answer
    if ((then_asked := _ABOUT_THEN_RE.match(fold(question).strip())) is not None
            and not re.fullmatch(ASKED_AGAIN + END, fold(question).strip()[then_asked.end() :])):
        # 那居民呢，有多少人 is read as 那居民有多少人; 日本那块呢 多少 only says again what was asked (`that_x`).
        stripped = question.strip()
        question = stripped[: then_asked.end(1)] + stripped[then_asked.end() :]
    if (asked_next := _GOES_ON_THEN_RE.match(fold(question).strip())) is not None:
        stripped = question.strip()  # 后来呢？她又去哪儿值守了: 后来她又去哪儿值守了
        question = stripped[: asked_next.end(1)] + stripped[asked_next.end() :]
    folded = fold(question).strip()
    if _MORE_RE.match(folded):
        return Resolved(previous.question, more=True)
    if folded and ((_CHECK_RE.match(folded) and NOT_TEXT.sub("", folded)) or _DOUBT_RE.match(folded)):
        return Resolved(previous.question, carried=True)  # 是真的吗, 不对吧 不是X吗: the last answer, shown again
    if _NTH_RE.match(folded) and _ASKED_WHICH_ONES.search(fold(previous.question)):
        return Resolved(previous.question, carried=True)  # 第二个是啥: in the list just shown
    if (then := _then(question, previous)) is not None:
        return leaning(then.text, previous, tag) or then  # 当天她去了哪里: the day, then whom
    if previous.passage_id and _SAYS_OF_IT_RE.match(folded):
        return Resolved(question.strip(), goes_on=True)  # the next sentence; asked as typed if none
    if (later := _later(question, previous, tag)) is not None:
        if previous.passage_id and _GOES_ON_RE.match(folded):
            return replace(later, goes_on=True)  # the next sentence; the rewrite if there is none
        return later
    if (swapped := that_x(question, previous, tag)) is not None:
        return swapped
    if (other := other_object(question, previous, tag)) is not None:
        return other  # 那对美国的同比涨了多少 after 辽宁上半年对RCEP贸易伙伴进出口多少
    if (held := role_held(question, previous)) is not None:
        return held
    if (elder := elder_named(question, previous, tag)) is not None:
        return elder  # 老爷子今年多大年纪啦 after 袁宝柱住在哪个村: 袁宝柱
    if (leant := leaning(question, previous, tag)) is not None:
        return replace(leant, text=the_one_asked(in_the_place(leant.text, previous), previous))
    if (named := in_the_place(question.strip(), previous)) != question.strip():
        return Resolved(named, carried=True)
    if (_PREDICATE_START_RE.match(folded) and not _NOTHING_ASKED.match(folded)
            and len(NOT_TEXT.sub("", folded)) <= SHORT and not _NAMES_ITS_OWN.search(folded)):
        body = question.strip()[OPENING.match(folded).end() :]
        topic = set_counted(body, previous, previous_topic(previous))  # 都是哪些方面的: the set counted
        body = whole_noun(body, previous, topic)
        return Resolved(joined(topic, body), carried=True, elided=True)
    return Resolved(question)
