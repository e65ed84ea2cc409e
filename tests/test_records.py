"""Record encoding: the bytes written for each passage and document (the cache format)."""

from __future__ import annotations

import json

import numpy as np

from qa.models import Article, Document, Passage
from qa.store import SEPARATOR, encode_record, join_records


def _dumps_record(value: Passage | Document) -> bytes:
    """The plain formula the cache format was defined by."""
    data = dict(vars(value))
    del data["duplicate_of"]
    if isinstance(value, Document):
        data.pop("script", None)  # derived from the text, worked out on first use
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


def test_blocks_of_records_join_into_one_readable_json_array():
    """Blocks (some empty) joined: a JSON array of the records in order, each at its offset."""
    records = [{"n": i, "text": "第" + str(i) + "段"} for i in range(5)]
    encoded = [json.dumps(r, ensure_ascii=False).encode() for r in records]
    cases = [[], [[]], [[0]], [[0, 1], [], [2], [3, 4], []]]
    for case in cases:
        parts = [(SEPARATOR.join(encoded[i] for i in block), np.array([len(encoded[i]) for i in block], dtype=np.int64))
                 for block in case]
        blob, starts = join_records(parts)
        wanted = [records[i] for block in case for i in block]
        assert json.loads(blob) == wanted
        assert [json.loads(blob[starts[i] : starts[i + 1] - len(SEPARATOR)]) for i in range(len(wanted))] == wanted
