"""The `qa` command, in-process through main() and as a real subprocess, on the bundled corpus."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from qa import __version__
from qa.cli import main
from qa.models import Hit
from qa.render import TELEGRAM_MAX_ENTITIES, TELEGRAM_MAX_UTF16, count_entities, visible_length_utf16

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = ("ask", "repl", "index", "sources", "eval", "bot")
SIMPLIFIED_Q = "江欣苑社区有多少名党员？"
TRADITIONAL_Q = "黨的最大政治優勢是什麼？"
NOT_FOUND_Q = "今天巴黎天气怎么样？"
# Which quote ranks first is pinned by the golden set (g001 wants "200多名社区党员"); the front-end
# tests only check that the answer cites the right article (document 001, or 000, its near-duplicate).
SIMPLIFIED_TITLE = "解码新时代党群关系"
HIT_FIELDS = {f.name for f in fields(Hit)}


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A clean environment: private cache and home, no colour, no corpus override."""
    home = tmp_path_factory.mktemp("home")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("QA_", "TELEGRAM_"))}
    clean.update(
        QA_CACHE_DIR=str(home / "cache"),
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache-home"),
        NO_COLOR="1",
        PYTHONIOENCODING="utf-8",
    )
    return clean


def qa(env: dict[str, str], *args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qa", *args],
        input=input,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        cwd=ROOT,
    )


def run_main(capsys: pytest.CaptureFixture[str], env: dict[str, str], *args: str) -> tuple[int, str, str]:
    code = main(list(args), env=env)
    out, err = capsys.readouterr()
    return code, out, err


# ── help, version, usage errors (no engine needed) ─────────────────────────────────────────────


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(capsys, env, command):
    code, out, _ = run_main(capsys, env, command, "--help")
    assert code == 0
    assert "examples:" in out
    assert re.search(rf"^\s+(\S+=\S+ )?qa {command}\b", out, re.M), out


def test_top_level_help_lists_every_command(capsys, env):
    code, out, _ = run_main(capsys, env, "--help")
    assert code == 0
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s", out, re.M)


def test_version(env):
    result = qa(env, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"qa {__version__}"


@pytest.mark.parametrize(
    "args",
    [
        ["ask"],
        ["ask", "问题", "--bogus"],
        ["nope"],
        [],
        ["ask", "问题", "--format", "xml"],
        ["ask", "问题", "--k", "x"],
    ],
)
def test_usage_errors_exit_2_with_one_line(capsys, env, args):
    code, out, err = run_main(capsys, env, *args)
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1 and err.startswith("qa: error: ")


def test_usage_error_as_subprocess_is_one_line(env):
    result = qa(env, "ask", "--bogus", "问题")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("qa: error: ")


def test_every_command_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in COMMANDS if not re.search(rf"\bqa {c}\b", readme)]
    assert not missing, f"README.md does not show: {', '.join('qa ' + c for c in missing)}"


# ── unusable corpus ────────────────────────────────────────────────────────────────────────────


def test_missing_corpus_exits_2_with_one_line(capsys, env, tmp_path):
    code, out, err = run_main(capsys, env, "ask", SIMPLIFIED_Q, "--corpus", str(tmp_path / "nowhere"))
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("qa: error: ")


def test_empty_corpus_folder_exits_2(env, tmp_path):
    result = qa(env, "ask", SIMPLIFIED_Q, "--corpus", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.startswith("qa: error: ") and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_k_below_one_is_a_usage_error(capsys, env):
    code, _, err = run_main(capsys, env, "ask", SIMPLIFIED_Q, "--k", "0")
    assert code == 2 and err.startswith("qa: error: ")


# ── answers on the bundled corpus ──────────────────────────────────────────────────────────────


def test_ask_text(capsys, env):
    code, out, _ = run_main(capsys, env, "ask", SIMPLIFIED_Q)
    assert code == 0
    assert SIMPLIFIED_TITLE in out
    assert out.startswith("[1] ") and " · ¶" in out
    assert "\x1b" not in out


def test_ask_json_has_every_hit_field(capsys, env):
    code, out, _ = run_main(capsys, env, "ask", "--json", SIMPLIFIED_Q, "--k", "2")
    assert code == 0
    assert len(out.splitlines()) == 1
    data = json.loads(out)
    assert data["question"] == SIMPLIFIED_Q and data["answered"] is True
    assert 1 <= len(data["hits"]) <= 2
    assert set(data["hits"][0]) == HIT_FIELDS
    assert all(h["doc_id"][:3] in {"000", "001"} for h in data["hits"])


def test_ask_traditional_question(capsys, env):
    code, out, _ = run_main(capsys, env, "ask", "--format", "json", TRADITIONAL_Q, "--script", "simplified")
    data = json.loads(out)
    top = data["hits"][0]
    assert top["doc_id"].startswith("004") and "最大政治優勢" in top["quote"]
    assert top["quote_converted"] and "最大政治优势" in top["quote_converted"]


def test_ask_html_is_telegram_ready(capsys, env):
    code, out, _ = run_main(capsys, env, "ask", "--format", "html", SIMPLIFIED_Q)
    assert code == 0
    assert "<b>" in out and "<i>" in out
    assert visible_length_utf16(out) <= TELEGRAM_MAX_UTF16
    assert count_entities(out) <= TELEGRAM_MAX_ENTITIES


def test_ask_names_copies_by_title_in_text_and_html_and_by_id_in_json(capsys, env):
    """The 亦见于 line names the copy's document by its title in every human medium; JSON's
    `also_in` stays the doc id (a contract)."""
    copies = {"000_b8c38246c9dc5a75": "解码新时代党群关系方程式"}  # the same article in 000 and 001
    _, out, _ = run_main(capsys, env, "ask", "--json", SIMPLIFIED_Q)
    assert "000_b8c38246c9dc5a75" in {d for h in json.loads(out)["hits"] for d in h["also_in"]}
    for fmt in ("text", "html"):
        _, out, _ = run_main(capsys, env, "ask", "--format", fmt, SIMPLIFIED_Q)
        assert f"亦见于 {copies['000_b8c38246c9dc5a75']}" in out.splitlines()
        assert "000_b8c38246c9dc5a75" not in out and "also in" not in out


def test_ask_not_found_says_what_the_corpus_covers(capsys, env):
    code, out, _ = run_main(capsys, env, "ask", NOT_FOUND_Q)
    assert code == 0
    assert out.startswith("没有在资料中找到答案") and "资料涵盖" in out


def test_stdin_batch_keeps_order_one_json_line_each(env):
    questions = [SIMPLIFIED_Q, NOT_FOUND_Q, TRADITIONAL_Q, "", SIMPLIFIED_Q]
    result = qa(env, "ask", "--json", "-", input="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(questions)
    rows = [json.loads(line) for line in lines]
    assert [r["question"] for r in rows] == questions
    assert [r["answered"] for r in rows] == [True, False, True, False, True]
    assert rows[0] == rows[4]


def test_stdin_batch_in_process(capsys, env, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{SIMPLIFIED_Q}\n{NOT_FOUND_Q}\n"))
    code, out, _ = run_main(capsys, env, "ask", "-")
    assert code == 0
    assert out.index(f"问：{SIMPLIFIED_Q}") < out.index("[1] ") < out.index(f"问：{NOT_FOUND_Q}")


def test_sources_json_lists_the_bundled_documents(capsys, env):
    code, out, _ = run_main(capsys, env, "sources", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 5
    assert {"doc_id", "title", "passages", "articles", "duplicate_of"} <= set(rows[0])
    assert sorted(r["doc_id"][:3] for r in rows) == ["000", "001", "002", "003", "004"]


def test_sources_plain_table_when_not_a_terminal(capsys, env):
    code, out, _ = run_main(capsys, env, "sources")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["doc-id", "title", "date"]
    rows = [line for line in lines[1:] if not line.startswith("    ")]
    assert len(rows) == 5 and "\x1b" not in out
    assert "    5. 我国发现罕见月牙形陨石坑" in lines and "    6. 以党建引领提升物业管理水平" in lines


def test_index_reports_counts_and_cache(env, tmp_path):
    result = qa(env, "index", "--cache-dir", str(tmp_path / "c"))
    assert result.returncode == 0, result.stderr
    assert re.search(r"^documents:\s+5$", result.stdout, re.M)
    assert re.search(r"^passages:\s+\d+$", result.stdout, re.M)
    assert "seconds:" in result.stdout and "cache:" in result.stdout
    assert "\x1b" not in result.stderr  # no progress bar when stderr is not a terminal
    again = qa(env, "index", "--cache-dir", str(tmp_path / "c"))
    assert "from cache" in again.stdout


def test_loading_warnings_go_to_stderr_once_each(env, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bundled = ROOT / "src" / "qa" / "corpus" / "004_0048be2bc5920a31.txt"
    (corpus / "004.txt").write_bytes(bundled.read_bytes())
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (corpus / "empty.txt").write_bytes(b"")
    result = qa(env, "ask", TRADITIONAL_Q, "--corpus", str(corpus), "--no-cache", "--k", "1")
    assert result.returncode == 0
    assert "最大政治優勢" in result.stdout
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("qa: warning: ") for line in lines)
    assert sum("binary.txt" in line for line in lines) == 1
    assert sum("empty.txt" in line for line in lines) == 1
