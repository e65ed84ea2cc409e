"""Shared pieces of the benchmark scripts: where the public sets live, pooling, building, tables.

The public sets (CC BY-SA) are read from <repo>/../shared/data or $QA_BENCH_DATA and never copied
into the repository; pooled corpora are written to a temporary folder.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SETS = ("cmrc2018-train", "drcd-test")


def data_dir() -> Path:
    """The folder holding the BEIR sets; exits with a clear message when it is missing."""
    folder = Path(os.environ.get("QA_BENCH_DATA") or REPO.parent / "shared" / "data")
    if not all((folder / name / "corpus.jsonl").is_file() for name in SETS):
        sys.exit(
            f"benchmark data not found in {folder} (set QA_BENCH_DATA to the folder with {', '.join(SETS)})"
        )
    return folder


class BeirSet:
    """One evaluation set: corpus files (one, or several pooled), queries and qrels in memory."""

    def __init__(self, name: str, corpora: Sequence[Path], queries: dict[str, str], qrels: dict) -> None:
        self.name = name
        self.corpora = list(corpora)
        self.queries = queries
        self.qrels = qrels

    def corpus_path(self, tmp: Path) -> Path:
        """A single corpus.jsonl for the engine (pooled sets are concatenated into tmp)."""
        if len(self.corpora) == 1:
            return self.corpora[0]
        path = tmp / f"{self.name}.jsonl"
        if not path.exists():
            with path.open("wb") as out:
                for corpus in self.corpora:
                    data = corpus.read_bytes()
                    out.write(data if data.endswith(b"\n") else data + b"\n")
        return path


def load_sets(pooled: bool = True) -> list[BeirSet]:
    """cmrc2018-train, drcd-test and (optionally) both pooled: every question against the union."""
    from qa.beir_eval import load_qrels, load_queries

    folder = data_dir()
    sets = []
    for name in SETS:
        queries = load_queries(folder / name / "queries.jsonl")
        qrels = load_qrels(folder / name / "qrels" / "test.tsv")
        sets.append(BeirSet(name, [folder / name / "corpus.jsonl"], queries, qrels))
    if pooled:
        ids = [set(_ids(s.corpora[0])) for s in sets]
        if ids[0] & ids[1]:
            sys.exit("the two corpora share ids; pooling them would confuse the qrels")
        sets.append(
            BeirSet(
                "pooled",
                [c for s in sets for c in s.corpora],
                {k: v for s in sets for k, v in s.queries.items()},
                {k: v for s in sets for k, v in s.qrels.items()},
            )
        )
    return sets


def _ids(path: Path) -> Iterable[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield str(json.loads(line)["_id"])


def build_ours(corpus: Path, settings: Any = None) -> tuple[Any, float]:
    """The engine on one corpus file, built from scratch (no cache), and the seconds it took."""
    from qa import Retriever

    start = time.perf_counter()
    retriever = Retriever.from_path(corpus, settings=settings, use_cache=False)
    return retriever, time.perf_counter() - start


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A GitHub table; floats with four decimals."""

    def cell(value: Any) -> str:
        return f"{value:.4f}" if isinstance(value, float) else str(value)

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> dict[str, str]:
    """nproc, CPU model, RAM and Python version, for the record next to every table."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "ram": ram,
        "python": platform.python_version(),
        "commit": commit or "unknown",
    }


def print_machine() -> None:
    m = machine()
    print(
        f"machine: {m['nproc']} CPUs ({m['cpu']}), {m['ram']} RAM, Python {m['python']}, commit {m['commit']}"
    )


def metrics_row(result: Mapping[str, Any]) -> list[float]:
    return [result["recall@1"], result["recall@5"], result["recall@10"], result["mrr@10"], result["ndcg@10"]]
