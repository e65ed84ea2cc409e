"""A follow-up that leaves its subject out without showing it: asked again with the previous topic.

`conversation.resolve` rewrites a follow-up that visibly leans on the last turn: a pronoun, X呢, a
question that opens with its predicate. Others leave the subject out with nothing to show for it:
物管会有几名委员 after a question about 广安门北街20号院, 直径有多大 after one about a crater. Asked
alone they find nothing, or another subject's sentence. The reading with the previous topic before
them (广安门北街20号院物管会有几名委员) is taken only when all of these hold:

- the follow-up is short (a new question of its own names its subject) and `resolve` left it as typed;
- asked alone, it is not answered;
- asked with the topic, it is answered by a quote holding every content word the follow-up typed:
  the topic may only supply the subject, never the answer's substance.

Without the last condition, 148 of 494 unanswerable golden questions (dev split) asked after a
random answered turn got a quote with the topic before them (依兰陨石坑 + 加班费怎么算 → the
crater's location); with it, none did.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .background import specificity
from .bylines import asks_of_the_piece_read
from .conversation import Conversation, Resolved, joined, previous_topic
from .models import Answer, Hit
from .previous_turn import SHORT
from .question_text import plain_text
from .question_words import ASKS_ANYWHERE
from .text import fold

__all__ = ["SHORT", "ask_in_turn", "with_topic"]

# A follow-up up to this long (characters) that names no subject the last turn can give may still be
# asked of the piece just read (`_inside`); dev golden follow-ups: 12 → 20 answered 3 more, with a
# fact of the kind asked required beyond 12.
LONGEST_INSIDE = 20
# Paragraphs on each side of a quote that tell what it is about (`Retriever.context_around`): 最终,经过
# 社区党委书记施敏…协调 is 江汉北路社区's, named two paragraphs before it.
AROUND = 2
# A typed word at least this specific is the question's own content (护照, 米饭), not a function word
# (别的) nor a single character (建 of 啥时候建的, which the corpus only writes inside 建于, 建成).
_CONTENT = 0.5
# A typed word this general in Chinese is a function word (还 0.02, 同时 0.02, 由 0.02).
_FUNCTION = 0.05
_NOT_TEXT = re.compile(r"[\s？?！!。.，,~～…]")


def with_topic(question: str, previous: Conversation | None, resolved: Resolved) -> Resolved | None:
    """The follow-up with the previous topic before it, or None when it cannot be the reading:
    no previous turn, already rewritten, too long to lean, or already naming the topic."""
    if previous is None or resolved.carried or resolved.more:
        return None
    typed = _NOT_TEXT.sub("", fold(question))
    topic = previous_topic(previous)
    if not typed or len(typed) > SHORT or not topic or fold(topic) in typed:
        return None
    return Resolved(joined(topic, question.strip()), carried=True)


def ask_in_turn(ask: Callable[[str], Answer], key_terms: Callable[[str], Sequence[str]], question: str,
                previous: Conversation | None, resolved: Resolved,
                known: Callable[[str], bool] | None = None,
                goes_on: Callable[[str, int], Answer] | None = None,
                within: Callable[[str, Conversation], Answer] | None = None,
                around: Callable[[str, int], tuple[str, int]] | None = None) -> tuple[Resolved, Answer]:
    """Ask `resolved`; when it is not answered, ask `with_topic` and keep that reading if its quote
    holds every content word typed. Returns the reading taken and its answer.

    `known` (a word the corpus has, `Retriever.knows`) guards the topic put before a question that
    left its subject out: when the follow-up typed a word the documents never use (怎么申请护照 after a
    question about 深田社区), a quote the topic found answers the topic, not the question, and the
    question is asked as typed.

    `goes_on` (`Retriever.goes_on`: passage id, offset → the sentence after) answers 后来呢 with what
    the document says next; the reading stays the previous question, so the next turn leans on it.

    `within` (`Retriever.ask_within`: the question, the previous turn → answer) is the last resort for a
    follow-up neither reading answers: the article the previous answer quoted, asked the follow-up
    as typed (那里一共办过多少场活动 → 共开展各类活动3800余场). It comes first for a byline, date or
    source asked of no piece by name (作者是谁, 这篇是哪天发的): the piece just read is the one meant.

    `around` (`Retriever.context_around`: passage id, paragraphs each side → their text) checks 那林原村呢:
    a quote whose paragraphs (`AROUND`) never name 林原村 is about the last subject, and is not shown as
    its answer."""
    if resolved.goes_on and previous is not None and previous.passage_id and goes_on is not None:
        after = goes_on(previous.passage_id, previous.quote_end)
        if after.answered:
            return Resolved(previous.question, goes_on=True), after
    if within is not None and previous is not None and previous.passage_id and asks_of_the_piece_read(question):
        inside = within(question, previous)  # 作者是谁 after an answer: the byline of the piece just read
        if inside.answered or inside.reason == "not-stated":  # or that it keeps none
            return Resolved(question), inside
    answer = ask(resolved.text)
    if answer.reason == "small-talk":
        return resolved, answer  # 你是谁呀 after a question about a piece: said to the bot, not of the piece
    if resolved.elided and answer.answered and known is not None and any(
            not known(word) for word in key_terms(question) if len(word) >= 2 and specificity(word) >= _CONTENT):
        # 都出动了哪些部门 after 受卢碧影响厦门下大雨了吧: the piece just read may still say it its way
        # (组织消防、交通、路政等相关部门), though the typed word is not the documents'.
        as_typed = ask(question)
        return Resolved(question), (as_typed if as_typed.answered else _inside(within, question, previous, resolved)
                                    or as_typed)
    if (answer.answered and answer.hits and resolved.about and around is not None
            and not _tells_of(answer.hits[0], resolved.about, answer.corrections, around)):
        # 那南宁呢 after 潍城区…多少处: a later hit told of 南宁, marking a fact of the kind asked, answers.
        told = [hit for hit in answer.hits[1:] if hit.answer_spans
                and _tells_of(hit, resolved.about, answer.corrections, around)]
        if told:
            return resolved, replace(answer, hits=[replace(hit, rank=rank) for rank, hit in enumerate(told, 1)])
        return resolved, _not_said_of(answer, resolved.about, known)
    if answer.answered and resolved.carried and (alone := _said_better_alone(ask, key_terms, question, answer)):
        # 那二手车出口试点进展咋样 after a question on 西柳's pilot: the reading glued to the topic quotes
        # 西柳 again; asked as typed, its own subject's sentence says more of what was typed.
        return Resolved(question), alone
    if answer.answered:
        return resolved, answer
    # The words that carry content: 还, 同时, 由 (同时还成立了个啥) are said by no quote in particular.
    typed = [word for word in key_terms(question) if specificity(word) > _FUNCTION]
    if typed and (leaning := with_topic(question, previous, resolved)) is not None:
        retry = ask(leaning.text)
        if retry.answered and _holds(retry, typed, key_terms):
            return leaning, retry
    return resolved, _inside(within, question, previous, resolved) or answer


def _said_better_alone(ask: Callable[[str], Answer], key_terms: Callable[[str], Sequence[str]], question: str,
                       carried: Answer) -> Answer | None:
    """The follow-up's answer asked as typed, when the reading carrying the topic quotes a sentence
    that misses one of the follow-up's own specific words and the answer alone holds more of them.
    Only for a follow-up asking a question of its own: 那娄底那篇呢 asks the previous question again,
    of 娄底's piece (its byline names no 娄底)."""
    own = [word for word in key_terms(question) if len(word) >= 2 and specificity(word) >= _SPECIFIC]
    if not own or not carried.hits or not ASKS_ANYWHERE.search(plain_text(question)):
        return None
    quoted = fold(carried.hits[0].quote)
    said = sum(word in quoted for word in own)
    if said == len(own):
        return None
    alone = ask(question)
    if not alone.answered or not alone.hits:
        return None
    quoted_alone = fold(alone.hits[0].quote)
    return alone if sum(word in quoted_alone for word in own) > said else None


def _tells_of(hit: Hit, names: Sequence[str], corrections: Sequence[tuple[str, str]],
              around: Callable[[str, int], tuple[str, int]]) -> bool:
    """Do the hit's paragraphs (or its title) name each name of 那X呢? 那林原村呢 after 江欣苑社区有
    多少名党员 is answered from where 林原村 is told of, never by 江欣苑's 200多名社区党员, which the
    reading's other words still find first. A name searched as another (a typo) is checked so."""
    said = fold(f"{hit.title}\n{around(hit.passage_id, AROUND)[0]}")
    used = dict(corrections)
    return all(fold(used.get(name, name)) in said for name in names)


def _not_said_of(answer: Answer, names: Sequence[str], known: Callable[[str], bool] | None) -> Answer:
    """The honest answer when the quote found for 那X呢 is about the last subject: X named by the
    documents (not-stated, of X), or not at all (no-match). No quote: none said it of X."""
    if known is not None and not all(known(name) for name in names):
        return Answer(answer.question, False, [], reason="no-match", corrections=answer.corrections)
    return Answer(answer.question, False, [], reason="not-stated", subject="、".join(names),
                  corrections=answer.corrections)


# How specific a word the follow-up types must be for its quote to be expected to say it (二手车, not 进展).
_SPECIFIC = 0.9


def _inside(within: Callable[[str, Conversation], Answer] | None, question: str, previous: Conversation | None,
            resolved: Resolved) -> Answer | None:
    """The answer the piece just read gives a follow-up that leans on it (`within_article`), or None."""
    if within is None or previous is None or not previous.passage_id:
        return None
    typed = len(_NOT_TEXT.sub("", fold(question)))
    if resolved.carried or typed <= LONGEST_INSIDE:
        inside = within(question, previous)
        # Longer than a follow-up that leans for sure, it may be a new question: the piece just read
        # answers it only with a fact of the kind asked, marked (比去年这会儿多出来百分之几 → 36.4%), not
        # with any sentence holding its words (卖羊那笔钱他后来拿去干啥了 → 后来…养了几只羊).
        if inside.answered and (resolved.carried or typed <= SHORT or (inside.hits and inside.hits[0].answer_spans)):
            return inside
    return None


def _holds(answer: Answer, typed: Sequence[str], key_terms: Callable[[str], Sequence[str]]) -> bool:
    """The answer's first quote holds every content word the follow-up typed, as a word of its own:
    长江 of 长江多长 is not said by 二七长江大桥 (a bridge's name), after a question about 华雨辰."""
    return bool(answer.hits) and says_each(fold(answer.hits[0].quote), typed, key_terms)


def says_each(text: str, words: Sequence[str], cut: Callable[[str], Sequence[str]]) -> bool:
    """The (folded) text says every one of the words as a word of its own, as `cut` segments it, or,
    for three characters or more, anywhere in it: 出口 is not said by 进出口, 长江 not by 二七长江大桥."""
    said = set(cut(text))
    return all(word in said or (len(word) >= 3 and word in text) for word in words)
