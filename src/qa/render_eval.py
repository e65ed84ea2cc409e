"""`qa eval`'s tables: the metrics as rich tables on the terminal (`--json` prints the dicts as they are).

Kept apart from the evaluations (`beir_eval.py`, `golden.py`), which return plain dicts, and from
the command (`evaluate.py`), which decides what to print where.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["print_golden_report", "print_table"]

# The golden result's keys as the table names them, in the order they are shown.
_GOLDEN_ROWS = (
    ("questions", "questions"),
    ("answerable", "answerable"),
    ("top-1 accuracy", "top1"),
    ("top-3 accuracy", "top3"),
    ("false abstentions", "false_abstentions"),
    ("unanswerable", "unanswerable"),
    ("false answers", "false_answers"),
    ("abstention accuracy", "abstention_accuracy"),
    ("abstentions", "abstentions"),
    ("abstention precision", "abstention_precision"),
    ("abstention recall", "abstention_recall"),
)

_GROUP_COLUMNS = (
    ("questions", "n"),
    ("answerable", "ans"),
    ("abstained", "abst"),
    ("top1", "top-1"),
    ("false_not_found_rate", "fnf"),
    ("abstention_precision", "prec"),
    ("abstention_recall", "recall"),
)


def _cell(value: Any) -> str:
    if value is None:
        return "n/a"
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def print_table(out: Any, title: str, rows: Mapping[str, Any]) -> None:
    """One metric a row, floats to four places, on the rich console `out`."""
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name, value in rows.items():
        table.add_row(name, _cell(value))
    out.print(table)


def print_golden_report(out: Any, err: Any, result: Mapping[str, Any]) -> None:
    """The golden evaluation: its totals, then by kind and by file on `out`; each failure on `err`."""
    rows = {name: result[key] for name, key in _GOLDEN_ROWS}
    print_table(out, "qa eval: golden questions on the bundled corpus", rows)
    for title, groups in (("kind", result["by_kind"]), ("file", result["by_file"])):
        if groups:
            _print_groups(out, title, groups)
    for failure in result["failures"]:
        err.print(f"  {failure}", markup=False, highlight=False)


def _print_groups(out: Any, title: str, groups: Mapping[str, Mapping[str, Any]]) -> None:
    """One row per kind (or file): the golden counts broken down, narrow enough for 80 columns."""
    from rich import box
    from rich.table import Table

    table = Table(
        title=f"by {title} (ans answerable, abst abstained, fnf false not-found rate, "
        "prec/recall of abstaining)",
        title_justify="left",
        box=box.SIMPLE,
        pad_edge=False,
    )
    table.add_column(title, no_wrap=True)
    for _, header in _GROUP_COLUMNS:
        table.add_column(header, justify="right", no_wrap=True)
    for name, row in groups.items():
        table.add_row(name, *(_cell(row.get(key)) for key, _ in _GROUP_COLUMNS))
    out.print(table)
