"""What a short name stands for (RCEP的中文全称, 物管会是啥的简称, RCEP是指什么), or a long name's
short form (…总公司简称叫什么): the answering sentence must say it, not merely use the name.

A sentence that only uses RCEP or 物管会 (拓展RCEP贸易伙伴, 物管会梳理了小区问题清单) was quoted as
if it said what the name stands for. What says it: the name with the other one in brackets
(RCEP(区域全面经济伙伴关系协定), 物业管理委员会(简称物管会)), a word saying a name's other form (简称为内阁,
全称《球阳记事》: encyclopedias often name the subject a sentence before), or — for a short name of Han
characters — the long name whose characters it keeps in order (物业管理委员会 for 物管会, 综合试验区 for
综试区), which is how such names are made.
"""

from __future__ import annotations

import re

from .occurrences import followed_by

__all__ = ["expansion_asked"]

_ASKS = r"(?:是|叫|为|為)?(?:什么|什麼|甚么|啥|哪个|哪個|咋说|咋說|怎么说|怎麼說)"
_ABBREVIATION = r"(?:简称|簡稱|缩写|縮寫)"
# Asks what a short name stands for: 全称是什么, 是啥的简称 (是指什么 only of a Latin one, below).
_FULL_ASKED = re.compile(r"(?:全称|全稱|全名)" + _ASKS + r"|(?:什么|什麼|甚么|啥)的?" + _ABBREVIATION)
# RCEP是指什么: what a name in Latin letters right before it stands for, or what it is (PCX是…).
_LATIN_MEANT = re.compile(r"(?:是|的)?(?:指|意思是)(?:的是)?(?:什么|什麼|甚么|啥)")
_LATIN = re.compile(r"(?<![a-z0-9])[a-z]{2,8}(?![a-z0-9])")  # not br of BR45型, a model's number
# A short name of Han characters opening the question (物管会(的)全称…, 物管会是啥的简称), or quoted
# anywhere (“广内”是啥的简称). Not 全名 (华雨辰的全名: a person's name, said no other way).
_HAN = r"[\u4e00-\u7683\u7685-\u9fff]"  # no 的 inside a name
_HAN_FULL_ASKED = r"(?:的)?(?:中文)?(?:全称|全稱|是(?:什么|什麼|甚么|啥)的?" + _ABBREVIATION + ")"
_HAN_FULL = re.compile(rf"(?P<x>{_HAN}{{3,6}}?)[”」]?" + _HAN_FULL_ASKED)
_QUOTED_FULL = re.compile(rf"[“「](?P<x>{_HAN}{{2,8}})[”」]" + _HAN_FULL_ASKED)
# A long name opening the question asked for short: 中国地方煤矿总公司简称叫什么.
_HAN_SHORT = re.compile(rf"(?P<x>{_HAN}{{4,16}}?)(?:的)?" + _ABBREVIATION + _ASKS)
# Words that open a question, never a name's first characters (那个物管会, 请问RCEP).
_OPENING = re.compile(r"^(?:请问一下|请问|我想问下|想问下|问下|那个|这个|那|这|[“「])+")
_BRACKETED = r"[^()（）]{2,30}"
# Words that say a name is another's short or long form (简称为内阁, 全称《球阳记事》, 英文缩写CBS).
_NAMED_SO = r"简称|簡稱|全称|全稱|全名|缩写|縮寫|简写|簡寫|又称|又稱|通称|通稱|俗称|俗稱|英文|英语|英語"


def expansion_asked(folded: str) -> re.Pattern[str] | None:
    """What a sentence must hold to say what the (folded) question's short name stands for, or a long
    name's short form; None when it asks neither. A name in Latin letters is the short one wherever
    it stands (RCEP後面括號寫的中文全稱); one in Han characters only when it opens the question."""
    latin = _LATIN.findall(folded)
    if len(latin) == 1:
        name = re.escape(latin[0])
        if _FULL_ASKED.search(folded):
            return _said_in_full(latin[0])
        if followed_by(folded, latin[0], _LATIN_MEANT):
            return re.compile(_said_in_full(latin[0]).pattern + rf"|{name}[”」]?\s*(?:是|为|為|即|指|:|：)")
    if latin:
        return None
    text = _OPENING.sub("", folded.strip())
    if (full := _HAN_FULL.match(text) or _QUOTED_FULL.search(folded)) is not None:
        return _said_in_full(full.group("x"))
    if (short_of := _HAN_SHORT.match(text)) is not None:
        return re.compile(rf"{re.escape(short_of.group('x'))}\s*[(（]{_BRACKETED}[)）]|{_NAMED_SO}")
    return None


def _said_in_full(short: str) -> re.Pattern[str]:
    """The short name with its long one in brackets, a sentence saying a name's other form, or (Han)
    the long name itself."""
    name = re.escape(short)
    said = [rf"{name}\s*[(（]{_BRACKETED}[)）]", rf"[(（][^()（）]{{0,30}}{name}\s*[)）]", _NAMED_SO]
    if not short.isascii() and len(short) >= 3:
        # 物业管理委员会 for 物管会: its characters in order, more between them, within one clause.
        gap = r"[^\s，,。；;、：:“”「」()（）]{0,6}?"
        said.append(f"(?!{name})" + gap.join(map(re.escape, short)))
    return re.compile("|".join(said))
