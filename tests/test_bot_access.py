"""Who gets answers: the allow-list, the per-user rate limit, the length cap and forged buttons."""

from __future__ import annotations

import asyncio

from fakes import running_bot

from bot.handlers import EXPIRED, REFUSED, TOO_FAST, TOO_LONG

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
        assert "text" not in pressed.params  # buttons count too, and the warning was already given
        await asyncio.sleep(0.1)
        assert [c for c in bot.fake.sent(since=mark) if c.chat_id == 5] == []


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
        for data in [
            "",
            "garbage",
            "m|abc|q",
            "m|99999999|q",
            "c|no-such-passage",
            "c|#deadbeef",
            "x|1|2",
            "q|",
        ]:
            answered = await bot.press(5, data, message)
            assert answered.params.get("text") == EXPIRED, data
        # a key stored for chat 5 must not work from chat 6
        long_question = "党" * 30 + "？"
        await bot.ask(5, long_question)
        stored = next(
            b for c in bot.fake.sent() for b in c.buttons() if b["callback_data"].startswith("m|3|#")
        )
        foreign = bot.fake.message(6, "x")
        answered = await bot.press(6, stored["callback_data"], {**foreign, "from": bot.fake.bot_user})
        assert answered.params.get("text") == EXPIRED
        assert [c for c in bot.fake.sent() if c.chat_id == 6] == []
        assert "最大政治優勢" in (await bot.ask(5, QUESTION)).visible_text  # still serving
