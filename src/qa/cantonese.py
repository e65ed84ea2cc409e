"""Written Cantonese read as the Mandarin the documents are written in.

Hong Kong and Guangdong users type questions in written Cantonese (鄭彩平喺邊度返工㗎, 佢幾多歲,
係咪大部分都係黨員): its asking words (邊個, 咩, 幾時, 點解), its pronouns and particles (佢, 嘅, 咗, 啲,
㗎) are words no Mandarin passage holds, so they counted as the question's rarest and the question was
declined although its subject was found. Each is read here as the Mandarin word a passage would hold
(邊度 → 哪里, 佢 → 他, 返工 → 上班), on folded (Simplified) text, before anything else reads the
question (`question_text.plain_text`, `conversation.resolve`). Characters Mandarin shares (系 of 关系,
边 of 旁边, 点 of 几点, 话 of 电话) are read so only where the Cantonese use is certain.
"""

from __future__ import annotations

import re

from .text import fold

__all__ = ["as_mandarin", "is_cantonese", "read_as_mandarin"]

# Characters only written Cantonese uses (as folded: 嗰 folds to 𠮶, 搵 to 揾).
_ONLY_CANTONESE = re.compile(r"[喺咩嘅咗佢啲冇嗰𠮶嚟㗎唔哋乜嘢睇畀攞谂揾瞓啱咁]|系咪|边个|边度|点解|几耐|屋企|返工")

# Word for word, longest first (folded text): the words of two characters or more are read before the
# characters Mandarin shares (系咪 before 系), the single characters after them (边啲 before 啲).
_WORDS = (
    ("系唔系", "是不是"), ("系咪", "是不是"), ("有冇", "有没有"), ("喺边度", "在哪里"), ("边度", "哪里"), ("边处", "哪里"),
    ("乜嘢", "什么"), ("做乜", "做什么"), ("为乜", "为什么"), ("点样", "怎样"),
    ("几耐", "多久"), ("几时", "什么时候"), ("几多", "多少"), ("佢哋", "他们"), ("我哋", "我们"), ("你哋", "你们"),
    ("哋", "们"), ("佢", "他"), ("嘅", "的"), ("咗", "了"), ("冇", "没有"), ("嗰", "那"), ("𠮶", "那"), ("嚟", "来"),
    ("喺", "在"), ("咩", "什么"), ("嘢", "东西"), ("啲", "些"), ("唔该", ""), ("唔系", "不是"), ("唔", "不"), ("而家", "现在"),
    ("屋企", "家"), ("返工", "上班"), ("返学", "上学"), ("揾工", "找工作"), ("揾", "找"), ("睇", "看"), ("畀", "给"),
    ("攞", "拿"), ("谂", "想"), ("成日", "经常"), ("礼拜", "周"), ("琴日", "昨天"), ("听日", "明天"), ("即系", "就是"),
    ("咁", "那"), ("仲有", "还有"), ("俾", "给"), ("唞", "歇"), ("入去", "进去"), ("入嚟", "进来"),
)
_PHRASES = tuple((cantonese, mandarin) for cantonese, mandarin in _WORDS if len(cantonese) > 1)
_CHARACTERS = tuple((cantonese, mandarin) for cantonese, mandarin in _WORDS if len(cantonese) == 1)
# 系 is 是 where it is no part of a Mandarin word (关系, 体系, 联系, 系统, 系列, 中文系).
_IS = re.compile(r"(?<![关體体联聯维維派世直旁星水语語父母院科谱譜干幹太银銀])系(?![统統列数數谱譜])")
# 边 asks which before a measure or a noun (边间学校, 边位, 边一年), not 旁边, 这边, 两边, 身边.
_WHICH = re.compile(r"(?<![旁这這那两兩周左右东東西南北身海岸路河江里裡外上下前后後手半一无無天])边(?=[间間位一条條年日天种種家区區啲只隻次样樣篇单單两兩几幾])")
# 边个 asks which before the noun of a place, a body or a kind of person (边个乡, 边个小区, 边个伯伯),
# else who (系边个, 边个写).
_WHICH_ONE = re.compile(r"边个(?=[乡鄉镇鎮村区區县縣市省街社小学學大公单單部局会會队隊组組家国國城院医醫店楼樓伯叔姨婆姐哥弟妹仔女男人记記老同])")
# 点解 asks why, but 点解决 how it was solved.
_WHY = re.compile(r"点解(?![决決])")
# 点 asks how before a verb (点解决, 点做, 点去), not 几点, 一点, 重点, 地点.
_HOW = re.compile(r"(?<![几幾一重地特要观觀焦亮起终終试試景据據节節])点(?=解决|解決|做|搞|办|辦|去|搭|处理|處理|算|知|讲|講|用|揾|找|申请|申請|报名|報名)")
# 话 says (张国珍话网络应该成为咩), not 电话, 说话, 对话, 话题.
_SAYS = re.compile(r"(?<![电電说說讲講谈談通童神笑废廢情佳会會白问問对對粤粵国國普土闲閑实實好坏壞大空句话話拉])话(?![题題语語剧劇筒费費音务務话話])")
# 呢 points (呢个, 呢单新闻) before a measure; elsewhere it is the Mandarin particle.
_THIS = re.compile(r"呢(?=[个個度篇单單啲间間位次件样樣条條])")
# 仲 is 还 before a verb (仲有, 仲要, 仲系), not 仲裁, 仲夏.
_STILL = re.compile(r"仲(?![裁夏秋春冬])")
# Particles that end or pepper a Cantonese question: no words of it.
_PARTICLES = re.compile(r"[㗎喎囉啫嘞]+")


def is_cantonese(folded: str) -> bool:
    """The text holds words only written Cantonese uses."""
    return _ONLY_CANTONESE.search(folded) is not None


def as_mandarin(folded: str) -> str:
    """The folded text with written Cantonese read as Mandarin; as it is when it holds none."""
    if not is_cantonese(folded):
        return folded
    text = _PARTICLES.sub("", folded)
    for cantonese, mandarin in _PHRASES:
        text = text.replace(cantonese, mandarin)
    text = _WHICH_ONE.sub("哪个", text).replace("边个", "谁")
    text = _WHY.sub("为什么", text)
    text = _THIS.sub("这", text)
    text = _IS.sub("是", text)
    text = _WHICH.sub("哪", text)
    text = _HOW.sub("怎么", text)
    text = _SAYS.sub("说", text)
    text = _STILL.sub("还", text)
    for cantonese, mandarin in _CHARACTERS:
        text = text.replace(cantonese, mandarin)
    return text


def read_as_mandarin(text: str) -> str:
    """A turn of the talk as typed, or folded and read as Mandarin when it holds written Cantonese:
    what the follow-up and the previous turn are read from (佢教咩科 after 華雨辰喺邊間學校教書)."""
    folded = fold(text)
    return as_mandarin(folded) if is_cantonese(folded) else text
