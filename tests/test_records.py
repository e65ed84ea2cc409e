"""Record encoding: the bytes written for each passage and document (the cache format)."""

from __future__ import annotations

import json

from qa.models import Article, Document, Passage
from qa.store import encode_record


def _dumps_record(value: Passage | Document) -> bytes:
    """The plain formula the cache format was defined by."""
    data = dict(vars(value))
    del data["duplicate_of"]
    if isinstance(value, Document):
        data["articles"] = [vars(article) for article in value.articles]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def test_records_are_the_bytes_json_dumps_writes(retriever):
    odd = "引号\"与\\反斜杠\n换行\t制表\x01控制\u2028行分隔 ＡＢＣ 😀"
    values: list[Passage | Document] = [
        *retriever.passages, *retriever.documents,
        Passage(passage_id=odd, doc_id="d", text=odd, start=0, end=len(odd), sentences=((0, 3), (3, 9))),
        Passage(passage_id="p", doc_id="d", text="", start=0, end=0, sentences=(), title=odd, duplicate_of="x"),
        Document(doc_id="d", title=odd, text=odd, authors=("甲", odd), articles=(
            Article(index=0, title=odd, reporters=(odd,), sections=("一", "二"), start=1, end=2),)),
    ]
    for value in values:
        assert encode_record(value) == _dumps_record(value)
    assert len(retriever.passages) > 100 and len(retriever.documents) >= 5
