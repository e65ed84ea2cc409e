"""The Hit a reader is shown, made from one ranked group: quote, script, marks, facts and citation.

Every way of answering (`ask`, `search`, the follow-ups `goes_on` and `ask_within`) ends by turning
ranked groups into hits the same way; doing it here, over the opened `served.Corpus` and the
question's `quoting.Request`, keeps that one shape in one place and leaves `qa.answer` to decide
which groups to show.
"""

from __future__ import annotations

from dataclasses import replace

from . import quoting
from .models import Hit, Span
from .quotes import find_spans, highlighted, highlights
from .quoting import Request
from .ranking import Group
from .served import Corpus
from .spans import answer_spans
from .text import convert_for_reader, detect_script


def hit_of(corpus: Corpus, rank: int, group: Group, request: Request, script: str) -> Hit:
    """The `rank`-th hit for `group`: its passage's quote for this request, converted to the reader's
    `script` ("auto" follows the question's) when that differs, with the question's words marked and
    the asked fact's spans, cited by document, section, page and the copies elsewhere."""
    passage = corpus.passages[group.index]
    document = corpus.docs[passage.doc_id]
    quote = quoting.quote(corpus, request, group.index)
    text = passage.text[quote.start : quote.end]
    target = detect_script(request.question.raw) if script == "auto" else script
    converted = None
    if target in {"simplified", "traditional"} and target != document.script:
        candidate = convert_for_reader(text, target)
        converted = candidate if candidate != text else None
    also_in = tuple(d for d in group.also_in if d != passage.doc_id)
    marked = highlights(quote, request.terms)
    facts: tuple[Span, ...] = ()
    if quote.cue or request.asked.which:
        # The question's own words, a lone digit too (前5个月): what they cover is asked about, not
        # the answer. The highlights already are those words when no term is a lone digit.
        terms = list(request.terms)
        own = marked if all(map(highlighted, terms)) else find_spans(quote.folded, terms)
        facts = answer_spans(quote.folded, request.asked, corpus.tokenizer.tag, own)
    return Hit(
        rank=rank, score=round(group.score, 6), doc_id=passage.doc_id, passage_id=passage.passage_id,
        title=passage.title, section=passage.section, paragraph=passage.paragraph,
        date=passage.date or document.date, source=passage.source or document.source,
        url=passage.url or document.url, quote=text, highlights=marked,
        context=passage.text, also_in=also_in, quote_start=quote.start,
        script=document.script, quote_converted=converted, answer_spans=facts,
        page=document.page_at(passage.start + quote.start),
        lead_in=quoting.lead_in(corpus, group.index, quote),
    )


def shown_once(hits: list[Hit]) -> list[Hit]:
    """The hits, without a lead-in the hit just before already quotes (the sentence 该院… leans on,
    shown as the previous result): the reader has just read it."""
    return [replace(hit, lead_in="") if hit.lead_in and i and hit.lead_in in hits[i - 1].quote else hit
            for i, hit in enumerate(hits)]
