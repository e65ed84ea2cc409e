"""qa: answers questions about Chinese documents with verbatim quotes and exact citations."""

from __future__ import annotations

from .config import Settings
from .errors import CacheError, ConfigError, CorpusNotFound, EmptyCorpus, QAError
from .models import Answer, Article, Document, Hit, Passage
from .skipped import Skipped

__version__ = "0.1.0"

__all__ = [
    "Answer",
    "Article",
    "CacheError",
    "ConfigError",
    "CorpusNotFound",
    "Document",
    "EmptyCorpus",
    "Hit",
    "Passage",
    "QAError",
    "Retriever",
    "Settings",
    "Skipped",
    "__version__",
]


def __getattr__(name: str) -> object:
    # Retriever pulls in jieba, OpenCC and scipy; import it lazily so `qa --help` stays instant.
    if name == "Retriever":
        from .answer import Retriever

        return Retriever
    raise AttributeError(name)
