"""Judging questions a document's own lines answer: who wrote, reported or edited a piece, when and
where it was published (`qa.bylines` finds the lines). Their asking words (作者, 稿子, 电, 网站) are
in no body passage, so judged as any question they read as missing: here the piece named, or the
byline naming someone, is found first and the question judged on it (`qa.judging.judge`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import quoting, ranking
from .answerability import Verdict
from .bylines import (
    CREDITED_ROLES,
    asks_who_someone_is,
    author_note,
    credited_in_body,
    has_lines,
    metadata_line,
    topic_of,
)
from .cleaning import CONTRIBUTORS_ROLE
from .judging import judge
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
    text = topic_of(request.question.text)
    topic = Request.read(text, corpus) if text else None
    if topic is None or not topic.terms:
        return None
    groups = ranking.ranked_groups(corpus, topic, 13)
    if not groups:
        return None
    verdict = judge(corpus, topic, groups)
    # The piece named by its exact title holds the line, wherever it sits (a file may put a story's
    # title and byline after its body); else the article the search found is read.
    named = corpus.titled.get(fold(text, convert_script=corpus.settings.convert_script).strip())
    if named is not None and (line := metadata_line(corpus.passages, *corpus.article_bounds(named), roles)) is not None:
        # Named exactly, the piece is known however weakly its title's words search.
        return (replace(verdict, answerable=True, reason=None, doc_id=corpus.doc_of(line)),
                ranking.line_first(groups, line, groups[0].score))
    start, end = corpus.article_bounds(groups[0].index)
    line = ranking.article_line(corpus, groups[0].index, groups, roles)
    if line is not None:
        return verdict, ranking.line_first(groups, line, groups[0].score)
    if CONTRIBUTORS_ROLE in roles:
        return None  # (參與采寫:郭敬丹、高楠、覃星星) in the body's own words answers, as any passage does
    credited = credited_in_body(corpus.passages, start, end)
    if credited and CREDITED_ROLES & set(roles):
        return None  # the first body line answers, as any passage does
    if not verdict.answerable or not (credited or has_lines(corpus.passages, start, end)):
        return None  # 《红楼梦》的作者是谁 in an encyclopedia: the text, not a byline, answers
    subject = verdict.subject or request.question.surface(text)
    return replace(verdict, answerable=False, reason="not-stated", subject=subject,
                   subject_word=verdict.subject_word or text), groups


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
    found = next(((i, word) for i, text in corpus.byline_lines for word in unknown if word in text), None)
    if found is None:
        return None
    line, name = found
    if (written := _by_author(corpus, request, line, name)) is not None:
        return written
    note = author_note(corpus.passages, *corpus.article_bounds(line))
    score = groups[0].score if groups else 0.0
    first = [Group(i, score, ()) for i in (note, line) if i is not None]
    ranked = [*first, *(g for g in groups if g.index not in {f.index for f in first})]
    verdict = judge(corpus, request, ranked)
    shown = request.question.surface(name)
    # 工作 of 党群工作部主任 is no 在哪工作: a date or a number asked of them the line never gives.
    if asks_who_someone_is(request.question.text) and request.asked.kind not in _NOT_WHO:
        return replace(verdict, answerable=True, reason=None, doc_id=corpus.doc_of(line),
                       subject=shown, subject_word=name), ranked
    return replace(verdict, answerable=False, reason="not-stated", doc_id=corpus.doc_of(line),
                   subject=shown, subject_word=name), ranked


# The question asks what a piece says, naming it by its author: 张国珍的文章说…, 按张国珍文章的说法,
# 张国珍在文中指出.
_WRITTEN = r"(?:的)?(?:文章|文中|一文|那篇|这篇|说法|看来|认为|指出|写道|提到|讲|说)"


def _by_author(corpus: Corpus, request: Request, line: int, name: str) -> tuple[Verdict, list[Group]] | None:
    """张国珍的文章说党中央告诫全党要警惕什么: asked of the article whose byline names the author,
    without the name (which no body passage holds). None unless the question speaks of the author's
    writing and that article answers it."""
    folded = fold(request.question.text)
    if not re.search(re.escape(name) + _WRITTEN, folded):
        return None
    # Without the author and every word naming his writing: 张国珍那篇文章里说党… → 党… (a 说 left
    # behind, jieba reads 说党 again).
    without = Request.read(re.sub(re.escape(name) + f"(?:{_WRITTEN}|[里裡中])*", "", folded), corpus)
    if not without.terms:
        return None
    start, end = corpus.article_bounds(line)
    kept = [g for g in ranking.ranked_groups(corpus, without, 13) if start <= g.index < end]
    if not kept:
        return None
    verdict = judge(corpus, without, kept)
    return (verdict, kept) if verdict.answerable else None
