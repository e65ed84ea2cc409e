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

__all__ = ["COUNTED_OF_A_SET", "LIST_A", "list_asked"]

# How many or which exactly, of a set: 哪几家, 哪两位, 哪三样 (not 哪一个: one of them), or 哪些 said
# with 具体/都/分别 (都有哪些队, 具体是哪些号码).
_CLASSIFIER = r"[个個家项項类類样樣种種位名所条條支只部本首座件队隊月]"
_LIST_Q = re.compile(r"哪[几幾两兩二三四五六七八九十]+" + _CLASSIFIER + r"?|(?:都|分别|分別|具体|具體)(?:是|有|包括|包含)?哪些|有哪几|有哪幾")
# The count inside such an asking (哪三样 → 三样), which jieba hands over as a word of its own.
COUNTED_OF_A_SET = re.compile(r"[一二两兩三四五六七八九十几幾]+" + _CLASSIFIER)
# A list in the sentence: two items joined, names set apart by spaces, parallel phrases opening alike
# (不為權所害,不為錢所毀: not any clause between commas, 据介绍,去年以来,…), stops, or one counted
# after the other (一个是犹太国，另一个是阿拉伯国; 一是…二是).
LIST_A = re.compile(r"、|和|与|與|及|[\u4e00-\u9fff] +[\u4e00-\u9fff]|([\u4e00-\u9fff])[^，,。；;]{1,8}[，,；;]\1|\s[-–—]\s"
                    r"|一[个個种種位家类類条條]?是[^。；;]{1,30}(?:另一|二是)")


def list_asked(folded: str) -> bool:
    """Does the (folded) question ask for the members of a set, so that only a sentence listing
    them (`LIST_A`) can answer?"""
    return _LIST_Q.search(folded) is not None
