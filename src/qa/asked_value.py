"""The one value a question's asking is read into (`qa.asked.read_question`): the kind of answer and
every requirement or preference a candidate sentence is checked against (`answer_shape.fits`,
`quotes.answer_cue`, `spans`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .number_near import Matcher

__all__ = ["Asked"]


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
    office: bool = False  # 担任啥职务: answered by an office's title (副主任), not by any word of what one is
    holder: str = ""  # 李文博担任啥职务, 纪玉芝是做什么的 → the one named: the office or work is said in a clause naming them
    counted: str | None = None  # 多少名队员 → 队员: the number's clause must name it (jieba's tags, `question.read`)
    part: tuple[str, ...] = ()  # 微心愿里，孤寡老人许的有多少 → 孤寡老人: the number's clause names the part (`counted_nouns`)
    filed: bool = False  # 那篇报道是哪天发的: asks when a piece was filed, so its dateline answers
    place: str = ""  # 西便门内社区有多少居民 → 内社区: the local place a count or a date is asked of
    whole: bool = False  # 进出口总额, 全省: a total asked, not one local place's figure (`partners`)
    partner: str = ""  # 辽宁跟韩国做了多少买卖 → 韩国: the figure is the one said of it (`partners`)
    event: str = ""  # 什么时候开始担任主任, 哪年出生, 在哪里登陆: what the answering sentence must say (`asked_events`)
    vague: re.Pattern[str] | None = None  # 几十项 for 多少项: all the documents say, so it answers (not a cue)
    via: str = ""  # 给谁打了视频电话 → 给: the answer is whom the sentence's 给 names (给女儿拨打)
    kin: str = ""  # 董明媛的女儿在哪座城市工作 → 女儿: the place is said in a clause naming the kin
    wording: bool = False  # 锦旗上写的是什么字: answered by the words themselves, quoted or after 写着
    speaker: str = ""  # 刘小辉说了句什么话 → 刘小辉: his words, quoted (`question.read` finds the name)
    judged: bool = False  # 郑彩平咋评价这个活动: what the speaker thinks, so only their words answer
    member: re.Pattern[str] | None = None  # 什么形状 → 月牙形, 长啥样 → 体呈椭圆: a cue and a requirement
    either: tuple[str, ...] = ()  # 养的是山羊还是绵羊 → 山羊, 绵羊: the answer says one of them
    workplace: bool = False  # 退休前在哪上班: a workplace's name answers (某国营厂), or a place said with the work
    which: str = ""  # 哪个队的队长, 什么协会 → 队, 协会 (no kind): the name ending so is marked, never required
    thing: re.Pattern[str] | None = None  # 啥牌子 → a brand's word or name, 啥病 → an ailment's: required
    yes_no: str = ""  # 停课了没 → 停课: a yes-or-no question's answer speaks of it (`asked_yes_no`)
    opposed: tuple[str, ...] = ()  # 冷不冷清 → 热闹, 人气…: or says the other side (`opposite_words`)
    guessed: tuple[str, ...] = ()  # 冷不冷清 → 冷清: the side the question guesses, which 人气颇高 speaks of
    by_name: bool = False  # 哪位研究员发现的: which one of them, so a person's name (该所研究人员 names no one)
    among: str = ""  # 跟哪位医生搭档 → 医生: the trade the answer is one of; an article never saying it does not tell
    periods: tuple[str, ...] = ()  # 去年全年…多少单 → 全年: a figure for another part of the year does not answer
    quantities: tuple[str, ...] = ()  # 总投资是多少 → 投资: a figure of another quantity (出口) does not answer
    most: re.Pattern[str] | None = None  # 哪个协会人最多: how the sentence must say one is the most (最, 第一), or more
    slot: tuple[str, str] | None = None  # 孙权派谁前往 → 权派, 前往: a sentence saying them around a name answers (`asked_slot`)
    teller: bool = False  # 谁认为, 是谁说的: who says it is the answer (孙志荣记得 answers), not only who did it
    typed_counts: tuple[str, ...] = ()  # 那119条热线…是哪年 → 119条: a when-question's typed counts (`date_shape`)
    month: int = 0  # 6月几号 → 6: a day of that month answers (not the dateline's 8月5日); 0 when none named
    listed: bool = False  # 具体是哪几家: the members of a set, so a sentence listing them (`asked_list`)
    chosen: bool = False  # 为啥偏偏选在6月下旬开: why this time or place was chosen, so a sentence giving a cause (`answer_shape`)
    contents: bool = False  # 白领驿家里头都配了啥: what it holds, listed in the sentence after its name (`asked_list`)
    members: int = 0  # 那六家…具体是哪几家 → 6: how many the set holds, when the question says it (`asked_list`)
    former: bool = False  # 退休前是干啥的: the work done before, said with a mark of the past (`asked_people`)
    before_move: bool = False  # 搬来之前住哪儿: where before a move, so not the place moved to (`asked_places`)
    aged: str = ""  # 郑彩平今年多大岁数了 → 郑彩平: the age is said in a clause naming them (`asked_ages`)
    negated: bool = False  # 哪个县区没参加: the answer says something negated (`asked_except`)
    besides: tuple[str, ...] = ()  # 除了那7家还有几家 → 7家: the one excluded is no answer (`asked_except`)
    surname: bool = False  # 那个老人姓啥: a surname with a word of address answers (张大爷, `named_people`)
    located: str = ""  # 北湖收费站在武汉哪个区 → 北湖收费站: the answer names the place located (`asked_places`)
    per: str = ""  # 羊一斤能卖多少 → 斤: a price or amount per unit, said with the unit (`asked_amounts.per_unit`)

    @property
    def cued(self) -> bool:
        """Some sentences look more like the answer than others (`quotes.answer_cue`)."""
        return bool(self.kind or self.speaker or self.member)
