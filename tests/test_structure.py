"""Metadata, articles, sections and passages of the bundled corpus."""

from __future__ import annotations

import json
import re

from qa import Retriever
from qa.models import Document
from qa.structure import is_metadata


def _doc(retriever, prefix: str) -> Document:
    return next(d for d in retriever.documents if d.doc_id.startswith(prefix))


def test_doc_ids_are_file_stems(retriever):
    assert [d.doc_id for d in retriever.documents] == [
        "000_b8c38246c9dc5a75", "001_c465d2171fe16071", "002_086ee20e96b7d166",
        "003_ff4c74ca6d82d43a", "004_0048be2bc5920a31"]


def test_metadata_from_the_text(retriever):
    assert _doc(retriever, "000").date == "2021-08-06"
    doc002 = _doc(retriever, "002")
    assert (doc002.date, doc002.source, doc002.url, doc002.editor) == ("2020-09-17", "新華社", "https://www.gov.cn/", "李萌")
    assert doc002.authors == ("鄒聲文", "康淼", "陳弘毅")
    assert _doc(retriever, "004").authors == ("張國珍",)
    assert _doc(retriever, "004").title == "密切黨群關系全力推進中國夢"


def test_scripts(retriever):
    scripts = {d.doc_id[:3]: d.script for d in retriever.documents}
    assert scripts == {"000": "simplified", "001": "simplified", "002": "traditional",
                       "003": "simplified", "004": "traditional"}


def test_001_is_split_into_its_articles(retriever):
    titles = [a.title for a in _doc(retriever, "001").articles]
    assert titles[0] == "解码新时代党群关系“方程式”"
    for title in ("我国发现罕见月牙形陨石坑", "台风“卢碧”影响福建厦门", "外贸量稳质升韧性凸显",
                  "《中国共产党党内法规体系》单行本出版"):
        assert title in titles
    assert len(titles) == 7


def test_003_reports_are_separate_articles(retriever):
    titles = [a.title for a in _doc(retriever, "003").articles]
    assert "一项公共服务的升级,四川成都——热线架起便民连心桥" in titles
    assert "以党建引领提升物业管理水平" in titles
    assert len(titles) >= 5


def test_crater_paragraph_cites_the_crater_article(retriever):
    passage = next(p for p in retriever.passages if "依兰陨石坑位于" in p.text)
    assert passage.title == "我国发现罕见月牙形陨石坑" and passage.paragraph == 2


def test_sections_inside_articles(retriever):
    p001 = next(p for p in retriever.passages if p.text.startswith("20世纪90年代,纪玉芝"))
    assert p001.section == "减——最大限度减少不和谐因素"
    p002 = next(p for p in retriever.passages if "東興小區位於廈門島" in p.text)
    assert p002.section == "讓千萬顆“真心”匯聚"


def test_passages_are_verbatim_slices_with_sentence_offsets(retriever):
    docs = {d.doc_id: d for d in retriever.documents}
    for passage in retriever.passages:
        text = docs[passage.doc_id].text
        assert text[passage.start : passage.end] == passage.text
        assert passage.sentences[0][0] == passage.start and passage.sentences[-1][1] == passage.end
        assert 1 <= len(passage.sentences) <= 4


def test_long_paragraphs_are_cut_into_short_passages(retriever):
    for passage in retriever.passages:
        assert len(passage.text) <= 250 or len(passage.sentences) == 1


def test_broken_lines_are_rejoined_in_passages(retriever):
    text = "\n".join(p.text for p in retriever.passages)
    assert "不时出现拥挤。" in text and "从被动走访到主动上门" in text
    assert "把群眾的思想和行動統一" in text


def test_no_passage_holds_pinyin_or_boilerplate(retriever):
    bad = re.compile(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)|掃一掃|字號|我要糾錯|^EN$|关键词|下转版")
    editor = re.compile(r"責任編輯|责任编辑")
    for passage in retriever.passages:
        assert not bad.search(passage.text), passage.passage_id
        # The editor line is its own passage (quotable), never glued into the text.
        assert not editor.search(passage.text) or is_metadata(passage), passage.passage_id


def test_000_is_linked_to_001_as_a_duplicate(retriever):
    assert _doc(retriever, "000").duplicate_of == "001_c465d2171fe16071"
    # Its metadata lines are its own (000 alone prints 参与采写…), not copies of 001's text.
    copies = [p for p in retriever.passages if p.doc_id.startswith("000") and not is_metadata(p)]
    assert sum(1 for p in copies if p.duplicate_of and p.duplicate_of.startswith("001")) / len(copies) >= 0.8
    assert not any(p.duplicate_of for p in retriever.passages if p.doc_id.startswith("001"))


def test_sources_rows(retriever):
    rows = {row["doc_id"][:3]: row for row in retriever.sources()}
    assert rows["000"]["duplicate_of"] == "001_c465d2171fe16071"
    assert rows["002"]["script"] == "traditional" and rows["004"]["script"] == "traditional"
    assert "我国发现罕见月牙形陨石坑" in rows["001"]["articles"]
    assert all(row["passages"] > 0 for row in rows.values())


def test_a_paragraph_opening_with_a_date_is_text_not_a_header(tmp_path):
    # A BEIR row that is one sentence starting with a date was once taken for a dateline and lost.
    rows = [{"_id": "wbf", "title": "世界羽毛球联合会 (1978)",
             "text": "1981年5月26日，世界羽毛球联合会正式与国际羽毛球联合会正式合并。"},
            {"_id": "news", "title": "消息", "text": "2020-09-17 11:07 來源: 新華社\n社区服务站今天开门。"}]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    retriever = Retriever.from_path(corpus, use_cache=False)
    assert not retriever.warnings
    texts = {p.doc_id: p.text for p in retriever.passages}
    assert texts["wbf"] == rows[0]["text"]
    assert texts["news"] == "社区服务站今天开门。"  # a real header line is still metadata


def test_equally_formed_copies_link_one_way_only(tmp_path):
    # Two rows with the same sentences in another order are equally well formed: the first by id is
    # canonical and the other points to it, never both ways (which left chains and cycles).
    sentences = ["社区党委组织志愿者上门服务独居老人。", "街道每周召开一次联席会议协调难题。",
                 "居民代表参与议事并监督落实情况。", "物业公司承诺二十四小时响应报修。"]
    rows = [{"_id": "a", "title": "社区", "text": "".join(sentences)},
            {"_id": "b", "title": "社区", "text": "".join(reversed(sentences))}]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    retriever = Retriever.from_path(corpus, use_cache=False)
    by_id = {p.passage_id: p for p in retriever.passages}
    assert all(p.duplicate_of is None for p in by_id.values() if p.doc_id == "a")
    copies = [p for p in by_id.values() if p.doc_id == "b"]
    assert copies and all(p.duplicate_of and by_id[p.duplicate_of].doc_id == "a" for p in copies)
