#!/usr/bin/env python3
"""Index build speed, query latency against rank_bm25, memory and cache load at 1k/10k/100k passages.

Corpora are built from the public BEIR sets in ../shared/data: each context is split at sentence
ends into passages of at most ~250 characters, one corpus.jsonl row per passage. Beyond the ~10k
distinct passages that gives, further copies re-pack the same sentences in a shuffled order under
new ids, so the large corpus has realistic term statistics without thousands of exact duplicates
(which the engine would collapse). Each size runs in its own subprocess so peak RSS does not mix.

Per size: build time (cold cache, includes writing the cache; median and best of --builds runs,
as this machine's timings vary by up to a third between identical runs) and characters/second, also
as a multiple of `jieba.lcut`'s speed timed in the same process (the machine's pace at that
moment); query p50/p95
for `Retriever.search` and for `BM25Okapi.get_scores` over the same tokens, and their ratio; peak
RSS after the engine (before rank_bm25 is built); cache load time in a fresh process. Also `qa ask`
wall time from a fresh process with a warm cache on the bundled corpus.

Usage: python benchmarks/bench_retrieval.py [--quick] [--queries 200] [--builds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import REPO, data_dir, markdown_table, print_machine

SIZES = (1_000, 10_000, 100_000)
MAX_CHARS = 250
_SENTENCE_RE = re.compile(r"[^。！？!?；;]*[。！？!?；;]+[”’」』）)]*|[^。！？!?；;]+$")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_RE.findall(text) if s.strip()]


def _pack(sentences: list[str]) -> list[str]:
    """Greedy runs of whole sentences of at most MAX_CHARS (a longer sentence stands alone)."""
    passages: list[str] = []
    current = ""
    for sentence in sentences:
        if current and len(current) + len(sentence) > MAX_CHARS:
            passages.append(current)
            current = ""
        current += sentence
    if current:
        passages.append(current)
    return passages


def build_corpora(folder: Path, sizes: tuple[int, ...]) -> dict[int, Path]:
    """Write one corpus.jsonl per size into folder; returns {size: path}."""
    rows: list[tuple[str, str, list[str]]] = []  # (id, title, sentences)
    for name in ("cmrc2018-train", "drcd-test"):
        with (data_dir() / name / "corpus.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    rows.append((str(row["_id"]), row.get("title") or "", _sentences(row.get("text") or "")))
    base = [
        (f"{doc_id}-{i}", title, text) for doc_id, title, sents in rows for i, text in enumerate(_pack(sents))
    ]
    paths = {}
    for size in sizes:
        passages = base[:size]
        copy = 0
        while len(passages) < size:
            copy += 1
            rng = random.Random(copy)
            for doc_id, title, sents in rows:
                shuffled = sents[:]
                rng.shuffle(shuffled)
                for i, text in enumerate(_pack(shuffled)):
                    passages.append((f"{doc_id}-{i}-c{copy}", title, text))
            passages = passages[:size]
        path = folder / f"corpus-{size}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for pid, title, text in passages:
                out.write(json.dumps({"_id": pid, "title": title, "text": text}, ensure_ascii=False) + "\n")
        paths[size] = path
    return paths


def sample_questions(n: int) -> list[str]:
    questions = []
    for name in ("cmrc2018-train", "drcd-test"):
        with (data_dir() / name / "queries.jsonl").open(encoding="utf-8") as fh:
            questions += [json.loads(line)["text"] for line in fh if line.strip()]
    return random.Random(11).sample(questions, n)


# --- worker (one per size, in a fresh process) ----------------------------------------------------


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


JIEBA_SAMPLE_CHARS = 400_000
ISSUE_JIEBA_CHARS_PER_S = 0.13e6  # what the issue measured jieba at on this machine


def jieba_chars_per_s(corpus: Path, sample: int = JIEBA_SAMPLE_CHARS) -> float:
    """`jieba.lcut` over the corpus's first rows (title + text): the baseline timed beside each
    build, so a build's speed can also be read against the machine's speed at that moment."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()  # loading the dictionary is not segmenting
    texts, chars = [], 0
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts.append(row["title"] + " " + row["text"])
            chars += len(texts[-1])
            if chars >= sample:
                break
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return chars / (time.perf_counter() - start)


def worker(corpus: Path, cache_dir: Path, questions_path: Path, bm25_queries: int, builds: int = 1) -> dict[str, Any]:
    """Build `builds` times (this machine's timings vary by up to a third from run to run: the
    median and the best are reported), then time the questions on the last build."""
    import gc
    import shutil

    from qa import Retriever

    questions = json.loads(questions_path.read_text(encoding="utf-8"))
    chars = 0
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            chars += len(row["title"]) + len(row["text"])
    times = []
    r: Any = None
    for run in range(builds):
        if run:
            r = None  # the previous index goes before the next is built
            gc.collect()
            shutil.rmtree(cache_dir)
        start = time.perf_counter()
        r = Retriever.from_path(corpus, cache_dir=cache_dir, use_cache=True)
        times.append(time.perf_counter() - start)
        assert not r.from_cache, "the cache folder should have been empty"
    build = statistics.median(times)
    r.search(questions[0], k=10)  # first-query set-up is not latency
    ours = []
    for q in questions:
        t = time.perf_counter()
        r.search(q, k=10)
        ours.append((time.perf_counter() - t) * 1000)
    rss = _peak_rss_mb()
    result = {
        "passages": len(r.passages),
        "chars": chars,
        "build_s": build,
        "build_runs": times,
        "chars_per_s": chars / build,
        "best_chars_per_s": chars / min(times),
        "ours_p50": statistics.median(ours),
        "ours_p95": statistics.quantiles(ours, n=20)[18],
        "rss_mb": rss,
    }
    # rank_bm25 on the engine's own passage tokens; built after the RSS reading on purpose.
    from rank_bm25 import BM25Okapi

    corpus_tokens, tokenize_question = _engine_tokens(r)
    oracle = BM25Okapi(corpus_tokens, k1=r.settings.k1, b=r.settings.b, epsilon=r.settings.epsilon)
    theirs = []
    for q in questions[:bm25_queries]:
        tokens = tokenize_question(q)
        t = time.perf_counter()
        oracle.get_scores(tokens)
        theirs.append((time.perf_counter() - t) * 1000)
    result["bm25_p50"] = statistics.median(theirs)
    result["bm25_p95"] = statistics.quantiles(theirs, n=20)[18] if len(theirs) > 1 else theirs[0]
    result["bm25_queries"] = len(theirs)
    result["jieba_chars_per_s"] = jieba_chars_per_s(corpus)  # after the RSS reading: jieba's dictionary is big
    return result


def _engine_tokens(r: Any) -> tuple[list[list[str]], Any]:
    """(every passage's tokens as the engine indexes them, the engine's question tokeniser).

    Mirrors the engine's indexing through the public Tokenizer: passage tokens, plus the title's
    word tokens (not its bigrams) when `title_field` is on.
    """
    from qa.tokenize import BIGRAM_PREFIX

    tokenizer = r.tokenizer
    titles: dict[str, list[str]] = {}
    corpus = []
    for p in r.passages:
        tokens = tokenizer.tokens(p.text)
        if r.settings.title_field and p.title:
            if p.title not in titles:
                titles[p.title] = [t for t in tokenizer.tokens(p.title) if not t.startswith(BIGRAM_PREFIX)]
            tokens.extend(titles[p.title])
        corpus.append(tokens)
    return corpus, tokenizer.question_tokens


def load_worker(corpus: Path, cache_dir: Path) -> dict[str, Any]:
    from qa import Retriever

    start = time.perf_counter()
    r = Retriever.from_path(corpus, cache_dir=cache_dir, use_cache=True)
    load = time.perf_counter() - start
    assert r.from_cache, "expected the index from the cache"
    return {"cache_load_s": load, "cache_rss_mb": _peak_rss_mb()}


# --- driver -----------------------------------------------------------------------------------------


def _sub(*argv: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, *argv], capture_output=True, text=True, check=False, cwd=REPO
    )
    if out.returncode != 0:
        raise SystemExit(f"worker {argv[:2]} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def qa_ask_wall(cache_dir: Path, runs: int = 5) -> float:
    """Median wall time of `qa ask` in a fresh process on the bundled corpus, cache already warm."""
    qa = Path(sys.executable).with_name("qa")
    cmd = [str(qa), "ask", "江欣苑社区有多少名党员？", "--cache-dir", str(cache_dir)]
    env = {**os.environ, "NO_COLOR": "1"}
    subprocess.run(cmd, capture_output=True, check=True, env=env)  # warms the cache
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True, env=env)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1k and 10k passages only")
    parser.add_argument("--queries", type=int, default=200, help="questions timed per size (default 200)")
    parser.add_argument("--builds", type=int, default=3, help="index builds timed per size (median and best shown; default 3)")
    parser.add_argument(
        "--worker", nargs=5, metavar=("CORPUS", "CACHE", "QUESTIONS", "N", "BUILDS"), help=argparse.SUPPRESS
    )
    parser.add_argument("--load-worker", nargs=2, metavar=("CORPUS", "CACHE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        corpus, cache, questions, n, builds = args.worker
        print(json.dumps(worker(Path(corpus), Path(cache), Path(questions), int(n), int(builds))))
        return 0
    if args.load_worker:
        print(json.dumps(load_worker(Path(args.load_worker[0]), Path(args.load_worker[1]))))
        return 0

    print_machine()
    sizes = SIZES[:2] if args.quick else SIZES
    rows = []
    with tempfile.TemporaryDirectory(prefix="qa-bench-") as tmp:
        folder = Path(tmp)
        corpora = build_corpora(folder, sizes)
        questions = folder / "questions.json"
        questions.write_text(json.dumps(sample_questions(args.queries), ensure_ascii=False), encoding="utf-8")
        for size in sizes:
            cache = folder / f"cache-{size}"
            bm25_n = args.queries if size <= 10_000 else min(args.queries, 40)
            t = time.perf_counter()
            result = _sub("--worker", str(corpora[size]), str(cache), str(questions), str(bm25_n), str(args.builds))
            result.update(_sub("--load-worker", str(corpora[size]), str(cache)))
            result["ratio"] = result["bm25_p50"] / result["ours_p50"]
            print(f"  {size:>7} passages done in {time.perf_counter() - t:.0f} s: {result}", file=sys.stderr)
            rows.append((size, result))
        ask = qa_ask_wall(folder / "cache-bundled")

    header = [
        "corpus rows",
        "passages",
        "chars",
        f"build s (median of {args.builds})",
        "M chars/s (best run)",
        "× jieba.lcut",
        "ours p50 ms",
        "ours p95 ms",
        "rank_bm25 p50 ms",
        "rank_bm25 p95 ms",
        "speed-up (p50)",
        "peak RSS MB",
        "cache load s",
    ]
    table = [
        [
            f"{size:,}",
            f"{r['passages']:,}",
            f"{r['chars']:,}",
            f"{r['build_s']:.2f}",
            f"{r['chars_per_s'] / 1e6:.2f} ({r['best_chars_per_s'] / 1e6:.2f})",
            f"{r['chars_per_s'] / r['jieba_chars_per_s']:.1f}×",
            f"{r['ours_p50']:.2f}",
            f"{r['ours_p95']:.2f}",
            f"{r['bm25_p50']:.1f}",
            f"{r['bm25_p95']:.1f}",
            f"{r['ratio']:.0f}×",
            f"{r['rss_mb']:.0f}",
            f"{r['cache_load_s']:.2f}",
        ]
        for size, r in rows
    ]
    print(markdown_table(header, table))
    speeds = [r["jieba_chars_per_s"] / 1e6 for _, r in rows]
    print(f"\n`jieba.lcut` alone, timed in each size's process after its builds: {min(speeds):.3f}–"
          f"{max(speeds):.3f} M chars/s (the issue measured {ISSUE_JIEBA_CHARS_PER_S / 1e6:.2f} here; 1 M chars/s "
          f"is {1e6 / ISSUE_JIEBA_CHARS_PER_S:.1f}× that). × jieba.lcut: the build's median speed over it.")
    print(f"\n`qa ask` wall time, fresh process, warm cache, bundled corpus: {ask:.2f} s (median of 5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
