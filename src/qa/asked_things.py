"""Things asked for by their class, when no kind of answer covers them: which one of a named kind
(哪个队的队长 → a name ending in 队), a brand (啥牌子), an ailment (得的啥病), where goods sold go
(卖到哪些地方), a telephone number (打哪个电话), who paid (谁出的钱), who took a photograph (照片是谁拍的).

Which one is marked in the quote (`spans`), never required: 哪支球队 is answered by 曼联 as often as by
…队. A brand or an ailment is required (`answer_shape.fits`): a sentence that says neither 牌 nor a
name in Latin script does not say what make her car is, and one that names no illness does not say
what he suffers from; the documents' words around the subject (开车接送医护人员, 山芋粉丝产品) made such
near traps look answered. The word naming the class (牌子, 毛病) is what is asked, never what the
question is about (`names_the_class`, read by `answerability`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .question_words import WHERE_IT_HURTS, WHICH_MEASURES
from .text import fold, follows

__all__ = ["ADDRESS_A", "LED_A", "PAID_A", "PLATFORM_A", "SHOT_BY_A", "SHOT_BY_Q", "names_the_class", "thing_asked", "which_one_of"]

# 哪个队, 哪些志愿服务队, 啥活动: which one of a thing named by its head noun; not a person, a time,
# a way or a thing in general, which no name answers.
_WHICH_OF = re.compile(rf"(?:哪|什么|甚么|啥)(?:一|些|几)?[{WHICH_MEASURES}]?\Z")
_NO_NAME = frozenset([*"人事时天年月日号样点处病", "时候", "东西", "原因", "意思", "办法", "问题", "情况", "作用",
                     "方式", "好处", "区别", "关系", "意义", "内容", "特点", "样子", "地方", "名字", "工作", "职务", "身份"])


def which_one_of(question: str, focus_of: Callable[[str], str | None]) -> str:
    """The head noun a kind-less question asks which one of (哪个队的队长 → 队), "" when it asks none."""
    focus = focus_of(question)
    if not focus or fold(focus) in _NO_NAME or not follows(_WHICH_OF, fold(focus), fold(question)):
        return ""
    return fold(focus)


_WHAT = r"(?:什么|什麼|甚么|甚麼|啥|哪个|哪個|哪种|哪種|哪一种|哪一種|何种|何種)"
# What answers each class: a brand's word or a name in Latin script (品牌“金龙鱼”, 西亚特(Seat); not
# any quoted words, which news quotes by the dozen); an ailment's word (肺气肿, 心脏病, 膝盖总疼).
_BRAND = re.compile(r"牌|商标|商標|[A-Za-z]{2,}")
_AILMENT = re.compile(r"病|症|炎|癌|瘤|肿|腫|疾|疼|痛|伤|傷|结核|結核|中风|中風|哮喘|瘫|癱|痴呆|失明|失聪|失聰|骨折|感染"
                      r"|流感|痢|疟|瘧|衰竭|硬化|溃疡|潰瘍|梗|麻风|麻風|天花|霍乱|霍亂|鼠疫|艾滋|愛滋|爱滋")
# What a name means or where it comes from: said as a meaning or an origin (在夏威夷语是“太阳之家”之意,
# 意思是“沙洲”, 源于中古韩语), not by any sentence naming it (以打造“枝叶关情·潍美家园”品牌为抓手).
_MEANING = re.compile(r"意思|意为|意為|意即|之意|寓意|含义|含義|意义|意義|象征|象徵|代表|取自|取义|取義|源于|源於|源自|来自|來自"
                      r"|得名|命名|取名|起名|由来|由來|来源|來源|而来|而來|继承|繼承|谐音|諧音|称号|稱號|语中|語中|语是|語是|语为|語為|指的是")
# Where goods were sold or shipped to: said as a market or a destination of sale (销往, 出口到, 远销,
# 市场), not by any place the seller is in (网周村的羊, 林原村的菜: the village, not where it sells).
_MARKET = re.compile(r"销往|銷往|卖到|賣到|卖往|賣往|售往|出口到|出口至|运往|運往|销售到|銷售到|销到|銷到|远销|遠銷|畅销|暢銷"
                     r"|销至|銷至|出口[^，,。；;]{0,6}(?:国家|國家|地区|地區)|市场|市場")
# A telephone number asked (打哪个电话, 号码是多少): written in digits (12345, 0536-8888888), never a count.
_PHONE_Q = re.compile(r"(?:打|拨|撥)(?:哪个|哪個|什么|什麼|啥|哪)(?:电话|電話|号码|號碼|号|號|热线|熱線)"
                      r"|(?:电话|電話|号码|號碼)(?:号码|號碼|号|號)?(?:是|为|為)?(?:多少|几号|幾號|啥|什么|什麼)")
_PHONE_A = re.compile(r"(?<![0-9.])[0-9]{3,}(?:-[0-9]{3,})?(?![0-9.,]|\s*(?:年|月|日|号|號|个|個|处|處|名|万|萬|亿|億|元|%|条|條"
                      r"|件|家|人|多|余|餘|平方|米|公里|户|戶|项|項|所|座|次|场|場|位|支|批|岁|歲|吨|噸|单|單|亩|畝))")
# Who paid, or where the money came from (谁出的钱, 旧改的钱是谁出的, 经费从哪来): said as paying or
# funding (集资建成, 单位出大头, 政府拨款), not by the sentence saying what was built.
_PAID_Q = re.compile(r"(?:钱|錢|资金|資金|经费|經費|费用|費用)[^，,。？?]{0,6}(?:从哪|從哪|哪来|哪來|哪儿来|哪兒來|谁出|誰出|谁掏|誰掏|谁付|誰付)"
                     r"|(?:谁|誰)(?:出|掏|付)了?的?(?:钱|錢|大头|大頭)|(?:谁|誰)(?:出资|出資|买单|買單|埋单|埋單)")
PAID_A = re.compile(r"出钱|出錢|出资|出資|集资|集資|大头|大頭|拨款|撥款|投资|投資|投入|资金|資金|筹|籌|捐|赞助|贊助|经费|經費"
                     r"|买单|買單|埋单|埋單|承担|承擔|补贴|補貼|掏|出了[0-9一二两三四五六七八九十百千万萬]")
# Who took a photograph (那张照片是谁拍的, 摄影记者是谁): said by a photo credit (记者 某某 摄, 摄影：),
# not by the piece's byline (本报记者 徐靖) or the agency that released it (新华社发). Not 拍板 (decided).
# Which organisation released it (哪家发的, 哪个单位拍的) is the agency's credit's to answer.
_BY_WHOM = r"(?:谁|誰|哪个记者|哪個記者|哪位|哪名|哪个人|哪個人|哪个摄影|哪個攝影)"
SHOT_BY_Q = re.compile(r"(?:照片|相片|图片|圖片|图|圖|配图|配圖|组图|組圖|视频|視頻|镜头|鏡頭)[^，,。？?]{0,12}"
                       + _BY_WHOM + r"[^，,。？?]{0,6}(?:拍|摄|攝)(?!板)"
                       r"|" + _BY_WHOM + r"[^，,。？?]{0,6}(?:拍|摄|攝)(?!板)的?(?:照片|相片|图|圖|视频|視頻)"
                       r"|(?:摄影师|攝影師|摄影记者|攝影記者|摄影|攝影|摄像|攝像)(?:是|为|為)?(?:谁|誰|哪)")
SHOT_BY_A = re.compile(r"摄|攝")
# The conditions one must meet (报名得满足啥条件, 有啥条件要求没, 要够啥条件, 啥人够格): said as a
# condition or a requirement (需要…, 必须, 凡年满, 符合条件的, 如果…, 当…时), not by the sentence on the thing
# itself.
_CONDITION_Q = re.compile(_WHAT + r"(?:样的)?(?:条件|條件|资格|資格|门槛|門檻)|(?:条件|條件|资格|資格)(?:是|有)" + _WHAT
                          + r"|够格|夠格|够不够格|夠不夠格")
_CONDITION_A = re.compile(r"条件|條件|资格|資格|须|須|需|必须|必須|满足|滿足|符合|凡是|凡|只要|年满|年滿|不少于|不少於|方可|才能"
                          r"|限于|限於|仅限|僅限|如果|假如|倘若|若|一旦|当[^，,。；;]{1,20}?时|當[^，,。；;]{1,20}?時")
# A prize or an honour (得过啥奖没有, 拿到啥奖项, 评上过啥先进没): said as one given (荣获…奖, 被评为, 授予…称号,
# 当选最佳年青球员, 获得瑞超联赛亚军, 博士学位), not by the sentence on the deed it might have been for. Not
# 获得什么称号: an epithet is said as one (有「…之都」之称, 被誉为), seldom with the word (`ASKING_NOUNS`).
_HONOUR_Q = re.compile(r"(?:得|获|獲|拿|评|評|领|領)(?:过|過|了|到|上|上过|上過)?" + _WHAT + r"?(?:奖|獎|荣誉|榮譽|表彰|先进|先進)"
                       r"|" + _WHAT + r"[\u4e00-\u9fff]{0,4}?(?:奖|獎|荣誉|榮譽)")  # 啥科研奖项
_HONOUR_A = re.compile(r"奖|獎|荣誉|榮譽|称号|稱號|表彰|评为|評為|获评|獲評|授予|先进|先進|模范|模範|优秀|優秀|十佳|标兵|標兵"
                       r"|当选|當選|最佳|冠军|冠軍|亚军|亞軍|季军|季軍|金牌|银牌|銀牌|铜牌|銅牌|桂冠|殊荣|殊榮|勋章|勳章|学位|學位")
# 在哪个平台上卖的, 用的啥APP: a platform, site or app, said as one (…平台, …网, 天猫, a name in Latin
# letters, a 公众号 or 小程序), not by a place the seller is in (沈阳片区完成跨境电商交易459万单).
_PLATFORM_Q = re.compile(r"(?:哪个|哪個|哪家|什么|什麼|啥|哪些)(?:电商|電商|网购|網購|直播|视频|視頻|购物|購物)?"
                         r"(?:平台|平臺|网站|網站|app|APP|软件|軟件|小程序|公众号|公眾號)")
PLATFORM_A = re.compile(r"平台|平臺|(?<![上])[网網](?![购購络絡民友格点點上])|[A-Za-z]{2,}|小程序|公众号|公眾號"
                        r"|天猫|天貓|淘宝|淘寶|京东|京東|拼多多|抖音|快手|微信|微博|亚马逊|亞馬遜|频道|頻道|电视台|電視台")
# Who led or organised a thing (是谁牵头搞的, 谁组织的, 谁带的头): a body as often as a person, said leading
# it (社区党委联合物业公司…开展, 街道组织, 队长程鹏), not by the sentence saying what was done.
_LED_Q = re.compile(r"(?:谁|誰)(?:来|來)?(?:牵头|牽頭|组织|組織|发起|發起|主办|主辦|操办|操辦|带头|帶頭|领头|領頭|挑头|挑頭"
                    r"|带的头|帶的頭|带队|帶隊|张罗|張羅)")
LED_A = re.compile(r"牵头|牽頭|联合|聯合|组织|組織|发起|發起|主办|主辦|承办|承辦|带头|帶頭|带领|帶領|率领|率領|领导|領導"
                   r"|队长|隊長|负责|負責|推动|推動|协调|協調")
# An address asked (门牌号是多少, 门牌地址, 具体地址在哪, 地址多少): said by a house number or a floor
# (广安门北街20号院, 百乐门大都会22层), not by the sentence naming the place it is in.
# A plain 地址在哪 (address) is asked of a place as much as of its house number: a sentence locating it
# (位于厦门岛西部) answers that.
_ADDRESS_Q = re.compile(r"门牌|門牌|(?:详细|詳細|具体|具體)(?:地址|住址)|(?:地址|住址)(?:是|为|為)?(?:多少|几号|幾號)")
ADDRESS_A = re.compile(r"(?<![第0-9])[0-9]+(?:号|號|弄|栋|棟|(?:层|層|楼|樓)(?!高)|幢|室)|[一二三四五六七八九十百]+(?:号|號)(?:院|楼|樓)")
# A meeting asked (在哪次会议上提出的, 什么会上讲的, 哪个大会): said at one (在庆祝…100周年大会上, 在联席会议上,
# 十九大报告), not by the sentence holding the saying it is asked of. Not 为什么会 (why would).
_MEETING_Q = re.compile(r"(?:哪次|哪一次|哪个|哪個|哪场|哪場|(?<![为為])(?:什么|什麼|甚么|甚麼|啥))(?:会议|會議|大会|大會|全会|全會|会|會)(?:上|里|裡|中)"
                        r"|(?:哪次|哪一次|哪个|哪個|哪场|哪場|(?<![为為])(?:什么|什麼|啥))(?:会议|會議|大会|大會|全会|全會)")
_MEETING_A = re.compile(r"会议|會議|大会|大會|全会|全會|会上|會上|峰会|峰會|论坛|論壇|例会|例會|年会|年會"
                        r"|(?:议事|議事|恳谈|懇談|座谈|座談|听证|聽證|协商|協商|联席|聯席|动员|動員|说明|說明|见面|見面|茶话|茶話"
                        r"|表彰|讨论|討論|推进|推進|交流|通气|通氣|总结|總結|院坝|院壩|坝坝|壩壩)[会會]"
                        r"|[一二三四五六七八九十]+大(?![学學家小概约約多])")
# An ethnic group asked (她是哪个民族的, 啥族, 什麼族群): said as one (壮族, 维吾尔族, 突厥语民族, 布尔人),
# not by 多民族 or 少数民族 of the community she serves, nor 各族群众.
_ETHNIC_Q = re.compile(r"(?:哪个|哪個|哪一个|哪一個|什么|什麼|甚么|甚麼|啥)(?:民族|族)")
_ETHNIC_A = re.compile(r"[\u4e00-\u9fff](?<![民家宗班种種贵貴亲親部氏各水])族(?![群人])|(?<![多数數各])民族"
                       r"|[\u4e00-\u9fff](?<![个個名位多的人])人(?![口们們员員士民家群数數才物手生类類])")
# What an animal eats (以什么为食, 吃什么, 食物是什么, 什么食性): said as eating (以鱼类为食, 主要吃草,
# 捕食虾, 杂食性), not by the article's first sentence that says what it is.
_DIET_Q = re.compile(r"(?:以|靠)(?:什么|什麼|甚么|甚麼|何|啥)(?:为|為)(?:食|主食)|(?<![小零])(?:吃|食)(?:些)?(?:什么|什麼|啥|哪些)"
                     r"|(?:食物|主食|食性|食料|饲料|飼料)(?:是|为|為|有|主要是|一般是)?(?:什么|什麼|啥|哪些)|(?:什么|什麼|啥)(?:食性|食物)"
                     r"|(?:捕食|猎食|獵食|觅食|覓食|摄食|攝食)(?:什么|什麼|哪些|啥)")
_DIET_A = re.compile(r"(?<![掠粮糧])食(?![者用品堂客言])|吃|捕(?!捉|获|獲|鱼|魚|捞|撈|者)|猎(?!人|枪|槍|者)|獵(?!人|槍|者)|啄|摄食|攝食|嚼|饲|飼|喂|餵")
# A direction asked (往哪边走, 朝哪个方向, 从火车站去社区怎么走): said as one (往东走, 向北, 东侧, 左转, 沿着…,
# 出口), not by the sentence that only places it near something (位于南宁火车站附近).
# Only a way to go: 往哪个方向发展, 工作朝什么方向转 ask an aim, which no compass point answers.
_DIRECTION_Q = re.compile(r"(?:往|朝|向)(?:哪边|哪邊|哪个方向|哪個方向|哪头|哪頭)(?:走|去|拐|开|開|跑)"
                          r"|(?:去|到)[^，,。？?]{2,12}?(?:怎么|怎麼|咋)走")
_DIRECTION_A = re.compile(r"[东東西南北](?:边|邊|面|侧|側|向|行)|(?:向|往|朝|以)[东東西南北左右]|[左右](?:转|轉|拐|手|侧|側)"
                          r"|直走|沿着|沿著|路线|路線|出口|方向")
# Each class with the kinds of question it is read in: a brand, an ailment or a meaning where no kind
# is asked (谁家出了啥毛病 asks who, not an illness); a market where a place is asked too, a telephone
# number where a number is, a platform where a place or a body is, who paid where a person, a body or
# a place (钱从哪来) is.
_CLASSES = (
    (re.compile(r"(?:名字|名称|名稱|这名|這名|此名|名儿|名兒)(?:到底|究竟)?(?:有|是)?" + _WHAT + r"?"
                r"(?:意义|意義|含义|含義|寓意|意思|由来|由來|来历|來歷|起源|来源|來源|讲究|講究)"), _MEANING, (None,)),
    (re.compile(_WHAT + r"(?:牌子|品牌|牌的|牌儿|牌兒)|(?:牌子|品牌)(?:是|叫)" + _WHAT), _BRAND, (None,)),
    (re.compile(r"(?:得|患|生)(?:了|的)?(?:是)?" + _WHAT + r"(?:病|疾病|毛病)|" + _WHAT + r"(?:病|疾病)(?![房人区區毒])"
                r"|身体有" + _WHAT + r"毛病|身體有" + _WHAT + r"毛病|" + WHERE_IT_HURTS), _AILMENT, (None,)),
    # 卖到哪, 销往哪些国家; not 销售哪五大品牌 (which brands it sells).
    (re.compile(r"(?:卖|賣|销|銷|售|出口|运|運)(?:到|往|至)了?(?:哪|什么地方|什麼地方|何处|何處)"
                r"|(?:卖|賣|销|銷|售|出口|运|運)了?(?:哪里|哪裡|哪儿|哪兒|哪些地方|哪个地方|哪個地方|什么地方|什麼地方|何处|何處"
                r"|哪些?个?国家|哪些?個?國家|哪些?个?城市|哪些?個?城市)"), _MARKET, (None, "place")),
    (_PHONE_Q, _PHONE_A, (None, "place", "number")),
    (_ADDRESS_Q, ADDRESS_A, (None, "place", "number")),
    (_CONDITION_Q, _CONDITION_A, (None,)),
    (_HONOUR_Q, _HONOUR_A, (None,)),
    (_PLATFORM_Q, PLATFORM_A, (None, "place", "organisation")),
    (_PAID_Q, PAID_A, (None, "person", "organisation", "place")),
    (_LED_Q, LED_A, ("person", "organisation")),
    (SHOT_BY_Q, SHOT_BY_A, (None, "person", "organisation")),
    (_MEETING_Q, _MEETING_A, (None, "date")),
    (_ETHNIC_Q, _ETHNIC_A, (None, "person")),
    (_DIET_Q, _DIET_A, (None,)),
    (_DIRECTION_Q, _DIRECTION_A, (None, "place")),
)


def thing_asked(folded: str, kind: str | None = None) -> re.Pattern[str] | None:
    """What the answering sentence must say when the (folded) question, read as asking `kind`, asks a
    brand, an ailment, where goods were sold to, a telephone number, an address, a prize, a platform,
    who paid, who led, who took a photograph, at which meeting, of which ethnic group, what it eats or
    which way to go."""
    return next((answer for asked, answer, kinds in _CLASSES if kind in kinds and asked.search(folded)), None)


# The word that names the class asked for (牌子 of 啥牌子, 条件 of 啥条件): what is asked, never what the
# question is about.
_CLASS_WORD = re.compile(r"牌子|品牌|牌儿|牌兒|疾病|毛病|病|条件|條件|资格|資格")


def names_the_class(word: str) -> bool:
    """Is the (folded) word the class a brand or an illness question asks for (牌子, 毛病)?"""
    return _CLASS_WORD.fullmatch(word) is not None
