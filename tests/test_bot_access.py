"""Who gets answers: the allow-list, the per-user rate limit, the length cap and forged buttons."""

from __future__ import annotations

import asyncio

from fakes import running_bot

from qa.render_chat import EXPIRED, REFUSED, TOO_FAST, TOO_FAST_TAPS, TOO_LONG

QUESTION = "黨的最大政治優勢是什麼？"


async def test_allow_list_refuses_other_chats_once_for_messages_buttons_and_inline():
    async with running_bot(allowed_chat_ids=frozenset({5, -100})) as bot:
        assert "最大政治優勢" in (await bot.ask(5, QUESTION)).visible_text
        refusal = await bot.ask(6, QUESTION)
        assert refusal.text == REFUSED
        mark = bot.fake.mark()
        bot.fake.push_text(6, QUESTION)
        bot.fake.push_text(6, "/start")
        await bot.ask(5, "/help")  # processed after chat 6's messages
        await asyncio.sleep(0.1)
        assert [c for c in bot.fake.sent(since=mark) if c.chat_id == 6] == []  # then silence

        stranger_message = bot.fake.message(7, "x")  # a button shown in a chat not on the list
        first = await bot.press(7, f"q|{QUESTION}", {**stranger_message, "from": bot.fake.bot_user})
        second = await bot.press(7, f"q|{QUESTION}", {**stranger_message, "from": bot.fake.bot_user})
        assert first.params.get("text") == REFUSED and "text" not in second.params
        assert [c for c in bot.fake.sent() if c.chat_id == 7] == []

        mark = bot.fake.mark()
        bot.fake.push_inline(8, QUESTION)
        bot.fake.push_inline(8, QUESTION)
        bot.fake.push_inline(5, QUESTION)
        await bot.fake.wait_for("answerInlineQuery", since=mark, where=lambda c: c.params["results"])
        await asyncio.sleep(0.1)
        refused = [c for c in bot.fake.sent("answerInlineQuery", since=mark) if not c.params["results"]]
        assert len(refused) == 1 and refused[0].params["button"]["text"] == REFUSED
        allowed = [c for c in bot.fake.sent("answerInlineQuery", since=mark) if c.params["results"]]
        assert allowed[0].params["is_personal"] == "true"  # results never shared through Telegram's cache


async def test_group_not_on_the_list_is_refused_only_when_addressed():
    async with running_bot(allowed_chat_ids=frozenset({5})) as bot:
        mark = bot.fake.mark()
        bot.fake.push_text(-200, "闲聊而已", user_id=1)
        await bot.ask(5, QUESTION)
        assert [c for c in bot.fake.sent(since=mark) if c.chat_id == -200] == []
        assert (await bot.ask(-200, f"/ask {QUESTION}", user_id=1)).text == REFUSED


async def test_rate_limit_answers_politely_once_then_stays_quiet():
    async with running_bot(rate_limit_per_minute=3) as bot:
        for _ in range(3):
            assert "最大政治優勢" in (await bot.ask(5, QUESTION)).visible_text
        assert (await bot.ask(5, QUESTION)).text == TOO_FAST
        mark = bot.fake.mark()
        bot.fake.push_text(5, QUESTION)
        assert "最大政治優勢" in (await bot.ask(6, QUESTION)).visible_text  # other users unaffected
        await asyncio.sleep(0.1)
        assert [c for c in bot.fake.sent(since=mark) if c.chat_id == 5] == []
        pressed = await bot.press(5, f"q|{QUESTION}", {**bot.fake.message(5, "x"), "from": bot.fake.bot_user})
        assert "text" not in pressed.params  # an example button asks a question: same budget, already warned
        await asyncio.sleep(0.1)
        assert [c for c in bot.fake.sent(since=mark) if c.chat_id == 5] == []


async def test_inline_keystrokes_and_commands_do_not_silence_the_next_question():
    # 25 inline keystrokes used to spend the whole budget and the one "too fast" notice.
    async with running_bot(rate_limit_per_minute=20) as bot:
        mark = bot.fake.mark()
        for n in range(1, 26):
            bot.fake.push_inline(5, QUESTION[: n % len(QUESTION) + 1])
        await bot.fake.wait_for("answerInlineQuery", 25, since=mark, timeout=10)
        for command in ("/help", "/sources", "/start"):
            await bot.ask(5, command)
        reply = await bot.ask(5, QUESTION)
        assert "最大政治優勢" in reply.visible_text


async def test_a_refused_inline_query_says_why_once_per_burst():
    async with running_bot(rate_limit_per_minute=1) as bot:  # 6 inline queries a minute
        mark = bot.fake.mark()
        for _ in range(8):
            bot.fake.push_inline(5, QUESTION)
        await bot.ask(6, QUESTION)
        await asyncio.sleep(0.2)
        calls = bot.fake.sent("answerInlineQuery", since=mark)
        refused = [c for c in calls if not c.params["results"]]
        assert len(calls) == 7 and len(refused) == 1 and refused[0].params["button"]["text"] == TOO_FAST_TAPS


async def test_questions_over_the_length_cap_are_refused_with_a_message():
    async with running_bot(max_question_chars=20) as bot:
        reply = await bot.ask(5, "党" * 21)
        assert reply.text == TOO_LONG.format(n=21, max=20)
        assert not bot.fake.sent("sendChatAction")  # the engine was never asked
        assert "最大政治優勢" in (await bot.ask(5, QUESTION)).visible_text


async def test_forged_stale_or_foreign_buttons_get_a_polite_notice():
    async with running_bot() as bot:
        first = await bot.ask(5, QUESTION)
        message = bot.fake.bot_message(first)
        for data in ["", "garbage", "p|abc|2|0", "p|0123456789ab|2|0", "p|0123456789ab|0|0", "x|zz|1",
                     "c|no-such-passage", "m|3|q", "x|1|2", "q|"]:  # fmt: skip
            answered = await bot.press(5, data, message)
            assert answered.params.get("text") == EXPIRED, data
        # a result set made for chat 5 must not be readable from chat 6
        page = next(b for b in first.buttons() if b["text"] == "下一页")
        foreign = bot.fake.message(6, "x")
        answered = await bot.press(6, page["callback_data"], {**foreign, "from": bot.fake.bot_user})
        assert answered.params.get("text") == EXPIRED
        assert [c for c in bot.fake.calls if c.chat_id == 6 and c.method != "answerCallbackQuery"] == []
        assert "最大政治優勢" in (await bot.ask(5, QUESTION)).visible_text  # still serving
