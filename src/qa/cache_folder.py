"""Which folder the index cache may use, and what in it qa may remove.

A cache folder is given by the user (`--cache-dir`, `QA_CACHE_DIR`) and may be any folder: a home
folder, a project, `.`. Removing what merely looks stale there deleted `.ssh`, `.git` and
`.config` (issue 15). So qa marks a folder it uses with its own tag file and only ever removes,
inside a marked folder, entries named as it names them: an index folder (32 hex digits, whose
manifest names it) or a build's temporary folder (`.` + 32 hex digits + `-` + a suffix). A folder
that holds anything else and carries no tag is refused: the run goes on without a cache.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from pathlib import Path

from .errors import CacheError

# The CACHEDIR.TAG convention (https://bford.info/cachedir/) makes backup tools skip the folder;
# the second line is what tells qa the folder is its own.
MARKER = "CACHEDIR.TAG"
MARKER_TEXT = ("Signature: 8a477f597d28d172789f06886806bc55\n"
               "# This file is a cache directory tag created by qa (its index cache).\n"
               "# qa removes only the index folders it wrote here; see https://bford.info/cachedir/\n")
_OWNER_LINE = MARKER_TEXT.splitlines()[1]
INDEX_NAME_RE = re.compile(r"[0-9a-f]{32}")
TEMP_NAME_RE = re.compile(r"\.[0-9a-f]{32}-[A-Za-z0-9_]+")
_MARKER_TEMP_RE = re.compile(rf"\.{re.escape(MARKER)}\.\d+")  # another process tagging the folder now


class ForeignCacheFolder(CacheError):
    """The cache folder holds things qa did not create, so qa will not use it."""


def is_qa_entry(name: str) -> bool:
    """A name qa gives the entries of its cache folder (the tag, an index, a build's temporary folder)."""
    return name == MARKER or any(rule.fullmatch(name) for rule in (INDEX_NAME_RE, TEMP_NAME_RE, _MARKER_TEMP_RE))


def is_marked(folder: Path) -> bool:
    try:
        return _OWNER_LINE in (folder / MARKER).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def claim(folder: Path) -> None:
    """Make `folder` qa's cache folder, or refuse it.

    A new or empty folder is created and tagged; a tagged one is used as it is; an untagged one
    holding only entries named as qa names them (a cache an older qa wrote) is tagged and used.
    Anything else raises ForeignCacheFolder naming one of the foreign entries; OSError when the
    folder cannot be created.
    """
    if is_marked(folder):
        return
    folder.mkdir(parents=True, exist_ok=True)
    foreign = sorted(entry.name for entry in folder.iterdir() if not is_qa_entry(entry.name))
    if foreign:
        raise ForeignCacheFolder(
            f"cache folder {folder} holds files qa did not create ({foreign[0]!r}"
            f"{f' and {len(foreign) - 1} more' if len(foreign) > 1 else ''}); not using it, running without"
            " a cache (choose a new or empty folder)")
    with contextlib.suppress(OSError):  # a read-only folder of qa's own is still usable
        tmp = folder / f".{MARKER}.{os.getpid()}"
        tmp.write_text(MARKER_TEXT, encoding="utf-8")
        os.replace(tmp, folder / MARKER)


def own_indexes(folder: Path) -> list[Path]:
    """The index folders qa wrote in a tagged folder: named as qa names them, with a manifest
    that names them back."""
    if not is_marked(folder):
        return []
    found = []
    for entry in folder.iterdir():
        if INDEX_NAME_RE.fullmatch(entry.name) and _manifest_key(entry) == entry.name:
            found.append(entry)
    return found


def own_temporaries(folder: Path) -> list[Path]:
    """The temporary folders of builds, in a tagged folder."""
    if not is_marked(folder):
        return []
    return [entry for entry in folder.iterdir() if TEMP_NAME_RE.fullmatch(entry.name) and entry.is_dir()
            and not entry.is_symlink()]


def remove_index(folder: Path, key: str) -> None:
    """Remove one index folder, only if it is qa's own (see `own_indexes`)."""
    entry = folder / key
    if is_marked(folder) and INDEX_NAME_RE.fullmatch(key) and entry.is_dir() and not entry.is_symlink():
        shutil.rmtree(entry, ignore_errors=True)


def _manifest_key(entry: Path) -> str | None:
    try:
        manifest = json.loads((entry / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest.get("key") if isinstance(manifest, dict) else None
