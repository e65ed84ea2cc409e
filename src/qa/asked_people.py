"""How a question asks about people: a maker named by the work (作者, 导演), what someone does for a
living (是做什么的), whom a preposition names (给谁), a kind of person or a kin rather than an office
(老人, 女儿), a place of origin (哪里人), a name asked for (叫什么). Patterns only; `qa.asked` reads
them into the question's `Asked` value.
"""

from __future__ import annotations

import re

__all__ = ["AT_WORK", "FORMER_SAID", "KIN_ASKED", "KIN_BEFORE", "KIN_PLACE_Q", "MAKER", "NAMING_Q", "OCCUPATION_Q", "ORIGIN_Q", "SOMEONE",
           "VIA_Q", "WHAT_ONE_IS", "WORKPLACE_Q", "asks_former_work", "names_no_one"]

# What someone is called by (folded): a title or a kind of person (书记, 队长, 教师, 居民, 党员, 电工,
# 志愿者, 脱贫户), the ending of the words before a name or after 是.
WHAT_ONE_IS = (r"(?:者|员|师|士|官|长|家|书记|主任|主席|经理|总裁|委员|助理|代表|干部|专家|学生|医生|护士|居民|村民|"
               r"党员|老人|工人|电工|户|记者|编辑|作家|画家|演员|歌手|教练|球员|总统|国王|皇帝|将军|教授|博士|校长)")

# Who made or did a thing (作者, 编著者, 插画家, 设计师, 导演), unlike an office (县委书记, 校长) or a
# kin (女儿): documents name a maker next to the work, seldom with the word the question uses.
MAKER = re.compile(r"(?:作|著|编|編|撰|译|譯|设计|設計|发明|發明|发现|發現|创|創|创始|創始|创办|創辦|创立|創立|创建|創建|开发|開發|建造)(?:者|人|家|师|師)?$"
                    r"|(?:作家|画家|畫家|插画家|插畫家|漫画家|漫畫家|作曲家|设计师|設計師|建筑师|建築師|导演|導演"
                    r"|编剧|編劇|主演|演唱者|原唱|作词|作詞|作曲)$")
# What someone does for a living (folded, 啥 already read as 什么).
# (可以用做什么的替代品 and 将什么工作移交 ask other things.)
OCCUPATION_Q = re.compile(r"是(?:做|干)什么(?:工作)?的|(?:做|干)什么工作|从事什么(?:工作|职业|行业)?[？?]?$|什么职业"
                          r"|(?:做|干)什么的[？?]?$")  # 她爸妈干啥的: 是 left out, as people ask
# 以前是干啥的, 退休前在哪上班, 来网周村之前做什么工作: the work someone did before, which a sentence on
# what they do now does not say; one saying it carries a mark of the past (曾任, 原是, 退休前, 此前).
FORMER_Q = re.compile(r"以前|之前|原来|原來|原先|曾经|曾經|过去|過去|早年|退休前|从前|從前")
FORMER_SAID = re.compile(r"曾|原(?:任|是|在|为|為|来|來|系|係)|此前|之前|以前|早年|过去|過去|退休|历任|歷任|先后在|先後在"
                         r"|先后任|先後任|前任|年轻时|年輕時|调任|調任|调到|調到|转任|轉任")
# 担任啥职务, 是个啥官, 职位是什么: the office held answers (信息技术保障室副主任李文博), not any word of
# what one is (员, 家): a sentence that only names the person does not say it.
OFFICE_Q = re.compile(r"(?:什么|啥)(?:职务|職務|职位|職位|官(?![方网網员員司]))"
                      r"|(?:职务|職務|职位|職位)(?:是|为|為)(?:什么|啥)")
OFFICE_SAID = re.compile(r"主任|书记|書記|主席|经理|經理|总监|總監|[部局市县縣校院队隊会會社站所厂廠处處科组組团團村乡鄉镇鎮区區省州]"
                         r"[长長]|负责人|負責人|委员(?![会會])|委員(?![会會])|常委(?![会會])|助理|干事|幹事"
                         r"|专员|專員|主管|总裁|總裁|董事(?![会會])|监事(?![会會])|監事(?![会會])|代表(?![团團大会會处處])"
                         r"|顾问|顧問|馆员|館員|科员|科員|大臣|总理|總理|首相"
                         r"|司令|官(?![方网網员員司])|参谋|參謀|都督|知府|知县|知縣|太守|刺史|尚书|尚書|侍郎|学士|學士|大使|领事|領事"
                         r"|议员|議員|主编|主編|教授|院士|统领|統領|将军|將軍|元帅|元帥|总督|總督|都统|都統|法官|检察|檢察")
# Titles of rank and of old offices, said of a holder (封魏国公, 升侍卫亲军都指挥使, 雷姆尼克伯爵): too short
# to look for anywhere, but in a clause naming the holder one says what they were made.
TITLE_SAID = re.compile(OFFICE_SAID.pattern + r"|[公侯伯爵王使尉卿相丞令守督帅帥监監]"
                        # or appointed to one, whatever its name (擢升范廷颂为…宗座署理, 出任…主席)
                        r"|担任|擔任|出任|升任|调任|調任|就任|兼任|接任|继任|繼任|当选|當選|任命|擢升|晋升|晉升|晋封|晉封"
                        r"|封为|封為|拜为|拜為|授予")
# Where someone works or studies (退休前在哪上班, 在何处任职, 在哪儿读书): a workplace answers as
# well as a place (某国营厂, 涟钢振兴公司园林矿业分公司). Folded, 啥 already read as 什么.
# The verbs of working or studying somewhere, as both the question and the answer say them.
AT_WORK = r"上班|工作|任职|就职|供职|打工|读书|上学|就读|教书"
WORKPLACE_Q = re.compile(r"(?:在|到)(?:哪里?|哪儿|何处|什么地方)(?:" + AT_WORK + r"|干活|念书)")
# 给谁, 跟谁, 向谁: whom a preposition names; the answer is whoever the sentence's one names (给女儿).
VIA_Q = re.compile(r"(给|跟|向|替)(?:谁|哪位|什么人)")  # 和, 与, 同 join nouns as often (党员干部和志愿者)
# A kind of person, not an office the answer holds (老人, 村民, 那个人, 那个音乐老师): any person's name
# answers.
SOMEONE = re.compile(r"老人|老大爷|大爷|大妈|大娘|阿姨|老太太|老奶奶|老爷爷|小伙子?|姑娘|男孩|女孩|孩子|男子|女子|妇女|"
                      r"居民|村民|群众|患者|病人|志愿者|老师|教师|医生|护士|学生|工人|司机|农民|人|那人|这人"
                      # 那个纪委干部叫啥: a class of people, named by name (李文博), not by the word.
                      r"|干部|党员|工作人员|队员|成员|职工|住户|业主|老爷子|老头|老汉")
# A kin asked about right before the asking (父母是做什么的, 爸妈是干什么工作的).
# Kin as people ask about them (her 父母, his 老伴儿): one list for every reading of a kin.
KIN_ASKED = r"父母|爸妈|爸爸|妈妈|父亲|母亲|老伴儿?|女儿|儿子|丈夫|妻子|爱人|孩子|家人"
KIN_BEFORE = re.compile(rf"({KIN_ASKED})(?:都|也|以前|现在)?$")


def names_no_one(word: str) -> bool:
    """老太太, 村民, 老伴儿: a kind of person or a kin, which jieba may tag as a person's name
    though it names no one in particular."""
    return bool(SOMEONE.fullmatch(word) or KIN_BEFORE.fullmatch(word))


ORIGIN_Q = re.compile(r"哪里人|哪裡人|哪儿人|哪兒人|何地人|何处人|何處人|籍贯|籍貫"
                      r"|(?:老家|家乡|家鄉|祖籍)(?:是|在)?(?:哪|何)")  # 老家是哪里的: where one comes from
NAMING_Q = re.compile(r"叫什么|叫什麼|名字|名称|名稱|称为|稱為|叫做什么|叫做什麼")


# 女儿在哪座城市工作, 老伴住在哪: where a kin is, said where the kin is named.
# 老伴儿今年多大岁数, 女儿几岁, 儿子小玮今年几岁: a kin's age asked, the kin's name after it or not (the
# clause naming the kin holds it, not 今年47岁的张银祥).
# 单亲爸爸, 全职妈妈: a person described by being a parent, asked about as such (the age of the 单亲爸爸
# is his own, said in the clause naming him), not someone's kin. Not yet for where one is: 单亲爸爸在哪儿
# 上班 read so quotes the body that posted his wish (…机关党委向单位党员发布了…), worse than not-stated.
_DESCRIBED = r"(?<!单亲|全职|新手|年轻|单身|留守)"
KIN_AGE_Q = re.compile(rf"{_DESCRIBED}({KIN_ASKED})(?:[\u4e00-\u9fff]{{2,3}}?(?=今年|现在|目前))?(?:今年|现在|目前|都)?(?:多大|几岁|多少岁|有多大)")
KIN_PLACE_Q = re.compile(rf"({KIN_ASKED})(?:都|也|以前|现在|目前)?是?(?:在|住在|住|去了?|到)?(?:哪|什么地方)")
# 他老伴儿得的啥病: the kin's illness, said where the kin is named (not the 新冠肺炎 of the clause before).
KIN_ILL_Q = re.compile(rf"{_DESCRIBED}({KIN_ASKED})(?:都|也|以前|现在|目前)?(?:得的|得了|得|患的|患了|患|生的|生了|有"
                       r"|身上|身体|身體)?(?=得|患|生|有|哪里|哪裡|哪儿|哪兒|哪)")  # 老伴儿哪儿不舒服: hers too


# 之前在哪个街道干过, 以前在哪个社区当书记: the place one worked before, a 哪 and a verb of work after
# the mark of the past.
_FORMER_PLACE_Q = re.compile(r"(?:" + FORMER_Q.pattern + r")(?:是|都|还|還)?(?:在|到)哪[^，,。？?\s]{0,5}?"
                             r"(?:" + AT_WORK + r"|干|幹|当|當|做|待|呆)")


def asks_former_work(folded: str) -> bool:
    """Whether the question asks the work someone did before (退休前是干啥的, 来网周村之前在哪上班,
    之前在哪个街道干过): a mark of the past before the asking of an occupation, an office or a workplace."""
    asking = [m.start() for m in (OCCUPATION_Q.search(folded), OFFICE_Q.search(folded), WORKPLACE_Q.search(folded)) if m]
    former = FORMER_Q.search(folded)
    return (former is not None and bool(asking) and former.start() < min(asking)) or bool(_FORMER_PLACE_Q.search(folded))
