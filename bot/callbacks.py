"""Inline-button payloads: at most 64 bytes, meaningful after a restart, and never trusted.

- `q|<question>`: ask an example question (/start; only questions that fit are offered);
- `p|<rid>|<page>|<version>`: show page N of result set rid in the pressed message; the version
  counts the message's edits, so a double tap (two presses of one version) is served once;
- `x|<rid>|<n>`: the surroundings of quote n of result set rid.

Result sets live in the state store (`bot.memory`), so payloads stay short whatever the question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CALLBACK_BYTES = 64
MAX_PAGE = 1000
_RID_RE = re.compile(r"^[0-9a-f]{12}$")


@dataclass(frozen=True)
class Button:
    """A decoded payload: kind "q" (ask), "p" (page) or "x" (context)."""

    kind: str
    value: str  # the question (q) or the result set id (p, x)
    number: int = 0  # page (p) or quote index from 0 (x)
    version: int = 0  # p: how many times the message was edited before this button was made


class Malformed(Exception):
    """The payload is not one this bot makes: forged, truncated, or from another bot version."""


class Expired(Exception):
    """The payload was well formed but what it points to is gone."""


def fits(data: str) -> bool:
    return len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES


def encode(button: Button) -> str:
    if button.kind == "q":
        data = f"q|{button.value}"
    elif button.kind == "p":
        data = f"p|{button.value}|{button.number}|{button.version}"
    else:
        data = f"x|{button.value}|{button.number}"
    if not fits(data):
        raise ValueError("payload over 64 bytes")  # only q can be, and pick_examples keeps those short
    return data


def _number(text: str) -> int:
    if not text.isdigit() or len(text) > 4 or int(text) > MAX_PAGE:
        raise Malformed(text)
    return int(text)


def decode(data: str | None, *, max_question_chars: int) -> Button:
    """Parse and validate callback_data; raises Malformed, never anything else."""
    if not data or not isinstance(data, str) or not fits(data) or "|" not in data:
        raise Malformed(repr(data)[:80])
    kind, _, rest = data.partition("|")
    if kind == "q":
        question = rest.strip()
        if not question or len(question) > max_question_chars or any(ord(ch) < 32 for ch in question):
            raise Malformed(repr(data))
        return Button("q", question)
    parts = rest.split("|")
    if kind == "p" and len(parts) == 3 and _RID_RE.match(parts[0]):
        page = _number(parts[1])
        if page < 1:
            raise Malformed(repr(data))
        return Button("p", parts[0], page, _number(parts[2]))
    if kind == "x" and len(parts) == 2 and _RID_RE.match(parts[0]):
        return Button("x", parts[0], _number(parts[1]))
    raise Malformed(repr(data))
