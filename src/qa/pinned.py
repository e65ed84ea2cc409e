"""What a question pins, so that an article which does not say it cannot answer: the numbers typed as
digits (1613年, 2.85), the edition of a recurring event (第一届奥斯卡, 第十五届奥运会), the titles and
names put in quotes, the community, village or street it names (东兴小区), and no well-known name the
corpus lacks. Read on the question (`qa.question`), checked on the cited article (`qa.judging`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container, Iterator, Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from .asked_places import LOCAL_PLACE, PLACE_FORMS
from .numerals import chinese_to_int, with_digits

if TYPE_CHECKING:
    from .question import Question

__all__ = ["about_another", "another_community", "another_of_kind", "editions", "figures", "named_kinds", "other_figure", "places_named", "states_editions", "states_numbers", "states_pinned", "states_quoted"]

# 第一届, 第十五屆, 第2届: an edition of a recurring event (folded, so 屆 reads 届); 第三代, 第15期: a
# generation, an issue. (第一次 is as often "the first time" as an edition: not pinned.)
_EDITION = re.compile(r"第([一二三四五六七八九十百零〇两]+|\d+)(届|代|期)")


def editions(text: str) -> tuple[tuple[int, str], ...]:
    """The editions the (folded) question names, with their unit (第一届奥斯卡 → (1, 届))."""
    found = ((int(n) if n.isdigit() else chinese_to_int(n), unit) for n, unit in _EDITION.findall(text))
    return tuple(dict.fromkeys((n, unit) for n, unit in found if n))


def states_editions(wanted: Sequence[tuple[int, str]], text: str) -> bool:
    """Every edition asked about is the (folded) text's: as digits or a Chinese numeral, or 首届 for
    the first. Shared data: the gold article names it for 51 of 52 questions asking a 届, 13 of 13 a
    代, 15 of 15 a 期."""
    if not wanted:
        return True
    said = set(editions(text))
    return all((n, unit) in said or (n == 1 and "首" + unit in text) for n, unit in wanted)


def states_pinned(question: Question, text: str) -> bool:
    """The (folded) text holds what the question pins: its typed numbers, the edition it names, its
    quoted titles and names, and no well-known name the corpus lacks. A question about 《傲骨》 is
    not answered by an article on another album, nor 对德国进出口多少 by the figure for the EU, nor
    第一届奥斯卡最佳女主角 by an article on another year's awards."""
    return (not question.absent and all(states_quoted(q, text) for q in question.quoted)
            and states_numbers(question.numbers, text)
            and states_editions(editions(question.text), text)
            and all(_names(place, text) for place in question.places))


# The forms a community, a village or a street is named by (the asked places' forms, and 自然村 for
# 好客王家自然村), longest first.
_PLACE_FORMS = tuple(sorted({*PLACE_FORMS, "自然村"}, key=lambda form: (-len(form), form)))


def places_named(text: str, named: Sequence[str], vocab: Container[str] = ()) -> tuple[str, ...]:
    """The communities, villages and streets the (folded) question names by a name and its form
    (东兴小区, 林原村, 江欣苑社区), from its `named` words (proper nouns or words general Chinese
    lacks): the subjects of the news the corpus holds, which an article never naming them is not
    about (东兴小区的物业公司叫什么 is not answered by 潍城区's 物业 story). Not 那个小区, 老旧小区, nor
    a city's (南宁社区大党委: the corpus writes 南宁市, so 南宁 is a city, not a community's name), nor a
    county's or a district's own (泗县乡镇 are the county's townships, 潍城区街道 the district's)."""
    found: list[str] = []
    for word in named:
        if len(word) >= 3 and word.endswith(_PLACE_FORMS):
            found.append(word)  # 林原村, one word to jieba
        elif (len(word) >= 2 and not word.endswith(_CITY_UNITS) and not any(word + unit in vocab for unit in _CITY_UNITS)
              and (form := next((f for f in _PLACE_FORMS if word + f in text), None))):
            found.append(word + form)  # 东兴 + 小区
    return tuple(dict.fromkeys(found))


_CITY_UNITS = ("市", "县", "縣", "区", "區", "省")


# A quoted summary by count: a numeral and the character each item shares (三不, 四会, 五拆).
_COUNTED_SUMMARY = re.compile(r"([二两三四五六七八九十])([\u4e00-\u9fff])")
_SENTENCES = re.compile(r"[。！？!?；;\n]")


def states_quoted(quoted: str, text: str) -> bool:
    """The (folded) text holds what the asker put in quotes: verbatim, or, for three characters or
    more, with a character between some of them: “问于民” is how one sums up 问政于民、问需于民 (a title
    of two, 《傲骨》, is itself or another album)."""
    if quoted in text:
        return True
    if (counted := _COUNTED_SUMMARY.fullmatch(quoted)) is not None:
        # “三不”, “四会”: three 不 phrases (不为权所害,不为钱所毁,不为色所迷) said in one sentence.
        times = chinese_to_int(counted.group(1)) or 0
        return times >= 2 and any(part.count(counted.group(2)) >= times for part in _SENTENCES.split(text))
    if len(quoted) >= 3 and re.search(".?".join(map(re.escape, quoted)), text) is not None:
        return True
    # A long phrase recalled without a few words in its middle: “15分钟党群服务圈” for 15分钟城市社区党群服务圈.
    return len(quoted) >= _RECALLED and any(
        re.search(re.escape(quoted[:cut]) + _LEFT_OUT + re.escape(quoted[cut:]), text) is not None
        for cut in range(_RECALLED // 2, len(quoted) - _RECALLED // 2 + 1))


# A quoted phrase this long may be recalled with up to `_LEFT_OUT` characters of one sentence left
# out at one point, each side of it at least half this long.
_RECALLED = 6
_LEFT_OUT = r"[^。！？!?；;\n“”「」]{1,6}"


def states_numbers(numbers: Sequence[str], text: str) -> bool:
    """Every number the question pins (a year, an edition, a model number) appears in the text, as
    digits or as a Chinese numeral with its unit (第五十六届 for 第56届), never inside a longer number;
    two digits may be a year's last two (08年 for 2008年)."""
    if not numbers:
        return True
    spelled: str | None = None
    for number in numbers:
        century = "(?:19|20)?" if len(number) == 2 else ""
        pattern = re.compile(rf"(?<![\d.]){century}{re.escape(number)}(?![\d])")
        if pattern.search(text):
            continue
        spelled = with_digits(text) if spelled is None else spelled
        if not pattern.search(spelled):
            return False
    return True


def another_community(places: Sequence[str], sentence: str, story: str) -> bool:
    """Neither the (folded) sentence nor its paragraph before it names the question's communities, and
    the sentence names another of their form (长山花园社区的“义务电工”张立春…, a paragraph after the
    阔口社区 asked of), or the story before it (a few paragraphs; `story`'s last line is the sentence's
    own paragraph) names another and never them: 200多名社区党员…2万多名社区居民 is 江欣苑社区's,
    not 金山社区's, in the article telling both."""
    here = story.rsplit("\n", 1)[-1]  # its own paragraph: 湖南路街道，位于…与瑞金二路街道相邻 is still its
    if not places or any(_names(place, sentence) or _names(place, here) for place in places):
        return False
    forms = {"村" if form.endswith("村") else form for form in map(_form_of, places)}  # 自然村: a 村
    if forms & _NEIGHBOURHOODS:
        forms |= _NEIGHBOURHOODS  # 东兴小区 asked, 深田社区's 一年多时间 quoted: another neighbourhood

    def others(text: str) -> bool:
        return any(m.group(0)[1:] in forms and m.group(0) not in _ANY_OF_THEM for m in LOCAL_PLACE.finditer(text))

    return others(sentence) or (not any(_names(place, story) for place in places) and others(story))


def _form_of(place: str) -> str:
    return next(form for form in _PLACE_FORMS if place.endswith(form))


def _names(place: str, text: str) -> bool:
    """The text names the place, with its form or by its name alone (苏家塘村 asked, 自然村苏家塘 said),
    not with another form (东兴村 asked, 东兴小区 said: another place, or none)."""
    if place in text:
        return True
    name = place[: -len(_form_of(place))]
    if len(name) < 2:
        return False
    at = text.find(name)
    while at >= 0:
        if not text.startswith(_PLACE_FORMS, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


# Forms of a neighbourhood: a question about one 小区 is not answered by another 社区's sentence.
_NEIGHBOURHOODS = frozenset({"社区", "小区"})
# Villages in general (农村留守老人, 乡村振兴), not one of them.
_ANY_OF_THEM = frozenset(["农村", "乡村", "山村", "邻村", "城村", "政村"])  # 政村: 行政村, a kind of village


# A figure the question gives to say which one it means (80岁以上的老人, 前6个月, 2021年, 42号小区): a
# number in digits (Chinese numerals read as digits) and the unit it is counted in.
_GIVEN_FIGURE = re.compile(r"(?<![\d.])(\d+)(岁|歲|个月|個月|周年|週年|年代|年|月|日|号|號)")
_SIMPLIFIED_UNIT = {"歲": "岁", "個月": "个月", "週年": "周年", "號": "号"}


# A picture by its number, as captions print it (图③, folded 图3) and questions name it (图五 → 图5).
_PICTURE_FIGURE = re.compile(r"(?<![地试試插])[图圖](\d{1,2})(?![\d年月日号號])")


def figures(text: str) -> frozenset[tuple[str, str]]:
    """(unit, number) for each figure of a `_GIVEN_FIGURE` unit in the (folded) text, and each picture
    by its number (unit 图); 年 only for a year (three digits or more), so 3年 of a duration is no
    year. Read once of a question (`Question.figures`), then of each sentence that might answer it."""
    digits = with_digits(text)
    found = ((_SIMPLIFIED_UNIT.get(unit, unit), n) for n, unit in _GIVEN_FIGURE.findall(digits))
    pictures = (("图", n) for n in _PICTURE_FIGURE.findall(digits))
    return frozenset((unit, n) for unit, n in (*found, *pictures) if unit != "年" or len(n) >= 3)


def other_figure(given: Collection[tuple[str, str]], sentence: str) -> bool:
    """The (folded) sentence gives a figure in a unit the question gives one in (`given`, its
    `figures`), and never the question's: 六成是70岁以上老人 does not count the 80岁以上 asked, nor
    前5个月共实现进出口额 the 前6个月, nor 20号院 the 42号小区."""
    if not given:
        return False
    said = figures(sentence)
    return any(not any(u == unit and _same(m, n) for u, m in said) and any(u == unit for u, _ in said)
               for unit, n in given)


def other_picture(given: Collection[tuple[str, str]], sentence: str) -> bool:
    """The (folded) sentence is another picture's caption than the one the question names (图③ for
    图①): whatever the question asks of that picture, this caption does not say it."""
    return other_figure([(unit, n) for unit, n in given if unit == "图"], sentence)


def _same(a: str, b: str) -> bool:
    """One number, or a year and its last two digits (08年 for 2008年)."""
    return a == b or (len(a) == 4 and len(b) == 2 and a.endswith(b)) or (len(b) == 4 and len(a) == 2 and b.endswith(a))


# The tags of a word that names one of a kind (依兰 of 依兰陨石坑, 阔口 of 阔口社区): a place, a person,
# an organisation, another proper name, an abbreviation.
_NAME_FLAGS = frozenset(("ns", "nr", "nrt", "nrfg", "nz", "nt", "j"))


def named_kinds(text: str, tags: Mapping[str, str], named: Sequence[str],
                vocab: Container[str]) -> tuple[tuple[str, str], ...]:
    """(name, kind) for each name of the corpus the (folded) question gives right before a noun of two
    characters or more (岫岩陨石坑 → (岫岩, 陨石坑)): the one of that kind it asks about, which a
    sentence about another of the kind does not answer. Not when the question names the kind again
    (依兰陨石坑之前…第一个陨石坑叫什么 asks for another), nor for a name the corpus lacks (a typo, or
    one `Question.absent` answers for). `tags` are the question's words in order with their tags."""
    # 岫岩那个陨石坑: the name, a pointing word, then the kind, as one.
    words = [*(word for word in tags if word not in _POINTING_BETWEEN), ""]
    text = _POINTING_BETWEEN_RE.sub("", text)
    return tuple((a, b) for a, b, after in zip(words, words[1:], words[2:], strict=False)
                 if a in named and a in vocab and len(a) >= 2 and len(b) >= 2 and b not in named
                 and tags[b].startswith("n") and not _PERSON_KIND.search(b) and a + b in text
                 and text.count(b) == 1 and not tags.get(after, "x").startswith(("n", "vn")))


# Pointing words people put between a name and its kind (岫岩那个陨石坑, 林原村这支队).
_POINTING_BETWEEN = frozenset(("那个", "這個", "这个", "那個", "那座", "这座", "那支", "这支", "那家", "这家"))
_POINTING_BETWEEN_RE = re.compile("|".join(sorted(_POINTING_BETWEEN, key=len, reverse=True)))


# Kinds of person (香港歌手, 中科院委员, 房格尔大夫): a description, not one named thing of a kind.
_PERSON_KIND = re.compile(r"(?:手|员|員|夫|师|師|家|者|长|長|任|生|人|士|官|工|匠|妻|子|女|儿|兒)$")


def another_of_kind(kinds: Sequence[tuple[str, str]], sentence: str,
                    tag: Callable[[str], list[tuple[str, str]]]) -> bool:
    """The (folded) sentence names another of a kind the question asks about by name and never the
    one asked: 该所研究人员在黑龙江省发现了…依兰陨石坑 is no answer to where 岫岩陨石坑 is. A name
    sharing a character with the one asked may be it written otherwise (中国科学院 for 中科院)."""
    return any(True for _ in _others_of_kind(kinds, sentence, tag))


def about_another(kinds: Sequence[tuple[str, str]], text: str, article: str,
                  tag: Callable[[str], list[tuple[str, str]]]) -> bool:
    """The (folded) text never names the one of a kind the question asks about (岫岩陨石坑) but names
    another (依兰陨石坑) that its article names more often: the text is about that other one. An
    article about the one asked may name another in passing (机场沿用…舍讷费尔德机场… on 布兰特机场)."""
    return any(article.count(other) > article.count(name) for name, other in _others_of_kind(kinds, text, tag))


def _others_of_kind(kinds: Sequence[tuple[str, str]], text: str,
                    tag: Callable[[str], list[tuple[str, str]]]) -> Iterator[tuple[str, str]]:
    """(the name asked, another of its kind) for each other one the (folded) text names by a name
    jieba tags (依兰 + 陨石坑), where it never names the one asked (岫岩)."""
    wanted = [(name, kind) for name, kind in kinds if kind in text and name not in text]
    if not wanted:
        return
    words = tag(text)
    for name, kind in wanted:
        for (before, flag), (word, _) in pairwise(words):
            if word == kind and flag in _NAME_FLAGS and not set(before) & set(name):
                yield name, before + kind
