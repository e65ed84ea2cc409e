"""What each `qa` subcommand does, once cli.py has parsed its options: each takes the parsed
arguments and the environment and returns the exit status.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator, Mapping
from typing import IO

from .cli_engine import command_settings, err, open_retriever, use_color
from .sanitize import clean_data


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
            err(f"qa: warning: stdin line {number} is not valid UTF-8; its bad bytes are shown as \ufffd")
        yield line.rstrip("\r\n")


def cmd_ask(args: argparse.Namespace, env: Mapping[str, str]) -> int:
    """`qa ask`: one answer, or one answer per stdin line in order (JSON: one object per line)."""
    from .render import copy_titles, render_html, render_json, render_text

    settings = command_settings(args, env)
    r = open_retriever(settings)
    color = use_color(sys.stdout, env)
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

    settings = command_settings(args, env)
    r = open_retriever(settings, show_progress=sys.stderr.isatty())
    if sys.stdin.isatty():
        return run_repl(r, k=settings.k, color=not env.get("NO_COLOR"))
    lines = _stdin_lines(getattr(sys.stdin, "buffer", None))  # piped: bad bytes as in `qa ask -`
    return run_repl(r, input=lines, k=settings.k, color=not env.get("NO_COLOR"), interactive=False)


def cmd_index(args: argparse.Namespace, env: Mapping[str, str]) -> int:
    """`qa index`: build the cache now (with a progress bar) so the first question is fast."""
    settings = command_settings(args, env)
    start = time.perf_counter()
    r = open_retriever(settings, show_progress=sys.stderr.isatty())
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

    r = open_retriever(command_settings(args, env))
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
