"""What every `qa` command does around the engine: settings from its options and the
environment, the Retriever built (with a progress bar on a terminal), and the engine's warnings
printed on stderr as one line each. rich and the engine are imported only when a command runs.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import IO, Any

from .config import Settings, from_env
from .errors import QAError
from .sanitize import one_line


def err(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def use_color(stream: IO[str], env: Mapping[str, str]) -> bool:
    """Colour only for a terminal and only when NO_COLOR (https://no-color.org) is unset or empty."""
    return bool(getattr(stream, "isatty", lambda: False)()) and not env.get("NO_COLOR")


def command_settings(args: argparse.Namespace, env: Mapping[str, str]) -> Settings:
    """The settings from the environment, overridden by the command's own options."""
    settings = from_env(env)
    changes: dict[str, object] = {}
    if getattr(args, "corpus", None):
        changes["corpus"] = args.corpus.expanduser()
    if getattr(args, "cache_dir", None):
        changes["cache_dir"] = args.cache_dir.expanduser()
    if getattr(args, "no_cache", False):
        changes["use_cache"] = False
    if getattr(args, "k", None) is not None:
        if args.k < 1:
            raise QAError(f"--k must be at least 1, got {args.k}")
        changes["k"] = args.k
    return settings.with_(**changes) if changes else settings


@contextmanager
def progress_bar(show: bool) -> Iterator[Callable[[int, int, str], None] | None]:
    """A rich progress bar on stderr, or nothing when stderr is not a terminal."""
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("loading", total=None)

    def update(done: int, total: int, what: str) -> None:
        bar.update(task, completed=done, total=total or None, description=str(what)[:40])

    with bar:
        yield update


class OneLineHandler(logging.Handler):
    """Engine warnings (bad files, cache trouble) as `qa: warning: …`, one line each, on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            err(f"qa: {record.levelname.lower()}: {' '.join(one_line(record.getMessage()).split())}")
        except Exception:  # logging must never take the command down
            self.handleError(record)


@contextmanager
def engine_logs_to_stderr() -> Iterator[None]:
    """For the duration of a command, print the engine's log warnings as one line each.

    The engine both logs each loading warning and passes it to `warn`; printing the records (and not
    `warn`) shows each once and also covers warnings that never reach `warn` (cache trouble). The
    logger is restored afterwards, so an embedding program's (or pytest's) logging is left alone.
    """
    logger = logging.getLogger("qa")
    if logger.handlers:  # someone configured logging on purpose: respect it
        yield
        return
    handler, propagate = OneLineHandler(logging.WARNING), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def open_retriever(settings: Settings, *, show_progress: bool = False) -> Any:
    """Build the engine; its warnings reach stderr through `engine_logs_to_stderr`."""
    from . import Retriever

    with progress_bar(show_progress) as progress:
        return Retriever.from_path(
            settings.corpus,
            settings=settings,
            cache_dir=settings.cache_dir,
            use_cache=settings.use_cache,
            progress=progress,
        )
