"""Answer quality on hand-written golden questions: right quote, right document, honest abstention.

Kept apart from `qa.beir_eval` (BEIR retrieval metrics) because it judges `ask`,
not `search`: a golden question is either answerable (a gold document and a gold string the quote
must hold) or not (the right answer is to abstain). Pure: it takes a retriever and plain rows and
returns a dict; files are read only by the loaders.

Abstention is judged both ways: *precision*, the share of abstentions that were on unanswerable
questions (an abstention on an answerable one is a false "not found"), and *recall*, the share of
unanswerable questions that were abstained on (the rest got a confident quote that cannot be
right).

A follow-up row (`previous` set) is asked after its previous question, in one conversation: what it
judges is the answer to the turn, as the REPL and the bot give it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from .conversation import Conversation, resolve
from .follow_up import ask_in_turn

__all__ = ["GOLDEN_FILES", "TURNS", "ask_as_user", "evaluate_golden", "load_golden", "load_golden_sets", "matches"]

# The packaged question files, in report order: the original set first, then the answerability
# files of issues 16 and 19 (copies of tests/data/, kept identical by a test).
GOLDEN_FILES = (
    "golden.jsonl",
    "golden-traps.jsonl",
    "golden-chatty.jsonl",
    "golden-everyday.jsonl",
    "golden-smalltalk.jsonl",
    "golden-quotes.jsonl",
    "golden-follow-ups.jsonl",
)

# A follow-up row's `previous` holds its earlier turns, oldest first, joined by this.
TURNS = " | "


def _rows(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def load_golden(path: str | Path | None = None) -> list[dict[str, Any]]:
    """One golden file: the packaged golden.jsonl unless a path is given."""
    if path is None:
        return _rows(resources.files("qa").joinpath("resources/golden.jsonl").read_text(encoding="utf-8"))
    return _rows(Path(path).read_text(encoding="utf-8"))


def load_golden_sets(paths: Sequence[str | Path] | None = None) -> list[dict[str, Any]]:
    """Every row of several golden files, each tagged with `file` (its name) for the per-file report.

    Without paths: all packaged files (`GOLDEN_FILES`).
    """
    rows: list[dict[str, Any]] = []
    if paths:
        for path in paths:
            rows += [{**row, "file": Path(path).name} for row in load_golden(path)]
        return rows
    folder = resources.files("qa").joinpath("resources")
    for name in GOLDEN_FILES:
        rows += [{**row, "file": name} for row in _rows(folder.joinpath(name).read_text(encoding="utf-8"))]
    return rows


def matches(hit: Any, item: Mapping[str, Any]) -> bool:
    """A hit answers a golden item when its quote holds the gold text and it cites the right document."""
    gold = item["gold"]
    converted = getattr(hit, "quote_converted", None)
    in_quote = gold in hit.quote or (converted is not None and gold in converted)
    return in_quote and (hit.doc_id == item["doc"] or item["doc"] in getattr(hit, "also_in", ()))


class _Tally:
    """Counts for one group of questions (all, one kind, one file)."""

    def __init__(self) -> None:
        self.questions = self.answerable = self.correct = self.top1 = self.top3 = 0
        self.abstained = self.abstained_unanswerable = 0

    def add(self, answerable: bool, abstained: bool, first: bool, any3: bool) -> None:
        self.questions += 1
        self.answerable += answerable
        self.abstained += abstained
        self.abstained_unanswerable += abstained and not answerable
        self.top1 += first
        self.top3 += any3
        self.correct += first if answerable else abstained

    def abstention(self) -> tuple[float | None, float | None]:
        """(precision, recall) of abstaining; None where there is nothing to divide by."""
        unanswerable = self.questions - self.answerable
        precision = self.abstained_unanswerable / self.abstained if self.abstained else None
        recall = self.abstained_unanswerable / unanswerable if unanswerable else None
        return precision, recall

    def row(self) -> dict[str, Any]:
        precision, recall = self.abstention()
        false_not_found = self.abstained - self.abstained_unanswerable
        return {
            "questions": self.questions,
            "correct": self.correct,
            "answerable": self.answerable,
            "abstained": self.abstained,
            "top1": self.top1 / self.answerable if self.answerable else None,
            "false_not_found_rate": false_not_found / self.answerable if self.answerable else None,
            "abstention_precision": precision,
            "abstention_recall": recall,
        }


def ask_as_user(retriever: Any, item: Mapping[str, Any]) -> Any:
    """The answer a person sees: to the question alone, or, for a follow-up row, to the question
    asked after `previous` in one conversation, the way the REPL and the bot carry a turn over.

    `previous` may hold several earlier turns joined by `TURNS` (他后来呢 two turns after the name was
    asked): each is asked in turn, read against the one before it, as a person typing them would be."""
    previous = item.get("previous")
    if not previous:
        return retriever.ask(item["question"], k=3)
    earlier, *later = previous.split(TURNS)
    first = retriever.ask(earlier, k=1)
    turn = Conversation.after(earlier, retriever.key_terms(earlier), first)
    for question in later:
        resolved, answer = _in_turn(retriever, question, turn, k=1)
        if answer.reason != "small-talk":  # 谢谢 between two questions leaves the subject as it was
            turn = Conversation.after(resolved.text, retriever.key_terms(resolved.text), answer)
    return _in_turn(retriever, item["question"], turn, k=3)[1]


def _in_turn(retriever: Any, question: str, turn: Conversation, k: int) -> tuple[Any, Any]:
    """(the reading taken, its answer) for `question` asked after `turn`, as the REPL asks it."""
    goes_on = getattr(retriever, "goes_on", None)
    return ask_in_turn(
        lambda text: retriever.ask(text, k=k), retriever.key_terms, question, turn,
        resolve(question, turn, tagger.tag if (tagger := getattr(retriever, "tokenizer", None)) else None),
        getattr(retriever, "knows", None),
        (lambda passage_id, end: goes_on(passage_id, end, question=question)) if goes_on else None,
        getattr(retriever, "ask_within", None),
        getattr(retriever, "context_around", None))


def _judge(retriever: Any, item: Mapping[str, Any]) -> tuple[bool, bool, bool, dict[str, Any] | None]:
    """(abstained, gold quote first, gold quote in the top 3, failure or None) for one question."""
    answer = ask_as_user(retriever, item)
    hits = list(getattr(answer, "hits", None) or [])[:3]
    if not item.get("answerable", True):
        if answer.answered:
            got = hits[0].doc_id if hits else None
            return False, False, False, {"id": item["id"], "problem": "false answer", "got": got}
        return True, False, False, None
    if not answer.answered:
        return True, False, False, {"id": item["id"], "problem": f"abstained ({answer.reason})"}
    first = bool(hits) and matches(hits[0], item)
    any3 = any(matches(hit, item) for hit in hits)
    if first:
        return False, True, True, None
    got = hits[0].doc_id if hits else None
    return False, False, any3, {"id": item["id"], "problem": "top-3 only" if any3 else "missed", "got": got}


def evaluate_golden(retriever: Any, items: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Top-1 / top-3 accuracy on answerable questions, abstention precision and recall overall.

    An answerable question counts at top-n when one of the first n hits quotes the gold text from
    the gold document; an unanswerable one is right only when `ask` abstains. `by_kind` and
    `by_file` (rows that carry `file`, see `load_golden_sets`) break the same counts down.
    """
    total = _Tally()
    kinds: dict[str, _Tally] = {}
    files: dict[str, _Tally] = {}
    failures: list[dict[str, Any]] = []
    for item in items:
        abstained, first, any3, failure = _judge(retriever, item)
        answerable = bool(item.get("answerable", True))
        groups = [total, kinds.setdefault(str(item.get("kind", "")), _Tally())]
        if "file" in item:
            groups.append(files.setdefault(str(item["file"]), _Tally()))
        for tally in groups:
            tally.add(answerable, abstained, first, any3)
        if failure is not None:
            failures.append(failure)
    unanswerable = total.questions - total.answerable
    false_answers = unanswerable - total.abstained_unanswerable
    precision, recall = total.abstention()
    return {
        "questions": total.questions,
        "answerable": total.answerable,
        "unanswerable": unanswerable,
        "top1": total.top1 / total.answerable if total.answerable else 0.0,
        "top3": total.top3 / total.answerable if total.answerable else 0.0,
        "false_abstentions": total.abstained - total.abstained_unanswerable,
        "false_answers": false_answers,
        "abstention_accuracy": (unanswerable - false_answers) / unanswerable if unanswerable else 1.0,
        "abstentions": total.abstained,
        "abstention_precision": precision,
        "abstention_recall": recall,
        "by_kind": {kind: tally.row() for kind, tally in kinds.items()},
        "by_file": {name: tally.row() for name, tally in files.items()},
        "failures": failures,
    }
