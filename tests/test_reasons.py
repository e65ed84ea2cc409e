"""Reasons are values: every one the engine gives is documented and has its own wording."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qa.models import REASONS, Answer
from qa.render import not_found_message

ROOT = Path(__file__).resolve().parent.parent


def test_the_engine_gives_no_reason_outside_the_list():
    given = set()
    for path in (ROOT / "src" / "qa").glob("*.py"):
        given |= set(re.findall(r'reason="([a-z-]+)"', path.read_text(encoding="utf-8")))
    assert given <= set(REASONS), given - set(REASONS)


@pytest.mark.parametrize("reason", REASONS)
def test_every_reason_is_in_the_readme_table(reason):
    assert f"| `{reason}` |" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_reason_has_its_own_wording():
    wordings = {not_found_message(Answer("问", False, [], reason=r)) for r in REASONS}
    assert len(wordings) == len(REASONS)
