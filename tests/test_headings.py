"""Headlines and section headings: kept as lines of their article, quoted when a question asks for one."""

from __future__ import annotations

import pytest

from qa import Retriever
from qa.bylines import asked_roles
from qa.golden import ask_as_user
from qa.headings import counted_part
from qa.line_kinds import HEADING_ROLE, KICKER_ROLE, TITLE_ROLE
from qa.loading import RawDocument
from qa.quoting import Request
from qa.structure import build_document, is_heading_line, is_metadata

REPORT = ("解码党群关系方程式\n\n新华社记者日前深入多地采访。\n\n加\n——长效机制架起连心桥\n\n"
          "进入新时代,构建长效机制。\n\n减\n——减少不和谐因素\n\n纪玉芝搬到广安门北街20号院。\n\n记者 董素玉 屈辰\n")


def test_the_headline_and_each_heading_become_lines_of_their_article_after_the_others():
    document, passages = build_document(RawDocument("doc", REPORT, kind="text"))
    lines = [(p.section, p.text, p.paragraph) for p in passages if is_heading_line(p)]
    assert lines == [(TITLE_ROLE, "解码党群关系方程式", 0), (HEADING_ROLE, "加——长效机制架起连心桥", 0),
                     (HEADING_ROLE, "减——减少不和谐因素", 0)]
    for passage in passages:  # each quotes the document's text where it is printed
        assert document.text[passage.start : passage.end] == passage.text
    assert all(is_metadata(p) for p in passages[-4:])  # the byline, then the headings: the body keeps its numbers
    assert [p.paragraph for p in passages if not is_metadata(p)] == [1, 2, 3]


def test_a_beir_row_gets_no_heading_lines():
    _, passages = build_document(RawDocument("doc", "第一段。\n\n第二段。", title="标题", kind="beir"))
    assert not any(is_heading_line(p) for p in passages)


@pytest.mark.parametrize(("question", "roles"), [
    ("微治理那篇报道的标题是什么", (TITLE_ROLE,)),
    ("它大标题咋写的", (TITLE_ROLE,)),
    ("这篇文章的标题？", (TITLE_ROLE,)),
    ("那篇报道叫什么名字", (TITLE_ROLE,)),
    ("写东兴小区的那一节，小标题叫啥来着", (HEADING_ROLE,)),
    ("方程式那篇“乘”那节标题叫啥", (HEADING_ROLE,)),
    ("那篇文章分哪几个部分", (HEADING_ROLE,)),
    ("标题上头那行小字咋写的", (KICKER_ROLE,)),
    ("标题里的方程式指什么", ()),  # what the headline's words mean: the text answers
    ("张三的论文题目是什么", ()),  # a body's 题目, not the piece's
    ("那位部门主任写的那篇文章 题目是啥", (TITLE_ROLE,)),  # a pause before 题目, typed fast
    ("那条新闻，标题原文是啥", (TITLE_ROLE,)),  # the headline word for word
])
def test_which_heading_a_question_asks_for(question, roles):
    assert asked_roles(question) == roles


@pytest.mark.parametrize(("question", "counted", "every"), [
    ("第二部分的小标题叫什么", 2, False),
    ("第十二节叫啥", 12, False),
    ("这篇报道最后一部分的小标题是啥", -1, False),
    ("小标题有哪些", 1, True),  # every heading: the first, the others after it
    ("写纪玉芝那部分小标题是啥", None, False),  # the part the question describes
    ("最后那一部分的小标题是啥", -1, False),  # counted from either end, however the part is pointed at
    ("开头的那节叫什么", 1, False),
])
def test_which_section_a_question_counts_to(question, counted, every):
    assert counted_part(question) == (counted, every)


def test_the_question_is_read_for_its_section_once(retriever: Retriever):
    question = Request.read("党群关系方程式那篇最后那一部分的小标题是什么", retriever.corpus).question
    assert (question.section, question.every_section) == (-1, False)
    assert Request.read("它分哪几个部分", retriever.corpus).question.every_section
    answer = retriever.ask("党群关系方程式那篇最后那一部分的小标题是什么")
    assert answer.answered and answer.hits[0].quote == "除——分类施策解民生“痛点”"


@pytest.mark.parametrize(("question", "quote", "section"), [
    ("微治理那篇报道的标题是什么", "“微”治理中感受城市溫度——基層黨建引領城市社區治理掃描", TITLE_ROLE),
    # The part found by what the question says it tells, in either script.
    ("写纪玉芝那部分小标题是啥", "减——最大限度减少不和谐因素", HEADING_ROLE),
    ("請問一下，那篇微治理報道寫南寧盧布深夜買紙尿褲的那一部分，小標題是什麼？", "把溫暖留在群眾身邊", HEADING_ROLE),
    # The part named by the heading's own word.
    ("方程式那篇“乘”那节标题叫啥", "乘——“小社区”撬动群众“大幸福”", HEADING_ROLE),
    ("党群关系方程式那篇最后一部分的小标题是什么", "除——分类施策解民生“痛点”", HEADING_ROLE),
    # The kicker joined to the headline, and printed as a line of its own above it.
    ("讲成都12345热线的那篇报道 标题叫啥来着", "一项公共服务的升级,四川成都——热线架起便民连心桥", TITLE_ROLE),
    ("以党建引领提升物业管理水平那篇标题上头那行写的是哪个地方", "山东潍坊潍城区", None),
    # Named by its exact title, though the file prints the title after the story it heads.
    ("《信仰在战疫火线更加坚定》标题上头那一行，介绍的是谁", "湖北武汉青山区钢花小学教师华雨辰", None),
    # The piece named by its author, whose name is only in its byline.
    ("王云娜那篇文章的标题是什么", "一件民生实事的落实,湖南娄底——助力群众圆梦“微心愿”", TITLE_ROLE),
    ("中国地方煤矿总公司那位部门主任写的那篇文章 题目是啥", "密切黨群關系全力推進中國夢", TITLE_ROLE),
])
def test_the_heading_line_itself_answers(retriever: Retriever, question, quote, section):
    answer = retriever.ask(question)
    assert answer.answered and answer.hits[0].quote == quote
    assert answer.hits[0].section == section


def test_every_heading_is_listed_in_order_on_one_page(retriever: Retriever):
    answer = retriever.ask("党群关系方程式那篇有哪些小标题", k=3)
    assert [hit.quote for hit in answer.hits[:4]] == [
        "加——长效机制架起党群“连心桥”", "减——最大限度减少不和谐因素", "乘——“小社区”撬动群众“大幸福”",
        "除——分类施策解民生“痛点”"]


@pytest.mark.parametrize("question", [
    "写依兰陨石坑那部分的小标题是什么",  # the crater report has no sections
    "微治理那篇报道的英文版标题是啥",  # a headline the page does not print
])
def test_a_heading_the_documents_do_not_print_is_not_answered(retriever: Retriever, question):
    answer = retriever.ask(question)
    assert not answer.answered
    assert all(hit.section not in (TITLE_ROLE, HEADING_ROLE) for hit in answer.hits)


def test_a_question_in_a_heading_s_words_is_answered_from_the_body(retriever: Retriever):
    answer = retriever.ask("打造人人有责、人人尽责的社会治理共同体需要引导居民怎么做")
    assert answer.answered and not is_heading_line(retriever.passage(answer.hits[0].passage_id))
    assert "自治本位" in answer.hits[0].quote


@pytest.mark.parametrize(("previous", "question", "quotes"), [
    ("党群关系方程式那篇讲了纪玉芝什么事", "这部分的小标题是啥", ["减——最大限度减少不和谐因素"]),
    ("微治理那篇报道的标题是什么", "它分哪几个部分", ["讓千萬顆“真心”匯聚", "把溫暖留在群眾身邊", "人人有責、人人盡責"]),
    ("以党建引领提升物业管理水平那篇是谁写的", "它标题上头那行写的是哪个地方", ["山东潍坊潍城区"]),
])
def test_a_follow_up_asks_the_piece_just_read_for_its_heading(retriever: Retriever, previous, question, quotes):
    answer = ask_as_user(retriever, {"previous": previous, "question": question})
    assert answer.answered and [hit.quote for hit in answer.hits][: len(quotes)] == quotes


NOTICE = ("# 阳光社区2024年工作要点\n\n社区党委将围绕居民需求开展工作。\n\n## 一、加强基层组织建设\n\n"
          "社区将成立5个网格党支部。\n\n## 二、提升物业服务水平\n\n社区将引入专业物业公司。\n\n"
          "## 三、丰富居民文化生活\n\n社区每月举办一次文艺晚会，全年不少于12场。\n")


@pytest.mark.parametrize(("question", "quotes"), [
    ("第二部分的小标题是什么", ["二、提升物业服务水平"]),
    ("最后一部分叫什么", ["三、丰富居民文化生活"]),
    ("分哪几个部分", ["一、加强基层组织建设", "二、提升物业服务水平", "三、丰富居民文化生活"]),
    ("这份工作要点的标题是什么", ["阳光社区2024年工作要点"]),
])
def test_a_heading_counted_in_the_only_piece_printed_with_headings_needs_no_name(one_file_retriever, question, quotes):
    retriever = one_file_retriever("notice.md", NOTICE)
    answer = retriever.ask(question)
    assert answer.answered and [hit.quote for hit in answer.hits][: len(quotes)] == quotes


def test_a_heading_counted_of_no_piece_among_several_is_not_guessed(retriever: Retriever):
    assert not retriever.ask("第二部分的小标题是什么").answered  # 001 and 002 both have a second part

