"""A question's word found with `str.find` matches where the regex with the word compiled in would.

Each helper that stopped compiling a pattern per question is checked against that pattern: the
frozen definitions below are the code as it was before (kept together here, as oracles), run on
tricky strings (overlapping occurrences, at the start, at the end, none) and on random strings over
the few characters that matter.
"""

from __future__ import annotations

import random
import re

import pytest

from qa.asked_expansions import _LATIN_MEANT
from qa.asked_list import _an_item
from qa.asked_places import _THING_NAME_BODY, NAME_ASKED, NAME_ASKED_RE, _named_before, another_named
from qa.asked_slot import _FILLER, _between, slot_spans
from qa.choosing import _THIS_ONE, _names_it_as_this_one
from qa.identity import _DEFINES, _PAUSE, _WHAT_ONE_IS, _opens_with, _sayings, definition
from qa.name_shape import _BECAME, _one_who_became, _where_the_office_is_named
from qa.named_people import _VIEW, SAYING, gives_view, said_by
from qa.number_shape import _figure_blanked
from qa.occurrences import followed_by, occurrences, preceded_by, starts
from qa.offices import _ASSISTANT, _PARTY_SECRETARY, _PLACE_FROM_LAST, _RANK, HOLDER, held_at
from qa.question_words import OFFICE_RE
from qa.quotes import _credited_after, _credited_before, spoken
from qa.read_person import _holder_asked, _picked_among
from qa.text import clauses, fold


def _random_texts(alphabet: str, count: int = 400, longest: int = 14, seed: int = 7) -> list[str]:
    """Strings over the characters that matter, the empty one first."""
    rng = random.Random(seed)
    return [""] + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, longest))) for _ in range(count)]


# --- the helpers themselves ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("所所所", "所所"),  # overlapping: one match, as finditer gives
    ("所所所所", "所所"), ("社区在社区", "社区"), ("社区", "社区"), ("", "社区"), ("社", "社区"),
    ("a.b", "."), ("abc", ""), ("", ""),
])
def test_occurrences_are_where_finditer_finds_the_word(text, word):
    assert list(occurrences(text, word)) == [m.start() for m in re.finditer(re.escape(word), text)]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("所所所", "所所", [0, 1]), ("社区在社区", "社区", [0, 3]), ("", "社区", []), ("ab", "", [0, 1, 2]),
])
def test_starts_are_every_place_the_word_begins(text, word, expected):
    assert list(starts(text, word)) == expected


@pytest.mark.parametrize("after", [
    NAME_ASKED_RE, _LATIN_MEANT, _VIEW,
    re.compile(r"(?<=区)区"),  # a lookbehind sees the word itself
    re.compile(r"^"), re.compile(r"$"), re.compile(r"\Z"), re.compile(r"(?=区)"), re.compile(r"x*"),
])
@pytest.mark.parametrize("word", ["社区", "区区", "区", "", "rcep"])
def test_followed_by_matches_where_the_pattern_with_the_word_does(after, word):
    for text in _random_texts("社区区的名字叫是什么麼rcep指意思看来说。\n", count=300) + [
            "区区区是什么", "社区叫什么", "社区的名字是什麼", "rcep是指什么", "他说区区", "社区\n"]:
        expected = re.search(re.escape(word) + after.pattern, text)
        assert followed_by(text, word, after) == (expected.span() if expected else None), (text, word)


@pytest.mark.parametrize("before", [
    re.compile(r"哪一?[位个個名]\Z"), re.compile(r"(?:长|队长)[”」]?\Z"), re.compile(r"^\Z"), re.compile(r"(?<=哪)位\Z"),
    re.compile(r"医生\Z"),  # 生生 of 医生生生: only the occurrence overlapping the first follows it
])
@pytest.mark.parametrize("word", ["医生", "生生", "生", ""])
def test_preceded_by_finds_the_word_after_what_the_pattern_matches(before, word):
    for text in _random_texts("哪一位个队长”医生生", count=400) + ["哪位医生", "哪一位生生生", "队长”医生", "医生", "医生生生"]:
        expected = re.search(before.pattern.removesuffix(r"\Z") + re.escape(word), text) is not None
        assert preceded_by(text, word, before) == expected, (text, word)


# --- where the helpers are used --------------------------------------------------------------------

def _names_it_as_this_one_regex(sentence: str, focus: str | None) -> bool:
    """Frozen definition: `choosing._names_it_as_this_one` with a pattern per focus."""
    if not focus or len(focus) < 2 or focus not in sentence:
        return False
    return all(re.search(_THIS_ONE + "$", sentence[: m.start()]) for m in re.finditer(re.escape(focus), sentence))


@pytest.mark.parametrize("focus", ["问题", "题题", "这个", None, "问"])
def test_a_focus_named_after_a_demonstrative_is_found_as_the_regex_finds_it(focus):
    tricky = ["这题题题",  # 题题 at 1 only (not again at 2, which would not follow 这)
              "为了答好这一问题", "因此问题", "问题", "这问题和那问题", "这个问题这个问题"]
    for sentence in tricky + _random_texts("这此因问题一个那", count=600):
        assert _names_it_as_this_one(sentence, focus) == _names_it_as_this_one_regex(sentence, focus), sentence


@pytest.mark.parametrize(("before", "after"), [
    ("派", "前往"), ("成为", "的养子"), ("派", ""), ("派派", "往"), ("派", "派"), ("", "往"),
])
def test_a_frame_is_filled_where_the_regex_fills_it(before, after):
    ending = re.escape(after) if after else r"(?=[，,。；;！!？?]|$)"
    regex = re.compile(re.escape(before) + _FILLER + ending)
    tricky = ["孙权派吕岱前往诛杀士徽", "派派派吕岱往往", "派吕岱派张三派", "派吕岱\n", "派吕岱，派张三前往",
              "派一二三四五六七八九十一二三前往", "派吕岱"]
    for sentence in tricky + _random_texts("派前往吕岱张的养子成为，。 \n", count=600, longest=20):
        assert list(_between(before, after, sentence)) == [m.span(1) for m in regex.finditer(sentence)], sentence


def test_slot_spans_still_leave_out_pronouns_and_own_words():
    assert slot_spans(("派", "前往"), "孙权派吕岱前往诛杀士徽") == [(3, 5)]
    assert slot_spans(("派", "前往"), "孙权派他前往") == []
    assert slot_spans(("派", "前往"), "孙权派吕岱前往", ["吕岱"]) == []


def _holder_asked_regex(focus: str, folded: str) -> bool:
    """Frozen definition: `read_person._read_office`'s test of an office asked, a pattern per office."""
    return re.search(re.escape(focus) + r"\s*(?:是|为|為)?(?:谁|誰|哪一?位(?!\w))|"
                     + re.escape(focus) + NAME_ASKED + r"|^(?:谁|誰)是.*" + re.escape(focus) + r"[？?]?$",
                     folded) is not None


@pytest.mark.parametrize("focus", ["书记", "介绍人", "记记", ""])
def test_an_office_asked_is_read_as_the_regex_reads_it(focus):
    tricky = ["县委书记是谁", "村支书 是哪位", "书记哪位呀", "书记哪位a", "谁是华雨辰的入党介绍人？", "谁是介绍人\n？",
              "谁是书记的书记吗", "主任叫什么名字", "记记记是谁", "谁是记记记", "谁是书记\n", "谁是书记\n\n",
              "谁是\n介绍人", "谁是华\n书记", "誰是\n记记"]  # . stops at a line's end, $ before the last
    for folded in tricky + _random_texts("谁是誰书记介绍人哪一位为叫什么名字？? \na", count=800):
        assert _holder_asked(focus, folded) == _holder_asked_regex(focus, folded), folded


@pytest.mark.parametrize("focus", ["医生", "研究员", "生生", "工作人员"])
def test_a_trade_picked_among_is_read_as_the_regex_reads_it(focus):
    tricky = ["哪位医生", "哪一位研究员", "哪个医生生", "医生是哪位", "哪位社区党委书记出面", "哪名工作人员"]
    for folded in tricky + _random_texts("哪一位个名医生研究员工作人", count=600):
        expected = (re.search(r"哪一?[位个個名]" + re.escape(focus), folded) is not None
                    and re.search(r"(?<!先)[员員师師生士警]$", focus) is not None
                    and not re.fullmatch(r"(?:工作)?人[员員]", focus))
        assert _picked_among(focus, folded) == expected, folded


@pytest.mark.parametrize("figure", ["48", "4", "48.5", "8.4"])
def test_a_figure_of_the_question_is_blanked_as_the_regex_blanks_it(figure):
    tricky = ["岐山村48号", "148号和48号", "48.5和48", "4848", "48", "8.48.4", ""]
    for sentence in tricky + _random_texts("0123456789.48年号，", count=600):
        expected = re.sub(rf"(?<![0-9.]){re.escape(figure)}(?![0-9.])", "，", sentence)
        assert _figure_blanked(figure, sentence) == expected, sentence


def _held_at_regex(role: str, sentence: str, after: str = "") -> list[re.Match[str]]:
    """Frozen definition: `offices.held_at` with a pattern per office."""
    office = _PARTY_SECRETARY if re.fullmatch(_PARTY_SECRETARY, role) else re.escape(role)
    alone = re.compile(office)
    out = []
    for match in re.finditer(office + after, sentence):
        if not (role[0] in _RANK or match.start() == 0 or sentence[match.start() - 1] not in _RANK):
            continue
        named = alone.match(sentence, match.start())
        if named is not None and _PLACE_FROM_LAST.match(sentence, named.end() - 1):
            continue
        if named is not None and _ASSISTANT.match(sentence, named.end()):
            continue
        out.append(match)
    return out


def _read(matches) -> list[tuple]:
    return [(m.span(), m.group(0), m.groups(), m.regs) for m in matches]


@pytest.mark.parametrize("role", ["市长", "书记", "党委书记", "党支部书记", "长长", "主任"])
@pytest.mark.parametrize("after", ["", HOLDER])
def test_an_office_is_held_where_the_regex_finds_it(role, after):
    tricky = ["上海市市长龚正说", "上海市长宁区", "习近平总书记指出", "党委书记庄莹莹说", "党支部书记助理田飞",
              "长长长长王小明说", "社区党总支书记施敏等", "主任郑鹏说，主任李四表示"]
    alphabet = "上海市长宁区党委支部总工书记副助理庄莹说，龚正主任郑鹏"
    for sentence in tricky + _random_texts(alphabet, count=500, longest=18):
        assert _read(held_at(role, sentence, after)) == _read(_held_at_regex(role, sentence, after)), sentence


def _who(speaker: str) -> str:
    return f"(?:{re.escape(speaker)}|(?<![其吉])[他她])"


@pytest.mark.parametrize("speaker", ["张立春", "春春", "他"])
def test_a_quotation_is_credited_as_the_regex_credits_it(speaker):
    after_regex = re.compile(rf"[^。“”「」]{{0,24}}?{_who(speaker)}[^。“”「」]{{0,12}}?(?:{SAYING}|看来|看來)")
    before_regex = re.compile(rf"{_who(speaker)}[^。“”「」]{{0,12}}?{SAYING}[:：,，]?\s*$")
    tricky = ["张立春说", "在一二三四五六七八九十一二三四五六七八九十一二三四张立春看来", "。张立春说", "其他说", "她说：",
              "春春春说", "张立春表示, \n"]
    for text in tricky + _random_texts("张立春他她其吉说看来表示。“”在 ，:", count=800, longest=30):
        assert _credited_after(speaker, text) == bool(after_regex.match(text)), text
        assert _credited_before(speaker, text) == bool(before_regex.search(text)), text


def test_a_quotation_over_several_sentences_is_the_speakers():
    folded = "“今天很冷。我们要出门。”张立春说。"
    assert spoken("张立春", folded, [(0, 6), (6, 13), (13, 18)]) == frozenset({0, 1})
    assert spoken("李四", folded, [(0, 6), (6, 13), (13, 18)]) == frozenset()


@pytest.mark.parametrize("speaker", ["张立春", "立春", "干隆", "乾隆", ""])
def test_a_speaker_quoted_or_giving_a_view_is_found_as_the_regex_finds_them(speaker):
    said = re.compile(f"(?:{re.escape(speaker)}[^。“”「」]{{0,12}}?|(?<![其吉])[他她])" + SAYING)
    quotation = re.compile(r"[“「][^”」]{4,}(?:[”」]|$)")
    tricky = ["“今天很冷啊”张立春说", "张立春说,“今天很冷啊”", "干隆评价孙揆为能臣", "“今天很冷啊”其他说"]
    for sentence in tricky + _random_texts("张立春干隆他其说评价“”。；今天很冷", count=600, longest=20):
        expected_said = bool(quotation.search(sentence)) and bool(said.search(sentence))
        assert said_by(speaker, sentence) == expected_said, sentence
        view = re.search(re.escape(fold(speaker)) + _VIEW.pattern, sentence) is not None
        assert gives_view(speaker, sentence) == (expected_said or (bool(speaker) and view)), sentence


@pytest.mark.parametrize("name", ["桥社", "程鹏", "鹏鹏", "“程"])
def test_who_or_what_is_said_as_the_regexes_say_it(name):
    said = re.escape(name)
    frozen = (  # `identity._patterns`, a pattern per name
        re.compile(r"^[“「\"]?" + said + r"(?:[(（][^)）]{0,80}[)）][，,是为系]?|[，,是为系])[^。；;！？!?]{0,60}?" + _WHAT_ONE_IS),
        re.compile(said + r"(?:是|为|系|现任|担任|曾任)[^，。,；;！？!?：:]{0,30}?" + _WHAT_ONE_IS + rf"(?={_PAUSE}|$)"),
        re.compile(_WHAT_ONE_IS + r"[”」\"]?" + said))
    defines = re.compile(r"^[“「\"]?" + said + _DEFINES.pattern)
    tricky = ["桥社（）是德国表现主义的一个艺术组织", "“桥社”是", "“程鹏是队长", "队长程鹏", "队长”程鹏", "程鹏是队长，",
              "鹏鹏鹏是队长", "程鹏现任网周村驻村工作队队长", "“", "“程程鹏是队长"]
    sayings = _sayings(name)
    for sentence in tricky + _random_texts("“「程鹏桥社是为队长（）,，。记者", count=800, longest=16):
        assert [says(sentence) for says in sayings] == [bool(p.search(sentence)) for p in frozen], sentence
        assert _opens_with(name, _DEFINES, sentence) == bool(defines.search(sentence)), sentence


def test_a_definition_is_the_first_sentence_opening_with_the_term():
    texts = {1: ["桥社成立于1905年。", "“桥社（die brücke）是德国表现主义的一个艺术组织。"]}
    assert definition("桥社", [1], texts.__getitem__) == (1, 1)


@pytest.mark.parametrize("word", ["医疗", "疗疗", "等"])
def test_an_own_word_listed_as_an_item_is_found_as_the_regex_finds_it(word):
    item = r"(?:^|、)\s*{0}\s*(?:、|$)|、\s*{0}\s*等"
    tricky = ["法律援助、医疗、助老", "医疗、助老", "助老、医疗", "助老、 医疗 等", "医疗保健、", "疗疗疗、",
              "、医疗\n", "医疗"]
    for clause in tricky + _random_texts("医疗、等 \n保", count=800):
        assert _an_item(word, clause) == bool(re.search(item.format(re.escape(word)), clause)), clause


def _another_named_regex(focus: str, folded: str) -> str | None:
    """Frozen definition: `asked_places.another_named` with patterns per kind word (its pattern's text)."""
    from qa.asked_places import _BEFORE_OR_AFTER
    asked = re.search(re.escape(focus) + NAME_ASKED, folded)
    own = [m.group(1) for m in re.finditer(f"({_THING_NAME_BODY}){re.escape(focus)}", folded)
           if asked is None or m.end() != asked.start() + len(focus)]
    own += [m.group(1) for m in _BEFORE_OR_AFTER.finditer(folded[: asked.start() if asked else len(folded)])]
    if not own:
        return None
    return f"(?!(?:{'|'.join(map(re.escape, own))}){re.escape(focus)})" + _THING_NAME_BODY + re.escape(focus)


@pytest.mark.parametrize("focus", ["陨石坑", "坑坑", "坑"])
def test_another_thing_of_the_kind_is_named_as_the_regex_names_it(focus):
    body = re.compile(f"({_THING_NAME_BODY}){re.escape(focus)}")
    tricky = ["依兰陨石坑之前发现的第一个陨石坑叫啥", "依兰陨石坑叫什么", "那个陨石坑叫什么", "岫岩坑坑坑坑",
              "在依兰之前发现的那个陨石坑叫什么", "一二三四五六七陨石坑"]
    for folded in tricky + _random_texts("依兰岫岩陨石坑的叫什么之前在 ", count=600, longest=20):
        assert list(_named_before(focus, folded)) == [m.span(1) for m in body.finditer(folded)], folded
        found = another_named(focus, folded)
        assert (found.pattern if found else None) == _another_named_regex(focus, folded), folded


@pytest.mark.parametrize("role", ["议长", "长长"])
def test_the_one_who_became_the_office_is_found_as_the_regex_finds_them(role):
    regex = re.compile(r"([\u4e00-\u9fff·]{2,8})[，,]?" + _BECAME + r"[^。；;，,]{0,12}?" + re.escape(role))
    tricky = ["兰希佩洛西，成为第一名女性的美国众议院议长", "佩洛西当选议长", "议长佩洛西", "佩洛西成为长长长"]
    for sentence in tricky + _random_texts("兰希佩洛西，成为当选议长众。长", count=600, longest=20):
        found = regex.search(sentence)
        assert _one_who_became(role, sentence) == (found.group(1) if found else None), sentence


def _where_the_office_is_named_regex(role: str, sentence: str) -> str:
    """Frozen definition: `name_shape._where_the_office_is_named`, its pattern compiled for any sentence."""
    sentence = "。".join(part for part in re.split(r"[。！？!?]", sentence) if role in part)
    if OFFICE_RE.search(role):
        parts = clauses(sentence)
        sentence = "，".join(part for i, part in enumerate(parts) if role in part
                            or (i and parts[i - 1].endswith(role)))
    return re.sub(r"[\u4e00-\u9fff]{1,4}的(?=" + re.escape(role) + ")", "，", sentence)


@pytest.mark.parametrize("role", ["班主任", "书记", "的的"])
def test_the_office_of_another_person_is_left_out_as_the_regex_leaves_it(role):
    assert _where_the_office_is_named("班主任", "联系小玮的班主任李文博") == "，班主任李文博"
    tricky = ["联系小玮的班主任李文博", "班主任李文博说", "小玮的老师", "的的的的的", "小玮的书记。李四的书记"]
    for sentence in tricky + _random_texts("小玮的班主任书记李。，", count=600, longest=20):
        assert _where_the_office_is_named(role, sentence) == _where_the_office_is_named_regex(role, sentence), sentence
