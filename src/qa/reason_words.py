"""How a reason is worded in the sentence that gives it (因为, 由于, 导致, 于是 opening it).

Read by the chooser's features (`answer_wordings`, `choosing`) and by the check that a why asked of a
chosen place or time is answered by a cause (`answer_shape`), which `answer_wordings` itself imports.
"""

from __future__ import annotations

import re

__all__ = ["CAUSE_WORDS", "REASON_SAID"]

# The words that give a cause inside a sentence.
CAUSE_WORDS = r"因为|因為|由于|由於|因此|所以|原因|为了|為了|导致|導致|致使|以致|因而|因"
# A sentence opening with 于是 follows from the one before: for the chooser it is a reason's wording too.
REASON_SAID = re.compile(CAUSE_WORDS + r"|^[“「\"]?(?:于是|於是)")
