"""The REPL's commands and what they remember: one input line at a time, printed plain or rich.

Kept apart from the loop (`repl.py`), which reads lines from a terminal or a pipe and hands each
here, so a command behaves the same whichever way its line arrived.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Any

from .conversation import Conversation, resolve
from .errors import QAError
from .examples import pick_examples
from .follow_up import ask_in_turn
from .models import Answer, Hit
from .render import (
    citation_line,
    copy_titles,
    render_context_text,
    render_document_text,
    render_rich,
    render_sources_rich,
    render_sources_text,
    render_text,
    understood_as,
)
from .sanitize import shown

__all__ = ["HELP", "MAX_K", "Session", "State"]

SCRIPTS = ("original", "simplified", "traditional", "auto")
MAX_K = 50
HELP = """\
Type a question in Chinese and press Enter. Commands:
  :more             next results for the last question
  :ctx N            the paragraph around quote N, quote marked
  :sources          the documents in the corpus
  :doc ID           one document's metadata and articles (an ID prefix is enough)
  :k N              quotes per answer (1-50)
  :script S         also show quotes as: original | simplified | traditional | auto
  :help             this list
  :quit             leave (Ctrl-D works too)"""


@dataclass
class State:
    """What the commands need to remember between lines."""

    k: int
    script: str = "original"
    question: str | None = None
    shown: int = 0
    has_more: bool = False
    hits: dict[int, Hit] = field(default_factory=dict)
    conversation: Conversation | None = None  # the last question (not small talk), for follow-ups
    example: str | None = None  # for the small-talk reply, picked when first needed


class Session:
    """Handles one line at a time and prints through `say` and `show_answer` (plain or rich)."""

    def __init__(self, retriever: Any, state: State, output: IO[str], console: Any | None, color: bool):
        self.r, self.state, self.output, self.console, self.color = retriever, state, output, console, color

    # output ---------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        if self.console is not None:
            self.console.print(text, markup=False, highlight=False)
        else:
            print(text, file=self.output, flush=True)

    def show_answer(self, answer: Answer) -> None:
        cov = "" if answer.answered and answer.hits else self.r.coverage()
        example = ""
        if answer.reason == "small-talk":
            if self.state.example is None:
                self.state.example = next(iter(pick_examples(self.r, 1)), "")
            example = self.state.example
        names = copy_titles(answer.hits, self.r.document)  # 亦见于 <title>, as the bot says it
        if self.console is not None:
            self.console.print(render_rich(answer, coverage=cov, example=example, names=names))
        else:
            self.say(render_text(answer, coverage=cov, color=False, example=example, names=names))
        if answer.has_more:
            self.say("(:more for more results)")

    # commands -------------------------------------------------------------------------------
    def handle(self, line: str) -> bool:
        """Run one input line; False means leave the loop."""
        line = line.strip()
        if not line:
            return True
        if not line.startswith(":"):
            self.ask(line)
            return True
        name, _, arg = line[1:].partition(" ")
        name, arg = name.lower(), arg.strip()
        if name in {"q", "quit", "exit"}:
            return False
        handler = getattr(self, f"cmd_{name}", None)
        if handler is None:
            self.say(f"unknown command :{shown(name)} (type :help for the list)")
            return True
        try:
            handler(arg)
        except QAError as exc:
            self.say(f"error: {shown(str(exc))}")
        return True

    def ask(self, question: str, offset: int = 0) -> None:
        state = self.state
        def ask(text: str) -> Answer:
            return self.r.ask(text, k=state.k, offset=offset, script=state.script)

        if offset == 0:
            resolved = resolve(question, state.conversation, self.r.tokenizer.tag)
            if resolved.more:
                self.cmd_more("")
                return
            typed = question
            resolved, answer = ask_in_turn(
                ask, self.r.key_terms, question, state.conversation, resolved, self.r.knows,
                lambda passage_id, end: self.r.goes_on(passage_id, end, question=typed, script=state.script),
                lambda text, turn: self.r.ask_within(text, turn, script=state.script),
                self.r.context_around)
            if resolved.carried:
                self.say(understood_as(resolved.text))
            question = resolved.text
        else:
            answer = ask(question)
        if offset == 0 and answer.reason != "small-talk":
            # Unanswered too: 他多大岁数了 after a question qa could not answer is still about its subject.
            state.conversation = Conversation.after(question, self.r.key_terms(question), answer)
        if offset == 0:
            state.question, state.hits = question, {}
        state.shown = offset + len(answer.hits)
        state.has_more = answer.has_more
        for hit in answer.hits:
            state.hits[hit.rank] = hit
        self.show_answer(answer)

    def cmd_help(self, arg: str) -> None:
        self.say(HELP)

    def cmd_more(self, arg: str) -> None:
        state = self.state
        if state.question is None:
            self.say("no question yet: ask one first")
        elif not state.has_more:
            self.say("no more results for this question")
        else:
            self.ask(state.question, offset=state.shown)

    def cmd_ctx(self, arg: str) -> None:
        number = _int(arg)
        if not self.state.hits:
            self.say("no quotes yet: ask a question first")
            return
        if number is None or number not in self.state.hits:
            ranks = sorted(self.state.hits)
            self.say(f"usage: :ctx N with N one of {', '.join(map(str, ranks))}")
            return
        hit = self.state.hits[number]
        paragraph, start = self.r.context(hit.passage_id)
        at = paragraph.find(hit.quote, max(0, start))
        if at < 0:
            at = paragraph.find(hit.quote)
        if at >= 0:
            end = at + len(hit.quote)
        else:  # the quote was reflowed: mark the whole passage instead
            passage = self.r.passage(hit.passage_id)
            at, end = start, start + (len(passage.text) if passage else 0)
        cite = citation_line(hit)
        if self.console is not None and self.color:
            from rich.text import Text

            self.console.print(
                Text.from_ansi(render_context_text(paragraph, at, end, citation=cite, color=True))
            )
        else:
            self.say(render_context_text(paragraph, at, end, citation=cite))

    def cmd_sources(self, arg: str) -> None:
        rows = self.r.sources()
        if self.console is not None:
            self.console.print(render_sources_rich(rows))
        else:
            self.say(render_sources_text(rows))

    def cmd_doc(self, arg: str) -> None:
        if not arg:
            self.say("usage: :doc ID (see :sources for the IDs)")
            return
        doc = self.r.document(arg)
        if doc is None:
            matches = [d for d in self.r.documents if d.doc_id.startswith(arg)]
            if len(matches) == 1:
                doc = matches[0]
            elif matches:
                self.say(
                    f"'{shown(arg)}' matches {len(matches)} documents: {', '.join(shown(d.doc_id) for d in matches[:10])}"
                )
                return
        if doc is None:
            self.say(f"no document '{shown(arg)}' (see :sources for the IDs)")
            return
        self.say(render_document_text(doc))

    def cmd_k(self, arg: str) -> None:
        k = _int(arg)
        if k is None or not 1 <= k <= MAX_K:
            self.say(f"usage: :k N with N from 1 to {MAX_K} (now {self.state.k})")
            return
        self.state.k = k
        self.say(f"k = {k}")

    def cmd_script(self, arg: str) -> None:
        if arg.lower() not in SCRIPTS:
            self.say(f"usage: :script {' | '.join(SCRIPTS)} (now {self.state.script})")
            return
        self.state.script = arg.lower()
        self.say(f"script = {self.state.script}")


def _int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None
