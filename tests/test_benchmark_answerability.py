"""benchmarks/answerability.py and benchmarks/quotes.py: the split they share and a run end to end.

The runs use tests/data/beir-sample (linked under the shared sets' names) and the bundled corpus,
so they need no shared data and take seconds; the numbers are not pinned, only that every table
row and dump line is there and means what it says.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import answerability  # noqa: E402
import quotes  # noqa: E402
import splits  # noqa: E402


def test_hash_split_is_stable_and_holds_out_about_30_percent():
    ids = [f"TRAIN_{i}_QUERY_{j}" for i in range(500) for j in range(4)]
    counts = Counter(splits.hash_split(q) for q in ids)
    assert 0.27 < counts["holdout"] / len(ids) < 0.33
    assert splits.hash_split("TRAIN_186_QUERY_0") == splits.hash_split("TRAIN_186_QUERY_0")


def test_pick_ids_samples_within_the_split_and_repeats_with_the_seed():
    ids = [f"q{i}" for i in range(300)]
    dev = splits.pick_ids(ids, "dev", 50, seed=1)
    assert len(dev) == 50 and all(splits.hash_split(q) == "dev" for q in dev)
    assert dev == splits.pick_ids(reversed(ids), "dev", 50, seed=1)
    assert set(splits.pick_ids(ids, "holdout", 0, seed=1)).isdisjoint(splits.pick_ids(ids, "dev", 0, seed=1))


def test_answers_are_found_across_width_and_script():
    assert splits.folded_in(["８月５日"], "新華社北京8月5日電")
    assert splits.folded_in(["钢花小学"], "武漢市青山區鋼花小學")
    assert not splits.folded_in(["9月"], "8月5日")


def test_percentile_is_nearest_rank():
    assert splits.percentile([5, 1, 3, 2, 4], 0.9) == 5
    assert splits.percentile(list(range(1, 11)), 0.9) == 9
    assert splits.percentile([], 0.5) is None


@pytest.fixture(scope="module")
def index_cache(tmp_path_factory):
    """One index cache for both benchmark runs, so the sample corpora are built once."""
    return tmp_path_factory.mktemp("index-cache")


@pytest.fixture(scope="module")
def sample_as_shared(tmp_path_factory):
    """tests/data/beir-sample under the names of the shared sets, as QA_BENCH_DATA (one folder for
    the module, so the cached indexes of one run serve the next)."""
    folder = tmp_path_factory.mktemp("shared")
    for name, sample in (("cmrc2018-train", "cmrc2018"), ("drcd-test", "drcd")):
        (folder / name).symlink_to(REPO / "tests" / "data" / "beir-sample" / sample)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QA_BENCH_DATA", str(folder))
        yield folder


def test_answerability_prints_every_direction_and_dumps_one_line_per_question(
    sample_as_shared, index_cache, tmp_path, capsys
):
    dump = tmp_path / "rows.jsonl"
    argv = ["--in-corpus", "5", "--out-of-corpus", "5", "--split", "holdout", "--cache-dir", str(index_cache),
            "--dump", str(dump)]
    assert answerability.main(argv) == 0
    out = capsys.readouterr().out
    traps = sum(r.get("kind") == "trap" for r in splits.load_rows(answerability.DATA / "golden-traps.jsonl", "holdout"))
    for row in ("| cmrc2018-train | drcd-test (out) | 5 |", "| drcd-test | everyday-open (out) |",
                "| drcd-test | drcd-test (in, passage ranks first) |", f"| trap | {traps} | 0 |"):
        assert row in out
    assert "answered, quote lacks their answer" in out  # the overlap of the encyclopedias, shown apart
    rows = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    other_set = [r for r in rows if not r["in_corpus"] and r["source"] in ("cmrc2018-train", "drcd-test")]
    assert other_set and all(isinstance(r["holds_their_answer"], bool) for r in other_set)
    open_holdout = sum(r["split"] == "holdout" for r in splits.load_rows(answerability.EVERYDAY_OPEN, "all"))
    bundled = sum(1 for n in answerability.GOLDEN_FILES for r in splits.load_rows(answerability.DATA / n, "holdout")
                  if not r.get("previous"))  # follow-up turns are `qa eval`'s, asked in their conversation
    assert len(rows) == 2 * (5 + 5 + open_holdout) + bundled
    first = rows[0]
    assert {"question", "source", "in_corpus", "answered", "reason", "top_doc", "top_quote", "score"} <= set(first)
    assert all("rank1_relevant" in r for r in rows if r["in_corpus"])


def test_quotes_prints_a_row_per_set_and_split(sample_as_shared, index_cache, capsys):
    assert quotes.main(["--sample", "30", "--cache-dir", str(index_cache)]) == 0
    out = capsys.readouterr().out
    for name in ("cmrc2018-train", "drcd-test"):
        assert f"| {name} | all | 30 |" in out
        assert f"| {name} | dev |" in out and f"| {name} | holdout |" in out
    assert "answer marked" in out


def test_an_answer_is_marked_when_a_span_of_the_quote_overlaps_it():
    from qa.models import Hit

    hit = Hit(rank=1, score=1.0, doc_id="d", passage_id="d#0", title="t", section=None, paragraph=0, date=None,
              source=None, url=None, quote="江欣苑社区有200多名社区党员。", answer_spans=((6, 11),))
    assert quotes.marked(hit, ["200多名社区党员"])
    assert not quotes.marked(hit, ["江欣苑社区"])  # in the quote, not marked
    assert not quotes.marked(hit, ["300名"])  # not in the quote
