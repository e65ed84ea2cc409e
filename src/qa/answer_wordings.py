"""What a reason, a method, a definition, a list, a place of origin or a location is worded with.

No number or name pattern catches these kinds of answer; the wording does (为什么 → 因为). The
chooser's features (`qa.sentence_features`) look for the wording of the kind asked in each candidate
sentence, and its fitting (`benchmarks/fit_chooser.py`) labels each question by the kind it asks.
"""

from __future__ import annotations

import re

from .answer_shape import ORIGIN_ANSWER
from .reason_words import REASON_SAID

# How a way done is worded in the sentence that tells it (通过, 采用, 借助…).
WAY_SAID = re.compile(r"通过|通過|采用|採用|利用|采取|採取|借助|藉由|依靠|方法|方式|措施|办法|辦法")

# Kinds of answer no number or name pattern catches, each with the wording its answer is put in:
# 为什么 → 因为/由于; 怎么做 → 通过/采用; 是什么 → 是/指/为; 哪些 → a list (、); 哪里人 → …人;
# 在哪里 → 位于/地处.
_ASKS = (
    # 作为什么, 称为什么 ask what it is taken as or called, not why; so do 改为什么, 被列为什么地方,
    # 被誉为什么, 译为什么, 封为什么官职, 变为什么颜色, 称之为什么 (为 is "as", 什么 "what"); so does 为什么
    # ending the question (单位为什么, 更名为什么), unless it follows 是 or 了 (这是为什么). (Not after
    # 分 or 视: 部分为什么以…命名, 电视为什么以…为号召 ask why.)
    ("reason", re.compile(r"(?<![作成称稱认認喻列名改封誉譽评評译譯选選变變转轉任追之])(?:为什么|為什麼|为何|為何)(?![\s？?！!。.，,呢啊呀吧]*$)"
                          r"|(?<=[是了])(?:为什么|為什麼|为何|為何)|^(?:为什么|為什麼|为何|為何)"
                          r"|原因|何故|怎么会|怎麼會|理由|缘故|緣故"),
     REASON_SAID),
    ("method", re.compile(r"怎么|怎麼|怎样|怎樣|如何|方法|方式|途径|途徑|措施|办法|辦法"),
     re.compile(WAY_SAID.pattern + r"|以")),
    # 是什么形状/颜色/样子 asks what it looks like, not what it is (the lead that defines it).
    ("definition", re.compile(r"是(?:什么|什麼|甚麼)(?!形状|形狀|样子|樣子|颜色|顏色|模样|模樣|外形|形态|形態|样的|樣的)|指什么|指什麼|什么是|什麼是|是指|何谓|何謂|是谁|是誰|什么意思|什麼意思|的意思|定义|定義"),
     re.compile(r"是|指|为|為|称|稱|即")),
    # A list is also put as clauses opening alike (管住自己,管住亲属,管住身边的人; 不为…,不为…,不为…).
    ("listing", re.compile(r"哪些|哪几|哪幾|有什么|有什麼|有何|包括|包含"),
     re.compile(r"[、及和与與]|以及|包括|等"
                r"|(?:^|[，,；;：:])([\u4e00-\u9fff]{2})[^，,；;。]{1,10}[，,；;]\1[^，,；;。]{1,10}[，,；;]\1")),
    ("origin", re.compile(r"哪里人|哪裡人|何地人|何处人|何處人|籍贯|籍貫|出生地|出身"), ORIGIN_ANSWER),
    ("location", re.compile(r"哪里|哪裡|哪儿|哪兒|何地|何处|何處|什么地方|什麼地方|在哪|位置"),
     # 拉策堡是德国石勒苏益格-荷尔斯泰因州的一座城市, 陶街,是中国广州市越秀区一条…街道: a place said
     # to be one of its kind somewhere says where it is, with no 位于.
     re.compile(r"位于|位於|坐落|座落|地处|地處|坐落于|境内|境內"
                r"|是[^，,。；;]{2,24}?的?一(?:座|个|個|条|條|所|处|處|片|块|塊)")),
)
KINDS = tuple(kind for kind, _, _ in _ASKS)


def asks(question: str) -> tuple[re.Pattern[str] | None, ...]:
    """For each of `_ASKS`: the answer's wording when the question asks that kind, else None."""
    return tuple(answer if asked.search(question) else None for _, asked, answer in _ASKS)


def kind_asked(question: str) -> str | None:
    """The first of `_ASKS`' kinds the question asks (reason, method, definition, listing, origin,
    location), None for none: how the chooser's fitting labels a question by kind."""
    return next((kind for kind, asked, _ in _ASKS if asked.search(question)), None)
