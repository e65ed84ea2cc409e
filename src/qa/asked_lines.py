"""The document's own lines a question asks for (byline, editor, date, source, dateline, a section's
heading), found in the article a result is from or in the copies collapsed into it, and put first.

`qa.answer` and the judges (`judging_lines`, `judging_credited`, `within_article`) ask these once a
question reads as asking for a line (`bylines.asked_roles`); ranking the passages is `qa.ranking`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bylines import CREDITED_ROLES, credited_in_body, metadata_line
from .cleaning import CONTRIBUTORS_ROLE, EDITOR_ROLE, SOURCE_ROLE
from .headings import heading_lines, kicker_line, section_line
from .line_kinds import HEADING_ROLE, KICKER_ROLE
from .ranking import Group
from .served import Corpus
from .structure import is_metadata

__all__ = ["PAGE_COPY_ROLES", "article_line", "copy_line", "headings_first", "hour_asked", "line_first", "metadata_first",
           "piece_line"]


def metadata_first(corpus: Corpus, groups: list[Group], roles: tuple[str, ...], counted: int | None = None,
                   *, hour: bool = False) -> list[Group]:
    """The asked-for byline, editor, date, source or heading line of the best of the top articles,
    first (`article_line`); for a byline or a date, an article that carries it in its first body
    lines (据新华社广州8月5日电 (记者陆浩 胡拿云)) gives that line, never the next article's byline."""
    for group in groups[:3]:
        line = article_line(corpus, group.index, groups, roles, counted, hour=hour)
        if line is None and CREDITED_ROLES & set(roles) and not hour:
            line = _credited_line(corpus, group.index)
        if line is not None:
            return line_first(groups, line, group.score)
    return groups


# Lines a page's copy of a story adds around it (参与采写…, 来源…, 责任编辑…), which the story's own
# copy lacks: a copy's is as good as the story's own. Other roles (a date, a dateline) are the
# page's own in a copy: taken from it only when the story has no line of any role asked for.
PAGE_COPY_ROLES = frozenset({CONTRIBUTORS_ROLE, SOURCE_ROLE, EDITOR_ROLE})


def copy_line(corpus: Corpus, index: int, groups: Sequence[Group], role: str) -> int | None:
    """The line of `role` in the documents whose copies the results collapsed into the article of
    passage `index` (000's 发布信息 line for the story 001 tells), or None."""
    article = corpus.article_of[index]
    copies = sorted({doc for g in groups if corpus.article_of[g.index] == article for doc in g.also_in})
    return next((i for doc in copies for i in corpus.lines_by_doc.get(doc, ())
                 if corpus.passages[i].section == role), None)


# The hour a piece went up, asked (几点发的, 精确到几点几分), and a line that gives one (2021/08/06 21:00).
_HOUR_Q = re.compile(r"几点|幾點")
_HOUR_A = re.compile(r"\d{1,2}[:：]\d{2}|\d{1,2}\s*[点點时時]")


def hour_asked(question: str) -> bool:
    """The question asks the hour a piece went up (几点发的): only a line giving one answers it."""
    return _HOUR_Q.search(question) is not None


def article_line(corpus: Corpus, index: int, groups: Sequence[Group], roles: tuple[str, ...],
                 counted: int | None = None, *, hour: bool = False) -> int | None:
    """The line of the best role asked for in the article of passage `index`, looked for in the
    documents whose copies the results collapsed into that article too (000 alone keeps the
    参与采写, 责任编辑 and date lines of the story 001 tells; `PAGE_COPY_ROLES`). A section's heading
    is that of the section passage `index` is in, or of the one `counted` (`headings.counted_part`).
    With `hour` asked, only a line giving one answers: the story's dateline (新华社北京8月5日电) does
    not, a copy's page line may."""
    if hour:
        lines = (article_line(corpus, index, groups, (role,), counted) for role in roles)
        copied = (copy_line(corpus, index, groups, role) for role in roles)
        return next((line for line in (*lines, *copied)
                     if line is not None and _HOUR_A.search(corpus.passages[line].text)), None)
    start, end = corpus.article_bounds(index)

    def in_copies(role: str) -> int | None:
        return copy_line(corpus, index, groups, role)

    for role in roles:
        if role == HEADING_ROLE:
            line = section_line(corpus.passages, start, end, index, counted)
        elif role == KICKER_ROLE:
            line = kicker_line(corpus.passages, start, end)
        else:
            line = metadata_line(corpus.passages, start, end, (role,))
        if line is None and role in PAGE_COPY_ROLES:
            line = in_copies(role)
        if line is not None:
            return line
    # No line of any role asked for in the story: a copy's date or dateline (the PAGE_COPY_ROLES were
    # looked for in the copies above).
    # (Not a section's heading: a copy's first is not the one over this passage.)
    return next((line for role in roles if role not in PAGE_COPY_ROLES and role not in (HEADING_ROLE, KICKER_ROLE)
                 and (line := in_copies(role)) is not None), None)


def piece_line(corpus: Corpus, index: int, roles: tuple[str, ...], counted: int | None = None) -> int | None:
    """The line of the best role asked for in the article of passage `index` or in the documents that
    copy it (`article_line`); else, for a byline or a date, the first body passage that carries it
    (据新华社广州8月5日电 (记者陆浩 胡拿云)); None when the piece says neither."""
    start, end = corpus.article_bounds(index)
    copies = tuple(sorted({corpus.passages[j].doc_id for j, original in enumerate(corpus.canonical)
                           if start <= original < end and original != j}))
    line = article_line(corpus, index, [Group(index, 0.0, copies)], roles, counted)
    if line is None and CREDITED_ROLES & set(roles):
        line = _credited_line(corpus, index)
    return line


def _credited_line(corpus: Corpus, index: int) -> int | None:
    """The first body passage of the article of passage `index` crediting its reporters, among its
    first two; None when neither does."""
    start, end = corpus.article_bounds(index)
    body = [i for i in range(start, end) if not is_metadata(corpus.passages[i])][:2]
    return next((i for i in body if credited_in_body(corpus.passages, i, i + 1)), None)


def headings_first(corpus: Corpus, groups: list[Group]) -> list[Group]:
    """分哪几个部分, 有哪些小标题: with a section's heading first, every heading of its article first,
    in the order they are printed."""
    if not groups or corpus.passages[groups[0].index].section != HEADING_ROLE or not is_metadata(
            corpus.passages[groups[0].index]):
        return groups
    lines = heading_lines(corpus.passages, *corpus.article_bounds(groups[0].index))
    return [*(Group(line, groups[0].score, ()) for line in lines), *(g for g in groups if g.index not in lines)]


def line_first(groups: list[Group], line: int, score: float) -> list[Group]:
    """The results with an article's metadata line first, at the score of the result it answers for."""
    return [Group(line, score, ()), *(g for g in groups if g.index != line)]
