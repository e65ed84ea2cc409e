"""The quote is the sentence of the best article that answers, chosen across its passages."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa import Retriever, quoting, ranking
from qa.answer_wordings import KINDS, asks, kind_asked
from qa.chooser_model import Model, load_model
from qa.choosing import _names_it_as_this_one, choose
from qa.close_behind import JOIN_MARGIN, SAID_MARGIN, WHETHER_MARGIN, typed_dates
from qa.models import Passage
from qa.quoting import Request
from qa.sentence_features import FEATURES, Candidate, Layout, window
from qa.text import to_simplified

# An encyclopedia-style article: the lead names the fish, later paragraphs state its facts without
# naming it again (该鱼, 本鱼), and a second article shares the question's words but not the fact.
FISH = """加利福尼亚滑银汉鱼

加利福尼亚滑银汉鱼是银汉鱼目银汉鱼科的一种海水鱼，分布于东太平洋的加利福尼亚湾沿岸。

该鱼体长可达15公分，背部呈青绿色，腹部银白色。

本鱼栖息于沿岸浅水区，以浮游动物为食，繁殖期在春季。
"""
OTHER = """太平洋沿岸的鱼类调查

调查人员在加利福尼亚湾记录了多种鱼类，其中包括银汉鱼科的几个种类，调查持续了三个月。
"""


@pytest.fixture(scope="module")
def fish(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    folder = tmp_path_factory.mktemp("fish")
    (folder / "fish.txt").write_text(FISH, encoding="utf-8")
    (folder / "survey.txt").write_text(OTHER, encoding="utf-8")
    return Retriever.from_path(folder, cache_dir=tmp_path_factory.mktemp("fish-cache"))


def test_the_fact_stated_in_a_later_paragraph_is_quoted(fish: Retriever):
    hit = fish.search("加利福尼亚滑银汉鱼的体长是多少？", k=3)[0]
    assert "15公分" in hit.quote
    assert hit.context.startswith("该鱼体长")  # cited where the quote is: the paragraph that holds it


def test_where_it_lives_is_quoted_from_its_own_paragraph(fish: Retriever):
    hit = fish.search("加利福尼亚滑银汉鱼以什么为食？", k=3)[0]
    assert "浮游动物" in hit.quote


def test_a_sentence_without_the_class_of_thing_asked_counts_as_unfit(fish: Retriever):
    # 以什么为食 asks no kind of name or number, but a class of thing (what it eats): the lead, saying
    # what the fish is, is as unfit as a sentence without the number a 多少 asks (扁嘴鹅 on CMRC).
    request = Request.read("加利福尼亚滑银汉鱼以什么为食？", fish.corpus)
    groups = ranking.grouped(fish.corpus, request, 13)
    found = quoting.candidates(fish.corpus, request, [g.index for g in groups])
    unfit = FEATURES.index("unfit_cov")
    by_text = {c.folded: c.features[unfit] for c in found}
    assert any(v > 0 for text, v in by_text.items() if "海水鱼" in text)
    assert all(v == 0 for text, v in by_text.items() if "为食" in text)


def test_the_lead_still_answers_what_it_is(fish: Retriever):
    hit = fish.search("加利福尼亚滑银汉鱼分布在哪里？", k=3)[0]
    assert "加利福尼亚湾沿岸" in hit.quote


@pytest.mark.parametrize(("question", "answer"), [
    ("广内街道在广安门北街20号院成立了什么组织？", "物业管理委员会"),  # 在该院内成立了…: the subject carried by 该院
    ("華雨辰在哪所學校工作？", "钢花小学"),  # the example: it came 2nd or 3rd
    ("華雨辰是哪裡人？", "武汉人"),  # “我是武汉人”, in a passage of its own
    ("台风卢碧影响厦门是哪天？", "8月5日"),  # 当日,受…台风“卢碧”影响: the date is in the sentence before
    # The sentence naming the owner came first; the one after it names her and the rest (业主盧布).
    ("疫情期間深夜找社區幹部幫忙買紙尿褲的業主叫什麼？", "盧布"),
    # Which ones, listed as clauses opening alike (管住自己,管住親屬,管住身邊的人), not with 、.
    ("張國珍說黨員幹部要管住哪些人", "管住親屬"),
    # The count as it stands now (目前…已完成119条), not an earlier step's (2015年12月底,81条…).
    ("成都12345到现在一共整合了多少条热线", "119条"),
])
def test_the_sentence_holding_the_answer_is_quoted_first(retriever: Retriever, question: str, answer: str):
    answer_ = retriever.ask(question, k=3)
    assert answer_.answered and answer in answer_.hits[0].quote, answer_.hits[0].quote if answer_.hits else answer_.reason


def test_the_thing_asked_named_only_as_this_one_is_quoted_with_the_sentence_naming_it(retriever: Retriever):
    # 为了答好这一问题: which question, the sentence before asks (如何让人民群众…更方便、更舒心、更美好?).
    answer = retriever.ask("南宁把街道办事业单位整合成党群服务中心，是为了答好啥问题？", k=3)
    quote = to_simplified(answer.hits[0].quote)
    assert answer.answered and "更舒心" in quote and "答好这一问题" in quote
    # 此 of 因此 is no demonstrative: the nickname is in the sentence itself.
    assert not _names_it_as_this_one("因此外号「木马」", "外号")
    assert _names_it_as_this_one("艺术家里奇蒙爵士成立这一机构。", "机构")
    assert not _names_it_as_this_one("这一机构改名为煤烟消除会,机构设在伦敦。", "机构")


def test_who_is_asked_of_a_sentence_saying_only_she_is_quoted_with_the_one_naming_her(retriever: Retriever):
    # …疫情中,她自发开展…被称作“武汉战疫全能志愿者” names no one; 华雨辰是…音乐教师。 before it does.
    answer = retriever.ask("那个被叫作“武汉战疫全能志愿者”的是谁啊", k=3)
    quote = answer.hits[0].quote
    assert answer.answered and "华雨辰" in quote and "她自发开展" in quote
    assert any(quote[start:end] == "华雨辰" for start, end in answer.hits[0].answer_spans)


def test_the_shipped_model_reads_the_features_the_engine_computes():
    model = load_model()
    assert len(model.weights) == len(FEATURES)
    # The features that carry the question's words and the asked-for kind must count for a sentence
    # (the question's share is read twice, with the title's and with the sentences before's words
    # given: the two share one weight between them).
    weight = dict(zip(FEATURES, model.weights, strict=True))
    assert weight["cov"] + weight["cov_context"] > 0 and weight["fits"] > 0 and weight["picked"] > 0
    assert weight["next_to"] > 0


def _passage(n: int, doc: str, start: int) -> Passage:
    return Passage(f"{doc}#{n}", doc, "x。", start, start + 2, ((start, start + 2),))


def test_the_window_never_leaves_the_best_article():
    # Two articles: passages 0-3 (article 0) and 4-7 (article 1); the second result is in article 1.
    passages = [_passage(i, "a" if i < 4 else "b", i * 2) for i in range(8)]
    layout = Layout(passages, [0, 0, 0, 0, 1, 1, 1, 1], [0, 4, 8], list(range(8)))
    found = dict(window(layout, [2, 5, 0]))
    assert set(found) == {0, 1, 2, 3}  # the best result, its neighbours, a later result of its article
    assert found[1] == 2 and found[0] == 0


def _candidate(passage: int, sentence: int, score: float, text: str = "") -> Candidate:
    features = [0.0] * len(FEATURES)
    features[0] = score  # with a model weighing only the first feature, its value is the score
    return Candidate(passage, sentence, tuple(features), text)


def test_a_neighbour_scoring_within_the_margin_is_quoted_too():
    model = Model((1.0,) + (0.0,) * (len(FEATURES) - 1))
    close = choose([_candidate(0, 0, 5.0), _candidate(0, 1, 5.0 - JOIN_MARGIN / 2), _candidate(1, 0, 4.9)], model)
    assert close is not None and close.best.sentence == 0 and close.sentences == (0, 1)
    far = choose([_candidate(0, 0, 5.0), _candidate(0, 1, 5.0 - JOIN_MARGIN * 2)], model)
    assert far is not None and far.sentences == (0, 0)
    # A close candidate in another passage is not joined: a quote is one passage's text.
    apart = choose([_candidate(0, 0, 5.0), _candidate(1, 0, 5.0)], model)
    assert apart is not None and apart.neighbour is None


def test_a_neighbour_naming_the_kind_of_one_asked_which_is_quoted_further_behind():
    model = Model((1.0,) + (0.0,) * (len(FEATURES) - 1))
    found = [_candidate(0, 0, 5.0, "8月5日,在厦门市海沧区东瑶村,救援人员转移疏散群众。"),
             _candidate(0, 1, 5.0 - JOIN_MARGIN * 1.5, "当日,受今年第9号台风“卢碧”影响,福建厦门出现强降雨天气")]
    which = choose(found, model, which="台风")
    assert which is not None and which.sentences == (0, 1)
    assert choose(found, model).sentences == (0, 0)  # beyond the margin, no kind asked: alone
    assert choose(found, model, which="城市").sentences == (0, 0)  # the neighbour names no such thing
    too_far = [found[0], _candidate(0, 1, 5.0 - JOIN_MARGIN * 3, found[1].folded)]
    assert choose(too_far, model, which="台风").sentences == (0, 0)


@pytest.mark.parametrize(("said", "asked"), [
    ("与蒙古族其它的少数民族团体不同,布利亚特族并没有受到喇嘛教太大的影响。", {"why": True}),
    ("上海市长宁区岐山村48号的小花园曾深受不文明现象的困扰。", {"how": True}),
])
def test_a_why_or_how_restated_without_its_cause_or_way_is_quoted_with_the_sentence_after(said, asked):
    model = Model((1.0,) + (0.0,) * (len(FEATURES) - 1))
    found = [_candidate(0, 0, 5.0, said), _candidate(0, 1, 5.0 - JOIN_MARGIN * 2, "大多数人…")]
    assert choose(found, model, **asked).sentences == (0, 1)
    assert choose(found, model).sentences == (0, 0)  # asked neither: too far behind to join
    # Saying the cause or the way itself, it stands alone.
    worded = [_candidate(0, 0, 5.0, "因为信仰自然," + said), found[1]]
    assert choose(worded, model, why=True).sentences == (0, 0)
    assert choose([_candidate(0, 0, 5.0, "通过议事会," + said), found[1]], model, how=True).sentences == (0, 0)


def test_what_a_place_holds_is_quoted_with_the_sentence_listing_it_from_there(retriever):
    model = Model((1.0,) + (0.0,) * (len(FEATURES) - 1))
    named = _candidate(0, 0, 5.0, "南京西路上的百乐门大都会22层,有一个人气颇高的“白领驿家”。")
    listed = _candidate(0, 1, 5.0 - JOIN_MARGIN * 2, "在这里,咖啡吧、报告厅、舞蹈室一应俱全。")
    assert choose([named, listed], model, contents=True).sentences == (0, 1)
    assert choose([named, listed], model).sentences == (0, 0)  # asked nothing it holds
    # A sentence after that lists nothing, or does not speak from there, is not joined.
    assert choose([named, _candidate(0, 1, 5.0 - JOIN_MARGIN * 2, "在这里,白领们常来打卡。")], model, contents=True).sentences == (0, 0)
    assert choose([named, _candidate(0, 1, 5.0 - JOIN_MARGIN * 2, "居民们喜欢散步、健身。")], model, contents=True).sentences == (0, 0)
    answer = retriever.ask("白领驿家里头都配了啥")
    assert answer.answered and "咖啡吧、報告廳、舞蹈室" in answer.hits[0].quote
    assert Request.read("白领驿家里都有些什么设施", retriever.corpus).asked.contents
    # What changed or was felt there is no contents.
    assert not Request.read("这些协会搞起来以后，社区里有啥变化呀", retriever.corpus).asked.contents
    assert not Request.read("居民受了帮忙以后心里有啥变化", retriever.corpus).asked.contents


def test_for_a_yes_or_no_question_a_close_sentence_saying_what_it_asks_is_quoted():
    model = Model((1.0,) + (0.0,) * (len(FEATURES) - 1))
    scheme = _candidate(0, 0, 5.0, "将加装电梯一事纳入三驾机制")
    paid = _candidate(1, 0, 5.0 - WHETHER_MARGIN / 2, "采取一、二层群众不出钱,楼上为单位出大头")
    chosen = choose([scheme, paid], model, whether="出钱")
    assert chosen is not None and chosen.best.passage == 1
    far = _candidate(1, 0, 5.0 - WHETHER_MARGIN * 2, paid.folded)
    assert choose([scheme, far], model, whether="出钱").best.passage == 0  # the model's choice stands
    assert choose([scheme, paid], model).best.passage == 0  # asked no yes or no


def test_the_kind_of_thing_asked_marks_the_sentences_naming_one(retriever: Retriever):
    # 得的啥病 asks an ailment (`asked_things`), no kind of fact: the sentence naming one still fits.
    request = Request.read("固阳县新建村那个66岁的大爷自己得的啥病", retriever.corpus)
    groups = ranking.grouped(retriever.corpus, request, 13)
    found = quoting.candidates(retriever.corpus, request, [g.index for g in groups])
    fit = FEATURES.index("fits")
    assert {c.folded.startswith("“我有肺气肿") for c in found if c.features[fit]} == {True}


def test_the_sentence_naming_the_kind_of_thing_asked_beside_the_chosen_one_is_quoted(retriever: Retriever):
    # 固阳县 pins the sentence on the visits to him; the one before names his ailment.
    answer = retriever.ask("请问固阳县那个袁宝柱自己身体有啥病", k=3)
    assert answer.answered and "肺气肿" in answer.hits[0].quote
    # Not another person's, found in another article (袁宝柱's 肺气肿 for 钟呼毅's wife).
    assert not retriever.ask("钟呼毅老伴儿得的啥病", k=3).answered


def test_a_yes_or_no_question_is_quoted_the_sentence_that_says_it(retriever: Retriever):
    answer = retriever.ask("西马街道加装电梯的时候，一二楼的住户要不要掏钱啊？", k=3)
    assert answer.answered and "不出钱" in answer.hits[0].quote


@pytest.mark.parametrize("opening", ["社区党委书记谢华娟说:", "当日,受台风影响", "该院1995年建成", "他说"])
def test_a_sentence_leaning_on_the_one_before_is_quoted_with_it(opening):
    model = Model((1.0,) + (0.0,) * (len(FEATURES) - 1))
    chosen = choose([_candidate(0, 0, 5.0 - JOIN_MARGIN * 2), _candidate(0, 1, 5.0, opening)], model)
    assert chosen is not None and chosen.sentences == (0, 1)
    alone = choose([_candidate(0, 0, 5.0 - JOIN_MARGIN * 2), _candidate(0, 1, 5.0, "江欣苑社区有党员200多名")], model)
    assert alone is not None and alone.sentences == (1, 1)  # it names its own subject


@pytest.mark.parametrize("opening", ["于是,81条热线被整合到了12345热线", "因此,政治家们开始考虑扩大选举权",
                                     "正因此此届内阁的合法性受到质疑", "为此,社区成立了物管会"])
def test_for_a_why_question_what_followed_is_quoted_with_its_cause(opening):
    model = Model((1.0,) + (0.0,) * (len(FEATURES) - 1))
    why = choose([_candidate(0, 0, 5.0 - JOIN_MARGIN * 2), _candidate(0, 1, 5.0, opening)], model, why=True)
    assert why is not None and why.sentences == (0, 1)  # the cause is the sentence before
    what = choose([_candidate(0, 0, 5.0 - JOIN_MARGIN * 2), _candidate(0, 1, 5.0, opening)], model)
    assert what is not None and what.sentences == (1, 1)  # asked what was done: the sentence alone


@pytest.mark.parametrize("cause", ["因为在一个月之后举行的选举中,自民党的议席反而增加", "这是因为他的祖先对王室有重大功绩",
                                   "原因是日出晨光照射在温泉冒起的蒸气"])
def test_for_a_why_question_restating_what_is_asked_the_cause_after_it_is_quoted_too(cause):
    model = Model((1.0,) + (0.0,) * (len(FEATURES) - 1))
    found = [_candidate(0, 0, 5.0, "一般认为,黑雾解散是成功的。"), _candidate(0, 1, 5.0 - JOIN_MARGIN * 2, cause)]
    why = choose(found, model, why=True)
    assert why is not None and why.sentences == (0, 1)
    assert choose(found, model).sentences == (0, 0)  # not asked why: the sentence alone
    # A chosen sentence that says a cause itself (这使…, 令…) is quoted alone.
    said = [_candidate(0, 0, 5.0, "父亲喜欢做科学实验,这使他从小就对科学产生了兴趣。"), found[1]]
    assert choose(said, model, why=True).sentences == (0, 0)


def test_a_sentence_quoting_the_speaker_asked_wins_a_near_tie_only():
    model = Model((1.0,) + (0.0,) * (len(FEATURES) - 1))
    cue2 = FEATURES.index("cue2")

    def saying(passage: int, score: float) -> Candidate:
        features = [0.0] * len(FEATURES)
        features[0], features[cue2] = score, 1.0
        return Candidate(passage, 0, tuple(features), "董明媛说,“太感谢了”")

    tie = [_candidate(0, 0, 5.0, "“…不染?”董明媛笑着问女儿。"), saying(1, 5.0 - SAID_MARGIN / 2)]
    assert choose(tie, model, speaker="董明媛").best.passage == 1
    assert choose(tie, model).best.passage == 0  # no one's words asked
    far = [tie[0], saying(1, 5.0 - SAID_MARGIN * 2)]
    assert choose(far, model, speaker="董明媛").best.passage == 0


def test_a_close_candidate_holding_the_date_the_question_typed_is_quoted():
    model = Model((1.0,) + (0.0,) * (len(FEATURES) - 1))
    found = [_candidate(0, 0, 5.0, "去年4月,21条其他热线被整合进来。"),
             _candidate(1, 0, 5.0 - JOIN_MARGIN / 2, "于是,2015年12月底,81条热线被整合到了12345热线。")]
    dated = choose(found, model, dates=typed_dates("成都12345热线2015年底又整合进来多少条热线?"))
    assert dated is not None and dated.best.passage == 1
    undated = choose(found, model)
    assert undated is not None and undated.best.passage == 0
    # Far behind, the typed date does not win; a date in the sentence before counts as held.
    far = [found[0], _candidate(1, 0, 5.0 - JOIN_MARGIN * 2, found[1].folded)]
    assert choose(far, model, dates=("2015年",)).best.passage == 0
    before = [_candidate(0, 0, 1.0, "1922年6月,他到了广州。"), _candidate(0, 1, 5.0, "当时,邓演达任团长。"),
              _candidate(1, 0, 4.9, "1922年冬,他回乡。")]
    assert choose(before, model, dates=("1922年",)).best.sentence == 1


@pytest.mark.parametrize(("question", "dates"), [
    ("那2015年底呢", ("2015年",)), ("李文博6月19号去了谁家", ("6月19日",)),
    ("12345热线是哪年开通的", ()), ("2000年代的剧集", ()),
])
def test_the_dates_a_question_types(question, dates):
    assert typed_dates(question) == dates


def test_which_community_is_answered_with_the_sentence_naming_it(retriever: Retriever):
    answer = retriever.ask("谢华娟是哪个社区的书记啊")
    assert answer.answered and "中華中路社區" in answer.hits[0].quote and "謝華娟" in answer.hits[0].quote
    assert answer.fact == "中華中路社區"


def test_nothing_to_choose_from_gives_no_choice():
    assert choose([]) is None


def test_quotes_stay_short_on_the_bundled_corpus(retriever: Retriever):
    """A quote is a sentence, two when joined: never the whole paragraph it comes from."""
    questions = ["江欣苑社区有多少名党员？", "台风卢碧影响厦门是哪天？", "依兰陨石坑位于哪里？", "华雨辰是哪所学校的老师？"]
    for question in questions:
        hit = retriever.search(question, k=1)[0]
        assert len(hit.quote) <= 300 and hit.quote.count("。") <= 2, (question, hit.quote)


def test_the_fitting_learns_which_candidate_holds_the_answer():
    """`benchmarks/fit_chooser.py`'s conditional logit on records where only the first feature
    tells the answer apart: it must weigh that feature up and pick the answering candidate."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from fit_chooser import fit_choice

    width = len(FEATURES)
    records = []
    for q in range(40):
        x = [[0.1 * ((q + i) % 3)] + [0.5] * (width - 1) for i in range(4)]
        answer = q % 4
        x[answer][0] = 1.0
        records.append({"x": x, "y": [i == answer for i in range(4)], "weight": 1.0})
    weights, _ = fit_choice(records, steps=300)
    assert weights[0] > 1.0
    model = Model(tuple(float(w) for w in weights))
    picked = [max(range(4), key=lambda i, r=r: model.score(r["x"][i])) for r in records]
    assert picked == [q % 4 for q in range(40)]


@pytest.mark.parametrize(("question", "kind"), [
    ("这种鱼为什么生活在浅水区？", "reason"),
    ("怎样才能申请社区服务？", "method"),
    ("银汉鱼是什么？", "definition"),
    ("加利福尼亚湾有哪些鱼类？", "listing"),
    ("华雨辰是哪里人？", "origin"),  # before location: 哪里人 asks where someone is from
    ("加利福尼亚湾在哪里？", "location"),
    ("江欣苑社区有多少名党员？", None),
    ("依兰陨石坑是什么形状的", None),  # what it looks like, not what it is
    ("这种鱼是什么颜色？", None),
    # 作为什么, 称为什么, 成为什么: what it is taken as or called, no reason (为什么 inside them).
    ("要把群众的愿望作为什么", None),
    ("费米气体的压力被称为什么？", None),
    ("东森电视为什么以反盗版为号召？", "reason"),
    # 改为, 列为, 誉为, 译为, 封为, 称之为 + 什么 + a noun: "as what", not why; 部分为什么 asks why.
    ("1951年绿屋文具商店改名为什么名字", None),
    ("满洲被列为什么地方禁止汉人进入", "location"),
    ("杨复恭之后被封为什么官职？", None),
    ("黄鳍多棘鳞鲀成鱼时转变为什么颜色", None),
    ("津轻铁道的部分为什么以津轻五所川原车站命名？", "reason"),
    # 为什么 ending the question: 为 is "is", 什么 "what"; after 是 it asks why.
    ("基础代谢率的单位为什么？", None),
    ("萨格勒布航空更名为什么？", None),
    ("这是为什么？", "reason"),
    ("为何冰河龙的属名意为冰河蜥蜴？", "reason"),
])
def test_the_kind_asked_is_the_first_wording_the_question_calls_for(question, kind):
    assert kind_asked(question) == kind
    assert (kind is None) == all(wording is None for wording in asks(question))


@pytest.mark.parametrize(("sentence", "says_where"), [
    ("陶街位于中国广州市越秀区。", True),
    # A place said to be one of its kind somewhere: where it is, with no 位于 (CMRC's leads).
    ("拉策堡(德语:)是德国石勒苏益格-荷尔斯泰因州的一座城市,也是劳恩堡县的县治所在。", True),
    ("陶街,是中国广州市越秀区一条著名的街道。", True),
    ("1693年,拉策堡几乎被丹麦国王克里斯蒂安五世的军队完全摧毁。", False),
    ("自20世纪90年代起,陶街逐渐成为了周末的新旧电器交易的跳蚤市场。", False),
])
def test_where_a_place_is_is_worded_with_or_without_its_verb(sentence, says_where):
    location = asks("拉策堡在哪里？")[KINDS.index("location")]
    assert location is not None and bool(location.search(sentence)) == says_where


# A report names the compound in one sentence and says when it was built in the next (该院…建成).
COMPOUND = """幸福路社区的治理故事

20世纪90年代,王桂兰搬到幸福路8号院,一直被院内停车难题困扰,邻里之间也时常因此争吵。该院1995年由三家单位集资建成,产权关系较为复杂。

去年,社区党委牵头成立了议事会,停车难题终于有了解决办法。
"""


def test_the_sentence_going_on_from_the_one_naming_the_subject_is_quoted(one_file_retriever):
    retriever = one_file_retriever("compound.txt", COMPOUND)
    hit = retriever.search("幸福路8号院是哪一年建成的？", k=1)[0]
    assert "1995年" in hit.quote and "建成" in hit.quote


@pytest.mark.parametrize(("question", "next_to"), [
    ("广安门北街20号院是哪一年建成的？", ("号院", "建成")),
    ("长山花园社区那位随叫随到的义务电工是谁？", ("义务电工",)),
    ("不會用智能手機的董明媛老人住在哪個社區？", ("住", "社区")),
    ("请介绍一下江欣苑社区", ()),  # no question word: nothing next to it
])
def test_the_words_next_to_the_question_word(retriever: Retriever, question, next_to):
    assert retriever.tokenizer.asked_next_to(question) == next_to


APEX = """太阳向点

太阳向点是太阳在星际空间中运动时按本地静止标准所对著的方向。这不应与太阳通过黄道带星座的视运动混淆，因为那是由地球绕太阳公转产生的。太阳向点的大致方向是武仙座附近的织女一西南向。

太阳背点是太阳向点的相反方向，位于小犬座附近。
"""


def test_what_something_has_is_not_asked_of_the_lead_that_says_what_it_is(one_file_retriever):
    # 太阳向点的大致方向是什么 asks an attribute: the article's first sentence, which defines 太阳向点,
    # gets no definition bonus for it (CMRC: the lead was quoted over 太阳向点的大致方向是…).
    retriever = one_file_retriever("apex.txt", APEX)

    def lead_bonus(question: str) -> float:
        request = Request.read(question, retriever.corpus)
        groups = ranking.grouped(retriever.corpus, request, 13)
        found = quoting.candidates(retriever.corpus, request, [g.index for g in groups])
        lead = next(c for c in found if c.folded.startswith("太阳向点是太阳"))
        return dict(zip(FEATURES, lead.features, strict=True))["definition_lead"]

    assert lead_bonus("太阳向点是什么？") == 1.0
    assert lead_bonus("太阳向点的大致方向是什么？") == 0.0
