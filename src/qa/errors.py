"""The small family of errors the engine raises; each front end turns them into one line at its edge."""

from __future__ import annotations


class QAError(Exception):
    """Base class for every error the qa engine raises on purpose."""


class CorpusNotFound(QAError):
    """The corpus path given does not exist."""


class EmptyCorpus(QAError):
    """The corpus path exists but yielded no readable document."""


class CacheError(QAError):
    """An index cache could not be read or written (callers rebuild or run without it)."""


class ConfigError(QAError):
    """A setting is missing or malformed (for example the Telegram bot token)."""
