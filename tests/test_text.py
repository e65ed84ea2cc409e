"""Character-level helpers: each faster form checked against the plain formula it replaced."""

from __future__ import annotations

import operator

import pytest

from qa import text
from qa.text import HAN_RE, detect_script, to_simplified

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
