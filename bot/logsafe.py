"""Keep the bot token out of every log line, whatever logger or exception carries it."""

from __future__ import annotations

import logging
import re

from qa.sanitize import one_line

REDACTED = "<redacted-token>"
# Used when the exact token is unknown (a mistyped one, or before settings are read): a Bot API
# URL segment `bot<digits>:<secret>` whatever the secret's length, and anything shaped like a
# token even when glued to other digits (a port: `:9` + `123456789:AAH…`) or ending in `-`.
_URL_SEGMENT = re.compile(r"(?<=/bot)\d+:[^/\s'\"?#]+")
_TOKEN_SHAPE = re.compile(r"(?<![0-9])\d{5,}:[A-Za-z0-9_-]{30,}")


def redact(text: str, token: str | None = None) -> str:
    """`text` with the token, and anything that looks like one, replaced by <redacted-token>."""
    if token:
        text = text.replace(token, REDACTED)
    return _TOKEN_SHAPE.sub(REDACTED, _URL_SEGMENT.sub(REDACTED, text))


class TokenRedactor(logging.Filter):
    """Rewrites each record so neither its message, its arguments nor its traceback holds the token,
    and its message is one line without control or bidi characters.

    Attached to handlers (not loggers): a filter on a logger misses records propagated from children.
    """

    def __init__(self, token: str | None = None) -> None:
        super().__init__()
        self.token = token

    def redact(self, text: str) -> str:
        return redact(text, self.token)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not hide the record
            message = str(record.msg)
        # One line with no escapes: a question or file name must not forge log lines or drive a terminal.
        record.msg, record.args = one_line(self.redact(message)), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def install_redaction(token: str | None, logger: logging.Logger | None = None) -> TokenRedactor:
    """Add one TokenRedactor to every handler of `logger` (root by default); idempotent per handler."""
    logger = logger or logging.getLogger()
    redactor = TokenRedactor(token)
    for handler in logger.handlers:
        for old in [f for f in handler.filters if isinstance(f, TokenRedactor)]:
            handler.removeFilter(old)
        handler.addFilter(redactor)
    return redactor


def quiet_http_loggers() -> None:
    """httpx logs every request URL at INFO, and Bot API URLs carry the token."""
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
