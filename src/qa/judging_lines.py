"""Judging questions a document's own lines answer: who wrote, reported or edited a piece, when and
where it was published (`qa.bylines` finds the lines). Their asking words (作者, 稿子, 电, 网站) are
in no body passage, so judged as any question they read as missing: here the piece named, or the
byline naming someone, is found first and the question judged on it (`qa.judging.judge`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from . import quoting, ranking
from .answerability import Verdict
from .bylines import (
    CREDIT_WORDS,
    CREDITED_ROLES,
    asked_roles,
    asks_a_news_piece,
    asks_who_someone_is,
    author_note,
    checks_a_credit,
    credited_in_body,
    credited_names,
    has_lines,
    metadata_line,
    topic_of,
)
from .cleaning import CONTRIBUTORS_ROLE, EDITOR_ROLE
from .date_shape import date_fits
from .headings import (
    COVERED,
    SECTION_ASKED,
    heading_lines,
    named_heading,
    part_of,
    qualified_title,
    section_topic,
)
from .judging import judge
from .line_kinds import ASKED_HEADINGS, BYLINE_ROLE, HEADING_ROLE, TITLE_ROLE
from .quoting import Request
from .ranking import Group
from .served import Corpus
from .text import fold


def judge_metadata(corpus: Corpus, request: Request, roles: tuple[str, ...]) -> tuple[Verdict, list[Group]] | None:
    """作者是谁, 哪天发的电, 登在哪个网站: judged on the piece the question names, then on its line.

    The ask's own words (作者, 稿子, 电, 网站) are in no body passage, so judged with the rest of the
    question they read as missing and declined a piece the corpus plainly holds. The piece (its
    title, or what precedes 那篇报道) is searched and judged alone; when its article has the line
    asked for, that line is the answer. When the article is found and has lines of its own (a news
    piece) but not this one, nor carries it in its first lines (本报济南6月29日电 (记者…)), the
    documents do not say it: `not-stated`, never the story's first date or name instead. None (judge
    the whole question as before) when the question names no piece or its article has no such lines.
    """
    if ASKED_HEADINGS & set(roles):
        return _judge_heading(corpus, request, roles)
    text = topic_of(request.question.text)
    if (searched := _searched(corpus, text)) is None:
        return None
    _, groups, verdict = searched
    # The piece named by its exact title holds the line, wherever it sits (a file may put a story's
    # title and byline after its body); else the article the search found is read.
    named = corpus.titled.get(fold(text, convert_script=corpus.settings.convert_script).strip())
    if named is not None and (line := metadata_line(corpus.passages, *corpus.article_bounds(named), roles)) is not None:
        # Named exactly, the piece is known however weakly its title's words search.
        return (replace(verdict, answerable=True, reason=None, doc_id=corpus.doc_of(line)),
                ranking.line_first(groups, line, groups[0].score))
    start, end = corpus.article_bounds(groups[0].index)
    line = ranking.article_line(corpus, groups[0].index, groups, roles)
    if line is not None and request.asked.month and not date_fits(request.asked, fold(corpus.passages[line].text)):
        return _not_stated(verdict, request, text), groups  # 名利场那篇是6月几号登的: not this 8月5日 piece
    if line is not None:
        return verdict, ranking.line_first(groups, line, groups[0].score)
    if not has_lines(corpus.passages, start, end) and (apart := _headed_apart(corpus, request, text, roles)) is not None:
        # 华雨辰那篇报道是哪位记者写的: her story's headline block sits apart from it, naming her.
        return (replace(verdict, answerable=True, reason=None, doc_id=corpus.doc_of(apart)),
                ranking.line_first(groups, apart, groups[0].score))
    if CONTRIBUTORS_ROLE in roles:
        return None  # (參與采寫:郭敬丹、高楠、覃星星) in the body's own words answers, as any passage does
    credited = credited_in_body(corpus.passages, start, end)
    if credited and CREDITED_ROLES & set(roles):
        return None  # the first body line answers, as any passage does
    if not verdict.answerable or not (credited or has_lines(corpus.passages, start, end)
                                      or asks_a_news_piece(request.question.text)):
        # 《红楼梦》的作者是谁 in an encyclopedia: the text, not a byline, answers; but 那篇稿子是哪位
        # 记者写的 asks what only the piece's lines say, and it has none.
        return None
    return _not_stated(verdict, request, text), groups


# A headline block's lines are short (湖北武汉青山区钢花小学教师华雨辰); a story's body is not.
_HEADLINE_BLOCK_CHARS = 40
_HEADLINE_BLOCK_LINES = 6  # kicker, headline, subtitle, byline, dateline, editor


def _headed_apart(corpus: Corpus, request: Request, topic: str, roles: tuple[str, ...]) -> int | None:
    """The line asked for (`roles`) of a piece whose headline block a file printed apart from its body:
    an article of short lines only (kicker, headline, byline), one of them naming the topic or a name
    in it (华雨辰 in 湖北武汉青山区钢花小学教师华雨辰 / 信仰在战疫火线更加坚定 / 本报记者 田豆豆 after
    her story). None when no such block names it, or when two do (which one is meant is not known)."""
    convert = corpus.settings.convert_script
    folded = fold(topic, convert_script=convert).strip()
    if len(folded) < 2:
        return None
    names = [t.word for t in request.question.key_terms if t.named and len(t.word) >= 2 and t.word in folded]
    found = set()
    # Each article once, though it may keep a byline, a contributors' and an editor line.
    for i in {corpus.article_of[i]: i for i, _ in corpus.byline_lines}.values():
        start, end = corpus.article_bounds(i)
        if end - start > _HEADLINE_BLOCK_LINES:
            continue  # a story, not a headline block: read no further
        texts = [fold(corpus.passages[j].text, convert_script=convert) for j in range(start, end)]
        if (all(len(t) <= _HEADLINE_BLOCK_CHARS for t in texts)
                and any(word in t for t in texts for word in (folded, *names))
                and (line := metadata_line(corpus.passages, start, end, roles)) is not None):
            found.add(line)
    return found.pop() if len(found) == 1 else None


def _only_piece_headed(corpus: Corpus, request: Request, roles: tuple[str, ...],
                       counted: int | None) -> tuple[Verdict, list[Group]] | None:
    """第二部分的小标题是什么, 分哪几个部分, naming no piece: the heading counted to of the one article
    printed with headings, when the documents hold only one (a notice, a plan); None otherwise."""
    if HEADING_ROLE not in roles or counted is None:
        return None
    headed = {corpus.article_of[i] for lines in corpus.lines_by_doc.values() for i in lines
              if corpus.passages[i].section == HEADING_ROLE}
    if len(headed) != 1:
        return None
    first = corpus.article_starts[headed.pop()]
    line = ranking.article_line(corpus, first, [], roles, counted)
    if line is None:
        return None
    groups = [Group(line, 0.0, ())]
    return replace(judge(corpus, request, groups), answerable=True, reason=None, doc_id=corpus.doc_of(line)), groups


def _searched(corpus: Corpus, text: str) -> tuple[Request, list[Group], Verdict] | None:
    """The piece (or part) a question names, searched and judged alone; None when it names nothing
    the corpus has."""
    topic = Request.read(text, corpus) if text else None
    if topic is None or not topic.terms:
        return None
    groups = ranking.ranked_groups(corpus, topic, 13)
    return (topic, groups, judge(corpus, topic, groups)) if groups else None


def _not_stated(verdict: Verdict, request: Request, text: str) -> Verdict:
    """The piece named (`text`) is in the documents; what is asked of it is not."""
    return replace(verdict, answerable=False, reason="not-stated", subject=verdict.subject or request.question.surface(text),
                   subject_word=verdict.subject_word or text)


def _judge_heading(corpus: Corpus, request: Request, roles: tuple[str, ...]) -> tuple[Verdict, list[Group]] | None:
    """那篇报道的标题是什么, 写东兴小区的那一节小标题叫啥, 党群关系那篇最后一部分的小标题: the piece
    (or the part) the rest of the question describes is searched, and its headline (or the heading
    over the part found, or counted to) answers when the headline and the part hold most of what the
    question says of them (`headings.COVERED`); else the documents do not say it (`not-stated`).
    None when the question describes nothing (这篇的标题: the piece just read is meant) or the
    article found has no heading of the kind."""
    question = request.question.text
    counted = request.question.section
    by_part = HEADING_ROLE in roles and counted is None
    text = section_topic(question) if by_part else topic_of(question)
    if (searched := _searched(corpus, text)) is None:
        return _only_piece_headed(corpus, request, roles, counted) if not text else None
    topic, groups, verdict = searched
    folded = partial(fold, convert_script=corpus.settings.convert_script)
    # The piece named by its exact title, wherever its lines sit (003 prints a story's title after it).
    found = corpus.titled.get(folded(text).strip(), groups[0].index)
    line = ranking.article_line(corpus, found, groups, roles, counted)
    start, end = corpus.article_bounds(found)
    title = folded(corpus.passages[start].title)
    if by_part and (named := named_heading(corpus.passages, heading_lines(corpus.passages, start, end),
                                           topic.terms, title)) is not None:
        line = named  # “减”那部分: the heading that says it
    if line is None:
        # 小标题 asked of a piece printed without them: not said, never a sentence of its body instead.
        # (人体分为哪几个部分 asks the text: judged as any question.)
        if not (SECTION_ASKED.search(fold(question)) and HEADING_ROLE in roles):
            return None
        return _not_stated(verdict, request, text), groups
    told = "\n".join([title, folded(corpus.passages[line].text),
                      *(quoting.folded(corpus, topic, i) for i in part_of(corpus.passages, start, end, line))])
    # Words the corpus lacks (the asker's own: 看, 篇) are found in no part.
    said = {word: weight for word, weight in topic.terms.items() if corpus.index.term_idf(word) > 0}
    total = sum(said.values())
    held = sum(weight for word, weight in said.items() if word in told) / total if total else 0.0
    # 英文版标题, 最初的标题: a headline the page does not print (unless its line says so).
    qualifier = qualified_title(question) if TITLE_ROLE in roles else ""
    printed = not qualifier or qualifier in folded(corpus.passages[line].text)
    if held >= COVERED and printed:
        return (replace(verdict, answerable=True, reason=None, doc_id=corpus.doc_of(line)),
                ranking.line_first(groups, line, groups[0].score))
    return _not_stated(verdict, request, text), groups


# What an editor line (责任编辑:李萌) answers of its name: who, what they do.
_EDITOR_SAYS = re.compile(r"谁|什么人|啥人|干什么|干啥|干嘛|做什么|做啥|身份|职务|负责")
# What a byline or an author note never states, however the question also reads as asking who.
_NOT_WHO = frozenset({"date", "number"})


def judge_credited(corpus: Corpus, request: Request, groups: list[Group]) -> tuple[Verdict, list[Group]] | None:
    """张国珍是哪个单位的: someone the documents name only in a byline, which is never searched.

    Searched, the name is unknown to the corpus and the question found nothing, or whatever holds
    its other words. The byline's article answers who they are: its author note (本文作者:…) or the
    byline itself, with its title. What else is asked of them (哪年出生) the documents do not say:
    `not-stated`, the byline as related material. None when no word the corpus lacks is in a byline.
    """
    # Unknown to the corpus, or a name only a copy holds (000 glues 001's byline to its first line):
    # either way no result it would quote says it. The results are folded only for a known name.
    def quoted(word: str) -> bool:
        return any(word in quoting.folded(corpus, request, g.index) for g in groups[:3])

    unknown = [t.word for t in request.question.key_terms if len(t.word) >= 2 and (
        not t.in_corpus or (t.named and not quoted(t.word)))]
    if not unknown:
        return None
    # A name before any other word (责任编辑李萌是谁: 李萌's line, not the first editor line).
    names = [word for word in unknown if word not in CREDIT_WORDS]
    found = next(((i, word, text) for word in names for i, text in corpus.byline_lines if word in text), None)
    if found is None:
        return None
    line, name, credit = found
    # jieba cuts a name it never saw where the next character reads on (张国珍举的 → 张国 + 珍举): the
    # whole name the line credits, as typed, is the one meant.
    typed = request.question.folded
    name = max((whole for whole in credited_names([credit]) if name in whole and whole in typed), key=len, default=name)
    score = groups[0].score if groups else 0.0
    # 王云娜写的那篇标题是啥, 张国珍那篇的责任编辑是谁: a line of the piece its author wrote (not of
    # one an editor named only in its editor line edited: 李冬葉是哪家报社的编辑 asks her).
    asked, own = _author_line(corpus, request, line) if corpus.passages[line].section != EDITOR_ROLE else (False, None)
    if asked:
        ranked = [Group(i, score, ()) for i in (own, line) if i is not None]
        ranked += [g for g in groups if g.index not in (own, line)]
        verdict = replace(judge(corpus, request, ranked), doc_id=corpus.doc_of(line), subject=request.question.surface(name),
                          subject_word=name)
        if own is None or (request.asked.kind in _NOT_WHO and not _gives_figure(corpus.passages[own].text)):
            # The piece keeps no such line, or its line gives no date or figure asked (责任编辑是哪一年
            # 写的: 責任編輯:李冬葉 says whom, not when): not said, its byline as related material.
            return replace(verdict, answerable=False, reason="not-stated"), ranked
        return replace(verdict, answerable=True, reason=None), ranked
    if checks_a_credit(request.question.text) and corpus.passages[line].section in asked_roles(request.question.text, corpus.titled):
        # 记者是董素玉吗, 责任编辑是不是李冬叶: the line crediting them in the role asked settles it.
        ranked = [Group(line, score, ()), *(g for g in groups if g.index != line)]
        return replace(judge(corpus, request, ranked), answerable=True, reason=None, doc_id=corpus.doc_of(line),
                       subject=request.question.surface(name), subject_word=name), ranked
    if (written := _by_author(corpus, request, line, name)) is not None:
        return written
    # The author note says who the author is, not the editor (李萌 of 责任编辑:李萌 is only that).
    editor = corpus.passages[line].section == EDITOR_ROLE
    note = author_note(corpus.passages, *corpus.article_bounds(line)) if not editor else None
    first = [Group(i, score, ()) for i in (note, line) if i is not None]
    ranked = [*first, *(g for g in groups if g.index not in {f.index for f in first})]
    verdict = judge(corpus, request, ranked)
    shown = request.question.surface(name)
    # 工作 of 党群工作部主任 is no 在哪工作: a date or a number asked of them the line never gives.
    # An editor line says what they did for the piece (责任编辑), not where they work.
    if asks_who_someone_is(request.question.text) and request.asked.kind not in _NOT_WHO and (
            not editor or _EDITOR_SAYS.search(request.question.folded)):
        return replace(verdict, answerable=True, reason=None, doc_id=corpus.doc_of(line),
                       subject=shown, subject_word=name), ranked
    return replace(verdict, answerable=False, reason="not-stated", doc_id=corpus.doc_of(line),
                   subject=shown, subject_word=name), ranked


def _author_line(corpus: Corpus, request: Request, line: int) -> tuple[bool, int | None]:
    """王云娜写的那篇 它大标题咋写的, 张国珍那篇文章的责任编辑是谁, 张国珍那篇分几个部分: whether
    the question asks a line of the piece whose byline names the author (its headline, editor, date,
    source, the headings counted or listed), and that line (`ranking.piece_line`; None when the piece
    keeps none). Not who wrote it (the byline itself), nor a part described by what it tells (that is
    searched: `_judge_heading`)."""
    question = request.question.text
    roles = tuple(role for role in asked_roles(question, corpus.titled) if role not in (BYLINE_ROLE, CONTRIBUTORS_ROLE))
    counted = request.question.section
    if not roles or (HEADING_ROLE in roles and counted is None):
        return False, None
    return True, ranking.piece_line(corpus, line, roles, counted)


# The question asks what a piece says, naming it by its author: 张国珍的文章说…, 按张国珍文章的说法,
# 张国珍在文中指出, 王永战写的那篇讲的; what the author thinks of something, asked (张国珍咋看腐败…,
# 怎么评价, 觉得, 强调).
# 张国珍举的那些难点, 他列的几条: what the author cites is in his writing as much as what he says.
_WRITTEN = (r"(?:所?写的|写)?(?:的)?(?:文章|文中|文里|文裡|一文|篇文|那篇|这篇|说法|看来|认为|指出|写道|提到|讲|说"
            r"|(?:所?(?:举|舉|列举|列舉|列|提|提出|点出|點出|点|點)(?:了|的|出的|出来的|出來的))|[那这這]文章"
            r"|(?:是)?(?:咋|怎么|怎麼|如何|怎样|怎樣)(?:看待|看|评价|評價|说|說|讲|講|认为|認為)|觉得|覺得|强调|強調|主张|主張)")


# A question this short without the author's name does not say what of the article it asks.
_TOO_FEW = 2


def _by_author(corpus: Corpus, request: Request, line: int, name: str) -> tuple[Verdict, list[Group]] | None:
    """张国珍的文章说党中央告诫全党要警惕什么, 张国珍把哪件事当成重要保证: asked of the article whose
    byline names the author, without the name (which no body passage holds). None unless the question
    speaks of the author's writing or asks a thing of him (not who he is, a kind of fact, a yes or no,
    a why), and that article answers it."""
    folded = request.question.folded
    written = re.search(re.escape(name) + _WRITTEN, folded) is not None
    # Unsaid, the writing is meant only of a thing asked (拿啥比喻, 琢磨出些啥): a kind of fact, one of
    # a kind, a yes or no or a why may be asked of the person (哪年出生, 哪个分社的, 跟他一起写过没,
    # 为啥要写这篇). An editor (责任编辑:李冬叶) wrote none of it.
    asked = request.asked
    if not written and (asks_who_someone_is(request.question.text) or asked.kind or asked.which or asked.yes_no
                        or request.question.asks_why or corpus.passages[line].section == EDITOR_ROLE):
        return None
    # Without the author and every word naming his writing: 张国珍那篇文章里说党… → 党… (a 说 left
    # behind, jieba reads 说党 again).
    without = Request.read(re.sub(re.escape(name) + f"(?:{_WRITTEN}|[里裡中])*", "", folded), corpus)
    if not without.terms:
        return None
    start, end = corpus.article_bounds(line)
    # Without the name, or, where its other words are too few to stand alone (第一目标是啥: two), with
    # it: the byline credits the name to the article (`quoting.credited`).
    for read in (without, request) if len(without.question.key_terms) <= _TOO_FEW else (without,):
        kept = [g for g in ranking.ranked_groups(corpus, read, 13) if start <= g.index < end]
        if kept and (verdict := judge(corpus, read, kept)).answerable:
            return verdict, kept
    return None


def _gives_figure(text: str) -> bool:
    """A line gives a date or a figure: some digit or Chinese numeral of one (2021年08月06日, 8月5日电)."""
    return re.search(r"[0-9０-９]|[一二三四五六七八九十][年月日]", text) is not None
