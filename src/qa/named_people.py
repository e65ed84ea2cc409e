"""Words jieba tags a person's name that name no one in the answer a who-question wants.

`answer_shape.fits` reads a who-question's answer as a name jieba tags a person's (nr). Two kinds of
such names are not the one asked for: a common word jieba's dictionary tags so (养老 of 居家养老中心,
智慧, 令人), and the teller of what a sentence reports (孙志荣记得,有人曾在3层和5层放置凳子: he recalls
the stools, someone unnamed put them there).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .background import background_idf
from .occurrences import followed_by
from .question_words import HONORIFICS
from .text import fold

__all__ = ["PERSON_TAGS", "SAYING", "TELLER_Q", "common_word", "gives_view", "not_their_words", "said_by", "speakers"]


# jieba's tags for a person's name.
PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
# The hundred commonest surnames: a two-character word opening with none of them, that general
# Chinese uses often, is a word jieba's dictionary tags a person's name (养老, 智慧, 令人; 文明 opens with one).
SURNAMES = frozenset("王李张劉刘陈陳杨楊赵趙黄黃周吴吳徐孙孫胡朱高林何郭马馬罗羅梁宋郑鄭谢謝韩韓唐冯馮于董萧蕭程曹袁邓鄧许許傅沈曾彭吕呂苏蘇卢盧蒋蔣"
                      "蔡贾賈丁魏薛叶葉阎閻余潘杜戴夏钟鍾汪田任姜范方石姚谭譚廖邹鄒熊金陆陸郝孔白崔康毛邱秦江史顾顧侯邵孟龙龍万萬段雷钱錢汤湯"
                      "尹黎易常武乔喬贺賀赖賴龚龔文")
# Someone named as news names an older neighbour or a worker: by surname and a word of address (张大爷,
# 王阿姨, 李师傅), which jieba never tags a name (张 + 大爷).
ADDRESSED = re.compile(f"[{''.join(sorted(SURNAMES))}](?:{'|'.join(sorted(HONORIFICS, key=lambda w: (-len(w), w)))})")
# As often as this in general Chinese (养老 7.9, 智慧 7.4; names: 曹操 6.7, 孔子 7.9, 雷锋 10.8, all surnamed).
_COMMON_NAME_IDF = 8.0


def common_word(word: str, before: str) -> bool:
    """A word jieba tags a person's name that is a common word of general Chinese, no one's name,
    unless a surname jieba cut off stands before it (王 + 智慧 of 王智慧)."""
    return (len(word) == 2 and word[0] not in SURNAMES and before not in SURNAMES
            and (idf := background_idf(word)) is not None and idf < _COMMON_NAME_IDF)


# A verb of saying or recalling right after a name: the one who tells it (孙志荣记得, 刘金国介绍), not by
# that alone the one who did what a who-question asks (凳子是谁放的).
_TELLS = frozenset(("说", "說", "表示", "介绍", "介紹", "指出", "认为", "認為", "坦言", "感慨", "告诉", "告訴", "回忆", "回憶",
                    "记得", "記得", "谈到", "談到", "透露", "称", "稱"))
# 谁认为, 是谁说的, 哪位专家指出: the question asks who tells it (`Asked.teller`).
TELLER_Q = re.compile(r"(?:谁|誰|哪位|哪一位|什么人|什麼人)[^，,。？?]{0,4}?(?:" + "|".join(sorted(_TELLS, key=len, reverse=True))
                      + r"|提出|主张|主張|讲|講)")


def speakers(tagged: Sequence[tuple[str, str]], own: Sequence[str]) -> set[int]:
    """The positions of the words right before a verb of saying or recalling, unless one of the
    question's own words is in the two words before them (制作人崔腾骐说 for 制作人是谁: the one asked for)."""
    words = [word for word, _ in tagged]
    return {i - 1 for i, after in enumerate(words[1:], 1) if after in _TELLS
            and not any(word in "".join(words[max(0, i - 3) : i - 1]) for word in own if len(word) >= 2)}


# Words in quotation marks; a quotation running on past the sentence (她说:“…痛苦! 我们…”) counts.
_QUOTATION = re.compile(r"[“「][^”」]{4,}(?:[”」]|$)")
SAYING = r"(?:说|說|表示|坦言|感慨|介绍|介紹|强调|強調|指出|告诉|告訴|谈到|談到|道|称|稱)"


def said_by(speaker: str, sentence: str) -> bool:
    """The (folded) sentence quotes the speaker: words in quotation marks, and the speaker's name
    (or 他/她, as news says it once the name is given) with a verb of saying after it (“…”张立春说,
    刘小辉说,“…”, 她说:“…”)."""
    return _QUOTATION.search(sentence) is not None and (
        _PRONOUN_SAYING.search(sentence) is not None or followed_by(sentence, speaker, _SAYING_SOON) is not None)


# 他 or 她 right before a verb of saying; after the speaker's name (found with `str.find`, not compiled
# into a pattern per speaker), a verb of saying within 12 characters.
_PRONOUN_SAYING = re.compile(r"(?<![其吉])[他她]" + SAYING)
_SAYING_SOON = re.compile(r"[^。“”「」]{0,12}?" + SAYING)


# A view given without quotation marks, as an encyclopedia tells it (乾隆评价孙揆为…, 刘芸表示…).
_VIEW = re.compile(r"[^。；;]{0,12}?(?:言|指|看好|反对|反對|支持|赞成|贊成|欢迎|歡迎|评价|評價|称赞|稱讚|赞扬|讚揚|称|稱|认为|認為|表示|说|說|夸|誇|形容|看来|看來|指出|回应|回應|觉得|覺得)")


def gives_view(speaker: str, sentence: str) -> bool:
    """The (folded) sentence gives the speaker's view (郑彩平咋评价这个活动): it quotes them (`said_by`),
    or names them before a verb of judging or saying; the name folded as the sentence is (乾隆 → 干隆)."""
    return said_by(speaker, sentence) or (
        bool(speaker) and followed_by(sentence, fold(speaker), _VIEW) is not None)

# 小玮, 老王, 阿明: a person called familiarly.
_FAMILIAR = re.compile(r"[小老阿][\u4e00-\u9fff]")


# What one found or felt, said without their words (沙勿略發現，中國文化對日本的影響很深): their view.
_FOUND = r"[^。；;]{0,12}?(?:发现|發現|看到|感到|感受|体会|體會|意识到|意識到|认识到|認識到|相信|希望|觉得|覺得)"


# The last character of a body's or an office's name (宣传部, 居委会, 街道办, 纪委): no one's name.
_BODY_ENDS = frozenset("部会會办辦局委处處所队隊站社厅廳院组組科室团團司府")


def _a_name(speaker: str) -> bool:
    """The one asked to have spoken is a person by name (华雨辰, 张立春, 金大爷, 小玮), not a body (宣传部)
    or a word jieba tags a name (从政 of 为官从政): three or four characters, or two opening with a surname."""
    return bool(ADDRESSED.fullmatch(speaker) or _FAMILIAR.fullmatch(speaker)
                or (len(speaker) in (3, 4) and speaker[-1] not in _BODY_ENDS)
                or (len(speaker) == 2 and speaker[0] in SURNAMES))


def not_their_words(speaker: str, sentence: str, tagged: Sequence[tuple[str, str]]) -> bool:
    """The (folded) sentence quotes words that are not the speaker's, or names the speaker and gives
    none of their words: words said to them (“金大爷,你的羊卖了…” for 金大爷说了啥), another person's,
    named before a verb of saying (…李文博说) or introduced by their deed (李文博帮着出谋划策,“…”), where
    nothing in it says the speaker said them. A sentence naming no one may be theirs: a quotation
    whose speaker the next sentence names, an essay by the one asked of."""
    if said_by(speaker, sentence):
        return False
    named = fold(speaker)
    if re.search(f"[“「]{re.escape(named)}[,，]", sentence):
        return True
    if not _a_name(speaker):
        return False  # 宣传部说…: a body or an office speaks through a person the sentence names
    if named in sentence and sentence.strip() != named and not _QUOTATION.search(sentence) and not gives_view(
            speaker, sentence) and not re.search(re.escape(named) + _FOUND, sentence):
        # 华雨辰是800多名省党代表中的一员: it names her, and none of her words. Not a byline (张国珍 alone),
        # which stands for the piece, all of it the writer's words.
        return True
    others = {word for word, flag in tagged if flag in PERSON_TAGS and len(word) >= 2 and word != speaker}
    if any(re.search(re.escape(name) + r"[^。“”「」]{0,8}[,，:：][“「]", sentence) for name in others):
        return True  # 李文博帮着出谋划策,“小玮其实很懂事…”: his words, introduced by his deed
    return any(tagged[at][0] in others for at in speakers(tagged, ()))
