"""The chooser's fitted model: a linear score over the sentence features.

The weights are fitted offline on the dev split of the shared sets (`benchmarks/fit_chooser.py`)
and shipped in the package as `qa/resources/chooser.json`, with the names of the features they
were fitted on, so a file fitted on other features is refused rather than misread.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .sentence_features import FEATURES

MODEL_FILE = "chooser.json"


@dataclass(frozen=True)
class Model:
    """A linear score over `FEATURES`; only the order of scores matters."""

    weights: tuple[float, ...]
    bias: float = 0.0

    def score(self, features: Sequence[float]) -> float:
        return self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))


@lru_cache(maxsize=1)
def load_model() -> Model:
    """The fitted weights shipped in the package (`qa/resources/chooser.json`)."""
    raw = json.loads(resources.files("qa.resources").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    if tuple(raw["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE} was fitted on other features; refit with benchmarks/fit_chooser.py")
    return Model(tuple(float(w) for w in raw["weights"]), float(raw.get("bias", 0.0)))
