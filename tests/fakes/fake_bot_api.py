"""A small fake Telegram Bot API server for driving the real bot over real HTTP on 127.0.0.1.

It implements only what the bot uses (see /work/shared/TELEGRAM-TESTING.md), enforces the limits
Telegram enforces (4,096 visible UTF-16 units, Telegram's HTML subset), records every call with its
parsed form parameters, and can be scripted to fail: 429 with retry_after, 5xx, 403, or a delay
longer than the client's read timeout. Tests push updates with the helpers at the bottom.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import random
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

# Built from parts so no token-shaped literal is tracked (the secret scan stays meaningful).
FAKE_TOKEN = "123456789:" + "AAH" + "fake" * 7 + "-_xyz"
BOT_ID = 123456789
BOT_USERNAME = "qa_test_bot"

# Form fields PTB JSON-encodes; every other field stays the raw string it was sent as.
_JSON_FIELDS = {
    "reply_markup",
    "results",
    "commands",
    "allowed_updates",
    "entities",
    "link_preview_options",
    "reply_parameters",
    "scope",
    "button",
}
_TRUE_METHODS = {
    "setMyCommands",
    "deleteWebhook",
    "setWebhook",
    "sendChatAction",
    "answerCallbackQuery",
    "answerInlineQuery",
    "close",
    "logOut",
    "deleteMyCommands",
}
_ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
    "a", "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*)?)>")
_ENTITY_RE = re.compile(r"&(#[0-9]+|#x[0-9a-fA-F]+|lt|gt|amp|quot);")
MAX_TEXT_UTF16 = 4096


class HtmlError(ValueError):
    """The text is not valid Telegram HTML."""


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def parse_telegram_html(text: str) -> tuple[str, int]:
    """Return (visible text, entity count) like Telegram's parser, or raise HtmlError."""
    out: list[str] = []
    stack: list[str] = []
    entities = 0
    pos = 0
    while pos < len(text):
        ch = text[pos]
        if ch == "<":
            m = _TAG_RE.match(text, pos)
            if not m:
                raise HtmlError(f"Unsupported start tag at byte offset {pos}")
            closing, name = m.group(1) == "/", m.group(2).lower()
            if name not in _ALLOWED_TAGS:
                raise HtmlError(f'Unsupported start tag "{name}" at byte offset {pos}')
            if closing:
                if not stack or stack[-1] != name:
                    raise HtmlError(
                        f'Unmatched end tag at byte offset {pos}, expected "</{stack[-1] if stack else ""}>", found "</{name}>"'
                    )
                stack.pop()
            else:
                stack.append(name)
                entities += 1
            pos = m.end()
        elif ch == "&":
            m = _ENTITY_RE.match(text, pos)
            if not m:
                raise HtmlError(f"Unsupported entity at byte offset {pos}")
            out.append(html.unescape(m.group(0)))
            pos = m.end()
        elif ch == ">":
            raise HtmlError(f"Unexpected end tag at byte offset {pos}")
        else:
            out.append(ch)
            pos += 1
    if stack:
        raise HtmlError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out), entities


@dataclass
class Fault:
    """One scripted failure for the next call of a method."""

    status: int = 500
    description: str = "Internal Server Error"
    retry_after: int | None = None
    delay: float = 0.0


@dataclass
class Call:
    """One request the bot made, with its parsed parameters."""

    method: str
    params: dict[str, Any]
    at: float
    status: int = 0  # 0 while in flight (a long poll is recorded when it arrives)
    response: Any = None
    fault: Fault | None = None
    visible_text: str | None = None
    entity_count: int | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def chat_id(self) -> int | None:
        raw = self.params.get("chat_id")
        return int(raw) if raw is not None else None

    def buttons(self) -> list[dict[str, Any]]:
        """Inline keyboard buttons of this call, flattened row by row."""
        markup = self.params.get("reply_markup") or {}
        return [button for row in markup.get("inline_keyboard", []) for button in row]


@dataclass
class FakeBotApi:
    """The server. `await start()`, point the bot at `base_url`, `await stop()`."""

    token: str = FAKE_TOKEN
    username: str = BOT_USERNAME
    bot_id: int = BOT_ID
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    faults: dict[str, deque[Fault]] = field(default_factory=dict)
    chats: dict[int, dict[str, Any]] = field(default_factory=dict)
    messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.port = 0
        self.chaos: dict[str, tuple[float, Fault]] = {}
        self._random = random.Random(0)
        self._runner: web.AppRunner | None = None
        self._wakeup = asyncio.Event()
        self._recorded = asyncio.Condition()
        self._stopping = False
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._ids = itertools.count(1)

    # ---- lifecycle -------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def bot_user(self) -> dict[str, Any]:
        return {"id": self.bot_id, "is_bot": True, "first_name": "QA Test", "username": self.username}

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=1, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        self._stopping = True
        self._wake()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # ---- scripting -------------------------------------------------------------------------------

    def fail_next(self, method: str, fault: Fault | None = None, *, times: int = 1, **kwargs: Any) -> None:
        """Make the next `times` calls of `method` fail with `fault` (or Fault(**kwargs))."""
        fault = fault or Fault(**kwargs)
        self.faults.setdefault(method, deque()).extend([fault] * times)

    def fail_randomly(self, method: str, fault: Fault, rate: float, *, seed: int = 0) -> None:
        """Make each call of `method` fail with `fault` with probability `rate` (seeded: repeatable)."""
        self.chaos[method] = (rate, fault)
        self._random = random.Random(seed)

    def mark(self) -> int:
        """A position in the call log; pass it as `since` to look only at later calls."""
        return len(self.calls)

    def sent(self, method: str = "sendMessage", *, since: int = 0, ok: bool | None = True) -> list[Call]:
        return [c for c in self.calls[since:] if c.method == method and (ok is None or c.ok == ok)]

    async def wait_for(
        self,
        method: str = "sendMessage",
        count: int = 1,
        *,
        since: int = 0,
        timeout: float = 5.0,
        where: Callable[[Call], bool] | None = None,
        ok: bool | None = True,
    ) -> list[Call]:
        """Wait until `count` matching calls were recorded after `since`; return them all."""

        def matching() -> list[Call]:
            return [c for c in self.sent(method, since=since, ok=ok) if where is None or where(c)]

        # Checked on every recorded call: count cheaply, build the list once at the end.
        def enough() -> bool:
            seen = 0
            for c in self.calls[since:]:
                if c.method == method and (ok is None or c.ok == ok) and (where is None or where(c)):
                    seen += 1
                    if seen >= count:
                        return True
            return False

        async with self._recorded:
            try:
                await asyncio.wait_for(self._recorded.wait_for(enough), timeout)
            except asyncio.TimeoutError:
                got = matching()
                raise AssertionError(
                    f"expected {count} {method} call(s) within {timeout}s, got {len(got)}: "
                    f"{[c.params for c in got][:5]}"
                ) from None
        return matching()

    # ---- updates ---------------------------------------------------------------------------------

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue a raw update (any JSON-shaped dict); an update_id is added when missing."""
        update = dict(update)
        update.setdefault("update_id", next(self._update_ids))
        self.updates.append(update)
        self._wake()
        return int(update["update_id"])

    def user(self, user_id: int, first_name: str = "Tester") -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "zh-hans"}

    def chat(self, chat_id: int, chat_type: str = "private") -> dict[str, Any]:
        if chat_type == "private":
            chat = {"id": chat_id, "type": "private", "first_name": "Tester"}
        else:
            chat = {"id": chat_id, "type": chat_type, "title": f"Group {chat_id}"}
        self.chats[chat_id] = chat
        return chat

    def message(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        chat_type: str | None = None,
        reply_to: dict[str, Any] | None = None,
        entities: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """A user's text message; commands get a bot_command entity, @mentions a mention entity."""
        chat_type = chat_type or ("private" if chat_id > 0 else "group")
        msg: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self.chat(chat_id, chat_type),
            "from": self.user(user_id if user_id is not None else abs(chat_id)),
            "text": text,
        }
        if entities is None:
            entities = auto_entities(text)
        if entities:
            msg["entities"] = entities
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        self.messages[(chat_id, msg["message_id"])] = msg
        return msg

    def push_text(self, chat_id: int, text: str, **kwargs: Any) -> dict[str, Any]:
        """Push a text message update; return the message dict."""
        msg = self.message(chat_id, text, **kwargs)
        self.push_update({"message": msg})
        return msg

    def bot_message(self, call: Call) -> dict[str, Any]:
        """The Message the fake returned for a recorded sendMessage call."""
        assert isinstance(call.response, dict), call
        return call.response

    def push_callback(
        self, user_id: int, data: str, message: dict[str, Any] | None = None, *, chat_instance: str = "ci-1"
    ) -> str:
        """Push a button press; `message` is the bot message that carried the button."""
        query_id = f"cbq-{next(self._ids)}"
        query: dict[str, Any] = {
            "id": query_id,
            "from": self.user(user_id),
            "chat_instance": chat_instance,
            "data": data,
        }
        if message is not None:
            query["message"] = message
        self.push_update({"callback_query": query})
        return query_id

    def push_inline(self, user_id: int, query: str, *, chat_type: str = "sender") -> str:
        query_id = f"iq-{next(self._ids)}"
        self.push_update(
            {
                "inline_query": {
                    "id": query_id,
                    "from": self.user(user_id),
                    "query": query,
                    "offset": "",
                    "chat_type": chat_type,
                }
            }
        )
        return query_id

    def _wake(self) -> None:
        self._wakeup.set()
        self._wakeup = asyncio.Event()

    # ---- HTTP ------------------------------------------------------------------------------------

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            body = await request.json() if request.can_read_body else {}
            return dict(body or {})
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            if not isinstance(value, str):
                continue  # uploaded files: not used by the bot
            if key in _JSON_FIELDS:
                try:
                    params[key] = json.loads(value)
                except ValueError:
                    params[key] = value
            else:
                params[key] = value
        return params

    async def _record(self, call: Call, status: int | None = None) -> None:
        async with self._recorded:
            if status is None:
                self.calls.append(call)
            else:
                call.status = status
            self._recorded.notify_all()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        call = Call(method=method, params=params, at=time.monotonic())
        await self._record(call)
        if request.match_info["token"] != self.token:
            return await self._error(call, 401, "Unauthorized")
        queue = self.faults.get(method)
        chaos = self.chaos.get(method)
        if queue or (chaos and self._random.random() < chaos[0]):
            fault = queue.popleft() if queue else chaos[1]  # type: ignore[index]
            call.fault = fault
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.status != 200:
                return await self._error(call, fault.status, fault.description, fault.retry_after)
        handler = getattr(self, f"_m_{method}", None)
        if handler is None and method not in _TRUE_METHODS:
            return await self._error(call, 404, "Not Found")
        try:
            result = await handler(call) if handler is not None else True
        except HtmlError as exc:
            return await self._error(call, 400, f"Bad Request: can't parse entities: {exc}")
        except _BadRequest as exc:
            return await self._error(call, 400, f"Bad Request: {exc}")
        call.response = result
        await self._record(call, 200)
        return web.json_response({"ok": True, "result": result})

    async def _error(
        self, call: Call, status: int, description: str, retry_after: int | None = None
    ) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
        if retry_after is not None:
            body["parameters"] = {"retry_after": retry_after}
            if status == 200:
                status = 429
        call.response = body
        await self._record(call, status)
        return web.json_response(body, status=status)

    # ---- methods ---------------------------------------------------------------------------------

    async def _m_getMe(self, call: Call) -> dict[str, Any]:
        return {**self.bot_user, "can_join_groups": True, "supports_inline_queries": True}

    async def _m_getUpdates(self, call: Call) -> list[dict[str, Any]]:
        offset = int(call.params.get("offset") or 0)
        timeout = float(call.params.get("timeout") or 0)
        limit = int(call.params.get("limit") or 100)
        if offset:
            self.updates = [u for u in self.updates if int(u["update_id"]) >= offset]
        deadline = time.monotonic() + timeout
        while True:
            if self.updates or timeout <= 0 or self._stopping:
                return self.updates[:limit]
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return []
            try:
                await asyncio.wait_for(self._wakeup.wait(), remaining)
            except asyncio.TimeoutError:
                return []

    def _check_text(self, call: Call, text: str) -> None:
        if call.params.get("parse_mode", "").upper() == "HTML":
            visible, entities = parse_telegram_html(text)
        else:
            visible, entities = text, 0
        call.visible_text, call.entity_count = visible, entities
        if not visible.strip():
            raise _BadRequest("message text is empty")
        if utf16_len(visible) > MAX_TEXT_UTF16:
            raise _BadRequest("message is too long")

    def _new_message(self, call: Call, chat_id: int) -> dict[str, Any]:
        chat = self.chats.get(chat_id) or {"id": chat_id, "type": "private" if chat_id > 0 else "group"}
        msg: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": self.bot_user,
            "text": call.visible_text if call.visible_text is not None else call.text,
        }
        if call.params.get("reply_markup"):
            msg["reply_markup"] = call.params["reply_markup"]
        reply = call.params.get("reply_parameters") or {}
        replied = self.messages.get((chat_id, int(reply.get("message_id", 0) or 0)))
        if replied is not None:
            msg["reply_to_message"] = replied
        self.messages[(chat_id, msg["message_id"])] = msg
        return msg

    async def _m_sendMessage(self, call: Call) -> dict[str, Any]:
        if "chat_id" not in call.params:
            raise _BadRequest("chat not found")
        self._check_text(call, call.text)
        return self._new_message(call, int(call.params["chat_id"]))

    async def _m_editMessageText(self, call: Call) -> dict[str, Any] | bool:
        self._check_text(call, call.text)
        if "inline_message_id" in call.params:
            return True
        key = (int(call.params["chat_id"]), int(call.params["message_id"]))
        msg = dict(self.messages.get(key) or self._new_message(call, key[0]))
        msg.update(text=call.visible_text, edit_date=int(time.time()))
        if call.params.get("reply_markup"):
            msg["reply_markup"] = call.params["reply_markup"]
        self.messages[key] = msg
        return msg

    async def _m_editMessageReplyMarkup(self, call: Call) -> dict[str, Any] | bool:
        if "inline_message_id" in call.params:
            return True
        key = (int(call.params["chat_id"]), int(call.params["message_id"]))
        msg = dict(
            self.messages.get(key)
            or {"message_id": key[1], "date": 0, "chat": {"id": key[0], "type": "private"}}
        )
        msg["reply_markup"] = call.params.get("reply_markup") or {}
        self.messages[key] = msg
        return msg


class _BadRequest(Exception):
    """Raised inside a method to answer 400 with this description."""


def auto_entities(text: str) -> list[dict[str, Any]]:
    """Entities Telegram would attach: bot_command at offset 0, and every @mention (UTF-16 offsets)."""
    entities = []
    if text.startswith("/"):
        command = text.split(maxsplit=1)[0]
        entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(command)})
    for m in re.finditer(r"@[A-Za-z0-9_]{5,32}", text):
        entities.append(
            {"type": "mention", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0))}
        )
    return entities
