"""Judging questions about someone the documents name only in a byline: 张国珍是哪个单位的, 王云娜写的
那篇标题是啥, 张国珍的文章说党中央告诫全党要警惕什么. The name is in no body passage, so searched, it finds
nothing, or whatever holds the question's other words; here the byline naming them is found first and
the question judged on its article (the author note, the line asked of the piece they wrote, what that
piece says). Kept apart from `qa.judging_lines`, which judges the lines asked of a piece the question
names (`qa.judging.judge` judges the rest).
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import asked_lines, quoting, ranking
from .answerability import Verdict
from .bylines import (
    CREDIT_WORDS,
    asked_roles,
    asks_who_someone_is,
    author_note,
    checks_a_credit,
    credited_names,
)
from .cleaning import CONTRIBUTORS_ROLE, EDITOR_ROLE
from .judging import judge
from .line_kinds import BYLINE_ROLE, HEADING_ROLE
from .quoting import Request
from .ranking import Group
from .served import Corpus

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
    source, the headings counted or listed), and that line (`asked_lines.piece_line`; None when the piece
    keeps none). Not who wrote it (the byline itself), nor a part described by what it tells (that is
    searched: `qa.judging_lines`)."""
    question = request.question.text
    roles = tuple(role for role in asked_roles(question, corpus.titled) if role not in (BYLINE_ROLE, CONTRIBUTORS_ROLE))
    counted = request.question.section
    if not roles or (HEADING_ROLE in roles and counted is None):
        return False, None
    return True, asked_lines.piece_line(corpus, line, roles, counted)


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
