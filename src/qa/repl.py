"""`qa repl`: ask questions in a loop, page through results, look at a quote's surroundings.

Two modes share one command handler (`repl_session.py`). On a terminal, prompt_toolkit gives line
editing and a history file, and rich draws highlighted answers. On a pipe, questions are read line
by line and answers printed as plain text with no escape codes, so `printf '问题\\n:quit\\n' | qa repl`
works and can be diffed. Streams are injectable for tests; nothing here reads the environment.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from .repl_session import MAX_K, Session, State
from .sanitize import shown

__all__ = ["run_repl"]

PROMPT = "qa> "


def banner(retriever: Any) -> str:
    """One line: what is loaded and whether the index came from the cache."""
    source = "index loaded from cache" if getattr(retriever, "from_cache", False) else "index built"
    return (
        f"qa: {len(retriever.documents)} documents, {len(retriever.passages)} passages ({source}). "
        "Type a question, or :help."
    )


def _history_file(history_path: str | Path | None) -> Any:
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    if history_path is None:
        from platformdirs import user_data_dir

        history_path = Path(user_data_dir("qa")) / "history"
    path = Path(history_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(exist_ok=True)
    except OSError:
        return InMemoryHistory()  # a read-only home must not stop the REPL
    return FileHistory(str(path))


def _loop_interactive(session: Session, history_path: str | Path | None) -> int:
    from prompt_toolkit import PromptSession

    prompt: PromptSession[str] = PromptSession(history=_history_file(history_path))
    while True:
        try:
            line = prompt.prompt(PROMPT)
        except KeyboardInterrupt:
            continue  # Ctrl-C drops the line being typed
        except EOFError:
            return 0
        try:
            if not session.handle(line):
                return 0
        except KeyboardInterrupt:
            session.say("(cancelled)")


def _loop_piped(session: Session, input: Iterable[str]) -> int:
    for raw in input:
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        session.say(f"{PROMPT}{shown(line)}")
        if not session.handle(line):
            break
        session.say("")
    return 0


def run_repl(
    retriever: Any,
    *,
    input: IO[str] | Iterable[str] = sys.stdin,
    output: IO[str] = sys.stdout,
    k: int = 3,
    interactive: bool | None = None,
    history_path: str | Path | None = None,
    color: bool = True,
) -> int:
    """Run the loop until :quit or end of input; returns the exit status.

    `interactive=None` decides from `input.isatty()`. `color=False` (the CLI passes it for NO_COLOR)
    turns off colour in interactive mode; piped mode never writes escape codes.
    """
    if interactive is None:
        interactive = bool(getattr(input, "isatty", lambda: False)())
    console = None
    if interactive:
        from rich.console import Console

        console = Console(file=output, no_color=not color, highlight=False)
    session = Session(retriever, State(k=max(1, min(k, MAX_K))), output, console, color)
    session.say(banner(retriever))
    if interactive:
        return _loop_interactive(session, history_path)
    return _loop_piped(session, input)
