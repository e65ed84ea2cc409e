"""A name typed with a homophone (江心苑 for 江欣苑) is searched as the corpus word, and the answer says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa import Retriever
from qa.bylines import credited_names
from qa.models import Answer
from qa.quoting import Request
from qa.render import render_html, render_json, render_rich, render_text
from qa.spelling import PinyinIndex, homophones, misspelt, near_sounds
from qa.tokenize import BIGRAM_PREFIX

GOLDEN = Path(__file__).parent / "data" / "golden.jsonl"


def _speller(*words: str, names: tuple[str, ...] = ()) -> PinyinIndex:
    rarity = {w: float(i) for i, w in enumerate(words)}  # the first word is the most frequent
    return PinyinIndex(set(words), rarity.__getitem__, lambda w: w in names)


def test_homophones_ignore_tones_and_go_by_the_common_reading():
    assert "欣" in homophones("心") and "心" not in homophones("心")
    assert "辰" in homophones("晨") and "潍" in homophones("维")
    # 包 reads fú only rarely, 宁 zhù: on DRCD those rare readings made 包克 into 福克, 南主 into 南宁.
    assert "福" not in homophones("包") and "宁" not in homophones("主")


def test_fuzzy_pinyin_swaps_one_initial_or_final_of_the_sound():
    assert "村" in near_sounds("春") and "春" in near_sounds("村")  # ch ~ c
    assert "兰" in near_sounds("南") and "郎" in near_sounds("兰")  # n ~ l, an ~ ang
    assert "春" not in near_sounds("春") and "春" not in homophones("村")


def test_a_name_one_fuzzy_sound_away_is_taken_only_where_no_homophone_is():
    speller = _speller("张立春", names=("张立春",))
    assert speller.correct("张立村") is None  # strictly: 村 (cun) has no homophone making a corpus word
    assert speller.correct("张立村", loose=True) == "张立春"
    both = _speller("张立春", "张立纯", names=("张立春", "张立纯"))
    assert both.correct("张立村", loose=True) is None  # two names sound alike: neither is sure
    assert _speller("张立春").correct("张立村", loose=True) is None  # a word, not a name
    # Two characters are too little to go on: on the shared sets 戰法 became 张法, 克尼 克里.
    assert _speller("依兰", names=("依兰",)).correct("依南", loose=True) is None
    assert _speller("江欣苑", names=("江欣苑",)).correct_text("江心苑有几人", ["江心苑"])[0] == "江欣苑有几人"


def test_a_word_with_one_homophone_becomes_the_corpus_word():
    speller = _speller("江欣苑", "社区")
    assert speller.correct("江心苑") == "江欣苑"
    assert speller.correct("江心院") is None  # two characters differ: no longer the same name


def test_a_doubled_character_typed_with_a_homophone_changes_both():
    # jieba cut the corpus's 莊瑩瑩 into 庄 + 莹莹: the name is there only side by side.
    names = ("庄", "庄莹莹", "罗", "罗山山")
    side_by_side = [BIGRAM_PREFIX + p for p in ("庄莹", "莹莹", "罗山", "山山", "珊珊", "的巴", "巴巴")]
    speller = PinyinIndex(set(side_by_side), lambda w: 0.0, lambda w: w in names)
    assert speller.correct("庄盈盈") == "庄莹莹"
    assert speller.correct("罗珊珊") is None  # the corpus has 珊珊 side by side: a name of its own
    assert speller.correct("的爸爸") is None  # 的 is no surname: 爸爸 is no misspelt given name


def test_a_word_the_corpus_has_is_never_replaced():
    speller = _speller("新华社", "新化社")
    assert speller.correct("新化社") is None
    assert speller.correct_text("新化社报道", ["报道"]) == ("新化社报道", ())


def test_characters_the_corpus_has_side_by_side_are_not_misspelt():
    # CMRC: jieba cut the corpus's 王镕 into 王 + 镕, and the question's 王镕 became the corpus word 王戎.
    speller = _speller("王戎", BIGRAM_PREFIX + "王镕", names=("王戎",))
    assert speller.correct("王镕") is None


def test_the_most_frequent_corpus_word_wins_then_the_word_itself():
    assert _speller("程鹏", "程朋", names=("程鹏", "程朋")).correct("程蓬") == "程鹏"
    assert _speller("程朋", "程鹏", names=("程鹏", "程朋")).correct("程蓬") == "程朋"


def test_two_characters_are_corrected_only_to_a_name_or_a_word_typed_as_none():
    assert _speller("程鹏", names=("程鹏",)).correct("程朋") == "程鹏"
    # 段奶 and 成区 are no words of Chinese; 断奶 and 城区 are, one common character away.
    assert _speller("断奶").correct("段奶") == "断奶"
    assert _speller("城区").correct("成区") == "城区"
    # A word of general Chinese is what was typed (权利 is no slip for 权力, though they sound alike),
    # and a rare character is a name's, no slip (颐年 of 颐年堂 is not 一年).
    assert _speller("权力").correct("权利") is None
    assert _speller("一年").correct("颐年") is None


def test_only_characters_of_unknown_words_change():
    speller = _speller("江欣苑")
    assert speller.correct_text("江心苑社区", ["江", "心苑"]) == ("江欣苑社区", (("江心苑", "江欣苑"),))
    assert speller.correct_text("江心苑社区", ["社区"]) == ("江心苑社区", ())


def test_a_stretch_that_cuts_a_word_is_never_tried():
    # DRCD: 两韩中断 gave 汉中 out of 两韩 + 中断; 有何反应 gave 核反应 out of 有何 + 反应.
    speller = _speller("汉中", "核反应", "中断", "反应", names=("汉中",))
    assert speller.correct_text("两韩中断", ["两韩"], context=["中断"]) == ("两韩中断", ())
    assert speller.correct_text("有何反应", ["有何"], context=["反应"]) == ("有何反应", ())
    # Inside one unknown piece, when what is left over is a corpus word: 程朋是 holds the name 程朋;
    # CMRC's 摩伽罗是 does not hold 罗氏 (罗是), since 摩伽 would be left over.
    speller = _speller("程鹏", "罗氏", "是", names=("程鹏", "罗氏"))
    assert speller.correct_text("程朋是谁", ["程朋是"])[0] == "程鹏是谁"
    assert speller.correct_text("摩伽罗是什么", ["摩伽罗是"]) == ("摩伽罗是什么", ())
    # 程朋帮网周村 comes out of jieba as 程朋帮网 + 周村: after the name, a verb and the first character of
    # a place's name, each a corpus word of one character; before it, two such characters are never
    # left over.
    speller = _speller("程鹏", "罗氏", "帮", "网", "摩", "伽", names=("程鹏", "罗氏"))
    assert speller.correct_text("程朋帮网周村卖羊", ["程朋帮网"])[0] == "程鹏帮网周村卖羊"
    assert speller.correct_text("摩伽罗是什么", ["摩伽罗是"]) == ("摩伽罗是什么", ())


def test_a_name_whose_last_character_jieba_glued_to_the_next_word_is_corrected():
    # 董明圆住在哪 comes out of jieba as 董明 + 圆住: the name runs into the unknown piece's start.
    speller = _speller("董明媛", "住", "有", "核反应", "反应", names=("董明媛",))
    assert speller.correct_text("董明圆住在哪", ["董明", "圆住"])[0] == "董明媛住在哪"
    # 李文搏接了 comes out as 李文 + 搏接; the 接 left over is a word of Chinese the corpus writes only
    # inside longer words (接受, 迎接), so it is no word of the corpus's own.
    speller = _speller("李文博", names=("李文博",))
    assert speller.correct_text("李文搏接了心愿", ["搏接"])[0] == "李文博接了心愿"
    # Never across an unknown piece's end: 有何 + 反应 stays (有 + 核反应 would be another question).
    assert speller.correct_text("有何反应", ["有何"], context=["反应"]) == ("有何反应", ())


def test_a_name_typed_whole_is_found_where_the_corpus_has_it_only_cut_apart():
    # jieba cut the corpus's 居民朱开成 into 朱 + 开成: only the pairs 朱开, 开成 are there.
    known = {"朱", "开成", "石油", "大院", "陈诚", *(BIGRAM_PREFIX + p for p in ("朱开", "开成", "陈诚", "诚与"))}
    names = ("朱", "朱凯成", "陈", "陈诚于")
    speller = PinyinIndex(known, lambda w: 0.0, lambda w: w in names, lambda word, others: True)
    assert speller.correct_text("朱凯成住在石油大院", ["朱凯成"], context=["石油", "大院"])[0] == "朱开成住在石油大院"
    # Not a word a name is followed by (於 → 与).
    assert speller.correct_text("陈诚于何时任职", ["陈诚于"], context=["任职"]) == ("陈诚于何时任职", ())
    # With no other word to meet, or none that does, the one name it can be (朱开诚多大了: the
    # passage naming 朱开成 says 居民, not 老人).
    assert speller.correct_text("朱凯成是谁", ["朱凯成"])[0] == "朱开成是谁"
    never = PinyinIndex(known, lambda w: 0.0, lambda w: w in (*names, "朱开成"), lambda word, others: False)
    assert never.correct_text("朱凯成住在石油大院", ["朱凯成"], context=["石油"])[0] == "朱开成住在石油大院"
    # Not when two names can be, nor when the corpus knows the name typed and a word is glued on
    # (彭晴现主持 is 彭晴 + 现, not some 彭晴陷).
    two = PinyinIndex(known | {BIGRAM_PREFIX + "凯城", BIGRAM_PREFIX + "朱凯"}, lambda w: 0.0, lambda w: w in names,
                      lambda word, others: False)
    assert two.correct_text("朱凯成是谁", ["朱凯成"]) == ("朱凯成是谁", ())
    glued = PinyinIndex({"彭晴", BIGRAM_PREFIX + "彭晴", BIGRAM_PREFIX + "晴陷"}, lambda w: 0.0,
                        lambda w: w in ("彭", "彭晴现"), lambda word, others: False)
    assert glued.correct_text("彭晴现主持什么", ["彭晴现"]) == ("彭晴现主持什么", ())


def test_a_sound_alike_that_never_meets_the_other_words_is_another_word():
    meets = {("满洲", "禁止")}
    speller = PinyinIndex({"满洲", "五中"}, lambda w: 1.0, lambda w: True,
                          lambda word, others: any((word, o) in meets for o in others))
    assert speller.correct("满州", context=["禁止"]) == "满洲"
    assert speller.correct("五种", context=["宗教"]) is None
    assert speller.correct("五种") == "五中"  # nothing else asked: nothing to check against


def test_the_one_full_name_a_typo_can_be_is_taken_though_it_meets_no_other_word():
    # 张银翔在哪个单位上班: the passage naming 张银祥 says 公司, not 单位; no other name sounds alike.
    speller = PinyinIndex({"张银祥", "单位", "五中"}, lambda w: 1.0, lambda w: w == "张银祥", lambda word, others: False)
    assert speller.correct("张银翔", context=["单位"]) == "张银祥"
    assert speller.correct("五种", context=["宗教"]) is None  # two characters: a word, not a name


def test_segmentation_accidents_of_known_text_are_not_misspellings():
    known = {"社区", BIGRAM_PREFIX + "时守", "江"}
    assert misspelt(["时守", "心苑", "社区", "abc"], known) == ["心苑"]


@pytest.mark.parametrize(("question", "typed", "used", "expected"), [
    ("江心苑社区有多少名党员？", "江心苑", "江欣苑", "200多名社区党员"),
    ("华雨晨是哪所学校的老师？", "华雨晨", "华雨辰", "华雨辰"),
    ("维城区怎样提升物业管理水平？", "维城区", "潍城区", "潍城区"),
    ("程朋是做什么的？", "程朋", "程鹏", "程鹏"),
    # Fuzzy pinyin (村 cun for 春 chun) where no homophone makes a corpus name.
    ("张立村退休前在哪儿工作", "张立村", "张立春", "某國營廠"),
    # 今年 is no context the name must share a passage with (66岁的袁宝柱 never says 今年).
    ("袁保柱今年几岁了", "袁保柱", "袁宝柱", "66岁的袁宝柱"),
    # Where jieba cuts the name apart in the text (树林召镇林原村 → 召镇林 + 原村), its character
    # pairs still meet the question's other words.
    ("林源村一共组建了几支志愿服务队？", "林源村", "林原村", "七支志愿服务队"),
    # A doubled character mistyped once (盈盈 for 莹莹), of a name jieba cut apart in the text.
    ("庄盈盈是哪个社区的党委书记啊", "庄盈盈", "庄莹莹", "深田社區"),
    # Typed whole, of a name the corpus has cut apart (居民朱开成: 朱 + 开成).
    ("朱凯成从啥时候起就住在石油大院了？", "朱凯成", "朱开成", "20世纪70年代"),
    # jieba cut the typed name too: 朱 + 开城, the surname apart from the misspelt rest.
    ("朱开城从啥时候就住在石油大院了", "朱开城", "朱开成", "20世纪70年代"),
    # A name printed only in a byline, which no searched passage holds (張國珍 signs 004).
    ("张国真那篇文章里说，党最大的危险是啥？", "张国真", "张国珍", "脫離群眾"),
    ("張國貞是哪個單位的", "張國貞", "张国珍", "中國地方煤礦總公司"),
    # Two characters, or a fuzzy sound away (zhou for zou): a byline's name meets no body word, and
    # is the one name it can be.
    ("冯鸣是方程式那篇稿子里的什么人", "冯鸣", "冯明", "责任编辑冯明"),
    ("周聲文他們寫的那篇微治理是哪天發的", "周聲文", "邹声文", "2020-09-17"),
    # A state's name shortened as news does (佛州 for 佛罗里达州); 那篇 names the piece.
    ("美国疫情那篇评论里 佛州删数据的事是哪两家报纸捅出来的", "佛州", "佛罗里达州", "《棕榈滩邮报》"),
    # A place typed with its form, the name a homophone away, which the corpus has side by side with
    # its form only (阔口 + 社区, 网周村 not one word).
    ("廓口社區平時住著多少口人", "廓口社區", "阔口社区", "近2萬人"),
    ("网洲村的驻村工作队队长是谁", "网洲村", "网周村", "程鹏"),
])
def test_a_misspelt_name_is_searched_as_the_corpus_word(retriever: Retriever, question, typed, used, expected):
    answer = retriever.ask(question, k=3)
    assert answer.answered and answer.corrections == ((typed, used),)
    assert expected in answer.hits[0].quote


def test_a_place_is_corrected_whole_only_where_the_word_typed_is_its_name(retriever: Retriever):
    # jieba's 来网 + 周村 cuts across the village's name: 来往周村 is no place the question typed.
    assert retriever.ask("程鹏是什么时候来网周村的").corrections == ()
    # jieba's 江 + 心苑: the name is 江心苑, corrected as before, not 心苑社区.
    assert retriever.ask("江心苑社区有多少名党员？").corrections == (("江心苑", "江欣苑"),)


def test_a_misspelt_name_alone_is_read_as_the_name_so_what_is_not_stated_says_so(retriever: Retriever):
    # 朱开诚多大了: no other word of the question meets 朱开成; his age is nowhere, and the answer
    # says it mentions him rather than finding nothing.
    answer = retriever.ask("朱开诚多大了")
    assert answer.corrections == (("朱开诚", "朱开成"),)
    assert answer.reason == "not-stated"


def test_a_traditional_question_reports_the_word_as_typed(retriever: Retriever):
    assert retriever.ask("華雨晨是哪裡人？").corrections == (("華雨晨", "华雨辰"),)


def test_the_golden_questions_are_never_corrected(retriever: Retriever):
    questions = [json.loads(line)["question"] for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    corrected = {q: c for q in questions if (c := Request.read(q, retriever.corpus).question.corrections)}
    assert corrected == {}


def test_an_unknown_word_without_a_corpus_homophone_stays_unknown(retriever: Retriever):
    answer = retriever.ask("张伟是谁？")
    assert answer.corrections == ()


def _corrected() -> Answer:
    return Answer(question="江心苑社区有多少名党员？", answered=False, reason="no-match",
                  corrections=(("江心苑", "江欣苑"),))


def test_every_medium_says_what_was_searched_in_one_wording():
    line = "按“江欣苑”查找（你输入的是“江心苑”）"
    answer = _corrected()
    assert render_text(answer).splitlines()[0] == line
    assert line in render_html(answer)
    assert json.loads(render_json(answer))["corrections"] == [["江心苑", "江欣苑"]]
    from rich.console import Console

    console = Console(record=True, width=200)
    console.print(render_rich(answer))
    assert console.export_text().splitlines()[0] == line


def test_no_correction_no_line(retriever: Retriever):
    answer = retriever.ask("江欣苑社区有多少名党员？")
    assert answer.corrections == () and "按“" not in render_text(answer)
    assert json.loads(render_json(answer))["corrections"] == []


def test_a_page_pasted_as_a_question_is_not_corrected(monkeypatch):
    # A 2,000-character paste of rare characters once took minutes: every stretch was tried.
    from qa import spelling

    speller = _speller("江欣苑")
    tried: list[str] = []
    monkeypatch.setattr(speller, "correct", lambda word, *a, **k: tried.append(word))
    long_text = "江心苑" + "龘" * spelling.MAX_TEXT
    assert speller.correct_text(long_text, ["江", "心苑"]) == (long_text, ())
    many = [chr(0x9F98 - i) * 2 for i in range(spelling.MAX_UNKNOWN + 1)]
    assert speller.correct_text("".join(many), many) == ("".join(many), ())
    assert tried == []
    speller.correct_text("江心苑", ["江", "心苑"])
    assert tried  # a question-sized text is tried


def test_the_names_a_byline_credits_are_read_off_its_line():
    lines = ["新华社记者 邹声文、康淼、陈弘毅", "本报记者 田豆豆", "张国珍", "参与采写刘宗荣邢广利孙楠", "新华社发"]
    assert credited_names(lines) == {"邹声文", "康淼", "陈弘毅", "田豆豆", "张国珍"}


def test_a_shortened_state_name_stands_for_the_one_the_corpus_has():
    speller = PinyinIndex({"佛罗里达州", "加利福尼亚州", "加拿大", "广州", "数据"}, lambda w: 0.0, lambda w: True,
                          lambda word, others: word != "加利福尼亚州")
    assert speller.expand("佛州", ["数据"]) == "佛罗里达州"
    assert speller.expand("加州", ["数据"]) is None  # the one state that could be meant meets no other word
    assert speller.expand("广州") is None  # a corpus word of its own
    assert speller.expand("德州") is None  # no state of that initial


def test_a_name_and_the_two_characters_after_it_the_corpus_has_only_side_by_side(tmp_path: Path):
    # The corpus cuts 毛利秀元 into 毛利 + 秀元; typed 毛利秀圆, the window of four is the one reading.
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "moori.txt").write_text(
        "毛利秀元\n\n毛利秀元是日本安土桃山时代武将，长府藩第一代藩主。\n\n墓地在泉岳寺、功山寺及丰功神社。\n\n"
        "关原之战时，总大将秀元是毛利军的前线指挥。\n", encoding="utf-8")
    retriever = Retriever.from_path(folder, cache_dir=tmp_path / "cache")
    assert Request.read("毛利秀圆的墓在哪", retriever.corpus).question.corrections == (("毛利秀圆", "毛利秀元"),)
    # Not after a word that names no one: 大将 + 秀元 are side by side too, but 大将 is no name.
    assert Request.read("大将秀圆的墓在哪", retriever.corpus).question.corrections == ()


def test_a_lone_character_after_the_asking_is_not_read_with_it_as_a_misspelling(retriever: Retriever):
    # 哪一年 + 建 (a character the corpus has no word of): read as 年建 it had become 年间, and the
    # question lost the building whose year it asks.
    reading = Request.read("那套“微心愿”工作机制是哪一年建起来的", retriever.corpus).question
    assert reading.corrections == () and "建" in reading.text and reading.asked.event
