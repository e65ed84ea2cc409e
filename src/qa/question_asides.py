"""What a question says beside what it asks, read out before it is searched: the clause the asker
sets aside (我不是问拆了啥，是问谁带的头), the item word after a name (韩国那一项), and whether asked
A-not-A (关不关机), which jieba would cut into words no document says. `question_text.plain_text`
applies each where its turn comes.
"""

from __future__ import annotations

import re

__all__ = ["a_not_a_as_asked", "without_a_names_item", "without_what_is_not_asked"]

# 韩国那一项又是几个亿, 东盟那块呢, 跟日本那块的生意: the item of what is named, no word of its own (not
# 那块心病, 那项预算: a measure word before its noun).
_THAT_ITEM = re.compile(r"(?<=[\u4e00-\u9fff])(?:那|这)一?(?:块儿?|项|部分)(?=[的呢吗嘛,，。？?\s又是有比在]|$)")


# 关不关机, 收不收钱, 要不要出钱, 有没有工资: whether, asked A-not-A, which jieba cuts into words no
# document says (关不, 村种) or into a negation (不要): read as the thing asked and 吗 (关机吗).
# Not 动不动, 时不时 (every so often), 爱理不理 (aloof): no asking.
_A_NOT_A = re.compile(r"(?<!爱)(?<!愛)((?![动動时時])[\u4e00-\u9fff])[不没沒]\1([\u4e00-\u9fff]*)")


# 我不是问拆了啥，是问谁带的头; 金额是多少 不是问项目个数哈: what the asker does not ask, no word of the
# question (行政村 of 不是问有几个行政村 found the count of villages for 总人口是多少). Not a check put
# as a question (不是问过了吗).
_NOT_ASKED = re.compile(r"[，,。？?\s]*(?:我|俺)?不是(?:问|問|想问|想問)[^，,。？?！!]*?(?<![吗嗎吧])(?:哈|啊|呀|哦)?(?=[，,。？?！!\s]|$)"
                        r"(?:[，,\s]*(?:我|俺)?(?:是|而是)?(?:想)?(?:问|問|知道)(?:的是)?)?")


def without_what_is_not_asked(text: str) -> str:
    """The (folded) text without the clause the asker says they do not ask (one comma left between)."""
    return re.sub(r"[，,]{2,}", ",", _NOT_ASKED.sub(",", text))


def without_a_names_item(text: str) -> str:
    """The (folded) text without the item word after a name (韩国那一项 → 韩国)."""
    return _THAT_ITEM.sub("", text)


def a_not_a_as_asked(text: str) -> str:
    """The (folded) text with an A-not-A asking read as the thing asked and 吗 (关不关机 → 关机吗)."""
    return _A_NOT_A.sub(r"\1\2吗", text)
