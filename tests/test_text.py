"""Character-level helpers: each faster form checked against the plain formula it replaced."""

from __future__ import annotations

import operator
import random
import re
import unicodedata

import pytest

from qa import text
from qa.text import HAN_RE, detect_script, fold, fold_for_index, fold_han, to_simplified

TRICKY = [
    "",
    "abc 123",
    "保持黨同人民群眾的血肉聯(lián)系",
    "新華社北京9月17日電 題:讓千萬顆“真心”匯聚",
    "脱贫攻坚的目标是什么？２０２０年，（记者）：完成！",
    "乾隆皇帝與乾坤",
    "臺灣、台灣、臺北；發展與發髮",
    "ΣΑΣ Σ\nαΣ ς İstanbul ①②…℃ ＡＢＣ　x",
    "e\u0301 \u1100\u1161 \uf900\uf901 豈",
    "\ud800孤立\udfff",
]


def _detect_script_by_list(sample_text: str, sample: int = 4000) -> str:
    """The original formula: findall + join, then a character-by-character comparison."""
    han = "".join(HAN_RE.findall(sample_text[:sample]))
    if not han:
        return "simplified"
    simplified = to_simplified(han)
    changed = sum(map(operator.ne, han, simplified))
    return "traditional" if changed / len(han) > 0.04 else "simplified"


@pytest.mark.parametrize("value", TRICKY)
def test_detect_script_matches_the_findall_formula(value):
    assert detect_script(value) == _detect_script_by_list(value)
    assert detect_script(value * 300) == _detect_script_by_list(value * 300)


def test_detect_script_on_the_seed_files(seed_text):
    for raw in seed_text.values():
        for start in range(0, len(raw), 997):
            assert detect_script(raw[start:]) == _detect_script_by_list(raw[start:])
    # 2 changed of 50 is simplified, 3 of 50 is traditional: the threshold is strict.
    assert detect_script("發" * 2 + "发" * 48) == "simplified"
    assert detect_script("發" * 3 + "发" * 47) == "traditional"


@pytest.mark.parametrize(("before", "after"), [
    ("", ""), ("", "a"), ("abc", "abc"), ("abc", "abd"), ("abcd", "xb"), ("發展", "发展啊"), ("\ud800x", "\udfffx"),
])
def test_changed_chars_counts_like_map_ne(before, after):
    assert text.changed_chars(before, after) == sum(map(operator.ne, before, after))


def _fold_for_index_by_normalize(value: str, convert_script: bool = True) -> str:
    """The original formula: the full NFKC normaliser whenever the quick check says no (and the
    Traditional particle 著 read as 着, `text._particle_zhe`)."""
    if not unicodedata.is_normalized("NFKC", value):
        value = unicodedata.normalize("NFKC", value)
    value = value.lower()
    return text._particle_zhe(to_simplified(value)) if convert_script else value


def test_nfkc_matches_the_normaliser_around_every_compatibility_character():
    contexts = ["", "a", "e\u0301", "\u0301", "\u0308\u0301", "\u1100", "\u1161", "\u11a8", "ㄱ", "聯", " ", "\n"]
    for ch in text._COMPAT:
        for before in contexts:
            for after in contexts:
                value = before + ch + after + ch
                assert text.nfkc(value) == unicodedata.normalize("NFKC", value), (before, ch, after)


def test_nfkc_and_fold_for_index_on_mixed_text(seed_text):
    alphabet = "".join(text._COMPAT) + "aAΣσİe\u0301\u0308\u1100\u1161\u11a8聯發展乾隆臺灣，。！\n \u3000①…"
    rng = random.Random(7)
    samples = TRICKY + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(3000)]
    samples += [line for raw in seed_text.values() for line in raw.splitlines()]
    for value in samples:
        value = text.strip_surrogates(value)
        assert text.nfkc(value) == unicodedata.normalize("NFKC", value)
        assert text.fold_for_index(value) == _fold_for_index_by_normalize(value)
        assert text.fold_for_index(value, convert_script=False) == _fold_for_index_by_normalize(value, False)


def _split_sentences_plain(value: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The original loop: every span through `_append`, the closer read from the match."""
    end = len(value) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for match in text._SENTENCE_END_RE.finditer(value, start, end):
        stop = match.end()
        if match.group()[-1] in text._CLOSERS and stop < end and HAN_RE.match(value[stop]):
            continue
        text._append(value, spans, pos, stop)
        pos = stop
    text._append(value, spans, pos, end)
    return spans


def test_split_sentences_matches_the_plain_loop(seed_text):
    rng = random.Random(5)
    alphabet = "我们在北京。！？!?；;…….”’」』）)]】》\"' \t\u3000ab12"
    samples = TRICKY + ["“怎么头发那么白了都不染?”董明媛笑着问女儿。", " 。 。 ", "……。", "a...b", "。”", "”。"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(5000)]
    samples += [line for raw in seed_text.values() for line in raw.splitlines()]
    for value in samples:
        assert text.split_sentences(value) == _split_sentences_plain(value), value
        if len(value) > 4:
            assert text.split_sentences(value, 1, len(value) - 2) == _split_sentences_plain(value, 1, len(value) - 2)


def test_clauses_cut_at_commas_and_colons_but_not_at_the_listing_mark():
    """A listing (、) stays one clause: 女党员 and 男党员 listed share their figure's clause."""
    assert text.clauses("其中女党员、男党员共12名，总数为30名；另有3人：入党积极分子") == [
        "其中女党员、男党员共12名", "总数为30名", "另有3人", "入党积极分子"]


@pytest.mark.parametrize(("traditional", "folded"), [
    ("拉著村兩委開會", "拉着村两委开会"),  # the aspect particle, which Simplified writes 着
    ("隨著經濟發展", "随着经济发展"),
    ("著名的顯著成果", "著名的显著成果"),  # 著 of 著名, 显著: kept
    ("這部著作", "这部著作"),
])
def test_the_traditional_particle_zhe_folds_as_simplified_writes_it(traditional, folded):
    assert fold(traditional) == folded
    assert fold_for_index(traditional) == folded
    assert len(fold(traditional)) == len(traditional)  # offsets still map onto the quote


def test_a_question_with_the_particle_zhe_in_traditional_is_cut_into_words(retriever):
    # 拉著 was glued by jieba into 二都拉著, a word no document says, weighed as the rarest.
    answer = retriever.ask("網周村那個每週二都拉著村兩委開會的駐村隊長，是哪年哪月來村裡的", k=1)
    assert answer.answered and "2021年6月" in answer.hits[0].quote


def test_the_particle_zhe_folds_alike_across_a_line_break():
    # 影響\n著黨群: a paragraph wrapped inside 影響著 keeps the same Han characters as unwrapped.
    assert fold_han("嚴重影響\n著黨群、干群關系") == fold_han("嚴重影響著黨群、干群關系") == "严重影响着党群干群关系"


# The asking words a prefix is read before (哪个队, 第几届, 多少年), with the characters around them.
_PREFIXES = [r"(?:哪|什么|甚么|啥)(?:一|些|几)?[个所家座位条项种类间支只名]?",
             r"(?:哪一?|几|幾|多少|第几|第幾)[年月天日号號个個位名次届屆]?"]
_ALPHABET = "哪什么甚啥一些几个所家位年月届多少第幾队建人，？ ab"


@pytest.mark.parametrize("prefix", _PREFIXES)
def test_follows_answers_as_the_search_it_replaced(prefix):
    """`follows` with the prefix compiled once answers as searching prefix + the word did."""
    compiled = re.compile(prefix + r"\Z")
    rng = random.Random(20261206)
    for _ in range(4000):
        sample = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 12)))
        word = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 2)))
        assert text.follows(compiled, word, sample) == bool(re.search(prefix + re.escape(word), sample)), (sample, word)
    assert text.follows(compiled, "队", "是哪个队的") and not text.follows(compiled, "队", "这个队是哪的")
