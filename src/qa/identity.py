"""Who someone is, what something is: answered by the sentence that says it, not by any sentence naming them.

Asked who a named person is, every sentence naming them holds the question's one word equally; the
chooser (`qa.choosing`) then quotes whichever says the name most prominently (华雨辰在志愿服务时
发现…), and the answering sentence may lie outside the passages it looks at. News and policy texts
say who someone is in two ways: the copula (华雨辰是武汉市青山区钢花小学音乐教师) or the title set
right before the name (网周村驻村工作队队长程鹏, 居民朱开成, 义务电工”张立春). Either, found in
the articles of the first results, is the quote, and it states the fact asked for. Asked what a
term is (桥社是指什么, 什么是红色物业), the sentence that opens with the term and says what it is
(桥社（）是德国表现主义的一个艺术组织) answers, as an encyclopedia's lead does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .answer_shape import WHAT_ONE_IS as _WHAT_ONE_IS
from .occurrences import followed_by, preceded_by
from .question import Question

__all__ = ["asked_about", "asked_to_define", "defining_sentence", "definition"]

# 是谁, 是什么人, 是做什么的, 是干什么的, 是何人, 什么身份 (on folded text; 啥 is read as 什么 before);
# 程鹏干啥的, 施敏啥身份: 是 left out, as people type.
_END = r"(?:呀|啊|呢|吗|么|嘛|吧)?[?？!！。.\s]*$"
_WHO_IS = re.compile(r"^(?P<subject>.{2,12}?)(?:(?:是|为)(?:谁|什么人|做什么的|干什么的|干嘛的|做什么工作的|何人|什么身份|哪位"
                     r"|个什么样的人|什么样的人)|(?:做什么的|干什么的|做什么工作的|什么身份|什么来头|什么人))" + _END)
# The same asked the way people chat: 谁是华雨辰, 介绍一下华雨辰, 你知道程鹏吗, 讲讲程鹏这个人.
_TELL_ABOUT = re.compile(r"^(?:请|给我|跟我|帮我)?(?:谁是|介绍一下|介绍|说说|说一说|讲讲|讲一讲|聊聊|谈谈|你知道|你认识|知道|认识)"
                         r"(?P<subject>.{2,12}?)(?:这个人|这人)?(?:是谁)?" + _END)
_PERSON_LIKE = re.compile(r"^(?P<subject>.{2,12}?)(?:这个人|这人)(?:怎么样|如何)?" + _END)
_PAUSE = r"[，。,；;！？!?：:]"
_PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+")
# 桥社是指什么, 怀仁堂指的是什么, 什么是红色物业 (a term, no 的: 除米象的正确做法是什么 asks a method).
_WHAT_IS = (re.compile(r"^(?P<subject>[^的，,]{2,10}?)(?:是|指|指的是|是指)(?:什么|何物)(?:意思)?" + _END),
            re.compile(r"^什么是(?P<subject>[^的，,]{2,10}?)" + _END))
# Opening with the term, its parenthesis, then what it is (是, 指, 为, 即, 系).
_DEFINES = re.compile(r"(?:[(（][^)）]{0,80}[)）])?[，,]?(?:是|指|为|即|系)")
# A quotation mark a sentence may open with before the term or the name it opens with.
_OPENING_MARKS = ("“", "「", "\"")


def _subject(question: Question, patterns: Sequence[re.Pattern[str]]) -> str | None:
    """What the first matching pattern says the (folded) question asks about, when every word
    searched is that subject's or the asking's (做 of 是做什么的): nothing else is asked."""
    folded = question.folded.strip()
    match = next((m for pattern in patterns if (m := pattern.match(folded))), None)
    if match is None:
        return None
    subject = match.group("subject").strip(" ，,")
    asking = folded[: match.start("subject")] + folded[match.end("subject") :]
    return subject if all(t.word in subject or t.word in asking for t in question.key_terms) else None


def asked_about(question: Question) -> str | None:
    """The name (folded) a question asks who someone is about, when that is all it asks; else None."""
    name = _subject(question, (_WHO_IS, _TELL_ABOUT, _PERSON_LIKE))
    if name is None:
        return None
    # A person's name and nothing else (not 华雨辰的老师): two to four characters, or a
    # transliteration with its dot, jieba reading some of it as a name (庄 of 庄莹莹).
    inside = [t for t in question.key_terms if t.word in name]
    if (not _PERSON.fullmatch(name) or "的" in name or not any(t.named for t in inside)
            or any(t.specificity < 0.5 for t in inside)):  # 元羽母亲: a name and a common word
        return None
    return name


def asked_to_define(question: Question) -> str | None:
    """The term (folded) a question asks what it is, when that is all it asks; else None."""
    term = _subject(question, _WHAT_IS)
    return term if term is not None and any(t.word in term for t in question.key_terms) else None


def definition(term: str, passages: Sequence[int], sentences: Callable[[int], Sequence[str]]) -> tuple[int, int] | None:
    """(passage, sentence) of the first sentence opening with the term and saying what it is."""
    return next(((index, position) for index in passages for position, sentence in enumerate(sentences(index))
                 if _opens_with(term, _DEFINES, sentence)), None)


def _opens_with(name: str, rest: re.Pattern[str], sentence: str) -> bool:
    """Does the sentence open with `name`, after a quotation mark or not, and `rest` right after it?
    What searching ``^[“「"]?`` + the name escaped + `rest` tells, without compiling a pattern per name."""
    begins = (1, 0) if sentence[:1] in _OPENING_MARKS else (0,)
    return any(sentence.startswith(name, at) and rest.match(sentence, at + len(name)) is not None for at in begins)


# After the name opening a sentence, its description (松雪泰子，日本女演员); after the name anywhere,
# the copula and what one is (华雨辰是…音乐教师); before the name, the title (队长程鹏). Each is compiled
# once and matched where the name is found (`_sayings`), not compiled into a pattern per name.
_DESCRIBED = re.compile(r"(?:[(（][^)）]{0,80}[)）][，,是为系]?|[，,是为系])[^。；;！？!?]{0,60}?" + _WHAT_ONE_IS)
_COPULA_SAID = re.compile(r"(?:是|为|系|现任|担任|曾任)[^，。,；;！？!?：:]{0,30}?" + _WHAT_ONE_IS + rf"(?={_PAUSE}|$)")
_TITLE_BEFORE = re.compile(_WHAT_ONE_IS + r"[”」\"]?\Z")


def _sayings(name: str) -> tuple[Callable[[str], bool], ...]:
    """Best first: the name opening the sentence, its description after it (an encyclopedia's
    lead: 松雪泰子，日本女演员; 华雨辰是…音乐教师); the copula anywhere (90后党员华雨辰是…代表中的
    一员); the title right before the name (队长程鹏)."""
    return (lambda sentence: _opens_with(name, _DESCRIBED, sentence),
            lambda sentence: followed_by(sentence, name, _COPULA_SAID) is not None,
            lambda sentence: preceded_by(sentence, name, _TITLE_BEFORE))


def defining_sentence(name: str, passages: Sequence[int], sentences: Callable[[int], Sequence[str]]
                      ) -> tuple[int, int] | None:
    """(passage, sentence) of the sentence saying best who `name` is (`_sayings`, best first; the
    first in the order given among equals). `passages` are searched in the order given;
    `sentences` gives a passage's sentences, folded."""
    sayings = _sayings(name)
    best: tuple[int, tuple[int, int]] | None = None
    for index in passages:
        for position, sentence in enumerate(sentences(index)):
            if name not in sentence:
                continue
            level = next((n for n, says in enumerate(sayings) if says(sentence)), None)
            if level is not None and (best is None or level < best[0]):
                best = level, (index, position)
                if level == 0:
                    return best[1]
    return best[1] if best is not None else None
