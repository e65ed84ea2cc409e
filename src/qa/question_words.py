"""The question vocabulary: the words that ask, which a question carries and its answer does not.

The tokeniser drops them from questions only (never from passages), and its question readers look
for them to find what is asked for (`Tokenizer.question_focus`) and the words next to the asking
(`Tokenizer.asked_next_to`).
"""

from __future__ import annotations

import re

# Interrogatives, particles and politeness that every question carries and no answer needs.
QUESTION_STOPWORDS = frozenset(
    ["什么", "什麼", "哪些", "哪个", "哪個", "哪里", "哪裡", "哪儿", "哪兒", "哪", "哪位", "哪年", "哪一年", "哪天", "哪一天", "何", "何时", "何時", "何地", "何处", "何處", "多少", "几", "幾", "几个", "幾個", "多久", "多长", "多大", "谁", "誰", "怎么", "怎麼", "怎样", "怎樣", "怎么样", "如何", "为什么", "為什麼", "为何", "為何", "吗", "嗎", "呢", "吧", "啊", "呀", "么", "麼", "请问", "請問", "请", "請", "告诉", "告訴", "我", "我们", "咱", "咱们", "咱們", "想", "知道", "一下", "是否", "是不是", "有没有", "有沒有", "的", "了", "是", "在", "有", "和", "与", "與", "及", "或", "还是", "還是", "被", "把", "对", "對", "于", "於", "就", "都", "也", "要", "会", "會", "能", "可以", "一个", "一個", "这", "這", "那", "这个", "那个", "这位", "那位", "这名", "那名", "这些", "那些", "叫", "叫做", "名字", "什么样", "什麼樣", "怎么办", "怎麼辦", "哪种", "哪種", "哪类", "哪類", "哪方面", "具体", "具體", "指", "指的是", "主要", "分别", "分別", "文章", "本文", "这篇", "這篇", "那篇", "该文", "該文", "篇文章", "一文", "此文", "篇稿子", "稿子", "篇报道", "篇報道", "报道", "報道", "文中", "认为", "認為", "提到", "提出", "说", "說", "讲", "講", "应该", "應該", "需要",
     # Hedges on the asked quantity: 一共有多少场, 大约多少人. The answer gives the number, rarely the hedge.
     "一共", "总共", "總共", "共计", "共計", "总计", "總計", "大约", "大約", "大概", "将近", "將近", "差不多", "大致",
     "一口气", "一口氣",  # 一口气并进来几条: at one go, said of the count
     # 涨了百分之几: a share asked, one word to jieba; the documents write 36.4%, never the asking.
     "百分之几", "百分之幾",
     # 门牌号是多少: a house number asked; the documents write it (广安门北街20号院), never the asking.
     # (Not 地址, a word documents use: 汇豪山地址为…99号.)
     "门牌", "門牌", "门牌号", "門牌號", "门牌地址", "門牌地址",
     # 当初是哪年建成的: looking back, as the asker does; the document states the year.
     "当初", "當初",
     # Literary and Traditional asking forms (有何贡献, 於何年, 甚麼) and framing (文中提及).
     "有何", "于何", "於何", "因何", "从何", "從何", "甚么", "甚麼", "提及",
     # 都有些什么, 有哪些: the asking, not a word the answer holds.
     "有些",
     # 开发了些啥活动, 说了些什么: 些 of the asking; 孩子们 read as 孩子 + 们: the plural. jieba
     # makes each a word of its own; neither is content.
     "些", "们", "們",
     # 东南亚那十国，辽宁跟它们做了多大生意: a pronoun standing for what the question (or the turn
     # before, which `qa.leaning` reads from the text) names; no answer holds it, and 它们, which the
     # corpus may never use, weighed as the question's rarest word.
     "他", "她", "它", "他们", "她们", "它们", "他們", "她們", "它們", "你", "你们", "你們", "您",
     # 爆出佛州删数据这事: "this matter", what the question already said.
     "这事", "這事", "那事", "这件事", "這件事", "那件事",
     # 搞过多少场活动: an aspect particle, and the colloquial do-verbs that stand for the document's
     # own (开展, 举办): the answer holds neither.
     "过", "過", "着", "著", "搞", "弄",
     # 五拆五清里头拆了什么: "inside" as spoken after a noun; the document says 在…过程中, if anything.
     "里头", "裡頭", "里边", "裡邊", "里", "裡",
     # 疫情那会儿: "at that time" as spoken; the document says 期间, 那段时间, or just the date.
     "那会儿", "那會兒", "那阵子", "那陣子", "那阵", "那陣",
     # 她事后咋说的, 接着干了啥: "afterwards" as spoken; the document tells what followed in order,
     # seldom with the word, which weighed as the question's rarest.
     "事后", "事後", "接着", "接著",
     # 文中说…, 文里提到的: the piece as spoken; jieba keeps each whole, a word no general text or
     # passage has, which weighed as a name. 谁家 asks whose, as 谁 does.
     "文中说", "文中說", "文里", "文裡", "谁家", "誰家",
     # 提高一堆能力, 这么多人咋组织的, 支书是谁来着: spoken amounts and particles. General Chinese as
     # written seldom has them, so they weighed as specific words; no answer holds them.
     "一堆", "一大堆", "好多", "好些", "这么多", "這麼多", "那么多", "那麼多", "这么些", "那么些", "好几个",
     "好幾個", "来着", "來著", "啥的", "之类", "之類", "之类的", "之類的",
     # 苏家塘那边成立了个啥组织, 那批数据, 那次整合: pointing and counting as spoken, about what the
     # question names anyway. Not 这次: 英国首相这次是谁 asks who it is now, which no document says.
     "那边", "那邊", "这边", "這邊", "那批", "这批", "這批", "那次", "那帮", "那幫", "这帮", "這幫", "那伙", "那夥",
     # 她平时在哪个学校上班: "usually", as spoken; the document states what she does, not how often.
     "平时", "平時", "平常", "平日",
     # 事不在小 后半句是啥, 下一句是什么: which part of a saying is asked (jieba: 后 + 半句, 下 + 一句);
     # the document quotes the saying, never names its halves.
     "半句", "一句", "下句", "上句", "后一句", "後一句", "前一句", "原话", "原話",
     # 他那句话是怎么说的: the saying pointed at; the answer quotes it and never says 那句话.
     "那句话", "那句話", "这句话", "這句話", "那句", "这句", "這句", "这话", "這話", "那话", "那話",
     # 跟美国进出口多少: "with" as spoken; the documents write 对, 与, 同 (stop words or not said).
     "跟"]
)
# An office someone holds, whatever jieba tags it in context (业委会主任: 主任 is tagged b).
OFFICE_RE = re.compile(r"(?:主任|书记|書記|主席|经理|經理|总监|總監|[部局市县縣校院队隊会會社站所厂廠处處科组組团團村乡鄉镇鎮区區省]长|[部局市縣校院隊會社站所廠處科組團村鄉鎮區省]長"
                       r"|董事长|董事長|秘书长|秘書長|负责人|負責人|委员|委員)$")
# Generic nouns that only carry the asking after 什么 (用什么东西, 什么时候, 什么地方): the answer names
# the thing, the time, the place.
ASKING_NOUNS = frozenset(["东西", "東西", "事情", "事物", "时候", "時候", "时间", "時間", "地方",
                          # 什么形状, 什么颜色: the answer names one (月牙形, 灰绿色), seldom the word
                          "形状", "形狀", "颜色", "顏色",
                          # 有个啥称号, 什么美誉: the answer says the epithet (首善之区), seldom the word
                          "称号", "稱號", "美称", "美稱", "美誉", "美譽", "别称", "別稱", "雅号", "雅號",
                          # 担任啥职务: the office held answers (副主任), seldom with the word
                          "职务", "職務", "职位", "職位"])
# How people address the elderly and strangers after a name (朱开成大爷, 李阿姨, 王师傅, 袁宝柱伯伯, 孫志榮阿伯):
# politeness, not a word the documents use about them (居民朱开成). One list for the question's words
# (dropped after a name) and for a surname with a word of address read as a name (张大爷,
# `named_people.ADDRESSED`).
HONORIFICS = frozenset(["大爷", "大爺", "大妈", "大媽", "大娘", "阿姨", "奶奶", "爷爷", "爺爺", "师傅", "師傅", "女士",
                        "先生", "老人家", "大叔", "大婶", "大嬸", "大姐", "大哥", "老汉", "老漢", "婆婆", "阿婆",
                        "伯伯", "阿伯", "老伯", "大伯", "叔叔", "阿公", "阿嬷", "阿嬤"])
# 何 asks alone or with the word it asks for (何时, 何处, 何种, 何谓); 何香凝, 何炅 are people (何 is a
# common surname), not questions.
_WHAT = r"何(?:[时時地处處人种種为為谓謂故年日以在方物事意解用]|$)"
# 哪座, 几岁, 第几层, 多少名, 多长时间: jieba glues the question word to its measure word; such tokens ask,
# they do not say (几何 and 几乎 do not ask: geometry, almost).
INTERROGATIVE_RE = re.compile(rf"^(?:哪|第?几(?![何乎])|第?幾(?![何乎])|多少|多长|多長|多久|多远|多遠|多高|多深|多宽|多寬|多厚|什么|什麼|甚么|甚麼|{_WHAT})"
                              r"|(?:什么|什麼|甚么|甚麼|多少|吗|嗎|呢)$")
# The question words a measure word follows when jieba cuts it off (多少 名 党员, 哪 所 学校): the
# measure word asks too.
MEASURED_QUESTION_WORDS = frozenset(["多少", "几", "幾", "第几", "第幾", "哪", "哪一"])


# Any question word, for the words next to it (`Tokenizer.asked_next_to`).
ASKING_RE = re.compile(rf"^(?:哪|几(?![何乎])|幾(?![何乎])|多少|多长|多久|多大|什么|什麼|甚么|甚麼|谁|誰|{_WHAT}|怎|有何|于何|於何)")
# Words of the time a question is asked in (袁宝柱今年多大, 目前有多少): beside its question word they
# say when, not what is asked of, so the words next to the asking are looked for past them (袁宝柱).
ASKED_WHEN = frozenset(["今年", "去年", "前年", "明年", "当年", "當年", "今天", "昨天", "现在", "現在", "目前",
                        "如今", "当时", "當時", "眼下", "最近", "近年", "那时", "那時", "现如今", "現如今"])
# Any question word anywhere in a text (a quoted “那是什么” asks; 几何 does not).
ASKS_ANYWHERE = re.compile(ASKING_RE.pattern.removeprefix("^"))
# Question words that ask for a thing or a person (not a count, a time or a reason).
FOCUS_ASK_RE = re.compile(r"^(?:什么样?|什麼樣?|哪一?[个個些所家位座种種类類条條项項本]?|谁|誰)$")


def is_question_word(word: str) -> bool:
    return word in QUESTION_STOPWORDS or bool(INTERROGATIVE_RE.search(word))


# 哪个, 哪所, 第几座 …: the measure words "which one of" takes.
WHICH_MEASURES = "个所家座位条项种类间支只名"

# The levels of government an office is named by (镇党委书记, 村支书), which jieba may cut off the place
# before it (树林召镇的镇党委书记, 新建村支书).
GOVERNMENT_LEVELS = frozenset("镇乡村县市区省")

# Where it hurts (哪儿不舒服, 哪里疼): an ailment asked (老伴儿膝盖总疼), never a place.
WHERE_IT_HURTS = r"(?:哪里|哪裡|哪儿|哪兒|哪)(?:不舒服|不得劲|不得勁|难受|難受|疼|痛|有毛病|出了毛病|出毛病)"

