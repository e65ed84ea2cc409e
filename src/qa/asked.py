"""What a question asks for: the kind of answer (a count with its measure word, a date as precise as
asked, a span of time, a person, a place, an organisation, a place of origin, a change), read once
per question into one `Asked` value that every candidate sentence is then checked against
(`qa.quotes`: the cue that ranks sentences, and `fits`, which decides whether one states the fact).
Which kind a question asks is read by `qa.question_kinds`; each kind has its reader here; how
amounts are asked and written is in `qa.asked_amounts`, the forms of names a place or an
organisation is asked by in `qa.asked_places`, how people are asked about (kin, makers,
occupations) in `qa.asked_people`, events in `qa.asked_events`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .asked_amounts import (
    CHANGE_Q,
    GRADE_A,
    GRADE_Q,
    MONEY_A,
    NAMED_SIZE_Q,
    NUMERAL,
    ORDINAL_Q,
    SHARE_A,
    SHARE_Q,
    asks_duration,
    asks_height,
    asks_money,
    bare_count_pattern,
    count_pattern,
    counted_noun,
    measure_word,
    measured_pattern,
    ordinal_count_pattern,
    ordinal_pattern,
    periods_asked,
    price_pattern,
    size_unit,
    typed_unit,
    vague_pattern,
)
from .asked_events import date_event, place_event
from .asked_people import (
    KIN_AGE_Q,
    KIN_ASKED,
    KIN_BEFORE,
    KIN_ILL_Q,
    KIN_PLACE_Q,
    MAKER,
    NAMING_Q,
    OCCUPATION_Q,
    ORIGIN_Q,
    SOMEONE,
    VIA_Q,
    WHAT_ONE_IS,
    WORKPLACE_Q,
)
from .asked_places import (
    NAME_ASKED,
    NAMED_FORMS,
    PLACE_FORMS,
    another_named,
    form_of,
    local_place,
    named_form,
    named_noun_form,
    office_holder,
    place_form,
    place_form_name,
)
from .asked_quantities import quantities_asked
from .asked_things import thing_asked, which_one_of
from .asked_yes_no import yes_no_asked
from .number_near import Matcher
from .partners import WHOLE_Q
from .question_kinds import DATE_PRECISION, WHICH_PERSON, YEAR, date_precision, question_kind
from .text import fold

__all__ = ["DATE_PRECISION", "YEAR", "Asked", "asks_duration", "date_precision", "question_kind", "read_question"]


@dataclass(frozen=True)
class Asked:
    """What a question asks for, read once per question and used on every candidate sentence."""

    kind: str | None = None  # number, date, person, place, organisation
    count: Matcher | None = None  # 200多名社区党员: the number, its measure word, the counted noun
    measured: Matcher | None = None  # 200多名: the number with its measure word
    precise: re.Pattern[str] | None = None  # 哪天 → 10月1日
    duration: re.Pattern[str] | None = None  # 多久 → 8个小时; 多久开一次 → 每周二
    named: re.Pattern[str] | None = None  # 哪所学校 → …小学
    role: str | None = None  # 县委书记是谁 → 县委书记: the answer names the person holding it
    owner: str = ""  # 阔口社区的党委书记是谁 → 阔口社区: whose title it is (folded), "" when not said
    sized: bool = False  # 多大/多长/多高: the unit is a preference (cue), not a requirement
    naming: bool = False  # 叫什么/名字: a quoted name (“青教志愿队”) answers too
    origin: bool = False  # 哪里人: answered by …人 (武汉人), a birthplace or 籍贯, not any place name
    change: bool = False  # 增长了多少: answered by a rate (20%, 两倍) or the change itself (增长了3万)
    occupation: bool = False  # 是做什么的, 做什么工作: answered by what one is (教师, 门卫值守人员)
    counted: str | None = None  # 多少名队员 → 队员: the number's clause must name it (jieba's tags, `question.read`)
    filed: bool = False  # 那篇报道是哪天发的: asks when a piece was filed, so its dateline answers
    place: str = ""  # 西便门内社区有多少居民 → 内社区: the local place a count or a date is asked of
    whole: bool = False  # 进出口总额, 全省: a total asked, not one local place's figure (`partners`)
    event: str = ""  # 什么时候开始担任主任, 哪年出生, 在哪里登陆: what the answering sentence must say (`asked_events`)
    vague: re.Pattern[str] | None = None  # 几十项 for 多少项: all the documents say, so it answers (not a cue)
    via: str = ""  # 给谁打了视频电话 → 给: the answer is whom the sentence's 给 names (给女儿拨打)
    kin: str = ""  # 董明媛的女儿在哪座城市工作 → 女儿: the place is said in a clause naming the kin
    wording: bool = False  # 锦旗上写的是什么字: answered by the words themselves, quoted or after 写着
    speaker: str = ""  # 刘小辉说了句什么话 → 刘小辉: his words, quoted (`question.read` finds the name)
    member: re.Pattern[str] | None = None  # 什么形状 → 月牙形, 什么颜色 → 灰绿色: a cue, not a requirement
    either: tuple[str, ...] = ()  # 养的是山羊还是绵羊 → 山羊, 绵羊: the answer says one of them
    workplace: bool = False  # 退休前在哪上班: a workplace's name answers (某国营厂), or a place said with the work
    which: str = ""  # 哪个队的队长, 什么协会 → 队, 协会 (no kind): the name ending so is marked, never required
    thing: re.Pattern[str] | None = None  # 啥牌子 → a brand's word or name, 啥病 → an ailment's: required
    yes_no: str = ""  # 停课了没 → 停课: a yes-or-no question's answer speaks of it (`asked_yes_no`)
    by_name: bool = False  # 哪位研究员发现的: which one of them, so a person's name (该所研究人员 names no one)
    periods: tuple[str, ...] = ()  # 去年全年…多少单 → 全年: a figure for another part of the year does not answer
    quantities: tuple[str, ...] = ()  # 总投资是多少 → 投资: a figure of another quantity (出口) does not answer

    @property
    def cued(self) -> bool:
        """Some sentences look more like the answer than others (`quotes.answer_cue`)."""
        return bool(self.kind or self.speaker or self.member)


# 锦旗上写的是什么字, 横幅上写着什么, 碑上刻有什么: the words written on a thing (not 描写了什么, a summary).
_WORDING_Q = re.compile(r"(?<![描编編撰抄填改书書])(?:写|寫|刻|题|題|印|绣|繡)(?:的|着|著|有|了)(?:是)?(?:什么|什麼)"
                        r"(?:字|话|話|内容|內容)?|上面(?:写|寫|刻|印)")


# 什么形状, 什么颜色: the answer names a member of the kind by the kind's ending (月牙形, 椭圆状, 灰绿色).
_MEMBER_Q = re.compile(r"(?:什么|哪种|哪一种|何种)(形状|颜色)")
_MEMBERS = {"形状": re.compile(r"[\u4e00-\u9fff](?<![情地变外图字形])(?:形(?![状成式态象容势])|状(?![况态元]))"),
            "颜色": re.compile(r"[\u4e00-\u9fff](?<![颜脸角特本出景])色(?![彩调泽素])")}


def read_question(question: str, focus_of: Callable[[str], str | None] | None = None) -> Asked:
    """`focus_of` names the noun the question asks for (Tokenizer.question_focus: 哪所学校 → 学校);
    it is asked only of place, organisation and person questions, whose answer may be a name of that
    form (or the holder of that office)."""
    folded = fold(question)
    asked = _read_question(question, folded, focus_of)
    if _WORDING_Q.search(folded):
        asked = replace(asked, wording=True)
    if not asked.kind and (member := _MEMBER_Q.search(folded)):
        asked = replace(asked, member=_MEMBERS[member.group(1)])
    if asked.kind == "number" and WHOLE_Q.search(folded):
        asked = replace(asked, whole=True)
    if asked.kind == "number" and (periods := periods_asked(folded)):
        asked = replace(asked, periods=periods)
    if asked.kind == "number" and (quantities := quantities_asked(folded)):
        asked = replace(asked, quantities=quantities)
    if asked.kind in ("number", "date") and (place := local_place(folded)):
        return replace(asked, place=place)
    if not asked.kind and (thing := thing_asked(folded)) is not None:
        asked = replace(asked, thing=thing)  # 啥牌子, 得的啥病: a brand, an ailment, or nothing
        if kin := KIN_ILL_Q.search(folded):  # 他老伴儿得的啥病: hers, in a clause naming her
            asked = replace(asked, kin=kin.group(1).removesuffix("儿"))
    if not asked.kind and (whether := yes_no_asked(folded)):
        asked = replace(asked, yes_no=whether)
    if not asked.kind and not asked.member and focus_of is not None and (which := which_one_of(question, focus_of)):
        return replace(asked, which=which)
    return asked


def _read_question(question: str, folded: str, focus_of: Callable[[str], str | None] | None) -> Asked:
    """The reader for the kind of answer asked (`question_kind`); a question of no kind may still ask
    what someone does for a living."""
    kind = question_kind(question)
    if kind == "number":
        return _read_number(question, folded)
    if kind == "date":
        return _read_date(question, folded)
    if kind in ("place", "organisation"):
        return _read_place(kind, question, folded, focus_of)
    if kind == "person":
        return _read_person(question, folded, focus_of)
    return _read_occupation(question, folded)


def _read_number(question: str, folded: str) -> Asked:
    """多少/几/多大: a school grade, a share, a size in its unit, a price, a count with its measure word
    and counted noun, or an ordinal (the patterns are written by `qa.asked_amounts`)."""
    change = bool(CHANGE_Q.search(folded))
    if GRADE_Q.search(folded):  # 读几年级 is answered by 初一, 五年级, 高三
        return Asked("number", measured=GRADE_A)
    if SHARE_Q.search(folded) and not change:  # 少数民族占多少 is answered by 三分之一, 30%, 六成
        return Asked("number", measured=SHARE_A)
    if (units := typed_unit(folded)) is not None:  # 身高多少厘米 → 1.85米, not 3粒进球
        return Asked("number", measured=re.compile(NUMERAL + r"\s*" + units), change=change)
    measure = measure_word(question)
    if asks_money(folded) and not change and measure is None:
        # 冠军能拿多少奖金 → 50万元, not 奖金排名前16名 (销售额有多少张 counts 张)
        return Asked("number", measured=MONEY_A)
    unit = size_unit(question)
    if unit is not None and measure in {None, "岁"}:  # 多高 → 30米, 多大年纪 → 66岁
        # 袁宝柱的老伴儿多大岁数: hers, in a clause naming her (not 66岁的袁宝柱 beside it).
        kin = KIN_AGE_Q.search(folded) if unit == r"[岁歲]" else None
        return Asked("number", measured=re.compile(NUMERAL + r"\s*" + unit), duration=asks_duration(question),
                     sized=unit != r"[岁歲]" and not NAMED_SIZE_Q.search(folded) and not asks_height(folded),
                     change=change,
                     kin=kin.group(1) if kin else "")
    noun = counted_noun(question) if measure else None
    count = measured = vague = None
    if measure == "钱":
        measured = price_pattern(folded)
    elif measure:
        count, measured, vague = (count_pattern(measure, noun), measured_pattern(measure, noun, folded),
                                  vague_pattern(measure, folded))
    else:
        count = bare_count_pattern(folded)
    if ORDINAL_Q.search(folded) and measure != "钱":
        measured, count = ordinal_pattern(measure), ordinal_count_pattern(measure, noun)
    return Asked("number", count=count, measured=measured, duration=asks_duration(question), change=change,
                 vague=vague)


def _read_date(question: str, folded: str) -> Asked:
    """何时/哪天: a date as precise as asked; 什么时候开始担任 is dated by the taking of the office,
    哪年出生 by the birth, 什么时候建的 by the founding (`asked_events`)."""
    event = date_event(folded)
    return Asked("date", precise=date_precision(question), event=event)


def _read_place(kind: str, question: str, folded: str, focus_of: Callable[[str], str | None] | None) -> Asked:
    """哪里/哪所/哪家: a place of origin (哪里人), a name of the form asked (哪所学校 → …小学, 哪个村 →
    东瑶村), else any place or organisation."""
    if kind == "place" and ORIGIN_Q.search(question):
        return Asked(kind, origin=True)
    kinned = KIN_PLACE_Q.search(folded) if kind == "place" else None
    kin = kinned.group(1) if kinned else ""
    event = place_event(folded) if kind == "place" else ""
    if event:  # 台风卢碧在哪里登陆: any place, in a sentence that says it made landfall (not a form)
        return Asked(kind, kin=kin, event=event)
    if (named := named_form(focus_of(question) if focus_of is not None else None, folded)) is not None:
        return Asked(kind, named=named, kin=kin)
    if kind == "place" and (office := office_holder(folded)) is not None:
        return Asked("person", role=office)  # 哪个社区党委书记出面协调的: who, by the office
    if kind == "place" and (form := place_form(folded)) is not None:
        return Asked(kind, named=form, kin=kin)
    workplace = kind == "place" and bool(WORKPLACE_Q.search(folded))
    return Asked(kind, naming=bool(NAMING_Q.search(question)), kin=kin, workplace=workplace)


# An office named by what its holder does for someone (入党介绍人, 联系人): the documents use the word
# and name the holder by it, which jieba may cut (介绍 + 人). Not a deed (获奖人, 发明人): the one who
# did it is named by the deed, not by the word.
_AGENT_WORD = r"((?:介绍|联系|负责|责任|代理|发言|召集|带头|主持|领路|引路|监护|担保|推荐|证婚)人)"
_AGENT = re.compile(_AGENT_WORD + r"(?:是|为|為)?(?:谁|誰|哪一?位)|^(?:谁|誰)是[^，,。？?]*?" + _AGENT_WORD + r"[？?]?$")


def _read_person(question: str, folded: str, focus_of: Callable[[str], str | None] | None) -> Asked:
    """谁/哪位/叫什么: the name of a place or school after all (那个社区叫什么), the holder of an office
    (县委书记是谁), whom a preposition names (给谁), or anyone."""
    focus = focus_of(question) if focus_of is not None else None
    if (agent := _AGENT.search(folded)) and (focus in (None, "人") or agent.group(2)):
        focus = agent.group(1) or agent.group(2)  # 入党介绍人是谁: jieba reads 介绍 + 人, the office is 介绍人
    if focus and re.search(re.escape(focus) + NAME_ASKED, folded):
        # 那个多民族聚居的社区叫什么 asks a place's name, 那所中学叫什么名字 a school's: not a person's.
        if focus in PLACE_FORMS:
            return Asked("place", named=place_form_name(focus))
        if (form := form_of(focus)) is not None:
            return Asked("organisation", named=NAMED_FORMS[form])
    if (form := named_noun_form(folded)) is not None:  # 那家国营厂叫什么名字: 某国营厂 names none
        return Asked("organisation", named=NAMED_FORMS[form])
    naming = bool(NAMING_Q.search(question))
    if (focus and naming and not re.search(f"(?:{WHAT_ONE_IS}|{KIN_ASKED})$", focus) and not SOMEONE.search(focus)
            and (another := another_named(focus, folded)) is not None):
        return Asked("organisation", named=another)  # 依兰陨石坑之前的那个陨石坑叫啥: a thing's name
    if focus and (office := _read_office(focus, folded, naming)) is not None:
        return office
    via = VIA_Q.search(folded)
    return Asked("person", naming=naming, via=via.group(1) if via else "",
                 by_name=_WHICH_ONE_Q.search(folded) is not None, event=_made(focus))


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


# The levels of government an office may be named by (镇党委书记, 县委书记, 村主任).
_LEVELS = frozenset("镇乡村县市区省")


def _read_office(focus: str, folded: str, naming: bool) -> Asked | None:
    """县委书记是谁 (是哪位) names a role the answer holds, and whose it is; 哪位干部 names a class (the
    answer need not say 干部): None then, and for a maker or a kind of person."""
    # A maker is named by the work, not by the title (岳飞的词作《满江红》, 王孝通的《缉古算经》,
    # 三毛央负责插画): any person answers, as for 谁 alone.
    # 业委会主任叫什么名字 asks the name of whoever holds the office, as 主任是谁 does.
    # 66岁老人叫啥名字: a kind of person, no office; 66岁的袁宝柱 answers without saying 老人.
    if MAKER.search(focus) or SOMEONE.fullmatch(focus) or not re.search(
            re.escape(focus) + r"(?:是|为|為)?(?:谁|誰|哪一?位(?!\w))|"
            + re.escape(focus) + NAME_ASKED + r"|^(?:谁|誰)是.*" + re.escape(focus) + r"[？?]?$",
            folded):
        return None
    asking = re.match(r"(?:谁|誰)是", folded)  # 谁是华雨辰的入党介绍人: 华雨辰's
    owner = folded[asking.end() if asking else 0 : folded.find(focus)].rstrip("的之 ，,")  # focus is there
    if owner[-1:] in ("副", "总"):  # 党工委副书记: jieba reads 副 apart, but the office is 副书记
        owner, focus = owner[:-1], owner[-1] + focus
    elif len(owner) > 2 and owner[-1] in _LEVELS and owner[-2] in ("的", owner[-1]):
        # 树林召镇的镇党委书记: the town's own office (镇党委书记), not any 党委书记 (社区党委书记施敏).
        owner, focus = owner[:-2] + ("" if owner[-2] == "的" else owner[-1]), owner[-1] + focus
    return Asked("person", role=focus, naming=naming, owner=owner)


def _read_occupation(question: str, folded: str) -> Asked:
    """是做什么的, 做什么工作: what someone does for a living (华雨辰的父母是做什么的: what her parents
    do, not what she does); else a question of no kind, which may still ask a name (叫什么)."""
    if job := OCCUPATION_Q.search(folded):
        kin = KIN_BEFORE.search(folded[: job.start()])
        return Asked(None, occupation=True, role=kin.group(1) if kin else None)
    return Asked(None, naming=bool(NAMING_Q.search(question)))
