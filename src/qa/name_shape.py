"""A name of the kind asked: a person, a place, an organisation, a workplace, what someone is.

谁 is answered by a person's name or what they are (语言学家), not by the question's own words; 哪里 by
a place's name; 县委书记是谁 by the holder named with the office; 叫什么名字 by a name given, quoted or
said with the naming verb; 在哪上班 by a workplace someone works at. `answer_shape.fits` asks these of
person, place and organisation questions once the kind-free requirements are met (folded text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .asked import Asked
from .asked_people import AT_WORK, SOMEONE, TITLE_SAID, WHAT_ONE_IS
from .asked_slot import fills_slot
from .kin_shape import PERSON_TAGS, kin_named, kin_said
from .named_people import ADDRESSED, common_word, speakers
from .offices import HOLDER, another_place, held_at
from .place_shape import NO_PLACE_NAMED, names_a_place, said_where, within_a_place_name
from .question_words import OFFICE_RE
from .text import clauses, is_own, without_words

__all__ = ["KIN", "NAME_TAGS", "NOT_A_PERSON", "ORG_NAME", "name_fits", "says_what_one_is", "workplace_fits"]

# jieba's tags that name a person, a place, an organisation.
NAME_TAGS = {"person": set(PERSON_TAGS), "place": {"ns", "nsf"}, "organisation": {"nt", "nz", "ns"}}
# A body by its name's ending (物业管理委员会, 青教志愿队, 广州地球化学研究所).
ORG_NAME = re.compile(r"[\u4e00-\u9fff]{2,}(?:委员会|委員會|公司|集团|集團|协会|協會|中心|组织|組織|支部|党委|黨委|政府|办公室|辦公室"
                       r"|局|研究院|研究所|学院|學院|大学|大學|小学|小學|中学|中學|医院|醫院|出版社|银行|銀行|队|隊|社(?![区區会會])"
                       r"|党(?![员員委组組支])|黨(?![员員委组組支])|基金会|基金會|海关|海關|联盟|聯盟|联合会|聯合會|工会|工會"
                       r"|法院|检察院|檢察院|交易所|博物馆|博物館|图书馆|圖書館|乐团|樂團|剧团|劇團|俱乐部|俱樂部|部队|部隊)")
# A quoted name holds no clause (“怎么头发那么白了都不染?” is speech) and does not end as speech does.
_QUOTED_NAME = re.compile(r"[“「『《\"]([^”」』》\"，,。？?！!；;：:]{2,16}(?<![了吗嗎呢吧啊呀]))[”」』》\"]")

_SENTENCE_END = re.compile(r"[。！？!?]")
_BECAME = r"(?:成为|成為|当选|當選|出任|就任|接任|升任|继任|繼任)"
_BECOMING = re.compile(_BECAME)
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

# 谁 is answered by a person, and also by a body of people (党, 居委会: nt) or a named group (nz).
_FIT_TAGS = {"person": {"nr", "nrfg", "nrt", "nt", "nz"}, "organisation": {"nt", "nz"}}
# A word jieba tags a person's name that is a place by its ending (青秀區, 西乡塘区), or a title by
# the unit it heads (楼栋长, 单元长, 网格长): no one's name.
NOT_A_PERSON = re.compile(r"(?:区|區|市|县|縣|省|州|镇|鎮|乡|鄉|街道|社区|社區|小区|小區"
                          r"|(?:楼栋|樓棟|楼|樓|单元|單元|网格|網格|小组|小組|组|組|队|隊|班|户|戶)[长長]"
                          # A building or a thing (红砖墙, which jieba tags a person's name): no one either.
                          r"|墙|牆|砖|磚|瓦|楼|樓|院|路|街|桥|橋|厂|廠|站|馆|館|房|屋|车|車|船|窗|库|庫|场|場|室|店|铺|鋪|厅|廳)$")
# Who someone is, by what they are: 语言学家, 传教士, 研究人员, 国王, 老校长 (folded text).
_ROLE_NOUN = re.compile(r"[\u4e00-\u9fff]{1,4}(?:学家|作家|画家|专家|者|人员|员|师|士|官|干部|民警|警察|医生|邻居|主席|总统|国王|皇帝|将军|教授|博士"
                        r"|[校院部局市县省村社会处科厅队班船团州区镇乡]长|经理|总裁)")
# Two to four words in Latin script (folded to lower case): Max Nikias, Janne Viljami Wirman.
_LATIN_NAME = re.compile(r"(?<![a-z])[a-z]{2,}(?:[ ·.-]+[a-z]{2,}){1,3}(?![a-z])", re.IGNORECASE)
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}(?:·[\u4e00-\u9fff]{1,4})+")  # folded: one dot for all
_NOT_ROLE = ("或者", "再者", "器官", "动员", "巴士")  # the same endings, no person
# A role naming who said the words quoted (…”娄底市委宣传干部刘楚雄说): the teller, not the doer asked.
_TELLER_AFTER = re.compile(r"[\u4e00-\u9fff]{2,3}(?:说|說|表示|介绍|介紹|坦言|感慨|告诉|告訴)")


def _roles_doing(sentence: str) -> list[str]:
    """The role nouns of a (folded) sentence, save those naming who said it (宣传干部刘楚雄说)."""
    return [m.group(0) for m in _ROLE_NOUN.finditer(sentence) if not _TELLER_AFTER.match(sentence, m.end())]



def _inside_own(word: str, own: Sequence[str]) -> bool:
    """The word is one of the question's own words, or part of one."""
    return any(word in o for o in own)



# A workplace by its name's ending: a body (ORG_NAME), a works, a firm (某国营厂, 涟钢振兴公司).
_WORKPLACE_NAME = re.compile(r"[\u4e00-\u9fff]{2,}(?:厂|廠|公司|企业|企業|矿|礦|工地|商场|商場|超市|饭店|飯店|酒店|机关|機關|学校|學校)")
# Someone's post right after the workplace: …分公司的一名门卫值守人员, …厂职工.
_EMPLOYED = re.compile(r"(?:的(?:一名|一位|一个)?[\u4e00-\u9fff]{0,6}?)?(?:" + WHAT_ONE_IS + r"|职工|员工|人员)")
# The answer says the work as the question does (`AT_WORK`), or the post taken (担任, 任教), in either script.
_AT_WORK = re.compile(AT_WORK + r"|担任|擔任|出任|任教|執教|执教|任職|就職|供職|就讀|讀書|上學|教書")


def workplace_fits(asked: Asked, sentence: str, tag: Callable[[str], list[tuple[str, str]]],
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
        if at_work and name_fits(asked, clause, tag, own, before):
            return True
    return False


def says_what_one_is(sentence: str, own: Sequence[str]) -> bool:
    """她父母是做什么的 is answered by what they are (教师, 电工, 从事文学翻译), not by any sentence on them."""
    return bool(re.search(WHAT_ONE_IS, without_words(sentence, own)) or re.search(r"从事[^，。,；;]{2}", sentence))


def says_office_held(asked: Asked, sentence: str, own: Sequence[str]) -> bool:
    """李文博担任啥职务: a sentence naming the holder says the office or post in a clause naming them
    (信息技术保障室副主任李文博, 张银祥是…门卫值守人员; a guessed 正主任 does not hide 副主任), not only
    names them (李文博帮着出谋划策…). One not naming them at all may be of the one the article is about
    (…，任安倍内阁的农林水产大臣), in words no list holds (主播, 都指挥使): it is not judged here.
    Without a holder read, the question's own words name them, but not its figures: 1984年9月，郑国光
    担任什么职务 is answered by 1984年9月,任…研究室副主任 (the date's clause names no one)."""
    named = [asked.holder] if asked.holder else [word for word in own if len(word) >= 2 and not word.isdigit()]
    naming = [clause for clause in clauses(sentence) if any(word in clause for word in named)]
    return not naming or any(TITLE_SAID.search(clause) or re.search(WHAT_ONE_IS, without_words(clause, own))
                             for clause in naming)


# A title held by a person: what one is (书记, 老师), or any …人 (负责人).
_HELD_BY_A_PERSON = re.compile(f"(?:{WHAT_ONE_IS}|人)$")
# The particles after a verb (删除了, 做过的).
_PARTICLES_AT_END = re.compile(r"[的了过過]+$")


def name_fits(asked: Asked, sentence: str, tag: Callable[[str], list[tuple[str, str]]],
              own: Sequence[str], before: str) -> bool:
    """A person, place or organisation asked for: a name of that kind that is not the question's own."""
    if asked.kind == "person" and asked.slot is not None and _done_by_no_one(asked.slot[1], sentence):
        return False  # 数据是谁删除的: 该数据于…被删除 says not who did it
    if asked.role and kin_said(asked.role, sentence, own):
        return True
    if asked.role and (holder := _holder_named(asked, sentence, tag, own, before)) is not None:
        return holder
    # A kin or a person's title (负责人, 党委书记) is held by a person: named by a person's name, not by
    # a quoted one (“一带一路”) nor an organisation's (its tag nt/nz), as a 志愿队 may be.
    kin = asked.role is not None and bool(KIN.search(asked.role))
    held = kin or (asked.role is not None and bool(_HELD_BY_A_PERSON.search(asked.role)))
    if asked.naming and not held and _name_given(sentence, own):
        return True
    if held:
        sentence = _QUOTED_NAME.sub("，", sentence)
    if held and asked.role and not kin:
        sentence = _where_the_office_is_named(asked.role, sentence)
    if asked.via and re.search(f"(?:{_VIA_SAID.get(asked.via, asked.via)})(?:{SOMEONE.pattern})", without_words(sentence, own)):
        return True  # 凳子是给谁准备的 → 供老人歇脚: a kind of person the thing is for
    if asked.slot is not None and fills_slot(asked.slot, sentence, own):
        return True  # 孙权派吕岱前往 for 孙权派谁前往: a name where the question's 谁 stands
    return _named_by_form(asked, sentence, tag, own, held=held, kin=kin)


def _done_by_no_one(after: str, sentence: str) -> bool:
    """The verb after the question's 谁 (删除 of 谁删除的) is said in the (folded) sentence only in the
    passive with no one doing it (被删除): the sentence tells what was done, not who did it."""
    verb = _PARTICLES_AT_END.sub("", after)
    return len(verb) >= 2 and ("被" + verb) in sentence and sentence.count(verb) == sentence.count("被" + verb)


def _holder_named(asked: Asked, sentence: str, tag: Callable[[str], list[tuple[str, str]]],
                  own: Sequence[str], before: str) -> bool | None:
    """The office asked of (`asked.role`): False when the sentence names it only as another place's,
    True when it names its holder with it, None to read the sentence's names further."""
    role = asked.role or ""
    if not any(not another_place(asked.owner, before + sentence[: m.start()], tag) for m in held_at(role, sentence)):
        # 泗县县委书记是谁: a sentence naming the 宣传部部长 does not answer, nor 阔口社区的党委书记是谁
        # one naming 深田社区党委书记.
        return False
    # News style names the holder right after the title: 党委书记庄莹莹说 (a name jieba may not tag).
    if any(True for _ in held_at(role, sentence, HOLDER)):
        return True
    # Or as the one who became it: 兰希佩洛西，成为第一名女性的美国众议院议长 (a name jieba tags a place).
    became = _one_who_became(role, sentence)
    return True if became is not None and not is_own(became, own) else None


def _one_who_became(role: str, sentence: str) -> str | None:
    """The name before 成为/当选… and the office (兰希佩洛西 of 兰希佩洛西，成为…众议院议长), or None.
    The pattern holds the office, so it is compiled only for a sentence that says one became something."""
    if _BECOMING.search(sentence) is None:
        return None
    became = re.search(r"([\u4e00-\u9fff·]{2,8})[，,]?" + _BECAME + r"[^。；;，,]{0,12}?" + re.escape(role), sentence)
    return became.group(1) if became else None


def _name_given(sentence: str, own: Sequence[str]) -> bool:
    """A name holds the kind of thing named (伊莱恩邮局 for 新邮局叫什么名字): a name given, quoted,
    with the naming verb or as another name, that is not the question's own word or part of one."""
    if any(not _inside_own(name, own) for name in _QUOTED_NAME.findall(sentence)):
        return True
    if any(not _inside_own(name, own) for name in _NAMED_AS.findall(sentence)):
        return True  # 当时命名为hardiman, 名称是自由区: the name given, quoted or not
    # 画法几何又叫什么 → 又称投影几何: the other name, quoted or not (投影几何 is another name though it
    # holds 几何).
    return (also := _ALSO_CALLED.search(sentence)) is not None and not any(also.group(1) in word for word in own)


def _where_the_office_is_named(role: str, sentence: str) -> str:
    """The part of the sentence where a held office's holder may be named."""
    # 小玮班主任叫啥: a quote of two sentences, the first naming 李文博, the second 小玮的班主任,
    # names no 班主任; the holder is named in a sentence that names the office.
    sentence = "。".join(part for part in _SENTENCE_END.split(sentence) if role in part)
    if OFFICE_RE.search(role):
        # 泗县的书记是谁, 网周村的第一书记是谁: the holder is named in the clause that names the office,
        # not anywhere in a long sentence (宣传部部长戴安君介绍,…,要召开选派第一书记…例会).
        parts = clauses(sentence)
        # …新任党主席,前环境部长马尔廷·布尔西克: a clause ending in the office, its holder next.
        sentence = "，".join(part for i, part in enumerate(parts) if role in part
                            or (i and parts[i - 1].endswith(role)))
    # 联系小玮的班主任: whose office it is (小玮), not who holds it. (The pattern holds the office: it
    # is compiled only for a sentence that says 的 right before it.)
    if "的" + role not in sentence:
        return sentence
    return re.sub(r"[\u4e00-\u9fff]{1,4}的(?=" + re.escape(role) + ")", "，", sentence)


def _named_by_form(asked: Asked, sentence: str, tag: Callable[[str], list[tuple[str, str]]],
                   own: Sequence[str], *, held: bool, kin: bool) -> bool:
    """A name of the kind asked by its form: a place's or a body's ending, what someone is, a name in
    Latin script or with its dot, a surname with a word of address, or a word jieba tags so."""
    kind = asked.kind
    # A place by its name's ending, whatever jieba tags it (贾府, 金山社区, 上饶市); the question's own
    # words are not its answer (林原村位于哪里 → not 林原村).
    if kind == "place" and names_a_place(sentence, own):
        return True
    if kind == "organisation" and ORG_NAME.search(without_words(sentence, own)):
        return True  # 物业管理委员会, 青教志愿队: a body by its name's ending
    by_title = not asked.naming and not asked.by_name and not (asked.role and OFFICE_RE.search(asked.role))
    if kind == "person" and by_title and any(
            not word.endswith(_NOT_ROLE) and not is_own(word, own) for word in _roles_doing(sentence)):
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
