"""The `qa` command: a thin argparse layer over the engine.

This is the one module that reads the environment (NO_COLOR, QA_* via `config.from_env`). It builds
a Retriever, calls it, renders through `qa.render`, and turns every `QAError` into one line
`qa: error: …` with exit status 2. Heavy imports (the engine, rich) happen inside the commands so
`qa --help` stays instant.

Here: the options of every command and the entry point. What the commands do is cli_commands.py,
what they share around the engine (settings, the Retriever, warnings on stderr) cli_engine.py.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .cli_commands import cmd_ask, cmd_bot, cmd_eval, cmd_index, cmd_repl, cmd_sources
from .cli_engine import engine_logs_to_stderr, err
from .errors import QAError
from .sanitize import one_line

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
    for add in (_add_ask, _add_repl, _add_index, _add_sources, _add_eval, _add_bot):
        add(subs)
    return parser


def _add_ask(subs: Any) -> None:
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


def _add_repl(subs: Any) -> None:
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


def _add_index(subs: Any) -> None:
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


def _add_sources(subs: Any) -> None:
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


def _add_eval(subs: Any) -> None:
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
    from . import evaluate  # light: no engine; the engine is imported when it runs

    evaluate.add_arguments(ev)
    ev.set_defaults(func=cmd_eval)


def _add_bot(subs: Any) -> None:
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


# ── entry point ────────────────────────────────────────────────────────────────────────────────


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    """Run `qa`; returns the exit status (0 ok, 2 usage error or unusable corpus)."""
    env = os.environ if env is None else env
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    try:
        with engine_logs_to_stderr():
            return args.func(args, env)
    except QAError as exc:
        err(f"qa: error: {' '.join(one_line(str(exc)).split()) or type(exc).__name__}")
        return 2
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            # The reader went away (`qa ask - | head`): stop quietly, without a traceback at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
        err(f"qa: error: {one_line(str(exc))}")
        return 2
    except KeyboardInterrupt:
        err("qa: interrupted")
        return 130


if __name__ == "__main__":  # pragma: no cover - use `python -m qa`
    sys.exit(main())
