"""A question's text as searched: greeting, politeness and filler dropped (老师您好，请问…到底…呢？),
colloquial forms written as the documents write them (啥 → 什么, 盖起来 → 建成), and Chinese numerals
also written as digits (七十年代 → 70年代). Pure text functions, used by `qa.question.read` and by
whatever must strip a question the same way (a follow-up's carried-over topic).
"""

from __future__ import annotations

import re

from .asked_people import KIN_ASKED
from .cantonese import as_mandarin
from .guessed_amounts import checked_asked, guesses_asked, thresholds_asked
from .numerals import chinese_to_int, with_digits
from .question_asides import a_not_a_as_asked, without_a_names_item, without_what_is_not_asked
from .text import fold_for_index

# Politeness and filler (written Simplified: the question is folded first). Each is a phrase that
# carries no content in any question; single particles are dropped only at the end of the question.
# A bare 好 greets only before a pause or alone (老师好，…); 好的学校, 好人好事 are asked about.
_OPENING = re.compile(
    r"^(?:(?:老师|同学|大家|各位|朋友|亲|小?助手|机器人)?(?:您好|你好|哈喽|哈啰|哈罗|嗨)[啊呀哈]?[，,！!。.\s~～]*"
    r"|(?:老师|同学|大家|各位|朋友|亲|小?助手|机器人)?好[啊呀哈]?(?:[，,！!。.\s~～]+|$)"
    r"|(?:hi|hello|hey)[，,！!。.\s~～]+)+")
# 对了, 再问一下, 换个问题哈, 好的谢谢: a chat turn opening on the conversation, not on what it asks
# (再问一下 这篇报道是哪位记者写的 names no piece by 再问一下).
# 好的, 另外, ok are openers only before a pause or 那 (好的谢谢那…; 好的学校有哪些, 另外三个是啥 ask about them).
_TURN_OPENER = re.compile(r"^(?:(?:(?:好的|好吧|嗯+|哦+|噢|喔|ok|谢谢|多谢|另外)[哈啊呀吧]*)+(?:[，,。.!！~～\s]+|(?=那))"
                          r"|(?:(?:对了|再问(?:一下|下|个问题)|顺便问(?:一下|下)|换个(?:问题|话题))[哈啊呀吧]*[，,。.!！~～\s]*))+")
_FILLER = re.compile(
    r"(?:请问一下|请问|麻烦(?:您|你)?(?:问一下|问下|问问|告诉我|帮我查一下|查一下)|打扰(?:一下|了)"
    r"|我?想(?:请教|问|了解|知道)(?:一下|下)?|问(?:一下|下)|能(?:不能)?(?:告诉|帮)我(?:一下)?|可以告诉我"
    r"|帮我(?:查|看|找)(?:一下|下|查|看)?|我想确认一下|谁能告诉我|有人知道|有谁知道|求问|弱弱地问一?下"
    r"|到底|究竟"
    # A student's situation, no word of the answer: 老师布置的作业要概括…, 考试要默写, 考试可能考名词解释.
    r"|(?:老师)?布置的作业(?:要|让我们?)?(?:概括|总结|整理|写|分析)?|老师留的作业|考试(?:可能|要|会|都)(?:考|默写|背)(?=[^\u4e00-\u9fff]|$|名词)"
    r"|(?:要|得)默写(?=[^\u4e00-\u9fff]|$)|名词解释"
    r")(?:[哈啊呀吧]+(?=[，,：:\s]))?[，,：:\s]*")  # 请问一下哈，…: the particle goes with it
_CLOSING = re.compile(r"(?:[，,\s]*(?:谢谢(?:您|你|啦|了)?|多谢|感谢|thx|thanks))+[！!。.~～\s]*$")
# 白领驿家 你去过没, 这个你知道不: a check whether the listener knows the topic, ending a chat opener;
# the topic is what it asks about (a follow-up carries it on), the check no word of an answer.
_CHECKING = re.compile(r"[，,\s]*(?:这个|这事|这件事|那事)?(?:你|您)们?(?:知道|看过|去过|了解|听说过?|听过|认识|记得|晓得|熟悉)"
                       r"(?:吗|不|没|没有|么|嘛)?[呢啊呀吧]*[？?！!。.~～\s]*$")
# 那受益的群众呢 不会比党员还少吧, 他今年多大岁数了 不会七十多了吧: a guess after the question, said
# to be proven wrong; the question before it asks, the guess's words (党员, 七十) are no answer's.
# So is a guess at the answer (一共几支啊 是七支吧): its 七支 would be read as the question's own figure.
_GUESS = re.compile(r"[，,\s]+((?:[^，,\s？?]*(?:不会|不會|不是|应该|應該|肯定|估计|估計|没|沒)|是|有|就是|大概是|好像是)"
                    r"[^，,\s？?]*吧)[？?。！!~～\s]*$")
_ASKED_BEFORE = re.compile(r"[呢吗嗎][？?]?$|哪|谁|誰|什么|什麼|啥|几|幾|多少|多大|多久|多长|多長|多高|多远|多遠|怎|咋|如何|为何|為何")


def without_guess(text: str) -> str:
    """The text without a guess ending it (…呢 不会比党员还少吧), when what comes before it asks."""
    guess = _GUESS.search(text)
    if guess is None or not _ASKED_BEFORE.search(text[: guess.start()]):
        return text
    return text[: guess.start()]


# 俺们老姐妹想去海淀那个石油大院转转，它是…: the asker's plan to visit, before the question; the place
# is the topic (its 它 leans on it), the visitors and the visiting no words of an answer.
_VISIT = re.compile(r"^[^，,。？?！!\s]{0,8}?(?:想|打算|准备|準備|要)(?:去|到)([^，,。？?！!\s]{2,20}?)"
                    r"(?:转转|轉轉|转一转|轉一轉|逛逛|逛一逛|看看|看一看|瞧瞧|玩玩|走走|参观参观|參觀參觀)[，,\s]+(?=\S)")
_PARTICLES = re.compile(r"[呢呀啊吧嘛哈哦呗啦咧嘞咯哩噻]+(?=[？?！!。.~～\s]*$)")  # 嘞, 噻: as said in the north, the south-west
# Colloquial forms → the written ones the documents use (order matters: 啥时候 before 啥; 干嘛要 asks
# why, 干嘛 alone what).
_COLLOQUIAL = (
    # Regional forms an older asker types (拢共几支队伍嘞, 啷个回事, 几多钱, 那家的伢读几年级): the asking
    # or the word the documents write, not words of their own weighed as the question's rarest.
    ("拢共", "一共"), ("统共", "一共"), ("几多钱", "多少钱"), ("几多", "多少"), ("多少个人", "多少人"),
    ("啷个", "怎么"), ("咋个", "怎么"), ("咋整", "怎么办"), ("嘎哈", "做什么"), ("干哈", "做什么"), ("整啥", "做什么"),
    # Not a bare 俺 (俺巴孩 is a khan's name) nor 么得 (怎么得来的).
    ("啥子", "什么"), ("俺们", "我们"), ("俺家", "我家"), ("俺村", "我们村"), ("伢子", "孩子"), ("伢", "孩子"),
    ("事儿", "事"),
    # 今儿, 明儿个: today, tomorrow as said in the north (今儿是礼拜几), not words of their own.
    ("今儿个", "今天"), ("今儿", "今天"), ("明儿个", "明天"), ("明儿", "明天"), ("昨儿个", "昨天"), ("昨儿", "昨天"),
    ("啥时候", "什么时候"), ("多会儿", "什么时候"), ("几时", "什么时候"), ("为啥", "为什么"),
    ("多大岁数", "几岁"), ("多大年纪", "几岁"), ("多少岁数", "几岁"), ("多大了", "几岁了"), ("多大啦", "几岁了"), ("干嘛要", "为什么要"), ("干吗要", "为什么要"), ("干嘛把", "为什么把"), ("干吗把", "为什么把"),
    ("干嘛不", "为什么不"), ("干吗不", "为什么不"), ("干啥", "做什么"), ("干嘛", "做什么"), ("干吗", "做什么"), ("咋样", "怎么样"), ("咋", "怎么"),
    ("叫啥名字", "叫什么名字"), ("叫啥名儿", "叫什么名字"), ("叫啥名", "叫什么名字"), ("啥", "什么"),
    ("排老几", "是第几个"), ("老几", "第几"), ("个钟头", "个小时"), ("钟头", "小时"),
    ("多少号人", "多少人"), ("多少号病人", "多少病人"),  # 在国内排老几: which in order, as 第几个 asks it
    ("哪儿", "哪里"), ("俩", "两个"), ("仨", "三个"), ("木有", "没有"), ("神马", "什么"),
    # 捅出来, 抖出来: made public, which news writes 披露 (《名利场》杂志披露).
    ("捅出来", "披露"), ("抖出来", "披露"), ("抖搂出来", "披露"), ("爆出来", "披露"), ("曝出来", "披露"),
    # 咱党, 咱们党: the party, as the documents say it (我们党, 党), not a word of its own.
    ("咱们党", "党"), ("咱党", "党"),
    # Spoken words for the written ones the documents use: 盖起来 → 建成, 胳膊 → 臂, 上班 → 工作 (毛病:
    # `_FAULT`).
    ("盖起来", "建成"), ("盖好", "建成"), ("盖的", "建的"), ("胳膊", "臂"), ("上班", "工作"),
    # 近几年整合了多少资金: recent years, not a count of years asked (几年).
    ("近几年", "近年来"), ("这几年", "近年来"), ("近些年", "近年来"),
    # 凑钱盖的 → 集资建的; 那个厂具体叫什么名: 具体 between the thing and the asking of its name.
    ("凑钱", "集资"), ("具体叫", "叫"), ("具体是", "是"),
    # 到目前为止, 到现在为止: as of now, which the documents say 目前 (jieba keeps 目前为止 as one word no
    # document uses, the question's rarest).
    ("到目前为止", "目前"), ("目前为止", "目前"), ("到现在为止", "目前"),
    # 一斤才值几个钱, 卖几块钱: a price, as 多少钱 asks it (not a count of 个).
    ("几个钱", "多少钱"), ("几块钱", "多少钱"), ("几毛钱", "多少钱"),
    # 几个亿, 多少个亿: an amount in 亿, not a count of 个 (对韩国进出口276.5亿元).
    ("几个亿", "多少亿"), ("多少个亿", "多少亿"), ("几个亿元", "多少亿元"),
)
# 涨了几个点: percentage points, which the documents write as a percentage (同比增长38.2%); not
# 几个点位 (sites).
_POINTS = re.compile(r"(?:几|多少)个(?:百分)?点(?![位儿子钟])")
# 今年高寿, 贵庚, 年纪多大, 年龄是多少: an age asked, which the documents write as N岁 (今年85岁的7层
# 住户), never with the word 年纪 or 高寿 the question would otherwise weigh as its rarest.
_AGE_ASKED = re.compile(r"(?:高寿|贵庚)(?:几何|多少|是多少)?|(?:的)?(?:年纪|年龄|岁数)(?:有|是)?(?:多大|多少|几何)(?:岁)?")
# 李文博今年多大: a person's age this year, asked as people ask it (多大 alone may ask a size: 面积多大;
# 多大了 is read as an age in `_COLLOQUIAL`).
_AGE_SPOKEN = re.compile(r"(?:(?<=今年)|(?<=现在|如今|目前|現在))多大(?=[呢啊呀吧？?。！!\s]*$)")
# 那他老伴儿多大, 她女儿有多大: a kin's 多大 asks an age too (a person has no size), read as 几岁 so the
# age is looked for in the clause naming the kin, not the 66岁 of the one the last turn named.
_KIN_AGE_SPOKEN = re.compile(rf"({KIN_ASKED})(?:呢[，,\s]*)?(今年|现在|如今|目前|現在)?有?多大(?=[呢啊呀吧？?。！!\s]*$)")
# 现在一共整合了多少条: a count as of now, which news writes 目前 (目前成都市已完成119条…整合), beside the
# earlier counts it grew from (2015年…81条); read so, the current count's sentence holds the word.
# Not 现在 inside 体现在, 出现在 (shown in, appears in); nor of a grade or the time of day (读高几, 几点).
_NOW_COUNTED = re.compile(r"(?<![体體实實出发發表呈展再])(?:现在|現在)(?=[^，,。？?！!]{0,12}?(?:多少|(?<![高初])[几幾](?!年[级級]|[点點号號日月天])))")
# 群众的呼声该当成啥: 该当 is a word to jieba, which no passage holds, and hid the 当成 the spoken words
# (`spoken_words`) read as 作为 where a corpus never says 当成. Written 应该当成, it is cut as meant.
_TAKEN_AS = re.compile(r"(?<![应應])[该該应應]当成(?![立功为為绩績长長])")
# 毛病 is an ailment (身体有啥毛病, 他都有啥毛病), which the documents write 病, except of a thing as it
# is heard, seen or used (那段自动语音听着有啥毛病, 用起来有啥毛病): a fault, which they write 问题. Read
# as 病, the fault made the question an ailment's (`asked_things`), answered only by a word of illness.
_FAULT = re.compile(r"((?:听|聽|看|用|读|讀|开|開|跑|玩|住|坐)(?:着|著|起来|起來)(?:还|還|都)?(?:有)?(?:什么|什麼)?)毛病")


def _ailment_or_fault(text: str) -> str:
    """毛病 written as the documents write it: 问题 of a thing heard, seen or used, else 病."""
    return _FAULT.sub(r"\1问题", text).replace("毛病", "病")


# 头一份活儿, 头一件事, 头一回: the first, as spoken (第一份工作); not the 头 ending a word (带头, 开头,
# 里头, 街头, 山头, 码头 + 一个). Read on folded (Simplified) text.
_HEAD_WORDS = "带开领里外上前后下街心年镜源龙码额口骨点枕丫钟块个山石桥村地田床眉舌拳馒苗念劲势风光平罐老对尽回抬低摇出关指手肩车船墙城木砖芋"
_FIRST_SPOKEN = re.compile(rf"(?<![{_HEAD_WORDS}])头一(?=[份件个個回次天批位名号號趟遍])")
# 上初几, 读高几: which school year, as 几年级 asks it (读初一的儿子 answers); not 农历初几, a day.
_SCHOOL_YEAR = re.compile(r"(?<=[上读讀念在是])[初高][几幾](?=[了呢啊呀吗嗎的啦？?！!。，,\s]|$)")  # not 是高几米
# 那几只羊, 这几位老人: those few, pointed at, not a count asked (那几只羊最后卖了多少钱 asks the price).
_THOSE_FEW = re.compile(r"([这那這])[几幾](?:[个個只位名件家条條项項次户戶所座])?")

# 作者把网络比作什么, 作者认为…: what the piece says, framed as its author's view; the author is no
# word of the answer (作者是谁, 作者是哪个单位的 ask the byline and keep the word).
_AUTHOR_SAYS = re.compile(r"(?:(?:这篇|那篇|本篇|该篇)?(?:文章|文中|本文)?的?)作者(?=把|将|认为|说|提到|指出|觉得|强调|表示|写|讲|呼吁|建议|主张|提出)")

# 按那篇文章的说法…, 文章开头说…, 到写文章那会儿: the asker pointing at the piece, where or when it says
# it; no word of the answer (那篇, 文章 are stop words already; 按, 说法, 开头, 写文章 would weigh as the
# question's rarest content).
_PIECE_SAYS = re.compile(
    r"(?:按照?|依照?|根据)(?:这篇|那篇|本篇|该篇)?(?:文章|报道|稿子|文中|本文)?(?:的|里的|中的)?(?:说法|意思|观点|介绍)[，,：:\s]*"
    r"|(?:这篇|那篇|本篇|该篇)?(?:文章|报道|稿子|本文)的?(?:开头|开篇|一开始|结尾|末尾|最后)(?:说|讲|提到|写)?(?:的|了)?"
    r"|(?:到|在|截至)?写(?:这篇|那篇)?(?:文章|稿子|报道)(?:那会儿?|的时候|时)")


def without_opener(text: str) -> str:
    """The (folded) text without a chat turn's opening words (对了, 再问一下, 好的谢谢)."""
    return _TURN_OPENER.sub("", text)


def without_check(text: str) -> str:
    """The text without a closing check whether the listener knows its topic (白领驿家 你去过没)."""
    return _CHECKING.sub("", text)


def filler_length(folded: str) -> int:
    """How many leading characters of a folded question are a turn's opener, greeting or filler (好的
    谢谢，老师您好，请问): what a follow-up's rewrite leaves out of the topic it carries over."""
    if opener := _TURN_OPENER.match(folded):
        folded = folded[opener.end() :]  # 好的谢谢 那…: the turn's opener too
    end = 0
    for pattern in (_OPENING, _FILLER):
        if match := pattern.match(folded, end):
            end = match.end()
    return end + (opener.end() if opener else 0)


# 她教啥的, 教的是什么科目: the subject a teacher teaches, which the documents say as what she is
# (钢花小学音乐教师); asked as 是做什么的, not as the word 教 (身教胜于言传) or 科目, which they never use.
_TEACHES = re.compile(r"(?<![宗请指身家施传佛道督主新兰回儒邪调管])(?:在学校)?是?教(?:的是|的)?什么(?:科目|课|学科)?的?(?=[?？]?$)")


# 图五, 第五张图: a picture by its number, which captions print as 图⑤ (folded 图5).
_PICTURE = re.compile(r"第([一二三四五六七八九十]|\d{1,2})(?:张|張|幅|个|個)(?:图片|圖片|照片|配图|配圖|图|圖)|(?<=[图圖])([一二三四五六七八九十])(?![\u4e00-\u9fff])"
                      r"|(?<=[图圖])([一二三四五六七八九十])(?=[里裡中上是呢的])")


def _picture(match: re.Match[str]) -> str:
    number = next(g for g in match.groups() if g)
    digits = number if number.isdigit() else str(chinese_to_int(number))
    return digits if match.group(1) is None else "图" + digits


# A picture named in folded text: 图3 (图③ folded), 图五, 第五张图.
_PICTURE_NAMED = re.compile(r"第(?:[一二三四五六七八九十]|\d{1,2})(?:张|幅|个)(?:图片|照片|配图|图)|图(?:\d{1,2}|[一二三四五六七八九十])")


def picture_named(folded: str) -> re.Match[str] | None:
    """Where the (folded) text names a picture by its number (图3, 图五, 第五张图), or None."""
    return _PICTURE_NAMED.search(folded)


# 6月7号, 8月5号那天: a day of the month as spoken; the documents write 6月7日 (and 那天 after a date
# is that day itself).
_DAY_OF_MONTH = re.compile(r"((?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3}))[号號](?:那天|当天|當天|那一天)?")


# 跟上一年同期比, 和去年这会儿比, 比去年这会儿: against the same time last year, which the documents
# write 同比 (or 比去年同期, which holds it too).
_YEAR_ON_YEAR = re.compile(r"(?:跟|和|与|同)(?:上一年|去年|上年|头年)(?:同期|这会儿|这会|这时候|同一时期|同一时间)?(?:相比|比较|比)(?:起来)?"
                           r"|比(?:上一年|去年|上年|头年)(?:这会儿|这会|这时候|同一时期|同一时间)")


# 归哪个市管, 归什么部门管辖: which one it comes under, which the documents write by naming it
# (安徽省宿州市泗县网周村); jieba reads 市管 as a word no passage holds. Read as 属于哪个市.
_COMES_UNDER = re.compile(r"(?<![回划劃])归((?:哪|什么)一?个?[\u4e00-\u9fff]{1,3}?)管(?:辖|理)?(?=[的呢吗啊呀吧？?，,。]|$)")


# A threshold checked (是不是超过三百户, 够不够两百个): read by `guesses_asked` and `thresholds_asked`, not
# as a figure checked.
_THRESHOLD = re.compile(r"超过|超過|不到|不足|达到|達到|突破|将近|將近|接近|够不够|夠不夠|过没过|過沒過")
# 担任啥职务, 还兼着啥职务: the holding verb frames the office asked; the sentence naming it says
# 党工委副书记、办事处主任郑鹏, not 担任 (a word of other articles that weighed the answer down).
_OFFICE_HELD = re.compile(r"(?:担任|兼任|兼着|兼)(?:了|着)?(?=(?:什么|啥|哪些)(?:职务|职位|职|角色)?(?:[？?呢啊呀]|\s|$))")
# 帮大家忙算是件啥事: what something counts as, asked (服务大家对我是举手之劳); 算是 and the classifier
# 件 are the asking's, which weighed as the question's rarest words.
_COUNTS_AS = re.compile(r"算(?:是)?(?:一)?[件个种回]?(?=(?:什么|啥)(?:事|事情|东西)?(?:[？?呢啊呀]|\s|$))")


def plain_text(raw: str) -> str:
    """The question as searched: folded (NFKC, lower case, Simplified), filler dropped, colloquial
    forms written out. Never empty when the raw question had content: if only filler was there, the
    folded question is kept (你好 stays 你好, for small talk to recognise)."""
    text = as_mandarin(fold_for_index(raw).strip())  # 佢喺边度返工: 他在哪里上班
    stripped = _OPENING.sub("", without_opener(text))
    stripped = _CLOSING.sub("", stripped)
    stripped = _CHECKING.sub("", stripped)
    stripped = without_guess(stripped)
    stripped = _VISIT.sub(r"\1,", stripped)
    stripped = without_what_is_not_asked(stripped)
    stripped = _FILLER.sub("", stripped)
    stripped = without_a_names_item(stripped)
    stripped = checked_asked(stripped)  # 是495万单吗: the figure asked; before 吧 goes (是从2016年开始的吧)
    if not _THRESHOLD.search(stripped) and (checked := checked_asked(digits := with_digits(stripped))) != digits:
        stripped = checked  # 有没有三百户: a figure checked in Chinese numerals is asked as well
    stripped = _PARTICLES.sub("", stripped)
    stripped = _AGE_ASKED.sub("几岁", stripped)
    stripped = _AGE_SPOKEN.sub("几岁", stripped)
    stripped = _KIN_AGE_SPOKEN.sub(r"\1\2几岁", stripped)
    stripped = _NOW_COUNTED.sub("目前", stripped)
    stripped = _POINTS.sub("百分之几", stripped)
    stripped = thresholds_asked(stripped)
    stripped = _TAKEN_AS.sub("应该当成", stripped)
    for colloquial, written in _COLLOQUIAL:
        stripped = stripped.replace(colloquial, written)
    stripped = _ailment_or_fault(stripped)
    stripped = _THOSE_FEW.sub(r"\1些", stripped)
    stripped = _FIRST_SPOKEN.sub("第一", stripped)
    stripped = _SCHOOL_YEAR.sub("几年级", stripped)
    stripped = _AUTHOR_SAYS.sub("", stripped)
    stripped = _PIECE_SAYS.sub("", stripped)
    stripped = _TEACHES.sub("是做什么的", stripped)
    stripped = _OFFICE_HELD.sub("是", stripped)
    stripped = _COUNTS_AS.sub("是", stripped)
    stripped = _DAY_OF_MONTH.sub(r"\1日", stripped)
    stripped = _PICTURE.sub(_picture, stripped)
    stripped = guesses_asked(stripped)  # 够不够两百个 asks the figure: read before 够两百个吗 would be
    stripped = a_not_a_as_asked(stripped)
    stripped = _YEAR_ON_YEAR.sub("同比", stripped)
    stripped = _COMES_UNDER.sub(r"属于\1", stripped)
    stripped = stripped.strip(" ，,：:")
    return stripped if re.search(r"\w", stripped) else text
