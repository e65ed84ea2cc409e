"""Judging: whether a request's best result answers it, from the ranked results of one corpus.

`qa.answerability` is the model (the features, the fitted weights, the verdict's value); this is
where it meets the corpus: it gathers the evidence on the best result (its passage, title, article
and quote, and how far it stands above the best result from another article), and asks that some
quote of that article state the kind of fact asked for before it answers. Questions a document's
own lines answer (bylines, datelines: who wrote or reported a piece) are judged in `qa.judging_lines`,
and questions about someone named only in a byline in `qa.judging_credited`.
"""

from __future__ import annotations

import math
import re

from . import quoting
from .answer_shape import fits
from .answerability import Verdict, evidence, load_model, subject_of
from .asked_places import names_the_located
from .date_shape import DATE_LINE
from .pinned import (
    about_another,
    another_community,
    another_of_kind,
    other_figure,
    other_picture,
    states_pinned,
)
from .premises import asks_weather_now, contradicted, unplanned
from .quotes import Quote, coverage
from .quoting import Request
from .ranking import Group
from .served import Corpus
from .text import fold, split_sentences

# A fact is "stated" when a quote within this many passages of the best one holds the kind of fact
# asked for and this share of the question's weight. Dev split: 12 passages and the next 4 results
# of the article let a trap through on a fact of the right kind anywhere in a long report (水南画眉站是
# 哪一年成立的 → a year three paragraphs on); 2 passages and no later results: traps abstain 0.737 →
# 0.816, in-corpus answered unchanged (CMRC 0.941, DRCD 0.891), no false "not found" added. The
# chooser (`qa.choosing`) has already looked at the passages around the first results.
STATED_WINDOW = 2
STATED_COVERAGE = 0.2


def judge(corpus: Corpus, request: Request, groups: list[Group]) -> Verdict:
    """Evidence from the best result, weighed by the fitted model (`answerability`)."""
    top = groups[0]
    passage = corpus.passages[top.index]
    convert = corpus.settings.convert_script
    article = corpus.article_of[top.index]
    first, _ = corpus.article_bounds(top.index)
    article_text = fold(corpus.article_text(top.index), convert_script=convert)
    quote = quoting.quote(corpus, request, top.index)
    leaned = quoting.leaning_on(corpus, top.index, quote)  # 该院…: the sentence before it, or None
    said = _with_antecedent(corpus, request, quote, leaned)
    held = _with_leaned_on(corpus, request, top.index, leaned)
    above = quoting.said_above(corpus, request, top.index)
    before = quoting.folded(corpus, request, top.index)[: quote.start]
    raw = float(request.scores[top.index]) if request.scores is not None else 0.0
    bound = sum(max(corpus.index.term_idf(t), 0.0) for t in request.question.tokens) * (corpus.settings.k1 + 1)
    side = _other_side(request, held)  # 人气颇高 in the passage speaks of the 冷清 asked
    found = evidence(
        request.question, passage=held + side,
        title=above,
        article=article_text + side,
        quote=said + _other_side(request, said), cue=quote.cue, best=top.score,
        second=next((g.score for g in groups[1:] if corpus.article_of[g.index] != article), 0.0),
        strength=min(1.0, raw / bound) if bound > 0 else 0.0,
        fits=fits(request.asked, _of_the_one_asked(corpus, request, quote.folded, article=article_text),
                  corpus.tokenizer.tag, list(request.terms), before)
        and not _of_another_community(corpus, request, quote.folded, top.index, first, quote.start)
        and not other_figure(request.question.figures, said)
        # 北湖收费站在武汉哪个区: 华雨辰是武汉市青山区…教师 places her school; the place asked where
        # is named by the quote, the text before it or the title (小洋山: 位于… in its own article).
        and (not request.asked.located or names_the_located(request.asked.located, "\n".join((said, before, above)))),
        rarest=math.log(max(corpus.index.n_docs, 2)) + 1.0, passages=len(corpus.passages))
    model = load_model()
    probability = model.probability(found)
    threshold = corpus.settings.answer_threshold or model.threshold
    subject = subject_of(request.question, found, article_text)
    shown, word = subject or (None, "")
    # 1613年的仙台藩主是谁 of an article that never says 1613, 《傲骨》 of one that never names it:
    # whatever it quotes is about another year, another album.
    # Which ones exactly (具体动了哪几条) is not looked for in a sentence nearby: news lists something
    # in most paragraphs (人社、保险等领域), seldom the set asked. Golden holdout false answers 110 → 107,
    # none lost; shared listed questions (all splits) 3 fewer right, 4 fewer wrong.
    nearby = None if found.fits or request.asked.listed else stated_nearby(corpus, request, top.index, article_text)
    # 对欧盟进出口下降了36.4%的原因 of a report saying 同比增长36.4%: the premise is contradicted;
    # 今年还打算再整合多少条 of 去年…21条…整合进来: a plan's figure asked, a deed reported; 今天厦门天气
    # 咋样 of a past day's rain.
    typed = request.question.folded
    stated = ((found.fits or nearby is not None) and states_pinned(request.question, article_text)
              and _speaks_of_them(request, article_text, convert)
              and not other_picture(request.question.figures, said)
              and not contradicted(request.question.numbers, typed, said) and not unplanned(typed, said)
              and not asks_weather_now(typed))
    if (probability >= threshold and stated) or request.defined == top.index:  # 华雨辰是…教师 says who
        return Verdict(True, probability, None, found, passage.doc_id, shown, word, threshold,
                       _shown_instead(corpus, request, quote, nearby, top.index))
    reason = "not-stated" if subject else "no-match"
    return Verdict(False, probability, reason, found, passage.doc_id, shown, word, threshold)


def _speaks_of_them(request: Request, article: str, convert: bool) -> bool:
    """The (folded) article speaks of the trade the question picks one of (跟哪位医生搭档 → 医生), or
    the question picks from none: a name in an article that never says 医生 is no doctor the
    documents name (jieba tags 花名册, 强降雨 as names)."""
    among = request.asked.among
    return not among or fold(among, convert_script=convert) in article


def _other_side(request: Request, text: str) -> str:
    """The state words a yes-or-no question guesses, as a line to count as said, when the (folded)
    `text` states the other side (`opposite_words`): 人气颇高 speaks of the 冷清 of 冷不冷清, though
    it never says the word."""
    asked = request.asked
    return "\n" + "\n".join(asked.guessed) if any(word in text for word in asked.opposed) else ""


def _of_the_one_asked(corpus: Corpus, request: Request, text: str, naming: str | None = None, article: str = "") -> str:
    """The (folded) quote without its sentences about another of a kind the question asks about by
    name (`pinned.another_of_kind`), when another of its sentences (or the text `naming`) names the
    one asked: of 该所…发现了…依兰陨石坑。这也是继岫岩陨石坑之后…, only the second speaks of the
    岫岩陨石坑 asked. (A quote never naming it is about it by its article: 机场沿用…舍讷费尔德机场…
    on 布兰特机场, which its `article` names most; one never naming it, of an article naming another
    more often, is about that other: nothing of it is left.)"""
    kinds = [(name, kind) for name, kind in request.question.kinds if name in (text if naming is None else naming)]
    if not kinds:
        return "" if article and about_another(request.question.kinds, text, article, corpus.tokenizer.tag) else text
    return "".join(text[a:b] for a, b in split_sentences(text) if not another_of_kind(kinds, text[a:b], corpus.tokenizer.tag))


# Passages before the quote's that say what it is about: 200多名社区党员,如何联系服务2万多名社区居民?
# stands alone, two short paragraphs after the one naming 江欣苑社区.
BEFORE_PASSAGES = 3


def _of_another_community(corpus: Corpus, request: Request, sentence: str, index: int, first: int,
                          start: int) -> bool:
    """The sentence (folded, at `start` in passage `index`) is about another community than the ones
    the question names (`pinned.another_community`); the story before it is read only when the
    question names one."""
    places = request.question.places
    return bool(places) and another_community(places, sentence, _story_before(corpus, request, index, first, start))


def _story_before(corpus: Corpus, request: Request, index: int, first: int, start: int) -> str:
    """What the article says before the quote, folded: the last `BEFORE_PASSAGES` passages of its
    section and this one up to the quote. A section opens a new story: 今年85岁的7层住户孙志荣 opens
    除——分类施策解民生"痛点", whose next paragraph names 江汉北路社区, not the 江欣苑社区 of the last."""
    section = corpus.passages[index].section
    earlier = [quoting.folded(corpus, request, i) for i in range(max(first, index - BEFORE_PASSAGES), index)
               if corpus.passages[i].section == section]
    return "\n".join([*earlier, quoting.folded(corpus, request, index)[:start]])


# How much more like the answer (`quotes.answer_cue`, 0–3) a nearby passage's quote must look than the
# best hit's before it is shown first: 3800余场活动 (the count of the thing asked) over 22层 (a number).
# A lesser margin moved 不少于1件 aside for 16.8万余个 (个 asked, 件 said).
PROMOTE_MARGIN = 2.0


def _shown_instead(corpus: Corpus, request: Request, quote: Quote, nearby: int | None, top: int) -> int | None:
    """The nearby passage that states the fact, when its quote looks clearly more like the answer
    than the best hit's (`PROMOTE_MARGIN`); None to show the best hit first."""
    if nearby is None or nearby == top:
        return None
    if _dates_next(corpus, request, nearby, top):
        return nearby  # the day itself, not the paragraph's other dates (程鹏拿出2022年…清单)
    return nearby if quoting.quote(corpus, request, nearby).cue - quote.cue >= PROMOTE_MARGIN else None


def _dates_next(corpus: Corpus, request: Request, i: int, index: int) -> bool:
    """Passage i is a paragraph that is only a day (6月7日,星期二。) right before passage `index` of
    its article, and the question asks when: the scene it opens is that day's, though the paragraph
    asked about never repeats it."""
    return (request.asked.kind == "date" and i == index - 1 >= corpus.article_bounds(index)[0]
            and DATE_LINE.fullmatch(quoting.folded(corpus, request, i)) is not None)


def _with_antecedent(corpus: Corpus, request: Request, quote: Quote,
                     leaned: tuple[int, int, int] | None) -> str:
    """The quote, folded, with the sentence before it when it opens leaning on it (该院, 它, 当地),
    in its paragraph or the one before (`leaned`, as `quoting.leaning_on` finds it): 该院1995年…建成 is
    about the 广安门北街20号院 the paragraph before names."""
    if leaned is None:
        return quote.folded
    before, a, b = leaned
    return quoting.folded(corpus, request, before)[a:b] + quote.folded


def _with_leaned_on(corpus: Corpus, request: Request, index: int, leaned: tuple[int, int, int] | None) -> str:
    """The passage, folded, after the sentence its quote leans on (`leaned`) when that sentence is in
    the paragraph before (该院1995年…建成 of the 广安门北街20号院 the paragraph before names): the
    evidence the passage gives is both, as the quote shown is."""
    text = quoting.folded(corpus, request, index)
    if leaned is None or leaned[0] == index:
        return text
    before, a, b = leaned
    return quoting.folded(corpus, request, before)[a:b] + "\n" + text


def stated_nearby(corpus: Corpus, request: Request, index: int, article: str = "") -> int | None:
    """A passage within `STATED_WINDOW` of `index` in its article whose quote, or failing that any
    sentence, holds the kind of fact asked for and some of the question (the subject named in one
    paragraph, the fact in the next). `article`: the article's folded text, as `judge` read it (which
    one of a kind it names most, `pinned.about_another`)."""
    first, last = corpus.article_bounds(index)
    own = list(request.terms)
    subject = [t.word for t in request.question.key_terms if t.named and len(t.word) >= 2]
    near = sorted(range(max(first, index - STATED_WINDOW), min(last, index + STATED_WINDOW + 1)),
                  key=lambda i: (abs(i - index), i))

    # A date said nearby is another event's unless it names the one asked about (哪天发布 → 发布):
    # 2020年5月4日晚被删除 does not date a report's release. Dev: the three in-corpus questions this
    # turned to not-stated (死于哪一年…) were quoted without any year; out of corpus unchanged.
    # So is a figure said in another paragraph (报告厅能坐多少人 → 服务白领48万人次, 会员近10万名 a
    # paragraph on): it counts what its own paragraph is about unless it names the asking's word (坐).
    best = quoting.folded(corpus, request, index)  # what names the one asked, of a kind others share
    event = request.question.next_to if request.asked.kind == "date" else ()
    figure = request.question.next_to if request.asked.kind == "number" else ()

    # The share counts the question's specific words (沈阳片区, 跨境电商), not only its general ones
    # (同比, 增长: another figure's growth a paragraph on says them too); the office or kin asked
    # (儿子 of 张银祥的儿子叫啥) is the question's own subject as a name is.
    specific = {t.word: t.weight for t in request.question.key_terms}
    named = [*subject, *([request.asked.role] if request.asked.role else [])]

    def about(text: str, share: float, i: int) -> bool:  # some of the question (passage i): its weight, or a name
        if _dates_next(corpus, request, i, index):
            return True
        said = event or (figure if corpus.passages[i].paragraph != corpus.passages[index].paragraph else ())
        if said and not any(word in text for word in said):
            return False
        return (share >= STATED_COVERAGE and coverage(specific, text) >= STATED_COVERAGE) or any(
            word in text for word in named)

    for i in near:
        # The best passage's quote is the chooser's sentence; the one pick_quote finds in it alone
        # may be the one stating the fact (the chooser weighs more than the kind of fact).
        for quote in dict.fromkeys((quoting.quote(corpus, request, i), quoting.picked(corpus, request, i))):
            before = quoting.folded(corpus, request, i)[: quote.start]
            if (about(quote.folded, quote.coverage, i)
                    and fits(request.asked, _of_the_one_asked(corpus, request, quote.folded, best, article),
                             corpus.tokenizer.tag, own, before)
                    and not _of_another_community(corpus, request, quote.folded, i, first, quote.start)
                    and not other_figure(request.question.figures, quote.folded)):
                return i
    # Then any sentence of theirs: 读初一的儿子小玮 states the son's name in a sentence neither quote
    # picked (dev: DRCD own answered 0.922 -> 0.925, each new answer's quote holding it; nothing
    # out of corpus, no trap).
    for i in near:
        text = quoting.folded(corpus, request, i)
        local = corpus.passages[i].local_sentences
        for j, (a, b) in enumerate(local):
            sentence = text[a:b]
            # 近年来,这一…平台…共开展各类活动3800余场: about what the sentence before it names.
            said = _with_before(corpus, request, i, j, text) + sentence if _LEANS.match(sentence) else sentence
            if (about(said, coverage(request.terms, said), i)
                    and fits(request.asked, _of_the_one_asked(corpus, request, sentence, best, article),
                             corpus.tokenizer.tag, own, text[:a])
                    and not _of_another_community(corpus, request, sentence, i, first, a)
                    and not other_figure(request.question.figures, said)):
                return i
    return None


def _with_before(corpus: Corpus, request: Request, index: int, j: int, text: str) -> str:
    """What sentence j of passage `index` leans on (folded): the sentence before it in the passage;
    for a paragraph's first sentence, the paragraph before in the same article (这一平台 names what
    that paragraph was about, often in its first sentence); "" when there is none."""
    local = corpus.passages[index].local_sentences
    if j:
        return text[local[j - 1][0] : local[j - 1][1]]
    first, _ = corpus.article_bounds(index)
    return quoting.folded(corpus, request, index - 1) if index > first else ""


# A sentence that opens leaning on the one before it, after a time said first (近年来,这一平台…).
_LEANS = re.compile(r"^(?:[^，,。；;]{1,6}[，,])?[“「\"]?(?:它|其|该|該|这一|這一|这个|這個|此)")
