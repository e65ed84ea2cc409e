"""The index build: worker processes give exactly the serial result; term ids equal the tokens."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest

from qa import Settings, build
from qa.loading import corpus_files
from qa.tokenize import BIGRAM_PREFIX, TermIds

BEIR_SAMPLE = Path(__file__).parent / "data" / "beir-sample" / "cmrc2018" / "corpus.jsonl"


def _build(path: Path | None, workers: int, monkeypatch: pytest.MonkeyPatch) -> build.Built:
    """Build with tiny blocks (many of them), recording how many processes each stage used."""
    used: list[int] = []
    real = build._blocks

    def spy(fn, state, total, size, workers_):
        used.append(workers_)
        return real(fn, state, total, size, workers_)

    monkeypatch.setattr(build, "_blocks", spy)
    root, files = corpus_files(path, lambda m: None)
    built = build.build_corpus(root, files, Settings(build_workers=workers), article_params=build.ARTICLE_PARAMS,
                               note=lambda m: None, min_parallel_chars=0, block_sizes=(2, 40))
    assert used == [workers, workers]
    return built


def _same_index(a, b) -> None:
    assert a.vocab == b.vocab and list(a.vocab) == list(b.vocab)
    for name in ("data", "indices", "indptr"):
        np.testing.assert_array_equal(getattr(a.matrix, name), getattr(b.matrix, name))
    np.testing.assert_array_equal(a.idf, b.idf)


@pytest.mark.parametrize("path", [None, BEIR_SAMPLE], ids=["bundled", "beir-sample"])
def test_parallel_build_equals_serial(path, monkeypatch):
    serial = _build(path, 1, monkeypatch)
    parallel = _build(path, 2, monkeypatch)
    assert [asdict(p) for p in parallel.passages] == [asdict(p) for p in serial.passages]
    assert [asdict(d) for d in parallel.documents] == [asdict(d) for d in serial.documents]
    assert parallel.words == serial.words and parallel.article_of == serial.article_of
    _same_index(parallel.index, serial.index)
    _same_index(parallel.article_index, serial.article_index)
    if path is None:  # the bundled corpus holds a copied article: links must survive the blocks
        assert any(p.duplicate_of for p in parallel.passages)


def test_small_corpora_and_threaded_processes_build_serially():
    settings = Settings(build_workers=2)
    assert build.worker_count(settings, 60_000) == 1  # the bundled corpus: no pool start-up
    assert build.worker_count(settings, 10_000_000) == 2
    assert build.worker_count(Settings(build_workers=1), 10_000_000) == 1


def test_term_ids_are_the_tokenizer_tokens(retriever):
    """The fast id path yields exactly `Tokenizer.tokens` (plus the title's words), in order."""
    tokenizer = retriever.tokenizer
    passages = list(retriever.passages)
    term_ids = TermIds(tokenizer)
    arrays, _ = term_ids.block([tokenizer.normalize(p.text) for p in passages], [p.title for p in passages])
    for passage, ids in zip(passages, arrays, strict=True):
        title = [t for t in tokenizer.tokens(passage.title) if not t.startswith(BIGRAM_PREFIX)]
        assert [term_ids.vocab.terms[i] for i in ids] == tokenizer.tokens(passage.text) + title
