"""How a question asks for a place or an organisation by the form of its name (哪所学校 → …小学, 哪个村
→ 东瑶村), and the local place a question is about (西便门内社区 → 内社区). Pure patterns and the
functions that pick the one a question needs; `qa.asked` reads them into the question's `Asked` value.
The endings place names have in answer text (`PLACE_ENDINGS`) are here too, for `answer_shape` and
`offices`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .occurrences import followed_by

# 哪所学校 is answered by 钢花小学, 哪家单位 by …总公司: the names such things have. A name does not
# end in a verb, a particle or a demonstrative, nor hold or follow 某: 送到医院, 在学校, 这所学校, 某国营厂 name none.
_NAME_BODY = r"(?<!某)(?:(?!某)[\u4e00-\u9fff]){2,}(?<![到在去进進往入出回住了的和与與及送把被从從向至就是为為於于上所家该該本此这這那其各])"
_SHOPS = ("超市", "商场", "商店", "书店", "药店", "药房", "饭店", "餐馆", "餐厅", "酒店", "宾馆", "菜市场", "便利店")
NAMED_FORMS = {
    "学校": re.compile(_NAME_BODY + r"(?:小学|中学|大学|学院|幼儿园|学校)"),  # 四点钟学校 too
    # …纪委监委, …信息技术保障室: a discipline commission and its offices are bodies people work in.
    "单位": re.compile(_NAME_BODY + r"(?:公司|集团|局|厅|研究院|研究所|中心|委员会|办公室|海关|政府|法院|检察院|银行|纪委|监委|保障室)"),
    "医院": re.compile(_NAME_BODY + r"(?:医院|卫生院)"),
    "出版社": re.compile(_NAME_BODY + r"出版社"),
    # Not 组织, 大部分, 办法: a word that merely ends on the form's character; nor a deed done (带头领办,
    # 督办, 承办): an office's name ends in 办 after its field (网络理政办, 街道办).
    # Nor 相关部门, 职能部门: bodies of a kind, none named; nor 党员干部 (people) or 有人办 (a deed).
    "部门": re.compile(_NAME_BODY + r"(?<!相关)(?<!有关)(?<!职能)(?<!主管)(?<!相關)(?<!有關)(?<!職能)"
                       r"(?:(?<![干幹])部(?!分)|室|处|科|厅|局|(?<![领領督承主协協代包举舉开開创創兴興查交批人])办(?![法理事得])"
                       r"|办公室|中心|所|组(?![织織])|股|署|委员会)"),
    # A company may be named in Latin letters (ZSoft公司) or the Japanese way (光荣株式会社).
    "公司": re.compile(r"(?:" + _NAME_BODY + r"|[a-z][a-z0-9&.\- ]*[a-z0-9])(?:公司|集团|企业|厂|会社)"),
    # 哪家律所, 哪家农科院, 哪个研究所: an institute's or a firm's name (…律师事务所, …农业科学院).
    "院所": re.compile(_NAME_BODY + r"(?:院|所)"),
    # 哪家超市, 哪个饭店: a shop's name (新华书店), not 去超市 (some shop, named by none).
    "商店": re.compile(_NAME_BODY + r"(?:" + "|".join(_SHOPS) + ")"),
}
# The name of a body of members (物业公司党建联盟, 红马甲志愿服务队, 村民理事会), what 那个组织叫什么 asks;
# not a form 哪个组织 asks by (属于哪个组织 is answered by 北约 as often as by …联盟).
NAMED_BODY = re.compile(_NAME_BODY + r"(?:联盟|聯盟|协会|協會|学会|學會|联合会|聯合會|委员会|委員會|理事会|理事會|促进会|促進會"
                        r"|互助会|互助會|基金会|基金會|商会|商會|工会|工會|组织|組織|中心|党支部|黨支部|队|隊|社(?![区區会會])|团|團)")


# A noun of a named form by its ending (那所中学, 那家国营厂叫什么名字): the form its name has.
_FORM_OF_ENDING = (("学校", "学校"), ("小学", "学校"), ("中学", "学校"), ("大学", "学校"), ("学院", "学校"),
                   ("卫生院", "医院"), ("医院", "医院"), ("出版社", "出版社"),
                   ("公司", "公司"), ("集团", "公司"), ("企业", "公司"), ("厂", "公司"), ("厂家", "公司"),
                   ("厂商", "公司"), ("律所", "院所"), ("事务所", "院所"), ("研究所", "院所"), ("研究院", "院所"),
                   ("科学院", "院所"), ("农科院", "院所"), ("科研院", "院所"), ("设计院", "院所"),
                   *((shop, "商店") for shop in _SHOPS))
# The noun whose name 叫什么/名字是什么 asks, as typed: the run of Han characters right before it.
_NAMED_NOUN = re.compile(r"([\u4e00-\u9fff]{1,6}?)(?:的名字|名字|的名称|名称)?(?:叫|是)(?:什么|什麼)")


def form_of(noun: str) -> str | None:
    """The named form (`NAMED_FORMS` key) a noun is one of: itself (单位, 部门), or by its ending
    (中学 → 学校, 国营厂 → 公司)."""
    if noun in NAMED_FORMS:
        return noun
    if noun[-1:] in ("子", "儿") and len(noun) > 1:
        noun = noun[:-1]  # 厂子 as spoken for 厂
    return next((form for ending, form in _FORM_OF_ENDING if noun.endswith(ending)), None)


def named_noun_form(folded: str) -> str | None:
    """The named form of the noun a 叫什么 question asks the name of (那家国营厂叫什么名字 → 公司), as
    typed, when the tagger finds no focus; None for a person (他叫什么) or another thing."""
    noun = _NAMED_NOUN.search(folded)
    return form_of(noun.group(1)) if noun else None


# A kind of school asked (哪个中学, 哪所大学) is answered by a school's name, as 哪所学校 is: on the
# shared sets 46 of 48 哪所大学 answers name a 大学 (the others a 学院).
_SCHOOLS = ("小学", "中学", "大学", "学院", "高中")
# 哪所学校, 哪家医院 as typed, when the tagger reads the question's focus elsewhere.
_NAMED_Q = re.compile(r"哪(?:一|个|個|所|家|间|間|一所|一家|一间|一間)?(" + "|".join((*NAMED_FORMS, *_SCHOOLS)) + ")")
# 哪家通信公司, 哪所重点中学, 哪家农科院: the form by the asked noun's ending, a few characters of kind
# before it (not 哪个国家的公司: that asks the country).
_NAMED_KIND_Q = re.compile(r"哪(?:一|个|個|所|家|间|間|一所|一家|一间|一間)((?:(?![的之])[\u4e00-\u9fff]){0,4}?(?:"
                           + "|".join(ending for ending, _ in _FORM_OF_ENDING) + "))")
# 哪个村 / 哪个社区 / 哪个州 / 哪座山 (not 哪个县市) is answered by a name of that form, the name alone after the
# larger places around it: 东瑶村 of 厦门市海沧区东瑶村, 狐尾山 of 厦门岛西部的狐尾山麓.
# 哪个国营厂, 哪家钢铁厂: a factory asked by its kind (not 哪个公司, 哪个集团: CMRC answers 恒地 alone).
_FACTORY_Q = re.compile(r"哪(?:一|个|個|家|一家)([\u4e00-\u9fff]{0,3}(?:厂|厂家|厂子))")
_PLACE_FORM_Q = re.compile(r"(?:哪(?:一|个|個|一个|一個|座|几个|幾個|几|幾|些)?|(?<![为為])(?:什么|什麼))(村|小区|社区|居民区|街道|镇|乡|县|区|省|州|市|院子|大院|山|岛|島|站)"
                            r"(?![市县区省场民值长委别別域点點台臺岗崗道])"  # 哪个站点, 站台: no station's name; 省道 a road
                            r"|哪一?[条條](路|街|大街|马路|馬路|胡同|巷)")  # 在青山区哪条路上: a road's name
_PLACE_FORM_NAME = r"[^\s，,。、；;：:“”\"的在于是省市县縣区區镇鎮乡鄉和与與及或]{1,8}?"
# A station's name is short and follows the body running it (新时代文明实践中心水南画眉站, 北湖收费站).
_STATION_NAME = r"[^\s，,。、；;：:“”\"的在于是省市县縣区區镇鎮乡鄉]{2,4}?"
# The local place forms a 哪个…/…叫什么 question asks a name of (also what 那里 leans on: `conversation`).
PLACE_FORMS = ("村", "小区", "社区", "居民区", "街道", "镇", "乡")


@lru_cache(maxsize=256)
def place_form_name(form: str, *, office: bool = False) -> re.Pattern[str]:
    """A name of the place form asked (东瑶村 for 哪个村), not a word that merely holds it (村民, 村委,
    选派村党组织书记: a village's party body; 驻村, 每村, 全村, 每个村, 乡镇: no village or township named). With `office` (哪个社区的
    党委书记), the place named before its office is the answer: 深田社区 of 深田社区党委书记庄莹莹."""
    # 哪个区 is not answered by 小区 or 社区 (老旧小区 before 潍城区): forms of their own.
    other = r"(?<![小社地])(?=区(?!域))" if form == "区" else ""  # 一些地区, 区域内: no district
    body = (_STATION_NAME if form == "站" else _PLACE_FORM_NAME) + r"(?<![驻駐进進到回全本该該各每入个個])" + other + form
    if office:
        return re.compile(body + r"(?![里裡民内內两兩庄莊干幹])")
    # 村长, 镇长 hold an office; after 街道 or 社区 a 长 opens the next name (团山街道长山花园社区), and
    # an office there takes a character before its 长 (小区楼长).
    head = r"[\u4e00-\u9fff][长長]" if len(form) > 1 else r"[\u4e00-\u9fff]?[长長]"
    # A discipline commission after the place is the place's (四川省渠县纪委监委: 渠县 is named).
    return re.compile(body + r"(?!" + head + r"|(?!纪委|紀委)[\u4e00-\u9fff]?[记記委]|[里裡民内內两兩庄莊干幹镇鎮]"
                      r"|[党黨](?:组织|組織|支部|委|总支|總支))")


def named_form(focus: str | None, folded: str) -> re.Pattern[str] | None:
    """The name a 哪所学校/哪家医院 question is answered by: by the question's focus (`focus`, as the
    tagger reads it), or by the words themselves when the tagger reads the focus elsewhere
    (在哪所学校上学); None when the question asks no such form."""
    typed = _NAMED_Q.search(folded)
    if focus not in NAMED_FORMS and focus not in _SCHOOLS and typed:
        focus = typed.group(1)
    elif focus is not None and (form := form_of(focus)) is not None:
        focus = form  # 那个厂子叫什么: a company's name, by the focus's ending
    elif factory := _FACTORY_Q.search(folded):
        focus = form_of(factory.group(1))  # 在哪个国营厂上班: some factory's name (某国营厂 names none)
    elif kinded := _NAMED_KIND_Q.search(folded):
        focus = form_of(kinded.group(1))  # 跟哪家通信公司合作: a company's name
    if focus in _SCHOOLS:
        focus = "学校"
    return NAMED_FORMS[focus] if focus is not None and focus in NAMED_FORMS else None


def place_form(folded: str) -> re.Pattern[str] | None:
    """哪个村 is answered by 东瑶村, 哪个小区 by 中鼎温馨家园小区, 哪个院子 by 广安门北街20号院 or
    石油共生大院; None when no place form is asked."""
    form, office = _form_and_office(folded)
    if form is None:
        return None
    if form.group(1) is None:  # 哪条路: a road by any of its forms (冶金大道, 南京西路, 广安门北街); not
        # a 街道, a district of a city (团山街道), nor the 街 of 街坊 (neighbours: 在邻里街坊中)
        return place_form_name("(?:路|街(?![坊道])|(?<!街)道|巷|胡同)")
    return place_form_name("院" if form.group(1) in ("院子", "大院") else form.group(1), office=office is not None)


# 哪个社区的党委书记, 哪个村的支书: the place an office holder serves, named before the office.
_OFFICE_AFTER = re.compile(r"的?(?:党委|党支部|党总支|居委会|村委会|两委)?(?:书记|支书|主任|村长|社区长|副书记)")
# What may end a question after the office asked of: 庄莹莹是哪个社区的党委书记啊.
_ENDING = re.compile(r"[啊呀呢吧吗嘛么]*[？?！!。]*$")


def office_holder(folded: str) -> str | None:
    """哪个社区党委书记出面协调的: the office whose holder the question asks for (the person who did
    it), not the place; None when the office ends the question (庄莹莹是哪个社区的党委书记) or none
    follows a place form."""
    _, office = _form_and_office(folded)
    if office is None or _ENDING.fullmatch(folded, office.end()):
        return None
    return office.group(0).lstrip("的")


def _form_and_office(folded: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The place form asked (哪个社区) and the office right after it (的党委书记), each None when absent."""
    form = _PLACE_FORM_Q.search(folded)
    return form, _OFFICE_AFTER.match(folded, form.end()) if form is not None else None


# A local place named by its last character and its ending (西便门内社区 → 内社区, 网周村 → 周村): news
# names many in one report, each with its own counts and dates. Not a bare or qualified ending (该社区,
# 全村, 小社区, 那些村, 2万多名社区居民), the object of a verb (让社区帮忙, 给社区打电话) nor another word
# (村民, 村委, 村级, 小区里).
NOT_NAMING = ("的小大多名个該该本全各每这這那其此些所到在进進入住过過通经經和与與及或等是为為了新老"
              "让讓给給帮幫请請叫找跟向对對由被把从從回离離出往朝至自于於沿用靠凭憑替托"
              # 驻村工作队: a verb's, no village named (not 下 or 包: 山下村, 岭下村 are villages).
              "驻駐"
              # 多民族社区, 新型社区, 现代化社区: what kind of community, not which.
              "族型化色性式类類")
LOCAL_PLACE = re.compile(r"[\u4e00-\u9fff](?<![" + NOT_NAMING + r"])"
                         r"(?:社区|小区|街道|片区|园区|新区|村)(?![民委里内两庄干长记级級])")


# 城市社区, 城乡社区: urban communities as policy texts say, which a question names no place by
# (讲城市社区微治理那篇里，南宁那个社区少数民族占多少 asks of 南宁, not of some 市社区).
_KINDS_OF_COMMUNITY = frozenset("市乡鄉")


def local_place(folded: str) -> str:
    """The first local place the (folded) question names, "" when none (`LOCAL_PLACE`)."""
    return next((m.group(0) for m in LOCAL_PLACE.finditer(folded) if m.group(0)[0] not in _KINDS_OF_COMMUNITY), "")


# The endings of place names in answer text (省, 社区, 大院, 岛, 公国 …): what a sentence names as a place by.
PLACE_ENDINGS = (r"(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|村|街道|社区|社區|府|路|街|港|岛|島|山|河|湖|国|國|州|城|站|大院|小区|小區|园|園"
                 r"|江|海|湾|灣|峰|岭|嶺|谷|平原|高原|盆地|沙漠|半岛|半島|群岛|群島|郡|殿|宫|宮|寺|庙|廟|塔|桥|橋|峡|峽"
                 r"|公国|公國|王国|王國|帝国|帝國|汗国|汗國|侯国|侯國|书店|書店|商店|商场|商場)")


# What follows a noun whose name is asked: 陨石坑叫什么, 社区的名字是什么.
NAME_ASKED = r"(?:的名字|名字)?(?:叫|是)(?:什么|什麼)"
# Compiled alone, to match right after the noun (`occurrences.followed_by`): no pattern per noun.
NAME_ASKED_RE = re.compile(NAME_ASKED)

# Characters never inside a thing's name before its kind word: 形状罕见的陨石坑, 继岫岩陨石坑 (继 is not
# the name), ——依兰陨石坑, 第9号台风 (a number, not a name).
_THING_NAME_CHAR = r"[^\s0-9，,。、；;：:“”\"（）()—的在于是继从为被把对向个第号年月这那该其此]"
_THING_NAME_BODY = _THING_NAME_CHAR + "{2,6}?"
# As many characters as such a name may hold, from where it starts (`_named_before`).
_THING_NAME_RUN = re.compile(_THING_NAME_CHAR + "{0,6}")


@lru_cache(maxsize=256)
def thing_name(focus: str) -> re.Pattern[str]:
    """那个收费站叫啥名, 那套组织体系叫什么: the name of a thing of that kind ends in its kind word
    (北湖收费站, 六级组织体系, 夕阳红合唱队), or is quoted just before it (“枝叶关情·潍美家园”物业服务品牌),
    or is a title ending in it (《关于推动党史学习教育常态化长效化的意见》);
    the question's own words are no answer (`answer_shape`). Compiled once per kind word: a class of
    Han characters takes about a millisecond to compile (`text.follows`)."""
    kind = re.escape(focus)
    return re.compile(rf"{_THING_NAME_BODY}{kind}|“[^”]{{2,16}}”[^\s，,。；;“]{{0,6}}?{kind}|《[^》]{{0,40}}{kind}》")


_BEFORE_OR_AFTER = re.compile(r"(?:^|在|比|继|繼)([^\s0-9，,。、；;：:“”\"（）()的在于是个第这那该其此]{2,6}?)(?:之前|以前|之后|之後|以后|以後)")


def another_named(focus: str, folded: str) -> re.Pattern[str] | None:
    """依兰陨石坑之前发现的第一个陨石坑叫啥: the question names one thing of its kind by a name ending in
    the kind word (依兰陨石坑), so the one asked about is named so too (岫岩陨石坑), and not by the
    question's own (the pattern never matches 依兰陨石坑). None when the question names none."""
    asked = followed_by(folded, focus, NAME_ASKED_RE)
    # Another one, not the one asked about (那个志愿服务队叫什么 names none: 志愿 is no name).
    own = [folded[start:end] for start, end in _named_before(focus, folded) if asked is None or end != asked[0]]
    # 在依兰之前发现的那个陨石坑叫啥: the one it came before or after is named by its name alone.
    own += [m.group(1) for m in _BEFORE_OR_AFTER.finditer(folded[: asked[0] if asked else len(folded)])]
    if not own:
        return None
    return re.compile(f"(?!(?:{'|'.join(map(re.escape, own))}){re.escape(focus)})"
                      f"{_THING_NAME_BODY}{re.escape(focus)}")


def _named_before(focus: str, folded: str) -> Iterator[tuple[int, int]]:
    """The spans of the names right before the kind word `focus` (依兰 of 依兰陨石坑): group 1 of
    ``re.finditer(f"({_THING_NAME_BODY}){re.escape(focus)}", folded)``, found without compiling a
    pattern per kind word: from each position in turn, the shortest name the kind word follows,
    and the search goes on after the kind word (the matches do not overlap)."""
    at = 0
    while at < len(folded):
        run = _THING_NAME_RUN.match(folded, at).end()
        end = next((end for end in range(at + 2, run + 1) if folded.startswith(focus, end)), None)
        if end is None:
            at += 1
            continue
        yield at, end
        at = end + len(focus)


# 搬来之前住哪儿, 迁到这里以前在哪: where someone was before a move, not where they moved to.
BEFORE_MOVE_Q = re.compile(r"(?:搬|迁|遷|移居|嫁)[^，,。？?\s]{0,12}(?:之前|以前)")
_MOVED_TO = re.compile(r"搬到|搬进|搬進|搬至|搬来|搬來|迁到|遷到|迁往|遷往|迁至|遷至|迁入|遷入|移居|嫁到")
_MOVED_FROM = re.compile(r"(?:从|從|自)[^，,。；;]{1,15}?(?:搬|迁|遷|移居)")


def says_only_where_to(sentence: str) -> bool:
    """The (folded) sentence names where someone moved to (纪玉芝搬到…20号院) and not where from."""
    return bool(_MOVED_TO.search(sentence)) and not _MOVED_FROM.search(sentence)


# 北湖收费站在武汉哪个区, 渠县是四川哪个市的: where a place named by its kind word lies. The sentence that
# answers names it: 华雨辰是武汉市青山区钢花小学音乐教师 gives her school's district, not the toll
# station's. Not a place pointed back to (那个居民区归哪个街道: named a turn before, by another name).
_LOCATED_Q = re.compile(r"((?:(?!的)[\u4e00-\u9fff]){1,7}" + PLACE_ENDINGS + r")\s*(?:在|位于|位於|地处|地處|属于|屬於|归|歸|是)"
                        r"[^，,。？?\s]{0,4}?(?:哪|什么地方|什麼地方|何处|何處)")
_POINTED_BACK = re.compile(r"[这這那该該此]")
# Words ending like a place that name none (马蓝的分布地区在哪里, 他家乡在哪儿, 首府是哪儿).
_NO_PLACE_NAMED = re.compile(r"(?:地区|地區|家乡|家鄉|故乡|故鄉|老家|首府|首都|省会|省會|产地|產地|原产地|原產地|总部|總部|驻地|駐地)$")


def located_asked(folded: str) -> str:
    """The place whose whereabouts the (folded) question asks (北湖收费站 of 北湖收费站在武汉哪个区), as
    typed with the words before it; "" when it asks none, or points back to one (那个居民区)."""
    match = _LOCATED_Q.search(folded)
    if match is None or _POINTED_BACK.search(match.group(1)) or _NO_PLACE_NAMED.search(match.group(1)):
        return ""
    return match.group(1)


def names_the_located(located: str, sentence: str) -> bool:
    """The (folded) sentence names the place asked about: the end of the words typed before the asking,
    two characters or more (收费站 of 请问北湖收费站)."""
    return any(located[i:] in sentence for i in range(len(located) - 1))
