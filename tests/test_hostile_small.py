"""Small hostile inputs: settings that disagree, questions that are too long, two cold starts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qa import Retriever
from qa.cli import main
from qa.config import Settings, from_env
from qa.errors import ConfigError
from qa.render import not_found_message


@pytest.mark.parametrize("raw", ["0", "-3"])
def test_qa_k_below_one_is_refused_like_the_k_option(raw, capsys):
    with pytest.raises(ConfigError, match="QA_K must be at least 1"):
        from_env({"QA_K": raw})
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    assert main(["ask", "党员", "--k", raw]) == 2
    assert main(["ask", "党员"], env={**env, "QA_K": raw}) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"qa: error: --k must be at least 1, got {raw}", f"qa: error: QA_K must be at least 1, got {raw}"]


def test_a_question_over_the_limit_is_refused_as_too_long_not_cut(retriever):
    limit = retriever.settings.max_question_chars
    long_question = "江欣苑社区有多少名党员？" + "党" * (limit + 1)
    answer = retriever.ask(long_question)
    assert not answer.answered and answer.reason == "too-long"
    assert "问题太长" in not_found_message(answer)
    assert retriever.ask("江欣苑社区有多少名党员？").answered  # a normal question is still answered


def test_two_cold_starts_of_the_same_corpus_share_one_cache_silently(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("北京是中国的首都。故宫位于北京市中心。", encoding="utf-8")
    cache = tmp_path / "cache"
    real_replace, raced = os.replace, []

    def replace_after_the_other_process(src, dst):  # noqa: ANN001 - os.replace's own signature
        if not raced and Path(dst).parent == cache:
            raced.append(None)
            raced[0] = Retriever.from_path(corpus, cache_dir=cache)  # it wins the rename
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace_after_the_other_process)
    warnings: list[str] = []
    loser = Retriever.from_path(corpus, cache_dir=cache, warn=warnings.append)
    monkeypatch.undo()
    assert raced and raced[0].cache_path == loser.cache_path
    assert not warnings, warnings
    assert not [p for p in cache.iterdir() if p.name.startswith(".")]  # its temporary folder is gone
    assert Retriever.from_path(corpus, cache_dir=cache, settings=Settings()).from_cache
