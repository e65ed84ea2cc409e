"""What a question asks for: the kind of answer (a count with its measure word, a date as precise as
asked, a span of time, a person, a place, an organisation, a place of origin, a change), read once
per question into one `Asked` value that every candidate sentence is then checked against
(`qa.quotes`: the cue that ranks sentences, and `fits`, which decides whether one states the fact).
Which kind a question asks is read by `qa.question_kinds`; numbers, dates and places have their
readers here, people theirs in `qa.read_person`; the value itself is `qa.asked_value.Asked`. How
amounts are asked and written is in `qa.asked_amounts` (sums of money in `qa.asked_money`, spans of
time in `qa.asked_durations`), the forms of names a place or an organisation is asked by in
`qa.asked_places`, how people are asked about (kin, makers, occupations) in `qa.asked_people`,
events in `qa.asked_events`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .asked_amounts import (
    CHANGE_Q,
    GRADE_A,
    GRADE_Q,
    NUMERAL,
    ORDINAL_Q,
    RATE_A,
    SHARE_A,
    SHARE_Q,
    bare_count_pattern,
    count_pattern,
    counted_noun,
    measure_word,
    measured_pattern,
    ordinal_count_pattern,
    ordinal_pattern,
    vague_pattern,
)
from .asked_durations import asks_duration
from .asked_events import body_doing, date_event, name_event, place_event
from .asked_except import besides_asked, negated_asked
from .asked_expansions import expansion_asked
from .asked_list import contents_asked, list_asked, set_size
from .asked_looks import COLOUR, SHAPE, looks_asked
from .asked_money import asks_earned, asks_money, price_pattern
from .asked_most import most_asked
from .asked_people import (
    KIN_AGE_Q,
    KIN_ILL_Q,
    KIN_PLACE_Q,
    NAMING_Q,
    ORIGIN_Q,
    WORKPLACE_Q,
    asks_former_work,
)
from .asked_periods import periods_asked
from .asked_places import (
    BEFORE_MOVE_Q,
    local_place,
    located_asked,
    named_form,
    office_holder,
    place_form,
)
from .asked_quantities import quantities_asked
from .asked_sizes import NAMED_SIZE_Q, asks_height, size_unit, typed_unit
from .asked_slot import WHERE, slot_of
from .asked_things import thing_asked, which_one_of
from .asked_value import Asked
from .asked_yes_no import yes_no_asked
from .named_people import TELLER_Q
from .opposite_words import opposed_words
from .partners import WHOLE_Q
from .question_kinds import (
    DATE_PRECISION,
    SURNAME_Q,
    YEAR,
    counts_typed,
    date_precision,
    month_named,
    question_kind,
)
from .read_person import read_occupation, read_person
from .text import fold

__all__ = ["DATE_PRECISION", "YEAR", "Asked", "asks_duration", "date_precision", "question_kind", "read_question"]


# Why a time or place was chosen (为啥偏偏开在22层, 为什么选在6月下旬, 为啥放在沈阳): the sentence saying
# the time or place says no why; only one giving a cause answers.
_CHOSEN_WHY_Q = re.compile(r"(?:为什么|为啥|为何|干嘛|凭啥)(?:要|会)?(?:偏偏|偏|专门|特意|特地"
                           r"|选在|选择在|挑在|定在|放在|开在|建在|设在|落在|冲着)")
# 锦旗上写的是什么字, 横幅上写着什么, 碑上刻有什么: the words written on a thing (not 描写了什么, a summary).
# Not 文章写的是什么时候: when, as the piece says it.
_WORDING_Q = re.compile(r"(?<![描编編撰抄填改书書])(?:写|寫|刻|题|題|印|绣|繡)(?:的|着|著|有|了)(?:是)?(?:什么|什麼)"
                        r"(?!时候|時候|时间|時間|地方|年|月)(?:字|话|話|内容|內容)?|上面(?:写|寫|刻|印)")


# 什么形状, 什么颜色: the answer names a member of the kind by the kind's ending (月牙形, 椭圆状, 灰绿色).
_MEMBER_Q = re.compile(r"(?:什么|哪种|哪一种|何种)(形状|颜色)")
_MEMBERS = {"形状": re.compile(SHAPE), "颜色": re.compile(COLOUR)}


def read_question(question: str, focus_of: Callable[[str], str | None] | None = None) -> Asked:
    """`focus_of` names the noun the question asks for (Tokenizer.question_focus: 哪所学校 → 学校);
    it is asked only of place, organisation and person questions, whose answer may be a name of that
    form (or the holder of that office)."""
    folded = fold(question)
    if (expanded := expansion_asked(folded)) is not None:
        # RCEP全称叫啥, 物管会是啥的简称: said where the names stand together (no office, no person),
        # which also makes such a sentence the quote (`member`, a cue).
        return Asked(thing=expanded, member=expanded)
    asked = _read_question(question, folded, focus_of)
    if asked.kind not in ("date", "number") and not asked.event and (renamed := name_event(folded)):
        asked = replace(asked, event=renamed)  # 白领驿家以前叫啥名字: a sentence saying its earlier name
    if list_asked(folded):
        asked = replace(asked, listed=True, members=set_size(folded))  # 具体是哪几家: 六家产权单位 counts them, lists none
    if _CHOSEN_WHY_Q.search(folded):
        asked = replace(asked, chosen=True)
    if contents_asked(folded):
        asked = replace(asked, contents=True)
    if _WORDING_Q.search(folded):
        asked = replace(asked, wording=True)
    if not asked.kind and (member := _MEMBER_Q.search(folded)):
        asked = replace(asked, member=_MEMBERS[member.group(1)])
    if not asked.kind and not asked.member and (looks := looks_asked(folded)) is not None:
        asked = replace(asked, member=looks)  # 长啥样 → 月牙形; 生活习性 → 栖息在沿海…以甲壳类为食
    if asked.kind == "person" and SURNAME_Q.search(folded):
        asked = replace(asked, surname=True)  # 那个独居老人姓啥 → 张大爷
    if asked.kind == "person" and TELLER_Q.search(folded):
        asked = replace(asked, teller=True)  # 谁认为…: the one who says it
    if asked.kind == "number" and WHOLE_Q.search(folded):
        asked = replace(asked, whole=True)
    if asked.kind == "number" and (periods := periods_asked(folded)):
        asked = replace(asked, periods=periods)
    if asked.kind == "number" and (quantities := quantities_asked(folded)):
        asked = replace(asked, quantities=quantities)
        if asked.measured is None and not asked.change and any(q.endswith("率") for q in quantities):
            asked = replace(asked, measured=RATE_A)  # 按时办结率多少: a percentage
    if asked.kind in ("number", "date") and (place := local_place(folded)):
        asked = replace(asked, place=place)  # 江欣苑社区的电话是多少: still a telephone number (below)
    if (thing := thing_asked(folded, asked.kind)) is not None:
        # 啥牌子, 得的啥病, 卖到哪, 号码是多少, 谁出的钱: a brand, an ailment, a market, a telephone
        # number, who paid
        asked = replace(asked, thing=thing)
        if kin := KIN_ILL_Q.search(folded):  # 他老伴儿得的啥病: hers, in a clause naming her
            asked = replace(asked, kin=kin.group(1).removesuffix("儿"))
    if not asked.kind and (whether := yes_no_asked(folded)):
        guessed, opposed = opposed_words(folded)
        asked = replace(asked, yes_no=whether, guessed=guessed, opposed=opposed)
    if asked.kind != "number" and (most := most_asked(folded, asked.kind, whether=bool(asked.yes_no))):
        asked = replace(asked, most=most)  # 最多能带多少: a count, no pick
    if asked.kind in ("person", "organisation") and (slot := slot_of(folded)):
        asked = replace(asked, slot=slot)
    elif asked.kind == "place" and not asked.origin and (slot := slot_of(folded, WHERE)):
        asked = replace(asked, slot=slot)  # 但是哪里有河豚毒素 → 但是精巢和内脏有河豚毒素
    if (asked.occupation or asked.workplace or asked.kind == "place") and asks_former_work(folded):
        asked = replace(asked, former=True)  # 以前是干啥的: not what they do now
    if asked.kind == "place" and BEFORE_MOVE_Q.search(folded):
        asked = replace(asked, before_move=True)  # 搬来之前住哪儿: not where she moved to
    if asked.kind == "place" and (located := located_asked(folded)):
        asked = replace(asked, located=located)  # 渠县是四川哪个市的: a sentence naming 渠县
    if negated_asked(folded):
        asked = replace(asked, negated=True)  # 哪个县区没参加: a sentence on those who took part does not say
    if besides := besides_asked(folded):
        asked = replace(asked, besides=besides)  # 除了那7家还有几家: not the 7家
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
        return read_person(question, folded, focus_of)
    return read_occupation(question, folded)


def _read_number(question: str, folded: str) -> Asked:
    """多少/几/多大: a school grade, a share, a size in its unit, a price, a count with its measure word
    and counted noun, or an ordinal (the patterns are written by `qa.asked_amounts`, prices by
    `qa.asked_money`)."""
    change = bool(CHANGE_Q.search(folded))
    if GRADE_Q.search(folded):  # 读几年级 is answered by 初一, 五年级, 高三
        return Asked("number", measured=GRADE_A)
    if SHARE_Q.search(folded) and not change:  # 少数民族占多少 is answered by 三分之一, 30%, 六成
        return Asked("number", measured=SHARE_A)
    if (units := typed_unit(folded)) is not None:  # 身高多少厘米 → 1.85米, not 3粒进球
        return Asked("number", measured=re.compile(NUMERAL + r"\s*" + units), change=change)
    measure = measure_word(question)
    if not change and (asks_earned(folded) or (measure is None and asks_money(folded))):
        # 冠军能拿多少奖金 → 50万元, not 奖金排名前16名 (销售额有多少张 counts 张); 一斤能卖到多少钱 → a
        # price per 斤 (`price_pattern`)
        return Asked("number", measured=price_pattern(folded))
    unit = None if change else size_unit(question)  # 增长幅度有多大: a change, not a size
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
    elif measured is None and (magnitude := _MAGNITUDE_Q.search(folded)):
        # 总交易额有多少亿: a figure in 亿 (出口货值380.5万美元 does not say it); 多少万: in 万 or more.
        measured = re.compile(NUMERAL + r"\s*(?:多|余|餘)?\s*" + _MAGNITUDE_A[magnitude.group(1)])
    return Asked("number", count=count, measured=measured, duration=asks_duration(question), change=change,
                 vague=vague)


# A magnitude typed with the asking (多少亿, 几千万): the answer's figure is written in it.
# Only where nothing follows it: 多少亿元 is read with its currency as before (451.3亿元, marked whole).
_MAGNITUDE_Q = re.compile(r"(?:多少|几|幾)(亿|億|千万|千萬|百万|百萬|万|萬)(?=[呢吗嗎啊呀吧？?，,。！!\s]|$)")
_MAGNITUDE_A = {"亿": "[亿億]", "億": "[亿億]", "千万": "(?:千万|千萬|[亿億])", "千萬": "(?:千万|千萬|[亿億])",
                "百万": "(?:百万|百萬|千万|千萬|[亿億])", "百萬": "(?:百万|百萬|千万|千萬|[亿億])",
                "万": "[万萬亿億]", "萬": "[万萬亿億]"}


def _read_date(question: str, folded: str) -> Asked:
    """何时/哪天: a date as precise as asked; 什么时候开始担任 is dated by the taking of the office,
    哪年出生 by the birth, 什么时候建的 by the founding (`asked_events`)."""
    event = date_event(folded)
    return Asked("date", precise=date_precision(question), event=event, month=month_named(question),
                 typed_counts=counts_typed(folded))


def _read_place(kind: str, question: str, folded: str, focus_of: Callable[[str], str | None] | None) -> Asked:
    """哪里/哪所/哪家: a place of origin (哪里人), a name of the form asked (哪所学校 → …小学, 哪个村 →
    东瑶村), else any place or organisation."""
    if kind == "place" and ORIGIN_Q.search(question):
        return Asked(kind, origin=True)
    kinned = KIN_PLACE_Q.search(folded) if kind == "place" else None
    kin = kinned.group(1) if kinned else ""
    event = place_event(folded)  # an organisation too: 从哪个单位派来的 (`asked_events.SENT`)
    if event:  # 台风卢碧在哪里登陆: any place, in a sentence that says it made landfall (not a form)
        return Asked(kind, kin=kin, event=event)
    # 归哪个部门登记管理: a department's name, said with the registering (`asked_events.body_doing`).
    doing = body_doing(folded) if kind == "organisation" else ""
    if (named := named_form(focus_of(question) if focus_of is not None else None, folded)) is not None:
        return Asked(kind, named=named, kin=kin, event=doing)
    if kind == "place" and (office := office_holder(folded)) is not None:
        return Asked("person", role=office)  # 哪个社区党委书记出面协调的: who, by the office
    if kind == "place" and (form := place_form(folded)) is not None:
        return Asked(kind, named=form, kin=kin)
    workplace = kind == "place" and bool(WORKPLACE_Q.search(folded))
    return Asked(kind, naming=bool(NAMING_Q.search(question)), kin=kin, workplace=workplace, event=doing)
