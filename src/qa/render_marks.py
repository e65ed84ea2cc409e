"""Where a quote is marked: its matched words and its answer, mapped onto the quote as printed.

The engine's spans count offsets in the stored quote; the sanitiser may remove characters from it
(controls, bidi overrides), so every span is moved onto the cleaned text before any medium styles it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .models import Span
from .sanitize import UNSAFE_RE, clean

__all__ = ["Mark", "kept_positions", "prepare"]

Mark = tuple[int, int, bool]  # a run of a quote to mark: start, end, is it the answer (else a matched word)


def kept_positions(quote: str) -> list[int]:
    """Where each offset of `quote` lands once the sanitiser has removed what it removes."""
    mapping = [0] * (len(quote) + 1)
    kept = 0
    for i, ch in enumerate(quote):
        mapping[i] = kept
        kept += not UNSAFE_RE.match(ch)
    mapping[len(quote)] = kept
    return mapping


def _merge(spans: Sequence[Span], mapping: list[int], length: int) -> list[Span]:
    """Spans clamped to the quote, mapped onto its cleaned text, sorted, overlapping/adjacent merged."""
    mapped: list[Span] = []
    for raw in spans:
        try:
            start, end = (max(0, min(int(v), length)) for v in raw)
        except (TypeError, ValueError):
            continue
        start, end = mapping[start], mapping[end]
        if start < end:
            mapped.append((start, end))
    merged: list[Span] = []
    for start, end in sorted(mapped):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def prepare(quote: str, highlights: Sequence[Span], answers: Sequence[Span] = ()) -> tuple[str, list[Mark]]:
    """Clean the quote and map its marks onto it: the matched words (`highlights`) and the answer
    (`answers`, which wins where the two overlap), each a (start, end, is_answer) run, in order."""
    mapping = kept_positions(quote)
    facts = _merge(answers, mapping, len(quote))
    marks: list[Mark] = [(start, end, True) for start, end in facts]
    for start, end in _merge(highlights, mapping, len(quote)):
        for a, b in facts:  # the part of a matched word outside the answer stays a highlight
            if a <= start < b:
                start = b
            elif start < a < end:
                marks.append((start, a, False))
                start = min(b, end)
        if start < end:
            marks.append((start, end, False))
    return clean(quote), sorted(marks)
