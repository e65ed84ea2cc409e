"""Notices and web pages: the headline is the title, the sign-off stays and dates the document,
and a page's footer, copyright lines and related-reading links are not quoted."""

from __future__ import annotations

import pytest

from qa import Retriever
from qa.signoff import iso_date

NOTICE = ("阳光花园小区停水通知\n\n各位业主：\n\n因市政管道维修，本小区将于2024年12月5日8:00至18:00停水，"
          "请各位业主提前做好储水准备。给您带来的不便，敬请谅解。\n\n阳光花园物业服务中心\n\n2024年12月1日\n")
PAGE = """<html><head><title>社区新闻</title></head><body>
<article><h1>社区食堂开业</h1><p>阳光社区老年食堂于本周一正式开业，每餐收费十元。</p></article>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/1">老年食堂补贴标准公布</a></li>
<li><a href="/2">社区养老服务再升级</a></li></ul></div>
<p>版权所有 © 2024 阳光社区网 京ICP备12345678号</p>
<footer><p>联系我们 网站地图</p></footer></body></html>"""


@pytest.fixture
def notice(tmp_path):
    (tmp_path / "notice.txt").write_bytes(NOTICE.encode("gbk"))
    return Retriever.from_path(tmp_path, use_cache=False)


def test_a_notice_keeps_its_headline_as_title_and_its_sign_off(notice):
    document = notice.documents[0]
    assert document.title == "阳光花园小区停水通知" and document.date == "2024-12-01"
    assert {"阳光花园物业服务中心", "2024年12月1日"} <= {p.text for p in notice.passages}
    hit = notice.ask("阳光花园物业服务中心").hits[0]
    assert hit.quote == "阳光花园物业服务中心" and hit.date == "2024-12-01" and hit.title == "阳光花园小区停水通知"


def test_the_headline_is_searchable(notice):
    answer = notice.ask("阳光花园小区停水通知")
    assert answer.answered and answer.hits[0].title == "阳光花园小区停水通知"


def test_a_greeting_line_is_not_taken_for_the_headline(notice):
    assert notice.documents[0].articles[0].title == "阳光花园小区停水通知"
    assert "各位业主：" in {p.text for p in notice.passages}


@pytest.mark.parametrize("line, iso", [("2024年12月1日", "2024-12-01"), ("2024-12-01", "2024-12-01"),
                                       ("二〇二四年十二月一日", "2024-12-01"), ("二〇二四年三月二十一日", "2024-03-21"),
                                       ("2024年12月1日停水", None), ("2024年13月1日", None)])
def test_sign_off_dates(line, iso):
    assert iso_date(line) == iso


def test_a_web_page_loses_its_footer_copyright_and_related_links(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    r = Retriever.from_path(tmp_path, use_cache=False)
    text = r.documents[0].text
    assert "每餐收费十元" in text
    for chrome in ("相关阅读", "老年食堂补贴标准公布", "社区养老服务再升级", "版权所有", "ICP备", "网站地图"):
        assert chrome not in text, chrome
