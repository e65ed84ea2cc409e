"""What a pronoun or demonstrative that leans on the last turn stands for: 他 after 常务副书记是谁
the person the answer named, 这个社区 the words that qualified 社区 before, 那里 after 那个社区叫什么
the community the answer named, 这几支 the teams the last question counted, 这个数 the figure it gave.

`qa.leaning` finds the word and rewrites the question; this reads the last turn (what it asked,
what its answer named) to tell what the word, with the noun after it when there is one, points at.
"""

from __future__ import annotations

import re

from .asked_people import SOMEONE
from .asked_places import PLACE_FORMS
from .leaning_forms import Tagger
from .leaning_own import HERE, ONE_PERSON
from .name_shape import KIN
from .previous_turn import (
    OPENING,
    SET_CLASSIFIER,
    WHICH,
    Conversation,
    counted_noun_of,
    head_of,
    is_place,
    modifiers_of,
    place_named,
    place_of_kind,
    previous_topic,
    subject_of,
)
from .question_kinds import WHICH_PERSON
from .text import fold

__all__ = ["ASKED_PERSON", "named_outright"]


# A kind of person after 这/那 (那老人家, 这个人): who the last answer named, when it was asked who.
_PERSON_NOUN = re.compile(rf"老人家|{SOMEONE.pattern}")

# A child, after 这/那 (那孩子, 这小伙子), and the child a question asked of (张银祥的儿子): the same one.
_CHILD = re.compile(r"(?:个|位|名)?(?:孩子|小孩|娃|男孩|女孩|小伙子?|姑娘|儿子|女儿)")
_CHILD_KIN = re.compile(r"[\u4e00-\u9fff]*?(?:儿子|女儿|孩子|孙子|孙女)")

# A figure pointed at (这个数是哪年的, 那个数字): the number the last turn gave, in its answer or typed.
_FIGURE = re.compile(r"(?:个)?(?:数字|数据|数目|数额|数)(?![学量])")
# 这文章, 那篇报道 after a question naming the piece (推进中国梦那篇文章署名作者是谁): the piece it
# named, up to its noun, not every word before the asking (那篇文章署名作者文章).
_PIECE_NOUN = r"(?:文章|报道|稿子|稿件|评论|新闻)"
_PIECE = re.compile(r"(?:篇|个|個)?" + _PIECE_NOUN)
_LAST_PIECE = re.compile(r"[^，,。？?！!\s]{2,}?(?:(?:这|那|该)篇" + _PIECE_NOUN + r"?|" + _PIECE_NOUN + ")")
_TYPED_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:多|余)?[万亿]?(?:多|余)?[个件名人户元条项次家所座单]?")


def _the_figure(previous: Conversation) -> str:
    """The number the last turn gave: its answer's, when it marked one; else the one number its
    question typed (成都12345一年受理了593.7万件群众和企业来电 → 593.7万件); "" when none or several."""
    if previous.fact and re.search(r"[0-9]", previous.fact):
        return previous.fact
    # With its unit: 12345 of 成都12345 names a hotline.
    typed = [m.group(0) for m in _TYPED_FIGURE.finditer(fold(previous.question)) if not m.group(0)[-1].isdigit()]
    return typed[0] if len(typed) == 1 else ""


# What a pronoun is followed by when it stands alone as the subject (他们是…, 这位在…), not before a
# noun it qualifies (他们驻村工作队, 这位指导员).
_PREDICATE_NEXT = re.compile(r"[是在有叫的都也还又就把被给对从向跟和与为能会要想说去来到"
                             r"怎哪什谁几多啥咋]|$")


# Whose a thing is (华雨辰的第一份志愿工作, 金大爷家的羊): a name of two to five characters before 的.
_OWNER = re.compile(r"^([\u4e00-\u9fff]{2,5}?)家?的")
# A kin the last question asked of (X的老伴儿, X的女儿) whom 她 or 他 may stand for, by sex: 老伴儿 of a
# named elder is told of as 她 (袁宝柱's 老伴儿膝盖总疼) far oftener than as 他.
_HER_KIN = re.compile(r"的(?:老伴儿?|老伴兒|妻子|老婆|媳妇儿?|女儿|女兒|闺女|閨女|母亲|母親|妈妈|媽媽|奶奶|姐姐|妹妹)$")
_HIS_KIN = re.compile(r"的(?:丈夫|老公|儿子|兒子|父亲|父親|爸爸|爷爷|爺爺|哥哥|弟弟)$")


# 那个叫芦布的业主: a person named by 叫 inside the question (what 他/她 of the next turn means).
_CALLED = re.compile(r"叫(?!什么|什麼|啥|谁|誰|做)([\u4e00-\u9fff]{2,4}?)的")  # not 那个叫什么的社区


# The previous question asked which one (哪个队, 啥志愿队): its answer's name is what 这队 stands for.
_ASKED_WHICH = re.compile(r"(?:哪|什么|啥)(?:一|些|几)?[\u4e00-\u9fff]")

# The previous question asked who (常务副书记是谁, 书记叫什么名字, 老人姓啥): its answer is whom 他/她 stand for.
ASKED_PERSON = re.compile(r"谁|哪位|叫什么|叫啥|的名字|姓什么|姓啥|" + WHICH_PERSON)

# The previous question asked which place (哪个社区, 那个社区叫什么): its answer is what 那里 stands for.
_FORMS = "|".join(sorted(PLACE_FORMS, key=len, reverse=True))

# Not 东兴小区是哪个年代建的: a time asked of the place, whose answer (20世纪80年代) is no place.
_ASKED_PLACE = re.compile(rf"(?:哪|什么)一?个?(?:{_FORMS})|(?:{_FORMS})(?:的名字)?(?:叫|是)(?:什么|哪)(?!一?[个個]?(?:年|时|時|月|天|日))"
                          r"|哪一?家")

# 彻查哪里: 它 of the next turn is the place the answer named (after 东兴小区在哪, 那里 is 东兴小区 itself).
_ASKED_WHERE = re.compile(_ASKED_PLACE.pattern + r"|哪里|哪儿|何处|什么地方")
# The previous question asked what body was set up (成立了个啥组织): 它 is the one the answer named.
# Not a body that did something (依兰陨石坑是哪个单位发现的 → 它长啥样: the crater).
_ASKED_BODY = re.compile(r"(?:成立|组建|組建|建立|设立|設立|组织|組織)了?(?:个|個|一个|一個)?(?:什么|什麼|啥|哪个|哪個)"
                         r"(?:组织|組織|机构|機構|单位|單位|部门|部門|协会|協會|委员会|委員會)")

# 哪两位记者, 哪些干部: people asked for; 他们 of the next turn are they (依兰陨石坑那条消息的记者).
_ASKED_PEOPLE = re.compile(r"哪(?:几|两|三|四|五|些)(?:位|个|名)?(记者|作者|人|干部|党员|志愿者|老人|居民|队员|代表|专家)")

# 这个区, 他们村: a place by its kind; the previous question's place of that kind (潍城区, 林原村).
_PLACE_KIND = re.compile(r"街道|社区|小区|区|县|市|村|镇|乡|省")


# A set pointed at by its count alone (这几支里, 那两家当中): the noun the last question counted.
_SET_COUNTED = re.compile(r"[几幾两兩二三四五六七八九十]+" + SET_CLASSIFIER + r"(?=里|裡|中|当中|之中|其中|[，,\s]|$)")


def _another_described(before: str, noun: str, previous: Conversation) -> bool:
    """汇报那个队员 after 网周村驻村队长是谁: the follow-up says which one it means in words of its own
    (two characters or more right before the demonstrative, none of the last question's), and the
    class of person is not what the last question asked of: another person, not the one the answer
    named."""
    own = re.search(r"[\u4e00-\u9fff]{2,}$", before[OPENING.match(before).end() :])
    asked = fold(previous.question)
    return own is not None and noun not in asked and own.group(0) not in asked


def _tail_of(head: str, rest: str) -> str:
    """The last two or three characters of the topic `head` that the (folded) words after a
    demonstrative begin with (书记 of 党委书记 for 这位书记…), "" when they begin otherwise."""
    folded = fold(head)
    return next((folded[-n:] for n in (3, 2) if len(folded) > n and rest.startswith(folded[-n:])), "")


def named_outright(question: str, match: re.Match[str], previous: Conversation,
                    tag: Tagger | None = None) -> tuple[str, int] | str:
    """What the pronoun or demonstrative at `match` stands for: with where the question goes on
    after it when the words after the pronoun are part of it (这个区, 这所学校, 这个人, 那个院子,
    她女儿), else the words alone (`_carried`)."""
    folded = fold(question)
    rest = folded[match.end() :]
    pointing = match.group(0)[0] in "这那该此"
    if (pointing or match.group(0) in ("他们", "她们")) and (kind := _PLACE_KIND.match(rest)) and not re.search(
            WHICH + kind.group(0), fold(previous.question)) and (place := place_of_kind(previous, kind.group(0))):
        return place, match.end() + kind.end()  # 这个区 after 潍城区委书记…, 他们村 after 林原村党委书记…
    if pointing and previous.fact and ASKED_PERSON.search(fold(previous.question)) and (
            (kind_of := _PERSON_NOUN.match(rest)) or match.group(0).endswith("人")
            or (match.group(0) in ("这位", "那位") and _PREDICATE_NEXT.match(rest))) and not (
            kind_of and _another_described(folded[: match.start()], kind_of.group(0), previous)):
        # 这个人是啥职务 after 是靠谁协调的 → 施敏, 那老人家多大了 after 那个老人叫啥 → 孙志荣: the person
        # the answer named.
        return previous.fact, match.end() + (kind_of.end() if kind_of else 0)
    if (pointing and previous.fact and ASKED_PERSON.search(fold(previous.question)) and not _MANY.search(previous.fact)
            and (head := head_of(previous)) and (tail := _tail_of(head, rest))):
        # 这位书记 after 深田社区的党委书记是谁: the one the answer named (庄莹莹), not 党委书记书记.
        return previous.fact, match.end() + len(tail)
    if pointing and (piece := _PIECE.match(rest)) and (named := _LAST_PIECE.search(
            fold(previous.question), OPENING.match(fold(previous.question)).end())):
        return previous.question[named.start() : named.end()], match.end() + piece.end()
    if pointing and (figure := _FIGURE.match(rest)) and (number := _the_figure(previous)):
        return number, match.end() + figure.end()  # 这个数是哪年的 after …593.7万件: that number
    if pointing and (counted := _SET_COUNTED.match(rest)) and (noun := counted_noun_of(previous)):
        # 这几支里哪支… after 林原村一共拉起了几支志愿服务队: the teams counted, not 林原村几支.
        topic = previous_topic(previous)
        whose = f"{topic}的" if topic and topic not in noun and not topic.endswith(noun) else ""
        return whose + noun, match.end() + counted.end()
    if pointing and (child := _CHILD.match(rest)) and (kin := _CHILD_KIN.search(asked := fold(previous.question))):
        # 那孩子最近有啥问题 after 张银祥的儿子上几年级了: the son the last question asked of.
        return asked[OPENING.match(asked).end() : kin.end()], match.end() + child.end()
    # 这个社区, 他们村: the noun pointed at. After 它/他/她 the word that follows is what they did (它成立以后).
    noun = next((t for t in previous.terms if t and rest.startswith(t)), None) if match.group(0) not in ONE_PERSON else None
    if noun and previous.fact and (pointing or match.group(0) in ("他们", "她们", *ONE_PERSON)) and re.search(
            WHICH + re.escape(noun), fold(previous.question)):
        # 这所学校 after 哪所学校: the school the answer named, in place of the words and the noun;
        # 她们社区 after 谢华娟是哪个社区的书记 too (not 谢华娟社区, no community's name).
        return previous.fact, match.end() + len(noun)
    if not noun and pointing and previous.fact and _ASKED_WHICH.search(fold(previous.question)) and (
            tail := next((fold(previous.fact)[-n:] for n in (3, 2, 1) if rest.startswith(fold(previous.fact)[-n:])), "")):
        # 这队 after 最后当上队长的是啥志愿队 → 青教志愿队: the one the answer named, by its last characters;
        # with the word they begin (那支队伍: 青教志愿队, not 青教志愿队伍).
        word, flag = next(iter(tag(rest)), ("", "")) if tag is not None and rest else ("", "")
        whole = word.startswith(tail) and len(word) == len(tail) + 1 and flag.startswith("n")
        return previous.fact, match.end() + (len(word) if whole else len(tail))
    if not noun and pointing and match.group(0) not in HERE and (topic := previous_topic(previous)) and (
            rest[:2] == fold(topic)[-1] + "子"):
        return topic, match.end() + 2  # 那个院子 after 广安门北街20号院…: the 院 is the 院子 (not 20号院院子)
    if (match.group(0) in ONE_PERSON and previous.fact and KIN.fullmatch(previous.fact)
            and rest.startswith(fold(previous.fact))):
        return "", match.end()  # 她女儿 after 给谁打了视频电话 → 女儿: the kin the answer named, not 女儿女儿
    return _carried(folded, match, noun, previous, tag)


def _carried(folded: str, match: re.Match[str], noun: str | None, previous: Conversation,
             tag: Tagger | None = None) -> str:
    """The words of the last turn the pronoun or demonstrative at `match` stands for."""
    word, rest = match.group(0), folded[match.end() :]
    if noun:  # 这个社区: the words that qualified 社区 before, after the subject if they leave it out
        carried = modifiers_of(previous, noun)
        head = head_of(previous)
        if head and fold(carried) + noun not in fold(head) and fold(head) not in folded:
            carried = head + carried  # 这些服务队 after 林原村组建了几支志愿服务队
        return carried
    if word in HERE and previous.fact and _ASKED_PLACE.search(fold(previous.question)):
        return previous.fact  # 那里的党委书记 after 那个社区叫什么 → 中华中路社区: the place it named
    if word in HERE and (place := place_named(previous)):
        return place  # 那里的党委书记 after 林原村组建了…: the place, not the whole topic
    if word[0] in "这那该此":  # 这些居民: a place or thing, the previous topic
        return previous_topic(previous)
    if word in ONE_PERSON and previous.fact and ASKED_PERSON.search(fold(previous.question)) and not _MANY.search(
            previous.fact):
        # 他是哪一年上任的 after 常务副书记是谁 → 刘小辉: whom the answer named. Not people in the plural
        # (她 after 华雨辰怕把病毒带给谁 → 父母 is still 华雨辰).
        return previous.fact
    if word == "它" and previous.fact and (_ASKED_WHERE.search(fold(previous.question))
                                          or _ASKED_BODY.search(fold(previous.question))):
        # 它以前因为啥臭名昭著 after 彻查哪里 → 德特里克堡; 它成立以后先干了啥 after 成立了个啥组织.
        return previous.fact
    if word in ("他们", "她们") and (people := _ASKED_PEOPLE.search(fold(previous.question))):
        head = head_of(previous)  # 他们是从哪个单位获悉的 after 那条消息是哪两位记者写的
        return (f"{head}的" if head else "") + people.group(1)
    if word in ("他们", "她们") and previous.fact and _ASKED_PLACE.search(fold(previous.question)) and is_place(
            previous.fact) and not is_place(head_of(previous)):
        return previous.fact  # 她们从啥时候招能人 after 庄莹莹是哪个社区的书记 → 深田社区: hers, not her
    if word in ("他们", "她们") and (not _PREDICATE_NEXT.match(rest) or rest.startswith("的")) and (
            place := place_named(previous)):
        # 他们驻村工作队 after 网周村…, 他们的志愿团队 after 深田社区广招能人以后…: the place's own (not
        # every word of the last turn).
        return place
    if word in ONE_PERSON and (head := head_of(previous)):
        # 华雨辰是哪里人 → 她在哪个学校当老师: 她 is who the question was about (华雨辰), not every
        # word of it (华雨辰人), and not every word of every turn before; 他/她 after 华雨辰的第一份
        # 志愿工作 (金大爷家的羊) is the one it belongs to, not the thing.
        if word != "它" and (called := _CALLED.search(fold(previous.question))):
            return called.group(1)  # 他家 after 那个叫芦布的业主住在哪: 芦布, whom the question named
        owner = _OWNER.match(head) if word != "它" else None
        if owner and ((word == "她" and _HER_KIN.search(head)) or (word == "他" and _HIS_KIN.search(head))):
            return head  # 那她多大年纪了 after 袁宝柱的老伴儿哪儿不舒服: his wife, not 袁宝柱
        # Not a place's (江欣苑社区的党委书记: 他 is the secretary, not the community).
        if owner and not is_place(owner.group(1)):
            # 纪玉芝住的院子 → 纪玉芝: the name in it, when a verb came with it (by the tagger).
            return _person_opening(owner.group(1), tag) or owner.group(1)
        return (_person_opening(head, tag) if word != "它" else "") or head
    return subject_of(previous, folded) or previous_topic(previous)  # 他们, 其: who or what was asked about


# An answer naming more than one person, which 他 or 她 cannot stand for.
_MANY = re.compile(r"父母|爸妈|爹妈|双亲|雙親|夫妻|夫妇|夫婦|子女|儿女|兒女|两口子|兩口子|老两口|老兩口|一家|们|們|俩|倆|[、和与與及]")


def _person_opening(head: str, tag: Tagger | None) -> str:
    """The person's name in the head, when more is said with it: 她 after 华雨辰每次上桥值守一般要站多久
    is 华雨辰, not every word before the asking (华雨辰每次上桥值守一般要站); 他 after 娄底市直机关工委
    那个刘小辉是啥职务 is 刘小辉 (the last name: 娄底, glued to 市, is a place jieba tags as a name). ""
    when no name of two to four characters is tagged (`tag`: jieba's tags, nr a person's name)."""
    if tag is None:
        return ""
    folded = fold(head)
    words = tag(folded)
    names, at, surname = [], 0, None
    for word, flag in words:
        start = folded.find(word, at)
        at = start + len(word) if start >= 0 else at
        # jieba tags 那阵子 a name too: a word opening with a demonstrative names no one.
        if (start >= 0 and flag.startswith("nr") and 2 <= len(word) <= 4 and not _PLACE_KIND.match(folded, at)
                and word[0] not in "这這那哪该該此"):
            # A surname jieba cut off before the given name (王 + 智慧) is the name's.
            names.append((surname if surname is not None and surname + 1 == start else start, at))
        surname = start if start >= 0 and flag.startswith("nr") and len(word) == 1 else None
    if len(words) < 2 or not names:
        return ""
    start, end = names[-1]
    return head[start:end]
