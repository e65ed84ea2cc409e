"""The `qa` command: a thin argparse layer over the engine.

This is the one module that reads the environment (NO_COLOR, QA_* via `config.from_env`). It builds
a Retriever, calls it, renders through `qa.render`, and turns every `QAError` into one line
`qa: error: …` with exit status 2. Heavy imports (the engine, rich) happen inside the commands so
`qa --help` stays instant.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, NoReturn

from . import __version__
from .config import Settings, from_env
from .errors import QAError
from .sanitize import clean_data, one_line

__all__ = ["build_parser", "main"]

SCRIPTS = ("original", "simplified", "traditional", "auto")


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line `qa: error: …` (exit 2), not a usage dump."""

    def error(self, message: str) -> NoReturn:
        hint = f" (see: {self.prog} --help)"
        self.exit(2, f"qa: error: {message}{hint}\n")


def _sub(subs: Any, name: str, help_: str, examples: str) -> argparse.ArgumentParser:
    return subs.add_parser(
        name,
        help=help_,
        description=help_,
        epilog="examples:\n" + examples.strip("\n"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _corpus_options(parser: argparse.ArgumentParser, *, cache: bool = True) -> None:
    parser.add_argument(
        "--corpus",
        type=Path,
        metavar="PATH",
        help="file or folder of documents (default: $QA_CORPUS or bundled)",
    )
    if cache:
        parser.add_argument(
            "--cache-dir", type=Path, metavar="DIR", help="index cache folder (default: $QA_CACHE_DIR)"
        )
        parser.add_argument(
            "--no-cache", action="store_true", help="build the index in memory, skip the cache"
        )


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree; `qa eval` options come from qa.evaluate so they live with the code."""
    parser = _Parser(
        prog="qa",
        description="Answer questions about Chinese documents with verbatim quotes and exact citations.",
        epilog=(
            "examples:\n"
            '  qa ask "江欣苑社区有多少名党员？"\n'
            "  qa repl\n"
            "  qa sources --corpus ~/docs\n\n"
            "Run `qa <command> --help` for a command's options."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"qa {__version__}")
    subs = parser.add_subparsers(dest="command", metavar="<command>", required=True)

    ask = _sub(
        subs,
        "ask",
        "answer one question (or one per stdin line) with cited quotes",
        """
  qa ask "江欣苑社区有多少名党员？"
  qa ask "黨的最大政治優勢是什麼？" --k 5 --script simplified
  qa ask --json "江欣苑社区有多少名党员？"
  printf '江欣苑社区有多少名党员？\\n党群关系是什么？\\n' | qa ask --json -
""",
    )
    ask.add_argument("question", help='the question; "-" reads one question per line from stdin')
    ask.add_argument("--k", type=int, default=None, metavar="N", help="number of quotes (default 3)")
    ask.add_argument("--format", choices=("text", "json", "html"), default="text", help="output format")
    ask.add_argument(
        "--json", action="store_const", dest="format", const="json", help="same as --format json"
    )
    ask.add_argument(
        "--script", choices=SCRIPTS, default="original", help="also show quotes converted to this script"
    )
    _corpus_options(ask)
    ask.set_defaults(func=cmd_ask)

    repl = _sub(
        subs,
        "repl",
        "interactive question loop (:help inside lists the commands)",
        """
  qa repl
  qa repl --corpus ~/docs --k 5
  printf '江欣苑社区有多少名党员？\\n:more\\n:quit\\n' | qa repl
""",
    )
    repl.add_argument("--k", type=int, default=None, metavar="N", help="quotes per answer (default 3)")
    _corpus_options(repl)
    repl.set_defaults(func=cmd_repl)

    index = _sub(
        subs,
        "index",
        "build (or refresh) the index cache for a corpus and report its size",
        """
  qa index
  qa index --corpus ~/docs --cache-dir /tmp/qa-cache
""",
    )
    _corpus_options(index)
    index.set_defaults(func=cmd_index)

    sources = _sub(
        subs,
        "sources",
        "list the documents of a corpus with their metadata",
        """
  qa sources
  qa sources --corpus ~/docs --json
  qa sources --corpus ~/docs --skipped
""",
    )
    sources.add_argument("--json", action="store_true", help="print the rows as one JSON list")
    sources.add_argument(
        "--skipped", action="store_true", help="list the files left out (unsupported, unreadable, empty) and why"
    )
    _corpus_options(sources)
    sources.set_defaults(func=cmd_sources)

    ev = _sub(
        subs,
        "eval",
        "measure answer quality (golden questions) or retrieval quality (BEIR files)",
        """
  qa eval
  qa eval --json
  qa eval --corpus corpus.jsonl --queries queries.jsonl --qrels qrels.tsv --k 10
""",
    )
    from . import evaluate  # light: metrics only; the engine is imported when it runs

    evaluate.add_arguments(ev)
    ev.set_defaults(func=cmd_eval)

    bot = _sub(
        subs,
        "bot",
        "run the Telegram bot (TELEGRAM_BOT_TOKEN from the environment or .env)",
        """
  TELEGRAM_BOT_TOKEN=123456:ABC... qa bot
  qa bot --corpus ~/docs
""",
    )
    _corpus_options(bot, cache=False)
    bot.set_defaults(func=cmd_bot)
    return parser


# ── shared plumbing ────────────────────────────────────────────────────────────────────────────


def _err(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _use_color(stream: IO[str], env: Mapping[str, str]) -> bool:
    """Colour only for a terminal and only when NO_COLOR (https://no-color.org) is unset or empty."""
    return bool(getattr(stream, "isatty", lambda: False)()) and not env.get("NO_COLOR")


def _settings(args: argparse.Namespace, env: Mapping[str, str]) -> Settings:
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
def _progress(show: bool) -> Iterator[Callable[[int, int, str], None] | None]:
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


class _OneLineHandler(logging.Handler):
    """Engine warnings (bad files, cache trouble) as `qa: warning: …`, one line each, on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            _err(f"qa: {record.levelname.lower()}: {' '.join(one_line(record.getMessage()).split())}")
        except Exception:  # logging must never take the command down
            self.handleError(record)


@contextmanager
def _engine_logs_to_stderr() -> Iterator[None]:
    """For the duration of a command, print the engine's log warnings as one line each.

    The engine both logs each loading warning and passes it to `warn`; printing the records (and not
    `warn`) shows each once and also covers warnings that never reach `warn` (cache trouble). The
    logger is restored afterwards, so an embedding program's (or pytest's) logging is left alone.
    """
    logger = logging.getLogger("qa")
    if logger.handlers:  # someone configured logging on purpose: respect it
        yield
        return
    handler, propagate = _OneLineHandler(logging.WARNING), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _retriever(settings: Settings, *, show_progress: bool = False) -> Any:
    """Build the engine; its warnings reach stderr through `_engine_logs_to_stderr`."""
    from . import Retriever

    with _progress(show_progress) as progress:
        return Retriever.from_path(
            settings.corpus,
            settings=settings,
            cache_dir=settings.cache_dir,
            use_cache=settings.use_cache,
            progress=progress,
        )


# ── commands ───────────────────────────────────────────────────────────────────────────────────


def _questions(question: str) -> tuple[list[str] | Iterator[str], bool]:
    if question != "-":
        return [question], False
    return _stdin_lines(getattr(sys.stdin, "buffer", None)), True


def _stdin_lines(raw: IO[bytes] | None) -> Iterator[str]:
    """Questions from stdin, one a line, read as bytes: a line that is not UTF-8 is answered with
    its bad bytes replaced (U+FFFD) after a warning naming the line, so one bad line neither stops
    the batch (a strict UTF-8 locale raised) nor puts invalid bytes into the output."""
    if raw is None:  # stdin replaced by a text stream (tests, embedding programs)
        yield from (line.rstrip("\r\n") for line in sys.stdin)
        return
    for number, data in enumerate(raw, 1):
        try:
            line = data.decode("utf-8")
        except UnicodeDecodeError:
            line = data.decode("utf-8", errors="replace")
            _err(f"qa: warning: stdin line {number} is not valid UTF-8; its bad bytes are shown as \ufffd")
        yield line.rstrip("\r\n")


def cmd_ask(args: argparse.Namespace, env: Mapping[str, str]) -> int:
    """`qa ask`: one answer, or one answer per stdin line in order (JSON: one object per line)."""
    from .render import copy_titles, render_html, render_json, render_text

    settings = _settings(args, env)
    r = _retriever(settings)
    color = _use_color(sys.stdout, env)
    questions, batch = _questions(args.question)
    coverage: str | None = None
    first = True
    for question in questions:
        answer = r.ask(question, k=settings.k, script=args.script)
        if not answer.answered and coverage is None:
            coverage = r.coverage()
        names = copy_titles(answer.hits, r.document)  # 亦见于 <title>, as the REPL and the bot say it
        if args.format == "json":
            out = render_json(answer)  # also_in stays doc ids: the JSON contract
        elif args.format == "html":
            out = render_html(answer, coverage=coverage or "", names=names)
        else:
            out = render_text(answer, coverage=coverage or "", color=color, show_question=batch, names=names)
        if batch and args.format != "json" and not first:
            print()
        print(out, flush=batch)
        first = False
    return 0


def cmd_repl(args: argparse.Namespace, env: Mapping[str, str]) -> int:
    """`qa repl`: build the engine, then hand over to the loop in qa.repl."""
    from .repl import run_repl

    settings = _settings(args, env)
    r = _retriever(settings, show_progress=sys.stderr.isatty())
    if sys.stdin.isatty():
        return run_repl(r, k=settings.k, color=not env.get("NO_COLOR"))
    lines = _stdin_lines(getattr(sys.stdin, "buffer", None))  # piped: bad bytes as in `qa ask -`
    return run_repl(r, input=lines, k=settings.k, color=not env.get("NO_COLOR"), interactive=False)


def cmd_index(args: argparse.Namespace, env: Mapping[str, str]) -> int:
    """`qa index`: build the cache now (with a progress bar) so the first question is fast."""
    settings = _settings(args, env)
    start = time.perf_counter()
    r = _retriever(settings, show_progress=sys.stderr.isatty())
    seconds = time.perf_counter() - start
    cache = getattr(r, "cache_path", None) or settings.cache_dir
    print(f"documents: {len(r.documents)}")
    print(f"passages:  {len(r.passages)}")
    print(f"seconds:   {seconds:.2f}" + (" (loaded from cache)" if r.from_cache else ""))
    print(f"cache:     {cache if cache and settings.use_cache else '(not cached)'}")
    return 0


def cmd_sources(args: argparse.Namespace, env: Mapping[str, str]) -> int:
    """`qa sources`: what the corpus holds, as a table (rich on a terminal) or JSON."""
    import json
    from dataclasses import asdict

    from .render import render_skipped_text, render_sources_rich, render_sources_text

    r = _retriever(_settings(args, env))
    if args.skipped:
        left_out = [asdict(record) for record in r.skipped]
        print(json.dumps(left_out, ensure_ascii=False, indent=2) if args.json else render_skipped_text(left_out))
        return 0
    rows = r.sources()
    if args.json:
        print(json.dumps(clean_data(rows), ensure_ascii=False, indent=2, default=str))
    elif sys.stdout.isatty():
        from rich.console import Console

        Console(no_color=bool(env.get("NO_COLOR"))).print(render_sources_rich(rows))
    else:
        print(render_sources_text(rows))
    return 0


def cmd_eval(args: argparse.Namespace, env: Mapping[str, str]) -> int:
    """`qa eval`: delegated to qa.evaluate, which owns its options and output."""
    from . import evaluate

    return int(evaluate.run(args))


def cmd_bot(args: argparse.Namespace, env: Mapping[str, str]) -> int:
    """`qa bot`: delegated to the bot package's entry point."""
    from bot.__main__ import main as bot_main

    return int(bot_main(corpus=str(args.corpus) if args.corpus else None) or 0)


# ── entry point ────────────────────────────────────────────────────────────────────────────────


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    """Run `qa`; returns the exit status (0 ok, 2 usage error or unusable corpus)."""
    env = os.environ if env is None else env
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    try:
        with _engine_logs_to_stderr():
            return args.func(args, env)
    except QAError as exc:
        _err(f"qa: error: {' '.join(one_line(str(exc)).split()) or type(exc).__name__}")
        return 2
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            # The reader went away (`qa ask - | head`): stop quietly, without a traceback at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
        _err(f"qa: error: {one_line(str(exc))}")
        return 2
    except KeyboardInterrupt:
        _err("qa: interrupted")
        return 130


if __name__ == "__main__":  # pragma: no cover - use `python -m qa`
    sys.exit(main())
