"""What a figure is a figure of: 总投资, 出口, 收入, 产值. Economic news gives several side by side
(培育国际营销体系项目347个,带动出口146.3亿元), and one of them is no answer to another:
`…项目总投资是多少` is not answered by the exports the projects drove.

`quantities_asked` reads the quantities a count or amount question names; `other_quantities_blanked`
blanks each clause of a sentence that names only other ones, so the number left is one of the asked
quantity or of none named (a clause that names no quantity may be about any: 约有4000人).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["other_quantities_blanked", "quantities_asked"]

# Quantities a figure is given for, longest first (进出口 is not 出口; 出口额 is 出口).
_QUANTITIES = ("进出口", "投资", "出口", "进口", "营业收入", "收入", "营收", "利润", "产值", "销售额", "交易额",
               "成交额", "货值", "税收", "财政支出", "支出", "预算", "补贴", "工资", "营业额", "票房", "市值",
               "生产总值", "GDP", "产量", "销量", "存款", "贷款", "债务", "罚款", "捐款",
               # What goes in is no answer to what comes out (整合涉农资金约3.5亿元 vs 带来多少收益).
               "收益", "分红", "资金",
               # A population counted one way is no answer to another (户籍人口 vs 常住人口近2万人).
               "常住人口", "户籍人口", "流动人口", "外来人口")
_QUANTITY = re.compile("|".join(sorted(_QUANTITIES, key=len, reverse=True)))
_CLAUSE = re.compile(r"[^，,。；;！!？?]+")
# A rate, named by what it rates (按时办结率, 诉求解决率, 群众满意率): one rate is no answer to another.
# Read by its last two characters and 率 (解决率 is the 诉求解决率); not a manner (效率, 频率, 坦率).
_RATE = re.compile(r"[\u4e00-\u9fff]{1,4}?([\u4e00-\u9fff]{2})率")
# 比率, 倍率, 汇率: a ratio of any two things (以一万兑一比率折换), not one rate of several.
_NOT_RATES = frozenset(("效率", "概率", "频率", "頻率", "轻率", "草率", "坦率", "直率", "表率", "功率", "比率", "倍率", "汇率",
                        "匯率"))


def _named(text: str) -> set[str]:
    """The quantities and rates a (folded) text names."""
    rates = {m.group(1) + "率" for m in _RATE.finditer(text) if m.group(1)[-1] + "率" not in _NOT_RATES}
    return set(_QUANTITY.findall(text)) | rates


def quantities_asked(folded: str) -> tuple[str, ...]:
    """The quantities a (folded) question names (…项目总投资是多少 → 投资, 按时办结率多少 → 办结率)."""
    return tuple(sorted(_named(folded)))


def other_quantities_blanked(sentence: str, asked: Sequence[str]) -> str:
    """The (folded) sentence with each clause that names a quantity, but none asked, blanked:
    带动出口146.3亿元 gives no 投资."""
    def blank(clause: re.Match[str]) -> str:
        named = _named(clause.group(0))
        return "，" * len(clause.group(0)) if named and not named & set(asked) else clause.group(0)

    return _CLAUSE.sub(blank, sentence)
