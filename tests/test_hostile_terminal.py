"""Escape sequences, C1 controls and bidi overrides in ids, titles, file names and text never reach
a terminal, a JSON reader or a chat; quotes stay verbatim apart from those characters."""

from __future__ import annotations

import io
import json
import os

import pytest
from fakes import running_bot

from qa import Retriever
from qa.cli import main
from qa.render import render_html, render_json, render_text
from qa.render_terminal import ANSI_ANSWER, ANSI_DIM, ANSI_HL, ANSI_RESET
from qa.repl import run_repl

UNSAFE = ("\x1b", "\x07", "\x9b", "\u202e")
ROWS = [
    {"_id": "x\x1b[2Ja", "title": "标题\u202e反转<b>粗</b>", "text": "北京是中国的首都\u202e，故宫\u009b位于北京市中心。"},
    {"_id": "x\x1b]0;pwned\x07b", "title": "\x1b]0;标题二\x07", "text": "上海是中国最大的城市之一。"},
]
CLEAN_QUOTE = "北京是中国的首都，故宫位于北京市中心。"


def _no_unsafe(text: str) -> None:
    found = [ch for ch in UNSAFE if ch in text]
    assert not found, (found, text)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    path = tmp_path_factory.mktemp("hostile") / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    return Retriever.from_path(path, use_cache=False)


def test_repl_doc_and_sources_show_ids_without_their_escape_sequences(hostile):
    out = io.StringIO()
    run_repl(hostile, input=io.StringIO(":doc x\n:doc x\x1b[2J\n:doc \x1b]0;t\x07\n:sources\n:quit\n"), output=out,
             interactive=False)
    text = out.getvalue()
    _no_unsafe(text)
    assert "x\\x1b[2Ja" in text and "matches 2 documents" in text  # named, visibly


def test_json_and_text_answers_drop_bidi_overrides_and_c1_controls_but_keep_the_quote(hostile):
    answer = hostile.ask("故宫位于哪里")
    assert answer.answered
    data = json.loads(render_json(answer))
    _no_unsafe(render_json(answer))
    assert data["hits"][0]["quote"] == CLEAN_QUOTE
    for rendered in (render_text(answer), render_text(answer, color=True), render_html(answer)):
        for own in (ANSI_HL, ANSI_ANSWER, ANSI_DIM, ANSI_RESET):  # qa's own colours, nothing else
            rendered = rendered.replace(own, "")
        _no_unsafe(rendered)


def test_json_highlights_follow_the_quote_as_printed(hostile):
    hit = json.loads(render_json(hostile.ask("故宫位于哪里")))["hits"][0]
    marked = [hit["quote"][a:b] for a, b in hit["highlights"]]
    assert any("故宫" in m for m in marked), marked


async def test_bot_sources_and_answers_reach_the_chat_sanitised_and_escaped(hostile):
    async with running_bot(hostile) as bot:
        listed = await bot.ask(5, "/sources")
        answered = await bot.ask(5, "故宫位于哪里")
        mark = bot.fake.mark()
        bot.fake.push_inline(9, "故宫位于哪里")
        inline = (await bot.fake.wait_for("answerInlineQuery", since=mark))[0]
    _no_unsafe(listed.text + answered.text + json.dumps(inline.params["results"], ensure_ascii=False))
    assert "标题反转<b>粗</b>" in listed.visible_text  # shown as text, not as formatting
    assert CLEAN_QUOTE in answered.visible_text
    assert inline.params["results"][0]["title"].startswith("北京是中国的首都，故宫")


def test_a_newline_in_a_file_name_keeps_the_sources_table_one_row_per_document(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "two\nlines.txt").write_text("北京是中国的首都。", encoding="utf-8")
    (corpus / "plain.txt").write_text("上海是中国最大的城市之一。", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    assert main(["sources", "--corpus", str(corpus), "--no-cache"], env=env) == 0
    rows = capsys.readouterr().out.strip().splitlines()
    assert len(rows) == 3, rows  # the header and one row each
    assert any(row.startswith("two lines") for row in rows), rows


def test_the_sanitiser_names_files_with_visible_escapes():
    from qa.sanitize import clean, one_line, shown

    assert shown(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt"
    assert shown("a\x1b[2J\u202e\nb") == "a\\x1b[2J\\u202e\\x0ab"
    assert clean("引号\u202e内\x9b容\n下一行") == "引号内容\n下一行"
    assert one_line("第一行\n第二行\t\u2066x") == "第一行 第二行 x"


def test_bot_log_lines_carry_no_escape_sequences_or_forged_lines():
    import logging

    from bot.logsafe import TokenRedactor

    record = logging.LogRecord("bot", logging.INFO, __file__, 1, "question=%s", ("党员\x1b[2J\n2026 ERROR forged",), None)
    assert TokenRedactor().filter(record)
    assert record.getMessage() == "question=党员[2J 2026 ERROR forged"
