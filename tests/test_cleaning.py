"""Each cleaning rule, tested on the real seed lines that motivated it."""

from __future__ import annotations

import re

from qa import cleaning
from qa.cleaning import Metadata


def test_pinyin_after_han_is_removed(seed_text):
    line = next(line for line in seed_text["004_0048be2bc5920a31"].splitlines() if "聯(lián)" in line)
    cleaned = cleaning.strip_pinyin(line)
    assert "(lián)" not in cleaned and "血肉聯系" in cleaned
    assert cleaning.strip_pinyin("事業(yè)的勝利") == "事業的勝利"


def test_pinyin_inside_real_parentheses_keeps_the_parentheses():
    assert cleaning.strip_pinyin("黨群(監(jiān)察審計)工作部主任") == "黨群(監察審計)工作部主任"


def test_real_parentheses_are_untouched(seed_text):
    joined = "".join(seed_text.values())
    for text in ("(记者陆浩 胡拿云)", "(參與采寫:郭敬丹、高楠、覃星星)", "(区域全面经济伙伴关系协定)"):
        assert text in joined
    for text in ("(记者陆浩 胡拿云)", "(RCEP)", "(參與采寫:郭敬丹、高楠、覃星星)", "(区域全面经济伙伴关系协定)"):
        assert cleaning.strip_pinyin(f"据新华社{text}记者") == f"据新华社{text}记者"


def test_no_pinyin_left_anywhere_in_the_corpus(seed_text):
    for text in seed_text.values():
        assert not re.search(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)", cleaning.strip_pinyin(text))


def test_web_chrome_lines_are_boilerplate_and_keep_their_metadata():
    meta = Metadata()
    for line in ("EN", "字號:默認 超大 | 打印 |", "掃一掃在手機打開當前頁", "关键词"):
        assert cleaning.boilerplate(line, meta), line
    assert cleaning.boilerplate("https://www.gov.cn/", meta) and meta.url == "https://www.gov.cn/"
    assert cleaning.boilerplate("【我要糾錯】責任編輯:李萌", meta) and meta.editor == "李萌"
    other = Metadata()
    assert cleaning.boilerplate("責任編輯:李冬葉", other) and other.editor == "李冬葉"


def test_a_link_glued_onto_text_is_split_off_and_the_text_kept():
    # From the CMRC 2018 corpus: the source link runs straight into the first sentence.
    line = "http://www.xswh.gov.cn/Subject/Article/2005-09-20/2005092008212523.shtml民间传说，南宋小康王年间一个盛夏。"
    meta = Metadata()
    assert not cleaning.boilerplate(line, meta)
    assert cleaning.strip_leading_url(line, meta) == "民间传说，南宋小康王年间一个盛夏。"
    assert meta.url == "http://www.xswh.gov.cn/Subject/Article/2005-09-20/2005092008212523.shtml"


def test_real_sentences_are_not_boilerplate(seed_text):
    meta = Metadata()
    for line in seed_text["002_086ee20e96b7d166"].splitlines()[12:40]:
        if line.strip():
            assert not cleaning.boilerplate(line.strip(), meta), line


def test_trailing_editor_and_contributors_of_000_leave_the_text_as_lines_of_their_own():
    meta = Metadata()
    line = "就在初心连着民心的探索里。参与采写刘宗荣邢广利孙楠徐曼曼常清潭叶挺鲁畅新华社北京月日电责任编辑冯明关键词"
    assert cleaning.strip_trailing_boilerplate(line, meta) == "就在初心连着民心的探索里。"
    assert meta.editor == "冯明"
    # Nothing the document says is lost: the contributors are a quotable line, the dateline stub not in it.
    assert (cleaning.CONTRIBUTORS_ROLE, "参与采写刘宗荣邢广利孙楠徐曼曼常清潭叶挺鲁畅") in meta.lines


def test_broken_lines_are_recognised(seed_text):
    lines = [line for line in seed_text["003_ff4c74ca6d82d43a"].splitlines() if line.strip()]
    broken = next(line for line in lines if line.endswith("不时出现拥"))
    assert cleaning.is_broken_line(broken)
    first = next(line for line in seed_text["001_c465d2171fe16071"].splitlines() if line.endswith("主动"))
    assert cleaning.is_broken_line(first)


def test_headlines_and_finished_paragraphs_are_not_broken_lines():
    for line in ("人人有責、人人盡責", "一项公共服务的升级,四川成都——", "讓千萬顆“真心”匯聚",
                 "打江山、守江山,守的是人民的心。", "“怎么头发那么白了都不染?”董明媛笑着问女儿。"):
        assert not cleaning.is_broken_line(line), line


def test_rejoin_glues_the_fragment_and_keeps_real_paragraph_ends():
    blocks = ["“服务群众的党员人数增多、担负的职能扩大;党员从被动走访到主动", "上门、群众从问啥答啥到抢着交流。", "讲一百条道理,不如为群众办一件实事。"]
    joined = cleaning.rejoin(blocks, [True, True, True])
    assert [text for text, _ in joined] == [blocks[0] + blocks[1], blocks[2]]


def test_repeated_fragment_of_the_book_notice_is_dropped(seed_text):
    lines = [line for line in seed_text["001_c465d2171fe16071"].splitlines() if line.strip()]
    notice = next(line for line in lines if line.startswith("新华社北京8月5日电 《中共中央国务院"))
    fragment = next(line for line in lines if line.startswith("见单行本"))
    assert cleaning.is_repeated_fragment(fragment, notice)
    assert not cleaning.is_repeated_fragment(notice, fragment)


def test_page_jump_note_is_removed():
    assert cleaning.strip_page_jumps("先锋模范作用。下转版上接版物管会的组建") == "先锋模范作用。物管会的组建"


def test_inline_title_and_source_header_of_000():
    meta = Metadata()
    line = "解码新时代党群关系方程式来源新华每日电讯版新华社记者董素玉屈辰乌梦达江山就是人民人民就是江山。牢记初心"
    out = cleaning.strip_inline_header(line, "解码新时代党群关系方程式", meta)
    assert out.startswith("新华社记者") and meta.source == "新华每日电讯"
    assert (cleaning.SOURCE_ROLE, "来源新华每日电讯") in meta.lines  # a verbatim slice, quotable


def test_unicode_normalisation_keeps_wording():
    raw = "第一行\u200b有零宽字符\r\n第二行  多个   空格\u3000结尾\x07"
    assert cleaning.normalize_unicode(raw) == "第一行有零宽字符\n第二行 多个 空格\u3000结尾"


def test_rules_skip_lines_without_their_key_character(seed_text):
    """Each rule checks for a character its pattern needs before running it: same result."""
    lines = [line for raw in seed_text.values() for line in raw.splitlines()]
    lines += ["聯(lián)系", "下转版上接版", "。参与采写刘宗荣", "新华社北京月日电责任编辑冯明关键词", "(版任采)"]
    for line in lines:
        assert cleaning.strip_pinyin(line) == cleaning._PINYIN_RE.sub("", line)
        assert cleaning.strip_page_jumps(line) == cleaning._PAGE_JUMP_RE.sub("", line)
        meta = Metadata()
        expected = line
        if (match := cleaning._TRAILING_EDITOR_RE.search(line)) and match.start() > 0:
            expected = line[: match.start()]
        assert cleaning.strip_trailing_boilerplate(line, meta) == cleaning._TRAILING_CONTRIBUTORS_RE.sub("", expected)
