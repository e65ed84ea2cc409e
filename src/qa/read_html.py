"""An HTML page → its visible text, one line per block element, the page's chrome left out.

Script, style, navigation, sidebars and the page footer (版权所有 © …, ICP备 …) are not the
article; nor is a "related reading" box, whose links are other articles' headlines and were cited
as if this page said them. The box is its heading (`相关阅读`, `相关新闻`, …) and the blocks
after it that are nothing but link text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "nav", "aside", "footer"}
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
           "header", "blockquote", "pre", "title", "table", "ul", "ol", "dl", "dt", "dd"}
RELATED_RE = re.compile(r"^[【\[]?(?:相关|相關|延伸|推荐|推薦)(?:阅读|閱讀|新闻|新聞|链接|鏈接|文章|报道|報道)[】\]]?\s*[:：]?$")


class _HTMLText(HTMLParser):
    """Visible text, one line per block element (see the module docstring for what is dropped)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skip = 0
        self._in_title = False
        self._links = 0  # depth of <a> elements around the current text
        self._block: list[tuple[str, bool]] = []  # (text, inside a link) of the block being read
        self._related = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._flush()
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "a":
            self._links += 1
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip:
            self._flush()
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        elif tag == "a" and self._links:
            self._links -= 1
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title += data
            return
        self._block.append((data, self._links > 0))

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        """End of a block: keep its text, unless it opens or continues a related-reading box."""
        block, self._block = self._block, []
        text = "".join(data for data, _ in block)
        if not text.strip():
            return
        if RELATED_RE.match(text.strip()):
            self._related = True
            return
        if self._related and all(linked or not data.strip() for data, linked in block):
            return
        self._related = False
        self.parts.append(f"\n\n{text}\n\n")


def html_to_text(markup: str) -> tuple[str, str | None]:
    """(visible text, the page's <title>)."""
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts), (parser.title.strip() or None)
