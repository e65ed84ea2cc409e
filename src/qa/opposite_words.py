"""The other side of a state a yes-or-no question guesses: 冷不冷清 is answered by 人气颇高, 是不是下滑了
by 同比增长5.9%, 是不是自己一个人住 by 与父母同住.

People ask yes or no by guessing one side (是不是很少见了, 拖了很久才搞定吗); a report states the
side that holds, in its own word (多发易发, 很快化解了矛盾). A sentence saying the other side answers
as well as one repeating the guess, so the sentence an asked state is looked for in (`asked_yes_no`,
`answer_shape.fits`, `choosing`) may hold either. Only two-sided states of the news and policy
register are listed, each side in the words a report uses; a word of one side stands for all of
its side. It is a table on purpose: the package index has no kept Chinese antonym lexicon, and
thesauri (Cilin) group words by topic, not by their opposite.
"""

from __future__ import annotations

import re

__all__ = ["opposed_words"]

# Two sides of a state: the words a question or a report says each with.
_SIDES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Busy or quiet.
    (("冷清", "冷落", "没人气", "没什么人", "人少"), ("热闹", "人气", "火爆", "红火", "爆满", "人多")),
    # Few or many.
    (("很少", "较少", "不多", "少见", "少了", "没几个", "罕见", "稀少"),
     ("很多", "较多", "不少", "多发", "常见", "众多", "增多", "多了", "还多", "更多")),
    # Amounts going up or down.
    (("增长", "增加", "上升", "上涨", "提高", "涨了", "扩大", "攀升"),
     ("下降", "下滑", "减少", "降低", "下跌", "回落", "缩小", "萎缩")),
    # Getting better or worse.
    (("好转", "缓解", "控制住", "平稳", "稳定"), ("反弹", "恶化", "加重", "加剧", "蔓延", "扩散", "暴发")),
    # Living alone or with others.
    (("独居", "一个人住", "自己住", "独自", "一个人生活", "一个人过", "孤身"),
     ("同住", "一起住", "一起生活", "住在一起", "一块住", "一块儿住", "陪伴", "身边")),
    # Slow or quick.
    (("很久", "好久", "很长时间", "老半天", "拖了", "拖了很久", "迟迟"),
     ("很快", "迅速", "及时", "当即", "立即", "马上", "第一时间", "当场")),
    # First or last in line.
    (("前头", "前面", "优先", "排前"), ("后面", "靠后", "排后", "最后")),
    # Clean or dirty, in order or not.
    (("干净", "整洁", "卫生", "整齐", "有序", "规整", "漂亮"),
     ("脏乱", "脏", "臭", "垃圾", "杂乱", "凌乱", "衰败", "破旧", "无序", "混乱")),
    # Welcomed or not, willing or not.
    (("欢迎", "支持", "认可", "理解", "配合", "乐意", "愿意", "同意", "接受"),
     ("冷眼", "反对", "不理解", "抵触", "质疑", "不配合", "不愿", "不乐意", "不同意", "不肯", "拒绝")),
    # Young or old.
    (("年轻人", "年轻"), ("老人", "老年", "岁以上", "高龄", "老龄")),
    # Off or on, closed or open.
    (("关机",), ("开机",)),
    (("关门", "停业", "关闭", "歇业", "停了"), ("开门", "营业", "开放", "24小时", "照常", "恢复")),
    # Paid for or free; a lot or a little.
    (("收费", "要钱", "掏钱", "花钱", "出钱", "交钱", "付费", "补偿", "报酬"),
     ("免费", "无偿", "不出钱", "分文", "不要钱", "义务", "自愿")),
    (("一大笔", "大笔", "很多钱", "好多钱", "很贵", "昂贵"), ("少量", "少许", "一点", "便宜", "低价")),
    # Easy or hard, done or not.
    (("容易", "简单", "轻松", "顺利", "没难度"), ("困难", "难题", "不易", "难度", "艰难", "阻力", "波折", "难")),
    (("成功", "成了", "办成", "做成"), ("失败", "落空", "未能", "没能")),
    (("满意", "满足", "高兴"), ("不满", "抱怨", "意见", "投诉")),
    (("安全",), ("危险", "隐患", "险情")),
    (("方便", "便利"), ("不便", "麻烦", "费时", "难")),
)

# The clause a yes-or-no question asks in: its last (小花园的矛盾，是不是拖了很久才搞定).
_CLAUSES = re.compile(r"[,，;；:：]")


def opposed_words(folded: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of each two-sided state the (folded) question's last clause names, as it says them
    (是不是自己一个人住 → 一个人住), and the words stating the other side (同住, 一起住…); ((), ())
    when it names none. The question's own words are never the other side's. (Nor is the guessed
    side's other words: 老人 of 楼里老人的身体有改善吗 is who is asked about, and with them every
    sentence on the old answered it.)"""
    clause = _CLAUSES.split(folded)[-1]
    guessed: dict[str, None] = {}
    found: dict[str, None] = {}
    for one, other in _SIDES:
        for side, opposite in ((one, other), (other, one)):
            if said := [word for word in side if word in clause]:
                guessed.update(dict.fromkeys(said))
                found.update(dict.fromkeys(opposite))
    # 义务电工…收钱不: a word the question says itself (义务) is how it names its subject, not an answer.
    return tuple(guessed), tuple(word for word in found if word not in folded)
