"""What the settings make of an index: the tokeniser's and BM25's parameters.

Both a build and a cache look-up need these (the cache key is made of them), so they live apart
from `build.py`: answering from a cache imports none of the cleaning, structuring and linking a
build runs (their regexes alone cost 70 ms of start-up).
"""

from __future__ import annotations

from .config import Settings
from .index import BM25Params
from .tokenize import TokenizerConfig

# Whole articles are scored too (ranking.py: ARTICLE_WEIGHT); long texts want less length normalisation.
ARTICLE_PARAMS = BM25Params(variant="okapi", k1=0.9, b=0.4)


def tokenizer_config(settings: Settings) -> TokenizerConfig:
    return TokenizerConfig(
        convert_script=settings.convert_script, segmenter=settings.segmenter, jieba_mode=settings.jieba_mode,
        bigrams=settings.bigrams, question_stopwords=settings.question_stopwords, user_dict=settings.user_dict,
    )


def bm25_params(settings: Settings) -> BM25Params:
    return BM25Params(variant=settings.bm25, k1=settings.k1, b=settings.b, epsilon=settings.epsilon)
