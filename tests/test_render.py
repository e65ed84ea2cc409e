"""Rendering: one layout per medium, Telegram's hard limits always held, untrusted text always escaped."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.models import Answer, Hit
from qa.render import (
    TELEGRAM_MAX_ENTITIES,
    TELEGRAM_MAX_UTF16,
    count_entities,
    not_found_message,
    render_context_html,
    render_context_text,
    render_html,
    render_html_fitted,
    render_json,
    render_rich,
    render_text,
    utf16_len,
    visible_length_utf16,
)
from qa.sanitize import clean_data

# Real lines from the bundled corpus (001 and 004).
PARA_001 = "200多名社区党员,如何联系服务2万多名社区居民?"
CONTEXT_001 = (
    "疫情面前,社区党员干部有勇有情,亦有谋。" + PARA_001 + "在江欣苑社区,每个楼栋长、单元长都是党员,"
    "背后是“党组织书记—党支部委员—党小组长—党员楼栋长—单元长”六级组织体系。"
)
QUOTE_004 = "我們黨的最大政治優勢是密切聯系群眾,最大危險是脫離群眾。"
TITLE_001 = "解码新时代党群关系“方程式”"
COVERAGE = "解码新时代党群关系“方程式”；密切黨群關系全力推進中國夢"


def span_of(text: str, term: str) -> tuple[int, int]:
    start = text.index(term)
    return (start, start + len(term))


def make_hit(rank: int = 1, quote: str = PARA_001, **changes: object) -> Hit:
    fields: dict[str, object] = dict(
        rank=rank,
        score=12.5,
        doc_id="001_c465d2171fe16071",
        passage_id="001_c465d2171fe16071:p0042",
        title=TITLE_001,
        section="乘——小社区撬动群众大幸福",
        paragraph=7,
        date="2021-08-06",
        source="新华每日电讯",
        url="https://www.gov.cn/",
        quote=quote,
        highlights=(span_of(quote, "社区党员"),) if "社区党员" in quote else (),
        context=CONTEXT_001,
        quote_start=CONTEXT_001.find(quote),
    )
    fields.update(changes)
    return Hit(**fields)  # type: ignore[arg-type]


def answer_of(*hits: Hit, question: str = "江欣苑社区有多少名党员？", **changes: object) -> Answer:
    return Answer(question=question, answered=bool(hits), hits=list(hits), **changes)  # type: ignore[arg-type]


class Balance(HTMLParser):
    """Fails on any unbalanced or unexpected tag; collects the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        assert tag in {"b", "i", "u"}, tag
        # The only nesting rendered: an answer is <b><u>…</u></b>.
        expected = ["b"] if tag == "u" else []
        assert self.stack == expected, f"<{tag}> inside {self.stack}"
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"

    def handle_data(self, data):
        self.text.append(data)


def parse_balanced(markup: str) -> str:
    parser = Balance()
    parser.feed(markup)
    parser.close()
    assert not parser.stack, f"unclosed {parser.stack}"
    return "".join(parser.text)


def assert_telegram_ok(markup: str) -> None:
    parse_balanced(markup)
    assert visible_length_utf16(markup) <= TELEGRAM_MAX_UTF16
    assert count_entities(markup) <= TELEGRAM_MAX_ENTITIES


# ── plain text ─────────────────────────────────────────────────────────────────────────────────


def test_text_layout_has_quote_citation_and_also_in():
    hit = make_hit(also_in=("000_b8c38246c9dc5a75",))
    out = render_text(answer_of(hit))
    assert out.splitlines() == [
        f"[1] {PARA_001}",
        "解码新时代党群关系“方程式” · 乘——小社区撬动群众大幸福 · ¶7 · 2021-08-06 · 新华每日电讯",
        "亦见于 000_b8c38246c9dc5a75",  # no titles given: the copy is named by its id
    ]


def test_every_medium_names_copies_alike_and_json_keeps_the_ids():
    hit = make_hit(also_in=("000_b8c38246c9dc5a75", "001_x"))
    names = {"000_b8c38246c9dc5a75": "标题甲"}
    line = "亦见于 标题甲；001_x"  # a copy without a known title falls back to its id
    assert render_text(answer_of(hit), names=names).splitlines()[-1] == line
    assert render_text(answer_of(hit), names=names, color=True).splitlines()[-1] == line
    assert render_html(answer_of(hit), names=names).splitlines()[-1] == line
    from rich.console import Console

    console = Console(width=200, record=True, color_system=None)
    console.print(render_rich(answer_of(hit), names=names))
    assert console.export_text().splitlines()[-1] == line
    assert json.loads(render_json(answer_of(hit)))["hits"][0]["also_in"] == ["000_b8c38246c9dc5a75", "001_x"]


def test_text_skips_empty_citation_parts_and_keeps_original_beside_conversion():
    hit = make_hit(
        quote=QUOTE_004,
        section=None,
        date=None,
        source="",
        script="traditional",
        quote_converted="我们党的最大政治优势是密切联系群众,最大危险是脱离群众。",
    )
    lines = render_text(answer_of(hit)).splitlines()
    assert lines[0] == f"[1] {QUOTE_004}"
    assert lines[1] == "→ 我们党的最大政治优势是密切联系群众,最大危险是脱离群众。"
    assert lines[2] == f"{TITLE_001} · ¶7"


def test_text_has_no_escape_codes_unless_asked():
    answer = answer_of(make_hit())
    assert "\x1b" not in render_text(answer)
    coloured = render_text(answer, color=True)
    assert "\x1b[" in coloured and "社区党员" in coloured


def test_text_strips_terminal_control_sequences_from_corpus_text():
    hit = make_hit(quote="党员\x1b]0;pwned\x07干部\x1b[2J", highlights=((0, 2),))
    out = render_text(answer_of(hit), color=False)
    assert "\x1b" not in out and "\x07" not in out
    assert "党员]0;pwned干部[2J" in out


def test_not_found_names_what_the_corpus_covers():
    answer = Answer(question="今天巴黎天气怎么样？", answered=False, reason="no-match")
    text = render_text(answer, coverage=COVERAGE)
    assert text == not_found_message(answer, COVERAGE)
    assert "没有在资料中找到答案" in text and COVERAGE in text
    assert COVERAGE in parse_balanced(render_html(answer, coverage=COVERAGE))


def test_not_found_wording_varies_by_reason():
    empty = not_found_message(Answer(question="", answered=False, reason="empty-question"), COVERAGE)
    stop = not_found_message(Answer(question="什么？", answered=False, reason="only-stopwords"), COVERAGE)
    miss = not_found_message(Answer(question="巴黎", answered=False, reason="no-match"), COVERAGE)
    assert len({empty, stop, miss}) == 3
    assert all(COVERAGE in m for m in (empty, stop, miss))
    assert "资料涵盖" not in not_found_message(Answer(question="x", answered=False), "")


# ── HTML for Telegram ──────────────────────────────────────────────────────────────────────────


def test_html_escapes_corpus_and_user_text():
    quote = "党员<b>干部</i>&amp; 群众 </i><script>x</script>"
    hit = make_hit(quote=quote, title="<i>标题</i> & 副题", highlights=((0, 2),))
    markup = render_html(answer_of(hit, question="</i><b>问&题"))
    visible = parse_balanced(markup)
    assert quote in visible
    assert "</i><b>问&题" in visible and "<i>标题</i> & 副题" in visible
    assert "<b>党员</b>" in markup
    assert count_entities(markup) == 2  # one highlight, one citation


def test_html_marks_terms_in_bold_and_citation_in_italics():
    markup = render_html(answer_of(make_hit()))
    assert "<b>社区党员</b>" in markup
    assert (
        "<i>解码新时代党群关系“方程式” · 乘——小社区撬动群众大幸福 · ¶7 · 2021-08-06 · 新华每日电讯</i>"
        in markup
    )


def test_overlapping_and_adjacent_highlights_are_merged():
    quote = PARA_001
    a, b = span_of(quote, "社区"), span_of(quote, "党员")  # adjacent: 社区|党员
    c, d = (10, 14), (12, 16)  # overlapping
    hit = make_hit(highlights=(d, b, a, c, (5, 5), (-3, 999_999)))
    markup = render_html(answer_of(hit))
    # (-3, 999_999) clamps to the whole quote, so everything merges into one bold run.
    assert markup.count("<b>") == 1
    hit = make_hit(highlights=(d, b, a, c))
    markup = render_html(answer_of(hit))
    assert "<b>社区党员</b>" in markup
    assert markup.count("<b>") == 2


def test_fifty_long_hits_stay_within_telegram_limits():
    long_quote = (QUOTE_004 + PARA_001) * 100
    spans = tuple((i, i + 2) for i in range(0, len(long_quote) - 2, 3))
    hits = [make_hit(rank=i + 1, quote=long_quote, highlights=spans) for i in range(50)]
    markup, shown = render_html_fitted(answer_of(*hits, has_more=True), more_hint=True)
    assert_telegram_ok(markup)
    assert 1 <= shown < 50
    assert "[1] " in markup and "…" in markup
    assert "还有更多结果" in markup and f"另有 {50 - shown} 条结果" in markup


def test_many_short_hits_drop_whole_trailing_hits_for_entities():
    hits = [
        make_hit(rank=i + 1, highlights=(span_of(PARA_001, "社区"), span_of(PARA_001, "居民")))
        for i in range(60)
    ]
    markup, shown = render_html_fitted(answer_of(*hits))
    assert_telegram_ok(markup)
    # 3 entities a hit: 33 whole hits, then a 34th keeps its citation but not its highlights.
    assert shown == 34
    assert "[34] " in markup and "[35] " not in markup
    assert "<b>" not in markup.split("[34] ")[1]


def test_one_huge_hit_is_trimmed_at_a_sentence_end():
    quote = ("最大危险是脱离群众。" * 1000)[:-1] + "尾"
    markup, shown = render_html_fitted(answer_of(make_hit(quote=quote, highlights=((0, 4),))))
    assert_telegram_ok(markup)
    assert shown == 1
    visible = parse_balanced(markup)
    assert "。…" in visible
    assert visible_length_utf16(markup) > TELEGRAM_MAX_UTF16 - 400  # trimmed, not gutted


def test_trimming_counts_astral_characters_as_two_units():
    quote = "😀" * 5000
    markup = render_html(answer_of(make_hit(quote=quote, highlights=((0, 5000),))))
    assert_telegram_ok(markup)
    assert "\ud83d" not in markup  # never a half of a surrogate pair


def test_visible_length_and_entities_helpers():
    assert visible_length_utf16("<b>a&amp;b</b>\n<i>😀</i>") == 6
    assert count_entities("<b>a</b> <i>b</i> <b>c</b>") == 3
    assert utf16_len("黨😀") == 3


# ── JSON and rich ──────────────────────────────────────────────────────────────────────────────


def test_json_round_trips_and_keeps_chinese_readable():
    answer = answer_of(make_hit(also_in=("000_b8c38246c9dc5a75",)), make_hit(rank=2, quote=QUOTE_004))
    line = render_json(answer)
    assert "\n" not in line and "社区党员" in line
    data = json.loads(line)
    assert data == answer.to_dict()
    assert data["hits"][0]["highlights"] == [list(span_of(PARA_001, "社区党员"))]
    assert set(data["hits"][0]) == set(Hit.__dataclass_fields__)


def test_rich_renders_highlights_without_parsing_markup():
    from rich.console import Console

    quote = "[bold]党员[/bold] [x](y) 社区党员"
    hit = make_hit(quote=quote, highlights=(span_of(quote, "社区党员"),))
    console = Console(record=True, width=80, color_system="truecolor", force_terminal=True)
    console.print(render_rich(answer_of(hit)))
    styled = console.export_text(styles=True, clear=False)
    assert "[1] [bold]党员[/bold] [x](y) 社区党员" in console.export_text()
    assert "\x1b[1;33m社区党员" in styled and "\x1b[1;33mx" not in styled


# ── the answer's own mark ──────────────────────────────────────────────────────────────────────


ANSWER_HIT = dict(highlights=(span_of(PARA_001, "社区党员"),), answer_spans=(span_of(PARA_001, "200多名"),))


def test_html_marks_the_answer_bold_and_underlined_apart_from_matched_words():
    markup = render_html(answer_of(make_hit(**ANSWER_HIT)))
    assert_telegram_ok(markup)
    assert "[1] <b><u>200多名</u></b><b>社区党员</b>,如何" in markup


def test_an_answer_inside_a_matched_word_takes_its_place():
    quote = "网周村驻村工作队队长程鹏拿出项目清单。"
    hit = make_hit(quote=quote, highlights=(span_of(quote, "队长程鹏拿出"),), answer_spans=(span_of(quote, "程鹏"),))
    markup = render_html(answer_of(hit))
    assert "<b>队长</b><b><u>程鹏</u></b><b>拿出</b>" in markup


def test_the_answer_is_kept_when_entities_run_out():
    # 6 entities a hit (3 matched words, the answer's 2, the citation): 16 whole hits, then the 17th
    # has 3 entities left for its marks and spends them on the answer first, though it comes later.
    hits = [make_hit(rank=i + 1, highlights=(span_of(PARA_001, "社区党员"), span_of(PARA_001, "如何"),
                                             span_of(PARA_001, "居民")), answer_spans=(span_of(PARA_001, "2万多名"),))
            for i in range(60)]
    markup, shown = render_html_fitted(answer_of(*hits))
    assert_telegram_ok(markup)
    assert shown == 17
    last = markup.split("[17] ")[1]
    assert "<b><u>2万多名</u></b>" in last and last.count("<b>") == 2


def test_terminal_colours_the_answer_apart_and_plain_text_is_unchanged():
    hit = make_hit(**ANSWER_HIT)
    coloured = render_text(answer_of(hit), color=True)
    assert "\x1b[1;32m200多名\x1b[0m\x1b[1;33m社区党员\x1b[0m" in coloured
    assert render_text(answer_of(hit)) == render_text(answer_of(make_hit(highlights=ANSWER_HIT["highlights"])))


def test_rich_styles_the_answer_in_its_own_colour():
    from rich.console import Console

    console = Console(record=True, width=80, color_system="truecolor", force_terminal=True)
    console.print(render_rich(answer_of(make_hit(**ANSWER_HIT))))
    styled = console.export_text(styles=True, clear=False)
    assert "\x1b[1;32m200多名" in styled and "\x1b[1;33m社区党员" in styled


def test_json_has_answer_spans_next_to_highlights():
    data = json.loads(render_json(answer_of(make_hit(**ANSWER_HIT))))
    hit = data["hits"][0]
    assert hit["answer_spans"] == [list(span_of(PARA_001, "200多名"))]
    keys = list(hit)
    assert keys.index("answer_spans") == keys.index("highlights") + 1
    assert json.loads(render_json(answer_of(make_hit())))["hits"][0]["answer_spans"] == []


def test_rich_not_found_uses_the_shared_wording():
    from rich.console import Console

    answer = Answer(question="今天巴黎天气怎么样？", answered=False, reason="no-match")
    console = Console(record=True, width=200)
    console.print(render_rich(answer, coverage=COVERAGE))
    assert console.export_text().strip() == not_found_message(answer, COVERAGE)


# ── context ────────────────────────────────────────────────────────────────────────────────────


def test_context_marks_the_quote_in_its_paragraph():
    start = CONTEXT_001.index(PARA_001)
    markup = render_context_html(CONTEXT_001, start, start + len(PARA_001), title=TITLE_001)
    assert f"<b>{PARA_001}</b>" in markup
    assert parse_balanced(markup).endswith(CONTEXT_001)
    text = render_context_text(CONTEXT_001, start, start + len(PARA_001), title=TITLE_001)
    assert f"【{PARA_001}】" in text and text.startswith(TITLE_001)


def test_long_context_is_windowed_around_the_quote():
    before, after = "前文。" * 3000, "后文。" * 3000
    text = before + PARA_001 + after
    markup = render_context_html(text, len(before), len(before) + len(PARA_001), title="<t>")
    assert_telegram_ok(markup)
    visible = parse_balanced(markup)
    assert PARA_001 in visible and visible.count("…") == 2 and "<t>" in visible


# ── property: arbitrary Unicode never breaks a renderer ────────────────────────────────────────

nasty = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list("<>&;/ib[]()x\u200f\u202e\x00\x1b\n\ud800😀黨")), max_size=300),
    st.sampled_from(["[x](y)", "</i><b>", "&amp;", "\u202e\u200f", "a" * 100_000, "黨😀" * 50_000]),
)
spans = st.lists(st.tuples(st.integers(-5, 200_000), st.integers(-5, 200_000)), max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    quote=nasty,
    question=nasty,
    title=nasty,
    highlights=spans,
    answers=spans,
    converted=st.one_of(st.none(), nasty),
    n=st.integers(1, 4),
)
def test_arbitrary_text_never_breaks_rendering(quote, question, title, highlights, answers, converted, n):
    hits = [
        make_hit(
            rank=i + 1, quote=quote, title=title, highlights=tuple(highlights), quote_converted=converted,
            answer_spans=tuple(answers),
        )
        for i in range(n)
    ]
    for answer in (answer_of(*hits, question=question), Answer(question=question, answered=False)):
        markup = render_html(answer, coverage=title, more_hint=True)
        assert_telegram_ok(markup)
        text = render_text(answer, coverage=title, color=True)
        assert "\x00" not in text
        data, expected = json.loads(render_json(answer)), answer.to_dict()
        if clean_data(expected) != expected:  # something to remove: the output holds none of it
            assert clean_data(data) == data
        else:
            assert data == expected


@settings(max_examples=40, deadline=None)
@given(text=nasty, start=st.integers(-5, 200_000), end=st.integers(-5, 200_000), title=nasty)
def test_arbitrary_context_never_breaks_rendering(text, start, end, title):
    assert_telegram_ok(render_context_html(text, start, end, title=title))
    render_context_text(text, start, end, title=title)


@pytest.mark.parametrize("reason", [None, "no-match", "empty-question", "only-stopwords"])
def test_not_found_html_is_plain_and_short(reason):
    answer = Answer(question="<b>", answered=False, reason=reason)
    markup = render_html(answer, coverage="x" * 10_000)
    assert_telegram_ok(markup)
    assert count_entities(markup) == 0


def test_html_can_leave_out_the_question_echo():
    markup = render_html(answer_of(make_hit()), show_question=False)
    assert markup.startswith("[1] ") and "问：" not in markup
    answer = Answer(question="巴黎", answered=False, reason="no-match")
    assert render_html(answer, coverage=COVERAGE, show_question=False).startswith("没有在资料中找到答案")


# ── listings ───────────────────────────────────────────────────────────────────────────────────


def test_sources_table_aligns_chinese_columns():
    from rich.cells import cell_len

    from qa.render import render_sources_text

    rows = [
        {
            "doc_id": "001_c465d2171fe16071",
            "title": TITLE_001,
            "date": "2021-08-06",
            "source": "新华社",
            "script": "simplified",
            "articles": [TITLE_001],
            "passages": 41,
            "duplicate_of": None,
        },
        {
            "doc_id": "004_0048be2bc5920a31",
            "title": "密切黨群關系全力推進中國夢",
            "date": None,
            "source": None,
            "script": "traditional",
            "articles": ["密切黨群關系全力推進中國夢", "x" * 90],
            "passages": 12,
            "duplicate_of": None,
        },
    ]
    lines = render_sources_text(rows).splitlines()
    assert lines[0].split() == [
        "doc-id",
        "title",
        "date",
        "source",
        "script",
        "articles",
        "passages",
        "duplicate-of",
    ]
    col = lines[0].index("passages")
    rows_only = [line for line in lines[1:] if not line.startswith("    ")]
    assert all(
        cell_len(line[: re.search(rf"\s{n}(\s|$)", line).start() + 1]) == col
        for line, n in zip(rows_only, (41, 12), strict=True)
    )
    assert lines[-1] == "    2. " + "x" * 90  # every headline of a multi-article file is listed in full


def test_document_listing_shows_metadata_and_articles():
    from qa.models import Article, Document
    from qa.render import render_document_text

    doc = Document(
        doc_id="004_0048be2bc5920a31",
        title="密切黨群關系全力推進中國夢",
        text="保持黨同人民群眾的血肉聯系，密切黨群關系。" * 5,  # its script is read off the text
        authors=("張國珍",),
        articles=(Article(index=1, title="密切黨群關系全力推進中國夢", sections=("一、", "二、")),),
    )
    lines = render_document_text(doc).splitlines()
    assert lines[0] == "doc_id: 004_0048be2bc5920a31"
    assert "authors: 張國珍" in lines and "script: traditional" in lines
    assert "  1. 密切黨群關系全力推進中國夢" in lines and "       – 二、" in lines


# ── the bot's style: reader's script first, links, copies by title ─────────────────────────────


def assert_chat_ok(markup: str) -> None:
    """Links and spoilers nest inside italics here: checked with the fake Bot API's Telegram parser."""
    from fakes import parse_telegram_html

    visible, entities = parse_telegram_html(markup)
    assert utf16_len(visible) <= TELEGRAM_MAX_UTF16 and entities <= TELEGRAM_MAX_ENTITIES


def test_chat_style_shows_the_readers_script_the_original_behind_a_spoiler_and_a_link():
    from qa.render import ChatStyle

    hit = make_hit(
        quote=QUOTE_004,
        highlights=((2, 4),),
        quote_converted="我们党的最大政治优势是密切联系群众,最大危险是脱离群众。",
        url="https://example.org/a?b=1&c=2",
        also_in=("000_b8c38246c9dc5a75", "001_x"),
    )
    markup = render_html(answer_of(hit), show_question=False)
    assert "亦见于 000_b8c38246c9dc5a75；001_x" in markup and "<a " not in markup  # no style: ids, no link
    markup, shown = render_html_fitted(
        answer_of(hit),
        show_question=False,
        head="1/3",
        style=ChatStyle(names={"000_b8c38246c9dc5a75": "标题甲"}),
    )
    assert_chat_ok(markup)
    lines = markup.split("\n")
    assert lines[0] == "1/3" and lines[2].startswith("[1] 我们<b>党的</b>最大政治优势")
    assert lines[3] == f"原文：<tg-spoiler>{QUOTE_004}</tg-spoiler>"
    assert lines[4].startswith('<i><a href="https://example.org/a?b=1&amp;c=2">')
    assert lines[5] == "亦见于 标题甲；001_x"


chatty = st.one_of(
    st.text(max_size=200), st.text(alphabet=st.sampled_from(list("<>&;/ib x\n\u202e😀黨党")), max_size=300)
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote=chatty, converted=chatty, title=chatty, n=st.integers(1, 30))
def test_chat_style_never_breaks_telegrams_limits(quote, converted, title, n):
    from qa.render import ChatStyle

    hits = [
        make_hit(rank=i + 1, quote=quote * 20, title=title, quote_converted=converted * 20 or None,
                 highlights=tuple((j, j + 1) for j in range(0, 200, 2)), url="https://example.org/" + "x" * 50,
                 also_in=(title[:10] or "d",))
        for i in range(n)
    ]  # fmt: skip
    markup, shown = render_html_fitted(
        answer_of(*hits), style=ChatStyle(names={title[:10]: title}), head="2/5"
    )
    assert_chat_ok(markup)
    assert shown >= 1


LEAD = "20世纪90年代,纪玉芝搬到北京市西城区广内街道广安门北街20号院,一直被难题困扰。"
LEANING = "该院1995年由六家产权单位集资建成,产权关系较为复杂且未完成房改。"


def test_every_medium_shows_the_sentence_a_leaning_quote_speaks_of_before_it():
    answer = answer_of(make_hit(quote=LEANING, lead_in=LEAD, highlights=()), question="20号院是哪一年建成的？")
    text = render_text(answer)
    assert f"（上文：{LEAD}）\n[1] {LEANING}" in text
    html = render_html(answer)
    assert f"<i>（上文：{LEAD}）</i>\n[1] {LEANING}" in html
    from rich.console import Console

    console = Console(width=400, record=True, color_system=None)
    console.print(render_rich(answer))
    shown = console.export_text()
    assert shown.index("（上文：") < shown.index("[1] 该院1995年")
    assert json.loads(render_json(answer))["hits"][0]["lead_in"] == LEAD
    plain = render_text(answer_of(make_hit(quote=LEANING, highlights=())))
    assert "上文" not in plain and json.loads(render_json(answer_of(make_hit())))["hits"][0]["lead_in"] == ""


def test_a_long_lead_in_is_shortened_and_the_reply_stays_within_telegram_s_limits():
    hits = [make_hit(rank, quote=LEANING, lead_in="很长的上文" * 2000, highlights=()) for rank in range(1, 4)]
    markup, shown = render_html_fitted(answer_of(*hits))
    assert visible_length_utf16(markup) <= TELEGRAM_MAX_UTF16 and count_entities(markup) <= TELEGRAM_MAX_ENTITIES
    assert shown == 3 and markup.count(LEANING) == 3
    assert all(len(line) <= 220 for line in markup.splitlines() if "上文" in line)
