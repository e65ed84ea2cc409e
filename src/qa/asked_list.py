"""Which ones, all of them: 具体是哪几家, 都有哪些企业, 分别是哪几位, 哪三个“不为”.

Such a question asks for the members of a set, often one the documents only count: 36家外贸转型升级
基地前5个月共实现进出口额590亿元 names the bases' number and says nothing of which they are, and
娄底市级领导带头领办13项重点民生实事项目 lists none of the thirteen. The sentence that answers lists
them: items joined by 、, 和, 及, 与 (《棕榈滩邮报》和《迈阿密先锋报》), names set apart by spaces
(记者 董素玉 屈辰 乌梦达), parallel phrases between commas (不為權所害,不為錢所毀,不為色所迷), or
stops on a line (京都站 - 新大阪站 - 大阪站). A bare 哪些 is not read: 美国第一党由哪些人组成 is
answered by 由一群离开改革党的…支持者组成, one description of them all (shared dev: 17 of 441 right
answers to 哪些 questions list nothing; of the 92 right answers to the forms read here, one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .numerals import chinese_to_int
from .occurrences import starts

__all__ = ["COUNTED_OF_A_SET", "LIST_A", "contents_asked", "list_asked", "lists_the_set", "set_size"]

# How many or which exactly, of a set: 哪几家, 哪两位, 哪三样 (not 哪一个: one of them), or 哪些 said
# with 具体/都/分别 (都有哪些队, 具体是哪些号码).
_CLASSIFIER = r"[个個家项項类類样樣种種位名所条條支只部本首座件队隊月]"
_LIST_Q = re.compile(r"哪[几幾两兩二三四五六七八九十]+" + _CLASSIFIER + r"?|(?:都|分别|分別|具体|具體)(?:是|有|包括|包含)?哪些|有哪几|有哪幾")
# The count inside such an asking (哪三样 → 三样), which jieba hands over as a word of its own.
COUNTED_OF_A_SET = re.compile(r"[一二两兩三四五六七八九十几幾]+" + _CLASSIFIER)
# A list in the sentence: two items joined, names set apart by spaces, parallel phrases opening alike
# (不為權所害,不為錢所毀: not any clause between commas, 据介绍,去年以来,…; nor 一边听,一边记, one doing two
# things at once), stops, one counted after the other (一个是犹太国，另一个是阿拉伯国; 一是…二是), or
# names quoted one after the other (“喊喊捉贼”“倒打一耙”).
LIST_A = re.compile(r"、|和|与|與|及|[\u4e00-\u9fff] +[\u4e00-\u9fff]|([\u4e00-\u9fff])(?![边邊])[^，,。；;]{1,8}[，,；;]\1|\s[-–—]\s"
                    r"|一[个個种種位家类類条條]?是[^。；;]{1,30}(?:另一|二是)"
                    r"|[”」』][“「『]")


def list_asked(folded: str) -> bool:
    """Does the (folded) question ask for the members of a set, so that only a sentence listing
    them (`LIST_A`) can answer?"""
    return _LIST_Q.search(folded) is not None


# What a place or thing holds (白领驿家里头都配了啥, 里面有哪些设施): its contents, which news lists in
# the sentence after the one naming it (…有一个人气颇高的“白领驿家”。在这里,咖啡吧、报告厅、舞蹈室一应俱全).
# Not what changed or was felt there (心里有啥变化, 社区里有啥变化): no contents.
_CONTENTS_Q = re.compile(r"(?<![心])(?:里|裡|裏|内|內)(?:头|頭|面)?(?:都|具体|具體)?(?:有|配|设|設|包括|包含|装|裝)(?:了|着|著)?(?:些)?"
                         r"(?:啥|什么|什麼|哪些)(?!变化|變化|感受|感觉|感覺|想法|区别|區別|不同|影响|影響|好处|好處)")


def contents_asked(folded: str) -> bool:
    """Does the (folded) question ask what a place or thing holds (里头都配了啥)?"""
    return _CONTENTS_Q.search(folded) is not None


# How many the set holds, as the question typed it before asking which they are (那六家产权单位具体
# 是哪几家, 那36家基地具体都是哪些企业): a count with the classifier the asking uses (哪几家 ↔ 六家;
# not 72队 of 72队参赛队伍分为哪几组), or any when it asks 哪些. Not a count the asking says itself
# (哪三座, 哪四个方面): the answer may give them across sentences, in quotation marks or by commas.
_SIZE_ASKED = re.compile(r"哪[两兩二三四五六七八九十]+" + _CLASSIFIER)
_WHICH_FEW = re.compile(r"哪[几幾]([\u4e00-\u9fff])")  # the classifier after it, whatever it is (哪几组)
_SIZE_TYPED = re.compile(r"(?<![哪第])([0-9]+|[两兩二三四五六七八九十]+)(" + _CLASSIFIER + r")")
# Items joined in a clause: by 、 and one last 和/与/及 (实地走访、调研座谈…信访渠道和便民热线).
_CLAUSE = re.compile(r"[，,。；;：:！!？?]")
_JOINED_BY = re.compile(r"和|与|與|及")


def set_size(folded: str) -> int:
    """How many members the (folded) question typed its set to hold before asking which (那六家…
    哪几家 → 6); 0 when it did not, or the asking counts them itself (哪三样)."""
    if _SIZE_ASKED.search(folded):
        return 0
    few = _WHICH_FEW.search(folded)
    for typed in _SIZE_TYPED.finditer(folded):
        if few is None or typed.group(2) == few.group(1):
            count = typed.group(1)
            return int(count) if count.isdigit() else chinese_to_int(count.replace("兩", "两")) or 0
    return 0


def lists_the_set(sentence: str, members: int, own: Sequence[str] = ()) -> bool:
    """Does the (folded) sentence list members of the set asked (`LIST_A`)? When the question says
    how many there are, items joined by 、/和 must be about that many: at least two, or three when
    there are more, and no more than there are. 六家产权单位…具体是哪几家 is not answered by 存在责任
    主体不明确、物业服务内容和标准不清等问题 (two problems), 三下乡具体是下哪三样 not by five ways of
    listening (实地走访、调研座谈、民意调查、信访渠道和便民热线).

    A list holding one of the question's own words (`own`) as an item is the set the asked thing
    belongs to, not its members: 组建了法律援助、…、医疗保健…等12个志愿服务队 names the teams, not what
    医疗保健志愿队 does."""
    named = [word for word in own if len(word) >= 2]
    parts = [clause for clause in _CLAUSE.split(sentence)
             if not any(_an_item(word, clause) for word in named)]
    if any(m.group(0) not in _JOINING for m in LIST_A.finditer(sentence)):
        return True  # names by spaces, parallel phrases, stops, 一是…二是: read across the clauses
    if not any(LIST_A.search(part) for part in parts):
        return False
    if not members:
        return True  # no size said
    least = min(members, 3)
    return any(least <= _items(clause) <= members for clause in parts)


_JOINING = ("、", "和", "与", "與", "及")
# An own word standing as one item of a list: between 、 marks (or the clause's start or end), or the
# last before 等; as one pattern, (?:^|、)\s*W\s*(?:、|$)|、\s*W\s*等 with W the word escaped. What comes
# before the word is searched up to it (no lookahead: \Z stands for the word), what comes after is
# matched from its end.
_ITEM_BEFORE = re.compile(r"(?:^|、)\s*\Z")
_ITEM_AFTER = re.compile(r"\s*(?:、|$)")
_LAST_BEFORE = re.compile(r"、\s*\Z")
_LAST_AFTER = re.compile(r"\s*等")


def _an_item(word: str, clause: str) -> bool:
    """Is the word one item of a list in the clause (、医疗保健、, 、医疗保健等)? What the one pattern
    would tell, without compiling a pattern per word: around each place the word is said, what stands
    before it and after it."""
    for at in starts(clause, word):
        end = at + len(word)
        if ((_ITEM_BEFORE.search(clause, 0, at) and _ITEM_AFTER.match(clause, end))
                or (_LAST_BEFORE.search(clause, 0, at) and _LAST_AFTER.match(clause, end))):
            return True
    return False


def _items(clause: str) -> int:
    """How many items a clause joins: one per 、, and one for a joining 和/与/及."""
    commas = clause.count("、")
    joined = 1 if _JOINED_BY.search(clause) else 0
    return commas + joined + 1 if commas or joined else 1
