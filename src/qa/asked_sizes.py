"""How a question asks for a size, and the units it is answered in: an age (多大年纪 → 岁), a length
or a height (多长, 多高 → 米, 公分), a weight, an area (占地多少 → 平方米), and a unit typed after 多少
(多少厘米 → any unit of length). Pure patterns; `qa.asked` reads them into the question's `Asked` value.
"""

from __future__ import annotations

import re

from .text import fold

# Units by dimension, each written once: what a number asked in that dimension may be written in.
_LENGTH_UNITS = ("米|公里|千米|里|厘米|毫米|英里|公分|公尺|英尺|英寸|尺|寸|海里|浬|光年|天文单位|天文單位"
                 "|km|cm|mm|m(?![a-z])")
_WEIGHT_UNITS = "吨|噸|斤|克|公斤|千克|公克|公吨|公噸|磅|盎司|kg|g(?![a-z])"
_AREA_UNITS = "平方|亩|畝|公顷|公頃|英亩|英畝|㎡|㎢"
_LENGTH = f"(?:{_LENGTH_UNITS})"
_WEIGHT = f"(?:{_WEIGHT_UNITS})"
_AREA = f"(?:{_AREA_UNITS})"
_TRAVEL_TIME = "分钟|分鐘|小时|小時|个小时|個小時"

# 多大年纪 / 多长 / 多高 ask for a number in a unit the question does not write.
_SIZE_Q = (
    # 今年多大了: a person's age, the way people ask it.
    (re.compile(r"多大(?:年纪|年紀|岁数|歲數)|年龄|年齡|几岁|幾歲|多少岁|多少歲|今年多大|多大了|多大啦"), r"[岁歲]"),
    # 离县城有多远: a distance, or the time it takes to cover it (步行10分钟, 车程1小时).
    (re.compile(r"多远|多遠"), f"(?:{_LENGTH_UNITS}|{_TRAVEL_TIME})"),
    (re.compile(r"多长(?!时间|時間)|多長(?!時間)|长度|長度|距离|距離|多宽|多寬|宽度|寬度|多厚|厚度"), _LENGTH),
    (re.compile(r"多高|高度|海拔|多深|深度"), _LENGTH),
    (re.compile(r"多重|重量"), _WEIGHT),
    # 雄鸟有多大 → 13厘米: a body's size is its length (or weight) as often as an area.
    (re.compile(r"多大(?!年纪|年紀|岁数|歲數)|面积|面積|占地"), f"(?:{_AREA_UNITS}|{_LENGTH_UNITS}|{_WEIGHT_UNITS})"),
)


# Named, an area, a height, a length or a weight is answered in its unit (占地面积有多大 → 2.3万平方米,
# not 常住人口近2万人); a bare 多大/多长 may be answered otherwise (多大的变化, 多长的队伍).
NAMED_SIZE_Q = re.compile(r"面积|面積|占地|海拔|高度|深度|长度|長度|重量|距离|距離|宽度|寬度|厚度|多远|多遠"
                          # 白领驿家有多大: its size; not 规模有多大 (any amount), 多大的变化
                          r"|(?<!规模|范围|影响|作用|变化|力度|官阶|压力|风险|差距|意义|损失|难度|程度|能力|权力|效果|区别|年纪|岁数)"
                          r"有多大[？?。！!]*$")


# A unit of measure typed after 多少/几 (多少厘米, 几公尺高, 多少平方公里): answered by a number in a
# unit of the same dimension (1.85米 for 多少厘米), never by any number (攻入3粒进球, 高四層).
_TYPED_UNITS = ((re.compile(r"(?:多少|几|幾)\s*(?:平方|公顷|公頃|英亩|英畝)"), _AREA),
                (re.compile(r"(?:多少|几|幾)\s*(?:公里|千米|厘米|毫米|公分|公尺|英里|英尺|英寸|海里|光年)"), _LENGTH),
                (re.compile(r"(?:多少|几|幾)\s*(?:公斤|千克|公克|公吨|公噸|盎司)"), _WEIGHT))


_AREA_Q = re.compile(r"占地|面积|面積")


def typed_unit(folded: str) -> str | None:
    """The units a number asked in a typed unit of two characters or more may be written in (as a
    regex): length for 多少厘米, area for 多少平方公里; None when no such unit is typed. One-character
    units (米, 吨, 亩) are measure words already (`measure_word`)."""
    units = next((units for typed, units in _TYPED_UNITS if typed.search(folded)), None)
    if units == _LENGTH and _AREA_Q.search(folded):
        return _AREA  # 占地多少公里: an area, written 30平方公里
    return units


# 钟楼有多高, 身高多高: a height, in metres; not what a value is (评价多高, 收入有多高: any amount).
_HEIGHT_Q = re.compile(r"(?:有)?多高")
_NOT_HEIGHT = ("率", "度", "值", "价", "格", "评价", "地位", "水平", "标准", "要求", "期望", "人气", "收入", "工资",
               "成本", "分数", "成绩", "票房", "风险", "呼声", "产量", "得分", "气温", "声望", "威望", "待遇", "费用",
               "薪水", "学历")  # 满意率, 知名度, 产值, 身价, 价格: a value, not a height


def asks_height(folded: str) -> bool:
    """多高 of a thing or a person (钟楼有多高, 卡门线多高): a height, answered in a unit of length."""
    found = _HEIGHT_Q.search(folded)
    return found is not None and not folded[: found.start()].endswith(_NOT_HEIGHT)


def size_unit(question: str) -> str | None:
    """The unit a 多大年纪/多长/多高/多重/面积 question is answered in, as a regex; None otherwise."""
    folded = fold(question)
    return next((unit for asked, unit in _SIZE_Q if asked.search(folded)), None)
