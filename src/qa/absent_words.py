"""What a question names or asks about that the corpus lacks altogether: no quote is about it.

A well-known name (德国 asked of Liaoning's trade), a place named by its unit (东胜区 of a corpus on
达拉特旗), a deed no document says (谁下令删的): whatever the quote found says is of another
country, another place, another deed. `qa.pinned.states_pinned` declines such a question.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping, Sequence
from typing import TYPE_CHECKING

from . import background
from .asked_people import names_no_one
from .asked_slot import MANNER
from .question_words import ASKING_NOUNS
from .spelling import PROPER_NOUN_TAGS

if TYPE_CHECKING:
    from .question import KeyTerm

# A name this frequent in general Chinese is well known (德国 5.5, 印度 5.6; 塔楼 10.4, 唐建中 12.5).
_WELL_KNOWN_IDF = 8.0


def absent_words(text: str, key_terms: Sequence[KeyTerm], tags: Mapping[str, str],
                 vocab: Container[str] = (), which: str | None = None) -> tuple[str, ...]:
    """The question's names, deeds and the kind of thing it picks one of (`which`: 机场 of 从哪个机场
    发出去) the corpus never has (`text` as searched, `tags` jieba's tags of its words, `vocab` the
    index's words)."""
    return _absent_names(key_terms, tags, vocab) + _deed_absent(text, key_terms) + _kind_absent(which, key_terms)


def _absent_names(key_terms: Sequence[KeyTerm], tags: Mapping[str, str], vocab: Container[str] = ()) -> tuple[str, ...]:
    """A well-known name (frequent in general Chinese, so jieba reads it whole: 德国, 印度) the corpus
    never has: no quote of it is about what was asked. Rare ones are left out: jieba's guesses (唐建中
    of 唐建中二年, 塔楼) are too often parts of what the corpus says otherwise. jieba tags 老太太 a
    person's name; a kind of person or a kin (`names_no_one`) pins no one, nor does one character
    (哈 of a 哈喽 the question runs on, which jieba tags a place), nor a generic noun (跨境电商的东西:
    jieba tags 东西 a place, as in 东西方向)."""
    return tuple(t.word for t in key_terms if not t.in_corpus and len(t.word) >= 2 and not names_no_one(t.word)
                 and ((tags.get(t.word, "") in PROPER_NOUN_TAGS and t.word not in ASKING_NOUNS
                       and (idf := background.background_idf(t.word)) is not None and idf < _WELL_KNOWN_IDF)
                      or _unit_named(t, vocab)))


# A place named with its administrative unit (东胜区, 寒亭区, 达拉特旗): whatever jieba tags it.
_UNIT_NAMED = re.compile(r"[\u4e00-\u9fff]{2,6}(?:省|市|区|區|县|縣|旗|镇|鎮|乡|鄉|州)")


def _unit_named(term: KeyTerm, vocab: Container[str]) -> bool:
    """A place the question names by its unit (鄂尔多斯东胜区, 那寒亭区呢) that the corpus lacks (after
    spelling), nor its name without the unit (辽宁省 of a corpus writing 辽宁): no quote is about it.
    Not a kind of place general Chinese says often (开发区, 保护区)."""
    idf = background.background_idf(term.word)
    return (term.named and bool(_UNIT_NAMED.fullmatch(term.word)) and term.word[:-1] not in vocab
            and (idf is None or idf >= _WELL_KNOWN_IDF))


# Who did it: the verb right after 谁 (谁下令删的, 谁发明了), past an adverb of manner or time.
_WHO_DID = re.compile(r"(?:谁|誰)(?:又|还|還|最先|最早|首先|当时|當時|" + MANNER + ")?")  # 谁出面介绍的: 介绍


def _deed_absent(text: str, key_terms: Sequence[KeyTerm]) -> tuple[str, ...]:
    """谁下令删的 of documents that never say 下令: whoever they name did something else (披露 the
    deletion); no quote says who gave the order. Only a word of general Chinese (a misspelt name
    is no deed) the corpus lacks altogether, right after 谁."""
    for match in _WHO_DID.finditer(text):
        term = next((t for t in key_terms if text.startswith(t.word, match.end())), None)
        if (term is not None and not term.in_corpus and len(term.word) >= 2 and not term.named
                and background.background_idf(term.word) is not None):
            return (term.word,)
    return ()


# Kinds of place or body whose names end in the kind (首都国际机场, 协和医院, 人民出版社): documents
# that name one say the word. A category (行政区, 机构, 场馆) is answered by names that do not (思明区,
# 协调委员会, 武钢体育中心), and 啥主意, 啥风格 by a description: neither is read so.
_NAMED_WITH_KIND = frozenset({"机场", "医院", "大学", "银行", "酒店", "宾馆", "车站", "火车站", "高铁站", "地铁站", "码头",
    "港口", "公园", "广场", "体育馆", "博物馆", "图书馆", "纪念馆", "剧院", "电影院", "超市", "商场", "餐厅", "饭店", "寺庙", "教堂",
    "景区", "出版社", "报社", "电视台", "电台", "航空公司", "幼儿园", "中学", "小学", "高中", "研究院", "研究所", "法院", "检察院", "派出所",
    "监狱", "工厂", "矿山", "水库", "大桥", "隧道", "高速"})


def _kind_absent(which: str | None, key_terms: Sequence[KeyTerm]) -> tuple[str, ...]:
    """从哪个机场发出去 of documents that never say 机场: they name no airport, so whatever place they
    name is not the one asked for. Only a kind whose names end in it (`_NAMED_WITH_KIND`) that the
    corpus lacks altogether."""
    term = next((t for t in key_terms if t.word == which), None) if which in _NAMED_WITH_KIND else None
    return (term.word,) if term is not None and not term.in_corpus else ()
