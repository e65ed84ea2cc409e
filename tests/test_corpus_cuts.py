"""A question's words jieba cut across the corpus's own words are re-cut into them (林原 + 村麻 + 三 + 占 →
林原村 + 麻三占): as cut, a piece no passage holds weighed as the rarest name, missing from the answer."""

from __future__ import annotations

from qa.corpus_cuts import recut_by_corpus
from qa.quoting import Request

VOCAB = frozenset({"林原村", "麻三占", "书记", "娄底市委", "娄底", "占", "那儿"})


def test_a_village_and_a_name_run_together_are_re_cut_into_the_corpus_words():
    assert recut_by_corpus(["林原", "村麻", "三", "占", "书记"], "林原村麻三占书记", VOCAB) == ["林原村", "麻三占", "书记"]


def test_pieces_the_text_does_not_hold_side_by_side_are_left_as_cut():
    # 娄底的市委书记: the pieces leave out the 的, so 娄底 + 市委书记 is no run of the text.
    assert recut_by_corpus(["娄底", "市委书记"], "娄底的市委书记", VOCAB) == ["娄底", "市委书记"]
    assert recut_by_corpus(["娄底", "市委书记"], "娄底市委书记", VOCAB) == ["娄底市委", "书记"]


def test_words_the_corpus_has_and_runs_no_corpus_words_cover_stay():
    assert recut_by_corpus(["林原村", "书记"], "林原村书记", VOCAB) == ["林原村", "书记"]
    assert recut_by_corpus(["以前", "老能", "听到"], "以前老能听到", VOCAB) == ["以前", "老能", "听到"]
    # Two-character corpus words alone may meet by chance: a re-cut needs a name of three or more.
    assert recut_by_corpus(["娄", "底那儿"], "娄底那儿", VOCAB) == ["娄", "底那儿"]


def test_the_secretary_named_after_his_village_is_weighed_by_the_corpus_s_words(retriever):
    question = Request.read("林原村麻三站书记他们那儿组了几支志愿队", retriever.corpus).question
    words = {term.word for term in question.key_terms}
    assert {"林原村", "麻三占"} <= words
    assert not words & {"林原", "村麻"}
