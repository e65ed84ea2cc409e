"""Which code decides what an index holds, and a hash of it (`engine_fingerprint`).

A cached index is served only to the engine that built it: a change to cleaning, structuring or
tokenising must rebuild it, while a change to ranking, quoting or a front end keeps every cache
valid. The modules that count are `build` and `cache` and whatever they import relatively,
transitively, found by reading their source text.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["INDEX_ROOTS", "engine_fingerprint", "index_modules"]


# The modules whose code decides what a cache holds: these two and what they import, transitively.
INDEX_ROOTS = ("build", "cache")


def _module_file(package: Path, name: str) -> Path | None:
    """The file of the in-package module `name` (dotted, relative to `package`), if there is one."""
    path = package.joinpath(*name.split("."))
    return next((f for f in (path.parent / f"{path.name}.py", path / "__init__.py") if f.is_file()), None)


# Relative imports, read off the text (a syntax tree of 40 modules cost ~80 ms at every start): a
# `from .x import …` statement at a line's start, its names in parentheses over several lines or
# continued with backslashes; triple-quoted strings (docstrings) are blanked out first.
_TRIPLE_QUOTED = re.compile(r'"""[\s\S]*?"""|' + r"'''[\s\S]*?'''")
_COMMENT = re.compile(r"#[^\n]*")
_FROM_RELATIVE = re.compile(r"^[ \t]*from[ \t]+(\.+)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|(?:[^\n\\]|\\\n)+)", re.M)


def _relative_imports(source: str, home: list[str]) -> set[str]:
    """What `source`, a module of the (sub)package `home`, imports relatively, as dotted names from
    the package root. Every form counts: parenthesised or continued lines, `from . import x, y`,
    `from .x.y import z`, imports inside functions or `if TYPE_CHECKING:`; a docstring that shows
    one does not. `from .x import a` names x and x.a (a may be a submodule); names that are no
    module are dropped by the caller."""
    found: set[str] = set()
    for dots, module, names in _FROM_RELATIVE.findall(_TRIPLE_QUOTED.sub("", source)):
        if len(dots) - 1 > len(home):
            continue  # above the package root: not ours
        base = home[: len(home) - len(dots) + 1] + (module.split(".") if module else [])
        if module:
            found.add(".".join(base))
        for name in _COMMENT.sub("", names).strip("()").replace("\\\n", " ").split(","):
            words = name.split()
            if words and words[0] != "*":
                found.add(".".join([*base, words[0]]))
    return found


def index_modules(package: Path = Path(__file__).parent) -> list[str]:
    """The engine modules an index depends on: `INDEX_ROOTS` and their in-package imports."""
    found: set[str] = set()
    todo = list(INDEX_ROOTS)
    while todo:
        name = todo.pop()
        file = None if name in found else _module_file(package, name)
        if file is None:
            continue
        found.add(name)
        home = name.split(".")[: None if file.name == "__init__.py" else -1]
        todo += _relative_imports(file.read_text(encoding="utf-8"), home)
    return sorted(found)


@lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """Hash of the source of the modules that build an index: a change to cleaning or tokenising
    must not be served an index an older engine built (the format version alone is only bumped
    by hand), while a change to ranking, quoting or a front end keeps every cache valid."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for name in index_modules(package):
        file = _module_file(package, name)
        assert file is not None  # index_modules lists only modules it found a file for
        digest.update(name.encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:16]
