"""Every value class declares each field once.

A dataclass body that annotates a name twice raises nothing: the second declaration silently takes
over the first's default (and its place stays the first's). Asked.counted, the noun a count question
counts, was once redefined so by a when-question's typed counts; this guards every module.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import qa

MODULES = sorted(Path(qa.__file__).parent.glob("*.py"))


def _twice_declared(tree: ast.Module) -> list[str]:
    """`Class.field` for every field name a class body annotates more than once."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            names = Counter(statement.target.id for statement in node.body
                            if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name))
            found += [f"{node.name}.{name}" for name, count in names.items() if count > 1]
    return found


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_no_class_declares_a_field_twice(module: Path):
    assert _twice_declared(ast.parse(module.read_text(encoding="utf-8"))) == []


def test_a_field_declared_twice_is_found():
    body = "class Asked:\n    counted: str | None = None\n    month: int = 0\n    counted: tuple[str, ...] = ()\n"
    assert _twice_declared(ast.parse(body)) == ["Asked.counted"]
