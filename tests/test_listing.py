"""Listing a corpus (sources, the coverage line) stays cheap and exact on a corpus of many documents."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from qa import Retriever
from qa.store import Records

DOCUMENTS = 300


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    folder = tmp_path_factory.mktemp("many")
    rows = [
        {"_id": f"d{i:03}", "title": f"第{i}号文件" if i % 7 else "重复的标题",
         "text": f"第{i}号文件规定了社区服务的第{i}条要求。居民可以通过热线反映问题。" * (1 + i % 3)}
        for i in range(DOCUMENTS)
    ]
    (folder / "corpus.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return Retriever.from_path(folder / "corpus.jsonl", cache_dir=folder / "cache")


def _defined_coverage(r: Retriever, limit: int = 8) -> str:
    """The coverage line by its definition: distinct article titles of the original documents."""
    titles: list[str] = []
    for document in r.documents:
        if not document.duplicate_of:
            titles += [a.title for a in document.articles if a.title and not a.title.endswith("…")]
    titles = list(dict.fromkeys(titles))
    more = f"（另有{len(titles) - limit}篇）" if len(titles) > limit else ""
    return f"{len(r.documents)}份文档：{'；'.join(titles[:limit])}{more}"


def test_sources_count_each_documents_passages_and_stop_at_the_limit(many):
    rows = many.sources()
    per_document = Counter(p.doc_id for p in many.passages)
    assert [row["doc_id"] for row in rows] == [d.doc_id for d in many.documents]
    assert [row["passages"] for row in rows] == [per_document[d.doc_id] for d in many.documents]
    assert sum(row["passages"] for row in rows) == len(many.passages) > DOCUMENTS
    assert many.sources(limit=7) == rows[:7] and many.sources(limit=0) == []


def test_coverage_is_worked_out_once(many, monkeypatch):
    first = many.coverage()
    assert first == _defined_coverage(many) and first.endswith("（另有250篇）")  # 258 distinct titles
    assert many.coverage(limit=3) == _defined_coverage(many, limit=3)

    def no_reading(*_):
        raise AssertionError("coverage read the documents again")

    monkeypatch.setattr(Records, "_read", no_reading)
    assert many.coverage() == first


def test_scanning_a_store_keeps_the_records_questions_read(many):
    passages = many.passages
    assert isinstance(passages, Records)
    many.ask("居民通过什么反映问题？")
    kept = list(passages._cache)
    assert kept and len(list(passages)) == len(passages) and len(list(many.documents)) == DOCUMENTS
    assert list(passages._cache) == kept
