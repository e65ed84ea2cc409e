"""A follow-up asked of the piece the previous answer quoted, near that quote.

A follow-up leans on the piece just read: 那里一共办过多少场活动 after 白领驿家在上海哪条路上, 货值多少rmb
after 跨境电商做了多少单, 当天当地在哪个村转移群众的 after 卢碧是今年第几号台风. Rewritten with the previous
topic and asked of the whole corpus, such a question often finds nothing: the asker says 办过 where
the piece says 开展, or the previous question's words outweigh the follow-up's own. The person is
still reading that piece, so the last resort (`follow_up.ask_in_turn`) looks there, sentence by
sentence, within a few passages of the quote just shown.

What is asked of a sentence there is stricter than of an answer from anywhere, since the piece was
chosen by the previous question, not by this one: the follow-up asks something of its own (a question
word, a word the previous turn did not say); where it asks for a kind of fact (a count, a date, a
person, a place …) the sentence holds one that is not the previous turn's (`answer_shape.fits`); and
the sentence holds every specific word the follow-up typed (活动, 停车位, 货值). 书记是谁 after 东兴小区在哪 is
not answered by the next story's secretary, nor 其中出口最多的是哪个国家 by a sentence that never says 最多.
A follow-up that finds no such sentence (那羊卖了多少钱, 具体是哪三样, 后面还跟了哪八个字) may still ask
the quote just shown for a fact of the kind it asks (`in_the_quote_shown`).
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from . import quoting
from .answer_shape import fits
from .asked_lines import piece_line
from .asked_list import COUNTED_OF_A_SET
from .background import background_idf, specificity
from .bylines import asks_about_the_author, author_note, roles_of_the_piece_read
from .follow_up import says_each
from .pinned import other_figure
from .premises import unplanned
from .question import Question
from .question_words import ASKING_NOUNS, ASKS_ANYWHERE
from .quotes import Quote, answer_cue, coverage
from .quoting import Request
from .ranking import Group
from .served import Corpus

# A typed word more specific than this in general Chinese must be in the quote (停车位 1.0, 书记 0.5,
# 活动 0.06); function words (现在, 以后, 还有 0.02) and single characters (场, 人) are said in many ways.
SPECIFIC = 0.05
# Words that point back at the piece (当天, 当地, 那里, 这个): what they stand for is the article itself.
_POINTING = re.compile(r"^(?:当[天日年时地晚夜]|[那这此该其])")
# A word this frequent in general Chinese (最多 6.0, 名字 6.2; 半夜 7.8) is one a piece would use if
# it said so; rarer ones (掏钱 9.2, 弄出来 10.4) are the asker's wording.
COMMON_IDF = 8.0
CONTENT = 0.3  # … and this specific: a content word (最多 0.42), not a function word (整个 0.17, 这么 0.06)
# What the name asked for is called: the answer says the name, not the word (他老伴儿叫啥名字).
_NAMING = frozenset(["名字", "名称", "名稱", "全名", "姓名"])
# The time a change is counted from (比去年同期多了多少): part of asking the change, which the quote
# shown may say as 同比增长23%, not a thing the answer names.
_CHANGED_FROM = frozenset(["去年", "同期", "去年同期", "上年", "前一年", "上一年", "往年"])
# How far from the passage just quoted the answer may be: a report holds several stories, each with
# its own secretary (书记是谁 after 东兴小区在哪 is not answered by another community's, 13 passages on).
NEAR = 4


def piece_read(corpus: Corpus, question: Question, index: int) -> tuple[bool, int | None]:
    """Whether the follow-up asks the piece just read (the article of passage `index`) for its byline,
    date, source or editor (作者是谁, 这篇是哪天发的) or who its author is (作者在那公司是干啥的), and
    the passage of the line that says it: the article's own line or its copy's, the first body line
    crediting it (据新华社广州8月5日电 (记者陆浩 胡拿云)), the author note (本文作者:…); None when the
    piece keeps none."""
    if roles := roles_of_the_piece_read(question.raw, corpus.titled):
        return True, piece_line(corpus, index, roles, question.section)
    if asks_about_the_author(question.raw, corpus.titled):
        return True, author_note(corpus.passages, *corpus.article_bounds(index))
    return False, None


def typed_words(request: Request, vocab: Container[str]) -> list[str] | None:
    """The follow-up's own specific words, which an answering quote must hold; None when one is a
    common word the corpus never uses (最多 of 其中出口最多的是哪个国家): no sentence of it says that.
    A rare or spoken word the corpus lacks (弄出来, 办过) is how the asker says it, and is left out."""
    words = []
    for term in request.question.key_terms:
        word = term.word
        if (len(word) < 2 or specificity(word) <= SPECIFIC or _POINTING.match(word)
                or word in ASKING_NOUNS or word in _NAMING or _counted_from(request, word)):
            continue
        if word in vocab:
            words.append(word)
        elif (not term.in_corpus and specificity(word) >= CONTENT
              and (idf := background_idf(word)) is not None and idf < COMMON_IDF):
            return None
    return words


# The kinds of fact a follow-up may ask of the quote just shown (那羊卖了多少钱, 那是哪年哪月的事,
# 后面还跟了哪八个字): what that quote says, found by the kind of fact, not by the words typed.
_OF_THE_SHOWN = frozenset(["date", "number", "person", "place", "organisation"])


def in_the_quote_shown(corpus: Corpus, request: Request, index: int, shown: tuple[int, int],
                       given: Sequence[str] = ()) -> Group | None:
    """The sentence of the quote just shown (passage `index`, `shown` its start and end) that holds the kind
    of fact a follow-up asks (那是哪年哪月的事 after 街道在院里成立了个啥新机构 → 2020年5月,广内街道在该院
    内成立了…; 后面还跟了哪八个字 → …风雨同舟、同甘共苦): not the previous turn's words or fact (`given`),
    and every thing the follow-up names said in it. None when the follow-up types a word the corpus
    never uses (他前妻现在在哪上班), asks of another time (她搬来之前住哪儿) or no kind of fact, or the
    quote holds none. Dev golden follow-ups: typed words allowed when no noun is missing, +1 right and
    no false answer (holdout +3); any typed word allowed, +9 right and 16 more false answers."""
    asks_a_fact = request.asked.kind in _OF_THE_SHOWN or request.asked.listed  # 具体是哪三样: the members
    if not asks_a_fact or not ASKS_ANYWHERE.search(request.question.text):
        return None
    if any(_its_own(t.word) and specificity(t.word) > SPECIFIC and t.word not in corpus.index.vocab
           for t in request.question.key_terms):
        return None  # 他前妻现在在哪上班, 开张那天谁去剪的彩: a word of its own the piece never says
    if _ANOTHER_TIME.search(request.question.text):
        return None  # 这些人后来死了多少, 她搬来之前住哪儿: not the time the quote tells of
    nouns = _typed_nouns(corpus, request)
    own = [*request.terms, *given]
    text = quoting.folded(corpus, request, index)
    start, end = shown
    inside = [(a, b) for a, b in corpus.passages[index].local_sentences if a < end and b > start]
    for a, b in reversed(inside):
        sentence = text[a:b]
        if (all(noun in sentence for noun in nouns) and fits(request.asked, sentence, corpus.tokenizer.tag, own, text[:a])
                and not other_figure(request.question.figures, sentence)):
            request.quotes[index] = Quote(a, b, 0.0, answer_cue(request.asked, sentence, corpus.tokenizer.tag),
                                          coverage(request.terms, sentence), sentence)
            return Group(index, 0.0, ())
    return None


# A time before or after the one the quote tells of (他之前在哪当过官, 这些人后来死了多少).
_ANOTHER_TIME = re.compile(r"之前|以前|此前|早先|原来|后来|後來|之后|之後|以后|以後|现在|現在|如今")
# What a follow-up names as a thing: a word jieba tags a noun, or one this specific in general
# Chinese, whatever its tag (低保 of 他一个月低保多少钱 is tagged v).
_NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "s", "ng"})
_THING = 0.9


def _its_own(word: str) -> bool:
    """A word the follow-up says of its own: two characters or more, not one pointing back (当地, 那)
    nor the count inside its asking (哪三样 → 三样)."""
    return len(word) >= 2 and not _POINTING.match(word) and not COUNTED_OF_A_SET.fullmatch(word)


def _typed_nouns(corpus: Corpus, request: Request) -> list[str]:
    """The things the follow-up names (`_its_own` words jieba tags a noun, or as specific as `_THING`;
    not an asking noun): the quote shown answers only a question about what it says."""
    tags = corpus.tokenizer.question_tags(request.question.text)
    return [t.word for t in request.question.key_terms if _its_own(t.word) and t.word not in ASKING_NOUNS
            and not _counted_from(request, t.word) and (tags.get(t.word, "") in _NOUN_TAGS or specificity(t.word) >= _THING)]


def _counted_from(request: Request, word: str) -> bool:
    """The word names the time a change asked is counted from (去年同期 of 比去年同期多了多少)."""
    return request.asked.change and word in _CHANGED_FROM


def answering_passage(corpus: Corpus, request: Request, index: int, given: Sequence[str] = ()) -> Group | None:
    """The sentence near passage `index` (in its article, at most `NEAR` passages away) that answers
    the request on its own, set as its passage's quote: the asked kind of fact in it (not one of the
    question's or the `given` words: the previous turn's, 钟呼毅 of 他老伴儿叫啥名字, or the fact its
    answer named, 董明媛 of 她女儿叫啥名字) and every specific typed word in it as a word (出口 is not
    said by 进出口). The one nearest the passage just quoted, after it on a tie (书记叫啥 after a
    question about 岐山居民区: its own secretary, not the one of the story before), then the
    best-covering; None when no specific word is typed, nothing is asked, or no sentence holds them."""
    words = typed_words(request, corpus.index.vocab)
    if not words or not ASKS_ANYWHERE.search(request.question.text) or set(words) <= set(given):
        # Nothing of its own to find (None or no word), nothing asked (那大连呢 asks the previous
        # question of another subject: not this piece's business), or only the previous turn's words
        # (花雨辰是哪个大学毕业的: 大学毕业 is never said; 华雨辰 is in every sentence nearby).
        return None
    if request.scores is None:
        request.scores = corpus.index.scores_and_hits(request.question.tokens)[0]
    own = [*request.terms, *given]
    tag = corpus.tokenizer.tag
    # The office asked (书记) is said inside a longer title (党委书记), which `fits` reads as held there.
    role = request.asked.role if request.asked.kind == "person" else None
    asked_text = request.question.folded
    as_words = [word for word in words if word != role]  # each said as a word of its own
    first, end = corpus.article_bounds(index)
    best: tuple[tuple[float, float, float, float], int, Quote] | None = None
    for i in range(max(first, index - NEAR), min(end, index + NEAR + 1)):
        text = quoting.folded(corpus, request, i)
        for a, b in corpus.passages[i].local_sentences:
            sentence = text[a:b]
            if not all(word in sentence for word in words):  # cheap, before segmenting the sentence
                continue
            if not says_each(sentence, as_words, corpus.tokenizer.question_terms):
                continue
            if not fits(request.asked, sentence, tag, own, text[:a]) or unplanned(asked_text, sentence):
                continue  # 她下一次回访定在啥时候: 前两天…回访 is the last time, not the next (`premises`)
            if other_figure(request.question.figures, sentence):
                continue  # 那2020年受益的有多少: 2021年…受益群众达50余万人 is another year's
            rank = (-abs(i - index), float(i >= index), coverage(request.terms, sentence), float(request.scores[i]))
            if best is None or rank > best[0]:
                best = (rank, i, Quote(a, b, 0.0, answer_cue(request.asked, sentence, tag), rank[2], sentence))
    if best is None:
        return None
    _, i, quote = best
    request.quotes[i] = quote
    return Group(i, float(request.scores[i]), ())
