"""How a question asks for an amount, and how the amount is written: its measure word (多少名 → 名),
a share, a school grade, an ordinal, and the numerals that make a count (200多, 两千, 3.5亿). Pure
patterns, and the functions that write the ones a question needs; `qa.asked` reads them into the
question's `Asked` value. Sums of money and prices are `qa.asked_money`, spans of time
`qa.asked_durations`, sizes and their units `qa.asked_sizes`, parts of a year `qa.asked_periods`.
"""

from __future__ import annotations

import re

from .number_near import CLAUSE_REACH, REACH, AnyOf, Matcher, NearNoun, NotAfter, compiled
from .text import fold

_MEASURE_Q = re.compile(r"(?:多少|几(?![何乎])|幾(?![何乎])|第几|第幾)\s*([^\s\d，。？！?!,]?)(?<![单單](?=[位元]))")
# 数百名 / 几十只 are vague amounts, not the count a quote is picked for: a counted numeral may not
# follow 数/几 (`Asked.vague` lets them answer when a document says no more).
# 一名 alone is "a" (如今是一名社区志愿者), not a count: 一 counts before 十/百/千/万/亿, or after
# 第, 只, 仅, 共 (第一个, 只有一种).
# 5,000 and 1兆 are numbers too; 廿八 is 28.
NUMERAL = (r"(?:[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?|(?<![数數几幾])(?:[二两三四五六七八九十百千廿卅]|一(?=[十百千万亿])"
           r"|(?:(?<=第)|(?<=只)|(?<=仅)|(?<=僅)|(?<=共)|(?<=只有)|(?<=仅有)|(?<=僅有))一)"
           r"[一二两三四五六七八九十百千万亿零〇]*)\s*(?:多|余)?\s*[万亿兆]?\s*(?:多|余)?")
# After 万 or 亿 the measure word is often left out (人口峰值为3400万。, 总投资3.5亿，): such a number,
# ending its clause, counts whatever was asked.
ELIDED = r"|(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千]+)[万亿](?:多|余)?(?=[，。；;,、）)]|$)"


# 多少 right before a noun, with no measure word between: 多少白领, 多少游客.
_BARE_COUNT_Q = re.compile(r"(?:多少)([\u4e00-\u9fff](?<![的是在有个個])[\u4e00-\u9fff])")
# The noun may be quoted as the text names it (多少个“家门口”党群服务站).
_COUNTED_Q = re.compile(r"(?:多少|几(?![何乎])|幾(?![何乎]))\s*[^\s\d，。？！?!,的是在有呢吗么][“「『\"]?([\u4e00-\u9fff]{2,4})")
_COUNTED_BEFORE_Q = re.compile(r"((?:(?![的之是在有和与與及一])[\u4e00-\u9fff]){2,4}?)(?:总共|一共|共|大约|大概|现在|目前|都)?有?"
                               r"(?:多少|几|幾)\s*[名位户戶]"
                               r"(?:人)?[呢吗嗎啊呀吧？?。!！\s]*$")


def counted_noun(question: str) -> str | None:
    """What is being counted: 多少名党员 → 党员, 多少户居民 → 居民 (its first two characters, or four
    when the last two name people: 省党代表), or people named before a count ending the question
    (社区党员有多少名 → 社区党员, 志愿者共有多少位 → 志愿者); None for a noun that only says what the
    measure does (几户人家: households, 近10户脱贫户)."""
    match = _COUNTED_Q.search(fold(question))
    if match is None:
        # 社区党员有多少名: people named before a count that ends the question (not 江欣苑社区有多少名,
        # a place whose people are counted).
        before = _COUNTED_BEFORE_Q.search(fold(question))
        return before.group(1) if before is not None and counts_people(before.group(1)) else None
    run = match.group(1)
    noun = run[:2]
    if len(run) == 4 and noun[-1] not in _PEOPLE_END and run[-1] in _PEOPLE_END:
        return run  # 多少个省党代表: people (代表), as the run's last word says, not 省党
    return None if noun in MEASURE_ONLY else noun


# Nouns that say no more than their measure word: 几户人家, 几户家庭, 几口人家.
MEASURE_ONLY = frozenset(["人家", "家庭", "家子"])


# Chinese measure words (a closed class): 多少涉农资金 has none, 多少名党员 has 名.
_MEASURE_WORDS = frozenset("个個名位人户戶件家条條项項岁歲场場次元座只台臺所天年月日辆輛架艘本部篇首棵头頭匹张張间間层層"
                           "米亩畝吨噸斤克倍届屆批支队隊股处處份块塊颗顆粒枚封样樣种種类類级級号號期章节節季轮輪代套栋棟幢钱点點"
                           "集册冊卷回幕辑輯"  # 多少集, 几册, 几卷: episodes, volumes, chapters
                           "分秒度"  # 几分钟 → 15分钟, 多少度 → 40度
                           "楼樓"  # 住几楼 → 7层住户
                           "票针針"  # 拿了多少票 → 2430票, 打了多少针: votes, shots
                           "单單笔筆"  # 多少单, 几笔: orders and transactions (459万单)
                           "组組"  # 住几组, 分了几组: a village group or a team (网周村5组, 3个组)
                           "段班趟遍门門道起幅盘盤局站"  # 几段婚姻, 几班客机, 几趟, 几门课, 几起事故, 几局
                           "字页頁句")  # 多少字 → 两千多字, 多少页: a text's length (一個 counts no characters)


def measure_word(question: str) -> str | None:
    """The measure word the asker expects after the number: 多少名党员 → 名, 幾歲 → 岁, 第几个 → 个."""
    match = _MEASURE_Q.search(fold(question))
    if not match or not match.group(1):
        return None
    word = match.group(1)
    return word if word in _MEASURE_WORDS else None


# 几年级 asks a school grade: 五年级, or the year of a school stage (读初一的儿子, 高三).
GRADE_Q = re.compile(r"[几幾]年[级級]")
GRADE_A = re.compile(r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})年[级級]|(?<![月正])[初高大][一二三四](?![月日号])")
ORDINAL_Q = re.compile(r"第[几幾]")
# What share of a whole: 占多少, 占总人口多少, 占比, 比例是多少 — a percentage, a fraction, 六成, 一半 (not
# 占地, 占据, 占领: land or a place held, measured in 平方米).
SHARE_Q = re.compile(r"[占佔](?![地据據领領用有])(?:了|到)?[^，,。？?！!\s]{0,8}?(?:多少|几|幾|百分之几|百分之幾)|占比|佔比|比例|比重")
SHARE_A = re.compile(r"[0-9.]+\s*[%％]|百分之[零一二两三四五六七八九十百点.0-9]+|[一二三四五六七八九十0-9]+分之[一二三四五六七八九十0-9]+"
                     r"|(?<![0-9一二三四五六七八九十])[一二三四五六七八九]成(?![为員员功立本])|一半|半数|过半|大半")
# 按时办结率多少 asks a rate: a percentage (诉求解决率达93.53%), not the count beside it.
RATE_A = re.compile(r"[0-9.]+\s*[%％‰]|百分之[零一二两三四五六七八九十百点.0-9]+|千分之[零一二两三四五六七八九十百点.0-9]+"
                    r"|[0-9一二两三四五六七八九十.]+\s*(?:成|厘|倍|个百分点)")  # 年息10至30厘
# 增长了多少, 涨了百分之几 ask a change: answered by a rate (20%, 两倍) or the change itself (增长了3万),
# not by a level (诉求解决率达93.53%).
CHANGE_Q = re.compile(r"(?:增长|增長|增加|提高|提升|下降|减少|減少|降低|上升|增幅|降幅|涨|漲|跌"
                      r"|缩短|縮短|延长|延長|节省|節省|节约|節約|扩大|擴大|缩小|縮小)[了]?(?:多少|几|幾|百分之(?:几|幾|多少))"
                      r"|(?:增长|增長|增幅|降幅|涨幅|漲幅|跌幅|增速)(?:是|为|為|有)(?:多少|几|幾)"  # 增幅是多少
                      # 增长幅度有多大, 增幅有多大 (which the spoken words read 增长有多大 where a corpus lacks 增幅)
                      r"|(?:增长|增長|上涨|上漲|下降|增加)幅度(?:是|为|為|有)?(?:多大|多少)"
                      r"|(?:增幅|涨幅|漲幅|降幅|增长|增長)(?:是|为|為|有)?多大"
                      # 比去年同期多了多少, 比前一年多了多少万名: the change from then, not the level now
                      r"|比(?:去年|上一?年|前一?年|往年|上年|同期|以前|之前|過去|过去)(?:同期)?"
                      r"(?:多|少|增加|增长|增長|减少|減少|高|低|涨|漲|降)(?:了|出)?(?:多少|几|幾|百分之)"
                      # 递交申请书的人多了多少: how many more, not how many (8小时 is no change)
                      r"|(?<![差许許])(?:多|少)了(?:多少|几|幾)")


# How documents write a measure word after the number, where it is not the word itself (`_written`).
_FLOOR = "(?:楼|樓|层|層)(?![梯道房顶頂])"  # 住几楼: 7层住户, 5楼 (a floor, not 楼梯)
_BUILDING = "(?:间|間|座|所|栋|棟|幢)"  # a building or an institution: 有几间邦立图书馆 → 3座邦立图书馆
_WRITTEN_AS = {"度": "(?:度|°|℃)", "年": "年(?![代底初末中])", "人": "(?:人|名|位|个人)",
               **dict.fromkeys("楼樓层層", _FLOOR), **dict.fromkeys("间間座所栋棟幢", _BUILDING),
               **dict.fromkeys("件项項", "[件项項]"),  # matters (实事, 事项) count by 件 and 项 alike
               "家": "[家户戶]",  # 几家脱贫户 → 近10户脱贫户 (not 户 for 家: 百家村 is no count)
               # People by either classifier: 多少位老师 → 100名老师 (not 人: 受益群众达50余万人 is no 党员 count).
               **dict.fromkeys("名位", "[名位]")}


def _written(measure: str, folded: str) -> str:
    """The measure word as documents write it after the number: 几分钟 → 15分钟; 多少度 → 40度, -30°C,
    25℃; 干了多少年 → 3年, never a decade (80年代); 多少人 → 2万多名社区居民 (people are counted by 名
    and 位 too); 几楼 → 7层."""
    if measure == "分":
        return "分钟" if "分钟" in folded else "分"
    if measure in "个個" and not _SPAN_OF_TIME.search(folded):
        return "[个個]" + _NO_SPAN  # 几个交警: not the 5个小时 she stood on the bridge
    if measure == "人" and "人次" in folded:
        return "人次"  # 服务了多少人次: visits counted (48万人次), not the people living there (近2万人)
    return _WRITTEN_AS.get(measure, re.escape(measure))


# 个 before a unit of time counts hours or months (5个小时, 三个月): a span, not people or things.
_TIME_UNITS = r"(?:小时|小時|月|星期|礼拜|禮拜|钟头|鐘頭|工作日|年头|年頭)"
_SPAN_OF_TIME = re.compile(r"[个個]" + _TIME_UNITS)
_NO_SPAN = r"(?!" + _TIME_UNITS + r")"


# The classifiers a thing counted with the generic 个 may be counted by in writing (121处服务站, 3座桥).
_THING_MEASURES = "[个個处處座所家栋棟幢间間条條项項件支只台臺辆輛架艘部张張块塊片场場]"
# Classifiers of the items of a list (几条规定, 哪几项措施, 几点要求):
# written 个 as often (not 家: 赞助商达到多少家 is no 2个级别).
_ITEM_MEASURES = "[条條项項点點种種类類件]"
# What the generic 个 counting people may stand for: a person's classifier too (几个党员 → 200多名社区
# 党员), for a noun of people by its last character (党员, 居民, 志愿者, 学生; not 民族: 2000余名少数
# 民族群众 counts people, not peoples).
_PEOPLE_MEASURES = "[个個名位]"
_PEOPLE_END = frozenset("员員民人者生师師工部众眾长長友属屬兵手表士官警客")  # 代表, 护士, 法官, 交警, 游客


def _generic(noun: str | None) -> str:
    """The classifiers the generic 个 stands for before `noun`."""
    return _PEOPLE_MEASURES if noun and noun[-1] in _PEOPLE_END else _THING_MEASURES


def count_pattern(measure: str, noun: str | None) -> Matcher | None:
    """The number, its measure word and the counted noun, either way round: 200多名社区党员 for
    多少名党员, 开展各类活动3800余场 for 多少场活动; for the generic 个, the noun counted by any
    classifier of things (多少个党群服务站 → 121处…党群服务站), and for a classifier of things, by 个
    too (几支服务队 → 12个…服务队). None when the question names no noun."""
    if not noun:
        return None
    if measure in "个個":
        written = _generic(noun)
    elif re.fullmatch(_THING_MEASURES, measure):  # 几支志愿服务队 → 12个“红马甲”特色志愿服务队
        written = "(?:" + _WRITTEN_AS.get(measure, re.escape(measure)) + "|[个個])"
    else:
        written = re.escape(measure)
    number = compiled(NUMERAL + written)
    return AnyOf((NearNoun(number, noun), NearNoun(number, noun, noun_first=True)))


def measured_pattern(measure: str, noun: str | None, folded: str) -> Matcher:
    """The number with its measure word (200多名), or a number of 万/亿 ending its clause. 干了多少年 is
    never answered by a year (2017年) unless a calendar is asked (公元前多少年)."""
    calendar = re.search(r"(?:西元|公元|西历|西曆|民国|民國)(?:前)?(?:第)?(?:几|幾|多少)年", folded)
    year = r"(?<![0-9])(?!(?:1[0-9]|20)[0-9]{2}\s*年)" if measure == "年" and not calendar else ""
    measured = compiled(year + NUMERAL + _written(measure, folded) + ELIDED)
    # 个 counts anything when the counted noun follows: 五个不同的类型 for 几种类型; and what 个 asks
    # is counted by any classifier of things: 121处…党群服务站 for 多少个党群服务站.
    generic = _generic(noun) if measure in "个個" else "[个個]"
    if not noun:
        if re.fullmatch(_ITEM_MEASURES, measure):
            # 危险一共几条 (the noun said before): items of a list, by 个 in writing too (四个危险); not
            # buildings or vehicles (几栋楼 is no 上百个停车位).
            return compiled(year + NUMERAL + "(?:" + re.escape(measure) + "|[个個])" + ELIDED)
        return measured
    # 几支志愿服务队 → 12个“红马甲”特色志愿服务队: a thing counted by 个 in writing, its noun anywhere
    # later in the clause.
    reach = CLAUSE_REACH if measure not in "个個" and re.fullmatch(_THING_MEASURES, measure) else REACH
    # …活动3800余场 for 多少个活动: the noun before the number, as count_pattern reads it too.
    number = compiled(NUMERAL + generic)
    return AnyOf((measured, NearNoun(number, noun, reach=reach), NearNoun(number, noun, reach=reach, noun_first=True)))


# 常住的居民有多少, 80岁以上的老人一共有多少: the count ends the question with no measure word, after
# a noun of people: answered by people counted (2万多名, 300多户, 近2万人), the number right before
# or after the noun, or a share (六成是…老人), not by the 近300件 of the clause before.
_PEOPLE_COUNTED = r"\s*(?:多|余|餘)?\s*(?:[万萬千百亿億])?(?:多|余|餘)?\s*(?:人|名|位|户|戶|个人|個人)"


def counts_people(noun: str) -> bool:
    """The noun names people by its last character (党员, 居民, 老人, 志愿者; not 民族), or a population
    (户籍人口, 总人口: counted in 人, not by the 几十项 services the sentence also lists)."""
    return noun[-1:] in _PEOPLE_END or noun.endswith("人口")


# The whole a place's people are counted as (常住人口近2万人, 社区居民2万多名), and other groups of
# them: a count right after one of these counts them, not the 老人 or 志愿者 a question asks of.
_PEOPLE_WORDS = ("人口", "居民", "群众", "群眾", "村民", "市民", "百姓", "党员", "黨員", "职工", "職工", "员工", "員工",
                 "学生", "學生", "游客", "遊客", "患者", "人员", "人員", "会员", "會員", "志愿者", "志願者")
_WHOLE = frozenset(("人口", "居民", "群众", "群眾", "村民", "市民", "百姓"))
_ANYONE = frozenset(("人", "口人", "个人", "個人"))
# Between such a word and its count: 近, 约, 达, 共有, 为 (常住人口近2万人, 居民达2万人).
_UP_TO = r"[近约約达達共有为為是逾超过過约約计計]{0,3}$"


def people_pattern(noun: str, whole: bool = False) -> Matcher:
    """How 居民有多少 is answered, `noun` the people counted; no ordinal (第一时间转移群众 counts no one).
    `whole`: the question asks how many there are at all, not how many of them do or are something."""
    # Not a fraction's numeral either (总人口的三分之一 counts no one).
    number = compiled(r"(?<![第0-9.])" + NUMERAL + r"(?![一二两三四五六七八九十百千0-9]*分之)")
    people: Matcher = compiled(NUMERAL + _PEOPLE_COUNTED)
    # 老人 is some of them; 居民, 口人 (住着多少口人) ask any count of a place's people.
    if noun not in _ANYONE and not any(noun.endswith(whole) for whole in _WHOLE):
        others = [word for word in _PEOPLE_WORDS if not (noun.endswith(word) or word.endswith(noun))]
        people = NotAfter(people, compiled("(?:" + "|".join(others) + ")" + _UP_TO))
    counted = (people, NearNoun(number, noun), NearNoun(number, noun, noun_first=True))
    # Some of them may be counted as a share of a whole (六成是70岁以上老人); a population is the whole
    # (少数民族约占社区总人口的三分之一 does not say how many live there), and so are a place's 居民 or
    # 村民 asked with nothing said of them (一共住了多少居民).
    whole = noun.endswith("人口") or (whole and noun in _WHOLE)
    return AnyOf(counted if whole else (*counted, SHARE_A))


def vague_pattern(measure: str, folded: str) -> re.Pattern[str]:
    """几十项 for 多少项: a rough amount, which answers when the documents say no more (`Asked.vague`)."""
    return compiled(r"(?:[数數几幾][十百千万萬]|[十百千][数數几幾余餘多])" + _written(measure, folded))


def vague_people_pattern(noun: str) -> re.Pattern[str]:
    """数百名下沉党员 for 下沉的党员有多少: people counted roughly, the noun right after (`Asked.vague`)."""
    return re.compile(r"(?:[数數几幾][十百千万萬]|[十百千][数數几幾余餘多]|上[百千万萬])\s*(?:名|位|人|个|個)"
                      r"[^，,。；;！!？?]{0,4}?" + re.escape(noun))


def bare_count_pattern(folded: str) -> Matcher | None:
    """服务了多少白领: no measure word, so the sentence counting 白领 (服务白领48万人次) is the likeliest
    answer, not any sentence with a number (百乐门大都会22层). None when 多少 is not before a noun."""
    bare = _BARE_COUNT_Q.search(folded)
    if bare is None:
        return None
    noun, number = bare.group(1), compiled(NUMERAL)
    return AnyOf((NearNoun(number, noun, noun_first=True), NearNoun(number, noun)))


def _ordinal(measure: str) -> str:
    """第二个 (or 首个), not the 一个 inside 第一个; with its measure word the 第 may be left out
    (居俄联邦的63位)."""
    return r"(?:第?" + NUMERAL + r"|首)" + re.escape(measure)


def ordinal_pattern(measure: str | None) -> re.Pattern[str]:
    """How 第几个 is answered: 第二个, 首个; without a measure word, 第二 or 首届, 首位 …"""
    return re.compile(_ordinal(measure) if measure else r"第" + NUMERAL + r"|首[个位届次任批名]")


def ordinal_count_pattern(measure: str | None, noun: str | None) -> Matcher | None:
    """The ordinal with the counted noun (第三个社区); None without a measure word and a noun."""
    if not (measure and noun):
        return None
    return NearNoun(compiled(_ordinal(measure)), noun)


# A price or an amount asked per unit of goods (一斤能卖多少, 每平米多少钱, 一亩地产多少): the unit, which
# the answer says beside its figure (二三十块钱一斤, 每平方米1.2万元, 元/斤). Not a time (一年, 每天: 日均
# and 年均 say it too) nor people (人均).
_PER_UNIT = re.compile(r"(?:每|一)(斤|公斤|千克|吨|噸|亩|畝|平方米|平米|件|瓶|套|盒|袋|箱|只|隻|头|頭)"
                       r"[\u4e00-\u9fff]{0,6}?(?:多少|几|幾)")
_UNIT_SAID = {"平米": "平方?米", "噸": "[吨噸]", "畝": "[亩畝]", "隻": "[只隻]", "頭": "[头頭]"}


def per_unit(folded: str) -> str:
    """The unit a price or an amount is asked per (斤 of 金大爷的羊一斤能卖多少), "" when none."""
    found = _PER_UNIT.search(folded)
    return found.group(1) if found else ""


def per_unit_said(unit: str, sentence: str) -> bool:
    """The (folded) sentence says a figure per that unit: 一斤, 每斤, /斤 (not the 1万多块钱 the sheep
    fetched in all)."""
    return bool(re.search(rf"(?:每|一|/|／)\s*(?:{_UNIT_SAID.get(unit, re.escape(unit))})", sentence))

