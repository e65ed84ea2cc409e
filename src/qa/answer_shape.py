"""Does a sentence hold an answer of the kind asked for, not merely a related word?

`quotes` ranks sentences by how much they look like an answer (a cue); the judge and the chooser
also need a yes or no: 几名委员 is answered by 7名委员, not by 2020年5月; 谁 by a person's name or
what they are (语言学家), not by the question's own words; 哪一年 by a year or a reign's year; 哪里
by a place's name. The shapes of those answers are here, one pattern per shape, read from folded
text (`text.fold`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .asked import Asked
from .asked_ages import age_said_of
from .asked_except import SAID_NEGATED, besides_words
from .asked_list import lists_the_set
from .asked_people import AT_WORK, SOMEONE, WHAT_ONE_IS
from .asked_places import LOCAL_PLACE, PLACE_ENDINGS, says_only_where_to
from .asked_slot import fills_slot
from .asked_things import PAID_A
from .asked_yes_no import speaks_of
from .date_shape import date_fits
from .kin_shape import PERSON_TAGS, kin_named, kin_said
from .named_people import ADDRESSED, common_word, gives_view, speakers
from .number_shape import AMOUNT, number_fits
from .offices import HOLDER, another_place, held_at
from .partners import counts_a_part, counts_a_place
from .place_shape import NO_PLACE_NAMED, names_a_place, said_where, within_a_place_name
from .question_words import OFFICE_RE
from .text import clauses, is_own, without_words

__all__ = ["DATELINE", "NAME_TAGS", "NOT_A_PERSON", "ORIGIN_ANSWER", "WHAT_ONE_IS", "fits"]

# jieba's tags that name a person, a place, an organisation.
NAME_TAGS = {"person": set(PERSON_TAGS), "place": {"ns", "nsf"}, "organisation": {"nt", "nz", "ns"}}
# 武汉人, 齐郡邹平(今山东省内)人, 潮州人称… — not 这样的人, 家人, 名人; or a birthplace, a home town
# (老家在, 埼玉县大宫市出身).
ORIGIN_ANSWER = re.compile(r"[\u4e00-\u9fff)）](?<![的个個样樣些名位众眾家])人(?:[,，。；;）)”」（(]|$)"
                           r"|(?:省|市|县|縣|州|乡|鄉|镇|鎮|村|国|國)人(?![民们們员員才士物口家性])|籍贯|籍貫|出生于|出生於|生于|生於"
                           r"|老家|家乡|家鄉|祖籍|(?:省|市|县|縣|州|国|國|町|村)出身")
ORG_NAME = re.compile(r"[\u4e00-\u9fff]{2,}(?:委员会|委員會|公司|集团|集團|协会|協會|中心|组织|組織|支部|党委|黨委|政府|办公室|辦公室"
                       r"|局|研究院|研究所|学院|學院|大学|大學|小学|小學|中学|中學|医院|醫院|出版社|银行|銀行|队|隊|社(?![区區会會])"
                       r"|党(?![员員委组組支])|黨(?![员員委组組支])|基金会|基金會|海关|海關|联盟|聯盟|联合会|聯合會|工会|工會"
                       r"|法院|检察院|檢察院|交易所|博物馆|博物館|图书馆|圖書館|乐团|樂團|剧团|劇團|俱乐部|俱樂部|部队|部隊)")
# A quoted name holds no clause (“怎么头发那么白了都不染?” is speech) and does not end as speech does.
_QUOTED_NAME = re.compile(r"[“「『《\"]([^”」』》\"，,。？?！!；;：:]{2,16}(?<![了吗嗎呢吧啊呀]))[”」』》\"]")
# The words written on a thing, as a sentence gives them: quoted (送上写有“心系群众”的锦旗) or after
# the writing verb (横幅上写着:欢迎回家).
_WRITTEN = re.compile(r"[“「『\"]([^”」』\"]{2,})[”」』\"]|(?:写着|寫著|写有|寫有|写道|寫道|上书|上書|题写|題寫|刻有|刻着|刻著"
                      r"|印有|印着|印著)[:：]?[“「『\"]?([^\s，,。；;“”「」『』\"的]{2,})")
_SENTENCE_END = re.compile(r"[。！？!?]")
_BECAME = r"(?:成为|成為|当选|當選|出任|就任|接任|升任|继任|繼任)"
# A thing's other name, said as such: 又称投影几何, 简称潍城, 俗称“小巷总理”.
_ALSO_CALLED = re.compile(r"(?:又称|又名|又叫|亦称|亦名|也称|也叫|别称|别名|简称|俗称|旧称|原名|原称|通称|统称)[为作]?[:：“「\"]?"
                          r"([\u4e00-\u9fffA-Za-z]{2,})")
# A thing's name, said with the verb that gives it: 命名为hardiman, 名称是自由区, 取名小玮.
_NAMED_AS = re.compile(r"(?:命名为|命名為|名为|名為|名叫|叫做|取名为?|取名為|定名为|定名為|名称是|名稱是|名称为|名稱為"
                       r"|名字是|名字叫|改名为|改名為|更名为|更名為)[:：]?[“「『《\"]?"
                       r"([\u4e00-\u9fffa-z0-9][^，,。；;：:）)」』》”\"]{1,20})")
# Kin are named by a person's name, never by a quoted one (袁宝柱的老伴儿叫什么名字 → not “红马甲”).
KIN = re.compile(r"(?:老伴|女儿|女兒|儿子|兒子|妻子|丈夫|爱人|愛人|父亲|父親|母亲|母親|爸爸|妈妈|媽媽|孩子"
                  r"|哥哥|姐姐|弟弟|妹妹|爷爷|爺爺|奶奶|孙子|孫子|孙女|孫女|老公|老婆|太太|先生)儿?$")
# A news dateline (据新华社广州8月5日电, 本报济南6月29日电) dates the report, not what it reports:
# 依兰陨石坑是什么时候发现的 is not answered by 8月5日, nor 那个陨石坑叫啥 by its reporters (记者陆浩
# 胡拿云). (When a piece was filed, and by whom, is asked of its lines: `bylines`.)
DATELINE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:\d{4}年)?\d{1,2}月\d{1,2}日[电電](?:\s*[（(]记者[^）)]{1,30}[）)])?")


# 谁 is answered by a person, and also by a body of people (党, 居委会: nt) or a named group (nz).
_FIT_TAGS = {"person": {"nr", "nrfg", "nrt", "nt", "nz"}, "organisation": {"nt", "nz"}}
# A word jieba tags a person's name that is a place by its ending (青秀區, 西乡塘区), or a title by
# the unit it heads (楼栋长, 单元长, 网格长): no one's name.
NOT_A_PERSON = re.compile(r"(?:区|區|市|县|縣|省|州|镇|鎮|乡|鄉|街道|社区|社區|小区|小區"
                          r"|(?:楼栋|樓棟|楼|樓|单元|單元|网格|網格|小组|小組|组|組|队|隊|班|户|戶)[长長]"
                          # A building or a thing (红砖墙, which jieba tags a person's name): no one either.
                          r"|墙|牆|砖|磚|瓦|楼|樓|院|路|街|桥|橋|厂|廠|站|馆|館|房|屋|车|車|船|窗|库|庫|场|場|室|店|铺|鋪|厅|廳)$")
# Who someone is, by what they are: 语言学家, 传教士, 研究人员, 国王, 老校长 (folded text).
_ROLE_NOUN = re.compile(r"[\u4e00-\u9fff]{1,4}(?:学家|作家|画家|专家|者|人员|员|师|士|官|主席|总统|国王|皇帝|将军|教授|博士"
                        r"|[校院部局市县省村社会处科厅队班船团州区镇乡]长|经理|总裁)")
# Two to four words in Latin script (folded to lower case): Max Nikias, Janne Viljami Wirman.
_LATIN_NAME = re.compile(r"(?<![a-z])[a-z]{2,}(?:[ ·.-]+[a-z]{2,}){1,3}(?![a-z])", re.IGNORECASE)
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}(?:·[\u4e00-\u9fff]{1,4})+")  # folded: one dot for all
_NOT_ROLE = ("或者", "再者", "器官", "动员", "巴士")  # the same endings, no person


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


def _named_own(name: str, own: Sequence[str], *, whole: bool = False) -> bool:
    """A name of the form asked that is one of the question's own words, or an own word that is a
    place already with the form's ending after it (辽宁西柳服装城市 for 西柳服装城在辽宁哪个市: the 城市 of
    服装城市采购, no city). 依兰县 for 依兰陨石坑在哪个县 is a county of its own. With `whole` (a thing's
    name asked, 叫什么), a name made of the question's words alone (颐园社区食堂 for 颐园社区…的食堂叫啥)
    names only what it asks about."""
    return (whole and not without_words(name, [word for word in own if len(word) >= 2]).strip("，的")) or any(
        name == word or (word in name and ENDS_A_PLACE.search(word) is not None
                         and _A_PLACE_ENDING.fullmatch(name.rsplit(word, 1)[1]) is not None)
        for word in own if len(word) >= 2)


def _inside_own(word: str, own: Sequence[str]) -> bool:
    """The word is one of the question's own words, or part of one."""
    return any(word in o for o in own)


def _figure_of_the_asked(asked: Asked, sentence: str, own: Sequence[str]) -> bool:
    """In a sentence of several clauses set apart by semicolons, each about its own subject, a figure
    answers in a clause that names at least half of the question's words the sentence names: not
    西柳服装城's 380.5万美元 for 沈阳、大连二手车出口了多少钱 (the clause before names them)."""
    parts = [part for part in re.split(r"[；;](?![^（(]*[）)])", sentence) if part.strip()]  # not inside brackets
    present = [word for word in own if len(word) >= 2 and word in sentence]
    if len(parts) < 2 or not present:
        return True
    return any(2 * sum(word in part for word in present) >= len(present) and number_fits(asked, part, own)
               for part in parts)


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
    if asked.judged and not gives_view(asked.speaker, sentence):
        return False  # 郑彩平咋评价这个活动: a sentence naming her, none of her words nor her view
    if asked.either and not any(word in sentence for word in asked.either):
        return False  # 金大爷养的是山羊还是绵羊: 自家养的羊 says neither
    if asked.thing is not None and not asked.thing.search(_naming_kin(sentence, asked.kin) if asked.kin else sentence):
        return False  # 她开的是啥牌子的车: 开车接送医护人员 names no make (`asked_things`); 老伴儿得的啥病: hers
    if asked.thing is PAID_A:
        return True  # 谁出的钱 → 六家产权单位集资建成: whoever is said paying, a body as much as a person
    if asked.most is not None and not asked.most.search(sentence):
        return False  # 哪个协会人最多: a sentence naming the 45 associations says none is the most
    if asked.member is not None and not asked.member.search(sentence):
        return False  # 那个陨石坑是什么形状: 形状罕见 says none (月牙形 does)
    if asked.listed and not lists_the_set(sentence, asked.members):
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
            return any(_says_what_one_is(clause, own) for clause in clauses(sentence) if asked.role in clause)
        return _says_what_one_is(sentence, own)
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
                and _figure_of_the_asked(asked, sentence, own))
    if asked.kind == "date":
        return date_fits(asked, sentence)
    if asked.named is not None:  # 哪所学校 is answered by a school's name, not the question's own
        return any(not _named_own(match.group(0), own, whole=asked.naming) for match in asked.named.finditer(sentence))
    if asked.origin:
        return bool(ORIGIN_ANSWER.search(sentence))  # 张浩然是哪里人: 安徽省宿州市 alone does not say
    if asked.workplace:
        return _workplace_fits(asked, sentence, tag, own, before)
    return _name_fits(asked, sentence, tag, own, before)


# A workplace by its name's ending: a body (ORG_NAME), a works, a firm (某国营厂, 涟钢振兴公司).
_WORKPLACE_NAME = re.compile(r"[\u4e00-\u9fff]{2,}(?:厂|廠|公司|企业|企業|矿|礦|工地|商场|商場|超市|饭店|飯店|酒店|机关|機關|学校|學校)")
# Someone's post right after the workplace: …分公司的一名门卫值守人员, …厂职工.
_EMPLOYED = re.compile(r"(?:的(?:一名|一位|一个)?[\u4e00-\u9fff]{0,6}?)?(?:" + WHAT_ONE_IS + r"|职工|员工|人员)")
# The answer says the work as the question does (`AT_WORK`), or the post taken (担任, 任教), in either script.
_AT_WORK = re.compile(AT_WORK + r"|担任|擔任|出任|任教|執教|执教|任職|就職|供職|就讀|讀書|上學|教書")


def _workplace_fits(asked: Asked, sentence: str, tag: Callable[[str], list[tuple[str, str]]],
                    own: Sequence[str], before: str) -> bool:
    """退休前在哪上班: a clause that says the work (在某国营厂工作, 在上饶市工作) or names someone's post
    at a workplace (涟钢振兴公司园林矿业分公司的一名门卫值守人员), not one that only names a body
    (向单位党员发布了…的机关党委) or the community he now volunteers in."""
    for clause in clauses(sentence):
        rest = without_words(clause, own)
        at_work = bool(_AT_WORK.search(clause))
        for name in (*_WORKPLACE_NAME.finditer(rest), *ORG_NAME.finditer(rest)):
            if at_work or _EMPLOYED.match(rest, name.end()):
                return True
        if at_work and _name_fits(asked, clause, tag, own, before):
            return True
    return False


def _says_what_one_is(sentence: str, own: Sequence[str]) -> bool:
    """她父母是做什么的 is answered by what they are (教师, 电工, 从事文学翻译), not by any sentence on them."""
    return bool(re.search(WHAT_ONE_IS, without_words(sentence, own)) or re.search(r"从事[^，。,；;]{2}", sentence))


def _name_fits(asked: Asked, sentence: str, tag: Callable[[str], list[tuple[str, str]]],
               own: Sequence[str], before: str) -> bool:
    """A person, place or organisation asked for: a name of that kind that is not the question's own."""
    kind = asked.kind
    if asked.role and kin_said(asked.role, sentence, own):
        return True
    if asked.role:
        if not any(not another_place(asked.owner, before + sentence[: m.start()], tag)
                   for m in held_at(asked.role, sentence)):
            # 泗县县委书记是谁: a sentence naming the 宣传部部长 does not answer, nor 阔口社区的党委书记是谁
            # one naming 深田社区党委书记.
            return False
        # News style names the holder right after the title: 党委书记庄莹莹说 (a name jieba may not tag).
        if any(True for _ in held_at(asked.role, sentence, HOLDER)):
            return True
        # Or as the one who became it: 兰希佩洛西，成为第一名女性的美国众议院议长 (a name jieba tags a place).
        became = re.search(r"([\u4e00-\u9fff·]{2,8})[，,]?" + _BECAME + r"[^。；;，,]{0,12}?" + re.escape(asked.role), sentence)
        if became and not is_own(became.group(1), own):
            return True
    # A kin or a person's title (负责人, 党委书记) is held by a person: named by a person's name, not by
    # a quoted one (“一带一路”) nor an organisation's (its tag nt/nz), as a 志愿队 may be.
    kin = asked.role is not None and bool(KIN.search(asked.role))
    held = kin or (asked.role is not None and bool(re.search(f"(?:{WHAT_ONE_IS}|人)$", asked.role)))
    # A name holds the kind of thing named (伊莱恩邮局 for 新邮局叫什么名字): only a name that is the
    # question's own word, or part of one, is no answer.
    if asked.naming and not held and any(not _inside_own(name, own) for name in _QUOTED_NAME.findall(sentence)):
        return True
    if asked.naming and not held and any(not _inside_own(name, own) for name in _NAMED_AS.findall(sentence)):
        return True  # 当时命名为hardiman, 名称是自由区: the name given, quoted or not
    if asked.naming and not held and (also := _ALSO_CALLED.search(sentence)) and not any(
            also.group(1) in word for word in own):  # 投影几何 is another name though it holds 几何
        return True  # 画法几何又叫什么 → 又称投影几何: the other name, quoted or not
    if held:
        sentence = _QUOTED_NAME.sub("，", sentence)
    if held and asked.role and not kin:
        # 小玮班主任叫啥: a quote of two sentences, the first naming 李文博, the second 小玮的班主任,
        # names no 班主任; the holder is named in a sentence that names the office.
        sentence = "。".join(part for part in _SENTENCE_END.split(sentence) if asked.role in part)
        if OFFICE_RE.fullmatch(asked.role):
            # 泗县的书记是谁: the holder is named in the clause that names the office, not anywhere in a
            # long sentence (宣传部部长戴安君介绍,…,要召开选派第一书记…例会).
            parts = clauses(sentence)
            # …新任党主席,前环境部长马尔廷·布尔西克: a clause ending in the office, its holder next.
            sentence = "，".join(part for i, part in enumerate(parts) if asked.role in part
                                or (i and parts[i - 1].endswith(asked.role)))
        # 联系小玮的班主任: whose office it is (小玮), not who holds it.
        sentence = re.sub(r"[\u4e00-\u9fff]{1,4}的(?=" + re.escape(asked.role) + ")", "，", sentence)
    if asked.via and re.search(f"(?:{_VIA_SAID.get(asked.via, asked.via)})(?:{SOMEONE.pattern})", without_words(sentence, own)):
        return True  # 凳子是给谁准备的 → 供老人歇脚: a kind of person the thing is for
    if asked.slot is not None and fills_slot(asked.slot, sentence, own):
        return True  # 孙权派吕岱前往 for 孙权派谁前往: a name where the question's 谁 stands
    # A place by its name's ending, whatever jieba tags it (贾府, 金山社区, 上饶市); the question's own
    # words are not its answer (林原村位于哪里 → not 林原村).
    if kind == "place" and names_a_place(sentence, own):
        return True
    if kind == "organisation" and ORG_NAME.search(without_words(sentence, own)):
        return True  # 物业管理委员会, 青教志愿队: a body by its name's ending
    by_title = not asked.naming and not asked.by_name and not (asked.role and OFFICE_RE.search(asked.role))
    if kind == "person" and by_title and any(
            not word.endswith(_NOT_ROLE) and not is_own(word, own) for word in _ROLE_NOUN.findall(sentence)):
        # 被谁重构 → 现代语言学家: a person named by what they are (叫什么名字 wants a name; 书记是谁
        # wants who holds the office, not another office, 党支部委员).
        return True
    if kind == "person" and any(not is_own(name, own) for name in _LATIN_NAME.findall(sentence)):
        return True  # 现任校长为C.L. Max Nikias: a name in Latin script, which jieba never tags
    if kind == "person" and any(not is_own(name, own) for name in _DOTTED_NAME.findall(sentence)):
        return True  # 曼莫汉·辛格: a foreign name written with its dot, which jieba splits
    if kind == "person" and asked.surname and any(not is_own(name, own) for name in ADDRESSED.findall(sentence)):
        return True  # 那个独居老人姓啥 → 张大爷: a surname and a word of address, which jieba cuts apart
    if kin:
        return kin_named(asked.role, sentence, tag, own)
    if kind in NAME_TAGS:
        wanted = NAME_TAGS["person"] if held or asked.by_name else _FIT_TAGS.get(kind, NAME_TAGS[kind])
        # jieba tags 老伴儿 a person's name: a kin word names no one; nor does 青秀区, which it tags so.
        tagged = tag(sentence)
        if kind == "place" and said_where(tagged, own):
            return True
        within = within_a_place_name(tagged) if kind == "person" else set()
        if kind == "person" and by_title and not asked.role and not asked.speaker and not asked.teller:
            within |= speakers(tagged, own)  # 孙志荣记得,有人曾在3层和5层放置凳子: who recalls it, not who did it
        return any(flag in wanted and len(word) >= 2 and not is_own(word, own) and not KIN.fullmatch(word)
                   and not (kind == "person" and (NOT_A_PERSON.search(word) or i in within
                                                  or common_word(word, tagged[i - 1][0] if i else "")))
                   and not (kind == "place" and word in NO_PLACE_NAMED) for i, (word, flag) in enumerate(tagged))
    return True


# How a sentence says whom a thing is for, by the question's preposition (给谁准备的 → 供老人歇脚).
_VIA_SAID = {"给": "给|給|供|为|為|替", "替": "替|为|為|给|給"}
