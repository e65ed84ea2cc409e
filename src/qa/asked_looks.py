"""Questions asking what something looks like or how it lives: the answer describes its body or its ways.

长啥样, 外貌特征, 体型如何 and 生活习性 name no kind of fact a sentence could hold by form (a number, a
date, a name), and their words seldom stand in the answering sentence: an article on a fish names it
in its lead (…为辐鳍鱼纲鲈形目…的其中一个种) and describes it later without the name (本鱼体延长而侧扁;
栖息在沿海…以甲壳类为食). The sentence that answers holds the words such a description is made of;
one naming the thing only (its class, where it is found) does not. The pattern is a cue that makes
such a sentence the quote and a requirement that a sentence without one is not the answer
(`Asked.member`).
"""

from __future__ import annotations

import re

__all__ = ["COLOUR", "SHAPE", "looks_asked"]

# What something looks like: 长啥样, 长什么样子, 外貌/外型/外形/外观/外表/长相/模样/体型, 身体特征. Not a
# bare 什么样子 (石油共生大院改造之前是个啥样子 asks its state, not its looks).
_LOOKS_Q = re.compile(r"长(?:得|成)?(?:啥|什么|什麼|怎么|怎样)(?:个)?样|長(?:得|成)?(?:啥|什麼|怎麼|怎樣)(?:個)?樣"
                      r"|外[貌型形观觀表]|长相|長相|模样|模樣|[体體][型形](?:特|如何|怎|是|有|大小|多)"
                      r"|身[体體](?:的)?特[征徵点點]|外在特[征徵点點]")
# Another asking word: the looks or ways are what the question says, not what it asks.
_ASKS_ANOTHER = re.compile(r"哪|谁|誰|几|幾|多少")
# How it lives: 生活习性, 习性 (of an animal).
_HABITS_Q = re.compile(r"习性|習性")

# A member of a kind named by the kind's ending: a colour (灰绿色), a shape (月牙形, 椭圆状); not 特色, 颜色 or
# 形状 themselves, nor the class names 鲈形目 (shared with `asked`'s 什么颜色, 什么形状).
COLOUR = r"[\u4e00-\u9fff](?<![颜脸角特本出景])色(?![彩调泽素])"
SHAPE = r"[\u4e00-\u9fff](?<![情地变外图字形])(?:形(?![状成式态象容势目])|状(?![况态元]))"
# A description of a body: its colour or shape (灰绿色, 椭圆而侧扁, 月牙形), its size (体长约60厘米, 肩高,
# 重5.1吨), its parts (羽毛, 喙, 鳍, 斑纹, 尾巴) or a likeness (像美洲豹, 类似人的面孔). Not the names of its
# class (辐鳍鱼纲鲈形目), which an article's lead gives and no description holds.
_LOOKS_A = re.compile(
    COLOUR + "|" + SHAPE
    + r"|[体體身](?:长|長|高|重|型|形|呈|色|侧|側|延长|延長)|[肩翼]高|毛色|羽毛|[喙鳞鱗]|(?<![辐輻])[鳍鰭]|斑[纹紋点點]|条纹|條紋"
    r"|横[带帶纹紋]|橫[帶紋]|尾巴|四肢|前肢|头部|頭部|[长長宽寬高重](?:约|約|达|達)"
    r"|\d\s*(?:厘米|公分|毫米|公尺|米|公斤|千克|吨|噸)"
    r"|(?<![图圖偶影录錄肖塑])像(?!素)|似(?!乎)")
# A description of ways: where and how it lives, what it eats, when it breeds.
_HABITS_A = re.compile(r"栖息|棲息|[以吃].{0,16}为食|[以吃].{0,16}為食|食性|觅食|覓食|捕食|成群|成羣|[洄回]游|[洄回]遊|筑巢|築巢"
                       r"|[日夜]行|活动|活動|繁殖|产卵|產卵|独居|獨居|群居|底栖|底棲|喜[欢歡]?[在栖棲群]|叫声|叫聲|鸣叫|鳴叫")


def looks_asked(folded: str) -> re.Pattern[str] | None:
    """What a sentence describing the thing asked about holds, when the (folded) question asks its
    looks or its ways; None for any other question."""
    if _ASKS_ANOTHER.search(folded):
        return None  # 幼鱼的模样十分可爱，因此深受哪一类人的喜爱: the looks are said, a kind of people asked
    if _HABITS_Q.search(folded):
        return _HABITS_A
    if _LOOKS_Q.search(folded):
        return _LOOKS_A
    return None
