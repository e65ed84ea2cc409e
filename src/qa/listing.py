"""What a corpus holds, listed for people: the one coverage line a "not found" reply names, and one
row per document for `qa sources` and the bot's /sources. Both read only the documents' metadata and
the passage ids, never the text, so they stay cheap on 100k documents."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence

from .models import Document


def coverage_line(documents: Sequence[Document], limit: int) -> str:
    """One line naming what the corpus is about: its document count and its articles' titles, the
    first `limit` of them (copies and untitled articles left out)."""
    titles: dict[str, None] = {}
    for document in documents:
        if document.duplicate_of:
            continue
        for article in document.articles or ():
            if article.title and not article.title.endswith("…"):
                titles.setdefault(article.title)
    shown = "；".join(list(titles)[:limit])
    more = f"（另有{len(titles) - limit}篇）" if len(titles) > limit else ""
    return f"{len(documents)}份文档：{shown}{more}"


def source_rows(documents: Sequence[Document], passage_docs: Iterable[str], limit: int | None = None) -> list[dict]:
    """One row per document, in corpus order; the first `limit` only, when given (a bot's reply shows
    a few dozen of 100k). `passage_docs` is each passage's document id: passages are counted, not read."""
    counts = Counter(passage_docs)
    return [
        {
            "doc_id": d.doc_id, "title": d.title, "date": d.date, "source": d.source,
            "script": d.script, "articles": [a.title for a in d.articles],
            "passages": counts.get(d.doc_id, 0), "duplicate_of": d.duplicate_of,
            "authors": list(d.authors), "url": d.url, "editor": d.editor,
        }
        for d in itertools.islice(documents, limit)
    ]
