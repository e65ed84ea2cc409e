"""A search-box message read as the question it stands for: 张银祥 年龄 → 张银祥的年龄多大,
石油共生大院 门票 → 石油共生大院的门票多少钱, 华雨辰 职业 → 华雨辰是做什么工作的,
7家二手车出口企业 名单 → 7家二手车出口企业有哪些.

People type keywords into a chat box as they do into a search engine: the subject, then the thing
wanted of it, and no asking word. Read as it was typed, such a message asked for no kind of fact,
so any sentence naming the subject answered it (石油共生大院 门票 quoted the sentence saying when the
courtyard was planned) while the sentence holding the fact had no cue to rank it first (张银祥 年龄
was declined beside 今年47岁的张银祥). The noun at the end says what is asked; the asking a person
would have typed after it is added, so the one reader of questions (`asked`) reads the message as
it reads the full question, and the same checks of the answer's shape apply.

Only a message without any asking word is read so: 张银祥多大 and 那居民呢 are questions already.
The nouns are a table on purpose: each stands for one kind of fact (a price, a count, a time, a
name, a person, a place, a list), which no general Chinese lexicon records.
"""

from __future__ import annotations

import re

__all__ = ["asked_text"]

# The noun typed last → the asking typed after it in a full question. A few nouns are asked without
# being said (the asking holds them): 名单 → 有哪些, 职业 → 是做什么工作的, 人数 → 有多少人.
_ASKED_FOR: dict[str, str] = {"名单": "有哪些", "职业": "是做什么工作的", "工作": "是做什么工作的", "人数": "有多少人"}
_ASKING_AFTER: tuple[tuple[str, str], ...] = (
    ("门票|票价|价格|价钱|费用|收费|租金|房租|工资|月薪|薪水|学费|车费|成本|造价|售价", "多少钱"),
    ("年龄|岁数|年纪", "多大"),
    ("人口|户数|数量|总数|面积|长度|高度|深度|距离|金额|总额|总量|产值|销量|增幅|增速|涨幅|降幅"
     "|比例|占比|比重|电话|号码|票数|得分|分数|排名|名次|订单量|交易额|进出口额|满意率|投诉率", "是多少"),
    ("时间|日期|营业时间|开放时间|成立时间|年代|年份|生日", "是什么时候"),
    ("成员|种类|类别|品类|项目|措施", "有哪些"),
    ("名字|名称|全称|简称|姓名|真名|外号|笔名|昵称", "叫什么"),
    ("负责人|作者|记者|编辑|责编|主编|书记|主任|局长|站长|队长|会长|院长|校长|发起人|创始人|组织者"
     "|领导|老板|主持人|播音员", "是谁"),
    ("地址|位置|地点|住址|所在地|办公地点", "在哪里"),
    # Not a description (内容, 特点, 做法, 影响): 是什么 after it asks for no kind of fact.
    ("原因|理由|职务|职位|身份|专业|含义|意思|口号|主题|来源|出处|形状|颜色|类型|级别", "是什么"),
)
_NOUN_AT_END = re.compile(r"(?<=[\w\s的])(" + "|".join([*_ASKED_FOR, *(nouns for nouns, _ in _ASKING_AFTER)])
                          + r")[\s?？!！。.]*\Z")
_ASKING = {noun: asking for nouns, asking in _ASKING_AFTER for noun in nouns.split("|")}
# Any asking word, a question particle or a guess (是X吧): the message is a question already; a
# statement (张国珍是…部门主任, a premise before the asking) or several clauses are no search-box keys.
_ASKS = re.compile(r"[是，,；;：:]|什么|甚么|啥|多少|几|幾|谁|誰|哪|怎|咋|如何|何|为啥|为什么|為什麼|吗|嗎|么|麼|呢|吧|是否|有没有|是不是|没有|沒有"
                   r"|多大|多久|多长|多長|多高|多远|多遠|多重")


def asked_text(text: str) -> str:
    """`text` with the asking its last noun stands for typed after it (年龄 → 年龄多大); `text` as
    it is when it is not a search-box message (no such noun last, or an asking word anywhere)."""
    found = _NOUN_AT_END.search(text)
    if found is None or _ASKS.search(text) is not None:
        return text
    noun, before = found.group(1), text[: found.start()]
    # 华雨辰 职业 is 华雨辰的职业: a space between subject and noun parts what one reading joins.
    subject = before.rstrip()
    joined = subject + "的" if subject != before and subject and not subject.endswith("的") else before
    if noun in _ASKED_FOR:
        return joined.removesuffix("的") + _ASKED_FOR[noun]
    return joined + noun + _ASKING[noun]
