"""Is this message small talk (a greeting, thanks, "ok", an emoji) rather than a question?

Small talk gets a short friendly reply instead of a quote: 谢谢 must not post a quote about
德特里克堡 into a group, and 👍 must not get "not found" with the whole coverage list. The test is
conservative: greetings and courtesies are stripped from both ends, and the message is small talk
only when nothing that asks is left, so 你好，江欣苑社区有多少名党员？ is a question.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["is_small_talk", "strip_courtesies"]

# Whole phrases, Simplified and Traditional, longest first so 谢谢你 is not read as 谢谢 + 你.
_PHRASES = sorted(
    {
        # greetings and farewells
        "你好",
        "您好",
        "你们好",
        "大家好",
        "嗨",
        "哈喽",
        "哈啰",
        "哈囉",
        "喂",
        "早",
        "早上好",
        "早安",
        "上午好",
        "中午好",
        "下午好",
        "晚上好",
        "晚安",
        "在吗",
        "在嗎",
        "在不在",
        "有人吗",
        "有人嗎",
        "再见",
        "再見",
        "拜拜",
        "回头见",
        "回頭見",
        "下次见",
        "下次見",
        "hi",
        "hello",
        "hey",
        "bye",
        # about the bot itself: its greeting says what it does
        "你是谁",
        "你是誰",
        "你叫什么",
        "你叫什麼",
        "你叫什么名字",
        "你叫什麼名字",
        "你叫啥",
        "你是机器人",
        "你是機器人",
        "你是机器人吗",
        "你是機器人嗎",
        "你会干啥",
        "你能干啥",
        "你是人工智能",
        "你能做什么",
        "你能做什麼",
        "你会什么",
        "你會什麼",
        "你能干什么",
        "你能幹什麼",
        "你有什么用",
        "你有什麼用",
        # thanks and praise
        "谢谢",
        "謝謝",
        "谢谢你",
        "謝謝你",
        "谢谢您",
        "謝謝您",
        "多谢",
        "多謝",
        "感谢",
        "感謝",
        "感谢你",
        "感謝你",
        "非常感谢",
        "非常感謝",
        "太感谢了",
        "太感謝了",
        "辛苦了",
        "辛苦",
        "麻烦了",
        "麻煩了",
        "谢啦",
        "謝啦",
        "谢了",
        "謝了",
        "thanks",
        "thank you",
        "thx",
        "厉害",
        "厲害",
        "真棒",
        "太棒了",
        "不错",
        "不錯",
        "很好",
        "好棒",
        "赞",
        "讚",
        "牛",
        # acknowledgements
        "好",
        "好的",
        "好吧",
        "好滴",
        "好嘞",
        "行",
        "行吧",
        "可以",
        "嗯",
        "嗯嗯",
        "哦",
        "噢",
        "喔",
        "哦哦",
        "明白",
        "明白了",
        "懂了",
        "知道了",
        "了解",
        "了解了",
        "收到",
        "收到了",
        "没问题",
        "沒問題",
        "对",
        "對",
        "是的",
        "对的",
        "對的",
        "ok",
        "okay",
        "好的谢谢",
        "好的謝謝",
        "哈哈",
        "哈哈哈",
        "呵呵",
        "嘿嘿",
        "不客气",
        "不客氣",
        "没事",
        "沒事",
        "算了",
    },
    key=len,
    reverse=True,
)
_PHRASE_RE = re.compile("|".join(re.escape(p) for p in _PHRASES), re.IGNORECASE)
# Particles and filler that may trail a courtesy: 谢谢啦, 好的呀, 你好呀, 在吗在吗.
_FILLER_RE = re.compile(
    r"机器人|機器人|小助手|大家|bot|[啊呀啦吧哈嘛呢哦喔噢哟呦了的哇嗯你您们們]", re.IGNORECASE
)


def _is_noise(ch: str) -> bool:
    """Punctuation, symbols (emoji among them), spaces and marks: no words at all."""
    category = unicodedata.category(ch)
    return category[0] in {"P", "S", "Z", "C", "M"}


def is_small_talk(text: str) -> bool:
    """True for greetings, thanks, acknowledgements, and messages of emoji or punctuation alone."""
    text = (text or "").strip()
    if not text:
        return False  # empty is not talk at all: the engine's "empty-question" says so
    if all(_is_noise(ch) for ch in text):
        return True
    if not _PHRASE_RE.search(text):
        return False
    rest = _FILLER_RE.sub(" ", _PHRASE_RE.sub(" ", text))
    # Anything left besides courtesies, particles and punctuation is read as a question.
    return all(_is_noise(ch) for ch in rest)


_LEADING_RE = re.compile(r"^(?:(?:" + _PHRASE_RE.pattern + r")[\s，,。.!！~～、:：]*)+", re.IGNORECASE)


def strip_courtesies(text: str) -> str:
    """The question without the greeting in front: 你好，江欣苑社区…？ → 江欣苑社区…？ (unchanged when
    nothing but courtesies is there, or the "greeting" is part of a word, as 好人 in 好人好事)."""
    stripped = _LEADING_RE.sub("", text.strip())
    if not stripped or is_small_talk(text):
        return text
    head = text.strip()[: len(text.strip()) - len(stripped)]
    return stripped if re.search(r"[\s，,。.!！~～、:：]$", head) else text
