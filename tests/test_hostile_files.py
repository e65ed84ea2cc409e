"""Hostile corpus folders: odd file names, FIFOs, device links, links out of the corpus, files with
nothing to index. Each is skipped with one warning naming it, and the rest of the corpus loads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa import Retriever
from qa.cli import main
from qa.config import Settings, from_env

ROOT = Path(__file__).resolve().parents[1]
GOOD = "北京是中国的首都，有很多名胜古迹。故宫位于北京市中心。"
SECRET = "机密内容：银行账户密码是一二三四五六。"


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    return corpus


def _load(corpus: Path, tmp_path: Path, **settings: object) -> tuple[Retriever, list[str]]:
    warnings: list[str] = []
    r = Retriever.from_path(corpus, settings=Settings(**settings), cache_dir=tmp_path / "cache",
                            warn=warnings.append)
    return r, warnings


def _all_text(r: Retriever) -> str:
    return "\n".join(p.text for p in r.passages)


def _qa(args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "qa", *args], capture_output=True, env=env, timeout=timeout,
                          cwd=ROOT)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("QA_", "TELEGRAM_"))}
    clean.update(QA_CACHE_DIR=str(tmp_path / "cli-cache"), NO_COLOR="1", LC_ALL="C.UTF-8")
    return clean


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_skipped_by_name_and_the_corpus_still_loads(tmp_path):
    corpus = _corpus(tmp_path)
    Path(os.fsdecode(os.fsencode(corpus) + b"/caf\xe9.txt")).write_text("上海是一个城市。", encoding="utf-8")
    r, warnings = _load(corpus, tmp_path)
    assert [d.doc_id for d in r.documents] == ["good"]
    assert any("caf\\xe9.txt" in w and "not valid UTF-8" in w for w in warnings), warnings
    assert r.sources()[0]["doc_id"] == "good"
    again, _ = _load(corpus, tmp_path)  # and the cache it wrote reads back
    assert again.from_cache and len(again.passages) == len(r.passages)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_and_links_to_endless_devices_are_skipped_without_hanging(tmp_path, env):
    corpus = _corpus(tmp_path)
    os.mkfifo(corpus / "fifo.txt")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    (corpus / "random.md").symlink_to("/dev/urandom")
    env["QA_FOLLOW_LINKS"] = "1"  # even when links may leave the corpus, only regular files are read
    done = _qa(["index", "--corpus", str(corpus)], env, timeout=90)
    err = done.stderr.decode()
    assert done.returncode == 0, err
    assert b"documents: 1" in done.stdout
    for name in ("fifo.txt", "zero.txt", "random.md"):
        assert f"{name}: not a regular file" in err, err


def test_links_out_of_the_corpus_are_skipped_with_a_warning_unless_allowed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "passwd").write_text(SECRET, encoding="utf-8")
    (outside / "notes.txt").write_text(SECRET, encoding="utf-8")
    corpus = _corpus(tmp_path)
    (corpus / "passwd.txt").symlink_to(outside / "passwd")
    (corpus / "elsewhere").symlink_to(outside, target_is_directory=True)
    r, warnings = _load(corpus, tmp_path)
    assert "银行账户" not in _all_text(r)
    assert any("passwd.txt" in w and "outside the corpus" in w for w in warnings), warnings
    assert any("elsewhere" in w and "outside the corpus" in w for w in warnings), warnings
    allowed, _ = _load(corpus, tmp_path, follow_links=True)
    assert "银行账户" in _all_text(allowed)
    assert from_env({"QA_FOLLOW_LINKS": "1"}).follow_links and not from_env({}).follow_links


def test_links_that_stay_inside_the_corpus_are_followed(tmp_path):
    corpus = _corpus(tmp_path)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "real.txt").write_text(SECRET, encoding="utf-8")
    (corpus / "alias").symlink_to(corpus / "sub", target_is_directory=True)
    r, warnings = _load(corpus, tmp_path)
    assert "银行账户" in _all_text(r)  # once: the folder is visited once, under either name
    assert not any("outside" in w for w in warnings)


def test_a_file_with_only_punctuation_is_skipped_as_having_no_text(tmp_path):
    corpus = _corpus(tmp_path)
    (corpus / "punct.txt").write_text("。，！？\n……——\n《》", encoding="utf-8")
    r, warnings = _load(corpus, tmp_path)
    assert [d.doc_id for d in r.documents] == ["good"]
    assert any("punct.txt" in w and "no text" in w for w in warnings), warnings


def test_escape_sequences_in_a_file_name_reach_the_warning_as_visible_text(tmp_path, env, capsys):
    corpus = _corpus(tmp_path)
    (corpus / "x\x1b[2J\x1b]0;pwned\x07\u202e.txt").write_text("", encoding="utf-8")
    code = main(["index", "--corpus", str(corpus), "--no-cache"], env=env)
    err = capsys.readouterr().err
    assert code == 0
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err
    assert "x\\x1b[2J\\x1b]0;pwned\\x07\\u202e.txt: empty" in err, err
