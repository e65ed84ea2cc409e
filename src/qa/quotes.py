"""Inside a retrieved passage, pick the sentence that answers and mark the matched terms.

A passage is up to four sentences; a user wants the one that holds the answer. Sentences are
scored by the IDF of the question words they contain, plus a cue for the kind of question:
多少/几 wants a number with its measure word, 谁 a person, 哪里 a place, 何时 a date.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .text import fold

Span = tuple[int, int]

_NUMBER_Q = re.compile(r"多少|几|幾|数量|數量|人数|人數|比例|百分之|规模|規模|多大|多长|多長|多久|多高|第几|第幾")
_DATE_Q = re.compile(r"何时|何時|什么时候|什麼時候|哪一?年|哪一?天|哪个月|几月|幾月|几号|日期|时间|時間|何年|年代")
_PERSON_Q = re.compile(r"谁|誰|哪位|名字|姓名|叫什么|叫什麼|何人")
# 在哪 asks where, unless a noun that is not a place follows: 在哪一场战争, 在哪个时期, 在哪部作品.
_PLACE_Q = re.compile(r"哪里|哪裡|哪儿|哪兒|何地|何处|何處|哪座|位于|位於|什么地方|什麼地方"
                      r"|在哪(?![一个個些]?(?:场|場|次|时期|時期|时候|時候|个时|個時|朝|代|世纪|世紀|届|屆|部|首|本|种|種|类|類"
                      r"|方面|件|段|阶段|階段|项|項|场战|語|语|支|队|隊|位))"
                      r"|哪(?:些|个|個|一个|一個)?(?:地方|地区|地區|城市|省|国家|國家|县|縣)")
_ORG_Q = re.compile(r"哪所|哪個學校|哪个学校|哪个部门|哪個部門|哪个单位|哪個單位|哪家|什么机构|什麼機構|什么组织|什麼組織|哪个组织")

_NUMBER_A = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?\s*(?:多)?\s*[万萬亿億千百]?(?:多)?[名个個位人户戶件家条條项項岁歲场場次元%％万萬亿億座只台所天年月]"
                       r"|[一二两兩三四五六七八九十百千万萬亿億]+(?:多)?[名个個位人户戶件家条條项項岁歲场場次元座只]")
_DATE_A = re.compile(r"(?:19|20)\d\d年|\d{1,2}月|\d{1,2}日|年代|上半年|下半年|今年|去年|前年|明年|世纪|世紀|[春夏秋冬]季|初|底"
                     r"|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}")  # a page's header date: 2020-09-17 11:07 來源: 新華社
# How precise a date the question wants: 哪天 is answered by 10月1日, not by 2019年5月.
_DATE_PRECISION = (
    (re.compile(r"哪一?天|哪一?日|何日|几号|幾號|几日|幾日|日期"),
     re.compile(r"\d{1,2}月\d{1,2}日|\d{1,2}日|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}")),
    (re.compile(r"哪一?年|何年|几几年|幾幾年|年份"), re.compile(r"(?:19|20)\d\d年")),
    (re.compile(r"哪一?个月|哪一?個月|几月|幾月|月份"), re.compile(r"\d{1,2}月")),
)
# 多久 / 多长时间 asks for a span of time: 整整8个小时, 3年, not a date.
_DURATION_Q = re.compile(r"多久|多长时间|多長時間|多长的时间|多少时间|多少時間")
# 多久开一次 asks how often: 每周二, 每月一次.
_FREQUENCY_Q = re.compile(r"(?:多久|多长时间|多長時間)[^，。？?]{0,6}一次")
_FREQUENCY_A = re.compile(r"每[一两兩三四五六七八九十半]?[个個]?(?:周|週|星期|月|年|天|日|季度|小时|小時)")
# A count before the unit, never a date: 8个小时, 3个月, 两年 — not 1月25日 or 2020年.
_DURATION_A = re.compile(r"(?<![0-9])(?:[0-9]{1,3}(?:\.[0-9]+)?|[一二两兩三四五六七八九十百]+|半)\s*(?:多|余|餘)?\s*"
                         r"(?:[个個]?(?:小时|小時|钟头|鐘頭|星期)|[个個]月|分钟|分鐘|天|周|週|年(?![代底初])|秒)")


# 哪所学校 is answered by 钢花小学, 哪家单位 by …总公司: the names such things have.
_NAMED_FORMS = {
    "学校": re.compile(r"[\u4e00-\u9fff]{2,}(?:小学|中学|大学|学院|幼儿园)"),
    "单位": re.compile(r"[\u4e00-\u9fff]{2,}(?:公司|集团|局|厅|研究院|研究所|中心|委员会|办公室)"),
    "医院": re.compile(r"[\u4e00-\u9fff]{2,}(?:医院|卫生院)"),
    "出版社": re.compile(r"[\u4e00-\u9fff]{2,}出版社"),
}

CUE_BONUS = {0.0: 0.0, 1.0: 1.0, 2.0: 3.0, 3.0: 5.0}
# The question's character pairs found in a sentence, as a share of the top term weight: a paraphrase
# keeps the question's wording beyond its words (+0.5 points of answer-in-quote on the dev split).
BIGRAM_WEIGHT = 1.0


@dataclass(frozen=True)
class Quote:
    start: int  # offsets into the passage text
    end: int
    score: float
    cue: float = 0.0  # 3/2: a count of the asked-for thing / with its measure word; 1: the right kind
    coverage: float = 0.0  # share of the question's term weight inside the quoted sentence(s)
    folded: str = ""  # the quote folded for matching (same length), for `highlights`


def highlights(quote: Quote, terms: Sequence[str]) -> tuple[Span, ...]:
    """The question's words in the quote (offsets into it). Only shown hits need them, so they are
    found here rather than for every passage the ranking quotes."""
    return tuple(find_spans(quote.folded, [t for t in terms if len(t) > 1 or not t.isascii()]))


# 表现在哪里 / 区别在哪里 / 难在哪里 ask what or how, not where.
_NOT_PLACE_Q = re.compile(r"(?:表现|表現|体现|體現|区别|區別|不同|差别|差別|难点|難點|难|難|好|妙|关键|關鍵|意义|意義|原因|问题|問題"
                          r"|优势|優勢|特点|特點|亮点|亮點|作用|价值|價值|重点|重點)(?:主要)?(?:在|于|於)?(?:哪里|哪裡|哪儿|哪兒|何处|何處)")


def question_kind(question: str) -> str | None:
    if _NOT_PLACE_Q.search(question) and not _DATE_Q.search(question) and not _NUMBER_Q.search(question):
        return None
    for kind, pattern in (("date", _DATE_Q), ("number", _NUMBER_Q), ("person", _PERSON_Q),
                          ("place", _PLACE_Q), ("organisation", _ORG_Q)):
        if pattern.search(question):
            return kind
    return None


_MEASURE_Q = re.compile(r"(?:多少|几|幾|第几|第幾)\s*([^\s\d，。？！?!,]?)")
# 数百名 / 几十只 are vague amounts, not an answer to 多少: a counted numeral may not follow 数/几.
# 一名 alone is "a" (如今是一名社区志愿者), not a count: 一 counts before 十/百/千/万/亿, or after
# 第, 只, 仅, 共 (第一个, 只有一种).
_NUMERAL = (r"(?:[0-9]+(?:\.[0-9]+)?|(?<![数數几幾])(?:[二两三四五六七八九十百千]|一(?=[十百千万亿])"
            r"|(?:(?<=第)|(?<=只)|(?<=仅)|(?<=僅)|(?<=共)|(?<=只有)|(?<=仅有)|(?<=僅有))一)"
            r"[一二两三四五六七八九十百千]*)\s*(?:多|余)?\s*[万亿]?\s*(?:多|余)?")


_COUNTED_Q = re.compile(r"(?:多少|几|幾)\s*[^\s\d，。？！?!,的是在有呢吗么]([\u4e00-\u9fff]{2,4})")


def counted_noun(question: str) -> str | None:
    """What is being counted: 多少名党员 → 党员, 多少户居民 → 居民 (its first two characters)."""
    match = _COUNTED_Q.search(fold(question))
    return match.group(1)[:2] if match else None


# Chinese measure words (a closed class): 多少涉农资金 has none, 多少名党员 has 名.
_MEASURE_WORDS = frozenset("个個名位人户戶件家条條项項岁歲场場次元座只台臺所天年月日辆輛架艘本部篇首棵头頭匹张張间間层層"
                           "米亩畝吨噸斤克倍届屆批支队隊股处處份块塊颗顆粒枚封样樣种種类類级級号號期章节節季轮輪代套栋棟幢钱点點")


def measure_word(question: str) -> str | None:
    """The measure word the asker expects after the number: 多少名党员 → 名, 幾歲 → 岁, 第几个 → 个."""
    match = _MEASURE_Q.search(fold(question))
    if not match or not match.group(1):
        return None
    word = match.group(1)
    return word if word in _MEASURE_WORDS else None


# 多大年纪 / 多长 / 多高 ask for a number in a unit the question does not write.
_SIZE_Q = (
    (re.compile(r"多大(?:年纪|年紀|岁数|歲數)|年龄|年齡|几岁|幾歲|多少岁|多少歲"), r"[岁歲]"),
    (re.compile(r"多长(?!时间|時間)|多長(?!時間)|多远|多遠|长度|長度|距离|距離"), r"(?:米|公里|千米|里|厘米|毫米|英里)"),
    (re.compile(r"多高|高度|海拔|多深|深度"), r"(?:米|公里|千米|厘米)"),
    (re.compile(r"多重|重量"), r"(?:吨|噸|斤|克|公斤|千克)"),
    (re.compile(r"多大(?!年纪|年紀|岁数|歲數)|面积|面積|占地"), r"(?:平方|亩|畝|公顷|公頃|米|公里)"),
)


def size_unit(question: str) -> str | None:
    """The unit a 多大年纪/多长/多高/多重/面积 question is answered in, as a regex; None otherwise."""
    folded = fold(question)
    return next((unit for asked, unit in _SIZE_Q if asked.search(folded)), None)


def date_precision(question: str) -> re.Pattern[str] | None:
    """The date pattern a precise answer has: 哪天 → a day (10月1日), 哪一年 → a year (1995年)."""
    folded = fold(question)
    return next((answer for asked, answer in _DATE_PRECISION if asked.search(folded)), None)


def asks_duration(question: str) -> re.Pattern[str] | None:
    """多久 asks for a span of time (8个小时); 多久开一次, for how often (每周二)."""
    folded = fold(question)
    if _FREQUENCY_Q.search(folded):
        return _FREQUENCY_A
    return _DURATION_A if _DURATION_Q.search(folded) else None


@dataclass(frozen=True)
class Asked:
    """What a question asks for, read once per question and used on every candidate sentence."""

    kind: str | None = None  # number, date, person, place, organisation
    count: re.Pattern[str] | None = None  # 200多名社区党员: the number, its measure word, the counted noun
    measured: re.Pattern[str] | None = None  # 200多名: the number with its measure word
    precise: re.Pattern[str] | None = None  # 哪天 → 10月1日
    duration: re.Pattern[str] | None = None  # 多久 → 8个小时; 多久开一次 → 每周二
    named: re.Pattern[str] | None = None  # 哪所学校 → …小学
    role: str | None = None  # 县委书记是谁 → 县委书记: the answer names the person holding it
    sized: bool = False  # 多大/多长/多高: the unit is a preference (cue), not a requirement
    naming: bool = False  # 叫什么/名字: a quoted name (“青教志愿队”) answers too
    origin: bool = False  # 哪里人: answered by …人 (武汉人), a birthplace or 籍贯, not any place name
    change: bool = False  # 增长了多少: answered by a rate (20%, 两倍) or the change itself (增长了3万)


_ORIGIN_Q = re.compile(r"哪里人|哪裡人|哪儿人|哪兒人|何地人|何处人|何處人|籍贯|籍貫")
# 武汉人, 齐郡邹平(今山东省内)人, 潮州人称… — not 这样的人, 家人, 名人; or a birthplace.
ORIGIN_ANSWER = re.compile(r"[\u4e00-\u9fff)）](?<![的个個样樣些名位众眾家])人(?:[,，。；;）)”」]|$)"
                           r"|(?:省|市|县|縣|州|乡|鄉|镇|鎮|村|国|國)人(?![民们們员員才士物口家性])|籍贯|籍貫|出生于|出生於|生于|生於")
_CHANGE_Q = re.compile(r"(?:增长|增長|增加|提高|提升|下降|减少|減少|降低|上升|增幅|降幅|涨|漲|跌)[了]?(?:多少|几|幾)")
_CHANGE_A = re.compile(r"[%％]|百分之|百分点|百分點|倍|[0-9一二两三四五六七八九十]成(?![为為员員功立本])"
                       r"|(?:增长|增長|增加|提高|提升|下降|减少|減少|降低|上升|涨|漲|跌)了?(?:约|約|近|达|達|超过|超過)?[0-9一二两三四五六七八九十百千万萬]")


def read_question(question: str, focus_of: Callable[[str], str | None] | None = None) -> Asked:
    """`focus_of` names the noun the question asks for (Tokenizer.question_focus: 哪所学校 → 学校);
    it is asked only of place and organisation questions, whose answer may be a name of that form."""
    kind = question_kind(question)
    if kind == "number":
        change = bool(_CHANGE_Q.search(fold(question)))
        measure = measure_word(question)
        noun = counted_noun(question) if measure else None
        count = measured = None
        unit = size_unit(question)
        if measure == "钱":
            measured = re.compile(_NUMERAL + r"[万亿]?[元块]")  # 多少钱 is answered in 元
        elif unit is not None and measure in {None, "岁"}:
            measured = re.compile(_NUMERAL + r"\s*" + unit)
            return Asked(kind, measured=measured, duration=asks_duration(question), sized=unit != r"[岁歲]",
                         change=change)
        elif measure:
            measured = re.compile(_NUMERAL + re.escape(measure))
            if noun:
                count = re.compile(_NUMERAL + re.escape(measure) + r"[^，。,;；]{0,4}?" + re.escape(noun))
        return Asked(kind, count=count, measured=measured, duration=asks_duration(question), change=change)
    if kind == "date":
        return Asked(kind, precise=date_precision(question))
    if kind == "place" and _ORIGIN_Q.search(question):
        return Asked(kind, origin=True)
    if kind in {"place", "organisation"} and focus_of is not None:
        focus = focus_of(question)
        if focus in _NAMED_FORMS:
            return Asked(kind, named=_NAMED_FORMS[focus])
    naming = bool(_NAMING_Q.search(question))
    if kind == "person" and focus_of is not None:
        focus = focus_of(question)
        # 县委书记是谁 names a role the answer holds; 哪位干部 names a class (the answer need not say 干部).
        if focus and re.search(re.escape(focus) + r"(?:是|为|為)?(?:谁|誰)", fold(question)):
            return Asked(kind, role=focus, naming=naming)
    return Asked(kind, naming=naming)


def _cue(asked: Asked, sentence: str, tag: Callable[[str], list[tuple[str, str]]]) -> float:
    """How strongly a sentence looks like the answer to this kind of question (0 to 3).

    3: a number with the asked-for measure word counting the asked-for thing (200多名社区党员);
    2: a number with the measure word, a span of time for 多久, a date as precise as asked (哪天 →
    10月1日), a name of the asked-for form (哪所学校 → 钢花小学); 1: an answer of the right kind (a
    number, a date, a name).
    """
    kind = asked.kind
    if kind == "number":
        if asked.duration is not None and asked.duration.search(sentence):
            return 2.0
        if asked.count is not None and asked.count.search(sentence):
            return 3.0
        if asked.measured is not None and asked.measured.search(sentence):
            return 2.0
        return 1.0 if _NUMBER_A.search(sentence) else 0.0
    if kind == "date":
        if asked.precise is not None and asked.precise.search(sentence):
            return 2.0
        return 1.0 if _DATE_A.search(sentence) else 0.0
    if asked.named is not None and asked.named.search(sentence):
        return 2.0
    if kind in _NAME_TAGS:
        return 1.0 if any(flag in _NAME_TAGS[kind] for _, flag in tag(sentence)) else 0.0
    return 0.0


def answer_cue(asked: Asked, sentence: str, tag: Callable[[str], list[tuple[str, str]]]) -> float:
    """How strongly a folded sentence looks like the answer asked for (0 to 3; see `_cue`)."""
    found = _untagged_cue(asked, sentence)
    return _cue(asked, sentence, tag) if found is None else found


def _untagged_cue(asked: Asked, sentence: str) -> float | None:
    """`_cue` where it needs no part-of-speech tags; None where only tagging can tell (0 or 1)."""
    if asked.kind in _NAME_TAGS and (asked.named is None or not asked.named.search(sentence)):
        return None
    return _cue(asked, sentence, _no_tags)


def _no_tags(sentence: str) -> list[tuple[str, str]]:
    return []


_NAME_TAGS = {"person": {"nr", "nrfg", "nrt"}, "place": {"ns", "nsf"}, "organisation": {"nt", "nz", "ns"}}


def find_spans(folded: str, terms: Sequence[str]) -> list[Span]:
    """Non-overlapping occurrences of the terms (longest first, then in the order given), merged
    when adjacent. Not `set(terms)`: its order changes with the process's hash seed, so the bot
    and the REPL highlighted 全國人民代表 differently for the same answer."""
    taken: list[Span] = []
    for term in sorted(dict.fromkeys(terms), key=len, reverse=True):
        if not term:
            continue
        pos = folded.find(term)
        while pos != -1:
            span = (pos, pos + len(term))
            if all(span[1] <= a or span[0] >= b for a, b in taken):
                taken.append(span)
            pos = folded.find(term, pos + len(term))
    taken.sort()
    merged: list[Span] = []
    for span in taken:
        if merged and span[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span[1]))
        else:
            merged.append(span)
    return merged


def pick_quote(
    passage_text: str,
    sentences: Sequence[Span],
    terms: dict[str, float],
    asked: Asked,
    tag: Callable[[str], list[tuple[str, str]]],
    *,
    convert_script: bool = True,
    min_chars: int = 12,
    bigrams: frozenset[str] = frozenset(),
) -> Quote:
    """The best sentence (or two, when the best is very short) of a passage for this question.

    `sentences` are offsets into `passage_text`; `terms` maps folded question words to weights;
    `asked` is the question's `read_question`.
    """
    kind = asked.kind
    folded_passage = fold(passage_text, convert_script=convert_script)
    top = max(terms.values(), default=1.0)
    texts = [folded_passage[start:end] for start, end in sentences]
    term_scores = [sum(weight for word, weight in terms.items() if word in folded) for folded in texts]
    if bigrams:  # a paraphrase keeps the question's wording: its character pairs, beyond its words
        share = BIGRAM_WEIGHT * top / len(bigrams)
        term_scores = [ts + share * sum(map(folded.__contains__, bigrams))
                       for ts, folded in zip(term_scores, texts, strict=True)]
    cues = [_untagged_cue(asked, folded) if kind else 0.0 for folded in texts]

    def cue(i: int) -> float:
        """Sentence i's cue, tagging it only now: a person, place or organisation question tags
        a sentence (rjieba's POS tagger, ~20 µs) only when its cue can still decide the quote."""
        found = cues[i]
        if found is None:
            found = cues[i] = _cue(asked, texts[i], tag)
        return found

    def value(i: int, cue_value: float) -> float:
        # A sentence holding the number with the asked-for measure word (多少户 → 300多户) is the answer.
        ts = term_scores[i]
        return ts + top * CUE_BONUS[cue_value] * (1.0 if ts > 0 else 0.5)

    # The best (value, -i): an untagged sentence's cue is at most 1, so the sentences are taken by
    # that bound, best first, until the best found beats every bound left; the result is the same
    # as tagging them all.
    bound = {i: (value(i, 1.0 if found is None else found), -i) for i, found in enumerate(cues)}
    best = (-math.inf, 0)
    for i in sorted(bound, key=bound.__getitem__, reverse=True):
        if best > bound[i]:
            break
        best = max(best, (value(i, cue(i)), -i))
    score, position = best[0], -best[1]
    start, end = sentences[position]
    cue_here = cue(position)
    if kind:
        # The sentence naming the subject is often followed by the one with the answer: 统一收购了…羊。
        # + 一下子赚了70多万元。 Take the neighbour along when it answers better (a stronger cue) and
        # either the best sentence has no answer of the right kind or the neighbour adds question words.
        here = {word for word in terms if word in folded_passage[start:end]}
        for other in (position + 1, position - 1):
            if not 0 <= other < len(sentences):
                continue
            if (cues[other] is None and cue_here >= 1.0) or cue(other) <= cue_here:
                continue  # an untagged cue is at most 1: no stronger than this one either way
            other_text = texts[other]
            if not cue_here or any(word in other_text for word in terms if word not in here):
                start, end = min(start, sentences[other][0]), max(end, sentences[other][1])
                cue_here = cue(other)
                break
    if end - start < min_chars and position + 1 < len(sentences):
        end = max(end, sentences[position + 1][1])
    total = sum(terms.values()) or 1.0
    folded_quote = folded_passage[start:end]
    coverage = sum(w for t, w in terms.items() if t in folded_quote) / total
    return Quote(start, end, score, cue_here, coverage, folded_quote)


_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|村|街道|社区|社區|府|路|街|港|岛|島|山|河|湖|国|國|州|城|站|大院|小区|小區|园|園)"
                         r"(?![\u4e00-\u9fff]{0,1}[长長记記委])")
_ORG_NAME = re.compile(r"[\u4e00-\u9fff]{2,}(?:委员会|委員會|公司|集团|集團|协会|協會|中心|组织|組織|支部|党委|黨委|政府|办公室|辦公室"
                       r"|局|研究院|研究所|学院|學院|大学|大學|小学|小學|中学|中學|医院|醫院|出版社|银行|銀行|队|隊|社)")
_NAMING_Q = re.compile(r"叫什么|叫什麼|名字|名称|名稱|称为|稱為|叫做什么|叫做什麼")
_QUOTED_NAME = re.compile(r"[“「『《\"]([^”」』》\"]{2,16})[”」』》\"]")
# A date inside a sentence is not a count: 2020年5月 does not answer 有几名委员.
_DATE_LIKE = re.compile(r"(?:1[0-9]|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日|\d+年代|\d+世纪")
_STRICT_DATE = re.compile(r"(?:1[0-9]|20)\d\d年|\d{1,2}月|\d{1,2}日|\d+年代|\d+世纪|[一二三四五六七八九十]+世纪"
                          r"|[〇零一二三四五六七八九十]{1,2}月|[〇零一二三四五六七八九]{4}年")
# A reign's year: two characters of its name, the year, then a month, a season or a pause
# (建炎二年七月, 康熙四十八年，, 民国26年上半年) — not a span of time (长达二十年之久).
_ERA_YEAR = re.compile(r"[\u4e00-\u9fff](?<![长長达達近约約共历歷过過了用需经經余餘多第])"
                       r"[\u4e00-\u9fff](?<![长長达達近约約共历歷过過了用需经經余餘多第])(?:元|[一二三四五六七八九十]{1,3}|\d{1,3})年"
                       r"(?=[一二三四五六七八九十正腊臘\d]{1,2}月|[，,、]|[上下]半年|[春夏秋冬]|间|間|初|末|底)")
# A period: 隋代, 战国时代, 白垩纪中期, 嘉庆年间, 清朝.
_PERIOD = re.compile(r"[\u4e00-\u9fff](?:时代|時代|时期|時期|年间|年間|朝(?![向着著廷])|代(?![表替价價理码碼言谢謝])|纪(?![律录錄念要委])|紀(?![律錄念要委]))")
# An amount: digits, a fraction, or a Chinese numeral that is more than the article 一 (一座 is "a").
_AMOUNT = re.compile(r"[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千]+分之|百分之"
                     r"|(?:[二两三四五六七八九十百千]|一[十百千万亿])[一二两三四五六七八九十百千万亿]*(?:多|余)?[万亿]?[个名位人户件家条项岁场次元座只台所天年米亩吨倍届批]")


# 哪一年 is answered by 1995年 or by 20世纪90年代; 哪天 by 8月5日 or 5日; 几月 by 8月.
_CN_DIGITS = "〇零一二三四五六七八九十"
# A page's header date (2020-09-17 11:07 來源: 新華社) is as precise as a day, a month and a year.
_ISO_DATE = r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
_AT_LEAST = {answer.pattern: re.compile(level + "|" + _ISO_DATE) for (_, answer), level in zip(_DATE_PRECISION, (
    rf"\d{{1,2}}[日号號]|[{_CN_DIGITS}]{{1,3}}[日号號]|[初上中下]旬",
    rf"(?:1[0-9]|20)\d\d年|\d+年代|\d+世纪|[{_CN_DIGITS}]+世纪|\d{{2}}年|[{_CN_DIGITS}]{{4}}年|[{_CN_DIGITS}]+年代",
    rf"\d{{1,2}}月|[{_CN_DIGITS}]{{1,2}}月"), strict=True)}
# 谁 is answered by a person, and also by a body of people (党, 居委会: nt) or a named group (nz).
_FIT_TAGS = {"person": {"nr", "nrfg", "nrt", "nt", "nz"}, "organisation": {"nt", "nz"}}


def fits(asked: Asked, sentence: str, tag: Callable[[str], list[tuple[str, str]]],
         own: Sequence[str] = ()) -> bool:
    """Does the (folded) sentence hold an answer of the kind asked for, not merely a related word?

    Stricter than the quote cue, which only ranks sentences: a count asked with its measure word
    (几名委员) needs that measure word after a number, not any number (2020年5月); 多少/多大 needs a
    number that is not part of a date; 哪一年 a year; 谁/哪里 a person's or place's name that is
    not one of the question's own words (`own`). True for questions that ask for no kind of fact.
    """
    kind = asked.kind
    if kind == "number":
        if asked.change and not _CHANGE_A.search(sentence):
            return False  # 交易额增长了多少: 459万单 is the amount, not the growth
        if asked.duration is not None:
            return bool(asked.duration.search(sentence))
        if asked.measured is not None and not asked.sized:
            return bool(asked.measured.search(sentence))
        return bool(_AMOUNT.search(_DATE_LIKE.sub("，", sentence)))
    if kind == "date":
        if asked.precise is not None and asked.precise.pattern in _AT_LEAST:
            found = _AT_LEAST[asked.precise.pattern].search(sentence)
            # 哪一年 is answered by a reign's year too (建炎二年七月, 康熙四十八年，).
            year = asked.precise.pattern == _DATE_PRECISION[1][1].pattern
            return bool(found or (year and _ERA_YEAR.search(sentence)))
        # 什么时候 is answered by a reign's year or a period as well (隋代, 战国时代, 嘉庆年间).
        return bool(_STRICT_DATE.search(sentence) or _ERA_YEAR.search(sentence) or _PERIOD.search(sentence))
    if asked.named is not None:
        return bool(asked.named.search(sentence))  # 哪所学校 is answered by a school's name
    if asked.origin:
        return bool(ORIGIN_ANSWER.search(sentence))  # 张浩然是哪里人: 安徽省宿州市 alone does not say
    if asked.role:
        if asked.role not in sentence:
            return False  # 泗县县委书记是谁: a sentence naming the 宣传部部长 does not answer
        # News style names the holder right after the title: 党委书记庄莹莹说 (a name jieba may not tag).
        if re.search(re.escape(asked.role) + r"[\u4e00-\u9fff]{2,3}(?:[说表介感告认指强称,，。、：:“]|$)", sentence):
            return True
    if asked.naming and any(not any(name in o or o in name for o in own) for name in _QUOTED_NAME.findall(sentence)):
        return True
    if kind == "place":
        rest = sentence
        for word in own:  # the question's own words are not its answer (林原村位于哪里 → not 林原村)
            rest = rest.replace(word, "，")
        if _PLACE_NAME.search(rest):
            return True  # 贾府, 金山社区, 上饶市: a place by its name's ending, whatever jieba tags it
    if kind == "organisation" and _ORG_NAME.search(sentence):
        return True  # 物业管理委员会, 青教志愿队: a body by its name's ending
    if kind in _NAME_TAGS:
        wanted = _FIT_TAGS.get(kind, _NAME_TAGS[kind])
        return any(flag in wanted and len(word) >= 2 and not any(word in o or o in word for o in own)
                   for word, flag in tag(sentence))
    return True
