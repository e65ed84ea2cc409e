"""How a date answers a question of when: as precise as asked (哪天 wants a day, 哪一年 a year), a
reign's year or a period for 什么时候, an hour of the day, a year told from the report's (去年初).
`answer_shape.fits` asks it of every sentence a date question may quote."""

from __future__ import annotations

import re

from .asked import Asked
from .question_kinds import COUNT_TYPED, DATE_PRECISION, RECURRING, ROC_YEAR, YEAR

__all__ = ["AD_YEAR", "DATE_LINE", "date_fits"]

# A year of the era however short: 公元68年, 西元前4713年, 前221年.
AD_YEAR = r"(?:公元|西元|(?<![\u4e00-\u9fff\d])前)前?\d{1,4}年"

_STRICT_DATE = re.compile(AD_YEAR + "|" + ROC_YEAR + r"|(?:1[0-9]|20)\d\d年|\d{1,2}月|\d{1,2}日|\d+年代|\d+世纪|[一二三四五六七八九十]+世纪"
                          r"|[〇零一二三四五六七八九十]{1,2}月|[〇零一二三四五六七八九]{4}年"
                          # An early year opening a sentence or clause (391年「廣開土大王」即位後), no span of years.
                          r"|(?:^|(?<=[，,。；;：:]))[1-9]\d{1,2}年(?![来來间間多余餘后後前内內里裡之的])")
# An hour of the day: after a part of the day (夜里10点, 凌晨6点) or with 钟/半/分 (三点钟, 10点半); not 一点
# (a little) nor 5点意见 (five points).
_NUMBER_OF_HOURS = r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[点點]"
_HOUR = re.compile(r"(?:凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|夜里|夜裡|深夜|午夜)\s*" + _NUMBER_OF_HOURS
                   + r"|(?<![0-9.])" + _NUMBER_OF_HOURS + r"(?:钟|鐘|半|[0-9]{1,2}分|整)")
_WHEN_CLAUSE = re.compile(r"(?:^|[，,；;：:])\s*当[^，,。；;]{2,30}?时(?:[，,]|$)")
# A reign's year: two characters of its name, the year, then a month, a season or a pause
# (建炎二年七月, 康熙四十八年，, 民国26年上半年, 嘉平四年（252年）) — not a span of time (长达二十年之久).
_ERA_YEAR = re.compile(r"[\u4e00-\u9fff](?<![长長达達近约約共历歷过過了用需经經余餘多第])"
                       r"[\u4e00-\u9fff](?<![长長达達近约約共历歷过過了用需经經余餘多第])(?:元|[一二三四五六七八九十]{1,3}|\d{1,3})年"
                       r"(?=[一二三四五六七八九十正腊臘\d]{1,2}月|[，,、(（]|[上下]半年|[春夏秋冬]|间|間|初|末|底)")
# A period: 隋代, 战国时代, 白垩纪中期, 嘉庆年间, 清朝, 越战期间, and a dynasty told by its side (西晋, 南宋).
_PERIOD = re.compile(r"[\u4e00-\u9fff](?:时代|時代|时期|時期|期间|期間|年间|年間|朝(?![向着著廷])|代(?![表替价價理码碼言谢謝])|纪(?![律录錄念要委])|紀(?![律錄念要委]))"
                     r"|[东東西南北](?:汉|漢|晋|晉|周|宋|魏|齐|齊)(?![\u4e00-\u9fff]{0,1}(?:边|邊|部|面|侧|側|方))")
# A time of the year or of the day, and an age of the Earth: what an encyclopedia says of a plant, a
# fish or a fossil when asked 什么时候 (夏季开花, 产卵期在冬末春初, 通常于夜间活动, 生存于中侏罗世).
_SEASON = re.compile(r"[春夏秋冬](?:季|天)|(?:初|早|晚|深|盛|仲)[春夏秋冬]|[春夏秋冬](?:末|初)(?![中])|[春夏秋冬]{2}(?:两|兩)?季"
                     r"|夜间|夜間|夜晚|白天|白昼|白晝|日间|日間|黄昏|黃昏"
                     r"|(?:寒武|奥陶|奧陶|志留|泥盆|石炭|二叠|二疊|三叠|三疊|侏罗|侏羅|白垩|白堊|古新|始新|渐新|漸新|中新|上新|更新)"
                     r"(?:世|纪|紀)")
# A clause that says when by what happens (受惊吓时，体会分泌毒素; 此鱼不新鲜时，腥味极重), not 同时, 此时, 平时.
_WHEN_SAID = re.compile(r"(?:^|[，,；;。：:])[^，,。；;：:]{2,12}(?<![同此这這那有平当當及届屆临臨随隨暂暫准準按适適彼顿頓小])"
                        r"[时時](?=[，,])")
# A year told from the report's own (从去年初开始, 今年上半年, 今年以来): 什么时候 is answered so in news.
_RELATIVE_DATE = re.compile(r"(?:去年|今年|前年|明年|上年)(?:初|底|末|年初|年底|年末|上半年|下半年|[春夏秋冬]季?|以来|以來|开始|開始|起)"
                            # Days and times told from the report's, as news writes them: 前两天, 日前,
                            # 当天, 早在年初, 有一天深夜.
                            r"|前(?:两|兩|几|幾|些)天|日前|近日|当天|當天|当日|當日|当晚|當晚"
                            r"|(?:早在|从|從|自)(?:年初|年底|年末|月初|月底)|(?:有|那)一天(?:深夜|夜里|夜裡|晚上|早上|凌晨|半夜)")

# A paragraph that is only a day (6月7日,星期二。): a report's scene opens on it, and it dates the
# paragraph after it, which never repeats it.
DATE_LINE = re.compile(r"\s*(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}[日号號]\s*[,，、]?\s*"
                       r"(?:(?:星期|礼拜|禮拜|周|週)[一二三四五六日天])?\s*[。.]?\s*")

# A house or a line by its number (广安门北街20号院, 48号楼, 3号线): no day of the month.
_ADDRESSED = "[院楼樓栋棟门門室线線台臺库庫车車路街巷弄]"
# 哪一年 is answered by 1995年 or by 20世纪90年代; 哪天 by 8月5日 or 5日 (not 6月下旬: a part of the
# month does not say which day); 几月 by 8月.
_CN_DIGITS = "〇零一二三四五六七八九十"
# A page's header date (2020-09-17 11:07 來源: 新華社) is as precise as a day, a month and a year.
_ISO_DATE = r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
_MONTH = rf"\d{{1,2}}月|[{_CN_DIGITS}]{{1,2}}月"  # 哪年哪月 and 几月 alike
_AT_LEAST = {answer.pattern: re.compile(level + "|" + _ISO_DATE) for (_, answer), level in zip(DATE_PRECISION, (
    rf"\d{{1,2}}日|(?<!第)\d{{1,2}}[号號](?!{_ADDRESSED})|[{_CN_DIGITS}廿卅]{{1,3}}[日号號]|(?<=月)初[一二三四五六七八九十]",
    _MONTH,
    rf"(?:1[0-9]|20)\d\d年|\d+年代|\d+世纪|[{_CN_DIGITS}]+世纪|\d{{2}}年|[{_CN_DIGITS}]{{4}}年|[{_CN_DIGITS}]+年代|{AD_YEAR}|{ROC_YEAR}",
    _MONTH,
    r"(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]", RECURRING), strict=True)}


def _counts_another(typed: str, sentence: str) -> bool:
    """Does the sentence count the same measure by another number and never by the typed one? Then it
    tells of another batch or group: 81条热线被整合 dates the 81, not 那119条."""
    number, measure = typed[:-1], typed[-1]
    return re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])", sentence) is None and any(
        found != number for found, said in COUNT_TYPED.findall(sentence) if said == measure)


def date_fits(asked: Asked, sentence: str) -> bool:
    """A date as precise as asked, in the sentence without its dateline (`fits` blanks it)."""
    if any(_counts_another(typed, sentence) for typed in asked.typed_counts):
        return False  # 那119条热线全部整合完是哪年哪月: 2015年12月底,81条…热线被整合 dates another batch
    if asked.month and not re.search(rf"(?<![0-9]){asked.month}月(?:\d{{1,2}}|[{_CN_DIGITS}廿卅]{{1,3}})[日号號]", sentence):
        return False  # 名利场那篇是6月几号登出来的: a day of June, not the dateline's 8月5日
    if asked.precise is not None and asked.precise.pattern in _AT_LEAST:
        found = _AT_LEAST[asked.precise.pattern].search(sentence)
        # 哪一年 is answered by a reign's year too (建炎二年七月, 康熙四十八年，).
        year = asked.precise.pattern == YEAR
        if found or (year and _ERA_YEAR.search(sentence)):
            return True
        if asked.precise.pattern != RECURRING:
            return False
        # 一般什么时候 is answered by a time that comes round (周末, 每周二) first, but also by a season,
        # a date or a moment, as 什么时候 is (繁殖期在每年5月, 当双方战至6比6时).
    # 什么时候 is answered by a reign's year or a period as well (隋代, 战国时代, 嘉庆年间), by the hour
    # (夜里10点至翌日凌晨6点间), by a year told from the report's (去年初) and, when no event is asked,
    # by the moment a clause names (当双方…战至6比6时).
    return bool(_STRICT_DATE.search(sentence) or _ERA_YEAR.search(sentence) or _PERIOD.search(sentence)
                or _HOUR.search(sentence) or _RELATIVE_DATE.search(sentence)
                or (not asked.event and (_WHEN_CLAUSE.search(sentence) or _SEASON.search(sentence)
                                         or _WHEN_SAID.search(sentence))))
