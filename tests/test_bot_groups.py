"""Groups: the bot answers /ask, /ask@bot, mentions and replies to itself, and ignores other chatter."""

from __future__ import annotations

import asyncio
import re

import pytest
from fakes import BOT_USERNAME, running_bot

from qa.render_chat import NOTHING_MORE

GROUP = -1001
QUESTION = "黨的最大政治優勢是什麼？"


@pytest.fixture
async def bot():
    async with running_bot() as harness:
        yield harness


async def _quiet(bot, mark, chat_id=GROUP):
    """Prove a group message got no reply: a later private question is answered first."""
    await bot.ask(77, "江欣苑社区有多少名党员？")
    await asyncio.sleep(0.1)
    assert [c.text for c in bot.fake.sent(since=mark) if c.chat_id == chat_id] == []


async def test_chatter_is_ignored_completely(bot):
    mark = bot.fake.mark()
    bot.fake.push_text(GROUP, "大家好，今天开会吗？", user_id=1)
    bot.fake.push_text(GROUP, "/ask@other_bot 党员", user_id=1)
    bot.fake.push_text(GROUP, "@someone_else 最大政治優勢", user_id=1)
    await _quiet(bot, mark)
    assert [c for c in bot.fake.sent("sendChatAction", since=mark) if c.chat_id == GROUP] == []


@pytest.mark.parametrize("text", [f"/ask {QUESTION}", f"/ask@{BOT_USERNAME} {QUESTION}"])
async def test_ask_command_is_answered_as_a_reply(bot, text):
    reply = await bot.ask(GROUP, text, user_id=1)
    assert "最大政治優勢" in reply.visible_text and "问：" not in reply.text  # a reply: no echo needed
    assert reply.params["reply_parameters"]["message_id"] > 0


async def test_mention_is_answered_without_the_mention(bot):
    reply = await bot.ask(GROUP, f"@{BOT_USERNAME} {QUESTION}", user_id=1)
    assert "最大政治優勢" in reply.visible_text
    reply = await bot.ask(GROUP, f"请问 @{BOT_USERNAME.upper()} 江欣苑社区有多少名党员？", user_id=1)
    assert "200多名社区党员" in reply.visible_text


async def test_reply_to_the_bot_is_answered(bot):
    first = await bot.ask(GROUP, f"/ask {QUESTION}", user_id=1)
    reply = await bot.ask(GROUP, "江欣苑社区有多少名党员？", user_id=2, reply_to=bot.fake.bot_message(first))
    assert "200多名社区党员" in reply.visible_text
    mark = bot.fake.mark()
    human = bot.fake.message(GROUP, "我觉得不对", user_id=3)
    bot.fake.push_text(GROUP, "同意", user_id=2, reply_to=human)  # a reply to a human is chatter
    await _quiet(bot, mark)


async def test_small_talk_in_reply_to_the_bot_is_not_taken_for_a_question(bot):
    first = await bot.ask(GROUP, f"/ask {QUESTION}", user_id=1)
    mark = bot.fake.mark()
    for text in ("谢谢，明白了", "👍", "好的"):
        bot.fake.push_text(GROUP, text, user_id=1, reply_to=bot.fake.bot_message(first))
    await _quiet(bot, mark)
    reply = await bot.ask(GROUP, "那最大危險呢？", user_id=1, reply_to=bot.fake.bot_message(first))
    assert "最大危險是脫離群眾" in reply.visible_text  # a follow-up in reply is a question


async def test_ask_without_question_explains_usage(bot):
    reply = await bot.ask(GROUP, f"/ask@{BOT_USERNAME}", user_id=1)
    assert reply.visible_text.startswith("用法：/ask 问题")


async def test_more_in_a_group_goes_on_with_the_members_own_question(bot):
    # Two members ask in turn; each one's /more pages through their own question, not the latest.
    other = "江欣苑社区有多少名党员？"
    await bot.ask(GROUP, f"/ask {QUESTION}", user_id=1)
    await bot.ask(GROUP, f"/ask {other}", user_id=2)
    mine = await bot.ask(GROUP, "/more", user_id=1)
    assert "江欣苑" not in mine.visible_text and "黨" in mine.visible_text
    assert re.search(r"^\[4\] ", mine.visible_text, re.M)
    theirs = await bot.ask(GROUP, f"/more@{BOT_USERNAME}", user_id=2)
    assert "江欣苑" in theirs.visible_text and re.search(r"^\[4\] ", theirs.visible_text, re.M)
    nobody = await bot.ask(GROUP, "/more", user_id=3)
    assert nobody.visible_text == NOTHING_MORE
