"""Judging questions a document's own lines answer: who wrote, reported or edited a piece, when and
where it was published (`qa.bylines` finds the lines). Their asking words (作者, 稿子, 电, 网站) are
in no body passage, so judged as any question they read as missing: here the piece named is found
first and the question judged on it (`qa.judging.judge`). Someone named only in a byline is found by
that byline instead, in `qa.judging_credited`.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from . import asked_lines, quoting, ranking
from .answerability import Verdict
from .bylines import (
    CREDITED_ROLES,
    asks_a_news_piece,
    credited_in_body,
    has_lines,
    metadata_line,
    topic_of,
)
from .cleaning import CONTRIBUTORS_ROLE
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
from .line_kinds import ASKED_HEADINGS, HEADING_ROLE, TITLE_ROLE
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
                asked_lines.line_first(groups, line, groups[0].score))
    start, end = corpus.article_bounds(groups[0].index)
    line = asked_lines.article_line(corpus, groups[0].index, groups, roles,
                                    hour=asked_lines.hour_asked(request.question.text))
    if line is not None and request.asked.month and not date_fits(request.asked, fold(corpus.passages[line].text)):
        return _not_stated(verdict, request, text), groups  # 名利场那篇是6月几号登的: not this 8月5日 piece
    if line is not None:
        return verdict, asked_lines.line_first(groups, line, groups[0].score)
    if not has_lines(corpus.passages, start, end) and (apart := _headed_apart(corpus, request, text, roles)) is not None:
        # 华雨辰那篇报道是哪位记者写的: her story's headline block sits apart from it, naming her.
        return (replace(verdict, answerable=True, reason=None, doc_id=corpus.doc_of(apart)),
                asked_lines.line_first(groups, apart, groups[0].score))
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
    line = asked_lines.article_line(corpus, first, [], roles, counted)
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
    line = asked_lines.article_line(corpus, found, groups, roles, counted)
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
                asked_lines.line_first(groups, line, groups[0].score))
    return _not_stated(verdict, request, text), groups
