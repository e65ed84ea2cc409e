"""What a question asks to have happened, and how the sentence that answers says it.

哪年出生 is dated by a sentence that says the birth, 什么时候担任主任 by one that says the office was taken,
什么时候建起来的 by one that says it was built or opened; 在哪里登陆 is placed by one that says the
landfall. A year or a place of something else in the same story (程鹏拿出2022年…项目清单, the village
people were evacuated from) does not answer. Each reading is a pair: how the question asks it, and
the words (a regex) the answering sentence must hold (`Asked.event`, checked by `answer_shape.fits`).
"""

from __future__ import annotations

import re

__all__ = ["ARRIVED", "BORN", "DIED", "ENDED", "FOUNDED", "HELD", "JOINED", "LANDED", "RENAMED", "SENT", "TOOK_OFFICE", "UNTIL",
           "body_doing", "date_event", "name_event", "place_event"]

# A time of the year or an occasion between the asking and the deed (哪年年底结束, 哪年国庆后当上): the
# deed is still the one asked the date of.
_AROUND = r"(?:[\u4e00-\u9fff]{0,3}?(?:年底|年初|年中|年末|月底|月初|月中|月末|前后|之后|以后|后))?"
# Taking an office (担任, 当选, 上任, 出任, 当上 …): asked when, the answer's date is said with it.
TOOK_OFFICE = r"担任|当选|上任|任命|就任|出任|当上|继任|接任|升任|调任|改任|(?<![主责信放担])任(?![何务意性期内])(?=[\u4e00-\u9fff])"
# The verbs a question asks the taking of an office by (担任, 当上, 上任 …).
# Spoken, 当 alone after 开始 or 起 before an office (什么时候开始当主任的); not 当志愿者, which takes none.
_OFFICE_AFTER = r"(?=[\u4e00-\u9fff]{0,6}?(?:长|主任|书记|主席|委员|代表|经理))"
_TAKING = rf"(?:担任|当上|上任|当选|就任|出任|接任|继任|(?<=开始)当{_OFFICE_AFTER}|(?<=起)当{_OFFICE_AFTER})"
# Asked right before the verb (什么时候开始担任, 哪一年上任的): when they took it, not 由谁担任.
_TOOK_OFFICE_Q = re.compile(r"(?:何时|什么时候|哪一?年|何年|哪天)" + _AROUND + r"(?:开始|起)?" + _TAKING)
# Being born (出生于, 生于, 诞下, a life span's opening year 赖铭伟（1965年－）): asked when, the date
# is said with it, not any year of the person's story (程鹏拿出2022年…项目清单).
BORN = r"出生|生于|生於|诞生|誕生|诞下|誕下|出世|降生|生日|生辰|[0-9]年生|[（(][^）)]{0,12}[0-9]{3,4}年[^）)]{0,12}[－—–-]"
_BORN_Q = re.compile(r"(?:何时|什么时候|哪一?年|何年|哪天|几月几[日号]|哪年哪月)(?:出生|生的|出世|降生)"
                     r"|出生(?:于|在)?(?:哪一?年|何时|什么时候|哪天)|生日是?(?:哪天|几月几|什么时候)|出生日期|出生年月|哪一?年生")

# What was done to, said before the deed (哪个月把党支部建到家门口, 哪天将卡口撤掉): the deed is still the
# one asked the date of.
_HANDLED = r"(?:(?:把|将|將)[\u4e00-\u9fff]{1,8}?)?"
# Being built, founded or opened (建成, 成立, 创办, 组建, 开通, 落成, 设为, 新开, 通车): asked when
# (网周村的爱心超市是什么时候建起来的), the date is said with it, not a year of what came later.
FOUNDED = (r"建|成立|创|創|设|設|置|开办|開辦|落成|竣工|启用|啟用|开通|開通|开业|開業|开张|開張|组成|組成|组建|組建"
           r"|新开|新開|开馆|開館|开放|開放|揭幕|诞生|誕生|问世|問世|投入使用|投用|安装|安裝|装好|裝好|装上|裝上|完工|完成"
           r"|通车|通車"
           # Formed by a merger or a renaming (由三镇合并而成, 广福乡改为青山铺镇), or put up (架设第一座灯塔).
           r"|合并|合併|而成|改为|改為|架设|架設|架构|架構|修筑|修築")
# 哪年装好投入使用的: installed and put to use (not when the plan to install it was made).
_FOUNDED_VERB = (r"(?:建|成立|创|創|设立|設立|开办|開辦|落成|竣工|兴建|興建|修建|开通|開通|开业|開業|组建|組建"
                 r"|安装|安裝|装好|裝好|装上|裝上|完工|启用|啟用|投入使用|投用|通车|通車)")
_FOUNDED_Q = re.compile(r"(?:何时|何時|什么时候|什麼時候|什么时间|哪一?年|何年|哪一?天|几月|幾月|哪个月)" + _AROUND
                        + r"(?:开始|正式|首次|最早|最初|才|就|被|所|由)?" + _HANDLED + _FOUNDED_VERB
                        + r"|" + _FOUNDED_VERB + r"[于於](?:何时|何時|哪一?年|什么时候)"
                        # 最早哪年有的, 什么时候开始有的: when it came to be, the question's last words
                        r"|(?:何时|何時|什么时候|什麼時候|哪一?年|何年)(?:开始|開始|才|就)?有的(?=[吗嗎呢呀啊啦？?！!。.\s]*$)")
# Dying (去世, 病逝, 卒): asked where or when, the place or the date is said with it. Asked when, by more
# words and a life span's closing year too (姆西里（1820年－1891年）); not the year his father died in
# his childhood story (9岁时,其父去世), nor any other.
DIED = r"去世|逝世|病逝|过世|過世|死|卒|殁|歿|身亡|遇害|牺牲|犧牲"
_DIED_SAID = DIED + r"|离世|離世|辞世|辭世|遇刺|阵亡|陣亡|驾崩|駕崩|薨|[－—–-]\s*[0-9]{3,4}年[^）)]{0,12}[）)]"
_DIED_Q = re.compile(r"(?:何时|何時|什么时候|什麼時候|哪一?年|何年|哪天|几月几[日号])(?:去世|逝世|病逝|过世|過世|离世|離世|辞世|死|身亡|遇害|牺牲|犧牲)"
                     r"|(?:死|卒|去世|逝世|病逝|过世|過世)(?:于|於|在)(?:哪一?年|何时|何時|什么时候|什麼時候|何年)")
LANDED = r"登陆|登陸|登录|登錄"
# Making landfall (登陆): 台风卢碧是哪天在哪登陆的 is dated by a sentence saying it landed, not by the
# day it brought rain.
_LANDED_Q = re.compile(r"(?:何时|何時|什么时候|什麼時候|哪一?天|几月几[日号]|几号)(?:在(?:哪里|哪裡|哪儿|哪兒|哪|何处|何地))?"
                       r"(?:登陆|登陸)")
# Reopening or resuming (离汉通道后来是哪天重新开的): dated by a sentence saying it came back (重新,
# 恢复, 解封), not by the day it was closed.
REOPENED = r"重新|恢复|恢復|解封|重启|重啟|重开|重開|再次|再度|解除|复工|復工|复课|復課|复航|復航|复业|復業|复播|復播"
_DATE_Q = r"(?:何时|何時|什么时候|什麼時候|哪一?年|哪一?天|几月几[日号]|幾月幾[日號]|几号|幾號|[几幾]月份?|哪[个個]月)"
_REOPENED_Q = re.compile(_DATE_Q + _AROUND + r"(?:又|才|正式|开始)?" + _HANDLED + r"(?:重新|恢复|恢復|解封|重启|重啟|重开|重開|再次|再度|复工|復工|复课|復課)"
                         r"|(?:重新|恢复|恢復|重启|重啟|再次|再度)[\u4e00-\u9fff]{0,4}?(?:是|在|于|於)?" + _DATE_Q)
# Ending or taking away (卡口后来是哪天撤掉的, 哪一年停刊, 何时被撤销, 什么时候宣布退出): dated by a
# sentence saying something ended, not by the day the checkpoint's story began (1月25日…成为检测值守的
# 一员). Shared sets (all splits): 30 of 31 such questions' answering sentences say it.
ENDED = (r"撤|关闭|关停|关掉|关门|关张|停|取消|废|解散|结束|拆|倒闭|退役|退出|终止|中止|闭馆|闭幕|下架|注销|解体"
         r"|灭亡|覆灭|消失|解除|卸任|离任|罢免|封闭|禁|收回|告别|落幕|休刊|裁"
         # How long it lasted says when it ended (一直延续到1910年代, 持续到, 直到…为止).
         r"|延续到|持续到|直到|为止")
_ENDED_VERB = (r"(?:撤销|撤除|撤掉|撤走|撤离|撤出|撤|关闭|关掉|关停|关门|停止|停办|停刊|停产|停用|停运|停航|停播|停业"
               r"|取消|废除|废止|解散|结束|拆除|拆掉|倒闭|退役|终止|暂停|闭馆|下架|注销|裁撤|解体|覆灭|灭亡|消失|退出)")
_ENDED_Q = re.compile(_DATE_Q + _AROUND + r"(?:被|又|才|就|正式|开始|宣布|遭)?" + _HANDLED + _ENDED_VERB
                      + r"|" + _ENDED_VERB + r"(?:于|於|在|是)(?:何时|何時|哪一?年|什么时候)")
# Coming to a local place (程鹏是啥时候去网周村驻村的, 哪年搬进那个院子的): dated by a sentence saying one
# came, moved in or was stationed there (自从2021年6月来到网周村), not by a year of what one did there
# (网周村驻村工作队队长程鹏拿出2022年…项目清单).
_LOCAL = r"(?:村|镇|鎮|县|縣|社区|社區|街道|乡|鄉|小区|小區|院子|大院|院)"
ARRIVED = (r"来到|來到|到达|到達|抵达|抵達|进驻|進駐|入驻|入駐|到任|赴任|派驻|派駐|前往|搬到|搬进|搬進|搬来|搬來"
           r"|迁到|遷到|迁入|遷入|住进|住進|入住|(?:来|來|到|去)了?(?=[\u4e00-\u9fff]{1,10}?" + _LOCAL + ")")
_ARRIVED_Q = re.compile(r"(?:何时|何時|什么时候|什麼時候|哪一?年|何年|哪一?天|几月|幾月|哪个月)(?:就|才|开始)?"
                        r"(?:去|来|來|到|搬到|搬进|搬進|搬来|搬來|住进|住進|调到|調到|派到)(?:的|了)?"
                        r"[\u4e00-\u9fff0-9]{1,12}?" + _LOCAL)
# Joining the party or the army (她啥时候正式入的党, 哪年参的军): dated by a sentence saying one joined
# (当年3月,她火线入党; 加入, 成为…党员), not by the day one applied (2020年2月,她郑重写下入党申请书) nor
# a step before (入党积极分子, 入党介绍人).
JOINED = (r"(?:入党|入黨|入团|入團)(?!申请|申請|积极分子|積極分子|介绍人|介紹人)|参军|參軍|入伍"
          # 加入 the party, the league or the army: not 申请加入了疫情防控志愿队, a team.
          r"|加入(?!申请|申請)[^，,。；;]{0,8}?(?:党|黨|共青团|共青團|军|軍|部队|部隊)"
          r"|成[为為][^，,。；;]{0,10}?(?:党员|黨員|团员|團員|军人|軍人)")
# Asked of the party, the league or the army only: 何时加入 a club is answered by its signing (签约) as often.
_JOINED_Q = re.compile(_DATE_Q + r"(?:正式|才|就|开始|開始)?(?:火线|火線|光荣|光榮|顺利|順利)?"  # 几月份正式火线入党的
                       r"(?:入(?:了|的)?[党黨团團]|参(?:了|的)?军|參(?:了|的)?軍|入(?:了|的)?伍)")
# Until when (驻到哪年, 要干到什么时候, 持续到何时): dated by a sentence saying how long it runs (到2025年,
# 至…为止, 期满, 截至), not by the day it began (自从2021年6月来到网周村).
UNTIL = (r"(?:到|至|截至|截止)\s*(?:\d{2,4}年|\d{1,2}月|[一二三四五六七八九十〇零]{2,4}年|今年|明年|年底|年末|月底|目前|现在|如今)"
         r"|(?:到|至)[^，,。；;]{1,12}?(?:结束|結束|为止|為止)"  # 沿用至二战结束
         r"|为止|為止|期满|期滿|届满|屆滿")
# Not 截至哪年 (as of when a count was made: 2021年,娄底已累计…), 追溯至哪一年 (where it goes back to), nor
# 一直到何时才得到承认, 到何时开始演变 (when it at last happened or began: the event's date).
_UNTIL_Q = re.compile(r"(?<!截)(?<!追溯)(?:到|至)(?:哪一?年|哪年哪月|几月|幾月|哪一?天|什么时候|什麼時候|何时|何時|啥时候|啥時候|哪个月|哪個月)"
                      r"(?![^，,。？?！!]*(?:才|开始|開始))")
# What a date question may ask to have happened, and how the answering sentence says it, in turn.
_EVENTS = ((_UNTIL_Q, UNTIL), (_TOOK_OFFICE_Q, TOOK_OFFICE), (_BORN_Q, BORN), (_DIED_Q, _DIED_SAID), (_REOPENED_Q, REOPENED),
           (_ENDED_Q, ENDED), (_FOUNDED_Q, FOUNDED), (_LANDED_Q, LANDED), (_ARRIVED_Q, ARRIVED), (_JOINED_Q, JOINED))


# Where something happened that a sentence says in so many words: made landfall (登陆), was born
# (出生, or …人 of 香山县翠亨村人), died (去世, 病逝, 卒).
_WHERE = r"(?:哪里|哪裡|哪儿|哪兒|何处|何處|何地|什么地方|哪个[\u4e00-\u9fff]{0,2}|哪)"
HELD = r"召开|召開|举行|舉行|举办|舉辦|开幕|開幕|主办|主辦|在[\u4e00-\u9fff]{2,8}开"
# Sent from there: 由县委组织部选派, 从市直机关抽调, 来自…; not 完善选派干部驻村工作 (who sends is unsaid).
SENT = (r"来自|來自|(?:从|從|由)(?![于於此事而])[^，,。；;]{2,20}?"
        r"(?:派(?!出所)|调(?:派|到|来|任)|調(?:派|到|來|任)|抽调|抽調)"
        r"|[\u4e00-\u9fff]{2}(?:选派|選派|下派|派驻|派駐|委派)(?:的|到|至|来|來|去)")
_PLACE_EVENTS = (
    (re.compile(_WHERE + r"[^？?，,]{0,3}?(?:登陆|登陸)|(?:登陆|登陸)(?:于|於|在)" + _WHERE), LANDED),
    (re.compile(_WHERE + r"[^？?，,]{0,3}?(?:出生|出世)|(?:出生|诞生|誕生)(?:于|於|在)" + _WHERE), BORN + r"|人(?:[,，。；;）)]|$)|籍贯|籍貫"),
    (re.compile(_WHERE + r"[^？?，,]{0,3}?(?:去世|逝世|病逝|过世|過世|死去|死的|死亡)|(?:去世|逝世|病逝|死)(?:于|於|在)"
                + _WHERE), DIED),
    # 党代会在哪个城市开的: held there (召开, 举行), not any place the report names.
    (re.compile(r"在" + _WHERE + r"(?:召开|召開|举行|舉行|举办|舉辦|开的|開的|开会|開會)"), HELD),
    # 田飞是从哪个单位派到百家村挂职的: sent from there (从…派来, 由…选派, 来自), not the bodies he set up.
    (re.compile(r"(?:从|從|由)" + _WHERE + r"[^？?，,]{0,4}?(?:派|调|調|选派|選派|下派|抽调|抽調)"
                r"|哪(?:个|個|家)(?:单位|單位|部门|部門|机关|機關)(?:派|选派|選派|下派|委派)"), SENT),
)


# A former name (以前叫啥, 原名是什么, 改名之前叫什么): given by a sentence saying the name changed or
# once was another (更名为, 原名, 之前为, 是…的笔名, 也就是现在的), not by any sentence naming the thing
# today (白领驿家以前叫啥名字: 有一个人气颇高的“白领驿家” says no earlier name). Matched on folded
# (Simplified) text.
RENAMED = (r"原名|原称|本名|旧名|旧称|曾名|曾用名|曾称|曾叫|曾经叫|前称|前身|原为|原是|原叫|原来|原先|原本"
           r"|之前为|之前是|之前叫|以前为|以前是|以前叫|过去叫|早先叫|旧时|旧译|更名|改名|改称|易名|改为|改成|改叫"
           r"|改组|重组|升格|升级为|并入|合并|撤销|笔名|又名|又称|别名|别称|亦称|也称|简称|现称|今称|后称|后改|后来"
           r"|现在的|即今|今为")
_RENAMED_Q = re.compile(r"(?:以前|之前|原来|原先|原本|本来|早先|过去|曾经|起初|最早|最初|当初|改名(?:之|以)?前"
                        r"|更名(?:之|以)?前)(?:的名字|的名称|是?叫|名字|名称|称为|称作)|原名|曾用名|旧称|旧名|老名字|原称")


def name_event(folded: str) -> str:
    """What the sentence giving the (folded) question's former name must say, "" when it asks none."""
    return RENAMED if _RENAMED_Q.search(folded) else ""


# The office taken, typed after the verb (哪一年当上队长的, 什么时候开始担任社区主任): its last two
# characters (队长, 主任, 议长) are how any sentence naming it says it.
_OFFICE_TAKEN = re.compile(_TAKING + r"(?:了|为)?([\u4e00-\u9fff]{2,8}?)(?:的|呢|吗|嗎|啊|呀|$|[？?，,。])")


def date_event(folded: str) -> str:
    """What the sentence dating the (folded) question's event must say, "" when it asks no event. Taking
    an office the question names is said with that office (担任方舱医院播音员 does not date 当上队长)."""
    said = next((said for asked, said in _EVENTS if asked.search(folded)), "")
    if said == TOOK_OFFICE and (office := _OFFICE_TAKEN.search(folded)) is not None:
        return rf"(?:{TOOK_OFFICE}|选为|選為|任命为|任命為)[^，,。；;]{{0,15}}?{re.escape(office.group(1)[-2:])}"
    return said


# A body asked as the one doing something (哪个部门登记管理, 是市里哪个部门牵头统筹的, 哪个单位发布的): the
# sentence that answers says the doing; one naming a body that does something else (党支部委员 of
# 六级组织体系) does not.
_DOING = r"负责|牵头|主管|管理|登记|审批|批准|发布|主办|承办|统筹|监管|颁发|认定|出资|资助"
_BODY_DOING_Q = re.compile(r"哪(?:个|家|一)?(?:部门|单位|机构|机关)(?:来|去|在)?(" + _DOING + ")")


def body_doing(folded: str) -> str:
    """What the sentence naming the body a (folded) question asks for must say it did, "" when it
    asks none by its doing."""
    found = _BODY_DOING_Q.search(folded)
    return found.group(1) if found is not None else ""


def place_event(folded: str) -> str:
    """What the sentence placing the (folded) question's event must say, "" when it asks no event."""
    return next((said for asked, said in _PLACE_EVENTS if asked.search(folded)), "")
