"""A pronoun or demonstrative in a follow-up, standing for what the previous turn was about or
what its answer named: 他 after 常务副书记是谁 is the person the answer named; 这个社区 the words that
qualified 社区 before; 那里 after 那个社区叫什么 the community the answer named; 这个区 the district the
last question named; 他们 after 哪两位记者 the reporters. `leaning` finds the word and rewrites the
question with what it stands for (`qa.pointed_at`).
"""

from __future__ import annotations

import re

from .asked_places import PLACE_FORMS
from .leaning_forms import DOING_SO, SO_MANY, Tagger, stands_for_the_last_turn
from .leaning_own import names_whom_it_means
from .named_people import PERSON_TAGS
from .pointed_at import ASKED_PERSON, named_outright
from .previous_turn import Conversation, Resolved, is_place, joined
from .spoken_words import WRITTEN_FOR
from .text import fold

__all__ = ["LEAN_RE", "NOT_LEANING", "elder_named", "leaning", "role_held"]

# Pronouns and demonstratives (on folded text), with the compounds that merely contain them left out.
LEAN_RE = re.compile(
    r"(?<![其吉])(?:他们|她们|它们|他|她|它)(?![人乡])"
    r"|(?:这|那)(?=里面|里头|里边)"  # 那里面都有啥: the place, then 里面 as typed
    r"|(?<=在)(?:里面|里头|里边|其中)(?=[是当做干担任])"  # 华雨辰在里面是啥角色: in what was just named
    r"|(?:这|那)个?人(?![民员家口士物才生类群们])"  # 这人原来在哪工作: the person, not 这 + a stray 人
    rf"|{DOING_SO.pattern}|{SO_MANY.pattern}"
    # 那边, 那地方, 那个地方: the place, as 那里 is (not 那 + a stray 边 or 地方).
    r"|(?:这|那)(?:边|个地方|地方)"
    # Not the 该 of 应该 or of 该拨哪个 (should): 该 before a verb asks what one ought to do.
    r"|(?:这|那|(?<![应應])该(?![怎如拨撥去找做由把给給用打问問干幹办辦让讓叫往到是有要能会會])|此|其)"
    r"(?:一块|一项|方面|部分|个|些|位|里|儿|项|所|家|次|种|件|座|条|名|支|批|篇|份|本|栋|幢|间|处|块)?"
    r"|当地"  # 当地主要搞什么产业: the place just talked about
)

# 那 opening a follow-up before a pronoun (那她…): a discourse marker, not a demonstrative.
_OPENING_THEN = re.compile(r"^(?:那么?|那)[，,\s]*(?=(?:在|从|從|跟|和|对|對|比|给|給|被)?(?:他|她|它|这|该|此|其))")

NOT_LEANING = re.compile(
    r"其他|其它|其中|其实|其余|其次|尤其|极其|与其|(?:这样|这么|那么|那样)(?!一来|做|干|搞|多)|应该|该怎|该如何|活该"
    # 该找谁修, 该去哪: should, before a verb no noun opens (not 该院, 该选手, 该问题).
    r"|该(?=[找去买吃把给跟向让咋])"
    # 是不是该清洗了, 不该, 也该: should, after what only a verb's modal follows (not 该院 of a place).
    r"|(?:(?<=是不是)|(?<=是否)|(?<=[不也就还還都又早]))该"
    r"|因此|此外|如此|彼此|从此|此时|至此|那时|这时|这些年|那些年|那天|那一天|那年|那一年|那之后|在那之后"
    # 这周末, 这几天, 这个月: the asker's own now, not what the last turn named.
    r"|这(?:个|几个|两个)?(?:周末|星期|礼拜|周|月|季度|学期|阵子|会儿|段时间|几天|两天|几年|两年)"
    # 疫情封小区那会儿, 那阵子: a time the question says, not what the last turn named.
    r"|那(?:会儿|阵子|段时间|段日子|几天|些天|些日子)"
    # 图①那张照片, 那几张配图: the pictures of the pages, which the question goes on to name.
    r"|(?:这|那)(?:一|几|两)?(?:张|幅)(?=照片|相片|图|配图|插图)"
)

# 作者是哪个单位的 after …那篇是谁写的: a role the follow-up opens with, held by whom the answer named.
_ROLE_OPENING = re.compile(r"^(?:那么?|那)?[，,\s]*(?:这位|那位|这个|那个)?"
                           r"(作者|记者|编辑|书记|村支书|支书|一把手|主任|队长|站长|社长|村长|负责人)"
                           r"(?=是|在|叫|多|几|哪|今年|现在|还|也|又|的|说)")
# The role a question asks who wrote, reported or edited holds: 谁写的 → 作者 or 记者, 谁编的 → 编辑.
_ROLE_BY_DEED = {"作者": "写", "记者": "写", "编辑": "编"}


def role_held(question: str, previous: Conversation) -> Resolved | None:
    """作者是哪个单位的 after 密切党群关系全力推进中国梦那篇是谁写的 → 张国珍是哪个单位的: the role is
    the one the previous question asked who held (its word, or the deed: 谁写的 → 作者); None when
    the follow-up opens with no such role or the last answer named no one."""
    match = _ROLE_OPENING.match(fold(question).strip())
    asked = fold(previous.question)
    if match is None or not previous.fact or not ASKED_PERSON.search(asked):
        return None
    role = match.group(1)
    # 这位支书 after …党支部书记叫啥: the role as talked about, the office as written (`spoken_words`).
    if not any(said in asked for said in (role, *WRITTEN_FOR.get(role, ()))) and _ROLE_BY_DEED.get(role, "\0") not in asked:
        return None
    return Resolved(joined(previous.fact, question.strip()[match.end() :]), carried=True)


# 老爷子今年多大年纪啦, 老人家住几楼啊: an old person spoken of with respect, opening a follow-up bare, is
# the one the last turn was about (袁宝柱, 孙志荣), as 那老人家 is (`leaning`'s); not old people asked of
# anew (老人们).
_ELDER_OPENING = re.compile(r"^(老人家|老爷子|老太太|老爷爷|老奶奶|老大爷|老大娘|老汉)(?!们)")


def elder_named(question: str, previous: Conversation, tag: Tagger | None) -> Resolved | None:
    """The follow-up with its opening 老爷子/老人家 as the person the last turn named: whom its answer
    named when it asked who, else the first person's name in the question (by the tagger); None when
    it opens otherwise or names no one."""
    stripped = question.strip()
    match = _ELDER_OPENING.match(fold(stripped))
    if match is None:
        return None
    asked = fold(previous.question)
    if previous.fact and ASKED_PERSON.search(asked):
        person = previous.fact
    elif tag is not None:
        person = next((word for word, flag in tag(previous.question) if flag in PERSON_TAGS and len(word) >= 2), "")
    else:
        person = ""
    if not person:
        return None
    return Resolved(joined(person, stripped[match.end() :]), carried=True)


def leaning(question: str, previous: Conversation, tag: Tagger | None = None) -> Resolved | None:
    """A pronoun or demonstrative standing for the previous subject: replace it. `tag` (the engine's
    tagger) tells whether a long question named whom its 他 means before it."""
    folded = fold(question)
    masked = NOT_LEANING.sub(lambda m: "\0" * len(m.group(0)), folded)
    # 那她干了什么: a 那 that opens the question only moves the talk on; the pronoun after it leans.
    masked = _OPENING_THEN.sub(lambda m: "\0" * len(m.group(0)), masked)
    match = LEAN_RE.search(masked)
    if match is None or names_whom_it_means(folded, match, tag):
        return None
    if not stands_for_the_last_turn(match.group(0), folded[match.end() :], previous.question, tag):
        return None  # 那华雨辰…, 这样做 after nothing done, 这么多人 after nothing counted
    # What stays before the pronoun's replacement; an opening 那 goes with the pronoun it stood
    # before (那他们村 → 林源村, not 那林源村, which reads as one word).
    opening = _OPENING_THEN.match(folded)
    # 那在它之前…: the opening 那 goes, the 在 before the pronoun stays.
    kept = question[opening.end() if opening is not None else 0 : match.start()]
    found = named_outright(question, match, previous, tag)
    if isinstance(found, tuple):
        named, end = found  # the words it stands for, and where the question goes on
        return Resolved(joined(kept, named, question[end:]), carried=True)
    rest = question[match.end() :]
    if found and not is_place(found) and not found.endswith("的") and fold(rest).startswith(PLACE_FORMS):
        found += "的"  # 那个小区 after 孙志荣老人多大了: 孙志荣老人的小区, not a place called 孙志荣老人小区
    same = next((form for form in PLACE_FORMS if fold(found).endswith(form) and fold(rest).startswith("的" + form)), "")
    if same:
        rest = rest[1 + len(same) :]  # 那里的小区 after 东兴小区在哪儿: 东兴小区, not 东兴小区的小区
    return Resolved(joined(kept, found, rest), carried=True)
