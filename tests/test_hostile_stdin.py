"""Bytes that are not UTF-8 in a batch of questions: the batch goes on, the output stays UTF-8."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BATCH = "北京是哪里\n".encode() + b"\xff\xfe\xe5\x8c\x97\xe4\xba\xac\n" + "故宫位于哪里\n".encode()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "beijing.txt").write_text("北京是中国的首都。故宫位于北京市中心。", encoding="utf-8")
    return folder


def _ask(corpus: Path, tmp: Path, args: list[str], stdin: bytes, **env: str) -> subprocess.CompletedProcess[bytes]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("QA_", "TELEGRAM_", "PYTHONIO", "LC_"))}
    clean.update(QA_CACHE_DIR=str(tmp / "cache"), NO_COLOR="1", **env)
    return subprocess.run([sys.executable, "-m", "qa", "ask", "--corpus", str(corpus), *args], input=stdin,
                          capture_output=True, env=clean, timeout=120, cwd=ROOT)


@pytest.mark.parametrize("locale_env", [{"PYTHONIOENCODING": "utf-8"}, {"LC_ALL": "C.UTF-8"}],
                         ids=["strict-utf8", "c-utf8"])
def test_a_stdin_line_that_is_not_utf8_is_answered_after_a_warning_and_the_json_stays_utf8(
        corpus, tmp_path, locale_env):
    done = _ask(corpus, tmp_path, ["--json", "-"], BATCH, **locale_env)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 0, err
    lines = done.stdout.decode("utf-8").splitlines()  # strict: raises on any invalid byte
    answers = [json.loads(line) for line in lines]
    assert [a["question"] for a in answers] == ["北京是哪里", "\ufffd\ufffd北京", "故宫位于哪里"]
    assert answers[0]["answered"] and answers[2]["answered"]
    assert "stdin line 2 is not valid UTF-8" in err
    assert "Traceback" not in err


def test_a_question_argument_that_is_not_utf8_prints_valid_utf8(corpus, tmp_path):
    done = _ask(corpus, tmp_path, ["--json", os.fsdecode(b"\xff\xe5\x8c\x97\xe4\xba\xac")], b"", LC_ALL="C.UTF-8")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.decode("utf-8"))
    assert answer["question"] == "北京"


def test_the_piped_repl_goes_on_after_a_line_that_is_not_utf8(corpus, tmp_path):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("QA_", "TELEGRAM_", "PYTHONIO", "LC_"))}
    clean.update(QA_CACHE_DIR=str(tmp_path / "cache"), NO_COLOR="1", PYTHONIOENCODING="utf-8")
    done = subprocess.run([sys.executable, "-m", "qa", "repl", "--corpus", str(corpus)], input=BATCH + b":quit\n",
                          capture_output=True, env=clean, timeout=120, cwd=ROOT)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 0, err
    out = done.stdout.decode("utf-8")
    assert "qa> 故宫位于哪里" in out and out.count("北京市中心") >= 1
    assert "stdin line 2 is not valid UTF-8" in err
