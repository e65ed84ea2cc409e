"""How a question asking about a person is read: the holder of an office (县委书记是谁, 入党介绍人是谁),
a maker named where the making is told (设计师是谁), which one of a kind of people (哪位研究员), whom a
preposition names (给谁), a place's or a body's name after all (那所中学叫什么), or what someone does
for a living (是做什么的). The patterns are `qa.asked_people`'s and `qa.asked_places`'; `qa.asked`
calls these readers for person questions and questions of no kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .asked_people import (
    KIN_ASKED,
    KIN_BEFORE,
    MAKER,
    NAMING_Q,
    OCCUPATION_Q,
    OFFICE_Q,
    OFFICE_SAID,
    SOMEONE,
    VIA_Q,
    WHAT_ONE_IS,
)
from .asked_places import (
    NAME_ASKED,
    NAME_ASKED_RE,
    NAMED_BODY,
    NAMED_FORMS,
    PLACE_FORMS,
    another_named,
    form_of,
    named_noun_form,
    place_form_name,
    thing_name,
)
from .asked_value import Asked
from .occurrences import followed_by, preceded_by, starts
from .question_kinds import WHICH_PERSON
from .question_words import GOVERNMENT_LEVELS, OFFICE_RE
from .text import fold

__all__ = ["read_occupation", "read_person"]


# An office named by what its holder does for someone (入党介绍人, 联系人): the documents use the word
# and name the holder by it, which jieba may cut (介绍 + 人). Not a deed (获奖人, 发明人): the one who
# did it is named by the deed, not by the word.
_AGENT_WORD = r"((?:介绍|联系|负责|责任|代理|发言|召集|带头|主持|领路|引路|监护|担保|推荐|证婚)人)"
_AGENT = re.compile(_AGENT_WORD + r"(?:是|为|為)?(?:谁|誰|哪一?位)|^(?:谁|誰)是[^，,。？?]*?" + _AGENT_WORD + r"[？?]?$")


# Words for a name itself (社团叫什么名称): what is named is the noun before them, not a kind of thing
# whose names end in them.
_NAME_WORDS = frozenset(["名称", "名稱", "名字", "名", "称呼", "稱呼", "名号", "名號", "称号", "稱號"])


# A name asked whole (全称, 全名) of the noun before it: 那个片区 全称叫什么. (Not 简称: a short name
# seldom ends in the kind word, 豫 for 河南省.)
_FULL_NAME_OF = re.compile(r"([\u4e00-\u9fff]{2})(?:的)?[，,\s]*(?:全称|全稱|全名)(?:叫|是)(?:什么|什麼)")
# The kinds of thing a policy or news report names by a name ending in the kind word: facilities,
# bodies and places (北湖收费站, 夕阳红合唱队, 博斯腾湖), schemes and systems (六级组织体系, 民生服务直通
# 热线, 选派第一书记…工作例会). Not a work (电影, 专辑: its title is quoted, 《…》) nor a relation
# (长子, 生母): a person's or a title's name answers those, as before; nor a village, town, street or
# road, whose name news writes after the word as often (自然村苏家塘), as the title's holder.
_THING_KIND = re.compile(r"(?:站|体系|體系|队|隊|会|會|组|組|湖|河|江|山|桥|橋|中心|平台|平臺|热线|熱線|品牌"
                         r"|活动|活動|工程|项目|項目|计划|計劃|行动|行動|机制|機制|制度|模式|片区|片區|基地|园|園|馆|館|广场|廣場"
                         r"|楼|樓|院|所|室|厂|廠|店|超市|食堂|小区|小區|社区|社區|协会|協會|联盟|聯盟|班|坑|港|口岸|意见|意見|规划|規劃)$")


# A body of members asked by name (那个组织叫什么): a body's name answers (`asked_places.NAMED_BODY`).
_BODY_NAMED = re.compile(r"(?:组织|組織|机构|機構|团体|團體|联盟|聯盟|协会|協會|社团|社團)" + NAME_ASKED)


def read_person(question: str, folded: str, focus_of: Callable[[str], str | None] | None) -> Asked:
    """谁/哪位/叫什么: the name of a place or school after all (那个社区叫什么), the holder of an office
    (县委书记是谁), whom a preposition names (给谁), or anyone."""
    focus = focus_of(question) if focus_of is not None else None
    if (agent := _AGENT.search(folded)) and (focus in (None, "人") or agent.group(2)):
        focus = agent.group(1) or agent.group(2)  # 入党介绍人是谁: jieba reads 介绍 + 人, the office is 介绍人
    if focus and followed_by(folded, focus, NAME_ASKED_RE):
        # 那个多民族聚居的社区叫什么 asks a place's name, 那所中学叫什么名字 a school's: not a person's.
        if focus in PLACE_FORMS:
            return Asked("place", named=place_form_name(focus))
        if (form := form_of(focus)) is not None:
            return Asked("organisation", named=NAMED_FORMS[form])
    if (form := named_noun_form(folded)) is not None:  # 那家国营厂叫什么名字: 某国营厂 names none
        return Asked("organisation", named=NAMED_FORMS[form])
    if _BODY_NAMED.search(folded):  # 那个组织叫啥: a body's name (物业公司党建联盟), not a person's
        return Asked("organisation", named=NAMED_BODY)
    if (full := _FULL_NAME_OF.search(folded)) and _a_thing(full.group(1)):
        # 那个中科院研究所，全称叫啥: the name of the 研究所, whole (中国科学院广州地球化学研究所)
        noun = full.group(1)
        return Asked("organisation", named=NAMED_FORMS[form] if (form := form_of(noun)) else thing_name(noun), naming=True)
    naming = bool(NAMING_Q.search(question))
    if focus and naming and not _names_someone(focus) and (another := another_named(focus, folded)) is not None:
        return Asked("organisation", named=another)  # 依兰陨石坑之前的那个陨石坑叫啥: a thing's name
    if focus and naming and _a_thing(focus) and followed_by(folded, focus, NAME_ASKED_RE):
        return Asked("organisation", named=thing_name(focus), naming=True)  # 那个收费站叫啥名: 北湖收费站
    if focus and (office := _read_office(focus, folded, naming)) is not None:
        return office
    via = VIA_Q.search(folded)
    by_name = _WHICH_ONE_Q.search(folded) is not None
    return Asked("person", naming=naming, via=via.group(1) if via else "", by_name=by_name, event=_made(focus),
                 among=focus if by_name and focus and _picked_among(focus, folded) else "")


def _picked_among(focus: str, folded: str) -> bool:
    """The focus is the trade or post 哪位/哪个 picks from (哪位医生, 哪个研究员), not a word after it
    (哪位社区党委书记出面 → 出面): a kind an article names by that word. Not what someone is by nature
    or renown (哪位皇帝, 哪位诗人, 哪位学者, 哪位女星: 汉桓帝, 李白 are said to be so without the
    word; shared dev lost eleven right answers to them), nor anyone at work (哪位工作人员), nor those in
    charge (哪位领导, 哪个干部: 宣传部部长戴安君 is named by his office)."""
    return (preceded_by(folded, focus, _WHICH_BEFORE) and _TRADE.search(focus) is not None
            and not _ANYONE.fullmatch(focus))


# 哪位, 哪个 right before the focus (`occurrences.preceded_by`).
_WHICH_BEFORE = re.compile(r"哪一?[位个個名]\Z")


# A trade or post by its ending: 医生, 研究员, 护士, 教师, 队员, 民警 (not 先生, a word of address).
_TRADE = re.compile(r"(?<!先)[员員师師生士警]$")
# Anyone at work, whatever they do (人员, 工作人员), though the word ends as a trade's does.
_ANYONE = re.compile(r"(?:工作)?人[员員]")


def _names_someone(focus: str) -> bool:
    """The noun is a word for the name itself (名字), or names what someone is, a kin or a kind of
    person (党委书记, 老伴儿, 老人)."""
    return bool(focus in _NAME_WORDS or _SOMEONE_BY_ENDING.search(focus) or SOMEONE.search(focus))


# What someone is or a kin, ending the noun (党委书记, 老伴儿).
_SOMEONE_BY_ENDING = re.compile(f"(?:{WHAT_ONE_IS}|{KIN_ASKED})$")


def _a_thing(noun: str) -> bool:
    """The noun is a kind of thing named by a name ending in it (`_THING_KIND`: 收费站, 体系), and no
    person's, office's or maker's word (业委会主任, 设计师): its 叫什么 asks the thing's name."""
    return bool(_THING_KIND.search(noun)) and not (_names_someone(noun) or OFFICE_RE.search(noun) or MAKER.search(noun))


# Makers named where the making is told (设计师 by 设计, 创始人 by 创办/创立): not an author, whom
# 王孝通的《缉古算经》 names by the work alone, nor a director or a singer, credited the same way.
_TOLD_MAKER = re.compile(r"(设计|設計|发明|發明|发现|發現|创始|創始|创办|創辦|创立|創立|创建|創建|开发|開發|建造|建筑|建築)(?:者|人|家|师|師)?$")


def _made(focus: str | None) -> str:
    """设计师是谁, 创始人是谁: the maker is named in a sentence saying the making, by one of its
    characters (设计新颖 names no one; 由某某设计 does), not in any sentence naming someone; "" for any
    other person."""
    told = _TOLD_MAKER.search(fold(focus)) if focus else None
    return "[" + re.escape(told.group(1)) + "]" if told else ""


# 哪位研究员, 哪个干部: which one of a kind of people, answered by a name (not 哪位是…, 是哪位呀).
_WHICH_ONE_Q = re.compile(r"哪一?位(?=[\u4e00-\u9fff])(?!是|呀|啊|呢)|" + WHICH_PERSON)




# What asks for the holder right after the office (县委书记是谁, 百家村 村支书 是哪位);
# 党委书记是哪个 asks the holder too, where 哪个 ends the question (not 书记是哪个村的).
_WHO_AFTER = re.compile(r"\s*(?:是|为|為)?(?:谁|誰|哪一?位(?!\w)|哪一?[个個]人?(?=\s*[啊呀呢吗嗎啦哇]*[？?！!。]*$))")
# What may close a question 谁是… ends with the office in (谁是华雨辰的入党介绍人?).
_QUESTION_END = re.compile(r"[？?]?$")


def _holder_asked(focus: str, folded: str) -> bool:
    """Does the (folded) question ask who holds the office `focus`: 县委书记是谁, 业委会主任叫什么名字,
    谁是华雨辰的入党介绍人? As one pattern of the three ways with the focus escaped into it would tell,
    without compiling a pattern per office: the focus followed by `_WHO_AFTER` or by `NAME_ASKED`, or
    谁是 opening the question and the focus ending it (``^(?:谁|誰)是.*`` + focus + `_QUESTION_END`, where
    ``.`` stops at a line's end)."""
    if followed_by(folded, focus, _WHO_AFTER) or followed_by(folded, focus, NAME_ASKED_RE):
        return True
    return folded.startswith(("谁是", "誰是")) and any(
        at >= 2 and "\n" not in folded[2:at] and _QUESTION_END.match(folded, at + len(focus)) is not None
        for at in starts(folded, focus))


def _read_office(focus: str, folded: str, naming: bool) -> Asked | None:
    """县委书记是谁 (是哪位) names a role the answer holds, and whose it is; 哪位干部 names a class (the
    answer need not say 干部): None then, and for a maker or a kind of person."""
    # A maker is named by the work, not by the title (岳飞的词作《满江红》, 王孝通的《缉古算经》,
    # 三毛央负责插画): any person answers, as for 谁 alone.
    # 业委会主任叫什么名字 asks the name of whoever holds the office, as 主任是谁 does.
    # 66岁老人叫啥名字: a kind of person, no office; 66岁的袁宝柱 answers without saying 老人.
    # 百家村 村支书 是谁: typed as keywords, a space before the asking.
    if MAKER.search(focus) or SOMEONE.fullmatch(focus) or not _holder_asked(focus, folded):
        return None
    asking = re.match(r"(?:谁|誰)是", folded)  # 谁是华雨辰的入党介绍人: 华雨辰's
    owner = folded[asking.end() if asking else 0 : folded.find(focus)].rstrip("的之 ，,")  # focus is there
    if owner[-1:] in ("副", "总"):  # 党工委副书记: jieba reads 副 apart, but the office is 副书记
        owner, focus = owner[:-1], owner[-1] + focus
    elif len(owner) > 2 and owner[-1] in GOVERNMENT_LEVELS and owner[-2] in ("的", owner[-1]):
        # 树林召镇的镇党委书记: the town's own office (镇党委书记), not any 党委书记 (社区党委书记施敏).
        owner, focus = owner[:-2] + ("" if owner[-2] == "的" else owner[-1]), owner[-1] + focus
    return Asked("person", role=focus, naming=naming, owner=owner)


def read_occupation(question: str, folded: str) -> Asked:
    """是做什么的, 做什么工作: what someone does for a living (华雨辰的父母是做什么的: what her parents
    do, not what she does); 担任啥职务: the office they hold (`Asked.office`); else a question of no
    kind, which may still ask a name (叫什么)."""
    if OFFICE_Q.search(folded):  # an office's title is also the cue (`member`) that picks the quote
        return Asked(None, occupation=True, office=True, member=OFFICE_SAID)
    if job := OCCUPATION_Q.search(folded):
        kin = KIN_BEFORE.search(folded[: job.start()])
        return Asked(None, occupation=True, role=kin.group(1) if kin else None)
    return Asked(None, naming=bool(NAMING_Q.search(question)))
