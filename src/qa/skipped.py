"""The files a corpus left out, and why: kept with the index, so every run can say so.

Loading names each file it cannot use in a warning `skipped PATH: why`; those warnings are
turned into records here (the path is matched against the corpus's own file list, so a colon in
a file name or a BEIR line number `corpus.jsonl:3` cannot be mistaken for a file). The cache
stores the records beside the index: a run that reads the index from the cache has no warnings
of its own, and would otherwise be silent about what is missing.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

PREFIX = "skipped "
UNSUPPORTED, UNREADABLE, EMPTY, NEEDS_OCR = "unsupported", "unreadable", "empty", "needs-ocr"
_SHOWN = {NEEDS_OCR: "scanned (need OCR)"}
_EMPTY_WORDS = ("empty", "no visible text", "no text")


@dataclass(frozen=True)
class Skipped:
    """One file left out: its path, the kind of reason (`unsupported`, `unreadable`, `empty`,
    `needs-ocr`), and the warning's own words."""

    path: str
    reason: str
    detail: str

    @property
    def suffix(self) -> str:
        return Path(self.path).suffix.lower() or "(no extension)"


def record_of(message: str, paths: Collection[str]) -> Skipped | None:
    """The record a `skipped PATH: why` warning stands for, if PATH is one of the corpus's files."""
    if not message.startswith(PREFIX):
        return None
    rest = message[len(PREFIX) :]
    cut = rest.find(": ")
    while cut != -1:
        if rest[:cut] in paths:
            detail = rest[cut + 2 :]
            return Skipped(rest[:cut], classify(detail), detail)
        cut = rest.find(": ", cut + 1)
    return None


def classify(detail: str) -> str:
    if detail.startswith(UNSUPPORTED):
        return UNSUPPORTED
    if "OCR" in detail:
        return NEEDS_OCR
    return EMPTY if any(word in detail for word in _EMPTY_WORDS) else UNREADABLE


def summary(skipped: Iterable[Skipped]) -> str | None:
    """`3 files left out: 2 unsupported (.pptx, .xlsx), 1 unreadable — qa sources --skipped`."""
    records = list(skipped)
    if not records:
        return None
    counts = Counter(r.reason for r in records)
    parts = []
    for reason in (UNSUPPORTED, UNREADABLE, EMPTY, NEEDS_OCR):
        if counts[reason]:
            kinds = sorted({r.suffix for r in records if r.reason == reason}) if reason == UNSUPPORTED else []
            parts.append(f"{counts[reason]} {_SHOWN.get(reason, reason)}" + (f" ({', '.join(kinds)})" if kinds else ""))
    files = "file" if len(records) == 1 else "files"
    return f"{len(records)} {files} left out: {', '.join(parts)} — `qa sources --skipped`"


def dumps(skipped: Iterable[Skipped]) -> str:
    return json.dumps([asdict(r) for r in skipped], ensure_ascii=False)


def loads(text: str) -> list[Skipped]:
    return [Skipped(str(row["path"]), str(row["reason"]), str(row["detail"])) for row in json.loads(text)]
