"""Which kind of answer a question asks, by its asking words: 多少 a number, 何时 a date (and how
precise: 哪天 a day, 哪年哪月 a month of a year), 谁 a person, 哪里 a place, 哪所 an organisation. `qa.asked`
reads the kind into the question's `Asked` value; the patterns a date answer is checked with
(`answer_shape`, `quotes`) are here beside the questions they answer.
"""

from __future__ import annotations

import re

from .question_words import ASKS_ANYWHERE, WHERE_IT_HURTS
from .text import fold

__all__ = ["COUNT_TYPED", "DATE_PRECISION", "WHICH_PERSON", "YEAR", "counts_typed", "date_precision", "question_kind"]

# 还有多大空间, 影响有多大, 起了多大作用: how much of a thing no number measures, answered by a degree
# said (空间还很大), not a count.
_ABSTRACT = ("空间", "空間", "潜力", "潛力", "作用", "影响", "影響", "意义", "意義", "变化", "變化", "帮助", "幫助",
             "压力", "壓力", "困难", "困難", "贡献", "貢獻", "好处", "好處", "区别", "區別", "差别", "差別", "信心", "决心",
             "決心", "希望", "把握")
_DEGREE_NOUNS = "|".join(_ABSTRACT)
_NOT_OF_A_DEGREE = "".join(f"(?<!{noun}有)" for noun in _ABSTRACT) + "".join(f"(?<!{noun})" for noun in _ABSTRACT)
# 哪几个国家 asks which ones, not how many; 几百年, 十几个 are rough numbers said, not asked
# (在中世纪早期的几百年中，…哪一个国家).
# 多大 inside a name is no asking (科罗拉多大学, 多伦多大学: 多 + 大学).
# 数量, 比例, 规模 ask only when the question ends on them or asks their size (按一定比例混合会得到什么颜色
# asks a colour).
_NUMBER_Q = re.compile(r"多少|(?<![哪十])几(?![何乎十百千万萬亿億])|(?<![哪十])幾(?![何乎十百千万萬亿億])|(?:数量|數量|人数|人數|比例|规模|規模)(?=[是为為有约約达達占佔了]{0,2}"
                       r"(?:多少|多大|几|幾|何|怎|如何|[？?。！!]|$))|百分之"
                       # 许多高明的决定, 众多大型舰船: 多 of "many" before an adjective asks no size.
                       r"|(?<![许許众眾诸諸繁很])" + _NOT_OF_A_DEGREE
                       + r"多(?:大(?![学學]|" + _DEGREE_NOUNS + r")|长|長|久|高|深|宽|寬|厚|远|遠|重)|第几|第幾")
# 时间 and 年代 ask only in asking forms (什么时间, 时间是…, 哪个年代): 时间片是什么 and
# 为什么…随着时间而改变 ask no date.
_WEEKDAY = r"(?:周|週|星期|礼拜|禮拜)"
_DATE_Q = re.compile(r"何时|何時|什么时候|什麼時候|哪一?年|哪一?天|哪个月|几月|幾月|(?<!第)几号(?![线線楼樓院])|日期(?![的之中])|何年|几几年|幾幾年|"
                     + _WEEKDAY + r"[几幾]"
                     r"|(?:什么|什麼|哪个|哪個|哪一?段)(?:时间|時間|年代)|(?:时间|時間)(?:是|为|為|在)?(?:哪|何|什么|什麼|多少)"
                     # 哪个朝代, 什么时代, 哪一时期 ask a period (唐代, 白垩纪晚期, 19世纪初).
                     r"|(?:什么|什麼|哪一?个?|哪一?個?|何)(?:时代|時代|朝代|时期|時期|世纪|世紀)")
# 那个老人姓啥: a person's surname, which a sentence gives with the name (张立春) or with a word of
# address (张大爷, `named_people.ADDRESSED`).
SURNAME_Q = re.compile(r"(?<![百])姓(?:什么|什麼|甚么|甚麼)|贵姓|貴姓")
# 帮的是哪个老人, 哪名队员: which one of a kind of person asks a person's name.
WHICH_PERSON = (r"哪(?:个|個|一个|一個|名)(?:老人|老大爷|大爷|大妈|大娘|老太太|老奶奶|老爷爷|老大娘|孩子|学生|學生|老师|老師"
                r"|教师|教師|医生|醫生|护士|護士|志愿者|志願者|党员|黨員|干部|幹部|居民|村民|队员|隊員|工人|司机|司機|农民|農民"
                r"|记者|記者)(?![区區点點楼樓委会會组組小])")  # 哪个居民区 asks a place
# 颐园社区的党委书记是哪个: an office's holder asked as which one, at the question's end (not 书记是哪个
# 村的, a place asked after it).
_WHICH_HOLDER = (r"(?:书记|書記|主任|[队隊站部局校院处處科县縣市村镇鎮会會社组組][长長]|主席|负责人|負責人|指导员|指導員)"
                r"(?:是|为|為)哪一?[个個]人?(?=\s*[啊呀呢吗嗎啦哇]*[？?！!。]*$)")
# 名字 asks a name, not what one means or where it comes from (这个名字有什么意义, 名字起源是什么).
_PERSON_Q = re.compile(_WHICH_HOLDER + r"|谁|誰|哪一?位|名字(?!(?:到底|究竟)?有(?:什么|什麼|何|啥)|的?(?:意义|意義|含义|含義|意思|由来|由來|来历|來歷|起源|来源|來源))"
                       r"|姓名|叫什么|叫什麼|何人|" + SURNAME_Q.pattern + "|" + WHICH_PERSON)
# A firm or an institution counted by 间 (哪间公司, 哪間醫院: Cantonese and Taiwanese 家): which one asks
# its name, as 哪家 does.
_FIRM = r"公司|企业|企業|工厂|工廠|厂|廠|店|铺|舖|医院|醫院|学校|學校|银行|銀行|酒店|餐厅|餐廳|大学|大學"
# 在哪 asks where, unless a noun that is not a place follows: 在哪一场战争, 在哪个时期, 在哪部作品,
# 在哪几层 (floors: 3层和5层).
_PLACE_Q = re.compile(r"哪里|哪裡|哪儿|哪兒|何地|何处|何處|哪座|位于|位於|什么地方|什麼地方"
                      r"|(?<![为為])(?:什么|什麼)(?:山|岛|島)(?=[上下脚腳麓边邊附里裡？?呢啊吗嗎]|$)"
                      r"|在哪(?!(?:一[个個]|[一个個些几幾])?(?:场|場|次|时期|時期|时候|時候|个时|個時|朝|代|世纪|世紀|届|屆|部|首|本|种|種|类|類"
                      r"|方面|件|段|阶段|階段|项|項|场战|語|语|支|队|隊|位|家|层|層|楼|樓|[间間](?=" + _FIRM + r")"
                      # 在哪一個戰爭中身亡, 在哪一皇帝之後: in which war, after which emperor, at no place
                      r"|战争|戰爭|战役|戰役|会议|會議|运动|運動|事件|比赛|比賽|皇帝|君主|国王|國王))"
                      r"|哪(?:些|个|個|一个|一個|一|几个|幾個)?(?:地方|地区|地區|城市|省|国家|國家|县|縣|村|社区|社區|小区|小區|居民区|居民區|镇|鎮|乡|鄉"
                      r"|街道|区(?![别別分域块塊])|區(?![别別分域块塊])|院子|大院|州|市(?![场場民值长長委])|岛|島)"
                      # 住的啥小区, 在什么村: asked as 哪个 is (not 是个什么社区, a description asked).
                      r"|(?<![个個])(?:什么|什麼|啥)(?:地区|地區|城市|国家|國家|县城|縣城|村子?|社区|社區|小区|小區|居民区|居民區|镇子?|鎮子?"
                      r"|街道|院子|大院)"
                      r"|哪一?[条條](?:路|街|大街|马路|馬路|胡同|巷)"  # 在青山区哪条路上
                      # 又跑去了哪, 搬到哪了, 跑哪去了: a bare 哪 after a verb of going asks where (spoken).
                      r"|(?:去|到|往|跑|搬|回|来|來|逃|走|飞|飛|嫁|调|調|转|轉)了?哪(?=[了去呢啊呀吧？?。！!\s]|$)")
_ORG_Q = re.compile(r"哪[间間](?=" + _FIRM + r")|哪所|哪個學校|哪个学校|哪个部门|哪個部門|哪个单位|哪個單位|哪一?家|什么机构|什麼機構|什么组织|什麼組織|哪个组织"
                    r"|(?<![个個])(?:什么|什麼|啥)(?:学校|學校)"  # 是啥学校的老师: as 哪所
                    r"|哪(?:一|个|個)[\u4e00-\u9fff]{0,3}(?:厂|廠)")  # 哪个厂家装的: a factory's name

# A time that comes round (每周二, 周末, 寒暑假, 晚上, 8点, 工作8小时外): when something usually happens.
# Not 每天, 每年 alone: how often, not when (每天都传来欢声笑语).
RECURRING = (r"每(?:逢|晚|早)|周末|週末|节假日|節假日|寒暑假|暑假|寒假|假期|晚上|早上|早晨|上午|下午"
             r"|中午|白天|夜里|夜裡|工作日|业余|業餘|闲暇|閒暇|空闲|空閒|下班|工作之余|工作之餘|\d+(?:个|個)?小[时時][之以]?外"
             r"|" + _WEEKDAY + r"[一二三四五六日天]|\d{1,2}[点點:：]")
# How precise a date the question wants: 哪天 is answered by 10月1日, not by 2019年5月.
# A year written out (起建于1896年, 2020年) or counted from the era (公元前221年): what 哪一年 takes,
# and what a sentence giving a date holds (`quotes`).
# A year of the Republic's calendar, which Taiwan's texts date by (民國27年改為15個, 民國二年).
ROC_YEAR = r"(?:民国|民國)(?:元|[一二三四五六七八九十]{1,3}|\d{1,3})年"
YEAR = r"(?<![0-9])(?:1[0-9]|20)\d\d年|(?:公元|西元)前?\d{1,4}年|" + ROC_YEAR
DATE_PRECISION = (
    # 每周哪天开会 asks the day of the week (每周二), as 每周几 does; not a date.
    (re.compile(r"(?<!周|週)(?<!星期|礼拜|禮拜)(?:哪一?天|哪一?日)|何日|几号|幾號|几日|幾日|日期(?![的之中])"),
     re.compile(r"\d{1,2}月\d{1,2}日|\d{1,2}日|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}")),
    # 哪年哪月 asks the month of a year (2021年6月), not the year alone (2022年).
    (re.compile(r"(?:哪一?年|几几年|幾幾年)(?:的)?(?:哪一?个?月|几月|幾月)"), re.compile(r"(?:1[0-9]|20)\d\d年\d{1,2}月")),
    (re.compile(r"哪一?年|何年|几几年|幾幾年|年份(?![的之中])"), re.compile(YEAR)),
    (re.compile(r"哪一?个月|哪一?個月|几月|幾月|月份(?![的之中])"), re.compile(r"\d{1,2}月")),
    (re.compile(_WEEKDAY + r"(?:[几幾]|哪一?[天日])"), re.compile(_WEEKDAY + r"[一二三四五六日天]")),  # 每周几开会 → 每周二
    # 一般啥时候, 平时几点: the time it usually happens (利用周末、寒暑假, 每周二, 晚上), not a date.
    (re.compile(r"(?:一般|通常|平时|平常|往往|经常|常常|每次|每回|多半)[都会是在]{0,2}(?:啥时候|什么时候|何时|几点|什么时间)"),
     re.compile(RECURRING)),
)


# 表现在哪里 / 区别在哪里 / 难在哪里 / 差别在哪 / 力量支撑在哪里 ask what or how, not where.
_NOT_PLACE_Q = re.compile(r"(?:表现|表現|体现|體現|区别|區別|不同|差别|差別|差异|差異|之处|之處|难点|難點|难|難|好|妙|关键|關鍵"
                          r"|意义|意義|原因|问题|問題|优势|優勢|优点|優點|缺点|缺點|好处|好處|不足|特点|特點|亮点|亮點|作用"
                          r"|价值|價值|重点|重點|支撑|支撐|根基|根本|核心|根源|出路|方向|力量|动力|動力|潜力|潛力)(?:主要)?(?:在|于|於)?(?:哪里|哪裡|哪儿|哪兒|何处|何處|哪(?=[\s?？。!！,，吗嗎呢啊呀]|$))"
                          # 把居民往哪儿引, 工作往哪个方向转: a direction, a goal to lead to, not a place.
                          r"|(?:往|朝|向)(?:哪里|哪裡|哪儿|哪兒|哪个方向|哪個方向|哪)(?:引|带|帶|推|转|轉|发展|發展|努力|使劲|使勁|靠|走)"
                          # 哪儿不舒服, 哪里疼: where it hurts, an ailment (`asked_things`), not a place.
                          r"|" + WHERE_IT_HURTS)


_KINDS = (("date", _DATE_Q), ("number", _NUMBER_Q), ("person", _PERSON_Q), ("place", _PLACE_Q),
          ("organisation", _ORG_Q))


# What or why asked after a count (几种子方言多与什么有关, 为什么可以几个星期不喝水): no count is asked;
# 作为什么, 称为什么 ask what one is called, not why.
_WHAT = re.compile(r"什么|什麼|啥")
_WHY = re.compile(r"(?<![作称稱认認成视視])(?:为什么|為什麼)|为何|為何")
# A pause between clauses, and an asking word of the clause after it (for 谁 said before them).
_PAUSE = re.compile(r"[，,；;]")
_ASKS_AFTER = re.compile(ASKS_ANYWHERE.pattern + r"|啥|咋|如何|为何|為何")  # the asking words, and as spoken
# The end of an asking clause right after the count asked: 有多少了 | 我也想加入, 多少人？| 还有.
_CLAUSE_END = re.compile(r"[\u4e00-\u9fff]{0,3}?[了呢啊呀吧]?(?:[？?！!。]|\s+)")
# How far apart two asking words may stand and still ask together (日期是多少).
_TOGETHER = 2


def question_kind(question: str) -> str | None:
    """The kind of answer asked, the first of `_KINDS` the question asks; but a count said before
    another asking word is part of what the question says, not what it asks (帶領幾個同夥建立哪個國家
    asks which country; 最先发现的几位科学家有谁 asks who), unless the two stand together (日期是多少
    asks a date)."""
    spans = {kind: found[-1].span() for kind, pattern in _KINDS if (found := list(pattern.finditer(question)))}
    if "date" not in spans and "number" not in spans and _NOT_PLACE_Q.search(question):
        return None
    number = spans.get("number")
    later = [start for kind, (start, _) in spans.items() if kind not in ("number", "date")]
    # 几种子方言多与什么有关, 刻痕多少，主要决定于什么: a count said, then what is asked (not 什么时候).
    later += [match.start() for match in _WHAT.finditer(question)
              if not any(start <= match.start() < end for start, end in spans.values())]
    # A count asked in a message of its own, before a pause (會員有多少了 我也想加入 要啥條件不), stays asked.
    own_clause = number is not None and bool(_CLAUSE_END.match(question, number[1]))
    if number is not None and not own_clause and (any(start - number[1] > _TOGETHER for start in later) or _WHY.search(question)):
        del spans["number"]  # 为什么可以几个星期不喝水 asks why
    # 谁家有困难了，大伙是咋回应的, 出事找不着谁担责，还有啥扯不清的: 谁 in a clause the question goes on
    # from says "whoever", and the clause after it asks; so does the later of two questions in one
    # message (那个业主叫啥，住哪个小区: the sentence naming the 小区 names her too). Golden dev +2.
    person = spans.get("person")
    if person is not None and (_asked_after(question, person) or _name_spoken_of(question, person, spans)):
        del spans["person"]
    return next((kind for kind, _ in _KINDS if kind in spans), None)


def _asked_after(question: str, person: tuple[int, int]) -> bool:
    """谁 in a clause the question goes on from (谁家有困难了，大伙是咋回应的): "whoever"."""
    return (pause := _PAUSE.search(question, person[1])) is not None and _ASKS_AFTER.search(question, pause.end()) is not None


def _name_spoken_of(question: str, person: tuple[int, int], spans: dict[str, tuple[int, int]]) -> bool:
    """这个名字是哪个国家起的: the name is what is spoken of, the place or body asked after it is asked."""
    return question.startswith("名字", person[0]) and any(
        spans.get(kind, (-1, -1))[0] > person[0] for kind in ("place", "organisation"))


# A day asked of a month the asker names (名利场那篇是6月几号登出来的, 六月哪天).
_DAY_OF_NAMED_MONTH = re.compile(r"(?<![0-9])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:的)?(?:几号|幾號|几日|幾日|哪一?天|哪一?日)")
_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


# A count the question types of what it asks the date of (那119条热线全部整合完是哪年哪月, 又并了21条是
# 哪个月): the number and its measure word. Not a year, a month or a day, which are dates themselves.
COUNT_TYPED = re.compile(r"(?<![\d.第])(\d+(?:\.\d+)?)\s*(?:多|余|餘)?\s*([条條个個名家项項户戶人支座所件次场場位])")


def counts_typed(folded: str) -> tuple[str, ...]:
    """The counts a (folded) when-question types, each as number and measure word (119条)."""
    return tuple(number + measure for number, measure in COUNT_TYPED.findall(folded))


def month_named(question: str) -> int:
    """The month a day is asked of (6月几号 → 6, 六月哪天 → 6), 0 when the question names none."""
    match = _DAY_OF_NAMED_MONTH.search(fold(question))
    return (_MONTHS.get(match.group(1)) or int(match.group(1))) if match else 0


def date_precision(question: str) -> re.Pattern[str] | None:
    """The date pattern a precise answer has: 哪天 → a day (10月1日), 哪一年 → a year (1995年)."""
    folded = fold(question)
    return next((answer for asked, answer in DATE_PRECISION if asked.search(folded)), None)
