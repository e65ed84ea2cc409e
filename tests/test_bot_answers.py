"""The bot end to end over real HTTP: startup, commands, answers, buttons and inline mode."""

from __future__ import annotations

import re

import pytest
from fakes import BOT_USERNAME, FakeBotApi, parse_telegram_html, running_bot, utf16_len

from qa.render import MORE_HINT

QUESTION = "江欣苑社区有多少名党员？"


@pytest.fixture
async def bot():
    async with running_bot() as harness:
        yield harness


async def test_startup_registers_commands_and_starts_polling(bot):
    methods = [c.method for c in bot.fake.calls]
    assert methods[:3] == ["getMe", "setMyCommands", "deleteWebhook"]
    await bot.fake.wait_for("getUpdates", ok=None)  # a long poll is in flight
    commands = bot.fake.sent("setMyCommands")[0].params["commands"]
    assert [c["command"] for c in commands] == ["start", "help", "sources", "ask", "more"]
    assert all(c["description"] for c in commands)


async def test_start_tells_what_the_bot_knows_with_three_example_buttons(bot):
    reply = await bot.ask(5, "/start")
    assert "5 篇文档" in reply.text and "个段落" in reply.text and "涵盖：" in reply.text
    buttons = reply.buttons()
    assert len(buttons) == 3
    assert all(
        b["callback_data"].startswith("q|") and len(b["callback_data"].encode()) <= 64 for b in buttons
    )
    mark = bot.fake.mark()
    await bot.press(5, buttons[0]["callback_data"], bot.fake.bot_message(reply))
    answer = (await bot.fake.wait_for("sendMessage", since=mark))[0]
    assert answer.text.startswith("问：" + buttons[0]["text"]) and "<b>" in answer.text


async def test_simplified_question_gets_highlighted_quote_and_citation(bot):
    reply = await bot.ask(5, QUESTION)
    assert reply.params["parse_mode"] == "HTML"
    assert "200多名社区党员" in reply.visible_text
    assert re.search(r"<b>[^<]*(党员|江欣苑)[^<]*</b>", reply.text)
    assert re.search(r"<i>[^<]+</i>", reply.text)  # the citation
    assert parse_telegram_html(reply.text)[0] == reply.visible_text  # the fake accepted it: valid HTML
    assert bot.fake.sent("sendChatAction")[0].params == {"chat_id": "5", "action": "typing"}


async def test_traditional_question_is_answered_from_traditional_text(bot):
    reply = await bot.ask(5, "黨的最大政治優勢是什麼？")
    assert "最大政治優勢" in reply.visible_text


async def test_not_found_uses_the_shared_wording(bot):
    reply = await bot.ask(5, "今天巴黎天气怎么样？")
    assert "没有在资料中找到答案" in reply.visible_text
    assert not reply.buttons()


async def test_more_button_and_command_page_through_results(bot):
    first = await bot.ask(5, QUESTION)
    more = [b for b in first.buttons() if b["text"] == "更多"]
    assert more and MORE_HINT in first.visible_text
    mark = bot.fake.mark()
    await bot.press(5, more[0]["callback_data"], bot.fake.bot_message(first))
    second = (await bot.fake.wait_for("sendMessage", since=mark))[0]
    assert re.search(r"^\[4\] ", second.visible_text, re.M)  # the next page starts at hit 4
    assert not re.search(r"^\[1\] ", second.visible_text, re.M)
    third = await bot.ask(5, "/more")
    assert re.search(r"^\[7\] ", third.visible_text, re.M)


async def test_a_pressed_more_button_is_retired_once_its_page_is_out(bot):
    # Pressing 更多 twice used to send the same second page twice.
    first = await bot.ask(5, QUESTION)
    more = next(b for b in first.buttons() if b["text"] == "更多")
    mark = bot.fake.mark()
    await bot.press(5, more["callback_data"], bot.fake.bot_message(first))
    edit = (await bot.fake.wait_for("editMessageReplyMarkup", since=mark))[0]
    assert edit.params["message_id"] == str(bot.fake.bot_message(first)["message_id"])
    kept = [b["text"] for row in edit.params["reply_markup"]["inline_keyboard"] for b in row]
    assert kept == [b["text"] for b in first.buttons() if b["text"] != "更多"] and kept[0] == "上下文 1"
    second = bot.fake.sent("sendMessage", since=mark)[0]
    assert any(b["text"] == "更多" for b in second.buttons())  # the new page carries its own


async def test_a_refused_edit_does_not_stop_the_next_page(bot):
    first = await bot.ask(5, QUESTION)
    more = next(b for b in first.buttons() if b["text"] == "更多")
    bot.fake.fail_next("editMessageReplyMarkup", status=400, description="Bad Request: message can't be edited")
    mark = bot.fake.mark()
    await bot.press(5, more["callback_data"], bot.fake.bot_message(first))
    second = (await bot.fake.wait_for("sendMessage", since=mark))[0]
    assert re.search(r"^\[4\] ", second.visible_text, re.M)
    await bot.fake.wait_for("editMessageReplyMarkup", since=mark, ok=False)
    after = await bot.ask(5, QUESTION)  # the bot is still answering
    assert "200多名社区党员" in after.visible_text


async def test_context_button_shows_the_surrounding_paragraph(bot):
    first = await bot.ask(5, QUESTION)
    context_buttons = [b for b in first.buttons() if b["text"].startswith("上下文")]
    assert [b["text"] for b in context_buttons][:1] == ["上下文 1"]
    data = context_buttons[0]["callback_data"]
    assert data.startswith("c|") and len(data.encode()) <= 64
    mark = bot.fake.mark()
    answered = await bot.press(5, data, bot.fake.bot_message(first))
    assert "text" not in answered.params
    shown = (await bot.fake.wait_for("sendMessage", since=mark))[0]
    passage = bot.state.retriever.passage(data[2:])
    paragraph, _ = bot.state.retriever.context(data[2:])
    assert f"<b>{passage.text[:10]}" in shown.text
    assert len(shown.visible_text) >= min(len(paragraph), 4000) * 0.9


async def test_buttons_still_work_after_a_restart():
    fake = FakeBotApi()
    async with running_bot(fake=fake) as bot:
        first = await bot.ask(5, QUESTION)
    buttons = first.buttons()
    async with running_bot() as bot:  # a new process: empty memory
        for button in buttons:
            mark = bot.fake.mark()
            answered = await bot.press(5, button["callback_data"], fake.bot_message(first))
            assert "text" not in answered.params, button  # no "expired" notice
            await bot.fake.wait_for("sendMessage", since=mark)


async def test_help_and_sources(bot):
    help_text = (await bot.ask(5, "/help")).visible_text
    assert "/ask" in help_text and f"@{BOT_USERNAME}" in help_text and "上下文" in help_text
    sources = (await bot.ask(5, "/sources")).visible_text
    assert sources.count("\n") >= 5 and "解码新时代党群关系" in sources


async def test_inline_mode_offers_quotes_with_citations(bot):
    mark = bot.fake.mark()
    bot.fake.push_inline(9, QUESTION)
    call = (await bot.fake.wait_for("answerInlineQuery", since=mark))[0]
    results = call.params["results"]
    assert 1 <= len(results) <= 5
    for result in results:
        assert result["type"] == "article" and result["description"]
        content = result["input_message_content"]
        assert content["parse_mode"] == "HTML"
        visible, entities = parse_telegram_html(content["message_text"])
        assert "<i>" in content["message_text"] and utf16_len(visible) <= 4096
    assert len({r["id"] for r in results}) == len(results)


async def test_empty_inline_query_gets_a_hint_not_results(bot):
    mark = bot.fake.mark()
    bot.fake.push_inline(9, "  ")
    call = (await bot.fake.wait_for("answerInlineQuery", since=mark))[0]
    assert call.params["results"] == [] and call.params["button"]["text"]


async def test_long_answers_stay_within_telegram_limits(tmp_path):
    from qa import Retriever

    sentence = "长江大保护需要全社会共同参与，社区志愿者每天巡河记录水质变化并向居民报告。"
    for i in range(3):
        (tmp_path / f"doc{i}.txt").write_text(
            f"长江巡河记录{i}\n\n" + sentence * 400 + "\n\n" + sentence * 300, encoding="utf-8"
        )
    retriever = Retriever.from_path(tmp_path, use_cache=False)
    async with running_bot(retriever) as bot:
        reply = await bot.ask(5, "社区志愿者巡河记录什么？")
        assert "<b>" in reply.text
        assert utf16_len(reply.visible_text) <= 4096 and reply.entity_count <= 100
        context_button = next(b for b in reply.buttons() if b["text"].startswith("上下文"))
        mark = bot.fake.mark()
        await bot.press(5, context_button["callback_data"], bot.fake.bot_message(reply))
        shown = (await bot.fake.wait_for("sendMessage", since=mark))[0]
        assert utf16_len(shown.visible_text) <= 4096 and "<b>" in shown.text


async def test_a_corpus_of_many_documents_is_listed_in_one_message(tmp_path):
    # /sources used to cut its text at 3800 characters mid-line, after reading every document.
    import json

    from qa import Retriever

    rows = [{"_id": f"d{i:03}", "title": f"第{i}号通知", "text": f"第{i}号通知要求社区居民按时参加活动。"}
            for i in range(300)]
    (tmp_path / "corpus.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    retriever = Retriever.from_path(tmp_path / "corpus.jsonl", use_cache=False)
    async with running_bot(retriever) as bot:
        listed = (await bot.ask(5, "/sources")).visible_text
        lines = listed.splitlines()
        assert lines[0] == "资料来源：" and lines[1] == "1. 第0号通知（1 段）" and len(listed) <= 3800
        shown = len(lines) - 2
        assert shown > 100 and lines[-2] == f"{shown}. 第{shown - 1}号通知（1 段）"
        assert lines[-1] == f"……（共 300 篇，列出前 {shown} 篇）"
        start = (await bot.ask(5, "/start")).visible_text
        assert f"资料：300 篇文档，{len(retriever.passages)} 个段落。" in start
