"""Who wrote, reported or edited a piece, and when or where it was published: quoted from its own lines.

Bylines, datelines, source and editor lines are kept as passages of their own (structure.py) but
are not searched: `新華社記者 鄒聲文、康淼、陳弘毅` would otherwise answer every question that says
新华社记者. A question that asks for one of them (作者是谁, 责任编辑是谁, 哪天发布) is answered by
the matching line of the article that retrieval found for the rest of the question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .asked_things import SHOT_BY_A, SHOT_BY_Q
from .cleaning import CONTRIBUTORS_ROLE, EDITOR_ROLE, SOURCE_ROLE
from .headings import KICKER_Q, SECTION_Q, TITLE_Q, without_counting
from .line_kinds import (
    BYLINE_ROLE,
    DATELINE_ROLE,
    HEADER_ROLE,
    HEADING_ROLE,
    KICKER_ROLE,
    SHOT_ROLE,
    TITLE_ROLE,
)
from .models import Passage
from .question_text import without_opener
from .structure import is_heading_line, is_metadata, trailing_lines
from .text import HAN_RE, fold

__all__ = ["CREDITED_ROLES", "CREDIT_WORDS", "asked_roles", "asks_a_news_piece", "asks_about_the_author", "asks_of_the_piece_read", "asks_who_someone_is", "author_note", "checks_a_credit", "credited_in_body", "credited_names", "has_lines",
           "metadata_line", "roles_of_the_piece_read", "topic_of", "trailing_lines"]

# Not where someone is (作者是哪个单位的, 是哪里人): their author note says that, not the byline.
_WHO = r"(?:谁|哪[一几]?[位个個](?!单位|部门|公司|地方)|哪些|名字|叫什么|叫啥|是哪(?![个個家]?(?:单位|部门|公司|里|裡|儿|兒|地方)))"
# A name checked (责任编辑是不是李冬叶, 作者是张国珍吗): the line that credits them settles it.
_CHECKED = r"(?:(?:是不是|是否是?)(?!在)|就是|是[\u4e00-\u9fff]{2,4}(?:吗|嗎|吧|不|么|麼))"  # 是不是在…工作: where
# Who is credited with writing a piece, and with editing it.
_WRITER = r"(?:作者|记者|撰稿人?|执笔人?)"
_EDITOR = r"(?:编辑|责编)"
# Typed as a heading, the question ends on what it asks for: 微治理那篇的责任编辑, 那篇文章的作者？
_ENDS = r"(?=[?？。!！\s]*$)"
# 作者是谁, 哪些记者, 谁写的, 记者叫什么: the writer asked for by name. Not 作者在哪家单位工作 (asks
# where the author works) nor 新华社记者去了哪些地方 (asks what the reporters did).
_BYLINE_Q = re.compile(rf"{_WRITER}(?:都|分别)?(?:(?:是|有|为)?{_WHO}|{_CHECKED})|{_WHO}(?:位|个)?(?:新华社|人民日报|本报|报社)?(?:作者|记者)"
                       r"|谁(?:写|撰写|采写|执笔|报道)|署名|(?:作者|记者)(?:是|为)?" + _ENDS  # 写稿的记者是？
                       # 新华社发: who released a photograph; who took it (谁拍的) is `SHOT_BY_Q`'s, read first
                       + r"|(?:照片|图片|相片|图)[^，,。？?]{0,4}?(?:是)?(?:(?:谁|哪家|哪个单位)(?:发(?![明现起展动生])|提供)"
                       r"|(?:哪家|哪个单位)(?:拍|摄))")
# 还有哪些人参与了采写, 参与采写的有谁: the contributors' line, not the byline.
_CONTRIBUTORS_Q = re.compile(r"参与了?(?:采写|采访|报道)|采写人员")
# 责编: 责任编辑 as people shorten it.
_EDITOR_Q = re.compile(rf"{_EDITOR}(?:都|分别)?(?:(?:是|有|为)?{_WHO}|{_CHECKED})|{_WHO}(?:位|个)?(?:责任编辑|编辑|责编)|谁编辑|谁编的{_ENDS}"
                       rf"|(?:的(?:责任)?编辑|责编){_ENDS}")
# 挂出来, 登出来, 贴出来: a page put up, as people say it of a web page or a paper.
_PUBLISHED = r"(?:发布|发表|刊发|刊登|刊出|播发|发出|发稿|发的|发的稿|出的稿|挂出来|挂出|挂上网|贴出来|贴出|登出来|登出|登的|放出来)"
# 哪天几点发布, 几号几点发的: the asks stacked as typed.
_DATE_Q = re.compile(rf"(?:(?:哪一?天|哪一?年|哪个?月|什么时候|何时|几月|几[日号]|几点钟?|日期|时间)[，,]?)+"
                     rf"(?:(?:从|在)(?:哪里|哪儿|哪))?{_PUBLISHED}"  # 哪天从哪发的电: when, and where from
                     rf"|{_PUBLISHED}(?:的|于)?(?:日期|时间)"
                     # 是大晚上挂出来的吗，具体几号几点: when, asked after the putting up
                     rf"|{_PUBLISHED}的?(?:吗|吧|呢)?[，,\s]*(?:具体|精确到|准确)?(?:是)?(?:哪一?天|几[日号]|几点)"
                     rf"|{_PUBLISHED}于(?:哪|何|什么)")
# 来源是哪家报纸: the paper or agency the piece comes from; 发自哪里: where it was filed (the dateline).
_SOURCE_Q = re.compile(r"(?:文章|报道|新闻|消息|稿子|稿件|这篇|那篇)的?(?:来源|出处)"
                       # Not 哪家媒体爆出来的, 哪家报纸披露的: who broke a story the text tells of.
                       r"|(?:哪|什么)(?:家|个)?(?:媒体|报纸|报社|通讯社|网站)(?![^，,。？?]{0,4}(?:爆|曝|披露|揭露|揭发|捅))"
                       # 登在哪本刊物上: where the piece was printed (哪本杂志披露了… asks about the text)
                       r"|(?:登|发表|刊登|刊发|发)(?:在|于)(?:哪|什么)(?:本|家|份|个)?(?:刊物|杂志|期刊|报刊|报纸)"
                       r"|的(?:来源|出处)" + _ENDS)
# 解码新时代党群关系方程式 来源, …方程式的出处是哪: the source asked of a piece named by its title alone.
_SOURCE_OF_TITLE = re.compile(r"的?(?:来源|出处)(?:是|为)?(?:什么|哪里|哪儿|哪家|哪|何处)?" + _ENDS)
_FILED_FROM_Q = re.compile(rf"(?:在|从)(?:哪里|哪儿|何处|哪个城市|哪座城市|哪个地方|哪){_PUBLISHED}"
                           r"|发自(?:哪里|哪儿|何处|哪个城市|哪座城市|哪)"  # 从哪个城市发出的电讯: the dateline
                           r"|电头")  # 电头是哪个城市: the dateline by its trade name

# What each kind of question is answered by, best first: a page's header line gives date and source.
_SOURCE_ROLES = (SOURCE_ROLE, HEADER_ROLE, DATELINE_ROLE)
_ROLES = (
    (_CONTRIBUTORS_Q, (CONTRIBUTORS_ROLE,)),
    (SHOT_BY_Q, (SHOT_ROLE,)),  # 照片是谁拍的: a credit for the photograph, never the text's byline
    (_BYLINE_Q, (BYLINE_ROLE,)),
    (_EDITOR_Q, (EDITOR_ROLE,)),
    (_DATE_Q, (HEADER_ROLE, DATELINE_ROLE)),
    (_SOURCE_Q, _SOURCE_ROLES),
    (_FILED_FROM_Q, (DATELINE_ROLE, HEADER_ROLE)),  # the city is the dateline's (新华社北京9月17日电)
    (KICKER_Q, (KICKER_ROLE,)),  # 标题上头那行小字: the line over the headline
    (SECTION_Q, (HEADING_ROLE,)),  # 那一部分的小标题: the heading over the section (`qa.headings`)
    (TITLE_Q, (TITLE_ROLE,)),  # 那篇报道的标题是什么: the headline
)


# What a credit in the body's first lines answers (never the editor).
CREDITED_ROLES = frozenset({BYLINE_ROLE, DATELINE_ROLE, HEADER_ROLE})
# What names the piece asked about: 那篇报道, 这篇文章, 这条消息, 的新闻. The topic is what comes before.
_PIECE = re.compile(r"(?:(?:这|那|该|此)一?(?:篇|条|则|份)?|的)(?:文章|报道|报导|稿子|稿件|消息|新闻|评论|通讯)"
                    r"|(?:这|那|该|此)一?(?:篇|条|则)")
_TITLE = re.compile(r"《([^》]{2,})》")
# What only a news piece's own lines say: its reporter, its editor, the wire it was filed as (稿子 of
# 那篇稿子是哪位记者写的), not the author of a work an encyclopedia's text may name.
_NEWS_ASK = re.compile(r"记者|記者|编辑|編輯|稿子|稿件|消息|发的电|發的電")
_TRAILING = re.compile(r"(?:的|是|由|在|从|于|被|责任|本文|这|那)+$")
# A credit carried by the body's first lines: 本报济南6月29日电 (记者肖家鑫)…, 据新华社广州8月5日电 (记者陆浩 胡拿云).
_BODY_CREDIT = re.compile(r"^[(（]?据?[\u4e00-\u9fff]{2,8}?\d{1,2}月\d{1,2}日[电電]|[(（](?:本[报報]|新[华華]社)?[记記]者")


def asks_a_news_piece(question: str) -> bool:
    """The (folded) question names a piece (那篇稿子, 这条消息) and asks what a news piece's lines say of it."""
    return bool(_PIECE.search(question) and _NEWS_ASK.search(question))


# What a byline says before and between the names it credits: 新华社记者, 本报记者, 参与采写.
CREDIT_WORDS = ("参与采写", "新华社记者", "新华社发", "本报记者", "特约记者", "通讯员", "记者", "撰稿", "执笔", "作者",
                "文/", "图/", "摄", "责任编辑", "责编", "编辑")
_CREDIT_WORDS = re.compile("|".join(map(re.escape, CREDIT_WORDS)))


def credited_names(lines: Iterable[str]) -> frozenset[str]:
    """The names (folded) the byline lines credit: 张国珍, 邹声文 of 新华社记者 邹声文、康淼、陈弘毅.
    Two to four Han characters between the credit words and separators; a run glued longer
    (参与采写刘宗荣邢广利…) is no one name."""
    names = set()
    for line in lines:
        for piece in re.split(r"[\s、，,：:;；/|]+", _CREDIT_WORDS.sub(" ", line)):
            if 2 <= len(piece) <= 4 and all(map(HAN_RE.match, piece)):
                names.add(piece)
    return frozenset(names)


def topic_of(question: str) -> str:
    """The piece a question about its byline, date or source names, without the ask: 《…》 when
    quoted, else what precedes 那篇报道 or the ask (解码新时代党群关系那篇稿子是从哪里哪天发的电 →
    解码新时代党群关系); "" when the question names no piece (这篇文章的作者是谁)."""
    folded = without_opener(without_counting(fold(question)))  # 最后一部分的小标题: no piece named
    if title := _TITLE.search(folded):
        return title.group(1).strip()
    # In the clause naming the piece: 除了署名的三个记者，党群关系方程式那篇还有谁… → 党群关系方程式.
    piece = _PIECE.search(folded)
    clause = max((m.end() for m in re.finditer(r"[，,；;。]", folded[: piece.start()])), default=0) if piece else 0
    if piece and folded[piece.start()] in "这那该此" and (
            piece.start() == clause or _named_after(folded, piece.end())):
        # 这篇微治理的稿子是哪几个记者写的: the piece is named after its demonstrative; so is it after
        # where it was read (gov.cn上那篇讲城市社区微治理的稿子).
        clause, piece = piece.end(), _PIECE.search(folded, piece.end())
    starts = [m.start() for m in (piece, *(p.search(folded, clause) for p, _ in _ROLES)) if m]
    before = folded[clause : min(starts)] if starts else ""
    topic = _TRAILING.sub("", before.strip(" ，,：:、“”\"'")).strip(" ，,：:、")
    return topic if len(re.findall(r"\w", topic)) >= 2 else ""


def _named_after(folded: str, at: int) -> bool:
    """The piece a demonstrative points at is described after it, up to a noun for a piece in the same
    clause (那篇讲城市社区微治理的稿子)."""
    after = _PIECE.search(folded, at)
    return after is not None and folded[after.start()] == "的" and not re.search(r"[，,；;。]", folded[at : after.start()])


def credited_in_body(passages: Sequence[Passage], start: int, end: int) -> bool:
    """The article's first body lines carry its dateline or reporters (本报济南6月29日电 (记者…)):
    a news piece with no line of its own, whose body answers for its byline, date or source."""
    body = [p for p in passages[start:end] if not is_metadata(p)][:2]
    return any(_BODY_CREDIT.search(p.text[:60]) for p in body)


def asked_roles(question: str, titles: Iterable[str] = ()) -> tuple[str, ...]:
    """The metadata lines that answer the question, best first; () when it asks about the text.

    A date asked of no piece (那几项新冠研究是哪一年发表的) asks when the research came out, not when
    the piece was filed, unless what it names is most of one of the `titles` (解码党群关系方程式是几号
    几点发的: the piece by its title, shortened as people type it)."""
    folded = fold(question)
    roles = next((roles for pattern, roles in _ROLES if pattern.search(folded)), ())
    if roles and _DATE_Q.search(folded):
        title = _TITLE.search(folded)
        if not (_PIECE.search(folded) or title):
            return roles if _names_a_title(topic_of(question), titles) else ()
        if title and titles and not any(
                fold(title.group(1)) in fold(t) or _names_a_title(title.group(1), [t]) for t in titles):
            return ()  # 《棕榈滩邮报》那篇披露是哪天登出来的: another paper's date, not a piece of the corpus
    if not roles and (source := _SOURCE_OF_TITLE.search(folded)) and _names_a_title(folded[: source.start()], titles):
        return _SOURCE_ROLES  # 解码党群关系方程式 来源, of a title; 陨石的来源是什么 asks about the text
    return roles


_CHECKED_Q = re.compile(rf"(?:{_WRITER}|{_EDITOR}){_CHECKED}")


def checks_a_credit(question: str) -> bool:
    """记者是董素玉吗, 责任编辑是不是李冬叶: whether the person credited in a role of the piece is the one
    typed, which the line crediting that role settles (not 李冬叶是哪家报社的编辑: asked of her)."""
    return _CHECKED_Q.search(fold(question)) is not None


def roles_of_the_piece_read(question: str, titles: Iterable[str] = ()) -> tuple[str, ...]:
    """The lines a follow-up asks for of the piece just read (作者是谁, 这篇是哪天发的 after a question
    answered from it): `asked_roles` when the question names no piece of its own; () otherwise
    (那篇微治理的记者是谁 names one; 写稿的记者是谁 names none: 写稿 is what the writer did)."""
    roles = asked_roles(question, titles)
    topic = topic_of(question)
    return roles if roles and (not topic or _WRITING.fullmatch(topic)) else ()


def asks_about_the_author(question: str, titles: Iterable[str] = ()) -> bool:
    """作者是在哪个单位上班的, 作者在那公司是干啥的: who the author of a piece named by no title is,
    where they work or what they do, which the piece's author note says (本文作者:…工作部主任); not
    作者是谁, which its byline answers (`roles_of_the_piece_read`)."""
    folded = fold(question)
    return ("作者" in folded and not asked_roles(question, titles) and not topic_of(question)
            and bool(_ABOUT_SOMEONE.search(folded)))


def asks_of_the_piece_read(question: str, titles: Iterable[str] = ()) -> bool:
    """A follow-up that asks the piece just read for its byline, date, source or editor, or who its
    author is (`roles_of_the_piece_read`, `asks_about_the_author`)."""
    return bool(roles_of_the_piece_read(question, titles)) or asks_about_the_author(question, titles)


# What the writer or the editor did, said before 的记者 (写稿的记者是谁, 负责编这篇的编辑叫啥): no piece named.
_WRITING = re.compile(r"(?:负责)?(?:写|撰|采写|发|执笔|报道|编辑|编)(?:稿子?|稿件|文章|这篇|的)?")  # 负责编这篇的编辑


def _names_a_title(text: str, titles: Iterable[str]) -> bool:
    """The text's characters (four or more) make most of one of the titles (`_shortens`)."""
    topic = HAN_RE.findall(text)
    return len(topic) >= 4 and any(_shortens(topic, title) for title in titles)


def _shortens(topic: list[str], title: str) -> bool:
    """The topic's characters, in order, make most of the title's or of its part after a dash
    (解码党群关系方程式 of 解码新时代党群关系“方程式”; 基层党建引领城市社区治理扫描 of
    “微”治理中感受城市温度——基层党建…扫描): the title as typed with a word or two left out."""
    for part in dict.fromkeys((title, *re.split(r"——|—|--|：|:", title))):  # a title without a dash once
        han = HAN_RE.findall(part)
        rest = iter(han)
        if han and len(topic) >= 0.6 * len(han) and all(char in rest for char in topic):
            return True
    return False


def has_lines(passages: Sequence[Passage], start: int, end: int) -> bool:
    """The article [start, end) keeps byline, dateline, header or editor lines (a news piece, not a
    BEIR row): they sit at its end (structure.build_document), with its headline and headings,
    which say nothing of who wrote it or when."""
    return any(not is_heading_line(passages[i]) for i in trailing_lines(passages, start, end))


def metadata_line(passages: Sequence[Passage], start: int, end: int, roles: Sequence[str]) -> int | None:
    """The position of the article's line of the best role asked for (`trailing_lines`); a byline
    crediting a photograph (…摄) answers who took it (`SHOT_ROLE`)."""
    found: dict[str | None, int] = {}
    for i in trailing_lines(passages, start, end):
        found[passages[i].section] = i  # the first line of a role, read from the end
        if passages[i].section == BYLINE_ROLE and SHOT_BY_A.search(passages[i].text):
            found[SHOT_ROLE] = i  # 新华社记者 某某 摄: who took the photograph
    return next((found[role] for role in roles if role in found), None)


# (本文作者:中国地方煤矿总公司…工作部主任), （作者系…）, 作者简介: who the author is, in the body's last lines.
_AUTHOR_NOTE = re.compile(r"^[(（]?(?:本文)?作者(?:[:：]|系|为|是|单位|简介)")
# What a line that names someone and their place answers: who they are, where or as what they work.
# 工作 as asked of someone (在哪工作, 做什么工作, 工作单位), not of what the piece says (网络群众工作路线).
_SOMEONE_ASKED = (r"单位|职务|职位|身份|做什么|干什么|什么人|哪里的|哪儿的|哪个部门|任职|哪(?:个|家|一)?(?:公司|企业|机构|机关)"
                  r"|(?:在哪|哪里|哪儿|什么|哪个|哪家|哪)[^，,。？?]{0,4}工作|工作(?:单位|地点|的地方|是|在)")
_WHO_SOMEONE_IS = re.compile(r"谁|" + _SOMEONE_ASKED)
# What is asked of a writer besides their name (`asks_about_the_author`): the same, as people also
# type it (做啥, 上班, 公司), without 谁, which asks the byline's name.
_ABOUT_SOMEONE = re.compile(_SOMEONE_ASKED + r"|做啥|干啥|干嘛|啥人|部门|上班|公司|职业")


def author_note(passages: Sequence[Passage], start: int, end: int) -> int | None:
    """The article's author note (本文作者:…, 作者系…) among its body's last passages, or None."""
    body = [i for i in range(start, end) if not is_metadata(passages[i])][-3:]
    return next((i for i in reversed(body) if _AUTHOR_NOTE.match(fold(passages[i].text).lstrip())), None)


def asks_who_someone_is(question: str) -> bool:
    """张国珍是谁, 是哪个单位的, 在哪里工作: what a byline and an author note can answer."""
    return bool(_WHO_SOMEONE_IS.search(fold(question)))
