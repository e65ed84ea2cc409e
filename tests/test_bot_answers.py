"""The bot end to end over real HTTP: startup, commands, answers, buttons and inline mode."""

from __future__ import annotations

import re

import pytest
from fakes import BOT_USERNAME, FakeBotApi, parse_telegram_html, running_bot, utf16_len

from qa.render import SMALL_TALK
from qa.render_chat import NOTHING_MORE

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
    assert f"问：{buttons[0]['text']}" in answer.text.splitlines()[0] and "<b>" in answer.text


async def test_simplified_question_gets_highlighted_quote_and_citation_without_an_echo(bot):
    reply = await bot.ask(5, QUESTION)
    assert reply.params["parse_mode"] == "HTML"
    assert "200多名社区党员" in reply.visible_text
    assert re.search(r"<b>[^<]*(党员|江欣苑)[^<]*</b>", reply.text)
    assert re.search(r"<i>[^<]+</i>", reply.text)  # the citation
    assert parse_telegram_html(reply.text)[0] == reply.visible_text  # the fake accepted it: valid HTML
    assert "问：" not in reply.visible_text and "/more" not in reply.visible_text
    assert reply.visible_text.startswith("1/")  # the page line, not the question again


async def test_copies_are_named_by_title_not_by_file_id(bot):
    reply = await bot.ask(5, QUESTION)
    assert "亦见于 " in reply.visible_text and "also in" not in reply.visible_text
    assert not re.search(r"\b\d{3}_[0-9a-f]{16}\b", reply.visible_text)


async def test_the_repl_names_copies_exactly_as_the_bot_does(bot):
    """The same question through the real REPL and the real bot: the same 亦见于 <title> lines."""
    import io

    from qa.repl import run_repl

    reply = await bot.ask(5, QUESTION)
    out = io.StringIO()
    retriever = bot.state.retriever
    run_repl(retriever, input=io.StringIO(QUESTION + "\n"), output=out, interactive=False, k=bot.state.settings.k)
    in_chat = [line for line in reply.visible_text.splitlines() if line.startswith("亦见于")]
    in_repl = [line for line in out.getvalue().splitlines() if line.startswith("亦见于")]
    copy = next(d for hit in retriever.ask(QUESTION, k=bot.state.settings.k).hits for d in hit.also_in)
    assert in_chat and in_repl == in_chat
    assert retriever.document(copy).title in in_repl[0] and copy not in out.getvalue()
    assert "also in" not in out.getvalue()


async def test_quotes_come_in_the_readers_script_with_the_original_a_tap_away(bot):
    reply = await bot.ask(5, "我们党的最大政治优势是什么？")  # asked in Simplified, the source is Traditional
    assert "我们党的最大政治优势是密切联系群众" in reply.visible_text
    assert re.search(r"<tg-spoiler>[^<]*最大政治優勢[^<]*</tg-spoiler>", reply.text)
    reply = await bot.ask(5, "黨的最大政治優勢是什麼？")
    assert "我們黨的最大政治優勢" in reply.visible_text and "<tg-spoiler>" not in reply.text.split("\n")[2]


async def test_a_document_url_becomes_a_link_on_its_citation(tmp_path):
    from qa import Retriever

    (tmp_path / "report.txt").write_text(
        "社区巡河记录\nhttps://example.org/river?id=1&x=2\n\n社区志愿者每天巡河记录水质变化，并向居民报告。\n",
        encoding="utf-8",
    )
    retriever = Retriever.from_path(tmp_path, use_cache=False)
    async with running_bot(retriever) as bot:
        reply = await bot.ask(5, "社区志愿者每天巡河记录什么？")
        assert '<a href="https://example.org/river?id=1&amp;x=2">' in reply.text


async def test_not_found_uses_the_shared_wording(bot):
    reply = await bot.ask(5, "今天巴黎天气怎么样？")
    assert "没有在资料中找到答案" in reply.visible_text
    assert not reply.buttons()


@pytest.mark.parametrize("text", ["你好", "谢谢，明白了", "👍"])
async def test_small_talk_gets_one_friendly_line_not_quotes_or_the_coverage(bot, text):
    reply = await bot.ask(5, text)
    assert reply.visible_text == f"{SMALL_TALK}例如：{bot.state.example}"
    assert not reply.buttons()


async def test_a_follow_up_question_carries_the_previous_subject(bot):
    await bot.ask(5, QUESTION)
    reply = await bot.ask(5, "那居民呢？")
    assert "2万多名社区居民" in reply.visible_text
    assert "江欣苑社区有多少名居民" in reply.visible_text.splitlines()[0]  # how it was understood
    other = await bot.ask(6, "那居民呢？")  # another user has no previous turn to lean on
    assert "江欣苑社区有多少名居民" not in other.visible_text


async def test_a_follow_up_about_another_place_is_not_answered_with_the_last_places_quote(bot):
    await bot.ask(5, QUESTION)
    reply = await bot.ask(5, "那林原村呢？")
    assert "资料提到了“林原村”" in reply.visible_text
    assert "200多名社区党员" not in reply.visible_text


async def test_a_follow_up_leans_on_the_day_the_last_answer_gave_even_after_paging(bot):
    await bot.ask(5, "台风卢碧影响厦门是哪天？")
    await bot.ask(5, "还有吗")  # paging keeps what the answer said
    reply = await bot.ask(5, "当天谁在转移群众？")
    assert "8月5日谁在转移群众" in reply.visible_text.splitlines()[0]  # how it was understood
    assert "救援人员转移疏散群众" in reply.visible_text


async def test_a_follow_up_that_leaves_its_subject_out_unseen_is_read_with_the_last_topic(bot):
    await bot.ask(5, "水南画眉站在哪里？")
    reply = await bot.ask(5, "工作人员叫什么？")
    assert "水南画眉站工作人员叫什么" in reply.visible_text.splitlines()[0]  # how it was understood
    assert "郑彩平" in reply.visible_text
    other = await bot.ask(6, "工作人员叫什么？")  # no previous turn: not answered, nothing carried
    assert "水南画眉站" not in other.visible_text.splitlines()[0]


async def test_a_follow_up_in_the_askers_words_is_answered_from_the_piece_just_read(bot):
    await bot.ask(5, "白领驿家在上海哪条路上")
    reply = await bot.ask(5, "那里一共办过多少场活动")  # 办过: the piece says 開展
    assert "3800余場" in reply.visible_text
    other = await bot.ask(6, "那里一共办过多少场活动")  # no piece read before: nothing to look in
    assert "3800余場" not in other.visible_text


async def test_a_follow_up_after_a_question_not_answered_still_means_its_subject(bot):
    first = await bot.ask(5, "华雨辰的入党介绍人是谁呀")  # the documents never say
    assert "没有找到直接回答" in first.visible_text
    reply = await bot.ask(5, "她在哪个学校当老师")
    assert "钢花小学" in reply.visible_text
    await bot.ask(7, "华雨辰的入党介绍人是谁呀")
    assert NOTHING_MORE in (await bot.ask(7, "还有吗")).visible_text  # no results to page through


async def test_what_came_next_is_read_on_from_the_last_quote(bot):
    await bot.ask(5, "美国佛罗里达州卫生部网站当时删掉了多少名患者的数据？")
    reply = await bot.ask(5, "后来呢？")
    assert "恢复相关数据" in reply.visible_text
    again = await bot.ask(5, "后来呢")  # on from there, not the same sentences again
    assert "恢复相关数据" not in again.visible_text and again.visible_text.strip()


async def test_pages_are_edited_in_place_and_never_repeat_a_quote(bot):
    first = await bot.ask(5, QUESTION)
    message = bot.fake.bot_message(first)
    quotes = set(re.findall(r"^\[\d+\] (.+)$", first.visible_text, re.M))
    pages = int(first.visible_text.split("/")[1].split()[0])
    assert pages > 1
    for page in range(2, pages + 1):
        nxt = next(b for b in bot.fake.messages[(5, message["message_id"])]["reply_markup"]["inline_keyboard"][-1]
                   if b["text"] == "下一页")  # fmt: skip
        mark = bot.fake.mark()
        await bot.press(5, nxt["callback_data"], bot.fake.messages[(5, message["message_id"])])
        edit = (await bot.fake.wait_for("editMessageText", since=mark))[0]
        assert edit.params["message_id"] == str(message["message_id"])
        assert edit.visible_text.startswith(f"{page}/{pages}")
        shown = set(re.findall(r"^\[\d+\] (.+)$", edit.visible_text, re.M))
        assert shown and not shown & quotes
        quotes |= shown
        assert not bot.fake.sent("sendMessage", since=mark)  # in place, no new message
    turn = [b["text"] for b in edit.buttons() if b["text"] in {"上一页", "下一页"}]
    assert turn == ["上一页"]


async def test_more_command_and_more_please_send_the_next_page(bot):
    await bot.ask(5, QUESTION)
    second = await bot.ask(5, "/more")
    assert second.visible_text.startswith("2/") and re.search(r"^\[4\] ", second.visible_text, re.M)
    third = await bot.ask(5, "还有吗？")
    assert third.visible_text.startswith("3/") and re.search(r"^\[7\] ", third.visible_text, re.M)


async def test_context_button_shows_the_paragraphs_around_the_quote(bot):
    first = await bot.ask(5, QUESTION)
    context_buttons = [b for b in first.buttons() if b["text"].startswith("上下文")]
    assert [b["text"] for b in context_buttons][:1] == ["上下文 1"]
    data = context_buttons[0]["callback_data"]
    assert data.startswith("x|") and len(data.encode()) <= 64
    mark = bot.fake.mark()
    answered = await bot.press(5, data, bot.fake.bot_message(first))
    assert "text" not in answered.params
    shown = (await bot.fake.wait_for("sendMessage", since=mark))[0]
    bold = re.findall(r"<b>([^<]*)</b>", shown.text)
    assert bold == ["200多名社区党员,如何联系服务2万多名社区居民?"]  # the quote, not the whole passage
    before, _, after = shown.visible_text.partition(bold[0])
    assert "\n\n" in before and after.startswith("\n\n")  # a paragraph on each side


async def test_buttons_still_work_after_a_restart(tmp_path):
    long_question = "去年2月，汉阳区江欣苑社区的党员干部在新冠肺炎疫情期间把哪位居民和其老伴儿送到了医院？"
    assert len(long_question) >= 40
    state = f"sqlite:///{tmp_path}/state.sqlite3"
    fake = FakeBotApi()
    async with running_bot(fake=fake, build_state_url=state) as bot:
        first = await bot.ask(5, long_question)
    buttons = first.buttons()
    assert any(b["text"] == "下一页" for b in buttons)
    async with running_bot(build_state_url=state) as bot:  # a new process: same state file
        for button in buttons:
            mark = bot.fake.mark()
            answered = await bot.press(5, button["callback_data"], fake.bot_message(first))
            assert "text" not in answered.params, button  # no "expired" notice
            method = "editMessageText" if button["text"] == "下一页" else "sendMessage"
            await bot.fake.wait_for(method, since=mark)
        assert "钟呼毅" in (await bot.ask(5, "他们做了什么？")).visible_text  # the conversation too


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

    rows = [
        {"_id": f"d{i:03}", "title": f"第{i}号通知", "text": f"第{i}号通知要求社区居民按时参加活动。"}
        for i in range(300)
    ]
    (tmp_path / "corpus.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8"
    )
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
