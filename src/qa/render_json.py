"""An answer as one line of JSON, for `qa ask --json` and scripts.

The keys and values are `Answer.to_dict()`, a documented contract (README): `also_in` stays a list
of doc ids here, whatever the human-readable media call those documents.
"""

from __future__ import annotations

import json

from .models import Answer
from .render_marks import kept_positions
from .sanitize import UNSAFE_RE, clean_data

__all__ = ["render_json"]


def render_json(answer: Answer) -> str:
    """One line of JSON (Answer.to_dict), readable Chinese, for `qa ask --json` and scripts; every
    string sanitised like the other media (so the output is valid UTF-8 and cannot drive a terminal)."""
    data = answer.to_dict()
    for hit, row in zip(answer.hits, data["hits"], strict=True):
        if UNSAFE_RE.search(hit.quote):  # offsets follow the quote as printed, not as stored
            mapping = kept_positions(hit.quote)
            row["highlights"] = [[mapping[max(0, min(int(v), len(hit.quote)))] for v in span]
                                 for span in hit.highlights]
    return json.dumps(clean_data(data), ensure_ascii=False)
