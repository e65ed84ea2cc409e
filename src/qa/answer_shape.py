"""Does a sentence hold an answer of the kind asked for, not merely a related word?

`quotes` ranks sentences by how much they look like an answer (a cue); the judge and the chooser
also need a yes or no: 几名委员 is answered by 7名委员, not by 2020年5月; 谁 by a person's name or
what they are (语言学家), not by the question's own words; 哪一年 by a year or a reign's year; 哪里
by a place's name. `fits` asks each in turn, read from folded text (`text.fold`): the requirements
any question may carry are here, the shapes of each kind's answer in their own modules (`number_shape`,
`date_shape`, `name_shape`, `place_shape`, `kin_shape`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .asked import Asked
from .asked_ages import age_said_of
from .asked_amounts import per_unit_said
from .asked_except import SAID_NEGATED, besides_words
from .asked_list import lists_the_set
from .asked_people import FORMER_SAID, WHAT_ONE_IS
from .asked_places import LOCAL_PLACE, PLACE_ENDINGS, says_only_where_to
from .asked_things import ADDRESS_A, LED_A, PAID_A, PLATFORM_A
from .asked_yes_no import speaks_of
from .date_shape import date_fits
from .name_shape import name_fits, says_office_held, says_what_one_is, workplace_fits
from .named_people import gives_view, not_their_words
from .number_shape import AMOUNT, number_fits
from .partners import counts_a_part, counts_a_place
from .reason_words import CAUSE_WORDS
from .text import clauses, is_own, without_words

__all__ = ["DATELINE", "ENDS_A_PLACE", "ORIGIN_ANSWER", "WHAT_ONE_IS", "fits"]

# 武汉人, 齐郡邹平(今山东省内)人, 潮州人称… — not 这样的人, 家人, 名人; or a birthplace, a home town
# (老家在, 埼玉县大宫市出身).
# Not a word for a kind of person ending in 人 (独居老人, 病人, 工人, 家人, 负责人): no birthplace.
ORIGIN_ANSWER = re.compile(r"[\u4e00-\u9fff)）](?<![的个個样樣些名位众眾家老病工本别別他她女男主客恋戀夫友亲親爱愛证證路行世诗詩艺藝商军軍成犯情熟生责責始起系係绍紹事表轻輕穷窮富盲残殘巨伟偉凡私法])人(?:[,，。；;）)”」（(]|$)"
                           r"|(?:省|市|县|縣|州|乡|鄉|镇|鎮|村|国|國)人(?![民们們员員才士物口家性])|籍贯|籍貫|出生于|出生於|生于|生於"
                           r"|老家|家乡|家鄉|祖籍|(?:省|市|县|縣|州|国|國|町|村)出身")
# The words written on a thing, as a sentence gives them: quoted (送上写有“心系群众”的锦旗) or after
# the writing verb (横幅上写着:欢迎回家).
_WRITTEN = re.compile(r"[“「『\"]([^”」』\"]{2,})[”」』\"]|(?:写着|寫著|写有|寫有|写道|寫道|上书|上書|题写|題寫|刻有|刻着|刻著"
                      r"|印有|印着|印著)[:：]?[“「『\"]?([^\s，,。；;“”「」『』\"的]{2,})")
# A news dateline (据新华社广州8月5日电, 本报济南6月29日电) dates the report, not what it reports:
# 依兰陨石坑是什么时候发现的 is not answered by 8月5日, nor 那个陨石坑叫啥 by its reporters (记者陆浩
# 胡拿云). (When a piece was filed, and by whom, is asked of its lines: `bylines`.)
DATELINE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:\d{4}年)?\d{1,2}月\d{1,2}日[电電](?:\s*[（(]记者[^）)]{1,30}[）)])?")


# A place ending so holds cities (中国, 湖北省, 加州): its sentence naming a 市 is about one of them.
_HOLDS_CITIES = frozenset("国國省州洲")


def _naming_kin(sentence: str, kin: str) -> str:
    """The clauses of the sentence that name the kin asked of (女儿, 老伴), joined; "" when none does."""
    return "，".join(clause for clause in clauses(sentence) if kin in clause)


def _only_others(place: str, sentence: str, tag: Callable[[str], list[tuple[str, str]]]) -> bool:
    """The sentence names local places of the asked one's kind (社区, 村 …), or other cities, never
    the asked one (北京12345热线啥时候开通的: 1988年,成都市开通12345热线 dates 成都's)."""
    if LOCAL_PLACE.fullmatch(place) is None:
        if place in sentence or place[-1] in _HOLDS_CITIES:
            return False  # 美国, 湖北省: a country or province holds the cities a sentence names
        return any(f == "ns" and len(w) >= 3 and w[-1] == "市" and w[:2] != place[:2] for w, f in tag(sentence))
    named = {m.group(0) for m in LOCAL_PLACE.finditer(sentence)}
    return place not in named and any(n[1:] == place[1:] for n in named)  # n[1:]: the ending


ENDS_A_PLACE = re.compile(PLACE_ENDINGS + "$")
_A_PLACE_ENDING = re.compile(PLACE_ENDINGS)


# Words for a kind of village, not a village's name: 自然村苏家塘 names 苏家塘, 前往周边乡村 none
# (好客王家自然村 is named, its 好客王家 before the kind).
_KINDS_OF_VILLAGE = frozenset({"自然村", "行政村", "农村", "農村", "乡村", "鄉村", "山村", "渔村", "漁村",
                               "贫困村", "貧困村", "薄弱村", "扶持村", "示范村", "示範村", "重点村", "重點村"})


# A clause speaking of someone named in the sentence before (她是…教师, 其父…), and one ending on the
# named one's saying (纪玉芝说): what follows it is their words.
_THIRD_PERSON = re.compile(r"他|她|其")
_SAYS = re.compile(r"(?:说|說|表示|介绍|介紹|认为|認為|指出|坦言)$")


def _of_the_holder(holder: str, sentence: str) -> str:
    """What `sentence` says of `holder` (纪玉芝是做什么工作的): the clauses from the one naming them on
    (曾心梅（），本名曾小萍，台湾台语女歌手), or speaking of 她/他; not her words' 党员干部
    (“通过社区党员干部…沟通”纪玉芝说) nor what another is in a sentence not naming her."""
    kept, named = [], False
    for clause in clauses(sentence):
        named = named or holder in clause
        if named or _THIRD_PERSON.search(clause):
            kept.append(clause)
        if named and _SAYS.search(clause):
            break  # 纪玉芝说, 他介绍: what follows is their words, of others
    return "，".join(kept)


# A body joined, founded or brought in by another (颐园社区党委联合物业公司, 城关街道成立物业公司党建联盟):
# the word after the deed is the body's kind as the question says it, no name of it.
_JOINED = re.compile(r"(?:联合|聯合|联手|聯手|携手|攜手|会同|會同|协同|協同|成立|组建|組建|创办|創辦|引入|引进|引進"
                     r"|聘请|聘請|选聘|選聘)$")


def _named_own(name: str, own: Sequence[str], *, whole: bool = False) -> bool:
    """A name of the form asked that is one of the question's own words, or an own word that is a
    place already with the form's ending after it (辽宁西柳服装城市 for 西柳服装城在辽宁哪个市: the 城市 of
    服装城市采购, no city). 依兰县 for 依兰陨石坑在哪个县 is a county of its own. With `whole` (a thing's
    name asked, 叫什么), a name made of the question's words alone (颐园社区食堂 for 颐园社区…的食堂叫啥)
    names only what it asks about. Nor is a body's kind after a deed (联合物业公司: `_JOINED`) a name."""
    return (whole and not without_words(name, [word for word in own if len(word) >= 2]).strip("，的")) or any(
        name == word
        or (name.endswith(word) and _JOINED.search(name[: -len(word)]) is not None)
        or (word in name and ENDS_A_PLACE.search(word) is not None
            and _A_PLACE_ENDING.fullmatch(name.rsplit(word, 1)[1]) is not None)
        for word in own if len(word) >= 2)


_SEMICOLON = re.compile(r"[；;](?![^（(]*[）)])")  # not inside brackets


def _figure_of_the_asked(asked: Asked, sentence: str, own: Sequence[str]) -> bool:
    """In a sentence of several clauses set apart by semicolons, each about its own subject, a figure
    answers in a clause that names at least half of the question's words the sentence names: not
    西柳服装城's 380.5万美元 for 沈阳、大连二手车出口了多少钱 (the clause before names them)."""
    parts = [part for part in _SEMICOLON.split(sentence) if part.strip()]
    present = [word for word in own if len(word) >= 2 and word in sentence]
    if len(parts) < 2 or not present:
        return True
    return any(2 * sum(word in part for word in present) >= len(present) and number_fits(asked, part, own)
               for part in parts)


# What gives the cause of a choice: a cause's wording (not 于是 opening the sentence: what followed), a
# purpose, or what the place or time offers.
_CHOICE_CAUSE = re.compile(CAUSE_WORDS + r"|以便|便于|方便|考虑|鉴于|得益于|凭借|依托|靠近|毗邻|优势|适合|条件")


def fits(asked: Asked, sentence: str, tag: Callable[[str], list[tuple[str, str]]],
         own: Sequence[str] = (), before: str = "") -> bool:
    """Does the (folded) sentence hold an answer of the kind asked for, not merely a related word?

    Stricter than the quote cue, which only ranks sentences: a count asked with its measure word
    (几名委员) needs that measure word after a number, not any number (2020年5月); 多少/多大 needs a
    number that is not part of a date; 哪一年 a year; 谁/哪里 a person's or place's name that is
    not one of the question's own words (`own`); A还是B one of the two. True for questions that ask
    for no kind of fact.
    `before` is the paragraph's text before the sentence, where a title's place may be named.
    """
    if asked.chosen and not _CHOICE_CAUSE.search(sentence):
        return False  # 为啥偏偏开在百乐门大都会22层: …22层,有一个…“白领驿家” says where, not why there
    if asked.former and not FORMER_SAID.search(sentence):
        return False  # 他来网周村之前是干啥的, 以前担任过啥职务: what one does now says nothing of before
    if asked.office:  # 李文博是啥职务: the office said of him (the office is the cue only)
        return says_office_held(asked, sentence, own)
    if asked.judged and not gives_view(asked.speaker, sentence):
        return False  # 郑彩平咋评价这个活动: a sentence naming her, none of her words nor her view
    if asked.speaker and not_their_words(asked.speaker, sentence, tag(sentence)):
        return False  # 金大爷…说了啥: “金大爷,你的羊卖了…” is said to him, not by him
    if asked.either and not any(word in sentence for word in asked.either):
        return False  # 金大爷养的是山羊还是绵羊: 自家养的羊 says neither
    if asked.thing is not None and not asked.thing.search(_naming_kin(sentence, asked.kin) if asked.kin else sentence):
        return False  # 她开的是啥牌子的车: 开车接送医护人员 names no make (`asked_things`); 老伴儿得的啥病: hers
    if asked.thing in (PAID_A, PLATFORM_A, LED_A, ADDRESS_A):
        # 谁出的钱 → 六家产权单位集资建成: whoever is said paying, a body as much as a person (谁牵头搞的
        # → 社区党委联合物业公司: leading); 在哪个平台卖的 → 抖音: a platform, no place's name; 门牌号是多少
        # → 广安门北街20号院: a house number, which a count would leave out
        return True
    if asked.most is not None and not asked.most.search(sentence):
        return False  # 哪个协会人最多: a sentence naming the 45 associations says none is the most
    if asked.member is not None and not asked.member.search(sentence):
        return False  # 那个陨石坑是什么形状: 形状罕见 says none (月牙形 does)
    if asked.listed and not lists_the_set(sentence, asked.members, [word for word in own if word not in asked.besides]):
        return False  # 36家外贸转型升级基地具体是哪些企业: 36家…基地前5个月共实现… lists none of them
    if asked.before_move and says_only_where_to(sentence):
        return False  # 她搬来之前住哪儿: 纪玉芝搬到…20号院 says where she moved to
    if asked.negated and not SAID_NEGATED.search(sentence):
        return False  # 娄底哪个县区没参加: a sentence on the campaign names none that stayed away
    if asked.besides:  # 除了那7家还有几家: the 7家 is not the answer, nor is 华雨辰 for 除了华雨辰还有谁
        sentence = without_words(sentence, besides_words(asked.besides, sentence, tag))
    if asked.yes_no and not speaks_of(asked.yes_no, asked.opposed, sentence):
        return False  # 那天厦门中小学停课了没: a sentence on the rain says nothing of 停课 (`asked_yes_no`)
    if asked.occupation:
        if asked.role:  # 华雨辰的爸妈是做什么的: what one is, in the clause that names 爸妈, not 华雨辰
            return any(says_what_one_is(clause, own) for clause in clauses(sentence) if asked.role in clause)
        return says_what_one_is(_of_the_holder(asked.holder, sentence) if asked.holder else sentence, own)
    if asked.wording and not any(not is_own(words, own) for match in _WRITTEN.finditer(sentence)
                                 for words in match.groups() if words):
        return False  # 钟呼毅送的锦旗上写的是什么字: 钟呼毅送上锦旗 does not say the words
    # A dateline dates and signs the report; what a question asks about is not in it (unless it asks
    # the filing or the reporters).
    undated = sentence if asked.filed or any("记者" in word for word in own) else DATELINE.sub("，", sentence)
    if asked.event and not re.search(asked.event, undated):
        # 台风卢碧在哪里登陆: a sentence naming places, none of them a landfall; 郑鹏是从什么时候开始
        # 担任主任的: not the 2020年10月1日 of what he went on to say, but the date he took the office
        # (建炎二年七月，宗泽病逝，杜充接任东京留守), or was born.
        return False
    sentence = undated
    if asked.kin:  # 董明媛的女儿在哪座城市工作: not the 上饶市 of a clause that never names her
        sentence = _naming_kin(sentence, asked.kin)
        if not sentence:
            return False
    if asked.place and _only_others(asked.place, sentence, tag):
        return False  # 长山花园社区有多少居民: 常住人口近2万人的阔口社区 counts another
    if asked.kind == "number":
        return _count_fits(asked, sentence, tag, own)
    if asked.kind == "date":
        return date_fits(asked, sentence)
    if asked.named is not None:  # 哪所学校 is answered by a school's name, not the question's own
        # 李文博是哪个单位的: a sentence naming her (or 她), not 张银祥's company; her body may come first
        # (在…水南画眉站,工作人员郑彩平还记得).
        said = sentence if not asked.holder or asked.holder in sentence or _THIRD_PERSON.search(sentence) else ""
        return any(not _named_own(match.group(0), own, whole=asked.naming) and match.group(0) not in _KINDS_OF_VILLAGE
                   for match in asked.named.finditer(said))
    if asked.origin:
        return bool(ORIGIN_ANSWER.search(sentence))  # 张浩然是哪里人: 安徽省宿州市 alone does not say
    if asked.workplace:
        return workplace_fits(asked, sentence, tag, own, before)
    return name_fits(asked, sentence, tag, own, before)


def _count_fits(asked: Asked, sentence: str, tag: Callable[[str], list[tuple[str, str]]], own: Sequence[str]) -> bool:
    """A number of the kind asked, said of what the question asks about: not a part's, a place's, another
    partner's or another figure's (`number_shape`, `partners`)."""
    # 对欧盟进出口665.3亿元 is the EU's share: no total, nor another partner's figure.
    amount = asked.measured or AMOUNT
    # 跟韩国做了多少买卖: the figure said of 韩国, not 沈阳片区's trade the report opens with.
    return (number_fits(asked, sentence, own) and not counts_a_part(amount, sentence, tag, own)
            and not (asked.whole and counts_a_place(amount, sentence, own))
            and (not asked.partner or asked.partner in sentence)
            # 微心愿里，孤寡老人许的有多少: 16.8万余个 counts them all; the part named with its figure
            and (not asked.part or any(any(word in clause for word in asked.part) and AMOUNT.search(clause)
                                       for clause in clauses(sentence)))
            and (not asked.aged or age_said_of(asked.aged, sentence, tag))
            and (not asked.per or per_unit_said(asked.per, sentence))
            and _figure_of_the_asked(asked, sentence, own))
