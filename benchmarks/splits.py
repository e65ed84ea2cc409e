"""Which questions the benchmarks ask: the dev/holdout split, seeded samples, annotator answers.

The engine is tuned on dev and judged on holdout, so every benchmark must draw the same line. The
shared CMRC/DRCD questions carry no split field: a question is holdout when the first 8 hex digits
of the SHA-1 of its query id, as an integer, mod 100 are below 30 (stable across runs, machines
and sample sizes, and independent of file order). The question files in tests/data carry their
own `split` field (a seeded draw, tests/data/golden_sets.py); a row without one (the older
golden.jsonl) counts as dev, since the engine has been tuned on it.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

SPLITS = ("dev", "holdout", "all")
HOLDOUT_PERCENT = 30


def hash_split(query_id: str) -> str:
    """'holdout' for about 30 % of ids, 'dev' for the rest, by a hash of the id alone."""
    bucket = int(hashlib.sha1(query_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "holdout" if bucket < HOLDOUT_PERCENT else "dev"


def in_split(row_split: str, wanted: str) -> bool:
    return wanted == "all" or row_split == wanted


def pick_ids(ids: Iterable[str], split: str, limit: int | None, seed: int) -> list[str]:
    """The ids of the split, then a seeded sample of `limit` of them (all when limit is None or 0)."""
    chosen = sorted(qid for qid in ids if in_split(hash_split(qid), split))
    if limit and limit < len(chosen):
        chosen = sorted(random.Random(seed).sample(chosen, limit))
    return chosen


def load_answers(path: Path) -> dict[str, list[str]]:
    """BEIR queries.jsonl → {query id: annotator answers} from `metadata.answers` (may be empty)."""
    answers: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                found = (row.get("metadata") or {}).get("answers") or []
                answers[str(row["_id"])] = [str(a) for a in found if str(a).strip()]
    return answers


def load_rows(path: Path, split: str) -> list[dict[str, Any]]:
    """A tests/data question file, only the rows of the split (rows without `split` count as dev)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if in_split(str(r.get("split", "dev")), split)]


def folded_in(needles: Sequence[str], text: str) -> bool:
    """Any needle inside text, both folded (width, case and script) the way the engine matches."""
    from qa.text import fold

    haystack = fold(text)
    return any(fold(needle) in haystack for needle in needles if needle)


def share(flags: Sequence[bool]) -> float | None:
    """Share of true flags; None for an empty list (printed as n/a, never as 0)."""
    return sum(flags) / len(flags) if flags else None


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..1] of the values; None when there are none."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(1, math.ceil(q * len(ordered))) - 1]


def doc_ids_of(hit: Any) -> tuple[str, ...]:
    """The document a hit cites and those its passage was collapsed with."""
    return (str(hit.doc_id), *(str(d) for d in getattr(hit, "also_in", ()) or ()))


def top_is_relevant(hits: Sequence[Any], relevant: Mapping[str, Any]) -> bool:
    return bool(hits) and any(doc in relevant for doc in doc_ids_of(hits[0]))
